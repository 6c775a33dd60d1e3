import CorroborateCore

/// A normalized time value, before it becomes a `TimeMention`.
enum TimeValue: Sendable, Equatable {
    /// A day, month or year; `relative` when read against the reference date.
    case date(PartialDate, relative: Bool)
    /// An ISO week ("2024-W49") or weekend ("2023-W12-WE").
    case week(String, relative: Bool)
    /// An ISO 8601 duration ("P24Y", "PT24H", "PXD").
    case duration(String)
}

/// Tokens `start..<end` recognized as one expression. A nil value claims the tokens without
/// reporting them: a clock time ("à 22 heures") or a decade ("les années 1990") must not leave
/// their parts to be read as a duration or a year.
struct TimeMatch: Sendable {
    var start: Int
    var end: Int
    var value: TimeValue?
}
