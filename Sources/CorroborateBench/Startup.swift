import CorroborateCore
import CorroborateText
import CorroborateGazetteer
import CorroborateExtraction

/// What a run pays before its first article: tables parsed and indexed once, lazily.
/// Meaningful only as the first thing a process does.
struct Startup: Sendable {
    var gazetteer = 0.0
    var extractionLexicons = 0.0
    /// Reading and analyzing two one-sentence articles: the reading, time and number
    /// lexicons, built on first use.
    var firstArticles = 0.0
    var total: Double { gazetteer + extractionLexicons + firstArticles }

    static func measure() -> Startup {
        var s = Startup()
        s.gazetteer = Measure.time { Gazetteer.shared.maxNameLength }.seconds
        s.extractionLexicons = Measure.time {
            Language.supported.map { ExtractionLexicon.forLanguage($0).stopwords.count }
        }.seconds
        s.firstArticles = Measure.time { () -> Int in
            let samples = [("fr", "Le ministre est arrivé à Lyon le 3 mars 2024 avec douze conseillers, selon l’AFP.\n"),
                           ("en", "The minister arrived in Leeds on March 3, 2024 with twelve advisers, Reuters said.\n")]
            let documents = samples.compactMap { id, text in
                try? ArticleReader().read(bytes: Array(text.utf8), id: id, path: id + ".txt")
            }
            return Extractor().analyze(documents, options: ExtractionOptions(workers: 1)).count
        }.seconds
        return s
    }
}
