import CorroborateCore

/// The language-neutral matchers over a token array. Each matcher (in its own file) tries to
/// read one kind of expression starting at a token; `match(at:)` keeps the longest reading.
struct TimeScanner {
    let tokens: [Token]
    let lexicon: TimeLexicon
    let resolver: TimeResolver

    /// The longest expression starting at token `i`.
    func match(at i: Int, lastDay: CalendarDate?) -> TimeMatch? {
        let token = tokens[i]
        if token.kind == .punctuation { return nil }
        if token.kind == .word, !lexicon.startWords.contains(token.folded), !token.folded.utf8.contains(UInt8(ascii: "-")) {
            return nil
        }
        var best: TimeMatch? = nil
        func consider(_ candidate: TimeMatch?) {
            guard let c = candidate else { return }
            if let b = best, b.end >= c.end { return }
            best = c
        }
        consider(calendar(at: i))
        consider(relative(at: i, lastDay: lastDay))
        consider(numericDate(at: i))
        consider(duration(at: i))
        consider(decade(at: i))
        consider(year(at: i))
        consider(notATime(at: i))
        return best
    }

    /// A name holding calendar words ("le Journal du dimanche"): claimed, not reported.
    func notATime(at i: Int) -> TimeMatch? {
        lexicon.notTimes.match(tokens, at: i).map { TimeMatch(start: i, end: $0.end, value: nil) }
    }

    // MARK: Token helpers

    /// The folded token at `i`, nil outside the array.
    func folded(_ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].folded : nil
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }

    func isPunct(_ i: Int, _ p: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].isPunctuation(p) }

    /// Token `i` touches the token before it (no space between).
    func attached(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// A number token written with plain digits only ("2015", "08"), with its digit count.
    func plainInt(_ i: Int) -> (value: Int, digits: Int)? {
        guard isNumber(i) else { return nil }
        var value = 0, digits = 0
        for s in tokens[i].folded.unicodeScalars {
            guard ScalarClass.isDigit(s), digits < 9 else { return nil }
            value = value * 10 + Int(s.value - 48)
            digits += 1
        }
        return digits > 0 ? (value, digits) : nil
    }

    /// Letters glued to the end of the number at `i` ("14h30", "1990s", "3e"): not a plain count.
    func hasAttachedLetters(_ i: Int) -> Bool { attached(i + 1) && isWord(i + 1) }

    /// A part of the day after a day ("soir", "au soir", "morning"): the index after it.
    func partOfDay(at i: Int) -> Int? {
        guard let w = folded(i) else { return nil }
        if lexicon.partsOfDay.contains(w) { return i + 1 }
        if lexicon.partOfDayJoiners.contains(w), let next = folded(i + 1), lexicon.partsOfDay.contains(next) { return i + 2 }
        return nil
    }
}
