import CorroborateCore
import CorroborateText

/// Finds who a sentence is attributed to.
///
/// Cues, in the order a reader weighs them: a source phrase ("selon X", "d'après X",
/// "according to X"); a reporting verb with its subject before it ("X a déclaré",
/// "X said") or after it when inverted (", a indiqué X", ", said X", "a-t-il ajouté");
/// relays ("citée par l'agence TASS", "à l'agence TASS", "told Reuters") add the channel to the
/// source. Back-references ("la même source", "the source", "il a ajouté") take the last source.
/// Words inside quotation marks are the quoted content, never the attribution.
struct AttributionRecognizer: Sendable {
    let lexicon: ExtractionLexicon
    let maxPhrase = 12
    private let cueFirstWords: Set<String>
    private let backRefFirstWords: Set<String>

    init(lexicon: ExtractionLexicon) {
        self.lexicon = lexicon
        cueFirstWords = Set(lexicon.sourceCues.compactMap { $0.split(separator: " ").first.map(String.init) })
        backRefFirstWords = Set(lexicon.backReferences.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// What the recognizer needs to know about the article's names.
    struct NameIndex {
        /// For each token, the entity index of the name covering it.
        var entityAt: [Int: Int]
        var entities: [Entity]
        var text: TextBuffer
    }

    /// - Parameters:
    ///   - range: the sentence's tokens.
    ///   - quoted: tokens inside quotation marks (skipped).
    ///   - previous: the article's last attribution, for back-references.
    ///   - lastSpeaker: the last person source, for "il a ajouté".
    func attribute(tokens: [Token], range: Range<Int>, quoted: (Int) -> Bool, names: NameIndex,
                   previous: Attribution?, lastSpeaker: Attribution?) -> Attribution? {
        // 1. Source phrases: "selon X", "according to X".
        var k = range.lowerBound
        while k < range.upperBound {
            if !quoted(k), cueFirstWords.contains(tokens[k].folded), let len = matchPhrase(lexicon.sourceCues, tokens, k, range.upperBound) {
                let npStart = k + len
                let npEnd = phraseEnd(tokens, npStart, range.upperBound, quoted)
                if let a = resolve(tokens, npStart..<npEnd, cueStart: k, names: names, previous: previous, lastSpeaker: lastSpeaker) {
                    return a
                }
            }
            k += 1
        }
        // 2. Reporting verbs.
        k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            if !quoted(k), t.kind == .word, lexicon.reportingVerbs.contains(t.folded) || isInvertedPronounVerb(t.folded),
               let a = verbAttribution(tokens, k, range, quoted, names, previous, lastSpeaker) {
                return a
            }
            k += 1
        }
        return nil
    }

    /// "a-t-il ajouté", "ajoute-t-elle": the verb carries its pronoun.
    private func isInvertedPronounVerb(_ w: String) -> Bool {
        lexicon.speakerPronouns.contains(w) && w.contains("-")
    }

    private func verbAttribution(_ tokens: [Token], _ v: Int, _ range: Range<Int>, _ quoted: (Int) -> Bool,
                                 _ names: NameIndex, _ previous: Attribution?, _ lastSpeaker: Attribution?) -> Attribution? {
        // The verb group starts at its auxiliary ("a indiqué", "ont confirmé", "has said").
        var groupStart = v
        if groupStart > range.lowerBound, lexicon.auxiliaries.contains(tokens[groupStart - 1].folded) { groupStart -= 1 }
        if groupStart > range.lowerBound, tokens[groupStart - 1].folded == "ne" || tokens[groupStart - 1].folded == "n'" { groupStart -= 1 }
        // "a-t-il ajouté" / "ajoute-t-il": the speaker named before.
        if lexicon.speakerPronouns.contains(tokens[groupStart].folded) && tokens[groupStart].folded.contains("-") {
            if let s = lastSpeaker ?? previous {
                return Attribution(sources: s.sources, keys: s.keys, tokenRange: groupStart..<(v + 1), isSpeaker: s.isSpeaker)
            }
            return nil
        }
        let before = groupStart > range.lowerBound ? tokens[groupStart - 1] : nil
        let invertedAfterBreak = before.map { $0.kind == .punctuation && ($0.folded == "," || ScalarClass.isClosingQuote($0.folded.unicodeScalars.first ?? " ") || $0.folded == "\"") } ?? false
        if invertedAfterBreak {
            // ", a indiqué une source du Kremlin à l'agence TASS" / ", said Peskov"
            var npStart = v + 1
            // English: ", Peskov said" has the subject before the verb, handled below.
            if npStart < range.upperBound {
                // Skip an object pronoun or adverb right after the verb ("said on Sunday" is a time).
                while npStart < range.upperBound, ["on", "sunday", "monday"].contains(tokens[npStart].folded) == false,
                      tokens[npStart].kind == .word, lexicon.auxiliaries.contains(tokens[npStart].folded) { npStart += 1 }
                let npEnd = phraseEnd(tokens, npStart, range.upperBound, quoted)
                if npEnd > npStart, let a = resolve(tokens, npStart..<npEnd, cueStart: groupStart, names: names, previous: previous, lastSpeaker: lastSpeaker) {
                    return a
                }
            }
        }
        // Subject before the verb: back to the clause start ("X a déclaré", ", Peskov said").
        var s = groupStart
        while s > range.lowerBound {
            let t = tokens[s - 1]
            if quoted(s - 1) || t.kind == .punctuation { break }
            if ["que", "qu'", "qui", "ou", "dont", "that", "which", "who", "where", "and", "et", "mais", "but"].contains(t.folded) { break }
            if groupStart - s >= maxPhrase { break }
            s -= 1
        }
        if s < groupStart, let a = resolve(tokens, s..<groupStart, cueStart: s, names: names, previous: previous, lastSpeaker: lastSpeaker, verbEnd: v + 1, sentenceEnd: range.upperBound, quoted: quoted) {
            return a
        }
        // A pronoun subject ("il a déclaré", "he said") points to the last speaker.
        if s == groupStart - 1 || s == groupStart {
            let subj = s < groupStart ? tokens[s].folded : ""
            if lexicon.speakerPronouns.contains(subj), let sp = lastSpeaker ?? previous {
                return Attribution(sources: sp.sources, keys: sp.keys, tokenRange: s..<(v + 1), isSpeaker: sp.isSpeaker)
            }
        }
        return nil
    }

    /// Where a source phrase ends: punctuation, a quotation, a relative pronoun, a conjunction
    /// starting a new clause.
    private func phraseEnd(_ tokens: [Token], _ start: Int, _ end: Int, _ quoted: (Int) -> Bool) -> Int {
        var k = start
        while k < end, k - start < maxPhrase {
            let t = tokens[k]
            if quoted(k) { break }
            if t.kind == .punctuation && t.folded != "-" { break }
            if ["qui", "que", "qu'", "dont", "ou", "which", "who", "that", "lorsque", "when", "while", "alors", "tandis"].contains(t.folded) { break }
            // "… said on Sunday": a time after the source ends it.
            if k > start, ["on", "le", "ce", "cette", "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                           "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "hier", "yesterday", "in"].contains(t.folded),
               k + 1 < end, tokens[k + 1].isNumber || ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].contains(tokens[k + 1].folded)
                || ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "sunday", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "hier", "yesterday"].contains(t.folded) {
                break
            }
            k += 1
        }
        return k
    }

    private func matchPhrase(_ phrases: [String], _ tokens: [Token], _ k: Int, _ end: Int) -> Int? {
        var best: Int? = nil
        for p in phrases {
            let words = p.split(separator: " ")
            guard k + words.count <= end else { continue }
            var ok = true
            for (o, w) in words.enumerated() where tokens[k + o].folded != w { ok = false; break }
            if ok, words.count > (best ?? 0) { best = words.count }
        }
        return best
    }

    /// Turns a source phrase into sources: its entities (persons first: a named speaker rather
    /// than their institution; relays added), a back-reference, or a short generic phrase.
    private func resolve(_ tokens: [Token], _ np: Range<Int>, cueStart: Int, names: NameIndex, previous: Attribution?,
                         lastSpeaker: Attribution?, verbEnd: Int? = nil, sentenceEnd: Int? = nil, quoted: (Int) -> Bool = { _ in false }) -> Attribution? {
        guard !np.isEmpty else { return nil }
        let span = min(cueStart, np.lowerBound)..<max(np.upperBound, verbEnd ?? np.upperBound)
        // Back-reference: "la même source", "the source".
        if backRefFirstWords.contains(tokens[np.lowerBound].folded), matchPhrase(lexicon.backReferences, tokens, np.lowerBound, np.upperBound) != nil,
           let p = previous, !np.contains(where: { names.entityAt[$0] != nil }) {
            return Attribution(sources: p.sources, keys: p.keys, tokenRange: span, isSpeaker: p.isSpeaker)
        }
        // Entities in the phrase, in order, split around a relay cue.
        var relayStart = np.upperBound
        for k in np where matchPhrase(lexicon.relayCues, tokens, k, np.upperBound) != nil { relayStart = k; break }
        var mainPersons: [Int] = [], mainOthers: [Int] = [], relays: [Int] = []
        for k in np {
            guard let e = names.entityAt[k] else { continue }
            let ent = names.entities[e]
            if k >= relayStart {
                if !relays.contains(e) { relays.append(e) }
            } else if ent.type == .person {
                if !mainPersons.contains(e) { mainPersons.append(e) }
            } else if !mainOthers.contains(e) {
                mainOthers.append(e)
            }
        }
        var chosen = mainPersons.isEmpty ? mainOthers : mainPersons
        // A recipient after the verb ("told Reuters", "a indiqué à l'AFP") is a relay.
        if let ve = verbEnd, let se = sentenceEnd {
            var k = ve
            if k < se, lexicon.relayCues.contains(tokens[k - 1].folded) || tokens[k - 1].folded == "told" {
                while k < se, k < ve + 4, !quoted(k), tokens[k].kind == .word {
                    if let e = names.entityAt[k], names.entities[e].type == .organization, !relays.contains(e) { relays.append(e) }
                    k += 1
                }
            } else if k < se, tokens[k].folded == "a" || tokens[k].folded == "à" || tokens[k].folded == "au" || tokens[k].folded == "aupres" {
                while k < se, k < ve + 5, !quoted(k), tokens[k].kind == .word {
                    if let e = names.entityAt[k], names.entities[e].type == .organization, !relays.contains(e) { relays.append(e) }
                    k += 1
                }
            }
        }
        for r in relays where !chosen.contains(r) { chosen.append(r) }
        if !chosen.isEmpty {
            let isSpeaker = !mainPersons.isEmpty
            return Attribution(sources: chosen.map { names.entities[$0].name }, keys: chosen.map { names.entities[$0].key },
                               tokenRange: span, isSpeaker: isSpeaker)
        }
        // A generic source: "les médias d'État russes", "des groupes de défense…", "officials".
        guard np.contains(where: { lexicon.sourceNouns.contains(tokens[$0].folded) }) else { return nil }
        var a = np.lowerBound
        while a < np.upperBound, lexicon.determiners.contains(tokens[a].folded) || tokens[a].folded == "d'" { a += 1 }
        guard a < np.upperBound else { return nil }
        let name = shortName(tokens, a..<np.upperBound, names.text)
        return Attribution(sources: [name], keys: ["source:" + ScalarClass.fold(name)], tokenRange: span, isSpeaker: false)
    }

    /// The phrase as written, runs of spaces as one.
    private func shortName(_ tokens: [Token], _ r: Range<Int>, _ text: TextBuffer) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.scalars[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end] {
            if ScalarClass.isSpace(s) { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(s)
        }
        return String(out)
    }
}
