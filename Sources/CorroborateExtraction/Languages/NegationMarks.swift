import CorroborateCore

/// The negation tests several stages ask in the same words: what marks a negation, a verb
/// under one, and a ruling out. `folded(k)`: the folded word at index k, tokens or words alike.
extension ExtractionLexicon {
    /// A word that marks a negation: « ne », « pas », "not", "denied".
    public func marksNegation(_ w: String) -> Bool {
        negationOpeners.contains(w) || negationClosers.contains(w) || negationWords.contains(w)
    }

    /// Words before a verb within which a negation bears on it (« n'a pas réagi », "did not say").
    public static let verbNegationReach = 3

    /// The verb at `v` is negated (« Kiev n'a pas réagi », "the source did not say"): a
    /// negation closer or word right before it, from `lower` on, not a reporting verb itself
    /// (« a démenti » denies, it is not under negation). `skip`: tokens not read (quoted ones).
    func negatesVerb(at v: Int, from lower: Int, _ tokens: [Token], _ flags: [WordFlags], skip: (Int) -> Bool = { _ in false }) -> Bool {
        (max(lower, v - ExtractionLexicon.verbNegationReach)..<v).contains { j in
            !skip(j) && (negationClosers.contains(tokens[j].folded)
                || (negationWords.contains(tokens[j].folded) && !flags[j].contains(.reportingVerb)))
        }
    }

    /// The word at `k` rules out what follows (« a exclu tout paiement », "ruled out any
    /// payment"): a litotes verb before a determiner of "any", itself under no negation
    /// (« n'exclut pas tout … » allows). Words are read within `range`.
    public func rulesOut(at k: Int, in range: Range<Int>, folded: (Int) -> String) -> Bool {
        litotes.contains(folded(k))
            && ((k + 1)..<min(range.upperBound, k + 3)).contains { exclusionDeterminers.contains(folded($0)) }
            && !(max(range.lowerBound, k - ExtractionLexicon.verbNegationReach)..<k).contains { marksNegation(folded($0)) }
    }
}
