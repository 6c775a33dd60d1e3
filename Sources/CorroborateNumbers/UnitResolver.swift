import CorroborateCore

/// What a quantity counts: the noun after it, normalized to an English singular.
struct CountedNoun: Sendable {
    var unit: String
    /// The table entry, when the noun is known (nil for a guessed singular).
    var entry: UnitWord?
    /// Token range of the noun (or symbol, or phrase).
    var start: Int
    var end: Int
    /// The count is a part of the noun's whole: "six of the injured".
    var isPart = false
}

/// Finds the counted noun after a number: "3,5 millions de personnes", "441 policiers blessés",
/// "three strategically important military bases". It skips one link word ("de", "of") and,
/// within four words, adjectives; it stops at function words and punctuation. A noun the
/// table does not know is kept as a crude singular when it looks plural (after a count of two
/// or more a noun is plural in French and English; a singular-looking word there is rarely
/// the noun: "800 000 selon la CGT").
struct UnitResolver: Sendable {
    let lexicon: NumberLexicon

    func noun(after end: Int, in tokens: [Token], value: Double) -> CountedNoun? {
        var p = end
        guard p < tokens.count else { return nil }
        // "%", "€", "pour cent" right after the number.
        if let m = lexicon.units.match(tokens, at: p), m.count > 1 || tokens[p].kind == .punctuation {
            return CountedNoun(unit: m.value.unit, entry: m.value, start: p, end: p + m.count)
        }
        if tokens[p].kind == .word, lexicon.links.contains(tokens[p].folded) { p += 1 }
        // "six of the injured", "six des blessés": a part of a whole, counted in its noun,
        // when that noun is known ("two of the three" is no count of anything).
        if p < tokens.count, tokens[p].kind == .word, lexicon.partitives.contains(tokens[p].folded),
           p + 1 < tokens.count, tokens[p + 1].kind == .word, let entry = known(tokens[p + 1].folded),
           !UnitResolver.partNouns.contains(entry.unit) {
            return CountedNoun(unit: entry.unit, entry: entry, start: p + 1, end: p + 2, isPart: true)
        }
        var words = 0
        // Where adjectives come first, a singular count's noun is the last word before the
        // phrase ends: "one senior US official".
        var lastWord: CountedNoun? = nil
        let singularHead = lexicon.adjectivesBeforeNoun && value <= 1 && value > 0
        while p < tokens.count, words < 4 {
            let t = tokens[p]
            guard t.kind == .word else { return singularHead ? lastWord : nil }
            if let m = lexicon.units.match(tokens, at: p), m.count > 1 {
                return CountedNoun(unit: m.value.unit, entry: m.value, start: p, end: p + m.count)
            }
            if let entry = known(t.folded) {
                let standsIn = entry.isStandIn && p + 1 < tokens.count && tokens[p + 1].kind == .word && known(tokens[p + 1].folded) != nil
                if !standsIn, !isModifier(tokens, at: p, value: value) {
                    if UnitResolver.partNouns.contains(entry.unit), let group = group(after: p + 1, in: tokens) { return group }
                    return CountedNoun(unit: entry.unit, entry: entry, start: p, end: p + 1)
                }
                p += 1
                words += 1
                continue
            }
            if lexicon.stops.contains(t.folded) || lexicon.months.contains(t.folded) { return singularHead ? lastWord : nil }
            if singularHead && lexicon.verbEndings.contains(where: { t.folded.droppingScalarSuffix($0) != nil }) { return lastWord }
            if lexicon.prenominal.contains(t.folded) {
                p += 1
                words += 1
                continue
            }
            let singular = singularGuess(t.folded)
            if t.isCapitalized {
                // A plural name after a count is a demonym: "des milliers de Syriens".
                if singular != nil && !t.isAllCaps {
                    return CountedNoun(unit: "people", entry: nil, start: p, end: p + 1)
                }
                // "two US officials": a name may modify the noun where adjectives come first.
                guard lexicon.adjectivesBeforeNoun else { return nil }
                p += 1
                words += 1
                continue
            }
            if let s = singular, !singularHead { return CountedNoun(unit: s, entry: nil, start: p, end: p + 1) }
            if singularHead {
                lastWord = CountedNoun(unit: t.folded, entry: nil, start: p, end: p + 1)
            } else if value <= 1 && value > 0 {
                return CountedNoun(unit: t.folded, entry: nil, start: p, end: p + 1)
            }
            guard lexicon.adjectivesBeforeNoun else { return nil }
            p += 1
            words += 1
        }
        return singularHead ? lastWord : nil
    }

    /// Units that count the parts of a group the next words may name: "441 membres de(s)
    /// forces de l'ordre", "30 members of the security forces" count officers.
    static let partNouns: Set<String> = ["member"]

    /// The group a part noun belongs to, past at most two link or function words.
    private func group(after start: Int, in tokens: [Token]) -> CountedNoun? {
        var p = start
        while p < tokens.count, p < start + 2, tokens[p].kind == .word,
              lexicon.links.contains(tokens[p].folded) || lexicon.stops.contains(tokens[p].folded) { p += 1 }
        guard p > start, p < tokens.count, tokens[p].kind == .word else { return nil }
        // A group is plural or a phrase ("les forces de l'ordre"); "membres de la région"
        // are members from a place.
        if let m = lexicon.units.match(tokens, at: p), m.count > 1, !UnitResolver.partNouns.contains(m.value.unit) {
            return CountedNoun(unit: m.value.unit, entry: m.value, start: p, end: p + m.count)
        }
        if singularGuess(tokens[p].folded) != nil, let e = known(tokens[p].folded), !UnitResolver.partNouns.contains(e.unit) {
            return CountedNoun(unit: e.unit, entry: e, start: p, end: p + 1)
        }
        return nil
    }

    /// "dozens of rebel factions", "three dead soldiers": where adjectives come first, a
    /// singular before a plural noun modifies it.
    private func isModifier(_ tokens: [Token], at p: Int, value: Double) -> Bool {
        guard lexicon.adjectivesBeforeNoun, value > 1, singularGuess(tokens[p].folded) == nil,
              p + 1 < tokens.count, tokens[p + 1].kind == .word else { return false }
        let next = tokens[p + 1].folded
        guard !lexicon.stops.contains(next) else { return false }
        return singularGuess(next) != nil || known(next) != nil
    }

    /// « le nombre de cas a dépassé 1 000 », "the number of deaths rose to 57": a figure with no
    /// noun after it counts the known noun of a tally head a few words before it, in its clause.
    func tallyNoun(before k: Int, in tokens: [Token]) -> CountedNoun? {
        var j = k - 1
        while j >= 2, k - j <= UnitResolver.tallyReach, tokens[j].kind == .word {
            if lexicon.tallyHeads.contains(tokens[j - 2].folded), lexicon.links.contains(tokens[j - 1].folded),
               let entry = known(tokens[j].folded), !(entry.isTime || entry.inSpan) {
                return CountedNoun(unit: entry.unit, entry: entry, start: j, end: j + 1)
            }
            j -= 1
        }
        return nil
    }

    /// Words between a tally head's noun and its figure: « de cas a encore dépassé ».
    static let tallyReach = 6

    /// The table entry of a word, trying its singular and masculine forms.
    func known(_ word: String) -> UnitWord? {
        if let e = lexicon.units.single(word) { return e }
        for candidate in singularCandidates(word) + [word] {
            if candidate != word, let e = lexicon.units.single(candidate) { return e }
            for rule in lexicon.feminineRules {
                if let stem = candidate.droppingScalarSuffix(rule.suffix),
                   let e = lexicon.units.single(stem + rule.replacement) { return e }
            }
        }
        return nil
    }

    /// The unit of the last part of a compound adjective: "24-year", "six-storey", "year-old".
    func compoundUnit(_ word: String) -> UnitWord? {
        if let e = known(word) { return e }
        let parts = word.hyphenParts()
        guard parts.count > 1, let head = parts.first else { return nil }
        return known(head)
    }

    /// The singular the first matching plural rule gives; nil when the word does not look plural.
    func singularGuess(_ word: String) -> String? {
        for rule in lexicon.pluralRules {
            guard let stem = word.droppingScalarSuffix(rule.suffix), stem.unicodeScalars.count > 1 else { continue }
            if rule.suffix == rule.replacement { return nil }
            return stem + rule.replacement
        }
        return nil
    }

    /// Every singular the plural rules allow, most specific first (lookups only).
    private func singularCandidates(_ word: String) -> [String] {
        var out: [String] = []
        for rule in lexicon.pluralRules {
            guard let stem = word.droppingScalarSuffix(rule.suffix), !stem.isEmpty else { continue }
            if rule.suffix == rule.replacement { break }
            out.append(stem + rule.replacement)
        }
        return out
    }
}
