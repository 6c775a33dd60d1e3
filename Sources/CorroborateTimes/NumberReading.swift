import CorroborateCore

/// Counts before a duration unit: digits ("24") or number words, hyphenated or not
/// ("vingt-quatre", "quatre-vingt-dix", "deux cents", "vingt et un", "twenty-four").
extension TimeScanner {
    struct Numeral {
        let value: Int
        let end: Int
        /// The indefinite article read as one ("une semaine", "a week").
        let isArticle: Bool
        let isDigits: Bool
    }

    func numeral(at k: Int) -> Numeral? {
        if let n = plainInt(k) {
            guard !hasAttachedLetters(k) else { return nil }  // "14h30", "1990s"
            return Numeral(value: n.value, end: k + 1, isArticle: false, isDigits: true)
        }
        guard isWord(k), let first = lexicon.numberWordParts(tokens[k].folded) else { return nil }
        var parts = first
        var end = k + 1
        // "deux cents", "vingt et un": more number words, possibly joined by "et"/"and".
        while let w = folded(end), isWord(end) {
            if let more = lexicon.numberWordParts(w), !more.contains(where: { $0.isArticle }) {
                parts += more
                end += 1
            } else if lexicon.numberJoiners.contains(w), let next = folded(end + 1), isWord(end + 1),
                      let more = lexicon.numberWordParts(next) {  // "un" is a number after "vingt et"
                parts += more
                end += 2
            } else {
                break
            }
        }
        let isArticle = parts.count == 1 && parts[0].isArticle
        return Numeral(value: TimeLexicon.combine(parts), end: end, isArticle: isArticle, isDigits: false)
    }
}

extension TimeLexicon {
    /// The number words of one token, splitting hyphenated compounds on the longest known
    /// pieces ("quatre-vingt-dix" is "quatre-vingt" + "dix"); nil when a piece is no number.
    func numberWordParts(_ word: String) -> [NumberWord]? {
        if let n = numbers[word] { return [n] }
        guard word.unicodeScalars.contains("-") else { return nil }
        let pieces = word.unicodeScalars.split(separator: "-").map { String(String.UnicodeScalarView($0)) }
        var parts: [NumberWord] = []
        var i = 0
        outer: while i < pieces.count {
            var j = pieces.count
            while j > i {
                let key = pieces[i..<j].joined(separator: "-")
                if let n = numbers[key] {
                    parts.append(n)
                    i = j
                    continue outer
                }
                if j == i + 1, numberJoiners.contains(key) {  // "vingt-et-un"
                    i = j
                    continue outer
                }
                j -= 1
            }
            return nil
        }
        return parts.isEmpty ? nil : parts
    }

    /// The value of a sequence of number words: additive, with multipliers ("deux cents").
    static func combine(_ parts: [NumberWord]) -> Int {
        var total = 0, current = 0
        for p in parts {
            if p.isMultiplier {
                if p.value >= 1000 {
                    total += max(current, 1) * p.value
                    current = 0
                } else {
                    current = max(current, 1) * p.value
                }
            } else {
                current += p.value
            }
        }
        return total + current
    }
}
