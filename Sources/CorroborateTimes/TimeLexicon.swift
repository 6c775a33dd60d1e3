import CorroborateCore

/// Whether an expression points before or after the reference ("dernier", "last", "prochain").
enum Orientation: Sendable {
    case none, past, future
    /// On or after the reference: a weekday in a sentence about what is planned ("prévue pour lundi").
    case ahead
}

/// ISO 8601 duration designators; hours and minutes go after the "T".
enum DurationDesignator: String, Sendable {
    case year = "Y", month = "M", week = "W", day = "D", hour = "H", minute = "MIN"

    var isTimeOfDay: Bool { self == .hour || self == .minute }
    /// The letter in an ISO duration ("PT30M" for minutes).
    var letter: String { self == .minute ? "M" : rawValue }
}

/// A duration unit word: "ans" is 1 year, "décennies" 10 years, "demi-siècle" 50 years.
struct DurationUnit: Sendable {
    let count: Int
    let designator: DurationDesignator
    /// Designator of an unknown number of these ("des décennies" is PXDE).
    let vagueDesignator: String
    /// False when "un"/"one" before it makes an idiom, not a duration ("un jour").
    let takesArticle: Bool
    /// False when a vague quantifier before it names events, not time ("des journées de grève").
    let takesVague: Bool
}

struct NumberWord: Sendable {
    let value: Int
    let isMultiplier: Bool
    /// Also an indefinite article ("un", "une", "a").
    let isArticle: Bool
}

/// A phrase read against the reference date: "hier", "la semaine dernière", "ce week-end".
struct RelativeEntry: Sendable {
    enum Unit: String, Sendable {
        /// `weekend` is the weekend of the reference's ISO week moved by the offset;
        /// `pastweekend` the last weekend begun on or before the reference day.
        case day, week, weekend, pastweekend, month, year
    }
    let unit: Unit
    let offset: Int
    /// Words before the phrase that belong to it ("au" in "au lendemain").
    let prefixes: Set<String>
    /// May be followed by "de"/"du" and a day, which it then denotes ("dans la nuit de samedi").
    let takesOf: Bool
    /// Refers to the day the text last spoke of ("ce jour-là", "that morning").
    let isAnaphor: Bool
    /// A part of the day of the narrative: the day the text last spoke of, else the reference
    /// day ("Dans la matinée du 8 décembre… Dans l’après-midi, …").
    let isNarrative: Bool
}

/// The compiled time knowledge of one language: the engine's only view of a language.
/// Built once per language from its `TimeLanguageTable`; every key is folded.
struct TimeLexicon: Sendable {
    struct Month: Sendable {
        let month: Int
        /// Only read next to a day or a year; may take a final period ("déc.", "Nov.").
        let isAbbreviation: Bool
        /// Only read when capitalized ("May", "March").
        let needsCapital: Bool
    }

    var months = WordTable<Month>()
    var weekdays = WordTable<Int>()
    var ordinalSuffixes = WordSet()
    var dayMonthJoiners = WordSet()
    /// Orders of day and month in running text ("8 décembre", "December 8").
    var dayFirst = false
    var monthFirst = false
    var numericDayFirst = true
    var datePrefixes = PhraseTable<Orientation>()
    var dateSuffixes = WordTable<Orientation>()
    /// Words announcing what is planned; a weekday shortly after one lies ahead.
    var futureCues = WordSet()
    /// Endings of a verb's future tense (« resteront », « ouvrira »); such a verb is a future cue too.
    var futureEndings: [String] = []
    var partsOfDay = WordSet()
    var partOfDayJoiners = WordSet()
    var monthTriggers = WordSet()
    var monthTriggerPhrases = PhraseTable<Bool>()
    var ofLinks = WordSet()
    var relatives = PhraseTable<RelativeEntry>()
    /// Every word that may precede some relative phrase.
    var relativePrefixWords = WordSet()
    var units = WordTable<DurationUnit>()
    var unitAdjectives = WordSet()
    var numbers = WordTable<NumberWord>()
    /// Most hyphen-separated pieces in one key of `numbers` ("quatre-vingt-dix" has 3): no
    /// longer piece of a hyphenated word can be a number word.
    var longestNumberWord = 1
    var numberJoiners = WordSet()
    /// "dizaine" → 10; nil value: vague ("des dizaines").
    var collectives = WordTable<Int?>()
    var collectiveLinks = WordSet()
    /// After a unit, adds half of it: "un an et demi", "a year and a half".
    var halves = PhraseTable<Bool>()
    var vagueQuantifiers = PhraseTable<Bool>()
    var approximators = PhraseTable<Bool>()
    var agoPrefixes = PhraseTable<Bool>()
    var agoSuffixes = PhraseTable<Bool>()
    /// Names that contain calendar words but denote no time ("Journal du dimanche", "Sunday Times").
    var notTimes = PhraseTable<Bool>()
    var decadeWords = WordSet()
    var clockBefore = WordSet()
    var clockAfter = WordSet()
    var yearPrepositions = WordSet()
    var yearDeterminers = WordSet()
    var rangeJoiners = WordSet()
    var pluralEndings: [String] = []
    var functionWords = WordSet()

    init() {}

    init(table: TimeLanguageTable) {
        for row in LexiconTable.rows(table.rows) where row.count >= 2 {
            let field = { (k: Int) -> String in k < row.count ? row[k] : "" }
            let options = Set(LexiconTable.list(field(3)).map { ScalarClass.fold($0) })
            for word in LexiconTable.list(row[1]) {
                add(category: row[0], word: word, field: field, options: options)
            }
        }
        if !dayFirst && !monthFirst { dayFirst = true }
        var starts = Set(months.words).union(weekdays.words).union(numbers.words).union(collectives.words)
            .union(decadeWords.words).union(relativePrefixWords.words)
        for table in [datePrefixes.firstWords, relatives.firstWords, vagueQuantifiers.firstWords,
                      approximators.firstWords, agoPrefixes.firstWords, notTimes.firstWords] {
            starts.formUnion(table)
        }
        startWords = WordSet(starts)
    }

    /// Every word an expression may start with; the scanner skips other words at once
    /// (hyphenated words aside: "mi-décembre", "five-year"). Tested at every token.
    private(set) var startWords = WordSet()

    private mutating func add(category: String, word rawWord: String, field: (Int) -> String, options: Set<String>) {
        let word = ScalarClass.fold(rawWord)
        let number = Int(field(2))
        switch category {
        case "month":
            if let m = number {
                months[word] = Month(month: m, isAbbreviation: options.contains("abbr"), needsCapital: options.contains("capital"))
            }
        case "weekday": if let d = number { weekdays[word] = d }
        case "ordinal-suffix": ordinalSuffixes.insert(word)
        case "day-month-joiner": dayMonthJoiners.insert(word)
        case "date-order":
            // The list of orders is the words field itself ("dm, md"): each row word is one order.
            if word == "dm" { dayFirst = true }
            if word == "md" { monthFirst = true }
        case "numeric-order": numericDayFirst = word.hasPrefix("d")
        case "date-prefix": datePrefixes.add(word, orientation(field(2)))
        case "date-suffix": dateSuffixes[word] = orientation(field(2))
        case "future-cue": futureCues.insert(word)
        case "future-ending": futureEndings.append(word)
        case "part-of-day": partsOfDay.insert(word)
        case "part-of-day-joiner": partOfDayJoiners.insert(word)
        case "month-trigger":
            if word.contains(" ") { monthTriggerPhrases.add(word, true) } else { monthTriggers.insert(word) }
        case "of-link": ofLinks.insert(word)
        case "relative":
            guard let unit = RelativeEntry.Unit(rawValue: field(2)), let offset = Int(field(3)) else { return }
            let prefixes = Set(LexiconTable.list(field(4)).map { ScalarClass.fold($0) })
            let flags = Set(LexiconTable.list(field(5)))
            relativePrefixWords.formUnion(prefixes)
            relatives.add(word, RelativeEntry(unit: unit, offset: offset, prefixes: prefixes,
                                              takesOf: flags.contains("of"), isAnaphor: flags.contains("anaphor"),
                                              isNarrative: flags.contains("narrative")))
        case "unit":
            guard let count = number, let designator = DurationDesignator(rawValue: field(3)) else { return }
            let opts = LexiconTable.list(field(4))
            let vague = opts.first { $0.hasPrefix("vague=") }.map { String($0.dropFirst(6)) } ?? designator.letter
            units[word] = DurationUnit(count: count, designator: designator, vagueDesignator: vague,
                                       takesArticle: !opts.contains("noarticle"), takesVague: !opts.contains("novague"))
        case "unit-adjective": unitAdjectives.insert(word)
        case "number":
            if let v = number {
                numbers[word] = NumberWord(value: v, isMultiplier: options.contains("multiplier"), isArticle: options.contains("article"))
                longestNumberWord = max(longestNumberWord, word.unicodeScalars.split(separator: "-").count)
            }
        case "number-joiner": numberJoiners.insert(word)
        case "collective": collectives[word] = .some(number)
        case "collective-link": collectiveLinks.insert(word)
        case "vague": vagueQuantifiers.add(rawWord, true)
        case "half": halves.add(rawWord, true)
        case "approximate": approximators.add(rawWord, true)
        case "ago-prefix": agoPrefixes.add(rawWord, true)
        case "ago-suffix": agoSuffixes.add(rawWord, true)
        case "decade-word": decadeWords.insert(word)
        case "not-time": notTimes.add(rawWord, true)
        case "clock-before": clockBefore.insert(word)
        case "clock-after": clockAfter.insert(word)
        case "year-preposition": yearPrepositions.insert(word)
        case "year-determiner": yearDeterminers.insert(word)
        case "range-joiner": rangeJoiners.insert(word)
        case "plural-ending": pluralEndings.append(word)
        case "function-word": functionWords.insert(word)
        default: break
        }
    }

    private func orientation(_ s: String) -> Orientation {
        switch s {
        case "past": return .past
        case "future": return .future
        default: return .none
        }
    }

    /// A verb in the future tense (« resteront », « rouvrira »): a lowercase word with a future
    /// ending and two letters before it; a capitalized word is a name ("Ankara"), not a verb.
    func isFutureVerb(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized, !futureEndings.isEmpty else { return false }
        let w = t.folded
        return futureEndings.contains { w.hasSuffix($0) && w.utf8.count >= $0.utf8.count + 2 }
    }

    /// The lexicon of a language; empty (numeric dates and years only) for one without a table.
    static func forLanguage(_ language: Language) -> TimeLexicon {
        compiled[language.code] ?? TimeLexicon()
    }

    private static let compiled: [String: TimeLexicon] = {
        var out: [String: TimeLexicon] = [:]
        for table in TimeLanguageTable.all { out[table.language.code] = TimeLexicon(table: table) }
        return out
    }()

    /// "personnes", "soldiers": a word ending like a plural noun.
    func looksPlural(_ folded: String) -> Bool {
        let word = folded.utf8
        return pluralEndings.contains { ending in
            word.count > ending.utf8.count + 1 && word.suffix(ending.utf8.count).elementsEqual(ending.utf8)
        }
    }
}
