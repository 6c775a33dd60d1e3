import Testing
import CorroborateCore
@testable import CorroborateExtraction

/// Who acts and where a fact happens: what is an actor, what only carries the news, what only
/// says where the report was filed.
@Suite("Claims: actors and places")
struct ClaimActorPlaceTests {
    @Test("a dateline names where the report was filed: its place is neither actor nor place of the fact", arguments: [
        ("LYON (Reuters) – Le maire a inauguré le nouveau pont dimanche à Villeurbanne.", Language.french, "Villeurbanne", "Lyon"),
        ("BERLIN, Germany - The mayor opened the new bridge in Hamburg on Sunday.", Language.english, "Hamburg", "Berlin"),
        ("BERLIN, Nov 10 (Global Wire Service) - The mayor opened the new bridge in Hamburg on Sunday.", Language.english, "Hamburg", "Berlin"),
    ])
    func dateline(_ text: String, _ language: Language, _ place: String, _ filedFrom: String) {
        let c = analyze(text, language: language).claims.first
        // The claim states what happened: it starts after the dateline.
        #expect(c?.text.hasPrefix("Le maire") == true || c?.text.hasPrefix("The mayor") == true)
        #expect(c?.where.contains(place) == true)
        #expect(c?.where.contains { $0.lowercased() == filedFrom.lowercased() } == false)
        #expect(c?.who.contains { $0.lowercased() == filedFrom.lowercased() } == false)
        #expect(c?.where.contains("Allemagne") != true && c?.where.contains("Germany") != true)
    }

    @Test("the places a relative clause ends with are places, not the subject of the verb after it")
    func relativeClauseEndsWithPlaces() {
        let c = analyze("Le train, qui roulait entre Milan et Bologne, a déraillé mardi.").claims.first
        #expect(c?.who.isEmpty == true)
        #expect(c?.where == ["Milan", "Bologne"])
        // Two coordinated subjects stay actors.
        let d = analyze("The bridge through which Iran and Russia had shipped arms was closed.", language: .english).claims.first
        #expect(d?.who.contains("Russia") == true)
    }

    @Test("a clause opened by « où », \"where\" happened at the place just before it, not at the place the sentence opens with", arguments: [
        ("À Lyon, où 20 000 personnes ont défilé, ou encore à Nantes où 9 000 manifestants ont été comptés, la mobilisation a grossi.", Language.french, "9 000", "Nantes", "Lyon"),
        ("In Leeds, where 4,000 people marched, and in York, where 2,500 protesters were counted, turnout rose.", Language.english, "2,500", "York", "Leeds"),
    ])
    func placeRelative(_ text: String, _ language: Language, _ figure: String, _ place: String, _ fronted: String) throws {
        let c = try #require(analyze(text, language: language, published: "2026-03-18").claims.first { $0.text.contains(figure) })
        #expect(c.where.contains(place))
        #expect(!c.where.contains(fronted))
    }

    @Test("a clause opened by « où », \"where\" after a list of places, each with its figure in brackets, happened at each of them", arguments: [
        ("La participation a grimpé à Lyon (22 000 à 55 000 manifestants), Brest (20 000 à 40 000) ou Montpellier (18 000 à 40 000), où la mobilisation est toutefois restée sous les sommets du 31 janvier et du 7 mars.", Language.french, "sommets", ["Lyon", "Brest", "Montpellier"]),
        ("Turnout was also sharply up in Lyon (22,000 to 55,000 marchers), Brest (20,000 to 40,000) and Montpellier (18,000 to 40,000), where turnout nevertheless stayed below the peaks of earlier days of action, notably January 31 and March 7.", Language.english, "peaks", ["Lyon", "Brest", "Montpellier"]),
    ])
    func placeRelativeAfterList(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language, published: "2026-03-18"), fragment)?.where == places)
    }

    @Test("a dateline does not stand between a sentence and its subjects: \"RABAT, March 18 (Wire) - Spain and Morocco signed\"", arguments: [
        ("RABAT, March 18 (Wire) - Spain and Morocco signed 11 agreements on Wednesday.", Language.english, ["Spain", "Morocco"]),
        ("RABAT, 18 mars — Le Maroc et l'Espagne ont signé mercredi douze accords.", Language.french, ["Maroc", "Espagne"]),
    ])
    func subjectsAfterDateline(_ text: String, _ language: Language, _ who: [String]) {
        #expect(analyze(text, language: language, published: "2026-03-18").claims.first?.who == who)
    }

    @Test("the second of two names \"between\" takes is a place, not the subject of the verb after it; after \"in … and\" a clause may start", arguments: [
        ("The motorway between Narbonne and Carcassonne was closed in both directions.", Language.english, [String](), ["Narbonne", "Carcassonne"]),
        ("L'autoroute entre Narbonne et Carcassonne a été fermée.", Language.french, [String](), ["Narbonne", "Carcassonne"]),
        ("Paul Girard is in Lyon and France has granted him asylum.", Language.english, ["Paul Girard", "France"], ["Lyon"]),
    ])
    func betweenTwoNames(_ text: String, _ language: Language, _ who: [String], _ places: [String]) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.who == who)
        #expect(c?.where == places)
    }

    @Test("a news agency carries the news: it is the source, not an actor", arguments: [
        ("Le ministre est arrivé à Lyon dimanche, a rapporté l’AFP.", Language.french),
        ("The minister arrived in Lyon on Sunday, Reuters reported.", Language.english),
    ])
    func agencyIsNoActor(_ text: String, _ language: Language) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.sources.isEmpty == false)
        #expect(c?.who.contains { $0 == "AFP" || $0 == "Reuters" } == false)
    }

    @Test("a speaker telling what they did is the actor when the clause names no other", arguments: [
        ("Emmanuel Macron a affirmé qu’il avait quitté Lyon dimanche.", Language.french, "Emmanuel Macron"),
        ("Vladimir Putin said on Monday that he had left Moscow.", Language.english, "Vladimir Putin"),
    ])
    func speakerActs(_ text: String, _ language: Language, _ speaker: String) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.sources == [speaker])
        #expect(c?.who == [speaker])
    }

    @Test("a speaker is an actor beside a country or an institution the clause names, not beside another person", arguments: [
        ("Le président Joe Biden a assuré que les États-Unis n’étaient pas sûrs de sa destination.", Language.french, "Joe Biden", ["États-Unis", "Joe Biden"]),
        ("President Joe Biden said on Sunday that the Pentagon had sent two ships to the region.", Language.english, "Joe Biden", ["Pentagon", "Joe Biden"]),
        ("Le président Joe Biden a assuré que Vladimir Poutine était à Minsk.", Language.french, "Joe Biden", ["Vladimir Poutine"]),
    ])
    func speakerBesideCountry(_ text: String, _ language: Language, _ speaker: String, _ who: [String]) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.sources == [speaker])
        #expect(c?.who == who)
    }

    @Test("a quoted \"we\" is the body the speaker speaks for: a head of state's office stands for its country", arguments: [
        ("Le porte-parole du Kremlin, Dmitri Peskov, s'est exprimé lundi. « Nos militaires prennent toutes les précautions », a ajouté Dmitri Peskov.", Language.french, "précautions", ["Russie"]),
        ("Kremlin spokesman Dmitry Peskov spoke on Monday. \"We are in dialogue with Ankara,\" Peskov said.", Language.english, "dialogue", ["Russia", "Ankara"]),
        ("« Nous appelons à la reprise des négociations », a indiqué une source au Kremlin.", Language.french, "négociations", ["Russie"]),
        ("\"We will strike again on Thursday,\" said Sophie Binet, the CGT's general secretary.", Language.english, "strike", ["CGT"]),
    ])
    func quotedWeIsTheBody(_ text: String, _ language: Language, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.who == who)
    }

    @Test("\"the head of state\", « le Premier ministre » is the holder of the office on the article's day, of the country beside it, of the speaker's body or of the story", arguments: [
        ("Dmitri Peskov, porte-parole du Kremlin, a parlé de Vladimir Poutine lundi. « Rien ne se décide sans le chef de l'État », a ajouté Dmitri Peskov.",
         Language.french, "2024-12-09", "sans le chef", ["Vladimir Poutine"]),
        ("Kremlin spokesman Dmitry Peskov spoke about Vladimir Putin on Monday. \"Nothing is decided without the head of state,\" Peskov said.",
         Language.english, "2024-12-09", "without the head", ["Vladimir Putin"]),
        ("Emmanuel Macron et Olaf Scholz se sont parlé mardi. Le chef de l'État français est arrivé à Berlin mercredi.",
         Language.french, "2024-12-09", "arrivé à Berlin", ["Emmanuel Macron"]),
        // The day of the article picks the holder among those it names.
        ("Donald Trump and Joe Biden met in 2020. The American head of state signed the bill on Tuesday.",
         Language.english, "2020-06-01", "signed the bill", ["Donald Trump"]),
        ("Donald Trump and Joe Biden met in 2020. The American head of state signed the bill on Tuesday.",
         Language.english, "2022-06-01", "signed the bill", ["Joe Biden"]),
        // On the day after a fall, "the Syrian head of state" is still the one just ousted.
        ("Bashar al-Assad has fled, officers said. The Syrian head of state left the capital on Saturday.",
         Language.english, "2024-12-09", "left the capital", ["Bashar al-Assad"]),
        // « le Premier ministre », "the prime minister": the head of government, by the same rule.
        ("Michel Barnier et Gabriel Attal se sont exprimés lundi à Paris. Le Premier ministre a présenté le budget mardi.",
         Language.french, "2024-10-15", "présenté le budget", ["Michel Barnier"]),
        ("Keir Starmer and Rishi Sunak spoke on Monday. The British prime minister announced a plan on Tuesday.",
         Language.english, "2024-10-15", "announced a plan", ["Keir Starmer"]),
        ("Keir Starmer and Rishi Sunak spoke on Monday. The British prime minister announced a plan on Tuesday.",
         Language.english, "2023-06-01", "announced a plan", ["Rishi Sunak"]),
        // Any head of state is nobody in particular: the speaker stays the actor.
        ("Dmitri Peskov, porte-parole du Kremlin, a parlé de Vladimir Poutine lundi. « Un chef d'État ne recule jamais », a ajouté Dmitri Peskov.",
         Language.french, "2024-12-09", "ne recule", ["Dmitri Peskov"]),
    ])
    func headOfState(_ text: String, _ language: Language, _ published: String, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language, published: published), fragment)?.who == who)
    }

    @Test("\"the airport\", « la base » without a name of their own are the site of that kind the article named last", arguments: [
        ("Les rebelles ont atteint l'aéroport international de Lima samedi. Dimanche, l'armée s'est retirée de l'aéroport.",
         Language.french, "retirée", ["aéroport international de Lima"]),
        ("Drones struck the Hmeimim base on Friday. On Saturday the Russian military base itself came under attack.",
         Language.english, "came under attack", ["Hmeimim base"]),
        // "the base of", « sur la base de »: a complement follows, no site is meant.
        ("Drones struck the Hmeimim base on Friday. On Saturday, the base of the protest movement grew in Lima.",
         Language.english, "grew in Lima", ["Lima"]),
        ("Les rebelles ont atteint l'aéroport international de Lima samedi. Dimanche, un aéroport a fermé dans le nord.",
         Language.french, "a fermé", []),
    ])
    func definiteSite(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.where == places)
    }

    @Test("the title after a speaker's name says whom they speak for: its institution is no actor of what they say", arguments: [
        ("« Il y a un regain de la mobilisation », a confié Laurent Berger, secrétaire général de la CFDT, jeudi.", Language.french, ["Laurent Berger"]),
        ("\"There is a new surge,\" said Laurent Berger, the head of the CFDT union, on Thursday.", Language.english, ["Laurent Berger"]),
    ])
    func speakerTitleIsNoActor(_ text: String, _ language: Language, _ who: [String]) {
        #expect(analyze(text, language: language).claims.first?.who == who)
    }

    @Test("the country in a title set off after a person's name says who they are, not where the claim happened", arguments: [
        ("Paul Girard, désormais ancien président de la Belgique, s'est installé en Suisse.", Language.french, ["Suisse"]),
        ("Paul Girard, the former leader of the ruling party in Belgium, has settled in Switzerland.", Language.english, ["Switzerland"]),
        ("Paul Girard, président du comité, est arrivé en Belgique.", Language.french, ["Belgique"]),
    ])
    func titleCountryIsNoPlace(_ text: String, _ language: Language, _ places: [String]) {
        #expect(analyze(text, language: language).claims.first?.where == places)
    }

    @Test("the party in a title set off after a person's name says who they are, it did not act", arguments: [
        ("Paul Girard, le dirigeant déchu du Parti socialiste belge, est arrivé en Suisse.", Language.french, ["Paul Girard"]),
        ("Paul Girard, the ousted leader of the Labour Party, has arrived in Switzerland.", Language.english, ["Paul Girard"]),
    ])
    func titlePartyIsNoActor(_ text: String, _ language: Language, _ who: [String]) {
        #expect(analyze(text, language: language).claims.first?.who == who)
    }

    @Test("a town, a base, an airport is where things happen, subject or not; a capital acts for its state, unless it falls", arguments: [
        ("Bordeaux, Toulon, Rouen et Strasbourg ont enregistré des records.", Language.french, [String](), ["Bordeaux", "Toulon", "Rouen", "Strasbourg"]),
        ("Bordeaux, Toulon, Rouen and Strasbourg recorded new highs.", Language.english, [String](), ["Bordeaux", "Toulon", "Rouen", "Strasbourg"]),
        ("Moscou a soutenu militairement le régime.", Language.french, ["Moscou"], [String]()),
        ("Damas est tombée dimanche aux mains des rebelles.", Language.french, [String](), ["Damas"]),
        ("Paul Girard said he fled only after Damascus had fallen on Sunday.", Language.english, ["Paul Girard"], ["Damascus"]),
    ])
    func townIsWhere(_ text: String, _ language: Language, _ who: [String], _ places: [String]) {
        let c = analyze(text, language: language).claims.first
        #expect(c?.who == who)
        #expect(c?.where == places)
    }

    @Test("a quoted \"we\" of a speaker who speaks for no known body stays the speaker's", arguments: [
        ("« Nous avons quitté Lyon dimanche », a déclaré Paul Devaux.", Language.french, "Lyon", ["Paul Devaux"]),
        ("\"We left Lyon on Sunday,\" Paul Devaux said.", Language.english, "Lyon", ["Paul Devaux"]),
    ])
    func quotedWeWithoutBody(_ text: String, _ language: Language, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.who == who)
    }

    @Test("in reported speech a pronoun after its speaker's name is the speaker, not the person named before; in a quotation it is someone else", arguments: [
        ("Anne Roux a présenté le plan mardi. Le ministre Paul Devaux a assuré qu'il recevrait la direction jeudi.", Language.french, "recevrait", "Paul Devaux"),
        ("Anne Roux presented the plan on Tuesday. Industry Minister Paul Devaux said he would meet the management next week.", Language.english, "would meet", "Paul Devaux"),
        ("Marc Roux a quitté Paris mardi. « Il est à Lyon », a déclaré Paul Devaux.", Language.french, "Lyon", "Marc Roux"),
    ])
    func pronounOfSpeaker(_ text: String, _ language: Language, _ fragment: String, _ actor: String) {
        #expect(claim(analyze(text, language: language), fragment)?.who == [actor])
    }

    @Test("a French pronoun that may stand for a thing goes to the institution its sentence named before it, not to the person of an earlier sentence", arguments: [
        ("Paul Devaux a quitté Lyon lundi. L'Élysée a réaffirmé son attachement à une solution négociée.", Language.french, "attachement", ["Élysée"]),
        ("Paul Devaux a quitté Lyon lundi. L'ONU a fait savoir qu'il restait en contact avec les deux camps.", Language.french, "contact", ["ONU"]),
        ("Paul Devaux a quitté Lyon lundi. L'ONU lui a accordé une protection.", Language.french, "protection", ["ONU", "Paul Devaux"]),
        ("Paul Devaux a quitté Lyon lundi. Le ministre a annoncé sur Telegram qu'il se rendrait à Nice.", Language.french, "Nice", ["Paul Devaux"]),
        ("Paul Devaux left Lyon on Monday. The UN said he remained in contact with both sides.", Language.english, "contact", ["Paul Devaux"]),
    ])
    func pronounOfInstitution(_ text: String, _ language: Language, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.who == who)
    }

    @Test("a pronoun stands for the person its sentence named before it, even in the subject taken as the source", arguments: [
        ("Anne Roux a présenté le plan. Le ministre Paul Devaux et sa famille sont à Lyon, où la ville leur a offert un logement.", Language.french, "logement", "Paul Devaux"),
        ("Anne Roux presented the plan. Minister Paul Devaux and his family are in Lyon, where the city offered them a home.", Language.english, "offered them", "Paul Devaux"),
        ("Anne Roux a gagné l'élection. Le camp de Mme Morel n'a pas reconnu sa défaite, selon son directeur de campagne, Luc Aubert.", Language.french, "défaite", "Morel"),
    ])
    func pronounInSentence(_ text: String, _ language: Language, _ fragment: String, _ actor: String) {
        #expect(claim(analyze(text, language: language), fragment)?.who.contains(actor) == true)
        #expect(claim(analyze(text, language: language), fragment)?.who.contains("Anne Roux") == false)
    }

    @Test("a speaker reporting what another did leaves the actor to the clause")
    func speakerReportsOther() {
        let c = analyze("Emmanuel Macron a affirmé que Vladimir Poutine était arrivé à Lyon.").claims.first
        #expect(c?.who == ["Vladimir Poutine"])
    }

    @Test("two attribution phrases around a clause do not swallow it: its actors stay")
    func twoAttributions() {
        let c = analyze("Kremlin spokesman Dmitry Peskov told reporters that Vladimir Putin has decided to grant asylum to the minister, according to Reuters.", language: .english).claims.first
        #expect(c?.who == ["Vladimir Putin"])
        #expect(c?.sources == ["Dmitry Peskov", "Reuters"])
    }

    @Test("a country acts through its people and forces named by its demonym, not through its ships or bases", arguments: [
        ("Les responsables russes ont rencontré la délégation dimanche.", Language.french, ["Russie"]),
        ("Russian troops left the town on Sunday.", Language.english, ["Russia"]),
        ("Les navires russes ont quitté le port dimanche.", Language.french, [String]()),
        ("The Russian ships left port on Sunday.", Language.english, [String]()),
        ("Les bases russes ont été placées en alerte dimanche.", Language.french, [String]()),
    ])
    func demonymActor(_ text: String, _ language: Language, _ who: [String]) {
        #expect(analyze(text, language: language).claims.first?.who == who)
    }

    @Test("an institution after a place preposition is where someone went, not who acted", arguments: [
        ("En visite à la préfecture de police, Gérald Darmanin a indiqué que 140 feux avaient été déclarés.", Language.french, ["Gérald Darmanin"]),
        ("Le texte a été adopté à l'Assemblée nationale jeudi.", Language.french, [String]()),
        ("Speaking at the White House, Joe Biden said the talks had failed.", Language.english, ["Joe Biden"]),
        ("L'Assemblée nationale a adopté le texte jeudi.", Language.french, ["Assemblée nationale"]),
    ])
    func institutionVisited(_ text: String, _ language: Language, _ who: [String]) {
        #expect(analyze(text, language: language).claims.first?.who == who)
    }

    @Test("a clause joined with a verb and no subject of its own is done by the subject of the clause before it", arguments: [
        ("Les rebelles menés par Hayat Tahrir al-Sham sont entrés dans Damas dimanche et ont annoncé la fin de cinq décennies de règne.", Language.french, "cinq décennies", ["Hayat Tahrir al-Sham"]),
        ("When Paul Girard left Lyon, the rebels led by Hayat Tahrir al-Sham entered Damascus early Sunday morning and announced the end of five decades of Baathist rule, after 11 days of fighting.", Language.english, "five decades", ["Hayat Tahrir al-Sham"]),
    ])
    func elidedSubject(_ text: String, _ language: Language, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.who == who)
    }

    @Test("\"the group\", « le groupe » stand for the group the last sentence naming one named first", arguments: [
        ("Hayat Tahrir al-Sham est une ancienne branche d'Al-Qaïda. Le groupe contrôle depuis 2017 la province d'Idleb.", Language.french, "Idleb", ["Hayat Tahrir al-Sham"]),
        ("Hayat Tahrir al-Sham is a former branch of al-Qaeda. The group has controlled Idlib province since 2017.", Language.english, "Idlib", ["Hayat Tahrir al-Sham"]),
        ("Hayat Tahrir al-Sham est une ancienne branche d'Al-Qaïda. Le groupe Wagner a quitté Idleb en 2017.", Language.french, "Idleb", ["Wagner"]),
    ])
    func groupAnaphora(_ text: String, _ language: Language, _ fragment: String, _ who: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.who == who)
    }

    @Test("a demonym places the fact when it qualifies land, not when it qualifies people or media", arguments: [
        ("Des soldats sont entrés en territoire syrien dimanche.", Language.french, ["Syrie"]),
        ("Soldiers entered Syrian territory on Sunday.", Language.english, ["Syria"]),
        ("Les agences russes ont publié la nouvelle dimanche.", Language.french, []),
        ("Russian officials met the delegation on Sunday.", Language.english, []),
    ])
    func demonymPlace(_ text: String, _ language: Language, _ places: [String]) {
        #expect(analyze(text, language: language).claims.first?.where == places)
    }
}

@Suite("Entities: the name a report shows")
struct EntityDisplayNameTests {
    @Test("the name in a dateline's brackets is the agency that filed the story, known or not: an organization, also where the text names it again")
    func datelineAgencyUnknown() {
        let a = analyze("RABAT, May 12 (Atlas Wire) - Two officials told Atlas Wire that rescue teams had reached the town.", language: .english, published: "2026-05-12")
        #expect(a.entities.first { $0.name == "Atlas Wire" }?.type == .organization)
        #expect(!a.entities.contains { $0.name == "Atlas Wire" && $0.type == .person })
        #expect(a.claims.first?.who.contains("Atlas Wire") == false)
    }

    @Test("a dateline in capitals does not name the place: « MOSCOU (Reuters) – » then « Moscou » is Moscou")
    func datelineCapitals() {
        let a = analyze("MOSCOU (Reuters) – Le convoi est arrivé dimanche.\n\nLe convoi a quitté Moscou lundi.")
        #expect(entity(a, "Moscou")?.name == "Moscou")
    }
}

@Suite("Entities: a name used as a qualifier")
struct EntityQualifierTests {
    @Test("« Russian military bases »: the army qualifies the bases, it is not named; « the Russian military said » names it")
    func militaryBases() {
        let a = analyze("The rebels guaranteed the safety of Russian military bases on Sunday.", language: .english)
        #expect(a.entities.contains { $0.type == .organization } == false)
        let b = analyze("The Russian military said the convoy left on Sunday.", language: .english)
        #expect(b.entities.contains { $0.type == .organization } == true)
    }
}

@Suite("Claims: a fact of the whole country")
struct NationalScopeTests {
    @Test("« journée nationale », « sur l’ensemble du territoire », « nationwide »: the story's country, even when only its cities are named", arguments: [
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nLa journée nationale de grève a rassemblé 1,2 million de personnes.", Language.french, "journée nationale", ["France"]),
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nQuelque 400 policiers ont été blessés sur l’ensemble du territoire.", Language.french, "400 policiers", ["France"]),
        ("Marches were held in Leeds and Manchester.\n\nNationwide, 300 000 people joined the strike.", Language.english, "300 000", ["United Kingdom"]),
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nLa CGT a compté 30 000 manifestants.", Language.french, "30 000", []),
    ])
    func national(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.where == places)
    }
}

@Suite("Claims: a country that acts")
struct CountryActorTests {
    @Test("a country acts as the subject at a quotation's start, before an apposition, or as the agent of an event word", arguments: [
        ("« La Russie a toujours soutenu une solution politique », a déclaré la source.", Language.french, "Russie"),
        ("Alors que la Russie, principale alliée du régime, s'était engagée militairement en 2015, la guerre a duré.", Language.french, "Russie"),
        ("Le dirigeant s'est installé à Moscou, bénéficiant de l'asile accordé par la Russie.", Language.french, "Russie"),
        ("He was granted asylum by Russia on humanitarian grounds.", Language.english, "Russia"),
        ("Il a trouvé refuge à Moscou, où la Russie lui a accordé l’asile.", Language.french, "Russie"),
        ("He is in Moscow after Russia granted him asylum.", Language.english, "Russia"),
    ])
    func acts(_ text: String, _ language: Language, _ actor: String) {
        // The clause that names the country ("…, où la Russie …" is a claim of its own).
        #expect(analyze(text, language: language).claims.first { $0.text.contains(actor) }?.who.contains(actor) == true)
    }

    @Test("a country after « avec », \"with\" is a party to the fact, not where it happens", arguments: [
        ("Principal allié du régime avec l'Iran, la Russie a envoyé des troupes.", Language.french, "Iran"),
        ("The former leader sided with the Soviet Union during the war.", Language.english, "Soviet Union"),
        ("Officials said they were in talks with Turkey on Monday.", Language.english, "Turkey"),
    ])
    func partner(_ text: String, _ language: Language, _ country: String) throws {
        let c = try #require(analyze(text, language: language).claims.first { $0.text.contains(country) })
        #expect(c.who.contains(country))
        #expect(!c.where.contains(country))
    }

    @Test("a partner does not stand for the actor: « Le ministre a démenti tout échange avec Téhéran » is still the minister's")
    func partnerBesideActor() throws {
        let a = analyze("« Nous ne négocions pas », a déclaré le ministre Paul Girard. Le ministre a démenti tout échange de prisonniers avec Téhéran.")
        let c = try #require(a.claims.first { $0.text.contains("Téhéran") })
        #expect(c.who == ["Paul Girard", "Téhéran"])
    }

    @Test("a place after « par » with no event word before it is a route, not an agent")
    func route() {
        let c = analyze("Le convoi est passé par la Turquie avant de rejoindre Moscou.").claims.first
        #expect(c?.who.contains("Turquie") == false)
        #expect(c?.where.contains("Turquie") == true)
    }
}

@Suite("Claims: whose relative or official")
struct PossessorTests {
    @Test("« X's wife », « X's father, Y », « X's Prime Minister Y »: the relative or the official acts, not X; « X's fate » is about X", arguments: [
        ("Vladimir Putin met reporters. Putin's father, Vladimir Spiridonovich Putin, served in the navy.", "served", ["Vladimir Spiridonovich Putin"]),
        ("Vladimir Putin met reporters. The offices will remain under Putin's Prime Minister Mikhail Mishustin.", "remain", ["Mikhail Mishustin"]),
        ("Vladimir Putin met reporters. Putin's fate was unknown on Sunday.", "fate", ["Vladimir Putin"]),
        ("Vladimir Putin met reporters. Vladimir Putin spoke again. Vladimir Putin left. Family members who played key roles in Putin’s regime have arrived in Minsk.", "Family members", [String]()),
    ])
    func possessor(_ text: String, _ fragment: String, _ actors: [String]) {
        #expect(claim(analyze(text, language: .english), fragment)?.who == actors)
    }
}

@Suite("Claims: « le pays », « the country »")
struct TheCountryTests {
    @Test("the country of the place named last before it, though the article names another country more", arguments: [
        ("La Russie a accordé l’asile. Moscou a confirmé. La Russie a parlé.\n\nLes insurgés ont proclamé la libération de Damas. Le président a fui le pays.", Language.french, "fui le pays", ["Syrie"]),
        ("Russia granted asylum. Russia confirmed it. Russia spoke.\n\nInsurgents declared the liberation of Damascus. The president fled the country.", Language.english, "fled the country", ["Syria"]),
    ])
    func theCountry(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.where == places)
    }
}

@Suite("Claims: « la capitale » with no country said")
struct BareCapitalTests {
    @Test("the capital of the country named last in the sentence, else of the story's country; not the adjective, not beside a named city", arguments: [
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nLa CGT a compté 80 000 manifestants dans la capitale.", Language.french, "80 000", ["Paris"]),
        ("Les autorités russes ont indiqué que le dirigeant était arrivé dans la capitale.", Language.french, "arrivé", ["Moscou"]),
        ("Marches were held in Leeds and Manchester.\n\nPolice counted 20 000 marchers in the capital.", Language.english, "20 000", ["London"]),
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nCette journée revêt une importance capitale pour les syndicats.", Language.french, "importance", []),
        ("Des cortèges ont défilé à Lyon et à Marseille.\n\nLes rebelles ont pris la capitale, Lyon, dimanche.", Language.french, "rebelles", ["Lyon"]),
    ])
    func bareCapital(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.where == places)
    }
}

@Suite("Claims: a country owning a title")
struct PossessiveCountryTests {
    @Test("« Syria's former president Bashar al-Assad »: the country qualifies the title, it does not act")
    func possessiveTitle() {
        let c = analyze("Syria's former president Bashar al-Assad arrived in Moscow on Sunday.", language: .english).claims.first
        #expect(c?.who == ["Bashar al-Assad"])
        #expect(c?.where == ["Moscow"])
    }
}

@Suite("Claims: the protagonist of a movement no one is named for")
struct ProtagonistTests {
    static let text = """
    Le maire de Lyon, Paul Girard, a démissionné dimanche.
    Paul Girard a quitté la mairie en fin de journée.
    Selon ses proches, Paul Girard se repose.
    Un avion privé a décollé de Bron dans la soirée.
    Un orage a frappé la région dans la soirée.
    """

    @Test("a departure naming no one is the protagonist's; other happenings are not")
    func movement() {
        let a = analyze(Self.text)
        #expect(claim(a, "Un avion privé")?.who == ["Paul Girard"])
        #expect(claim(a, "Un orage")?.who == [])
    }
}

@Suite("Claims: the events a claim tells")
struct ClaimEventTests {
    static func tells(_ text: String, _ language: Language, _ event: String) -> Bool {
        analyze(text, language: language).claims.first?.events.contains(event) == true
    }

    @Test("« est à Moscou », « is in Moscow » tell an arrival; « est favorable à » does not", arguments: [
        ("Le président déchu est à Moscou, ont confirmé les médias russes.", Language.french, true),
        ("The ousted president is in Moscow, Russian media said.", Language.english, true),
        ("Le président est favorable à une solution politique.", Language.french, false),
    ])
    func beingThere(_ text: String, _ language: Language, _ arrives: Bool) {
        #expect(Self.tells(text, language, "arrive") == arrives)
    }

    @Test("fleeing to a place tells arriving there (« s'est enfui à Moscou », \"fled with his family to Moscow\"); fleeing a place, or for no place named, does not", arguments: [
        ("L'ancien président s'est enfui à Moscou avec sa famille.", Language.french, true),
        ("Le dirigeant a fui vers la Russie dimanche.", Language.french, true),
        ("The former president fled with his family to Moscow on Sunday.", Language.english, true),
        ("The former president fled Damascus on Sunday.", Language.english, false),
        ("Le dirigeant a fui à bord d'un avion privé.", Language.french, false),
        ("The former president fled to an unknown destination.", Language.english, false),
    ])
    func fleeingTo(_ text: String, _ language: Language, _ arrives: Bool) {
        #expect(Self.tells(text, language, "flee"))
        #expect(Self.tells(text, language, "arrive") == arrives)
    }

    @Test("« s'est installé à Moscou » arrives; « son installation navale », « l'espace aérien » tell no arrival nor travel", arguments: [
        ("Le dirigeant s'est installé à Moscou avec sa famille.", "arrive", true),
        ("La marine veut sauver son installation navale sur la côte.", "arrive", false),
        ("Des drones ont violé l'espace aérien du pays.", "travel", false),
    ])
    func installedOrInstallation(_ text: String, _ event: String, _ tells: Bool) {
        #expect(Self.tells(text, .french, event) == tells)
    }

    @Test("an agreement is not a grant: « aucun accord n'a été conclu », \"a deal was reached\" tell an agreement, « leur a accordé l'asile » a grant; air traffic controllers seize nothing; an alert is a warning in both languages", arguments: [
        ("Le ministre a assuré qu'aucun accord n'avait été conclu avec les grévistes.", Language.french, "agreement", true),
        ("Le ministre a assuré qu'aucun accord n'avait été conclu avec les grévistes.", Language.french, "grant", false),
        ("La Russie leur a accordé l'asile pour des raisons humanitaires.", Language.french, "grant", true),
        ("The minister said a deal with the strikers had been reached overnight.", Language.english, "agreement", true),
        ("Officials are dealing with the backlog of flights.", Language.english, "agreement", false),
        ("La grève des contrôleurs aériens a entraîné l'annulation de 900 vols.", Language.french, "seize", false),
        ("A strike by air traffic controllers forced the cancellation of 700 flights.", Language.english, "seize", false),
        ("Rebels took control of the city on Sunday.", Language.english, "seize", true),
        ("Selon la radio publique, l'alerte a été envoyée trop tard.", Language.french, "warn", true),
        ("The regional government denied that the alert had been issued too late.", Language.english, "warn", true),
    ])
    func agreementsAndControllers(_ text: String, _ language: Language, _ event: String, _ tells: Bool) {
        #expect(Self.tells(text, language, event) == tells)
    }

    @Test("being held is prison in both languages: « toujours détenus », \"remain in detention\"; being detained is an arrest", arguments: [
        ("Trois autres Français sont toujours détenus en Iran.", Language.french, "prison"),
        ("Four other French nationals remain in detention in Iran.", Language.english, "prison"),
        ("Twelve protesters were detained by police on Sunday.", Language.english, "arrest"),
    ])
    func heldOrDetained(_ text: String, _ language: Language, _ event: String) {
        #expect(Self.tells(text, language, event))
    }

    @Test("counting cases is recording them in both languages: « 812 cas ont été recensés », \"800 cases have been recorded\"", arguments: [
        ("Au total, 812 cas ont été recensés depuis le 1er août.", Language.french),
        ("More than 800 cases have been recorded since August 1.", Language.english),
    ])
    func recorded(_ text: String, _ language: Language) {
        #expect(Self.tells(text, language, "record"))
    }

    @Test("the title of whoever speaks tells no event: « a indiqué le gouverneur », \"the governor's office said\"", arguments: [
        ("Les écoles resteront fermées jusqu'à lundi, a indiqué le gouverneur.", Language.french),
        ("Schools will remain closed until Monday, the governor's office said.", Language.english),
    ])
    func speakerTitle(_ text: String, _ language: Language) {
        #expect(!Self.tells(text, language, "govern"))
        #expect(Self.tells(text, language, "close"))
    }

    @Test("« fermement », « fermeté », « prison ferme » close nothing; « a fermé » does", arguments: [
        ("Le gouvernement a fermement condamné l'attaque.", false),
        ("Le ministre a appelé à la fermeté.", false),
        ("La préfecture a fermé le pont.", true),
        ("Le parquet a requis cinq ans de prison ferme.", false),
        ("Il a été condamné à quatre ans, dont deux ferme.", false),
    ])
    func firmly(_ text: String, _ closes: Bool) {
        #expect(Self.tells(text, .french, "close") == closes)
    }

    @Test("« a frappé » (struck) is no air strike, « une frappe de drone » is; « les opérations de recherche » are a rescue", arguments: [
        ("Un séisme a frappé mardi l'ouest du pays.", "airstrike", false),
        ("Une frappe de drone a touché un entrepôt.", "airstrike", true),
        ("Des frappes ont visé la ville dans la nuit.", "airstrike", true),
        ("Les opérations de recherche se poursuivent dans quatre immeubles.", "rescue", true),
    ])
    func strikeOrStruck(_ text: String, _ event: String, _ tells: Bool) {
        #expect(Self.tells(text, .french, event) == tells)
    }

    @Test("« prison ferme » is still prison")
    func firmPrison() {
        #expect(Self.tells("Le parquet a requis cinq ans de prison ferme.", .french, "prison"))
    }

    @Test("conceding and winning an election, migration, in both languages", arguments: [
        ("Les deux parties n'ont pas évoqué la question migratoire.", Language.french, "migration"),
        ("Migration was discussed at length.", Language.english, "migration"),
        ("La BCE a abaissé ses taux directeurs jeudi.", Language.french, "rate"),
        ("The ECB cut its key interest rates on Thursday.", Language.english, "rate"),
        ("La BCE prévoit une inflation de 2,1 % en 2026.", Language.french, "inflation"),
        ("La candidate a reconnu sa défaite mardi soir.", Language.french, "concede"),
        ("The candidate conceded defeat on Tuesday night.", Language.english, "concede"),
        ("Le candidat a remporté l'élection avec 53 % des voix.", Language.french, "win"),
        ("The candidate won the election with 53% of the vote.", Language.english, "win"),
    ])
    func election(_ text: String, _ language: Language, _ event: String) {
        #expect(Self.tells(text, language, event))
    }

    @Test("a trial's events: the sentence, what the prosecution sought, a fine, an appeal, who attended (fr, en)", arguments: [
        ("L'ancien maire a été condamné mercredi à cinq ans de prison.", Language.french, "sentence"),
        ("The former mayor was sentenced on Wednesday to five years in prison.", Language.english, "sentence"),
        ("Le parquet avait requis sept ans de prison.", Language.french, "request"),
        ("Prosecutors had sought a seven-year sentence.", Language.english, "request"),
        ("Le tribunal lui a infligé une amende de 100 000 euros.", Language.french, "fine"),
        ("He was fined 100,000 euros.", Language.english, "fine"),
        ("Son avocat a annoncé qu'il allait faire appel.", Language.french, "appeal"),
        ("His lawyer said he would appeal.", Language.english, "appeal"),
        ("Il n'était pas présent à l'audience.", Language.french, "attend"),
        ("He did not attend the hearing.", Language.english, "attend"),
    ])
    func trialEvents(_ text: String, _ language: Language, _ event: String) {
        #expect(Self.tells(text, language, event))
    }

    @Test("an accident's events: speeding, its causes; a speed limit is no speeding (fr, en)", arguments: [
        ("D'après des témoins, le train roulait à vive allure.", Language.french, "speed", true),
        ("The company denied that the train had been speeding.", Language.english, "speed", true),
        ("The driver said the train was travelling below the speed limit.", Language.english, "speed", false),
        ("Il est trop tôt pour connaître les causes de l'accident, selon le ministre.", Language.french, "cause", true),
        ("He said it was too early to say what caused the crash.", Language.english, "cause", true),
    ])
    func accidentEvents(_ text: String, _ language: Language, _ event: String, _ tells: Bool) {
        #expect(Self.tells(text, language, event) == tells)
    }

    @Test("health and economic news have their events: an outbreak, a vaccination, a postponement, a decrease (fr, en)", arguments: [
        ("L'épidémie de choléra a fait 70 morts au Nord-Kivu.", Language.french, "epidemic"),
        ("A cholera outbreak has killed 61 people in North Kivu.", Language.english, "epidemic"),
        ("Une campagne de vaccination doit débuter le 24 février à Goma.", Language.french, "vaccinate"),
        ("A vaccination campaign is due to start in Goma on Feb. 25.", Language.english, "vaccinate"),
        ("La campagne a été reportée faute de doses.", Language.french, "postpone"),
        ("The campaign was postponed for lack of doses.", Language.english, "postpone"),
        ("Le taux de chômage a reculé de 0,2 point.", Language.french, "decrease"),
        ("The number of jobseekers dropped by 35,000.", Language.english, "decrease"),
    ])
    func healthEvents(_ text: String, _ language: Language, _ event: String) {
        #expect(Self.tells(text, language, event))
    }

    @Test("a storm's events: winds, power cuts, closures; a word merely starting like an event word tells none", arguments: [
        ("Des rafales de 150 km/h ont été relevées sur la côte.", Language.french, "wind", true),
        ("Gusts of up to 95 mph were recorded on the coast.", Language.english, "wind", true),
        ("Quelque 300 000 foyers étaient privés de courant mardi soir.", Language.french, "outage", true),
        ("About 300,000 homes were left without power on Tuesday evening.", Language.english, "outage", true),
        ("About 300,000 homes were left without power on Tuesday evening.", Language.english, "leave", false),
        ("About 300,000 homes were left without power on Tuesday evening.", Language.english, "govern", false),
        ("Les écoles du département resteront fermées jeudi.", Language.french, "close", true),
        ("Les écoles du département resteront fermées jeudi.", Language.french, "leave", false),
        ("Schools in the department will remain closed on Thursday.", Language.english, "leave", false),
        ("Rioters stormed the parliament.", Language.english, "loot", true),
        ("Le groupe va supprimer 1 200 postes en France.", Language.french, "layoff", true),
        ("The group will cut 1,500 jobs in France.", Language.english, "layoff", true),
        ("Le chiffre d'affaires du groupe a chuté de 18 %.", Language.french, "revenue", true),
        ("Revenue fell 16% last year.", Language.english, "revenue", true),
        ("Le ministre recevra les syndicats vendredi.", Language.french, "meet", true),
        ("Le Kremlin a démenti toute implication.", Language.french, "deny", true),
        ("Russia denied any involvement.", Language.english, "deny", true),
        ("Trois drones ont été abattus par des avions néerlandais.", Language.french, "shootdown", true),
        ("Four drones were shot down by Dutch jets.", Language.english, "shootdown", true),
    ])
    func stormEvents(_ text: String, _ language: Language, _ event: String, _ tells: Bool) {
        #expect(Self.tells(text, language, event) == tells)
    }

    @Test("an institution's name tells no event: the Rassemblement national, the National Rally hold no rally")
    func namesTellNoEvent() {
        #expect(!Self.tells("Le Rassemblement national a déposé une motion de censure mardi.", .french, "protest"))
        #expect(!Self.tells("The National Rally filed a motion of censure on Tuesday.", .english, "protest"))
        #expect(Self.tells("Un rassemblement a réuni 300 personnes devant la mairie.", .french, "protest"))
    }

    @Test("set phrases name no event: « sur la base de », « based on » are no military base; « la base navale » is", arguments: [
        ("« Le Chili, sur la base de considérations humanitaires, leur a accordé l’asile », a dit la source.", Language.french, false),
        ("The decision was based on humanitarian grounds, the ministry said.", Language.english, false),
        ("La marine a quitté la base navale de Valparaiso.", Language.french, true),
        ("Drones struck the air base near Homs.", Language.english, true),
    ])
    func base(_ text: String, _ language: Language, _ isBase: Bool) {
        #expect(Self.tells(text, language, "base") == isBase)
    }

    @Test("the same happening has one name in both languages, whatever story it comes from", arguments: [
        ("Un séisme de magnitude 6,1 a frappé la région de Smyrne lundi.", Language.french, "quake"),
        ("A magnitude 6.1 earthquake struck the Izmir region on Monday.", Language.english, "quake"),
        ("Les inondations ont fait 12 morts à Valence.", Language.french, "flood"),
        ("Floods killed 12 people in Valencia.", Language.english, "flood"),
        ("Deux otages ont été libérés samedi à Bamako.", Language.french, "hostage"),
        ("Two hostages were freed in Bamako on Saturday.", Language.english, "hostage"),
        ("Le tribunal de Lyon a rendu son verdict jeudi.", Language.french, "trial"),
        ("The court in Leeds delivered its verdict on Thursday.", Language.english, "trial"),
        ("Une explosion a secoué le port de Beyrouth.", Language.french, "explosion"),
        ("A blast shook the port of Beirut.", Language.english, "explosion"),
        ("Un cessez-le-feu est entré en vigueur à Gaza.", Language.french, "ceasefire"),
        ("A ceasefire took effect in Gaza.", Language.english, "ceasefire"),
        ("La police a ouvert une enquête à Marseille.", Language.french, "investigate"),
        ("Police opened an investigation in Marseille.", Language.english, "investigate"),
        ("Les deux pays ont procédé à un échange de prisonniers.", Language.french, "exchange"),
        ("The two countries swapped prisoners on Tuesday.", Language.english, "exchange"),
    ])
    func newsHappenings(_ text: String, _ language: Language, _ event: String) {
        #expect(Self.tells(text, language, event))
    }

    @Test("« un violent séisme », \"a violent storm\": the adjective tells no violence; « des violences » do", arguments: [
        ("Un violent séisme a frappé la région de Smyrne.", Language.french, false),
        ("A violent storm hit the coast of Cornwall.", Language.english, false),
        ("Des violences ont éclaté à Nantes.", Language.french, true),
        ("Violence broke out in Nantes.", Language.english, true),
    ])
    func violentIsNoViolence(_ text: String, _ language: Language, _ violence: Bool) {
        #expect(Self.tells(text, language, "violence") == violence)
    }
}

@Suite("Claims: who a noun phrase is about")
struct QualifiedActorTests {
    @Test("a person named by their tie to someone or something (ally, opponent, owner) is not the actor", arguments: [
        ("Principal allié de Paul Girard, le Pérou a fermé sa frontière.", Language.french, "Paul Girard", false),
        ("Des manifestants ont pillé une villa appartenant au président Paul Girard à Valparaiso.", Language.french, "Paul Girard", false),
        ("A villa belonging to President Paul Girard was looted in Valparaiso.", Language.english, "Paul Girard", false),
        ("Les opposants au président Paul Girard ont pris Valparaiso.", Language.french, "Paul Girard", false),
        ("The allies of Paul Girard closed the border with Peru.", Language.english, "Paul Girard", false),
        // The regime is its leader's doing.
        ("La fin du régime de Paul Girard marque un tournant au Chili.", Language.french, "Paul Girard", true),
        ("Paul Girard a quitté Valparaiso dimanche.", Language.french, "Paul Girard", true),
    ])
    func qualified(_ text: String, _ language: Language, _ person: String, _ acts: Bool) {
        #expect(analyze(text, language: language).claims.first?.who.contains(person) == acts)
    }

    @Test("a demonym beside the opposition or rebels does not make the country act", arguments: [
        ("Les rebelles chiliens ont pris le contrôle de Valparaiso.", Language.french, "Chili", false),
        ("Chilean opposition forces took control of Valparaiso.", Language.english, "Chile", false),
        ("Les responsables chiliens ont signé l'accord.", Language.french, "Chili", true),
        ("Chilean officials signed the deal.", Language.english, "Chile", true),
    ])
    func demonym(_ text: String, _ language: Language, _ country: String, _ acts: Bool) {
        #expect(analyze(text, language: language).claims.first?.who.contains(country) == acts)
    }
}

@Suite("Claims: a place put before the sentence's first comma")
struct FrontedPlaceTests {
    @Test("« À Lyon, … et la préfecture 9 000 », « In Leeds, …, while the union claimed 20 000 »: each clause happened there; a clause naming its own place keeps it", arguments: [
        ("À Lyon, les syndicats ont compté 40 000 personnes et la préfecture 9 000.", Language.french, "préfecture 9 000", ["Lyon"]),
        ("À Lyon, la police a dénombré 9 000 manifestants, tandis que la CGT en a revendiqué 40 000.", Language.french, "revendiqué 40 000", ["Lyon"]),
        ("In Leeds, police counted 9 000 marchers, while the union claimed 20 000.", Language.english, "claimed 20 000", ["Leeds"]),
        ("À Lyon, la police a dénombré 9 000 manifestants, tandis que la CGT a compté 12 000 manifestants à Marseille.", Language.french, "12 000", ["Marseille"]),
    ])
    func frontedPlace(_ text: String, _ language: Language, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text, language: language), fragment)?.where == places)
    }
}

/// Places a clause names without naming them as actors: a town counted in, a pronoun for a place.
@Suite("Claims: towns counted in, places a pronoun stands for")
struct CountedPlaceTests {
    @Test("a town the clause counts a crowd in is where, not who; a country still acts", arguments: [
        ("Nantes avec 12 000 manifestants n'est pas la seule ville mobilisée.", Language.french, "Nantes", ["Nantes"], [String]()),
        ("Manchester, with 20,000 marchers, saw the largest protest of the day.", Language.english, "Manchester", ["Manchester"], [String]()),
        ("La Russie a envoyé 2 000 soldats en Syrie.", Language.french, "Russie", ["Syrie"], ["Russie"]),
    ])
    func countedTown(_ text: String, _ language: Language, _ fragment: String, _ places: [String], _ actors: [String]) {
        let c = claim(analyze(text, language: language), fragment)
        #expect(c?.where == places)
        #expect(c?.who == actors)
    }

    @Test("« y » stands for the place named last, in its sentence or the one before; « il y a », « y compris » and a place further back do not", arguments: [
        ("Des heurts ont éclaté à Nantes. Des vitrines y ont été brisées.", "vitrines", ["Nantes"]),
        ("Des heurts ont éclaté à Nantes. Il n'y a eu aucun blessé.", "blessé", [String]()),
        ("Des heurts ont éclaté à Nantes. La grève a été suivie. Des enseignants y ont participé.", "enseignants", [String]()),
    ])
    func locativePronoun(_ text: String, _ fragment: String, _ places: [String]) {
        #expect(claim(analyze(text), fragment)?.where == places)
    }
}
