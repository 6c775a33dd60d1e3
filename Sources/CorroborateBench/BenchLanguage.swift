import CorroborateCore

/// What the corpus generator needs to write in one language: sentence templates by event,
/// calendar words, number words and the small grammar of names (articles before an
/// organization). Written for the benchmark, like the project's lexicons: tables in string
/// literals parsed with `LexiconTable`.
///
/// Template placeholders (filled by `ArticleWriter`): {P} the story's person, {S} their short
/// name, {Q} a second person, {C} a city, {K} its country, {O} an organization (with its
/// article), {A} a news agency, {N} the story's main figure, {N2} a second figure, {NW} a
/// small number in words, {D} the full date, {DM} day and month, {W} the weekday, {H} an
/// hour, {Y} a past year, {PCT} a percentage, {MNY} an amount of money, {BIG} a population.
struct BenchLanguage: Sendable {
    let language: Language
    /// Event concept → sentences stating it.
    let events: [String: [String]]
    /// Sentences of context that name the story's places and sources.
    let context: [String]
    /// Sentences without names or figures.
    let filler: [String]
    let titles: [String]
    /// 1...12.
    let months: [String]
    /// 1 = Monday ... 7 = Sunday.
    let weekdays: [String]
    /// 2...12.
    let numberWords: [String]
    let format: NumberFormat

    struct NumberFormat: Sendable {
        /// "," in French, "." in English.
        let decimalSeparator: String
        /// "%" after a space (French) or not (English).
        let percentSuffix: String
        /// "millions d’euros" / "million euros".
        let millionsOfEuros: String
        /// "million" / "million" (for populations).
        let million: String
    }

    init(language: Language, templates: String, months: String, weekdays: String, numberWords: String, format: NumberFormat) {
        self.language = language
        var events: [String: [String]] = [:]
        var context: [String] = [], filler: [String] = [], titles: [String] = []
        for row in LexiconTable.rows(templates) where row.count == 2 {
            switch row[0] {
            case "context": context.append(row[1])
            case "filler": filler.append(row[1])
            case "title": titles.append(row[1])
            default: events[row[0], default: []].append(row[1])
            }
        }
        self.events = events
        self.context = context
        self.filler = filler
        self.titles = titles
        self.months = LexiconTable.words(months)
        self.weekdays = LexiconTable.words(weekdays)
        self.numberWords = LexiconTable.words(numberWords)
        self.format = format
    }

    /// The events every language of the benchmark writes about, in a fixed order.
    var eventNames: [String] { events.keys.sorted() }

    /// The article before an organization's name: "l’" before a vowel, else "le"; "the" in
    /// English unless the name is an acronym. Good enough for generated text.
    func organization(_ name: String) -> String {
        guard let first = name.unicodeScalars.first else { return name }
        let isAcronym = name.unicodeScalars.prefix(2).allSatisfy { $0.properties.isUppercase }
        if language == .french {
            let folded = ScalarClass.fold(String(first))
            return ["a", "e", "i", "o", "u", "h"].contains(folded) ? "l’" + name : "le " + name
        }
        return isAcronym ? name : "the " + name
    }

    static let all: [BenchLanguage] = [.french, .english]
}
