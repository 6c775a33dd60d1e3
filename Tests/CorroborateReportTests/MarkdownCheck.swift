/// Small readers of rendered Markdown, for assertions.
enum MarkdownCheck {
    /// The text of a level-2 section, from its heading to the next level-2 heading.
    static func section(_ md: String, _ heading: String) -> String {
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0 == heading || $0.hasPrefix(heading + " ") }) else { return "" }
        var end = start + 1
        while end < lines.count, !lines[end].hasPrefix("## ") { end += 1 }
        return lines[start..<end].joined(separator: "\n")
    }

    /// Cells in a table row: pipes not preceded by a backslash, minus the outer two.
    static func cellCount(_ row: String) -> Int {
        var count = 0
        var escaped = false
        for u in row.unicodeScalars {
            if escaped { escaped = false; continue }
            if u == "\\" { escaped = true } else if u == "|" { count += 1 }
        }
        return count - 1
    }

    /// Every table has a delimiter row and rows of the header's width; returns the problems.
    static func tableProblems(_ md: String) -> [String] {
        var problems: [String] = []
        var width: Int? = nil
        var rowIndex = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else { width = nil; rowIndex = 0; continue }
            let n = cellCount(line)
            if let w = width {
                if n != w { problems.append("\(n) cells, header has \(w): \(line)") }
                if rowIndex == 1, !line.allSatisfy({ $0 == "|" || $0 == "-" }) { problems.append("no delimiter row: \(line)") }
            } else {
                width = n
            }
            rowIndex += 1
        }
        return problems
    }
}
