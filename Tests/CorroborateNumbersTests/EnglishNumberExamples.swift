import Testing
import CorroborateCore

/// English quantities, Duckling style: each table is a specification and a test.
@Suite("English quantities")
struct EnglishNumberExamples {
    static let digitFormatsTable: [Example] = [
        Example("Police counted 1,200 protesters in the square.", N("1,200", 1200, "people")),
        Example("The union claimed 1.28 million strikers.", N("1.28 million", 1_280_000, "striker")),
        Example("Turnout reached 30% in the capital.", N("30%", 30, "percent")),
        Example("The fund holds $5 billion.", N("$5 billion", 5_000_000_000, "dollar")),
        Example("The company cut 2,500 jobs.", N("2,500", 2500, "job")),
        Example("Inflation slowed to 2.4 per cent.", N("2.4 per cent", 2.4, "percent")),
        Example("The deal is worth £3bn.", N("£3bn", 3_000_000_000, "pound")),
        Example("The route is 12km long.", N("12km", 12, "kilometre")),
        Example("Gusts reached 112 mph on the coast.", N("112", 112, "mile per hour")),
        Example("Winds of 180 km/h were recorded.", N("180", 180, "kilometre per hour")),
        Example("A magnitude 6.2 earthquake struck the province.", N("6.2", 6.2, "magnitude")),
        Example("A 5.8-magnitude quake hit the coast.", N("5.8-magnitude", 5.8, "magnitude")),
        Example("The survey said the quake had a magnitude of 7.0.", N("7.0", 7, "magnitude")),
        // a number after an acronym names a model
        Example("The ATR 72 aircraft was carrying 68 passengers.", N("68", 68, "passenger")),
        // a scale named before its figure lends its unit to no later figure
        Example("The toll from a magnitude 7.0 earthquake has risen to 57.", N("7.0", 7, "magnitude"), N("57", 57)),
        // after a rise, a number word alone is the count
        Example("The death toll has risen to six, police said.", N("six", 6)),
        Example("The storm strengthened to a category 4 hurricane.", N("4", 4, "category")),
    ]

    @Test("digit formats: comma thousands, decimal point, multipliers, percent, currency", arguments: digitFormatsTable)
    func digitFormats(_ e: Example) { #expect(e.found(.english) == e.expected) }

    static let numberWordsTable: [Example] = [
        Example("She has three children.", N("three", 3, "child")),
        Example("He ruled for twenty-four years.", N("twenty-four years", 24, "year")),
        Example("A dozen soldiers were wounded.", N("A dozen", 12, "soldier")),
        Example("Two hundred and fifty families were evacuated.", N("Two hundred and fifty", 250, "family")),
        Example("One senior official confirmed the flight.", N("One", 1, "official")),
        Example("The complex comprises three six-storey buildings.", N("three", 3, "building"), N("six-storey", 6, "storey")),
        Example("It followed a 10-day offensive.", N("10-day", 10, "day")),
        Example("He spent two and a half years in jail.", N("two and a half years", 2.5, "year")),
        Example("Half a million people marched.", N("Half a million", 500_000, "people")),
        Example("The talks lasted half an hour.", N("half an hour", 0.5, "hour")),
        Example("No one was hurt."),
        Example("The two met in Moscow."),
        Example("A man was arrested."),
    ]

    @Test("number words count only what they are followed by; an article is not a count", arguments: numberWordsTable)
    func numberWords(_ e: Example) { #expect(e.found(.english) == e.expected) }

    static let vagueTable: [Example] = [
        Example("Dozens of people gathered outside.", .about("Dozens", 24, "people")),
        Example("Thousands fled the city.", .about("Thousands", 1000)),
        Example("Hundreds of thousands were displaced.", .about("Hundreds of thousands", 100_000)),
        Example("Tens of thousands of Syrians returned.", .about("Tens of thousands", 10_000, "people")),
        Example("Millions of refugees could return.", .about("Millions", 1_000_000, "refugee")),
        Example("Several statues were toppled.", .about("Several statues", 2, "statue")),
        Example("A few hours later, he left.", .about("A few hours", 2, "hour")),
        Example("Dozens of rebel factions joined.", .about("Dozens", 24, "faction")),
        Example("Several hundred people were evacuated.", .about("Several hundred", 100, "people")),
    ]

    @Test("vague quantities: approximate, a plural counts as one of its unit", arguments: vagueTable)
    func vague(_ e: Example) { #expect(e.found(.english) == e.expected) }

    static let boundsTable: [Example] = [
        // A verb of passing bounds its figure from below; a tally head before it names what it counts.
        Example("The fatality rate exceeded 5% in August.", .about("exceeded 5%", 5, "percent")),
        Example("The number of cases topped 1,000 on Thursday.", .about("topped 1,000", 1000, "case")),
        Example("The number of deaths rose to 57.", N("57", 57, "death")),
        Example("At least 30 people were killed.", .about("At least 30", 30, "people")),
        Example("Over 10 days, rebels advanced.", .about("Over 10 days", 10, "day")),
        Example("It ended nearly six decades of rule.", .about("nearly six decades", 60, "year")),
        Example("Some 200 troops were deployed.", .about("Some 200", 200, "troop")),
        Example("They left less than 24 hours later.", .about("less than 24 hours", 24, "hour")),
        Example("More than 500,000 people died.", .about("More than 500,000", 500_000, "people")),
        Example("It ended the over 50-year rule.", .about("over 50-year", 50, "year")),
        Example("At least one child was injured.", .about("At least one", 1, "child")),
        Example("The inquiry lasted more than a year.", .about("more than a", 1, "year")),
        // An article before a figure opens a noun phrase: "over a 12-hour hearing" counts no "a".
        Example("The court ruled over a 12-hour hearing.", N("12-hour", 12, "hour")),
        Example("About 12.5 percent of voters abstained.", .about("About 12.5 percent", 12.5, "percent")),
        Example("The ministry counted some 1.089 million protesters.", N("1.089 million", 1_089_000, "people")),
    ]

    @Test("bounds make a quantity approximate and belong to its text", arguments: boundsTable)
    func bounds(_ e: Example) { #expect(e.found(.english) == e.expected) }

    static let unitsTable: [Example] = [
        // "others" stands for the people counted only when no noun follows it.
        Example("A man was killed and two others were wounded.", N("two", 2, "people")),
        Example("Rescuers recovered 12 bodies from the river.", N("12", 12, "body")),
        Example("Police made 103 arrests.", N("103", 103, "arrest")),
        Example("Morocco signed 11 deals with Spain.", N("11", 11, "agreement")),
        Example("The bank cut its key rate by 25 basis points.", N("25", 0.25, "point")),
        Example("At least 30 members of the security forces were hurt.", .about("At least 30", 30, "officer")),
        Example("Forty members of parliament voted against.", N("Forty", 40, "member")),
        Example("Six members of the city council resigned.", N("Six", 6, "member")),
        Example("Six of the injured are in critical condition.", N("Six", 6, "injured")),
        Example("Two of the three bridges reopened.", N("three", 3, "bridge")),
        Example("Officials reported 12 casualties.", N("12", 12, "casualty")),
        Example("Two heavily guarded air bases were hit.", N("Two", 2, "base")),
        Example("The blaze destroyed 40 homes.", N("40", 40, "home")),
        Example("Abu Karim, 52, told reporters.", N("52", 52, "age")),
        Example("Support is between 20 and 30 percent.", N("20", 20, "percent"), N("30 percent", 30, "percent")),
        Example("The offensive lasted 11 days.", N("11 days", 11, "day")),
        // Ages: years of a life, not a span of something else.
        Example("A 69-year-old man was killed.", N("69-year-old", 69, "age")),
        Example("The driver, aged 45, was arrested.", N("45", 45, "age")),
        Example("The teachers, aged 34 and 41, were freed.", N("34", 34, "age"), N("41", 41, "age")),
        Example("She is 45 years old.", N("45 years", 45, "age")),
        Example("He was sentenced to five years in prison.", N("five years", 5, "year")),
        Example("Two US officials spoke.", N("Two", 2, "official")),
        Example("Troops killed 24 rebel fighters.", N("24", 24, "fighter")),
        Example("The bill passed by 289 votes to 250.", N("289", 289, "vote"), N("250", 250, "vote")),
        Example("Abu Karim, 52, said 30 people were hurt, 4 of them badly.",
                N("52", 52, "age"), N("30", 30, "people"), N("4", 4, "people")),
    ]

    @Test("units: the counted noun, as an English singular", arguments: unitsTable)
    func units(_ e: Example) { #expect(e.found(.english) == e.expected) }

    static let notQuantitiesTable: [Example] = [
        Example("On December 8, rebels entered Damascus."),
        Example("Fighting resumed on Nov. 27 near Aleppo."),
        Example("Russia intervened in 2015."),
        Example("The plane left at 10:30 pm."),
        Example("The meeting ends at 7 p.m. on Sunday."),
        Example("It was his 21st visit."),
        Example("The 2nd division moved north."),
        Example("COVID-19 spread quickly."),
        Example("An A320 landed in Moscow."),
        Example("The G7 met on 8 December 2024."),
        Example("Under Resolution 2254, talks resumed."),
        Example("The flight landed at 1900 GMT."),
        Example("Shares in the CAC 40 fell sharply."),
        Example("The 1990s were marked by war."),
    ]

    @Test("not quantities: dates, years, times of day, ordinals, identifiers, references", arguments: notQuantitiesTable)
    func notQuantities(_ e: Example) { #expect(e.found(.english) == e.expected) }
}
