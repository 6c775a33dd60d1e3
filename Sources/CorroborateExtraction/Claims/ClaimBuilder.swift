import CorroborateCore
import CorroborateText
import CorroborateGazetteer

/// How many positions of a range satisfy a predicate, for any sub-range in constant time.
struct PrefixCount {
    let base: Int
    let sums: [Int]
    init(_ r: Range<Int>, _ predicate: (Int) -> Bool) {
        base = r.lowerBound
        var s = [0]
        s.reserveCapacity(r.count + 1)
        for k in r { s.append(s[s.count - 1] + (predicate(k) ? 1 : 0)) }
        sums = s
    }
    func count(_ r: Range<Int>) -> Int {
        let a = max(0, min(sums.count - 1, r.lowerBound - base)), b = max(a, min(sums.count - 1, r.upperBound - base))
        return sums[b] - sums[a]
    }
}

/// A mention with a scalar span, for range look-ups.
protocol SpanMention { var start: Int { get }; var end: Int { get } }
extension TimeMention: SpanMention {}
extension NumberMention: SpanMention {}

/// Builds the claims of one article from its sentences and what the recognizers found:
/// one claim per asserting sentence, with its actors, places, date, numbers, sources,
/// negation and hedging.
struct ClaimBuilder: Sendable {
    let lexicon: ExtractionLexicon
    let gazetteer: Gazetteer

    struct Input {
        var document: Document
        var tokens: [Token]
        var segmentation: Segmentation
        var times: [TimeMention]
        var numbers: [NumberMention]
        var mentions: [EntityMention]
        var entityOfMention: [Int?]
        var entities: [Entity]
    }

    func build(_ input: Input) -> [Claim] {
        let tokens = input.tokens
        let text = input.document.text
        let sentences = input.segmentation.sentences
        let quotes = input.segmentation.quotes
        var entityAt: [Int: Int] = [:]
        for (mi, m) in input.mentions.enumerated() {
            guard let e = input.entityOfMention[mi] else { continue }
            for k in m.firstToken..<m.endToken { entityAt[k] = e }
        }
        var timeTokens = Set<Int>()
        for t in input.times {
            var k = tokenRange(tokens, t.start, t.end)
            if k.isEmpty { k = tokenRange(tokens, t.start, t.end + 1) }
            for j in k { timeTokens.insert(j) }
        }
        let context = AttributionRecognizer.Context(entityAt: entityAt, entities: input.entities, text: text, timeTokens: timeTokens)
        let attributor = AttributionRecognizer(lexicon: lexicon, gazetteer: gazetteer)
        let filter = ClaimFilter(lexicon: lexicon)
        let ranges = sentences.map { tokenRange(tokens, $0.start, $0.end) }
        // Which tokens lie inside quotation marks, marked once (quotations do not overlap).
        var quotedToken = [Bool](repeating: false, count: tokens.count)
        for q in quotes {
            var k = lowerBound(tokens, q.open)
            while k < tokens.count, tokens[k].start <= q.close { quotedToken[k] = true; k += 1 }
        }
        func isQuoted(_ k: Int) -> Bool { quotedToken[k] }

        // Attributions of each sentence, then of each quotation (its speaker reaches every sentence it spans).
        var own = [Attribution?](repeating: nil, count: sentences.count)
        var piecesOf = [[Attribution]](repeating: [], count: sentences.count)
        var memory = AttributionRecognizer.Memory()
        for si in sentences.indices {
            let pieces = attributor.pieces(tokens: tokens, range: ranges[si], quoted: isQuoted, context: context, memory: memory)
            piecesOf[si] = pieces
            if let a = Attribution.merged(pieces) {
                own[si] = a
                memory.remember(a)
            }
        }
        var ofQuote: [Int: Attribution] = [:]
        for (si, s) in sentences.enumerated() {
            guard let q = s.quote, let a = own[si] else { continue }
            let quote = quotes[q]
            // The sentence that closes the quote or introduces it carries its speaker.
            if ofQuote[q] == nil || (quote.close >= s.start && quote.close < s.end) { ofQuote[q] = a }
        }
        // A quotation no sentence of its own attributes takes the attribution of the sentence
        // that introduces it ("… ont rapporté TASS et RIA. Quote: « … »").
        for (si, s) in sentences.enumerated() {
            guard let q = s.quote, ofQuote[q] == nil, quotes[q].open >= s.start, si > 0,
                  sentences[si - 1].block >= s.block - 1, let a = own[si - 1] else { continue }
            ofQuote[q] = a
        }
        var attribution = own
        for (si, s) in sentences.enumerated() where attribution[si] == nil {
            if let q = s.quote, let a = ofQuote[q], quotes[q].open <= s.start || (quotes[q].open < s.end && quotes[q].close >= s.end) { attribution[si] = a }
        }

        // The country the article speaks of most: what "le pays" / "the country" refers to.
        let mainCountry = input.entities.filter { $0.type == .place && gazetteer.entry(key: $0.key)?.kind == "country" }
            .max { $0.mentions < $1.mentions }
        // Claims: one per asserting sentence, or per clause when clauses have different sources.
        var claims: [Claim] = []
        var lastPerson: Int? = nil
        var previousWhen: PartialDate? = nil
        var previousDatedEvents = Set<String>()
        var eventOfWord: [String: String?] = [:]
        let title = input.document.metadata.title
        var whenOfQuote: [Int: PartialDate] = [:]
        for (si, s) in sentences.enumerated() {
            let r = ranges[si]
            let sentenceText = text.text(s.start, s.end)
            let persons = r.compactMap { entityAt[$0] }.filter { input.entities[$0].type == .person }
            defer { if let p = persons.last { lastPerson = p } }
            guard filter.isClaim(tokens: tokens[r], isHeading: s.isHeading, text: sentenceText, title: title) else { continue }
            let segments = clauses(r, piecesOf[si], tokens, quoted: isQuoted, timeTokens: timeTokens) ?? [(r, attribution[si], own[si].map { [$0.tokenRange] } ?? [])]
            for (seg, attr, attrRanges) in segments {
                let start = seg == r ? s.start : tokens[seg.lowerBound].start
                let end = seg == r ? s.end : tokens[seg.upperBound - 1].end
                var claim = Claim(id: "c\(claims.count + 1)", text: seg == r ? sentenceText : text.text(start, end),
                                  start: start, end: end, line: text.line(of: start))
                if let a = attr {
                    claim.sources = a.sources
                    claim.sourceKeys = a.keys
                }
                let inAttribution = { (k: Int) in attrRanges.contains { $0.contains(k) } }
                // Actors and places, outside the attribution phrase.
                var who: [Int] = [], wherePlaces: [Int] = []
                for k in seg where !inAttribution(k) {
                    guard let e = entityAt[k], !(k > seg.lowerBound && entityAt[k - 1] == e) else { continue }
                    let ent = input.entities[e]
                    // "Syria's Bashar al-Assad": a place owning another name only qualifies it.
                    var after = k
                    while after < seg.upperBound, entityAt[after] == e { after += 1 }
                    if ent.type == .place, after + 1 < seg.upperBound, tokens[after].folded == "'s", entityAt[after + 1] != nil { continue }
                    // "the Assad regime", "Assad's wife", "le régime de Bachar al-Assad": a person qualifying a noun is not an actor.
                    if ent.type == .person {
                        if after < seg.upperBound, lexicon.personModifierHeads.contains(tokens[after].folded) { continue }
                    }
                    if ent.type == .place {
                        if isSubject(tokens, k, seg, entityEnd: after) { if !who.contains(e) { who.append(e) } } else if !wherePlaces.contains(e) { wherePlaces.append(e) }
                    } else if !who.contains(e) {
                        who.append(e)
                    }
                }
                // "il", "sa", "leur", "l'ex-président": the person named last.
                if !who.contains(where: { input.entities[$0].type == .person }), let p = lastPerson,
                   seg.contains(where: { !inAttribution($0) && lexicon.actorPronouns.contains(tokens[$0].folded) }) {
                    who.append(p)
                }
                claim.who = who.map { input.entities[$0].name }
                claim.whoKeys = who.map { input.entities[$0].key }
                // "les responsables russes", "Russian officials": the country acts through its people.
                for (name, key) in demonymActors(tokens, seg, input.entities, skip: inAttribution) where !claim.whoKeys.contains(key) {
                    claim.who.append(name)
                    claim.whoKeys.append(key)
                }
                var whereNames = wherePlaces.map { input.entities[$0].name }
                var whereKeys = wherePlaces.map { input.entities[$0].key }
                for (name, key) in describedCapitals(tokens, seg, input.entities) where !whereKeys.contains(key) {
                    whereNames.append(name)
                    whereKeys.append(key)
                }
                // "le président syrien", "Syrian territory": the country the adjective names, when
                // no place of it is named; "le pays", "the country": the article's main country.
                for k in seg where !inAttribution(k) && tokens[k].kind == .word && (!tokens[k].isCapitalized || lexicon.language == .english) {
                    guard let country = gazetteer.countryForDemonym(tokens[k].folded), !claim.whoKeys.contains(country),
                          !whereKeys.contains(where: { $0 == country || gazetteer.isWithin($0, country) }) else { continue }
                    if let e = input.entities.first(where: { $0.key == country }) {
                        whereNames.append(e.name)
                        whereKeys.append(country)
                    } else if let name = gazetteer.displayName(key: country, language: lexicon.language) {
                        whereNames.append(name)
                        whereKeys.append(country)
                    }
                }
                if whereKeys.isEmpty, let main = mainCountry, seg.contains(where: { k in
                    k + 1 < seg.upperBound && lexicon.determiners.contains(tokens[k].folded) && lexicon.countryWords.contains(tokens[k + 1].folded) }) {
                    whereNames.append(main.name)
                    whereKeys.append(main.key)
                }
                claim.where = whereNames
                claim.whereKeys = whereKeys
                var events: [String] = []
                var content: [String] = []
                for k in seg where tokens[k].kind == .word {
                    let w = tokens[k].folded
                    let concept: String?
                    if let cached = eventOfWord[w] { concept = cached } else { concept = lexicon.event(for: w); eventOfWord[w] = concept }
                    if let c = concept, !events.contains(c) { events.append(c) }
                    if w.count >= 3, !lexicon.stopwords.contains(w), !content.contains(w) { content.append(w) }
                }
                claim.events = events.sorted()
                claim.contentWords = content
                // Date: the clause's own, else the quotation's, else the previous claim's when the
                // sentence only goes on with the same source ("a précisé la même source").
                let dates = mentions(input.times, from: start, to: end).filter { $0.kind == .date && $0.date != nil }
                if let d = eventDate(dates, tokens, seg)?.date {
                    claim.when = d
                } else if let q = s.quote, let d = whenOfQuote[q] {
                    claim.when = d
                } else if previousWhen != nil, !previousDatedEvents.isDisjoint(with: events),
                          own[si].map({ isBackReference(tokens, $0.tokenRange) }) ?? false
                            || (s.quote != nil && attr != nil && isBackReferenceQuote(si, sentences, own, tokens)) {
                    // The same source going on about the same event it dated ("a précisé la même source").
                    claim.when = previousWhen
                }
                if let q = s.quote, let d = claim.when, whenOfQuote[q] == nil { whenOfQuote[q] = d }
                claim.numbers = mentions(input.numbers, from: start, to: end)
                claim.negated = isNegated(tokens, seg, quoted: isQuoted)
                claim.hedged = isHedged(tokens, seg)
                if let w = claim.when {
                    previousWhen = w
                    previousDatedEvents = Set(claim.events)
                }
                claims.append(claim)
            }
        }
        return claims
    }

    /// The clauses of a sentence that make separate claims, each with the pieces of attribution
    /// that govern it. A sentence splits where two coordinated clauses each have their own
    /// subject ("… a été abandonné et les rebelles ont déclaré …"), where a contrast opens
    /// ("…, tandis que …", "…, while …"), and between parts with different sources ("3,5
    /// millions selon la CGT, 1,1 million selon le ministère"). A phrase or an inverted verb
    /// ("…, selon X", "…, a indiqué X") governs the clauses before it; a subject and its verb
    /// ("X a déclaré que …") the clauses after it. nil when the sentence is one claim.
    private func clauses(_ r: Range<Int>, _ pieces: [Attribution], _ tokens: [Token], quoted: (Int) -> Bool,
                         timeTokens: Set<Int>) -> [(Range<Int>, Attribution?, [Range<Int>])]? {
        let governing = pieces.filter { !$0.isCiting }
        let distinctOrigins = Set(governing.filter { !$0.origin.isEmpty }.map { Set($0.origin.map { $0.key }) }).count
        enum Cut { case source, coordination, contrast, enumeration }
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
            if lexicon.contrastiveFirstWords.contains(tokens[k].folded),
               let len = lexicon.contrastiveConjunctions.compactMap({ phraseLength($0, tokens, k, r.upperBound) }).max() {
                if words.count(r.lowerBound..<k) >= 4 { cuts[k] = .contrast }
                k += len
                continue
            }
            let t = tokens[k]
            let isConjunction = lexicon.clauseConjunctions.contains(t.folded) || t.folded == ";"
            // Only where the new clause brings its own source: a split without one would cut
            // facts a reader takes together.
            let sourcedClause = governing.contains { $0.kind == .subjectVerb && $0.tokenRange.lowerBound > k && $0.tokenRange.lowerBound <= k + 6 }
            if isConjunction, sourcedClause, startsClause(tokens, k + 1, r.upperBound),
               words.count(r.lowerBound..<k) >= 4, words.count((k + 1)..<r.upperBound) >= 4 {
                cuts[t.folded == ";" ? k + 1 : k] = .coordination
            }
            k += 1
        }
        // Figures listed one after another ("Lyon (22 000 à 55 000), Brest (20 000 à 40 000) ou
        // Montpellier …", "455 interpellations, ainsi que 903 départs de feu"): one claim per figure.
        for c in enumerationCuts(r, tokens, quoted: quoted, timeTokens: timeTokens) where cuts[c] == nil { cuts[c] = .enumeration }
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
            if let last = joined.last, seg.cut == .source || seg.cut == nil, seg.pieces.isEmpty || wordCount(tokens, seg.range) < 3 {
                joined[joined.count - 1] = Segment(range: last.range.lowerBound..<seg.range.upperBound, pieces: last.pieces + seg.pieces, cut: last.cut)
            } else if let last = joined.last, joined.count == 1, last.pieces.isEmpty, last.cut == nil, seg.cut == .source {
                joined[0] = Segment(range: last.range.lowerBound..<seg.range.upperBound, pieces: seg.pieces, cut: nil)
            } else {
                joined.append(seg)
            }
        }
        guard joined.count >= 2 else { return nil }
        // Which pieces govern each clause.
        var result: [(Range<Int>, Attribution?, [Range<Int>])] = []
        for (i, seg) in joined.enumerated() {
            var governingPieces = seg.pieces
            if governingPieces.isEmpty {
                // A later "…, selon X" governs back to a contrast or to the last subject-verb.
                var j = i + 1
                while j < joined.count, joined[j].cut != .contrast {
                    if let p = joined[j].pieces.first(where: { $0.kind != .subjectVerb }) { governingPieces = [p]; break }
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
            result.append((seg.range, Attribution.merged(seg.pieces.isEmpty ? governingPieces : seg.pieces), seg.pieces.map { $0.tokenRange }))
        }
        return result
    }

    /// Where a list of figures splits: at a list separator outside parentheses with a figure
    /// (not a date, not the other end of a range) on each side.
    private func enumerationCuts(_ r: Range<Int>, _ tokens: [Token], quoted: (Int) -> Bool, timeTokens: Set<Int>) -> [Int] {
        func isFigure(_ k: Int) -> Bool { tokens[k].isNumber && !timeTokens.contains(k) }
        var candidates: [Int] = []
        var depth = 0
        var k = r.lowerBound
        while k < r.upperBound {
            let t = tokens[k]
            if t.folded == "(" { depth += 1 } else if t.folded == ")" { depth = max(0, depth - 1) }
            if depth == 0, !quoted(k), k > r.lowerBound {
                if t.folded == "," || t.folded == ";" {
                    // "172 interpellations, dont 77 à Paris": a part of the figure before stays with it.
                    if k + 1 < r.upperBound, lexicon.subsetMarkers.contains(tokens[k + 1].folded) { k += 1; continue }
                    candidates.append(k + 1)
                } else if lexicon.listSeparatorFirstWords.contains(t.folded),
                          let len = lexicon.listSeparators.compactMap({ phraseLength($0, tokens, k, r.upperBound) }).max() {
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

    /// The date a claim's event happened among the dates of its clause: not a date in
    /// parentheses (a comparison: "(15 600 le 7 mars)"), not the start or end of a span
    /// ("depuis 2015", "until January"), and the day of the statement ("a fait état vendredi",
    /// "said on Monday") only when the clause gives no other.
    private func eventDate(_ dates: [TimeMention], _ tokens: [Token], _ r: Range<Int>) -> TimeMention? {
        var depth = 0
        var inParentheses = Set<Int>()
        for k in r {
            if tokens[k].folded == "(" { depth += 1 } else if tokens[k].folded == ")" { depth = max(0, depth - 1) }
            if depth > 0 { inParentheses.insert(tokens[k].start) }
        }
        func tokenIndex(_ offset: Int) -> Int? { r.first { tokens[$0].start >= offset } }
        var statementDay: TimeMention? = nil
        for d in dates {
            guard let k = tokenIndex(d.start) else { continue }
            if inParentheses.contains(tokens[k].start) { continue }
            if k > r.lowerBound, lexicon.spanPrepositions.contains(tokens[k - 1].folded) { continue }
            let nearVerb = ((k - 2)..<k).contains { r.contains($0) && lexicon.reportingVerbs.contains(tokens[$0].folded) }
            if nearVerb {
                if statementDay == nil { statementDay = d }
                continue
            }
            return d
        }
        return statementDay
    }

    private func wordCount(_ tokens: [Token], _ r: Range<Int>) -> Int {
        r.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
    }

    /// Tokens from `k` open a clause with its own subject: a subject pronoun, or a short noun
    /// phrase followed by an auxiliary or a conjugated verb the lexicon knows.
    private func startsClause(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        guard k < end, tokens[k].kind == .word else { return false }
        if lexicon.subjectPronouns.contains(tokens[k].folded) { return true }
        var i = k
        while i < end, lexicon.determiners.contains(tokens[i].folded) { i += 1 }
        guard i > k || tokens[i].isCapitalized else { return false }
        var words = 0
        while i < end, words < 5, tokens[i].kind == .word {
            let w = tokens[i].folded
            if words > 0, lexicon.finiteVerbs.contains(w) || lexicon.auxiliaries.contains(w) || lexicon.passiveAuxiliaries.contains(w) || lexicon.reportingVerbs.contains(w) { return true }
            if lexicon.clauseBreakers.contains(w) && !lexicon.nounPrepositions.contains(w) { return false }
            words += 1
            i += 1
        }
        return false
    }

    private func phraseLength(_ phrase: String, _ tokens: [Token], _ k: Int, _ end: Int) -> Int? {
        let words = phrase.split(separator: " ")
        guard k + words.count <= end else { return nil }
        for (o, w) in words.enumerated() where tokens[k + o].folded != w { return nil }
        return words.count
    }


    private func isBackReference(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        for k in r {
            if lexicon.speakerPronouns.contains(tokens[k].folded) { return true }
            for words in lexicon.backReferenceWords where k + words.count <= r.upperBound && tokens[k].folded == words[0] {
                if words.indices.allSatisfy({ tokens[k + $0].folded == words[$0] }) { return true }
            }
        }
        return false
    }

    /// A quote sentence whose quotation is attributed by a back-reference in a later sentence.
    private func isBackReferenceQuote(_ si: Int, _ sentences: [Sentence], _ own: [Attribution?], _ tokens: [Token]) -> Bool {
        guard let q = sentences[si].quote else { return false }
        for k in si..<min(sentences.count, si + 6) where sentences[k].quote == q {
            if let a = own[k] { return isBackReference(tokens, a.tokenRange) }
        }
        return false
    }

    /// A place that is the subject of its clause ("La Russie leur a accordé…", "…, where Russia
    /// offered them asylum"): it starts the clause and a verb, not a preposition, follows it.
    private func isSubject(_ tokens: [Token], _ k: Int, _ r: Range<Int>, entityEnd: Int) -> Bool {
        var i = k
        while i > r.lowerBound, tokens[i - 1].kind == .word, lexicon.determiners.contains(tokens[i - 1].folded) { i -= 1 }
        let clauseStart = i == r.lowerBound || tokens[i - 1].folded == "," || lexicon.subjectIntroducers.contains(tokens[i - 1].folded)
        guard clauseStart, entityEnd < r.upperBound else { return i == r.lowerBound }
        let next = tokens[entityEnd]
        if next.kind == .punctuation { return i == r.lowerBound && next.folded == "," }
        if i == r.lowerBound { return !lexicon.placePrepositions.contains(next.folded) || lexicon.auxiliaries.contains(next.folded) }
        return !lexicon.placePrepositions.contains(next.folded) && !lexicon.stopwords.contains(next.folded) || lexicon.auxiliaries.contains(next.folded)
            || lexicon.passiveAuxiliaries.contains(next.folded)
    }

    /// Countries named by a demonym next to an actor noun ("responsables russes", "Russian military").
    private func demonymActors(_ tokens: [Token], _ r: Range<Int>, _ entities: [Entity], skip: (Int) -> Bool) -> [(String, String)] {
        var out: [(String, String)] = []
        for k in r where !skip(k) && tokens[k].kind == .word {
            guard let country = gazetteer.countryForDemonym(tokens[k].folded) else { continue }
            let near = [k - 1, k + 1, k + 2].filter { r.contains($0) && !skip($0) }
            guard near.contains(where: { lexicon.actorNouns.contains(tokens[$0].folded) }) else { continue }
            if let e = entities.first(where: { $0.key == country }) {
                out.append((e.name, country))
            } else if let name = gazetteer.displayName(key: country, language: lexicon.language) {
                out.append((name, country))
            }
        }
        return out
    }

    /// "la capitale russe", "the Syrian capital": the capital of the country the demonym names.
    private func describedCapitals(_ tokens: [Token], _ r: Range<Int>, _ entities: [Entity]) -> [(String, String)] {
        var out: [(String, String)] = []
        for k in r where lexicon.capitalWords.contains(tokens[k].folded) {
            let neighbours = [k - 1, k + 1].filter { r.contains($0) }
            for n in neighbours {
                guard let country = gazetteer.countryForDemonym(tokens[n].folded), let capital = gazetteer.capital(ofCountry: country) else { continue }
                // The article's own name for the city when it uses one, else the lexicon's.
                if let e = entities.first(where: { $0.key == capital }) {
                    out.append((e.name, capital))
                } else if let name = gazetteer.displayName(key: capital, language: lexicon.language) {
                    out.append((name, capital))
                }
            }
        }
        return out
    }

    /// "ne … pas", "n'… jamais", "not", "never", "denied": the claim says something did not happen.
    private func isNegated(_ tokens: [Token], _ r: Range<Int>, quoted: (Int) -> Bool) -> Bool {
        // Only the main assertion counts: a negation inside a subordinate clause ("…, adding that
        // Russia was not a party", "S'il n'y a pas …") or a quotation does not deny the claim.
        var subordinate = false
        for k in r {
            let w = tokens[k].folded
            if lexicon.complementizers.contains(w) || lexicon.conditionals.contains(w)
                || (k + 1 < r.upperBound && lexicon.conditionals.contains(w + " " + tokens[k + 1].folded)) { subordinate = true }
            if subordinate || quoted(k) { continue }
            if lexicon.negationOpeners.contains(w) {
                for j in (k + 1)..<min(r.upperBound, k + 6) where lexicon.negationClosers.contains(tokens[j].folded) { return true }
            }
            if lexicon.negationWords.contains(w) {
                if k + 1 < r.upperBound, tokens[k + 1].folded == "only" { continue }
                return true
            }
        }
        return false
    }

    /// Conditional mood, "reportedly", "présumé", "non confirmées".
    private func isHedged(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        for k in r where tokens[k].kind == .word {
            let w = tokens[k].folded
            if lexicon.hedges.contains(w) { return true }
            if k > r.lowerBound, lexicon.hedges.contains(tokens[k - 1].folded + " " + w) { return true }
            for suffix in lexicon.hedgeSuffixes where w.hasSuffix(suffix) && w.count > suffix.count + 1 { return true }
        }
        return false
    }

    /// The first token starting at or after `offset`.
    private func lowerBound(_ tokens: [Token], _ offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let m = (lo + hi) / 2; if tokens[m].start < offset { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// The mentions (sorted by start, as the recognizers give them) lying within `start..<end`.
    private func mentions<M: SpanMention>(_ all: [M], from start: Int, to end: Int) -> [M] {
        var lo = 0, hi = all.count
        while lo < hi { let m = (lo + hi) / 2; if all[m].start < start { lo = m + 1 } else { hi = m } }
        var out: [M] = []
        var k = lo
        while k < all.count, all[k].start < end {
            if all[k].end <= end { out.append(all[k]) }
            k += 1
        }
        return out
    }

    private func tokenRange(_ tokens: [Token], _ start: Int, _ end: Int) -> Range<Int> {
        var lo = 0, hi = tokens.count
        while lo < hi { let m = (lo + hi) / 2; if tokens[m].start < start { lo = m + 1 } else { hi = m } }
        var e = lo
        while e < tokens.count, tokens[e].end <= end { e += 1 }
        return lo..<e
    }
}
