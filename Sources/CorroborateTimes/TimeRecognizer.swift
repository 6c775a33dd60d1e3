import CorroborateCore

/// Finds time expressions in tokenized text and normalizes them to ISO 8601, in the manner of
/// HeidelTime: a language-neutral engine (the `TimeScanner` matchers and `TimeResolver`) reads
/// per-language tables (`Languages/`). Dates ("le 7 décembre", "December 8, 2024", "8/12/2024",
/// "2015"), expressions read against the reference date ("dimanche", "hier", "last week",
/// "il y a 50 ans") and durations ("24 ans", "moins de deux semaines", "quelques jours").
/// Clock times are skipped; overlapping readings give way to the longest.
public struct TimeRecognizer: Sendable {
    let lexicon: TimeLexicon

    public init(language: Language) {
        self.lexicon = TimeLexicon.forLanguage(language)
    }

    /// The token is a verb in the future tense (the language's `future-ending` rows): what is
    /// told in it is planned, not done.
    public func isFutureVerb(_ t: Token) -> Bool {
        lexicon.isFutureVerb(t)
    }

    /// All time expressions in tokens (already tokenized with CorroborateText.Tokenizer over `text`), normalized against `reference`.
    public func recognize(tokens: [Token], text: TextBuffer, reference: ReferenceDate) -> [TimeMention] {
        let scanner = TimeScanner(tokens: tokens, lexicon: lexicon, resolver: TimeResolver(reference: reference))
        var mentions: [TimeMention] = []
        // The day the text last spoke of, for "ce jour-là" / "that morning".
        var lastDay: CalendarDate? = nil
        var i = 0
        while i < tokens.count {
            guard let match = scanner.match(at: i, lastDay: lastDay) else {
                i += 1
                continue
            }
            if let value = match.value, match.start < match.end {
                let mention = Self.mention(value, tokens[match.start].start, tokens[match.end - 1].end, text)
                if let day = mention.date?.calendarDate { lastDay = day }
                mentions.append(mention)
            }
            i = max(match.end, i + 1)
        }
        return mentions
    }

    private static func mention(_ value: TimeValue, _ start: Int, _ end: Int, _ text: TextBuffer) -> TimeMention {
        let surface = text.text(start, end)
        switch value {
        case let .date(date, relative):
            return TimeMention(text: surface, value: date.iso, kind: .date, start: start, end: end, date: date, isRelative: relative)
        case let .week(week, relative):
            return TimeMention(text: surface, value: week, kind: .week, start: start, end: end, isRelative: relative)
        case let .duration(duration):
            return TimeMention(text: surface, value: duration, kind: .duration, start: start, end: end)
        }
    }
}
