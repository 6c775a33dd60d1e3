import CorroborateCore

/// The time knowledge of one language, as one table of rows `category | words | fields…`
/// (`words` may list several, comma-separated; words are folded when read). Adding a language
/// means writing one such table in a new file and listing it in `all`; the engine is untouched.
///
/// Categories (fields after the words):
/// - Calendar: `month` (number, options `abbr`, `capital`), `weekday` (1 = Monday … 7),
///   `ordinal-suffix` ("er", "th"), `day-month-joiner` ("of"), `date-order` (`dm`, `md`),
///   `numeric-order` (`dmy`, `mdy`).
/// - Around a date: `date-prefix` (part of the expression: "le", "on"; option `past`/`future`),
///   `date-suffix` ("dernier": `past`/`future`), `part-of-day`, `part-of-day-joiner`,
///   `month-trigger` (makes a lone month a date: "en"), `of-link` ("de" in "la nuit de samedi"),
///   `future-cue` (a weekday after it lies ahead: "prévue"), `future-ending` (a verb's
///   future ending, which makes the verb such a cue: "-ront" in « resteront »).
/// - Read against the reference: `relative` (unit `day`/`week`/`weekend`/`pastweekend`/`month`/
///   `year`, offset, accepted prefix words, options `of`, `anaphor`, `narrative`), `ago-prefix`,
///   `ago-suffix`.
/// - Durations: `unit` (count, designator Y/M/W/D/H/MIN, options `vague=XX`, `noarticle`,
///   `novague`), `unit-adjective`, `number` (value, options `article`, `multiplier`),
///   `number-joiner`, `collective` (value or `vague`), `collective-link`, `vague`, `approximate`,
///   `half`.
/// - Not a time: `not-time` (names such as "Journal du dimanche"), `decade-word`,
///   `clock-before`, `clock-after`, `year-preposition`,
///   `year-determiner`, `range-joiner`, `plural-ending`, `function-word`.
struct TimeLanguageTable: Sendable {
    let language: Language
    let rows: String

    /// Every language with a time table.
    static let all: [TimeLanguageTable] = [.french, .english]
}
