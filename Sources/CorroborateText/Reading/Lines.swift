import CorroborateCore

/// One line of a text: `start..<end` is its content without the line terminator (LF, CRLF
/// or a lone CR); `next` is where the following line starts.
struct ReadingLine: Hashable, Sendable {
    var start: Int
    var end: Int
    var next: Int

    /// The line that starts at `start`.
    static func at(_ s: [Unicode.Scalar], _ start: Int) -> ReadingLine {
        var i = start
        while i < s.count, s[i] != "\n", s[i] != "\r" { i += 1 }
        var next = i
        if next < s.count {
            next += (s[next] == "\r" && next + 1 < s.count && s[next + 1] == "\n") ? 2 : 1
        }
        return ReadingLine(start: start, end: i, next: next)
    }

    /// The content without leading and trailing whitespace (empty range when blank).
    func trimmed(_ s: [Unicode.Scalar]) -> Range<Int> {
        var a = start, b = end
        while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        return a..<b
    }

    func isBlank(_ s: [Unicode.Scalar]) -> Bool { trimmed(s).isEmpty }

    /// The first non-blank line at or after `start`, if any.
    static func firstNonBlank(_ s: [Unicode.Scalar], from start: Int) -> ReadingLine? {
        var i = start
        while i < s.count {
            let line = ReadingLine.at(s, i)
            if !line.isBlank(s) { return line }
            if line.next <= i { break }
            i = line.next
        }
        return nil
    }

    /// The text of a range of scalars.
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[range])
        return String(v)
    }
}
