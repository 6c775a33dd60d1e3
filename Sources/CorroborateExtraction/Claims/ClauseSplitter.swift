import CorroborateCore
import CorroborateText
import CorroborateGazetteer

/// Clauses of a sentence: where one sentence makes several claims and which attribution governs each.
extension ClaimBuilder {
    /// The clauses of a sentence that make separate claims, each with the pieces of attribution
    /// that govern it. A sentence splits where two coordinated clauses each have their own
    /// subject ("… a été abandonné et les rebelles ont déclaré …"), where a contrast opens
    /// ("…, tandis que …", "…, while …"), and between parts with different sources ("3,5
    /// millions selon la CGT, 1,1 million selon le ministère"). A phrase or an inverted verb
    /// ("…, selon X", "…, a indiqué X") governs the clauses before it; a subject and its verb
    /// ("X a déclaré que …") the clauses after it. nil when the sentence is one claim.
    /// `flags`: each token's lexicon flags (`ExtractionLexicon.flags`).
    func clauses(_ r: Range<Int>, _ pieces: [Attribution], _ tokens: [Token], _ flags: [WordFlags], text: TextBuffer, quoted: (Int) -> Bool,
                 timeTokens: TokenSet, figureTokens: TokenSet? = nil, sourceAt: (Int) -> (SourceName, end: Int)? = { _ in nil }) -> [(Range<Int>, Attribution?, [Range<Int>])]? {
        let governing = pieces.filter { !$0.isCiting }
        let distinctOrigins = Set(governing.filter { !$0.origin.isEmpty }.map { Set($0.origin.map { $0.key }) }).count
        enum Cut { case source, coordination, contrast, enumeration, detail }
        var cuts: [Int: Cut] = [:]
        for p in governing where distinctOrigins >= 2 {
            switch p.kind {
            case .phrase, .inverted:
                var c = p.tokenRange.upperBound
                if c < r.upperBound, tokens[c].kind == .punctuation, tokens[c].folded == "," || tokens[c].folded == ")" || tokens[c].folded == ";" { c += 1 }
                if cuts[c] == nil { cuts[c] = .source }
            case .subjectVerb:
                if cuts[p.tokenRange.lowerBound] == nil { cuts[p.tokenRange.lowerBound] = .source }
            }
        }
        // Coordinated clauses with a subject of their own, and contrasts.
        let words = PrefixCount(r) { tokens[$0].kind == .word }
        var k = r.lowerBound + 1
        while k < r.upperBound - 1 {
            if quoted(k) { k += 1; continue }
            if flags[k].contains(.contrastiveFirstWord),
               let len = lexicon.contrastiveConjunctions.match(tokens, at: k, end: r.upperBound).map({ $0.end - k }) {
                if words.count(r.lowerBound..<k) >= 4 { cuts[k] = .contrast }
                k += len
                continue
            }
            let t = tokens[k]
            // "It remains unknown when Assad fled, however, the rebels entered Damascus", « …,
            // toutefois, les syndicats ont … »: an adverb of contrast set off by commas, then a
            // clause with a subject of its own, opens a claim of its own. (The subject is enough:
            // "the rebels led by HTS entered" puts a participle before the verb; "the decision,
            // however, was criticized" goes on with its verb and stays one claim.)
            // (The kinds compared first: a string comparison per token costs more.)
            if t.kind == .punctuation, k + 3 < r.upperBound, tokens[k + 2].kind == .punctuation, tokens[k + 1].kind == .word,
               t.folded == ",", tokens[k + 2].folded == ",", !quoted(k + 1),
               lexicon.contrastiveAdverbs.contains(tokens[k + 1].folded), tokens[k + 3].kind == .word,
               tokens[k + 3].isCapitalized || lexicon.determiners.contains(tokens[k + 3].folded) || lexicon.subjectPronouns.contains(tokens[k + 3].folded),
               words.count(r.lowerBound..<k) >= 4, words.count((k + 3)..<r.upperBound) >= 4 {
                cuts[k + 1] = .contrast
                k += 3
                continue
            }
            // "… dans de nombreuses villes : 3,5 millions selon la CGT": the figures after a colon,
            // with a source of their own, are a claim apart from the scene before it.
            if t.folded == ":", words.count(r.lowerBound..<k) >= 6, (k + 1..<min(r.upperBound, k + 3)).contains(where: { tokens[$0].isNumber }),
               governing.contains(where: { $0.kind == .phrase && $0.tokenRange.lowerBound > k }) {
                cuts[k + 1] = .detail
                k += 1
                continue
            }
            // Only where the new clause brings its own source: a split without one would cut
            // facts a reader takes together. (Tested before the conjunction: it rules out most
            // tokens without hashing their word.)
            // (Or a subject who said nothing: "… and the source did not say how long …".)
            let sourcedClause = governing.contains { $0.kind == .subjectVerb && $0.tokenRange.lowerBound > k && $0.tokenRange.lowerBound <= k + 6 }
                || (flags[k].contains(.clauseConjunction) && silentSpeaker(after: k, r, tokens, flags, quoted))
            if sourcedClause, lexicon.clauseConjunctions.contains(t.folded) || t.folded == ";", startsClause(tokens, k + 1, r.upperBound),
               words.count(r.lowerBound..<k) >= 4, words.count((k + 1)..<r.upperBound) >= 4 {
                cuts[t.folded == ";" ? k + 1 : k] = .coordination
            }
            k += 1
        }
        // Figures listed one after another ("Lyon (22 000 à 55 000), Brest (20 000 à 40 000) ou
        // Montpellier …", "455 interpellations, ainsi que 903 départs de feu"): one claim per figure.
        for c in enumerationCuts(r, tokens, flags, text: text, quoted: quoted, timeTokens: timeTokens, figureTokens: figureTokens) where cuts[c] == nil { cuts[c] = .enumeration }
        guard !cuts.isEmpty else { return nil }
        let bounds = ([r.lowerBound] + cuts.keys.filter { $0 > r.lowerBound && $0 < r.upperBound } + [r.upperBound]).sorted()
        struct Segment { var range: Range<Int>; var pieces: [Attribution]; var cut: Cut? }
        var segments: [Segment] = []
        for (a, b) in zip(bounds, bounds.dropFirst()) where b > a {
            segments.append(Segment(range: a..<b, pieces: governing.filter { $0.tokenRange.lowerBound >= a && $0.tokenRange.lowerBound < b }, cut: cuts[a]))
        }
        // Source cuts only separate parts with different sources: a part without one joins its neighbour.
        var joined: [Segment] = []
        for seg in segments {
            // "(480 000 selon le ministère, 1,7 million selon la CGT) et au lendemain …, les cortèges
            // ont …": a source in brackets reaches no further than them.
            let afterBrackets = seg.cut == .source && seg.range.lowerBound > r.lowerBound && tokens[seg.range.lowerBound - 1].folded == ")"
                && seg.pieces.isEmpty && wordCount(tokens, seg.range) >= ClaimBuilder.minimumClauseWords
            if let last = joined.last, !afterBrackets, seg.cut == .source || seg.cut == nil, seg.pieces.isEmpty || wordCount(tokens, seg.range) < 3 {
                joined[joined.count - 1] = Segment(range: last.range.lowerBound..<seg.range.upperBound, pieces: last.pieces + seg.pieces, cut: last.cut)
            } else if let last = joined.last, joined.count == 1, last.pieces.isEmpty, last.cut == nil, seg.cut == .source {
                joined[0] = Segment(range: last.range.lowerBound..<seg.range.upperBound, pieces: seg.pieces, cut: nil)
            } else {
                joined.append(seg)
            }
        }
        guard joined.count >= 2 else { return nil }
        // "…, killing 38 people and injuring 300, AFAD said.": a subject and its verb closing the
        // sentence after a comma report what comes before them, as "…, selon X" does.
        func closesSentence(_ p: Attribution) -> Bool {
            // "…, AFAD said.", "…, the agency said on Monday.": nothing but its time after it.
            p.tokenRange.lowerBound > r.lowerBound && tokens[p.tokenRange.lowerBound - 1].folded == ","
                && (p.tokenRange.upperBound..<r.upperBound).allSatisfy { tokens[$0].kind == .punctuation || timeTokens.contains($0)
                    || (tokens[$0].kind == .word && flags[$0].contains(.stopword) && $0 + 1 < r.upperBound && timeTokens.contains($0 + 1)) }
        }
        // Which pieces govern each clause.
        var result: [(Range<Int>, Attribution?, [Range<Int>])] = []
        for (i, seg) in joined.enumerated() {
            var governingPieces = seg.pieces
            if governingPieces.isEmpty {
                // A later "…, selon X" governs back to a contrast or to the last subject-verb. A
                // contrast word with no comma before it often only tells when (« a été poignardée
                // alors qu'elle tentait de s'interposer, selon le procureur »): the source governs on.
                var j = i + 1
                while j < joined.count, joined[j].cut != .detail,
                      joined[j].cut != .contrast || tokens[joined[j].range.lowerBound - 1].kind != .punctuation {
                    if let p = joined[j].pieces.first(where: { $0.kind != .subjectVerb || closesSentence($0) }) { governingPieces = [p]; break }
                    if joined[j].pieces.contains(where: { $0.kind == .subjectVerb }) { break }
                    j += 1
                }
            }
            if governingPieces.isEmpty, seg.cut == .coordination || seg.cut == .enumeration {
                // "X a déclaré que A et que B": reported speech goes on across the coordination.
                var j = i - 1
                while j >= 0 {
                    if let p = joined[j].pieces.last(where: { $0.kind == .subjectVerb }),
                       joined[j].range.contains(where: { lexicon.complementizers.contains(tokens[$0].folded) && $0 >= p.tokenRange.upperBound }) {
                        governingPieces = [p]
                        break
                    }
                    if joined[j].cut == .contrast || !joined[j].pieces.isEmpty { break }
                    j -= 1
                }
            }
            if seg.pieces.isEmpty, governingPieces.isEmpty, seg.cut == .enumeration {
                // "… et la préfecture 16 000": a listed figure with a subject of its own and the
                // verb left out is that subject's.
                if let own = gappedSubject(seg.range, tokens, sourceAt) {
                    result.append((seg.range, own, [own.tokenRange]))
                    continue
                }
                // "Le ministre dénombre 455 interpellations, ainsi que 903 départs de feu": the verb
                // that counts the first figure of a list counts the others.
                var j = i - 1
                while j >= 0, joined[j].cut != .contrast {
                    if let p = joined[j].pieces.last(where: { $0.kind == .subjectVerb }) { governingPieces = [p]; break }
                    if !joined[j].pieces.isEmpty { break }
                    j -= 1
                }
            }
            // A citing piece ("citant une source au Kremlin") goes with the clause it stands in.
            let citing = pieces.filter { $0.isCiting && seg.range.contains($0.tokenRange.lowerBound) }
            let used = (seg.pieces.isEmpty ? governingPieces : seg.pieces) + citing
            result.append((seg.range, Attribution.merged(used), (seg.pieces + citing).map { $0.tokenRange }))
        }
        return result
    }

    /// The subject of a listed figure whose verb is left out ("et la préfecture 16 000", "the
    /// police 3 000"): a source (`sourceAt`) right before the figure.
    private func gappedSubject(_ r: Range<Int>, _ tokens: [Token], _ sourceAt: (Int) -> (SourceName, end: Int)?) -> Attribution? {
        var k = r.lowerBound
        while k < r.upperBound, tokens[k].kind == .punctuation || lexicon.clauseConjunctions.contains(tokens[k].folded)
                || lexicon.determiners.contains(tokens[k].folded) { k += 1 }
        guard k < r.upperBound else { return nil }
        guard let (name, end) = sourceAt(k), end < r.upperBound, tokens[end].isNumber else { return nil }
        return Attribution(origin: [name], channels: [], tokenRange: r.lowerBound..<end, kind: .subjectVerb, isSpeaker: false, isCalledSource: false)
    }

    /// Where a list of figures splits: at a list separator outside parentheses with a figure
    /// (not a date, not the other end of a range) on each side.
    /// `figureTokens`: the tokens of recognized figures, when known; `flags`: each token's
    /// lexicon flags (a list separator's first word is a flag, not a lookup per token).
    func enumerationCuts(_ r: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], text: TextBuffer, quoted: (Int) -> Bool, timeTokens: TokenSet,
                         figureTokens: TokenSet? = nil) -> [Int] {
        func isFigure(_ k: Int) -> Bool { tokens[k].isNumber && !timeTokens.contains(k) && (figureTokens?.contains(k) ?? true) }
        var candidates: [Int] = []
        var depth = 0
        var k = r.lowerBound
        while k < r.upperBound {
            let t = tokens[k]
            if t.folded == "(" { depth += 1 } else if t.folded == ")" { depth = max(0, depth - 1) }
            if depth == 0, k > r.lowerBound {
                if t.folded == "," || t.folded == ";" {
                    // "172 interpellations, dont 77 à Paris": a part of the figure before stays with it.
                    if k + 1 < r.upperBound, lexicon.subsetMarkers.contains(tokens[k + 1].folded) { k += 1; continue }
                    // "Le séisme, d'une magnitude de 7, a été enregistré …": a verb after the comma
                    // is the predicate of the subject before the apposition, not a new item.
                    // (A short word as written: "à" folds to the auxiliary "a".)
                    if k + 1 < r.upperBound, tokens[k + 1].folded.utf8.count > 2 || exact(tokens[k + 1], text) == tokens[k + 1].folded,
                       lexicon.auxiliaries.contains(tokens[k + 1].folded) || lexicon.passiveAuxiliaries.contains(tokens[k + 1].folded)
                        || lexicon.finiteVerbs.contains(tokens[k + 1].folded) { k += 1; continue }
                    // "a reculé de 0,2 point au troisième trimestre, à 7,1 %": the level a figure
                    // reaches completes the verb before the comma ("…, de 3,5 millions dans tout le
                    // territoire" is an item, its noun elided). Not the auxiliary "a", as written.
                    if k + 2 < r.upperBound, lexicon.levelPrepositions.contains(tokens[k + 1].folded),
                       tokens[k + 1].folded.utf8.count > 1 || exact(tokens[k + 1], text) != tokens[k + 1].folded, isFigure(k + 2) { k += 1; continue }
                    candidates.append(k + 1)
                } else if flags[k].contains(.listSeparatorFirstWord),
                          let len = lexicon.listSeparators.match(tokens, at: k, end: r.upperBound).map({ $0.end - k }) {
                    // "entre 18 200 et 110 000", "de 3 à 5": a range, not a list.
                    let range = k + len < r.upperBound && isFigure(k - 1) && isFigure(k + len)
                    if !range { candidates.append(k) }
                    k += len
                    continue
                }
            }
            k += 1
        }
        // Keep the candidates that leave a figure on both sides.
        let figures = PrefixCount(r, isFigure)
        let words = PrefixCount(r) { tokens[$0].kind == .word }
        var cuts: [Int] = []
        var last = r.lowerBound
        for (i, c) in candidates.enumerated() {
            let next = i + 1 < candidates.count ? candidates[i + 1] : r.upperBound
            if figures.count(last..<c) > 0, figures.count(c..<next) > 0,
               words.count(last..<c) >= 2, words.count(c..<next) >= 2 {
                cuts.append(c)
                last = c
            }
        }
        return cuts
    }

    /// A reporting verb under negation opens the clause after `k` (« et Kiev n'a pas réagi »,
    /// "and the source did not say"): a subject of its own, which the recognizer makes no source.
    private func silentSpeaker(after k: Int, _ r: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ quoted: (Int) -> Bool) -> Bool {
        ((k + 2)..<min(r.upperBound, k + 9)).contains { v in
            !quoted(v) && flags[v].contains(.reportingVerb) && lexicon.negatesVerb(at: v, from: k + 1, tokens, flags)
        }
    }

    func wordCount(_ tokens: [Token], _ r: Range<Int>) -> Int {
        r.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
    }

    /// Tokens from `k` open a clause with its own subject: a subject pronoun, or a short noun
    /// phrase followed by an auxiliary or a conjugated verb the lexicon knows.
    func startsClause(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        guard k < end, tokens[k].kind == .word else { return false }
        if lexicon.subjectPronouns.contains(tokens[k].folded) { return true }
        var i = k
        while i < end, lexicon.determiners.contains(tokens[i].folded) { i += 1 }
        guard i > k || tokens[i].isCapitalized else { return false }
        var words = 0
        while i < end, words < 5, tokens[i].kind == .word {
            let w = tokens[i].folded
            if words > 0, lexicon.isConjugated(w) || lexicon.reportingVerbs.contains(w) { return true }
            if lexicon.clauseBreakers.contains(w) && !lexicon.nounPrepositions.contains(w) { return false }
            words += 1
            i += 1
        }
        return false
    }
}
