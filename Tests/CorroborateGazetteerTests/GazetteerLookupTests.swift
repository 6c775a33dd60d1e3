import CorroborateCore
import CorroborateGazetteer
import Testing

/// Keys of the entries a written name is found under.
private func keys(_ phrase: String) -> Set<String> {
    Set(Gazetteer.shared.entries(forFoldedName: Gazetteer.foldedName(phrase)).map(\.key))
}

@Suite("Lookup keys are the Tokenizer's folded tokens joined by one space")
struct FoldedKeyTests {
    @Test("Folded keys", arguments: [
        ("l’agence TASS", "l' agence tass"), ("Deir ez-Zor", "deir ez-zor"), ("ÉLYSÉE", "elysee"),
        ("Russia’s Foreign Ministry", "russia 's foreign ministry"), ("U.S.", "u . s ."),
    ])
    func folded(_ example: (String, String)) {
        #expect(Gazetteer.foldedName(example.0) == example.1)
        #expect(!Gazetteer.shared.entries(forFoldedName: example.1).isEmpty)
    }
}

@Suite("Places are found by their French and English names")
struct PlaceLookupTests {
    static let examples: [(String, String)] = [
        ("Moscou", "place:moscow"), ("Moscow", "place:moscow"), ("MOSCOU", "place:moscow"),
        ("Damas", "place:damascus"), ("Damascus", "place:damascus"),
        ("Alep", "place:aleppo"), ("Aleppo", "place:aleppo"),
        ("Lattaquié", "place:latakia"), ("Latakia", "place:latakia"),
        ("Deir ez-Zor", "place:deir-ez-zor"), ("Deraa", "place:daraa"), ("Daraa", "place:daraa"),
        ("Kiev", "place:kyiv"), ("Kyiv", "place:kyiv"),
        ("Pékin", "place:beijing"), ("Beijing", "place:beijing"),
        ("Russie", "place:russia"), ("Fédération de Russie", "place:russia"), ("Russia", "place:russia"),
        ("États-Unis", "place:united-states"), ("Etats-Unis", "place:united-states"),
        ("U.S.", "place:united-states"), ("United States", "place:united-states"),
        ("Syrie", "place:syria"), ("Syria", "place:syria"),
        ("Côte d’Ivoire", "place:ivory-coast"), ("Côte d'Ivoire", "place:ivory-coast"),
        ("Le Caire", "place:cairo"), ("Caire", "place:cairo"), ("Cairo", "place:cairo"),
        ("bande de Gaza", "place:gaza-strip"), ("Gaza Strip", "place:gaza-strip"),
        ("Cisjordanie", "place:west-bank"), ("Crimée", "place:crimea"), ("Donbass", "place:donbas"),
        ("Île-de-France", "place:ile-de-france"), ("Seine-Saint-Denis", "place:seine-saint-denis"),
        ("Kurdistan Region", "place:iraqi-kurdistan"), ("Moyen-Orient", "place:middle-east"),
        ("Middle East", "place:middle-east"), ("Méditerranée", "place:mediterranean"),
        ("base aérienne de Hmeimim", "place:hmeimim-air-base"), ("Hmeymim air base", "place:hmeimim-air-base"),
        ("base navale de Tartous", "place:tartus-naval-base"), ("Tartus naval facility", "place:tartus-naval-base"),
        ("aéroport international de Damas", "place:damascus-airport"), ("Damascus airport", "place:damascus-airport"),
        ("prison militaire de Saydnaya", "place:saydnaya-prison"), ("place de la Concorde", "place:place-de-la-concorde"),
        ("Union soviétique", "place:soviet-union"), ("Soviet Union", "place:soviet-union"),
    ]

    @Test("A name finds its place", arguments: examples)
    func finds(_ example: (String, String)) {
        #expect(keys(example.0).contains(example.1), "\(example.0)")
    }

    @Test("Governorates and oblasts get their phrase forms from a rule")
    func kindForms() {
        #expect(keys("gouvernorat d’Idlib") == ["place:idlib-governorate"])
        #expect(keys("gouvernorat d'Alep") == ["place:aleppo-governorate"])
        #expect(keys("province de Lattaquié") == ["place:latakia-governorate"])
        #expect(keys("Latakia province") == ["place:latakia-governorate"])
        #expect(keys("Aleppo Governorate") == ["place:aleppo-governorate"])
        #expect(keys("gouvernorat de Homs") == ["place:homs-governorate"])
        #expect(keys("région de Kharkiv") == ["place:kharkiv-oblast"])
        #expect(keys("Kursk region") == ["place:kursk-oblast"])
    }

    @Test("A city keeps its bare name; the governorate named after it does not take it")
    func cityKeepsBareName() {
        #expect(keys("Alep") == ["place:aleppo"])
        #expect(keys("Idlib") == ["place:idlib"])
        #expect(keys("Rif Dimachq") == ["place:rif-dimashq-governorate"])
    }

    @Test("Names shared by several places give them all")
    func ambiguous() {
        #expect(keys("Georgia") == ["place:georgia", "place:georgia-us"])
        #expect(keys("Tripoli") == ["place:tripoli", "place:tripoli-lebanon"])
    }
}

@Suite("Organizations are found with or without their article and descriptor")
struct OrganizationLookupTests {
    static let examples: [(String, String)] = [
        ("TASS", "org:tass"), ("l’agence TASS", "org:tass"), ("agence TASS", "org:tass"),
        ("l'agence de presse TASS", "org:tass"), ("l’agence de presse russe TASS", "org:tass"),
        ("TASS news agency", "org:tass"), ("Russian news agency TASS", "org:tass"),
        ("RIA Novosti", "org:ria-novosti"), ("l’agence Interfax", "org:interfax"),
        ("l’AFP", "org:afp"), ("AFP", "org:afp"), ("Agence France-Presse", "org:afp"),
        ("Associated Press", "org:associated-press"), ("Anadolu", "org:anadolu"),
        ("ONU", "org:united-nations"), ("UN", "org:united-nations"),
        ("Nations unies", "org:united-nations"), ("United Nations", "org:united-nations"),
        ("Conseil de sécurité des Nations unies", "org:un-security-council"),
        ("OTAN", "org:nato"), ("NATO", "org:nato"), ("UE", "org:european-union"),
        ("OSDH", "org:sohr"), ("Syrian Observatory for Human Rights", "org:sohr"),
        ("Observatoire syrien des droits de l’homme", "org:sohr"),
        ("Kremlin", "org:kremlin"), ("présidence russe", "org:kremlin"),
        ("Maison Blanche", "org:white-house"), ("Maison-Blanche", "org:white-house"), ("White House", "org:white-house"),
        ("Pentagone", "org:pentagon"), ("ministère américain de la Défense", "org:pentagon"),
        ("ministère russe des Affaires étrangères", "org:russia-ministry-foreign-affairs"),
        ("Russia’s Foreign Ministry", "org:russia-ministry-foreign-affairs"),
        ("Russian Foreign Ministry", "org:russia-ministry-foreign-affairs"),
        ("ministère de l’Intérieur", "org:ministry-interior"), ("Interior Ministry", "org:ministry-interior"),
        ("Hayat Tahrir al-Sham", "org:hts"), ("Hay’at Tahrir al-Sham", "org:hts"), ("HTS", "org:hts"),
        ("Daech", "org:islamic-state"), ("État islamique", "org:islamic-state"), ("Hezbollah", "org:hezbollah"),
        ("FDS", "org:sdf"), ("Al-Qaïda", "org:al-qaeda"), ("al-Qaeda", "org:al-qaeda"),
        ("CGT", "org:cgt"), ("intersyndicale", "org:intersyndicale"), ("Parti Baas", "org:baath"),
        ("Le Figaro", "org:le-figaro"), ("Figaro", "org:le-figaro"),
        ("The Guardian", "org:the-guardian"), ("Al Jazeera", "org:al-jazeera"), ("Al-Jazeera", "org:al-jazeera"),
        ("Sky News", "org:sky-news"), ("franceinfo", "org:franceinfo"),
    ]

    @Test("A name finds its organization", arguments: examples)
    func finds(_ example: (String, String)) {
        #expect(keys(example.0).contains(example.1), "\(example.0)")
    }

    @Test("Acronyms are marked so that the French article “un” is not the UN")
    func acronyms() {
        let g = Gazetteer.shared
        #expect(g.isAcronym(foldedName: "un"))
        #expect(g.isAcronym(foldedName: "afp"))
        #expect(g.isAcronym(foldedName: "u . s ."))
        #expect(!g.isAcronym(foldedName: "tass"))      // "Tass" is written too
        #expect(!g.isAcronym(foldedName: "moscou"))
    }
}

@Suite("Persons are found by their transliterations and short forms")
struct PersonLookupTests {
    static let examples: [(String, String)] = [
        ("Bachar al-Assad", "person:bashar-al-assad"), ("Bachar al Assad", "person:bashar-al-assad"),
        ("Bachar el Assad", "person:bashar-al-assad"), ("Bashar al-Assad", "person:bashar-al-assad"),
        ("Bashar Assad", "person:bashar-al-assad"), ("Assad", "person:bashar-al-assad"),
        ("al-Assad", "person:bashar-al-assad"), ("Al-Assad", "person:bashar-al-assad"),
        ("Hafez al-Assad", "person:hafez-al-assad"), ("Asma al-Assad", "person:asma-al-assad"),
        ("Vladimir Poutine", "person:vladimir-putin"), ("Putin", "person:vladimir-putin"),
        ("Dmitri Peskov", "person:dmitry-peskov"), ("Dmitry Peskov", "person:dmitry-peskov"),
        ("Sergueï Lavrov", "person:sergei-lavrov"), ("Volodymyr Zelensky", "person:volodymyr-zelensky"),
        ("Zelenskyy", "person:volodymyr-zelensky"),
        ("Abou Mohammed al-Jolani", "person:ahmed-al-sharaa"), ("Abu Mohammed al-Jolani", "person:ahmed-al-sharaa"),
        ("Abu Mohammed al-Julani", "person:ahmed-al-sharaa"), ("Ahmed al-Charaa", "person:ahmed-al-sharaa"),
        ("Ahmed al-Sharaa", "person:ahmed-al-sharaa"), ("Jolani", "person:ahmed-al-sharaa"),
        ("Mohammed al-Jalali", "person:mohammed-al-jalali"), ("Dmitri Polianski", "person:dmitry-polyanskiy"),
        ("Gérald Darmanin", "person:gerald-darmanin"), ("Gerald Darmanin", "person:gerald-darmanin"),
        ("Laurent Berger", "person:laurent-berger"), ("Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan"),
        ("Mohammed ben Salmane", "person:mohammed-bin-salman"), ("Mohammed bin Salman", "person:mohammed-bin-salman"),
        ("Marine Le Pen", "person:marine-le-pen"), ("Le Pen", "person:marine-le-pen"),
    ]

    @Test("A name finds its person", arguments: examples)
    func finds(_ example: (String, String)) {
        #expect(keys(example.0).contains(example.1), "\(example.0)")
    }

    @Test("A person’s “Le” is no article: “Pen” alone is nobody")
    func noArticleStripping() {
        #expect(keys("Pen").isEmpty)
        #expect(keys("Maire").isEmpty)
    }

    @Test("Name particles")
    func particles() {
        let g = Gazetteer.shared
        for particle in ["al", "el", "ben", "bin", "ibn", "abou", "abu", "de", "du", "van", "von", "da", "di"] {
            #expect(g.isNameParticle(particle), "\(particle)")
        }
        #expect(!g.isNameParticle("moscou"))
        #expect(!g.isNameParticle("et"))
    }
}

@Suite("Demonyms, capitals, containment and display names")
struct GeographyTests {
    @Test("Every form of a demonym gives its country", arguments: [
        ("russe", "place:russia"), ("russes", "place:russia"), ("russian", "place:russia"), ("russians", "place:russia"),
        ("syrien", "place:syria"), ("syrienne", "place:syria"), ("syriens", "place:syria"), ("syriennes", "place:syria"),
        ("syrian", "place:syria"), ("francaise", "place:france"), ("americains", "place:united-states"),
        ("nord-coreen", "place:north-korea"), ("south african", "place:south-africa"), ("turque", "place:turkey"),
    ])
    func demonym(_ example: (String, String)) {
        #expect(Gazetteer.shared.countryForDemonym(example.0) == example.1)
    }

    @Test("A demonym two countries share gives none")
    func sharedDemonym() {
        #expect(Gazetteer.shared.countryForDemonym("congolais") == nil)
        #expect(Gazetteer.shared.countryForDemonym("moscou") == nil)
    }

    @Test("Capitals")
    func capitals() {
        let g = Gazetteer.shared
        #expect(g.capital(ofCountry: "place:syria") == "place:damascus")
        #expect(g.capital(ofCountry: "place:russia") == "place:moscow")
        #expect(g.capital(ofCountry: "place:france") == "place:paris")
        #expect(g.capital(ofCountry: "place:monaco") == "place:monaco")
        #expect(g.capital(ofCountry: "place:moscow") == nil)
    }

    @Test("A place lies within its parents")
    func within() {
        let g = Gazetteer.shared
        #expect(g.isWithin("place:moscow", "place:russia"))
        #expect(g.isWithin("place:aleppo", "place:syria"))
        #expect(g.isWithin("place:aleppo", "place:aleppo-governorate"))
        #expect(g.isWithin("place:lyon", "place:france"))
        #expect(g.isWithin("place:hmeimim-air-base", "place:syria"))
        #expect(g.isWithin("place:russia", "place:russia"))
        #expect(!g.isWithin("place:russia", "place:moscow"))
        #expect(!g.isWithin("place:moscow", "place:ukraine"))
    }

    @Test("Display names per language, preferred first")
    func displayNames() {
        let g = Gazetteer.shared
        #expect(g.displayName(key: "place:moscow", language: .french) == "Moscou")
        #expect(g.displayName(key: "place:moscow", language: .english) == "Moscow")
        #expect(g.displayName(key: "place:marseille", language: .english) == "Marseille")
        #expect(g.displayName(key: "place:aleppo-governorate", language: .french) == "gouvernorat d’Alep")
        #expect(g.displayName(key: "place:aleppo-governorate", language: .english) == "Aleppo Governorate")
        #expect(g.displayName(key: "org:russia-ministry-foreign-affairs", language: .french)
                == "ministère russe des Affaires étrangères")
        #expect(g.displayName(key: "org:russia-ministry-foreign-affairs", language: .english) == "Russian Foreign Ministry")
        #expect(g.displayName(key: "org:iran-army", language: .french) == "armée iranienne")
        #expect(g.displayName(key: "org:turkey-presidency", language: .french) == "présidence turque")
        #expect(g.displayName(key: "person:vladimir-putin", language: .french) == "Vladimir Poutine")
        #expect(g.displayName(key: "place:nowhere", language: .french) == nil)
    }

    @Test("Entries carry type, kind and parent")
    func entryFields() {
        let g = Gazetteer.shared
        let moscow = g.entry(key: "place:moscow")
        #expect(moscow?.type == .place)
        #expect(moscow?.kind == "city")
        #expect(moscow?.parent == "place:russia")
        #expect(g.entry(key: "org:tass")?.kind == "agency")
        #expect(g.entry(key: "org:tass")?.parent == "place:russia")
        #expect(g.entry(key: "person:vladimir-putin")?.shortNames.contains("Poutine") == true)
        let ministry = g.entry(key: "org:russia-ministry-foreign-affairs")
        #expect(ministry?.kind == "ministry")
        #expect(ministry?.parent == "place:russia")
        #expect(g.entry(key: "place:aleppo-governorate")?.kind == "governorate")
    }
}
