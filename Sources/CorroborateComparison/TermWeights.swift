import Foundation

/// How telling each term of the run is: a term most claims share (the story's main actor)
/// says little about which fact a claim states; a rare one says much. Inverse document
/// frequency over the claims of the run: ln(1 + N / df).
struct TermWeights: Sendable {
    private(set) var frequency: [String: Int] = [:]
    let claimCount: Int

    init(_ profiles: [ClaimProfile]) {
        claimCount = profiles.count
        for p in profiles {
            for t in TermWeights.terms(of: p) { frequency[t, default: 0] += 1 }
        }
    }

    /// The indexed terms of a claim: event concepts, entity keys, and word stems (stems only
    /// match within a language).
    static func terms(of p: ClaimProfile) -> Set<String> {
        var out = Set<String>()
        for e in p.events { out.insert(event(e)) }
        for k in p.entities.keys { out.insert(entity(k)) }
        for s in p.stems { out.insert(stem(s, p)) }
        return out
    }

    static func event(_ e: String) -> String { "e:" + e }
    static func entity(_ k: String) -> String { "k:" + k }
    static func stem(_ s: String, _ p: ClaimProfile) -> String { "s:" + p.language.code + ":" + s }

    func weight(_ term: String) -> Double {
        let df = max(1, frequency[term] ?? 1)
        return log(1 + Double(claimCount) / Double(df))
    }

    func count(_ term: String) -> Int { frequency[term] ?? 0 }
}
