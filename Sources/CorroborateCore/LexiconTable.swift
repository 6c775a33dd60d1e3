/// Language knowledge is written as small tables in Swift string literals (one entry a line,
/// fields separated by `|`, `#` starts a comment), parsed once at start-up. The literals keep
/// the data in the project's own files, compile fast and need no bundle at run time.
public enum LexiconTable {
    /// The rows of a table: trimmed fields, blank lines and comments dropped.
    public static func rows(_ table: String) -> [[String]] {
        var out: [[String]] = []
        for rawLine in table.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            out.append(fields)
        }
        return out
    }

    /// Comma-separated list inside one field.
    public static func list(_ field: String) -> [String] {
        field.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Every non-empty, non-comment line of a table, trimmed (a word list).
    public static func words(_ table: String) -> [String] {
        rows(table).compactMap { $0.first }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// Trims ASCII spaces and tabs (Foundation-free).
    public func trimmingSpaces() -> String {
        let scalars = Array(self.unicodeScalars)
        var a = 0, b = scalars.count
        while a < b, ScalarClass.isSpace(scalars[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(scalars[b - 1]) { b -= 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return String(v)
    }
}
