import Testing
import CorroborateCore
@testable import CorroborateExtraction

@Suite("Attribution: who each claim comes from")
struct AttributionTests {
    @Test("French source phrases: selon, d’après, with a relay", arguments: [
        ("Le convoi a quitté la ville vers midi, selon l’agence Reuters.", ["Reuters"]),
        ("Selon Sky News, des habitants ont fui le quartier.", ["Sky News"]),
        ("D’après l’AFP, le pont a été détruit dans la nuit.", ["AFP"]),
        ("Le ministre est arrivé à Paris, selon une source du Kremlin citée par l’agence TASS.", ["Kremlin", "TASS"]),
    ])
    func frenchCues(_ sentence: String, _ sources: [String]) {
        let a = analyze(sentence)
        #expect(a.claims.first?.sources == sources)
    }

    @Test("French reporting verbs, subject first or inverted")
    func frenchVerbs() {
        let a = analyze("Le président a quitté le pays, a indiqué une source du Kremlin à l’agence de presse TASS. Le ministère de l’Intérieur a compté 12 000 manifestants à Lyon.")
        #expect(claim(a, "quitté le pays")?.sources == ["Kremlin", "TASS"])
        #expect(claim(a, "12 000")?.sources.first?.contains("ministère de l’Intérieur") == true)
    }

    @Test("a back-reference takes the last source")
    func backReference() {
        let a = analyze("Le navire est arrivé au port mardi, a indiqué une source du Kremlin à l’agence TASS. « Le navire et son équipage sont arrivés à Tartous. Ils sont en sécurité », a précisé la même source.")
        #expect(claim(a, "Ils sont en sécurité")?.sources == ["Kremlin", "TASS"])
        // The quote's first sentence is covered by the speaker named after the quote.
        #expect(claim(a, "Le navire et son équipage")?.sources == ["Kremlin", "TASS"])
    }

    @Test("the attribution covers its own sentence, not the paragraph")
    func scope() {
        let a = analyze("Le gouvernement est tombé dimanche. Des habitants ont célébré dans les rues, selon Sky News.")
        #expect(claim(a, "Le gouvernement est tombé")?.sources == [])
        #expect(claim(a, "célébré")?.sources == ["Sky News"])
    }

    @Test("generic sources keep a short name")
    func generic() {
        let a = analyze("Le dirigeant déchu est à Moscou, ont confirmé les médias d’État russes.")
        #expect(a.claims.first?.sources == ["médias d’État russes"])
    }

    @Test("English: according to, said, told")
    func english() {
        let a = analyze("""
        The ship reached the port on Tuesday, according to Reuters. Russian President Vladimir Putin approved the request, Kremlin spokesperson Dmitry Peskov told reporters on Monday. "We are safe now. The crew is well," the captain said.
        """, language: .english)
        #expect(claim(a, "reached the port")?.sources == ["Reuters"])
        #expect(claim(a, "approved the request")?.sources == ["Dmitry Peskov"])
        #expect(claim(a, "We are safe now")?.sources.isEmpty == false)
    }
}
