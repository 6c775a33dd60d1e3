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

    @Test("fleeing to Moscow with more said beside it, and arriving there, is one happening; one telling a happening the other does not is not")
    func oneTellsMore() {
        let arrived = Make.claim("Assad est arrivé à Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["arrive"])
        #expect(Self.same(arrived, Make.claim("Assad fled to Moscow as rebels took the capital, state media reported.",
                                              who: [Self.assad], where: ["place:moscow"], events: ["arrive", "flee", "seize"])))
        #expect(!Self.same(
            Make.claim("Assad a quitté Damas pour Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["arrive", "leave"]),
            Make.claim("Assad est arrivé à Moscou, où il a été soigné.", who: [Self.assad], where: ["place:moscow"], events: ["arrive", "treat"])))
    }

    @Test("a country that acts is no place the fact happens at: « la Russie lui a accordé l'asile » is not « l'asile à Moscou »")
    func actingCountry() {
        #expect(!Self.same(
            Make.claim("La Russie a accordé l'asile à Assad.", who: [Self.assad, "place:russia"], events: ["asylum"]),
            Make.claim("Assad a obtenu l'asile à Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["asylum"])))
    }

    @Test("another happening, another actor or another place is not")
    func other() {
        let arrived = Make.claim("Assad est arrivé à Moscou.", who: [Self.assad], where: ["place:moscow"], events: ["arrive"])
        #expect(!Self.same(arrived, Make.claim("Assad a quitté Damas.", who: [Self.assad], where: ["place:damascus"], events: ["leave"])))
        #expect(!Self.same(arrived, Make.claim("Assad est arrivé à Damas.", who: [Self.assad], where: ["place:damascus"], events: ["arrive"])))
        #expect(!Self.same(arrived, Make.claim("Le ministre est arrivé à Moscou.", who: ["person:sergei-lavrov"], where: ["place:moscow"], events: ["arrive"])))
    }
}

/// A clause reads with the clauses of its sentence before it ("…, où la Russie lui a accordé
/// l'asile" is about Assad in Moscow), never with the sentence before a full stop.
@Suite("Alignment: the sentence a clause belongs to")
struct SentenceContextTests {
    @Test("clauses joined by a comma are one sentence; a claim after a full stop, a question or exclamation mark starts its own")
    func sentenceOfClause() {
        let clauses = Make.article("a", separator: " ", [
            Make.claim("Le dirigeant est arrivé à Minsk,"), Make.claim("où la Biélorussie lui a offert l'asile."),
            Make.claim("Les rebelles ont pris Benghazi."), Make.claim("« Ils sont partis ! »"), Make.claim("Le calme est revenu."),
        ])
        #expect(Comparator.continuesSentence(clauses, 1))
        #expect(!Comparator.continuesSentence(clauses, 2))
        #expect(!Comparator.continuesSentence(clauses, 4))
    }
}

/// A person who says something and acts in it (« Biden a assuré que les États-Unis n'étaient pas
/// sûrs ») is the speaker of the claim, not a second person beside the one another outlet names.
@Suite("Alignment: a speaker acting in their own words")
struct SpeakerActorTests {
    static let assad = "person:bashar-al-assad", biden = "person:joe-biden", lavrov = "person:sergei-lavrov"

    static func score(_ a: Make.Spec, _ b: Make.Spec) -> Double {
        let x = Make.article("a", [a]), y = Make.article("b", [b])
        let p = Make.profiles([x, y])
        let flat = [p[0][0], p[1][0]]
        return Similarity(profiles: flat, weights: TermWeights(flat), gazetteer: .shared).score(0, 1, flat[0], flat[1]).score
    }

    @Test("the speaker among the actors is no other person; another person acting is another happening")
    func speakerIsNoOtherPerson() {
        let confirmed = Make.claim("Joe Biden a confirmé que Bachar al-Assad se trouvait à Moscou.", who: [Self.assad],
                                   where: ["place:moscow"], events: ["arrive"], sources: [("Joe Biden", Self.biden)])
        let notSure = Make.claim("Joe Biden a assuré ne pas être sûr que Bachar al-Assad se trouvait à Moscou.", who: [Self.biden],
                                 where: ["place:moscow"], events: ["arrive"], sources: [("Joe Biden", Self.biden)], negated: true)
        let other = Make.claim("Joe Biden a assuré que Sergueï Lavrov se trouvait à Moscou.", who: [Self.lavrov],
                               where: ["place:moscow"], events: ["arrive"], sources: [("Joe Biden", Self.biden)])
        var unnamed = notSure
        unnamed.who = []
        let speaker = Self.score(confirmed, notSure), none = Self.score(confirmed, unnamed), another = Self.score(confirmed, other)
        // Naming the speaker among the actors changes the score little; another person, much.
        #expect(abs(speaker - none) < 0.05)
        #expect(speaker > another + 0.5)
    }
}
