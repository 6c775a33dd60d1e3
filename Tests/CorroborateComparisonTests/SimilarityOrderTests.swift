import Testing
@testable import CorroborateComparison

/// Scores must not depend on the order a dictionary happens to iterate in: Swift seeds its
/// hashing per process, and sums taken in hash order made large runs align a few pairs
/// differently from one process to the next.
@Suite("Similarity sums in key order")
struct SimilarityOrderTests {
    /// Weights of mixed magnitudes, whose floating-point sum depends on the order of addition.
    static let weights: [(String, Double)] = (0..<300).map { (i: Int) -> (String, Double) in
        let x = Double(i)
        let w: Double
        switch i % 3 {
        case 0: w = 1e8 + x
        case 1: w = 1e-3 * x
        default: w = 0.1 + x / 7
        }
        return ("term-\(i)", w)
    }

    static func dictionary(reversed: Bool, capacity: Int) -> [String: Double] {
        var d: [String: Double] = [:]
        d.reserveCapacity(capacity)
        for (k, w) in reversed ? weights.reversed() : weights { d[k] = w }
        return d
    }

    /// Terms numbered in name order, as `Similarity` numbers them.
    static let numbers: [String: Int32] = {
        var out: [String: Int32] = [:]
        for (i, k) in (weights.map(\.0) + ["arrive", "moscow", "protest"]).sorted().enumerated() { out[k] = Int32(i) }
        return out
    }()

    /// A vector from weights by name, in whatever order the dictionary iterates.
    static func terms(_ d: [String: Double]) -> Similarity.WeightedTerms {
        Similarity.WeightedTerms(d.compactMap { k, w in numbers[k].map { (term: $0, weight: w) } }.sorted { $0.term < $1.term })
    }

    @Test("the same weights inserted in another order, into another capacity, give bit-identical norms and cosines")
    func orderIndependent() {
        let a = Self.terms(Self.dictionary(reversed: false, capacity: 0))
        let b = Self.terms(Self.dictionary(reversed: true, capacity: 5000))
        #expect(a.norm.bitPattern == b.norm.bitPattern)
        let other = Self.terms(Dictionary(uniqueKeysWithValues: Self.weights.enumerated().map { i, kw in (kw.0, Double(i % 5) + 0.25) }))
        #expect(Similarity.cosine(a, other).bitPattern == Similarity.cosine(b, other).bitPattern)
        #expect(Similarity.cosine(other, a).bitPattern == Similarity.cosine(other, b).bitPattern)
    }

    @Test("cosine of a vector with itself is 1; with a disjoint one, 0; with an empty one, 0")
    func cosineBounds() {
        let a = Self.terms(["arrive": 2, "moscow": 1])
        let b = Self.terms(["protest": 3])
        #expect(abs(Similarity.cosine(a, a) - 1) < 1e-12)
        #expect(Similarity.cosine(a, b) == 0)
        #expect(Similarity.cosine(a, Similarity.WeightedTerms()) == 0)
    }
}

@Suite("Comparison words: a figure is one word")
struct TextWordsFigureTests {
    @Test("a decimal mark between digits does not cut the figure nor break the clause", arguments: [
        ("a magnitude 7.0 quake", ["a", "magnitude", "7.0", "quake"]),
        ("magnitude 6,8 jeudi", ["magnitude", "6,8", "jeudi"]),
    ])
    func decimal(_ text: String, _ words: [String]) {
        let w = TextWords(text).words
        #expect(w.map(\.folded) == words)
        #expect(!w.contains { $0.afterBreak })
    }

    @Test("a comma after a figure still breaks")
    func commaBreaks() {
        let w = TextWords("risen to 57, the agency said").words
        #expect(w.first { $0.folded == "the" }?.afterBreak == true)
    }
}
