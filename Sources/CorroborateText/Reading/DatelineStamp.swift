import CorroborateCore

/// An inline publication stamp opening the body: " date 2024-12 Le président…",
/// "Publié le : 2024-12-08", "Published 2024". A label from the reading lexicons, an
/// optional colon, then an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) on the same line.
/// Dates written in words ("le 8 décembre 2024") are left to the time recognizers.
struct DatelineStamp: Sendable, Hashable {
    /// From the label to the end of the date.
    var range: Range<Int>
    var date: PartialDate

    /// The stamp starting at the first non-space scalar at or after `start`, if there is one.
    static func find(in text: TextBuffer, from start: Int) -> DatelineStamp? {
        let s = text.scalars
        var i = start
        while i < s.count, ScalarClass.isSpace(s[i]) { i += 1 }
        guard i < s.count, ScalarClass.isLetter(s[i]) else { return nil }
        let line = ReadingLine.at(s, i)
        let tokens = Tokenizer().tokenize(text, from: i, to: min(line.end, i + 160))
        for label in ReadingLexicon.allDatelineLabels where tokens.count > label.count {
            var k = 0
            while k < label.count, tokens[k].kind == .word, tokens[k].folded == label[k] { k += 1 }
            guard k == label.count else { continue }
            if tokens[k].isPunctuation(":") {
                k += 1
                guard k < tokens.count else { continue }
            }
            guard tokens[k].isNumber, let (date, end) = isoDate(s, tokens[k].start, line.end) else { continue }
            return DatelineStamp(range: i..<end, date: date)
        }
        return nil
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at `p`, not followed by a letter or digit.
    static func isoDate(_ s: [Unicode.Scalar], _ p: Int, _ limit: Int) -> (PartialDate, Int)? {
        func digits(_ a: Int, _ n: Int) -> Bool {
            a + n <= limit && (a..<(a + n)).allSatisfy { ScalarClass.isDigit(s[$0]) }
        }
        guard digits(p, 4) else { return nil }
        var end = p + 4
        if end < limit, s[end] == "-", digits(end + 1, 2) {
            end += 3
            if end < limit, s[end] == "-", digits(end + 1, 2) { end += 3 }
        }
        if end < limit, ScalarClass.isLetter(s[end]) || ScalarClass.isDigit(s[end]) { return nil }
        guard let date = PartialDate(iso: ReadingLine.string(s, p..<end)), date.year != nil else { return nil }
        return (date, end)
    }
}
