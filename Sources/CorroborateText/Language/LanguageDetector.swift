import CorroborateCore

/// Guesses an article's language by counting the stopwords of each supported language in
/// its opening text. Function words are the most frequent words of any language, so a few
/// sentences settle it; ties (no stopword at all, say) go to the first supported language.
public struct LanguageDetector: Sendable {
    /// Scalars looked at: enough for a few paragraphs, cheap on a 200 MB file.
    public static let sampleLength = 20_000

    public init() {}

    /// The language of `text[start...]`, and the stopword count of each language.
    public func detect(_ text: TextBuffer, from start: Int = 0) -> (language: Language, counts: [Language: Int]) {
        let end = min(text.count, start + LanguageDetector.sampleLength)
        let tokens = Tokenizer().tokenize(text, from: start, to: end)
        var counts: [Language: Int] = [:]
        var best: Language? = nil
        var bestCount = 0
        for lexicon in ReadingLexicon.all {
            var n = 0
            for t in tokens where t.kind == .word && lexicon.stopwords.contains(t.folded) { n += 1 }
            counts[lexicon.language] = n
            if best == nil || n > bestCount {
                best = lexicon.language
                bestCount = n
            }
        }
        return (best ?? Language.supported.first ?? .french, counts)
    }

    public func detect(_ string: String) -> Language { detect(TextBuffer(string)).language }
}
