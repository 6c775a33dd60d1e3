import CorroborateCore
@testable import CorroborateGazetteer
import Testing

@Suite("The tables are consistent")
struct GazetteerConsistencyTests {
    let gazetteer = Gazetteer.shared

    @Test("Every parent and capital key names an entry")
    func referencesExist() {
        for entry in gazetteer.allEntries {
            if let parent = entry.parent {
                #expect(gazetteer.entry(key: parent) != nil, "\(entry.key) → \(parent)")
            }
            if entry.kind == "country", let capital = gazetteer.capital(ofCountry: entry.key) {
                #expect(gazetteer.entry(key: capital) != nil, "capital of \(entry.key): \(capital)")
            }
        }
    }

    @Test("Every office row names a country and a person of the tables, with days that read and terms that follow one another")
    func officesAreWhole() {
        var lastEnd: [String: CalendarDate] = [:]
        for t in GazetteerTables.standard.offices {
            for row in LexiconTable.rows(t) {
                #expect(row.count == 5, "\(row)")
                guard row.count == 5 else { continue }
                #expect(gazetteer.entry(key: "place:" + row[1])?.kind == "country", "\(row)")
                #expect(gazetteer.entry(key: "person:" + row[2])?.type == .person, "\(row)")
                let from = CalendarDate(iso: row[3]), until = row[4].isEmpty ? from : CalendarDate(iso: row[4])
                #expect(from != nil && until != nil, "\(row)")
                guard let from, let until else { continue }
                #expect(from <= until, "\(row)")
                let slot = row[0] + "|" + row[1]
                if let end = lastEnd[slot] { #expect(end <= from, "\(row) begins before the term before it ends") }
                lastEnd[slot] = row[4].isEmpty ? CalendarDate(year: 9999, month: 12, day: 31) : until
                #expect(gazetteer.terms(of: row[0], country: "place:" + row[1]).contains { $0.person == "person:" + row[2] && $0.from == from })
            }
        }
        #expect(gazetteer.terms(of: "head-of-state", country: "place:russia").last?.covers(CalendarDate(year: 2024, month: 12, day: 9)) == true)
        #expect(gazetteer.terms(of: "head-of-state", country: "place:atlantis").isEmpty)
    }

    @Test("Every country has a capital but Palestine")
    func capitals() {
        for entry in gazetteer.allEntries where entry.kind == "country" && entry.key != "place:palestine" {
            #expect(gazetteer.capital(ofCountry: entry.key) != nil, "\(entry.key)")
        }
    }

    @Test("No key is written twice in the tables")
    func uniqueKeys() {
        let tables = GazetteerTables.standard
        var seen: [String: Int] = [:]
        func count(_ prefix: String, _ table: String) {
            for row in LexiconTable.rows(table) where !row[0].isEmpty { seen[prefix + row[0], default: 0] += 1 }
        }
        for t in tables.countries + tables.cities + tables.regions { count("place:", t) }
        for t in tables.organizations { count("org:", t) }
        for t in tables.persons { count("person:", t) }
        let duplicates = seen.filter { $0.value > 1 }.map(\.key).sorted()
        #expect(duplicates.isEmpty, "\(duplicates)")
        #expect(gazetteer.allEntries.count == Set(gazetteer.allEntries.map(\.key)).count)
    }

    @Test("Every row has its columns, and every entry a name")
    func rowsAreWhole() {
        let tables = GazetteerTables.standard
        for t in tables.countries { for row in LexiconTable.rows(t) { #expect(row.count == 6, "\(row)") } }
        for t in tables.cities { for row in LexiconTable.rows(t) { #expect(row.count == 4, "\(row)") } }
        for t in tables.regions { for row in LexiconTable.rows(t) { #expect(row.count == 5, "\(row)") } }
        for t in tables.organizations { for row in LexiconTable.rows(t) { #expect((5...6).contains(row.count), "\(row)") } }
        for t in tables.persons { for row in LexiconTable.rows(t) { #expect(row.count == 4, "\(row)") } }
        for entry in gazetteer.allEntries {
            #expect(!entry.names.isEmpty, "\(entry.key)")
        }
    }

    @Test("Template countries exist")
    func templateCountries() {
        for name in LexiconTable.words(GazetteerTables.standard.templateCountries).flatMap({ LexiconTable.list($0) }) {
            #expect(gazetteer.entry(key: "place:" + name) != nil, "\(name)")
        }
    }

    @Test("Every entry is found under each of its names, unless it yields a bare name to another place")
    func namesFindTheirEntry() {
        for entry in gazetteer.allEntries {
            for name in entry.names.values.flatMap({ $0 }) + entry.shortNames {
                let found = gazetteer.entries(forFoldedName: Gazetteer.foldedName(name))
                let yielded = entry.type == .place && found.contains { $0.type == .place }
                #expect(found.contains { $0.key == entry.key } || yielded, "\(entry.key): \(name)")
            }
        }
    }

    @Test("The fast name folder agrees with the Tokenizer on every name of the tables")
    func folderMatchesTokenizer() {
        var phrases: [String] = ["l’agence TASS", "Russia’s", "Hay’at Tahrir al-Sham", "aujourd’hui", "3 500 manifestants",
                                 "1.28", "U.S.", "Deir ez-Zor", "Kyiv’s", "O’Neill", "N’Djamena", "20 Minutes", "TV5Monde"]
        for entry in gazetteer.allEntries {
            phrases += entry.names.values.flatMap { $0 } + entry.shortNames
        }
        for phrase in phrases {
            #expect(NameFolder.fold(phrase).key == Gazetteer.foldedName(phrase), "\(phrase)")
        }
    }

    @Test("Names are short enough for a lookahead")
    func maxLength() {
        #expect(gazetteer.maxNameLength >= 4)
        #expect(gazetteer.maxNameLength <= 16)
    }
}
