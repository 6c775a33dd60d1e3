import CorroborateCore

/// Reads expressions against the reference date, as HeidelTime reads them against its
/// document creation time: years of dates that give none, weekdays, relative days, weeks,
/// months and years. Returns nil where the reference lacks what a value needs.
struct TimeResolver: Sendable {
    let reference: ReferenceDate

    /// How far after the reference a date without a year may lie before it is taken from the
    /// year before: news reports the past, so "27 novembre" read in January is last November.
    static let horizonDays = 62
    static let horizonMonths = 2

    // MARK: Stated dates

    /// A day of a month, its year given or inferred; nil when the day does not exist.
    func date(day: Int, month: Int, year: Int?, orientation: Orientation) -> PartialDate? {
        if let y = year {
            guard CalendarDate(validYear: y, month: month, day: day) != nil else { return nil }
            return PartialDate(year: y, month: month, day: day)
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        guard let y = inferYear(month: month, day: day, orientation: orientation),
              CalendarDate(validYear: y, month: month, day: day) != nil
        else { return PartialDate(year: nil, month: month, day: day) }
        return PartialDate(year: y, month: month, day: day)
    }

    /// A month, its year given or inferred ("janvier prochain" read in December is next year's).
    func month(_ month: Int, year: Int?, orientation: Orientation) -> PartialDate {
        if let y = year { return PartialDate(year: y, month: month) }
        return PartialDate(year: inferYear(month: month, day: nil, orientation: orientation), month: month)
    }

    private func inferYear(month: Int, day: Int?, orientation: Orientation) -> Int? {
        guard let y = reference.year else { return nil }
        guard let refMonth = reference.month else { return y }
        // How far the date, taken in the reference year, lies after the reference:
        // in days when both days are known, else in months.
        let after: Int, horizon: Int
        if let d = day, let refDay = reference.day,
           let candidate = CalendarDate(validYear: y, month: month, day: min(d, CalendarDate.daysIn(month: month, year: y))) {
            after = candidate.dayNumber - refDay.dayNumber
            horizon = Self.horizonDays
        } else {
            after = month - refMonth
            horizon = Self.horizonMonths
        }
        // A month alone named "last" is a month before the reference month ("décembre dernier"
        // read in December is a year ago); a day is compared with the reference day.
        let samePeriodIsPast = day != nil
        switch orientation {
        case .past: return after > 0 || (after == 0 && !samePeriodIsPast) ? y - 1 : y
        case .future: return after <= 0 ? y + 1 : y
        case .ahead: return after < 0 ? y + 1 : y
        case .none: return after > horizon ? y - 1 : y
        }
    }

    // MARK: Read against the reference

    /// A weekday: with a publication day, the last such day on or before it (past-oriented);
    /// with only an anchor day, the occurrence nearest it; with no day, nil.
    func weekday(_ w: Int, orientation: Orientation) -> CalendarDate? {
        guard let day = reference.day else { return nil }
        let back = (day.weekday - w + 7) % 7
        let forward = (w - day.weekday + 7) % 7
        switch orientation {
        case .past: return day.adding(days: -(back == 0 ? 7 : back))
        case .future: return day.adding(days: forward == 0 ? 7 : forward)
        case .ahead: return day.adding(days: forward)
        case .none:
            if reference.isPublicationDay || forward >= back { return day.adding(days: -back) }
            return day.adding(days: forward)
        }
    }

    func day(offset: Int) -> CalendarDate? {
        reference.day?.adding(days: offset)
    }

    /// ISO week of the reference day, `offset` weeks away: "2024-W49".
    func week(offset: Int) -> String? {
        guard let d = reference.day?.adding(days: 7 * offset) else { return nil }
        let w = d.isoWeek
        return "\(zeroPadded(w.year, width: 4))-W\(zeroPadded(w.week, width: 2))"
    }

    func weekend(offset: Int) -> String? {
        week(offset: offset).map { $0 + "-WE" }
    }

    /// The last weekend begun on or before the reference day ("over the weekend" on a Monday).
    func pastWeekend() -> String? {
        guard let d = reference.day else { return nil }
        let saturday = d.adding(days: -((d.weekday - 6 + 7) % 7))
        let w = saturday.isoWeek
        return "\(zeroPadded(w.year, width: 4))-W\(zeroPadded(w.week, width: 2))-WE"
    }

    func month(offset: Int) -> PartialDate? {
        guard let y = reference.year, let m = reference.month else { return nil }
        let index = y * 12 + (m - 1) + offset
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }

    func year(offset: Int) -> PartialDate? {
        reference.year.map { PartialDate(year: $0 + offset) }
    }

    /// "il y a 50 ans", "three days ago": the reference moved back by a duration, as precise
    /// as the unit (a year, a month, a week, a day). Nil for hours and minutes.
    func ago(amount: Int, unit: DurationUnit) -> TimeValue? {
        let product = amount.multipliedReportingOverflow(by: unit.count)
        // Further back than ten thousand years is no date of a news story, and the calendar
        // arithmetic below would overflow on counts such as "cent cent cent… siècles".
        let horizon: Int
        switch unit.designator {
        case .year: horizon = 10_000
        case .month: horizon = 120_000
        case .week: horizon = 522_000
        case .day: horizon = 3_653_000
        case .hour, .minute: return nil
        }
        guard !product.overflow, abs(product.partialValue) <= horizon else { return nil }
        let total = product.partialValue
        switch unit.designator {
        case .year: return year(offset: -total).map { .date($0, relative: true) }
        case .month: return month(offset: -total).map { .date($0, relative: true) }
        case .week: return week(offset: -total).map { .week($0, relative: true) }
        case .day: return day(offset: -total).map { .date(PartialDate($0), relative: true) }
        case .hour, .minute: return nil
        }
    }
}
