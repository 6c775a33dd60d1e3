import CorroborateCore

/// The entries a folded name is found under, and whether every spelling of it that the
/// tables give is in capitals.
struct IndexSlot: Sendable {
    /// Most names have one entry: it is kept inline, the others in `more`.
    var first: Int
    var more: [Int] = []
    var isAcronym: Bool

    var entries: [Int] { [first] + more }
}

/// Builds the gazetteer's entries and indexes from its tables, once, at first use.
struct GazetteerBuilder {
    /// An entry while it is built: its display names and the extra forms only indexed.
    struct Draft {
        var key: String
        var type: EntityType
        var kind: String
        var parent: String?
        /// Display names per language, in `GazetteerTables.nameLanguages` order.
        var names: [[String]]
        /// Generated phrases ("l’agence de presse russe TASS"), already folded: only indexed.
        var aliasKeys: [String] = []
        /// Base names of a patterned kind ("Alep" of "gouvernorat d’Alep"): indexed only
        /// when no other place has that name, so the city keeps "Alep".
        var yieldingNames: [String] = []
        var shortNames: [String] = []
        /// A template's display names are among its folded aliases: not folded again.
        var namesAreAliases = false

        func entry(languages: [Language]) -> GazetteerEntry {
            var byLanguage: [Language: [String]] = [:]
            for (i, list) in names.enumerated() where !list.isEmpty { byLanguage[languages[i]] = list }
            return GazetteerEntry(key: key, type: type, kind: kind, parent: parent, names: byLanguage, shortNames: shortNames)
        }
    }

    /// A country's demonyms and names, written and folded, per language (template slots).
    struct CountrySlots {
        var written: [[String: [String]]] = []
        var folded: [[String: [String]]] = []
    }

    let tables: GazetteerTables
    let forms: NameForms
    private(set) var entries: [Draft] = []
    private(set) var keyIndex: [String: Int] = [:]
    private(set) var nameIndex: [String: IndexSlot] = [:]
    private(set) var demonyms: [String: String] = [:]
    private(set) var capitals: [String: String] = [:]
    private(set) var maxNameLength = 1
    private var countrySlots: [String: CountrySlots] = [:]
    private var templateClaims: [String: Int] = [:]

    init(tables: GazetteerTables) {
        self.tables = tables
        self.forms = NameForms(tables: tables)
        // Sized for the tables, so the dictionaries do not grow step by step.
        entries.reserveCapacity(4096)
        keyIndex.reserveCapacity(4096)
        nameIndex.reserveCapacity(16384)
    }

    mutating func build() {
        readCountries()
        for table in tables.cities { readPlaces(table, kindColumn: false) }
        for table in tables.regions { readPlaces(table, kindColumn: true) }
        for table in tables.organizations { readOrganizations(table) }
        readTemplates()
        for table in tables.persons { readPersons(table) }
        applyKindForms()
        indexNames()
    }

    // MARK: Tables

    private func field(_ row: [String], _ i: Int) -> String { i < row.count ? row[i] : "" }

    private func names(_ row: [String], from column: Int) -> [[String]] {
        tables.nameLanguages.indices.map { LexiconTable.list(field(row, column + $0)) }
    }

    private func languageIndex(_ language: Language) -> Int? {
        tables.nameLanguages.firstIndex(of: language)
    }

    @discardableResult
    private mutating func add(_ draft: Draft) -> Int {
        if let existing = keyIndex[draft.key] {
            // The same key again (a template's entry for a row that names it) adds names.
            for (i, list) in draft.names.enumerated() { entries[existing].names[i] += list }
            entries[existing].aliasKeys += draft.aliasKeys
            return existing
        }
        entries.append(draft)
        keyIndex[draft.key] = entries.count - 1
        return entries.count - 1
    }

    private func placeKey(_ raw: String) -> String? { raw.isEmpty ? nil : "place:" + raw }

    private static func foldedUnique(_ phrases: [String]) -> [String] {
        var out: [String] = []
        for phrase in phrases {
            let key = NameFolder.fold(phrase).key
            if !out.contains(key) { out.append(key) }
        }
        return out
    }

    private mutating func readCountries() {
        var ambiguous: Set<String> = []
        for table in tables.countries {
            for row in LexiconTable.rows(table) where !field(row, 0).isEmpty {
                let key = "place:" + row[0]
                let countryNames = names(row, from: 1)
                add(Draft(key: key, type: .place, kind: "country", parent: nil, names: countryNames))
                var slots = CountrySlots()
                for offset in tables.nameLanguages.indices {
                    let list = LexiconTable.list(field(row, 3 + offset))
                    let folded = list.map { NameFolder.fold($0).key }
                    for demonym in folded {
                        if let other = demonyms[demonym], other != key { ambiguous.insert(demonym) }
                        demonyms[demonym] = key
                    }
                    let names = countryNames[offset]
                    slots.written.append(["demonym": list, "country": names])
                    // Folded demonyms keep their positions ({demonym:2}) with repeats.
                    slots.folded.append(["demonym": folded, "country": names.map { NameFolder.fold($0).key }])
                }
                countrySlots[key] = slots
                if let capital = placeKey(field(row, 5)) { capitals[key] = capital }
            }
        }
        for demonym in ambiguous { demonyms[demonym] = nil }
    }

    private mutating func readPlaces(_ table: String, kindColumn: Bool) {
        let namesColumn = kindColumn ? 3 : 2
        for row in LexiconTable.rows(table) where !field(row, 0).isEmpty {
            let kind = kindColumn ? field(row, 2) : "city"
            add(Draft(key: "place:" + row[0], type: .place, kind: kind.isEmpty ? "region" : kind,
                      parent: placeKey(field(row, 1)), names: names(row, from: namesColumn)))
        }
    }

    private mutating func readOrganizations(_ table: String) {
        for row in LexiconTable.rows(table) where !field(row, 0).isEmpty {
            let country = placeKey(field(row, 2))
            let index = add(Draft(key: "org:" + row[0], type: .organization, kind: field(row, 1),
                                  parent: country, names: names(row, from: 3)))
            // "Kremlin" stands for the template "presidency" of Russia: the template's
            // forms ("présidence russe") become its aliases rather than a second entry.
            let template = field(row, 5)
            if let country, !template.isEmpty {
                templateClaims[country + "|" + template] = index
            }
        }
    }

    private mutating func readTemplates() {
        struct Template { var suffix: String; var kind: String; var patterns: [[(NamePattern, Bool)]] }
        var templates: [Template] = []
        for row in LexiconTable.rows(tables.organizationTemplates) where row.count >= 4 {
            let patterns = tables.nameLanguages.enumerated().map { offset, language in
                LexiconTable.list(field(row, 2 + offset)).map { text in
                    let pattern = NamePattern(text)
                    return (pattern, forms.mayContract(pattern, language: language))
                }
            }
            templates.append(Template(suffix: row[0], kind: row[1], patterns: patterns))
        }
        let countries = LexiconTable.words(tables.templateCountries).flatMap { LexiconTable.list($0) }
        for rawCountry in countries {
            let country = "place:" + rawCountry
            guard let slots = countrySlots[country] else { continue }
            for template in templates {
                var displayNames = [[String]](repeating: [], count: tables.nameLanguages.count)
                var aliasKeys: [String] = []
                for (offset, patterns) in template.patterns.enumerated() {
                    let language = tables.nameLanguages[offset]
                    for (pattern, contracts) in patterns {
                        displayNames[offset] += pattern.written(slots.written[offset])
                        let keys = pattern.folded(slots.folded[offset])
                        aliasKeys += contracts ? keys.map { forms.contractFolded($0, language: language) } : keys
                    }
                }
                if let claimed = templateClaims[country + "|" + template.suffix] {
                    entries[claimed].aliasKeys += aliasKeys
                    continue
                }
                var draft = Draft(key: "org:" + rawCountry + "-" + template.suffix, type: .organization,
                                  kind: template.kind, parent: country, names: displayNames)
                draft.aliasKeys = aliasKeys
                draft.namesAreAliases = true
                add(draft)
            }
        }
    }

    private mutating func readPersons(_ table: String) {
        for row in LexiconTable.rows(table) where !field(row, 0).isEmpty {
            var draft = Draft(key: "person:" + row[0], type: .person, kind: "person", parent: nil,
                              names: names(row, from: 1))
            draft.shortNames = LexiconTable.list(field(row, 1 + tables.nameLanguages.count))
            add(draft)
        }
    }

    // MARK: Kind forms

    /// "gouvernorat d’Alep" from a governorate named "Alep", "agence de presse russe TASS"
    /// from an agency of Russia named "TASS".
    private mutating func applyKindForms() {
        for i in entries.indices {
            guard let kindForms = forms.kindForms[entries[i].kind] else { continue }
            let draft = entries[i]
            let country = draft.parent.flatMap { countryOf($0) }.flatMap { countrySlots[$0] }
            var generatedNames = [[String]](repeating: [], count: tables.nameLanguages.count)
            var hasNameForms = false
            for form in kindForms {
                guard let offset = languageIndex(form.language) else { continue }
                let bases = draft.names[offset]
                if form.isName {
                    hasNameForms = true
                    for base in bases {
                        let phrases = form.pattern.written(["name": [base]])
                        generatedNames[offset] += form.contracts
                            ? phrases.map { forms.contract($0, language: form.language) } : phrases
                    }
                } else {
                    var slots = ["name": Self.foldedUnique(bases)]
                    if let demonyms = country?.folded[offset]["demonym"] { slots["demonym"] = demonyms }
                    let keys = form.pattern.folded(slots)
                    entries[i].aliasKeys += form.contracts ? keys.map { forms.contractFolded($0, language: form.language) } : keys
                }
            }
            if hasNameForms {
                entries[i].yieldingNames = draft.names.flatMap { $0 }
                for (offset, list) in generatedNames.enumerated() {
                    entries[i].names[offset] = list + draft.names[offset]
                }
            }
        }
    }

    /// The country a place or organization lies in (itself for a country).
    private func countryOf(_ key: String) -> String? {
        var current: String? = key
        var steps = 0
        while let k = current, steps < 16 {
            if countrySlots[k] != nil { return k }
            current = keyIndex[k].flatMap { entries[$0].parent }
            steps += 1
        }
        return nil
    }

    // MARK: Index

    private mutating func indexNames() {
        var yielding: [(Int, FoldedName)] = []
        for i in entries.indices {
            let draft = entries[i]
            let isPerson = draft.type == .person
            var done: [String] = []
            for list in draft.names where !draft.namesAreAliases {
                for name in list where !done.contains(name) {
                    done.append(name)
                    if draft.yieldingNames.contains(name) { yielding.append((i, NameFolder.fold(name))); continue }
                    index(NameFolder.fold(name), entry: i, isPerson: isPerson)
                }
            }
            for name in draft.shortNames where !done.contains(name) {
                done.append(name)
                index(NameFolder.fold(name), entry: i, isPerson: isPerson)
            }
            for key in draft.aliasKeys {
                let tokens = key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
                index(FoldedName(key: key, tokenCount: tokens, isAcronym: false, isAcronymAfterFirst: false),
                      entry: i, isPerson: isPerson)
            }
        }
        for (i, name) in yielding {
            var taken = false
            forms.forms(of: name, dropParticles: false, stripArticles: true) { key, _, _ in
                if let slot = nameIndex[key], (slot.first != i && entries[slot.first].type == .place)
                    || slot.more.contains(where: { $0 != i && entries[$0].type == .place }) {
                    taken = true
                }
            }
            if !taken { index(name, entry: i, isPerson: false) }
        }
    }

    private mutating func index(_ name: FoldedName, entry i: Int, isPerson: Bool) {
        forms.forms(of: name, dropParticles: isPerson, stripArticles: !isPerson) { key, tokenCount, isAcronym in
            if nameIndex[key]?.add(i, isAcronym: isAcronym) == nil {
                nameIndex[key] = IndexSlot(first: i, isAcronym: isAcronym)
            }
            if tokenCount > maxNameLength { maxNameLength = tokenCount }
        }
    }
}

extension IndexSlot {
    mutating func add(_ entry: Int, isAcronym: Bool) {
        if entry != first && !more.contains(entry) { more.append(entry) }
        if !isAcronym { self.isAcronym = false }
    }
}
