import CorroborateCore
import CorroborateGazetteer

/// The names the generated articles use, taken from the project's gazetteer: people, cities
/// with their countries, organizations, news agencies and outlets. Only names a text can
/// use bare (capitalized) are kept.
struct BenchWorld: Sendable {
    struct Name: Sendable {
        let key: String
        let names: [Language: String]
        func name(_ language: Language) -> String { names[language] ?? names[.english] ?? names.values.first ?? key }
    }
    struct City: Sendable {
        let city: Name
        let country: Name
    }

    let persons: [Name]
    let cities: [City]
    let organizations: [Name]
    let agencies: [Name]
    let outlets: [Name]

    init(gazetteer: Gazetteer) {
        func name(_ e: GazetteerEntry) -> Name? {
            var names: [Language: String] = [:]
            for language in Language.supported {
                guard let n = e.names[language]?.first, let first = n.unicodeScalars.first,
                      ScalarClass.isUpper(first) else { return nil }
                names[language] = n
            }
            return Name(key: e.key, names: names)
        }
        let entries = gazetteer.allEntries
        var byKey: [String: GazetteerEntry] = [:]
        for e in entries { byKey[e.key] = e }
        func country(of e: GazetteerEntry) -> GazetteerEntry? {
            var current = e.parent
            var steps = 0
            while let key = current, let p = byKey[key], steps < 8 {
                if p.kind == "country" { return p }
                current = p.parent
                steps += 1
            }
            return nil
        }
        persons = entries.filter { $0.type == .person }.compactMap(name)
        cities = entries.filter { $0.kind == "city" }.compactMap { e in
            guard let c = name(e), let k = country(of: e).flatMap(name) else { return nil }
            return City(city: c, country: k)
        }
        organizations = entries.filter { $0.type == .organization && $0.kind != "agency" && $0.kind != "outlet" }.compactMap(name)
        agencies = entries.filter { $0.kind == "agency" }.compactMap(name)
        outlets = entries.filter { $0.kind == "outlet" }.compactMap(name)
    }
}

/// SplitMix64: a tiny deterministic generator, so that a corpus of N articles is always the
/// same text (and the first N articles of a larger corpus).
struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
