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

/// What befell what a figure counts, when a verb tells it: "65 drones launched" and "51
/// drones shot down" are two counts of drones, not two versions of one.
@Suite("Claims: what befell what a figure counts")
struct ClaimFigureFateTests {
    @Test("the verb a figure is the object of, else the one its noun is the subject of", arguments: [
        ("La Russie a lancé 65 drones dans la nuit.", Language.french, 65.0, "launch" as String?),
        ("Dont 51 drones ont été abattus au-dessus de Kiev.", Language.french, 51.0, "shootdown"),
        ("Moscou affirme avoir abattu 44 drones au cours de la nuit.", Language.french, 44.0, "shootdown"),
        ("42 drones ukrainiens ont été « interceptés et détruits » au-dessus de six régions.", Language.french, 42.0, "shootdown"),
        ("Air defences destroyed 42 Ukrainian drones overnight.", Language.english, 42.0, "destroy"),
        ("Of those, 51 drones were shot down over Kyiv.", Language.english, 51.0, "shootdown"),
        ("Russia launched 65 drones at Ukraine overnight.", Language.english, 65.0, "launch"),
        // A figure no verb tells the fate of has none.
        ("The drone hit a building with 40 flats in Belgorod.", Language.english, 40.0, nil),
    ])
    func fate(_ text: String, _ language: Language, _ value: Double, _ fate: String?) {
        let n = analyze(text, language: language).claims.first?.numbers.first { $0.value == value }
        #expect(n != nil)
        #expect(n?.fate == fate)
    }
}
