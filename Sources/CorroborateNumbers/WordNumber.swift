import CorroborateCore

/// Adds up number words the way they are spoken: "deux cent quatre-vingt-dix" is
/// 2 × 100 + 80 + 10, "three million two hundred thousand" is 3 × 10⁶ + 200 × 10³.
/// `feed` refuses a word that cannot continue the number ("deux trois", a bare "million"),
/// which ends the number before it.
struct NumberAccumulator: Sendable {
    private enum Last: Equatable {
        case none, article, connector, hundred, scale
        case number(Double)
    }

    private(set) var total = 0.0
    private(set) var current = 0.0
    private var last: Last = .none
    private var smallestScale = Double.infinity
    private(set) var parts = 0

    var value: Double { total + current }
    var isArticleOnly: Bool { last == .article }

    /// "un", "a": one, that may open a number ("un million", "a dozen").
    mutating func startWithArticle() {
        current = 1
        last = .article
    }

    mutating func feed(_ w: NumberWord) -> Bool {
        if w.is(.number) || (w.is(.article) && last == .connector) {
            let v = w.value
            switch last {
            case .number(let previous):
                // "vingt-quatre", "soixante-dix", "quatre-vingt-onze", "dix-sept"
                let tens = previous >= 20 && previous < 100 && previous.truncatingRemainder(dividingBy: 10) == 0
                let limit: Double = (previous == 60 || previous == 80) ? 20 : 10
                guard (tens && v >= 1 && v < limit) || (previous == 10 && v >= 1 && v < 10) else { return false }
            case .article:
                return false
            case .hundred:
                guard v < 100 else { return false }
            case .none, .connector, .scale:
                break
            }
            current += v
            last = .number(v)
        } else if w.is(.hundred) {
            guard last != .hundred, last != .connector, current < 100 else { return false }
            current = max(current, 1) * w.value
            last = .hundred
        } else if w.is(.scale) {
            guard w.value < smallestScale, last != .connector else { return false }
            // A bare "million" is not a count; a bare "mille" is a thousand.
            if last == .none && w.value > 1000 { return false }
            total += max(current, 1) * w.value
            current = 0
            smallestScale = w.value
            last = .scale
        } else {
            return false
        }
        parts += 1
        return true
    }

    /// "vingt et un", "a hundred and fifty": a connector only joins parts that compose.
    mutating func feedConnector(before next: NumberWord) -> Bool {
        guard next.is(.number) || next.is(.article) else { return false }
        switch last {
        case .hundred, .scale:
            break
        case .number(let previous):
            guard [20, 30, 40, 50, 60].contains(previous), next.value == 1 || next.value == 11 else { return false }
        default:
            return false
        }
        last = .connector
        return true
    }
}

/// A number written in words over tokens, with what may end it: a collective ("une
/// trentaine", approximate) or the unit of a compound adjective ("six-storey").
struct WordNumber: Sendable {
    var value: Double
    var end: Int
    var isArticleOnly: Bool
    var approx: Bool
    var compoundUnit: CountedNoun?

    /// Parses the number words starting at token `k` (the first may be an article).
    static func parse(_ tokens: [Token], at k: Int, lexicon: NumberLexicon, units: UnitResolver) -> WordNumber? {
        var acc = NumberAccumulator()
        var p = k
        var end = k
        if let w = lexicon.words.single(tokens[k].folded), w.is(.article) {
            acc.startWithArticle()
            p += 1
        }
        while p < tokens.count, tokens[p].kind == .word {
            let f = tokens[p].folded
            if let w = lexicon.words.single(f) {
                if w.is(.connector) {
                    guard p + 1 < tokens.count, let next = lexicon.words.single(tokens[p + 1].folded),
                          acc.feedConnector(before: next) else { break }
                    p += 1
                    continue
                }
                if w.is(.collective) || (w.is(.vague) && !w.is(.scale)) {
                    // "une trentaine", "deux centaines": approximate, and the end of the number.
                    guard acc.value > 0 else { break }
                    return WordNumber(value: acc.value * w.value, end: p + 1, isArticleOnly: false, approx: true, compoundUnit: nil)
                }
                guard acc.feed(w) else { break }
                p += 1
                end = p
                continue
            }
            guard f.unicodeScalars.contains("-") else { break }
            // "vingt-quatre", "quatre-vingt-dix", "twenty-four", "six-storey", "trente-et-un"
            let parts = f.hyphenParts()
            var trial = acc
            var q = 0
            while q < parts.count {
                var matched = 0
                // Longest first, but no longer than a known number word: thousands of pieces
                // must not cost thousands of joins each.
                var r = min(parts.count, q + lexicon.words.longestHyphenated)
                while r > q {
                    if let w = lexicon.words.single(parts[q..<r].joined(separator: "-")) {
                        if w.is(.connector), r < parts.count, let next = lexicon.words.single(parts[r]),
                           trial.feedConnector(before: next) {
                            matched = r - q
                            break
                        }
                        if !w.is(.connector), trial.feed(w) {
                            matched = r - q
                            break
                        }
                    }
                    r -= 1
                }
                if matched == 0 { break }
                q += matched
            }
            if q == parts.count {
                acc = trial
                p += 1
                end = p
                continue
            }
            if q > 0, trial.parts > 0, !trial.isArticleOnly,
               let unit = units.compoundUnit(parts[q...].joined(separator: "-")) {
                let noun = CountedNoun(unit: unit.unit, entry: unit, start: p, end: p + 1)
                return WordNumber(value: trial.value, end: p + 1, isArticleOnly: false, approx: false, compoundUnit: noun)
            }
            break
        }
        if acc.isArticleOnly {
            return WordNumber(value: 1, end: k + 1, isArticleOnly: true, approx: false, compoundUnit: nil)
        }
        guard end > k, acc.parts > 0 else { return nil }
        return WordNumber(value: acc.value, end: end, isArticleOnly: false, approx: false, compoundUnit: nil)
    }
}
