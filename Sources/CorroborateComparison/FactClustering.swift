/// Groups linked claims into facts, each claim in one fact. Links are taken strongest first;
/// two groups merge when enough of the pairs of claims of different articles between them
/// are linked (`majority`). Joining components instead would chain facts together
/// ("arrived in Moscow" — "arrived in Moscow after being granted asylum" — "granted asylum")
/// into one blob; a majority keeps each fact to the claims that state it.
struct FactClustering: Sendable {
    /// Share of cross-article pairs that must be linked for two groups to merge. Below half:
    /// a fact ten articles report is rarely stated in words close enough to link every pair.
    static let majority = 0.3

    /// Groups of profile indices (only groups spanning 2+ articles), each in index order.
    static func groups(count: Int, article: (Int) -> Int, edges: [(i: Int, j: Int, score: Double)]) -> [[Int]] {
        var linked = Set<Int64>()
        let n = Int64(count)
        func key(_ i: Int, _ j: Int) -> Int64 { Int64(min(i, j)) * n + Int64(max(i, j)) }
        for e in edges { linked.insert(key(e.i, e.j)) }
        var root = Array(0..<count)
        var members = (0..<count).map { [$0] }
        let ordered = edges.sorted { ($0.score, $1.i, $1.j) > ($1.score, $0.i, $0.j) }
        for e in ordered {
            let a = root[e.i], b = root[e.j]
            guard a != b else { continue }
            var pairs = 0, aligned = 0
            for x in members[a] {
                for y in members[b] where article(x) != article(y) {
                    pairs += 1
                    if linked.contains(key(x, y)) { aligned += 1 }
                }
            }
            guard pairs > 0, Double(aligned) >= majority * Double(pairs) else { continue }
            let (keep, drop) = members[a].count >= members[b].count ? (a, b) : (b, a)
            for x in members[drop] { root[x] = keep }
            members[keep] += members[drop]
            members[drop] = []
        }
        return members.filter { m in Set(m.map(article)).count > 1 }.map { $0.sorted() }
    }
}
