import CorroborateCore
import CorroborateGazetteer
import CorroborateExtraction

/// One key for an institution the gazetteer does not know, whatever the language its name is
/// written in: "l'Institut géophysique du Pérou" and "the Geophysical Institute of Peru",
/// "l'Autorité de l'aviation civile" and "the Civil Aviation Authority" are one source each, not
/// two independent ones. The name's words are brought to English
/// (`ComparisonLexicon.institutionWords`), the places it names by their keys, plurals made
/// singular, and the words sorted. A name that gives its country in one article and not in
/// the other ("Nepal's Civil Aviation Authority" is read as a place and a name) stays two.
enum InstitutionKey {
    static let prefix = "organization:"

    /// Words of a name that only join its parts (`ComparisonLexicon.institutionJoiners`).
    static var joiners: Set<String> { ComparisonLexicon.allInstitutionJoiners }

    /// "Civil Aviation Authority": every word but the joiners capitalized, none a word of the
    /// media ("Russian news agencies" opening a sentence is a description, not a name).
    static func isWrittenAsName(_ name: String) -> Bool {
        // "Météo-France": the parts of a hyphenated name count as words, as in entity keys.
        let words = name.split { $0 == " " || $0 == "-" }
        return words.count >= 2 && words.allSatisfy { w in
            joiners.contains(ScalarClass.fold(String(w))) || (w.unicodeScalars.first.map(ScalarClass.isUpper) ?? false)
        } && !TextWords.folded(name).contains { SourceProfile.mediaWords.contains($0) }
    }

    /// « police britannique des transports », « ministère de l'Intérieur », "the Finistère
    /// prefecture": most institutions' names are written in lowercase; a name of two words or
    /// more whose head word (first, or last as English puts it) is an institution's is one.
    static func isHeadedByInstitutionWord(_ name: String) -> Bool {
        let words = TextWords.folded(name)
        guard words.count >= 2, let first = words.first, let last = words.last,
              !words.contains(where: { SourceProfile.mediaWords.contains($0) }) else { return false }
        return institutionHeads.contains(first) || institutionHeads.contains(last)
    }

    /// Head words of institutions, in every language.
    static let institutionHeads: Set<String> = Language.supported.reduce(into: Set<String>()) { out, l in
        out.formUnion(ExtractionLexicon.forLanguage(l).organizationHeads.words)
    }

    /// The language-neutral key of an unknown institution's key; other keys unchanged. `name`:
    /// how the article writes it; a source the extractor found no entity for ("source:civil
    /// aviation authority") is an institution when written as a name, capitalized.
    static func canonical(_ key: String, name: String? = nil, gazetteer: Gazetteer) -> String {
        // (A person's name romanized two ways is one person: `PersonKey`.)
        if key.hasPrefix(PersonKey.prefix) { return PersonKey.canonical(key) }
        let parts: [String]
        if key.hasPrefix(prefix), gazetteer.entry(key: key) == nil {
            parts = key.dropFirst(prefix.count).split(separator: "-").map(String.init)
        } else if key.hasPrefix("source:"), let name, isWrittenAsName(name) || isHeadedByInstitutionWord(name),
                  // "police sources" is a kind of source (`canonicalGeneric`), not the police.
                  !TextWords.folded(name).contains(where: { $0 == "source" || $0 == "sources" }) {
            parts = TextWords.folded(String(key.dropFirst("source:".count))).flatMap { $0.split(separator: "-").map(String.init) }
        } else {
            return key
        }
        var words: [String] = []
        for p in parts where !joiners.contains(p) {
            // A place or nationality stays, by its key: "du Pérou" and "Peru's" are one, and the
            // geophysical institutes of Peru and of Ecuador two.
            if let country = gazetteer.countryForDemonym(p) { words.append(country); continue }
            if let place = gazetteer.entries(forFoldedName: p).first(where: { $0.type == .place }) { words.append(place.key); continue }
            var w = englishWord(p) ?? p
            if w.count > 4, w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" } else if w.count > 4, w.hasSuffix("s") { w.removeLast() }
            words.append(w)
        }
        // A name of one word, or of places only, says too little to be matched across languages.
        guard words.count >= 2 else { return key }
        return "institution:" + words.sorted().joined(separator: "-")
    }

    /// One key for a generic source in any language: "police sources", « source policière » and
    /// « des sources policières » are one origin, « sources diplomatiques » and "diplomatic sources"
    /// another. The words that say what kind of source it is, brought to English; the word
    /// "source" itself and the joiners dropped. A phrase of no such word ("une source", "sources
    /// concordantes" aside) keeps its key.
    static func canonicalGeneric(_ key: String) -> String {
        guard key.hasPrefix("source:") else { return key }
        var words: [String] = []
        for p in TextWords.folded(String(key.dropFirst("source:".count))) where !joiners.contains(p) && !genericDeterminers.contains(p) {
            guard let english = englishWord(p) else { return key }
            if english != "source", !words.contains(english) { words.append(english) }
        }
        guard !words.isEmpty else { return key }
        return "source:~" + words.sorted().joined(separator: "-")
    }

    /// The English word of a folded word of an institution's or a source's name, in any
    /// language's lexicon (`ComparisonLexicon.institutionWords`); nil when none knows it.
    static func englishWord(_ w: String) -> String? {
        for lexicon in ComparisonLexicon.all { if let e = lexicon.institutionWords[w] { return e } }
        return nil
    }

    /// Determiners a generic source may open with, in every language: « des sources », "some officials".
    static let genericDeterminers: Set<String> = Language.supported.reduce(into: Set<String>()) { out, l in
        let lexicon = ExtractionLexicon.forLanguage(l)
        out.formUnion(lexicon.determiners.words)
        out.formUnion(lexicon.countingDeterminers.words)
    }
}
