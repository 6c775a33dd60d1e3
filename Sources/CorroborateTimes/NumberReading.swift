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

    /// Number words one count may take: no number is said in more ("deux millions trois cent
    /// quarante-cinq mille six cent soixante-dix-huit" is 8), and without a bound a run of
    /// number words would be read again from each of its words.
    static let maxNumeralWords = 12

    func numeral(at k: Int) -> Numeral? {
        if let n = plainInt(k) {
            guard !hasAttachedLetters(k) else { return nil }  // "14h30", "1990s"
            return Numeral(value: n.value, end: k + 1, isArticle: false, isDigits: true)
        }
        guard isWord(k), let first = lexicon.numberWordParts(tokens[k].folded) else { return nil }
        var parts = first
        var end = k + 1
        // "deux cents", "vingt et un": more number words, possibly joined by "et"/"and".
        while end - k < Self.maxNumeralWords, let w = folded(end), isWord(end) {
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
        guard let value = TimeLexicon.combine(parts) else { return nil }
        return Numeral(value: value, end: end, isArticle: isArticle, isDigits: false)
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
            // Longest first, but never longer than a known number word: a word of thousands
            // of pieces must not cost thousands of joins per piece.
            var j = min(pieces.count, i + longestNumberWord)
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

    /// The value of a sequence of number words: additive, with multipliers ("deux cents");
    /// nil when it does not fit an `Int` ("cent cent cent…" is no count).
    static func combine(_ parts: [NumberWord]) -> Int? {
        var total = 0, current = 0
        func add(_ a: Int, _ b: Int) -> Int? {
            let r = a.addingReportingOverflow(b)
            return r.overflow ? nil : r.partialValue
        }
        func multiply(_ a: Int, _ b: Int) -> Int? {
            let r = a.multipliedReportingOverflow(by: b)
            return r.overflow ? nil : r.partialValue
        }
        for p in parts {
            if p.isMultiplier {
                guard let scaled = multiply(max(current, 1), p.value) else { return nil }
                if p.value >= 1000 {
                    guard let sum = add(total, scaled) else { return nil }
                    total = sum
                    current = 0
                } else {
                    current = scaled
                }
            } else {
                guard let sum = add(current, p.value) else { return nil }
                current = sum
            }
        }
        return add(total, current)
    }
}
