import Testing
import CorroborateCore

/// French quantities, Duckling style: each table is a specification and a test.
@Suite("French quantities")
struct FrenchNumberExamples {
    static let digitFormatsTable: [Example] = [
        Example("Les syndicats ont compté 3 500 manifestants dans la ville.", N("3 500", 3500, "people")),
        Example("Des rafales de 180 km/h ont été relevées.", N("180", 180, "kilometre per hour")),
        Example("Selon la préfecture, 800.000 personnes ont défilé.", N("800.000", 800_000, "people")),
        Example("La police a recensé 14.800 participants.", N("14.800", 14_800, "people")),
        Example("Ils étaient 119\u{202F}000 à Paris.", N("119\u{202F}000", 119_000)),
        Example("Ils étaient 23\u{A0}000 à Lyon.", N("23\u{A0}000", 23_000)),
        Example("Les organisateurs revendiquent 3,5 millions de personnes.", N("3,5 millions", 3_500_000, "people")),
        Example("Le ministère évoque 1,089 million de manifestants.", N("1,089 million", 1_089_000, "people")),
        Example("Le budget s'élève à 2 milliards d'euros.", N("2 milliards", 2_000_000_000, "euro")),
        // après une hausse, le nombre en lettres seul est le décompte
        Example("Le bilan s'est alourdi à six, selon la police.", N("six", 6)),
        Example("Le taux de participation atteint 30 % dans le public.", N("30 %", 30, "percent")),
        Example("Un enseignant sur quatre, soit 25%, était en grève.", N("25%", 25, "percent")),
        Example("La hausse atteint 21,41% sur un an.", N("21,41%", 21.41, "percent"), N("un an", 1, "year")),
        Example("Le prix a baissé de 12,5 pour cent.", N("12,5 pour cent", 12.5, "percent")),
        Example("Un séisme de magnitude 6,4 a frappé la province.", N("6,4", 6.4, "magnitude")),
        Example("Le séisme, d'une magnitude de 7, a été ressenti jusqu'à la côte.", N("7", 7, "magnitude")),
        Example("L'ouragan est passé en catégorie 4.", N("4", 4, "category")),
    ]

    @Test("digit formats: space, no-break and dot thousands, decimal comma, multipliers, percent", arguments: digitFormatsTable)
    func digitFormats(_ e: Example) { #expect(e.found(.french) == e.expected) }

    static let numberWordsTable: [Example] = [
        Example("Il laisse derrière lui deux enfants.", N("deux", 2, "child")),
        Example("Il a dirigé le pays pendant vingt-quatre ans.", N("vingt-quatre ans", 24, "year")),
        Example("Quatre-vingts familles ont été relogées.", N("Quatre-vingts", 80, "family")),
        Example("L'incendie a détruit deux cents maisons.", N("deux cents", 200, "house")),
        Example("Trois mille soldats ont été déployés.", N("Trois mille", 3000, "soldier")),
        Example("Vingt et un otages ont été libérés.", N("Vingt et un", 21, "hostage")),
        Example("Soixante-dix-sept blessés ont été soignés.", N("Soixante-dix-sept", 77, "injured")),
        Example("Une journée de combats a suffi.", N("Une journée", 1, "day")),
        Example("Le bilan fait état d'un blessé.", N("un blessé", 1, "injured")),
        Example("Il a passé deux ans et demi en prison.", N("deux ans et demi", 2.5, "year")),
        Example("La réunion a duré une heure et demie.", N("une heure et demie", 1.5, "hour")),
        Example("Un million et demi de foyers sont privés de courant.", N("Un million et demi", 1_500_000, "household")),
        Example("Un homme a été arrêté."),
        Example("Une nouvelle journée de grève est prévue."),
        Example("Les deux ont refusé de répondre."),
    ]

    @Test("number words count only what they are followed by; an article is not a count", arguments: numberWordsTable)
    func numberWords(_ e: Example) { #expect(e.found(.french) == e.expected) }

    static let vagueTable: [Example] = [
        Example("Des milliers de personnes se sont rassemblées.", .about("Des milliers", 1000, "people")),
        Example("Des dizaines de prisonniers ont été libérés.", .about("Des dizaines", 10, "prisoner")),
        Example("Des centaines de milliers de réfugiés sont rentrés.", .about("Des centaines de milliers", 100_000, "refugee")),
        Example("Des millions de Syriens ont fui.", .about("Des millions", 1_000_000, "people")),
        Example("Plusieurs statues ont été renversées.", .about("Plusieurs statues", 2, "statue")),
        Example("Quelques manifestants sont restés.", .about("Quelques manifestants", 2, "people")),
        Example("Une trentaine de véhicules ont brûlé.", .about("Une trentaine", 30, "vehicle")),
        Example("Une centaine de policiers étaient mobilisés.", .about("Une centaine", 100, "officer")),
        Example("Un millier d'habitants ont été évacués.", .about("Un millier", 1000, "people")),
        Example("Après des années de guerre, la paix est revenue.", .about("des années", 2, "year")),
        Example("La guerre a duré un demi-siècle.", .about("un demi-siècle", 50, "year")),
    ]

    @Test("vague quantities: approximate, a plural counts as one of its unit", arguments: vagueTable)
    func vague(_ e: Example) { #expect(e.found(.french) == e.expected) }

    static let boundsTable: [Example] = [
        // A verb of passing bounds its figure from below; a tally head before it names what it counts.
        Example("Le nombre de cas a dépassé 1 000 jeudi.", .about("dépassé 1 000", 1000, "case")),
        Example("Le taux de létalité dépasse 4 %.", .about("dépasse 4 %", 4, "percent")),
        Example("Le nombre total de morts s'élève à 52.", N("52", 52, "dead")),
        Example("Au moins 30 morts ont été recensés.", .about("Au moins 30", 30, "dead")),
        Example("Des défilés ont eu lieu dans plus de 300 villes.", .about("plus de 300", 300, "town")),
        Example("Il a régné près de 14 ans.", .about("près de 14 ans", 14, "year")),
        Example("La guerre a fait environ 500.000 morts.", .about("environ 500.000", 500_000, "dead")),
        Example("Quelque 200 gendarmes ont été déployés.", .about("Quelque 200", 200, "officer")),
        // A figure precise to four digits is exact: the approximator is a manner of speaking.
        Example("Le ministère a annoncé quelque 1,089 million manifestants.", N("1,089 million", 1_089_000, "people")),
        Example("En moins de deux semaines, la ville est tombée.", .about("moins de deux semaines", 2, "week")),
        Example("Au moins un enfant a été blessé.", .about("Au moins un", 1, "child")),
        Example("Près d'un million de personnes ont manifesté.", .about("Près d'un million", 1_000_000, "people")),
        Example("Jusqu'à 40 000 supporters sont attendus.", .about("Jusqu'à 40 000", 40_000, "supporter")),
    ]

    @Test("bounds make a quantity approximate and belong to its text", arguments: boundsTable)
    func bounds(_ e: Example) { #expect(e.found(.french) == e.expected) }

    static let unitsTable: [Example] = [
        Example("La police a procédé à 455 interpellations.", N("455", 455, "arrest")),
        // An adverb of place after a count names nothing it counts.
        Example("Selon l’armée, 17 au-dessus de la région ont été abattus.", N("17", 17)),
        // Agreements are counted in one unit in both languages: « douze accords », "11 deals".
        Example("Le Maroc a signé douze accords de coopération.", N("douze", 12, "agreement")),
        // « taux » is its own plural; a basis point is a hundredth of a point.
        Example("La banque a abaissé ses trois taux directeurs.", N("trois", 3, "rate")),
        Example("La banque a relevé son taux de 25 points de base.", N("25", 0.25, "point")),
        Example("Les pompiers ont éteint 140 feux de poubelles.", N("140", 140, "fire")),
        Example("On compte 441 policiers et gendarmes blessés.", N("441", 441, "officer")),
        Example("On compte 441 membres des forces de l'ordre blessés.", N("441", 441, "officer")),
        Example("Il y avait 41 membres de forces de l'ordre sur place.", N("41", 41, "officer")),
        Example("L'association compte 12 000 membres de la région.", N("12 000", 12_000, "member")),
        Example("Six des blessés sont dans un état critique.", N("Six", 6, "injured")),
        // « autres » stands for the people counted only when no noun follows it.
        Example("Un homme a été tué et deux autres ont été blessés.", N("deux", 2, "people")),
        Example("Un homme a été tué et trois autres blessés ont été hospitalisés.", N("trois", 3, "injured")),
        Example("Quatre nouveaux corps ont été retrouvés près de la côte.", N("Quatre", 4, "body")),
        Example("Une centaine de sapeurs-pompiers sont intervenus.", .about("Une centaine", 100, "firefighter")),
        Example("Deux de ces policiers ont été hospitalisés.", N("Deux", 2, "officer")),
        Example("Le bilan fait état de 12 prisonnières libérées.", N("12", 12, "prisoner")),
        Example("La coalition a mené 30 frappes aériennes.", N("30", 30, "strike")),
        Example("Le conflit dure depuis trois décennies.", N("trois décennies", 30, "year")),
        Example("Entre 22 000 et 55 000 manifestants ont défilé.", N("22 000", 22_000, "people"), N("55 000", 55_000, "people")),
        Example("Ils ont saisi 14 chevaux.", N("14", 14, "cheval")),
        Example("Les 27 États membres ont voté.", N("27", 27, "state")),
        Example("Des milliers d'Ukrainiens ont fui.", .about("Des milliers", 1000, "people")),
        Example("Les deux tiers des salariés sont concernés.", N("deux", 2, "third")),
        Example("L'entreprise affiche 12 M€ de pertes.", N("12 M€", 12_000_000, "euro")),
        Example("Les 3 petits villages ont été évacués.", N("3", 3, "village")),
        Example("Dont 77 à Paris, selon la police.", N("77", 77)),
        Example("La police a interpellé 172 personnes, dont 77 à Paris.", N("172", 172, "people"), N("77", 77, "people")),
        Example("On compte 3 morts et une trentaine de blessés, dont 4 graves.",
                N("3", 3, "dead"), .about("une trentaine", 30, "injured"), N("4", 4, "injured")),
        Example("On compte 3 morts. Selon la police, 12 sont en garde à vue.", N("3", 3, "dead"), N("12", 12)),
        Example("Il a vécu 24 ans en exil, dont 3 en prison.", N("24 ans", 24, "year"), N("3", 3)),
        // Âges : des années d'une vie, pas la durée d'autre chose.
        Example("L'ancien ministre, âgé de 62 ans, devra payer une amende.", N("62 ans", 62, "age")),
        Example("Un homme de 68 ans a été tué.", N("68 ans", 68, "age")),
        Example("Les enseignants, âgés de 34 et 41 ans, sont rentrés.", N("34", 34, "age"), N("41 ans", 41, "age")),
        Example("Un automobiliste de 54 ans a été tué par la chute d'un arbre.", N("54 ans", 54, "age")),
        Example("Un mandat de cinq ans commence.", N("cinq ans", 5, "year")),
        Example("Paul Girard, 61 ans, était accusé de fraude.", N("61 ans", 61, "age")),
        Example("Il a été condamné à cinq ans de prison.", N("cinq ans", 5, "year")),
    ]

    @Test("units: the counted noun, as an English singular", arguments: unitsTable)
    func units(_ e: Example) { #expect(e.found(.french) == e.expected) }

    static let notQuantitiesTable: [Example] = [
        Example("Le 7 décembre, les rebelles sont entrés dans la ville."),
        Example("Il est au pouvoir depuis juillet 2000."),
        Example("La Russie intervient en Syrie depuis 2015."),
        Example("Le rendez-vous est fixé à 14h30."),
        Example("L'avion a décollé à 22 heures (19 heures GMT)."),
        Example("C'est la 9e journée de mobilisation."),
        Example("Le 1er mai, les syndicats défileront."),
        Example("Le gouvernement a utilisé l'article 49.3 de la Constitution."),
        Example("Le recours au 49.3 est contesté."),
        Example("Des 4×4 imposants stationnaient devant la résidence."),
        Example("La COVID-19 a frappé le pays."),
        Example("Le sommet du G7 se tient en juin."),
        Example("Les mesures datent du 8/12/2024."),
        Example("Un A320 s'est posé à Moscou."),
        Example("Rendez-vous jeudi 23 mars 2023 à Paris."),
        Example("Le train est arrivé vers 8 h 15."),
        Example("Le club évolue en Ligue 1 depuis dix ans.", N("dix ans", 10, "year")),
    ]

    @Test("not quantities: dates, years, times of day, ordinals, identifiers, references", arguments: notQuantitiesTable)
    func notQuantities(_ e: Example) { #expect(e.found(.french) == e.expected) }
}
