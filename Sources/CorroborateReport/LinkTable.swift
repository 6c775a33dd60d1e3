import CorroborateCore
import CorroborateComparison

/// The links of a run in link order, each built when read. For the comparator's compact
/// alignments, already in link order, nothing is stored per link: a large run has millions.
struct LinkTable: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case links([Link])
        /// Alignment `order[li]` (or `li` when nil) is link `li`.
        case compact(AlignmentList, order: [Int32]?)
    }
    let storage: Storage

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch storage {
        case .links(let l): return l.count
        case .compact(let list, let order): return order?.count ?? list.count
        }
    }

    subscript(li: Int) -> Link {
        switch storage {
        case .links(let l):
            return l[li]
        case .compact(let list, let order):
            let i = order.map { Int($0[li]) } ?? li
            guard let ends = list.ends(at: i) else { preconditionFailure("compact list") }
            let x = ClaimRef(article: ends.a.article, claim: ends.a.claim), y = ClaimRef(article: ends.b.article, claim: ends.b.claim)
            let v = list.verdict(at: i)
            return Link(a: Swift.min(x, y), b: Swift.max(x, y), alignmentIndex: i, relation: v.relation, facets: v.facets)
        }
    }

    /// The run's links: alignments whose two ends are known claims of two different
    /// articles, sorted by (a, b), then by their order in the run.
    init(_ run: RunResult) {
        let list = run.alignments
        if list.isNumbered(for: run.articles), RunIndex.uniqueIDs(run.articles) {
            // Ends are the very claims the ids name: no id needs reading. Comparator output
            // comes sorted; the order is only stored when it is not.
            var sorted = true
            var previous: (ClaimRef, ClaimRef)? = nil
            for i in list.indices {
                guard sorted, let e = list.ends(at: i) else { break }
                let x = ClaimRef(article: e.a.article, claim: e.a.claim), y = ClaimRef(article: e.b.article, claim: e.b.claim)
                let key = (Swift.min(x, y), Swift.max(x, y))
                if x.article == y.article || (previous.map { key < $0 } ?? false) { sorted = false }
                previous = key
            }
            if sorted {
                storage = .compact(list, order: nil)
                return
            }
            // Rare: rebuild every key and sort.
            var keys: [(ClaimRef, ClaimRef, Int)] = list.indices.compactMap { i in
                guard let e = list.ends(at: i), e.a.article != e.b.article else { return nil }
                let x = ClaimRef(article: e.a.article, claim: e.a.claim), y = ClaimRef(article: e.b.article, claim: e.b.claim)
                return (Swift.min(x, y), Swift.max(x, y), i)
            }
            keys.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            storage = .compact(list, order: keys.map { Int32($0.2) })
            return
        }
        var refs: [String: ClaimRef] = [:]
        for (ai, article) in run.articles.enumerated() {
            for (ci, claim) in article.claims.enumerated() {
                let key = article.metadata.id + "#" + claim.id
                if refs[key] == nil { refs[key] = ClaimRef(article: ai, claim: ci) }
            }
        }
        var links: [(Link, Int)] = []
        for (i, al) in list.enumerated() {
            guard let x = refs[al.a], let y = refs[al.b], x.article != y.article else { continue }
            links.append((Link(a: Swift.min(x, y), b: Swift.max(x, y), alignmentIndex: i, relation: al.relation,
                               facets: Array(Set(al.facets)).sorted()), i))
        }
        links.sort { ($0.0.a, $0.0.b, $0.1) < ($1.0.a, $1.0.b, $1.1) }
        storage = .links(links.map(\.0))
    }
}
