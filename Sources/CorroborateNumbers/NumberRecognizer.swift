import CorroborateCore

/// Finds the quantities of a text: digits in the language's formats ("3 500", "800.000",
/// "1,28 million"), number words that count something ("deux enfants", "twenty-four
/// years"), vague quantities ("des milliers", "dozens"), with their bound ("plus de 300",
/// "nearly six decades") and what they count ("people", "year", "arrest"). Dates, times of
/// day, ordinals and identifiers are left out. Works over tokens with dictionary lookups.
public struct NumberRecognizer: Sendable {
    private let lexicon: NumberLexicon
    private let units: UnitResolver
    private let context: DigitContext

    public init(language: Language) {
        lexicon = NumberLexicon.forLanguage(language)
        units = UnitResolver(lexicon: lexicon)
        context = DigitContext(lexicon: lexicon)
    }

    /// Quantities in tokens (tokenized with CorroborateText.Tokenizer over `text`).
    public func recognize(tokens: [Token], text: TextBuffer) -> [NumberMention] {
        var found: [Quantity] = []
        var i = 0
        while i < tokens.count {
            if let q = quantity(tokens, at: i) {
                found.append(q)
                i = max(q.resume, i + 1)
            } else {
                i += 1
            }
        }
        shareRangeUnits(&found, tokens)
        shareUnderstoodNouns(&found, tokens, text)
        return found.map { q in
            let start = tokens[q.start].start, end = tokens[q.spanEnd - 1].end
            return NumberMention(text: text.text(start, end), value: q.value, unit: q.noun?.unit,
                                 approx: q.approx, start: start, end: end, isPart: q.noun?.isPart ?? false)
        }
    }

    /// A quantity before it becomes a mention: token positions and the counted noun.
    private struct Quantity {
        var value: Double
        var approx: Bool
        var start: Int
        /// Token after the number itself (its multiplier included: "3,5 millions").
        var end: Int
        var noun: CountedNoun?
        /// The noun is part of the mention ("24 ans", "plusieurs statues", "30 %").
        var nounInSpan: Bool
        /// Words after the noun that still belong to the mention ("deux ans et demi").
        var tail = 0
        /// Written in digits: a bare one may leave its noun understood ("dont 77 à Paris").
        var isDigits = false
        /// An age ("Abu Omar, 44,"): its unit is not the one later bare numbers count.
        var isAge = false

        /// A noun later bare numbers of the sentence may count: a thing, not a duration or a share.
        var lendsNoun: Bool {
            // A scale named before its figure ("magnitude 7.0") measures that figure only: "a
            // magnitude 7.0 quake … the toll has risen to 57" counts no magnitude.
            guard let noun, !isAge, noun.start >= start else { return false }
            return !(noun.entry?.isTime ?? false) && !(noun.entry?.inSpan ?? false)
        }

        var spanEnd: Int { nounInSpan ? max(end, (noun?.end ?? end) + tail) : end }
        var resume: Int { spanEnd }
    }

    /// Significant digits written in digits over `range` ("1,089 million": 4; "800 000": 1).
    static func significantDigits(_ tokens: [Token], _ range: Range<Int>) -> Int {
        ScalarClass.significantDigits(range.lazy.filter { $0 < tokens.count }.flatMap { tokens[$0].folded.unicodeScalars })
    }

    /// A quantity starting at token `i`, with its bound when it has one.
    private func quantity(_ tokens: [Token], at i: Int) -> Quantity? {
        let t = tokens[i]
        if t.kind == .word, !lexicon.starters.contains(t.folded), !t.folded.utf8.contains(UInt8(ascii: "-")) { return nil }
        var found: Quantity? = nil
        if let bound = lexicon.bounds.match(tokens, at: i), var q = core(tokens, at: i + bound.count, bounded: true) {
            // "quelque 1,089 million": a figure precise to four digits is given as exact, the
            // approximator is a manner of speaking; "environ 500", "about 12.5 percent" are approximate.
            if bound.value, NumberRecognizer.significantDigits(tokens, (i + bound.count)..<q.end) >= 4 {
                q.approx = false
            } else {
                q.start = i
                q.approx = true
            }
            found = q
        } else {
            found = core(tokens, at: i, bounded: false)
        }
        // "deux ans et demi", "une heure et demie": a half of the unit after the noun.
        if var q = found, q.nounInSpan, let noun = q.noun, let h = half(tokens, at: noun.end) {
            q.value += h.value * (noun.entry?.multiplier ?? 1)
            q.tail = h.count
            found = q
        }
        return found
    }

    /// "et demi", "and a half" at token `p`.
    private func half(_ tokens: [Token], at p: Int) -> (count: Int, value: Double)? {
        guard let m = lexicon.words.match(tokens, at: p), m.value.is(.half) else { return nil }
        return (m.count, m.value.value)
    }

    /// What a half after a number is a half of: the multiplier it ends with ("un million et
    /// demi"), else one ("two and a half").
    private func halfBase(_ tokens: [Token], end: Int) -> Double {
        guard end > 0, let w = lexicon.words.single(tokens[end - 1].folded), w.is(.scale) else { return 1 }
        return w.value
    }

    private func core(_ tokens: [Token], at k: Int, bounded: Bool) -> Quantity? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        switch t.kind {
        case .number:
            return digits(tokens, at: k, bounded: bounded, symbol: nil)
        case .punctuation:
            // "$5", "€200"
            guard let u = lexicon.units.single(t.folded), u.isSymbol, k + 1 < tokens.count,
                  tokens[k + 1].isNumber, !tokens[k + 1].spaceBefore else { return nil }
            let symbol = CountedNoun(unit: u.unit, entry: u, start: k, end: k + 1)
            return digits(tokens, at: k + 1, bounded: bounded, symbol: symbol)
        case .word:
            return words(tokens, at: k, bounded: bounded)
        }
    }

    // MARK: digits

    private func digits(_ tokens: [Token], at k: Int, bounded: Bool, symbol: CountedNoun?) -> Quantity? {
        guard let d = DigitValue(tokens[k].folded, decimalMark: lexicon.decimalMark, groupMark: lexicon.groupMark),
              !context.isNotAQuantity(tokens, at: k, plainInteger: d.isPlainInteger, value: d.value) else { return nil }
        var value = d.value
        var end = k + 1
        var scaled = false
        if end < tokens.count, let w = lexicon.words.single(tokens[end].folded), w.is(.scale) {
            value *= w.value   // "3,5 millions", "1.28 million"
            end += 1
            scaled = true
        }
        if let h = half(tokens, at: end) {
            value += h.value * halfBase(tokens, end: end)
            end += h.count
        }
        var noun = symbol
        if noun == nil, !scaled, end + 1 < tokens.count, tokens[end].isPunctuation("-"), !tokens[end].spaceBefore,
           tokens[end + 1].kind == .word, !tokens[end + 1].spaceBefore {
            // "24-year", "10-day", "50-year-old": a compound adjective; other glued words are names.
            guard let u = units.compoundUnit(tokens[end + 1].folded) else { return nil }
            noun = CountedNoun(unit: u.unit, entry: u, start: end, end: end + 2)
            end += 2
        }
        var age = noun == nil && isAge(tokens, at: k, end: end, digits: d)
        if age { noun = CountedNoun(unit: NumberRecognizer.ageUnit, entry: nil, start: end, end: end) }
        // "un séisme de magnitude 6,4", "a magnitude 6.2 earthquake": the scale named before.
        if noun == nil, !scaled, k > 0, let u = lexicon.units.single(tokens[k - 1].folded), u.isBefore {
            noun = CountedNoun(unit: u.unit, entry: u, start: k - 1, end: k)
        }
        // "une magnitude de 7", "a magnitude of 7.0": the scale, then a link word.
        if noun == nil, !scaled, k > 1, lexicon.links.contains(tokens[k - 1].folded),
           let u = lexicon.units.single(tokens[k - 2].folded), u.isBefore {
            noun = CountedNoun(unit: u.unit, entry: u, start: k - 2, end: k - 1)
        }
        if noun == nil { noun = units.noun(after: end, in: tokens, value: value) }
        if noun == nil { noun = units.tallyNoun(before: symbol?.start ?? k, in: tokens) }
        // "âgé de 62 ans", "a 69-year-old man", "Marc Bel, 61 ans,": years of someone's life, not a
        // span of anything else ("cinq ans de prison").
        if !age, let n = noun, n.unit == NumberRecognizer.yearUnit, tellsAge(tokens, at: k, noun: n, digits: d) {
            noun = CountedNoun(unit: NumberRecognizer.ageUnit, entry: n.entry, start: n.start, end: n.end, isPart: n.isPart)
            age = true
        } else if !age, noun == nil, !scaled, d.isPlainInteger, d.value <= 120, followsAgeWord(tokens, at: k) {
            // "aged 45", « âgés de 34 » (et 41 ans), "aged 34 and 41"
            noun = CountedNoun(unit: NumberRecognizer.ageUnit, entry: nil, start: end, end: end)
            age = true
        }
        let entry = noun?.entry
        // A year, a foreign-looking decimal ("49.3" in French) or a number after "le" is a
        // quantity only when something says so: a multiplier, a known unit, a bound.
        let confirmed = scaled || entry != nil || bounded
        if d.isPlainInteger && d.leadingDigits == 4 && value >= 1000 && value <= 2100 && !confirmed { return nil }
        if d.usesForeignDecimal && !(scaled || entry != nil) { return nil }
        if k > 0, lexicon.dateArticles.contains(tokens[k - 1].folded), !(scaled || entry != nil) { return nil }
        if d.isPlainInteger && entry == nil && !bounded && symbol == nil && followsName(tokens, at: k) { return nil }
        // "l'ATR 72", "the ATR 72 aircraft", "CAC 40": a plain number after an acronym is a model
        // or index name, whatever noun follows.
        if d.isPlainInteger && !bounded && symbol == nil && k > 0 && tokens[k - 1].isAllCaps && tokens[k].spaceBefore { return nil }
        if isClockTime(tokens, at: k, noun: noun) { return nil }
        // A unit glued to the digits belongs to the mention: "12km", "£3bn".
        let glued = noun.map { $0.start == end && end < tokens.count && !tokens[end].spaceBefore } ?? false
        return Quantity(value: value * (entry?.multiplier ?? 1), approx: entry?.isApprox ?? false,
                        start: symbol?.start ?? k, end: end, noun: noun, nounInSpan: glued || (entry?.inSpan ?? false),
                        isDigits: true, isAge: age)
    }

    /// "Boeing 737", "Ligue 1", "CAC 40": a bare integer right after a name inside a sentence
    /// is part of the name.
    private func followsName(_ tokens: [Token], at k: Int) -> Bool {
        guard k >= 2, tokens[k].spaceBefore, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized else { return false }
        let before = tokens[k - 2]
        return !(before.kind == .punctuation && Self.sentenceOpeners.contains(before.folded))
    }

    /// Punctuation after which a capitalized word may just open a sentence or a quote.
    private static let sentenceOpeners: Set<String> = [".", "!", "?", ":", ";", "«", "\"", "“", "(", "-", "—", "–", "…"]

    /// The unit of years, and the unit ages are given in.
    static let yearUnit = "year"
    static let ageUnit = "age"

    /// Years after an age word ("âgé de", "aged"), before one ("years old", "-year-old"), after a
    /// person noun and a link ("un homme de 68 ans"), or between commas after a name.
    private func tellsAge(_ tokens: [Token], at k: Int, noun: CountedNoun, digits: DigitValue) -> Bool {
        guard digits.isPlainInteger, digits.value >= 1, digits.value <= 120 else { return false }
        var before = beforeAgeList(tokens, at: k)
        if before >= 0, lexicon.links.contains(tokens[before].folded) {
            if before >= 1, lexicon.agedPersons.contains(tokens[before - 1].folded) { return true }
            before -= 1
        }
        if before >= 0, lexicon.ageBefore.contains(tokens[before].folded) { return true }
        var after = noun.end
        if after < tokens.count, tokens[after].isPunctuation("-") { after += 1 }
        if after < tokens.count, lexicon.ageAfter.contains(tokens[after].folded) { return true }
        // "69-year-old": the compound's last part.
        if noun.end > noun.start, let last = tokens[noun.end - 1].folded.split(separator: "-").last,
           lexicon.ageAfter.contains(String(last)) { return true }
        return k >= 2 && tokens[k - 1].isPunctuation(",") && tokens[k - 2].kind == .word && tokens[k - 2].isCapitalized
            && noun.end < tokens.count && tokens[noun.end].isPunctuation(",")
    }

    /// The token before the number at `k`, or before the number it is listed with: « âgés de 34
    /// et 41 ans », "aged 34 and 41" are two ages told together, the cue before the first.
    private func beforeAgeList(_ tokens: [Token], at k: Int) -> Int {
        let before = k - 1
        if before >= 1, lexicon.ageListJoiners.contains(tokens[before].folded), tokens[before - 1].kind == .number { return before - 2 }
        return before
    }

    /// Right after an age word, maybe through a link (« âgés de 34 ») or as the second of two
    /// ages told together ("aged 34 and 41").
    private func followsAgeWord(_ tokens: [Token], at k: Int) -> Bool {
        var before = beforeAgeList(tokens, at: k)
        if before >= 1, lexicon.links.contains(tokens[before].folded) { before -= 1 }
        return before >= 0 && lexicon.ageBefore.contains(tokens[before].folded)
    }

    /// "Abu Omar, 44, a dit": an age between commas after a name.
    private func isAge(_ tokens: [Token], at k: Int, end: Int, digits: DigitValue) -> Bool {
        guard digits.isPlainInteger, digits.value >= 1, digits.value <= 120, k >= 2, end < tokens.count,
              tokens[k - 1].isPunctuation(","), tokens[end].isPunctuation(","),
              tokens[k - 2].kind == .word, tokens[k - 2].isCapitalized else { return false }
        return true
    }

    /// "à 22 heures", "19 heures GMT": an hour of the day, not a duration.
    private func isClockTime(_ tokens: [Token], at k: Int, noun: CountedNoun?) -> Bool {
        guard let noun, let entry = noun.entry, entry.isClock else { return false }
        if k > 0 && lexicon.clockPrepositions.contains(tokens[k - 1].folded) { return true }
        return lexicon.timeMarkers.match(tokens, at: noun.end) != nil
    }

    // MARK: words

    private func words(_ tokens: [Token], at k: Int, bounded: Bool) -> Quantity? {
        // "plusieurs statues", "a few", "des milliers", "des années"
        if let m = lexicon.words.match(tokens, at: k), m.value.is(.few) || m.value.is(.timefew) {
            let j = k + m.count
            if var q = vague(tokens, at: j) {
                q.start = k
                return q
            }
            if m.value.is(.few), j < tokens.count, let w = lexicon.words.single(tokens[j].folded),
               w.is(.hundred) || w.is(.scale) {
                // "several hundred", "a few thousand": like "des centaines", one of the unit.
                let noun = units.noun(after: j + 1, in: tokens, value: w.value)
                return Quantity(value: w.value * (noun?.entry?.multiplier ?? 1), approx: true, start: k, end: j + 1,
                                noun: noun, nounInSpan: noun?.entry?.inSpan ?? false)
            }
            if m.value.is(.few), let noun = units.noun(after: j, in: tokens, value: m.value.value) {
                return Quantity(value: m.value.value * (noun.entry?.multiplier ?? 1), approx: true, start: k, end: j,
                                noun: noun, nounInSpan: true)
            }
            if m.value.is(.timefew), j < tokens.count, let u = lexicon.units.match(tokens, at: j) ?? units.known(tokens[j].folded).map({ (1, $0) }),
               u.value.isTime {
                let noun = CountedNoun(unit: u.value.unit, entry: u.value, start: j, end: j + u.count)
                return Quantity(value: m.value.value * u.value.multiplier, approx: true, start: k, end: j,
                                noun: noun, nounInSpan: true)
            }
            if m.count > 1 || !m.value.is(.timefew) { return nil }
        }
        if let w = lexicon.words.single(tokens[k].folded), w.is(.vague) { return vague(tokens, at: k) }
        if let m = lexicon.words.match(tokens, at: k), m.value.is(.halfof) { return halfOf(tokens, at: k, count: m.count) }
        guard var n = WordNumber.parse(tokens, at: k, lexicon: lexicon, units: units) else { return nil }
        if !n.isArticleOnly, n.compoundUnit == nil, let h = half(tokens, at: n.end) {
            n.value += h.value * halfBase(tokens, end: n.end)   // "two and a half", "un million et demi"
            n.end += h.count
        }
        if n.isArticleOnly {
            // "un homme" is not a count; "une journée", "un blessé", "au moins un" are. The noun
            // must follow at once: "une nouvelle journée" is another day, not a duration.
            let noun = units.noun(after: n.end, in: tokens, value: 1)
            // "over a 2022 fire": an article before a figure opens a noun phrase; it counts nothing.
            if bounded, n.end < tokens.count, tokens[n.end].isNumber { return nil }
            if bounded { return Quantity(value: 1, approx: true, start: k, end: n.end, noun: noun, nounInSpan: false) }
            guard let noun, noun.start == n.end, let entry = noun.entry, entry.countsAfterArticle,
                  !isClockTime(tokens, at: k, noun: noun) else { return nil }
            return Quantity(value: entry.multiplier, approx: entry.isApprox, start: k, end: n.end, noun: noun, nounInSpan: true)
        }
        if n.value == 1, k > 0, lexicon.oneGuards.contains(tokens[k - 1].folded) { return nil }   // "no one"
        let noun = n.compoundUnit ?? units.noun(after: n.end, in: tokens, value: n.value)
        // A number word alone is rarely a quantity ("les deux", "one of them").
        // After a rise ("the toll has risen to six") the word alone is the count.
        guard noun != nil || bounded || n.approx || followsCountLead(tokens, at: k) else { return nil }
        if isClockTime(tokens, at: k, noun: noun) { return nil }
        let entry = noun?.entry
        return Quantity(value: n.value * (entry?.multiplier ?? 1), approx: n.approx || (entry?.isApprox ?? false),
                        start: k, end: n.end, noun: noun,
                        nounInSpan: n.compoundUnit != nil || (entry?.inSpan ?? false))
    }

    /// A phrase of `countLeads` ends right before token `k`.
    private func followsCountLead(_ tokens: [Token], at k: Int) -> Bool {
        lexicon.countLeads.contains { lead in
            k >= lead.count && lead.indices.allSatisfy { tokens[k - lead.count + $0].folded == lead[$0] }
        }
    }

    /// "half a million", "half a dozen", "half an hour": the phrase ends with the article that
    /// opens the number.
    private func halfOf(_ tokens: [Token], at k: Int, count: Int) -> Quantity? {
        let article = k + count - 1
        guard let n = WordNumber.parse(tokens, at: article, lexicon: lexicon, units: units) else { return nil }
        if !n.isArticleOnly {
            let noun = n.compoundUnit ?? units.noun(after: n.end, in: tokens, value: n.value / 2)
            return Quantity(value: n.value / 2 * (noun?.entry?.multiplier ?? 1), approx: false, start: k, end: n.end,
                            noun: noun, nounInSpan: noun?.entry?.inSpan ?? false)
        }
        guard let noun = units.noun(after: n.end, in: tokens, value: 1), noun.start == n.end,
              let entry = noun.entry, entry.isTime else { return nil }
        return Quantity(value: entry.multiplier / 2, approx: false, start: k, end: n.end, noun: noun, nounInSpan: true)
    }

    /// "milliers", "centaines de milliers", "hundreds of thousands", "dozens".
    private func vague(_ tokens: [Token], at k: Int) -> Quantity? {
        guard k < tokens.count, let w = lexicon.words.single(tokens[k].folded), w.is(.vague) else { return nil }
        var value = w.value
        var end = k + 1
        while end + 1 < tokens.count, lexicon.links.contains(tokens[end].folded),
              let next = lexicon.words.single(tokens[end + 1].folded), next.is(.vague), next.value > value {
            value *= next.value
            end += 2
        }
        let noun = units.noun(after: end, in: tokens, value: value)
        return Quantity(value: value * (noun?.entry?.multiplier ?? 1), approx: true, start: k, end: end,
                        noun: noun, nounInSpan: noun?.entry?.inSpan ?? false)
    }

    // MARK: ranges and ellipses

    /// "22 000 à 55 000 manifestants", "between 20 and 30 %": the first number counts what the second does.
    private func shareRangeUnits(_ found: inout [Quantity], _ tokens: [Token]) {
        guard found.count > 1 else { return }
        for a in stride(from: found.count - 2, through: 0, by: -1) {
            let b = found[a + 1]
            guard found[a].noun == nil, let noun = b.noun, b.start == found[a].end + 1,
                  lexicon.rangeLinks.contains(tokens[found[a].end].folded) else { continue }
            found[a].noun = noun
            found[a].value *= noun.entry?.multiplier ?? 1
        }
    }

    /// "172 personnes ont été interpellées, dont 77 à Paris", "3 morts et une trentaine de
    /// blessés, dont 4 graves": a bare number counts what the last counted number of its
    /// sentence counts.
    private func shareUnderstoodNouns(_ found: inout [Quantity], _ tokens: [Token], _ text: TextBuffer) {
        var lender: Int? = nil
        for i in found.indices {
            if let l = lender, !sameSentence(found[l], found[i], tokens, text) { lender = nil }
            if found[i].noun == nil, found[i].isDigits, let l = lender {
                found[i].noun = found[l].noun
            } else if found[i].lendsNoun {
                lender = i
            }
        }
    }

    /// No sentence end and no line break between two quantities.
    private func sameSentence(_ a: Quantity, _ b: Quantity, _ tokens: [Token], _ text: TextBuffer) -> Bool {
        guard a.spanEnd <= b.start else { return false }
        for t in tokens[a.spanEnd..<b.start] where t.kind == .punctuation && Self.sentenceEnds.contains(t.folded) {
            return false
        }
        let from = tokens[a.spanEnd - 1].end, to = tokens[b.start].start
        guard from < to else { return true }
        return !text.scalars[from..<to].contains { $0 == "\n" || $0 == "\r" }
    }

    private static let sentenceEnds: Set<String> = [".", "!", "?", "…"]
}
