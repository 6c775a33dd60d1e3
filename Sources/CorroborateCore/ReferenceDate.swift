/// What relative expressions ("dimanche", "hier", "last week", "le 7 décembre") are read
/// against. News is past-oriented: with a publication day, "dimanche" is the last Sunday on or
/// before it. When the article only gives a month and other articles of the run establish a
/// later explicit day (`anchor`), a weekday is the occurrence nearest that anchor, as a reader
/// of a narrative would take it.
public struct ReferenceDate: Hashable, Sendable {
    /// The publication date as precisely as known (front matter, dateline, --date).
    public var date: PartialDate?
    /// The latest explicit day the other articles of the run report, when `date` lacks a day.
    public var anchor: CalendarDate?

    public init(date: PartialDate?, anchor: CalendarDate? = nil) {
        self.date = date
        self.anchor = anchor
    }

    public static let unknown = ReferenceDate(date: nil)

    /// The full day relative expressions count from, when there is one.
    public var day: CalendarDate? {
        if let d = date?.calendarDate { return d }
        return anchor
    }

    /// True when `day` is a publication day: resolve past-oriented. False for an anchor.
    public var isPublicationDay: Bool { date?.calendarDate != nil }

    /// The year dates without a year take, when known.
    public var year: Int? { date?.year ?? anchor?.year }
    public var month: Int? { date?.month ?? anchor?.month }
}
