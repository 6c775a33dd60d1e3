import Testing
import CorroborateCore
@testable import CorroborateExtraction

@Suite("Entities: names, types, merged forms")
struct EntityTests {
    @Test("forms of one person merge under the fullest name")
    func merging() {
        let a = analyze("Bachar al-Assad a quitté Damas. Bachar Al-Assad est à Moscou. Assad n’a fait aucune déclaration.")
        let e = entity(a, "Bachar al-Assad")
        #expect(e?.type == .person)
        #expect(e?.aliases.contains("Assad") == true)
        #expect(e?.aliases.contains("Bachar Al-Assad") == true)
        #expect(a.entities.filter { $0.type == .person }.count == 1)
    }

    @Test("the surname of a person named in full is that person though a town bears it; after \"in\" it is the town", arguments: [
        ("Interior Minister Ali Kaya visited the site. Kaya said 23 people were rescued.", Language.english, true),
        ("Le ministre Ali Kaya s'est rendu sur place. « Les recherches continuent », a déclaré M. Kaya.", Language.french, true),
        ("Interior Minister Ali Kaya visited the site. Rescuers in Kaya found 23 survivors.", Language.english, false),
    ])
    func surnameOverTown(_ text: String, _ language: Language, _ merged: Bool) {
        let a = analyze(text, language: language)
        #expect(entity(a, "Ali Kaya")?.aliases.contains("Kaya") == merged)
        #expect(a.entities.contains { $0.name == "Kaya" && $0.type == .place } == !merged)
    }

    @Test("« le camp de Mme X » is that person's side, no site; « la Commission » alone is the commission named before")
    func campAndHeadWord() {
        let a = analyze("La Commission électorale a publié les résultats. Le camp de Mme Roux dénonce des irrégularités, a précisé la Commission.")
        #expect(!a.entities.contains { $0.type == .place })
        #expect(entity(a, "Commission électorale")?.aliases.contains("Commission") == true)
        #expect(a.entities.filter { $0.type == .organization }.count == 1)
    }

    @Test("a name before a lowercase title and its holder is the title's town, or undecided, never a person; a firm in apposition to a word for a firm", arguments: [
        ("A court sentenced former Villeneuve mayor Paul Girard to three years in prison.", "Villeneuve", EntityType?.some(.place)),
        ("Kestrelton chief executive Paul Girard resigned on Monday.", "Kestrelton", EntityType?.none),
        ("The court fined the building's management company, Habitat Plus, 50,000 euros.", "Habitat Plus", EntityType?.some(.organization)),
    ])
    func titleQualifier(_ sentence: String, _ name: String, _ type: EntityType?) {
        let a = analyze(sentence, language: .english)
        #expect(entity(a, name)?.type == type)
        #expect(entity(a, "Paul Girard")?.type == (sentence.contains("Paul Girard") ? .person : nil))
    }

    @Test("places, organizations and agencies from the lexicons, in French and English", arguments: [
        ("Le convoi a quitté Damas pour Moscou, selon l’agence TASS.", Language.french, "Damas", EntityType.place),
        ("Le convoi a quitté Damas pour Moscou, selon l’agence TASS.", Language.french, "TASS", EntityType.organization),
        ("The convoy left Damascus for Moscow, according to Reuters.", Language.english, "Moscow", EntityType.place),
        ("The convoy left Damascus for Moscow, according to Reuters.", Language.english, "Reuters", EntityType.organization),
        ("Le ministère de l’Intérieur a compté 12 000 manifestants.", Language.french, "ministère de l’Intérieur", EntityType.organization),
    ])
    func typed(_ sentence: String, _ language: Language, _ name: String, _ type: EntityType) {
        let a = analyze(sentence, language: language)
        #expect(entity(a, name)?.type == type)
    }

    @Test("an organization the lexicon writes in lowercase is named after its article, not as an adjective", arguments: [
        ("Les cheminots ont défilé à l’appel de l’intersyndicale.", Language.french, "intersyndicale", true),
        ("La journée d’actions intersyndicale a rassemblé des milliers de personnes.", Language.french, "intersyndicale", false),
        ("The tories lost the vote in the Commons.", Language.english, "tories", true),
        ("Les talibans ont pris la ville.", Language.french, "talibans", true),
    ])
    func lowercaseOrganization(_ sentence: String, _ language: Language, _ name: String, _ named: Bool) {
        let e = analyze(sentence, language: language).entities.first { $0.name.lowercased() == name || $0.aliases.contains(name) }
        #expect((e?.type == .organization) == named)
    }

    @Test("a name no lexicon knows is a place when a kind of land or nearness names it: « la province de X », « près de X », \"the town of X\", \"X province\"", arguments: [
        ("Un séisme a frappé la province de Velmarosk lundi.", Language.french, "Velmarosk"),
        ("Les secours sont arrivés dans la ville d'Orvenza.", Language.french, "Orvenza"),
        ("An earthquake struck Velmarosk province on Monday.", Language.english, "Velmarosk"),
        ("Rescuers reached the city of Orvenza overnight.", Language.english, "Orvenza"),
        ("Un bus s'est renversé près de Castelverde dimanche.", Language.french, "Castelverde"),
        ("Le feu a gagné la commune de Saint-Aurel.", Language.french, "Saint-Aurel"),
        ("A bus overturned near the town of Castelverde on Sunday.", Language.english, "Castelverde"),
        ("Fighting reached the outskirts of Orvenza.", Language.english, "Orvenza"),
    ])
    func placeByKind(_ sentence: String, _ language: Language, _ name: String) {
        #expect(entity(analyze(sentence, language: language), name)?.type == .place)
    }

    @Test("a known place followed by more of an unknown name starts another place's name: \"Porto Alegre\", \"Rio Grande do Sul\"", arguments: [
        ("Floods hit Rio Grande do Sul state on Monday.", "Rio Grande do Sul"),
        ("The president arrived in Porto Alegre on Tuesday.", "Porto Alegre"),
    ])
    func longerPlaceName(_ sentence: String, _ name: String) {
        #expect(entity(analyze(sentence, language: .english), name)?.type == .place)
    }

    @Test("a known place before a title stays that place: \"Moscow Mayor Sergei Sobyanin\"")
    func placeBeforeTitle() {
        let a = analyze("Moscow Mayor Sergei Sobyanin said the city was calm.", language: .english)
        #expect(entity(a, "Moscow")?.type == .place)
        #expect(entity(a, "Sergei Sobyanin")?.type == .person)
    }

    @Test("a name after a title is a person")
    func titled() {
        let a = analyze("Le porte-parole du gouvernement, Jean-Marc Dufresnoy, a démenti l’information.")
        #expect(entity(a, "Jean-Marc Dufresnoy")?.type == .person)
    }

    @Test("sentence-initial words and demonyms are not names")
    func notNames() {
        let a = analyze("Rappelons que le convoi a quitté la ville. Selon les habitants, les soldats russes sont partis.")
        #expect(a.entities.allSatisfy { $0.name != "Rappelons" && $0.name != "Selon" })
        let b = analyze("Russian troops left the Syrian city on Sunday.", language: .english)
        #expect(b.entities.allSatisfy { $0.name != "Russian" && $0.name != "Syrian" })
    }

    @Test("an article opens a known name only before a capital: « La presse russe » is the press, « La Presse » the paper")
    func articleBeforeCapital() {
        #expect(analyze("La presse russe a confirmé la nouvelle.").entities.isEmpty)
        #expect(analyze("Selon La Presse, le convoi est parti.").entities.contains { $0.name == "La Presse" && $0.type == .organization })
    }

    @Test("same entity, same key across languages")
    func keys() {
        let fr = analyze("Le convoi est arrivé à Moscou.")
        let en = analyze("The convoy arrived in Moscow.", language: .english)
        #expect(entity(fr, "Moscou")?.key == entity(en, "Moscow")?.key)
    }
}

@Suite("Entities: an institution's name ends with its adjectives")
struct InstitutionAdjectiveTests {
    @Test("lowercase adjectives after the capitalized word belong to the name", arguments: [
        ("Le séisme a été mesuré par l'Institut géophysique de l'École polytechnique nationale.", "Institut géophysique de l'École polytechnique nationale"),
        ("Le ministère des Affaires étrangères a démenti.", "ministère des Affaires étrangères"),
    ])
    func adjectives(_ text: String, _ name: String) {
        #expect(entity(analyze(text), name)?.type == .organization)
    }

    @Test("a nationality after the name is not part of it")
    func nationality() {
        #expect(entity(analyze("Le ministère de l'Intérieur français a démenti."), "ministère de l'Intérieur") != nil)
    }
}

@Suite("Entities: a paper or a firm named after its place")
struct NamedAfterPlaceTests {
    @Test("a known city followed by more of a name is a paper after a medium noun or before a paper's word", arguments: [
        ("Les boîtes noires ont été retrouvées, selon le quotidien Kathmandu Post.", Language.french, "Kathmandu Post", EntityType.organization),
        ("The recorders were found, the Jakarta Post reported.", Language.english, "Jakarta Post", EntityType.organization),
        ("The floods reached Porto Alegre on Monday.", Language.english, "Porto Alegre", EntityType.place),
    ])
    func paper(_ text: String, _ language: Language, _ name: String, _ type: EntityType) {
        #expect(entity(analyze(text, language: language), name)?.type == type)
    }

    @Test("a country's name and one more word no lexicon knows name a firm or a medium: « France Bleu », \"Iran Air\"; « la France » alone stays the country", arguments: [
        ("Le bilan relayé par France Bleu fait état de trois blessés.", Language.french, "France Bleu", EntityType.organization),
        ("Flights by Iran Air were cancelled on Monday.", Language.english, "Iran Air", EntityType.organization),
        ("Le convoi a quitté la France lundi.", Language.french, "France", EntityType.place),
    ])
    func countryAndWord(_ sentence: String, _ language: Language, _ name: String, _ type: EntityType) {
        #expect(entity(analyze(sentence, language: language), name)?.type == type)
    }
}

@Suite("Entities: a title, a nationality, then the name")
struct TitleNationalityNameTests {
    @Test("« le Premier ministre serbe Milan Petrovic » is Milan Petrovic; « le ministre de l'Intérieur X » keeps its portfolio apart", arguments: [
        ("Le Premier ministre serbe Milan Petrovic a annoncé mardi sa démission.", "Milan Petrovic"),
        ("Le président syrien Karim Haddad a quitté le pays.", "Karim Haddad"),
    ])
    func nationality(_ text: String, _ name: String) {
        let a = analyze(text)
        #expect(entity(a, name)?.type == .person)
        #expect(a.claims.first?.sources.allSatisfy { !$0.contains("ministre") } ?? true)
    }
}

@Suite("Entities: natural sites and storms")
struct SiteAndStormTests {
    @Test("a cape, a bay, a gulf named after its head word is a place", arguments: [
        ("Des rafales ont été relevées à la pointe du Grouin.", Language.french, "pointe du Grouin"),
        ("Gusts were recorded at Pointe du Grouin.", Language.english, "Pointe du Grouin"),
    ])
    func sites(_ text: String, _ language: Language, _ name: String) {
        #expect(entity(analyze(text, language: language), name)?.type == .place)
    }

    @Test("an island is the place its name names: « l'île italienne de Lampedusa » is Lampedusa", arguments: [
        ("Le bateau a chaviré au large de l'île italienne de Lampedusa.", "Lampedusa"),
        ("Des renforts sont arrivés sur l'île de Lampedusa.", "Lampedusa"),
    ])
    func island(_ text: String, _ name: String) {
        let a = analyze(text, language: .french)
        #expect(entity(a, name)?.type == .place)
        #expect(a.entities.count == 1)
    }

    @Test("a cry is no name: « Allah Akbar »", arguments: [
        ("« L'assaillant a crié Allah Akbar à plusieurs reprises », a précisé le procureur.", Language.french),
        ("The attacker shouted \"Allahu Akbar\", the prosecutor said.", Language.english),
    ])
    func cry(_ text: String, _ language: Language) {
        #expect(!analyze(text, language: language).entities.contains { $0.type == .person })
    }

    @Test("a storm's name is no person", arguments: [
        ("Storm Mireille killed four people on Tuesday.", Language.english),
        ("La tempête Mireille a fait quatre morts mardi.", Language.french),
    ])
    func storm(_ text: String, _ language: Language) {
        #expect(!analyze(text, language: language).entities.contains { $0.type == .person })
    }
}

@Suite("Entities: institutions named with a possessive or a country")
struct InstitutionNameFormTests {
    @Test("a possessive inside an institution's name, a country opening one", arguments: [
        ("Ports shut on Tuesday, the International Longshoremen's Association said.", "International Longshoremen's Association"),
        ("The United States Maritime Alliance said it had made an offer.", "United States Maritime Alliance"),
    ])
    func institution(_ text: String, _ name: String) {
        #expect(entity(analyze(text, language: .english), name)?.type == .organization)
    }

    @Test("a word for a non-profit introduces an organization and is no part of its name", arguments: [
        ("L'ONG Mare Solidale a dénoncé une tragédie évitable.", Language.french, "Mare Solidale"),
        ("The charity Mare Solidale said the tragedy could have been avoided.", Language.english, "Mare Solidale"),
        ("Charity Mare Solidale said the tragedy could have been avoided.", Language.english, "Mare Solidale"),
    ])
    func nonProfit(_ text: String, _ language: Language, _ name: String) {
        let a = analyze(text, language: language)
        #expect(entity(a, name)?.type == .organization)
        #expect(a.entities.count == 1)
    }

    @Test("a head word after an auxiliary is a participle: « était parti samedi de Sfax » names no party")
    func participleIsNoHead() {
        let a = analyze("Le canot était parti samedi de Sfax avec une soixantaine de personnes.", language: .french)
        #expect(!a.entities.contains { $0.type == .organization })
        #expect(entity(a, "Sfax")?.type == .place)
    }

    @Test("a country alone before another name stays the country")
    func countryThenName() {
        #expect(entity(analyze("Russia's Vladimir Putin met the envoy.", language: .english), "Russia")?.type == .place)
    }
}

@Suite("Entities: an institution's name goes on past of, for, and")
struct InstitutionConnectorTests {
    @Test("capitalized words after a connector belong to an institution's name", arguments: [
        ("A spokesperson for the Department of Health and Social Care said 40 beds were added.", Language.english, "Department of Health and Social Care"),
        ("The Food and Drug Administration approved the vaccine on Monday.", Language.english, "Food and Drug Administration"),
        ("Crews from Kestrel Valley Fire and Rescue Service attended the scene.", Language.english, "Kestrel Valley Fire and Rescue Service"),
        ("The Royal Society for the Protection of Birds said the reserve was closed.", Language.english, "Royal Society for the Protection of Birds"),
        ("The University of Orvenza said two students were hurt.", Language.english, "University of Orvenza"),
    ])
    func joined(_ text: String, _ language: Language, _ name: String) {
        #expect(entity(analyze(text, language: language), name)?.type == .organization)
    }

    @Test("two names joined by « and » stay two: persons, places, a known name after an institution", arguments: [
        ("Police said Tom Walker and Anne Price were arrested.", ["Tom Walker", "Anne Price"]),
        ("Britain and France signed the deal on Friday.", ["Britain", "France"]),
        ("The Ministry of Defence and Reuters reported the strike.", ["Ministry of Defence", "Reuters"]),
    ])
    func apart(_ text: String, _ names: [String]) {
        let a = analyze(text, language: .english)
        for n in names { #expect(entity(a, n) != nil, "\(n)") }
    }
}

@Suite("Entities: the place of a dateline")
struct DatelinePlaceTests {
    @Test("a line opening on capitals before a region, the agency and a dash names a place, known or not", arguments: [
        ("HUDDERSFIELD, England (AP) — A fire at a textile factory killed three workers on Friday.", Language.english, "HUDDERSFIELD"),
        ("KESTRELTON (Reuters) - Three workers were killed on Friday.", Language.english, "KESTRELTON"),
        ("ORVENZA, 14 mars (AFP) - Trois ouvriers ont été tués vendredi.", Language.french, "ORVENZA"),
    ])
    func place(_ text: String, _ language: Language, _ name: String) {
        #expect(entity(analyze(text, language: language), name)?.type == .place)
    }

    @Test("capitals inside a line, or without a dash after them, are no dateline")
    func notDateline() {
        let a = analyze("NHS, the health service, said on Friday that 40 beds were added.", language: .english)
        #expect(entity(a, "NHS")?.type != .place)
    }
}

@Suite("Entities: a firm or an institution told by an apposition or a short name")
struct EntityAppositionTests {
    @Test("a name followed by an apposition headed by a word for a firm is an organization; one running on into a verb says nothing", arguments: [
        ("A ransomware attack paralysed Hospices Civils de Lyon, France's second-largest hospital group, on Tuesday.", Language.english, "Hospices Civils de Lyon", EntityType.organization),
        ("Norvane, the French carmaker, said on Tuesday it would cut 1,200 jobs.", .english, "Norvane", .organization),
        ("Italy's interior minister, Giulia Ferraro, said the government would change its policy.", .english, "Giulia Ferraro", .person),
        ("Karim Bensalah, a former employee of the company, told reporters he was shocked.", .english, "Karim Bensalah", .person),
    ])
    func apposition(_ text: String, _ language: Language, _ name: String, _ type: EntityType) {
        #expect(entity(analyze(text, language: language), name)?.type == type)
    }

    @Test("a capital elided inside a name is part of it: « Horta N'Tam »; « L'Ukraine » opens no name", arguments: [
        ("Le général Horta N'Tam a été nommé président de la transition.", Language.french, "Horta N'Tam"),
        ("General Horta N'Tam was appointed on Thursday.", .english, "Horta N'Tam"),
        ("L'Ukraine et la Russie ont signé un accord.", .french, "Ukraine"),
    ])
    func elidedCapital(_ text: String, _ language: Language, _ name: String) {
        #expect(entity(analyze(text, language: language), name) != nil)
    }

    @Test("« l'Agence nationale … (Anssi) »: the name and its short name in brackets are one institution")
    func shortName() {
        let a = analyze("L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché une équipe. L'Anssi a précisé que l'enquête débutait.")
        let e = entity(a, "Agence nationale de la sécurité des systèmes d'information")
        #expect(e?.aliases.contains("Anssi") == true)
        #expect(a.entities.filter { $0.type == .organization }.count == 1)
    }

    @Test("\"the group said\": the organization an apposition called a group; \"Norvane, the carmaker, said\": the organization before its apposition")
    func firmSpeaks() throws {
        let a = analyze("A cyberattack hit Hospices Civils de Lyon, France's second-largest hospital group, on Tuesday. The group said no ransom had been paid.",
                        language: .english)
        #expect(claim(a, "no ransom")?.sources == ["Hospices Civils de Lyon"])
        let b = analyze("Norvane, the French carmaker, said on Tuesday it would cut 1,200 jobs.", language: .english)
        #expect(claim(b, "1,200 jobs")?.sources == ["Norvane"])
        // « La CFDT, premier syndicat du groupe »: the firm of a complement is another one.
        let c = analyze("Selon la CFDT, premier syndicat du groupe, 1 500 postes sont menacés. Le groupe assure qu'aucun licenciement n'aura lieu.")
        let denial = try #require(claim(c, "licenciement"))
        #expect(denial.sources != ["CFDT"])
    }
}
