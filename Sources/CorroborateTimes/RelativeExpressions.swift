import CorroborateCore

/// Phrases read against the reference date from the language's `relative` rows: "hier",
/// "avant-hier", "Au lendemain", "dans la journée", "la semaine dernière", "earlier in the week",
/// "ce week-end", "l'an dernier", "ce jour-là".
extension TimeScanner {
    func relative(at i: Int, lastDay: CalendarDate?) -> TimeMatch? {
        var hit = lexicon.relatives.match(tokens, at: i)
        // A prefix the phrase accepts ("au" in "au lendemain") makes the longer reading.
        if let w = folded(i), lexicon.relativePrefixWords.contains(w),
           let prefixed = lexicon.relatives.match(tokens, at: i + 1), prefixed.value.prefixes.contains(w) {
            hit = prefixed
        }
        guard let (phraseEnd, entry) = hit else { return nil }

        // "dans la nuit de samedi", "dans la matinée du 8 décembre": the day named after it.
        if entry.takesOf, let link = folded(phraseEnd), lexicon.ofLinks.contains(link),
           let day = calendar(at: phraseEnd + 1), case let .date(date, _)? = day.value, date.day != nil {
            return TimeMatch(start: i, end: day.end, value: day.value)
        }

        // « la fin de l’année 2023 », « le début du mois de mars »: the period named after the
        // phrase, which is read on its own, not the reference's.
        if entry.unit == .year || entry.unit == .month,
           year(at: phraseEnd) != nil || (folded(phraseEnd).map(lexicon.ofLinks.contains) == true && calendar(at: phraseEnd + 1) != nil) {
            return nil
        }
        var end = phraseEnd
        if entry.unit == .day, let e = partOfDay(at: end) { end = e }  // "hier soir"
        return TimeMatch(start: i, end: end, value: relativeValue(entry, lastDay: lastDay))
    }

    private func relativeValue(_ entry: RelativeEntry, lastDay: CalendarDate?) -> TimeValue? {
        if entry.isAnaphor || (entry.isNarrative && lastDay != nil) {
            return lastDay.map { .date(PartialDate($0.adding(days: entry.offset)), relative: true) }
        }
        switch entry.unit {
        case .day: return resolver.day(offset: entry.offset).map { .date(PartialDate($0), relative: true) }
        case .week: return resolver.week(offset: entry.offset).map { .week($0, relative: true) }
        case .weekend: return resolver.weekend(offset: entry.offset).map { .week($0, relative: true) }
        case .pastweekend: return resolver.pastWeekend().map { .week($0, relative: true) }
        case .month: return resolver.month(offset: entry.offset).map { .date($0, relative: true) }
        case .year: return resolver.year(offset: entry.offset).map { .date($0, relative: true) }
        }
    }
}
