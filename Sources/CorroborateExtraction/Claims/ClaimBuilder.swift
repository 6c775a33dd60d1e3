import CorroborateCore
import CorroborateText
import CorroborateGazetteer

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
        let names = AttributionRecognizer.NameIndex(entityAt: entityAt, entities: input.entities, text: text)
        let attributor = AttributionRecognizer(lexicon: lexicon)
        let filter = ClaimFilter(lexicon: lexicon)
        let ranges = sentences.map { tokenRange(tokens, $0.start, $0.end) }
        func isQuoted(_ k: Int) -> Bool {
            let off = tokens[k].start
            return quotes.contains { $0.contains(off) } || ScalarClass.isOpeningQuote(text[off]) || ScalarClass.isClosingQuote(text[off])
        }

        // Attributions of each sentence, then of each quotation (its speaker reaches every sentence it spans).
        var own = [Attribution?](repeating: nil, count: sentences.count)
        var previous: Attribution? = nil
        var lastSpeaker: Attribution? = nil
        for (si, s) in sentences.enumerated() where !s.isHeading {
            if let a = attributor.attribute(tokens: tokens, range: ranges[si], quoted: isQuoted, names: names, previous: previous, lastSpeaker: lastSpeaker) {
                own[si] = a
                previous = a
                if a.isSpeaker { lastSpeaker = a }
            }
        }
        var ofQuote: [Int: Attribution] = [:]
        for (si, s) in sentences.enumerated() {
            guard let q = s.quote, let a = own[si] else { continue }
            let quote = quotes[q]
            // The sentence that closes the quote or introduces it carries its speaker.
            if ofQuote[q] == nil || (quote.close >= s.start && quote.close < s.end) { ofQuote[q] = a }
        }
        var attribution = own
        for (si, s) in sentences.enumerated() where attribution[si] == nil {
            if let q = s.quote, let a = ofQuote[q], quotes[q].open <= s.start { attribution[si] = a }
        }

        // Claims.
        var claims: [Claim] = []
        var lastPerson: Int? = nil
        var previousWhen: PartialDate? = nil
        let title = input.document.metadata.title
        var whenOfQuote: [Int: PartialDate] = [:]
        for (si, s) in sentences.enumerated() {
            let r = ranges[si]
            let sentenceText = text.text(s.start, s.end)
            let persons = r.compactMap { entityAt[$0] }.filter { input.entities[$0].type == .person }
            defer { if let p = persons.last { lastPerson = p } }
            guard filter.isClaim(tokens: tokens[r], isHeading: s.isHeading, text: sentenceText, title: title) else { continue }
            var claim = Claim(id: "c\(claims.count + 1)", text: sentenceText, start: s.start, end: s.end, line: text.line(of: s.start))
            let attr = attribution[si]
            let attrRange = (own[si]?.tokenRange) ?? 0..<0
            if let a = attr {
                claim.sources = a.sources
                claim.sourceKeys = a.keys
            }
            // Actors and places, outside the attribution phrase.
            var who: [Int] = [], wherePlaces: [Int] = []
            for k in r where !attrRange.contains(k) {
                guard let e = entityAt[k], !(k > r.lowerBound && entityAt[k - 1] == e) else { continue }
                let ent = input.entities[e]
                if ent.type == .place {
                    if isSubject(tokens, k, r) { if !who.contains(e) { who.append(e) } } else if !wherePlaces.contains(e) { wherePlaces.append(e) }
                } else if !who.contains(e) {
                    who.append(e)
                }
            }
            // "il", "sa", "leur", "l'ex-président": the person named last.
            if !who.contains(where: { input.entities[$0].type == .person }), let p = lastPerson,
               r.contains(where: { !attrRange.contains($0) && lexicon.actorPronouns.contains(tokens[$0].folded) }) {
                who.append(p)
            }
            claim.who = who.map { input.entities[$0].name }
            claim.whoKeys = who.map { input.entities[$0].key }
            var whereNames = wherePlaces.map { input.entities[$0].name }
            var whereKeys = wherePlaces.map { input.entities[$0].key }
            for (name, key) in describedCapitals(tokens, r, input.entities) where !whereKeys.contains(key) {
                whereNames.append(name)
                whereKeys.append(key)
            }
            claim.where = whereNames
            claim.whereKeys = whereKeys
            // Date: the sentence's own, else the quotation's, else the previous claim's when the
            // sentence only goes on with the same source ("a précisé la même source").
            let dates = input.times.filter { $0.kind == .date && $0.start >= s.start && $0.end <= s.end && $0.date != nil }
            if let d = dates.first?.date {
                claim.when = d
                if let q = s.quote { whenOfQuote[q] = d }
            } else if let q = s.quote, let d = whenOfQuote[q] {
                claim.when = d
            } else if let a = own[si], let p = lastAttribution(before: si, own), a.keys == p.keys, a.tokenRange != p.tokenRange, isBackReference(tokens, a.tokenRange) {
                claim.when = previousWhen
            } else if s.quote != nil, attr != nil, isBackReferenceQuote(si, sentences, own, tokens) {
                claim.when = previousWhen
            }
            if let q = s.quote, let d = claim.when, whenOfQuote[q] == nil { whenOfQuote[q] = d }
            claim.numbers = input.numbers.filter { $0.start >= s.start && $0.end <= s.end }
            claim.negated = isNegated(tokens, r)
            claim.hedged = isHedged(tokens, r)
            var events: [String] = []
            var content: [String] = []
            for k in r where tokens[k].kind == .word {
                let w = tokens[k].folded
                if let c = lexicon.event(for: w), !events.contains(c) { events.append(c) }
                if w.count >= 3, !lexicon.stopwords.contains(w), !content.contains(w) { content.append(w) }
            }
            claim.events = events.sorted()
            claim.contentWords = content
            previousWhen = claim.when ?? previousWhen
            claims.append(claim)
        }
        return claims
    }

    private func lastAttribution(before si: Int, _ own: [Attribution?]) -> Attribution? {
        var k = si - 1
        while k >= 0 { if let a = own[k] { return a }; k -= 1 }
        return nil
    }

    private func isBackReference(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        let phrase = r.map { tokens[$0].folded }.joined(separator: " ")
        return lexicon.backReferences.contains { phrase.contains($0) } || r.contains { lexicon.speakerPronouns.contains(tokens[$0].folded) }
    }

    /// A quote sentence whose quotation is attributed by a back-reference in a later sentence.
    private func isBackReferenceQuote(_ si: Int, _ sentences: [Sentence], _ own: [Attribution?], _ tokens: [Token]) -> Bool {
        guard let q = sentences[si].quote else { return false }
        for k in si..<min(sentences.count, si + 6) where sentences[k].quote == q {
            if let a = own[k] { return isBackReference(tokens, a.tokenRange) }
        }
        return false
    }

    /// A place at the head of the sentence, before its verb ("La Russie leur a accordé…").
    private func isSubject(_ tokens: [Token], _ k: Int, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < k, tokens[i].kind == .word, lexicon.determiners.contains(tokens[i].folded) { i += 1 }
        return i == k
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
    private func isNegated(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        for k in r {
            let w = tokens[k].folded
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

    private func tokenRange(_ tokens: [Token], _ start: Int, _ end: Int) -> Range<Int> {
        var lo = 0, hi = tokens.count
        while lo < hi { let m = (lo + hi) / 2; if tokens[m].start < start { lo = m + 1 } else { hi = m } }
        var e = lo
        while e < tokens.count, tokens[e].end <= end { e += 1 }
        return lo..<e
    }
}
