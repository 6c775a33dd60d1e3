import Testing
import CorroborateCore
@testable import CorroborateComparison

/// Which claims of different articles state the same fact. Examples are small invented
/// stories; claims carry the entity keys and event concepts extraction gives them.
@Suite("Alignment: claims that state the same fact")
struct AlignmentTests {
    static let minister = "person:ferdinand-moreau"

    static let french = Make.article("fr-journal", published: PartialDate(year: 2025, month: 6, day: 2), [
        Make.claim("Le ministre Ferdinand Moreau est arrivé à Rome dimanche.", who: [minister], where: ["place:rome"], events: ["arrive"]),
        Make.claim("L'Italie lui a accordé l'asile pour des raisons humanitaires.", who: ["place:italy"], events: ["asylum", "grant", "humanitarian"]),
        Make.claim("Le prix du pain a augmenté de 3 % en mai.", events: [], numbers: [("3 %", 3, "percent", false)]),
    ])

    static let english = Make.article("en-daily", language: .english, published: PartialDate(year: 2025, month: 6, day: 2), [
        Make.claim("Minister Ferdinand Moreau arrived in Italy on Sunday.", who: [minister], where: ["place:italy"], events: ["arrive"]),
        Make.claim("Italy granted him asylum on humanitarian grounds, officials said.", who: ["place:italy"],
                   events: ["asylum", "grant", "humanitarian"], sources: [("officials", "source:officials")]),
        Make.claim("Floods closed the northern motorway for two days.", events: ["close"], numbers: [("two days", 2, "day", false)]),
    ])

    static let run = Comparator().compare([french, english])

    func aligned(_ a: String, _ b: String) -> Alignment? {
        Self.run.alignments.first { ($0.a == a && $0.b == b) || ($0.a == b && $0.b == a) }
    }

    @Test("across languages: the same arrival (Rome ⊂ Italy) and the same asylum align")
    func crossLanguage() throws {
        let arrival = try #require(aligned("fr-journal#c1", "en-daily#c1"))
        #expect(arrival.relation == .agree)
        #expect(arrival.explanation.contains("arrive"))
        #expect(arrival.explanation.contains("across languages"))
        let asylum = try #require(aligned("fr-journal#c2", "en-daily#c2"))
        #expect(asylum.relation == .agree)
        #expect(asylum.facets == [.source])
    }

    @Test("unrelated claims do not align, and no claim aligns with two facts of the other article")
    func unrelated() {
        #expect(aligned("fr-journal#c3", "en-daily#c3") == nil)
        #expect(aligned("fr-journal#c1", "en-daily#c2") == nil)
        #expect(aligned("fr-journal#c2", "en-daily#c1") == nil)
    }

    @Test("every alignment explains itself in one line")
    func explanations() {
        for a in Self.run.alignments {
            #expect(!a.explanation.isEmpty)
            #expect(!a.explanation.contains("\n"))
            #expect(a.score > 0 && a.score <= 1)
        }
    }

    @Test("claims of one article never align with each other")
    func sameArticle() {
        for a in Self.run.alignments {
            #expect(a.a.split(separator: "#")[0] != a.b.split(separator: "#")[0])
        }
    }

    @Test("facts group the aligned claims, most articles first")
    func facts() {
        #expect(Self.run.facts.count == 2)
        for f in Self.run.facts { #expect(f.articles == [0, 1]) }
    }

    @Test("blocking pairs claims of different articles that share a telling term only")
    func blocking() {
        let p = Make.profiles([Self.french, Self.english]).flatMap { $0 }
        let pairs = CandidateIndex(p, weights: TermWeights(p)).pairs
        #expect(pairs.allSatisfy { p[$0.0].article != p[$0.1].article })
        // The bread price and the motorway share nothing.
        #expect(!pairs.contains { $0 == (2, 5) })
    }

    @Test("a common term past the cap is left out of the index, the rest still pairs")
    func cap() {
        // 70 articles each with a claim naming the same actor and a distinct event.
        let events = ["arrive", "leave", "flee", "kill", "injure", "arrest", "protest"]
        let articles = (0..<70).map { i in
            Make.article("a\(i)", [Make.claim("Claim \(i) about the minister.", who: [Self.minister], events: [events[i % events.count]])])
        }
        let p = Make.profiles(articles).flatMap { $0 }
        let pairs = CandidateIndex(p, weights: TermWeights(p)).pairs
        // Only claims sharing an event pair up: 7 groups of 10 claims, 45 pairs each.
        #expect(pairs.count == 7 * 45)
    }

    @Test("with the story gate, only claims of articles naming two actors or places in common pair up")
    func storyGate() {
        func story(_ id: String, _ who: [String], _ place: String) -> ArticleAnalysis {
            Make.article(id, language: .english, [
                Make.claim("The leaders met in the capital.", who: who, where: [place], events: ["meet"]),
                Make.claim("The two leaders talked for two hours behind closed doors.", events: ["meet"]),
            ])
        }
        let articles = [story("x1", ["person:x", "person:y"], "place:p"), story("x2", ["person:x", "person:y"], "place:p"),
                        story("z", ["person:x", "person:w"], "place:q")]
        let p = Make.profiles(articles).flatMap { $0 }
        let open = CandidateIndex(p, weights: TermWeights(p)).pairs
        let gated = CandidateIndex(p, weights: TermWeights(p), storyGate: true).pairs
        // The generic sentence pairs across stories without the gate, within its story with it.
        #expect(open.contains { $0 == (1, 5) })
        #expect(gated.contains { $0 == (1, 3) })
        #expect(!gated.contains { $0.0 == 4 || $0.0 == 5 || $0.1 == 4 || $0.1 == 5 })
    }
}

/// Two outlets measuring the same actor's span a little differently ("pendant 24 ans" /
/// "près de 25 ans après son accession") state one fact and disagree on its figure.
@Suite("Alignment: one actor's span told twice")
struct CloseMeasureTests {
    static let leader = "person:paulo-mendes"

    static func run(_ other: String) -> RunResult {
        let a = Make.article("a", [
            Make.claim("Paulo Mendes, qui a dirigé le Portugal d'une main de fer pendant 24 ans, se trouve à Madrid.", who: [leader],
                       where: ["place:portugal", "place:madrid"], events: ["arrive", "govern"], numbers: [("24 ans", 24, "year", false)]),
        ])
        let b = Make.article("b", [
            Make.claim("Renversé près de 25 ans après son accession au pouvoir, le dirigeant a quitté le Portugal.", who: [other],
                       where: ["place:portugal"], events: ["fall", "govern", "leave"], numbers: [("près de 25 ans", 25, "year", true)]),
        ])
        return Comparator().compare([a, b])
    }

    @Test("the same actor's span, 24 vs nearly 25 years: aligned, a discrepancy on the number")
    func sameActor() throws {
        let pair = try #require(Self.run(Self.leader).alignments.first)
        #expect(pair.relation == .conflict)
        #expect(pair.facets == [.number])
    }

    @Test("another actor's span of about the same length is another fact")
    func otherActor() {
        #expect(Self.run("person:rui-costa").alignments.isEmpty)
    }

    @Test("a line's rule (« 53 ans de règne de la famille », « his family's rule ») is not the span of one of its members")
    func lineage() {
        let a = Make.article("a", [
            Make.claim("Paulo Mendes a dirigé le Portugal pendant 24 ans.", who: [Self.leader], where: ["place:portugal"],
                       events: ["govern"], numbers: [("24 ans", 24, "year", false)]),
        ])
        for text in ["La chute de Paulo Mendes met fin à 53 ans de règne de la famille Mendes au Portugal.",
                     "The fall of Paulo Mendes ends 53 years of his family's rule over Portugal."] {
            let b = Make.article("b", [
                Make.claim(text, who: [Self.leader], where: ["place:portugal"], events: ["fall", "govern"], numbers: [(text.contains("ans") ? "53 ans" : "53 years", 53, "year", false)]),
            ])
            #expect(!Comparator().compare([a, b]).alignments.contains { $0.facets.contains(.number) })
        }
    }
}

@Suite("Alignment: a precise figure pairs claims across languages")
struct FigureBlockingTests {
    @Test("2,4 millions d'euros and 2.4 million euros align though the claims share no name nor event word")
    func sameFigureAcrossLanguages() {
        let fr = Make.article("fr", [Make.claim("Le préjudice est estimé à 2,4 millions d'euros.", numbers: [("2,4 millions", 2_400_000, "euro", false)])])
        let en = Make.article("en", language: .english, [Make.claim("The losses were put at 2.4 million euros.",
                                                                     numbers: [("2.4 million", 2_400_000, "euro", false)])])
        #expect(Comparator().compare([fr, en]).alignments.count == 1)
    }
}

@Suite("Alignment: an epidemic's tolls over days")
struct EpidemicTollTests {
    static let kivu = "place:north-kivu"

    @Test("cases are cases though the claim counts deaths too: « 1 240 cas, dont 56 décès »")
    func casesStayCases() {
        let a = Make.article("a", [Make.claim("Au moins 1 240 cas de choléra, dont 56 décès, ont été enregistrés au Nord-Kivu.", where: [Self.kivu],
                                              events: ["kill"], numbers: [("Au moins 1 240", 1_240, "case", true), ("56", 56, nil, false)])])
        #expect(Make.profiles([a])[0][0].quantities.map(\.unitClass) == ["case", "dead"])
    }

    @Test("a toll placed in a province and one told in a claim naming it, two days apart: one toll, revised")
    func placedAndUnplaced() throws {
        let a = Make.article("a", published: PartialDate(year: 2025, month: 2, day: 18), [
            Make.claim("Au moins 1 240 cas de choléra, dont 56 décès, ont été enregistrés dans la province du Nord-Kivu.", where: [Self.kivu],
                       events: ["kill"], numbers: [("Au moins 1 240", 1_240, "case", true), ("56", 56, nil, false)])])
        let b = Make.article("b", published: PartialDate(year: 2025, month: 2, day: 20), [
            Make.claim("L'épidémie qui frappe le Nord-Kivu a fait 70 morts, selon un bilan actualisé.", where: [Self.kivu],
                       events: ["kill"], numbers: [("70", 70, nil, false)])])
        let run = Comparator().compare([a, b])
        let pair = try #require(run.alignments.first)
        #expect(pair.facets == [.number])
        #expect(run.revisions.count == 1)
    }
}

@Suite("Alignment: a storm's tolls, victims and gusts")
struct StormTests {
    static let coast = "place:normandy"

    @Test("a toll told with no place and one placed in the region, two days apart: one toll, revised")
    func unplacedToll() throws {
        let a = Make.article("a", published: PartialDate(year: 2025, month: 10, day: 15), [
            Make.claim("La tempête Mireille a fait au moins trois morts mardi en Normandie.", where: [Self.coast],
                       events: ["disaster", "kill"], numbers: [("au moins trois", 3, "dead", true)])])
        let b = Make.article("b", published: PartialDate(year: 2025, month: 10, day: 16), [
            Make.claim("Le bilan de la tempête Mireille s'est alourdi à cinq morts.", events: ["disaster", "kill"], numbers: [("cinq", 5, "dead", false)])])
        let run = Comparator().compare([a, b])
        #expect(try #require(run.alignments.first).facets.contains(.number))
        #expect(run.revisions.count == 1)
    }

    @Test("a toll and one victim told by age are two facts; two ages of the victim are a discrepancy")
    func tollAndVictim() {
        let a = Make.article("a", published: PartialDate(year: 2025, month: 10, day: 15), [
            Make.claim("La tempête a fait quatre morts en Normandie.", where: [Self.coast], events: ["disaster", "kill"],
                       numbers: [("quatre", 4, "dead", false)]),
            Make.claim("Un homme de 68 ans a été tué par la chute d'un arbre en Normandie.", where: [Self.coast], events: ["kill", "fall"],
                       numbers: [("68 ans", 68, "age", false)]),
        ])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2025, month: 10, day: 15), [
            Make.claim("A 69-year-old man was killed when a tree fell in Normandy.", where: [Self.coast], events: ["kill", "fall"],
                       numbers: [("69-year-old", 69, "age", false)]),
        ])
        let run = Comparator().compare([a, b])
        #expect(!run.alignments.contains { $0.a == "a#c1" || $0.b == "a#c1" })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["a#c2", "b#c1"] && $0.facets == [.number] })
    }

    @Test("112 mph and 180 km/h are one speed; 95 mph is another", arguments: [
        ("up to 112 mph", 112.0, true), ("95 mph", 95.0, false),
    ])
    func speeds(_ text: String, _ value: Double, _ same: Bool) {
        let kmh = Make.figure("180 km/h", 180, "kilometre per hour")
        #expect(Make.figure(text, value, "mile per hour", approx: text.hasPrefix("up")).isCompatible(with: kmh) == same)
    }
}

@Suite("Alignment: a share price day by day")
struct DailyMeasureTests {
    static let exchange = "org:bourse-de-paris"

    /// Two reports of a share's moves, the second published the next day.
    static func run(_ second: String, _ value: Double, _ day: String, _ date: PartialDate) -> RunResult {
        let tuesday = PartialDate(year: 2026, month: 11, day: 17)
        let a = Make.article("a", published: tuesday, times: [("mardi", tuesday)], [
            Make.claim("À la Bourse de Paris, l'action Talvane a reculé de 4,2 % mardi.", who: [Self.exchange], events: ["stock", "decrease"],
                       numbers: [("4,2 %", 4.2, "percent", false)], when: tuesday)])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 11, day: 18), times: [(day, date)], [
            Make.claim(second, who: [Self.exchange], events: ["stock", "decrease"], numbers: [("\(value) %".replacingOccurrences(of: ".", with: ","), value, "percent", false)], when: date)])
        return Comparator().compare([a, b])
    }

    @Test("a fall on Tuesday and another on Wednesday are two facts, not two versions of one figure")
    func otherDays() {
        let wednesday = PartialDate(year: 2026, month: 11, day: 18)
        #expect(Self.run("L'action Talvane a encore perdu 1,5 % mercredi à la Bourse de Paris.", 1.5, "mercredi", wednesday).alignments.isEmpty)
    }

    @Test("Tuesday's fall told the next day (« la veille ») is the same figure")
    func sameDay() throws {
        let tuesday = PartialDate(year: 2026, month: 11, day: 17)
        let run = Self.run("L'action Talvane avait chuté de 4,2 % la veille à la Bourse de Paris.", 4.2, "la veille", tuesday)
        #expect(try #require(run.alignments.first).facets.isEmpty)
    }
}

@Suite("Alignment: the news and its background")
struct BackgroundTests {
    static let turkey = "place:turkey"

    @Test("a quake this week and the quake of four years before are two happenings; two accounts of the old one still align")
    func yearsApart() {
        let a = Make.article("a", published: PartialDate(year: 2026, month: 11, day: 18), [
            Make.claim("Un séisme a fait au moins douze morts mardi en Turquie.", where: [Self.turkey], events: ["kill", "quake"],
                       numbers: [("au moins douze", 12, "dead", true)], when: PartialDate(year: 2026, month: 11, day: 17)),
        ])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2026, month: 11, day: 18), [
            Make.claim("The February 2022 earthquakes killed more than 50,000 people in Turkey.", where: [Self.turkey], events: ["kill", "quake"],
                       numbers: [("more than 50,000", 50000, "people", true)], when: PartialDate(year: 2022, month: 2)),
        ])
        let c = Make.article("c", published: PartialDate(year: 2026, month: 11, day: 18), [
            Make.claim("Les séismes de février 2022 avaient fait plus de 50 000 morts en Turquie.", where: [Self.turkey], events: ["kill", "quake"],
                       numbers: [("plus de 50 000", 50000, "dead", true)], when: PartialDate(year: 2022, month: 2)),
        ])
        let run = Comparator().compare([a, b, c])
        #expect(!run.alignments.contains { $0.a == "a#c1" || $0.b == "a#c1" })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["b#c1", "c#c1"] })
    }

    @Test("an undated figure counts the report's day: the last election's turnout is its background, this one's turnout aligns")
    func undatedAgainstOldYear() {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2026, month: 11, day: 9), [
            Make.claim("Turnout was about 60%.", events: ["turnout", "vote"], numbers: [("about 60%", 60, "percent", true)]),
        ])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 11, day: 9), [
            Make.claim("La participation était de 79 % lors du scrutin de 2020.", events: ["turnout", "vote"],
                       numbers: [("79 %", 79, "percent", false)], when: PartialDate(year: 2020)),
            Make.claim("La participation s'établit à 61 %.", events: ["turnout", "vote"], numbers: [("61 %", 61, "percent", false)]),
        ])
        let run = Comparator().compare([a, b])
        #expect(!run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "b#c1"] })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "b#c2"] })
    }

    @Test("the next summit, planned, and this week's are two occurrences; a plan and its happening on the same day are one")
    func planAndEvent() {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2026, month: 3, day: 18), [
            Make.claim("Spain and Morocco held a summit in Rabat on Wednesday.", who: ["place:spain", "place:morocco"], events: ["summit"],
                       when: PartialDate(year: 2026, month: 3, day: 18)),
        ])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 3, day: 18), [
            Make.claim("Le prochain sommet entre l'Espagne et le Maroc doit se tenir en 2027.", who: ["place:spain", "place:morocco"],
                       events: ["summit"], when: PartialDate(year: 2027)),
        ])
        let c = Make.article("c", published: PartialDate(year: 2026, month: 3, day: 10), [
            Make.claim("L'Espagne et le Maroc tiendront un sommet le 18 mars.", who: ["place:spain", "place:morocco"], events: ["summit"],
                       when: PartialDate(year: 2026, month: 3, day: 18)),
        ])
        let run = Comparator().compare([a, b, c])
        #expect(!run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "b#c1"] })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "c#c1"] && $0.relation == .agree })
    }

    @Test("two defendants' sentences are two facts, not two versions of one")
    func twoPeople() {
        let a = Make.article("a", published: PartialDate(year: 2026, month: 10, day: 15), [
            Make.claim("L'homme d'affaires Paul Girard a été condamné à trois ans de prison.", who: ["person:paul-girard"],
                       events: ["prison", "sentence"], numbers: [("trois ans", 3, "year", false)]),
        ])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2026, month: 10, day: 15), [
            Make.claim("A court sentenced former minister Marc Bel to five years in prison.", who: ["person:marc-bel"],
                       events: ["prison", "sentence"], numbers: [("five years", 5, "year", false)]),
        ])
        #expect(Comparator().compare([a, b]).alignments.isEmpty)
    }

    @Test("dates a year or more apart tell two times; a month and a day of it do not", arguments: [
        (PartialDate(year: 2022, month: 2), PartialDate(year: 2026, month: 11, day: 17), true),
        (PartialDate(year: 2025, month: 11), PartialDate(year: 2026, month: 11, day: 17), true),
        (PartialDate(year: 2025, month: 12), PartialDate(year: 2026, month: 11, day: 17), false),
        (PartialDate(year: 2026), PartialDate(year: 2026, month: 11, day: 17), false),
    ])
    func monthsApart(_ x: PartialDate, _ y: PartialDate, _ far: Bool) {
        #expect(((x.monthsApart(from: y) ?? 0) >= Similarity.otherTimeMonths) == far)
    }
}

@Suite("Alignment: one speaker, several statements")
struct SameSpeakerTests {
    static let speaker = "person:lena-moretti"
    static let source = [("Lena Moretti", speaker)]

    @Test("a statement and a quotation sharing only their speaker are two things said; two quotations may be one translated")
    func speakerOnly() {
        let a = Make.article("a", [
            Make.claim("« Il faut ouvrir des voies légales », a déclaré Lena Moretti.", who: [Self.speaker], sources: Self.source),
        ])
        let b = Make.article("b", language: .english, [
            Make.claim("Lena Moretti added that the rescue ships lacked fuel.", who: [Self.speaker], sources: Self.source),
            Make.claim("\"Legal routes must be opened,\" Lena Moretti said.", who: [Self.speaker], sources: Self.source),
        ])
        let run = Comparator().compare([a, b])
        #expect(!run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "b#c1"] })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["a#c1", "b#c2"] })
    }
}

@Suite("Alignment: facts are groups of claims most of whose pairs are linked")
struct FactGroupingTests {
    // Claims 0, 1 of article A; 2, 3 of article B. 0–2 and 1–3 state one fact each.
    @Test("two facts of the same two articles stay two though one weak link joins them")
    func weakLinkBetweenTwoFacts() {
        let article = { (c: Int) in c < 2 ? 0 : 1 }
        let edges = [ScoredPair(0, 2, 0.9), ScoredPair(1, 3, 0.8), ScoredPair(0, 3, 0.21)]
        #expect(FactClustering.groups(count: 4, article: article, edges: edges) == [[0, 2], [1, 3]])
    }

    @Test("an article telling a fact twice (lead and body) joins both claims to it when each is linked")
    func factToldTwice() {
        let article = { (c: Int) in c < 2 ? 0 : 1 }
        let edges = [ScoredPair(0, 2, 0.9), ScoredPair(1, 2, 0.7)]
        #expect(FactClustering.groups(count: 3, article: article, edges: edges) == [[0, 1, 2]])
    }
}
