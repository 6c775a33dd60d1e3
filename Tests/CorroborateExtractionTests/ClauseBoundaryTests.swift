import Testing
import CorroborateCore
@testable import CorroborateExtraction

/// One claim per fact a reader would check apart: a sentence splits where a clause telling a
/// fact of its own begins, and each clause keeps the sentence's attribution.
@Suite("Claims: one per clause that tells a fact of its own")
struct ClauseBoundaryTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let sentence: String
        let language: Language
        /// The claims' texts, in order.
        let parts: [String]
        var testDescription: String { sentence }
    }

    @Test("a relative or temporal clause after a comma, a conjunction with a verb of its own", arguments: [
        Example(sentence: "Le dirigeant déchu et ses proches sont arrivés à Minsk, où la Biélorussie leur a offert l’asile.", language: .french,
                parts: ["Le dirigeant déchu et ses proches sont arrivés à Minsk,", "où la Biélorussie leur a offert l’asile."]),
        Example(sentence: "Les insurgés ont pris le contrôle de Benghazi, après la fuite du gouverneur vers Tripoli.", language: .french,
                parts: ["Les insurgés ont pris le contrôle de Benghazi,", "après la fuite du gouverneur vers Tripoli."]),
        Example(sentence: "« La Turquie soutient une solution négociée en Libye et a appelé à la reprise des pourparlers à Genève », a dit le ministre.", language: .french,
                parts: ["« La Turquie soutient une solution négociée en Libye", "et a appelé à la reprise des pourparlers à Genève », a dit le ministre."]),
        Example(sentence: "The former leader and his family are in Minsk and have been granted asylum by Belarus.", language: .english,
                parts: ["The former leader and his family are in Minsk", "and have been granted asylum by Belarus."]),
        Example(sentence: "Protesters marched through Lagos on Monday, and the police have arrested 40 people in Abuja.", language: .english,
                parts: ["Protesters marched through Lagos on Monday,", "and the police have arrested 40 people in Abuja."]),
        Example(sentence: "The general left Tripoli on a cargo plane, which landed in Cairo two hours later.", language: .english,
                parts: ["The general left Tripoli on a cargo plane,", "which landed in Cairo two hours later."]),
        Example(sentence: "Ils étaient 2 millions selon la CGT (dont 300 000 à Lyon).", language: .french,
                parts: ["Ils étaient 2 millions selon la CGT", "(dont 300 000 à Lyon)."]),
    ])
    func splits(_ e: Example) {
        #expect(analyze(e.sentence, language: e.language).claims.map(\.text) == e.parts)
    }

    @Test("names joined by a conjunction, a relative about the source, a part naming nothing to check stay whole", arguments: [
        // "et ses proches": a second subject, not a clause.
        Example(sentence: "Le dirigeant déchu et ses proches sont arrivés à Minsk dimanche.", language: .french,
                parts: ["Le dirigeant déchu et ses proches sont arrivés à Minsk dimanche."]),
        // The relative tells who the source is, not a fact of the story.
        Example(sentence: "Ils étaient 2 millions selon les syndicats, qui ont défilé à Paris.", language: .french,
                parts: ["Ils étaient 2 millions selon les syndicats, qui ont défilé à Paris."]),
        // "which" names no place, person, figure or date: it describes the plane.
        Example(sentence: "The general left Tripoli on a cargo plane, which was painted white.", language: .english,
                parts: ["The general left Tripoli on a cargo plane, which was painted white."]),
        // "à Lyon" folds like the auxiliary "a", and is no verb.
        Example(sentence: "Des cortèges ont défilé à Paris et à Lyon mardi.", language: .french,
                parts: ["Des cortèges ont défilé à Paris et à Lyon mardi."]),
        // "où" is kept apart from "ou" ("or").
        Example(sentence: "Des heurts ont éclaté à Nantes, ou à Rennes selon certains témoins.", language: .french,
                parts: ["Des heurts ont éclaté à Nantes, ou à Rennes selon certains témoins."]),
        // A figure in an apposition, then the subject's verb: no list of figures.
        Example(sentence: "Le séisme, d'une magnitude de 6, a été enregistré à 21 h 15 près de Padang.", language: .french,
                parts: ["Le séisme, d'une magnitude de 6, a été enregistré à 21 h 15 près de Padang."]),
        Example(sentence: "The tremor, of magnitude 5, was felt at 9 pm in Padang.", language: .english,
                parts: ["The tremor, of magnitude 5, was felt at 9 pm in Padang."]),
        // The level a figure falls to completes the verb: no list of figures. A genitive
        // after the comma ("…, de 3,5 millions …") opens an item, kept apart elsewhere.
        Example(sentence: "Le taux de chômage a reculé de 0,2 point au troisième trimestre, à 7,1 % de la population active.", language: .french,
                parts: ["Le taux de chômage a reculé de 0,2 point au troisième trimestre, à 7,1 % de la population active."]),
        Example(sentence: "The jobless rate dropped by 0.2 points in the third quarter, to 7.1% of the workforce.", language: .english,
                parts: ["The jobless rate dropped by 0.2 points in the third quarter, to 7.1% of the workforce."]),
        // A relative between commas before the sentence's own verb describes its subject.
        Example(sentence: "Le site de Tourcoing, qui emploie 600 salariés, sera fermé en 2026.", language: .french,
                parts: ["Le site de Tourcoing, qui emploie 600 salariés, sera fermé en 2026."]),
        Example(sentence: "The Tourcoing plant, which employs 600 people, will be closed in 2026.", language: .english,
                parts: ["The Tourcoing plant, which employs 600 people, will be closed in 2026."]),
    ])
    func staysWhole(_ e: Example) {
        #expect(analyze(e.sentence, language: e.language).claims.map(\.text) == e.parts)
    }

    @Test("each clause keeps the attribution of its sentence, and its own facets")
    func attributionAndFacets() {
        let a = analyze("Le dirigeant déchu est arrivé à Minsk, où la Biélorussie lui a offert l’asile, selon l’agence TASS.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "arrivé")?.sources == ["TASS"])
        #expect(claim(a, "asile")?.sources == ["TASS"])
        #expect(claim(a, "asile")?.whoKeys.contains("place:belarus") == true)
        #expect(claim(a, "arrivé")?.where == ["Minsk"])
        // The part of a figure in brackets keeps the figure's source.
        let p = analyze("Ils étaient 2 millions selon la CGT (dont 300 000 à Lyon).")
        #expect(claim(p, "300 000")?.sources == ["CGT"])
        #expect(claim(p, "300 000")?.numbers.map(\.value) == [300_000])
        #expect(claim(p, "2 millions")?.numbers.map(\.value) == [2_000_000])
        let b = analyze("Rebels took Aleppo on Friday, and the army has withdrawn 3,000 troops from Hama.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "Aleppo")?.numbers.isEmpty == true)
        #expect(claim(b, "Hama")?.numbers.map(\.value) == [3000])
    }

    @Test("a clause with its own subject after the whole attribution is the writer's background; one going on with the verb is still the source's")
    func background() {
        let a = analyze("Le ministère a indiqué que le dirigeant avait quitté Tripoli, après l’entrée des rebelles à Benghazi dimanche.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "quitté Tripoli")?.sources == ["ministère"])
        #expect(claim(a, "Benghazi")?.sources == [])
        let b = analyze("General Haftar said on Monday that he left Tripoli only after Benghazi had fallen, and claimed that Egypt had asked him to leave.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "Egypt")?.sources == ["Haftar"])
        // The attribution after the clause governs it: "…, où B, selon X".
        let c = analyze("Le dirigeant est arrivé à Minsk, où la Biélorussie lui a offert l’asile, selon l’agence TASS.")
        #expect(claim(c, "asile")?.sources == ["TASS"])
    }

    @Test("what came before, told after every source of the sentence, is the writer's: after a cited source, after how long")
    func backgroundAfterTheSources() {
        let a = analyze("Le général et sa famille se trouvent au Caire, ont annoncé les agences égyptiennes, citant une source au gouvernement, après la chute de la capitale aux mains des insurgés.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "Caire")?.sources.count == 2)
        #expect(claim(a, "chute")?.sources == [])
        let b = analyze("The general and his family are in Cairo, Egyptian state media reported on Monday, adding that Egypt had granted them asylum, less than 24 hours after the fall of the capital.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "asylum")?.sources == ["Egyptian state media"])
        #expect(claim(b, "fall of the capital")?.sources == [])
        let c = analyze("Le bilan s'est alourdi à 12 morts, a annoncé la préfecture, deux jours après le passage de la tempête sur Nice.")
        #expect(claim(c, "tempête")?.sources == [])
        #expect(claim(c, "12 morts")?.sources == ["préfecture"])
        // An "after" phrase the reported clause goes on from is what the source said.
        let d = analyze("Le ministère a annoncé que l’ancien président, après des négociations avec les insurgés, avait décidé de quitter le pouvoir.")
        #expect(d.claims.count == 1)
        #expect(d.claims.first?.sources == ["ministère"])
    }

    @Test("a clause joined right after an inverted source is the writer's, dated to the day it was said; one inside what was said is not")
    func joinedAfterTheSource() {
        let a = analyze("The general is in Cairo with his family, a government source told local newspapers on Monday, and a deal has been reached to protect the embassy in Tripoli.", language: .english)
        #expect(a.claims.count == 2)
        #expect(claim(a, "Cairo")?.sources == ["government source"])
        #expect(claim(a, "deal")?.sources == [])
        #expect(claim(a, "deal")?.when == PartialDate(year: 2024, month: 12, day: 9))
        let b = analyze("Le général se trouve au Caire, a déclaré une source gouvernementale à la presse locale lundi, et un accord a été conclu pour protéger l’ambassade à Tripoli.")
        #expect(b.claims.count == 2)
        #expect(claim(b, "accord")?.sources == [])
        #expect(claim(b, "accord")?.when == PartialDate(year: 2024, month: 12, day: 9))
        // Reported with "that": the joined clause is still what the source said.
        let c = analyze("The ministry has said that chaos prevails in Tripoli, and it is too early to talk about the future of the embassy in Libya.", language: .english)
        #expect(c.claims.allSatisfy { $0.sources == ["ministry"] })
    }

    @Test("a source that is the subject of a relative clause speaks for it alone: the clause before it is the writer's")
    func sourceInsideARelative() {
        let a = analyze("Dans les faits, l’armée garde donc une base navale à Tobrouk, où des photos satellites montraient pourtant lundi que les navires étaient sortis en mer.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "Tobrouk")?.sources == [])
        #expect(claim(a, "navires")?.sources == ["photos satellites"])
        let b = analyze("The army still keeps a naval base in Tobruk, where satellite images showed on Monday that the ships had left the port.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "Tobruk")?.sources == [])
        #expect(claim(b, "ships")?.sources == ["satellite images"])
        // A source at the end of the sentence, after the relative's own clause, speaks for all of it.
        let c = analyze("The general and his family arrived in Cairo on Monday, where Egypt granted them asylum, the state news agency reported.", language: .english)
        #expect(c.claims.allSatisfy { !$0.sources.isEmpty })
    }

    @Test("a possessive relative with a verb of its own, after the source's clause, is the writer's; a part of a figure or a list stays")
    func possessiveRelative() {
        let a = analyze("Plusieurs sources évoquent l’Égypte, dont le soutien militaire lui a longtemps permis de tenir.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "évoquent")?.sources == ["Plusieurs sources"])
        #expect(claim(a, "soutien")?.sources == [])
        let b = analyze("Several sources said he had fled to Egypt, whose military support has long kept him in power.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "military support")?.sources == [])
        // No verb of its own: part of what came before.
        let c = analyze("La police a annoncé 172 interpellations, dont 77 à Paris.")
        #expect(c.claims.count == 1)
        let d = analyze("Selon un sondage effectué pour un collectif de médias, dont l’AFP, 83 000 personnes ont manifesté à Lyon.")
        #expect(d.claims.count == 1)
        // After a phrase put before the subject, the relative is inside the sentence.
        let e = analyze("Dans la ville de Homs, dont les rebelles se sont emparés lundi, des milliers d’habitants sont sortis dans les rues.")
        #expect(e.claims.count == 1)
    }

    @Test("a relative right after a speaker named after their words describes the speaker, in the writer's voice; after a passive's agent it goes on")
    func relativeAfterTheSpeaker() {
        let a = analyze("« Il se trouverait au Caire », a glissé le ministre des Affaires étrangères, qui reste en poste jusqu’en mars.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "Caire")?.sources == ["ministre des Affaires étrangères"])
        #expect(claim(a, "mars")?.sources == [])
        let b = analyze("\"He is believed to be in Cairo,\" said Foreign Minister Omar Haddad, who stays in office until March.", language: .english)
        #expect(b.claims.count == 2)
        #expect(claim(b, "Cairo")?.sources == ["Omar Haddad"])
        #expect(claim(b, "March")?.sources == [])
        // The agent of a passive goes on speaking: « qui avait appelé à la non-violence ».
        #expect(analyze("Ce calme a été salué par le secrétaire général du syndicat, Paul Morel, qui avait appelé à la non-violence.").claims.count == 1)
    }

    @Test("a citing source stays with the clause it stands in when a sentence splits between sources")
    func citingInSplitSentence() {
        let a = analyze("Le général est au Caire, a rapporté l’agence Mena citant une source au gouvernement, tandis que les rebelles affirment qu’il se trouve à Tunis.")
        #expect(a.claims.count == 2)
        #expect(claim(a, "Caire")?.sources.count == 2)
        #expect(claim(a, "Tunis")?.sources == ["rebelles"])
    }

    @Test("a relative clause of its own tells what the name before it did", arguments: [
        ("Le général a fui vers le Pérou, qui lui a fourni un appui militaire depuis 2015.", Language.french, "Pérou"),
        ("The general fled to Peru, which has provided him military support since 2015.", Language.english, "Peru"),
        ("Le sommet a été organisé par Pablo Rojas, qui a quitté Lima dimanche.", Language.french, "Pablo Rojas"),
    ])
    func relativeActor(_ text: String, _ language: Language, _ actor: String) {
        let a = analyze(text, language: language)
        #expect(a.claims.count == 2)
        #expect(a.claims.last?.who.first == actor)
    }
}
