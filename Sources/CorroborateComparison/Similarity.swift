import Foundation
import CorroborateCore
import CorroborateGazetteer

/// How likely two claims of different articles state the same fact, and the evidence, from
/// what they share: event concepts, actors and places (weighted by how rare they are in the
/// run), wording (same language only), and figures of the same kind.
///
/// The score is a logistic combination of those measures. Its weights were fitted once on
/// annotated story clusters (dev corpus) and rounded; they are constants, not per-story
/// tuning. Across languages, where wording cannot be compared, wording likeness is replaced
/// by the mean of event and entity likeness.
struct Similarity: Sendable {
    let weights: TermWeights
    let gazetteer: Gazetteer

    struct Evidence: Sendable {
        var score: Double
        var sharedEvents: [String]
        var sharedEntities: [String]
        var sameFigures: [(NumberMention, NumberMention)]
        var wording: Double?
        /// Same kind of count but counted in different places or on different days: two facts.
        var differentOccurrence: Bool
    }

    // Fitted weights (see the type's comment).
    static let bias = -4.92
    static let eventLikeness = 1.52
    static let entityLikeness = 0.49
    static let wordingLikeness = 7.88
    static let sharedEventWeight = 0.38
    static let sharedEntityWeight = 0.25
    static let comparableFigure = 0.71
    static let sameFigure = 3.54
    static let rarestSharedEvent = 0.10
    static let actorEventPlace = 0.91
    /// Counts of the same thing in the same place ("119 000 manifestants à Paris" / "800 000 à
    /// Paris selon la CGT") are two versions of one figure, whatever their values.
    static let sameCount = 2.0
    /// Two claims that each say what happened, and name different happenings ("arrived in
    /// Moscow" / "was granted asylum"), state two facts even when they share their actors.
    static let otherHappening = -1.5
    /// Event concepts that set the scene rather than say what happened: who governs, who is
    /// family, the means of travel, the reporting itself.
    static let circumstances: Set<String> = [
        "family", "govern", "humanitarian", "announce", "confirm", "unknown", "record", "police", "rebels",
        "opposition", "war", "pension", "vote", "decide", "support", "transition", "interview", "base",
        "travel", "airport", "turnout",
    ]
    /// Two tallies of one crowd rarely differ by more than this factor.
    static let sameOrder = 5.0
    /// Shared weights saturate: a long sentence sharing many common terms is not more the same fact.
    static let sharedCap = 8.0

    func evidence(_ a: ClaimProfile, _ b: ClaimProfile) -> Evidence {
        let ev = { (e: String) in weights.weight(TermWeights.event(e)) }
        let en = { (k: String) in weights.weight(TermWeights.entity(k)) }
        let ea = Dictionary(uniqueKeysWithValues: a.events.map { ($0, 1.0) })
        let eb = Dictionary(uniqueKeysWithValues: b.events.map { ($0, 1.0) })
        let ce = Similarity.cosine(ea, eb, ev)
        let ck = Similarity.cosine(a.entities, b.entities, en)
        var cc: Double
        var wording: Double? = nil
        if a.language == b.language {
            let st = { (s: String) in weights.weight(TermWeights.stem(s, a)) }
            cc = Similarity.cosine(Dictionary(uniqueKeysWithValues: a.stems.map { ($0, 1.0) }),
                                   Dictionary(uniqueKeysWithValues: b.stems.map { ($0, 1.0) }), st)
            wording = cc
        } else {
            cc = (ce + ck) / 2
        }
        let sharedEvents = a.events.filter { eb[$0] != nil }
        let she = min(Similarity.sharedCap, sharedEvents.reduce(0) { $0 + ev($1) })
        var shk = 0.0
        var sharedEntities: [String] = []
        for (k, wa) in a.entities.sorted(by: { $0.key < $1.key }) {
            guard let wb = b.entities[k] else { continue }
            shk += en(k) * min(wa, wb)
            if wa == 1 || wb == 1 { sharedEntities.append(k) }
        }
        shk = min(Similarity.sharedCap, shk)
        let mx = sharedEvents.map(ev).max() ?? 0
        let sharedActor = !a.actors.isDisjoint(with: b.actors)
        let placeMatch = a.places.contains { x in b.places.contains { y in gazetteer.isWithin(x, y) || gazetteer.isWithin(y, x) } }
        let triple = !sharedEvents.isEmpty && sharedActor && placeMatch

        var comparable = false, sameCount = false
        var same: [(NumberMention, NumberMention)] = []
        var sameKind = false, sameOccurrence = false
        for x in a.quantities where !x.isMeasure {
            for y in b.quantities where x.sameKind(as: y) {
                sameKind = true
                // Counted on different days (each figure's own date, else its report's day):
                // two occurrences, as the turnout of two protest days.
                let otherDay = Quantity.otherDay(x, a.referenceDay, y, b.referenceDay)
                if x.value == y.value && !otherDay {
                    same.append((x.mention, y.mention))
                    sameOccurrence = true
                } else if x.scope == y.scope && !otherDay {
                    sameOccurrence = true
                }
                if x.isComparable(with: y) && !otherDay {
                    comparable = true
                    // A count of people with no place nor shared event could be any crowd, unless
                    // the two are of one order of magnitude (two tallies of one turnout).
                    let ratio = max(x.value, y.value) / max(1, min(x.value, y.value))
                    if x.scope != nil || !sharedEvents.isEmpty || x.unitClass != UnitClasses.generic
                        || ratio <= Similarity.sameOrder { sameCount = true }
                }
            }
        }
        for x in a.quantities where x.isMeasure {
            for y in b.quantities where x.isComparable(with: y) {
                comparable = true
                if x.value == y.value { same.append((x.mention, y.mention)) }
            }
        }
        // Counts of the same thing that are all in other places or on other days.
        let differentOccurrence = sameKind && !sameOccurrence

        let happeningsA = a.events.filter { !Similarity.circumstances.contains($0) }
        let happeningsB = b.events.filter { !Similarity.circumstances.contains($0) }
        let otherHappening = !happeningsA.isEmpty && !happeningsB.isEmpty && Set(happeningsA).isDisjoint(with: happeningsB)

        var z = Similarity.bias
        z += Similarity.eventLikeness * ce + Similarity.entityLikeness * ck + Similarity.wordingLikeness * cc
        z += Similarity.sharedEventWeight * she + Similarity.sharedEntityWeight * shk
        z += Similarity.comparableFigure * (comparable ? 1 : 0) + Similarity.sameFigure * (same.isEmpty ? 0 : 1)
        z += Similarity.rarestSharedEvent * mx + Similarity.actorEventPlace * (triple ? 1 : 0)
        z += Similarity.sameCount * (sameCount ? 1 : 0)
        z += Similarity.otherHappening * (otherHappening ? 1 : 0)
        let score = 1 / (1 + exp(-z))
        return Evidence(score: score, sharedEvents: sharedEvents, sharedEntities: sharedEntities,
                        sameFigures: same, wording: wording, differentOccurrence: differentOccurrence)
    }

    /// Weighted cosine of two term vectors (term → tf), each term weighted by `w`.
    static func cosine(_ a: [String: Double], _ b: [String: Double], _ w: (String) -> Double) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var dot = 0.0, na = 0.0, nb = 0.0
        for (t, x) in a {
            let wt = w(t)
            na += (x * wt) * (x * wt)
            if let y = b[t] { dot += x * y * wt * wt }
        }
        guard dot > 0 else { return 0 }
        for (t, y) in b { let wt = w(t); nb += (y * wt) * (y * wt) }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}
