import Testing
import CorroborateCore
@testable import CorroborateExtraction

/// When a claim without a date of its own happened: a tally that goes on from the news day's
/// account is that day's; a duration or an earlier date of the background gives nothing.
@Suite("Claims: the news day reaches the day's tallies")
struct ClaimWhenTests {
    // Published on Tuesday 2024-12-10: "lundi" is the 9th, the news day.
    static let french = """
    Des milliers de personnes ont manifesté lundi à Lyon contre la fermeture de l’usine.
    La police a interpellé 14 personnes, selon la préfecture.
    Les syndicats ont compté 12 000 manifestants.
    Le site emploie des ouvriers depuis 40 ans.
    """

    @Test("a count after the dated lead is the news day's; a duration is not", arguments: [
        ("14 personnes", "2024-12-09"),
        ("12 000 manifestants", "2024-12-09"),
        ("depuis 40 ans", nil),
    ])
    func french(_ fragment: String, _ iso: String?) {
        let a = analyze(Self.french, published: "2024-12-10")
        #expect(claim(a, fragment)?.when?.iso == iso)
    }

    @Test("a toll listed before the sentence gives the day is that day's, a bound toll too", arguments: [
        ("At least 12 people were killed and 45 injured when a bus overturned near Castelverde on Monday evening, the fire brigade said.",
         Language.english, "At least 12", "2024-12-09"),
        ("Au moins 30 personnes ont été arrêtées, et 12 policiers blessés lundi soir lors des heurts, a indiqué la préfecture.",
         Language.french, "Au moins 30", "2024-12-09"),
    ])
    func tollBeforeItsDay(_ text: String, _ language: Language, _ fragment: String, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        #expect(a.claims.count >= 2)
        #expect(claim(a, fragment)?.when?.iso == iso)
    }

    @Test("a reporting verb used reflexively is no statement: « un incendie s'est déclaré mardi soir » happened on Monday's eve, not on the day it was learnt")
    func reflexiveVerb() {
        let a = analyze("Un incendie s'est déclaré lundi soir dans une usine, a-t-on appris mardi de source préfectorale.", published: "2024-12-10")
        #expect(a.claims.first?.when?.iso == "2024-12-09")
    }

    @Test("English: the same, past-oriented from the publication day", arguments: [
        ("arrested 31", "2024-12-09"),
        ("for 20 years", nil),
    ])
    func english(_ fragment: String, _ iso: String?) {
        let text = """
        Thousands of workers marched in Leeds on Monday against the closure of the plant.
        Police arrested 31 people, the council said.
        The plant has run for 20 years.
        """
        let a = analyze(text, language: .english, published: "2024-12-10")
        #expect(claim(a, fragment)?.when?.iso == iso)
    }

    @Test("the day a tally is reported (« a fait état mardi », « said on Tuesday ») is not the day counted", arguments: [
        ("Des milliers de personnes ont manifesté lundi à Lyon. Le préfet a fait état mardi de 14 interpellations.", Language.french, "14 interpellations"),
        ("Thousands marched in Leeds on Monday. The council said on Tuesday that police arrested 31 people.", Language.english, "arrested 31"),
    ])
    func reportingDay(_ text: String, _ language: Language, _ fragment: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        #expect(claim(a, fragment)?.when?.iso == "2024-12-09")
    }

    @Test("a date of the background is not the news day: its tallies stay undated")
    func backgroundDate() {
        let text = """
        En 2015, la ville avait accueilli le sommet.
        Le sommet a réuni 40 délégations.
        """
        let a = analyze(text, published: "2024-12-10")
        #expect(claim(a, "40 délégations")?.when == nil)
    }

    @Test("a date in the dateline is the filing day: the fact is of the day the sentence gives")
    func datelineDate() {
        let a = analyze("MADRID, Oct 15 (Reuters) - A court on Wednesday sentenced the former mayor to five years in prison.",
                        language: .english, published: "2026-10-16")
        #expect(a.claims.first?.when?.iso == "2026-10-14")
    }

    @Test("a relative clause split off a dated clause is of its date, not the news day's", arguments: [
        ("Un séisme a frappé lundi la ville de Van. La région avait été touchée par les inondations de mars 2019, qui avaient fait 40 morts.",
         Language.french, "40 morts", "2019-03"),
        ("An earthquake struck the city of Van on Monday. The region was hit by the floods of March 2019, which killed 40 people.",
         Language.english, "killed 40", "2019-03"),
    ])
    func relativeOfDatedClause(_ text: String, _ language: Language, _ fragment: String, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        #expect(claim(a, fragment)?.when?.iso == iso)
    }

    @Test("a date after the report is a plan: the call for it was made on the news day")
    func plannedDate() {
        let text = """
        Des milliers de personnes ont manifesté lundi à Lyon contre la fermeture de l’usine.
        Les syndicats ont appelé à une nouvelle grève mardi 17 décembre.
        """
        let a = analyze(text, published: "2024-12-10")
        #expect(claim(a, "nouvelle grève")?.when?.iso == "2024-12-09")
    }

    @Test("a clause telling the plan itself is of the planned day; a past act beside the plan is the news day's", arguments: [
        ("Une campagne de vaccination doit débuter le 24 février à Goma, a précisé le ministre.", Language.french, "campagne", "2025-02-24"),
        ("A vaccination campaign is due to start in Goma on Feb. 25, he said.", Language.english, "campaign", "2025-02-25"),
        ("The president will be sworn in on February 28.", Language.english, "sworn", "2025-02-28"),
        ("La campagne, prévue le 24 février, a été reportée faute de doses.", Language.french, "reportée", "2025-02-17"),
        ("Les écoles de Goma resteront fermées jeudi.", Language.french, "écoles", "2025-02-20"),
        ("Schools in Goma will remain closed on Thursday.", Language.english, "Schools", "2025-02-20"),
        ("Le ministre de la Santé est attendu jeudi à Goma, selon la présidence.", Language.french, "attendu", "2025-02-20"),
        ("The health minister is expected in Goma on Thursday, the presidency said.", Language.english, "expected", "2025-02-20"),
        // the future seen from the past: "said it would hold", « qu'elle tiendrait »
        ("The bloc said it would hold a summit on Thursday.", Language.english, "summit", "2025-02-20"),
        ("Le bloc a annoncé qu'il tiendrait un sommet jeudi.", Language.french, "sommet", "2025-02-20"),
    ])
    func planOfItsDay(_ sentence: String, _ language: Language, _ anchor: String, _ iso: String) {
        let lead = language == .french ? "Le ministre a tenu une conférence de presse lundi à Kinshasa." : "The minister held a news conference in Kinshasa on Monday."
        let a = analyze(lead + "\n" + sentence, language: language, published: "2025-02-18")
        #expect(claim(a, anchor)?.when?.iso == iso)
    }

    @Test("a state that began on a date (« depuis 2015 », « since 2015 ») is dated by its start when the clause gives no other date", arguments: [
        ("La Russie est engagée militairement en Syrie depuis 2015.", Language.french, "2015"),
        ("Russia has been militarily engaged in Syria since 2015.", Language.english, "2015"),
        ("Depuis 2015, la Russie a frappé Alep le 3 mars.", Language.french, "2024-03-03"),
    ])
    func spanStart(_ text: String, _ language: Language, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        #expect(a.claims.first?.when?.iso == iso)
    }

    @Test("a clause going on about a happening of a day the article dated is that day's; a state of the background is not", arguments: [
        ("De nombreux incidents", "2024-12-09"),
        ("Le mouvement dure", nil),
    ])
    func dayHappening(_ fragment: String, _ iso: String?) {
        let text = """
        Des heurts ont éclaté lundi à Lyon entre la police et des manifestants.
        De nombreux incidents étaient toujours en cours dans la soirée.
        Le mouvement dure depuis des mois contre la réforme.
        """
        let a = analyze(text, published: "2024-12-10")
        #expect(claim(a, fragment)?.when?.iso == iso)
    }
}

@Suite("Claims: the day of the attribution reaches the clauses it governs")
struct AttributionDayTests {
    @Test("a clause cut off before the attribution that dates it (« …, ont rapporté dimanche les agences ») is of that day, as the clause holding it", arguments: [
        ("The former leader and his family are in Moscow and have been granted asylum, state media reported on Sunday.", Language.english, "are in Moscow"),
        ("L'ancien dirigeant et sa famille se trouvent à Moscou et ont obtenu l'asile, ont rapporté dimanche les agences russes.", Language.french, "se trouvent à Moscou"),
    ])
    func clauseBeforeAttribution(_ text: String, _ language: Language, _ fragment: String) throws {
        let a = analyze(text, language: language, published: "2024-12-10")
        let c = try #require(claim(a, fragment))
        #expect(!c.sources.isEmpty)
        #expect(c.when?.iso == "2024-12-08")
    }

    @Test("a clause of its own voice beside an attributed one takes no day from it")
    func ownVoice() throws {
        let a = analyze("The former leader fled the country. He is in Moscow, state media reported on Sunday.", language: .english, published: "2024-12-10")
        let c = try #require(claim(a, "fled the country"))
        #expect(c.when == nil)
    }
}

@Suite("Claims: a relative word standing for the date before it")
struct TimeRelativeTests {
    @Test("« le 2 décembre, où 48 000 personnes … », « on December 2, when 48 000 people … »: the clause happened that day", arguments: [
        ("La mobilisation est en hausse par rapport à la journée du 2 décembre, où 48 000 personnes avaient défilé à Lyon.", Language.french, "48 000", "2024-12-02"),
        ("Turnout rose compared with December 2, when 48 000 people had marched in Leeds.", Language.english, "48 000", "2024-12-02"),
    ])
    func antecedent(_ text: String, _ language: Language, _ fragment: String, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        // The relative clause is a claim of its own: the date is not its own words'.
        #expect(claim(a, fragment)?.text.contains("2") == false)
        #expect(claim(a, fragment)?.when?.iso == iso)
    }
}

@Suite("Claims: a sentence opening a duration before now")
struct EarlierPhraseTests {
    // Published on Tuesday 2024-12-10. The first article names the earlier day (the 3rd), the
    // second does not: the phrase is then dated a week before the report.
    @Test("« Une semaine après … (figures) », \"A week after …\": the phrase and its figures are that day's (the day the article names nearest, else a week before)", arguments: [
        ("Le 3 décembre, la mobilisation avait faibli. Une semaine après une journée en demi-teinte (20 000 manifestants selon la police, 90 000 selon les syndicats), les cortèges ont fait le plein à Lyon.",
         Language.french, "20 000", "2024-12-03"),
        ("Une semaine après une journée en demi-teinte (20 000 manifestants selon la police, 90 000 selon les syndicats), les cortèges ont fait le plein à Lyon.",
         Language.french, "20 000", "2024-12-03"),
        ("Turnout had dropped on December 4. A week after a lukewarm day (20,000 marchers according to police), crowds filled the streets of Leeds.",
         Language.english, "20,000", "2024-12-04"),
    ])
    func earlierPhrase(_ text: String, _ language: Language, _ fragment: String, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        let c = claim(a, fragment)
        #expect(c?.when?.iso == iso)
        #expect(c?.numbers.first?.countedOn?.iso == iso)
    }

    @Test("a duration that does not open its sentence, or that is not followed by an after-word, dates nothing", arguments: [
        ("Les cortèges ont fait le plein à Lyon une semaine après une journée en demi-teinte où 20 000 personnes avaient défilé.", Language.french, "20 000"),
        ("For a week, 20,000 people have marched in Leeds every evening.", Language.english, "20,000"),
    ])
    func notAnEarlierPhrase(_ text: String, _ language: Language, _ fragment: String) {
        let a = analyze(text, language: language, published: "2024-12-10")
        #expect(claim(a, fragment)?.numbers.first?.countedOn == nil)
    }
}

@Suite("Claims: a night told by its two days")
struct NightOfTwoDaysTests {
    // Published on Wednesday 2024-12-11: Monday is the 9th, Tuesday the 10th.
    @Test("« dans la nuit de lundi à mardi », \"overnight Monday to Tuesday\": the happening is dated by the day the night ended", arguments: [
        ("Un bateau a chaviré dans la nuit de lundi à mardi au large de la côte.", Language.french, "2024-12-10"),
        ("A boat capsized overnight Monday to Tuesday off the coast.", Language.english, "2024-12-10"),
        // One day alone keeps its own date.
        ("Un bateau a chaviré dans la nuit de lundi au large de la côte.", Language.french, "2024-12-09"),
    ])
    func nightOfTwoDays(_ text: String, _ language: Language, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-11")
        #expect(a.claims.first?.when?.iso == iso)
    }

    @Test("a toll of years (« une guerre qui a fait 500 000 morts en 13 ans ») is not the news day's tally")
    func tollOfYears() {
        let text = "Des rebelles sont entrés lundi dans la ville. La guerre a fait plus de 500 000 morts en 13 ans."
        let a = analyze(text, published: "2024-12-11")
        #expect(claim(a, "500 000")?.when == nil)
        #expect(claim(a, "entrés lundi")?.when?.iso == "2024-12-09")
    }

    @Test("a happening a span before another (\"two weeks after a stabbing in which two people were injured\") is not the news day's")
    func spanBefore() {
        let text = "Two people were injured in a knife attack on Monday. The attack comes two weeks after a similar stabbing in which two people were injured."
        let a = analyze(text, language: .english, published: "2024-12-11")
        #expect(claim(a, "two weeks after")?.when == nil)
        #expect(claim(a, "on Monday")?.when?.iso == "2024-12-09")
    }
}

/// A day a fact is compared with, and figures listed with their verb left out.
@Suite("Claims: compared days and listed figures")
struct ComparedDayTests {
    // Published on Wednesday 2024-12-11: "mardi" / "Tuesday" is the 10th, the news day.
    @Test("« identiques à ceux du 3 décembre », \"similar to those of December 3\": the day compared with is not the fact's; the fact is the news day's", arguments: [
        ("Mardi, 40 000 manifestants ont défilé à Lyon. Des chiffres quasiment identiques à ceux de la plus forte journée de mobilisation, le 3 décembre.",
         Language.french, "identiques", "2024-12-10"),
        ("Mardi, 40 000 manifestants ont défilé à Lyon. La mobilisation est restée en-deçà des sommets enregistrés lors des journées précédentes, surtout le 3 décembre.",
         Language.french, "en-deçà", "2024-12-10"),
        ("On Tuesday, 40,000 marchers filled the streets of Leeds. The figures were similar to those of the largest day of protest so far, December 3.",
         Language.english, "similar", "2024-12-10"),
    ])
    func comparedDay(_ text: String, _ language: Language, _ fragment: String, _ iso: String) {
        let a = analyze(text, language: language, published: "2024-12-11")
        #expect(claim(a, fragment)?.when?.iso == iso)
    }

    @Test("a date after a comparison word with a verb of its own between, or after a word that compares nothing (\"a similar attack\"), is the fact's")
    func notCompared() {
        let a = analyze("Les chiffres sont comparables à ceux que la préfecture a publiés, et les cortèges ont défilé le 3 décembre à Lyon.", published: "2024-12-11")
        #expect(claim(a, "3 décembre")?.when?.iso == "2024-12-03")
        let b = analyze("A similar attack on a hospital in Rennes on December 3 left two nurses injured.", language: .english, published: "2024-12-11")
        #expect(b.claims.first?.when?.iso == "2024-12-03")
    }

    @Test("a figure listed with its verb left out (« et près de 1,1 million selon le ministère ») goes on with the item before it: its day, its place, its kind of fact", arguments: [
        ("Mardi, les opposants étaient nombreux en France : 300 000 selon la CGT (dont 80 000 à Paris) et près de 90 000 selon la police.",
         Language.french, "près de 90 000", "2024-12-10", ["France"]),
        ("On Tuesday, marchers crowded the streets of Britain: 300,000 according to the unions and nearly 90,000 according to the police.",
         Language.english, "nearly 90,000", "2024-12-10", ["Britain"]),
    ])
    func listedFigure(_ text: String, _ language: Language, _ fragment: String, _ iso: String, _ places: [String]) {
        let a = analyze(text, language: language, published: "2024-12-11")
        let c = claim(a, fragment)
        #expect(c?.when?.iso == iso)
        #expect(c?.where == places)
        #expect(c?.events.isEmpty == false)
    }

    @Test("a source in brackets reaches no further than them: what follows is a clause of its own, not the source's")
    func bracketedSources() {
        let text = "Le 3 décembre, la mobilisation avait faibli. Une semaine après une journée en demi-teinte (20 000 manifestants selon la police, 90 000 selon les syndicats) et au lendemain du discours du Premier ministre, les cortèges ont fait le plein à Lyon."
        let a = analyze(text, published: "2024-12-10")
        #expect(claim(a, "90 000")?.when?.iso == "2024-12-03")
        #expect(claim(a, "90 000")?.text.contains("cortèges") == false)
        #expect(claim(a, "cortèges")?.sources == [])
    }
}
