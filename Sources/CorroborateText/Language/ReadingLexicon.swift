import CorroborateCore

/// What the reader knows about one language: its stopwords (for detection), the labels that
/// open a dateline stamp ("Publié le 2024-12-08") or a byline ("Par Jeanne Martin"), and the
/// names front matter may use for it ("fr", "french", "français").
///
/// The knowledge itself lives in one file per language (`French.swift`, `English.swift`) as
/// `LexiconTable` literals; adding a language means adding such a file and one line to `all`.
public struct ReadingLexicon: Sendable {
    public let language: Language
    /// Folded function words that are frequent in running text of this language.
    public let stopwords: Set<String>
    /// Folded word sequences that may open a dateline stamp, longest first.
    public let datelineLabels: [[String]]
    /// Folded word sequences that may open a byline, longest first.
    public let bylineLabels: [[String]]
    /// Folded names a front matter `language:` value may use.
    public let names: Set<String>

    init(language: Language, stopwords: String, datelineLabels: String, bylineLabels: String, names: String) {
        self.language = language
        self.stopwords = Set(LexiconTable.words(stopwords).map { ScalarClass.fold($0) })
        self.datelineLabels = ReadingLexicon.phrases(datelineLabels)
        self.bylineLabels = ReadingLexicon.phrases(bylineLabels)
        self.names = Set(LexiconTable.words(names).flatMap { LexiconTable.list($0) }.map { ScalarClass.fold($0) })
            .union([language.code])
    }

    /// Every language the reader has a lexicon for, in `Language.supported` order.
    public static let all: [ReadingLexicon] = {
        let known: [ReadingLexicon] = [.french, .english]
        return Language.supported.compactMap { lang in known.first { $0.language == lang } }
    }()

    public static func lexicon(for language: Language) -> ReadingLexicon? {
        all.first { $0.language == language }
    }

    /// The supported language a front matter or `--lang` value names ("fr", "fr-FR", "English").
    public static func language(named value: String) -> Language? {
        let folded = ScalarClass.fold(value.trimmingSpaces())
        // "fr-FR", "en_GB": the region does not matter here.
        let base = String(folded.unicodeScalars.prefix { $0 != "-" && $0 != "_" })
        for lexicon in all where lexicon.names.contains(folded) || lexicon.names.contains(base) {
            return lexicon.language
        }
        return nil
    }

    /// Labels of every language, longest first: an article's language is not known yet
    /// when its dateline and byline are read.
    static let allDatelineLabels: [[String]] = all.flatMap { $0.datelineLabels }.sorted { $0.count > $1.count }
    static let allBylineLabels: [[String]] = all.flatMap { $0.bylineLabels }.sorted { $0.count > $1.count }

    /// One phrase a line, written naturally ("publié le"), folded and split into words.
    private static func phrases(_ table: String) -> [[String]] {
        LexiconTable.words(table)
            .map { $0.split(separator: " ").map { ScalarClass.fold(String($0)) } }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
    }
}
