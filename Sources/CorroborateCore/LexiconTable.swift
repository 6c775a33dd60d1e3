/// Language knowledge is written as small tables in Swift string literals (one entry a line,
/// fields separated by `|`, `#` starts a comment), parsed once at start-up. The literals keep
/// the data in the project's own files, compile fast and need no bundle at run time.
///
/// Parsing works on UTF-8 bytes: `|`, `,`, `#` and newlines are ASCII, so they never occur
/// inside a multi-byte scalar, and splitting `Character`s (grapheme breaking) would cost
/// tens of milliseconds on the larger tables.
public enum LexiconTable {
    /// The rows of a table: trimmed fields, blank lines and comments dropped.
    public static func rows(_ table: String) -> [[String]] {
        var table = table
        return table.withUTF8 { bytes in
            var out: [[String]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineStart
                while contentEnd < lineEnd && bytes[contentEnd] != 0x23 { contentEnd += 1 }   // '#'
                var fields: [String] = []
                var fieldStart = lineStart
                var allEmpty = true
                for i in lineStart...contentEnd where i == contentEnd || bytes[i] == 0x7C {  // '|'
                    let field = trimmed(bytes, fieldStart, i)
                    if !field.isEmpty { allEmpty = false }
                    fields.append(field)
                    fieldStart = i + 1
                }
                if !allEmpty { out.append(fields) }
                lineStart = lineEnd + 1
            }
            return out
        }
    }

    /// Comma-separated list inside one field.
    public static func list(_ field: String) -> [String] {
        var field = field
        return field.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2C {   // ','
                let item = trimmed(bytes, start, i)
                if !item.isEmpty { out.append(item) }
                start = i + 1
            }
            return out
        }
    }

    /// Every non-empty, non-comment line of a table, trimmed (a word list).
    public static func words(_ table: String) -> [String] {
        rows(table).compactMap { $0.first }.filter { !$0.isEmpty }
    }

    /// The bytes `start..<end` as a string, without the spaces (`ScalarClass.isSpace`) at
    /// either end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var a = start, b = end
        while a < b, let (scalar, length) = scalarAt(bytes, a, b), ScalarClass.isSpace(scalar) { a += length }
        while b > a {
            var s = b - 1
            while s > a && bytes[s] & 0xC0 == 0x80 { s -= 1 }   // back to the scalar's first byte
            guard let (scalar, _) = scalarAt(bytes, s, b), ScalarClass.isSpace(scalar) else { break }
            b = s
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }

    private static func scalarAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[i..<end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }
}

extension StringProtocol {
    /// Trims spaces of every kind (`ScalarClass.isSpace`), Foundation-free.
    public func trimmingSpaces() -> String {
        var s = String(self)
        return s.withUTF8 { LexiconTable.trimmed($0, 0, $0.count) }
    }
}
