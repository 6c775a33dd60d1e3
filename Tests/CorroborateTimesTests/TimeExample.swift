import CorroborateCore
import CorroborateText
import CorroborateTimes

/// One line of an example table: a sentence, the reference it is read against, and every
/// time expression expected in it, in order, as (verbatim text, ISO value).
struct TimeExample: Sendable, CustomStringConvertible {
    let sentence: String
    /// Publication date as precise as known ("2024-12-08", "2024-12"), nil when unknown.
    let reference: String?
    /// The latest day other articles state, when the reference has no day.
    let anchor: String?
    let expected: [(text: String, value: String)]

    init(_ sentence: String, ref reference: String?, anchor: String? = nil, _ expected: [(String, String)]) {
        self.sentence = sentence
        self.reference = reference
        self.anchor = anchor
        self.expected = expected.map { (text: $0.0, value: $0.1) }
    }

    var description: String { sentence }

    var referenceDate: ReferenceDate {
        ReferenceDate(date: reference.flatMap { PartialDate(iso: $0) }, anchor: anchor.flatMap { CalendarDate(iso: $0) })
    }

    func recognize(_ language: Language) -> [TimeMention] {
        let text = TextBuffer(sentence)
        return TimeRecognizer(language: language)
            .recognize(tokens: Tokenizer().tokenize(text), text: text, reference: referenceDate)
    }

    /// What was found, in the same shape as `expected`, for readable failures.
    func found(_ language: Language) -> [String] {
        recognize(language).map { "\($0.text) = \($0.value)" }
    }

    var expectedLines: [String] { expected.map { "\($0.text) = \($0.value)" } }
}
