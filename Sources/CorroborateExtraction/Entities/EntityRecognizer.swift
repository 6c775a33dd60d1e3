import CorroborateCore
import CorroborateText
import CorroborateGazetteer

/// Finds names of persons, places and organizations in a body.
///
/// Two sources of evidence, the gazetteer first (world knowledge: countries, cities, agencies,
/// institutions, leaders), then the shape of the text: capitalized sequences with particles
/// (al-, de, bin), acronyms, a title before a name, an organization or site head word
/// ("ministère de l'Intérieur", "aéroport international de Damas"), a locative preposition.
struct EntityRecognizer: Sendable {
    let lexicon: ExtractionLexicon
    let gazetteer: Gazetteer

    init(lexicon: ExtractionLexicon, gazetteer: Gazetteer = .shared) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// `sentenceStarts` holds the token index of every sentence start (to read capitals there with care).
    func recognize(tokens: [Token], text: TextBuffer, sentenceStarts: Set<Int>) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            if let m = headedName(tokens, text, i) ?? gazetteerName(tokens, text, i, sentenceStarts)
                ?? capitalizedInstitution(tokens, text, i, sentenceStarts) ?? datelinePlace(tokens, text, i)
                ?? datelineAgency(tokens, text, i) ?? shapedName(tokens, text, i, sentenceStarts) {
                mentions.append(m)
                i = m.endToken
            } else {
                i += 1
            }
        }
        return mentions
    }

    // MARK: - token predicates

    /// A word that can be part of a name: capitalized, an acronym, or a particle glued to a
    /// capital ("al-Assad", "ez-Zor").
    func isNameWord(_ t: Token, _ text: TextBuffer) -> Bool {
        guard t.kind == .word else { return false }
        if t.isCapitalized || t.isAllCaps {
            // "US-backed", "Britain-based", "Kremlin-linked": an adjective made from a name.
            var k = t.end - 1
            while k > t.start, !ScalarClass.isHyphen(text[k]) { k -= 1 }
            if k > t.start, k + 1 < t.end, !ScalarClass.isUpper(text[k + 1]), t.folded.count > 3 {
                let tail = ScalarClass.fold(text.scalars[(k + 1)..<t.end])
                if lexicon.nameSuffixAdjectives.contains(tail) { return false }
            }
            return true
        }
        // "al-Assad": a hyphen followed by a capital.
        var k = t.start
        while k + 1 < t.end {
            if ScalarClass.isHyphen(text[k]) && ScalarClass.isUpper(text[k + 1]) { return true }
            k += 1
        }
        return false
    }

    func isParticle(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized && gazetteer.isNameParticle(t.folded)
    }

    /// First words of the lexicon's names that start lowercase ("agence", "bande", "place").
    static let lowercaseNameStarts: WordSet = {
        var out = WordSet()
        for entry in Gazetteer.shared.allEntries {
            for names in entry.names.values {
                for name in names {
                    guard let first = name.unicodeScalars.first, !ScalarClass.isUpper(first), ScalarClass.isLetter(first) else { continue }
                    if let word = Gazetteer.foldedName(name).split(separator: " ").first { out.insert(String(word)) }
                }
            }
        }
        return out
    }()

    /// Connectors inside institution names ("Observatoire syrien des droits de l'homme" is left to
    /// the gazetteer; these join capitalized parts: "Ministry of Defence", "Banque de France").
    static let connectors: WordSet = ["de", "du", "des", "d'", "of", "for", "la", "l'", "and", "et"]

    // MARK: - gazetteer

    func gazetteerName(_ tokens: [Token], _ text: TextBuffer, _ i: Int, _ starts: Set<Int>) -> EntityMention? {
        guard tokens[i].kind == .word else { return nil }
        // Known names start with a capital, or with one of the few lowercase words some of them
        // open with ("agence TASS", "bande de Gaza"): others cannot start one.
        guard isNameWord(tokens[i], text) || tokens[i].isCapitalized || EntityRecognizer.lowercaseNameStarts.contains(tokens[i].folded) else { return nil }
        // A name may start with its article only when the article is part of it ("Le Figaro",
        // "The Wall Street Journal"); "la Syrie" is "Syrie".
        let startsWithArticle = lexicon.determiners.contains(tokens[i].folded)
        if startsWithArticle && !tokens[i].isCapitalized { return nil }
        let maxLen = min(gazetteer.maxNameLength, tokens.count - i)
        guard maxLen > 0 else { return nil }
        // Only the lengths that spell a known name, longest first: the gazetteer's trie finds
        // them without building a string for every length.
        for len in gazetteer.nameLengths(tokens, at: i) where len >= 1 && len <= maxLen {
            let last = tokens[i + len - 1]
            // A name ends on a name word (so "la place" is not "Place"), and holds one at its start or end.
            // (A lowercase word alone only for the organizations the lexicon writes so, below.)
            if last.kind == .word, isNameWord(last, text) || (len > 1 && isNameWord(tokens[i], text)) || len == 1 {
                let key = joined(tokens, i, i + len)
                let entries = gazetteer.entries(forFoldedName: key)
                if let entry = pick(entries), !(len == 1 && starts.contains(i) && lexicon.notNames.contains(tokens[i].folded)),
                   !startsWithArticle || (entry.type == .organization && len > 1) {
                    // Lowercase one-word forms ("place") are common nouns, not names, but for
                    // an organization the lexicon writes so, after its article (« l'intersyndicale »,
                    // "the tories"; « la journée intersyndicale » is an adjective).
                    if len == 1 && !isNameWord(tokens[i], text),
                       !(entry.type == .organization && i > 0 && lexicon.determiners.contains(tokens[i - 1].folded)
                         && entry.names.values.contains { $0.contains(text.text(tokens[i].start, tokens[i].end)) }) { continue }
                    // An article opens a name only before a capital: "La Presse" the paper,
                    // "La presse russe" at a sentence's start the press.
                    if startsWithArticle && len > 1 && !isNameWord(tokens[i + 1], text) { continue }
                    // "Russian military bases": a lowercase-ending name before a site noun qualifies the site.
                    if entry.type == .organization, !isNameWord(last, text), i + len < tokens.count,
                       lexicon.siteHeads.contains(tokens[i + len].folded) || lexicon.siteHeads.contains(singular(tokens[i + len].folded)) { continue }
                    // "Porto Alegre", "Rio Grande do Sul": a known place followed by more of
                    // a name no lexicon knows is the start of another place's name.
                    // A country's name opening an institution's ("United States Maritime Alliance") too.
                    if entry.type == .place, i + len < tokens.count, isNameWord(tokens[i + len], text),
                       !lexicon.titles.contains(tokens[i + len].folded), !lexicon.notNames.contains(tokens[i + len].folded),
                       gazetteer.nameLengths(tokens, at: i + len).isEmpty,
                       let whole = shapedName(tokens, text, i, starts), whole.endToken > i + len,
                       entry.kind != "country" || lexicon.organizationHeads.contains(tokens[whole.endToken - 1].folded)
                        // "France Bleu", "Iran Air": a country's name and one more word no
                        // lexicon knows, inside a sentence, name a firm or a medium.
                        || (whole.endToken == i + len + 1 && !starts.contains(i) && !tokens[i + len].isAllCaps) {
                        // "le quotidien Kathmandu Post", "the Jakarta Post": a paper named after its city.
                        let isOrganization = classify(tokens, text, i, whole.endToken, sentenceInitial: starts.contains(i)) == .organization
                        // "le Premier ministre serbe Milan Petrovic": after a title, a person.
                        var q = i - 1
                        while q >= 0, !tokens[q].isCapitalized, gazetteer.countryForDemonym(tokens[q].folded) != nil { q -= 1 }
                        let titled = q >= 0 && lexicon.titles.contains(tokens[q].folded)
                        return mention(tokens, text, i, whole.endToken,
                                       type: titled ? .person : isOrganization || entry.kind == "country" ? .organization : .place, key: nil)
                    }
                    return mention(tokens, text, i, i + len, type: entry.type, key: entry.key)
                }
            }
        }
        return nil
    }

    /// "bases" → "base": site heads are listed in the singular.
    private func singular(_ w: String) -> String {
        w.hasSuffix("s") ? String(w.dropLast()) : w
    }

    /// Several entries for one name: a place beats a person for a bare country or city name.
    func pick(_ entries: [GazetteerEntry]) -> GazetteerEntry? {
        entries.min { rank($0) < rank($1) }
    }

    private func rank(_ e: GazetteerEntry) -> Int {
        switch e.type {
        case .place: return e.kind == "country" ? 0 : 1
        case .organization: return 2
        case .person: return 3
        }
    }

    // MARK: - head words

    /// "ministère de l'Intérieur", "aéroport international de Damas", "prison militaire de Saydnaya":
    /// a lowercase (or capitalized) head word, up to two adjectives, de/du/des/d', then a name.
    func headedName(_ tokens: [Token], _ text: TextBuffer, _ i: Int) -> EntityMention? {
        let t = tokens[i]
        // The language first, then one lookup in both head lists: most words are neither.
        guard t.kind == .word, lexicon.language == .french, lexicon.nameHeads.contains(t.folded) else { return nil }
        let isOrg = lexicon.organizationHeads.contains(t.folded)
        let isSite = lexicon.siteHeads.contains(t.folded)
        guard isOrg || isSite else { return nil }
        // « était parti samedi de Sfax »: after an auxiliary the word is a participle, not a head.
        if i > 0, lexicon.auxiliaries.contains(tokens[i - 1].folded) || lexicon.passiveAuxiliaries.contains(tokens[i - 1].folded) { return nil }
        var j = i + 1
        var adjectives = 0
        while j < tokens.count, tokens[j].kind == .word, !isNameWord(tokens[j], text),
              !EntityRecognizer.connectors.contains(tokens[j].folded), adjectives < 2,
              !lexicon.stopwords.contains(tokens[j].folded) {
            adjectives += 1
            j += 1
        }
        guard j < tokens.count, EntityRecognizer.connectors.contains(tokens[j].folded), !["et", "and"].contains(tokens[j].folded) else { return nil }
        j += 1
        if j < tokens.count, tokens[j].folded == "la" || tokens[j].folded == "l'" { j += 1 }
        guard j < tokens.count, isNameWord(tokens[j], text) else { return nil }
        // « le camp de Mme Boateng », « la base de M. Dupont »: a person's, not a site's name.
        if isSite, lexicon.titles.contains(tokens[j].folded) { return nil }
        var k = j
        while k < tokens.count, isNameWord(tokens[k], text) || (isParticle(tokens[k]) && k + 1 < tokens.count && isNameWord(tokens[k + 1], text)) { k += 1 }
        // "Affaires étrangères", "École polytechnique nationale": up to two lowercase adjectives
        // may follow a capitalized word of an institution (not a nationality: "ministère de
        // l'Intérieur français" is the French one).
        var tail = 0
        while isOrg, tail < 2, k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized,
              gazetteer.countryForDemonym(tokens[k].folded) == nil,
              lexicon.institutionAdjectiveEndings.contains(where: { tokens[k].folded.hasSuffix($0) }) {
            k += 1
            tail += 1
        }
        // The named part must not itself be a person ("le ministre de Bachar") nor a plain
        // organization of its own; the gazetteer tells for known names.
        let inner = joined(tokens, j, k)
        if let e = pick(gazetteer.entries(forFoldedName: inner)), e.type == .person { return nil }
        if isOrg, lexicon.titles.contains(t.folded) { return nil }
        // The lexicon may know the whole name ("aéroport international de Damas").
        let known = pick(gazetteer.entries(forFoldedName: joined(tokens, i, k)))
        return mention(tokens, text, i, k, type: known?.type ?? (isSite ? .place : .organization), key: known?.key)
    }

    /// "l'Autorité de l'aviation civile du Népal", "le Secrétariat national de gestion des
    /// risques": a capitalized institution word inside a sentence (the common noun would be
    /// lowercase) names an institution with the lowercase complements after it: adjectives of
    /// an institution's endings, "de" and a noun, a name. French writes these names so.
    func capitalizedInstitution(_ tokens: [Token], _ text: TextBuffer, _ i: Int, _ starts: Set<Int>) -> EntityMention? {
        let t = tokens[i]
        // Languages that write names so declare the heads that need their capital.
        guard !lexicon.capitalizedInstitutionHeads.isEmpty, t.kind == .word, t.isCapitalized, !t.isAllCaps, !starts.contains(i),
              lexicon.organizationHeads.contains(t.folded) || lexicon.capitalizedInstitutionHeads.contains(t.folded) else { return nil }
        func isAdjective(_ k: Int) -> Bool {
            let w = tokens[k]
            return w.kind == .word && !w.isCapitalized && !lexicon.stopwords.contains(w.folded) && gazetteer.countryForDemonym(w.folded) == nil
                && lexicon.institutionAdjectiveEndings.contains { w.folded.hasSuffix($0) && w.folded.count > $0.count + 2 }
        }
        func isNoun(_ k: Int) -> Bool {
            let w = tokens[k]
            return w.kind == .word && (isNameWord(w, text) || (!lexicon.stopwords.contains(w.folded) && !lexicon.auxiliaries.contains(w.folded)
                && !lexicon.finiteVerbs.contains(w.folded) && !lexicon.reportingVerbs.contains(w.folded) && !lexicon.determiners.contains(w.folded)))
        }
        var end = i + 1, k = i + 1
        let limit = min(tokens.count, i + 12)
        while k < limit {
            if isAdjective(k) { k += 1; end = k; continue }
            // "de l'aviation", "du Népal", "des risques", "de la sécurité"
            guard EntityRecognizer.connectors.contains(tokens[k].folded), !lexicon.nameJoiners.contains(tokens[k].folded),
                  !["la", "l'"].contains(tokens[k].folded) else { break }
            var n = k + 1
            if n < limit, tokens[n].folded == "la" || tokens[n].folded == "l'" { n += 1 }
            guard n < limit, isNoun(n) else { break }
            if isNameWord(tokens[n], text) {
                while n < limit, isNameWord(tokens[n], text) { n += 1 }
            } else {
                n += 1
            }
            k = n
            end = n
        }
        guard end > i + 1 else { return nil }
        let known = pick(gazetteer.entries(forFoldedName: joined(tokens, i, end)))
        return mention(tokens, text, i, end, type: known?.type ?? .organization, key: known?.key)
    }

    // MARK: - dateline

    /// "HUDDERSFIELD, England (AP) —", "LEEDS (Reuters) -": a line opening on words in capitals,
    /// then up to a dash only a region, a date and the agency, is a dateline: the capitals name
    /// the place the story is filed from, known to the gazetteer or not.
    func datelinePlace(_ tokens: [Token], _ text: TextBuffer, _ i: Int) -> EntityMention? {
        guard tokens[i].kind == .word, tokens[i].isAllCaps, tokens[i].end - tokens[i].start > 2, opensLine(tokens[i].start, text) else { return nil }
        var j = i
        while j < tokens.count, tokens[j].kind == .word, tokens[j].isAllCaps, tokens[j].end - tokens[j].start > 1 { j += 1 }
        guard j < tokens.count, [",", "(", "-", "–", "—"].contains(tokens[j].folded) else { return nil }
        var k = j
        while k < min(tokens.count, j + EntityRecognizer.datelineReach) {
            let t = tokens[k]
            if ["-", "–", "—"].contains(t.folded) { return mention(tokens, text, i, j, type: .place, key: nil) }
            // A lowercase word only as a date's month ("14 mars").
            let month = t.kind == .word && k > j && tokens[k - 1].kind == .number
            guard t.kind == .number || [",", "(", ")", "."].contains(t.folded) || (t.kind == .word && (t.isCapitalized || t.isAllCaps)) || month else { return nil }
            k += 1
        }
        return nil
    }

    /// Tokens after a dateline's place within which its dash comes.
    static let datelineReach = 10

    /// "RABAT, May 12 (Global Wire) -": the name in a dateline's brackets, before its dash, is
    /// the agency that filed the story, known to the gazetteer or not; not a person.
    func datelineAgency(_ tokens: [Token], _ text: TextBuffer, _ i: Int) -> EntityMention? {
        guard i > 0, tokens[i - 1].folded == "(", isNameWord(tokens[i], text) else { return nil }
        var j = i
        while j < tokens.count, j - i < EntityRecognizer.agencyNameReach, isNameWord(tokens[j], text) { j += 1 }
        guard j + 1 < tokens.count, tokens[j].folded == ")", ["-", "–", "—"].contains(tokens[j + 1].folded) else { return nil }
        // The line opens on its place in capitals a few tokens before.
        var s = i - 1
        while s > 0, i - s <= EntityRecognizer.datelineReach, !opensLine(tokens[s].start, text) { s -= 1 }
        guard opensLine(tokens[s].start, text), tokens[s].kind == .word, tokens[s].isAllCaps else { return nil }
        return mention(tokens, text, i, j, type: .organization, key: nil)
    }

    /// Words an agency's name in a dateline runs to.
    static let agencyNameReach = 4

    /// Nothing but spaces between the start of the line (or text) and `offset`.
    private func opensLine(_ offset: Int, _ text: TextBuffer) -> Bool {
        var k = offset - 1
        while k >= 0 {
            let c = text[k]
            if c == "\n" || c == "\r" { return true }
            guard c == " " || c == "\t" else { return false }
            k -= 1
        }
        return true
    }

    // MARK: - shape

    func shapedName(_ tokens: [Token], _ text: TextBuffer, _ i0: Int, _ starts: Set<Int>) -> EntityMention? {
        var i = i0
        guard isNameWord(tokens[i], text) else { return nil }
        // Titles, months, weekdays, sentence-initial function words are not names.
        // « l'ONG SOS Méditerranée », "NGO Sea-Watch": a capitalized word for an organization
        // introduces the name (`classify` types it) and is no part of it.
        while i < tokens.count, isNameWord(tokens[i], text), lexicon.notNames.contains(tokens[i].folded) || lexicon.titles.contains(tokens[i].folded)
                || (lexicon.companyNouns.contains(tokens[i].folded) && i + 1 < tokens.count && isNameWord(tokens[i + 1], text)) {
            i += 1
        }
        guard i < tokens.count, isNameWord(tokens[i], text) else { return nil }
        if i > i0 { return nil }  // the caller moves on one token; the name is found from its first word
        // "le ministre de l'Intérieur Gérald Darmanin": the capitalized word after a title and
        // "de" is the title's portfolio, not the start of the person's name.
        // "le président syrien Bachar al-Assad": a nationality alone after the title is no portfolio.
        var p = i - 1
        var linked = false
        while p >= 0, tokens[p].kind == .word,
              EntityRecognizer.connectors.contains(tokens[p].folded) || (!tokens[p].isCapitalized && gazetteer.countryForDemonym(tokens[p].folded) != nil) {
            if EntityRecognizer.connectors.contains(tokens[p].folded) { linked = true }
            p -= 1
        }
        // "a spokesperson for Pennine Rail": capitals ending on an institution word are its name
        // (looked at only after a title and a connector, as the rest of the test is cheap).
        func endsOnInstitutionWord() -> Bool {
            var run = i
            while run < tokens.count, isNameWord(tokens[run], text) { run += 1 }
            return lexicon.organizationHeads.contains(tokens[run - 1].folded)
        }
        if p >= 0, p < i - 1, linked, lexicon.titles.contains(tokens[p].folded), i + 1 < tokens.count, isNameWord(tokens[i + 1], text),
           gazetteer.entries(forFoldedName: tokens[i].folded).isEmpty, !endsOnInstitutionWord() {
            return nil
        }
        var j = i + 1
        // Whether a connector's complement was joined ("Department of Health"): an "and" may go on it.
        var inComplement = false
        while j < tokens.count {
            let t = tokens[j]
            // "International Longshoremen's Association", "People's Liberation Army": a possessive
            // inside an institution's name, whose capitalized words end on an institution word.
            if t.folded == "'s", j + 1 < tokens.count, isNameWord(tokens[j + 1], text) {
                var e = j + 1
                while e < tokens.count, isNameWord(tokens[e], text) { e += 1 }
                if lexicon.organizationHeads.contains(tokens[e - 1].folded) { j = e; continue }
            }
            if t.spaceBefore == false && t.kind == .punctuation { break }
            // "Health Secretary Anne Price": a title ends the words before it.
            if t.isCapitalized, !t.isAllCaps, lexicon.titles.contains(t.folded) { break }
            if isNameWord(t, text), !lexicon.notNames.contains(t.folded) || t.isAllCaps {
                if gazetteer.countryForDemonym(t.folded) != nil && !t.isAllCaps { break }
                j += 1
                continue
            }
            if isParticle(t), j + 1 < tokens.count, isNameWord(tokens[j + 1], text) { j += 1; continue }
            // "Horta N'Tam", "Jean D'Ormesson": a capital elided before the next part of the name.
            if t.kind == .word, t.isCapitalized, t.folded.hasSuffix("'"), t.folded.unicodeScalars.count == 2, j + 1 < tokens.count,
               !tokens[j + 1].spaceBefore, tokens[j + 1].isCapitalized, isNameWord(tokens[j + 1], text) { j += 1; continue }
            if let e = institutionComplement(tokens, text, name: i, connector: j, inComplement: inComplement) {
                j = e
                inComplement = true
                continue
            }
            break
        }
        // "Rail Minister David Okafor", "Health Secretary": capitals before a title are its portfolio.
        if j < tokens.count, tokens[j].isCapitalized, !tokens[j].isAllCaps, lexicon.titles.contains(tokens[j].folded) { return nil }
        let first = tokens[i]
        let words = j - i
        // A demonym ("Russian", "Syrien") alone is an adjective, not a name.
        if words == 1, !first.isAllCaps, gazetteer.countryForDemonym(first.folded) != nil { return nil }
        // A capitalized common word at the start of a sentence ("Rappelons", "Des").
        if words == 1, starts.contains(i), lexicon.stopwords.contains(first.folded) || lexicon.notNames.contains(first.folded) { return nil }
        if words == 1, first.folded.count < 2 { return nil }
        // A known sub-name inside ("Kremlin Peskov") is split by the gazetteer pass on the next call.
        // "Charity Mare Solidale said": the word for an organization opening the sentence.
        let opensWithOrganizationWord = i > 0 && starts.contains(i - 1) && lexicon.companyNouns.contains(tokens[i - 1].folded)
        let type = opensWithOrganizationWord ? .organization : classify(tokens, text, i, j, sentenceInitial: starts.contains(i))
        return mention(tokens, text, i, j, type: type, key: nil)
    }

    /// "Department of Health and Social Care", "Royal Society for the Protection of Birds", "Fire
    /// and Rescue Service": an institution's name goes on past a connector before capitalized
    /// words. After "of", "for", when the name so far or the words after hold an institution
    /// word; after "and" (no article), when the words after end on one or go on a complement
    /// already joined. "Britain and France", "Tom Walker and Anne Price", "the Ministry of
    /// Defence and Reuters" stay two names. Returns the end of the complement.
    func institutionComplement(_ tokens: [Token], _ text: TextBuffer, name i: Int, connector j: Int, inComplement: Bool) -> Int? {
        let c = tokens[j]
        guard c.kind == .word, !c.isCapitalized, EntityRecognizer.connectors.contains(c.folded) else { return nil }
        let isJoiner = lexicon.nameJoiners.contains(c.folded)
        var n = j + 1
        if !isJoiner, n < tokens.count, !tokens[n].isCapitalized, lexicon.determiners.contains(tokens[n].folded) { n += 1 }
        var e = n
        while e < tokens.count, isNameWord(tokens[e], text), !lexicon.notNames.contains(tokens[e].folded),
              !lexicon.titles.contains(tokens[e].folded) { e += 1 }
        guard e > n else { return nil }
        let endsOnHead = lexicon.organizationHeads.contains(tokens[e - 1].folded)
        if isJoiner {
            guard endsOnHead || inComplement,
                  gazetteer.nameLengths(tokens, at: n).isEmpty,
                  gazetteer.entries(forFoldedName: joined(tokens, i, j)).isEmpty else { return nil }
            return e
        }
        guard endsOnHead || (i..<j).contains(where: { lexicon.organizationHeads.contains(tokens[$0].folded) }) else { return nil }
        return e
    }

    /// The type of an unknown name from its shape and neighbours; nil when undecided.
    func classify(_ tokens: [Token], _ text: TextBuffer, _ i: Int, _ j: Int, sentenceInitial: Bool) -> EntityType? {
        let first = tokens[i], last = tokens[j - 1]
        if lexicon.organizationHeads.contains(first.folded) || lexicon.organizationHeads.contains(last.folded) { return .organization }
        // "Royal Society for the Protection of Birds": an institution word before a joined complement.
        if let c = (i..<j).first(where: { !tokens[$0].isCapitalized && EntityRecognizer.connectors.contains(tokens[$0].folded) }),
           (i..<c).contains(where: { lexicon.organizationHeads.contains(tokens[$0].folded) }) { return .organization }
        if lexicon.siteHeads.contains(first.folded) || lexicon.siteHeads.contains(last.folded) { return .place }
        let prev = i > 0 ? tokens[i - 1] : nil
        // "former Villeneuve mayor Gerard Lemoine", "Acme chief executive Jo Bell": a name before a
        // lowercase title and the holder's name says where or what the title is of: a town for a
        // territorial title, else undecided; not a person.
        if j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, lexicon.titles.contains(tokens[j].folded),
           tokens[j + 1].isCapitalized, tokens[j + 1].kind == .word {
            return lexicon.territorialTitles.contains(tokens[j].folded) ? .place : nil
        }
        if let p = prev, lexicon.titles.contains(p.folded) { return .person }
        // "the building's management company, Habitat Plus": a firm named in apposition.
        if i >= 2, let p = prev, p.folded == ",", !tokens[i - 2].isCapitalized, lexicon.companyNouns.contains(tokens[i - 2].folded) { return .organization }
        // "M. Delvaux", "Dr. Okafor": an abbreviated title whose period is a token of its own.
        if i >= 2, let p = prev, p.folded == ".", !p.spaceBefore, lexicon.titles.contains(tokens[i - 2].folded + ".") { return .person }
        // « la compagnie Pennine Rail », « le groupe Wagner », "the airline Kestrel Air".
        if let p = prev, !p.isCapitalized, lexicon.organizationHeads.contains(p.folded) { return .organization }
        // "French carmaker Norvane", « le constructeur automobile Norvane »: a word for a firm,
        // maybe with its trade after it, introduces one.
        if let p = prev, !p.isCapitalized || p.isAllCaps, lexicon.companyNouns.contains(p.folded)
            || (i >= 2 && !tokens[i - 2].isCapitalized && lexicon.companyNouns.contains(tokens[i - 2].folded)
                && p.kind == .word && !lexicon.stopwords.contains(p.folded)) { return .organization }
        // "le quotidien Paris-Normandie", "le journal Le Télégramme", "the daily Kathimerini".
        if let p = prev, lexicon.mediumNouns.contains(p.folded) || (i >= 2 && lexicon.determiners.contains(p.folded)
            && first.isCapitalized && lexicon.mediumNouns.contains(tokens[i - 2].folded)) { return .organization }
        if j - i == 1 && first.isAllCaps && first.folded.count <= 7 { return .organization }
        if let p = prev, lexicon.placePrepositions.contains(p.folded), p.folded != "de", p.folded != "d'", p.folded != "a" || lexicon.language == .french {
            return j - i == 1 ? .place : .place
        }
        // "la province de Malatya", "the city of Tarsus", "Malatya province": a name a kind of
        // land names is a place.
        if i >= 2, let p = prev, lexicon.genitivePrepositions.contains(p.folded),
           lexicon.territoryNouns.contains(tokens[i - 2].folded) || lexicon.localityWords.contains(tokens[i - 2].folded) { return .place }
        if lexicon.language == .english, j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized,
           lexicon.territoryNouns.contains(tokens[j].folded) || lexicon.localityWords.contains(tokens[j].folded) { return .place }
        // "Hospices Civils de Lyon, France's second-largest hospital group", « X, deuxième
        // groupe hospitalier de France », "Norvane, the French carmaker": an apposition headed by
        // a word for a firm or an institution tells what the name is ("X, a former employee of
        // the company" does not).
        if let words = EntityRecognizer.apposition(after: j, tokens, lexicon: lexicon),
           words.contains(where: { k in
               let w = tokens[k].folded
               return (lexicon.companyNouns.contains(w) || (!tokens[k].isCapitalized && lexicon.organizationHeads.contains(w)))
                   && !(max(words.lowerBound, k - 2)..<k).contains { lexicon.genitivePrepositions.contains(tokens[$0].folded) }
           }) { return .organization }
        if j - i >= 2 { return .person }
        return nil
    }

    /// Words of an apposition read for what it says a name is.
    static let appositionReach = 6

    /// The words of a noun phrase set between commas right after the name ending at `end`
    /// ("Norvane, the French carmaker, …"), or nil: not one that runs on into a verb ("X, said
    /// the government would …") or past `appositionReach` words.
    static func apposition(after end: Int, _ tokens: [Token], lexicon: ExtractionLexicon) -> Range<Int>? {
        guard end + 1 < tokens.count, tokens[end].folded == "," else { return nil }
        var k = end + 1
        while k < min(tokens.count, end + 1 + EntityRecognizer.appositionReach), tokens[k].kind == .word || tokens[k].folded == "'s" {
            let w = tokens[k].folded
            if lexicon.isConjugated(w) || lexicon.reportingVerbs.contains(w) { return nil }
            k += 1
        }
        guard k > end + 1, k < tokens.count, [",", ".", ";", ")"].contains(tokens[k].folded) else { return nil }
        return (end + 1)..<k
    }

    // MARK: - helpers

    func joined(_ tokens: [Token], _ a: Int, _ b: Int) -> String {
        var s = ""
        for k in a..<b {
            if k > a { s += " " }
            s += tokens[k].folded
        }
        return s
    }

    func mention(_ tokens: [Token], _ text: TextBuffer, _ a: Int, _ b: Int, type: EntityType?, key: String?) -> EntityMention {
        var parts: [String] = []
        for k in a..<b where tokens[k].kind == .word {
            var w = tokens[k].folded
            // "al-assad" → "assad": particles glued by a hyphen do not tell names apart.
            if let dash = w.firstHyphenIndex, gazetteer.isNameParticle(String(w[..<dash])) {
                w = String(w[w.index(after: dash)...])
            }
            if !gazetteer.isNameParticle(w) && !EntityRecognizer.connectors.contains(w) { parts.append(w) }
        }
        return EntityMention(firstToken: a, endToken: b, start: tokens[a].start, end: tokens[b - 1].end,
                             surface: text.text(tokens[a].start, tokens[b - 1].end), type: type,
                             gazetteerKey: key, nameParts: parts)
    }
}
