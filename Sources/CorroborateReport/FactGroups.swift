import CorroborateCore
import CorroborateComparison

/// A claim's place in a run: article index, then claim index, both in run order.
struct ClaimRef: Hashable, Comparable, Sendable {
    let article: Int
    let claim: Int

    static func < (a: ClaimRef, b: ClaimRef) -> Bool {
        (a.article, a.claim) < (b.article, b.claim)
    }
}

/// An alignment between claims of two different articles, oriented in run order so that
/// side-by-side views always put the earlier article on the left.
struct Link: Sendable {
    let a: ClaimRef
    let b: ClaimRef
    let alignment: Alignment
    /// Index of the alignment in `RunResult.alignments`.
    let alignmentIndex: Int
    var relation: Relation { alignment.relation }
    var facets: [Facet] { Array(Set(alignment.facets)).sorted() }

    func touches(article: Int) -> Bool { a.article == article || b.article == article }
}

/// A fact: claims of several articles stating it — the comparator's fact when the run has
/// them, else claims joined by alignments (a connected component).
struct Fact: Sendable {
    /// 1-based, in report order: F1, F2…
    let number: Int
    /// In run order.
    let members: [ClaimRef]
    /// Article indices, ascending.
    let articles: [Int]
    /// Indices into `RunIndex.links`, in link order.
    let links: [Int]
    /// Conflict links that are disagreements (revisions over time left out), in link order.
    let conflicts: [Int]
    /// Where the fact comes from, when the comparator traced it.
    let provenance: FactCluster?
}

/// How one article stands towards one fact, for the facts × articles table.
enum Presence: Sendable {
    case absent
    case reports
    /// Its version conflicts with another article's and agrees with none.
    case differs
}

/// Everything the Markdown views derive from a run, computed once and in a fixed order:
/// dictionaries here are for lookup only, never iterated, so output is deterministic.
struct RunIndex: Sendable {
    let run: RunResult
    /// Alignments whose two ends are known claims of two different articles, sorted by
    /// (a, b), then by their order in the run.
    let links: [Link]
    /// Most articles first, then the one whose first claim comes earliest.
    let facts: [Fact]
    /// Claims no other article reports (in no fact), in run order.
    let singleSource: [ClaimRef]
    /// Conflict links in report order (by fact, then link order): D1, D2…; conflicts outside
    /// any fact come last.
    let discrepancies: [Int]
    /// Conflict links between claims of no common fact, in link order.
    let looseConflicts: [Int]
    /// Conflict links that are revisions over time, with the revision, ordered by the later
    /// report's publication.
    let revisions: [(link: Int, revision: Revision)]
    private let factOfClaim: [ClaimRef: Int]
    private let discrepancyOfLink: [Int: Int]

    init(_ run: RunResult) {
        self.run = run
        var offsets: [Int] = []
        var refs: [String: ClaimRef] = [:]
        var total = 0
        for (ai, article) in run.articles.enumerated() {
            offsets.append(total)
            total += article.claims.count
            for (ci, claim) in article.claims.enumerated() {
                let key = article.metadata.id + "#" + claim.id
                if refs[key] == nil { refs[key] = ClaimRef(article: ai, claim: ci) }
            }
        }

        var links: [(Link, Int)] = []
        for (i, al) in run.alignments.enumerated() {
            guard let x = refs[al.a], let y = refs[al.b], x.article != y.article else { continue }
            links.append((Link(a: min(x, y), b: max(x, y), alignment: al, alignmentIndex: i), i))
        }
        links.sort { ($0.0.a, $0.0.b, $0.1) < ($1.0.a, $1.0.b, $1.1) }
        let sortedLinks = links.map(\.0)
        self.links = sortedLinks

        var groups: [(members: [ClaimRef], articles: [Int], cluster: FactCluster?)]
        if !run.facts.isEmpty {
            // The comparator's facts: each claim in one fact, members as it grouped them.
            groups = run.facts.compactMap { f in
                let members = f.members.filter { $0.article < run.articles.count && $0.claim < run.articles[$0.article].claims.count }
                    .map { ClaimRef(article: $0.article, claim: $0.claim) }.sorted()
                let arts = Array(Set(members.map(\.article))).sorted()
                return arts.count > 1 ? (members, arts, f) : nil
            }
        } else {
            groups = RunIndex.components(run, links: sortedLinks, offsets: offsets, total: total).map { ($0.0, $0.1, nil) }
        }
        groups.sort { x, y in
            if x.articles.count != y.articles.count { return x.articles.count > y.articles.count }
            return x.members[0] < y.members[0]
        }

        var factOfClaim: [ClaimRef: Int] = [:]
        for (fi, g) in groups.enumerated() {
            for m in g.members { factOfClaim[m] = fi }
        }
        // Revisions by alignment index, to tell updates from disagreements.
        var revisionOf: [Int: Revision] = [:]
        for r in run.revisions where revisionOf[r.alignment] == nil { revisionOf[r.alignment] = r }
        var linksOfFact = Array(repeating: [Int](), count: groups.count)
        var loose: [Int] = []
        var revisions: [(link: Int, revision: Revision)] = []
        for (li, link) in sortedLinks.enumerated() {
            if let r = revisionOf[link.alignmentIndex], link.relation == .conflict { revisions.append((li, r)) }
            if let fi = factOfClaim[link.a], factOfClaim[link.b] == fi {
                linksOfFact[fi].append(li)
            } else if link.relation == .conflict, revisionOf[link.alignmentIndex] == nil {
                loose.append(li)
            }
        }
        var facts: [Fact] = []
        var discrepancies: [Int] = []
        var discrepancyOfLink: [Int: Int] = [:]
        for (fi, g) in groups.enumerated() {
            let conflicts = linksOfFact[fi].filter { sortedLinks[$0].relation == .conflict && revisionOf[sortedLinks[$0].alignmentIndex] == nil }
            for li in conflicts {
                discrepancies.append(li)
                discrepancyOfLink[li] = discrepancies.count
            }
            facts.append(Fact(number: fi + 1, members: g.members, articles: g.articles,
                              links: linksOfFact[fi], conflicts: conflicts, provenance: g.cluster))
        }
        for li in loose {
            discrepancies.append(li)
            discrepancyOfLink[li] = discrepancies.count
        }
        self.looseConflicts = loose
        // Later publication last; unknown dates keep link order.
        self.revisions = revisions.sorted { x, y in
            let px = run.articles[x.revision.later.article].metadata.published
            let py = run.articles[y.revision.later.article].metadata.published
            if let a = px, let b = py, a != b { return a < b }
            return x.link < y.link
        }
        self.facts = facts
        self.factOfClaim = factOfClaim
        self.discrepancies = discrepancies
        self.discrepancyOfLink = discrepancyOfLink

        var single: [ClaimRef] = []
        for (ai, article) in run.articles.enumerated() {
            for ci in article.claims.indices where factOfClaim[ClaimRef(article: ai, claim: ci)] == nil {
                single.append(ClaimRef(article: ai, claim: ci))
            }
        }
        self.singleSource = single
    }

    /// Connected components of the alignment graph that span 2+ articles, members in run order.
    static func components(_ run: RunResult, links: [Link], offsets: [Int], total: Int) -> [([ClaimRef], [Int])] {
        var parent = Array(0..<total)
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var y = x
            while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
            return r
        }
        func flat(_ r: ClaimRef) -> Int { offsets[r.article] + r.claim }
        for link in links {
            let ra = find(flat(link.a)), rb = find(flat(link.b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Components in order of their first claim; only linked claims form facts.
        var componentOf: [Int: Int] = [:]
        var components: [[ClaimRef]] = []
        for (ai, article) in run.articles.enumerated() {
            for ci in article.claims.indices {
                let ref = ClaimRef(article: ai, claim: ci)
                let root = find(flat(ref))
                if let k = componentOf[root] {
                    components[k].append(ref)
                } else {
                    componentOf[root] = components.count
                    components.append([ref])
                }
            }
        }
        return components.filter { $0.count > 1 }
            .map { members in (members, Array(Set(members.map(\.article))).sorted()) }
            .filter { $0.1.count > 1 }
    }

    var claimCount: Int { run.articles.reduce(0) { $0 + $1.claims.count } }

    /// Every claim, in run order.
    var allClaims: [ClaimRef] {
        run.articles.indices.flatMap { ai in
            run.articles[ai].claims.indices.map { ClaimRef(article: ai, claim: $0) }
        }
    }

    func claim(_ r: ClaimRef) -> Claim { run.articles[r.article].claims[r.claim] }
    func metadata(_ article: Int) -> ArticleMetadata { run.articles[article].metadata }

    func fact(of r: ClaimRef) -> Fact? { factOfClaim[r].map { facts[$0] } }

    /// The D number of a conflict link.
    func discrepancyNumber(ofLink li: Int) -> Int? { discrepancyOfLink[li] }

    func presence(of article: Int, in fact: Fact) -> Presence {
        guard fact.articles.contains(article) else { return .absent }
        var conflicts = false, agrees = false
        for li in fact.links where links[li].touches(article: article) {
            if links[li].relation == .conflict { conflicts = true } else { agrees = true }
        }
        return conflicts && !agrees ? .differs : .reports
    }

    /// The fact's one-line summary: for the comparator's facts, the claim most of the others
    /// are aligned with (the shortest among equals), as the shortest may be a stray clause;
    /// otherwise the shortest claim (the earliest among equals).
    func summary(of fact: Fact, max: Int = 160) -> String {
        if fact.provenance != nil {
            var degree: [ClaimRef: Int] = [:]
            for li in fact.links {
                degree[links[li].a, default: 0] += 1
                degree[links[li].b, default: 0] += 1
            }
            let length = { (r: ClaimRef) in Markdown.oneLine(self.claim(r).text).unicodeScalars.count }
            let best = fact.members.min { x, y in
                let dx = degree[x] ?? 0, dy = degree[y] ?? 0
                return dx != dy ? dx > dy : length(x) < length(y)
            } ?? fact.members[0]
            return Markdown.clip(claim(best).text, max: max)
        }
        var best = fact.members[0]
        var bestLength = Markdown.oneLine(claim(best).text).unicodeScalars.count
        for m in fact.members.dropFirst() {
            let n = Markdown.oneLine(claim(m).text).unicodeScalars.count
            if n < bestLength { best = m; bestLength = n }
        }
        return Markdown.clip(claim(best).text, max: max)
    }
}
