import Testing
import CorroborateCore
import CorroborateText
import CorroborateNumbers

/// One expected quantity: its verbatim text, value, unit and whether it is approximate.
struct N: Sendable, Equatable, CustomStringConvertible {
    let text: String
    let value: Double
    let unit: String?
    let approx: Bool

    init(_ text: String, _ value: Double, _ unit: String? = nil, approx: Bool = false) {
        self.text = text
        self.value = value
        self.unit = unit
        self.approx = approx
    }

    /// An approximate or bounded quantity.
    static func about(_ text: String, _ value: Double, _ unit: String? = nil) -> N {
        N(text, value, unit, approx: true)
    }

    var description: String { "[\(text)] \(value) \(unit ?? "-")\(approx ? " ~" : "")" }
}

/// A sentence and the quantities it states, in order.
struct Example: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expected: [N]

    init(_ sentence: String, _ expected: N...) {
        self.sentence = sentence
        self.expected = expected
    }

    var testDescription: String { sentence }

    /// What the recognizer finds in the sentence; offsets must give back the text.
    func found(_ language: Language) -> [N] {
        let buffer = TextBuffer(sentence)
        let mentions = NumberRecognizer(language: language).recognize(tokens: Tokenizer().tokenize(buffer), text: buffer)
        for m in mentions { #expect(buffer.text(m.start, m.end) == m.text) }
        return mentions.map { N($0.text, $0.value, $0.unit, approx: $0.approx) }
    }
}
