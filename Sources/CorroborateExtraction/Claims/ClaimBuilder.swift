import CorroborateCore
import CorroborateText
import CorroborateGazetteer
import CorroborateNumbers
import CorroborateTimes

/// Builds the claims of one article from its sentences and what the recognizers found:
/// one claim per asserting sentence, or per clause of it that tells a fact of its own
/// (`ClauseSplitter`, `ClauseBoundaries`), with its actors, places, date, numbers, sources,
/// negation and hedging.
struct ClaimBuilder: Sendable {
    /// How far back, in tokens, "le pays" / "the country" looks for the country it stands for.
    static let antecedentReach = 150
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
        var reference: ReferenceDate = .unknown
    }

    func build(_ input: Input) -> [Claim] {
        // The fields the closures below read, bound once: a closure capturing `input` copies
        // the whole struct (a retain and a release per array) each time it is formed.
        let entities = input.entities
        let times = input.times
        let numbers = input.numbers
        let reference = input.reference
        let tokens = input.tokens
        let text = input.document.text
        let sentences = input.segmentation.sentences
        let quotes = input.segmentation.quotes
        var entityAt = TokenEntityMap(count: tokens.count)
        for (mi, m) in input.mentions.enumerated() {
            guard let e = input.entityOfMention[mi] else { continue }
            for k in m.firstToken..<m.endToken { entityAt[k] = e }
        }
        var timeTokens = TokenSet(count: tokens.count)
        for t in times {
            var k = tokenRange(tokens, t.start, t.end)
            if k.isEmpty { k = tokenRange(tokens, t.start, t.end + 1) }
            for j in k { timeTokens.insert(j) }
        }
        // Tokens of the figures the number recognizer kept: a clock time ("vers 18h40") or a
        // model ("ATR 72") is digits but no figure to list.
        var figureTokens = TokenSet(count: tokens.count)
        for n in numbers { for j in tokenRange(tokens, n.start, n.end) { figureTokens.insert(j) } }
        // The lexicon sets each token belongs to, looked up once: the loops below test bits
        // instead of hashing the token's string for each set.
        let flags = tokens.map { lexicon.flags($0.folded) }
        let context = AttributionRecognizer.Context(entityAt: entityAt, entities: entities, text: text, timeTokens: timeTokens, flags: flags)
        let attributor = AttributionRecognizer(lexicon: lexicon, gazetteer: gazetteer)
        let filter = ClaimFilter(lexicon: lexicon)
        let ranges = sentences.map { tokenRange(tokens, $0.start, $0.end) }
        // The flags any word of each sentence has: rules for rare words (an office, a site noun)
        // skip the sentences without them instead of scanning each clause.
        let sentenceFlags = ranges.map { r in r.reduce(into: WordFlags()) { $0.formUnion(flags[$1]) } }
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
            if let a = Attribution.merged(pieces).map(withoutDocuments) {
                own[si] = a
                memory.remember(a)
            } else if let p = narratedSubject(ranges[si], isQuoted, entityAt, entities) {
                memory.narratedPerson = p
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

        // Datelines ("ERBIL, Kurdistan Region -", "MOSCOU (Reuters) –") say where the report was
        // filed, not where the fact happened nor who acted: their names are neither.
        var datelineTokens = TokenSet(count: tokens.count)
        for r in ranges where !r.isEmpty {
            guard let e = entityAt[r.lowerBound], entities[e].type == .place else { continue }
            var end = r.lowerBound
            while end < r.upperBound, entityAt[end] == e { end += 1 }
            guard isDatelineName(tokens, r.lowerBound..<end) else { continue }
            if let dash = (end..<min(r.upperBound, end + EntityRecognizer.datelineReach)).first(where: { ["-", "–", "—"].contains(tokens[$0].folded) }) {
                for k in r.lowerBound...dash { datelineTokens.insert(k) }
            }
        }
        // The country the article speaks of most: what "le pays" / "the country" refers to.
        let mainCountry = entities.filter { $0.type == .place && gazetteer.entry(key: $0.key)?.kind == "country" }
            .max { $0.mentions < $1.mentions }
        // The country the story happens in: the main country, else the one most of the
        // article's places lie in (Paris, Rouen, Lyon: France).
        let storyCountry: (key: String, name: String)? = {
            if let main = mainCountry { return (main.key, main.name) }
            var count: [String: Int] = [:]
            for e in entities where e.type == .place {
                if let c = country(of: e.key) { count[c, default: 0] += e.mentions }
            }
            guard let best = count.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
                  let name = gazetteer.displayName(key: best, language: lexicon.language) else { return nil }
            return (best, name)
        }()
        // The person the article is about: named most, at least three times.
        let protagonist = entities.indices.filter { entities[$0].type == .person && entities[$0].mentions >= 3 }
            .max { (entities[$0].mentions, $1) < (entities[$1].mentions, $0) }
        // The organization or person named at token k, or a source noun ("la préfecture"), as a
        // source, and the token after it.
        func sourceAt(_ k: Int) -> (SourceName, end: Int)? {
            if let e = entityAt[k], entities[e].type != .place {
                var end = k
                while end < tokens.count, entityAt[end] == e { end += 1 }
                return (SourceName(name: entities[e].name, key: entities[e].key), end)
            }
            guard tokens[k].kind == .word, flags[k].contains(.sourceNoun) else { return nil }
            let name = text.text(tokens[k].start, tokens[k].end)
            return (SourceName(name: name, key: "source:" + tokens[k].folded), k + 1)
        }
        func placeName(_ key: String) -> String? { self.placeName(key, entities) }
        // "l'asile accordé par la Russie", "granted asylum by Russia": the agent of an event
        // word acts ("passé par la Turquie" names a route: "passé" is no event).
        // The word before the name at k, past its determiners (« par la », "with the").
        func wordBefore(_ k: Int, _ seg: Range<Int>) -> Int {
            var p = k - 1
            while p > seg.lowerBound, flags[p].contains(.determiner) { p -= 1 }
            return p
        }
        func isAgent(_ k: Int, _ seg: Range<Int>) -> Bool {
            let p = wordBefore(k, seg)
            guard p > seg.lowerBound, flags[p].contains(.agentPreposition) else { return false }
            return tokens[p - 1].kind == .word && conceptAt(p - 1) != nil
        }
        // "allied with Iran", « en contact avec Moscou »: a place after a partner preposition is a party.
        func isPartner(_ k: Int, _ seg: Range<Int>) -> Bool {
            let p = wordBefore(k, seg)
            return p >= seg.lowerBound && lexicon.partnerPrepositions.contains(tokens[p].folded)
        }
        // Whom each titled speaker speaks for ("le porte-parole du Kremlin, Dmitri Peskov"), titled
        // where they speak or not ("Peskov a ajouté").
        let affiliations = speakerAffiliations(tokens, flags, entityAt, entities)
        // Claims: one per asserting sentence, or per clause that has a source or a fact of its own.
        var claims: [Claim] = []
        var lastPerson: Int? = nil
        var lastGroup: Int? = nil
        var previousWhen: PartialDate? = nil
        var previousDatedEvents = Set<String>()
        // The last claim made, with its sentence: a figure listed after it with its verb left out
        // tells the same kind of fact of the same day.
        var lastClaim: (sentence: Int, events: [String], when: PartialDate?, whereNames: [String], whereKeys: [String], content: [String])? = nil
        // The actors of the claim made last, with its sentence: a clause joined after it without a
        // subject of its own shares them.
        var lastActors: (sentence: Int, clause: Range<Int>, names: [String], keys: [String])? = nil
        var dateOfEvent: [String: PartialDate] = [:]
        var newsDay: PartialDate? = nil
        // The date the last clause stated itself, with its sentence: a relative clause split off
        // it ("le séisme de février 2023, | qui avait fait 50 000 morts") is of that date.
        var clauseDate: (sentence: Int, date: PartialDate)? = nil
        var eventOfWord: [String: String?] = [:]
        // The event concept of a word the trie does not answer, computed once per article:
        // `event(for:)` builds a string for each prefix length it tries.
        func concept(of w: String) -> String? {
            if let cached = eventOfWord[w] { return cached }
            let c = lexicon.event(for: w)
            eventOfWord[w] = c
            return c
        }
        // The concept of token k, kept per token: the loops below ask again for the same token.
        var conceptOfToken = [String??](repeating: nil, count: tokens.count)
        // Words of set phrases that name no event ("sur la base de considérations humanitaires").
        var idiomTokens = TokenSet(count: tokens.count)
        for k in tokens.indices where flags[k].contains(.nonEventPhraseFirstWord) {
            // "left without power": the phrase's concept on its first word, the others silent.
            if let m = lexicon.eventPhrases.match(tokens, at: k, end: tokens.count) {
                conceptOfToken[k] = .some(m.value)
                for j in (k + 1)..<m.end { idiomTokens.insert(j) }
            } else if let n = lexicon.nonEventPhrases.match(tokens, at: k, end: tokens.count).map({ $0.end - k }) {
                for j in k..<(k + n) { idiomTokens.insert(j) }
            }
        }
        // Verbs in the future tense, as the language's time tables tell them.
        let futureTense = TimeRecognizer(language: lexicon.language)
        // The clause tells a plan ("doit débuter", "is due to start", « resteront fermées »), not a past act (no
        // perfect auxiliary but of a reporting verb: « la campagne, prévue lundi, a été reportée »
        // tells the postponement). "à" folds to the auxiliary "a": one written plain only.
        func tellsPlan(_ seg: Range<Int>, _ inAttribution: (Int) -> Bool) -> Bool {
            seg.contains { lexicon.planMarkers.contains(tokens[$0].folded) || futureTense.isFutureVerb(tokens[$0]) }
                && !seg.contains { k in
                    lexicon.auxiliaries.contains(tokens[k].folded) && !inAttribution(k)
                        && (tokens[k].folded.utf8.count > 2 || writtenPlain(tokens[k], text))
                        && !(k + 1 < seg.upperBound && flags[k + 1].contains(.reportingVerb))
                }
        }
        func conceptAt(_ k: Int) -> String? {
            if let cached = conceptOfToken[k] { return cached }
            if idiomTokens.contains(k) { conceptOfToken[k] = .some(nil); return nil }
            // The trie's one walk costs less than hashing the word into the cache.
            let quick = lexicon.quickEvent(for: tokens[k].folded)
            let c = quick.answered ? quick.value : concept(of: tokens[k].folded)
            conceptOfToken[k] = .some(c)
            return c
        }
        let foldedTitle = input.document.metadata.title.map { ScalarClass.fold($0) }
        var whenOfQuote: [Int: PartialDate] = [:]
        for (si, s) in sentences.enumerated() {
            let r = ranges[si]
            let sentenceText = text.text(s.start, s.end)
            let named = r.compactMap { entityAt[$0] }
            let persons = named.filter { entities[$0].type == .person }
            defer { if let p = persons.last { lastPerson = p } }
            // The group of the last sentence naming one, its first (most often the subject: "HTS is
            // the former branch of al-Qaeda"): not a medium that carried the news, not a state's office.
            defer {
                if let g = named.first(where: { e in
                    guard entities[e].type == .organization else { return false }
                    guard let entry = gazetteer.entry(key: entities[e].key) else { return true }
                    return !entry.isNewsMedium && !entry.isPlatform && entry.kind != "government" && entry.kind != "ministry"
                }) { lastGroup = g }
            }
            guard filter.isClaim(tokens: tokens[r], isHeading: s.isHeading, text: sentenceText, foldedTitle: foldedTitle) else { continue }
            // The words of each attribution piece, not the span from the first to the last: "X told
            // reporters that Putin granted asylum …, according to Reuters" keeps Putin an actor.
            let ownRanges = own[si].map { a in piecesOf[si].isEmpty ? [a.tokenRange] : piecesOf[si].map(\.tokenRange) } ?? []
            let parts = clauses(r, piecesOf[si], tokens, flags, text: text, quoted: isQuoted, timeTokens: timeTokens, figureTokens: figureTokens, sourceAt: sourceAt) ?? [(r, attribution[si], ownRanges)]
            let segments = factClauses(parts, tokens, flags, text: text, timeTokens: timeTokens) { k in
                entityAt[k] != nil || tokens[k].isNumber || timeTokens.contains(k)
            }
            // A clause or a line that says nothing but who says it ("CNN reported that", "Source:
            // TASS, citing a Kremlin source") or a bare conjunction ("tandis que") is no claim; its
            // source goes to the clause it introduces.
            var carried: (sources: [String], keys: [String])? = nil
            // "À Marseille, les syndicats ont compté 280 000 personnes et la préfecture 16 000":
            // a place put before the sentence's first comma is where each of its clauses happened.
            let earlier = earlierPhrase(r, tokens, times, reference: reference.day)
            let frontedPlace: (entity: Int, end: Int)? = {
                guard segments.count > 1, r.count > 3, flags[r.lowerBound].contains(.locativePreposition),
                      let e = entityAt[r.lowerBound + 1], entities[e].type == .place else { return nil }
                var end = r.lowerBound + 1
                while end < r.upperBound, entityAt[end] == e { end += 1 }
                return end < r.upperBound && tokens[end].folded == "," ? (e, end) : nil
            }()
            // "At least 12 people were killed | and 45 injured when a train derailed on Tuesday": a
            // tally the article tells before it has dated the news day is of the day its sentence
            // gives, when that is the news day or the day before.
            lazy var sentenceNewsDay: PartialDate? = segments.count < 2 ? nil : {
                let dates = mentions(times, from: s.start, to: s.end).filter { $0.kind == .date && $0.date != nil }
                guard let d = eventDate(dates, tokens, r)?.mention.date, let day = d.calendarDate, let ref = reference.day,
                      (0...1).contains(ref.dayNumber - day.dayNumber) else { return nil }
                return d
            }()
            for (seg, attr, attrRanges) in segments {
                let inAttribution = { (k: Int) in attrRanges.contains { $0.contains(k) } }
                // A whole sentence is dropped only for a source phrase ("Source: TASS"): a verb's
                // attribution may reach over what it reports ("…, 44, told AFP he had waited").
                if segments.count > 1 || piecesOf[si].allSatisfy({ $0.kind == .phrase }), !seg.contains(where: { k in
                    !inAttribution(k) && !timeTokens.contains(k)
                        && (tokens[k].isNumber || entityAt[k] != nil || (tokens[k].kind == .word && !flags[k].contains(.stopword)))
                }) {
                    if let a = attr, !a.sources.isEmpty { carried = (a.sources, a.keys) }
                    continue
                }
                // A dateline opening the claim ("PARIS, Nov 17 (Reuters) -") is where the report was
                // filed, not what it states: the claim starts after it.
                var first = seg.lowerBound
                while first < seg.upperBound - 1, datelineTokens.contains(first) { first += 1 }
                let whole = seg == r && first == seg.lowerBound
                let start = whole ? s.start : tokens[first].start
                let end = seg == r ? s.end : tokens[seg.upperBound - 1].end
                var claim = Claim(id: "c\(claims.count + 1)", text: whole ? sentenceText : text.text(start, end),
                                  start: start, end: end, line: text.line(of: start))
                if let a = attr {
                    claim.sources = a.sources
                    claim.sourceKeys = a.keys
                }
                if let c = carried {
                    for (n, k) in zip(c.sources, c.keys).reversed() where !claim.sourceKeys.contains(k) {
                        claim.sources.insert(n, at: 0)
                        claim.sourceKeys.insert(k, at: 0)
                    }
                    carried = nil
                }
                // "CNN reported that rebels declared …, according to a statement": a bare document
                // beside who issued or carried it names no source of its own.
                if claim.sourceKeys.count > 1, claim.sourceKeys.contains(where: { !isBareDocument($0) }) {
                    let kept = claim.sourceKeys.indices.filter { !isBareDocument(claim.sourceKeys[$0]) }
                    claim.sources = kept.map { claim.sources[$0] }
                    claim.sourceKeys = kept.map { claim.sourceKeys[$0] }
                }
                // Actors and places, outside the attribution phrase.
                // Partners ("with Iran") join the actors after the rules below that read an
                // actor-less clause: « Le ministre a démenti tout échange avec Téhéran » is the minister's.
                var who: [Int] = [], wherePlaces: [Int] = [], partners: [Int] = []
                // A person the clause names, as actor or only to say whose something is.
                var namesPerson = false
                for k in seg where !inAttribution(k) && !datelineTokens.contains(k) {
                    guard let e = entityAt[k], !(k > seg.lowerBound && entityAt[k - 1] == e) else { continue }
                    let ent = entities[e]
                    if ent.type == .person { namesPerson = true }
                    // "…, a confié Laurent Berger, secrétaire général de la CFDT": the title after a
                    // speaker's name says whom they speak for, it is no actor of what they say.
                    if ent.type != .person, inSpeakerTitle(k, seg, claim.sourceKeys, tokens, flags, entityAt, entities) { continue }
                    // « Bachar al-Assad, désormais ancien président de la Syrie, s'est exilé en
                    // Russie », « …, le dirigeant du régime Baas, est arrivé … »: the country or the
                    // party of a person's title says who they are, not where nor who acted.
                    if ent.type != .person, inPersonTitle(k, seg, tokens, flags, entityAt, entities) { continue }
                    // "Syria's Bashar al-Assad": a place owning another name only qualifies it.
                    var after = k
                    while after < seg.upperBound, entityAt[after] == e { after += 1 }
                    if ent.type == .place, after + 1 < seg.upperBound, tokens[after].folded == "'s",
                       (after + 1..<min(seg.upperBound, after + 5)).contains(where: { entityAt[$0] != nil && entities[entityAt[$0] ?? 0].type == .person }) { continue }
                    // "former Villeneuve mayor Gerard Lemoine": a place before a title says whose
                    // title it is.
                    if ent.type == .place, after + 1 < seg.upperBound, flags[after].contains(.title),
                       (after + 1..<min(seg.upperBound, after + 3)).contains(where: { entityAt[$0].map { entities[$0].type == .person } ?? false }) { continue }
                    // "the Assad regime", "Assad's wife", "le régime de Bachar al-Assad": a person qualifying a noun is not an actor.
                    if ent.type == .person {
                        if after < seg.upperBound, flags[after].contains(.personModifierHead) { continue }
                        // "principal allié du président X", "the opponents of X": the claim is
                        // about the ally or the opponents.
                        if tiedByNounBefore(k, seg, tokens, flags) { continue }
                        // "Assad's wife", "Assad's father, Hafez al-Assad", "Assad's Prime Minister X":
                        // the claim is about the relative or the official, not the one named to
                        // say whose they are ("Assad's fate", "Assad's home" stay about Assad).
                        if after + 1 < seg.upperBound, tokens[after].folded == "'s" {
                            let near = (after + 1)..<min(seg.upperBound, after + 5)
                            if flags[after + 1].contains(.personModifierHead) || near.contains(where: { j in
                                flags[j].contains(.title) || conceptAt(j) == "family"
                                    || (entityAt[j].map { entities[$0].type == .person && $0 != e } ?? false)
                            }) { continue }
                        }
                    }
                    // A news outlet or agency carries the news, a platform the post: neither acts in it.
                    if ent.type == .organization, let entry = gazetteer.entry(key: ent.key), entry.isNewsMedium || entry.isPlatform { continue }
                    // « En visite à la préfecture de police », "at the White House": an institution
                    // after a place preposition is where someone went, not who acted.
                    // (Past one determiner; « a » written plain is the verb, not « à ».)
                    if ent.type == .organization, let p = (max(seg.lowerBound, k - 2)..<k).last(where: { !flags[$0].contains(.determiner) }),
                       flags[p].contains(.locativePreposition), tokens[p].folded != "a" || !writtenPlain(tokens[p], text) { continue }
                    if ent.type == .place {
                        // (From after a dateline: "RABAT, March 18 (Wire) - Spain and Morocco signed".)
                        // « Toulon avec 12 000 manifestants », "Manchester, with 20,000 marchers": a
                        // town the clause counts a crowd in is where, not who.
                        func countedTown() -> Bool {
                            gazetteer.entry(key: ent.key)?.isLocalPlace == true
                                && seg.contains { figureTokens.contains($0) && !timeTokens.contains($0) }
                                && seg.contains { tokens[$0].kind == .word && conceptAt($0).map(ClaimBuilder.crowdConcepts.contains) == true }
                        }
                        // "Bordeaux, Toulon et Strasbourg ont enregistré des records": a town, a base, an
                        // airport is where things happen; only a capital acts, for its state ("Moscou a
                        // soutenu le régime").
                        // "after Damascus had fallen": a capital that falls is a place, not its state acting.
                        // (The name's end passed as a constant: a variable captured would be checked
                        // for exclusive access at every use in the loop.)
                        func fallenCapital(_ end: Int) -> Bool {
                            gazetteer.country(ofCapital: ent.key) != nil
                                && (end..<min(seg.upperBound, end + 3)).contains { tokens[$0].kind == .word && conceptAt($0) == "fall" }
                        }
                        if isSubject(tokens, k, first..<seg.upperBound, entityEnd: after) || isAgent(k, seg), !countedTown(), !gazetteer.isTown(key: ent.key), !fallenCapital(after) { if !who.contains(e) { who.append(e) } } else if isPartner(k, seg) { if !partners.contains(e) { partners.append(e) } } else if !wherePlaces.contains(e) { wherePlaces.append(e) }
                    } else if !who.contains(e) {
                        who.append(e)
                    }
                }
                // "…, Russia, which has provided support", "…, Bachar al-Assad, qui a dirigé": a
                // relative clause of its own tells what the name before it did.
                if lexicon.relativeSubjects.contains(tokens[seg.lowerBound].folded), seg.lowerBound >= 2, !inAttribution(seg.lowerBound),
                   tokens[seg.lowerBound - 1].folded == ",", let e = entityAt[seg.lowerBound - 2], !who.contains(e),
                   entities[e].type != .place || gazetteer.entry(key: entities[e].key)?.kind == "country" {
                    who.insert(e, at: 0)
                }
                // The person the claim is credited to, if any: read by the two rules below.
                lazy var speaker = claim.sourceKeys.last(where: { $0.hasPrefix("person:") }).flatMap { key in
                    entities.firstIndex { $0.key == key }
                }
                // "il", "sa", "leur", "l'ex-président": the person named last; in reported speech
                // after its speaker's name ("Paul Devaux said he would meet …", « X a assuré qu'il
                // … »), the speaker. (In a quotation "il" is someone else: the speaker says "je".)
                if !who.contains(where: { entities[$0].type == .person }),
                   // (Not a possessive in a set phrase of manner: « de son côté », « pour sa part ».)
                   let pronoun = seg.first(where: { !inAttribution($0) && flags[$0].contains(.actorPronoun)
                       && !($0 + 1 < seg.upperBound && lexicon.possessives.contains(tokens[$0].folded) && lexicon.fillerAdverbs.contains(tokens[$0 + 1].folded)) }) {
                    if !isQuoted(pronoun), let e = speaker, (r.lowerBound..<pronoun).contains(where: { entityAt[$0] == e }) {
                        who.append(e)
                    } else if !isQuoted(pronoun), let k = (r.lowerBound..<pronoun).reversed().first(where: { k in
                                  guard let e = entityAt[k], entities[e].type == .person else { return false }
                                  return !(k > r.lowerBound && entityAt[k - 1] == e) && !tiedByNounBefore(k, r, tokens, flags)
                              }), let e = entityAt[k] {
                        // "Assad and his family are in Moscow, where Russia offered them asylum", « Le
                        // camp de Mme Boateng n'a pas reconnu sa défaite » (the subject taken as the
                        // source): the person the sentence named before the pronoun, not one named
                        // for a tie ("Principal allié de X, le Pérou a fermé sa frontière").
                        who.append(e)
                    } else if lexicon.institutionPronouns.contains(tokens[pronoun].folded),
                              let k = (r.lowerBound..<pronoun).reversed().first(where: { k in
                                  guard let e = entityAt[k], entities[e].type == .organization else { return false }
                                  // (Not a medium that carried the words: « a annoncé sur X qu'il … ».)
                                  guard let entry = gazetteer.entry(key: entities[e].key) else { return true }
                                  return !entry.isNewsMedium && !entry.isPlatform
                              }), let e = entityAt[k] {
                        // « Le Kremlin a réaffirmé son attachement à … », « Le Kremlin a fait savoir
                        // qu'il était en contact … »: an institution named before a subject or
                        // possessive pronoun in its sentence (the subject, maybe taken as the source)
                        // is whom it stands for, not the person an earlier sentence named. (Only a
                        // pronoun that may stand for a thing: an object pronoun is the person, « la
                        // Russie leur a accordé l'asile », and so is "he".)
                        if !who.contains(e) { who.append(e) }
                    } else if let p = lastPerson {
                        who.append(p)
                    }
                }
                // "Such decisions cannot be made without the head of state," Peskov said; « le chef
                // de l'État syrien a quitté la capitale »: the holder of the office, when named.
                // (The closure is formed only in a sentence with an office word: most have none.)
                if sentenceFlags[si].contains(.officePhraseFirstWord),
                   let h = officeHolder(seg, tokens, flags, entities, speakerCountry: {
                       speakingBody(claim.sourceKeys, affiliations).flatMap { $0.hasPrefix("place:") ? $0 : nil }
                   }, storyCountry: storyCountry?.key, day: reference.day), !who.contains(h.entity),
                   // As the speaker ("the prime minister said"), the holder acts as a speaker does:
                   // when the clause names no other person.
                   !inAttribution(h.at) || !who.contains(where: { entities[$0].type == .person }) {
                    who.append(h.entity)
                }
                // "Our military is taking every precaution," Peskov said; « Nous appelons à … », a
                // indiqué une source au Kremlin: a quoted "we" is the body the speaker speaks for.
                let body = seg.contains(where: { flags[$0].contains(.groupPronoun) && isQuoted($0) && !inAttribution($0) })
                    ? speakingBody(claim.sourceKeys, affiliations) : nil
                // A person speaking of what they did or said ("Assad said he fled", a quote in the
                // first person): the speaker is the actor when the clause names no other person.
                if body == nil, !who.contains(where: { entities[$0].type == .person }), let e = speaker {
                    who.append(e)
                }
                // "The group has long controlled an enclave", « la milice a appelé à … »: the group
                // named last, when the clause names no other institution.
                if !who.contains(where: { entities[$0].type == .organization }), let g = lastGroup, !who.contains(g),
                   let k = seg.first(where: { !inAttribution($0) && tokens[$0].kind == .word }), k + 2 < seg.upperBound,
                   flags[k].contains(.determiner), lexicon.groupNouns.contains(tokens[k + 1].folded),
                   !flags[k + 2].contains(.determiner), !tokens[k + 2].isCapitalized, !lexicon.genitivePrepositions.contains(tokens[k + 2].folded) {
                    who.insert(g, at: 0)
                }
                // "Le convoi a quitté Damas dans la nuit", "a plane took off from Latakia": a
                // departure or arrival that names no one is the story's protagonist's.
                if who.isEmpty, !namesPerson, let main = protagonist, seg.contains(where: { k in
                    tokens[k].kind == .word && conceptAt(k).map(ClaimBuilder.movementConcepts.contains) == true }) {
                    who.append(main)
                }
                for e in partners where !who.contains(e) { who.append(e) }
                claim.who = who.map { entities[$0].name }
                claim.whoKeys = who.map { entities[$0].key }
                // "HTS entered Damascus on Sunday | and announced the end of Baathist rule": a clause
                // joined with a verb and no subject of its own is done by the subject before it.
                if let last = lastActors, last.sentence == si, seg.count > 2,
                   flags[seg.lowerBound].contains(.clauseConjunction), !inAttribution(seg.lowerBound + 1),
                   tokens[seg.lowerBound + 1].kind == .word, !tokens[seg.lowerBound + 1].isCapitalized,
                   lexicon.isConjugated(tokens[seg.lowerBound + 1].folded) || flags[seg.lowerBound + 1].contains(.reportingVerb) {
                    for (name, key) in sharedActors(last.clause, last.names, last.keys, tokens, entityAt, entities, quoted: isQuoted).reversed()
                        where !claim.whoKeys.contains(key) {
                        claim.who.insert(name, at: 0)
                        claim.whoKeys.insert(key, at: 0)
                    }
                }
                if let key = body, !claim.whoKeys.contains(key), let name = placeName(key) {
                    claim.who.insert(name, at: 0)
                    claim.whoKeys.insert(key, at: 0)
                }
                // "les responsables russes", "Russian officials": the country acts through its people.
                for (name, key) in demonymActors(tokens, seg, entities, skip: inAttribution) where !claim.whoKeys.contains(key) {
                    claim.who.append(name)
                    claim.whoKeys.append(key)
                }
                var whereNames = wherePlaces.map { entities[$0].name }
                var whereKeys = wherePlaces.map { entities[$0].key }
                for (name, key) in describedCapitals(tokens, flags, seg, entities) where !whereKeys.contains(key) {
                    whereNames.append(name)
                    whereKeys.append(key)
                }
                // « À Bordeaux, …, ou encore à Strasbourg où 12 400 manifestants … »: a clause opened
                // by a place relative happened at the place just before it, not the fronted one.
                if whereKeys.isEmpty {
                    for e in antecedentPlaces(seg, tokens, text, entityAt, entities) {
                        whereNames.append(entities[e].name)
                        whereKeys.append(entities[e].key)
                    }
                }
                // « Des vitres y ont été brisées »: the place named last ("il (n')y a", "y compris" name none).
                if whereKeys.isEmpty, seg.contains(where: { k in
                       flags[k].contains(.stopword) && lexicon.locativeClitics.contains(tokens[k].folded) && !inAttribution(k)
                           && !(max(0, k - 2)..<k).contains(where: { lexicon.subjectPronouns.contains(tokens[$0].folded) })
                           && !(k + 1 < tokens.count && tokens[k + 1].kind == .word && !lexicon.isConjugated(tokens[k + 1].folded))
                   }),
                   // (Named in this sentence or the one before: further back, "y" stands for a thing.)
                   let e = ((si > 0 ? ranges[si - 1].lowerBound : r.lowerBound)..<seg.lowerBound).reversed().lazy.compactMap({ entityAt[$0] }).first(where: { entities[$0].type == .place }) {
                    whereNames.append(entities[e].name)
                    whereKeys.append(entities[e].key)
                }
                if whereKeys.isEmpty, let f = frontedPlace, seg.lowerBound > f.end, !who.contains(f.entity) {
                    whereNames.append(entities[f.entity].name)
                    whereKeys.append(entities[f.entity].key)
                }
                // "dans la capitale", "the capital" with no country said: the capital of the country
                // the sentence named last before it ("le pouvoir russe … arrivé dans la capitale"),
                // else the story country's; not when the clause names its city itself.
                if let k = bareCapital(tokens, flags, seg),
                   !whereKeys.contains(where: { gazetteer.entry(key: $0)?.isLocalPlace == true }),
                   let country = (r.lowerBound..<k).reversed().lazy.compactMap({ i -> String? in
                       if let e = entityAt[i], self.gazetteer.entry(key: entities[e].key)?.kind == "country" { return entities[e].key }
                       return tokens[i].kind == .word ? self.gazetteer.countryForDemonym(tokens[i].folded) : nil
                   }).first ?? storyCountry?.key,
                   let capital = gazetteer.capital(ofCountry: country), let name = placeName(capital) {
                    whereNames.append(name)
                    whereKeys.append(capital)
                }
                // "pulled out of the airport", « le retrait de l'aéroport »: the site of that kind the
                // article named last.
                if sentenceFlags[si].contains(.siteNoun), let e = definiteSite(seg, tokens, flags, entityAt, entities, skip: inAttribution), !whereKeys.contains(entities[e].key) {
                    whereNames.append(entities[e].name)
                    whereKeys.append(entities[e].key)
                }
                // "le territoire syrien", "Syrian territory": the country the adjective names, when no
                // place of it is named; "le pays", "the country": the article's main country.
                for k in seg where !inAttribution(k) && tokens[k].kind == .word && (!tokens[k].isCapitalized || lexicon.language == .english) {
                    guard (k > seg.lowerBound && flags[k - 1].contains(.territoryNoun))
                            || (k + 1 < seg.upperBound && flags[k + 1].contains(.territoryNoun)),
                          let country = gazetteer.countryForDemonym(tokens[k].folded), !claim.whoKeys.contains(country),
                          !whereKeys.contains(where: { $0 == country || gazetteer.isWithin($0, country) }),
                          let name = placeName(country) else { continue }
                    whereNames.append(name)
                    whereKeys.append(country)
                }
                if whereKeys.isEmpty, let main = mainCountry, let k = seg.first(where: { k in
                    k + 1 < seg.upperBound && flags[k].contains(.determiner) && flags[k + 1].contains(.countryWord) }) {
                    // "le pays", "the country": the country of the place named last before it
                    // ("the liberation of Damascus. Assad fled the country": Syria), else the
                    // article's main one.
                    let last = (max(0, k - ClaimBuilder.antecedentReach)..<k).reversed().lazy.compactMap { i -> String? in
                        guard let e = entityAt[i], entities[e].type == .place else { return nil }
                        return country(of: entities[e].key)
                    }.first
                    if let key = last, let name = placeName(key) {
                        whereNames.append(name)
                        whereKeys.append(key)
                    } else {
                        whereNames.append(main.name)
                        whereKeys.append(main.key)
                    }
                }
                // "la journée nationale", "sur l'ensemble du territoire", "nationwide": the whole country.
                if whereKeys.isEmpty, let story = storyCountry, seg.contains(where: { k in
                    // Phrases joined only from a token that can open one.
                    flags[k].contains(.nationalScopeFirstWord)
                        && (1...3).contains { n in k + n <= seg.upperBound && lexicon.nationalScope.contains(tokens[k..<(k + n)].map(\.folded).joined(separator: " ")) } }) {
                    whereNames.append(story.name)
                    whereKeys.append(story.key)
                }
                // "3,5 millions selon la CGT et près de 1,1 million selon le ministère", "(480 000
                // manifestants selon la police, plus de 1,7 million selon la CGT)": a clause opened
                // by a figure, its verb and noun left out, goes on with the claim before it: the same
                // kind of fact, of the same day, in the same place when it names none.
                let listedFigure = lastClaim.flatMap { last in
                    seg.first(where: { tokens[$0].kind != .punctuation && !flags[$0].contains(.clauseConjunction) })
                        .flatMap { k in last.sentence == si && figureTokens.contains(k) && !timeTokens.contains(k) ? last : nil }
                }
                if whereKeys.isEmpty, let l = listedFigure {
                    whereNames = l.whereNames
                    whereKeys = l.whereKeys
                }
                claim.where = whereNames
                claim.whereKeys = whereKeys
                var events: [String] = []
                var content: [String] = []
                for k in seg where tokens[k].kind == .word {
                    let w = tokens[k].folded
                    // The words of an institution's name tell no event: « le Service départemental
                    // d'incendie et de secours » reports neither a fire nor a rescue. A site's do
                    // ("la base navale de Tartous").
                    // Nor does a title: « le président Erdogan est attendu », "the governor's office" tell no rule.
                    if entityAt[k].map({ entities[$0].type == .place }) ?? true, !(flags[k].contains(.title) && inAttribution(k)),
                       let c = conceptAt(k), !events.contains(c) { events.append(c) }
                    if w.count >= 3, !flags[k].contains(.stopword), !content.contains(w) { content.append(w) }
                }
                // "Assad est à Moscou", "is in Moscow": being somewhere is the arrival news reports.
                if !events.contains(ClaimBuilder.arrival), seg.contains(where: { k in
                       k + 2 < seg.upperBound && flags[k].contains(.passiveAuxiliary)
                           && flags[k + 1].contains(.locativePreposition)
                           && (entityAt[k + 2].map { entities[$0].type == .place } ?? false)
                   }) {
                    events.append(ClaimBuilder.arrival)
                }
                // "Assad fled to Moscow", « a quitté Damas pour Moscou »: leaving for a place is arriving there.
                if !events.contains(ClaimBuilder.arrival), events.contains(where: ClaimBuilder.departureConcepts.contains),
                   seg.contains(where: { k in
                       guard let c = conceptAt(k), ClaimBuilder.departureConcepts.contains(c), !inAttribution(k) else { return false }
                       return (k + 1..<min(seg.upperBound - 1, k + ClaimBuilder.destinationReach)).contains { j in
                           // The place may follow its article (« vers la Russie »).
                           let p = flags[j + 1].contains(.determiner) && j + 2 < seg.upperBound ? j + 2 : j + 1
                           return lexicon.destinationPrepositions.contains(tokens[j].folded)
                               && (entityAt[p].map { entities[$0].type == .place } ?? false)
                               && !(k + 1..<j).contains { tokens[$0].kind != .word }
                       }
                   }) {
                    events.append(ClaimBuilder.arrival)
                }
                if events.isEmpty, let l = listedFigure { events = l.events }
                claim.events = events.sorted()
                if let l = listedFigure { for w in l.content where !content.contains(w) { content.append(w) } }
                claim.contentWords = content
                // Date: the clause's own, else the quotation's, else the previous claim's when the
                // sentence only goes on with the same source ("a précisé la même source").
                // A date in the dateline ("PARIS, Oct 15 (Reuters) -") is the filing day, not the fact's.
                let dates = mentions(times, from: start, to: end).filter {
                    $0.kind == .date && $0.date != nil && !datelineTokens.contains(lowerBound(tokens, $0.start))
                }
                let found = eventDate(dates, tokens, seg)
                // "a war that has killed 500,000 people in 13 years": a toll of years; "two weeks
                // after a stabbing in which two people were injured": an earlier happening's. Neither
                // is the news day's.
                lazy var tellsOtherTime = mentions(times, from: start, to: end).contains { m in
                    let next = lowerBound(tokens, m.end)
                    return m.isLongDuration || (m.kind == .duration && next < tokens.count && lexicon.afterWords.contains(tokens[next].folded))
                }
                // The day of the statement ("a fait état vendredi de 457 interpellations") dates
                // the fact only when nothing else does.
                let ownDate = found?.isStatementDay == true ? nil : found?.mention.date
                if let d = ownDate, let day = d.calendarDate, let ref = reference.day,
                   day.dayNumber > ref.dayNumber, d.day != nil, let today = newsDay, !tellsPlan(seg, inAttribution) {
                    // "a appelé à une nouvelle journée mardi 28 mars": a date after the report is
                    // a plan; what the clause tells (the call) happened on the news day. A clause
                    // telling the plan itself ("doit débuter le 24 février") is of that date.
                    claim.when = today
                } else if let d = ownDate {
                    claim.when = d
                } else if let p = earlier, seg.lowerBound < p.end {
                    claim.when = p.date
                } else if let d = antecedentDate(seg, tokens, text, timeTokens, times) {
                    claim.when = d
                } else if let c = clauseDate, c.sentence == si, lexicon.relativeSubjects.contains(tokens[seg.lowerBound].folded) {
                    claim.when = c.date
                } else if let q = s.quote, let d = whenOfQuote[q] {
                    claim.when = d
                } else if let today = newsDay, dates.contains(where: { isComparand(lowerBound(tokens, $0.start), tokens, seg) }) {
                    // « Des chiffres identiques à ceux du 7 mars »: how things stand on the news
                    // day, against an earlier day.
                    claim.when = today
                } else if previousWhen != nil, !previousDatedEvents.isDisjoint(with: events),
                          own[si].map({ isBackReference(tokens, $0.tokenRange) }) ?? false
                            || (s.quote != nil && attr != nil && isBackReferenceQuote(si, sentences, own, tokens)) {
                    // The same source going on about the same event it dated ("a précisé la même source").
                    claim.when = previousWhen
                } else if let w = listedFigure?.when {
                    claim.when = w
                } else if mentions(numbers, from: start, to: end).contains(where: { n in
                              // A bounded toll ("at least 12 killed") is a tally; "des milliers" alone is not.
                              (!n.approx || events.contains(where: ClaimBuilder.tallyConcepts.contains))
                                && !NumberUnits.time.contains(n.unit ?? "") && n.unit != NumberUnits.age }),
                          !tellsOtherTime,
                          let d = events.lazy.compactMap({ dateOfEvent[$0] }).first ?? newsDay ?? sentenceNewsDay {
                    // A tally with no date of its own (arrests, turnout, injured) counts what
                    // happened on the news day the article has dated.
                    claim.when = d
                } else if !tellsOtherTime, let d = events.lazy.filter(ClaimBuilder.dayConcepts.contains).compactMap({ dateOfEvent[$0] }).first {
                    // Going on about a happening of a day the article dated to the news day ("des
                    // heurts ont éclaté jeudi … De nombreux incidents étaient toujours en cours").
                    claim.when = d
                }
                if claim.when == nil, let d = found, d.isStatementDay { claim.when = d.mention.date }
                // "Assad and his family are in Moscow | and have been granted asylum, state media
                // reported on Sunday": a clause cut off before its attribution takes the day the
                // attribution gives (within it or right after its verb), as the clause holding it does.
                // The writer's clause joined right after the attribution ("…, a Kremlin source told
                // Russian news agencies on Sunday, and a deal has been done") tells how things stood
                // on the day it was said.
                let joined = !claim.sources.isEmpty || !flags[seg.lowerBound].contains(.clauseConjunction) ? nil
                    : attrRanges.first { $0.upperBound <= seg.lowerBound && seg.lowerBound - $0.upperBound <= ClaimBuilder.joinedReach }
                if claim.when == nil, !claim.sources.isEmpty || joined != nil, !r.isEmpty, case let said = attrRanges.isEmpty ? ownRanges : attrRanges,
                   let d = mentions(times, from: tokens[r.lowerBound].start, to: tokens[r.upperBound - 1].end).first(where: { m in
                       let k = lowerBound(tokens, m.start)
                       guard m.kind == .date, !seg.contains(k), !datelineTokens.contains(k) else { return false }
                       return said.contains { $0.lowerBound <= k && k <= $0.upperBound + 1 } || joined.map { $0.lowerBound <= k && k < seg.lowerBound } ?? false
                   })?.date {
                    claim.when = d
                }
                if let d = ownDate { clauseDate = (si, d) } else if clauseDate?.sentence != si { clauseDate = nil }
                if let q = s.quote, let d = claim.when, whenOfQuote[q] == nil { whenOfQuote[q] = d }
                // "two senior army officers told Reuters": how many sources spoke is not a figure of the claim.
                claim.numbers = mentions(numbers, from: start, to: end).filter { n in
                    // "Une semaine après le vote", "two days later": an offset in time, not a figure.
                    // From the actor's own start ("près de 25 ans après son accession au pouvoir",
                    // "24 years after his father's death") it measures how long they lasted: a figure.
                    if NumberUnits.time.contains(n.unit ?? ""), case let after = lowerBound(tokens, n.end), after < seg.upperBound,
                       flags[after].contains(.offsetWord),
                       !(after + 1 < seg.upperBound && lexicon.possessives.contains(tokens[after + 1].folded)) { return false }
                    let k = lowerBound(tokens, n.start)
                    // "les deux pays", "the two countries": a small number in words after a
                    // determiner of a known set refers to it, it counts nothing new.
                    // "the six people still missing", « les six personnes toujours portées disparues »:
                    // the state of the set is news, a count of the missing, the dead, the injured.
                    if k > seg.lowerBound, flags[k - 1].contains(.referringDeterminer), n.value <= 10,
                       !n.text.unicodeScalars.contains(where: { ScalarClass.isDigit($0) }),
                       case let after = lowerBound(tokens, n.end),
                       !(after..<min(seg.upperBound, after + ClaimBuilder.stateReach)).contains(where: {
                           conceptAt($0).map(ClaimBuilder.countedStates.contains) ?? false }) { return false }
                    guard inAttribution(k) else { return true }
                    return !(k + 1..<min(seg.upperBound, k + 5)).contains { inAttribution($0) && flags[$0].contains(.sourceNoun) }
                }
                for i in claim.numbers.indices {
                    claim.numbers[i].fate = fate(of: claim.numbers[i], seg, tokens, conceptAt)
                }
                if let p = earlier {
                    for i in claim.numbers.indices where p.end >= r.upperBound || claim.numbers[i].start < tokens[p.end].start {
                        claim.numbers[i].countedOn = p.date
                    }
                }
                claim.negated = isNegated(tokens, flags, seg, quoted: isQuoted, inAttribution: inAttribution)
                claim.hedged = isHedged(tokens, flags, first..<seg.upperBound) { timeTokens.contains($0) }
                if let w = claim.when {
                    previousWhen = w
                    previousDatedEvents = Set(claim.events)
                    // Only the news day and the day before are the story's: a claim going on about
                    // the same happening without a date of its own is about that day, not about
                    // a date of its background ("au pouvoir depuis 2000").
                    if let day = w.calendarDate, let ref = reference.day, (0...1).contains(ref.dayNumber - day.dayNumber) {
                        for e in claim.events { dateOfEvent[e] = w }
                        newsDay = w
                    }
                }
                // A part of a figure ("(dont 800 000 à Paris)") is no item of the list.
                if !seg.prefix(2).contains(where: { lexicon.subsetMarkers.contains(tokens[$0].folded) }) {
                    lastClaim = (si, claim.events, claim.when, claim.where, claim.whereKeys, claim.contentWords)
                }
                // People and institutions (a place before is most often where, or a capital named in
                // passing), outside quotation marks; those of the clause's last part if it has any
                // ("when Assad fled Syria, however, the rebels led by HTS entered Damascus").
                if claim.whoKeys.contains(where: { !$0.hasPrefix("place:") }) { lastActors = (si, seg, claim.who, claim.whoKeys) }
                claims.append(claim)
            }
        }
        // Every claim credited to a titled speaker names whom they speak for, titled there or not.
        if !affiliations.isEmpty {
            for i in claims.indices {
                for k in claims[i].sourceKeys { if let org = affiliations[k] { claims[i].sourceAffiliations[k] = org } }
            }
        }
        return claims
    }

    /// A generic source that is only a document: "a statement", « un communiqué ».
    private func isBareDocument(_ key: String) -> Bool {
        guard key.hasPrefix("source:") else { return false }
        let words = key.dropFirst("source:".count).split(separator: " ").map(String.init)
        guard let last = words.last, words.count <= 2, lexicon.documentNouns.contains(last) else { return false }
        return words.count == 1 || lexicon.determiners.contains(words[0])
    }

    /// « à Strasbourg où … », "in Homs, where …": the places a relative word opening the clause
    /// stands for: the place entity ending just before it (past a comma, past a bracket), with
    /// the places listed before it.
    private func antecedentPlaces(_ seg: Range<Int>, _ tokens: [Token], _ text: TextBuffer, _ entityAt: TokenEntityMap, _ entities: [Entity]) -> [Int] {
        let k = seg.lowerBound
        guard k >= 1, k < seg.upperBound else { return [] }
        // « à Montpellier (18 000 à 40 000), où … »: a figure in brackets may follow each place.
        func placeEnding(at j: Int) -> Int? {
            var j = j
            if j >= 0, tokens[j].folded == ")" {
                guard let open = (max(0, j - ClaimBuilder.bracketReach)..<j).last(where: { tokens[$0].folded == "(" }) else { return nil }
                j = open - 1
            }
            guard j >= 0, let e = entityAt[j], entities[e].type == .place else { return nil }
            return j
        }
        // The place first: the relative's written form is read only after one.
        guard let last = placeEnding(at: tokens[k - 1].folded == "," ? k - 2 : k - 1), let e = entityAt[last],
              lexicon.placeRelatives.contains(exact(tokens[k], text)) else { return [] }
        // « à Lyon (…), Brest (…) ou Montpellier (…), où … »: the relative is of the whole list.
        var out = [e], j = last
        while j >= 0, entityAt[j] == e || out.contains(where: { entityAt[j] == $0 }) { j -= 1 }
        while j >= 1 {
            let separated = tokens[j].folded == "," || (tokens[j].kind == .word && lexicon.listSeparators.match(tokens, at: j, end: j + 1) != nil)
            guard separated, let end = placeEnding(at: j - 1), let f = entityAt[end], !out.contains(f) else { break }
            out.insert(f, at: 0)
            j = end
            while j >= 0, entityAt[j] == f { j -= 1 }
        }
        return out
    }

    /// "le 15 mars, où 480 000 personnes …", "on Saturday, when …": the date a relative word
    /// opening the clause stands for.
    private func antecedentDate(_ seg: Range<Int>, _ tokens: [Token], _ text: TextBuffer, _ timeTokens: TokenSet, _ times: [TimeMention]) -> PartialDate? {
        let k = seg.lowerBound
        guard k >= 2, k < seg.upperBound, tokens[k - 1].folded == ",", timeTokens.contains(k - 2),
              lexicon.timeRelatives.contains(exact(tokens[k], text)) else { return nil }
        return times.last { $0.kind == .date && $0.date != nil && $0.end > tokens[k - 2].start && $0.end <= tokens[k - 1].start }?.date
    }

    /// "Une semaine après un huitième round en demi-teinte (480 000 manifestants …), les
    /// cortèges …": the phrase a sentence opens with a duration and an after-word happened
    /// that long before the report, on the day the article names nearest to it (within three
    /// days: such a phrase most often recalls an event the article dated), else on that day.
    /// The phrase runs to its first comma outside brackets; returns where it ends and its date.
    private func earlierPhrase(_ r: Range<Int>, _ tokens: [Token], _ times: [TimeMention], reference: CalendarDate?) -> (end: Int, date: PartialDate)? {
        guard let day = reference, r.count > 3,
              let t = times.first(where: { $0.kind == .duration && $0.start >= tokens[r.lowerBound].start && $0.start <= tokens[r.lowerBound + 1].start }),
              let days = t.durationDays else { return nil }
        var k = r.lowerBound
        while k < r.upperBound, tokens[k].start < t.end { k += 1 }
        guard k < r.upperBound, lexicon.afterWords.contains(tokens[k].folded) else { return nil }
        var end = r.upperBound, depth = 0
        k += 1
        while k < r.upperBound {
            let w = tokens[k].folded
            if w == "(" { depth += 1 } else if w == ")" { depth -= 1; if depth < 0 { end = k; break } }
            if depth == 0, w == "," || w == ";" { end = k; break }
            k += 1
        }
        let estimate = day.adding(days: -days)
        var best: CalendarDate? = nil
        for m in times where m.kind == .date && m.date?.day != nil {
            guard let d = m.date?.calendarDate, abs(d.dayNumber - estimate.dayNumber) <= 3 else { continue }
            if best.map({ abs(d.dayNumber - estimate.dayNumber) < abs($0.dayNumber - estimate.dayNumber) }) ?? true { best = d }
        }
        return (end, PartialDate(best ?? estimate))
    }

    /// A name written in capitals, as datelines give it.
    private func isDatelineName(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        r.allSatisfy { tokens[$0].kind != .word || (tokens[$0].isAllCaps && tokens[$0].end - tokens[$0].start > 1) }
    }

    /// The person a sentence no one is credited with narrates as its subject: the first person
    /// named among its opening words, after a title or an institution at most ("Le ministre de
    /// l'Intérieur, Laurent Nuñez, s'est rendu …", "Minister Jane Doe visited …").
    private func narratedSubject(_ r: Range<Int>, _ quoted: (Int) -> Bool, _ entityAt: TokenEntityMap, _ entities: [Entity]) -> Attribution? {
        for k in r.prefix(8) {
            if quoted(k) { return nil }
            guard let e = entityAt[k] else { continue }
            let ent = entities[e]
            guard ent.type == .person else { continue }
            var end = k
            while end < r.upperBound, entityAt[end] == e { end += 1 }
            return Attribution(origin: [SourceName(name: ent.name, key: ent.key)], channels: [], tokenRange: k..<end,
                               kind: .subjectVerb, isSpeaker: true, isCalledSource: false)
        }
        return nil
    }

    /// "said a statement on the president's channel": the statement is how the speaker spoke,
    /// not a source beside them; it stays the source only when no one is named.
    private func withoutDocuments(_ a: Attribution) -> Attribution {
        func isDocument(_ s: SourceName) -> Bool {
            guard s.key.hasPrefix("source:") else { return false }
            let words = ScalarClass.fold(s.name).split(separator: " ").map(String.init).drop { lexicon.determiners.contains($0) }
            return words.first.map { lexicon.documentNouns.contains($0) } ?? false
        }
        var out = a
        out.origin.removeAll(where: isDocument)
        out.channels.removeAll(where: isDocument)
        return out.isEmpty ? a : out
    }

    /// The actors of a clause that a clause joined after it without a subject shares: people and
    /// institutions (a place is most often where, or a capital named in passing) named outside
    /// quotation marks; those of the clause's last part if it has any ("when Assad fled Syria,
    /// however, the rebels led by HTS entered Damascus").
    func sharedActors(_ clause: Range<Int>, _ names: [String], _ keys: [String], _ tokens: [Token], _ entityAt: TokenEntityMap,
                      _ entities: [Entity], quoted: (Int) -> Bool) -> [(String, String)] {
        let lastPart = (clause.lowerBound..<max(clause.lowerBound, clause.upperBound - 1)).last { tokens[$0].folded == "," } ?? clause.lowerBound
        func namedOutsideQuotes(_ key: String, from: Int) -> Bool {
            (from..<clause.upperBound).contains { k in entityAt[k].map { entities[$0].key == key } == true && !quoted(k) }
        }
        var actors = keys.indices.filter { !keys[$0].hasPrefix("place:") && namedOutsideQuotes(keys[$0], from: clause.lowerBound) }
        let inLastPart = actors.filter { namedOutsideQuotes(keys[$0], from: lastPart) }
        if !inLastPart.isEmpty { actors = inLastPart }
        return actors.map { (names[$0], keys[$0]) }
    }

    /// The body a claim's speaker speaks for: an institution credited, or the one a titled person
    /// speaks for; a head of state's or government's office speaks for its country ("Russia
    /// says", as reports word the Kremlin's "we"). A news medium reports, it is no body of the claim.
    func speakingBody(_ sourceKeys: [String], _ affiliations: [String: String]) -> String? {
        for key in sourceKeys.reversed() {
            guard let org = key.hasPrefix("person:") ? affiliations[key] : key,
                  let entry = gazetteer.entry(key: org), entry.type == .organization,
                  !entry.isNewsMedium, !entry.isPlatform else { continue }
            if entry.kind == "government", let p = entry.parent, let c = country(of: p) { return c }
            return org
        }
        return nil
    }

    /// The country a place lies in (itself for a country).
    private func country(of key: String) -> String? {
        var k: String? = key
        var steps = 0
        while let current = k, steps < 6 {
            guard let entry = gazetteer.entry(key: current) else { return nil }
            if entry.kind == "country" { return current }
            k = entry.parent
            steps += 1
        }
        return nil
    }

    /// The token `k` lies in a title set off after the name of one of the claim's speakers: the
    /// name, a comma, then words only, one of them a title, up to `k` (`titleReach` at most).
    func inSpeakerTitle(_ k: Int, _ seg: Range<Int>, _ sourceKeys: [String], _ tokens: [Token], _ flags: [WordFlags],
                        _ entityAt: TokenEntityMap, _ entities: [Entity]) -> Bool {
        guard let (person, _) = titledName(before: k, seg, reach: ClaimBuilder.titleReach + 1, passingPossessive: true,
                                           tokens, flags, entityAt, entities) else { return false }
        return sourceKeys.contains(entities[person].key)
    }

    /// The token `k` lies in a title set off after a person's name and closed before the clause
    /// goes on: the name, a comma, words only (a title among them, `appositionReach` at most),
    /// `k`, words only, a comma.
    func inPersonTitle(_ k: Int, _ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags],
                       _ entityAt: TokenEntityMap, _ entities: [Entity]) -> Bool {
        guard let (_, comma) = titledName(before: k, seg, reach: ClaimBuilder.appositionReach, passingPossessive: false,
                                          tokens, flags, entityAt, entities) else { return false }
        var m = k + 1
        while m < seg.upperBound, m - comma <= ClaimBuilder.appositionReach, tokens[m].kind == .word { m += 1 }
        return m < seg.upperBound && tokens[m].folded == ","
    }

    /// The person whose name a title phrase reaching `k` is set off after, and the comma between
    /// them: back from `k`, words only (a possessive "'s" too, if `passingPossessive`), one of
    /// them a title, up to a comma right after the person's name, within `reach` tokens.
    private func titledName(before k: Int, _ seg: Range<Int>, reach: Int, passingPossessive: Bool, _ tokens: [Token],
                            _ flags: [WordFlags], _ entityAt: TokenEntityMap, _ entities: [Entity]) -> (person: Int, comma: Int)? {
        var j = k - 1, titled = false
        while j > seg.lowerBound, k - j <= reach {
            if tokens[j].kind != .word && !(passingPossessive && tokens[j].folded == "'s") {
                guard tokens[j].folded == ",", titled, let e = entityAt[j - 1], entities[e].type == .person else { return nil }
                return (e, j)
            }
            if flags[j].contains(.title) { titled = true }
            j -= 1
        }
        return nil
    }

    /// The institution each person is titled by, right before or after their name: « le
    /// porte-parole du Kremlin, Dmitri Peskov », "Kremlin spokesman Dmitry Peskov", "Dmitry
    /// Peskov, the Kremlin's spokesman". Person key → organization key, the first title given.
    func speakerAffiliations(_ tokens: [Token], _ flags: [WordFlags], _ entityAt: TokenEntityMap, _ entities: [Entity]) -> [String: String] {
        var out: [String: String] = [:]
        // Punctuation ends a title phrase; a possessive "'s" does not.
        func isMark(_ j: Int) -> Bool { tokens[j].kind != .word && tokens[j].folded != "'s" }
        func institution(in r: Range<Int>) -> Int? {
            // One title and one organization, no other person, nothing but words and a genitive between.
            guard r.contains(where: { tokens[$0].kind == .word && flags[$0].contains(.title) && lexicon.sourceTitles.contains(tokens[$0].folded) }) else { return nil }
            var found: Int? = nil
            for j in r {
                if let e = entityAt[j] {
                    switch entities[e].type {
                    case .person: return nil
                    case .organization:
                        if gazetteer.entry(key: entities[e].key)?.isNewsMedium == true { return nil }
                        if let f = found, f != e { return nil }
                        found = e
                    case .place: continue
                    }
                } else if isMark(j) { return nil }
            }
            return found
        }
        var k = 0
        while k < tokens.count {
            guard let e = entityAt[k], entities[e].type == .person else { k += 1; continue }
            var end = k
            while end < tokens.count, entityAt[end] == e { end += 1 }
            let key = entities[e].key
            if out[key] == nil {
                // Before the name, maybe with a comma just before it; else after it, past a comma.
                // The phrase ends at punctuation: before the name, from the last one; after it, to the first.
                let close = k > 0 && tokens[k - 1].folded == "," ? k - 1 : k
                var from = max(0, close - ClaimBuilder.titleReach)
                if let m = (from..<close).last(where: isMark) { from = m + 1 }
                let after = end < tokens.count && tokens[end].folded == "," ? end + 1 : nil
                let afterPhrase = after.map { a in a..<((a..<min(tokens.count, a + ClaimBuilder.titleReach)).first(where: isMark) ?? min(tokens.count, a + ClaimBuilder.titleReach)) }
                if let o = institution(in: from..<close) ?? afterPhrase.flatMap(institution(in:)) {
                    out[key] = entities[o].key
                }
            }
            k = end
        }
        return out
    }

    /// Tokens (whom it was told, a day, a comma) that may stand between an attribution and the
    /// writer's clause joined after it.
    static let joinedReach = 8
    /// Words a title phrase may span before or after the name it introduces.
    static let titleReach = 5
    /// Words a title set off after a person's name may span (« Bachar al-Assad, le dirigeant
    /// déchu du régime Baas en Syrie, … »).
    static let appositionReach = 10
    /// Tokens a bracket after a place may hold (« Brest (20 000 à 40 000 manifestants) »).
    static let bracketReach = 12
    /// How far after the word a comparison hangs on a date may be the compared day's.
    static let comparandReach = 14
    /// How many words may tell how long before an "after" that opens a clause ("less than 24 hours after").
    static let offsetReach = 5

    /// Event concepts of going somewhere (language-neutral names of the event lexicons).
    static let movementConcepts: Set<String> = ["leave", "travel", "arrive", "flee"]
    /// Event concepts of leaving a place, which with a destination tell arriving there.
    static let departureConcepts: Set<String> = ["flee"]
    /// Words after a verb of leaving within which its destination is looked for ("left
    /// Damascus for Moscow", "fled with his family to Russia").
    static let destinationReach = 6
    /// The event concept of arriving somewhere, which being there also tells.
    static let arrival = "arrive"
    /// Happenings a count tallies on the day: the dead, the injured, the arrested.
    static let tallyConcepts: Set<String> = ["kill", "injure", "arrest"]
    /// Crowds a town is counted in (« Toulon avec 12 000 manifestants »): the town is where.
    static let crowdConcepts: Set<String> = ["protest", "turnout"]
    /// States a count of a known set tells as news ("the six people still missing").
    static let countedStates: Set<String> = tallyConcepts.union(["missing"])
    /// Words after a figure within which its state is looked for (« personnes toujours portées disparues »).
    static let stateReach = 4
    /// What may befall counted things (language-neutral concepts of the event lexicons): the
    /// fate of a figure (`NumberMention.fate`).
    static let fateConcepts: Set<String> = ["kill", "injure", "arrest", "shootdown", "destroy", "launch", "release", "rescue", "missing", "displace"]
    /// Words after a figure within which what befell it is looked for (« 42 drones ukrainiens
    /// ont été « interceptés »).
    static let fateReach = 7

    /// Happenings that take a day, not a span (a march, clashes, arrests): a clause going on
    /// about one the article dated happened that day. States and backgrounds (a war, a rule,
    /// support) are not among them.
    static let dayConcepts: Set<String> = ["protest", "violence", "arrest", "injure", "fire", "loot", "rioters", "turnout", "celebrate"]

    /// What befell the figure `n`, as the clause `seg` tells it: the verb it is the object of
    /// ("destroyed 42 drones", « avait lancé 65 drones », « affirme avoir abattu 44 drones »),
    /// else the one its noun is the subject of ("51 drones were shot down", « six blessés »).
    private func fate(of n: NumberMention, _ seg: Range<Int>, _ tokens: [Token], _ conceptAt: (Int) -> String?) -> String? {
        let k = lowerBound(tokens, n.start)
        var j = k - 1
        while j >= seg.lowerBound, j >= k - 3, tokens[j].kind == .word,
              lexicon.determiners.contains(tokens[j].folded) || lexicon.fillerAdverbs.contains(tokens[j].folded) { j -= 1 }
        if j >= seg.lowerBound, tokens[j].kind == .word, let c = conceptAt(j), ClaimBuilder.fateConcepts.contains(c) { return c }
        let after = lowerBound(tokens, n.end)
        for j in after..<min(seg.upperBound, after + ClaimBuilder.fateReach) {
            let t = tokens[j]
            if t.kind == .punctuation, !(t.folded.unicodeScalars.first.map { ScalarClass.isOpeningQuote($0) || ScalarClass.isClosingQuote($0) } ?? false) { break }
            if t.isNumber { break }
            if t.kind == .word, let c = conceptAt(j), ClaimBuilder.fateConcepts.contains(c) { return c }
        }
        return nil
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
