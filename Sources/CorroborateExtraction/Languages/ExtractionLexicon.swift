import CorroborateCore

/// What the language-neutral extraction engines need to know about one language. Each
/// language fills one of these from its own tables (French.swift, English.swift); the engines
/// only read it. Every word is stored folded (lowercase, no diacritics).
/// A final class of constants, not a struct: every recognizer and builder holds it, and
/// copying a struct of dozens of sets retained and released each of them.
public final class ExtractionLexicon: Sendable {
    public let language: Language
    /// Determiners and other words stripped from the edges of a noun phrase ("la", "une", "the").
    public let determiners: WordSet
    /// Function words: never names, never content words.
    public let stopwords: WordSet
    /// Titles and roles before a name ("président", "porte-parole", "spokesman"): a name after
    /// one is a person; the title alone may point back to a person already named.
    public let titles: WordSet
    /// Words introducing a source: "selon", "d'après", "according to" (multi-word as folded tokens joined by " ").
    public let sourceCues: [String]
    /// Words introducing the one who relays a source: "citée par", "cited by".
    public let relayCues: [String]
    /// Words introducing the origin a relay cites: "citant", "citing".
    public let citingCues: [String]
    /// Reporting verbs, every form a news text uses (participles and finite forms).
    public let reportingVerbs: WordSet
    /// Auxiliaries before a participle ("a", "ont", "has", "had").
    public let auxiliaries: WordSet
    /// Prepositions introducing the agent of a passive ("par", "by").
    public let agentPrepositions: WordSet
    /// Auxiliaries of the passive ("was reported", "a été annoncé"): no speaker before them.
    public let passiveAuxiliaries: WordSet
    /// Phrases referring back to the last source ("la même source", "the source").
    public let backReferences: [String]
    /// Pronoun subjects of a reporting verb that refer back to the last speaker ("il", "he").
    public let speakerPronouns: WordSet
    /// Pronouns and possessives that refer to an actor named before ("il", "sa", "leur", "his").
    public let actorPronouns: WordSet
    /// Nouns of generic sources that are sources though not entities ("source", "médias", "officials").
    public let sourceNouns: WordSet
    /// Documents that speak for whoever issued them ("statement", "communiqué").
    public let documentNouns: WordSet
    /// Documents giving figures ("bilan", "décompte", "toll", "tally"): « selon un nouveau bilan
    /// de la préfecture » credits the prefecture, the author named after `authorPrepositions`.
    public let tallyNouns: WordSet
    /// Prepositions naming a document's author ("de", "par", "from", "by").
    public let authorPrepositions: WordSet
    /// Phrases naming the medium a speaker spoke to before it ("invité de", "dans un entretien
    /// au", "in an interview with"): that medium carries what the speaker said.
    public let interviewCueWords: [[String]]
    /// Prepositions opening the level a figure reaches or left ("à 7,1 %", "to 7.1%", "from
    /// 7.3%"): after a comma, such a figure completes the verb before it, it is no list item.
    public let levelPrepositions: WordSet
    /// Words telling a plan or a schedule ("doit débuter", "prévue", "is due to", "will"): a
    /// clause with one, dated after the report, happens on that later date.
    public let planMarkers: WordSet
    /// Words that open a negation ("ne", "n'") and the words that close it ("pas", "jamais").
    public let negationOpeners: WordSet
    public let negationClosers: WordSet
    /// One-word negations ("not", "never", "sans") and denial verbs ("dément", "denied").
    public let negationWords: WordSet
    /// Hedges: conditional and reporting-distance words ("aurait", "reportedly", "présumé").
    public let hedges: WordSet
    /// Verb endings of the French-style conditional ("-rait", "-raient"), folded.
    public let hedgeSuffixes: [String]
    /// Prepositions before a place ("à", "en", "in", "from").
    public let placePrepositions: WordSet
    /// Head words of organization names ("ministère", "armée", "ministry").
    public let organizationHeads: WordSet
    /// Head words of site names ("aéroport", "prison", "airport").
    public let siteHeads: WordSet
    /// Words meaning "the country" ("pays", "country"): after a determiner, the article's main country.
    public let countryWords: WordSet
    /// Words meaning "capital (city)", for "la capitale russe" → Moscou.
    public let capitalWords: WordSet
    /// Capitalized words that are not names at the start of a sentence or anywhere
    /// ("Selon", "Rappelons", weekdays, months).
    public let notNames: WordSet
    /// Lowercase second parts of hyphenated adjectives made from names ("US-backed", "Kremlin-linked").
    public let nameSuffixAdjectives: WordSet
    /// Nouns of people or means through which a country acts ("responsables", "troops", "bases").
    public let actorNouns: WordSet
    /// Nouns a person's name qualifies without acting ("régime", "famille", "regime", "family").
    public let personModifierHeads: WordSet
    /// Lines after which nothing belongs to the article (comment forms): no names there either.
    public let articleEnd: [String]
    /// Lines of page furniture (folded prefixes): comment forms, share buttons, credits.
    public let furniture: [String]
    /// Words a subject noun phrase does not reach back over ("que", "après", "and", "in").
    public let clauseBreakers: WordSet
    /// Words that end a source phrase after its head ("qui", "lorsque", "which", "after").
    public let phraseEnders: WordSet
    /// Verbs whose object is a channel of the source ("told Reuters").
    public let relayVerbs: WordSet
    /// Verbs whose object is the origin the subject relays ("cited a Kremlin source").
    public let citingVerbs: WordSet
    /// Prepositions before the one a statement is made to ("à l'AFP", "aux agences", "to reporters").
    public let recipientPrepositions: WordSet
    /// Pronouns after a source cue that stand for the last speaker ("selon lui", "according to him").
    public let sourcePronouns: WordSet
    /// Titles that, with no name, designate the person last quoted under them ("le porte-parole").
    public let sourceTitles: WordSet
    /// Words after which a new clause and its subject start ("où", "que", "where", "and").
    public let subjectIntroducers: WordSet
    /// Subject pronouns that open a clause ("il", "ils", "they").
    public let subjectPronouns: WordSet
    /// Conjugated forms of common verbs that show a clause ("est", "sont", "ont", "was").
    public let finiteVerbs: WordSet
    /// Words that introduce reported speech ("que", "that").
    public let complementizers: WordSet
    /// Words that open a condition ("si", "s'il", "if"): what follows is not asserted.
    public let conditionals: WordSet
    /// Conjunctions that join two clauses, each with its own subject ("et", "and").
    public let clauseConjunctions: WordSet
    /// Words that open a part of the figure before them ("dont", "including").
    public let subsetMarkers: WordSet
    /// Separators of a list of figures ("et", "ou", "ainsi que", "as well as").
    public let listSeparators: PhraseTable<Bool>
    /// Conjunctions that open a contrasting clause ("tandis que", "while").
    public let contrastiveConjunctions: PhraseTable<Bool>
    /// Prepositions that make a date the start or end of a span, not the day of an event ("depuis", "since").
    public let spanPrepositions: WordSet
    /// Prepositions inside a noun phrase ("vidéo circulant sur Internet", "videos on social media").
    public let nounPrepositions: WordSet
    /// Determiners that say how many and stay with a lone generic source ("une source", "plusieurs sources").
    public let countingDeterminers: WordSet
    /// Adverbs and clitics between a verb and an inverted subject ("a ainsi déclaré X").
    public let fillerAdverbs: WordSet
    /// Event concepts: folded word prefix → language-independent concept ("arriv" → "arrive").
    public let eventStems: [(prefix: String, concept: String)]
    /// Nouns of land a demonym can place a fact in ("territoire syrien", "Syrian soil"); other
    /// nouns it qualifies ("agences russes", "Russian officials") do not say where.
    public let territoryNouns: WordSet
    /// Other words that, before a genitive preposition, make an unknown name a place: kinds of
    /// settlement and nearness ("la commune de X", "près de X", "the outskirts of X").
    public let localityWords: WordSet
    /// Nouns of news media: a name no lexicon knows right after one is an outlet ("le
    /// quotidien Paris-Normandie", "the daily Kathimerini").
    public let mediumNouns: WordSet
    /// Reflexive pronouns: a reporting verb used reflexively tells no statement ("un incendie
    /// s'est déclaré mardi": a fire broke out).
    public let reflexives: WordSet
    /// Possessive determiners: "his channel", "son compte" belong to the one last named.
    public let possessives: WordSet
    /// Words a negation affirms rather than denies: "ne faiblit pas" (goes on), "n'est pas le
    /// seul" (one of several), "not clear" (uncertain, not denied).
    public let litotes: WordSet
    /// What makes a negated word an infinitive ("ordered them not to approach"): an order or
    /// a plan, not a denial.
    public let infinitiveMarkers: WordSet
    /// Words that make a described source one news agency ("news agency", "agence de presse");
    /// singular only: "les agences russes" are several, not the one the article names.
    public let agencyWords: WordSet
    /// Phrases giving a fact the whole country as its place ("journée nationale", "sur
    /// l'ensemble du territoire", "nationwide"), up to three words.
    public let nationalScope: WordSet
    /// Conjunctions opening a clause of time or purpose: "after rebels claimed they seized
    /// Damascus" dates the claim, it does not attribute it to the rebels.
    public let temporalSubordinators: WordSet
    /// Words before a date a fact is compared with ("plus nombreux que le 15 mars", "than on
    /// March 15"): not the date the fact happened.
    public let comparisonWords: WordSet
    /// The comparatives that make such a word a comparison ("plus … que", "more … than").
    public let comparatives: WordSet
    /// Words after a duration that make it a time offset ("une semaine après", "two days
    /// later", "a year ago"): when, not how many.
    public let offsetWords: WordSet
    /// Words that, right after a duration opening a sentence, date the phrase after them that
    /// long before the report: "Une semaine après un huitième round (480 000 manifestants)",
    /// "Two days after the quake that killed 40".
    public let afterWords: WordSet
    /// Endings (folded) of the lowercase adjectives that end an institution's name after its
    /// capitalized word ("Affaires étrangères", "École polytechnique nationale").
    public let institutionAdjectiveEndings: [String]
    /// Words that head an institution's name only when capitalized ("l'Autorité de l'aviation
    /// civile", "la Direction générale …"): lowercase they are common nouns ("en direction de").
    public let capitalizedInstitutionHeads: WordSet
    /// Determiners that point at a set already known ("les deux pays", "the two countries"):
    /// a small number after them refers, it does not count. Not possessives: "leurs deux
    /// enfants" tells how many children.
    public let referringDeterminers: WordSet
    /// The conjunction that joins two names into one subject ("TASS et RIA Novosti", "Interfax
    /// and state media").
    public let nameJoiners: WordSet
    /// Words that, after a comma, open a clause stating a fact of its own: a relative ("où",
    /// "which") or a subordinate of time ("après", "following"). Lowercased, accents kept.
    public let clauseOpeners: WordSet
    /// Endings of the present participle ("-ant", "-ing"): after a conjunction, a clause of its
    /// own ("… et prenant la capitale", "… and taking the capital").
    public let participleSuffixes: [String]
    /// Words with a participle's ending that are not one ("pendant", "during", "morning").
    public let notParticiples: WordSet
    /// Nouns of people who act against their country's state ("opposition", "rebelles"): with a
    /// demonym they do not make the country an actor.
    public let nonStateNouns: WordSet
    /// Nouns that name someone by their tie to a person ("allié de", "opponents of"): the person
    /// after them is not who acts.
    public let relationNouns: WordSet
    /// Prepositions that bring the figure a figure verb reports ("put the toll at 14", « a fixé
    /// le bilan à 14 morts »; not "put pressure on"); the verbs are the `.figureVerb` flag.
    public let figurePrepositions: WordSet
    /// Titles held over a place ("mayor", "governor"): the name before one is that place.
    public let territorialTitles: WordSet
    /// Prepositions that take two names joined ("between X and Y", « entre X et Y »).
    public let pairPrepositions: WordSet
    /// Reporting verbs that report only with their speaker after them (« …, a lancé le
    /// syndicaliste ») or their words right after them (a quotation, a colon, « que »): with a
    /// subject before and an object after they do something else (« la Russie a lancé 65 drones »).
    public let invertedOnlyVerbs: WordSet
    /// Determiners of "any" after a verb of ruling out (« a exclu tout paiement », "ruled out
    /// any payment"): the ruling out denies what follows, as « n'exclut pas » allows it.
    public let exclusionDeterminers: WordSet
    /// Prepositions of a journey's end after a verb of leaving ("fled to Moscow", « a quitté
    /// Damas pour Moscou »): leaving for a place tells arriving there.
    public let destinationPrepositions: WordSet
    /// Prepositions of a partner ("allied with Iran", « allié de X avec l'Iran »): a place after
    /// one is a party to the fact, not where it happens.
    public let partnerPrepositions: WordSet
    /// Relative words that stand for a place named just before them, written with their accents
    /// (« à Strasbourg où 12 400 manifestants … », "in Homs, where …"): the clause they open
    /// happened there.
    public let placeRelatives: WordSet
    /// Object pronouns written before a verb (« la direction l'a estimée à 40 % »): inside the
    /// verb group, between its subject and the verb.
    public let objectClitics: WordSet
    /// A comparison word and the preposition it takes (« identiques à » ceux du 7 mars, « en-deçà
    /// des » sommets du 31 janvier, "similar to" those of March 7): a date in what follows is
    /// the compared day's, not the fact's.
    public let comparandHeads: WordSet
    /// The first words of `comparandHeads`, tested before a pair of words is joined.
    public let comparandFirstWords: WordSet
    /// A pronoun standing for a place (« des vitres y ont été brisées »): the clause happened at
    /// the place named last.
    public let locativeClitics: WordSet
    /// Relatives whose antecedent owns the subject of their clause (« dont », "whose"): « …, dont
    /// la sécurité a été garantie par … » tells a fact of its own.
    public let possessiveRelatives: WordSet
    /// Subject and possessive pronouns that may stand for an institution (« Le Kremlin a fait
    /// savoir qu'il … », « … son attachement »); English "he", "his" stand for a person only.
    public let institutionPronouns: WordSet
    /// Nouns that, definite and bare, stand for the group named last ("the group", « le
    /// mouvement »).
    public let groupNouns: WordSet
    /// Phrases naming an office, not its holder (« le chef de l'État », "the head of state"),
    /// → the office as the gazetteer's offices table names it ("head-of-state").
    public let officePhrases: PhraseTable<String>
    /// Determiners that make a noun any one of its kind ("a head of state", « un chef d'État »).
    public let indefiniteDeterminers: WordSet
    /// Adverbs of contrast that, set off by commas before a clause with its own subject, open a
    /// claim of their own ("…, however, the rebels entered …", « …, toutefois, les syndicats … »).
    public let contrastiveAdverbs: WordSet
    /// Relative pronouns that are the subject of their clause ("qui", "who", "which"): the name
    /// before them acts in it.
    public let relativeSubjects: WordSet
    /// Relative words that stand for a time named just before them, written with their accents
    /// ("le 15 mars, où 480 000 personnes …", "on Saturday, when rebels …"): the clause they open
    /// happened then.
    public let timeRelatives: WordSet
    /// Prepositions that join a noun to the person it is of ("de", "du", "au", "of").
    public let genitivePrepositions: WordSet
    /// Set phrases whose words name no event though one of them would alone ("sur la base de"
    /// is no military base, "based on" no base).
    public let nonEventPhrases: PhraseTable<Bool>
    /// Phrases of several words evoking one event concept ("without power": outage), their
    /// words no longer read one by one ("power" alone is who governs).
    public let eventPhrases: PhraseTable<String>
    /// Those one speaks to without their carrying the words further ("told reporters", "told
    /// analysts on a call", « a déclaré à la presse »): no channel.
    public let audienceNouns: WordSet
    /// Pronouns that negate by themselves ("nothing to do with", "none of them"): unlike "not",
    /// never a negated order before "to".
    public let negativePronouns: WordSet
    /// Endings of a past participle that says something only after an auxiliary (« a jugé »):
    /// alone it is an apposition (« Pierre Vasseur, jugé à ses côtés, a été condamné »).
    /// Empty where the simple past has the same form ("said").
    public let bareParticipleEndings: [String]
    /// Nouns a firm or a non-profit is called by ("company", "carmaker", « le constructeur »,
    /// « le groupe », "charity", « l'ONG »), or speaks through ("management", « la direction »):
    /// "the company said" is the firm the article introduced with any of them ("French carmaker
    /// Norvane", « l'ONG SOS Méditerranée »).
    public let companyNouns: WordSet
    let nonEventPhraseFirstWords: WordSet
    /// Endings of manner adverbs ("-ment", "-ly"), which may stand between a conjunction and
    /// its verb ("… and quickly announced …").
    public let adverbSuffixes: [String]
    /// Prepositions of being somewhere ("est à Moscou", "is in Moscow"): after a copula they
    /// tell where someone is, which news reads as having arrived there.
    public let locativePrepositions: WordSet
    private let eventByPrefix: [String: String]
    private let eventPrefixLengths: [Int]
    /// The same prefixes as a trie, for ASCII words (nil if a prefix is not ASCII).
    private let eventTrie: AsciiPrefixTrie?
    /// First words of the contrastive conjunctions and list separators (fast pre-test).
    public let contrastiveFirstWords: WordSet
    /// First words of the reporting verbs of two words ("fait" of "fait savoir").
    public let reportingPhraseFirstWords: WordSet
    /// First words of the hedges of several words ("selon" of "selon toute vraisemblance").
    public let hedgePhraseFirstWords: WordSet
    /// First words of the conditionals of two words ("même" of "même si"): a token opening
    /// none needs no phrase string built and hashed.
    public let conditionalPhraseFirstWords: WordSet
    /// First words of the national-scope phrases, to test a token before joining phrases.
    public let nationalScopeFirstWords: WordSet
    /// Every word the negation test reacts to (complementizers, conditionals and the first
    /// words of those of two words, negation openers and words): one lookup passes the others.
    public let negationScanWords: WordSet
    /// The organization and site heads together, to rule out most words in one lookup.
    public let nameHeads: WordSet
    /// The source, citing and relay cues as words, split once per language rather than for
    /// every article or token; the first words of all three, and of the back-references.
    let sourceCueWords: [[String]]
    let citingCueWords: [[String]]
    let relayCueWords: [[String]]
    let cueFirstWords: WordSet
    let backReferenceFirstWords: WordSet
    /// The back-references as word sequences.
    public let backReferenceWords: [[String]]
    /// `furniture` and `articleEnd` indexed by first word, to test a line without joining its words.
    let furniturePrefixes: PhrasePrefixes
    let articleEndPrefixes: PhrasePrefixes
    /// The sets of `WordFlags` in one table, for one lookup per token.
    private let wordFlags: WordTable<WordFlags>

    public init(language: Language, determiners: Set<String>, stopwords: Set<String>, titles: Set<String>,
                sourceCues: [String], relayCues: [String], citingCues: [String], reportingVerbs: Set<String>, auxiliaries: Set<String>, passiveAuxiliaries: Set<String>, agentPrepositions: Set<String>,
                backReferences: [String], speakerPronouns: Set<String>, actorPronouns: Set<String>,
                sourceNouns: Set<String>, documentNouns: Set<String>, negationOpeners: Set<String>, negationClosers: Set<String>,
                negationWords: Set<String>, hedges: Set<String>, hedgeSuffixes: [String],
                placePrepositions: Set<String>, organizationHeads: Set<String>, siteHeads: Set<String>,
                countryWords: Set<String>, capitalWords: Set<String>, notNames: Set<String>, nameSuffixAdjectives: Set<String>, actorNouns: Set<String>, personModifierHeads: Set<String>, articleEnd: [String], furniture: [String],
                clauseBreakers: Set<String>, phraseEnders: Set<String>, relayVerbs: Set<String>, citingVerbs: Set<String>, recipientPrepositions: Set<String>, sourcePronouns: Set<String>, sourceTitles: Set<String>, subjectIntroducers: Set<String>, subjectPronouns: Set<String>, finiteVerbs: Set<String>, complementizers: Set<String>, conditionals: Set<String>, clauseConjunctions: Set<String>, listSeparators: [String], subsetMarkers: Set<String>, contrastiveConjunctions: [String], spanPrepositions: Set<String>, nounPrepositions: Set<String>, countingDeterminers: Set<String>, fillerAdverbs: Set<String>,
                eventStems: [(prefix: String, concept: String)], territoryNouns: Set<String> = [], possessives: Set<String> = [], litotes: Set<String> = [], infinitiveMarkers: Set<String> = [], agencyWords: Set<String> = [], nationalScope: Set<String> = [], temporalSubordinators: Set<String> = [], comparisonWords: Set<String> = [], comparatives: Set<String> = [], offsetWords: Set<String> = [], referringDeterminers: Set<String> = [], locativePrepositions: Set<String> = [], nameJoiners: Set<String> = [],
                clauseOpeners: Set<String> = [], adverbSuffixes: [String] = [], participleSuffixes: [String] = [], notParticiples: Set<String> = [], nonEventPhrases: [String] = [], genitivePrepositions: Set<String> = [], nonStateNouns: Set<String> = [], relationNouns: Set<String> = [], relativeSubjects: Set<String> = [], timeRelatives: Set<String> = [], localityWords: Set<String> = [], mediumNouns: Set<String> = [], reflexives: Set<String> = [], afterWords: Set<String> = [], capitalizedInstitutionHeads: Set<String> = [], institutionAdjectiveEndings: [String] = [],
                tallyNouns: Set<String> = [], authorPrepositions: Set<String> = [], interviewCues: [String] = [],
                planMarkers: Set<String> = [], levelPrepositions: Set<String> = [],
                eventPhrases: [(prefix: String, concept: String)] = [], audienceNouns: Set<String> = [], negativePronouns: Set<String> = [], bareParticipleEndings: [String] = [],
                companyNouns: Set<String> = [], figureVerbs: Set<String> = [], figurePrepositions: Set<String> = [], territorialTitles: Set<String> = [], pairPrepositions: Set<String> = [],
                invertedOnlyVerbs: Set<String> = [], exclusionDeterminers: Set<String> = [], destinationPrepositions: Set<String> = [], partnerPrepositions: Set<String> = [], placeRelatives: Set<String> = [], objectClitics: Set<String> = [], comparandHeads: Set<String> = [], locativeClitics: Set<String> = [], possessiveRelatives: Set<String> = [], groupPronouns: Set<String> = [], institutionPronouns: Set<String> = [], groupNouns: Set<String> = [],
                officePhrases: [(prefix: String, concept: String)] = [], indefiniteDeterminers: Set<String> = [],
                contrastiveAdverbs: Set<String> = [],
                // Nouns of sites a definite article makes the one the article named ("the airport",
                // « la base »): read only as the `siteNoun` word flag, like `groupPronouns`.
                siteReferenceNouns: Set<String> = []) {
        self.pairPrepositions = WordSet(pairPrepositions)
        self.invertedOnlyVerbs = WordSet(invertedOnlyVerbs)
        self.exclusionDeterminers = WordSet(exclusionDeterminers)
        self.destinationPrepositions = WordSet(destinationPrepositions)
        self.partnerPrepositions = WordSet(partnerPrepositions)
        self.placeRelatives = WordSet(placeRelatives)
        self.objectClitics = WordSet(objectClitics)
        self.comparandHeads = WordSet(comparandHeads)
        self.comparandFirstWords = WordSet(ExtractionLexicon.firstWords(Array(comparandHeads)))
        self.locativeClitics = WordSet(locativeClitics)
        self.possessiveRelatives = WordSet(possessiveRelatives)
        self.institutionPronouns = WordSet(institutionPronouns)
        self.groupNouns = WordSet(groupNouns)
        var offices = PhraseTable<String>()
        for (phrase, office) in officePhrases { offices.add(phrase, office) }
        self.officePhrases = offices
        self.indefiniteDeterminers = WordSet(indefiniteDeterminers)
        self.contrastiveAdverbs = WordSet(contrastiveAdverbs)
        self.territorialTitles = WordSet(territorialTitles)
        self.companyNouns = WordSet(companyNouns)
        self.figurePrepositions = WordSet(figurePrepositions)
        self.audienceNouns = WordSet(audienceNouns)
        self.negativePronouns = WordSet(negativePronouns)
        // Kept as written: folded, « é » would be the « e » of « annonce ».
        self.bareParticipleEndings = bareParticipleEndings
        var phrases = PhraseTable<String>()
        for (p, c) in eventPhrases { phrases.add(p, c) }
        self.eventPhrases = phrases
        self.levelPrepositions = WordSet(levelPrepositions)
        self.tallyNouns = WordSet(tallyNouns)
        self.planMarkers = WordSet(planMarkers)
        self.authorPrepositions = WordSet(authorPrepositions)
        self.reflexives = WordSet(reflexives)
        self.mediumNouns = WordSet(mediumNouns)
        self.localityWords = WordSet(localityWords)
        self.timeRelatives = WordSet(timeRelatives)
        self.relativeSubjects = WordSet(relativeSubjects)
        self.relationNouns = WordSet(relationNouns)
        self.nonStateNouns = WordSet(nonStateNouns)
        self.genitivePrepositions = WordSet(genitivePrepositions)
        self.nonEventPhrases = ExtractionLexicon.phraseTable(nonEventPhrases)
        let nonEventPhraseFirstWords = self.nonEventPhrases.firstWords.union(self.eventPhrases.firstWords)
        self.nonEventPhraseFirstWords = WordSet(nonEventPhraseFirstWords)
        self.adverbSuffixes = adverbSuffixes
        self.nameJoiners = WordSet(nameJoiners)
        self.clauseOpeners = WordSet(clauseOpeners)
        self.participleSuffixes = participleSuffixes
        self.notParticiples = WordSet(notParticiples)
        self.offsetWords = WordSet(offsetWords)
        self.afterWords = WordSet(afterWords)
        self.institutionAdjectiveEndings = institutionAdjectiveEndings
        self.capitalizedInstitutionHeads = WordSet(capitalizedInstitutionHeads)
        self.referringDeterminers = WordSet(referringDeterminers)
        self.locativePrepositions = WordSet(locativePrepositions)
        self.comparatives = WordSet(comparatives)
        self.comparisonWords = WordSet(comparisonWords)
        self.temporalSubordinators = WordSet(temporalSubordinators)
        self.nationalScope = WordSet(nationalScope)
        self.agencyWords = WordSet(agencyWords)
        self.litotes = WordSet(litotes)
        self.infinitiveMarkers = WordSet(infinitiveMarkers)
        self.territoryNouns = WordSet(territoryNouns)
        self.possessives = WordSet(possessives)
        self.language = language
        self.determiners = WordSet(determiners)
        self.stopwords = WordSet(stopwords)
        self.titles = WordSet(titles)
        self.sourceCues = sourceCues
        self.relayCues = relayCues
        self.citingCues = citingCues
        self.reportingVerbs = WordSet(reportingVerbs)
        self.auxiliaries = WordSet(auxiliaries)
        self.passiveAuxiliaries = WordSet(passiveAuxiliaries)
        self.agentPrepositions = WordSet(agentPrepositions)
        self.backReferences = backReferences
        self.speakerPronouns = WordSet(speakerPronouns)
        self.actorPronouns = WordSet(actorPronouns)
        self.sourceNouns = WordSet(sourceNouns)
        self.documentNouns = WordSet(documentNouns)
        self.negationOpeners = WordSet(negationOpeners)
        self.negationClosers = WordSet(negationClosers)
        self.negationWords = WordSet(negationWords)
        self.hedges = WordSet(hedges)
        self.hedgeSuffixes = hedgeSuffixes
        self.placePrepositions = WordSet(placePrepositions)
        self.organizationHeads = WordSet(organizationHeads)
        self.siteHeads = WordSet(siteHeads)
        self.countryWords = WordSet(countryWords)
        self.capitalWords = WordSet(capitalWords)
        self.notNames = WordSet(notNames)
        self.nameSuffixAdjectives = WordSet(nameSuffixAdjectives)
        self.actorNouns = WordSet(actorNouns)
        self.personModifierHeads = WordSet(personModifierHeads)
        self.articleEnd = articleEnd
        self.furniture = furniture
        self.clauseBreakers = WordSet(clauseBreakers)
        self.phraseEnders = WordSet(phraseEnders)
        self.relayVerbs = WordSet(relayVerbs)
        self.citingVerbs = WordSet(citingVerbs)
        self.recipientPrepositions = WordSet(recipientPrepositions)
        self.sourcePronouns = WordSet(sourcePronouns)
        self.sourceTitles = WordSet(sourceTitles)
        self.subjectIntroducers = WordSet(subjectIntroducers)
        self.subjectPronouns = WordSet(subjectPronouns)
        self.finiteVerbs = WordSet(finiteVerbs)
        self.complementizers = WordSet(complementizers)
        self.conditionals = WordSet(conditionals)
        self.clauseConjunctions = WordSet(clauseConjunctions)
        self.listSeparators = ExtractionLexicon.phraseTable(listSeparators)
        self.subsetMarkers = WordSet(subsetMarkers)
        self.contrastiveConjunctions = ExtractionLexicon.phraseTable(contrastiveConjunctions)
        self.spanPrepositions = WordSet(spanPrepositions)
        self.nounPrepositions = WordSet(nounPrepositions)
        self.countingDeterminers = WordSet(countingDeterminers)
        self.fillerAdverbs = WordSet(fillerAdverbs)
        self.eventStems = eventStems.sorted { $0.prefix.count > $1.prefix.count }
        var byPrefix: [String: String] = [:]
        for (p, c) in self.eventStems where byPrefix[p] == nil { byPrefix[p] = c }
        self.eventByPrefix = byPrefix
        self.eventTrie = AsciiPrefixTrie(byPrefix)
        self.eventPrefixLengths = Set(self.eventStems.map { $0.prefix.unicodeScalars.count }).sorted(by: >)
        self.contrastiveFirstWords = WordSet(self.contrastiveConjunctions.firstWords)
        let reportingPhraseFirstWords = ExtractionLexicon.firstWords(reportingVerbs.filter { $0.contains(" ") })
        self.reportingPhraseFirstWords = WordSet(reportingPhraseFirstWords)
        let hedgePhraseFirstWords = ExtractionLexicon.firstWords(hedges.filter { $0.contains(" ") })
        self.hedgePhraseFirstWords = WordSet(hedgePhraseFirstWords)
        let conditionalPhraseFirstWords = ExtractionLexicon.firstWords(conditionals.filter { $0.contains(" ") })
        self.conditionalPhraseFirstWords = WordSet(conditionalPhraseFirstWords)
        let nationalScopeFirstWords = ExtractionLexicon.firstWords(Array(nationalScope))
        self.nationalScopeFirstWords = WordSet(nationalScopeFirstWords)
        self.nameHeads = WordSet(organizationHeads.union(siteHeads))
        let negationScanWords = complementizers.union(conditionals).union(conditionalPhraseFirstWords).union(negativePronouns)
            .union(negationOpeners).union(negationClosers).union(negationWords).union(exclusionDeterminers.isEmpty ? [] : litotes)
        self.negationScanWords = WordSet(negationScanWords)
        func words(_ phrases: [String]) -> [[String]] { phrases.map { $0.split(separator: " ").map(String.init) } }
        self.interviewCueWords = words(interviewCues)
        self.sourceCueWords = words(sourceCues)
        self.citingCueWords = words(citingCues)
        self.relayCueWords = words(relayCues)
        let cueFirstWords = ExtractionLexicon.firstWords(sourceCues + citingCues + relayCues)
        self.cueFirstWords = WordSet(cueFirstWords)
        self.backReferenceFirstWords = WordSet(ExtractionLexicon.firstWords(backReferences))
        self.backReferenceWords = backReferences.map { $0.split(separator: " ").map(String.init) }
        self.furniturePrefixes = PhrasePrefixes(furniture)
        self.articleEndPrefixes = PhrasePrefixes(articleEnd)
        self.wordFlags = WordFlags.table([
            (stopwords, .stopword), (determiners, .determiner), (agentPrepositions, .agentPreposition),
            (personModifierHeads, .personModifierHead), (titles, .title), (actorPronouns, .actorPronoun),
            (territoryNouns, .territoryNoun), (countryWords, .countryWord), (nationalScopeFirstWords, .nationalScopeFirstWord),
            (passiveAuxiliaries, .passiveAuxiliary), (locativePrepositions, .locativePreposition), (sourceNouns, .sourceNoun),
            (offsetWords, .offsetWord), (referringDeterminers, .referringDeterminer),
            (capitalWords, .capitalWord), (negationScanWords, .negationScanWord), (hedges, .hedge),
            (hedgePhraseFirstWords, .hedgePhraseFirstWord),
            (cueFirstWords, .cueFirstWord), (reportingPhraseFirstWords, .reportingPhraseFirstWord),
            (reportingVerbs, .reportingVerb), (speakerPronouns, .speakerPronoun), (self.contrastiveConjunctions.firstWords, .contrastiveFirstWord),
            (clauseConjunctions, .clauseConjunction), (nonEventPhraseFirstWords, .nonEventPhraseFirstWord),
            (Set(clauseOpeners.map { ScalarClass.fold($0) }), .clauseOpenerFolded),
            (self.listSeparators.firstWords, .listSeparatorFirstWord), (figureVerbs, .figureVerb),
            (groupPronouns, .groupPronoun), (offices.firstWords, .officePhraseFirstWord),
            (siteReferenceNouns, .siteNoun),
        ])
    }

    /// The sets of `WordFlags` a folded word belongs to.
    /// The folded word is a conjugated verb the lexicon knows: an auxiliary (of the perfect or of
    /// the passive) or a finite verb. (Short words need their written form checked by the caller:
    /// « à » folds to the auxiliary "a".)
    public func isConjugated(_ word: String) -> Bool {
        auxiliaries.contains(word) || passiveAuxiliaries.contains(word) || finiteVerbs.contains(word)
    }

    public func flags(_ word: String) -> WordFlags {
        wordFlags[word] ?? []
    }

    /// The lexicon of a language; French for a language without one.
    public static func forLanguage(_ language: Language) -> ExtractionLexicon {
        registry[language] ?? french
    }

    static let registry: [Language: ExtractionLexicon] = [.french: french, .english: english]

    /// The concept a folded word evokes, if any: the longest listed prefix of the word.
    public func event(for word: String) -> String? {
        if let trie = eventTrie {
            let found = trie.longestPrefix(of: word)
            if found.answered { return found.value == Self.noEvent ? nil : found.value }
        }
        let scalars = word.unicodeScalars
        let n = scalars.count
        // Each prefix copied as the word's own UTF-8 bytes (a slice of scalars to String, inline
        // for short prefixes): decoding and re-encoding scalars cost more than the lookup.
        for length in eventPrefixLengths where length <= n {
            guard let end = scalars.index(scalars.startIndex, offsetBy: length, limitedBy: scalars.endIndex) else { continue }
            if let c = eventByPrefix[String(scalars[..<end])] { return c == Self.noEvent ? nil : c }
        }
        return nil
    }

    /// `event(for:)` when the prefix trie answers it in one walk (an ASCII word), else
    /// `answered` false: a caller may cache the slower answers and not these.
    func quickEvent(for word: String) -> (answered: Bool, value: String?) {
        guard let found = eventTrie?.longestPrefix(of: word) else { return (false, nil) }
        return found.value == Self.noEvent ? (found.answered, nil) : found
    }

    /// The concept of the event table's rows that stop a shorter prefix from matching a word
    /// that merely starts like it (« départem » in « département » is no departure).
    static let noEvent = "none"

    /// Folded phrases (words joined by spaces) as a table looked up at a token.
    static func phraseTable(_ phrases: [String]) -> PhraseTable<Bool> {
        var table = PhraseTable<Bool>()
        for p in phrases { table.add(p, true) }
        return table
    }

    /// First words of multi-word phrases, to test a token before matching a whole phrase.
    public static func firstWords(_ phrases: [String]) -> Set<String> {
        Set(phrases.compactMap { $0.split(separator: " ").first.map(String.init) })
    }
}

/// Helpers to build lexicons from tables.
enum Table {
    /// Folded words of a word list (one a line).
    static func set(_ table: String) -> Set<String> {
        Set(LexiconTable.words(table).map { ScalarClass.fold($0) })
    }

    /// `set`, with the forms a participle takes agreeing with a feminine object before it
    /// (« l'a estimée », « les a annoncées »): `ending` + each of `agreements`, for words written
    /// with `ending`. (Only forms no noun shares: « notés » would fold into « notes ».)
    static func set(_ table: String, participleEnding ending: String, agreements: [String]) -> Set<String> {
        var out = set(table)
        for w in LexiconTable.words(table) where w.hasSuffix(ending) && !w.contains(" ") {
            for a in agreements { out.insert(ScalarClass.fold(w + a)) }
        }
        return out
    }

    /// Words lowercased with their accents kept, for sets where folding would merge two words
    /// ("où" and "ou").
    static func exactSet(_ table: String) -> Set<String> {
        Set(LexiconTable.words(table).map { $0.lowercased() })
    }

    /// Folded multi-word phrases, tokens joined by one space, "l’agence" → "l' agence".
    static func phrases(_ table: String) -> [String] {
        LexiconTable.words(table).map(foldPhrase)
    }

    static func foldPhrase(_ p: String) -> String {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for s in p.unicodeScalars {
            if ScalarClass.isSpace(s) {
                if !cur.isEmpty { out.append(String(cur)); cur = String.UnicodeScalarView() }
            } else if ScalarClass.isApostrophe(s) {
                ScalarClass.appendFolded(s, to: &cur)
                let w = String(cur)
                if ["l'", "d'", "qu'", "n'", "s'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"].contains(w) {
                    out.append(w); cur = String.UnicodeScalarView()
                }
            } else if s == "," || s == "." {
                if !cur.isEmpty { out.append(String(cur)); cur = String.UnicodeScalarView() }
                out.append(String(s))
            } else {
                ScalarClass.appendFolded(s, to: &cur)
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out.joined(separator: " ")
    }

    /// "prefix | concept" rows.
    static func stems(_ table: String) -> [(prefix: String, concept: String)] {
        LexiconTable.rows(table).flatMap { row -> [(prefix: String, concept: String)] in
            guard row.count >= 2 else { return [] }
            return LexiconTable.list(row[1]).map { (ScalarClass.fold($0), row[0]) }
        }
    }
}
