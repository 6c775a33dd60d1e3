import CorroborateCore

/// Tells updates from contradictions among number conflicts. A figure is read as revised
/// over time when the later article says so ("bilan actualisé", "updated toll"), the earlier
/// one gave it as provisional ("partial results") and they were published on different days, or when
/// the articles were published on different days and the later figure of a count that grows
/// (tolls, arrests, turnouts: `UnitClasses.grows`) is the larger one.
struct RevisionDetector: Sendable {
    func revision(_ a: ClaimProfile, _ b: ClaimProfile, aRef: ClaimReference, bRef: ClaimReference,
                  alignment: Int, verdict: Verdict) -> Revision? {
        guard verdict.relation == .conflict, verdict.facets.contains(.number) else { return nil }
        // Earlier and later by publication, when both days are known and differ.
        var earlier: (ClaimProfile, ClaimReference)? = nil, later: (ClaimProfile, ClaimReference)? = nil
        if let pa = a.published, let pb = b.published, pa.day != nil, pb.day != nil, pa != pb {
            (earlier, later) = pa < pb ? ((a, aRef), (b, bRef)) : ((b, bRef), (a, aRef))
        }
        if let (l, lr) = (later ?? (b.revisionCue && !a.revisionCue ? (b, bRef) : a.revisionCue && !b.revisionCue ? (a, aRef) : nil)) {
            let (e, er) = earlier ?? (l.article == a.article ? (b, bRef) : (a, aRef))
            let found = figures(e, l, publishedApart: earlier != nil), pair = found?.pair
            // The cue must speak of the figure at odds: "the toll has risen to 57" revises the toll,
            // not the magnitude the same sentence gives. A cue the claim's figures are too far
            // from to tell is taken for all of them.
            if l.revisionCue, found?.revised == true || !l.quantities.contains(where: \.revised) {
                return Revision(alignment: alignment, earlier: er, later: lr,
                                reason: "the later report presents its figure as an update" + (pair.map { ": \($0.0.mention.text) → \($0.1.mention.text)" } ?? ""))
            }
            // "partial results … 52.6%", then "final results … 53.1%": a figure given as
            // provisional is updated by another day's, up or down.
            if earlier != nil, e.provisionalCue, let (x, y) = pair {
                return Revision(alignment: alignment, earlier: er, later: lr,
                                reason: "the earlier report gave its figure as provisional (\(x.mention.text) → \(y.mention.text))")
            }
            if earlier != nil, let (x, y) = pair, !x.isMeasure, y.value > x.value,
               UnitClasses.grows(x.unitClass, events: e.events), UnitClasses.grows(y.unitClass, events: l.events) {
                let when = [e.published, l.published].compactMap { $0?.iso }.joined(separator: " → ")
                return Revision(alignment: alignment, earlier: er, later: lr,
                                reason: "the figure grows over time (\(x.mention.text) → \(y.mention.text), published \(when))")
            }
        }
        return nil
    }

    /// The first pair of figures of one kind at odds (the verdict found them so), and whether
    /// the later one is a figure the later claim's revision cue governs.
    private func figures(_ e: ClaimProfile, _ l: ClaimProfile, publishedApart: Bool) -> (pair: (Quantity, Quantity), revised: Bool)? {
        var best: (pair: (Quantity, Quantity), revised: Bool)? = nil
        for x in e.quantities {
            for y in l.quantities where x.sameKind(as: y) && x.differs(from: y, publishedApart: publishedApart) {
                if best == nil || (y.revised && best?.revised == false) { best = ((x, y), y.revised) }
            }
        }
        return best
    }
}
