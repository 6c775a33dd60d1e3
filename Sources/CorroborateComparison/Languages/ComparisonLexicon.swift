import CorroborateCore

/// What comparison needs to know of a language: the words that bound a figure ("au moins",
/// "nearly"), the words that present a figure as a revision ("bilan actualisé", "updated
/// toll") and the words that deny or doubt a fact ("dément", "not sure"). Language-neutral
/// data (unit classes) lives in `UnitClasses`.
/// A class: every claim profile reads it through many loops, and a struct of a dozen tables
/// was copied (a retain and release of each table) at each of them.
public final class ComparisonLexicon: Sendable {
    public let language: Language
    /// Folded phrases (words joined by one space) → how they bound the figure after them.
    let bounds: [(phrase: [String], bound: Bound)]
    /// Folded phrases saying a figure updates an earlier one.
    let revisionCues: [[String]]
    /// Folded phrases giving a figure as provisional ("partial results", « bilan provisoire »).
    let provisionalCues: [[String]]
    /// Folded phrases denying or doubting what follows.
    let denialCues: [[String]]
    /// Those of them that deny or doubt what comes before ("reports of his death are
    /// disinformation", « une information non confirmée »).
    let postposedDenialCues: Set<[String]>
    /// Folded phrases placing a figure in the whole country ("dans tout le pays", "nationwide").
    let nationalScope: [[String]]
    /// Folded phrases before a date it is compared with ("plus nombreux que le 15 mars",
    /// "more than on March 15"): that date counts another day, not the figure's.
    let comparisonCues: [[String]]
    /// Folded phrases opening a period ("depuis lundi soir", "since Monday"): a figure counted
    /// since a day is counted as of the report, not on that day.
    let periodStartCues: [[String]]
    /// Folded words naming a line of rulers ("famille", "clan", "father"): a span beside one
    /// ("53 ans de règne de la famille Assad") measures the line's rule, not one person's.
    let lineageWords: Set<String>
    /// Folded phrases setting apart the worst-hurt ("dans un état critique", "seriously"):
    /// a count of them is another figure than the count of all injured.
    let severityCues: [[String]]
    /// Folded word pairs opening and joining a route ("from Milan to Bologna", "entre Milan et
    /// Bologne"): places of a route are where something went, not where a figure was counted.
    /// "de Rouen et Lyon" is no route: each opener has its own joiner.
    let routes: Set<[String]>
    /// Folded words of institutions' names → the English word (English words map to
    /// themselves): "Autorité de l'aviation civile" and "Civil Aviation Authority" are one.
    let institutionWords: [String: String]
    /// Folded words that only join the parts of an institution's name ("de", "of").
    let institutionJoiners: Set<String>
    /// Folded collective numbers in the singular ("une dizaine", "a dozen"): about that many,
    /// not an order of magnitude as "des dizaines", "dozens".
    let collectiveNumbers: Set<String>
    /// Folded words of a compass direction ("sud-est", "southeast"): a distance followed by
    /// one is an offset from a place ("30 km south of Izmir").
    let directionWords: Set<String>
    /// Folded words joining a direction to its place ("of", « d' »).
    let offsetJoiners: Set<String>
    /// Folded words making a distance a depth ("depth", "deep", « profondeur »).
    let depthWords: Set<String>
    /// Folded words telling a person's age by decade ("octogénaire", "octogenarian") → the ages.
    let decadeAges: [String: ClosedRange<Double>]

    init(language: Language, bounds: String, revisionCues: String, provisionalCues: String = "", denialCues: String, postposedDenialCues: String = "", nationalScope: String, comparisonCues: String = "", periodStartCues: String = "",
         lineageWords: String = "", severityCues: String = "", routes: String = "", institutionJoiners: String = "", institutionWords: String = "",
         collectiveNumbers: String = "", decadeAges: String = "", directionWords: String = "", offsetJoiners: String = "",
         depthWords: String = "") {
        var ages: [String: ClosedRange<Double>] = [:]
        for row in LexiconTable.rows(decadeAges) where row.count >= 3 {
            guard let low = Double(row[1]), let high = Double(row[2]), low <= high else { continue }
            for w in LexiconTable.list(row[0]) { if let f = TextWords.folded(w).first { ages[f] = low...high } }
        }
        self.decadeAges = ages
        // A table's words, several to a row, each folded to one word.
        func wordSet(_ table: String) -> Set<String> { Set(LexiconTable.words(table).flatMap(LexiconTable.list).compactMap { TextWords.folded($0).first }) }
        self.collectiveNumbers = wordSet(collectiveNumbers)
        self.language = language
        var b: [(phrase: [String], bound: Bound)] = []
        for row in LexiconTable.rows(bounds) where row.count >= 2 {
            guard let bound = Bound(rawValue: row[0]) else { continue }
            for p in LexiconTable.list(row[1]) { b.append((TextWords.folded(p), bound)) }
        }
        // Longest phrase first: "plus de" must not hide behind "plus".
        self.bounds = b.sorted { $0.phrase.count > $1.phrase.count }
        self.revisionCues = LexiconTable.words(revisionCues).map(TextWords.folded)
        self.provisionalCues = LexiconTable.words(provisionalCues).map(TextWords.folded)
        let postposed = LexiconTable.words(postposedDenialCues).map(TextWords.folded)
        self.denialCues = LexiconTable.words(denialCues).map(TextWords.folded) + postposed
        self.postposedDenialCues = Set(postposed)
        self.nationalScope = LexiconTable.words(nationalScope).map(TextWords.folded)
        self.comparisonCues = LexiconTable.words(comparisonCues).map(TextWords.folded)
        self.periodStartCues = LexiconTable.words(periodStartCues).map(TextWords.folded)
        self.severityCues = LexiconTable.words(severityCues).map(TextWords.folded)
        var pairs = Set<[String]>()
        for row in LexiconTable.rows(routes) where row.count >= 2 {
            if let o = TextWords.folded(row[0]).first, let j = TextWords.folded(row[1]).first { pairs.insert([o, j]) }
        }
        self.routes = pairs
        var words: [String: String] = [:]
        for row in LexiconTable.rows(institutionWords) where row.count >= 2 {
            if let w = TextWords.folded(row[0]).first, let e = TextWords.folded(row[1]).first { words[w] = e }
        }
        self.institutionWords = words
        self.institutionJoiners = Set(LexiconTable.list(institutionJoiners).compactMap { TextWords.folded($0).first })
        // "family's" is read as "family'" then "s": each entry by its first word.
        self.lineageWords = Set(LexiconTable.words(lineageWords).compactMap { TextWords.folded($0).first })
        self.directionWords = wordSet(directionWords)
        self.offsetJoiners = wordSet(offsetJoiners)
        self.depthWords = wordSet(depthWords)
    }

    /// The lexicon of a language; French for a language without one.
    public static func forLanguage(_ language: Language) -> ComparisonLexicon {
        registry[language] ?? french
    }

    static let registry: [Language: ComparisonLexicon] = [.french: french, .english: english]
    /// Every language's lexicon: cues are looked for in all of them, as quotes may be in
    /// another language than the article.
    static let all: [ComparisonLexicon] = [french, english]
    /// Every language's institution joiners: a name may be quoted in another language.
    static let allInstitutionJoiners: Set<String> = all.reduce(into: []) { $0.formUnion($1.institutionJoiners) }

    /// How the first words of a figure's text bound it ("près de 25 ans" → nearly).
    func bound(ofFolded words: [String]) -> Bound? {
        for (p, b) in bounds where words.count >= p.count && Array(words.prefix(p.count)) == p { return b }
        return nil
    }

    /// Word ranges of every occurrence of the phrases in `words`.
    static func occurrences(_ words: [String], anyOf phrases: [[String]]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for p in phrases where !p.isEmpty && words.count >= p.count {
            for i in 0...(words.count - p.count) where words[i] == p[0] && (1..<p.count).allSatisfy({ words[i + $0] == p[$0] }) {
                out.append(i..<(i + p.count))
            }
        }
        return out
    }

    /// The sign of the bound a figure's wording gives, for display: "au moins 42" → "≥",
    /// "more than 300" → ">", "jusqu'à 500" → "≤", "nearly 25" / "about 30" → "≈"; nil when
    /// the wording gives none. Read in every language's lexicon (quotes may be in another).
    public static func boundSign(ofFigure text: String) -> String? {
        let words = TextWords.folded(text)
        for lexicon in all {
            guard let b = lexicon.bound(ofFolded: words) else { continue }
            switch b {
            case .atLeast: return "≥"
            case .moreThan: return ">"
            case .lessThan: return "<"
            case .atMost: return "≤"
            case .nearly, .about: return "≈"
            }
        }
        return nil
    }

    static func contains(_ words: [String], anyOf phrases: [[String]]) -> Bool {
        for p in phrases where !p.isEmpty && words.count >= p.count {
            // Word by word: no array built per candidate position.
            for i in 0...(words.count - p.count) where words[i] == p[0] && (1..<p.count).allSatisfy({ words[i + $0] == p[$0] }) { return true }
        }
        return false
    }
}

/// How a qualifier bounds a figure.
enum Bound: String, Sendable {
    /// "au moins 30", "at least 30": 30 or more.
    case atLeast = "at-least"
    /// "plus de 300", "over 300": above 300.
    case moreThan = "more-than"
    /// "moins de deux semaines", "fewer than 10": below.
    case lessThan = "less-than"
    /// "jusqu'à 500", "up to 500": 500 or less.
    case atMost = "at-most"
    /// "près de 25", "nearly 25": a little under.
    case nearly
    /// "environ 500", "une trentaine", "about 30": around.
    case about
}
