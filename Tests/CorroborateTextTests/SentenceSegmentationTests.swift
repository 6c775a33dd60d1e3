import Testing
import CorroborateCore
@testable import CorroborateText

/// Where sentences end: at terminal punctuation before a capital, not after abbreviations,
/// initials, decimals, nor after a word or two cried out at the start of a quotation.
@Suite("Segmentation: where sentences end")
struct SentenceSegmentationTests {
    static func sentences(_ text: String) -> [String] {
        let buffer = TextBuffer(text)
        return SentenceSegmenter().segment(buffer, from: 0, to: buffer.count).sentences.map { buffer.text($0.start, $0.end) }
    }

    @Test("sentences end at a period, question or exclamation mark before a capital", arguments: [
        ("Le convoi est arrivé. La foule a applaudi.", 2),
        ("M. Dupont a parlé. Le maire a répondu.", 2),
        ("Le taux est de 3.5 pour cent. Il baisse.", 2),
        ("The U.S. envoy arrived on Monday. He left on Tuesday.", 2),
        ("Que faire ? Le ministre a tranché.", 2),
        // A name opening with its lowercase particle starts a sentence as a capital does.
        ("Le convoi est arrivé. al-Hamdi a quitté la ville.", 2),
        ("The convoy arrived. el-Masri left the city.", 2),
        // The letter a platform is named by ends a sentence; an initial does not.
        ("Le président a écrit sur X. Le ministre a démenti.", 2),
        ("He posted the video on X. The ministry denied it.", 2),
        ("Il l'a annoncé sur le réseau social X. Le ministre a démenti.", 2),
        ("Le mouvement de George W. Bush a gagné.", 1),
        ("Le porte-parole J. Smith a parlé.", 1),
    ])
    func boundaries(_ text: String, _ count: Int) {
        #expect(Self.sentences(text).count == count)
    }

    @Test("a word or two cried out at the start of a quotation or a line opens the sentence that follows", arguments: [
        ("He wrote: \"Breaking news! The convoy is in Lyon. We are relieved.\"", "Breaking news! The convoy is in Lyon."),
        ("Urgent ! Le convoi est arrivé à Lyon.", "Urgent ! Le convoi est arrivé à Lyon."),
    ])
    func interjection(_ text: String, _ first: String) {
        #expect(Self.sentences(text).contains { $0.hasSuffix(first) })
    }

    @Test("an exclamation ending a longer sentence still ends it")
    func exclamation() {
        #expect(Self.sentences("The convoy has finally arrived! The crowd cheered.").count == 2)
    }
}

@Suite("Segmentation: quotations")
struct QuotationSegmentationTests {
    static func segment(_ text: String) -> (TextBuffer, Segmentation) {
        let buffer = TextBuffer(text)
        return (buffer, SentenceSegmenter().segment(buffer, from: 0, to: buffer.count))
    }

    @Test("a closing mark whose opening one the page lost quotes from the paragraph's start")
    func lostOpening() {
        let (_, seg) = Self.segment("Le convoi est arrivé à Minsk. Les autorités l'ont accueilli », a rapporté l'agence Belta.\nLe calme est revenu.")
        #expect(seg.quotes.count == 1)
        #expect(seg.sentences.map(\.quote) == [0, 0, nil])
    }

    @Test("a balanced quotation stays as written; a closing mark after one is not a new quotation")
    func balanced() {
        let (buffer, seg) = Self.segment("Il a dit : « Nous partons. » Puis il est parti », selon un témoin.")
        #expect(seg.quotes.count == 1)
        #expect(seg.quotes.first.map { buffer.text($0.open, $0.close + 1) } == "« Nous partons. »")
    }
}
