import CorroborateCore

/// A byline near the top of the body: "Par Jeanne Martin", "By John Smith with AFP",
/// "De notre correspondante à Genève". A label from the reading lexicons opens a short line
/// that names someone (a capitalized word) and does not end like a sentence, so that
/// "Par ailleurs, le ministre a démenti." stays a sentence.
struct Byline: Sendable, Hashable {
    var range: Range<Int>
    /// The line without its label: "Jeanne Martin avec AFP".
    var text: String

    static let maxLength = 120
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", "»", "”", ":", ";"]

    static func at(_ text: TextBuffer, _ line: ReadingLine) -> Byline? {
        let s = text.scalars
        let content = line.trimmed(s)
        guard !content.isEmpty, content.count <= maxLength, !sentenceEnds.contains(s[content.upperBound - 1]) else { return nil }
        let tokens = Tokenizer().tokenize(text, from: content.lowerBound, to: content.upperBound)
        guard let first = tokens.first, first.start == content.lowerBound else { return nil }
        for label in ReadingLexicon.allBylineLabels where tokens.count > label.count {
            var k = 0
            while k < label.count, tokens[k].kind == .word, tokens[k].folded == label[k] { k += 1 }
            guard k == label.count else { continue }
            if tokens[k].isPunctuation(":") { k += 1 }
            guard k < tokens.count, tokens[k...].contains(where: { $0.kind == .word && $0.isCapitalized }) else { continue }
            return Byline(range: content, text: ReadingLine.string(s, tokens[k].start..<content.upperBound))
        }
        return nil
    }
}
