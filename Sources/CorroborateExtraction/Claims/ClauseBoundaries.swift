import CorroborateCore
import CorroborateText

/// Where, inside a sentence, one clause ends and another stating a fact of its own begins: the
/// grain a reader checks facts at. "Assad et sa famille sont à Moscou, où la Russie leur a
/// accordé l'asile" tells an arrival and an asylum; kept as one claim, an outlet reporting only
/// the asylum would share half a claim, and the actors, places and figures of both would mix.
extension ClaimBuilder {
    /// Fewest words each part of a split keeps: "The rebels" before an embedded relative is no claim.
    static let minimumClauseWords = 3
    /// Words a relative clause's opener may stand before its subject ("…, où pourtant des photos").
    static let relativeSubjectReach = 3
    /// Words after a possessive relative's determiner within which its verb is looked for
    /// (« dont le soutien militaire et financier lui a longtemps permis »).
    static let relativeVerbReach = 8

    /// The clauses of each part of a sentence that state a fact of their own (`subClauses`),
    /// each under its part's attribution, but for a background clause after the whole
    /// attribution ("X a déclaré que A, après B": B is the writer's, not what X said).
    /// `checkable`: the token names something a reader can check (a name, a figure, a date).
    func factClauses(_ parts: [(Range<Int>, Attribution?, [Range<Int>])], _ tokens: [Token], _ flags: [WordFlags], text: TextBuffer,
                     timeTokens: TokenSet, checkable: (Int) -> Bool) -> [(Range<Int>, Attribution?, [Range<Int>])] {
        parts.flatMap { (range, attribution, attributionRanges) in
            let inAttribution = { (k: Int) in attributionRanges.contains { $0.contains(k) } }
            // « », a glissé le président, qui reste en poste jusqu'en janvier »: the speaker named
            // after the words said, verb first (not the agent of a passive, « a été salué par X »).
            let speakerEnd: Int? = attribution?.kind != .inverted ? nil : attributionRanges.last.flatMap { a in
                a.count > 2 && (lexicon.isConjugated(tokens[a.lowerBound].folded) || flags[a.lowerBound].contains(.reportingVerb))
                    && !flags[a.lowerBound + 1].contains(.passiveAuxiliary) ? a.upperBound : nil
            }
            let subs = subClauses(range, tokens, flags, text: text, timeTokens: timeTokens, inAttribution: inAttribution, speakerEnd: speakerEnd,
                                  hasFact: { p in p.contains { checkable($0) && !inAttribution($0) } })
            // A source that is the subject of a relative clause ("…, où des photos satellites
            // montraient que …", "…, whose lawyers said …") speaks for that clause only: what
            // comes before it is the writer's. (A source put after the clause, « selon X », or
            // an inverted ", a déclaré X" may still speak for the whole sentence.)
            let speaksFrom: Int? = attribution?.kind != .subjectVerb || attributionRanges.isEmpty ? nil
                : subs.last { sub in
                    // (Its subject right after the opener: "…, where Russia offered them asylum,
                    // Russian state news agency reported" is a source for the whole sentence.)
                    sub.ownSubject && attributionRanges.allSatisfy { a in
                        a.lowerBound > sub.range.lowerBound && a.upperBound <= sub.range.upperBound
                            && a.lowerBound - sub.range.lowerBound <= ClaimBuilder.relativeSubjectReach
                            && !((sub.range.lowerBound + 1)..<a.lowerBound).contains { tokens[$0].kind == .punctuation }
                    }
                }?.range.lowerBound
            return subs.map { sub -> (Range<Int>, Attribution?, [Range<Int>]) in
                let background = sub.ownSubject && !attributionRanges.isEmpty
                    && attributionRanges.allSatisfy { $0.upperBound <= sub.range.lowerBound && $0.lowerBound >= range.lowerBound }
                let before = speaksFrom.map { sub.range.upperBound <= $0 } ?? false
                return (sub.range, background || before ? nil : attribution, attributionRanges)
            }
        }
    }

    /// The parts of `seg`, split before:
    /// - a relative or temporal clause after a comma ("…, où la Russie …", "…, after rebel fighters …"),
    ///   a possessive relative with a verb of its own (« …, dont la sécurité a été garantie … »);
    /// - a part of a figure given in brackets ("3,5 millions selon la CGT (dont 800 000 à Paris)");
    /// - a conjunction followed by a verb of its own ("… et appelle à …", "… and have been granted …",
    ///   "… and that his death …", "… and taking the capital …"), or, after a comma, by a clause
    ///   with its own subject ("…, and a deal has been done …").
    /// A participial clause after a comma ("…, mettant fin à …") stays: it mostly goes on about
    /// the fact before it, and split off it no longer meets the same fact told in one sentence.
    /// Other cuts never fall inside brackets or an attribution; each part keeps `minimumClauseWords`
    /// and names something a reader can check (`hasFact`: a name, a figure, a date): "…, showing
    /// photographs on his phone" only describes the fact before it and stays with it.
    /// `ownSubject` marks a part opened by a relative, a temporal clause or a clause with its own
    /// subject: after the attribution of its sentence ("X said that A, after B"), it is the
    /// writer's background, not what the source said (see `factClauses`). A part opened by a verb
    /// ("… and claimed that …") goes on with the same speaker.
    /// `speakerEnd`: where the name of a speaker put after their words ends: a relative right
    /// after it describes the speaker, in the writer's voice.
    func subClauses(_ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], text: TextBuffer, timeTokens: TokenSet,
                    inAttribution: (Int) -> Bool, speakerEnd: Int? = nil, hasFact: (Range<Int>) -> Bool) -> [(range: Range<Int>, ownSubject: Bool)] {
        guard seg.count > 2 * ClaimBuilder.minimumClauseWords else { return [(seg, false)] }
        let words = PrefixCount(seg) { tokens[$0].kind == .word }
        var cuts: [Int] = []
        var ownSubject = Set<Int>()
        var afterCuts = Set<Int>()
        var last = seg.lowerBound
        var depth = 0
        for k in (seg.lowerBound + 1)..<seg.upperBound {
            let t = tokens[k]
            if t.kind == .punctuation {
                // "3,5 millions selon la CGT (dont 800 000 à Paris)": the part counted in one place
                // is a figure of its own.
                if t.folded == "(", depth == 0, k + 2 < seg.upperBound, lexicon.subsetMarkers.contains(tokens[k + 1].folded),
                   tokens[k + 2].isNumber, words.count(last..<k) >= ClaimBuilder.minimumClauseWords {
                    cuts.append(k)
                    last = k
                }
                if t.folded == "(" { depth += 1 } else if t.folded == ")" { depth = max(0, depth - 1) }
                continue
            }
            guard depth == 0, t.kind == .word, !inAttribution(k) else { continue }
            let afterComma = tokens[k - 1].kind == .punctuation && tokens[k - 1].folded == ","
            var opens = false, subject = false
            // "less than 24 hours after …", « deux jours après … »: how long after opens the clause.
            var opener = k
            if afterComma, timeTokens.contains(k) {
                while opener < seg.upperBound - 1, opener < k + ClaimBuilder.offsetReach, timeTokens.contains(opener),
                      !lexicon.afterWords.contains(tokens[opener].folded) { opener += 1 }
                if !lexicon.afterWords.contains(tokens[opener].folded) { opener = k }
            }
            let opensAfter = afterComma && lexicon.afterWords.contains(tokens[opener].folded)
            // "d'après les syndicats, qui ont défilé …": a relative after a source describes the
            // source; "…, citant une source, après la chute du régime" tells what came before.
            var possessive = false
            let afterSpeaker = afterComma && speakerEnd == k - 1
            if afterComma, !(k >= seg.lowerBound + 2 && inAttribution(k - 2)) || opensAfter || afterSpeaker {
                possessive = possessiveRelative(k, seg, tokens, flags, text)
                opens = flags[opener].contains(.clauseOpenerFolded) && lexicon.clauseOpeners.contains(exact(tokens[opener], text)) || possessive
                subject = opens
            }
            var joinsClause = false
            if !opens, flags[k].contains(.clauseConjunction), k + 1 < seg.upperBound {
                if opensVerbPhrase(k + 1, seg, tokens, flags, text) {
                    opens = true
                } else if afterComma, startsClause(tokens, k + 1, seg.upperBound) {
                    opens = true
                    subject = true
                    joinsClause = true
                }
            }
            // « Le site, qui emploie 800 salariés, sera fermé »: a relative between commas before
            // the main verb only describes the subject.
            if subject, lexicon.relativeSubjects.contains(t.folded), embeddedRelative(k, seg, tokens, flags, text, inAttribution) { continue }
            guard opens, words.count(last..<k) >= ClaimBuilder.minimumClauseWords,
                  words.count(k..<seg.upperBound) >= ClaimBuilder.minimumClauseWords else { continue }
            cuts.append(k)
            if subject, !joinsClause { ownSubject.insert(k) }
            // (Not one the reported clause goes on from: « a annoncé que l'ancien président, après
            // des négociations, avait décidé … ».)
            if opensAfter || possessive || afterSpeaker, !embeddedRelative(opener, seg, tokens, flags, text, inAttribution) { afterCuts.insert(k) }
            // "…, a Kremlin source told Russian news agencies on Sunday, and a deal has been done":
            // a clause joined right after an inverted source goes on in the writer's voice.
            // (An attribution set off by commas, with at most whom it was told and when between it
            // and this comma.)
            if joinsClause, let j = (max(seg.lowerBound, k - 1 - ClaimBuilder.joinedReach)..<(k - 1)).last(where: inAttribution) {
                var start = j
                while start > seg.lowerBound, inAttribution(start - 1) { start -= 1 }
                if start > seg.lowerBound, tokens[start - 1].folded == ",",
                   !((j + 1)..<(k - 1)).contains(where: { tokens[$0].kind == .punctuation || lexicon.complementizers.contains(tokens[$0].folded) }) {
                    afterCuts.insert(k)
                    ownSubject.insert(k)
                }
            }
            last = k
        }
        guard !cuts.isEmpty else { return [(seg, false)] }
        let bounds = [seg.lowerBound] + cuts + [seg.upperBound]
        var parts: [(range: Range<Int>, ownSubject: Bool)] = []
        // What came before, told after every source of the sentence ("…, citant une source au
        // Kremlin, après la chute des autorités"), is the writer's even with nothing to check.
        let saidEnd = afterCuts.isEmpty ? nil : seg.last { inAttribution($0) }
        for part in zip(bounds, bounds.dropFirst()).map({ $0..<$1 }) {
            let background = afterCuts.contains(part.lowerBound) && saidEnd.map { $0 < part.lowerBound } ?? false
            if let previous = parts.last, !hasFact(part) && !background || !hasFact(previous.range) {
                parts[parts.count - 1].range = previous.range.lowerBound..<part.upperBound
            } else {
                parts.append((part, ownSubject.contains(part.lowerBound)))
            }
        }
        return parts
    }

    /// « …, dont la sécurité a été garantie … », "…, whose lawyers said …": a possessive
    /// relative with a subject and a verb of its own, after a clause (not after a phrase put
    /// before the sentence's subject: « Dans la ville de Homs, dont les rebelles se sont emparés,
    /// des milliers … »). « dont 77 à Paris », « dont l'AFP » have no verb: a part of what
    /// came before, kept with it.
    private func possessiveRelative(_ k: Int, _ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ text: TextBuffer) -> Bool {
        guard lexicon.possessiveRelatives.contains(tokens[k].folded), k + 2 < seg.upperBound,
              tokens[k + 1].kind == .word, !tokens[k + 1].isNumber, !tokens[k + 1].isCapitalized else { return false }
        var antecedent = k - 1
        while antecedent > seg.lowerBound, tokens[antecedent - 1].kind != .punctuation { antecedent -= 1 }
        if antecedent < k - 1, lexicon.placePrepositions.contains(tokens[antecedent].folded) { return false }
        for j in (k + 2)..<min(seg.upperBound, k + 2 + ClaimBuilder.relativeVerbReach) {
            let t = tokens[j]
            if t.kind == .punctuation { return false }
            guard t.kind == .word, !t.isCapitalized else { continue }
            if flags[j].contains(.reportingVerb) || flags[j].contains(.passiveAuxiliary) { return true }
            if lexicon.isConjugated(t.folded), t.folded.utf8.count > 1 || writtenPlain(t, text) { return true }
        }
        return false
    }

    /// The relative opened at `k` closes on a comma followed by the sentence's verb (« Le site,
    /// qui emploie 800 salariés, sera fermé », "The plant, which employs 800, will close").
    private func embeddedRelative(_ k: Int, _ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ text: TextBuffer,
                                  _ inAttribution: (Int) -> Bool) -> Bool {
        var j = k + 1
        while j + 1 < seg.upperBound {
            let t = tokens[j]
            if t.kind == .punctuation, t.folded != "," && t.folded != "'" && t.folded != "-" { return false }
            if t.folded == ",", !inAttribution(j + 1) {
                // The sentence's own verb: conjugated, not a participle going on about the relative.
                let v = tokens[j + 1]
                return v.kind == .word && !v.isCapitalized && !flags[j + 1].contains(.reportingVerb)
                    && (lexicon.auxiliaries.contains(v.folded) && (v.folded.utf8.count > 2 || writtenPlain(v, text))
                        || lexicon.finiteVerbs.contains(v.folded) || flags[j + 1].contains(.passiveAuxiliary))
            }
            j += 1
        }
        return false
    }

    /// The token as written, lowercased, accents kept: folding makes "où" "ou" and "à" "a".
    /// (Built only for the few tokens that fold like an opener or open a clause.)
    func exact(_ t: Token, _ text: TextBuffer) -> String {
        text.text(t.start, t.end).lowercased()
    }

    /// The token is written in plain ASCII, as its folded form: "a", not "à".
    func writtenPlain(_ t: Token, _ text: TextBuffer) -> Bool {
        (t.start..<t.end).allSatisfy { text[$0].value < 0x80 }
    }

    /// A present participle ("prenant", "taking").
    private func isParticiple(_ t: Token) -> Bool {
        t.kind == .word && !t.isCapitalized && hasSuffix(t, lexicon.participleSuffixes) && !lexicon.notParticiples.contains(t.folded)
    }

    /// The word ends with one of `suffixes` and has at least three letters before it.
    private func hasSuffix(_ t: Token, _ suffixes: [String]) -> Bool {
        let w = t.folded.utf8
        return suffixes.contains { s in w.count >= s.utf8.count + 3 && w.suffix(s.utf8.count).elementsEqual(s.utf8) }
    }

    /// Token k (after a manner adverb or a filler like "then", "également") opens a verb phrase:
    /// an auxiliary, a conjugated or reporting verb, "that" / "que", or a participle. A short
    /// word must be written as the lexicon has it: "à" folds to the auxiliary "a".
    private func opensVerbPhrase(_ k: Int, _ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ text: TextBuffer) -> Bool {
        var i = k
        if i + 1 < seg.upperBound, lexicon.fillerAdverbs.contains(tokens[i].folded) || hasSuffix(tokens[i], lexicon.adverbSuffixes) { i += 1 }
        let t = tokens[i]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if t.folded.utf8.count <= 2, !writtenPlain(t, text) { return false }
        let w = t.folded
        return lexicon.auxiliaries.contains(w) || flags[i].contains(.passiveAuxiliary) || lexicon.finiteVerbs.contains(w)
            || flags[i].contains(.reportingVerb) || lexicon.complementizers.contains(w) || isParticiple(t)
    }
}
