import Testing
import CorroborateCore
import CorroborateText
@testable import CorroborateTimes

// Every example table runs for its language; a failure shows the sentence, what was expected
// and what was found, as (text = value) lines.

@Suite("Dates stated with calendar words")
struct AbsoluteDateTests {
    @Test("French", arguments: FrenchTimeExamples.absoluteDates)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.absoluteDates)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Dates without a year take it from the reference, past-oriented")
struct YearInferenceTests {
    @Test("French", arguments: FrenchTimeExamples.yearInference)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.yearInference)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Weekdays: the last one on or before the publication day")
struct WeekdayTests {
    @Test("French", arguments: FrenchTimeExamples.weekdays)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.weekdays)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Weekdays: the nearest to an anchor day; none without a day")
struct WeekdayAnchorTests {
    @Test("French", arguments: FrenchTimeExamples.weekdaysWithAnchor)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.weekdaysWithAnchor)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Relative days and durations counted back")
struct RelativeDayTests {
    @Test("French", arguments: FrenchTimeExamples.relativeDays)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.relativeDays)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Weeks, weekends, months and years read against the reference")
struct RelativePeriodTests {
    @Test("French", arguments: FrenchTimeExamples.weeksMonthsYears)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.weeksMonthsYears)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Durations")
struct DurationTests {
    @Test("French", arguments: FrenchTimeExamples.durations)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.durations)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Vague durations")
struct VagueDurationTests {
    @Test("French", arguments: FrenchTimeExamples.vagueDurations)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.vagueDurations)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Numeric dates")
struct NumericDateTests {
    @Test("French", arguments: FrenchTimeExamples.numericDates)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.numericDates)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Not times: counts, clock times, decades, homographs")
struct NotATimeTests {
    @Test("French", arguments: FrenchTimeExamples.notTimes)
    func french(_ e: TimeExample) { #expect(e.found(.french) == e.expectedLines) }

    @Test("English", arguments: EnglishTimeExamples.notTimes)
    func english(_ e: TimeExample) { #expect(e.found(.english) == e.expectedLines) }
}

@Suite("Mentions: offsets, kinds, relative flag")
struct TimeMentionShapeTests {
    @Test("offsets count Unicode scalars and the text is the verbatim substring")
    func offsets() {
        let e = TimeExample("« Déjà » le 7 décembre, puis dimanche.", ref: "2024-12-09", [])
        let mentions = e.recognize(.french)
        #expect(mentions.map { $0.start } == [9, 29])
        #expect(mentions.map { $0.end } == [22, 37])
        #expect(mentions.map { $0.text } == ["le 7 décembre", "dimanche"])
    }

    @Test("stated dates are not relative; weekdays, hier, weeks and il y a are")
    func relativeFlag() {
        let e = TimeExample("Le 7 décembre 2024, dimanche, hier, la semaine dernière, il y a 50 ans, en 2015.", ref: "2024-12-09", [])
        let flags = e.recognize(.french).map { "\($0.text):\($0.isRelative)" }
        #expect(flags == ["Le 7 décembre 2024:false", "dimanche:true", "hier:true", "la semaine dernière:true",
                          "il y a 50 ans:true", "2015:false"])
    }

    @Test("a date pointed by dernier/prochain is relative; with its year it is stated")
    func pointedDates() {
        let e = TimeExample("Le 27 novembre dernier, janvier prochain, le 27 novembre 2024.", ref: "2024-12-09", [])
        let flags = e.recognize(.french).map { "\($0.text):\($0.isRelative)" }
        #expect(flags == ["Le 27 novembre dernier:true", "janvier prochain:true", "le 27 novembre 2024:false"])
    }

    @Test("kinds and partial dates")
    func kinds() {
        let e = TimeExample("Le 7 décembre, la semaine dernière, pendant 24 ans, en juillet 2000.", ref: "2024-12-09", [])
        let mentions = e.recognize(.french)
        #expect(mentions.map { $0.kind } == [.date, .week, .duration, .date])
        #expect(mentions[0].date == PartialDate(year: 2024, month: 12, day: 7))
        #expect(mentions[1].date == nil)
        #expect(mentions[3].date == PartialDate(year: 2000, month: 7))
    }

    @Test("a language without tables still reads numeric dates and years")
    func unknownLanguage() {
        let e = TimeExample("Actualizado 8/12/2024, en 2015.", ref: nil, [])
        #expect(e.recognize(Language("es")).map { $0.value } == ["2024-12-08", "2015"])
    }
}
