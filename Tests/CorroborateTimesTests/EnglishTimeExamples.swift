/// English examples, Duckling style: each table is a behaviour, each line a sentence written
/// for this suite, its reference date and the expressions expected in it.
/// 2024-12-08 is a Sunday; 2024-12-09 a Monday.
enum EnglishTimeExamples {
    static let absoluteDates: [TimeExample] = [
        TimeExample("The offensive began on November 27, officials said.", ref: "2024-12-08",
                    [("on November 27", "2024-11-27")]),
        TimeExample("The capital fell on December 8, 2024, after a short siege.", ref: nil,
                    [("on December 8, 2024", "2024-12-08")]),
        TimeExample("He stayed until the early hours of Dec. 8, the statement said.", ref: "2024-12-16",
                    [("Dec. 8", "2024-12-08")]),
        TimeExample("On the morning of 8 December, the army withdrew.", ref: "2024-12-09",
                    [("8 December", "2024-12-08")]),
        TimeExample("The ceasefire took effect on the 1st of December.", ref: "2024-12-09",
                    [("1st of December", "2024-12-01")]),
        TimeExample("She has led the party since July 2000.", ref: "2024-12-08",
                    [("July 2000", "2000-07")]),
        TimeExample("The accord was drafted in December.", ref: "2024-12-10",
                    [("December", "2024-12")]),
        TimeExample("Prices soared in mid-December.", ref: "2024-12-20",
                    [("mid-December", "2024-12")]),
        TimeExample("The new cabinet takes office next January.", ref: "2024-12-10",
                    [("next January", "2025-01")]),
        TimeExample("Russia intervened in 2015 to support the government.", ref: "2024-12-08",
                    [("2015", "2015")]),
        TimeExample("A civil war that began in 2011 following uprisings.", ref: "2024-12-08",
                    [("2011", "2011")]),
        TimeExample("The 2011 uprising was crushed.", ref: "2024-12-08",
                    [("2011", "2011")]),
        // After a month the number is a year even before a plural noun.
        TimeExample("The town was among those hit by the March 2019 floods.", ref: "2024-12-08",
                    [("March 2019", "2019-03")]),
        TimeExample("On 3 March, 2019 protesters signed the petition.", ref: "2024-12-08",
                    [("On 3 March", "2024-03-03")]),
    ]

    static let yearInference: [TimeExample] = [
        TimeExample("Fighting reignited on Nov. 27 west of the city.", ref: "2025-01-10",
                    [("on Nov. 27", "2024-11-27")]),
        TimeExample("The rebels launched their attack on October 27.", ref: "2024-12-08",
                    [("on October 27", "2024-10-27")]),
        TimeExample("The rebels launched their attack on October 27.", ref: nil,
                    [("on October 27", "XXXX-10-27")]),
        TimeExample("The talks were first held last December.", ref: "2024-12-08",
                    [("last December", "2023-12")]),
    ]

    static let weekdays: [TimeExample] = [
        TimeExample("Russian state media reported on Sunday that he had arrived.", ref: "2024-12-09",
                    [("on Sunday", "2024-12-08")]),
        TimeExample("Rebels entered the capital early Sunday morning.", ref: "2024-12-08",
                    [("early Sunday morning", "2024-12-08")]),
        TimeExample("On Saturday night, officials said his fate was unknown.", ref: "2024-12-08",
                    [("On Saturday night", "2024-12-07")]),
        TimeExample("The spokesman told reporters Monday that no statement was planned.", ref: "2024-12-09",
                    [("Monday", "2024-12-09")]),
        TimeExample("The ministry said earlier on Sunday that he had resigned.", ref: "2024-12-08",
                    [("earlier on Sunday", "2024-12-08")]),
        TimeExample("The envoy arrived last Friday.", ref: "2024-12-09",
                    [("last Friday", "2024-12-06")]),
        TimeExample("Talks resume next Monday.", ref: "2024-12-09",
                    [("next Monday", "2024-12-16")]),
        TimeExample("A vote is scheduled for Thursday.", ref: "2024-12-09",
                    [("Thursday", "2024-12-12")]),
        TimeExample("The envoy said the meeting would be held on Wednesday.", ref: "2024-12-09",
                    [("on Wednesday", "2024-12-11")]),
        TimeExample("The president-elect is due to be sworn in on January 7.", ref: "2026-11-11",
                    [("on January 7", "2027-01-07")]),
        TimeExample("The president was sworn in on January 7.", ref: "2026-11-11",
                    [("on January 7", "2026-01-07")]),
        TimeExample("Protesters march on Sunday in the capital.", ref: "2024-12-09",
                    [("on Sunday", "2024-12-08")]),
    ]

    static let weekdaysWithAnchor: [TimeExample] = [
        TimeExample("The family landed in the capital on Sunday.", ref: "2024-12", anchor: "2024-12-07",
                    [("on Sunday", "2024-12-08")]),
        TimeExample("The family landed in the capital on Sunday.", ref: nil, []),
    ]

    static let relativeDays: [TimeExample] = [
        TimeExample("The Kremlin confirmed it yesterday.", ref: "2024-12-09", [("yesterday", "2024-12-08")]),
        TimeExample("Banks reopen today across the country.", ref: "2024-12-09", [("today", "2024-12-09")]),
        TimeExample("The court will rule tomorrow.", ref: "2024-12-09", [("tomorrow", "2024-12-10")]),
        TimeExample("Explosions were heard last night near the port.", ref: "2024-12-09", [("last night", "2024-12-08")]),
        TimeExample("The capital fell on Dec. 8. He reached the base that morning.", ref: "2024-12-16",
                    [("on Dec. 8", "2024-12-08"), ("that morning", "2024-12-08")]),
        TimeExample("On December 7 rebels entered the city. The next day, the capital fell.", ref: "2024-12-09",
                    [("On December 7", "2024-12-07"), ("The next day", "2024-12-08")]),
        TimeExample("The uprising began 50 years ago.", ref: "2024-12-08", [("50 years ago", "1974")]),
        TimeExample("Three days ago the border was closed.", ref: "2024-12-08", [("Three days ago", "2024-12-05")]),
        TimeExample("A year ago nobody expected this.", ref: "2024-12-08", [("A year ago", "2023")]),
    ]

    static let weeksMonthsYears: [TimeExample] = [
        TimeExample("The envoy visited Moscow last week.", ref: "2024-12-08", [("last week", "2024-W48")]),
        TimeExample("His wife fled earlier in the week, officials said.", ref: "2024-12-08", [("earlier in the week", "2024-W49")]),
        TimeExample("Rallies are planned this weekend.", ref: "2024-12-11", [("this weekend", "2024-W50-WE")]),
        TimeExample("Prices rose last month.", ref: "2024-12-08", [("last month", "2024-11")]),
        TimeExample("Output fell sharply last year.", ref: "2024-12-08", [("last year", "2023")]),
        TimeExample("Elections are due next year.", ref: "2024-12-08", [("next year", "2025")]),
        TimeExample("Since the start of the year, 900 boats have landed.", ref: "2024-12-08",
                    [("Since the start of the year", "2024")]),
        TimeExample("The works should be over by the end of the month.", ref: "2024-12-08", [("the end of the month", "2024-12")]),
        TimeExample("Over the weekend, rebels advanced on the city.", ref: "2024-12-09", [("Over the weekend", "2024-W49-WE")]),
        TimeExample("Two weeks ago the envoy left.", ref: "2024-12-09", [("Two weeks ago", "2024-W48")]),
    ]

    static let durations: [TimeExample] = [
        TimeExample("The regime collapsed after 13 years of civil war.", ref: nil, [("13 years", "P13Y")]),
        TimeExample("They were granted asylum less than 24 hours after the collapse.", ref: nil, [("less than 24 hours", "PT24H")]),
        TimeExample("It ended over five decades of one-party rule.", ref: nil, [("over five decades", "P50Y")]),
        TimeExample("The fall ended nearly six decades of family rule.", ref: nil, [("nearly six decades", "P60Y")]),
        TimeExample("Over 10 days, the rebels took four cities.", ref: nil, [("Over 10 days", "P10D")]),
        TimeExample("Rebels toppled the 24-year regime.", ref: nil, [("24-year", "P24Y")]),
        TimeExample("It ended the over 50-year rule of the family.", ref: nil, [("over 50-year", "P50Y")]),
        TimeExample("The offensive lasted a week.", ref: nil, [("a week", "P1W")]),
        TimeExample("Negotiators were given twenty-four hours.", ref: nil, [("twenty-four hours", "PT24H")]),
        TimeExample("A decade of sanctions weakened the economy.", ref: nil, [("A decade", "P10Y")]),
        TimeExample("The five-year plan was abandoned.", ref: nil, [("five-year", "P5Y")]),
        TimeExample("He spent a dozen years in exile.", ref: nil, [("a dozen years", "P12Y")]),
        TimeExample("It closed a half-century of rule.", ref: nil, [("a half-century", "P50Y")]),
        TimeExample("Fighting has raged for three hundred days.", ref: nil, [("three hundred days", "P300D")]),
        TimeExample("The talks dragged on for a year and a half.", ref: nil, [("a year and a half", "P1.5Y")]),
    ]

    static let vagueDurations: [TimeExample] = [
        TimeExample("The talks lasted several days.", ref: nil, [("several days", "PXD")]),
        TimeExample("He vanished for a few weeks.", ref: nil, [("a few weeks", "PXW")]),
        TimeExample("Satellite images taken in recent days show an empty port.", ref: nil, [("recent days", "PXD")]),
        TimeExample("The plane circled for a few minutes before vanishing.", ref: nil, [("a few minutes", "PTXM")]),
        TimeExample("Dozens of years of neglect left the city in ruins.", ref: nil, [("Dozens of years", "PXY")]),
    ]

    static let numericDates: [TimeExample] = [
        TimeExample("Statement dated 12/8/2024 from the ministry.", ref: nil, [("12/8/2024", "2024-12-08")]),
        TimeExample("Order of 13/12/2024 on the border.", ref: nil, [("13/12/2024", "2024-12-13")]),
        TimeExample("Updated 2024-12-08 at noon.", ref: nil, [("2024-12-08", "2024-12-08")]),
    ]

    static let notTimes: [TimeExample] = [
        TimeExample("In all, 2000 soldiers crossed the border.", ref: "2024-12-08", []),
        TimeExample("The plane took off at 10:00 pm (1900 GMT).", ref: "2024-12-08", []),
        TimeExample("One day he will return.", ref: "2024-12-08", []),
        TimeExample("The economy grew in the 1990s.", ref: "2024-12-08", []),
        TimeExample("More than 2000 people attended.", ref: "2024-12-08", []),
        TimeExample("The 24 defendants appeared in court.", ref: "2024-12-08", []),
        TimeExample("Officials said the strikes may continue.", ref: "2024-12-08", []),
        TimeExample("Thousands march through the capital.", ref: "2024-12-08", []),
        TimeExample("The 24-year-old was detained.", ref: "2024-12-08", []),
        TimeExample("The Sunday Times first reported the story.", ref: "2024-12-08", []),
    ]
}
