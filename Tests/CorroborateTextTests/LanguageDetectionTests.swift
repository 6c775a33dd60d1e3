import Testing
import CorroborateCore
@testable import CorroborateText

@Suite("Language detection and declaration")
struct LanguageDetectionTests {
    @Test("French sentences", arguments: [
        "Le maire a inauguré le nouveau pont dimanche devant les habitants du quartier.",
        "Selon la préfecture, plus de deux mille personnes ont défilé dans les rues.",
        "Les dockers ont repris le travail après une grève de trois semaines.",
        "Il n’a pas souhaité commenter la décision du tribunal, qui sera rendue jeudi.",
        "C’est une victoire pour les syndicats, a déclaré leur porte-parole.",
    ])
    func french(_ sentence: String) {
        #expect(LanguageDetector().detect(sentence) == .french)
    }

    @Test("English sentences", arguments: [
        "The mayor opened the new bridge on Sunday in front of the residents.",
        "According to the police, more than two thousand people marched through the streets.",
        "The dockers went back to work after a three-week strike.",
        "He did not want to comment on the court's decision, which is due on Thursday.",
        "It is a victory for the unions, their spokesman said.",
    ])
    func english(_ sentence: String) {
        #expect(LanguageDetector().detect(sentence) == .english)
    }

    @Test("with no stopword at all, the first supported language wins")
    func tie() {
        #expect(LanguageDetector().detect("Paris, Lyon, Marseille.") == Language.supported.first)
    }

    @Test("detection reads the body, not the front matter")
    func bodyOnly() throws {
        let doc = try ReadingFixture.read("---\ntitle: The bridge of the river and the town\n---\nLe pont a rouvert et les habitants sont contents.\n")
        #expect(doc.metadata.language == .french)
        #expect(!doc.languageIsDeclared)
    }

    @Test("front matter language wins over --lang; --lang wins over detection")
    func precedence() throws {
        let french = "Le pont a rouvert et les habitants sont contents."
        let declared = try ReadingFixture.read("---\nlanguage: fr\n---\n" + french, language: .english)
        #expect(declared.metadata.language == .french)
        #expect(declared.languageIsDeclared)

        let forced = try ReadingFixture.read(french, language: .english)
        #expect(forced.metadata.language == .english)
        #expect(forced.languageIsDeclared)
    }

    @Test("language names front matter may use", arguments: [
        ("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("français", "fr"), ("French", "fr"),
        ("en", "en"), ("en_GB", "en"), ("english", "en"), ("anglais", "en"),
    ])
    func names(_ value: String, _ code: String) {
        #expect(ReadingLexicon.language(named: value)?.code == code)
    }

    @Test("unknown language names", arguments: ["de", "deutsch", "", "f"])
    func unknownNames(_ value: String) {
        #expect(ReadingLexicon.language(named: value) == nil)
    }

    @Test("every supported language has a reading lexicon")
    func lexicons() {
        for language in Language.supported {
            let lexicon = ReadingLexicon.lexicon(for: language)
            #expect(lexicon != nil)
            #expect((lexicon?.stopwords.count ?? 0) > 40)
        }
    }
}
