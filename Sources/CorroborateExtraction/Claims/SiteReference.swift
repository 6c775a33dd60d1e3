import CorroborateCore
import CorroborateText

extension ClaimBuilder {
    /// The site a definite site noun without a name of its own stands for: "the army pulled out
    /// of the airport", « le retrait de l'aéroport », "the Russian military base itself came under
    /// attack" mean the airport, the base the article named last before them. Not "the base of",
    /// « sur la base de » (a complement follows), not "a base", "its base", "the bases".
    func definiteSite(_ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ entityAt: TokenEntityMap,
                      _ entities: [Entity], skip: (Int) -> Bool) -> Int? {
        for k in seg where flags[k].contains(.siteNoun) && entityAt[k] == nil && !skip(k) {
            guard k + 1 >= seg.upperBound || (entityAt[k + 1] == nil && !lexicon.genitivePrepositions.contains(tokens[k + 1].folded)) else { continue }
            // The determiner, past at most two adjectives ("the Russian military base").
            var j = k - 1
            while j >= seg.lowerBound, k - j <= 2, tokens[j].kind == .word, entityAt[j] == nil, !flags[j].contains(.determiner) { j -= 1 }
            guard j >= seg.lowerBound, flags[j].contains(.determiner), !lexicon.indefiniteDeterminers.contains(tokens[j].folded),
                  !lexicon.possessives.contains(tokens[j].folded) else { continue }
            // The last place named before it whose name has that noun ("Damascus international airport").
            var i = k - 1
            while i >= 0 {
                if let e = entityAt[i], entities[e].type == .place, tokens[i].folded == tokens[k].folded { return e }
                i -= 1
            }
        }
        return nil
    }
}
