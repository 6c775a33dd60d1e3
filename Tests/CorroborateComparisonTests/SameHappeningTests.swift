import Testing
import CorroborateCore
import CorroborateGazetteer
@testable import CorroborateComparison

/// A fact stated alone and the same fact stated with its context can land in two groups; two
/// claims telling the same happening of the same actor in the same place still state one fact.
@Suite("Alignment: one happening of one actor in one place")
struct SameHappeningTests {
    static let assad = "person:bashar-al-assad"

    static func same(_ a: Make.Spec, _ b: Make.Spec) -> Bool {
        let x = Make.article("a", [a]), y = Make.article("b", [b])
        let p = Make.profiles([x, y])
        let flat = [p[0][0], p[1][0]]
        let sim = Similarity(profiles: flat, weights: TermWeights(flat), gazetteer: .shared)
        return sim.sameHappeningActorPlace(0, 1, flat[0], flat[1])
    }

    @Test("arriving in Moscow and being in Russia, with more said beside it, is one happening")
    func oneHappening() {
        #expect(Self.same(
            Make.claim("Assad est arrivé à Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["arrive"]),
            Make.claim("Assad se trouve en Russie, qui lui a accordé l'asile.", who: [Self.assad], where: ["place:russia"], events: ["arrive", "asylum", "grant"])))
    }

    @Test("another happening, another actor or another place is not")
    func other() {
        let arrived = Make.claim("Assad est arrivé à Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["arrive"])
        #expect(!Self.same(arrived, Make.claim("Assad a quitté Damas.", who: [Self.assad], where: ["place:damascus"], events: ["leave"])))
        #expect(!Self.same(arrived, Make.claim("Assad est arrivé à Damas.", who: [Self.assad], where: ["place:damascus"], events: ["arrive"])))
        #expect(!Self.same(arrived, Make.claim("Le ministre est arrivé à Moscou.", who: ["person:sergei-lavrov"], where: ["place:moscow"], events: ["arrive"])))
    }
}
