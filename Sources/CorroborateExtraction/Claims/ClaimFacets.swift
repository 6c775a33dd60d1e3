import CorroborateCore
import CorroborateText
import CorroborateGazetteer

/// The facets of a claim read from its words: subjects, countries acting or named by adjectives, described capitals, the event date, negation and hedging.
extension ClaimBuilder {
    /// A place that is the subject of its clause ("La Russie leur a accordé…", "…, where Russia
    /// offered them asylum"): it starts the clause and a verb, not a preposition, follows it.
    func isSubject(_ tokens: [Token], _ k: Int, _ r: Range<Int>, entityEnd: Int) -> Bool {
        var i = k
        while i > r.lowerBound, tokens[i - 1].kind == .word, lexicon.determiners.contains(tokens[i - 1].folded) { i -= 1 }
        // A quotation opens a clause too: « La Russie a toujours soutenu … ».
        let opensQuote = i > r.lowerBound && tokens[i - 1].kind == .punctuation
            && (tokens[i - 1].folded.unicodeScalars.first.map(ScalarClass.isOpeningQuote) ?? false)
        // "entre Milan et Bologne": "et" between two names a preposition governs joins them.
        var joinsNames = false, joinsPair = false
        if i - 2 >= r.lowerBound, lexicon.nameJoiners.contains(tokens[i - 1].folded), tokens[i - 2].isCapitalized {
            var j = i - 2
            while j > r.lowerBound, tokens[j - 1].isCapitalized { j -= 1 }
            joinsNames = j > r.lowerBound && lexicon.placePrepositions.contains(tokens[j - 1].folded)
            joinsPair = j > r.lowerBound && lexicon.pairPrepositions.contains(tokens[j - 1].folded)
        }
        // ("between Narbonne and Carcassonne was closed": "and" joins the two names "between"
        // asks for; it opens no clause. "in Moscow and Russia has granted" may.)
        let clauseStart = i == r.lowerBound || opensQuote || tokens[i - 1].folded == "," || (!joinsPair && lexicon.subjectIntroducers.contains(tokens[i - 1].folded))
            || lexicon.temporalSubordinators.contains(tokens[i - 1].folded)
            // "the air force said Russia had launched": reported speech without "that".
            || (tokens[i - 1].kind == .word && lexicon.reportingVerbs.contains(tokens[i - 1].folded))
        guard clauseStart, entityEnd < r.upperBound else { return i == r.lowerBound || opensQuote }
        let next = tokens[entityEnd]
        if next.kind == .punctuation {
            if next.folded == "," && (i == r.lowerBound || opensQuote) { return true }
            // "Alors que la Russie, principale alliée de …, s'était engagée": the subject before an
            // apposition; not the last of two names a preposition governs ("entre Milan et
            // Bologne, a quitté les rails": the relative clause ends there).
            guard next.folded == ",", !joinsNames, let close = (entityEnd + 1..<min(r.upperBound, entityEnd + 14)).first(where: { tokens[$0].folded == "," }),
                  close + 1 < r.upperBound else { return false }
            let after = tokens[close + 1]
            return after.kind == .word && (lexicon.auxiliaries.contains(after.folded) || lexicon.passiveAuxiliaries.contains(after.folded)
                || lexicon.fillerAdverbs.contains(after.folded) && !lexicon.placePrepositions.contains(after.folded))
        }
        if i == r.lowerBound { return !lexicon.placePrepositions.contains(next.folded) || lexicon.auxiliaries.contains(next.folded) }
        // A clitic before the verb ("où la Russie leur a accordé l'asile") marks a subject too.
        return !lexicon.placePrepositions.contains(next.folded) && !lexicon.stopwords.contains(next.folded) || lexicon.auxiliaries.contains(next.folded)
            || lexicon.passiveAuxiliaries.contains(next.folded)
            || (lexicon.fillerAdverbs.contains(next.folded) && lexicon.stopwords.contains(next.folded) && !lexicon.placePrepositions.contains(next.folded)
                && entityEnd + 1 < r.upperBound && tokens[entityEnd + 1].kind == .word && !lexicon.determiners.contains(tokens[entityEnd + 1].folded))
    }

    /// A place's name as the article writes it, else the lexicon's in the article's language.
    func placeName(_ key: String, _ entities: [Entity]) -> String? {
        entities.first(where: { $0.key == key })?.name ?? gazetteer.displayName(key: key, language: lexicon.language)
    }

    /// Countries named by a demonym next to an actor noun ("responsables russes", "Russian military").
    func demonymActors(_ tokens: [Token], _ r: Range<Int>, _ entities: [Entity], skip: (Int) -> Bool) -> [(String, String)] {
        var out: [(String, String)] = []
        for k in r where !skip(k) && tokens[k].kind == .word {
            guard let country = gazetteer.countryForDemonym(tokens[k].folded) else { continue }
            // "Syrian opposition forces", "les rebelles syriens": people of a country against its state.
            if [k - 1, k + 1].contains(where: { r.contains($0) && lexicon.nonStateNouns.contains(tokens[$0].folded) }) { continue }
            let near = [k - 1, k + 1, k + 2].filter { r.contains($0) && !skip($0) }
            guard near.contains(where: { lexicon.actorNouns.contains(tokens[$0].folded) }),
                  let name = placeName(country, entities) else { continue }
            out.append((name, country))
        }
        return out
    }

    /// The person at `k` completes a noun naming someone by their tie to them ("principal allié
    /// de", "opposants au président", "the allies of"): past titles and determiners, a genitive
    /// preposition, and a relation noun before it. ("Le régime de X" is X's doing: X stays.)
    func tiedByNounBefore(_ k: Int, _ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags]) -> Bool {
        var i = k - 1
        // ("de" is also a determiner: the preposition is looked for first.)
        while i > seg.lowerBound, tokens[i].kind == .word, !lexicon.genitivePrepositions.contains(tokens[i].folded),
              flags[i].contains(.title) || flags[i].contains(.determiner) || gazetteer.countryForDemonym(tokens[i].folded) != nil { i -= 1 }
        guard i > seg.lowerBound, tokens[i].kind == .word, lexicon.genitivePrepositions.contains(tokens[i].folded) else { return false }
        return lexicon.relationNouns.contains(tokens[i - 1].folded)
    }

    /// "la capitale russe", "the Syrian capital": the capital of the country the demonym names.
    /// `flags`: the lexicon flags of each token (`ExtractionLexicon.flags`).
    func describedCapitals(_ tokens: [Token], _ flags: [WordFlags], _ r: Range<Int>, _ entities: [Entity]) -> [(String, String)] {
        var out: [(String, String)] = []
        for k in r where flags[k].contains(.capitalWord) {
            let neighbours = [k - 1, k + 1].filter { r.contains($0) }
            for n in neighbours {
                guard let country = gazetteer.countryForDemonym(tokens[n].folded), let capital = gazetteer.capital(ofCountry: country),
                      let name = placeName(capital, entities) else { continue }
                out.append((name, capital))
            }
        }
        return out
    }

    /// "la capitale", "the capital" named without a country: a determiner before the noun, no
    /// demonym beside it ("la capitale syrienne" is `describedCapitals`'), no complement naming
    /// one ("la capitale de la Syrie"), and not the adjective ("une importance capitale").
    func bareCapital(_ tokens: [Token], _ flags: [WordFlags], _ r: Range<Int>) -> Int? {
        r.first { k in
            guard k > r.lowerBound, flags[k].contains(.capitalWord),
                  flags[k - 1].contains(.determiner),
                  gazetteer.countryForDemonym(tokens[k - 1].folded) == nil else { return false }
            guard k + 1 < r.upperBound else { return true }
            let next = tokens[k + 1]
            return gazetteer.countryForDemonym(next.folded) == nil && !lexicon.placePrepositions.contains(next.folded)
                && !next.isCapitalized
        }
    }

    /// The date a claim's event happened among the dates of its clause: not a date in
    /// parentheses (a comparison: "(15 600 le 7 mars)"), not the start or end of a span
    /// ("depuis 2015", "until January"), and the day of the statement ("a fait état vendredi",
    /// "said on Monday") only when the clause gives no other, and then marked as such
    /// (`isStatementDay`): the fact reported may be older than the report. A night told by its
    /// two days (« dans la nuit de samedi à dimanche ») is dated by the second.
    func eventDate(_ dates: [TimeMention], _ tokens: [Token], _ r: Range<Int>) -> (mention: TimeMention, isStatementDay: Bool)? {
        var depth = 0
        var inParentheses = Set<Int>()
        for k in r {
            if tokens[k].folded == "(" { depth += 1 } else if tokens[k].folded == ")" { depth = max(0, depth - 1) }
            if depth > 0 { inParentheses.insert(tokens[k].start) }
        }
        func tokenIndex(_ offset: Int) -> Int? { r.first { tokens[$0].start >= offset } }
        // "s'est déclaré", "se déclare": a reflexive verb, not a statement.
        func isReflexive(_ j: Int) -> Bool {
            (j - 1 >= r.lowerBound && lexicon.reflexives.contains(tokens[j - 1].folded))
                || (j - 2 >= r.lowerBound && lexicon.reflexives.contains(tokens[j - 2].folded) && lexicon.passiveAuxiliaries.contains(tokens[j - 1].folded))
        }
        var statementDay: TimeMention? = nil
        var spanStart: TimeMention? = nil
        for d in dates {
            guard let k = tokenIndex(d.start) else { continue }
            if inParentheses.contains(tokens[k].start) { continue }
            if k > r.lowerBound, lexicon.spanPrepositions.contains(tokens[k - 1].folded) {
                if spanStart == nil { spanStart = d }
                continue
            }
            // "plus nombreux que le 15 mars", "more than on March 15": a date compared with.
            if let c = (max(r.lowerBound, k - 2)..<k).last(where: { lexicon.comparisonWords.contains(tokens[$0].folded) }),
               (c + 1..<k).allSatisfy({ lexicon.determiners.contains(tokens[$0].folded) || lexicon.placePrepositions.contains(tokens[$0].folded) }),
               (max(r.lowerBound, c - 4)..<c).contains(where: { lexicon.comparatives.contains(tokens[$0].folded) }) { continue }
            if isComparand(k, tokens, r) { continue }
            // "jusqu'en janvier" comes as two tokens.
            if k - 1 > r.lowerBound, lexicon.spanPrepositions.contains(tokens[k - 2].folded + tokens[k - 1].folded) { continue }
            // A reporting verb of one or two words ("said", "a fait état") right before the date.
            let nearVerb = ((k - 2)..<k).contains { j in
                r.contains(j) && !isReflexive(j) && (lexicon.reportingVerbs.contains(tokens[j].folded)
                    || (j > r.lowerBound && lexicon.reportingVerbs.contains(tokens[j - 1].folded + " " + tokens[j].folded)))
            }
            if nearVerb {
                if statementDay == nil { statementDay = d }
                continue
            }
            // « dans la nuit de samedi à dimanche », "overnight Saturday to Sunday": a night
            // joined by one word to the next day is dated by that day, when it ended.
            if let e = tokenIndex(d.end), e + 1 < r.upperBound, tokens[e].kind == .word,
               let next = dates.first(where: { $0.start >= d.end }), tokenIndex(next.start) == e + 1,
               let x = d.date?.calendarDate, let y = next.date?.calendarDate, d.date?.day != nil,
               y.dayNumber == x.dayNumber + 1 {
                return (next, false)
            }
            return (d, false)
        }
        if let d = statementDay { return (d, true) }
        return spanStart.map { ($0, false) }
    }

    /// The date at token k is the day a fact is compared with (« identiques à ceux de la plus
    /// forte journée, le 7 mars », « en deçà des sommets enregistrés le 31 janvier », "similar to
    /// those of March 7"): a word a comparison hangs on comes before it, within the same verb's reach.
    func isComparand(_ k: Int, _ tokens: [Token], _ r: Range<Int>) -> Bool {
        // A comparison word and its preposition ("similar to", not "a similar attack").
        let from = max(r.lowerBound, k - ClaimBuilder.comparandReach)
        guard from < k - 1, let c = (from..<(k - 1)).last(where: {
            lexicon.comparandFirstWords.contains(tokens[$0].folded) && lexicon.comparandHeads.contains(tokens[$0].folded + " " + tokens[$0 + 1].folded)
        }) else { return false }
        // (Words of three letters or more: « à ceux » folds to the auxiliary "a".)
        return !(c + 1..<k).contains { j in
            let w = tokens[j].folded
            return w.utf8.count > 2 && (lexicon.isConjugated(w) || lexicon.reportingVerbs.contains(w))
        }
    }

    /// "ne … pas", "n'… jamais", "not", "never", "denied": the claim says something did not happen.
    func isNegated(_ tokens: [Token], _ flags: [WordFlags], _ r: Range<Int>, quoted: (Int) -> Bool, inAttribution: (Int) -> Bool = { _ in false }) -> Bool {
        // Only the main assertion counts: a negation inside a subordinate clause ("…, adding that
        // Russia was not a party", "S'il n'y a pas …") or a quotation does not deny the claim.
        // But what a source says is the assertion: the clause right after its reporting verb
        // ("a précisé qu'aucune déclaration n'avait été faite"), a quotation making most of the claim.
        let said = r.filter { !inAttribution($0) && tokens[$0].kind == .word }
        // « "Nous ne reculerons pas", a lancé un syndicaliste devant la foule »: a quotation its
        // speaker's verb follows is the claim, whatever circumstances come after.
        let quoteThenSpeaker: Bool = {
            guard let first = said.first, quoted(first), let after = r.first(where: { $0 > first && !quoted($0) && tokens[$0].kind == .word }) else { return false }
            return inAttribution(after)
        }()
        let quoteIsClaim = !said.isEmpty && (said.filter(quoted).count * 2 >= said.count || quoteThenSpeaker)
        var subordinate = false, saidThat = false
        // "Lemoine, who has always denied wrongdoing, will appeal": an aside between commas on
        // the subject denies nothing of the claim.
        var asideEnd = r.lowerBound
        for k in r {
            if k < asideEnd { continue }
            if k > r.lowerBound, k + 2 < r.upperBound, tokens[k].folded == ",", lexicon.relativeSubjects.contains(tokens[k + 1].folded),
               let close = (k + 2..<r.upperBound).first(where: { tokens[$0].folded == "," || tokens[$0].folded == ";" }) {
                asideEnd = close + 1
                continue
            }
            // A word in none of the lists below changes nothing: skip its four lookups.
            guard flags[k].contains(.negationScanWord) else { continue }
            let w = tokens[k].folded
            // « a assuré que M. X était sain et sauf et qu'il n'avait pas démissionné »: a second
            // "que" joined to the one after the reporting verb goes on with what was said.
            let reported = k > r.lowerBound && (inAttribution(k - 1) && !inAttribution(k)
                || (saidThat && !subordinate && lexicon.clauseConjunctions.contains(tokens[k - 1].folded)))
            if reported, lexicon.complementizers.contains(w) { saidThat = true }
            // « ne viser que des cibles militaires »: "ne … que" is "only", no subordinate clause.
            let onlyQue = lexicon.complementizers.contains(w) && (max(r.lowerBound, k - 5)..<k).contains { j in
                lexicon.negationOpeners.contains(tokens[j].folded) && !(j + 1..<k).contains { lexicon.negationClosers.contains(tokens[$0].folded) }
            }
            if !reported, !onlyQue, lexicon.complementizers.contains(w) || lexicon.conditionals.contains(w)
                || (k + 1 < r.upperBound && lexicon.conditionalPhraseFirstWords.contains(w)
                    && lexicon.conditionals.contains(w + " " + tokens[k + 1].folded)) { subordinate = true }
            if subordinate || (quoted(k) && !quoteIsClaim) { continue }
            // "ne faiblit pas", "not the only", "not clear": a negation that affirms or doubts.
            func affirms(_ from: Int, _ count: Int) -> Bool {
                (from..<min(r.upperBound, from + count)).contains { lexicon.litotes.contains(tokens[$0].folded) }
            }
            if lexicon.negationOpeners.contains(w) {
                for j in (k + 1)..<min(r.upperBound, k + 6) where lexicon.negationClosers.contains(tokens[j].folded) {
                    if affirms(k + 1, j - k + 3) { break }
                    // « il ne reste plus que trois jours »: only, not a negation.
                    if j + 1 < r.upperBound, lexicon.comparisonWords.contains(tokens[j + 1].folded) { break }
                    return true
                }
            }
            // "Aucune victime n'est à déplorer", "Personne n'a été blessé": the negative word
            // leads, "ne" follows (not "la personne", a noun).
            if lexicon.negationClosers.contains(w), !(k > r.lowerBound && flags[k - 1].contains(.determiner)) {
                for j in (k + 1)..<min(r.upperBound, k + 4) where lexicon.negationOpeners.contains(tokens[j].folded) {
                    if affirms(j + 1, 3) { break }
                    return true
                }
            }
            if lexicon.negativePronouns.contains(w), !affirms(k + 1, 3) { return true }
            // « a exclu tout paiement », "ruled out any payment"; not « n'exclut pas tout … ».
            if lexicon.rulesOut(at: k, in: r, folded: { tokens[$0].folded }) { return true }
            if lexicon.negationWords.contains(w) {
                // "ordered his forces not to approach": a negated order, not a denial.
                if k + 1 < r.upperBound, lexicon.infinitiveMarkers.contains(tokens[k + 1].folded) || affirms(k + 1, 3) { continue }
                return true
            }
        }
        return false
    }

    /// Conditional mood, "reportedly", "présumé", "non confirmées".
    /// `isTime`: the token is part of a time ("May 12" names a month, it does not hedge).
    func isHedged(_ tokens: [Token], _ flags: [WordFlags], _ r: Range<Int>, isTime: (Int) -> Bool = { _ in false }) -> Bool {
        for k in r where tokens[k].kind == .word && !isTime(k) {
            let w = tokens[k].folded
            if flags[k].contains(.hedge) { return true }
            // Two words joined only when the first can open a hedge: not a string per word.
            if k > r.lowerBound, flags[k - 1].contains(.hedgePhraseFirstWord),
               lexicon.hedges.contains(tokens[k - 1].folded + " " + w) { return true }
            for suffix in lexicon.hedgeSuffixes where w.hasSuffix(suffix) && w.count > suffix.count + 1 { return true }
        }
        return false
    }
}
