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
/// names); only claims of such articles are paired. Articles published more than `storyDays`
/// apart must share `storyNamesApart`: in a run of many stories over months, two unrelated
/// articles often share two names by chance (a city and its country, an agency), and with
/// 10 000 articles such pairs made four alignments in ten; a later article on the same
/// story names its actors and places again.
struct CandidateIndex: Sendable {
    /// A term in more claims than this is not indexed: a fifth of the run, at least 60 claims
    /// (a term in fewer says something in a small run) and at most 150 (the cost of a term is
    /// the square of its list).
    static let minimumCap = 60
    static let maximumCap = 150
    static let capShare = 0.2
    /// Names two articles of one story share at least: one name alone (an agency, a
    /// country, the police) is often common to two unrelated stories, two rarely are.
    static let storyNames = 2
    /// Days apart beyond which two articles need `storyNamesApart` names in common.
    static let storyDays = 7
    static let storyNamesApart = 4

    /// Each claim's indexed terms, by term number.
    let termsOf: [[Int32]]
    /// Each term's claims, ascending.
    let postings: [[Int32]]
    let articleOf: [Int32]
    let gate: StoryGate?

    /// `storyGate`: pair only claims of articles that tell one story (the unit tests of the
    /// index alone leave it off).
    init(_ profiles: [ClaimProfile], weights: TermWeights, storyGate: Bool = false) {
        self.init(profiles, terms: profiles.map(TermWeights.terms), weights: weights, storyGate: storyGate)
    }

    /// `terms`: each profile's `TermWeights.terms(of:)`.
    init(_ profiles: [ClaimProfile], terms: [Set<String>], weights: TermWeights, storyGate: Bool = false) {
        let cap = min(CandidateIndex.maximumCap, max(CandidateIndex.minimumCap, Int(Double(profiles.count) * CandidateIndex.capShare)))
        var number: [String: Int32] = [:]
        var postings: [[Int32]] = []
        var termsOf: [[Int32]] = []
        termsOf.reserveCapacity(profiles.count)
        for i in profiles.indices {
            var own: [Int32] = []
            for t in terms[i] where weights.count(t) <= cap {
                let id: Int32
                if let known = number[t] { id = known } else { id = Int32(postings.count); number[t] = id; postings.append([]) }
                postings[Int(id)].append(Int32(i))
                own.append(id)
            }
            termsOf.append(own)
        }
        self.termsOf = termsOf
        self.postings = postings
        articleOf = profiles.map { Int32($0.article) }
        gate = storyGate ? StoryGate(profiles) : nil
    }

    /// The claims after claim `i` it pairs with, ascending: of another article (of the same
    /// story, with the gate), sharing an indexed term. `mark` holds a number per claim, none
    /// of them `i` on the first call for `i`: claims already found are marked with `i`.
    func partners(of i: Int, mark: inout [Int32]) -> [Int] {
        var out: [Int] = []
        let me = Int32(i)
        for t in termsOf[i] {
            let list = postings[Int(t)]
            guard list.count > 1 else { continue }
            for j32 in list where j32 > me && mark[Int(j32)] != me {
                mark[Int(j32)] = me
                let j = Int(j32)
                guard articleOf[i] != articleOf[j] else { continue }
                if let g = gate, !g.allows(i, j) { continue }
                out.append(j)
            }
        }
        out.sort()
        return out
    }

    /// Every candidate pair, in (first, second) order.
    var pairs: [(Int, Int)] {
        var mark = [Int32](repeating: -1, count: termsOf.count)
        var out: [(Int, Int)] = []
        for i in termsOf.indices { for j in partners(of: i, mark: &mark) { out.append((i, j)) } }
        return out
    }

    /// Each article's names (actors and places its claims name) as sorted integer ids, so that
    /// the test of a pair is a merge of two short lists.
    struct StoryGate: Sendable {
        let articleOf: [Int]
        let names: [[Int32]]
        /// Each article's publication day number, when its day is known.
        let days: [Int?]

        init(_ profiles: [ClaimProfile]) {
            var byArticle: [Int: Set<String>] = [:]
            for p in profiles { byArticle[p.article, default: []].formUnion(p.actors.union(p.places)) }
            articleOf = profiles.map(\.article)
            let articleCount = (articleOf.max() ?? -1) + 1
            var days = [Int?](repeating: nil, count: articleCount)
            for p in profiles where days[p.article] == nil { days[p.article] = p.published?.calendarDate?.dayNumber }
            self.days = days
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
            let ai = articleOf[i], aj = articleOf[j]
            let x = names[ai], y = names[aj]
            var needed = CandidateIndex.storyNames
            if let di = days[ai], let dj = days[aj], abs(di - dj) > CandidateIndex.storyDays { needed = CandidateIndex.storyNamesApart }
            return StoryGate.shared(x, y, atLeast: min(needed, x.count, y.count))
        }

        /// Whether two sorted lists have `atLeast` elements in common.
        static func shared(_ x: [Int32], _ y: [Int32], atLeast: Int) -> Bool {
            SortedIDs.shareAtLeast(x, y, atLeast)
        }
    }
}
