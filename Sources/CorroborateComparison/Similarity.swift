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
    let gazetteer: Gazetteer
    /// Each claim's weighted terms, computed once: pairs are many, claims few.
    let vectors: [Vectors]
    /// Names of the event concepts and entity keys, by term number.
    let eventNames: [String]
    let entityNames: [String]
    /// The gazetteer's English name of each entity, by term number (nil when it has none):
    /// looked up once per run, not once per explanation.
    let entityDisplayNames: [String?]
    /// The weight of each event and of each entity in the run, by term number: a claim's
    /// events and entities keep their numbers only (an array of weights per claim was a tenth
    /// of a large run's memory).
    let eventWeight: [Double]
    let entityWeight: [Double]

    /// A claim's terms with their weights (rarity in the run, times 0.5 for a containing
    /// place) and the vectors' norms; terms are numbered in the order of their names, so a
    /// merge of two vectors visits shared terms in name order. A class: read for each of
    /// millions of pairs, a struct of eight arrays was copied (a retain and release of each).
    final class Vectors: Sendable {
        let events: TermList
        let entities: WeightedTerms
        let stems: WeightedTerms
        /// The weight each entity is named with (1, or 0.5 for a containing place), by position
        /// in `entities`; its rarity is `Similarity.entityWeight`.
        let entityShare: [Double]
        /// Entity numbers of the actors the claim names, sorted.
        let actors: [Int32]
        /// What happens, sorted: events that are not circumstances, as `sameHappening` maps them.
        let happenings: [Int32]
        /// Entity numbers of the persons among the actors, sorted.
        let persons: [Int32]
        /// Gives a toll, or tells one victim by age (`givesToll`, `tellsOneVictim`).
        let toll: Bool
        let oneVictim: Bool

        init(events: TermList, entities: WeightedTerms, stems: WeightedTerms, entityShare: [Double],
             actors: [Int32], happenings: [Int32], persons: [Int32], toll: Bool, oneVictim: Bool) {
            self.events = events
            self.entities = entities
            self.stems = stems
            self.entityShare = entityShare
            self.actors = actors
            self.happenings = happenings
            self.persons = persons
            self.toll = toll
            self.oneVictim = oneVictim
        }
    }

    /// A sparse vector whose sums run in term order (the order of the terms' names):
    /// floating-point addition is not associative, and summing in hash order made the same
    /// run's scores differ from one process to the next, and pairs near the threshold flip.
    struct WeightedTerms: Sendable {
        private(set) var terms: [Int32] = []
        private(set) var weights: [Double] = []
        private(set) var norm = 0.0

        init() {}

        /// `entries` sorted by term.
        init(_ entries: [(term: Int32, weight: Double)]) {
            terms = entries.map(\.term)
            weights = entries.map(\.weight)
            norm = weights.reduce(0.0) { acc, w in acc + w * w }.squareRoot()
        }
    }

    /// A sparse vector whose terms all weigh what one table of the run gives them (the events'):
    /// the weights are read in the table (`cosine(_:_:table:)`), not kept per claim.
    struct TermList: Sendable {
        let terms: [Int32]
        let norm: Double

        /// `terms` sorted; the norm summed in term order, as `WeightedTerms` sums it.
        init(terms: [Int32], table: [Double]) {
            self.terms = terms
            norm = terms.reduce(0.0) { acc, t in acc + table[Int(t)] * table[Int(t)] }.squareRoot()
        }
    }

    init(profiles: [ClaimProfile], weights: TermWeights, gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        // Term numbers in name order.
        var eventSet = Set<String>(), entitySet = Set<String>(), stemSet = Set<String>(), happeningSet = Set<String>()
        // Fields read in place: a profile bound to a local is copied whole.
        for k in profiles.indices {
            eventSet.formUnion(profiles[k].events)
            entitySet.formUnion(profiles[k].entities.keys)
            stemSet.formUnion(profiles[k].stems)
            happeningSet.formUnion(profiles[k].events.map { Similarity.sameHappening[$0] ?? $0 })
        }
        func numbering(_ names: Set<String>) -> (names: [String], number: [String: Int32]) {
            let sorted = names.sorted()
            var number: [String: Int32] = [:]
            for (i, n) in sorted.enumerated() { number[n] = Int32(i) }
            return (sorted, number)
        }
        let events = numbering(eventSet), entities = numbering(entitySet), stems = numbering(stemSet)
        let happenings = numbering(happeningSet)
        eventNames = events.names
        entityNames = entities.names
        entityDisplayNames = entities.names.map { gazetteer.displayName(key: $0, language: .english) }
        let eventWeight = events.names.map { weights.weight(TermWeights.event($0)) }
        let entityWeight = entities.names.map { weights.weight(TermWeights.entity($0)) }
        self.eventWeight = eventWeight
        self.entityWeight = entityWeight
        // Stems weigh by language ("s:fr:…"): each stem's weight per language of the run, built
        // once, not a term string per stem of every claim.
        var languages: [Language: [Double]] = [:]
        for k in profiles.indices where languages[profiles[k].language] == nil {
            let code = profiles[k].language.code
            languages[profiles[k].language] = stems.names.map { weights.weight(TermWeights.stem($0, language: code)) }
        }
        let stemWeight = languages
        // Each claim's vectors on every core: they depend on that claim alone.
        vectors = ChunkedMap.run(profiles.count) { range in range.map { k in
            let p = profiles[k]
            let ents = p.entities.compactMap { k, tf in entities.number[k].map { (term: $0, tf: tf) } }.sorted { $0.term < $1.term }
            return Vectors(
                events: TermList(terms: p.events.compactMap { events.number[$0] }.sorted(), table: eventWeight),
                entities: WeightedTerms(ents.map { ($0.term, $0.tf * entityWeight[Int($0.term)]) }),
                stems: WeightedTerms(stemWeight[p.language].map { w in p.stems.compactMap { s in stems.number[s].map { ($0, w[Int($0)]) } } }?
                    .sorted { $0.0 < $1.0 } ?? []),
                entityShare: ents.map(\.tf),
                actors: p.actors.compactMap { entities.number[$0] }.sorted(),
                happenings: Array(Set(p.events.filter { !Similarity.circumstances.contains($0) }
                    .compactMap { happenings.number[Similarity.sameHappening[$0] ?? $0] })).sorted(),
                // (Not the speaker acting in their own words: "Biden said the US was not sure" and
                // « Biden a confirmé qu'Assad était à Moscou » are not two people's doings.)
                persons: p.actors.filter { $0.hasPrefix(Similarity.personPrefix) && !p.sources.origins.contains($0) }
                    .compactMap { entities.number[$0] }.sorted(),
                toll: Similarity.givesToll(p),
                oneVictim: Similarity.tellsOneVictim(p))
        } }
    }

    /// Two claims of the same actor at the same place, one telling no happening the other does
    /// not ("Assad, along with his family, has arrived in Moscow" / "Assad fled to Moscow as
    /// opposition forces took the capital, adding he was granted asylum"): one fact, however
    /// differently worded, though their other words put them in different groups. The place is
    /// where the fact happens, not a country acting ("Russia granted …").
    func sameHappeningActorPlace(_ i: Int, _ j: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        let va = vectors[i], vb = vectors[j]
        let (small, large) = va.happenings.count <= vb.happenings.count ? (va.happenings, vb.happenings) : (vb.happenings, va.happenings)
        guard !small.isEmpty, SortedIDs.shareAtLeast(small, large, small.count), Similarity.intersects(va.actors, vb.actors) else { return false }
        return meet(a.sites, b.sites)
    }

    /// A place of one claim is, contains or lies in a place of the other (Moscou, Russie).
    func placesMeet(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        meet(a.places, b.places)
    }

    /// A place of `x` is, contains or lies in a place of `y`.
    private func meet(_ x: Set<String>, _ y: Set<String>) -> Bool {
        x.contains { p in y.contains { q in gazetteer.isWithin(p, q) || gazetteer.isWithin(q, p) } }
    }

    /// Cosine of two weighted vectors: the shared terms' products summed in term order.
    /// The cosine of two term lists weighed by `table`: a shared term weighs the same in both.
    static func cosine(_ a: TermList, _ b: TermList, table: [Double]) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var dot = 0.0
        SortedIDs.forEachCommon(a.terms, b.terms) { p, _ in
            let w = table[Int(a.terms[p])]
            dot += w * w
            return true
        }
        return dot / (a.norm * b.norm)
    }

    static func cosine(_ a: WeightedTerms, _ b: WeightedTerms) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var dot = 0.0
        SortedIDs.forEachCommon(a.terms, b.terms) { p, q in
            dot += a.weights[p] * b.weights[q]
            return true
        }
        return dot / (a.norm * b.norm)
    }

    /// Whether two sorted lists have an element in common.
    static func intersects(_ x: [Int32], _ y: [Int32]) -> Bool {
        SortedIDs.shareAtLeast(x, y, 1)
    }

    struct Evidence: Sendable {
        var score: Double
        var sharedEvents: [String]
        var sharedEntities: [String]
        /// `entityDisplayNames` of `sharedEntities`.
        var sharedEntityNames: [String?]
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
    /// A denial or doubt ("the company denied that the train had been speeding") and a claim
    /// stating the happening it denies (« le train roulait à vive allure ») are two versions of
    /// one fact, however differently worded: what a verification desk most needs set side by side.
    static let denialOfHappening = 1.5
    /// Wording alike enough for a denial that shares no entity with a statement to bear on it.
    static let denialWording = 0.3
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
    /// Two durations of one actor's same doing this close (a tenth apart) are one span told twice.
    static let closeMeasure = 0.1
    /// How entity keys of persons begin.
    static let personPrefix = "person:"
    /// Claims dated this many months apart tell two happenings.
    static let otherTimeMonths = 12

    /// The claim's date lies wholly after the day of its report: what it tells is planned.
    static func isPlanned(_ c: ClaimProfile) -> Bool {
        guard let w = c.when, let wy = w.year, let d = c.referenceDay, let dy = d.year else { return false }
        guard wy == dy else { return wy > dy }
        guard let wm = w.month, let dm = d.month else { return false }
        guard wm == dm else { return wm > dm }
        guard let wd = w.day, let dd = d.day else { return false }
        return wd > dd
    }
    /// Two tallies of one crowd rarely differ by more than this factor.
    static let sameOrder = 5.0
    /// Shared weights saturate: a long sentence sharing many common terms is not more the same fact.
    static let sharedCap = 8.0

    /// The pair's score and whether it counts two occurrences: what decides whether the
    /// pair is kept, without the lists `evidence` adds for the explanation.
    func score(_ i: Int, _ j: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> (score: Double, differentOccurrence: Bool) {
        let ev = measure(i, j, a, b, details: false)
        return (ev.score, ev.differentOccurrence)
    }

    func evidence(_ i: Int, _ j: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> Evidence {
        measure(i, j, a, b, details: true)
    }

    /// Two claims credited to one spokesperson share that speaker and nothing else: two things
    /// they said, not one ("He added that legal routes must be opened" / « C'est l'un des
    /// naufrages les plus meurtriers »). Two quotations are left to the score: one may be the
    /// other translated.
    private func sharesOnlySpeakers(_ va: Vectors, _ vb: Vectors, _ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        var only = true
        SortedIDs.forEachCommon(va.entities.terms, vb.entities.terms) { p, _ in
            let key = entityNames[Int(va.entities.terms[p])]
            if !a.sources.origins.contains(key) || !b.sources.origins.contains(key) { only = false; return false }
            return true
        }
        return only
    }

    /// The denial `d` bears on a happening `c` states (not on a circumstance: who governs, the war).
    static func deniesHappening(of c: ClaimProfile, by d: ClaimProfile) -> Bool {
        d.deniedEvents.contains { !circumstances.contains($0) && c.events.contains($0) }
    }

    /// "Storm Odile killed four people" and "A 69-year-old man was killed": a toll and one of
    /// its victims, told by age with no count, are two facts, not two versions of one. The
    /// claim gives a toll:
    static func givesToll(_ p: ClaimProfile) -> Bool {
        p.quantities.contains { !$0.isMeasure && $0.value >= 2 && UnitClasses.accumulates($0.unitClass) }
    }

    /// "a 54-year-old driver" and "an 81-year-old woman": people told by ages more than
    /// `ageSlack` years apart are two people, unless the claims name the same person (whose age outlets may
    /// give differently).
    static func otherAges(_ a: ClaimProfile, _ b: ClaimProfile, _ va: Vectors, _ vb: Vectors) -> Bool {
        guard !a.ages.isEmpty, !b.ages.isEmpty, !intersects(va.persons, vb.persons) else { return false }
        // "81 ans" and "une octogénaire" may be one person, "68 ans" and "69-year-old" too (told
        // differently: a discrepancy); 54 and 81 are not.
        let slack = Similarity.ageSlack
        return !a.ages.contains { x in b.ages.contains { y in x.lowerBound <= y.upperBound + slack && y.lowerBound <= x.upperBound + slack } }
    }

    /// Years two outlets may give apart for one person's age.
    static let ageSlack = 2.0

    /// The claim tells of one victim, by age, counting no one:
    static func tellsOneVictim(_ p: ClaimProfile) -> Bool {
        !p.quantities.contains { !$0.isMeasure } && p.quantities.contains { $0.isMeasure && $0.unitClass == UnitClasses.age }
    }

    /// `details`: also list the shared events, entities and figures (else left empty).
    private func measure(_ i: Int, _ j: Int, _ a: ClaimProfile, _ b: ClaimProfile, details: Bool) -> Evidence {
        vectors.withUnsafeBufferPointer { v in measure(v[i], v[j], a, b, details: details) }
    }

    /// `measure` of the two claims' vectors, passed in place (binding them to locals copied them).
    private func measure(_ va: Vectors, _ vb: Vectors, _ a: ClaimProfile, _ b: ClaimProfile, details: Bool) -> Evidence {
        let ce = Similarity.cosine(va.events, vb.events, table: eventWeight)
        let ck = Similarity.cosine(va.entities, vb.entities)
        var cc: Double
        var wording: Double? = nil
        if a.language == b.language {
            cc = Similarity.cosine(va.stems, vb.stems)
            wording = cc
        } else {
            cc = (ce + ck) / 2
        }
        // Shared events in name order: their weights summed in that order, their largest.
        var sharedEvents: [String] = []
        var anySharedEvent = false
        var she = 0.0, mx = 0.0
        do {
            SortedIDs.forEachCommon(va.events.terms, vb.events.terms) { p, _ in
                let w = eventWeight[Int(va.events.terms[p])]
                she += w
                mx = anySharedEvent ? max(mx, w) : w
                anySharedEvent = true
                if details { sharedEvents.append(eventNames[Int(va.events.terms[p])]) }
                return true
            }
        }
        if !anySharedEvent { mx = 0 }
        she = min(Similarity.sharedCap, she)
        // Shared entities in name order: rarity times the smaller naming weight.
        var shk = 0.0
        var sharedEntities: [String] = []
        var sharedEntityNames: [String?] = []
        do {
            SortedIDs.forEachCommon(va.entities.terms, vb.entities.terms) { p, q in
                let ws = va.entityShare[p], wl = vb.entityShare[q]
                shk += entityWeight[Int(va.entities.terms[p])] * min(ws, wl)
                if details, ws == 1 || wl == 1 {
                    let t = Int(va.entities.terms[p])
                    sharedEntities.append(entityNames[t])
                    sharedEntityNames.append(entityDisplayNames[t])
                }
                return true
            }
        }
        shk = min(Similarity.sharedCap, shk)
        // Places are looked up in the gazetteer only when they can make the triple.
        let sharedActor = Similarity.intersects(va.actors, vb.actors)
        let triple = anySharedEvent && sharedActor && placesMeet(a, b)

        var comparable = false, sameCount = false
        var same: [(NumberMention, NumberMention)] = []
        var sameFigure = false
        var sameKind = false, sameOccurrence = false
        for x in a.quantities where !x.isMeasure {
            for y in b.quantities where x.sameKind(as: y) {
                sameKind = true
                // Counted on different days (each figure's own date, else its report's day):
                // two occurrences, as the turnout of two protest days.
                let otherDay = Quantity.otherDay(x, a.referenceDay, y, b.referenceDay)
                if x.value == y.value && !otherDay {
                    sameFigure = true
                    if details { same.append((x.mention, y.mention)) }
                    sameOccurrence = true
                } else if !otherDay && Quantity.scopesMeet(x, y, a.places, b.places, gazetteer: gazetteer) {
                    sameOccurrence = true
                }
                // One figure placed, the other not but its claim naming that place ("70 morts"
                // in North Kivu / "56 décès … dans la province du Nord-Kivu"): one count too.
                let placedAlike = x.isComparable(with: y)
                    || ((x.scope == nil) != (y.scope == nil) && Quantity.scopesMeet(x, y, a.places, b.places, gazetteer: gazetteer))
                if placedAlike && !otherDay {
                    comparable = true
                    // A count of people with no place nor shared event could be any crowd, unless
                    // the two are of one order of magnitude (two tallies of one turnout).
                    let ratio = max(x.value, y.value) / max(1, min(x.value, y.value))
                    if x.scope != nil || anySharedEvent || x.unitClass != UnitClasses.generic
                        || ratio <= Similarity.sameOrder { sameCount = true }
                }
            }
        }
        // Measures of one kind all taken on other days (a share's fall on Tuesday and on
        // Wednesday): two facts.
        var measureKind = false, measureSameDay = false
        for x in a.quantities where x.isMeasure {
            for y in b.quantities where x.isComparable(with: y) {
                measureKind = true
                if Quantity.datedOtherDays(x, y) { continue }
                measureSameDay = true
                comparable = true
                if x.value == y.value {
                    sameFigure = true
                    if details { same.append((x.mention, y.mention)) }
                } else if sharedActor, anySharedEvent, abs(x.value - y.value) <= Similarity.closeMeasure * max(x.value, y.value) {
                    // "pendant 24 ans" / "près de 25 ans après son accession au pouvoir": the same
                    // actor's span of the same thing, told twice a little differently.
                    sameCount = true
                }
            }
        }
        // Counts of the same thing that are all in other places or on other days; a toll and
        // one of its victims.
        // Dated a year or more apart: the story's news and its background ("the February 2023
        // earthquakes" beside this week's), not two accounts of one date.
        var otherTime = a.when.flatMap { x in b.when.flatMap { x.monthsApart(from: $0) } }.map { $0 >= Similarity.otherTimeMonths } ?? false
        // A figure with no date of its own counts the report's day; one of its kind dated a year
        // or more before that is the background ("turnout was about 60%" / "79% in 2020").
        if !otherTime, sameKind || measureKind {
            func background(_ undated: ClaimProfile, _ dated: ClaimProfile) -> Bool {
                guard undated.when == nil, let w = dated.when, let day = undated.referenceDay else { return false }
                return (day.monthsApart(from: w) ?? 0) >= Similarity.otherTimeMonths
            }
            otherTime = background(a, b) || background(b, a)
        }
        // « Le prochain sommet doit se tenir en Espagne en 2027 » beside this week's summit: a date
        // after its own report is a plan; at odds with a date the other has seen pass, it is
        // another occurrence, not another account of one.
        if !otherTime, let x = a.when, let y = b.when, !x.isCompatible(with: y),
           Similarity.isPlanned(a) != Similarity.isPlanned(b) {
            otherTime = true
        }
        // Figures of one kind told of two different people ("trois ans" for one defendant, "five
        // years" for the other) count two things.
        let otherPerson = !va.persons.isEmpty && !vb.persons.isEmpty && !Similarity.intersects(va.persons, vb.persons)
        let differentOccurrence = sameKind && !sameOccurrence || measureKind && !measureSameDay
            || (otherPerson && (sameKind || a.quantities.contains { x in x.isMeasure && b.quantities.contains { x.sameKind(as: $0) } }))
            || (va.toll && vb.oneVictim) || (vb.toll && va.oneVictim) || otherTime
            || Similarity.otherAges(a, b, va, vb)

        // Two people each doing something are two facts, as two happenings are.
        let otherHappening = !va.happenings.isEmpty && !vb.happenings.isEmpty && !Similarity.intersects(va.happenings, vb.happenings)
            || otherPerson
            || (!anySharedEvent && !comparable && shk > 0 && !(a.isQuotation && b.isQuotation) && sharesOnlySpeakers(va, vb, a, b))

        var z = Similarity.bias
        z += Similarity.eventLikeness * ce + Similarity.entityLikeness * ck + Similarity.wordingLikeness * cc
        z += Similarity.sharedEventWeight * she + Similarity.sharedEntityWeight * shk
        z += Similarity.comparableFigure * (comparable ? 1 : 0) + Similarity.sameFigure * (sameFigure ? 1 : 0)
        z += Similarity.rarestSharedEvent * mx + Similarity.actorEventPlace * (triple ? 1 : 0)
        z += Similarity.sameCount * (sameCount ? 1 : 0)
        z += Similarity.otherHappening * (otherHappening ? 1 : 0)
        if a.denial != b.denial {
            // The denial and the statement must also meet on who, where or wording: doubting where
            // someone is does not deny where an air base is. Across languages, where wording is not
            // measured, the denied happening alone does.
            let meets = shk > 0 || wording.map { $0 >= Similarity.denialWording } ?? true
            // A toll of many ("hundreds of thousands killed") is not the one death a denial with no
            // figure speaks of ("reports that he was killed … disinformation").
            let tollAgainstOne = a.denial ? vb.toll && a.quantities.isEmpty : va.toll && b.quantities.isEmpty
            if meets, !tollAgainstOne, Similarity.deniesHappening(of: a.denial ? b : a, by: a.denial ? a : b) {
                z += Similarity.denialOfHappening
            }
        }
        let score = 1 / (1 + exp(-z))
        return Evidence(score: score, sharedEvents: sharedEvents, sharedEntities: sharedEntities, sharedEntityNames: sharedEntityNames,
                        sameFigures: same, wording: wording, differentOccurrence: differentOccurrence)
    }

}
