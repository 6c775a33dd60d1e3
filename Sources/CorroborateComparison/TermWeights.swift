import Foundation
import CorroborateCore

/// How telling each term of the run is: a term most claims share (the story's main actor)
/// says little about which fact a claim states; a rare one says much. Inverse document
/// frequency over the claims of the run: ln(1 + N / df).
struct TermWeights: Sendable {
    private(set) var frequency: [String: Int] = [:]
    let claimCount: Int

    init(_ profiles: [ClaimProfile]) {
        self.init(terms: profiles.map(TermWeights.terms))
    }

    /// `terms`: each claim's `terms(of:)`, built once for the weights and the index.
    init(terms: [Set<String>]) {
        claimCount = terms.count
        for list in terms {
            for t in list { frequency[t, default: 0] += 1 }
        }
    }

    /// Each profile's `terms(of:)`, built on every core.
    static func terms(of profiles: [ClaimProfile]) -> [Set<String>] {
        ChunkedMap.run(profiles.count) { range in range.map { TermWeights.terms(of: profiles[$0]) } }
    }

    /// The indexed terms of a claim: event concepts, entity keys, and word stems (stems only
    /// match within a language).
    static func terms(of p: ClaimProfile) -> Set<String> {
        var out = Set<String>()
        for e in p.events { out.insert(event(e)) }
        for k in p.entities.keys { out.insert(entity(k)) }
        for s in p.stems { out.insert(stem(s, p)) }
        // A precise figure of a kind ("sept ans", "seven years") pairs claims across languages
        // that share no name nor event word; the index leaves out figures too common to tell.
        for q in p.quantities where !q.mention.approx && q.value >= 2 { out.insert(figure(q)) }
        return out
    }

    static func figure(_ q: Quantity) -> String { "f:" + q.unitClass + ":" + String(q.value) }

    static func event(_ e: String) -> String { "e:" + e }
    static func entity(_ k: String) -> String { "k:" + k }
    static func stem(_ s: String, _ p: ClaimProfile) -> String { stem(s, language: p.language.code) }
    static func stem(_ s: String, language code: String) -> String { "s:" + code + ":" + s }

    func weight(_ term: String) -> Double {
        let df = max(1, frequency[term] ?? 1)
        return log(1 + Double(claimCount) / Double(df))
    }

    func count(_ term: String) -> Int { frequency[term] ?? 0 }
}
