import Testing
import CorroborateCore
@testable import CorroborateExtraction

/// The figures a claim states, not the figures of who states it.
@Suite("Claims: figures of the claim, not of its sources")
struct ClaimNumberTests {
    @Test("how many sources spoke is no figure of the claim; a speaker's age and the claim's counts stay", arguments: [
        ("The plane left Damascus with 12 passengers, two senior army officers told Reuters.", Language.english, [12.0]),
        ("The convoy carried 40 trucks, one senior official said.", Language.english, [40.0]),
        ("Le convoi transportait 40 camions, ont indiqué deux responsables de la sécurité.", Language.french, [40.0]),
        ("Abu Karim, 44, told AFP he had waited for hours.", Language.english, [44.0]),
        // "over a 2022 fire": the article of a dated noun is no "more than one".
        ("The former mayor was jailed over a 2022 fire that killed seven people.", Language.english, [7.0]),
    ])
    func sourceCounts(_ text: String, _ language: Language, _ values: [Double]) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.numbers.map(\.value) == values)
    }

    @Test("a duration before « après », « later », « ago » is an offset in time, not a figure; from the actor's own start it measures them", arguments: [
        ("Une semaine après le vote, 12 000 personnes ont défilé à Lyon.", Language.french, [12000.0]),
        ("Renversé 18 ans après son arrivée au pouvoir, le dirigeant a quitté Lima.", Language.french, [18.0]),
        ("Ousted 18 years after his rise to power, the leader left Lima.", Language.english, [18.0]),
        ("Two days later, 300 workers joined the strike.", Language.english, [300.0]),
        ("La grève dure depuis deux semaines.", Language.french, [2.0]),
    ])
    func offsets(_ text: String, _ language: Language, _ values: [Double]) {
        #expect(analyze(text, language: language).claims.first?.numbers.map(\.value) == values)
    }

    @Test("« les deux pays », « the two countries » refer to a known set; « leurs deux enfants » counts", arguments: [
        ("Moscou veut maintenir les relations entre les deux pays.", Language.french, [Double]()),
        ("Officials said the two bases were on high alert.", Language.english, [Double]()),
        ("Son épouse et leurs deux enfants ont fui.", Language.french, [2.0]),
        ("The talks involved 2 delegations from the two capitals.", Language.english, [2.0]),
        // The state of the set is news: a count of the missing, the dead, the injured.
        ("Les secours n'ont pas retrouvé les six personnes toujours portées disparues.", Language.french, [6.0]),
        ("Rescuers searched for the six people still missing.", Language.english, [6.0]),
    ])
    func referringNumbers(_ text: String, _ language: Language, _ values: [Double]) {
        #expect(analyze(text, language: language).claims.first?.numbers.map(\.value) == values)
    }
}
