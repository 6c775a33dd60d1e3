import Testing
import CorroborateCore
@testable import CorroborateText

@Suite("Reading: front matter")
struct ReadingFrontMatterTests {
    @Test("every key is read; the body starts after the closing line")
    func allKeys() throws {
        let text = """
        ---
        outlet: Le Courrier du Port
        url: https://example.org/2024/12/08/dockers#haut
        published: 2024-12-08          # the day it came out
        language: fr
        title: "Le port rouvre : les dockers reprennent le travail"
        ---
        Les dockers ont repris le travail lundi matin, a annoncé la direction du port.
        """
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.id == "article")
        #expect(doc.metadata.path == "article.txt")
        #expect(doc.metadata.outlet == "Le Courrier du Port")
        #expect(doc.metadata.url == "https://example.org/2024/12/08/dockers#haut")
        #expect(doc.metadata.published?.iso == "2024-12-08")
        #expect(doc.metadata.language == .french)
        #expect(doc.languageIsDeclared)
        #expect(doc.metadata.title == "Le port rouvre : les dockers reprennent le travail")
        #expect(doc.bodyStart == ReadingFixture.offset(of: "Les dockers", in: text))
        #expect(doc.frontMatterRange == 0..<(doc.bodyStart))
        #expect(doc.warnings.isEmpty)
    }

    @Test("all keys are optional; a missing language is detected")
    func partial() throws {
        let doc = try ReadingFixture.read("---\noutlet: The Harbour Gazette\n---\nThe dockers went back to work on Monday, the port said.\n")
        #expect(doc.metadata.outlet == "The Harbour Gazette")
        #expect(doc.metadata.url == nil)
        #expect(doc.metadata.published == nil)
        #expect(doc.metadata.title == nil)
        #expect(doc.metadata.language == .english)
        #expect(!doc.languageIsDeclared)
    }

    @Test("values may be quoted, with escapes", arguments: [
        ("title: \"Le « oui » l’emporte\"", "Le « oui » l’emporte"),
        ("title: 'L''hôpital ferme # pour de bon'", "L'hôpital ferme # pour de bon"),
        ("title: \"A \\\"quoted\\\" word\"   # comment", "A \"quoted\" word"),
        ("title: Sans guillemets   # un commentaire", "Sans guillemets"),
        ("title: C#, le langage", "C#, le langage"),
        ("title: \"never closed", "\"never closed"),
    ])
    func quoted(_ line: String, _ expected: String) throws {
        let doc = try ReadingFixture.read("---\n\(line)\n---\nLe texte de l’article commence ici.\n")
        #expect(doc.metadata.title == expected)
    }

    @Test("unknown keys, comment lines and blank lines are ignored")
    func unknownKeys() throws {
        let doc = try ReadingFixture.read("""
        ---
        # exported by hand
        category: port

        tags: [dockers, grève]
        outlet: Le Courrier du Port
        ---
        Les dockers ont repris le travail.
        """)
        #expect(doc.metadata.outlet == "Le Courrier du Port")
        #expect(doc.warnings.isEmpty)
    }

    @Test("keys are case-insensitive; date and lang are accepted as aliases")
    func aliases() throws {
        let doc = try ReadingFixture.read("---\nOutlet: Le Courrier\ndate: 2024-12\nlang: English\n---\nLe texte.\n")
        #expect(doc.metadata.outlet == "Le Courrier")
        #expect(doc.metadata.published?.iso == "2024-12")
        #expect(doc.metadata.language == .english)
    }

    @Test("published as precise as given; a timestamp keeps its day", arguments: [
        ("2024-12-08", "2024-12-08"), ("2024-12", "2024-12"), ("2024", "2024"),
        ("2024-12-08T09:30:00Z", "2024-12-08"), ("\"2023-03-23\"", "2023-03-23"),
    ])
    func published(_ value: String, _ iso: String) throws {
        let doc = try ReadingFixture.read("---\npublished: \(value)\n---\nLe texte.\n")
        #expect(doc.metadata.published?.iso == iso)
        #expect(doc.warnings.isEmpty)
    }

    @Test("a bad published value is ignored with a warning", arguments: ["hier", "2024-13-01", "2024-02-30", "08/12/2024", "XXXX-12-07"])
    func badDate(_ value: String) throws {
        let doc = try ReadingFixture.read("---\noutlet: Le Courrier\npublished: \(value)\n---\nLe texte de l’article.\n")
        #expect(doc.metadata.published == nil)
        #expect(doc.metadata.outlet == "Le Courrier")
        #expect(doc.warnings.count == 1)
        #expect(doc.warnings.first?.contains("line 3") == true)
    }

    @Test("an unsupported language is ignored with a warning, then detected")
    func badLanguage() throws {
        let doc = try ReadingFixture.read("---\nlanguage: de\n---\nLe maire a inauguré le pont et les habitants sont venus.\n")
        #expect(doc.metadata.language == .french)
        #expect(!doc.languageIsDeclared)
        #expect(doc.warnings.count == 1)
    }

    @Test("unclosed front matter: the whole file is the body, with a warning")
    func unclosed() throws {
        let text = "---\noutlet: Le Courrier\nLe texte de l’article commence sans ligne de fermeture.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.frontMatterRange == nil)
        #expect(doc.metadata.outlet == nil)
        #expect(doc.bodyStart == 0)
        #expect(doc.warnings.contains { $0.contains("never closed") })
    }

    @Test("a file that opens with a Markdown rule and prose has no front matter")
    func markdownRule() throws {
        let text = "---\nLe maire a parlé pendant une heure.\nLes habitants ont applaudi.\n---\nLa séance a été levée.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.frontMatterRange == nil)
        #expect(doc.bodyStart == 0)
    }

    @Test("front matter with nothing after it is an empty article")
    func noBody() {
        let error = ReadingFixture.error(Array("---\noutlet: Le Courrier\n---\n\n  \n".utf8))
        #expect(error?.exitCode == 65)
        #expect(error?.message.contains("no article text") == true)
    }

    @Test("CRLF front matter")
    func crlf() throws {
        let text = "---\r\noutlet: Le Courrier\r\npublished: 2024-12\r\n---\r\nLe texte.\r\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.outlet == "Le Courrier")
        #expect(doc.metadata.published?.iso == "2024-12")
        #expect(doc.bodyStart == ReadingFixture.offset(of: "Le texte", in: text))
    }

    @Test("an indented line continues the previous value")
    func continuation() throws {
        let doc = try ReadingFixture.read("---\ntitle: >\n  Le port rouvre\n  après la grève\n---\nLe texte.\n")
        #expect(doc.metadata.title == "Le port rouvre après la grève")
    }
}
