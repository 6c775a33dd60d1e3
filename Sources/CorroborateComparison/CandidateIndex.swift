/// Blocking: which pairs of claims are worth scoring. Claims are indexed by their event
/// concepts, entity keys and stems; two claims of different articles become a candidate pair
/// when they share an indexed term. Terms most of the run shares (the story's main actor,
/// its main verb) are left out of the index once their posting list passes `cap`, as they
/// would pair everything with everything; a pair sharing only such terms is not the same
/// fact anyway. The cost is the sum of the squared capped posting lists: near-linear in the
/// number of claims for a fixed cap.
///
/// A run may hold many stories, and claims of two stories are not one fact: the same
/// generic sentence ("the two leaders met for two hours") or the same much-covered actor
/// would pair every story with every other one. Two articles tell one story when their
/// claims name at least `storyNames` actors and places in common (or all those one of them
/// names); only claims of such articles are paired.
struct CandidateIndex: Sendable {
    let pairs: [(Int, Int)]

    /// A term in more claims than this is not indexed: a fifth of the run, at least 60 claims
    /// (a term in fewer says something in a small run) and at most 150 (the cost of a term is
    /// the square of its list).
    static let minimumCap = 60
    static let maximumCap = 150
    static let capShare = 0.2
    /// Names two articles of one story share at least: one name alone (an agency, a
    /// country, the police) is often common to two unrelated stories, two rarely are.
    static let storyNames = 2

    /// `storyGate`: pair only claims of articles that tell one story (the unit tests of the
    /// index alone leave it off).
    init(_ profiles: [ClaimProfile], weights: TermWeights, storyGate: Bool = false) {
        let cap = min(CandidateIndex.maximumCap, max(CandidateIndex.minimumCap, Int(Double(profiles.count) * CandidateIndex.capShare)))
        var postings: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() {
            for t in TermWeights.terms(of: p) where weights.count(t) <= cap {
                postings[t, default: []].append(i)
            }
        }
        let gate = storyGate ? StoryGate(profiles) : nil
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
                    if let g = gate, !g.allows(i, j) { continue }
                    if seen.insert(Int64(i) * n + Int64(j)).inserted { out.append((i, j)) }
                }
            }
        }
        out.sort { $0 < $1 }
        pairs = out
    }

    /// Each article's names (actors and places its claims name) as sorted integer ids, so that
    /// the test of a pair is a merge of two short lists.
    struct StoryGate: Sendable {
        let articleOf: [Int]
        let names: [[Int32]]

        init(_ profiles: [ClaimProfile]) {
            var byArticle: [Int: Set<String>] = [:]
            for p in profiles { byArticle[p.article, default: []].formUnion(p.actors.union(p.places)) }
            articleOf = profiles.map(\.article)
            let articleCount = (articleOf.max() ?? -1) + 1
            var ids: [String: Int32] = [:]
            names = (0..<articleCount).map { a in
                (byArticle[a] ?? []).sorted().map { k -> Int32 in
                    if let known = ids[k] { return known }
                    let id = Int32(ids.count)
                    ids[k] = id
                    return id
                }.sorted()
            }
        }

        func allows(_ i: Int, _ j: Int) -> Bool {
            let x = names[articleOf[i]], y = names[articleOf[j]]
            return StoryGate.shared(x, y, atLeast: min(CandidateIndex.storyNames, x.count, y.count))
        }

        /// Whether two sorted lists have `atLeast` elements in common.
        static func shared(_ x: [Int32], _ y: [Int32], atLeast: Int) -> Bool {
            guard atLeast > 0 else { return true }
            var p = 0, q = 0, found = 0
            while p < x.count, q < y.count {
                if x[p] == y[q] {
                    found += 1
                    if found >= atLeast { return true }
                    p += 1
                    q += 1
                } else if x[p] < y[q] {
                    p += 1
                } else {
                    q += 1
                }
            }
            return false
        }
    }
}
