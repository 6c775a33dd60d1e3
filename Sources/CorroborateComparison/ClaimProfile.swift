import CorroborateCore
import CorroborateGazetteer
import CorroborateExtraction

/// What comparison reads of one claim, computed once per claim of the run.
///
/// A value type whose lists and sets live in one shared, immutable box (`Storage`): a
/// profile is passed to the scoring and judging of millions of pairs, and each copy of it
/// retained and released every one of its dozen lists; now a copy retains the box once.
/// Changing a list (only while the comparator builds profiles) makes a new box.
struct ClaimProfile: Sendable {
    let article: Int
    let claim: Int
    let language: Language
    let published: PartialDate?
    let when: PartialDate?
    /// The day the article was published, when known, else the run's story day (see
    /// `Comparator`): what an undated figure of a news report counts.
    var referenceDay: PartialDate?
    /// How many dates the claim's text gives: with several, its date may be another event's.
    let dateMentions: Int
    let negated: Bool
    /// The events the claim's negation bears on ("Aucune rançon n'a été payée": ransom, pay);
    /// empty for a claim not negated.
    let negatedEvents: [String]
    /// Denies or doubts ("dément", "not sure").
    let denial: Bool
    /// The events a denial or doubt cue bears on: named after it ("denied that the train had
    /// been speeding"), or before a cue that follows its fact ("reports of his death are
    /// disinformation"). Empty without a cue.
    let deniedEvents: [String]
    /// The ages the claim tells people by: figures of age, and decades ("une octogénaire").
    let ages: [ClosedRange<Double>]
    let hedged: Bool
    /// Presents its figure as an update ("bilan actualisé", "updated toll").
    let revisionCue: Bool
    /// The claim gives its figures as provisional ("partial results", « bilan provisoire »).
    let provisionalCue: Bool
    /// Opens with a quotation mark: the speaker's own words, maybe translated in another article.
    let isQuotation: Bool
    private var storage: Storage

    /// The profile's lists, shared by its copies.
    final class Storage: Sendable {
        let events: [String]
        let entities: [String: Double]
        let actors: Set<String>
        let places: Set<String>
        let sites: Set<String>
        let stems: [String]
        let quantities: [Quantity]
        let datedEvent: String?
        let sources: SourceProfile
        /// The claim's passages (`ProvenanceBuilder.shingleLength` words in a row), hashed,
        /// sorted, each once: all shared wording needs of its words.
        let passages: [Int]
        // Read for each pair judged; built once per claim.
        let sourceSummary: String
        let sourceSets: SourceProfile.Sets
        let precisePlaces: [String]
        let localCountries: [String?]
        let listedParts: Set<String>

        convenience init(events: [String], entities: [String: Double], actors: Set<String>, places: Set<String>, sites: Set<String>,
                         stems: [String], quantities: [Quantity], datedEvent: String?, sources: SourceProfile, passages: [Int],
                         precisePlaces: [String], localCountries: [String?]) {
            self.init(events: events, entities: entities, actors: actors, places: places, sites: sites, stems: stems,
                      quantities: quantities, datedEvent: datedEvent, sources: sources, passages: passages,
                      sourceSummary: sources.summary, sourceSets: sources.sets, precisePlaces: precisePlaces,
                      localCountries: localCountries, listedParts: VerdictRules.listedParts(quantities))
        }

        /// Every field as given: copies share what they do not change.
        private init(events: [String], entities: [String: Double], actors: Set<String>, places: Set<String>, sites: Set<String>,
                     stems: [String], quantities: [Quantity], datedEvent: String?, sources: SourceProfile, passages: [Int],
                     sourceSummary: String, sourceSets: SourceProfile.Sets, precisePlaces: [String], localCountries: [String?],
                     listedParts: Set<String>) {
            self.events = events
            self.entities = entities
            self.actors = actors
            self.places = places
            self.sites = sites
            self.stems = stems
            self.quantities = quantities
            self.datedEvent = datedEvent
            self.sources = sources
            self.passages = passages
            self.sourceSummary = sourceSummary
            self.sourceSets = sourceSets
            self.precisePlaces = precisePlaces
            self.localCountries = localCountries
            self.listedParts = listedParts
        }

        /// A copy without the term lists and passages (`dropTermLists`).
        func slimmed() -> Storage { copy(entities: [:], stems: [], passages: []) }

        func with(events: [String]) -> Storage { copy(events: events) }

        private func copy(events: [String]? = nil, entities: [String: Double]? = nil, stems: [String]? = nil, passages: [Int]? = nil) -> Storage {
            Storage(events: events ?? self.events, entities: entities ?? self.entities, actors: actors, places: places, sites: sites,
                    stems: stems ?? self.stems, quantities: quantities, datedEvent: datedEvent, sources: sources,
                    passages: passages ?? self.passages, sourceSummary: sourceSummary, sourceSets: sourceSets,
                    precisePlaces: precisePlaces, localCountries: localCountries, listedParts: listedParts)
        }
    }

    /// Event concepts, sorted.
    var events: [String] {
        get { storage.events }
        set { storage = storage.with(events: newValue) }
    }
    /// Entity keys of actors and places with a weight: 1 for the entities the claim names,
    /// 0.5 for the places containing a place it names (Moscou also speaks of Russie).
    var entities: [String: Double] { storage.entities }
    /// Keys the claim names itself: persons and organizations, then places.
    var actors: Set<String> { storage.actors }
    var places: Set<String> { storage.places }
    /// The places the claim says its fact happens at (not a country acting: "Russia granted").
    var sites: Set<String> { storage.sites }
    /// Word stems for same-language likeness: the first scalars of each content word, sorted,
    /// each once. An array, not a set: held for every claim of the run until it is rendered,
    /// a set of a dozen strings took twice the memory.
    var stems: [String] { storage.stems }
    var quantities: [Quantity] { storage.quantities }
    /// The event concept named nearest the claim's one date: what that date dates.
    var datedEvent: String? { storage.datedEvent }
    var sources: SourceProfile { storage.sources }
    /// Hashed passages of the text, for shared wording.
    var passages: [Int] { storage.passages }
    /// `sources.summary`: "Kremlin via TASS", "" for own voice.
    var sourceSummary: String { storage.sourceSummary }
    var sourceSets: SourceProfile.Sets { storage.sourceSets }
    /// The places none of the others lies in, sorted (`VerdictRules.precise`).
    var precisePlaces: [String] { storage.precisePlaces }
    /// The country of each of those that is local (`VerdictRules.localCountries`).
    var localCountries: [String?] { storage.localCountries }
    /// The count classes the claim gives in several nouns (`VerdictRules.listedParts`).
    var listedParts: Set<String> { storage.listedParts }

    static let stemLength = 5

    /// `sentence`, for a clause cut from a longer sentence, is that sentence up to the clause's
    /// end (the earlier clauses included), read as one claim to tie places and dates to figures.
    init(article: Int, claim: Int, analysis: ArticleAnalysis, gazetteer: Gazetteer, sentence: Claim? = nil) {
        let c = analysis.claims[claim]
        self.article = article
        self.claim = claim
        language = analysis.metadata.language
        published = analysis.metadata.published
        let events = Array(Set(c.events)).sorted()
        var ents: [String: Double] = [:]
        var actors = Set<String>(), places = Set<String>(), sites = Set<String>()
        for (i, written) in (c.whoKeys + c.whereKeys).enumerated() {
            let k = InstitutionKey.canonical(written, gazetteer: gazetteer)
            guard !k.isEmpty else { continue }
            ents[k] = 1
            if k.hasPrefix("place:") {
                places.insert(k)
                if i >= c.whoKeys.count { sites.insert(k) }
            } else {
                actors.insert(k)
            }
        }
        // « la gare de Mulhouse », a site no gazetteer knows, lies in the known place its name
        // ends on: a figure of Mulhouse is that place's too.
        if c.where.count == c.whereKeys.count {
            for (k, name) in zip(c.whereKeys, c.where) where gazetteer.entry(key: k) == nil {
                let words = TextWords.folded(name)
                guard words.count >= 2,
                      let inner = (1..<words.count).lazy.compactMap({ s in
                          gazetteer.entries(forFoldedName: words[s...].joined(separator: " ")).first { $0.type == .place }
                      }).first else { continue }
                places.insert(inner.key)
                if ents[inner.key] == nil { ents[inner.key] = 0.5 }
            }
        }
        for p in places {
            var parent = gazetteer.entry(key: p)?.parent
            var steps = 0
            while let q = parent, steps < 8 {
                if ents[q] == nil { ents[q] = 0.5 }
                parent = gazetteer.entry(key: q)?.parent
                steps += 1
            }
        }
        var stems: [String] = []
        for w in c.contentWords {
            let scalars = w.unicodeScalars
            guard scalars.count >= 3, !scalars.allSatisfy({ ScalarClass.isDigit($0) }) else { continue }
            stems.append(ScalarClass.string(scalars.prefix(ClaimProfile.stemLength)))
        }
        stems.sort()
        stems = stems.indices.compactMap { k in k > 0 && stems[k] == stems[k - 1] ? nil : stems[k] }
        when = c.when
        let dateTimes = analysis.times.filter { $0.kind == .date && $0.start >= c.start && $0.end <= c.end }
        dateMentions = dateTimes.count
        let sources = SourceProfile(c, gazetteer: gazetteer, entities: c.sourceAffiliations.isEmpty ? [] : analysis.entities,
                                    language: analysis.metadata.language)
        negated = c.negated
        hedged = c.hedged
        isQuotation = c.text.unicodeScalars.first.map { ScalarClass.isOpeningQuote($0) || $0 == "\"" } ?? false
        let text = TextWords(c.text)
        let folded = text.words.map(\.folded)
        negatedEvents = c.negated ? ClaimProfile.negatedEvents(text.words, language: analysis.metadata.language) : []
        let datedEvent = dateTimes.count == 1 ? ClaimProfile.eventNear(dateTimes[0], c, text.words, language: analysis.metadata.language) : nil
        let language = analysis.metadata.language
        let lexicons = [ComparisonLexicon.forLanguage(language)] + ComparisonLexicon.all.filter { $0.language != language }
        denial = lexicons.contains { ComparisonLexicon.contains(folded, anyOf: $0.denialCues) }
        deniedEvents = denial ? ClaimProfile.deniedEvents(text.words, folded, lexicons: lexicons, language: language) : []
        // Where each figure is among the words, and which figures a revision cue governs.
        let figureWords = c.numbers.isEmpty ? [] : ClaimProfile.figureRanges(c, text.words)
        let revisionCues = lexicons.flatMap { ComparisonLexicon.occurrences(folded, anyOf: $0.revisionCues) }
        revisionCue = !revisionCues.isEmpty
        provisionalCue = lexicons.contains { ComparisonLexicon.contains(folded, anyOf: $0.provisionalCues) }
        let revisedFigures = ClaimProfile.governed(by: revisionCues, figureWords, text.words)
        // Places and dates tie to figures over the whole sentence: "À Marseille, les syndicats
        // ont compté 280 000 personnes | et la préfecture 16 000" counts 16 000 in Marseille.
        let context = sentence ?? c
        let contextText = sentence.map { TextWords($0.text) } ?? text
        let skip = context.numbers.count - c.numbers.count
        let scopes = Array(ClaimProfile.scopes(of: context, text: contextText, analysis: analysis, gazetteer: gazetteer,
                                               lexicons: lexicons).dropFirst(skip))
        let figureDates = Array(ClaimProfile.dates(of: context, text: contextText, analysis: analysis, lexicons: lexicons).dropFirst(skip))
        referenceDay = analysis.referenceDate.isPublicationDay ? analysis.referenceDate.day.map { PartialDate($0) } : nil
        let eventList = Array(Set(c.events))
        // Looked for only in claims with figures: most claims have none.
        // Per figure: "Forty-one people were injured, nine of them seriously" counts all the injured
        // in 41; only a figure of the cue's clause counts the worst-hurt.
        let severityCues = c.numbers.isEmpty ? [] : lexicons.flatMap { ComparisonLexicon.occurrences(folded, anyOf: $0.severityCues) }
        func severe(_ i: Int) -> Bool {
            guard !severityCues.isEmpty, figureWords.indices.contains(i) else { return false }
            let f = figureWords[i]
            return severityCues.contains { cue in
                // The words after the earlier of the two up to the first of the later: no break among them.
                let (from, to) = cue.lowerBound >= f.upperBound ? (f.upperBound, cue.lowerBound) : (cue.upperBound, f.lowerBound)
                guard to >= from, to - from <= ClaimProfile.severityReach, to < text.words.count else { return false }
                return !(from...to).contains { text.words[$0].afterBreak }
            }
        }
        let figures = c.numbers.enumerated().map { i, n in
            var q = Quantity(n, lexicons: lexicons, scope: scopes[i].key)
            q.placed = scopes[i].placed
            q.date = figureDates[i] ?? n.countedOn
            q.revised = revisedFigures.contains(i)
            if !q.isMeasure {
                if n.isPart {
                    // "Six of the injured are in critical condition" counts the worst-hurt; "two of
                    // the injured died" neither all the injured nor all the dead, « deux des blessés
                    // sont des policiers » not all the injured: a part of its own.
                    let narrowed = UnitClasses.refined(UnitClasses.generic, known: true, events: eventList)
                    q.unitClass = narrowed == UnitClasses.generic ? q.unitClass + "/part" : severe(i) ? narrowed : narrowed + "/part"
                } else {
                    let known = n.unit == nil || UnitClasses.entries[n.unit ?? ""] != nil
                    let unrefined = q.unitClass
                    q.unitClass = UnitClasses.refined(q.unitClass, known: known, events: eventList)
                    // Several counting events ("the death toll has risen to 57, as rescuers searched
                    // …", "no deaths, though four firefighters suffered minor injuries"): the one of
                    // the figure's own clause says what it counts.
                    if q.unitClass == UnitClasses.generic || (!known && q.unitClass == unrefined), figureWords.indices.contains(i) {
                        q.unitClass = UnitClasses.refined(q.unitClass, known: known,
                                                          events: ClaimProfile.clauseEvents(around: figureWords[i], text.words, language: language))
                    }
                    // Still several in the clause (« cinq personnes ont été tuées et une quarantaine
                    // blessées », "killing four people and injuring 35"): the counting event
                    // nearest the figure.
                    if q.unitClass == UnitClasses.generic || (!known && q.unitClass == unrefined), figureWords.indices.contains(i),
                       let e = ClaimProfile.nearestCountingEvent(around: figureWords[i], text.words, language: language) {
                        q.unitClass = UnitClasses.refined(q.unitClass, known: known, events: [e])
                    }
                }
                if severe(i) && q.unitClass.hasPrefix(UnitClasses.injured) { q.unitClass += "/severe" }
            } else {
                if figureWords.indices.contains(i) {
                    q.measured = ClaimProfile.measuredEvents(after: figureWords[i], text.words, language: language)
                }
                if ClaimProfile.measuresLineage(n, in: c, text: text, lexicons: lexicons) {
                    // "53 ans de règne de la famille Assad" vs "24 ans" of Assad: two spans.
                    q.unitClass += "/lineage"
                } else if q.unitClass == UnitClasses.distance, figureWords.indices.contains(i),
                          let kind = DistanceReference.suffix(figure: figureWords[i], words: text.words, lexicons: lexicons) {
                    // A depth, a distance from one place and from another: three figures.
                    q.unitClass += kind
                }
            }
            return q
        }
        // "160 km/h (100 mph)": a conversion in brackets restates the figure before it.
        let quantities = figures.count < 2 ? figures
            : figures.enumerated().filter { k, q in k == 0 || !ClaimProfile.isConversion(q, of: figures[k - 1], in: c) }.map(\.element)
        let decades = folded.compactMap { w in lexicons.lazy.compactMap { $0.decadeAges[w] }.first }
        ages = quantities.filter { $0.unitClass == UnitClasses.age }.map { $0.value...$0.value } + decades
        let precise = VerdictRules.precise(places, gazetteer: gazetteer)
        storage = Storage(events: events, entities: ents, actors: actors, places: places, sites: sites, stems: stems,
                          quantities: quantities, datedEvent: datedEvent, sources: sources, passages: ProvenanceBuilder.passages(folded),
                          precisePlaces: precise, localCountries: VerdictRules.localCountries(precise, gazetteer: gazetteer))
    }

    /// `q` is `p` converted to another unit, in brackets right after it: one measure, the same
    /// within a few percent.
    static func isConversion(_ q: Quantity, of p: Quantity, in c: Claim) -> Bool {
        guard q.isMeasure, p.isMeasure, q.unitClass == p.unitClass, q.mention.unit != p.mention.unit,
              abs(q.value - p.value) <= 0.03 * max(abs(q.value), abs(p.value)) else { return false }
        let from = p.mention.end - c.start, to = q.mention.start - c.start
        guard from >= 0, to >= from, to - from <= 20 else { return false }
        let between = c.text.unicodeScalars.dropFirst(from).prefix(to - from)
        return between.contains("(") && between.allSatisfy { $0 == "(" || ScalarClass.isSpace($0) || ScalarClass.isLetter($0) || $0 == "/" }
    }

    /// A word of a line of rulers stands next to the figure, in its phrase: up to seven words
    /// after it ("un demi-siècle de règne sans partage de son clan") or four before ("règne
    /// entamé par son père il y a 50 ans"), no comma between.
    static func measuresLineage(_ n: NumberMention, in c: Claim, text: TextWords, lexicons: [ComparisonLexicon]) -> Bool {
        let from = n.start - c.start, to = n.end - c.start
        let words = text.words
        guard let first = words.firstIndex(where: { $0.end > from }) else { return false }
        let last = words[first...].firstIndex { $0.start >= to } ?? words.count
        func isLineage(_ w: TextWords.Word) -> Bool { lexicons.contains { $0.lineageWords.contains(w.folded) } }
        var k = last
        while k < min(words.count, last + 7), k == last || !words[k].afterBreak {
            if isLineage(words[k]) { return true }
            k += 1
        }
        k = first - 1
        while k >= max(0, first - 4), !words[k + 1].afterBreak {
            if isLineage(words[k]) { return true }
            k -= 1
        }
        return false
    }

    /// A clause cut from its sentence that gives figures ("et 3,5 millions selon la CGT")
    /// counts the same thing as the sentence: it takes the events of the clause before it.
    /// Lets go of the entity weights, stems and passages: they are read only to weigh the run's
    /// terms, to build each claim's vectors (`Similarity`) and to find shared wording. A large
    /// run's profiles are kept until its report is written, for the explanations; these lists
    /// were half their memory.
    mutating func dropTermLists() {
        storage = storage.slimmed()
    }

    mutating func continueSentence(of prev: ClaimProfile) {
        guard !quantities.isEmpty else { return }
        for e in prev.events where !events.contains(e) { events.append(e) }
        events.sort()
    }

    /// Marks a "whole country" phrase among place mentions.
    static let national = "national:"

    /// Concepts that report rather than happen: not what a date dates.
    static let reportingEvents: Set<String> = ["announce", "confirm"]

    /// The event concept of the word nearest a time mention, within a few words either side.
    static func eventNear(_ t: TimeMention, _ c: Claim, _ words: [TextWords.Word], language: Language) -> String? {
        let lexicon = ExtractionLexicon.forLanguage(language)
        let r = wordRange(t.start - c.start, t.end - c.start, words)
        guard !r.isEmpty else { return nil }
        // "said Monday that he fled", "according to a statement on Sunday", "told reporters
        // Monday": a date right after the reporting words dates the saying, no event.
        if r.lowerBound > 0, !words[r.lowerBound].afterBreak, case let w = words[r.lowerBound - 1].folded,
           lexicon.reportingVerbs.contains(w) || lexicon.documentNouns.contains(w) || lexicon.audienceNouns.contains(w) {
            return nil
        }
        func event(_ i: Int) -> String? {
            lexicon.event(for: words[i].folded).flatMap { reportingEvents.contains($0) ? nil : $0 }
        }
        // The date's own clause first: "launched an offensive on November 27, swiftly capturing
        // cities" dates the launch, not the capture after the comma.
        var before = r.lowerBound - 1, after = r.upperBound
        var openBefore = !words[r.lowerBound].afterBreak, openAfter = true
        for _ in 1...8 {
            if openBefore, before >= 0 {
                if let e = event(before) { return e }
                openBefore = !words[before].afterBreak
                before -= 1
            }
            if openAfter, after < words.count {
                if words[after].afterBreak { openAfter = false } else if let e = event(after) { return e }
                after += 1
            }
        }
        // None there: the nearest event across breaks ("capturing key cities and then, on
        // Sunday, the capital").
        for d in 1...8 {
            for i in [r.lowerBound - d, r.upperBound - 1 + d] where i >= 0 && i < words.count {
                if let e = event(i) { return e }
            }
        }
        return nil
    }

    /// The figures a cue governs: the first after it within four words ("risen to 57", "new
    /// toll of 57"), else the last before it within six ("57 dead, the updated toll"); never
    /// across a break.
    static func governed(by cues: [Range<Int>], _ figures: [Range<Int>], _ words: [TextWords.Word]) -> Set<Int> {
        var out = Set<Int>()
        func unbroken(_ a: Int, _ b: Int) -> Bool { !(a + 1..<b + 1).contains { $0 < words.count && words[$0].afterBreak } }
        for cue in cues {
            if let f = figures.indices.first(where: { figures[$0].lowerBound >= cue.upperBound && figures[$0].lowerBound - cue.upperBound <= 4
                && unbroken(cue.upperBound - 1, figures[$0].lowerBound) }) {
                out.insert(f)
            } else if let f = figures.indices.last(where: { figures[$0].upperBound <= cue.lowerBound && cue.lowerBound - figures[$0].upperBound <= 6
                && unbroken(figures[$0].upperBound - 1, cue.lowerBound) }) {
                out.insert(f)
            }
        }
        return out
    }

    /// The event concepts named in the clause of the words `r`: between the breaks around them.
    static func clauseEvents(around r: Range<Int>, _ words: [TextWords.Word], language: Language) -> [String] {
        guard !r.isEmpty, r.upperBound <= words.count else { return [] }
        let lexicon = ExtractionLexicon.forLanguage(language)
        var a = r.lowerBound
        while a > 0, !words[a].afterBreak { a -= 1 }
        var b = r.upperBound
        while b < words.count, !words[b].afterBreak { b += 1 }
        return (a..<b).compactMap { lexicon.event(for: words[$0].folded) }
    }

    /// The counting event (`UnitClasses.classOfEvent`) nearest the words `r` in their clause,
    /// within `countingReach` words, the one after first at equal distance ("personnes ont
    /// été tuées" tells what is counted more often than the word before the figure).
    static func nearestCountingEvent(around r: Range<Int>, _ words: [TextWords.Word], language: Language) -> String? {
        guard !r.isEmpty, r.upperBound <= words.count else { return nil }
        let lexicon = ExtractionLexicon.forLanguage(language)
        var afterOpen = true, beforeOpen = true
        for d in 1...countingReachAfter {
            let a = r.upperBound - 1 + d, b = r.lowerBound - d
            if afterOpen, a < words.count, !words[a].afterBreak {
                if let e = lexicon.event(for: words[a].folded), UnitClasses.classOfEvent[e] != nil { return e }
            } else {
                afterOpen = false
            }
            // « 41 personnes ont été secourues et une dizaine sont portées disparues »: the event
            // before a conjunction tells the other figure's count.
            if beforeOpen, d <= countingReach, b >= 0, !words[b + 1].afterBreak, !lexicon.nameJoiners.contains(words[b + 1].folded) {
                if let e = lexicon.event(for: words[b].folded), UnitClasses.classOfEvent[e] != nil { return e }
            } else {
                beforeOpen = false
            }
        }
        return nil
    }

    /// Words between a figure and a severity cue of its clause ("six blessés dans un état critique").
    static let severityReach = 6

    /// Words before a figure within which its counting event is looked for; after it, one
    /// more, as its verb may follow an auxiliary and a modal (« 41 personnes ont pu être secourues »).
    static let countingReach = 4
    static let countingReachAfter = 5

    /// The events named within a few words after a negation ("ne", "not", "no", "aucune"), in
    /// its clause: what the negation bears on. « Ce n'était pas attendu : Madrid a soutenu le
    /// projet » negates no support.
    static func negatedEvents(_ words: [TextWords.Word], language: Language) -> [String] {
        let lexicon = ExtractionLexicon.forLanguage(language)
        var out: [String] = []
        lazy var folded = words.map(\.folded)
        // (« a exclu tout paiement », "ruled out any payment": ruling out denies what follows.)
        for (k, w) in words.enumerated()
        where lexicon.marksNegation(w.folded) || lexicon.rulesOut(at: k, in: words.indices, folded: { words[$0].folded }) {
            var j = k + 1
            var found: [String] = []
            while j < min(words.count, k + negationReach + 1), !words[j].afterBreak {
                // "had not been ruled out": a negation that affirms bears on nothing.
                if lexicon.litotes.contains(words[j].folded) { found.removeAll(); break }
                if let e = lexicon.event(for: words[j].folded) { found.append(e) }
                // « n'était pas présent »: a phrase's concept, its words around the negation.
                if let m = lexicon.eventPhrases.match(folded: folded, at: j, end: words.count) { found.append(m.value) }
                j += 1
            }
            for e in found where !out.contains(e) { out.append(e) }
        }
        return out
    }

    /// See `deniedEvents`: the events after each cue, or before a postposed one.
    static func deniedEvents(_ words: [TextWords.Word], _ folded: [String], lexicons: [ComparisonLexicon], language: Language) -> [String] {
        let lexicon = ExtractionLexicon.forLanguage(language)
        var out: [String] = []
        for l in lexicons {
            for cue in ComparisonLexicon.occurrences(folded, anyOf: l.denialCues) {
                // Within the cue's clause: "…neither planned nor did it occur during the battles, as
                // some have claimed, said a statement on the ousted president's channel" denies no ousting.
                let span: Range<Int>
                if l.postposedDenialCues.contains(Array(folded[cue])) {
                    var a = cue.lowerBound
                    while a > 0, !words[a].afterBreak { a -= 1 }
                    span = a..<cue.lowerBound
                } else {
                    // The cue may close a quotation: « pas sûrs » de l'endroit où il se trouvait.
                    var b = min(words.count, cue.upperBound + 1)
                    while b < words.count, !words[b].afterBreak { b += 1 }
                    span = cue.upperBound..<b
                }
                // « tout échange de prisonniers », "any exchange of prisoners": the noun after the
                // event's preposition says what was exchanged; the denial bears on the exchange.
                var lastEvent = -2
                for k in span {
                    guard let e = lexicon.event(for: words[k].folded) else { continue }
                    let complement = k - 2 == lastEvent && lexicon.genitivePrepositions.contains(words[k - 1].folded)
                    lastEvent = k
                    if !complement, !out.contains(e) { out.append(e) }
                }
            }
        }
        return out
    }

    /// Words after a negation that it bears on.
    static let negationReach = 4

    /// What a span measures: the events named in the few words after it, in its clause
    /// ("24-year regime", "13-year civil war", "a 10-day shock rebel offensive", « 53 ans de
    /// règne de la famille Assad »). Two spans measure one thing when these meet.
    static func measuredEvents(after figure: Range<Int>, _ words: [TextWords.Word], language: Language) -> Set<String> {
        let lexicon = ExtractionLexicon.forLanguage(language)
        var out = Set<String>()
        var j = figure.upperBound
        while j < min(words.count, figure.upperBound + measuredReach), !words[j].afterBreak {
            if let e = lexicon.event(for: words[j].folded) { out.insert(e) }
            j += 1
        }
        return out
    }

    /// Words after a span within which what it measures is named.
    static let measuredReach = 4

    /// Word range of each figure of the claim.
    static func figureRanges(_ c: Claim, _ words: [TextWords.Word]) -> [Range<Int>] {
        c.numbers.map { n in wordRange(n.start - c.start, n.end - c.start, words) }
    }

    /// Words covering scalar offsets `s..<e` of the claim text.
    static func wordRange(_ s: Int, _ e: Int, _ words: [TextWords.Word]) -> Range<Int> {
        let first = words.firstIndex { $0.end > s } ?? words.count
        var last = first
        while last < words.count, words[last].start < e { last += 1 }
        return first..<max(last, first)
    }

    /// Ties mentions (places, dates) to figures: the mention right after a figure, in the
    /// same stretch of text ("119 000 à Paris"), is that figure's; otherwise the nearest one
    /// before it ("À Marseille, … 280 000 … et 16 000"), unless another figure took it.
    static func attach(_ ranges: [Range<Int>], _ mentions: [Range<Int>], _ words: [TextWords.Word],
                       reachBack: Int = .max) -> [Int?] {
        var out = [Int?](repeating: nil, count: ranges.count)
        var claimed = Set<Int>()
        // "480 000 personnes étaient descendues dans la rue en France": the clause's verb may
        // stand between a figure and its place, but not another figure.
        let window = 10
        for (i, r) in ranges.enumerated() {
            var j = r.upperBound
            let next = i + 1 < ranges.count ? ranges[i + 1].lowerBound : words.count
            while j < min(words.count, next, r.upperBound + window), !words[j].afterBreak {
                if let m = mentions.firstIndex(where: { $0.lowerBound == j }) {
                    out[i] = m
                    claimed.insert(m)
                    break
                }
                j += 1
            }
        }
        // A list of figures after one mention shares it ("le 15 mars, 480 000 selon la police,
        // 1,7 million selon les syndicats"): the reach counts from the last figure that took it.
        var lastTaker: [Int: Int] = [:]
        for (i, r) in ranges.enumerated() where out[i] == nil {
            if let m = mentions.lastIndex(where: { $0.upperBound <= r.lowerBound }), !claimed.contains(m) {
                let from = max(mentions[m].upperBound, lastTaker[m].map { ranges[$0].upperBound } ?? 0)
                if r.lowerBound - from <= reachBack {
                    out[i] = m
                    lastTaker[m] = i
                }
            }
        }
        return out
    }

    /// The place each figure was counted in (see `attach`). Countries do not scope a figure:
    /// "1,1 million en France" is the national figure, as is "3,5 millions" with no place.
    static func scopes(of c: Claim, text: TextWords, analysis: ArticleAnalysis, gazetteer: Gazetteer,
                       lexicons: [ComparisonLexicon]) -> [(key: String?, placed: Bool)] {
        let words = text.words
        guard !c.numbers.isEmpty, !words.isEmpty else { return c.numbers.map { _ in (nil, false) } }
        // Place mentions: word ranges where a surface form of a place of the claim occurs.
        var found: [(key: String, range: Range<Int>)] = []
        for key in Set(c.whereKeys + c.whoKeys).sorted() where key.hasPrefix("place:") {
            var forms: [[String]] = []
            for e in analysis.entities where e.key == key {
                forms.append(TextWords.folded(e.name))
                for a in e.aliases { forms.append(TextWords.folded(a)) }
            }
            for lang in Language.supported {
                if let n = gazetteer.displayName(key: key, language: lang) { forms.append(TextWords.folded(n)) }
            }
            // A capital is also "la capitale", "the capital" (the claim placed it there).
            if gazetteer.country(ofCapital: key) != nil {
                for w in ExtractionLexicon.forLanguage(analysis.metadata.language).capitalWords.words { forms.append([w]) }
            }
            for f in forms where !f.isEmpty && f.count <= words.count {
                for i in 0...(words.count - f.count) where words[i].folded == f[0] {
                    if (0..<f.count).allSatisfy({ words[i + $0].folded == f[$0] }),
                       !found.contains(where: { $0.range.lowerBound == i }) {
                        found.append((key, i..<(i + f.count)))
                    }
                }
            }
        }
        // "dans tout le pays", "nationwide": the whole country, as a country name would.
        let folded = words.map(\.folded)
        for lex in lexicons {
            for phrase in lex.nationalScope where !phrase.isEmpty && phrase.count <= folded.count {
                for i in 0...(folded.count - phrase.count) where folded[i] == phrase[0] && Array(folded[i..<(i + phrase.count)]) == phrase {
                    if !found.contains(where: { $0.range.lowerBound == i }) { found.append((ClaimProfile.national, i..<(i + phrase.count))) }
                }
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        // "from Milan to Bologna", "entre Milan et Bologne": a route counts nothing in its places.
        var route = Set<Int>()
        for (m, n) in zip(found.indices, found.indices.dropFirst()) {
            let a = found[m].range, b = found[n].range
            guard a.lowerBound > 0, b.lowerBound == a.upperBound + 1 else { continue }
            if lexicons.contains(where: { $0.routes.contains([folded[a.lowerBound - 1], folded[a.upperBound]]) }) {
                route.insert(m)
                route.insert(n)
            }
        }
        if !route.isEmpty { found = found.indices.filter { !route.contains($0) }.map { found[$0] } }
        let attached = attach(figureRanges(c, words), found.map(\.range), words)
        // A whole country is no narrower than no place at all.
        return attached.map { m in
            guard let m = m else { return (nil, false) }
            let key = found[m].key
            let kind = gazetteer.entry(key: key)?.kind
            return (kind == "country" || kind == "continent" || key == ClaimProfile.national ? nil : key, true)
        }
    }

    /// The date each figure was counted on: a date of the claim tied to it (see `attach`);
    /// "le 15 mars, 480 000 personnes" dates that figure, not the rest of the sentence.
    static func dates(of c: Claim, text: TextWords, analysis: ArticleAnalysis, lexicons: [ComparisonLexicon] = ComparisonLexicon.all) -> [PartialDate?] {
        let words = text.words
        var times = analysis.times.filter { $0.kind == .date && $0.date != nil && $0.start >= c.start && $0.end <= c.end }
        // "plus nombreux que le 15 mars": a date compared with is not when the figures were
        // counted; "depuis lundi soir", "since Monday": nor the day a period began.
        times.removeAll { t in
            let r = wordRange(t.start - c.start, t.end - c.start, words)
            func follows(_ cues: [[String]]) -> Bool {
                cues.contains { cue in
                    cue.count <= r.lowerBound && Array(words[(r.lowerBound - cue.count)..<r.lowerBound].map(\.folded)) == cue
                }
            }
            return lexicons.contains { follows($0.comparisonCues) || follows($0.periodStartCues) }
        }
        // "the toll has risen to 57, the agency said on Saturday": the day a figure was reported
        // is not the day of what it counts ("38 tués jeudi"); a toll told on two days is one
        // toll, maybe revised, not two counts of two days.
        let reporting = ExtractionLexicon.forLanguage(analysis.metadata.language).reportingVerbs
        times.removeAll { t in
            let r = wordRange(t.start - c.start, t.end - c.start, words)
            return (max(0, r.lowerBound - 2)..<r.lowerBound).contains { reporting.contains(words[$0].folded) }
        }
        guard !c.numbers.isEmpty, !times.isEmpty else { return c.numbers.map { _ in nil } }
        let ranges = times.map { wordRange($0.start - c.start, $0.end - c.start, words) }
        // A date far before a figure usually dates another clause ("plus nombreux que le 15 mars
        // dans de nombreuses villes … 3,5 millions").
        return attach(figureRanges(c, words), ranges, words, reachBack: 8).map { m in m.flatMap { times[$0].date } }
    }
}
