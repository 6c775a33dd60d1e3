import CorroborateCore

/// A headline at the top of the body: the first non-blank line when it is short, does not
/// end like a sentence, and a blank line follows it. A Markdown heading (`# Titre`) counts too.
struct TitleLine: Sendable, Hashable {
    var range: Range<Int>
    /// The headline without Markdown marks.
    var title: String

    static let maxLength = 200
    /// A line ending with one of these is a sentence (or a quote, or a lead-in), not a headline.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", "»", "”", ":", ";", ","]

    static func at(_ s: [Unicode.Scalar], _ line: ReadingLine) -> TitleLine? {
        let content = line.trimmed(s)
        guard !content.isEmpty, content.count <= maxLength else { return nil }
        // A blank line, then more text, must follow: a one-paragraph body has no headline.
        let after = ReadingLine.at(s, line.next)
        guard line.next < s.count, after.isBlank(s), ReadingLine.firstNonBlank(s, from: after.next) != nil else { return nil }
        var a = content.lowerBound, b = content.upperBound
        // Markdown: "## Titre", "**Titre**".
        var hashes = 0
        while a < b, s[a] == "#" { a += 1; hashes += 1 }
        if hashes > 0 {
            guard a < b, ScalarClass.isSpace(s[a]) else { return nil }
        }
        while a < b, ScalarClass.isSpace(s[a]) || s[a] == "*" || s[a] == "_" { a += 1 }
        while b > a, ScalarClass.isSpace(s[b - 1]) || s[b - 1] == "*" || s[b - 1] == "_" || s[b - 1] == "#" { b -= 1 }
        guard b > a, s[a..<b].contains(where: { ScalarClass.isLetter($0) }) else { return nil }
        guard !sentenceEnds.contains(s[b - 1]) else { return nil }
        return TitleLine(range: content, title: ReadingLine.string(s, a..<b))
    }
}
