import Testing
import CorroborateCore
@testable import CorroborateExtraction

@Suite("Attribution: who each claim comes from")
struct AttributionTests {
    @Test("French source phrases: selon, d’après, with a relay", arguments: [
        ("Le convoi a quitté la ville vers midi, selon l’agence Reuters.", ["Reuters"]),
        ("Selon Sky News, des habitants ont fui le quartier.", ["Sky News"]),
        ("D’après l’AFP, le pont a été détruit dans la nuit.", ["AFP"]),
        ("Le ministre est arrivé à Paris, selon une source du Kremlin citée par l’agence TASS.", ["Kremlin", "TASS"]),
    ])
    func frenchCues(_ sentence: String, _ sources: [String]) {
        let a = analyze(sentence)
        #expect(a.claims.first?.sources == sources)
    }

    @Test("French reporting verbs, subject first or inverted")
    func frenchVerbs() {
        let a = analyze("Le président a quitté le pays, a indiqué une source du Kremlin à l’agence de presse TASS. Le ministère de l’Intérieur a compté 12 000 manifestants à Lyon.")
        #expect(claim(a, "quitté le pays")?.sources == ["Kremlin", "TASS"])
        #expect(claim(a, "12 000")?.sources.first?.contains("ministère de l’Intérieur") == true)
    }

    @Test("a town neither says nor counts: the figure is of the place, a capital speaks for its state", arguments: [
        ("Marseille a compté 12 000 manifestants selon la préfecture.", Language.french, ["préfecture"], ["Marseille"]),
        ("Manchester counted 20,000 marchers, police said.", Language.english, ["police"], ["Manchester"]),
        ("Moscou a annoncé la fermeture de son ambassade.", Language.french, ["Moscou"], [String]()),
    ])
    func townIsNoSource(_ sentence: String, _ language: Language, _ sources: [String], _ places: [String]) {
        let c = analyze(sentence, language: language).claims.first
        #expect(c?.sources == sources)
        #expect(c?.where == places)
    }

    @Test("« a confié » inverted after a quote names its speaker; « a confié à » its recipient", arguments: [
        ("« Il y a un regain de la mobilisation », a confié Laurent Berger, secrétaire général de la CFDT.", ["Laurent Berger"]),
        ("« Le cortège était plus long », a confié à l’AFP Sophie Binet.", ["Sophie Binet", "AFP"]),
    ])
    func confided(_ sentence: String, _ sources: [String]) {
        #expect(analyze(sentence).claims.first?.sources == sources)
    }

    @Test("a generic source joined to a named one is a source too: « Interfax and state media quoted »")
    func namedAndGeneric() {
        let a = analyze("\"The minister has arrived in Paris,\" Interfax and state media quoted the Kremlin source as saying.", language: .english)
        #expect(a.claims.first?.sources == ["Kremlin", "Interfax", "state media"])
    }

    @Test("the one who issued a statement is its source, a time between them or not", arguments: [
        ("Russia's Foreign Ministry released a statement earlier on Sunday saying that the minister had left the country.", Language.english, "Foreign Ministry"),
        ("The Interior Ministry issued a statement saying 40 people were arrested.", Language.english, "Interior Ministry"),
        ("Le ministère de l'Intérieur a publié dimanche soir un communiqué indiquant que 40 personnes ont été interpellées.", Language.french, "ministère de l'Intérieur"),
    ])
    func statementIssuer(_ sentence: String, _ language: Language, _ source: String) {
        #expect(analyze(sentence, language: language).claims.first?.sources.first?.contains(source) == true)
    }

    @Test("an adverb before the verb stays in the verb group, after a relative clause too", arguments: [
        ("The rebels, who began an offensive on October 27, quickly announced they had toppled the mayor.", Language.english, ["rebels"]),
        ("Les rebelles, qui avaient lancé leur offensive le 27 novembre, ont rapidement annoncé la chute de la ville.", Language.french, ["rebelles"]),
    ])
    func adverbInGroup(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("what was said, opened by its subject pronoun, is no source though it ends on a source noun", arguments: [
        ("The rebels, who began an offensive on October 27, quickly announced they had seized the ministry.", Language.english, ["rebels"]),
        ("The rebels announced they had arrested the prefect.", Language.english, ["rebels"]),
    ])
    func saidClauseIsNoSource(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("an apposition singling out names of the subject adds them: « notamment », « including »", arguments: [
        ("La presse russe, notamment l’agence RIA, a confirmé que les autorités étaient en contact avec l’opposition.", Language.french, ["presse russe", "RIA"]),
        ("Russian media, including the TASS agency, reported that the minister had left.", Language.english, ["Russian media", "TASS"]),
    ])
    func inclusion(_ sentence: String, _ language: Language, _ sources: [String]) {
        let got = analyze(sentence, language: language).claims.first?.sources ?? []
        #expect(got.count == sources.count)
        for (g, s) in zip(got, sources) { #expect(g.contains(s)) }
    }

    @Test("« selon lui », « according to him »: the last speaker", arguments: [
        ("« Il est à Moscou », a glissé Joe Biden. Selon lui, le ministre devra rendre des comptes.", Language.french, "rendre des comptes"),
        ("\"He is in Moscow,\" Joe Biden said. According to him, the minister will be held to account.", Language.english, "held to account"),
    ])
    func pronounSource(_ text: String, _ language: Language, _ fragment: String) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == ["Joe Biden"])
    }

    @Test("a clause saying only who says it is no claim; its source goes to the clause it introduces", arguments: [
        ("CNN reported that rebel forces in Syria have declared Damascus free, claiming the president has fled the capital, according to a statement on Sunday.", Language.english, "CNN"),
    ])
    func emptyClause(_ sentence: String, _ language: Language, _ source: String) {
        let claims = analyze(sentence, language: language).claims
        #expect(claims.count == 1)
        #expect(claims.first?.sources.first == source)
    }

    @Test("a « Source: » line is no claim; it attributes the quotation that follows it")
    func sourceLabel() {
        let text = "The minister left the capital on Sunday, Russian agencies reported.\n\nSource: TASS and RIA Novosti, citing a Kremlin source\n\nQuote: \"The minister has arrived in Moscow with his family. He was granted a visa.\""
        let a = analyze(text, language: .english)
        #expect(!a.claims.contains { $0.text.hasPrefix("Source:") })
        #expect(claim(a, "has arrived")?.sources == ["Kremlin", "TASS", "RIA Novosti"])
    }

    @Test("a bare conjunction between clauses is no claim")
    func bareConjunction() {
        let a = analyze("À Rouen, la préfecture a dénombré 14 800 manifestants, un record, tandis que la CGT en a revendiqué 23 000.")
        #expect(!a.claims.contains { $0.text == "tandis que" || $0.text == "tandis que " })
        #expect(a.claims.contains { $0.text.contains("23 000") && $0.sources == ["CGT"] })
    }

    @Test("a back-reference takes the last source")
    func backReference() {
        let a = analyze("Le navire est arrivé au port mardi, a indiqué une source du Kremlin à l’agence TASS. « Le navire et son équipage sont arrivés à Tartous. Ils sont en sécurité », a précisé la même source.")
        #expect(claim(a, "Ils sont en sécurité")?.sources == ["Kremlin", "TASS"])
        // The quote's first sentence is covered by the speaker named after the quote.
        #expect(claim(a, "Le navire et son équipage")?.sources == ["Kremlin", "TASS"])
    }

    @Test("the attribution covers its own sentence, not the paragraph")
    func scope() {
        let a = analyze("Le gouvernement est tombé dimanche. Des habitants ont célébré dans les rues, selon Sky News.")
        #expect(claim(a, "Le gouvernement est tombé")?.sources == [])
        #expect(claim(a, "célébré")?.sources == ["Sky News"])
    }

    @Test("generic sources keep a short name")
    func generic() {
        let a = analyze("Le dirigeant déchu est à Moscou, ont confirmé les médias d’État russes.")
        #expect(a.claims.first?.sources == ["médias d’État russes"])
    }

    @Test("services and institutions speak as sources: firefighters, health authorities, operators, prosecutors", arguments: [
        ("Trois personnes ont été blessées dans l'incendie, ont annoncé les pompiers.", Language.french, "pompiers"),
        ("Le bilan s'élève à neuf morts, a indiqué l'autorité sanitaire régionale.", Language.french, "autorité sanitaire régionale"),
        ("Le suspect a été placé en garde à vue, a précisé le parquet.", Language.french, "parquet"),
        ("Two people were hurt in the blaze, the fire brigade said.", Language.english, "fire brigade"),
        ("The line had been inspected in May, the rail operator said.", Language.english, "rail operator"),
        ("The toll has risen to nine, the regional health authority said on Thursday.", Language.english, "regional health authority"),
        ("Four firefighters suffered minor injuries, according to the fire service.", Language.english, "fire service"),
        ("More than 1,000 firefighters were battling the blaze, the fire service said in a statement.", Language.english, "fire service"),
        ("The road was closed overnight, the highways department said.", Language.english, "highways department"),
        ("Le bilan est de deux blessés, a souligné le préfet.", Language.french, "préfet"),
        ("La circulation a été rétablie, a annoncé la direction des routes.", Language.french, "direction des routes"),
    ])
    func servicesSpeak(_ sentence: String, _ language: Language, _ source: String) {
        #expect(analyze(sentence, language: language).claims.first?.sources == [source])
    }

    @Test("a title alone: the last speaker quoted with that title, else the title itself; a title in apposition before the name counts")
    func titleAlone() {
        let a = analyze("""
        The convoy carried 120 tonnes of flour, the agency's spokesperson, Jane Doe, told The Associated Press.
        The minister said talks would resume next week.
        Speaking to reporters in Brussels, the commissioner said the fine would be appealed.
        The spokesperson added that a second convoy was ready.
        """, language: .english)
        #expect(claim(a, "talks would resume")?.sources == ["minister"])
        #expect(claim(a, "fine would be appealed")?.sources == ["commissioner"])
        #expect(claim(a, "second convoy")?.sources == ["Jane Doe", "The Associated Press"])
    }

    @Test("a title stands for a person the article gave that title, anywhere; not for one it never titled")
    func titleGivenAnywhere() {
        let a = analyze("""
        Le ministre français de la Santé Paul Girard a fait état vendredi de 36 hospitalisations.
        « Je reste confiant », a déclaré à l'AFP Paul Girard.
        Le ministre a affirmé en outre que 12 lits avaient été ajoutés.
        « Je pars la tête haute », a déclaré à l'AFP Bruno Marchal, 58 ans.
        Dans un entretien au Monde, la Première ministre a salué un grand serviteur de l'État.
        """)
        #expect(claim(a, "12 lits")?.sources.first == "Paul Girard")
        #expect(claim(a, "grand serviteur")?.sources == ["Première ministre", "Le Monde"])
    }

    @Test("the medium a speaker spoke to carries what they said: « Invité de la chaîne LCI », \"In an interview with CNN\"", arguments: [
        ("Invité de la chaîne LCI, le ministre de l'Industrie a affirmé que 40 usines avaient fermé.", Language.french, ["ministre de l'Industrie", "LCI"]),
        ("In an interview with CNN, Prime Minister John Smith said talks would resume.", Language.english, ["John Smith", "CNN"]),
    ])
    func interviewMedium(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("what images show is theirs: « Des vidéos montrent … », « Des images satellite montraient … », \"Footage shows …\"", arguments: [
        ("Des vidéos montrent des habitants fuyant le quartier.", Language.french, ["vidéos"]),
        ("Des images satellite montraient la base désertée.", Language.french, ["images satellite"]),
        ("Footage shows soldiers leaving the base on Sunday.", Language.english, ["Footage"]),
        ("Satellite imagery showed the base deserted.", Language.english, ["Satellite imagery"]),
        ("L’imagerie satellite montre la base désertée.", Language.french, ["imagerie satellite"]),
    ])
    func imagesShow(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("entourages, advisers and polls speak as sources", arguments: [
        ("Le ministre a présenté sa démission lundi soir, selon son entourage.", Language.french, ["entourage"]),
        ("Son successeur sera nommé vendredi, a indiqué un conseiller de l'exécutif.", Language.french, ["conseiller de l'exécutif"]),
        ("The minister resigned on Monday evening, aides said.", Language.english, ["aides"]),
    ])
    func entourage(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("a tally's author is its source, an adjective after the tally or not: « selon un nouveau bilan de la préfecture », « un bilan provisoire des autorités », \"figures from the interior ministry\"", arguments: [
        ("Selon un nouveau bilan de la préfecture, le feu a parcouru 4 200 hectares.", Language.french, ["préfecture"]),
        ("Selon les chiffres de la police, 12 000 personnes ont défilé.", Language.french, ["police"]),
        ("Selon le dernier bilan des pompiers, trois personnes ont été blessées.", Language.french, ["pompiers"]),
        ("Le séisme a fait au moins 14 morts, selon un bilan provisoire des autorités locales.", Language.french, ["autorités locales"]),
        ("According to a provisional toll from local authorities, 14 people were killed.", Language.english, ["local authorities"]),
        ("According to a new toll from the prefecture, the fire has burned 4,200 hectares.", Language.english, ["prefecture"]),
        ("According to figures from the interior ministry, 12,000 people marched.", Language.english, ["interior ministry"]),
    ])
    func tallyAuthor(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("« de source X », « a-t-on appris auprès de X », a medium noun before an outlet's name", arguments: [
        ("Un incendie s'est déclaré dans une usine, a-t-on appris de source préfectorale.", Language.french, ["source préfectorale"]),
        ("Le bilan s'élève à trois blessés, de source policière.", Language.french, ["source policière"]),
        ("Deux suspects ont été interpellés, a-t-on appris auprès du parquet.", Language.french, ["parquet"]),
        ("D'après le quotidien Paris-Normandie, l'usine avait été mise en demeure.", Language.french, ["Paris-Normandie"]),
        ("The plant had been warned twice, the daily Kathimerini reported.", Language.english, ["Kathimerini"]),
    ])
    func frenchSourcePhrases(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("a name in brackets after a long institution's name is that institution: « le Service départemental d'incendie et de secours (SDIS) »")
    func bracketedAfterLongName() {
        let a = analyze("Le feu a été maîtrisé au petit matin, selon le Service départemental d'incendie et de secours (SDIS).")
        #expect(a.claims.first?.sources == ["SDIS"])
    }

    @Test("« it said » goes on with the institution that spoke last")
    func itSaid() {
        let a = analyze("The toll has risen to nine, the regional health authority said. Two of the injured died overnight, it said.", language: .english)
        #expect(claim(a, "died overnight")?.sources == ["regional health authority"])
    }

    @Test("« l'agence », \"the agency\": the news agency named last", arguments: [
        ("L'agence de presse turque Anadolu a révélé que le ministre est arrivé à Genève. Lundi, l'agence a indiqué que la Suisse lui avait accordé un visa.", Language.french, "la Suisse", ["Anadolu"]),
        ("Anadolu reported on Monday that the minister had arrived in Geneva. The agency said Switzerland had granted him a visa.", Language.english, "Switzerland", ["Anadolu"]),
    ])
    func theAgency(_ text: String, _ language: Language, _ anchor: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), anchor)?.sources == sources)
    }

    @Test("« l'agence a cité une source … affirmant que »: the source cited, through the agency; « elle » next is the agency")
    func citedAsSaying() {
        let a = analyze("L'agence de presse turque Anadolu a révélé que le ministre est arrivé à Genève. Lundi, l'agence a cité une source de la présidence suisse (le Conseil fédéral) affirmant que la Suisse lui avait accordé un visa. Elle a noté que le ministre était arrivé avec sa délégation.")
        #expect(claim(a, "accordé un visa")?.sources == ["Conseil fédéral", "Anadolu"])
        #expect(claim(a, "sa délégation")?.sources == ["Anadolu"])
    }

    @Test("a dateline's agency in brackets is not the subject: \"PARIS (Wire) - X said\"")
    func datelineAgencyNotSubject() {
        let a = analyze("GENEVA, March 3 (Anadolu) - Swiss carmaker Velotec said on Monday it would close its plant in Basel.", language: .english, published: "2026-03-03")
        #expect(a.claims.first?.sources.contains("Anadolu") == false)
    }

    @Test("\"the officials\" back to officials who told a medium still speak through it; « le ministère » back to a ministry quoted beside another source is that ministry alone", arguments: [
        ("Two officials told Reuters that the convoy had crossed the border. The officials cautioned that no deal had been signed.", Language.english, "no deal", ["Two officials", "Reuters"]),
        ("Selon le ministère de l'Intérieur, 5 000 personnes ont défilé, 20 000 d'après la CGT. Le ministère a ajouté que 12 personnes avaient été interpellées.", Language.french, "interpellées", ["ministère de l'Intérieur"]),
    ])
    func definiteBackReference(_ text: String, _ language: Language, _ anchor: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), anchor)?.sources == sources)
    }

    @Test("a bare document beside who issued or carried it names no source of its own; alone it is the source", arguments: [
        ("Reuters reported that the rebels have declared the city free, according to a statement on Sunday.", Language.english, "declared the city free", ["Reuters", "rebels"]),
        ("The city is free, according to a statement.", Language.english, "The city is free", ["a statement"]),
    ])
    func bareDocument(_ text: String, _ language: Language, _ anchor: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), anchor)?.sources == sources)
    }

    @Test("two sources sharing a verb stay two after one of them was quoted: « les forces de l'ordre et les syndicats ont annoncé », \"police and unions said\"", arguments: [
        ("Le cortège a été massif, selon les syndicats. À Lyon, les forces de l'ordre et les syndicats ont annoncé 19 000 et 80 000 manifestants.", Language.french, "19 000", ["forces de l'ordre", "syndicats"]),
        ("Turnout was high, the unions said. In Leeds, the police and the unions counted 4,000 and 9,000 marchers.", Language.english, "4,000", ["police", "unions"]),
    ])
    func twoSourcesAfterOne(_ text: String, _ language: Language, _ anchor: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), anchor)?.sources == sources)
    }

    @Test("an object pronoun before the verb and a participle agreeing with it keep the subject the source: « la direction l'a estimée à 40 % »", arguments: [
        ("Le syndicat a revendiqué une participation de 65 %, tandis que la direction l'a estimée à 40 %.", "40 %", ["direction"]),
        ("La préfecture a publié les chiffres de la journée : la police les a annoncées à midi.", "midi", ["police"]),
    ])
    func objectCliticAndAgreement(_ text: String, _ anchor: String, _ sources: [String]) {
        #expect(claim(analyze(text), anchor)?.sources == sources)
    }

    @Test("English: according to, said, told")
    func english() {
        let a = analyze("""
        The ship reached the port on Tuesday, according to Reuters. Russian President Vladimir Putin approved the request, Kremlin spokesperson Dmitry Peskov told reporters on Monday. "We are safe now. The crew is well," the captain said.
        """, language: .english)
        #expect(claim(a, "reached the port")?.sources == ["Reuters"])
        #expect(claim(a, "approved the request")?.sources == ["Dmitry Peskov"])
        #expect(claim(a, "We are safe now")?.sources.isEmpty == false)
    }
}

@Suite("Attribution: clauses with different sources")
struct ClauseAttributionTests {
    @Test("each figure keeps its own source")
    func figures() {
        let a = analyze("Il y avait 2,1 millions de manifestants selon les syndicats, 900 000 selon la police.")
        #expect(claim(a, "2,1 millions")?.sources == ["syndicats"])
        #expect(claim(a, "900 000")?.sources == ["police"])
    }

    @Test("a speaker and verb closing the sentence after a comma report every figure before them")
    func closingSubjectVerb() {
        let a = analyze("An earthquake struck Izmir province on Monday, killing at least 38 people and injuring more than 300, the disaster agency AFAD said.", language: .english)
        #expect(claim(a, "38 people")?.sources == ["AFAD"])
        #expect(claim(a, "more than 300")?.sources == ["AFAD"])
        let dated = analyze("Heavy rains have killed at least 23 people and forced more than 8,000 from their homes, the civil defence agency said on Monday.", language: .english)
        #expect(claim(dated, "at least 23")?.sources == ["civil defence agency"])
        #expect(claim(dated, "more than 8,000")?.sources == ["civil defence agency"])
    }

    @Test("a source described then named in brackets is the name: « l’agence … (ANPC) », \"the … authority (NDMA)\"", arguments: [
        ("Le bilan s’élève à 41 morts, selon l’agence nationale de protection civile (ANPC).", Language.french, "41 morts", ["ANPC"]),
        ("The toll rose to 41 dead, according to the national disaster authority (NDMA).", Language.english, "41 dead", ["NDMA"]),
    ])
    func bracketedShortName(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("a contrastive clause is not governed by the source of the first one")
    func contrastive() {
        let a = analyze("Des vidéos montraient des habitants fuyant le quartier, tandis que des milliers de personnes manifestaient dans le centre.")
        #expect(claim(a, "Des vidéos montraient")?.sources == ["vidéos"])
        #expect(claim(a, "tandis que des milliers")?.sources == [])
    }

    @Test("a source close to someone is one source: \"a source close to the matter told Reuters\", \"sources close to the palace said\"", arguments: [
        ("The king will meet party leaders on Wednesday, a source close to the matter told Reuters.", ["source close to the matter", "Reuters"]),
        ("The king will meet party leaders on Wednesday, sources close to the palace said.", ["sources close to the palace"]),
        ("Prime Minister Marc Delvaux resigned on Tuesday, the royal palace said.", ["royal palace"]),
    ])
    func closeTo(_ text: String, _ sources: [String]) {
        #expect(analyze(text, language: .english).claims.first?.sources == sources)
    }

    @Test("« a déclaré M. Delvaux »: an abbreviated title and a surname name the speaker, who goes on in the next quotation")
    func abbreviatedTitle() {
        let a = analyze("Le Premier ministre Marc Delvaux a démissionné. « Je ne pouvais plus gouverner », a déclaré M. Delvaux lors d'une allocution. « J'assume cette décision. »")
        #expect(claim(a, "Je ne pouvais plus")?.sources == ["Marc Delvaux"])
        #expect(claim(a, "J'assume")?.sources == ["Marc Delvaux"])
    }

    @Test("a participle after a comma reports for the subject of the sentence; after a reporting verb, for its speaker", arguments: [
        ("Party leader Luc Verbeke blamed the prime minister for the collapse, saying his party had been sidelined for months.", ["Luc Verbeke"]),
        ("The king accepted the resignation, the ministry said, adding that talks would begin on Monday.", ["ministry"]),
    ])
    func participle(_ text: String, _ sources: [String]) {
        #expect(analyze(text, language: .english).claims.first?.sources == sources)
    }

    @Test("a contrast word with no comma before it tells when: the source closing the sentence governs both clauses", arguments: [
        ("La victime a été poignardée alors qu'elle tentait de s'interposer, selon le procureur.", Language.french, "La victime a été poignardée"),
        ("La victime a été poignardée tandis qu'elle rentrait chez elle, selon la police.", Language.french, "La victime a été poignardée"),
    ])
    func temporalContrast(_ text: String, _ language: Language, _ fragment: String) {
        let a = analyze(text, language: language)
        #expect(claim(a, fragment)?.sources.isEmpty == false)
        #expect(Set(a.claims.map(\.sources)).count == 1)
    }

    @Test("after a comma it is a contrast: the source closing the sentence governs its own clause only")
    func commaContrast() {
        let a = analyze("Le cortège a rassemblé 5 000 personnes, alors que 12 000 étaient attendues, selon la préfecture.")
        #expect(claim(a, "Le cortège a rassemblé")?.sources == [])
        #expect(claim(a, "12 000 étaient attendues")?.sources == ["préfecture"])
    }

    @Test("a clause joined by « et » with its own sourced subject")
    func conjunction() {
        let a = analyze("Le port de la ville a été fermé et les rebelles ont déclaré avoir pris la caserne du centre.")
        #expect(claim(a, "Le port de la ville a été fermé")?.sources == [])
        #expect(claim(a, "les rebelles ont déclaré")?.sources == ["rebelles"])
    }

    @Test("two generic sources sharing one verb")
    func twoGeneric() {
        let a = analyze("À Lyon, les forces de l’ordre et les syndicats ont annoncé 20 000 et 45 000 manifestants.")
        #expect(a.claims.first?.sources == ["forces de l’ordre", "syndicats"])
    }

    @Test("a speaker named before an apposition")
    func apposition() {
        let a = analyze("Marc Delaunay, porte-parole adjoint de la préfecture, a souligné que la route restait fermée.")
        #expect(a.claims.first?.sources == ["Marc Delaunay"])
    }
}

@Suite("Attribution: references back to a source")
struct SourceReferenceTests {
    @Test("« the statement said » speaks for whoever issued it")
    func statement() {
        let a = analyze("""
        The Northern Command wrote in a post that the bridge was closed. "Traffic will resume on Monday," the statement added.
        """, language: .english)
        #expect(claim(a, "Traffic will resume")?.sources.contains("Northern Command") == true)
    }

    @Test("« the ministry said » is the ministry named before")
    func ministry() {
        let a = analyze("""
        Poland's Foreign Ministry published figures on the crossings. The border will stay open, the ministry said.
        """, language: .english)
        #expect(claim(a, "The border will stay open")?.sources.first?.contains("Ministry") == true)
    }

    @Test("a participle with no auxiliary describes, it reports nothing: « Paul Girard, jugé à ses côtés, a été condamné »")
    func bareParticiple() {
        let a = analyze("L'homme d'affaires Paul Girard, jugé à ses côtés, a été condamné à trois ans de prison. La peine est lourde, a jugé son avocat.")
        #expect(claim(a, "trois ans")?.sources == [])
        #expect(claim(a, "trois ans")?.who == ["Paul Girard"])
        #expect(claim(a, "La peine est lourde")?.sources == ["avocat"])
    }

    @Test("« son avocat, Me Léa Morin »: the name after the title of its own is the speaker")
    func lawyerTitle() {
        let a = analyze("« Mon client fera appel », a déclaré son avocat, Me Léa Morin, à la sortie de l'audience.")
        #expect(a.claims.first?.sources == ["Léa Morin"])
    }

    @Test("« the governor's office » is another office than « his office » quoted before: the owner tells whose")
    func ownedOffice() {
        let a = analyze("""
        The prime minister will visit the flooded valley on Friday, his office said. Roads into Sorvik will stay closed until Monday, the governor's office said.
        """, language: .english)
        #expect(claim(a, "Roads into Sorvik")?.sources == ["governor's office"])
    }

    @Test("a title alone is the last speaker quoted with it; not someone new (« un porte-parole »), not a speaker quoted with another title", arguments: [
        ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la Syrie restait instable. Moscou reste prudente, a ajouté le porte-parole.", Language.french, "Moscou reste prudente", ["Dmitri Peskov"]),
        ("Le ministre de l’Intérieur, Gérald Darmanin, a parlé jeudi. Gérald Darmanin a indiqué que 40 feux avaient été éteints. Le ministre a rapporté 12 interpellations à Lyon.", Language.french, "12 interpellations", ["Gérald Darmanin"]),
        ("« Nos équipes travaillent », a déclaré le président Recep Tayyip Erdogan. L'Union européenne a proposé son aide, a indiqué un porte-parole de la Commission.", Language.french, "proposé son aide", ["Commission"]),
        ("\"Our teams are working,\" President Recep Tayyip Erdogan said. The European Union offered help, the spokesperson said.", Language.english, "offered help", ["spokesperson"]),
    ])
    func titleAlone(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("\"the source\" is the source cited last, through the agency that cited it; the channel its own verb names replaces the earlier one")
    func sourceCitedAgain() throws {
        let a = analyze("""
        The minister has resigned, a Kremlin source told Reuters on Monday. AFP cited the same Kremlin source as saying the cabinet would meet on Friday. The source said talks with the unions would resume. The strike must end, the source told news agencies.
        """, language: .english)
        #expect(try #require(claim(a, "has resigned")).sources == ["Kremlin", "Reuters"])
        #expect(try #require(claim(a, "talks with the unions")).sources == ["Kremlin", "AFP"])
        #expect(try #require(claim(a, "strike must end")).sources == ["Kremlin", "news agencies"])
    }

    @Test("a subject before a relative clause")
    func relative() {
        let a = analyze("The rebels, who began their offensive last month, announced that the airport was under their control.", language: .english)
        #expect(a.claims.first?.sources == ["rebels"])
    }
}

@Suite("Attribution: a quotation whose opening mark the page lost")
struct LostQuoteOpeningTests {
    @Test("the speaker after the closing mark governs the paragraph's sentences before it")
    func lostOpening() {
        let a = analyze("Le convoi et ses passagers sont arrivés à Minsk. La Biélorussie leur a accordé l’asile », ont rapporté les agences TASS et RIA Novosti.\nLe calme est revenu à Minsk.")
        #expect(claim(a, "arrivés à Minsk")?.sources == ["TASS", "RIA Novosti"])
        #expect(claim(a, "asile")?.sources == ["TASS", "RIA Novosti"])
        #expect(claim(a, "calme")?.sources == [])
    }
}

@Suite("Attribution: a title and the name in apposition")
struct TitleAppositionTests {
    @Test("the person named after a title is the source, however long the title; the names in the title only say who they are", arguments: [
        ("Les consultations auront lieu lundi, a fait savoir sur Telegram le représentant adjoint du Chili auprès de l’ONU, Pablo Rojas.", Language.french, ["Pablo Rojas"]),
        ("Les consultations auront lieu lundi, a indiqué à l’AFP le porte-parole du gouvernement chilien, Pablo Rojas.", Language.french, ["Pablo Rojas", "AFP"]),
        ("Talks will resume on Monday, said the deputy permanent representative of Chile to the UN, Pablo Rojas.", Language.english, ["Pablo Rojas"]),
    ])
    func apposition(_ text: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(text, language: language).claims.first?.sources == sources)
    }
}

@Suite("Attribution: names no lexicon knows")
struct UnknownNameSourceTests {
    @Test("a name alone after « selon » or a reporting verb is the source, without the document it came in", arguments: [
        ("Environ 80 000 foyers restaient privés de courant jeudi matin, selon Elektrona.", Language.french, ["Elektrona"]),
        ("Des rafales de 150 km/h ont été relevées sur la côte, a indiqué Météo-Lumbria.", Language.french, ["Météo-Lumbria"]),
        ("Quelque 300 000 foyers étaient privés d'électricité mardi soir, a précisé Elektrona dans un communiqué.", Language.french, ["Elektrona"]),
        ("Elektrona a indiqué que 300 000 foyers étaient privés d'électricité.", Language.french, ["Elektrona"]),
        ("About 300,000 homes were left without power, Elektrona said in a statement.", Language.english, ["Elektrona"]),
    ])
    func bareName(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("a document of an institution named before is that institution's: « selon un communiqué du ministère », \"a statement from the ministry\"", arguments: [
        ("Le ministère de la Santé a annoncé 37 morts. Au total, 812 cas ont été recensés, selon un communiqué du ministère.",
         Language.french, "812 cas", ["ministère de la Santé"]),
        ("The health ministry reported 41 deaths. More than 800 cases were recorded, according to a statement from the ministry.",
         Language.english, "800 cases", ["health ministry"]),
    ])
    func documentOfInstitution(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.sources == sources)
    }

    @Test("words saying what the speaker is, then its name: the name", arguments: [
        ("About 300,000 homes were left without power, grid operator Elektrona said.", Language.english, ["Elektrona"]),
        ("Winds reached 95 mph, according to the national weather service Meteolumbria.", Language.english, ["Meteolumbria"]),
        ("Environ 80 000 foyers restaient privés de courant, selon la société Elektrona.", Language.french, ["Elektrona"]),
    ])
    func describedName(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("a name after a preposition says where, not who: \"rebel forces in Lumbria\"")
    func placeAfterPreposition() {
        let a = analyze("Rebel forces in Lumbria announced they had taken the airport.", language: .english)
        #expect(a.claims.first?.sources.contains("Lumbria") != true)
    }

    @Test("one who did not confirm says nothing: the speaker after the comma is the source", arguments: [
        ("Ce bilan n'a pas été confirmé par le Zorglub, a souligné Philippe.", Language.french, ["Philippe"]),
        ("The toll was not confirmed by the Zorglub, Philippe stressed.", Language.english, ["Philippe"]),
        ("Ce bilan a été confirmé par le Zorglub.", Language.french, ["Zorglub"]),
    ])
    func notConfirmedBy(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }
}

@Suite("Attribution: the person a pronoun speaker stands for")
struct PronounSpeakerTests {
    @Test("a person the narration made the subject after the last source is « il », « he »", arguments: [
        ("Les pylônes ont été arrachés, selon Elektrona. Le ministre de l'Intérieur, Paul Girard, s'est rendu mercredi à Quimper. « L'État sera aux côtés des sinistrés », a-t-il déclaré.", Language.french),
        ("The pylons were torn down, Elektrona said. Interior Minister Paul Girard visited Quimper on Wednesday. \"The state will stand by the victims,\" he said.", Language.english),
    ])
    func narratedSubject(_ text: String, _ language: Language) {
        let a = analyze(text, language: language)
        #expect(claim(a, "sinistrés")?.sources ?? claim(a, "victims")?.sources == ["Paul Girard"])
    }

    @Test("a speaker quoted after the narrated person is the one a later pronoun stands for")
    func speakerAfterNarration() {
        let a = analyze("Paul Girard s'est rendu mercredi à Quimper. Les dégâts sont considérables, a déclaré le maire, Jeanne Morel. « Il faudra des mois », a-t-elle ajouté.")
        #expect(claim(a, "des mois")?.sources == ["Jeanne Morel"])
    }
}

@Suite("Attribution: a prosecutor, a lawyer, a judge quoted again by their title")
struct JusticeTitleTests {
    @Test("« a ajouté le procureur », \"the prosecutor added\", « Le ministre a démenti »: the person named before with that title, whether quoted before or not", arguments: [
        ("« Les victimes sont hors de danger », a précisé le procureur de la République de Rennes, Anne Morvan. Le suspect était connu des services de police, a ajouté le procureur.", Language.french, "connu", "Anne Morvan"),
        ("\"The victims are out of danger,\" said the Rennes prosecutor, Anne Morvan. The suspect was known to police, the prosecutor added.", Language.english, "known", "Anne Morvan"),
        ("Les otages ont été accueillis par le ministre des Affaires étrangères, Henri Laval. Le ministre a démenti tout échange de prisonniers.", Language.french, "démenti", "Henri Laval"),
        ("The hostages were met by Foreign Minister Henri Laval. The minister denied any exchange of prisoners.", Language.english, "denied", "Henri Laval"),
    ])
    func titledPersonAgain(_ text: String, _ language: Language, _ anchor: String, _ person: String) {
        #expect(claim(analyze(text, language: language), anchor)?.sources == [person])
    }
}

@Suite("Attribution: wire phrases and audiences")
struct WirePhraseTests {
    @Test("people familiar with the matter speak as a source; analysts on a call are only spoken to", arguments: [
        ("The company will close its Tourcoing plant, according to people familiar with the matter.", ["people familiar with the matter"]),
        ("Revenue fell 16% last year, chief financial officer Hugo Lambert told analysts on a call.", ["Hugo Lambert"]),
        ("Revenue fell 16% last year, Hugo Lambert told reporters.", ["Hugo Lambert"]),
    ])
    func wire(_ sentence: String, _ sources: [String]) {
        #expect(analyze(sentence, language: .english).claims.first?.sources == sources)
    }

    @Test("« a réagi X » after a quote names its speaker")
    func reacted() {
        let a = analyze("« C'est un plan d'une brutalité inouïe », a réagi le délégué syndical du site, Karim Benali.")
        #expect(a.claims.first?.sources == ["Karim Benali"])
    }
}

@Suite("Attribution: rescuers and survivors, a short name in brackets")
struct RescueSourceTests {
    @Test("coast guards and survivors speak as sources; a subject closed by its acronym in brackets is the source", arguments: [
        ("Au moins 12 migrants sont morts au large de Malte, selon les garde-côtes.", Language.french, ["garde-côtes"]),
        ("At least 12 migrants died off Malta, the coast guard said.", Language.english, ["coast guard"]),
        ("The boat carried about 90 people, survivors said.", Language.english, ["survivors"]),
        ("Forty people were rescued, the International Organization for Migration (IOM) said.", Language.english, ["IOM"]),
    ])
    func rescue(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }
}

@Suite("Attribution: an outlet citing its sources")
struct OutletCitingTests {
    @Test("« selon X, qui cite Y », \"according to X, which cited Y\": Y said it, X carried it", arguments: [
        ("Des drones ont survolé la base, selon le Wall Street Journal, qui cite des responsables américains.", Language.french,
         ["responsables américains", "Wall Street Journal"]),
        ("Drones flew over the base, according to the Wall Street Journal, which cited US officials.", Language.english,
         ["US officials", "The Wall Street Journal"]),
    ])
    func citing(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("« d'après des informations du Monde »: the paper by its whole name")
    func wholeName() {
        #expect(analyze("Trois drones ont été abattus, d'après des informations du Monde.").claims.first?.sources == ["Le Monde"])
    }
}

@Suite("Attribution: a relative clause and a figure given")
struct RelativeAndFigureTests {
    @Test("a reporting verb after « , qui » / \", which\" speaks for the source before the comma, an organization no actor of it", arguments: [
        ("Le bilan s'est alourdi à 14 morts, a annoncé mercredi l'AFAD, qui fait état de 187 blessés.", Language.french, "187", ["AFAD"]),
        ("La production a reculé de 4 %, selon l'Insee, qui précise que les exportations ont baissé de 2 %.", Language.french, "exportations", ["Insee"]),
        ("The death toll rose to 14, according to AFAD, which said 187 people were injured.", Language.english, "187", ["AFAD"]),
        ("The toll rose to 14, said the Red Cross, which reported 187 injured.", Language.english, "187", ["Red Cross"]),
    ])
    func relativeSpeaker(_ text: String, _ language: Language, _ fragment: String, _ sources: [String]) {
        let c = claim(analyze(text, language: language), fragment)
        #expect(c?.sources == sources)
        #expect(c?.who.isEmpty == true)
    }

    @Test("a person's relative clause reports for that person too")
    func relativePerson() {
        let a = analyze("Nine people died, said Interior Minister Ali Kaya, who added that 17 buildings had collapsed.", language: .english)
        #expect(claim(a, "17 buildings")?.sources == ["Ali Kaya"])
    }

    @Test("a clause between commas before the sentence's own verb reports nothing of that verb's claim")
    func relativeAside() {
        let a = analyze("Claire Morel a perdu l'élection. Sa rivale Anne Roux, qui avait dénoncé des fraudes, a finalement reconnu sa défaite mardi soir.")
        #expect(claim(a, "défaite")?.sources.isEmpty == true)
    }

    @Test("the speaker's phrase ends before where they spoke: « devant ses partisans réunis à Lyon »", arguments: [
        ("« Nous avons gagné », a déclaré Paul Girard devant ses partisans réunis à Lyon dimanche soir.", Language.french, ["Paul Girard"]),
        ("\"We have won,\" said Paul Girard during a rally in Lyon on Sunday.", Language.english, ["Paul Girard"]),
    ])
    func whereSpoken(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("an unnamed speaker named by what they are: « un syndicaliste », \"a unionist\", « un habitant »", arguments: [
        ("« Nous ne reculerons pas », a lancé un syndicaliste devant la foule.", Language.french, ["un syndicaliste"], true),
        ("« Nous ne reculerons pas », a lancé un syndicaliste devant la foule réunie place de la République.", Language.french, ["un syndicaliste"], true),
        ("Le quartier a été évacué, a indiqué un habitant.", Language.french, ["un habitant"], false),
        ("\"We will not back down,\" a unionist told the crowd.", Language.english, ["a unionist"], true),
        ("The street was evacuated, a resident said.", Language.english, ["a resident"], false),
        ("Les deux pays ont signé douze accords, a annoncé la diplomatie marocaine.", Language.french, ["diplomatie marocaine"], false),
    ])
    func unnamedSpeaker(_ sentence: String, _ language: Language, _ sources: [String], _ negated: Bool) {
        let c = analyze(sentence, language: language).claims.first
        #expect(c?.sources == sources)
        #expect(c?.negated == negated)
    }

    @Test("a document's author no lexicon knows is the source, not the document: « selon un communiqué du cabinet royal »", arguments: [
        ("Le Premier ministre a été reçu par le roi, selon un communiqué du cabinet royal.", Language.french, ["cabinet royal"]),
        ("The prime minister met the king, according to a statement from the royal cabinet.", Language.english, ["royal cabinet"]),
    ])
    func documentAuthor(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("the reporting verb after a relay's name ends that name: what it reports stays the claim's")
    func relayThenVerb() {
        let c = analyze("Le bilan relayé par la préfecture fait état de trois blessés parmi les manifestants à Nantes.").claims.first
        #expect(c?.sources == ["préfecture"])
        #expect(c?.numbers.map(\.value) == [3])
        #expect(c?.where == ["Nantes"])
    }

    @Test("a relative clause that reports nothing is the name's own doing", arguments: [
        ("The toll rose to 14, according to AFAD, which sent 300 rescuers.", Language.english, "300 rescuers"),
        ("Le bilan s'élève à 14 morts, selon l'AFAD, qui a dépêché 300 secouristes.", Language.french, "300 secouristes"),
    ])
    func relativeDoer(_ text: String, _ language: Language, _ fragment: String) {
        #expect(claim(analyze(text, language: language), fragment)?.sources.isEmpty == true)
    }

    @Test("\"put the toll at\", « a fixé le bilan à »: a verb reports when a figure follows it", arguments: [
        ("The USGS put the magnitude at 6.3.", Language.english, ["USGS"]),
        ("Officials placed the death toll at 14.", Language.english, ["Officials"]),
        ("La préfecture a fixé le bilan à 14 morts.", Language.french, ["préfecture"]),
        ("La police a établi le bilan à 14 morts.", Language.french, ["police"]),
        ("The ministry put pressure on the banks.", Language.english, []),
        ("Rescuers put the number of missing at 20, the governor said.", Language.english, ["governor"]),
    ])
    func figureGiven(_ sentence: String, _ language: Language, _ sources: [String]) {
        #expect(analyze(sentence, language: language).claims.first?.sources == sources)
    }

    @Test("\"the agency\" is an agency quoted before, not the police")
    func agencyBackReference() {
        let a = analyze("Three suspects were arrested, police said. The agency estimated the damage at $2 billion.", language: .english)
        #expect(claim(a, "damage")?.sources.contains("police") == false)
        let b = analyze("At least nine people were killed, the disaster management agency AFAD said. The agency said 140 people were injured.", language: .english)
        #expect(claim(b, "140 people")?.sources == ["AFAD"])
    }
}

@Suite("Attribution: titles, appositions and named companies")
struct TitledSpeakerTests {
    @Test("a speaker titled by an institution speaks for it, in every claim credited to them (« le porte-parole du Kremlin, Dmitri Peskov », \"Kremlin spokesman Dmitry Peskov\", \"Peskov, the Kremlin's spokesman\")", arguments: [
        ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la décision avait été prise. « Ce n'est pas le moment », a ajouté Peskov.", Language.french, "pas le moment"),
        ("Kremlin spokesman Dmitry Peskov said the decision had been made. \"It is not the time,\" Peskov added.", Language.english, "not the time"),
        ("Dmitry Peskov, the Kremlin's spokesman, said the decision had been made. \"It is not the time,\" Peskov added.", Language.english, "not the time"),
    ])
    func speaksFor(_ text: String, _ language: Language, _ fragment: String) throws {
        let a = analyze(text, language: language)
        let c = try #require(claim(a, fragment))
        let person = try #require(c.sourceKeys.first)
        #expect(c.sourceAffiliations[person] == "org:kremlin")
    }

    @Test("a name beside an institution without a title speaks for none: \"Dmitry Peskov told the Kremlin pool\"")
    func noTitle() throws {
        let a = analyze("Dmitry Peskov told the Kremlin pool the decision had been made.", language: .english)
        #expect(try #require(a.claims.first).sourceAffiliations.isEmpty)
    }

    @Test("a portfolio before a title is no name: \"Rail Minister David Okafor\", \"Health Secretary Anne Price\"", arguments: [
        ("Kestrel Rail said trains were late. Rail Minister David Okafor told reporters that an inquiry had been opened.", "inquiry", "David Okafor"),
        ("Health Secretary Anne Price said 40 beds were added.", "40 beds", "Anne Price"),
    ])
    func portfolio(_ text: String, _ fragment: String, _ speaker: String) {
        #expect(claim(analyze(text, language: .english), fragment)?.sources == [speaker])
    }

    @Test("the name in apposition to a title is the subject; what follows the verb is what was announced, and « selon lui » is that person")
    func titledApposition() {
        let a = analyze("« C'est une journée tragique », a déclaré la maire Helen Carter. Le ministre des Transports, David Okafor, a annoncé l'ouverture d'une enquête. Selon lui, il est trop tôt pour connaître les causes de l'accident.")
        #expect(claim(a, "ouverture d'une enquête")?.sources == ["David Okafor"])
        #expect(claim(a, "trop tôt")?.sources == ["David Okafor"])
    }

    @Test("a spokesperson for a company ending on an institution word speaks for that company, whole", arguments: [
        "A spokesperson for Kestrel Rail said the company was cooperating fully.",
    ])
    func spokespersonFor(_ text: String) {
        #expect(analyze(text, language: .english).claims.first?.sources == ["Kestrel Rail"])
    }

    @Test("« la compagnie » is the company the article introduced with that word: « la compagnie Kestrel Rail »")
    func companyBackReference() {
        let a = analyze("Le train, exploité par la compagnie Kestrel Rail, transportait 180 passagers. La compagnie a démenti tout excès de vitesse.")
        #expect(entity(a, "Kestrel Rail")?.type == .organization)
        #expect(claim(a, "démenti")?.sources == ["Kestrel Rail"])
    }

    @Test("\"the company\", « la direction » is the firm the article introduced with any word for a firm", arguments: [
        ("French carmaker Talvane said on Tuesday it would cut 900 jobs. The company denied that the plan had been decided in May.",
         Language.english, "denied"),
        ("Le constructeur automobile Talvane a annoncé mardi 900 suppressions de postes. L'usine de Rennes perdra 400 emplois, a précisé la direction.",
         Language.french, "Rennes"),
    ])
    func firmBackReference(_ text: String, _ language: Language, _ fragment: String) {
        let a = analyze(text, language: language)
        #expect(entity(a, "Talvane")?.type == .organization)
        #expect(claim(a, fragment)?.sources == ["Talvane"])
    }

    @Test("what stands around a speaker's name is not the speaker: the network or medium the words came on (a recipient stays a channel), a title of several words (\"Chief Executive\")")
    func aroundTheSpeaker() {
        #expect(analyze("« C'est un immense soulagement », a réagi le président de la République sur le réseau social X.").claims.first?.sources
                == ["président de la République"])
        #expect(analyze("« C'est un soulagement », a déclaré Paul Girard sur France Inter.").claims.first?.sources == ["Paul Girard"])
        #expect(analyze("\"We did not take this decision lightly,\" Chief Executive Anne Roux told reporters.", language: .english)
                    .claims.first?.sources == ["Anne Roux"])
    }
}
