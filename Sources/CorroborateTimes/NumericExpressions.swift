import CorroborateCore

/// Dates written with digits only: "8/12/2024", "08.12.2024", "2024-12-08", the month stamp
/// "2024-12", and years standing alone ("en 2015", "in 2011") but not counts ("2015 personnes").
extension TimeScanner {
    static let dateSeparators = ["-", "/", "."]
    /// Signs glued before a number that make it an amount, not a year.
    static let countSigns: Set<String> = ["$", "€", "£", "#", "+", "×"]

    func numericDate(at i: Int) -> TimeMatch? {
        guard isNumber(i) else { return nil }
        // "08.12.2024" is one number token.
        if tokens[i].folded.unicodeScalars.contains(".") {
            let parts = tokens[i].folded.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, !hasAttachedLetters(i),
                  let a = Int(String(parts[0])), let b = Int(String(parts[1])), let c = Int(String(parts[2])),
                  parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
                  let date = dayMonthYear(a, b, c, digitsOfYear: parts[2].count) else { return nil }
            return TimeMatch(start: i, end: i + 1, value: .date(date, relative: false))
        }
        guard let first = plainInt(i) else { return nil }
        let separator = Self.dateSeparators.first { isPunct(i + 1, $0) && attached(i + 1) }
        guard let sep = separator, attached(i + 2), let second = plainInt(i + 2) else { return nil }
        let third: (value: Int, digits: Int)? =
            isPunct(i + 3, sep) && attached(i + 3) && attached(i + 4) ? plainInt(i + 4) : nil
        if first.digits == 4 {
            // "2024-12-08", "2024/12/08", the stamp "2024-12"
            guard second.digits == 2, (1...12).contains(second.value) else { return nil }
            if let d = third {
                guard d.digits == 2, !hasAttachedLetters(i + 4),
                      CalendarDate(validYear: first.value, month: second.value, day: d.value) != nil else { return nil }
                return TimeMatch(start: i, end: i + 5, value: .date(PartialDate(year: first.value, month: second.value, day: d.value), relative: false))
            }
            guard sep == "-", !hasAttachedLetters(i + 2), !(isPunct(i + 3, sep) && attached(i + 3)),
                  (1900...2100).contains(first.value) else { return nil }
            return TimeMatch(start: i, end: i + 3, value: .date(PartialDate(year: first.value, month: second.value), relative: false))
        }
        // "8/12/2024", "08-12-2024", "8/12/24"
        guard first.digits <= 2, second.digits <= 2, let y = third, y.digits == 2 || y.digits == 4, !hasAttachedLetters(i + 4),
              let date = dayMonthYear(first.value, second.value, y.value, digitsOfYear: y.digits) else { return nil }
        return TimeMatch(start: i, end: i + 5, value: .date(date, relative: false))
    }

    /// Day and month in the language's order unless a value over 12 says which is the day.
    private func dayMonthYear(_ a: Int, _ b: Int, _ rawYear: Int, digitsOfYear: Int) -> PartialDate? {
        let year = digitsOfYear == 2 ? rawYear + (rawYear < 50 ? 2000 : 1900) : rawYear
        var (day, month) = lexicon.numericDayFirst ? (a, b) : (b, a)
        if month > 12 && day <= 12 { swap(&day, &month) }
        guard CalendarDate(validYear: year, month: month, day: day) != nil else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    func year(at i: Int) -> TimeMatch? {
        guard let n = plainInt(i), n.digits == 4, isYear(at: i, strong: false) else { return nil }
        return TimeMatch(start: i, end: i + 1, value: .date(PartialDate(year: n.value), relative: false))
    }

    /// "les années 1990": claimed so that 1990 is not read as a year.
    func decade(at i: Int) -> TimeMatch? {
        guard let w = folded(i), isWord(i), lexicon.decadeWords.contains(w),
              let n = plainInt(i + 1), n.digits == 4, n.value % 10 == 0 else { return nil }
        return TimeMatch(start: i, end: i + 2, value: nil)
    }

    /// Whether the four-digit number at `i` is a year. `strong` when the context already says
    /// so (after a month). Otherwise a year is 1900–2100 (any year after "en"/"in"), and is
    /// not followed by a plural noun, a clock or percent sign, nor counted ("plus de 2000").
    /// `afterMonth`: a month's name stands just before it.
    func isYear(at i: Int, strong: Bool, afterMonth: Bool = false) -> Bool {
        guard let n = plainInt(i), n.digits == 4, !hasAttachedLetters(i) else { return false }
        if let next = folded(i + 1), isPunct(i + 1, "%") || lexicon.clockAfter.contains(next) { return false }
        // "$2000", "+2015"
        if attached(i), let prev = folded(i - 1), Self.countSigns.contains(prev) { return false }
        let prevWord = folded(i - 1)
        // After a preposition, or second in a range of years ("1914-1918").
        let afterPreposition = strong || prevWord.map { lexicon.yearPrepositions.contains($0) } == true
            || (prevWord.map { lexicon.rangeJoiners.contains($0) || $0 == "-" || $0 == "–" } == true
                && plainInt(i - 2)?.digits == 4)
        guard (1900...2100).contains(n.value) || (afterPreposition && (1000...2100).contains(n.value)) else { return false }
        if !afterPreposition, endsApproximator(at: i) { return false }
        // A range: "2014-2015" holds years, "2000 à 3000 manifestants" counts.
        if let joiner = folded(i + 1), lexicon.rangeJoiners.contains(joiner) || joiner == "-" || joiner == "–",
           let other = plainInt(i + 2), other.digits == 4 {
            return isYear(at: i + 2, strong: true)
        }
        // After a month the number is the year even before a plural: "the February 2023 earthquakes".
        if !afterMonth, isWord(i + 1), let next = folded(i + 1), !tokens[i + 1].isCapitalized, !lexicon.functionWords.contains(next) {
            if lexicon.looksPlural(next) { return false }
            // "in 2011 following…", "the 2011 uprising"
            return afterPreposition || prevWord.map { lexicon.yearDeterminers.contains($0) } == true
        }
        return true
    }

    /// "plus de", "over" just before token `i`: the number is a count.
    private func endsApproximator(at i: Int) -> Bool {
        for back in 1...3 where i - back >= 0 {
            for m in lexicon.approximators.matches(tokens, at: i - back) where m.end == i { return true }
        }
        return false
    }
}
