import CorroborateCore
import CorroborateGazetteer

/// The verdict on two claims that state the same fact: which facets differ, and whether the
/// difference is a contradiction or only a difference of precision or attribution.
/// Not mentioned is not contradicted: a facet is compared only when both claims give it.
struct Verdict: Sendable {
    var relation: Relation
    var facets: [Facet]
    var notes: [String]
}

struct VerdictRules: Sendable {
    let gazetteer: Gazetteer

    func judge(_ a: ClaimFeatures, _ b: ClaimFeatures, _ ca: Claim, _ cb: Claim) -> Verdict {
        var conflicts: [Facet] = []
        var differences: [Facet] = []
        var notes: [String] = []
        // Numbers of the same unit.
        if let (x, y) = numberConflict(a.numbers, b.numbers) {
            conflicts.append(.number)
            notes.append("\(x.text) vs \(y.text)")
        }
        // Dates: compatible by precision (2024-12 contains 2024-12-08).
        if let wa = a.when, let wb = b.when, !wa.isCompatible(with: wb) {
            conflicts.append(.when)
            notes.append("\(wa.iso) vs \(wb.iso)")
        }
        // Places: compatible by containment (Moscou ⊂ Russie).
        if !a.whereKeys.isEmpty, !b.whereKeys.isEmpty, !placesCompatible(a.whereKeys, b.whereKeys) {
            conflicts.append(.where)
            notes.append("\(ca.where.joined(separator: ", ")) vs \(cb.where.joined(separator: ", "))")
        }
        // Sources: two named sources with nothing in common disagree on who said it; a named
        // source beside the article's own voice or a generic source is a difference only.
        let na = a.sourceKeys.filter { !$0.hasPrefix("source:") }, nb = b.sourceKeys.filter { !$0.hasPrefix("source:") }
        if !na.isEmpty, !nb.isEmpty, Set(na).isDisjoint(with: Set(nb)) {
            conflicts.append(.source)
            notes.append("\(ca.sources.joined(separator: ", ")) vs \(cb.sources.joined(separator: ", "))")
        } else if Set(a.sourceKeys) != Set(b.sourceKeys) {
            differences.append(.source)
        }
        if a.negated != b.negated {
            conflicts.append(.negation)
            notes.append(a.negated ? "denied vs stated" : "stated vs denied")
        }
        if conflicts.isEmpty { return Verdict(relation: .agree, facets: differences, notes: notes) }
        return Verdict(relation: .conflict, facets: conflicts.sorted(), notes: notes)
    }

    /// Two figures of the same unit that cannot both be right. Vague quantities ("des milliers")
    /// and bounds ("plus de 300" vs 450) do not contradict a precise figure they allow.
    func numberConflict(_ xs: [NumberMention], _ ys: [NumberMention]) -> (NumberMention, NumberMention)? {
        var firstConflict: (NumberMention, NumberMention)? = nil
        for x in xs {
            guard let u = x.unit, isFigure(x) else { continue }
            let same = ys.filter { $0.unit == u && isFigure($0) }
            if same.isEmpty { continue }
            if same.contains(where: { compatible(x, $0) }) { return nil }
            if firstConflict == nil { firstConflict = (x, same[0]) }
        }
        return firstConflict
    }

    private func isFigure(_ n: NumberMention) -> Bool {
        n.text.unicodeScalars.contains { $0.value >= 48 && $0.value <= 57 } || !n.approx
    }

    private func compatible(_ x: NumberMention, _ y: NumberMention) -> Bool {
        if x.value == y.value { return true }
        let lo = min(x.value, y.value), hi = max(x.value, y.value)
        // A bound or an approximation allows a nearby precise figure (au moins 30 ~ une trentaine).
        if x.approx && y.approx { return hi <= lo * 1.1 }
        return false
    }

    private func placesCompatible(_ a: [String], _ b: [String]) -> Bool {
        for x in a {
            for y in b where x == y || gazetteer.isWithin(x, y) || gazetteer.isWithin(y, x) { return true }
        }
        return false
    }
}
