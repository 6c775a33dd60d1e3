import Testing
import CorroborateCore
@testable import CorroborateComparison

/// Figures as news writes them: a wording allows a range of values, and two figures agree
/// when their ranges meet. Each row: two figures (text, value, unit, vague) and whether
/// they can describe the same count.
@Suite("Numbers: tolerance by wording")
struct NumberToleranceTests {
    typealias Row = (String, Double, String?, Bool, String, Double, String?, Bool, Bool)

    static let french: [Row] = [
        // bounds and approximations allow nearby precise figures
        ("au moins 30", 30, "people", true, "une trentaine", 30, "people", true, true),
        ("au moins 30", 30, "people", true, "42", 42, "people", false, true),
        ("plus de 4 000", 4000, "people", true, "4 500", 4500, "people", false, true),
        ("plus de 4 000", 4000, "people", true, "200", 200, "people", false, false),
        ("moins de 50", 50, "people", true, "80", 80, "people", false, false),
        ("environ 500", 500, "dead", true, "480", 480, "dead", false, true),
        // small whole numbers are exact: a year off is another figure
        ("24 ans", 24, "year", false, "25 ans", 25, "year", false, false),
        ("24 ans", 24, "year", false, "près de 25 ans", 25, "year", true, false),
        ("24 ans", 24, "year", false, "vingt-quatre ans", 24, "year", false, true),
        ("plus de 13 ans", 13, "year", true, "13 ans", 13, "year", false, true),
        // large figures are rounded as written
        ("1,089 million", 1_089_000, "people", false, "près de 1,1 million", 1_100_000, "people", true, true),
        ("1,08 million", 1_080_000, "people", false, "1,089 million", 1_089_000, "people", false, false),
        ("800 000", 800_000, "people", false, "plus de 800 000", 800_000, "people", true, true),
        // "quelque", "environ" keep the precision the digits show
        ("1,08 million", 1_080_000, "people", false, "quelque 1,089 million", 1_089_000, "people", true, false),
        ("1,09 million", 1_090_000, "people", false, "quelque 1,089 million", 1_089_000, "people", true, true),
        ("environ 1 500", 1500, "people", true, "1 400", 1400, "people", false, true),
        ("280 000", 280_000, "people", false, "près de 300 000", 300_000, "people", true, true),
        ("800 000", 800_000, "people", false, "119 000", 119_000, "people", false, false),
        // vague quantities give an order of magnitude
        ("des milliers", 1000, "people", true, "3 000", 3000, "people", false, true),
        ("des milliers", 1000, "people", true, "200", 200, "people", false, false),
        // two floors (or two ceilings) are each outlet's own count: equal or at odds
        ("au moins 42", 42, "dead", true, "au moins 38", 38, "dead", true, false),
        ("au moins 42", 42, "dead", true, "au moins 42", 42, "dead", true, true),
        ("plus de 300", 300, "injured", true, "au moins 300", 300, "injured", true, true),
        // a share written whole is rounded
        ("61 %", 61, "percent", false, "61,3 %", 61.3, "percent", false, true),
        ("61 %", 61, "percent", false, "62,5 %", 62.5, "percent", false, false),
        // a figure half a step away rounds to the next step: « 3 500 » is never written « 3 000 »
        ("environ 3 000", 3000, "hectare", true, "quelque 3 500", 3500, "hectare", true, false),
        ("environ 3 000", 3000, "hectare", true, "3 400", 3400, "hectare", false, true),
        ("2 500", 2500, "people", false, "environ 3 000", 3000, "people", true, false),
        ("près de 2 500", 2500, "people", true, "2 500", 2500, "people", false, true),
        // a collective number in the singular is about that many; in the plural, an order of magnitude
        ("une dizaine", 10, "drone", true, "19", 19, "drone", false, false),
        ("une dizaine", 10, "drone", true, "11", 11, "drone", false, true),
        ("une quarantaine", 40, "people", true, "around 40", 40, "people", true, true),
        ("des dizaines", 10, "drone", true, "19", 19, "drone", false, true),
    ]

    static let english: [Row] = [
        ("at least 30", 30, "people", true, "about 30", 30, "people", true, true),
        ("more than 4,000", 4000, "people", true, "200", 200, "people", false, false),
        ("nearly 25 years", 25, "year", true, "24 years", 24, "year", false, false),
        ("over 50 years", 50, "year", true, "53 years", 53, "year", false, true),
        ("13 years", 13, "year", false, "14 years", 14, "year", false, false),
        ("up to 500", 500, "people", true, "450", 450, "people", false, true),
        ("about 1.089 million", 1_089_000, "people", true, "1.08 million", 1_080_000, "people", false, false),
        ("fewer than 10", 10, "injured", true, "12", 12, "injured", false, false),
        // two approximations agree when one's value is within the other's wording, not when
        // they only meet at their margins
        ("about 250", 250, "passenger", true, "some 300", 300, "people", true, false),
        ("about 250", 250, "people", true, "some 260", 260, "people", true, true),
        ("at least 12", 12, "dead", true, "14", 14, "dead", false, true),
        ("more than 300", 300, "injured", true, "more than 400", 400, "injured", true, false),
        ("up to 20", 20, "people", true, "up to 30", 30, "people", true, false),
        ("some 3,500", 3500, "hectare", true, "about 3,000", 3000, "hectare", true, false),
        ("about 3,000", 3000, "people", true, "2,500", 2500, "people", false, false),
        ("a dozen", 12, "people", true, "20", 20, "people", false, false),
        ("dozens", 12, "people", true, "20", 20, "people", false, true),
    ]

    @Test("French wordings", arguments: french)
    func frenchRows(_ row: Row) {
        check(row)
    }

    @Test("English wordings", arguments: english)
    func englishRows(_ row: Row) {
        check(row)
    }

    func check(_ r: Row) {
        let x = Make.figure(r.0, r.1, r.2, approx: r.3), y = Make.figure(r.4, r.5, r.6, approx: r.7)
        #expect(x.isCompatible(with: y) == r.8, "\(r.0) vs \(r.4)")
        #expect(y.isCompatible(with: x) == r.8, "\(r.4) vs \(r.0)")
    }

    @Test("durations are brought to one scale: a decade is ten years, a week seven days")
    func scales() {
        #expect(Make.figure("nearly six decades", 6, "decade", approx: true).isCompatible(with: Make.figure("59 years", 59, "year")))
        #expect(Make.figure("deux semaines", 2, "week").isCompatible(with: Make.figure("14 jours", 14, "day")))
        #expect(!Make.figure("deux semaines", 2, "week").isCompatible(with: Make.figure("10 jours", 10, "day")))
    }

    @Test("only figures of one kind are compared: years with years, arrests with arrests")
    func kinds() {
        #expect(!Make.figure("24 ans", 24, "year").isComparable(with: Make.figure("24 jours", 24, "day")))
        #expect(!Make.figure("455 interpellations", 455, "arrest").isComparable(with: Make.figure("455 manifestants", 455, "people")))
        #expect(Make.figure("455 interpellations", 455, "arrest").isComparable(with: Make.figure("103 arrests", 103, "arrest")))
        // Nationals, citizens, residents are people: « trois autres Français » / "four other French nationals".
        #expect(Make.figure("Trois", 3, "people").isComparable(with: Make.figure("Four", 4, "national")))
    }
}
