import CorroborateCore
import CorroborateText

/// World knowledge for entity recognition: countries, cities, regions and sites,
/// organizations and persons, looked up by their folded names.
///
/// Everything comes from the tables in Data/ (Swift string literals), parsed once, lazily,
/// the first time `shared` is used. Keys are full keys everywhere: "place:syria".
public final class Gazetteer: Sendable {
    /// Built once, lazily (a `static let` is initialized on first use, thread-safely).
    public static let shared = Gazetteer(tables: .standard)

    /// The longest indexed name, in tokens: how far a lookup needs to look ahead.
    public let maxNameLength: Int

    private let entryList: [GazetteerEntry]
    private let keyIndex: [String: Int]
    private let nameIndex: [String: IndexSlot]
    /// Asked of most words in a claim (is it a nationality?): a `WordTable`, as the lexicons.
    private let demonyms: WordTable<String>
    private let capitals: [String: String]
    /// Capital → its country.
    private let countryOfCapital: [String: String]
    private let particles: WordSet
    private let trie: NameTrie
    private let offices: OfficeHolders

    init(tables: GazetteerTables) {
        var builder = GazetteerBuilder(tables: tables)
        builder.build()
        entryList = builder.entries.map { $0.entry(languages: tables.nameLanguages) }
        keyIndex = builder.keyIndex
        nameIndex = builder.nameIndex
        demonyms = WordTable(builder.demonyms)
        capitals = builder.capitals
        var countryOfCapital: [String: String] = [:]
        for (country, capital) in builder.capitals where countryOfCapital[capital] == nil || country < (countryOfCapital[capital] ?? "") {
            countryOfCapital[capital] = country
        }
        self.countryOfCapital = countryOfCapital
        particles = WordSet(builder.forms.particleNames)
        maxNameLength = builder.maxNameLength
        trie = NameTrie(names: builder.nameIndex.keys)
        offices = OfficeHolders(tables: tables.offices)
    }

    /// The folded key of a phrase, as `entries(forFoldedName:)` expects it: the phrase
    /// tokenized like article text, tokens' `folded` joined by one space.
    public static func foldedName(_ phrase: String) -> String {
        Tokenizer().tokenize(TextBuffer(phrase)).map(\.folded).joined(separator: " ")
    }

    /// Every entry, in table order.
    public var allEntries: [GazetteerEntry] { entryList }

    /// Entries whose name (any language) matches these folded tokens exactly
    /// (`Token.folded` joined by one space: "l' agence tass", "deir ez-zor").
    public func entries(forFoldedName name: String) -> [GazetteerEntry] {
        guard let slot = nameIndex[name] else { return [] }
        return slot.entries.map { entryList[$0] }
    }

    /// How many tokens from `i` on spell a known name, longest first: the lengths for which
    /// `entries(forFoldedName:)` of the tokens' folded forms joined by one space is not empty,
    /// without building those strings. Empty for most tokens.
    public func nameLengths(_ tokens: [Token], at i: Int) -> [Int] {
        trie.lengths(tokens, at: i)
    }

    public func entry(key: String) -> GazetteerEntry? {
        keyIndex[key].map { entryList[$0] }
    }

    /// True when every spelling the tables give for this folded name is in capitals
    /// ("UN", "AFP", "U.S."): the text must show capitals too, or "un" would be the
    /// French article and "us" the English pronoun.
    public func isAcronym(foldedName name: String) -> Bool {
        nameIndex[name]?.isAcronym ?? false
    }

    /// Demonym (any form, folded: "russe", "syriennes", "russian", "south african")
    /// → country key. Nil when unknown or shared by two countries ("congolais").
    public func countryForDemonym(_ folded: String) -> String? {
        demonyms[folded]
    }

    /// The capital's key ("place:syria" → "place:damascus"); a city-state is its own capital.
    public func capital(ofCountry key: String) -> String? {
        capitals[key]
    }

    /// The country whose capital this place is ("place:paris" → "place:france"), if any.
    public func country(ofCapital key: String) -> String? {
        countryOfCapital[key]
    }

    /// A town, a base, an airport (a local place) that is no country's capital: where things
    /// happen; it neither acts nor speaks, where a capital stands for its state.
    public func isTown(key: String) -> Bool {
        entry(key: key)?.isLocalPlace == true && countryOfCapital[key] == nil
    }

    /// True when `inner` is `outer` or lies within it through parents (Moscou ⊂ Russie).
    public func isWithin(_ inner: String, _ outer: String) -> Bool {
        var current: String? = inner
        var steps = 0
        while let key = current, steps < 16 {
            if key == outer { return true }
            current = keyIndex[key].flatMap { entryList[$0].parent }
            steps += 1
        }
        return false
    }

    /// Preferred display name in a language, falling back to English, then any language.
    public func displayName(key: String, language: Language) -> String? {
        guard let entry = entry(key: key) else { return nil }
        if let name = entry.names[language]?.first { return name }
        if let name = entry.names[.english]?.first { return name }
        for lang in entry.names.keys.sorted() {
            if let name = entry.names[lang]?.first { return name }
        }
        return entry.shortNames.first
    }

    /// The terms of an office ("head-of-state") of a country ("place:russia"), earliest first.
    public func terms(of office: String, country: String) -> [OfficeTerm] {
        offices.terms(of: office, country: country)
    }

    /// Name particles ("al", "ben", "de", "van"), folded.
    public func isNameParticle(_ folded: String) -> Bool {
        particles.contains(folded)
    }
}
