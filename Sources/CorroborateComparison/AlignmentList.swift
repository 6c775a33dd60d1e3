import CorroborateCore

/// The alignments of a run, as a collection of `Alignment`s.
///
/// A large run aligns millions of claim pairs. Held as `Alignment` values (two id strings, a
/// facet array and an explanation string each) they took most of a 10 000-article run's
/// memory. The comparator's alignments are therefore kept compact: the two claims by their
/// number in the run, the verdict (relation, facets, score) and a conflict's notes as numbers
/// into tables of the distinct ones, which are few. The explanation is built when it is read
/// (`PairExplainer`), and an `Alignment` value only when one is read through the collection;
/// renderers read the compact form (`ends`, `explanation(at:)`, `verdict(at:)`).
/// Alignments made by hand (tests, other callers) are kept as they are given.
public struct AlignmentList: RandomAccessCollection, Sendable {
    /// A verdict as alignments share it: most pairs of a run agree with no facet and a score
    /// among a hundred values.
    public struct VerdictKey: Hashable, Sendable {
        public let relation: Relation
        /// As the verdict gave them: sorted, each once.
        public let facets: [Facet]
        public let score: Double

        public init(relation: Relation, facets: [Facet], score: Double) {
            self.relation = relation
            self.facets = facets
            self.score = score
        }
    }

    /// One compact alignment, 16 bytes: claims by their number in the run (article by
    /// article, claims in order), notes and verdict by their number in the tables.
    struct Entry: Sendable {
        let a: UInt32
        let b: UInt32
        let notes: UInt32
        let verdict: UInt32
    }

    /// The compact form, what it needs to name claims and to explain alignments. A class:
    /// renderers read it once per alignment, and a struct of eight arrays was copied (eight
    /// retains and releases) at each read, millions of times in a large run.
    final class Compact: Sendable {
        let explainer: PairExplainer
        let entries: [Entry]
        /// A conflict's notes joined by "; "; "" for none.
        let notes: [String]
        let verdicts: [VerdictKey]
        /// By claim number: its article, and its claim id ("c3").
        let articleOf: [Int32]
        let claimIDs: [String]
        /// By article: the number of its first claim, and its id.
        let firstClaim: [Int32]
        let articleIDs: [String]

        init(explainer: PairExplainer, entries: [Entry], notes: [String], verdicts: [VerdictKey], articleOf: [Int32],
             claimIDs: [String], firstClaim: [Int32], articleIDs: [String]) {
            self.explainer = explainer
            self.entries = entries
            self.notes = notes
            self.verdicts = verdicts
            self.articleOf = articleOf
            self.claimIDs = claimIDs
            self.firstClaim = firstClaim
            self.articleIDs = articleIDs
        }
    }

    enum Storage: Sendable {
        case values([Alignment])
        case compact(Compact)
    }

    private(set) var storage: Storage

    public init() { storage = .values([]) }

    public init(_ values: [Alignment]) { storage = .values(values) }

    init(compact: Compact) { storage = .compact(compact) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .values(let v): return v.count
        case .compact(let c): return c.entries.count
        }
    }

    public subscript(position: Int) -> Alignment {
        switch storage {
        case .values(let v):
            return v[position]
        case .compact(let c):
            let e = c.entries[position], v = c.verdicts[Int(e.verdict)]
            return Alignment(a: c.name(e.a), b: c.name(e.b), relation: v.relation, facets: v.facets, score: v.score,
                             explanation: c.explanation(e))
        }
    }

    /// Appending to a compact list turns it into values first: only hand-made runs append.
    public mutating func append(_ alignment: Alignment) {
        var values = Array(self)
        values.append(alignment)
        storage = .values(values)
    }

    /// The claims of alignment `i` as run references, when the list is compact (the claims
    /// are then known without reading ids); nil for alignments given as values.
    public func ends(at i: Int) -> (a: ClaimReference, b: ClaimReference)? {
        guard case .compact(let c) = storage else { return nil }
        let e = c.entries[i]
        return (c.reference(e.a), c.reference(e.b))
    }

    /// Whether the list is compact: every alignment's `ends` is known.
    public var isCompact: Bool {
        if case .compact = storage { return true }
        return false
    }

    /// Whether the list is compact and numbers the claims of exactly these articles (same
    /// ids, same claims in the same order): then `ends` are claims of `articles`.
    public func isNumbered(for articles: [ArticleAnalysis]) -> Bool {
        guard case .compact(let c) = storage, c.articleIDs.count == articles.count else { return false }
        var k = 0
        for (ai, a) in articles.enumerated() {
            guard c.articleIDs[ai] == a.id, Int(c.firstClaim[ai]) == k else { return false }
            for claim in a.claims {
                guard k < c.claimIDs.count, c.claimIDs[k] == claim.id else { return false }
                k += 1
            }
        }
        return k == c.claimIDs.count
    }

    /// The ids of alignment `i`'s claims ("article", "claim" for "article#claim"), when the
    /// list is compact: written out without joining them into a new string.
    public func endIDs(at i: Int) -> (aArticle: String, aClaim: String, bArticle: String, bClaim: String)? {
        guard case .compact(let c) = storage else { return nil }
        let e = c.entries[i]
        return (c.articleIDs[Int(c.articleOf[Int(e.a)])], c.claimIDs[Int(e.a)],
                c.articleIDs[Int(c.articleOf[Int(e.b)])], c.claimIDs[Int(e.b)])
    }

    /// The distinct verdicts of a compact list, and each alignment's number among them: a
    /// renderer can prepare each verdict's text once. Empty and nil for a list of values.
    public var distinctVerdicts: [VerdictKey] {
        guard case .compact(let c) = storage else { return [] }
        return c.verdicts
    }

    public func verdictNumber(at i: Int) -> Int? {
        guard case .compact(let c) = storage else { return nil }
        return Int(c.entries[i].verdict)
    }

    public func verdict(at i: Int) -> VerdictKey {
        switch storage {
        case .values(let v): return VerdictKey(relation: v[i].relation, facets: v[i].facets, score: v[i].score)
        case .compact(let c): return c.verdicts[Int(c.entries[i].verdict)]
        }
    }

    public func relation(at i: Int) -> Relation {
        switch storage {
        case .values(let v): return v[i].relation
        case .compact(let c): return c.verdicts[Int(c.entries[i].verdict)].relation
        }
    }

    /// Built anew at each call for a compact list (`PairExplainer`): a renderer reads it once.
    public func explanation(at i: Int) -> String {
        switch storage {
        case .values(let v): return v[i].explanation
        case .compact(let c): return c.explanation(c.entries[i])
        }
    }
}

extension AlignmentList.Compact {
    func reference(_ claim: UInt32) -> ClaimReference {
        let article = Int(articleOf[Int(claim)])
        return ClaimReference(article: article, claim: Int(claim) - Int(firstClaim[article]))
    }

    /// "articleId#claimId".
    func name(_ claim: UInt32) -> String {
        articleIDs[Int(articleOf[Int(claim)])] + "#" + claimIDs[Int(claim)]
    }

    func explanation(_ e: AlignmentList.Entry) -> String {
        explainer.line(Int(e.a), Int(e.b), aRef: reference(e.a), bRef: reference(e.b), verdict: verdicts[Int(e.verdict)],
                       notes: notes[Int(e.notes)])
    }
}

/// Builds a compact `AlignmentList` in order, numbering the distinct notes and verdicts as
/// they come (so the same run always numbers them alike).
struct AlignmentListBuilder {
    private let explainer: PairExplainer
    private var entries: [AlignmentList.Entry] = []
    private var notes: [String] = []
    private var verdicts: [AlignmentList.VerdictKey] = []
    private var articleOf: [Int32] = []
    private var claimIDs: [String] = []
    private var firstClaim: [Int32] = []
    private var articleIDs: [String] = []
    private var notesNumber: [String: UInt32] = [:]
    private var verdictNumber: [AlignmentList.VerdictKey: UInt32] = [:]

    /// `explainer`'s profiles numbered as the claims of `articles`.
    init(articles: [ArticleAnalysis], explainer: PairExplainer, capacity: Int) {
        self.explainer = explainer
        entries.reserveCapacity(capacity)
        for (ai, a) in articles.enumerated() {
            firstClaim.append(Int32(articleOf.count))
            articleIDs.append(a.id)
            for c in a.claims {
                articleOf.append(Int32(ai))
                claimIDs.append(c.id)
            }
        }
    }

    /// `a`, `b`: claim numbers in the run.
    mutating func append(a: Int, b: Int, verdict: AlignmentList.VerdictKey, notes: String) {
        let n = AlignmentListBuilder.number(notes, in: &notesNumber, table: &self.notes)
        let v = AlignmentListBuilder.number(verdict, in: &verdictNumber, table: &verdicts)
        entries.append(AlignmentList.Entry(a: UInt32(a), b: UInt32(b), notes: n, verdict: v))
    }

    /// The number of `value` in `table`, appending it the first time it is seen.
    private static func number<T: Hashable>(_ value: T, in numbers: inout [T: UInt32], table: inout [T]) -> UInt32 {
        if let known = numbers[value] { return known }
        let n = UInt32(table.count)
        numbers[value] = n
        table.append(value)
        return n
    }

    var list: AlignmentList {
        AlignmentList(compact: AlignmentList.Compact(explainer: explainer, entries: entries, notes: notes, verdicts: verdicts,
                                                     articleOf: articleOf, claimIDs: claimIDs, firstClaim: firstClaim,
                                                     articleIDs: articleIDs))
    }
}
