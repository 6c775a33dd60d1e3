import Testing
import CorroborateCore
@testable import CorroborateExtraction

@Suite("Claims: which sentences assert facts, and their facets")
struct ClaimTests {
    @Test("page furniture and sub-headings give no claim")
    func furniture() {
        let a = analyze("""
        Le port a rouvert mardi après trois jours de grève.

        + Les dockers ont repris le travail +

        Leave a Reply

        Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
        """)
        #expect(a.claims.count == 1)
        #expect(a.claims.first?.text.hasPrefix("Le port a rouvert") == true)
    }

    @Test("when: the sentence's date, past-oriented weekdays", arguments: [
        ("Le convoi est arrivé à Lyon dimanche.", "2024-12-08"),
        ("Le convoi est arrivé à Lyon le 7 décembre.", "2024-12-07"),
        ("Le convoi est arrivé à Lyon hier.", "2024-12-08"),
        ("Le convoi est arrivé à Lyon dimanche et y restera jusqu’en janvier.", "2024-12-08"),
        ("Les manifestants étaient plus nombreux dimanche que le 1er décembre.", "2024-12-08"),
    ])
    func when(_ sentence: String, _ iso: String) {
        let a = analyze(sentence)
        #expect(a.claims.first?.when?.iso == iso)
    }

    @Test("where and who: places and actors")
    func whereWho() {
        let a = analyze("Bachar al-Assad est arrivé à Moscou avec sa famille. La Russie lui a accordé l’asile.")
        let c1 = claim(a, "arrivé à Moscou")
        #expect(c1?.who == ["Bachar al-Assad"])
        #expect(c1?.where == ["Moscou"])
        let c2 = claim(a, "accordé l’asile")
        #expect(c2?.who.contains("Russie") == true)
        #expect(c2?.who.contains("Bachar al-Assad") == true)
    }

    @Test("a described capital is a place: « la capitale russe » is Moscou")
    func describedCapital() {
        let a = analyze("Le dirigeant et sa famille sont arrivés dans la capitale russe dimanche.")
        #expect(a.claims.first?.where == ["Moscou"])
    }

    @Test("negation", arguments: [
        ("Le Kremlin n’a pas confirmé la présence du dirigeant.", true),
        ("Les autorités ne sont jamais revenues sur cette décision.", true),
        ("Le Kremlin a confirmé la présence du dirigeant.", false),
        ("Il ne reste que deux jours avant le vote.", false),
        // the negative word may lead, « ne » following
        ("Aucune victime n'est à déplorer, selon les pompiers.", true),
        ("Personne n'a été blessé dans l'effondrement.", true),
        ("Le préfet a précisé qu'aucun blessé n'avait été signalé.", true),
        ("La personne n'a pas été identifiée.", true),
        ("Une personne a été blessée dans l'incendie.", false),
    ])
    func negation(_ sentence: String, _ negated: Bool) {
        #expect(analyze(sentence).claims.first?.negated == negated)
    }

    @Test("English negation and denial", arguments: [
        ("The ministry did not confirm the figure.", true),
        ("The spokesman denied that the plane had landed.", true),
        ("The ministry confirmed the figure on Monday.", false),
        ("The spokesman said Moscow had nothing to do with the incident.", true),
        ("None of the passengers were injured.", true),
    ])
    func englishNegation(_ sentence: String, _ negated: Bool) {
        #expect(analyze(sentence, language: .english).claims.first?.negated == negated)
    }

    @Test("hedging: French conditional, reportedly", arguments: [
        ("Le dirigeant aurait quitté le pays dans la nuit.", Language.french, true),
        ("Le dirigeant a quitté le pays dans la nuit.", Language.french, false),
        ("The leader reportedly left the country overnight.", Language.english, true),
        ("The king may accept the resignation.", Language.english, true),
        // A month is no modal: "May 12", "in May".
        ("BRUSSELS, May 12 (Global Wire Service) - The prime minister resigned on Tuesday.", Language.english, false),
        ("The law was passed in May by parliament.", Language.english, false),
    ])
    func hedging(_ sentence: String, _ language: Language, _ hedged: Bool) {
        #expect(analyze(sentence, language: language).claims.first?.hedged == hedged)
    }

    @Test("numbers are attached with their unit")
    func numbers() {
        let a = analyze("La police a compté 12 000 manifestants à Lyon.")
        #expect(a.claims.first?.numbers.first?.value == 12000)
    }
}

@Suite("Claims: segmentation of real pages")
struct ClaimSegmentationTests {
    @Test("a line wrapped inside a sentence is one claim")
    func softWrap() {
        let a = analyze("Le comité a annoncé que les travaux du pont reprendraient\nlundi prochain dans le centre-ville.")
        #expect(a.claims.count == 1)
    }

    @Test("a short sentence with a figure and a verb is a claim; a dateline is not", arguments: [
        ("Turnout was 61.3%. The count went on overnight in Dakar.", Language.english, "Turnout was 61.3%."),
        ("La participation est de 61 %. Le dépouillement s'est poursuivi dans la nuit.", Language.french, "La participation est de 61 %."),
    ])
    func shortFigure(_ text: String, _ language: Language, _ first: String) {
        #expect(analyze(text, language: language).claims.first?.text == first)
    }

    @Test("a dateline line is no claim")
    func datelineLine() {
        let a = analyze("DAKAR, 9 décembre (APS).\n\nLe dépouillement s'est poursuivi dans la nuit à Dakar.")
        #expect(a.claims.count == 1)
        #expect(a.claims.first?.text.hasPrefix("Le dépouillement") == true)
    }

    @Test("questions give no claim")
    func questions() {
        let a = analyze("Où se trouve désormais le dirigeant déchu ? Le convoi est arrivé à Lyon dimanche.")
        #expect(a.claims.count == 1)
        #expect(a.claims.first?.text.hasPrefix("Le convoi") == true)
    }

    @Test("a sourced line without final punctuation is a claim, a bare heading is not")
    func sourcedHeading() {
        let a = analyze("Près de 20 000 manifestants à Lille, selon la CGT\n\nLa mobilisation reste forte\n\nLe cortège est parti à 14 heures de la place centrale.")
        #expect(claim(a, "20 000 manifestants")?.sources == ["CGT"])
        #expect(claim(a, "La mobilisation reste forte") == nil)
    }

    @Test("a quotation cut short at the end of a page is still text")
    func cutQuote() {
        let a = analyze("Le ministre a déclaré :\n\n« Nous sommes prêts. Nous appelons à la reprise des discussions sous l’")
        #expect(claim(a, "Nous appelons") != nil)
    }
}

@Suite("Negation: only the main assertion")
struct MainClauseNegationTests {
    @Test("a negation in a subordinate clause or a condition does not deny the claim; what a source says does", arguments: [
        ("Le ministère a indiqué que le pont n’était pas fermé.", Language.french, true),
        ("S’il n’y a pas de bilan officiel, la préfecture a compté 3 000 personnes.", Language.french, false),
        ("There is no official confirmation of the crash.", Language.english, true),
        ("The ministry said that there was no damage to the bridge.", Language.english, true),
        ("The bridge reopened on Monday after engineers found that the pillars were not damaged.", Language.english, false),
        // An aside between commas on the subject denies nothing of the claim; a relative clause
        // that ends the sentence is what it says of its name.
        ("Paul Girard, who has always denied wrongdoing, will appeal the ruling.", Language.english, false),
        ("M. Girard, qui n'a jamais reconnu les faits, va faire appel.", Language.french, false),
        ("Rescuers searched the boat, which was not found.", Language.english, true),
        // "never … better", « jamais … aussi proches »: a comparison at its height, no denial.
        ("Relations between the two countries have never been better.", Language.english, false),
        ("Nos deux pays n'ont jamais été aussi proches.", Language.french, false),
    ])
    func mainClause(_ sentence: String, _ language: Language, _ negated: Bool) {
        #expect(analyze(sentence, language: language).claims.first?.negated == negated)
    }

    @Test("a negation that affirms (litotes), doubts, or orders is no denial", arguments: [
        ("La mobilisation ne faiblit pas dans les grandes villes.", Language.french, false),
        ("Lyon n’est pas la seule ville à avoir manifesté jeudi.", Language.french, false),
        ("It was not clear where the convoy went on Sunday.", Language.english, false),
        ("The commander ordered his troops not to enter the city.", Language.english, false),
        ("The convoy did not go to Moscow.", Language.english, true),
        ("La mobilisation n’a pas eu lieu à Lyon.", Language.french, true),
        ("Le Premier ministre ne pouvait plus gouverner.", Language.french, true),
        // « ne … plus que » only restricts
        ("Il ne reste plus que trois jours avant le scrutin.", Language.french, false),
        // not ruling a thing out is allowing it
        ("Les autorités n'excluent pas que le bilan s'alourdisse.", Language.french, false),
        ("Rien ne pouvait empêcher la tenue du scrutin.", Language.french, false),
        ("Officials said a second collapse had not been ruled out.", Language.english, false),
        // « pas sans », "not without": a double negation affirms
        ("Ces frappes ne resteront pas sans réponse.", Language.french, false),
        ("The strikes will not go without a response.", Language.english, false),
        // « ne … que » is "only": what follows it is still the main clause
        ("L'Ukraine affirme ne viser que des cibles militaires et dément frapper des civils.", Language.french, true),
        ("Kiev affirme ne viser que des cibles militaires.", Language.french, false),
        // ruling out any of a thing denies it; not ruling it out allows it
        ("Le ministre a exclu tout paiement de rançon.", Language.french, true),
        ("The minister ruled out any ransom payment.", Language.english, true),
        ("Le ministre n'exclut pas tout recours à la force.", Language.french, false),
    ])
    func litotes(_ sentence: String, _ language: Language, _ negated: Bool) {
        #expect(analyze(sentence, language: language).claims.first?.negated == negated)
    }

    @Test("a quotation that makes the claim carries its negation", arguments: [
        ("« Le convoi n’est jamais arrivé à Lyon », a affirmé le maire.", Language.french, true),
        ("\"My departure was neither planned nor prepared,\" the statement said.", Language.english, true),
    ])
    func quotation(_ sentence: String, _ language: Language, _ negated: Bool) {
        #expect(analyze(sentence, language: language).claims.first?.negated == negated)
    }
}

@Suite("Claims: one per figure in a list")
struct FigureListTests {
    @Test("figures listed for several cities give one claim each, ranges stay whole")
    func cities() {
        let a = analyze("La mobilisation a progressé à Nantes (12 000 à 20 000 manifestants), Lille (8 000 à 15 000) ou Nice (4 500 selon la police).")
        #expect(a.claims.count == 3)
        #expect(claim(a, "Lille")?.numbers.map { $0.value } == [8000, 15000])
        #expect(claim(a, "Nice (4 500")?.sources == ["police"])
    }

    @Test("a part of a figure stays with it")
    func subset() {
        let a = analyze("Au total, 230 personnes ont été interpellées, dont 95 à Lyon.")
        #expect(a.claims.count == 1)
    }

    @Test("two figures joined by « ainsi que » are two claims")
    func twoFigures() {
        let a = analyze("La préfecture compte 310 interpellations, ainsi que 620 départs de feu dans la ville.")
        #expect(a.claims.count == 2)
    }
}

@Suite("Claims: a contrast set off by commas")
struct ContrastAdverbTests {
    @Test("an adverb of contrast between commas before a new subject opens a claim of its own, with its own actors and places", arguments: [
        ("On ignore quand Paul Girard a quitté le Pérou, toutefois, les combattants du Hamas sont entrés dans Lima dimanche.",
         Language.french, "sont entrés", ["Hamas"], ["Lima"]),
        ("It remains unknown when Paul Girard fled Peru, however, the rebels led by the Shining Path entered Lima early Sunday morning.",
         Language.english, "entered Lima", ["Shining Path"], ["Lima"]),
    ])
    func splits(_ text: String, _ language: Language, _ fragment: String, _ who: [String], _ places: [String]) {
        let a = analyze(text, language: language)
        #expect(a.claims.count == 2)
        #expect(claim(a, fragment)?.who == who)
        #expect(claim(a, fragment)?.where == places)
        #expect(a.claims.first?.who == ["Paul Girard"])
    }

    @Test("an adverb of contrast before the verb of its subject leaves the sentence one claim", arguments: [
        ("La décision du tribunal de Lyon, toutefois, a été vivement critiquée par les avocats.", Language.french),
        ("The ruling of the court in Lyon, however, was sharply criticized by the lawyers.", Language.english),
    ])
    func staysWhole(_ text: String, _ language: Language) {
        #expect(analyze(text, language: language).claims.count == 1)
    }
}
