import CorroborateCore

/// Durations: "24 ans", "vingt-quatre ans", "près de 25 ans", "moins de deux semaines",
/// "un demi-siècle", "over five decades", "24-year", "quelques jours" (PXD), "une dizaine
/// d'années"; and durations counted back from the reference, "il y a 50 ans", "two weeks ago".
extension TimeScanner {
    struct DurationCore {
        /// nil: an unknown number ("quelques", "several").
        let amount: Int?
        let unit: DurationUnit
        /// Where the count starts (after "près de") and where the unit ends.
        let countStart: Int
        var end: Int
        let unitWord: String
        /// "et demi", "and a half" after the unit.
        var plusHalf = false
    }

    func duration(at i: Int) -> TimeMatch? {
        var j = i
        var ago = false
        if let prefix = lexicon.agoPrefixes.match(tokens, at: i) {
            j = prefix.end
            ago = true
        }
        guard var core = durationCore(at: j) else { return nil }
        // A count no calendar holds ("cent cent cent… siècles") is no duration: its value in
        // the unit's designator must leave room for arithmetic on it.
        if let amount = core.amount {
            let whole = amount.multipliedReportingOverflow(by: core.unit.count)
            guard !whole.overflow, whole.partialValue < Int.max / 4 else { return nil }
        }
        if core.amount != nil, let half = lexicon.halves.match(tokens, at: core.end) {
            core.end = half.end
            core.plusHalf = true
        }
        // "à 22 heures", "19 heures GMT", "22 heures 30", "10 heures à 18 heures": a clock time.
        if core.unit.designator.isTimeOfDay, core.amount != nil,
           (!ago && folded(core.countStart - 1).map({ lexicon.clockBefore.contains($0) }) == true)
            || folded(core.end).map({ lexicon.clockAfter.contains($0) }) == true
            || isNumber(core.end)
            || (folded(core.end).map({ lexicon.rangeJoiners.contains($0) }) == true && isNumber(core.end + 1)) {
            return TimeMatch(start: j, end: core.end, value: nil)
        }
        // "des années 1990": a decade, neither a duration nor a year.
        if lexicon.decadeWords.contains(core.unitWord), let n = plainInt(core.end), n.digits == 4 {
            return TimeMatch(start: j, end: core.end + 1, value: nil)
        }
        var end = core.end
        if !ago, let suffix = lexicon.agoSuffixes.match(tokens, at: end) {
            ago = true
            end = suffix.end
        }
        if ago, let amount = core.amount, let value = resolver.ago(amount: amount, unit: core.unit) {
            return TimeMatch(start: i, end: end, value: value)
        }
        // An unresolvable "il y a quelques jours" is still "quelques jours".
        return TimeMatch(start: j, end: core.end, value: .duration(Self.iso(core)))
    }

    static func iso(_ core: DurationCore) -> String {
        let t = core.unit.designator.isTimeOfDay ? "T" : ""
        // Vague durations are written without the "T" ("plusieurs heures" is PXH), except
        // minutes, whose letter would read as months.
        guard let amount = core.amount else {
            return "P\(core.unit.designator == .minute ? "T" : "")X\(core.unit.vagueDesignator)"
        }
        let whole = amount * core.unit.count
        // "un an et demi" is P1.5Y (ISO 8601 allows a decimal fraction in the last component).
        let number = !core.plusHalf ? "\(whole)"
            : core.unit.count % 2 == 0 ? "\(whole + core.unit.count / 2)"
            : "\(whole + core.unit.count / 2).5"
        return "P\(t)\(number)\(core.unit.designator.letter)"
    }

    private func durationCore(at j: Int) -> DurationCore? {
        var k = j
        if let approx = lexicon.approximators.match(tokens, at: k) { k = approx.end }
        let countStart = k
        var amount: Int?
        var isArticle = false
        var isDigits = false
        if let vague = lexicon.vagueQuantifiers.match(tokens, at: k) {
            amount = nil
            k = vague.end
        } else if let n = numeral(at: k) {
            amount = n.value
            isArticle = n.isArticle
            isDigits = n.isDigits
            k = n.end
        } else if let w = folded(k), lexicon.collectives[w] != nil {
            amount = 1  // "dozens of years": the collective counts alone
            isArticle = true
        } else {
            return compoundDuration(at: k, countStart: countStart)
        }
        // "une dizaine d'années", "des dizaines d'années", "a dozen years"
        if isWord(k), let w = folded(k), let collective = lexicon.collectives[w] {
            if let size = collective, let n = amount {
                let product = size.multipliedReportingOverflow(by: isArticle ? 1 : n)
                guard !product.overflow else { return nil }
                amount = product.partialValue
            } else {
                amount = nil
            }
            isArticle = false
            isDigits = false
            k += 1
            if let link = folded(k), lexicon.collectiveLinks.contains(link) { k += 1 }
        }
        // "les 24 dernières heures"
        if let w = folded(k), lexicon.unitAdjectives.contains(w), let next = folded(k + 1), lexicon.units[next] != nil { k += 1 }
        if isWord(k), let w = folded(k), let unit = lexicon.units[w] {
            guard unit.takesArticle || !isArticle, unit.takesVague || amount != nil else { return nil }
            return DurationCore(amount: amount, unit: unit, countStart: countStart, end: k + 1, unitWord: w)
        }
        // "24-year regime", "over 50-year rule"
        if isDigits, isPunct(k, "-"), attached(k), attached(k + 1), isWord(k + 1), let w = folded(k + 1), let unit = lexicon.units[w] {
            return DurationCore(amount: amount, unit: unit, countStart: countStart, end: k + 2, unitWord: w)
        }
        return nil
    }

    /// "five-year", "vingt-quatre-heures": number words and a unit in one hyphenated word.
    private func compoundDuration(at k: Int, countStart: Int) -> DurationCore? {
        guard isWord(k), let word = folded(k), let dash = word.unicodeScalars.lastIndex(of: "-") else { return nil }
        let unitWord = String(word[word.index(after: dash)...])
        guard let unit = lexicon.units[unitWord], let parts = lexicon.numberWordParts(String(word[..<dash])),
              !(parts.count == 1 && parts[0].isArticle), let amount = TimeLexicon.combine(parts) else { return nil }
        return DurationCore(amount: amount, unit: unit, countStart: countStart, end: k + 1, unitWord: unitWord)
    }
}
