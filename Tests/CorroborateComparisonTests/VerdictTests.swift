import Testing
import CorroborateCore
@testable import CorroborateComparison

/// The verdict on two claims already known to state one fact: which facets disagree.
/// Not mentioned is not contradicted.
@Suite("Verdicts by facet")
struct VerdictTests {
    static let assad = "person:bashar-al-assad"

    // MARK: numbers

    @Test("a figure a year off is a discrepancy on number (fr)")
    func yearsFrench() {
        let v = Make.verdict(
            Make.claim("Il a gouverné le pays pendant 24 ans.", who: [Self.assad], events: ["govern"], numbers: [("24 ans", 24, "year", false)]),
            Make.claim("Il a été renversé près de 25 ans après son arrivée au pouvoir.", who: [Self.assad], events: ["govern"],
                       numbers: [("près de 25 ans", 25, "year", true)]))
        #expect(v.relation == .conflict)
        #expect(v.facets == [.number])
        #expect(v.notes == ["24 ans vs près de 25 ans"])
    }

    @Test("a bound that allows the other figure agrees (en)")
    func boundsEnglish() {
        let v = Make.verdict(
            Make.claim("At least 30 people were arrested overnight.", events: ["arrest"], numbers: [("At least 30", 30, "arrest", true)]),
            Make.claim("Police detained some 30 people during the night.", events: ["arrest"], numbers: [("some 30", 30, "arrest", true)]),
            languages: (.english, .english))
        #expect(v.relation == .agree)
    }

    @Test("more than four thousand against two hundred is a discrepancy (fr)")
    func hugeGap() {
        let v = Make.verdict(
            Make.claim("Plus de 4 000 personnes ont défilé dans la ville.", events: ["protest"], numbers: [("Plus de 4 000", 4000, "people", true)]),
            Make.claim("Le cortège a réuni 200 personnes selon la mairie.", events: ["protest"], numbers: [("200", 200, "people", false)],
                       sources: [("mairie", "source:mairie")]))
        #expect(v.relation == .conflict)
        #expect(v.facets.contains(.number))
    }

    @Test("a claim giving two tallies agrees with a claim giving one of them")
    func twoTallies() {
        let v = Make.verdict(
            Make.claim("Ils étaient 12 000 selon la police et 40 000 selon les organisateurs.", events: ["protest"],
                       numbers: [("12 000", 12_000, "people", false), ("40 000", 40_000, "people", false)]),
            Make.claim("Les organisateurs ont compté 40 000 manifestants.", events: ["protest"], numbers: [("40 000", 40_000, "people", false)]))
        #expect(v.relation == .agree)
    }

    @Test("parts add up to the whole: « 68 passagers et quatre membres d'équipage » are 72 people on board")
    func partsAddUp() {
        let v = Make.verdict(
            Make.claim("L'appareil transportait 68 passagers et quatre membres d'équipage.", events: ["travel"],
                       numbers: [("68 passagers", 68, "passenger", false), ("quatre membres", 4, "crew member", false)]),
            Make.claim("The plane had 72 people on board.", events: ["travel"], numbers: [("72 people", 72, "people", false)]),
            languages: (.french, .english))
        #expect(v.relation == .agree)
        let w = Make.verdict(
            Make.claim("L'appareil transportait 68 passagers et quatre membres d'équipage.", events: ["travel"],
                       numbers: [("68 passagers", 68, "passenger", false), ("quatre membres", 4, "crew member", false)]),
            Make.claim("The plane had 80 people on board.", events: ["travel"], numbers: [("80 people", 80, "people", false)]),
            languages: (.french, .english))
        #expect(w.facets.contains(.number))
    }

    @Test("a share is someone's: two candidates' shares are not versions of one; one candidate's two shares are")
    func sharesHaveOwners() {
        let faye = "person:karim-faye", ba = "person:awa-ba"
        let two = Make.verdict(
            Make.claim("Karim Faye mène avec 53,7 % des voix.", who: [faye], events: ["vote"], numbers: [("53,7 %", 53.7, "percent", false)]),
            Make.claim("Awa Ba obtient 41,2 % des voix.", who: [ba], events: ["vote"], numbers: [("41,2 %", 41.2, "percent", false)]))
        #expect(!two.facets.contains(.number))
        let one = Make.verdict(
            Make.claim("Awa Ba has 35.2% of the vote.", who: [ba], events: ["vote"], numbers: [("35.2%", 35.2, "percent", false)]),
            Make.claim("Awa Ba obtient 41,2 % des voix.", who: [ba], events: ["vote"], numbers: [("41,2 %", 41.2, "percent", false)]),
            languages: (.english, .french))
        #expect(one.facets.contains(.number))
    }

    @Test("people released are one count, whatever their role: 147 prisoners exchanged against 150 soldiers freed")
    func releasedCount() {
        let v = Make.verdict(
            Make.claim("Les deux pays ont échangé 147 prisonniers chacun.", events: ["exchange"], numbers: [("147", 147, "prisoner", false)]),
            Make.claim("150 soldiers were freed in the swap, Kyiv said.", events: ["release", "exchange"], numbers: [("150", 150, "soldier", false)],
                       sources: [("Kyiv", "place:kyiv")]),
            languages: (.french, .english))
        #expect(v.facets.contains(.number))
    }

    @Test("parts listed in several nouns are weighed against their own noun only: \"two French nationals, two Italians\" against « quatre otages »")
    func listedParts() {
        let v = Make.verdict(
            Make.claim("The freed hostages, two French nationals, two Italians and a German, landed in Bamako.", events: ["release"],
                       numbers: [("two", 2, "national", false), ("two", 2, "people", false)]),
            Make.claim("Quatre otages européens ont été libérés dimanche.", events: ["release"], numbers: [("Quatre", 4, "hostage", false)]),
            languages: (.english, .french))
        #expect(!v.facets.contains(.number))
        let w = Make.verdict(
            Make.claim("Two Italians were freed.", events: ["release"], numbers: [("Two", 2, "people", false)]),
            Make.claim("Quatre otages ont été libérés.", events: ["release"], numbers: [("Quatre", 4, "hostage", false)]),
            languages: (.english, .french))
        #expect(w.facets.contains(.number))
    }

    @Test("each kind of figure on its own: agreeing on a rule's length does not reconcile an offensive's (en)")
    func kindsApart() {
        let v = Make.verdict(
            Make.claim("Rebels ended over five decades of rule after 11 days of offensive.", events: ["offensive"],
                       numbers: [("over five decades", 50, "year", true), ("11 days", 11, "day", false)]),
            Make.claim("A 10-day offensive ended the over 50-year rule of the family.", events: ["offensive"],
                       numbers: [("10-day", 10, "day", false), ("over 50-year", 50, "year", true)]),
            languages: (.english, .english))
        #expect(v.relation == .conflict)
        #expect(v.notes == ["11 days vs 10-day"])
    }

    @Test("a span measures what the words after it name: a regime's 24 years and a war's 13 are no versions of one; an offensive's 10 and 11 days are", arguments: [
        ("The rebels toppled the 24-year regime of the president.", "govern", 24.0, "Russia intervened in the 13-year civil war to strengthen his rule.", "war", 13.0, Language.english, false),
        ("A 10-day shock rebel offensive took the capital.", "offensive", 10.0, "The capital fell after 11 days of a blistering offensive.", "offensive", 11.0, Language.english, true),
        ("Il a mis fin à 24 ans de règne.", "govern", 24.0, "Le pays sort de 13 ans de guerre civile.", "war", 13.0, Language.french, false),
    ])
    func measuredThing(_ a: String, _ ea: String, _ va: Double, _ b: String, _ eb: String, _ vb: Double, _ language: Language, _ conflicts: Bool) throws {
        let unit = va == 24 || va == 13 ? "year" : "day"
        let figure = { (text: String, v: Double) -> String in
            language == .french ? "\(Int(v)) ans" : text.contains("\(Int(v))-") ? "\(Int(v))-\(unit)" : "\(Int(v)) days" }
        let v = Make.verdict(
            Make.claim(a, events: [ea], numbers: [(figure(a, va), va, unit, false)]),
            Make.claim(b, events: [eb], numbers: [(figure(b, vb), vb, unit, false)]),
            languages: (language, language))
        #expect(v.facets.contains(.number) == conflicts)
    }

    @Test("figures counted in different places are not compared")
    func scopes() {
        let v = Make.verdict(
            Make.claim("À Lyon, 12 000 personnes ont manifesté.", where: ["place:lyon"], events: ["protest"], numbers: [("12 000", 12_000, "people", false)]),
            Make.claim("À Nantes, 3 000 personnes ont manifesté.", where: ["place:nantes"], events: ["protest"], numbers: [("3 000", 3_000, "people", false)]))
        #expect(!v.facets.contains(.number))
    }

    @Test("injured officers and injured people in general are different counts (fr, en)")
    func injuredGroups() {
        let fr = Make.verdict(
            Make.claim("149 policiers ont été blessés jeudi.", events: ["injure"], numbers: [("149", 149, "officer", false)]),
            Make.claim("Le bilan fait état d'un blessé parmi les manifestants.", events: ["injure"], numbers: [("un blessé", 1, "injured", false)]))
        #expect(!fr.facets.contains(.number))
        let en = Make.verdict(
            Make.claim("Twelve police officers were injured.", events: ["injure"], numbers: [("Twelve", 12, "officer", false)]),
            Make.claim("Nine officers were wounded in the clashes.", events: ["injure"], numbers: [("Nine", 9, "officer", false)]),
            languages: (.english, .english))
        #expect(en.facets == [.number])
    }

    @Test("the places of a route count nothing: 250 passengers « entre Milan et Bologne », 400 people \"from Milan to Bologna\"")
    func route() {
        let x = Make.article("a", [Make.claim("Le train transportait 250 passagers entre Milan et Bologne.", where: ["place:milan", "place:bologna"],
                                              events: ["travel"], numbers: [("250", 250, "passenger", false)])])
        let y = Make.article("b", language: .english, [Make.claim("The train was travelling from Milan to Bologna with 400 people on board.",
                                              where: ["place:milan", "place:bologna"], events: ["travel"], numbers: [("400", 400, "people", false)])])
        let z = Make.article("c", [Make.claim("À Milan, 250 passagers attendaient le train.", where: ["place:milan"],
                                              events: ["travel"], numbers: [("250", 250, "passenger", false)])])
        let w = Make.article("d", [Make.claim("Les préfectures de Rouen et Lyon ont compté 5 000 manifestants.", where: ["place:rouen", "place:lyon"],
                                              events: ["protest"], numbers: [("5 000", 5_000, "people", false)])])
        let p = Make.profiles([x, y, z, w])
        #expect(p[0][0].quantities.map(\.scope) == [nil])
        #expect(p[1][0].quantities.map(\.scope) == [nil])
        #expect(p[2][0].quantities.map(\.scope) == ["place:milan"])
        #expect(p[3][0].quantities.map(\.scope) == ["place:lyon"])
        #expect(p[0][0].quantities[0].isComparable(with: p[1][0].quantities[0]))
    }

    @Test("a place after the figure's clause verb is the figure's; not across another figure", arguments: [
        ("12 000 personnes étaient descendues dans la rue à Lyon.", Language.french, ["place:lyon"]),
        ("12,000 people had taken to the streets in Lyon.", Language.english, ["place:lyon"]),
        ("12 000 personnes ont défilé, et 3 000 autres se sont rassemblées à Lyon.", Language.french, [nil, "place:lyon"]),
    ])
    func placeAfterVerb(_ text: String, _ language: Language, _ scopes: [String?]) {
        let figures: [(String, Double, String?, Bool)] = text.contains("3 000")
            ? [("12 000", 12_000, "people", false), ("3 000", 3_000, "people", false)]
            : [(text.hasPrefix("12,000") ? "12,000" : "12 000", 12_000, "people", false)]
        let x = Make.article("a", language: language, [Make.claim(text, where: ["place:lyon"], events: ["protest"], numbers: figures)])
        #expect(Make.profiles([x])[0][0].quantities.map(\.scope) == scopes)
    }

    @Test("the worst-hurt are not all the injured: « six blessés dans un état critique », \"six in critical condition\"", arguments: [
        ("Six blessés se trouvent dans un état critique.", Language.french),
        ("Six of the injured are in critical condition.", Language.english),
    ])
    func severity(_ text: String, _ language: Language) {
        let v = Make.verdict(
            Make.claim(text, events: ["injure"], numbers: [("Six", 6, "injured", false)]),
            Make.claim("The crash left 45 people injured.", events: ["injure"], numbers: [("45", 45, "people", false)]),
            languages: (language, .english))
        #expect(!v.facets.contains(.number))
    }

    @Test("a severity told in another clause does not make the whole count the worst-hurt: \"41 people were injured, nine of them seriously\" against « une vingtaine de blessés »")
    func severityOfAnotherClause() {
        let v = Make.verdict(
            Make.claim("Forty-one people were injured in the crash, nine of them seriously.", events: ["accident", "injure"],
                       numbers: [("Forty-one", 41, "people", false)]),
            Make.claim("Une vingtaine de personnes ont été blessées dans l'accident.", events: ["accident", "injure"],
                       numbers: [("Une vingtaine", 20, "people", true)]),
            languages: (.english, .french))
        #expect(v.facets.contains(.number))
    }

    @Test("a role counted beside several happenings counts its own clause's: « trois pompiers blessés » against \"four firefighters suffered minor injuries\"")
    func roleInItsClause() {
        let v = Make.verdict(
            Make.claim("No deaths have been reported, though four firefighters suffered minor injuries.", events: ["fire", "injure", "kill"],
                       numbers: [("four", 4, "firefighter", false)]),
            Make.claim("Aucune victime n'est à déplorer, mais trois pompiers ont été légèrement blessés.", events: ["injure"],
                       numbers: [("trois", 3, "firefighter", false)]),
            languages: (.english, .french))
        #expect(v.facets.contains(.number))
    }

    @Test("each figure counts its own clause's happening, across a conjunction: 43 survivors against « 41 personnes ont pu être secourues et une dizaine sont portées disparues » differ on 43 vs 41")
    func figurePerConjunct() {
        let v = Make.verdict(
            Make.claim("Rescuers pulled 43 survivors from the water.", events: ["rescue"], numbers: [("43", 43, "survivor", false)]),
            Make.claim("Au total, 41 personnes ont pu être secourues et une dizaine sont toujours portées disparues.", events: ["rescue", "missing"],
                       numbers: [("41", 41, "people", false), ("une dizaine", 10, nil, true)]),
            languages: (.english, .french))
        #expect(v.facets == [.number])
        #expect(v.notes == ["43 vs 41"])
    }

    @Test("a part of the injured is neither all the injured nor all the dead: \"two of the injured died\" against 45 injured")
    func partOfWhole() {
        var x = Make.article("a", language: .english, [Make.claim("Two of the injured died in hospital overnight.", events: ["injure", "kill"],
                                                                  numbers: [("Two", 2, "injured", false)])])
        x.claims[0].numbers[0].isPart = true
        let y = Make.article("b", language: .english, [Make.claim("The crash left 45 people injured.", events: ["injure"],
                                                                  numbers: [("45", 45, "people", false)])])
        let p = Make.profiles([x, y])
        #expect(!p[0][0].quantities[0].isComparable(with: p[1][0].quantities[0]))
        #expect(VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).facets.contains(.number) == false)
    }

    @Test("a part of the injured with no severity is not all the injured: « deux des blessés sont des policiers » against \"two others were wounded\"")
    func partWithoutSeverity() {
        var x = Make.article("a", [Make.claim("Deux des blessés sont des policiers municipaux.", events: ["injure", "police"],
                                              numbers: [("Deux", 2, "injured", false)])])
        x.claims[0].numbers[0].isPart = true
        let y = Make.article("b", language: .english, [Make.claim("A man was killed and two others were wounded.", events: ["kill", "injure"],
                                                                  numbers: [("two", 2, "people", false)])])
        let p = Make.profiles([x, y])
        #expect(p[0][0].quantities[0].unitClass == "injured/part")
        #expect(!p[0][0].quantities[0].isComparable(with: p[1][0].quantities[0]))
    }

    @Test("a site no gazetteer knows lies in the known place its name ends on: a toll « près de la gare de Mulhouse » and one « à Mulhouse » are one count")
    func siteInItsTown() {
        var x = Make.article("a", [Make.claim("Trois personnes ont été blessées près de la gare de Mulhouse.", where: ["place:gare-mulhouse"],
                                              events: ["injure"], numbers: [("Trois", 3, "people", false)])])
        x.claims[0].where = ["gare de Mulhouse"]
        let y = Make.article("b", [Make.claim("L'attaque a fait quatre blessés à Mulhouse.", where: ["place:mulhouse"], events: ["injure"],
                                              numbers: [("quatre", 4, "injured", false)])])
        let p = Make.profiles([x, y])
        #expect(p[0][0].places.contains("place:mulhouse"))
        #expect(VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).facets == [.number])
    }

    @Test("a figure of a region and one of a town in it are versions of one figure; two towns known apart are not")
    func regionAndTown() {
        let v = Make.verdict(
            Make.claim("Un incendie a entraîné l'évacuation de 300 habitants en Normandie.", where: ["place:normandy"], events: ["fire", "leave"],
                       numbers: [("300", 300, "people", false)]),
            Make.claim("Quelque 500 riverains ont dû quitter leur domicile après l'incendie d'un site de Seine-Maritime.",
                       where: ["place:seine-maritime"], events: ["fire", "leave"], numbers: [("Quelque 500", 500, "people", true)]))
        #expect(v.facets.contains(.number))
        let apart = Make.verdict(
            Make.claim("Un incendie a entraîné l'évacuation de 300 habitants à Lyon.", where: ["place:lyon"], events: ["fire", "leave"],
                       numbers: [("300", 300, "people", false)]),
            Make.claim("Un incendie a entraîné l'évacuation de 500 habitants à Nantes.", where: ["place:nantes"], events: ["fire", "leave"],
                       numbers: [("500", 500, "people", false)]))
        #expect(!apart.facets.contains(.number))
    }

    @Test("a duration is not counted in a place: a war of 13 years near « Moscou » against nearly 14 years is a discrepancy")
    func durationsAnywhere() {
        let v = Make.verdict(
            Make.claim("Moscou a soutenu le régime durant les 13 années de guerre.", where: ["place:moscow"], events: ["war"],
                       numbers: [("13 années", 13, "year", false)]),
            Make.claim("Le pays a connu près de 14 ans de guerre.", events: ["war"], numbers: [("près de 14 ans", 14, "year", true)]))
        #expect(v.relation == .conflict)
        #expect(v.facets == [.number])
    }

    @Test("figures of another day are another count, not a discrepancy")
    func otherDay() {
        let x = Make.article("a", published: PartialDate(year: 2025, month: 5, day: 21), times: [("Le 14 mai", PartialDate(year: 2025, month: 5, day: 14))], [
            Make.claim("Le 14 mai, 3 000 personnes avaient défilé.", events: ["protest"], numbers: [("3 000", 3_000, "people", false)],
                       when: PartialDate(year: 2025, month: 5, day: 14))])
        let y = Make.article("b", published: PartialDate(year: 2025, month: 5, day: 21), [
            Make.claim("Ils étaient 9 000 dans les rues.", events: ["protest"], numbers: [("9 000", 9_000, "people", false)])])
        let p = Make.profiles([x, y])
        let v = VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0])
        #expect(!v.facets.contains(.number))
    }

    @Test("the day a period began does not date a figure counted since: « depuis lundi soir », \"since Monday evening\"", arguments: [
        ("Le feu a parcouru environ 3 000 hectares depuis lundi soir.", "lundi soir", Language.french),
        ("The fire has burned about 3,000 hectares since Monday evening.", "Monday evening", Language.english),
    ])
    func sinceDay(_ text: String, _ day: String, _ language: Language) {
        let wednesday = PartialDate(year: 2025, month: 8, day: 13), monday = PartialDate(year: 2025, month: 8, day: 11)
        let x = Make.article("a", language: language, published: wednesday, times: [(day, monday)], [
            Make.claim(text, events: ["fire"], numbers: [("environ 3 000", 3_000, "hectare", true)], when: monday)])
        let y = Make.article("b", language: .english, published: wednesday, [
            Make.claim("Some 3,500 hectares have burned.", events: ["fire"], numbers: [("Some 3,500", 3_500, "hectare", true)])])
        let p = Make.profiles([x, y])
        #expect(p[0][0].quantities[0].date == nil)
        #expect(VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).facets == [.number])
    }

    // MARK: dates

    @Test("dates compare at the precision each claim gives")
    func datesByPrecision() {
        let month = Make.verdict(
            Make.claim("Le sommet s'est tenu en décembre.", events: ["meet"], when: PartialDate(year: 2024, month: 12)),
            Make.claim("Le sommet s'est tenu le 8 décembre.", events: ["meet"], when: PartialDate(year: 2024, month: 12, day: 8)))
        #expect(month.relation == .agree)
    }

    @Test("two days for one dated event are a discrepancy on when (en)")
    func datesDiffer() {
        let x = Make.article("a", language: .english, times: [("on 7 March", PartialDate(year: 2025, month: 3, day: 7))], [
            Make.claim("The ferry left the port on 7 March.", events: ["leave"], when: PartialDate(year: 2025, month: 3, day: 7))])
        let y = Make.article("b", language: .english, times: [("on 8 March", PartialDate(year: 2025, month: 3, day: 8))], [
            Make.claim("The ferry left the port on 8 March.", events: ["leave"], when: PartialDate(year: 2025, month: 3, day: 8))])
        let p = Make.profiles([x, y])
        let v = VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0])
        #expect(v.relation == .conflict)
        #expect(v.facets == [.when])
    }

    @Test("a date dates the event of its own clause: the launch \"from their stronghold on 2 March, swiftly capturing\" is not the capture \"then, on Sunday, the port\"", arguments: [
        ("Rebels launched an offensive from their northern stronghold on 2 March, swiftly capturing several towns.", "on 2 March", 2, false),
        ("Rebels captured several towns on 2 March.", "on 2 March", 2, true),
    ])
    func dateOfItsClause(_ text: String, _ date: String, _ day: Int, _ conflicts: Bool) {
        let x = Make.article("a", language: .english, times: [("on Sunday", PartialDate(year: 2025, month: 3, day: 9))], [
            Make.claim("Over ten days rebels launched an offensive, capturing towns and then, on Sunday, the port.", events: ["offensive", "seize"],
                       when: PartialDate(year: 2025, month: 3, day: 9))])
        let d = PartialDate(year: 2025, month: 3, day: day)
        let y = Make.article("b", language: .english, times: [(date, d)], [Make.claim(text, events: ["offensive", "seize"], when: d)])
        let p = Make.profiles([x, y])
        #expect(VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).facets.contains(.when) == conflicts)
    }

    @Test("a date that dates the reporting, not the fact, is not compared")
    func reportingDate() {
        let x = Make.article("a", language: .english, times: [("on Sunday", PartialDate(year: 2025, month: 3, day: 9))], [
            Make.claim("The minister arrived in Rome on Sunday.", events: ["arrive"], when: PartialDate(year: 2025, month: 3, day: 9))])
        let y = Make.article("b", language: .english, times: [("Monday", PartialDate(year: 2025, month: 3, day: 10))], [
            Make.claim("The minister is in Rome, his office announced Monday.", events: ["arrive", "announce"],
                       when: PartialDate(year: 2025, month: 3, day: 10))])
        let p = Make.profiles([x, y])
        #expect(VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).relation == .agree)
    }

    @Test("a date right after the words that report dates the saying: \"said Monday that he fled\", \"according to a statement on Sunday\"", arguments: [
        ("The former leader said Monday that he fled the country after the capital fell.", "Monday", 10),
        ("Rebels claimed the leader had fled the country, according to a statement on Sunday.", "on Sunday", 9),
    ])
    func dateOfSaying(_ text: String, _ date: String, _ day: Int) {
        let d = PartialDate(year: 2025, month: 3, day: day)
        let x = Make.article("a", language: .english, times: [("on Saturday", PartialDate(year: 2025, month: 3, day: 8))], [
            Make.claim("The leader fled the country on Saturday.", events: ["flee"], when: PartialDate(year: 2025, month: 3, day: 8))])
        let y = Make.article("b", language: .english, times: [(date, d)], [Make.claim(text, events: ["flee"], when: d)])
        let p = Make.profiles([x, y])
        #expect(!VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0]).facets.contains(.when))
    }

    // MARK: places

    @Test("a city lies in its country: Moscou agrees with Russie")
    func containment() {
        let v = Make.verdict(
            Make.claim("L'ancien président est arrivé à Moscou.", where: ["place:moscow"], events: ["arrive"]),
            Make.claim("The former president has arrived in Russia.", where: ["place:russia"], events: ["arrive"]),
            languages: (.french, .english))
        #expect(v.relation == .agree)
    }

    @Test("two cities of one country for one departure are a discrepancy on where")
    func twoCities() {
        let v = Make.verdict(
            Make.claim("L'avion a décollé de Damas, en Syrie.", where: ["place:damascus", "place:syria"], events: ["leave", "travel"]),
            Make.claim("L'avion a décollé de Lattaquié.", where: ["place:latakia"], events: ["leave", "travel"]))
        #expect(v.relation == .conflict)
        #expect(v.facets == [.where])
    }

    @Test("a list of cities tells of several places: no contradiction with one city")
    func cityList() {
        let v = Make.verdict(
            Make.claim("Les rebelles ont pris Alep, Hama et Homs.", where: ["place:aleppo", "place:hama", "place:homs"], events: ["seize"]),
            Make.claim("Les rebelles ont pris Damas dimanche.", where: ["place:damascus"], events: ["seize"]))
        #expect(!v.facets.contains(.where))
    }

    @Test("a country named as background beside a city is no contradiction")
    func background() {
        let v = Make.verdict(
            Make.claim("Il est arrivé à Moscou.", where: ["place:moscow"], events: ["arrive"]),
            Make.claim("Il a quitté la Syrie pour Moscou.", where: ["place:syria", "place:moscow"], events: ["arrive", "leave"]))
        #expect(!v.facets.contains(.where))
    }

    // MARK: sources

    @Test("two different agencies for one fact disagree on source")
    func agencies() {
        let v = Make.verdict(
            Make.claim("Le ministre est arrivé, a indiqué une source à l'agence TASS.", events: ["arrive"],
                       sources: [("source", "source:une source"), ("TASS", "org:tass")]),
            Make.claim("The minister has arrived, a source told Interfax.", events: ["arrive"],
                       sources: [("source", "source:a source"), ("Interfax", "org:interfax")]),
            languages: (.french, .english))
        #expect(v.relation == .conflict)
        #expect(v.facets == [.source])
    }

    @Test("a person on the record, carried by one agency, and another agency's own report differ without contradicting; an unnamed source through another agency contradicts")
    func onRecordAgainstAgency() {
        let report = Make.claim("Le ministre est arrivé à Rome, a rapporté l'agence ANSA.", events: ["arrive"], sources: [("ANSA", "org:ansa")])
        let spokesman = Make.claim("Spokesman Marco Testa told reporters the minister had arrived in Rome, Reuters reported.", events: ["arrive"],
                                   sources: [("Marco Testa", "person:marco-testa"), ("Reuters", "org:reuters")])
        let unnamed = Make.claim("The minister has arrived in Rome, a source told Reuters.", events: ["arrive"],
                                 sources: [("source", "source:a source"), ("Reuters", "org:reuters")])
        let v = Make.verdict(report, spokesman, languages: (.french, .english))
        #expect(v.relation == .agree, "\(v.facets) \(v.notes)")
        #expect(v.facets == [.source])
        #expect(Make.verdict(report, unnamed, languages: (.french, .english)).facets == [.source])
        #expect(Make.verdict(report, unnamed, languages: (.french, .english)).relation == .conflict)
    }

    @Test("two named witnesses, each through their own outlet, differ without contradicting")
    func twoWitnesses() {
        let v = Make.verdict(
            Make.claim("The minister has left the country, US officials told the Daily Courier.", events: ["leave"],
                       sources: [("US officials", "source:us officials"), ("Daily Courier", "org:afp")]),
            Make.claim("The minister has left the country, two army officers told Reuters.", events: ["leave"],
                       sources: [("army officers", "source:army officers"), ("Reuters", "org:reuters")]))
        #expect(v.relation == .agree, "\(v.facets) \(v.notes)")
        #expect(v.facets == [.source])
    }

    @Test("one side in its own voice agrees, with a difference of attribution")
    func ownVoice() {
        let v = Make.verdict(
            Make.claim("Le ministre est arrivé à Rome.", where: ["place:rome"], events: ["arrive"]),
            Make.claim("Le ministre est arrivé à Rome, selon l'AFP.", where: ["place:rome"], events: ["arrive"], sources: [("AFP", "org:afp")]))
        #expect(v.relation == .agree)
        #expect(v.facets == [.source])
    }

    @Test("a generic medium beside a named agency is no contradiction")
    func genericMedium() {
        let v = Make.verdict(
            Make.claim("Il est à Moscou, selon les agences de presse russes.", events: ["arrive"],
                       sources: [("agences de presse russes", "source:agences de presse russes")]),
            Make.claim("Il est à Moscou, selon TASS.", events: ["arrive"], sources: [("TASS", "org:tass")]))
        #expect(v.relation == .agree)
    }

    @Test("a generic medium beside another named agency may be the first one: it differs, no contradiction")
    func genericBesideNamed() {
        let v = Make.verdict(
            Make.claim("The minister has arrived, Interfax and state media quoted a source as saying.", events: ["arrive"],
                       sources: [("source", "source:a source"), ("Interfax", "org:interfax"), ("state media", "source:state media")]),
            Make.claim("Le ministre est arrivé, a indiqué une source à l'agence TASS.", events: ["arrive"],
                       sources: [("source", "source:une source"), ("TASS", "org:tass")]),
            languages: (.english, .french))
        #expect(v.relation == .agree)
        #expect(v.facets == [.source])
    }

    // MARK: negation

    @Test("a denial against an assertion is a discrepancy on negation (fr)")
    func denialFrench() {
        let v = Make.verdict(
            Make.claim("Le maire a démenti toute fermeture de l'usine.", events: ["close"]),
            Make.claim("L'usine va fermer, selon les syndicats.", events: ["close"], sources: [("syndicats", "source:syndicats")]))
        #expect(v.relation == .conflict)
        #expect(v.facets.contains(.negation))
    }

    @Test("doubt against confirmation is a discrepancy on negation (en)")
    func doubtEnglish() {
        let v = Make.verdict(
            Make.claim("The White House said it was not sure where the leader was staying.", events: ["arrive"]),
            Make.claim("The White House confirmed the leader was in the capital.", events: ["arrive", "confirm"]),
            languages: (.english, .english))
        #expect(v.facets.contains(.negation))
    }

    @Test("a denial of another happening denies nothing: a fault denied, the passengers carried stated (en)")
    func denialOfAnotherHappening() {
        let spokesman = [("Ana Ruiz", "person:ana-ruiz")]
        let v = Make.verdict(
            Make.claim("Airline spokeswoman Ana Ruiz denied reports that the plane had a technical fault.", who: ["person:ana-ruiz"],
                       events: ["fault"], sources: spokesman),
            Make.claim("The plane was carrying 68 passengers, Ana Ruiz said.", who: ["person:ana-ruiz"], events: ["travel"],
                       numbers: [("68", 68, "passenger", false)], sources: spokesman),
            languages: (.english, .english))
        #expect(!v.facets.contains(.negation))
    }

    @Test("a denial bears on what its cue governs: the clause after \"denied\", « pas sûrs »; the clause before \"disinformation\"", arguments: [
        ("The company denied that the train had been speeding.", "Witnesses said the train was travelling at high speed.", ["speed"], true),
        ("Reports of his death are disinformation, the agency said.", "He died in the crash, his family said.", ["kill"], true),
        ("The army denied the report, as rebels entered the capital.", "Rebels entered the capital on Sunday.", ["enter"], false),
        ("\"My departure was neither planned nor rushed,\" the ousted leader said in a statement.", "The ministry said he had decided to step down and leave.", ["leave", "decide"], true),
    ])
    func denialScope(_ denying: String, _ stating: String, _ events: [String], _ conflicts: Bool) {
        let v = Make.verdict(Make.claim(denying, events: events), Make.claim(stating, events: events), languages: (.english, .english))
        #expect(v.facets.contains(.negation) == conflicts)
    }

    @Test("the noun after the denied event's preposition says what was exchanged: prisons are not denied", arguments: [
        ("Three other French nationals remain in prison in Iran.", ["prison"], false),
        ("Iran said the release was part of a prisoner exchange.", ["exchange", "prison", "release"], true),
    ])
    func denialOfComplement(_ stating: String, _ events: [String], _ conflicts: Bool) {
        let v = Make.verdict(Make.claim("The minister denied any exchange of prisoners with Tehran.", events: ["deny", "exchange", "prison"]),
                             Make.claim(stating, events: events), languages: (.english, .english))
        #expect(v.facets.contains(.negation) == conflicts)
    }

    @Test("a negation near the scene denies none of it: \"did not occur during the battles\" does not deny the war; one bearing on a decision does", arguments: [
        ("\"My departure did not occur during the battles,\" the former leader said.", "The civil war killed hundreds of thousands.", ["leave", "war"], ["war"], false),
        ("« Mon départ n'a pas suivi les combats », a dit l'ancien dirigeant.", "La guerre a fait des centaines de milliers de morts.", ["leave", "war"], ["war", "kill"], false),
        ("\"My departure was not planned,\" the former leader said.", "The ministry said he had decided to step down and leave.", ["leave", "decide"], ["leave", "decide"], true),
    ])
    func negationOfScene(_ denying: String, _ stating: String, _ denied: [String], _ stated: [String], _ conflicts: Bool) {
        let language: Language = denying.hasPrefix("«") ? .french : .english
        let v = Make.verdict(Make.claim(denying, events: denied, negated: true), Make.claim(stating, events: stated), languages: (language, language))
        #expect(v.facets.contains(.negation) == conflicts)
    }

    @Test("a denial aligns with the claim of what it denies, however differently worded: \"denied that the train had been speeding\" / « roulait à vive allure »")
    func denialAligns() throws {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("A passenger train derailed near Kestrelton on Friday, killing four people.", where: ["place:kestrelton"],
                       events: ["accident", "kill"], numbers: [("four", 4, "dead", false)]),
            Make.claim("Rail Minister David Okafor said an investigation had been opened.", who: ["person:david-okafor"], events: ["investigate"]),
            Make.claim("The company denied that the train had been speeding.", events: ["deny", "speed"]),
        ])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("Quatre personnes ont été tuées vendredi dans le déraillement d'un train près de Kestrelton.", where: ["place:kestrelton"],
                       events: ["accident", "kill"], numbers: [("Quatre", 4, "dead", false)]),
            Make.claim("La maire Helen Carter a parlé d'une journée tragique.", who: ["person:helen-carter"], events: []),
            Make.claim("D'après plusieurs témoins, le train roulait à vive allure au moment du déraillement.", events: ["accident", "speed"]),
        ])
        let run = Comparator().compare([a, b])
        let pair = try #require(run.alignments.first { $0.a == "a#c3" || $0.b == "a#c3" })
        #expect(pair.relation == .conflict)
        #expect(pair.facets.contains(.negation))
    }

    @Test("a toll of many is not the one death a denial speaks of: \"reports that the general was killed … disinformation\" against \"the war has left thousands killed\"")
    func tollAgainstOneDeath() {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("The army described reports that General Vostrov was killed in a plane crash as disinformation.", who: ["person:ivan-vostrov"], events: ["kill", "accident"]),
        ])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("The war waged under General Vostrov has left thousands killed.", who: ["person:ivan-vostrov"], events: ["kill", "war"],
                       numbers: [("thousands", 1000, "dead", true)]),
        ])
        let run = Comparator().compare([a, b])
        #expect(!run.alignments.contains { $0.relation == .conflict })
    }

    @Test("a doubt about where someone is aligns with where another says he is, not with where an air base is")
    func denialMeetsItsStatement() throws {
        let a = Make.article("a", published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("Le président américain a dit n'être « pas sûr » de l'endroit où se trouvait l'ancien dirigeant.", events: ["arrive"]),
        ])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 3, day: 13), [
            Make.claim("C'est là que se trouve la base aérienne russe.", events: ["arrive"]),
            Make.claim("Le président américain a confirmé que l'ancien dirigeant se trouvait à Moscou.", where: ["place:moscou"], events: ["arrive", "confirm"]),
        ])
        let run = Comparator().compare([a, b])
        #expect(!run.alignments.contains { $0.a == "b#c1" || $0.b == "b#c1" })
        let pair = try #require(run.alignments.first { $0.a == "b#c2" || $0.b == "b#c2" })
        #expect(pair.facets.contains(.negation))
    }

    @Test("a negation of the happening itself denies it: « Aucune rançon n'a été payée » against \"A ransom was paid\"; two denials agree")
    func negatedHappening() {
        let paid = Make.claim("A ransom of several million euros was paid to the kidnappers.", events: ["pay", "ransom"])
        let none = Make.claim("« Aucune rançon n'a été payée », a affirmé le porte-parole.", events: ["pay", "ransom"], negated: true)
        let denied = Make.claim("France denied paying any ransom.", events: ["pay", "ransom"], negated: true)
        let v = Make.verdict(paid, none, languages: (.english, .french))
        #expect(v.facets == [.negation])
        #expect(Make.verdict(denied, none, languages: (.english, .french)).relation == .agree)
    }

    @Test("a negation inside a phrase event denies it too: « il n'était pas présent » and \"did not attend\" agree")
    func negatedPhrase() {
        let v = Make.verdict(
            Make.claim("Il n'était pas présent à l'audience.", who: ["person:marc-bel"], events: ["attend", "trial"], negated: true),
            Make.claim("Bel did not attend the hearing.", who: ["person:marc-bel"], events: ["attend"], negated: true),
            languages: (.french, .english))
        #expect(v.relation == .agree)
    }

    @Test("a negation bearing on another word denies nothing: « Ce n'était pas attendu : Madrid a soutenu le projet »")
    func negationOfAnotherWord() {
        let v = Make.verdict(
            Make.claim("Ce n'était pas attendu : Madrid a soutenu le projet.", events: ["support"], negated: true),
            Make.claim("Madrid supported the project throughout the talks.", events: ["support", "negotiate"]),
            languages: (.french, .english))
        #expect(v.relation == .agree)
    }

    @Test("a negation elsewhere in the sentence denies nothing")
    func grammaticalNegation() {
        let v = Make.verdict(
            Make.claim("La mobilisation ne faiblit pas : 5 000 personnes ont défilé.", events: ["protest"], negated: true),
            Make.claim("Cinq mille personnes ont défilé jeudi.", events: ["protest"]))
        #expect(!v.facets.contains(.negation))
    }
}
