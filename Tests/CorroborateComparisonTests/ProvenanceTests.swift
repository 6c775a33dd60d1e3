import Testing
import CorroborateCore
@testable import CorroborateComparison

/// Where facts come from: shared wording between articles (republished copy) and the
/// independent sources behind each fact.
@Suite("Provenance and revisions")
struct ProvenanceTests {
    static let wire = "Les secours ont évacué trois cents habitants du quartier inondé pendant la nuit de samedi à dimanche"

    @Test("two articles republishing the same copy share wording; a rewrite does not")
    func sharedWording() {
        let a = Make.article("a", [Make.claim(Self.wire + ", selon la préfecture.", events: ["flood"])])
        let b = Make.article("b", [Make.claim(Self.wire + ", a indiqué la préfecture.", events: ["flood"])])
        let c = Make.article("c", [Make.claim("La préfecture dit avoir mis à l'abri environ 300 riverains.", events: ["flood"])])
        let run = Comparator().compare([a, b, c])
        #expect(run.sharedWording.count == 1)
        #expect(run.sharedWording.first.map { ($0.a, $0.b) } ?? (0, 0) == (0, 1))
        #expect((run.sharedWording.first?.overlap ?? 0) > 0.5)
    }

    @Test("reported by three outlets, one independent source: a Kremlin source via two agencies")
    func independentSources() throws {
        let via = [("Kremlin", "org:kremlin"), ("TASS", "org:tass")]
        let viaOther = [("Kremlin", "org:kremlin"), ("Interfax", "org:interfax")]
        let a = Make.article("a", [Make.claim("Le dirigeant est arrivé à Moscou, selon une source du Kremlin citée par TASS.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"], sources: via)])
        let b = Make.article("b", [Make.claim("Le dirigeant est arrivé à Moscou, a dit une source du Kremlin à Interfax.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"], sources: viaOther)])
        let c = Make.article("c", [Make.claim("Le dirigeant déchu est arrivé à Moscou.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"])])
        let run = Comparator().compare([a, b, c])
        let fact = try #require(run.facts.first)
        #expect(fact.articles == [0, 1, 2])
        #expect(fact.independentSourceCount == 1)
        #expect(fact.upstream.first?.label == "Kremlin via TASS, Interfax")
        #expect(fact.unattributed == [2])
        // The two agencies are an attribution discrepancy all the same.
        #expect(run.alignments.contains { $0.relation == .conflict && $0.facets == [.source] })
    }

    @Test("a spokesperson speaks for their institution: a Kremlin source and the Kremlin's spokesman, titled in one article only, are one independent source")
    func spokespersonIsInstitution() throws {
        let a = Make.article("a", [Make.claim("Le dirigeant est arrivé à Moscou, selon une source du Kremlin citée par TASS.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"],
                                              sources: [("Kremlin", "org:kremlin"), ("TASS", "org:tass")])])
        var b = Make.article("b", [Make.claim("Le dirigeant est arrivé à Moscou, a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"],
                                              sources: [("Dmitri Peskov", "person:dmitry-peskov")])])
        b.claims[0].sourceAffiliations = ["person:dmitry-peskov": "org:kremlin"]
        let c = Make.article("c", [Make.claim("Le dirigeant est arrivé à Moscou, a ajouté Peskov.",
                                              who: ["person:bashar-al-assad"], where: ["place:moscow"], events: ["arrive"],
                                              sources: [("Peskov", "person:dmitry-peskov")])])
        let run = Comparator().compare([a, b, c])
        let fact = try #require(run.facts.first)
        #expect(fact.articles == [0, 1, 2])
        #expect(fact.independentSourceCount == 1)
        #expect(fact.upstream.first?.articles == [0, 1, 2])
        // Without the title, two sources.
        let untitled = Comparator().compare([a, c])
        #expect(try #require(untitled.facts.first).independentSourceCount == 2)
    }

    @Test("a toll that grows between reports of different days is a revision, in publication order")
    func growingToll() throws {
        let early = Make.article("early", published: PartialDate(year: 2025, month: 4, day: 1), [
            Make.claim("Le séisme a fait 120 morts dans la région de Izmir.", where: ["place:izmir"], events: ["kill"],
                       numbers: [("120 morts", 120, "dead", false)])])
        let late = Make.article("late", language: .english, published: PartialDate(year: 2025, month: 4, day: 3), [
            Make.claim("The earthquake killed 310 people in the Izmir region.", where: ["place:izmir"], events: ["kill"],
                       numbers: [("310 people", 310, "people", false)])])
        let run = Comparator().compare([late, early])
        let r = try #require(run.revisions.first)
        #expect(r.earlier.article == 1)
        #expect(r.later.article == 0)
        #expect(r.reason.contains("120 morts → 310 people"))
        #expect(run.alignments[r.alignment].relation == .conflict)
        #expect(run.alignments[r.alignment].facets == [.number])
    }

    @Test("bodies found since are no part of a list: « 31 morts, après la découverte de quatre nouveaux corps » revises « au moins 27 »")
    func bodiesFoundSince() throws {
        let a = Make.article("a", published: PartialDate(year: 2025, month: 10, day: 13), [
            Make.claim("Au moins 27 migrants sont morts dans le naufrage.", events: ["kill"], numbers: [("Au moins 27", 27, "migrant", true)])])
        let b = Make.article("b", published: PartialDate(year: 2025, month: 10, day: 14), [
            Make.claim("Le bilan du naufrage s'est alourdi à 31 morts, après la découverte de quatre nouveaux corps.", events: ["kill"],
                       numbers: [("31", 31, "dead", false), ("quatre", 4, "body", false)])])
        let run = Comparator().compare([a, b])
        let r = try #require(run.revisions.first)
        #expect(r.reason.contains("Au moins 27 → 31"))
    }

    @Test("a coast guard named in French and in English is one source", arguments: [
        ("garde-côtes italiens", "Italian coast guard"),
        ("garde côtière italienne", "Italian coast guard"),
    ])
    func coastGuard(_ french: String, _ english: String) {
        let fr = InstitutionKey.canonical("source:" + french, name: french, gazetteer: .shared)
        #expect(fr.hasPrefix("institution:"))
        #expect(fr == InstitutionKey.canonical("source:" + english.lowercased(), name: english, gazetteer: .shared))
    }

    @Test("a kind of source told in two languages is one origin: « source policière », « des sources policières », \"police sources\"", arguments: [
        ("source policière", "police sources", true),
        ("des sources policières", "police sources", true),
        ("sources diplomatiques", "diplomatic sources", true),
        ("sources diplomatiques", "police sources", false),
    ])
    func genericSource(_ french: String, _ english: String, _ same: Bool) {
        func key(_ name: String) -> String {
            var c = Claim(id: "c1", text: "", start: 0, end: 0, line: 1)
            c.sources = [name]
            c.sourceKeys = ["source:" + name]
            return SourceProfile(c, gazetteer: .shared).genericOrigins.first ?? ""
        }
        #expect((key(french) == key(english)) == same)
        #expect(InstitutionKey.canonicalGeneric("source:une source") == "source:une source")
    }

    @Test("an updated toll said to be one is a revision even on the same day")
    func updatedToll() throws {
        let a = Make.article("a", [Make.claim("L'incendie a fait 4 blessés.", events: ["injure", "fire"],
                                              numbers: [("4 blessés", 4, "injured", false)])])
        let b = Make.article("b", [Make.claim("Selon un bilan actualisé, l'incendie a fait 9 blessés.", events: ["injure", "fire"],
                                              numbers: [("9 blessés", 9, "injured", false)])])
        let run = Comparator().compare([a, b])
        let r = try #require(run.revisions.first)
        #expect(r.later.article == 1)
        #expect(r.reason.hasPrefix("the later report presents its figure as an update"))
    }

    @Test("a share given as provisional, then final another day, is an update, up or down; same day, it is a disagreement", arguments: [
        ("Selon des résultats partiels, le candidat obtient 52,4 % des voix.", "Final results gave the candidate 51.9% of the vote.", 11, true),
        ("Selon des résultats partiels, le candidat obtient 52,4 % des voix.", "The candidate won 51.9% of the vote.", 11, true),
        ("Le candidat obtient 52,4 % des voix.", "The candidate won 51.9% of the vote.", 11, false),
        ("Selon des résultats partiels, le candidat obtient 52,4 % des voix.", "The candidate won 51.9% of the vote.", 9, false),
    ])
    func provisionalResults(_ early: String, _ late: String, _ lateDay: Int, _ revised: Bool) {
        let a = Make.article("a", published: PartialDate(year: 2026, month: 11, day: 9), [
            Make.claim(early, who: ["person:jean-arnaud"], events: ["vote"], numbers: [("52,4 %", 52.4, "percent", false)])])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2026, month: 11, day: lateDay), [
            Make.claim(late, who: ["person:jean-arnaud"], events: ["vote"], numbers: [("51.9%", 51.9, "percent", false)])])
        let run = Comparator().compare([a, b])
        #expect(run.alignments.first?.facets.contains(.number) == true)
        #expect(!run.revisions.isEmpty == revised)
    }

    @Test("an electoral commission named in French and in English is one source", arguments: [
        ("Commission électorale", "Electoral Commission"),
        ("Cour constitutionnelle", "Constitutional Court"),
    ])
    func commission(_ french: String, _ english: String) {
        func key(_ name: String) -> String {
            InstitutionKey.canonical("organization:" + TextWords.folded(name).joined(separator: "-"), name: name, gazetteer: .shared)
        }
        #expect(key(french).hasPrefix("institution:"))
        #expect(key(french) == key(english))
    }

    @Test("the land a fire burned grows from one day to the next; a farm's area does not", arguments: [
        (["fire"], true),
        (["sale"], false),
    ])
    func burnedArea(_ events: [String], _ revised: Bool) {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2026, month: 8, day: 4), [
            Make.claim("The fire has burned about 1,500 hectares (3,700 acres) in the Aude region.", where: ["place:aude"], events: events,
                       numbers: [("about 1,500", 1500, "hectare", true), ("3,700", 3700, "acre", false)])])
        let b = Make.article("b", published: PartialDate(year: 2026, month: 8, day: 5), [
            Make.claim("L'incendie a détruit 1 800 hectares dans l'Aude.", where: ["place:aude"], events: events,
                       numbers: [("1 800", 1800, "hectare", false)])])
        let run = Comparator().compare([a, b])
        #expect(run.alignments.first?.facets.contains(.number) == true)
        #expect(!run.revisions.isEmpty == revised)
    }

    @Test("a fixed fact does not grow: 250 passengers on board, then 300 the next day, is a disagreement")
    func fixedFactDoesNotGrow() {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2025, month: 6, day: 18),
                             [Make.claim("The train was carrying about 250 passengers, the operator said.", events: ["travel"],
                                         numbers: [("about 250", 250, "passenger", true)], sources: [("operator", "source:operator")])])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2025, month: 6, day: 19),
                             [Make.claim("The train was carrying some 300 passengers, local media said.", events: ["travel"],
                                         numbers: [("some 300", 300, "passenger", true)], sources: [("local media", "source:local media")])])
        let run = Comparator().compare([a, b])
        #expect(run.alignments.first?.relation == .conflict)
        #expect(run.alignments.first?.facets.contains(.number) == true)
        #expect(run.revisions.isEmpty)
    }

    @Test("the missing counted with no place and then in a town no gazetteer knows: one count, revised the next day")
    func storyFigureMeetsUnknownTown() throws {
        let a = Make.article("a", language: .english, published: PartialDate(year: 2025, month: 5, day: 6),
                             [Make.claim("Another 21 people are missing, the agency said.", events: ["missing"],
                                         numbers: [("21", 21, "people", false)], sources: [("agency", "source:agency")])])
        var b = Make.article("b", language: .english, published: PartialDate(year: 2025, month: 5, day: 7),
                             [Make.claim("In Castelverde, 60 people are still missing, officials said.", where: ["place:castelverde"],
                                         events: ["missing"], numbers: [("60", 60, "people", false)], sources: [("officials", "source:officials")])])
        b.entities = [Entity(name: "Castelverde", type: .place, aliases: [], mentions: 1, key: "place:castelverde")]
        let run = Comparator().compare([a, b])
        let al = try #require(run.alignments.first)
        #expect(al.relation == .conflict)
        #expect(al.facets.contains(.number))
        let r = try #require(run.revisions.first)
        #expect(r.reason.hasPrefix("the figure grows over time (21 → 60"))
        // A national count with no place is not a count of an unknown town of another order.
        let national = Make.article("c", published: PartialDate(year: 2025, month: 5, day: 6),
                                    [Make.claim("La CGT recense 3,5 millions de manifestants.", events: ["protest"],
                                                numbers: [("3,5 millions", 3_500_000, "people", false)], sources: [("CGT", "org:cgt")])])
        var town = Make.article("d", published: PartialDate(year: 2025, month: 5, day: 6),
                                [Make.claim("À Trifouilly, 5 000 manifestants ont défilé.", where: ["place:trifouilly"], events: ["protest"],
                                            numbers: [("5 000", 5_000, "people", false)])])
        town.entities = [Entity(name: "Trifouilly", type: .place, aliases: [], mentions: 1, key: "place:trifouilly")]
        let p = Make.profiles([national, town, a, b])
        let (n, t, storyFigure, townFigure) = (p[0][0], p[1][0], p[2][0], p[3][0])
        #expect(!Quantity.scopesMeet(n.quantities[0], t.quantities[0], n.places, t.places, gazetteer: .shared))
        #expect(Quantity.scopesMeet(storyFigure.quantities[0], townFigure.quantities[0], storyFigure.places, townFigure.places, gazetteer: .shared))
    }

    @Test("a floor one day and a higher toll said two days later: the toll was revised, the day it was said is not the day it counts")
    func floorThenToll() throws {
        let thursday = PartialDate(year: 2025, month: 3, day: 13), saturday = PartialDate(year: 2025, month: 3, day: 15)
        let a = Make.article("a", published: PartialDate(year: 2025, month: 3, day: 14), times: [("jeudi", thursday)],
                             [Make.claim("Au moins 38 personnes ont été tuées jeudi dans le séisme.", events: ["kill", "quake"],
                                         numbers: [("Au moins 38", 38, "people", true)])])
        let b = Make.article("b", language: .english, published: saturday, times: [("on Saturday", saturday)],
                             [Make.claim("The death toll from the quake has risen to 57, the agency said on Saturday, as rescuers searched the rubble.",
                                         events: ["kill", "quake", "rescue"], numbers: [("57", 57, nil, false)],
                                         sources: [("agency", "source:agency")])])
        let run = Comparator().compare([a, b])
        let r = try #require(run.revisions.first)
        #expect(r.earlier.article == 0)
        #expect(r.reason.contains("Au moins 38 → 57"))
    }

    @Test("a revision cue speaks of its own figure: « the toll has risen to 57 » revises no magnitude")
    func cueOfItsFigure() {
        let a = Make.article("a", published: PartialDate(year: 2025, month: 3, day: 14),
                             [Make.claim("Un séisme de magnitude 6,8 a frappé le sud de l'Équateur.", where: ["place:ecuador"], events: ["quake"],
                                         numbers: [("6,8", 6.8, "magnitude", false)])])
        let b = Make.article("b", language: .english, published: PartialDate(year: 2025, month: 3, day: 15),
                             [Make.claim("The toll from the magnitude 7.0 quake in Ecuador has risen to 57.", where: ["place:ecuador"], events: ["quake", "kill"],
                                         numbers: [("7.0", 7, "magnitude", false), ("57", 57, nil, false)])])
        let run = Comparator().compare([a, b])
        #expect(run.alignments.first?.relation == .conflict)
        #expect(run.revisions.isEmpty)
    }

    @Test("a figure that differs between reports of one day stays a disagreement")
    func sameDayDisagreement() {
        let day = PartialDate(year: 2025, month: 4, day: 1)
        let a = Make.article("a", published: day, [Make.claim("La grève a réuni 8 000 personnes.", events: ["protest"],
                                                              numbers: [("8 000", 8000, "people", false)])])
        let b = Make.article("b", published: day, [Make.claim("La grève a réuni 20 000 personnes selon les syndicats.", events: ["protest"],
                                                              numbers: [("20 000", 20000, "people", false)],
                                                              sources: [("syndicats", "source:syndicats")])])
        let run = Comparator().compare([a, b])
        #expect(run.alignments.first?.relation == .conflict)
        #expect(run.revisions.isEmpty)
    }
}

@Suite("Provenance: an institution named in two languages is one source")
struct InstitutionKeyTests {
    @Test("French and English names of one institution share a key", arguments: [
        ("organization:autorite-aviation-civile", "Autorité de l'aviation civile", "source:civil aviation authority", "Civil Aviation Authority"),
        ("organization:institut-geophysique-perou", "Institut géophysique du Pérou", "organization:geophysical-institute-peru", "Geophysical Institute of Peru"),
        ("organization:ministere-affaires-etrangeres", "ministère des Affaires étrangères", "organization:foreign-affairs-ministry", "Foreign Affairs Ministry"),
        // French writes it in lowercase: a name opening on an institution's head word is one.
        ("source:police britannique des transports", "police britannique des transports", "organization:british-transport-police", "British Transport Police"),
        ("source:préfecture du finistère", "préfecture du Finistère", "source:finistère prefecture", "Finistère prefecture"),
        ("source:météo-france", "Météo-France", "organization:meteo-france", "Météo-France"),
    ])
    func oneKey(_ a: String, _ nameA: String, _ b: String, _ nameB: String) {
        #expect(InstitutionKey.canonical(a, name: nameA, gazetteer: .shared) == InstitutionKey.canonical(b, name: nameB, gazetteer: .shared))
    }

    @Test("the same kind of institution of two countries stays two; a description stays generic")
    func apart() {
        #expect(InstitutionKey.canonical("organization:institut-geophysique-perou", gazetteer: .shared)
                != InstitutionKey.canonical("organization:geophysical-institute-ecuador", gazetteer: .shared))
        #expect(InstitutionKey.canonical("source:russian news agencies", name: "Russian news agencies", gazetteer: .shared)
                == "source:russian news agencies")
        #expect(InstitutionKey.canonical("org:kremlin", gazetteer: .shared) == "org:kremlin")
        #expect(InstitutionKey.canonical("source:police", name: "police", gazetteer: .shared) == "source:police")
    }

    @Test("two articles crediting one institution in two languages count one independent source")
    func oneSource() throws {
        let fr = Make.article("fr", [Make.claim("L'avion transportait 72 personnes, a annoncé l'Autorité de l'aviation civile.",
                                                events: ["travel"], numbers: [("72 personnes", 72, "people", false)],
                                                sources: [("Autorité de l'aviation civile", "organization:autorite-aviation-civile")])])
        let en = Make.article("en", language: .english, [Make.claim("The plane carried 72 people, the Civil Aviation Authority said.",
                                                events: ["travel"], numbers: [("72 people", 72, "people", false)],
                                                sources: [("Civil Aviation Authority", "source:civil aviation authority")])])
        let run = Comparator().compare([fr, en])
        let fact = try #require(run.facts.first)
        #expect(fact.independentSourceCount == 1)
    }
}

@Suite("Provenance: a person's name romanized two ways is one person")
struct PersonKeyTests {
    @Test("English and French romanizations of one name share a key", arguments: [
        ("person:vyacheslav-gladkov", "person:viatcheslav-gladkov"),
        ("person:sergei-lavrov", "person:serguei-lavrov"),
        ("person:volodymyr-zelenskyy", "person:volodymyr-zelensky"),
        ("person:yuri-ouchakov", "person:iouri-ouchakov"),
        ("person:bashar-al-assad", "person:bachar-al-assad"),
    ])
    func oneKey(_ a: String, _ b: String) {
        #expect(PersonKey.canonical(a) == PersonKey.canonical(b))
        #expect(InstitutionKey.canonical(a, gazetteer: .shared) == InstitutionKey.canonical(b, gazetteer: .shared))
    }

    @Test("different names stay apart; other keys are left as they are")
    func apart() {
        #expect(PersonKey.canonical("person:oleh-syniehubov") != PersonKey.canonical("person:oleg-sinegubov-petrov"))
        #expect(PersonKey.canonical("person:john-smith") != PersonKey.canonical("person:joan-smith"))
        #expect(PersonKey.canonical("place:moscow") == "place:moscow")
    }

    @Test("a governor quoted in French and in English counts as one independent source")
    func oneSource() throws {
        let en = extracted("wire", "Two civilians were killed and five wounded in Belgorod, regional governor Vyacheslav Gladkov said.",
                           language: .english, published: "2026-07-21")
        let fr = extracted("agence", "Deux civils ont été tués et cinq blessés à Belgorod, a annoncé le gouverneur régional, Viatcheslav Gladkov.",
                           language: .french, published: "2026-07-21")
        let run = Comparator().compare([en, fr])
        let fact = try #require(run.facts.first)
        #expect(fact.independentSourceCount == 1)
    }
}

/// Counts of one thing that befell it differently ("65 drones launched", "51 shot down") are
/// two figures, not two versions of one.
@Suite("Comparison: figures with different fates")
struct FigureFateTests {
    @Test("drones launched against drones shot down is no discrepancy; drones destroyed and shot down are one count")
    func fates() {
        let launched = extracted("a", "Russia launched 65 drones at Ukraine overnight, the air force said.", language: .english, published: "2026-07-21")
        let downed = extracted("b", "Selon l'armée de l'air, 51 drones ont été abattus dans la nuit contre l'Ukraine.", language: .french, published: "2026-07-21")
        #expect(!Comparator().compare([launched, downed]).alignments.contains { $0.facets.contains(.number) })
        #expect(Quantity.fatesMeet("shootdown", "destroy"))
        #expect(!Quantity.fatesMeet("launch", "shootdown"))
        #expect(Quantity.fatesMeet(nil, "launch"))
    }
}

/// A short name one article ties to a full name ("(Anssi)") stands for it in the others.
@Suite("Comparison: an institution's short name across articles")
struct EntityAliasTests {
    @Test("\"ANSSI said it had sent a team\" and « l'Agence nationale … (Anssi) a dépêché une équipe » state one fact of one source")
    func acronym() throws {
        let en = extracted("wire", "France's cybersecurity agency ANSSI said it had sent a team to Lyon on Tuesday.", language: .english, published: "2026-04-08")
        let fr = extracted("agence", "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché mardi une équipe à Lyon.",
                           language: .french, published: "2026-04-08")
        let run = Comparator().compare([en, fr])
        #expect(!run.alignments.isEmpty)
        let aliases = EntityAliases([en, fr], gazetteer: .shared)
        let mapped = aliases.applied(to: [en, fr])
        #expect(mapped[0].entities.contains { $0.key == "organization:agence-nationale-securite-systemes-information" })
    }

    @Test("no short name in brackets, no change")
    func none() {
        let en = extracted("wire", "The ministry said 12 people were hurt.", language: .english, published: "2026-04-08")
        #expect(EntityAliases([en], gazetteer: .shared).isEmpty)
    }

    @Test("« a exclu tout paiement » and \"no ransom had been paid\" both deny the payment: no discrepancy on negation")
    func rulingOut() {
        let en = extracted("wire", "Hospices Civils de Lyon said no ransom had been paid.", language: .english, published: "2026-04-08")
        let fr = extracted("daily", "Le ministre a dénoncé une attaque contre les Hospices civils de Lyon et exclu tout paiement de rançon.",
                           language: .french, published: "2026-04-08")
        #expect(!Comparator().compare([en, fr]).alignments.contains { $0.facets.contains(.negation) })
    }
}
