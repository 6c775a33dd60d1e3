import CorroborateCore

/// Folded phrases of a table ("en revanche", "as well as") split into words once and indexed by
/// first word, so that a token is matched against the few phrases it can open, without
/// splitting a phrase at each test.
public struct PhraseIndex: Sendable {
    /// The other words of each phrase opened by a first word, longest first.
    private let byFirst: [String: [[String]]]

    public init(_ phrases: [String]) {
        var byFirst: [String: [[String]]] = [:]
        for p in phrases {
            let words = p.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Array(words.dropFirst()))
        }
        self.byFirst = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Every first word of the phrases.
    public var firstWords: Set<String> { Set(byFirst.keys) }

    /// How many tokens the longest phrase starting at token `k` covers, ending by `end`.
    public func longestMatch(_ tokens: [Token], at k: Int, end: Int) -> Int? {
        guard k < end, let rests = byFirst[tokens[k].folded] else { return nil }
        for rest in rests where k + 1 + rest.count <= end {
            var ok = true
            for (o, w) in rest.enumerated() where tokens[k + 1 + o].folded != w { ok = false; break }
            if ok { return rest.count + 1 }
        }
        return nil
    }
}
