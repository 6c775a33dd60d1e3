import Testing
import CorroborateCore
@testable import CorroborateExtraction

/// How a source spoke (a statement, a post on a platform) is not a second source, and the
/// platform is neither source nor actor.
@Suite("Attribution: the medium is not the source")
struct AttributionMediumTests {
    @Test("a statement or post of a named speaker is that speaker's", arguments: [
        ("The Mayor of Leeds, Tom Riley, said on Monday he had resigned. \"My departure was not planned,\" said a statement on his Telegram channel.",
         Language.english, "departure", ["Tom Riley"]),
        ("\"The port is open,\" the Harbour Authority wrote in a post on Telegram.", Language.english, "port is open", ["Harbour Authority"]),
        ("« Le port est ouvert », a écrit Tom Riley sur Telegram.", Language.french, "port est ouvert", ["Tom Riley"]),
    ])
    func statementOfSpeaker(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        let c = claim(analyze(text, language: language), fragment)
        #expect(c?.sources == sources)
        #expect(c?.who.contains("Telegram") == false)
    }

    @Test("a statement no one is named for stays the source")
    func anonymousStatement() {
        let c = analyze("The port reopened on Monday, a statement said.", language: .english).claims.first
        #expect(c?.sources.isEmpty == false)
    }

    @Test("a two-word reporting verb after its auxiliary: « a fait savoir »", arguments: [
        ("Le pouvoir russe a fait savoir que le convoi était arrivé à Moscou.", ["pouvoir russe"]),
        ("Le ministère a fait savoir que le convoi était arrivé à Lyon.", ["ministère"]),
    ])
    func twoWordVerb(_ text: String, _ sources: [String]) {
        #expect(analyze(text).claims.first?.sources == sources)
    }
}

@Suite("Attribution: an agency described rather than named")
struct AttributionDescribedAgencyTests {
    @Test("« Russian state news agency » is the one Russian agency the article names", arguments: [
        ("The convoy reached Moscow on Sunday, Russian state news agency reported. \"The convoy arrived,\" TASS said.", Language.english, "reached Moscow", ["TASS"]),
        ("Le convoi est arrivé à Moscou, a rapporté l’agence de presse russe. Selon Interfax, il transportait 40 camions.", Language.french, "arrivé à Moscou", ["Interfax"]),
    ])
    func oneAgency(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("several agencies, or two named, stay described")
    func several() {
        let a = analyze("Le convoi est arrivé à Moscou, ont rapporté les agences de presse russes. Selon Interfax, il transportait 40 camions.")
        #expect(claim(a, "arrivé à Moscou")?.sources == ["agences de presse russes"])
        let b = analyze("The convoy reached Moscow, Russian state news agency reported. TASS and Interfax said it carried 40 trucks.", language: .english)
        #expect(claim(b, "reached Moscow")?.sources.first?.contains("agency") == true)
    }
}

@Suite("Attribution: a reporting verb in a clause of time")
struct AttributionTemporalClauseTests {
    @Test("« after rebels claimed they seized the city » attributes nothing; « whereas the union counted » still does", arguments: [
        ("The governor fled the province after rebels claimed they had seized the capital.", Language.english, "governor fled", [String]()),
        ("Le gouverneur a fui la province après que les rebelles ont annoncé la prise de la ville.", Language.french, "gouverneur a fui", []),
        ("La police a compté 12 000 manifestants, tandis que la CGT en a revendiqué 30 000.", Language.french, "30 000", ["CGT"]),
    ])
    func temporal(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }
}

@Suite("Attribution: figures listed after one verb")
struct AttributionListTests {
    @Test("the verb that counts the first figure of a list counts the others")
    func listInherits() {
        let a = analyze("Le ministre de l’Intérieur Gérald Darmanin dénombre 455 interpellations, ainsi que 903 départs de feu.")
        #expect(claim(a, "903 départs")?.sources == ["Gérald Darmanin"])
    }

    @Test("a listed figure with its own subject and no verb is that subject's", arguments: [
        ("À Rouen, les syndicats ont compté 28 000 personnes et la préfecture 16 000.", Language.french, "16 000", ["préfecture"]),
        ("In Leeds, the unions counted 28,000 people and the police 16,000.", Language.english, "16,000", ["police"]),
    ])
    func gapped(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        let a = analyze(text, language: language)
        #expect(claim(a, fragment)?.sources == sources)
        #expect(claim(a, "28")?.sources.first?.contains("unions") == true || claim(a, "28")?.sources.first?.contains("syndicats") == true)
    }
}

@Suite("Attribution: back-references inside and across sentences")
struct AttributionBackReferenceTests {
    static let text = """
    Selon le ministère de l’Intérieur, 1,1 million de personnes ont manifesté jeudi, et 3,5 millions d’après la CGT.
    La mobilisation a battu un record à Lyon avec 30 000 manifestants selon le ministère, où 12 000 personnes avaient défilé la semaine précédente, selon la même source.
    """

    @Test("« selon le ministère » is the ministry alone, not the union quoted beside it before")
    func ministryAlone() {
        let a = analyze(Self.text)
        #expect(claim(a, "30 000")?.sources == ["ministère de l’Intérieur"])
    }

    @Test("« selon la même source » later in the sentence is the source just named in it")
    func sameSourceInSentence() {
        let a = analyze(Self.text)
        #expect(claim(a, "12 000")?.sources == ["ministère de l’Intérieur"])
    }
}

@Suite("Attribution: a document and its author")
struct AttributionDocumentAuthorTests {
    @Test("a toll or report « communiqué par » / « released by » someone is that author's", arguments: [
        ("L'incendie a fait 12 blessés, selon un bilan provisoire communiqué mardi par le Service national des secours.",
         Language.french, "12 blessés", ["Service national des secours"]),
        ("L'incendie a fait 12 blessés, selon un bilan publié par la préfecture du Nord.", Language.french, "12 blessés", ["préfecture du Nord"]),
        ("The fire injured 12 people, according to figures released on Tuesday by the Harbour Authority.",
         Language.english, "injured 12", ["Harbour Authority"]),
    ])
    func author(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("the agent of a passive after the verb's complement is the source; not an agent across another verb", arguments: [
        ("Le préjudice est estimé à 2,4 millions d'euros par la chambre régionale des comptes.", Language.french, "préjudice",
         ["chambre régionale des comptes"]),
        ("A plane took off as the capital was reported to have been taken by rebels.", Language.english, "plane took off", [String]()),
    ])
    func passiveAgent(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("a lawyer, a court speak for someone: \"his lawyer said\", « selon son avocat »", arguments: [
        ("The court sentenced the former mayor to four years in prison, his lawyer said.", Language.english, "four years", "lawyer"),
        ("L'ancien maire va faire appel, selon son avocat.", Language.french, "faire appel", "avocat"),
    ])
    func lawyer(_ text: String, _ language: Language, _ fragment: String, _ source: String) {
        #expect(claim(analyze(text, language: language), fragment)?.sources.first?.contains(source) == true)
    }

    @Test("« citée par » still makes a channel, not an author")
    func relayStays() {
        let c = claim(analyze("Le convoi est arrivé à Lyon, selon une source policière citée par l'AFP."), "arrivé à Lyon")
        #expect(c?.sources.contains("AFP") == true)
        #expect(c?.sources.contains("source policière") == true)
    }
}

@Suite("Attribution: where a speaker spoke is no channel")
struct AttributionPlaceOfSpeechTests {
    @Test("« told reporters in Quito », « told AFP in Lyon »: the place is neither source nor channel", arguments: [
        ("\"We will rebuild,\" Mayor Tom Riley told reporters in Leeds on Friday.", "rebuild", ["Tom Riley"]),
        ("\"We will rebuild,\" Mayor Tom Riley told AFP in Leeds.", "rebuild", ["Tom Riley", "AFP"]),
        // The country whose institution speaks is no source of its own.
        ("The recorders will be sent to France, Nepal's Civil Aviation Authority said.", "recorders", ["Civil Aviation Authority"]),
    ])
    func place(_ text: String, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: .english), fragment)?.sources == sources)
    }
}

@Suite("Attribution: the subject before a clause of its own")
struct AttributionSubjectBeforeClauseTests {
    @Test("a relative or participial clause between the subject and « said »; « said in a statement » names no speaker", arguments: [
        ("A source familiar with the talks, speaking on condition of anonymity, said negotiations had collapsed.", "negotiations", ["source familiar with the talks"]),
        ("The Harbour Employers Alliance, which represents shipping lines, said in a statement that it had offered a raise.", "offered a raise",
         ["Harbour Employers Alliance"]),
    ])
    func subject(_ text: String, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: .english), fragment)?.sources == sources)
    }

    @Test("\"the commission said\", « a indiqué le comité »: an institution's common noun is a source")
    func institutionNoun() {
        #expect(claim(analyze("Awa Ba has 35.2% of the vote, the commission said.", language: .english), "35.2%")?.sources == ["commission"])
        #expect(claim(analyze("Le scrutin a été reporté, a indiqué le comité."), "scrutin")?.sources == ["comité"])
    }

    @Test("« une source aux agences TASS et Ria Novosti » after « selon des sources au Kremlin »: the Kremlin's source, the agencies carried it")
    func sourceOfEarlierPlace() {
        let a = analyze("Le dirigeant s'est installé à Moscou, selon des sources au Kremlin. « Le dirigeant est arrivé à Moscou », a précisé une source aux agences TASS et Ria Novosti.")
        #expect(claim(a, "est arrivé")?.sources == ["Kremlin", "TASS", "Ria Novosti"])
    }

    @Test("agencies only told something name no channel (« a fait savoir aux principales agences du pays »); agencies that report it do", arguments: [
        ("Le gouvernement a fait savoir aux principales agences d'information du pays que le dirigeant était arrivé.", Language.french, "dirigeant", ["gouvernement"]),
        ("The minister said to news agencies that the talks had resumed.", Language.english, "talks", ["minister"]),
        ("Le dirigeant est arrivé à Moscou, ont rapporté les agences de presse russes.", Language.french, "dirigeant", ["agences de presse russes"]),
    ])
    func toldAgencies(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) throws {
        let c = try #require(claim(analyze(text, language: language), fragment))
        #expect(c.sources == sources)
    }

    @Test("« la porte-parole Anne Morel » is Anne Morel, not the source quoted before")
    func titledName() {
        let a = analyze("Selon l'agence Bloomberg, l'armateur aurait proposé une hausse. La mairie n'a pas souhaité réagir, a indiqué la porte-parole Anne Morel.")
        #expect(claim(a, "mairie")?.sources == ["Anne Morel"])
    }

    @Test("« a fait savoir sur Telegram le représentant … »: the speaker after where it was said")
    func speakerAfterMedium() {
        let a = analyze("Le port a rouvert, a fait savoir sur Telegram le représentant de la ville, Paul Girard.")
        #expect(claim(a, "port a rouvert")?.sources == ["Paul Girard"])
    }
}

@Suite("Attribution: who said nothing, who launched rather than said")
struct AttributionSilentSpeakerTests {
    @Test("« n'a pas réagi », \"did not comment\": no source; the one who kept silent is the actor", arguments: [
        ("Les autorités ukrainiennes n'ont pas réagi.", Language.french, "réagi", "Ukraine"),
        ("Kiev n'a pas commenté l'attaque sur Belgorod.", .french, "commenté", "Kiev"),
        ("The Kremlin did not say whether the talks would resume.", .english, "talks", "Kremlin"),
    ])
    func silent(_ text: String, _ language: Language, _ fragment: String, _ actor: String) {
        let c = claim(analyze(text, language: language), fragment)
        #expect(c?.sources == [])
        #expect(c?.who.contains(actor) == true)
        #expect(c?.negated == true)
    }

    @Test("\"… and the source did not say …\": the silent clause is a claim of its own, credited to no one")
    func silentClause() {
        let a = analyze("Some war bloggers said the situation around the bases was tense and the source did not say how long the guarantee would last.",
                        language: .english)
        #expect(claim(a, "bases was tense")?.sources == ["war bloggers"])
        #expect(claim(a, "guarantee would last")?.sources == [])
    }

    @Test("« la Russie avait lancé 65 drones »: launching, not saying; « a lancé » after a quotation or before a colon still reports")
    func launch() {
        let a = analyze("L'armée de l'air a affirmé de son côté que la Russie avait lancé 65 drones dans la nuit.")
        #expect(claim(a, "65 drones")?.sources == ["armée de l'air"])
        #expect(claim(a, "65 drones")?.who.contains("Russie") == true)
        let b = analyze("« Nous ne céderons pas », a lancé un syndicaliste devant la foule. Le porte-parole Paul Girard a lancé : « Nous reconstruirons ».")
        #expect(claim(b, "céderons")?.sources == ["un syndicaliste"])
        #expect(claim(b, "reconstruirons")?.sources == ["Paul Girard"])
    }

    @Test("\"Ukraine's air force said\": an air force, a navy speak as a military does", arguments: [
        ("Ukraine's air force said 51 drones were shot down.", "Ukraine's air force"),
        ("The Ukrainian navy said two vessels were hit.", "Ukrainian navy"),
    ])
    func force(_ text: String, _ source: String) {
        #expect(analyze(text, language: .english).claims.first?.sources == [source])
    }
}

@Suite("Attribution: a coup's statements")
struct AttributionStatementTests {
    @Test("the dash closing a dateline opens no source's name")
    func datelineDash() {
        let a = analyze("BISSAU, Sept 16 (Wire) - Soldiers in Guinea-Bissau said on Wednesday they had seized power.", language: .english)
        #expect(claim(a, "seized power")?.sources == ["Soldiers in Guinea-Bissau"])
    }

    @Test("\"X, who read the statement, said the army had acted\": what follows the verb is what was said")
    func saidClause() {
        let a = analyze("Colonel Dinis Mendes, who read the statement, said the army had acted to prevent chaos.", language: .english)
        #expect(claim(a, "army had acted")?.sources == ["Dinis Mendes"])
    }

    @Test("« un « Conseil national de restauration » a annoncé »: a name in quotation marks is the subject")
    func quotedName() {
        let a = analyze("Dans une déclaration lue à la télévision, un « Conseil national de restauration » a annoncé la dissolution du gouvernement.")
        #expect(claim(a, "dissolution")?.sources == ["Conseil national de restauration"])
    }

    @Test("« a indiqué à notre journal un proche de la famille »: the recipient, then the speaker; a junta speaks", arguments: [
        ("Le président est détenu dans une caserne, a indiqué à notre journal un proche de la famille.", Language.french, "caserne", "proche de la famille"),
        ("La junte a démenti toute implication étrangère dans le putsch.", .french, "implication", "junte"),
        ("The junta said the borders would reopen on Monday.", .english, "borders", "junta"),
    ])
    func speaker(_ text: String, _ language: Language, _ fragment: String, _ source: String) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == [source])
    }

    @Test("« et qu'il n'avait pas démissionné »: a second « que » goes on with what was said, its negation too")
    func secondThat() {
        let a = analyze("Un conseiller a assuré à l'AFP que le président était sain et sauf et qu'il n'avait pas démissionné.")
        #expect(claim(a, "démissionné")?.negated == true)
    }
}
