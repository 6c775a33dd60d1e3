import CorroborateCore

/// A word of the number vocabulary and the parts it can play in a quantity.
struct NumberWord: Sendable {
    enum Kind: String, Sendable {
        case number, hundred, scale, article, connector, collective, vague, few, timefew
        case half, halfof
    }

    let value: Double
    let kinds: Set<Kind>

    func `is`(_ kind: Kind) -> Bool { kinds.contains(kind) }
}

/// A counted noun: its English singular, what one of it is worth in that unit ("décennie" is
/// ten years), and how it behaves (see `NumberLanguageData.units`).
struct UnitWord: Sendable {
    let unit: String
    let multiplier: Double
    let isTime: Bool
    let countsAfterArticle: Bool
    let isSymbol: Bool
    let inSpan: Bool
    let isApprox: Bool
    let isClock: Bool
    /// The word names its figure's unit from before it too: "magnitude 6,4", "category 4".
    let isBefore: Bool
    /// The word stands for the noun only when none follows: "two others were wounded", but
    /// « trois autres blessés » counts the injured.
    var isStandIn = false
}

/// One language's number tables, parsed once.
struct NumberLexicon: Sendable {
    let decimalMark: Unicode.Scalar
    let groupMark: Unicode.Scalar
    let adjectivesBeforeNoun: Bool
    let words: PhraseTable<NumberWord>
    let units: PhraseTable<UnitWord>
    /// Bounds and approximators before a figure; the value is true for an approximator.
    let bounds: PhraseTable<Bool>
    /// First words of number words and bounds: a word outside it (and without a hyphen)
    /// cannot start a quantity, so most words cost one lookup.
    let starters: WordSet
    let timeMarkers: PhraseTable<Bool>
    /// The units of the table that measure time ("year", "day"…).
    let timeUnits: WordSet
    let links: WordSet
    /// Determiners of the whole a count is taken from: "six of the injured", "six des blessés".
    let partitives: WordSet
    /// Nouns of a count named before its figure: « le nombre de cas a dépassé 1 000 », "the
    /// number of cases rose to 1,000".
    let tallyHeads: WordSet
    let stops: WordSet
    let prenominal: WordSet
    let oneGuards: WordSet
    let rangeLinks: WordSet
    let dateArticles: WordSet
    let references: WordSet
    let clockPrepositions: WordSet
    let months: WordSet
    let weekdays: WordSet
    /// Words around years that make them an age: "âgé de", "aged"; "years old"; "un homme de".
    let ageBefore: Set<String>
    let ageAfter: Set<String>
    let agedPersons: Set<String>
    /// Words joining two ages told together (« âgés de 34 et 41 ans », "aged 34 and 41").
    let ageListJoiners: WordSet
    /// Words after which a number word alone counts ("the toll has risen to six", « le bilan
    /// s'est alourdi à six »), each as its folded tokens.
    let countLeads: [[String]]
    let ordinals: WordSet
    let verbEndings: [String]
    let pluralRules: [(suffix: String, replacement: String)]
    let feminineRules: [(suffix: String, replacement: String)]

    init(_ data: NumberLanguageData) {
        var settings: [String: String] = [:]
        for row in LexiconTable.rows(data.format) where row.count >= 2 { settings[row[0]] = row[1] }
        decimalMark = settings["decimal"]?.unicodeScalars.first ?? "."
        groupMark = settings["group"]?.unicodeScalars.first ?? ","
        adjectivesBeforeNoun = settings["adjectives"] == "before"

        var roles: [String: Set<String>] = [:]
        var rawRoles: [String: [String]] = [:]
        for row in LexiconTable.rows(data.grammar) where row.count >= 2 {
            rawRoles[row[0], default: []].append(contentsOf: LexiconTable.list(row[1]))
        }
        let elisions = Set((rawRoles["elision"] ?? []).map { ScalarClass.fold($0) })
        func split(_ phrase: String) -> [String] { PhraseSplitter.tokens(phrase, elisions: elisions) }
        for (role, list) in rawRoles {
            // One-token entries are compared with `Token.folded`.
            roles[role] = Set(list.map { split($0).joined(separator: " ") })
        }
        links = WordSet(roles["link"] ?? [])
        partitives = WordSet(roles["partitive"] ?? [])
        tallyHeads = WordSet(roles["tallyhead"] ?? [])
        stops = WordSet(roles["stop"] ?? [])
        prenominal = WordSet(roles["prenominal"] ?? [])
        oneGuards = WordSet(roles["oneguard"] ?? [])
        rangeLinks = WordSet(roles["range"] ?? [])
        dateArticles = WordSet(roles["datearticle"] ?? [])
        references = WordSet(roles["reference"] ?? [])
        clockPrepositions = WordSet(roles["clockprep"] ?? [])
        months = WordSet(roles["month"] ?? [])
        weekdays = WordSet(roles["weekday"] ?? [])
        ageBefore = roles["agebefore"] ?? []
        ageAfter = roles["ageafter"] ?? []
        agedPersons = roles["agedperson"] ?? []
        ageListJoiners = WordSet(roles["agelist"] ?? [])
        countLeads = (rawRoles["countlead"] ?? []).map(split).filter { !$0.isEmpty }
        ordinals = WordSet((rawRoles["ordinal"] ?? []).map { ScalarClass.fold($0) })
        verbEndings = (rawRoles["verbending"] ?? []).map { ScalarClass.fold($0) }
        var markers = PhraseTable<Bool>()
        for marker in rawRoles["timemarker"] ?? [] { markers.add(split(marker), true) }
        timeMarkers = markers

        var words = PhraseTable<NumberWord>()
        for row in LexiconTable.rows(data.words) where row.count >= 3 {
            guard let value = Double(row[1]) else { continue }
            let kinds = Set(row[2].split(separator: " ").compactMap { NumberWord.Kind(rawValue: String($0)) })
            words.add(split(row[0]), NumberWord(value: value, kinds: kinds))
        }
        self.words = words

        var units = PhraseTable<UnitWord>()
        var timeUnits = Set<String>()
        for row in LexiconTable.rows(data.units) where row.count >= 2 {
            let flags = Set((row.count > 3 ? row[3] : "").split(separator: " ").map(String.init))
            let multiplier = row.count > 2 ? Double(row[2]) ?? 1 : 1
            units.add(split(row[0]), UnitWord(
                unit: row[1], multiplier: multiplier, isTime: flags.contains("time"),
                countsAfterArticle: flags.contains("one"), isSymbol: flags.contains("symbol"),
                inSpan: flags.contains("time") || flags.contains("symbol") || flags.contains("span"),
                isApprox: flags.contains("approx"), isClock: flags.contains("clock"), isBefore: flags.contains("before"),
                isStandIn: flags.contains("standin")))
            if flags.contains("time") { timeUnits.insert(row[1]) }
        }
        self.units = units
        self.timeUnits = WordSet(timeUnits)

        // A bound's value says whether it only approximates ("environ | about"), as opposed to
        // bounding ("plus de").
        var bounds = PhraseTable<Bool>()
        for row in LexiconTable.rows(data.bounds) where !row.isEmpty { bounds.add(split(row[0]), row.count > 1 && row[1] == "about") }
        self.bounds = bounds
        starters = WordSet(words.firstWords.union(bounds.firstWords))

        var plural: [(String, String)] = [], feminine: [(String, String)] = []
        for row in LexiconTable.rows(data.singular) where row.count >= 2 {
            let rule = (ScalarClass.fold(row[1]), row.count > 2 ? ScalarClass.fold(row[2]) : "")
            if row[0] == "plural" { plural.append(rule) } else if row[0] == "feminine" { feminine.append(rule) }
        }
        pluralRules = plural.map { (suffix: $0.0, replacement: $0.1) }
        feminineRules = feminine.map { (suffix: $0.0, replacement: $0.1) }
    }

    /// Parsed tables of every language, built once.
    private static let byCode: [String: NumberLexicon] = {
        var out: [String: NumberLexicon] = [:]
        for data in NumberLanguageData.all where out[data.language.code] == nil {
            out[data.language.code] = NumberLexicon(data)
        }
        return out
    }()

    /// The tables of a language; a language without tables falls back on the first one, so
    /// digits are still read.
    static func forLanguage(_ language: Language) -> NumberLexicon {
        if let lexicon = byCode[language.code] { return lexicon }
        return byCode[NumberLanguageData.all[0].language.code] ?? NumberLexicon(NumberLanguageData.all[0])
    }
}

/// What the number tables say of units, for the stages after recognition.
public enum NumberUnits {
    /// Units that measure time in any language's tables: a "24 ans" is a duration, not a count.
    public static let time: Set<String> = NumberLanguageData.all.reduce(into: Set<String>()) { out, data in
        out.formUnion(NumberLexicon.forLanguage(data.language).timeUnits.words)
    }
    /// The unit of ages ("Abu Omar, 44,", "âgé de 62 ans"): someone's years, no count of what happened.
    public static let age = NumberRecognizer.ageUnit
}
