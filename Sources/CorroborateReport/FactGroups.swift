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
    /// Index of the alignment in `RunResult.alignments`.
    let alignmentIndex: Int
    let relation: Relation
    /// Each facet once, sorted.
    let facets: [Facet]

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
    let links: LinkTable
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
    /// By article: the number of its first claim in the run (claims numbered in run order).
    private let firstClaim: [Int]
    /// By claim number: its fact, -1 for none. An array, as it is read for every link.
    private let factOfClaim: [Int32]
    private let discrepancyOfLink: [Int: Int]
    /// By fact: the claim that sums it up (see `summary`), found once.
    private let summaryClaim: [ClaimRef]

    init(_ run: RunResult) {
        self.run = run
        var offsets: [Int] = []
        var total = 0
        for article in run.articles {
            offsets.append(total)
            total += article.claims.count
        }
        let links = LinkTable(run)
        self.links = links

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
            groups = RunIndex.components(run, links: links, offsets: offsets, total: total).map { ($0.0, $0.1, nil) }
        }
        groups.sort { x, y in
            if x.articles.count != y.articles.count { return x.articles.count > y.articles.count }
            return x.members[0] < y.members[0]
        }

        // A claim in two groups (hand-made facts) belongs to the last, as a dictionary
        // written in order would have it.
        var factOfClaim = [Int32](repeating: -1, count: total)
        for (fi, g) in groups.enumerated() {
            for m in g.members { factOfClaim[offsets[m.article] + m.claim] = Int32(fi) }
        }
        func fact(_ r: ClaimRef) -> Int? {
            let f = factOfClaim[offsets[r.article] + r.claim]
            return f < 0 ? nil : Int(f)
        }
        // Revisions by alignment index, to tell updates from disagreements.
        var revisionOf: [Int: Revision] = [:]
        for r in run.revisions where revisionOf[r.alignment] == nil { revisionOf[r.alignment] = r }
        var linksOfFact = Array(repeating: [Int](), count: groups.count)
        var conflictsOfFact = Array(repeating: [Int](), count: groups.count)
        var loose: [Int] = []
        var revisions: [(link: Int, revision: Revision)] = []
        for li in links.indices {
            let link = links[li]
            let revision = revisionOf.isEmpty ? nil : revisionOf[link.alignmentIndex]
            if let r = revision, link.relation == .conflict { revisions.append((li, r)) }
            if let fi = fact(link.a), fact(link.b) == fi {
                linksOfFact[fi].append(li)
                if link.relation == .conflict, revision == nil { conflictsOfFact[fi].append(li) }
            } else if link.relation == .conflict, revision == nil {
                loose.append(li)
            }
        }
        var facts: [Fact] = []
        var discrepancies: [Int] = []
        var discrepancyOfLink: [Int: Int] = [:]
        for (fi, g) in groups.enumerated() {
            let conflicts = conflictsOfFact[fi]
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
        self.firstClaim = offsets
        self.factOfClaim = factOfClaim
        self.discrepancies = discrepancies
        self.discrepancyOfLink = discrepancyOfLink

        var single: [ClaimRef] = []
        for (ai, article) in run.articles.enumerated() {
            for ci in article.claims.indices where factOfClaim[offsets[ai] + ci] < 0 {
                single.append(ClaimRef(article: ai, claim: ci))
            }
        }
        self.singleSource = single
        summaryClaim = facts.map { RunIndex.summaryClaim(of: $0, run: run, links: links) }
    }

    /// Whether article ids are unique in the run and claim ids unique in each article: then
    /// "article#claim" names one claim, the one a compact alignment points to.
    static func uniqueIDs(_ articles: [ArticleAnalysis]) -> Bool {
        var ids = Set<String>()
        for a in articles {
            guard ids.insert(a.metadata.id).inserted else { return false }
            var claims = Set<String>()
            for c in a.claims { guard claims.insert(c.id).inserted else { return false } }
        }
        return true
    }

    /// Connected components of the alignment graph that span 2+ articles, members in run order.
    static func components(_ run: RunResult, links: LinkTable, offsets: [Int], total: Int) -> [([ClaimRef], [Int])] {
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

    func fact(of r: ClaimRef) -> Fact? {
        let f = factOfClaim[firstClaim[r.article] + r.claim]
        return f < 0 ? nil : facts[Int(f)]
    }

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
        Markdown.clip(claim(summaryClaim[fact.number - 1]).text, max: max)
    }

    /// The claim `summary` quotes, found once per fact: the report quotes each fact's
    /// summary several times.
    static func summaryClaim(of fact: Fact, run: RunResult, links: LinkTable) -> ClaimRef {
        let claim = { (r: ClaimRef) in run.articles[r.article].claims[r.claim] }
        if fact.provenance != nil {
            var degree: [ClaimRef: Int] = [:]
            for li in fact.links {
                let link = links[li]
                degree[link.a, default: 0] += 1
                degree[link.b, default: 0] += 1
            }
            let length = { (r: ClaimRef) in Markdown.oneLine(claim(r).text).unicodeScalars.count }
            return fact.members.min { x, y in
                let ox = opensSentence(claim(x).text), oy = opensSentence(claim(y).text)
                if ox != oy { return ox }
                let dx = degree[x] ?? 0, dy = degree[y] ?? 0
                return dx != dy ? dx > dy : length(x) < length(y)
            } ?? fact.members[0]
        }
        var best = fact.members[0]
        var bestKey = (opensSentence(claim(best).text), Markdown.oneLine(claim(best).text).unicodeScalars.count)
        for m in fact.members.dropFirst() {
            let key = (opensSentence(claim(m).text), Markdown.oneLine(claim(m).text).unicodeScalars.count)
            if key.0 != bestKey.0 ? key.0 : key.1 < bestKey.1 { best = m; bestKey = key }
        }
        return best
    }

    /// A clause that opens its sentence reads as a title; one that goes on from another
    /// ("and 45 injured when …", "a quitté les rails …") does not.
    static func opensSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first.properties.isUppercase || ScalarClass.isDigit(first) || "«\"“‘'(".unicodeScalars.contains(first)
    }
}
