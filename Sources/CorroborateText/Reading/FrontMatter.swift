import CorroborateCore

/// The `---` block an article may open with: `key: value` lines, keys lowercased, values
/// unquoted. It is a small subset of YAML, on purpose:
/// - a value may be quoted with "…" (backslash escapes) or '…' ('' is a quote);
/// - `#` starts a comment at the start of a line or after a space, outside quotes, so a URL
///   fragment (`page#top`) survives;
/// - an indented line continues the previous value (a folded title);
/// - the block closes with a `---` (or `...`) line.
struct FrontMatter: Sendable {
    struct Field: Sendable, Hashable {
        var key: String
        var value: String
        /// 1-based line of the file, for warnings.
        var line: Int
    }

    var fields: [Field]
    /// From the opening `---` to the end of the closing line, terminator included.
    var range: Range<Int>
    /// Lines that are not `key: value`, for warnings.
    var malformedLines: [Int]

    enum Outcome: Sendable {
        /// The text does not open with a `---` line.
        case absent
        case found(FrontMatter)
        /// Opens with `---` but no closing line follows: read the whole file as body.
        case unclosed
        /// Opens with `---` but mostly prose follows (a Markdown rule, not front matter).
        case notFrontMatter
    }

    /// The last value given for `key`, if not empty.
    func value(_ key: String) -> Field? {
        fields.last { $0.key == key && !$0.value.isEmpty }
    }

    /// Parses the front matter opening `s` at `start` (after a byte order mark).
    static func parse(_ s: [Unicode.Scalar], from start: Int) -> Outcome {
        let first = ReadingLine.at(s, start)
        guard isFence(s, first, allowDots: false), first.next > first.end else { return .absent }
        var fields: [Field] = []
        var malformed: [Int] = []
        var lineNumber = 1
        var i = first.next
        while i < s.count {
            let line = ReadingLine.at(s, i)
            lineNumber += 1
            defer { i = line.next }
            if isFence(s, line, allowDots: true) {
                // Most lines must be `key: value` for this to be front matter.
                if malformed.count > fields.count { return .notFrontMatter }
                return .found(FrontMatter(fields: fields, range: start..<line.next, malformedLines: malformed))
            }
            let content = line.trimmed(s)
            if content.isEmpty || s[content.lowerBound] == "#" { continue }
            if ScalarClass.isSpace(s[line.start]), !fields.isEmpty {
                let more = value(s, content)
                if !more.isEmpty {
                    let previous = fields[fields.count - 1].value
                    fields[fields.count - 1].value = previous.isEmpty || previous == ">" || previous == "|" ? more : previous + " " + more
                }
                continue
            }
            guard let field = keyValue(s, content, line: lineNumber) else {
                malformed.append(lineNumber)
                continue
            }
            fields.append(field)
            if line.next <= i { break }
        }
        return malformed.count > fields.count ? .notFrontMatter : .unclosed
    }

    private static func isFence(_ s: [Unicode.Scalar], _ line: ReadingLine, allowDots: Bool) -> Bool {
        var b = line.end
        while b > line.start, s[b - 1] == " " || s[b - 1] == "\t" { b -= 1 }
        guard b - line.start == 3 else { return false }
        let c = s[line.start]
        guard c == "-" || (allowDots && c == ".") else { return false }
        return s[line.start + 1] == c && s[line.start + 2] == c
    }

    /// `key: value` with a key of letters, digits, `_` and `-`.
    private static func keyValue(_ s: [Unicode.Scalar], _ content: Range<Int>, line: Int) -> Field? {
        var colon = content.lowerBound
        while colon < content.upperBound, s[colon] != ":" { colon += 1 }
        guard colon < content.upperBound, colon > content.lowerBound else { return nil }
        var keyEnd = colon
        while keyEnd > content.lowerBound, ScalarClass.isSpace(s[keyEnd - 1]) { keyEnd -= 1 }
        let keyRange = content.lowerBound..<keyEnd
        guard !keyRange.isEmpty,
              s[keyRange].allSatisfy({ ScalarClass.isLetter($0) || ScalarClass.isDigit($0) || $0 == "_" || $0 == "-" })
        else { return nil }
        let key = ScalarClass.fold(s[keyRange])
        return Field(key: key, value: value(s, (colon + 1)..<content.upperBound), line: line)
    }

    /// A value: unquoted, without its comment, trimmed.
    private static func value(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var a = range.lowerBound
        let b = range.upperBound
        while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
        guard a < b else { return "" }
        let q = s[a]
        if q == "\"" || q == "'" {
            var out = String.UnicodeScalarView()
            var i = a + 1
            while i < b {
                let c = s[i]
                if q == "\"" && c == "\\" && i + 1 < b {
                    let e = s[i + 1]
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(e)
                    }
                    i += 2
                    continue
                }
                if c == q {
                    if q == "'" && i + 1 < b && s[i + 1] == "'" {
                        out.append("'")
                        i += 2
                        continue
                    }
                    return String(out)
                }
                out.append(c)
                i += 1
            }
            // No closing quote: keep the text as written.
            return ReadingLine.string(s, a..<b).trimmingSpaces()
        }
        var end = a
        while end < b {
            if s[end] == "#" && (end == a || ScalarClass.isSpace(s[end - 1])) { break }
            end += 1
        }
        return ReadingLine.string(s, a..<end).trimmingSpaces()
    }
}
