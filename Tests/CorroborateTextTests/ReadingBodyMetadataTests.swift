import Testing
import CorroborateCore
@testable import CorroborateText

@Suite("Reading: dateline stamp, title line, byline")
struct ReadingBodyMetadataTests {
    // MARK: Dateline stamp

    @Test("an opening stamp gives the publication date and is not body", arguments: [
        (" date 2024-12 Le maire a inauguré le nouveau pont dimanche.", "2024-12", "date 2024-12"),
        ("Date 2024-12-08 Le maire a inauguré le pont.", "2024-12-08", "Date 2024-12-08"),
        ("Publié le : 2024-12-08\n\nLe conseil municipal a voté le budget.", "2024-12-08", "Publié le : 2024-12-08"),
        ("Published 2023 The council approved the budget on Tuesday.", "2023", "Published 2023"),
        ("Published on: 2023-03-24\n\nThe council approved the budget.", "2023-03-24", "Published on: 2023-03-24"),
    ])
    func dateline(_ text: String, _ iso: String, _ stamp: String) throws {
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.published?.iso == iso)
        #expect(doc.textOf(doc.datelineRange) == stamp)
        #expect(doc.bodyStart == doc.datelineRange?.upperBound)
    }

    @Test("no stamp without a label and a valid ISO date at the very start", arguments: [
        "Date night in the old town drew a large crowd on Friday.",
        "date 2024-13 Le texte continue ici.",
        "date 20245 Le texte continue ici.",
        "Le maire a parlé. date 2024-12 est écrit plus loin.",
        "date: le 8 décembre 2024, le maire a parlé.",
    ])
    func noDateline(_ text: String) throws {
        let doc = try ReadingFixture.read(text)
        #expect(doc.datelineRange == nil)
        #expect(doc.metadata.published == nil)
    }

    @Test("front matter wins over the stamp, which is still not body")
    func frontMatterWins() throws {
        let text = "---\npublished: 2024-12-09\n---\n date 2024-12 Le maire a parlé.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.published?.iso == "2024-12-09")
        #expect(doc.textOf(doc.datelineRange) == "date 2024-12")
        #expect(doc.bodyStart == doc.datelineRange?.upperBound)
    }

    // MARK: Title line

    @Test("a short first line without final punctuation, then a blank line, is the title")
    func title() throws {
        let text = "Le pont de la Rivière rouvre après deux ans de travaux\n\nLe pont a rouvert lundi. Les habitants sont venus.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.title == "Le pont de la Rivière rouvre après deux ans de travaux")
        #expect(doc.titleRange?.lowerBound == 0)
        #expect(doc.textOf(doc.titleRange) == doc.metadata.title)
        #expect(doc.bodyStart == 0)
    }

    @Test("not a title", arguments: [
        "Le pont a rouvert lundi.\n\nLes habitants sont venus.",                 // a sentence
        "« Nous sommes soulagés »\n\nLes habitants sont venus.",                 // a quote
        "Selon la mairie :\n\nLes habitants sont venus.",                        // a lead-in
        "Le pont rouvre\nLes habitants sont venus.",                             // no blank line after
        "Le pont rouvre après deux ans de travaux",                               // nothing after
        String(repeating: "très long titre ", count: 14) + "\n\nLe texte.",       // over 200 scalars
    ])
    func notTitle(_ text: String) throws {
        let doc = try ReadingFixture.read(text)
        #expect(doc.titleRange == nil)
        #expect(doc.metadata.title == nil)
    }

    @Test("a front matter title wins; the title line is still marked")
    func frontMatterTitle() throws {
        let doc = try ReadingFixture.read("---\ntitle: Le pont rouvre\n---\nLe pont de la Rivière rouvre enfin\n\nLe pont a rouvert lundi.\n")
        #expect(doc.metadata.title == "Le pont rouvre")
        #expect(doc.textOf(doc.titleRange) == "Le pont de la Rivière rouvre enfin")
    }

    @Test("a Markdown heading is a title without its marks")
    func markdownHeading() throws {
        let doc = try ReadingFixture.read("# The bridge reopens\n\nThe bridge reopened on Monday.\n")
        #expect(doc.metadata.title == "The bridge reopens")
        #expect(doc.textOf(doc.titleRange) == "# The bridge reopens")
    }

    @Test("after a dateline stamp, the rest of a long first line is body, not a title")
    func datelineThenParagraph() throws {
        let doc = try ReadingFixture.read(" date 2024-12 Le maire a inauguré le pont dimanche, a indiqué la mairie.\n\nLa suite.\n")
        #expect(doc.titleRange == nil)
    }

    @Test("a stamp after the title line is found too")
    func titleThenDateline() throws {
        let text = "Le pont rouvre\n\nDate : 2024-12-08\n\nLe pont a rouvert lundi.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.metadata.title == "Le pont rouvre")
        #expect(doc.metadata.published?.iso == "2024-12-08")
        #expect(doc.bodyStart == ReadingFixture.offset(of: "\n\nLe pont a", in: text))
    }

    // MARK: Byline

    @Test("a byline near the top is recorded without its label", arguments: [
        ("Par Jeanne Martin avec AFP\n\nLe pont a rouvert lundi.", "Jeanne Martin avec AFP"),
        ("By John Smith\n\nThe bridge reopened on Monday.", "John Smith"),
        ("Le pont rouvre\n\nPar Jeanne Martin\n\nLe pont a rouvert lundi.", "Jeanne Martin"),
        ("Par le correspondant régional, Paul Durand à Lyon\n\nLe pont a rouvert.", "le correspondant régional, Paul Durand à Lyon"),
        ("De notre correspondante à Genève\n\nLe pont a rouvert.", "à Genève"),
        ("Written by: Mary Jones\n\nThe bridge reopened.", "Mary Jones"),
    ])
    func byline(_ text: String, _ expected: String) throws {
        let doc = try ReadingFixture.read(text)
        #expect(doc.byline == expected)
        #expect(doc.bylineRange != nil)
    }

    @Test("sentences that open with the same words are not bylines", arguments: [
        "Par ailleurs, le maire a démenti.\n\nLa suite.",
        "By Sunday evening the water had gone down.\n\nMore follows.",
        "By the numbers\n\nMore follows.",
    ])
    func notByline(_ text: String) throws {
        let doc = try ReadingFixture.read(text)
        #expect(doc.byline == nil)
        #expect(doc.bylineRange == nil)
    }

    @Test("title then byline")
    func titleAndByline() throws {
        let doc = try ReadingFixture.read("Le pont rouvre\n\nPar Jeanne Martin\n\nLe pont a rouvert lundi.\n")
        #expect(doc.metadata.title == "Le pont rouvre")
        #expect(doc.byline == "Jeanne Martin")
    }

    // MARK: Seeds

    @Test("the seed articles: one opens with a title line, the other with a dateline stamp")
    func seeds() throws {
        let root = ReadingFixture.packageRoot + "/seeds/"
        let titled = try ArticleReader().read(path: root + "000_bb0b4f41c05d164d.txt")
        #expect(titled.metadata.id == "000_bb0b4f41c05d164d")
        #expect(titled.titleRange?.lowerBound == 0)
        #expect(titled.metadata.title == titled.textOf(titled.titleRange))
        #expect(titled.metadata.language == .french)
        #expect(!titled.languageIsDeclared)

        let stamped = try ArticleReader().read(path: root + "002_7a3327bc03810d49.txt")
        #expect(stamped.metadata.published?.iso == "2024-12")
        #expect(stamped.datelineRange == 1..<13)
        #expect(stamped.bodyStart == 13)
        #expect(stamped.titleRange == nil)
        #expect(stamped.metadata.language == .french)
    }
}
