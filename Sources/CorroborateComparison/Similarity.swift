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
    /// Each claim's weighted terms, computed once: pairs are many, claims few.
    let vectors: [Vectors]

    /// A claim's terms with their weights (rarity in the run, times 0.5 for a containing
    /// place) and the vectors' norms.
    struct Vectors: Sendable {
        var events = WeightedTerms()
        var entities = WeightedTerms()
        var stems = WeightedTerms()
    }

    /// A sparse vector whose sums run in key order: floating-point addition is not
    /// associative, and summing in hash order made the same run's scores differ from one
    /// process to the next, and pairs near the threshold flip.
    struct WeightedTerms: Sendable {
        private(set) var keys: [String] = []
        private(set) var weight: [String: Double] = [:]
        private(set) var norm = 0.0

        init() {}

        init(_ weights: [String: Double]) {
            weight = weights
            keys = weights.keys.sorted()
            norm = keys.reduce(0.0) { acc, k in let w = weights[k] ?? 0; return acc + w * w }.squareRoot()
        }

        subscript(_ key: String) -> Double? { weight[key] }
    }

    init(profiles: [ClaimProfile], weights: TermWeights, gazetteer: Gazetteer) {
        self.weights = weights
        self.gazetteer = gazetteer
        vectors = profiles.map { p in
            var events: [String: Double] = [:], entities: [String: Double] = [:], stems: [String: Double] = [:]
            for e in p.events { events[e] = weights.weight(TermWeights.event(e)) }
            for (k, tf) in p.entities { entities[k] = tf * weights.weight(TermWeights.entity(k)) }
            for s in p.stems { stems[s] = weights.weight(TermWeights.stem(s, p)) }
            return Vectors(events: WeightedTerms(events), entities: WeightedTerms(entities), stems: WeightedTerms(stems))
        }
    }

    /// Cosine of two weighted vectors, iterating the smaller in key order.
    static func cosine(_ a: WeightedTerms, _ b: WeightedTerms) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        let (small, large) = a.keys.count <= b.keys.count ? (a, b) : (b, a)
        var dot = 0.0
        for t in small.keys { if let x = small[t], let y = large[t] { dot += x * y } }
        return dot / (a.norm * b.norm)
    }

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
    /// Happenings that are one for this test: fleeing a place is leaving it.
    static let sameHappening: [String: String] = ["flee": "leave"]
    /// Two tallies of one crowd rarely differ by more than this factor.
    static let sameOrder = 5.0
    /// Shared weights saturate: a long sentence sharing many common terms is not more the same fact.
    static let sharedCap = 8.0

    func evidence(_ i: Int, _ j: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> Evidence {
        let va = vectors[i], vb = vectors[j]
        let ce = Similarity.cosine(va.events, vb.events)
        let ck = Similarity.cosine(va.entities, vb.entities)
        var cc: Double
        var wording: Double? = nil
        if a.language == b.language {
            cc = Similarity.cosine(va.stems, vb.stems)
            wording = cc
        } else {
            cc = (ce + ck) / 2
        }
        let sharedEvents = a.events.filter { vb.events[$0] != nil }
        let she = min(Similarity.sharedCap, sharedEvents.reduce(0) { $0 + (va.events[$1] ?? 0) })
        var shk = 0.0
        var sharedEntities: [String] = []
        let (small, large) = a.entities.count <= b.entities.count ? (a.entities, b.entities) : (b.entities, a.entities)
        for k in small.keys.sorted() {
            guard let ws = small[k], let wl = large[k] else { continue }
            shk += weights.weight(TermWeights.entity(k)) * min(ws, wl)
            if ws == 1 || wl == 1 { sharedEntities.append(k) }
        }
        sharedEntities.sort()
        shk = min(Similarity.sharedCap, shk)
        let mx = sharedEvents.compactMap { va.events[$0] }.max() ?? 0
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

        let happeningsA = a.events.filter { !Similarity.circumstances.contains($0) }.map { Similarity.sameHappening[$0] ?? $0 }
        let happeningsB = b.events.filter { !Similarity.circumstances.contains($0) }.map { Similarity.sameHappening[$0] ?? $0 }
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

}
