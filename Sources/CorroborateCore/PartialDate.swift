/// A date as precise as a text tells it: a year, a month of a year, a day; the year may be
/// open ("le 7 décembre" with no year anywhere: `XXXX-12-07`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// Parses `2024`, `2024-12`, `2024-12-08`, `XXXX-12-07`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return nil }
        var y: Int? = nil
        if parts[0] != "XXXX" {
            guard let v = Int(parts[0]), v >= 1 else { return nil }
            y = v
        }
        var m: Int? = nil, d: Int? = nil
        if parts.count >= 2 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), let mm = m,
                  v >= 1, v <= CalendarDate.daysIn(month: mm, year: y ?? 2000) else { return nil }
            d = v
        }
        if y == nil && m == nil { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The full day when year, month and day are known.
    public var calendarDate: CalendarDate? {
        guard let y = year, let m = month, let d = day else { return nil }
        return CalendarDate(validYear: y, month: m, day: d)
    }

    public var iso: String {
        var s = year.map { zeroPadded($0, width: 4) } ?? "XXXX"
        if let m = month {
            s += "-" + zeroPadded(m, width: 2)
            if let d = day { s += "-" + zeroPadded(d, width: 2) }
        }
        return s
    }

    public var description: String { iso }

    /// Same day, or one of the two is a coarser period containing the other
    /// (2024-12 contains 2024-12-08; an open year matches any year).
    public func isCompatible(with other: PartialDate) -> Bool {
        if let a = year, let b = other.year, a != b { return false }
        if let a = month, let b = other.month, a != b { return false }
        if let a = day, let b = other.day, a != b { return false }
        return true
    }

    /// Whole months between the two periods (0 when they touch or overlap), nil when a year is open.
    public func monthsApart(from other: PartialDate) -> Int? {
        guard let a = year, let b = other.year else { return nil }
        let lo1 = a * 12 + (month.map { $0 - 1 } ?? 0), hi1 = a * 12 + (month.map { $0 - 1 } ?? 11)
        let lo2 = b * 12 + (other.month.map { $0 - 1 } ?? 0), hi2 = b * 12 + (other.month.map { $0 - 1 } ?? 11)
        return max(0, lo2 - hi1, lo1 - hi2)
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        ((a.year ?? 0), (a.month ?? 0), (a.day ?? 0)) < ((b.year ?? 0), (b.month ?? 0), (b.day ?? 0))
    }
}
