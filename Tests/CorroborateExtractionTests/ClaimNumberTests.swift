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
    ])
    func sourceCounts(_ text: String, _ language: Language, _ values: [Double]) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.numbers.map(\.value) == values)
    }
}
