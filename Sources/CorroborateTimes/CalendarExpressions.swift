import CorroborateCore

/// Dates written with calendar words: "le 7 décembre", "ce jeudi 23 mars 2023", "Nov. 27",
/// "December 8, 2024", "juillet 2000", "janvier prochain", "on Sunday", "early Sunday morning",
/// "dimanche soir".
extension TimeScanner {
    /// What a calendar expression states, before the reference date is applied.
    struct CalendarCore {
        var end: Int
        var weekday: Int? = nil
        var day: Int? = nil
        var month: Int? = nil
        var year: Int? = nil
        /// A month with neither day nor year: a date only in context ("en décembre").
        var isBareMonth = false
    }

    static let sentenceEnds: Set<String> = [".", "!", "?", ";"]
    /// Words a future cue reaches forward over: a few in its sentence, more within its clause.
    static let futureCueNear = 4
    static let futureCueReach = 8

    func calendar(at i: Int) -> TimeMatch? {
        // Longest prefix first ("earlier on Sunday" before "earlier"), then none.
        for (end, orientation) in lexicon.datePrefixes.matches(tokens, at: i) {
            if let m = calendarExpression(start: i, coreAt: end, orientation: orientation, prefixed: true) { return m }
        }
        return calendarExpression(start: i, coreAt: i, orientation: .none, prefixed: false)
    }

    private func calendarExpression(start: Int, coreAt j: Int, orientation prefixOrientation: Orientation, prefixed: Bool) -> TimeMatch? {
        guard let core = calendarCore(at: j) else { return nil }
        var orientation = prefixOrientation
        var end = core.end
        let isDay = core.day != nil || core.weekday != nil
        // "dernier"/"prochain" and a part of the day, in either order.
        for _ in 0..<2 {
            if orientation == .none, core.year == nil, let w = folded(end), isWord(end), let o = lexicon.dateSuffixes[w] {
                orientation = o
                end += 1
            } else if isDay, let e = partOfDay(at: end) {
                end = e
            }
        }
        // « prévue pour lundi », « doit prêter serment le 7 janvier » (read in November): a day
        // after a future cue lies ahead.
        if orientation == .none, core.year == nil, core.weekday != nil || (core.month != nil && core.day != nil), followsFutureCue(start) {
            orientation = .ahead
        }
        if core.isBareMonth {
            // A month alone must be pointed ("janvier prochain", "last December") or follow a
            // trigger that is not part of it ("en décembre").
            let triggered = !prefixed && endsMonthTrigger(at: j)
            guard orientation != .none || triggered else { return nil }
        }
        return TimeMatch(start: start, end: end, value: calendarValue(core, orientation))
    }

    /// A future cue ("prévue pour", "will") among the few words before `start`, same sentence;
    /// further back, same clause: « doit recevoir la directrice générale Claire Vasseur jeudi ».
    private func followsFutureCue(_ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, k >= start - Self.futureCueReach {
            if tokens[k].kind == .punctuation, Self.sentenceEnds.contains(tokens[k].folded) { return false }
            if k < start - Self.futureCueNear, tokens[k].kind == .punctuation { return false }
            if lexicon.futureCues.contains(tokens[k].folded) || lexicon.isFutureVerb(tokens[k]) { return true }
            k -= 1
        }
        return false
    }

    /// nil value (the tokens still claimed) for a weekday without a reference day. A date
    /// pointed by "dernier"/"prochain"/"last"/"next" is read against the reference (relative):
    /// "janvier prochain" must not anchor other articles as if stated.
    private func calendarValue(_ core: CalendarCore, _ orientation: Orientation) -> TimeValue? {
        if let month = core.month {
            let pointed = orientation != .none && core.year == nil
            if let day = core.day {
                return resolver.date(day: day, month: month, year: core.year, orientation: orientation)
                    .map { .date($0, relative: pointed) }
            }
            return .date(resolver.month(month, year: core.year, orientation: orientation), relative: pointed)
        }
        if let w = core.weekday, let d = resolver.weekday(w, orientation: orientation) {
            return .date(PartialDate(d), relative: true)
        }
        return nil
    }

    /// A weekday with an optional date after it, a day and a month, or a month.
    func calendarCore(at j: Int) -> CalendarCore? {
        if isWord(j), let w = lexicon.weekdays[tokens[j].folded] {
            var core = CalendarCore(end: j + 1, weekday: w)
            let k = isPunct(j + 1, ",") ? j + 2 : j + 1
            if let date = dayAndMonth(at: k) {
                core.day = date.day
                core.month = date.month
                core.year = date.year
                core.end = date.end
            }
            return core
        }
        if let date = dayAndMonth(at: j) { return date }
        if let m = triggeredMonthWord(at: j) {
            let y = yearAfter(j + 1)
            return CalendarCore(end: y?.end ?? j + 1, month: m, year: y?.year)
        }
        if let m = month(at: j) {
            if let y = yearAfter(m.end) { return CalendarCore(end: y.end, month: m.month, year: y.year) }
            guard !m.isAbbreviation else { return nil }
            return CalendarCore(end: m.end, month: m.month, isBareMonth: true)
        }
        return nil
    }

    /// "7 décembre", "1er décembre", "8th of December", "December 8", each with an optional year.
    private func dayAndMonth(at j: Int) -> CalendarCore? {
        if lexicon.dayFirst, let d = dayNumber(at: j) {
            var k = d.end
            if let w = folded(k), lexicon.dayMonthJoiners.contains(w), month(at: k + 1) != nil { k += 1 }
            if let m = month(at: k) {
                let y = yearAfter(m.end)
                return CalendarCore(end: y?.end ?? m.end, day: d.day, month: m.month, year: y?.year)
            }
        }
        if lexicon.monthFirst, let m = month(at: j), let d = dayNumber(at: m.end) {
            let y = yearAfter(d.end)
            return CalendarCore(end: y?.end ?? d.end, day: d.day, month: m.month, year: y?.year)
        }
        return nil
    }

    /// A trigger phrase ending just before token `j` ("en", "au mois de").
    private func endsMonthTrigger(at j: Int) -> Bool {
        if let w = folded(j - 1), lexicon.monthTriggers.contains(w) { return true }
        for back in 2...3 where j - back >= 0 {
            for m in lexicon.monthTriggerPhrases.matches(tokens, at: j - back) where m.end == j { return true }
        }
        return false
    }

    /// "mi-décembre", "mid-December": a trigger and a month in one hyphenated word.
    private func triggeredMonthWord(at k: Int) -> Int? {
        guard isWord(k), let word = folded(k), let dash = word.unicodeScalars.lastIndex(of: "-"),
              lexicon.monthTriggers.contains(String(word[..<dash])),
              let m = lexicon.months[String(word[word.index(after: dash)...])], !m.isAbbreviation else { return nil }
        return m.month
    }

    /// A month word, with the period of an abbreviation ("déc.", "Nov.").
    private func month(at k: Int) -> (month: Int, end: Int, isAbbreviation: Bool)? {
        guard isWord(k), let m = lexicon.months[tokens[k].folded] else { return nil }
        if m.needsCapital && !tokens[k].isCapitalized { return nil }
        var end = k + 1
        if m.isAbbreviation, isPunct(end, "."), attached(end) { end += 1 }
        return (m.month, end, m.isAbbreviation)
    }

    /// A day of the month, 1 to 31, with an attached ordinal suffix ("1er", "8th").
    private func dayNumber(at k: Int) -> (day: Int, end: Int)? {
        guard let n = plainInt(k), n.digits <= 2, (1...31).contains(n.value) else { return nil }
        guard hasAttachedLetters(k) else { return (n.value, k + 1) }
        guard let suffix = folded(k + 1), lexicon.ordinalSuffixes.contains(suffix) else { return nil }
        return (n.value, k + 2)
    }

    /// A year after a day and month or a month ("2024", ", 2024"; after a comma a plural noun
    /// still makes it a count: "le 8 décembre, 2000 personnes").
    private func yearAfter(_ k: Int) -> (year: Int, end: Int)? {
        let y = isPunct(k, ",") ? k + 1 : k
        guard let n = plainInt(y), n.digits == 4, isYear(at: y, strong: true, afterMonth: y == k) else { return nil }
        return (n.value, y + 1)
    }
}
