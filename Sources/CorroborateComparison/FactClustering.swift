/// Groups linked claims into facts, each claim in one fact. Links are taken strongest first;
/// two groups merge when enough of the pairs of claims between them are linked (`majority`).
/// Joining components instead would chain facts together ("arrived in Moscow" — "arrived in
/// Moscow after being granted asylum" — "granted asylum") into one blob; a majority keeps each
/// fact to the claims that state it.
struct FactClustering: Sendable {
    /// Share of pairs that must be linked for two groups to merge. Below half:
    /// a fact ten articles report is rarely stated in words close enough to link every pair.
    static let majority = 0.3

    /// Groups of profile indices (only groups spanning 2+ articles), each in index order.
    /// `edges`: strongest first (`ScoredPair.stronger`), the order links are taken in.
    /// Link counts between groups are kept up to date as groups merge, so a merge test is one
    /// lookup, not a scan of every pair of members.
    static func groups(count: Int, article: (Int) -> Int, edges: [ScoredPair]) -> [[Int]] {
        var root = Array(0..<count)
        var members = (0..<count).map { [$0] }
        // Counts between groups by group number, in 32 bits: a large run links millions of
        // pairs, and these tables were the comparison's peak of memory.
        var links = [[Int32: Int32]](repeating: [:], count: count)
        for e in edges where e.a != e.b {
            links[e.i][Int32(e.b), default: 0] += 1
            links[e.j][Int32(e.a), default: 0] += 1
        }
        for e in edges {
            let a = root[e.i], b = root[e.j]
            guard a != b else { continue }
            let linked = Int(links[a][Int32(b)] ?? 0)
            // Pairs of one article count too, though never linked: a claim joining a group that
            // holds another of its article's must be linked to the rest all the more ("about 10
            // missing" and "1,400 died or went missing this year", each linked once by "missing",
            // are two facts of one wire).
            let pairs = members[a].count * members[b].count
            guard pairs > 0, Double(linked) >= majority * Double(pairs) else { continue }
            let (keep, drop) = members[a].count >= members[b].count ? (a, b) : (b, a)
            for x in members[drop] { root[x] = keep }
            members[keep] += members[drop]
            members[drop] = []
            let keep32 = Int32(keep), drop32 = Int32(drop)
            for (c, n) in links[drop] where c != keep32 {
                links[keep][c, default: 0] += n
                links[Int(c)][drop32] = nil
                links[Int(c)][keep32, default: 0] += n
            }
            links[keep][drop32] = nil
            links[drop] = [:]
        }
        return members.filter { m in Set(m.map(article)).count > 1 }.map { $0.sorted() }
    }
}
