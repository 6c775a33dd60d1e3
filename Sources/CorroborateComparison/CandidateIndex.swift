/// Blocking: which pairs of claims are worth scoring. Claims are indexed by their event
/// concepts, entity keys and stems; two claims of different articles become a candidate pair
/// when they share an indexed term. Terms most of the run shares (the story's main actor,
/// its main verb) are left out of the index once their posting list passes `cap`, as they
/// would pair everything with everything; a pair sharing only such terms is not the same
/// fact anyway. The cost is the sum of the squared capped posting lists: near-linear in the
/// number of claims for a fixed cap.
struct CandidateIndex: Sendable {
    let pairs: [(Int, Int)]

    /// A term in more claims than this is not indexed: a fifth of the run, at least 60 claims
    /// (a term in fewer says something in a small run) and at most 150 (the cost of a term is
    /// the square of its list).
    static let minimumCap = 60
    static let maximumCap = 150
    static let capShare = 0.2

    init(_ profiles: [ClaimProfile], weights: TermWeights) {
        let cap = min(CandidateIndex.maximumCap, max(CandidateIndex.minimumCap, Int(Double(profiles.count) * CandidateIndex.capShare)))
        var postings: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() {
            for t in TermWeights.terms(of: p) where weights.count(t) <= cap {
                postings[t, default: []].append(i)
            }
        }
        var seen = Set<Int64>()
        var out: [(Int, Int)] = []
        let n = Int64(profiles.count)
        // Terms in sorted order so that the pair list is deterministic.
        for t in postings.keys.sorted() {
            guard let list = postings[t], list.count > 1 else { continue }
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let i = list[x], j = list[y]
                    guard profiles[i].article != profiles[j].article else { continue }
                    if seen.insert(Int64(i) * n + Int64(j)).inserted { out.append((i, j)) }
                }
            }
        }
        out.sort { $0 < $1 }
        pairs = out
    }
}
