import CorroborateCore
import CorroborateGazetteer

/// The verdict on two claims that state the same fact: the facets on which they cannot both
/// be right (a conflict), or agreement, possibly with a difference of attribution.
/// Not mentioned is not contradicted: a facet is compared only when both claims give it.
struct Verdict: Sendable {
    var relation: Relation
    var facets: [Facet]
    /// One short note per facet that differs ("24 ans vs près de 25 ans").
    var notes: [String]
}

struct VerdictRules: Sendable {
    let gazetteer: Gazetteer

    func judge(_ a: ClaimProfile, _ b: ClaimProfile, _ ca: Claim, _ cb: Claim) -> Verdict {
        judge(a, b) { (ca.where, cb.where) }
    }

    /// `places`: the two claims' places as they name them, read only for the note of a place
    /// conflict (the claims are not copied for each pair judged).
    func judge(_ a: ClaimProfile, _ b: ClaimProfile, places: () -> ([String], [String])) -> Verdict {
        var conflicts: [Facet] = []
        var notes: [String] = []
        if let (x, y) = numberConflict(a, b) {
            conflicts.append(.number)
            notes.append("\(x.text) vs \(y.text)")
        }
        if let (x, y) = dateConflict(a, b) {
            conflicts.append(.when)
            notes.append("\(x.iso) vs \(y.iso)")
        }
        if placeConflict(a, b) {
            conflicts.append(.where)
            let (wa, wb) = places()
            notes.append("\(wa.joined(separator: ", ")) vs \(wb.joined(separator: ", "))")
        }
        let source = VerdictRules.sourceVerdict(a.sourceSets, b.sourceSets)
        if source == .conflict {
            conflicts.append(.source)
            notes.append("\(a.sourceSummary) vs \(b.sourceSummary)")
        }
        // Grammatical negation elsewhere in a sentence ("la mobilisation ne faiblit pas") does not
        // deny the fact; a denial or doubt cue does ("dément", "not sure"), and a negation of
        // the happening itself.
        // The denial must bear on what the other states: a shared happening ("denied that the
        // plane had a fault" does not deny "the plane carried 68 passengers").
        // A negation denies what the other states when it bears on their shared happening
        // ("Aucune rançon n'a été payée" / "A ransom was paid").
        // A denial bears on the events its cue governs ("My departure was neither planned": the
        // planning is denied, not the departure).
        // A negation near the scene (« during the battles », who governs) does not deny what the
        // other states; one on a decision does ("was neither planned" / "decided to leave").
        func bears(_ events: [String], on other: ClaimProfile) -> Bool {
            events.contains { !VerdictRules.scene.contains($0) && other.events.contains($0) }
        }
        let deniesA = (a.denial && bears(a.deniedEvents, on: b)) || (a.negated && bears(a.negatedEvents, on: b))
        let deniesB = (b.denial && bears(b.deniedEvents, on: a)) || (b.negated && bears(b.negatedEvents, on: a))
        if deniesA != deniesB, !Set(a.events).isDisjoint(with: b.events) {
            conflicts.append(.negation)
            notes.append(deniesA ? "denied or doubted vs stated" : "stated vs denied or doubted")
        }
        if conflicts.isEmpty {
            return Verdict(relation: .agree, facets: source == .differs ? [.source] : [], notes: [])
        }
        return Verdict(relation: .conflict, facets: conflicts.sorted(), notes: notes)
    }

    /// Figures of the same kind counted in the same place on the same day that no reading
    /// reconciles: "24 ans" vs "près de 25 ans", "plus de 4 000" vs "200". When one pair of
    /// figures agrees the claims agree: a claim giving two figures ("1,089 million selon le
    /// ministère et 3,5 millions selon la CGT") confirms one giving either, and a claim's other
    /// figures may count something else ("24 ans, dont 14 ans de guerre").
    /// Figures counted on different days are different figures, not versions of one.
    func numberConflict(_ a: ClaimProfile, _ b: ClaimProfile) -> (NumberMention, NumberMention)? {
        var closest: (x: Quantity, y: Quantity, gap: Double)? = nil
        // Each kind of figure on its own: agreeing on the length of a rule ("over five decades")
        // does not reconcile the length of an offensive ("11 days" / "a 10-day offensive").
        var settled = Set<String>()
        // A toll reported on two days with two values is an update, even where the earlier
        // was a floor the later fits ("au moins 38 morts" on Friday, 57 on Saturday).
        let days = Quantity.publishedApart(a.published, b.published)
        func reconciles(_ x: Quantity, _ y: Quantity) -> Bool { !x.differs(from: y, publishedApart: days) }
        // The same figure on both sides settles its kind, even where one claim does not place
        // it ("119 000 dans la capitale" / "119.000 manifestants à Paris").
        for x in a.quantities {
            for y in b.quantities where x.sameKind(as: y) && (x.scope == nil || y.scope == nil || x.scope == y.scope)
                && reconciles(x, y) && !Quantity.otherDay(x, a.referenceDay, y, b.referenceDay) { settled.insert(x.unitClass) }
        }
        // "68 passagers et quatre membres d'équipage" are "72 personnes à bord": the parts one
        // claim counts add up to the whole the other gives.
        // (Judged for millions of pairs: nothing is built for a claim with fewer than two figures.)
        func settleParts(_ p: ClaimProfile, _ q: ClaimProfile) {
            guard p.quantities.count >= 2, !q.quantities.isEmpty else { return }
            let parts = p.quantities.filter { !$0.isMeasure && !$0.mention.approx }
            guard parts.count >= 2 else { return }
            let total = parts.reduce(0) { $0 + $1.value }
            for y in q.quantities where !y.isMeasure && UnitClasses.personClasses.contains(y.unitClass.split(separator: "/").first.map(String.init) ?? y.unitClass)
                && abs(y.value - total) <= max(y.high - y.value, 1e-9) {
                settled.insert(y.unitClass)
                for x in parts { settled.insert(x.unitClass) }
            }
        }
        settleParts(a, b)
        settleParts(b, a)
        // A share is someone's: "53,7 % des voix" of one candidate is no version of another's
        // "41,2 %". Shares are weighed when the claims name the same person, or neither names one.
        // (The persons are looked at only for a claim giving a share.)
        let sameOwner: Bool = {
            guard a.quantities.contains(where: { $0.unitClass == UnitClasses.share }) else { return true }
            let personsA = a.actors.filter { $0.hasPrefix("person:") }, personsB = b.actors.filter { $0.hasPrefix("person:") }
            return personsA.isEmpty && personsB.isEmpty || !personsA.isDisjoint(with: personsB)
        }()
        // "two French nationals, two Italians and a German": a claim counting one class in
        // several nouns lists parts of a whole; a part is weighed only against a count of its
        // own noun, not against "four hostages".
        let partsA = a.listedParts, partsB = b.listedParts
        func isPartAgainstOther(_ x: Quantity, _ y: Quantity) -> Bool {
            (partsA.contains(x.unitClass) || partsB.contains(y.unitClass)) && x.mention.unit != y.mention.unit
        }
        var candidates: [(x: Quantity, y: Quantity, gap: Double)] = []
        for x in a.quantities where !settled.contains(x.unitClass) && (sameOwner || x.unitClass != UnitClasses.share) {
            for y in b.quantities where x.isVersion(of: y, places: a.places, otherPlaces: b.places, gazetteer: gazetteer)
                && !Quantity.otherDay(x, a.referenceDay, y, b.referenceDay) && !isPartAgainstOther(x, y) {
                if reconciles(x, y) { settled.insert(x.unitClass); continue }
                candidates.append((x, y, abs(x.value - y.value) / max(abs(x.value), abs(y.value), 1)))
            }
        }
        // The closest two figures of a kind no pair reconciles.
        for c in candidates where !settled.contains(c.x.unitClass) {
            if closest.map({ c.gap < $0.gap }) ?? true { closest = c }
        }
        return closest.map { ($0.x.mention, $0.y.mention) }
    }

    /// The count classes a claim gives in several nouns ("two French nationals, two Italians"):
    /// parts of one whole. Empty for a claim with fewer than two counts (most). Built once per
    /// claim (`ClaimProfile.listedParts`), read for each pair judged.
    static func listedParts(_ quantities: [Quantity]) -> Set<String> {
        guard quantities.count >= 2 else { return [] }
        var unitsOf: [String: Set<String>] = [:]
        // A noun that names the class itself ("31 morts, après la découverte de quatre nouveaux
        // corps": the dead, bodies) counts the whole, not a part.
        for q in quantities where !q.isMeasure && (q.unitClass == UnitClasses.generic || UnitClasses.entries[q.mention.unit ?? ""]?.unitClass != q.unitClass) {
            unitsOf[q.unitClass, default: []].insert(q.mention.unit ?? "")
        }
        return Set(unitsOf.filter { $0.value.count >= 2 }.keys)
    }

    /// Dates that cannot be the same day at the precision each claim gives (2024-12 allows
    /// 2024-12-08; 2024-12-07 does not). A sentence giving several dates may date another of
    /// its events ("launched on 27 November, the offensive took Damascus on Sunday"), so only
    /// claims that each give one date, their own, are compared.
    /// The date must also be the same event's: the event word nearest each date ("began a
    /// lightning offensive on October 27" / "launched the offensive on November 27"), as a
    /// sentence often dates its reporting ("told reporters Monday") rather than the fact.
    func dateConflict(_ a: ClaimProfile, _ b: ClaimProfile) -> (PartialDate, PartialDate)? {
        guard let x = a.when, let y = b.when, !x.isCompatible(with: y) else { return nil }
        guard a.dateMentions == 1, b.dateMentions == 1, let ea = a.datedEvent, ea == b.datedEvent else { return nil }
        return (x, y)
    }

    /// Places that exclude each other: no place of one claim is, contains or lies in a place
    /// of the other, and the two name places of the same scale (two cities, two countries),
    /// as "parti de Damas" vs "décollé de Lattaquié". A country named as background next
    /// to a city ("Moscou" vs "la Syrie") is not a contradiction.
    func placeConflict(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        // The most precise places of each claim: "décollé de Lattaquié, en Syrie" is about
        // Lattaquié, the country only situates it (`ClaimProfile.precisePlaces`).
        let pa = a.precisePlaces, pb = b.precisePlaces
        guard !pa.isEmpty, !pb.isEmpty else { return false }
        for x in pa {
            for y in pb where x == y || gazetteer.isWithin(x, y) || gazetteer.isWithin(y, x) { return false }
        }
        let la = a.localCountries, lb = b.localCountries
        // One place each: a list of cities ("Alep, Hama, Homs") tells of several places, not
        // another account of the one where the fact happened.
        guard la.count == 1, lb.count == 1 else { return false }
        // Both local places in the same country: two accounts of one place in a story.
        return la.contains { x in lb.contains { y in x != nil && x == y } }
    }

    /// Places none of the others lies in, sorted.
    static func precise(_ places: Set<String>, gazetteer: Gazetteer) -> [String] {
        places.filter { p in !places.contains { q in q != p && gazetteer.isWithin(q, p) } }.sorted()
    }

    /// The country of each local place (`GazetteerEntry.isLocalPlace`) among `precise`, nil when unknown.
    static func localCountries(_ precise: [String], gazetteer: Gazetteer) -> [String?] {
        precise.filter { gazetteer.entry(key: $0)?.isLocalPlace == true }.map { country($0, gazetteer: gazetteer) }
    }

    private static func country(_ key: String, gazetteer: Gazetteer) -> String? {
        var current: String? = key
        var steps = 0
        while let k = current, steps < 10 {
            if gazetteer.entry(key: k)?.kind == "country" { return k }
            current = gazetteer.entry(key: k)?.parent
            steps += 1
        }
        return nil
    }

    /// The circumstances a negation cannot deny (`Similarity.circumstances`), a plan or decision
    /// aside: "was neither planned" denies "decided to leave".
    static let scene: Set<String> = Similarity.circumstances.subtracting(["decide"])

    enum SourceRelation { case same, differs, conflict }

    /// Attribution. Two claims that name different news agencies or outlets for the same fact
    /// (TASS vs Interfax) disagree on where it comes from; a claim in the article's own voice,
    /// a generic source ("les agences russes") or a source beside the same channel only
    /// differs in attribution.
    func sourceVerdict(_ a: SourceProfile, _ b: SourceProfile) -> SourceRelation {
        VerdictRules.sourceVerdict(a.sets, b.sets)
    }

    /// `sourceVerdict` of the claims' sets, built once per claim.
    static func sourceVerdict(_ a: SourceProfile.Sets, _ b: SourceProfile.Sets) -> SourceRelation {
        // "Interfax and state media" may include the other's TASS: a generic medium beside the
        // named ones leaves the channels open.
        if !a.channels.isEmpty, !b.channels.isEmpty, a.channels.isDisjoint(with: b.channels),
           !a.hasGenericChannel, !b.hasGenericChannel {
            // Two witnesses each through their own medium ("US officials" to one outlet, "army
            // officers" to another) differ; one origin, or none named, through two agencies conflicts.
            let oa = a.witnesses, ob = b.witnesses
            // A person speaking on the record ("Peskov told reporters", carried by Reuters) and an
            // agency's own report ("TASS reported") are two statements, not one source's two carriers.
            func onRecord(_ o: Set<String>) -> Bool { !o.isEmpty && o.allSatisfy { $0.hasPrefix(Similarity.personPrefix) } }
            if (onRecord(oa) && ob.isEmpty) || (onRecord(ob) && oa.isEmpty) { return .differs }
            if oa.isEmpty || ob.isEmpty || !oa.isDisjoint(with: ob) { return .conflict }
        }
        return a.all == b.all ? .same : .differs
    }
}
