import CorroborateCore
import CorroborateGazetteer

/// Merges the mentions of one article into entities: the forms of one name
/// ("Bachar al-Assad", "Bachar Al-Assad", "Assad", "al-Assad") become one entity named by
/// its fullest form, and each mention learns which entity it is.
struct EntityResolver: Sendable {
    let gazetteer: Gazetteer
    let language: Language

    struct Resolved: Sendable {
        var entities: [Entity]
        /// For each input mention, the index of its entity (nil: dropped).
        var entityOfMention: [Int?]
    }

    private struct Draft {
        var type: EntityType
        var key: String
        var surfaces: [String] = []
        var partsOfLongest: [String] = []
        var mentions = 0
        var firstMention: Int
    }

    /// - Parameter tokens: the article's tokens, to read the word before a name.
    func resolve(_ mentions: [EntityMention], tokens: [Token]) -> Resolved {
        let placePrepositions = ExtractionLexicon.forLanguage(language).placePrepositions
        var drafts: [Draft] = []
        var byKey: [String: Int] = [:]
        var assignment = [Int?](repeating: nil, count: mentions.count)

        var byPart: [String: [Int]] = [:]
        func add(_ m: EntityMention, _ index: Int, to d: Int) {
            drafts[d].mentions += 1
            if !drafts[d].surfaces.contains(m.surface) { drafts[d].surfaces.append(m.surface) }
            if m.nameParts.count > drafts[d].partsOfLongest.count {
                drafts[d].partsOfLongest = m.nameParts
                if drafts[d].type == .person { for p in m.nameParts where !(byPart[p]?.contains(d) ?? false) { byPart[p, default: []].append(d) } }
            }
            assignment[index] = d
        }

        // "l'Agence nationale de la sécurité des systèmes d'information (Anssi)": a name and the
        // short name in brackets right after it are one institution (keyed by the gazetteer's
        // key of the short name if it has one; comparison reads the short name as an alias).
        var shortName: [Int: Int] = [:], longName: [Int: Int] = [:]
        for i in mentions.indices.dropLast() where mentions[i].type == .organization && mentions[i].nameParts.count > 1 {
            let a = mentions[i], b = mentions[i + 1]
            guard b.nameParts.count == 1, b.type == .organization || b.type == nil, a.endToken < tokens.count, tokens[a.endToken].folded == "(",
                  b.firstToken == a.endToken + 1, b.endToken < tokens.count, tokens[b.endToken].folded == ")" else { continue }
            shortName[i] = i + 1
            longName[i + 1] = i
        }

        // Pass 1: known names and multi-word names found their entity.
        for (idx, m) in mentions.enumerated() {
            if let long = longName[idx], let d = assignment[long] {
                add(m, idx, to: d)
                continue
            }
            guard let type = m.type else { continue }
            if let short = shortName[idx], m.gazetteerKey == nil {
                let key = mentions[short].gazetteerKey ?? "\(EntityType.organization.rawValue):" + m.nameParts.joined(separator: "-")
                if let d = byKey[key] { add(m, idx, to: d); continue }
                byKey[key] = drafts.count
                drafts.append(Draft(type: .organization, key: key, firstMention: idx))
                add(m, idx, to: drafts.count - 1)
                continue
            }
            // "Interior Minister Ali Kaya … Kaya said": the surname of a person named in full
            // before is that person, though a town bears the name, unless a preposition of place
            // leads it ("in Kaya").
            if m.nameParts.count == 1, let gk = m.gazetteerKey, gk.hasPrefix("place:"), gazetteer.entry(key: gk)?.kind != "country",
               !(m.firstToken > 0 && m.firstToken <= tokens.count && placePrepositions.contains(tokens[m.firstToken - 1].folded)),
               let d = personContaining(m.nameParts, drafts, byPart), drafts[d].partsOfLongest.last == m.nameParts[0] {
                add(m, idx, to: d)
                continue
            }
            if let gk = m.gazetteerKey {
                // A surname form the gazetteer shares between several people: keep to the one named in full here.
                if let d = byKey[gk] { add(m, idx, to: d); continue }
                byKey[gk] = drafts.count
                drafts.append(Draft(type: type, key: gk, firstMention: idx))
                add(m, idx, to: drafts.count - 1)
                continue
            }
            // "RABAT (Global Wire) - … told Global Wire": a name the article gave as an organization
            // is that organization, not a person of the same name.
            if type == .person, !m.nameParts.isEmpty, let d = byKey["\(EntityType.organization.rawValue):" + m.nameParts.joined(separator: "-")] {
                add(m, idx, to: d)
                continue
            }
            if type == .person, let d = personContaining(m.nameParts, drafts, byPart) {
                add(m, idx, to: d)
                continue
            }
            // « la Commission électorale … a précisé la Commission »: an institution's head word
            // alone is the institution of that head named last.
            if type == .organization, m.nameParts.count == 1,
               let d = drafts.indices.last(where: { drafts[$0].type == .organization && drafts[$0].partsOfLongest.count > 1
                   && drafts[$0].partsOfLongest.first == m.nameParts[0] }) {
                add(m, idx, to: d)
                continue
            }
            let key = "\(type.rawValue):" + (m.nameParts.isEmpty ? ScalarClass.fold(m.surface) : m.nameParts.joined(separator: "-"))
            if let d = byKey[key] { add(m, idx, to: d); continue }
            byKey[key] = drafts.count
            drafts.append(Draft(type: type, key: key, firstMention: idx))
            add(m, idx, to: drafts.count - 1)
        }
        // Pass 2: lone words of unknown type are the surname or first name of a person named in full.
        for (idx, m) in mentions.enumerated() where m.type == nil {
            if let d = personContaining(m.nameParts, drafts, byPart) {
                add(m, idx, to: d)
            }
        }
        // Gazetteer persons met only by a short form stay persons; merge persons whose long form
        // contains another person's parts (an earlier "Assad" that pass 1 could not attach).
        var entities: [Entity] = []
        var remap = [Int?](repeating: nil, count: drafts.count)
        let order = drafts.indices.sorted { drafts[$0].firstMention < drafts[$1].firstMention }
        for d in order {
            let draft = drafts[d]
            guard !draft.surfaces.isEmpty else { continue }
            let name = canonicalName(draft)
            let aliases = draft.surfaces.filter { $0 != name }
            remap[d] = entities.count
            entities.append(Entity(name: name, type: draft.type, aliases: aliases, mentions: draft.mentions, key: draft.key))
        }
        return Resolved(entities: entities, entityOfMention: assignment.map { $0.flatMap { remap[$0] } })
    }

    /// The person entity whose name parts include all of `parts` (most mentioned first).
    /// `byPart` indexes persons by their name parts so long articles stay linear.
    private func personContaining(_ parts: [String], _ drafts: [Draft], _ byPart: [String: [Int]]) -> Int? {
        guard let first = parts.first else { return nil }
        var best: Int? = nil
        for d in byPart[first] ?? [] {
            let draft = drafts[d]
            guard draft.type == .person && draft.partsOfLongest.count > parts.count else { continue }
            if parts.allSatisfy({ draft.partsOfLongest.contains($0) }) {
                if let b = best, drafts[b].mentions >= draft.mentions { continue }
                best = d
            }
        }
        return best
    }

    /// A person is named by the fullest form the article uses. A known place or organization by
    /// the lexicon's own name when the article uses it ("TASS" rather than "agence de presse TASS"),
    /// else by its shortest capitalized form.
    private func canonicalName(_ draft: Draft) -> String {
        guard draft.type != .person, draft.key.hasPrefix("place:") || draft.key.hasPrefix("org:") || gazetteer.entry(key: draft.key) != nil,
              gazetteer.entry(key: draft.key) != nil else { return fullest(draft.surfaces) }
        let display = gazetteer.displayName(key: draft.key, language: language)
        let preferred = display.map { ScalarClass.fold($0) }
        if let p = preferred {
            // The lexicon's own spelling, else the article's not in capitals ("Moscou" rather
            // than a dateline's "MOSCOU").
            let matching = draft.surfaces.filter { ScalarClass.fold($0) == p }
            if let s = matching.first(where: { $0 == display }) ?? matching.first(where: { !isAllCaps($0) }) ?? matching.first { return s }
            // "agence TASS" names TASS: keep the name as the article writes it, without the head word.
            let n = p.unicodeScalars.count
            for s in draft.surfaces where s.unicodeScalars.count > n {
                let tail = ScalarClass.string(s.unicodeScalars.suffix(n))
                let before = s.unicodeScalars.dropLast(n).last
                if ScalarClass.fold(tail) == p, let b = before, ScalarClass.isSpace(b) || ScalarClass.isApostrophe(b) { return tail }
            }
        }
        // « du Monde », "of the Times": the article's form drops the article the name opens
        // with; the lexicon's name is whole.
        let determiners = ExtractionLexicon.forLanguage(language).determiners
        if let d = display, let p = preferred, draft.surfaces.allSatisfy({ s in
            let f = ScalarClass.fold(s)
            return p.hasSuffix(" " + f) && determiners.contains(String(p.dropLast(f.count + 1)))
        }) { return d }
        let capitalized = draft.surfaces.filter { $0.unicodeScalars.first.map { ScalarClass.isUpper($0) } ?? false }
        return (capitalized.isEmpty ? draft.surfaces : capitalized).min { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? fullest(draft.surfaces)
    }

    private func isAllCaps(_ s: String) -> Bool {
        !s.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// The fullest form: most words, then longest, then first seen.
    private func fullest(_ surfaces: [String]) -> String {
        var best = surfaces[0]
        var bestWords = wordCount(best)
        for s in surfaces.dropFirst() {
            let w = wordCount(s)
            if w > bestWords || (w == bestWords && s.unicodeScalars.count > best.unicodeScalars.count) {
                best = s
                bestWords = w
            }
        }
        return best
    }

    private func wordCount(_ s: String) -> Int {
        var n = 0, inWord = false
        for c in s.unicodeScalars {
            if ScalarClass.isSpace(c) || ScalarClass.isHyphen(c) { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }
}
