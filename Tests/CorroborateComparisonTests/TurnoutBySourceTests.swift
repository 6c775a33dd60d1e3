import Testing
import CorroborateCore
import CorroborateExtraction
import CorroborateText
@testable import CorroborateComparison

/// An article extracted from its body, as the pipeline reads it.
func extracted(_ id: String, _ body: String, language: Language, published: String) -> ArticleAnalysis {
    let meta = ArticleMetadata(id: id, path: id + ".txt", published: PartialDate(iso: published), language: language)
    return Extractor().analyze([Document(metadata: meta, text: TextBuffer(body), bodyStart: 0)])[0]
}

/// Turnout figures per source, end to end from text: the union's figure against the
/// ministry's is one fact counted twice, a discrepancy on number with its sources.
@Suite("Comparison: the day's turnout by source, from text")
struct TurnoutBySourceTests {
    static func article(_ id: String, _ body: String) -> ArticleAnalysis {
        extracted(id, body, language: .french, published: "2025-03-14")
    }

    static let a = article("journal-a", "Les opposants étaient nettement plus nombreux que le 6 mars dans de nombreuses villes : 2,1 millions selon les chiffres de la CGT (dont 500 000 à Paris) et près de 900 000 selon le ministère de l’Intérieur.")
    static let b = article("journal-b", "Selon le ministère de l’Intérieur, 910 000 personnes ont manifesté jeudi en France. Les syndicats ont revendiqué 2,1 millions de manifestants.")

    @Test("the scene before a colon and each sourced figure after it are claims apart")
    func split() throws {
        let scene = try #require(Self.a.claims.first)
        #expect(scene.sources.isEmpty)
        let cgt = try #require(Self.a.claims.first { $0.text.hasPrefix("2,1 millions") })
        #expect(cgt.sources == ["CGT"])
    }

    @Test("a date compared with (« plus nombreux que le 6 mars ») does not date the figures: the union's tally of the day aligns")
    func comparedDate() throws {
        let run = Comparator().compare([Self.a, Self.b])
        let cgt = try #require(Self.a.claims.first { $0.text.hasPrefix("2,1 millions") })
        let unions = try #require(Self.b.claims.first { $0.text.contains("syndicats") })
        let pair = run.alignments.first { Set([$0.a, $0.b]) == ["journal-a#\(cgt.id)", "journal-b#\(unions.id)"] }
        #expect(pair?.relation == .agree)
        #expect(pair?.facets == [.source])
        // The ministry's two tallies differ: "près de 900 000" is under 910 000.
        let ministryA = try #require(Self.a.claims.first { $0.text.contains("900 000") })
        let ministryB = try #require(Self.b.claims.first { $0.text.contains("910 000") })
        let tallies = run.alignments.first { Set([$0.a, $0.b]) == ["journal-a#\(ministryA.id)", "journal-b#\(ministryB.id)"] }
        #expect(tallies?.relation == .conflict)
        #expect(tallies?.facets == [.number])
    }

    static let c = article("journal-c", "La précédente journée de mobilisation, le 6 mars, n'avait rassemblé « que » 400 000 personnes selon la police, 1,4 million selon les syndicats.")

    @Test("a list of figures after a date shares it: the unions' tally of an earlier day is not a version of this day's")
    func listSharesDate() throws {
        let run = Comparator().compare([Self.b, Self.c])
        let today = try #require(Self.b.claims.first { $0.text.contains("syndicats") })
        let earlier = try #require(Self.c.claims.first { $0.text.contains("1,4 million") })
        let pair = run.alignments.first { Set([$0.a, $0.b]) == ["journal-b#\(today.id)", "journal-c#\(earlier.id)"] }
        #expect(pair == nil)
    }

    static let d = article("journal-d", "Des cortèges ont défilé à Lyon et à Marseille.\n\nLa CGT dénombre elle 600 000 manifestants dans la capitale.")

    @Test("a tally « dans la capitale » counts the capital, not the country: no discrepancy with the national figure")
    func capitalTally() throws {
        let run = Comparator().compare([Self.b, Self.d])
        let national = try #require(Self.b.claims.first { $0.text.contains("syndicats") })
        let capital = try #require(Self.d.claims.first { $0.text.contains("600 000") })
        #expect(capital.where == ["Paris"])
        let pair = run.alignments.first { Set([$0.a, $0.b]) == ["journal-b#\(national.id)", "journal-d#\(capital.id)"] }
        #expect(pair?.relation != .conflict)
    }

    static let f = article("journal-f", "Une semaine après une journée en demi-teinte (400 000 manifestants selon la police, 1,4 million selon les syndicats), les cortèges ont fait le plein à Lyon.")

    @Test("« Une semaine après une journée (figures) »: the figures are a week old, versions of that day's and not of this day's")
    func weekOld() throws {
        let old = try #require(Self.f.claims.first { $0.text.contains("1,4 million") })
        let run = Comparator().compare([Self.b, Self.c, Self.f])
        let today = try #require(Self.b.claims.first { $0.text.contains("syndicats") })
        let sameDay = try #require(Self.c.claims.first { $0.text.contains("1,4 million") })
        let id = "journal-f#\(old.id)"
        #expect(run.alignments.first { Set([$0.a, $0.b]) == ["journal-b#\(today.id)", id] } == nil)
        #expect(run.alignments.first { Set([$0.a, $0.b]) == ["journal-c#\(sameDay.id)", id] }?.relation == .agree)
    }
}

/// A toll and the injured told in one clause: each figure counts what the nearest counting
/// word says, so the dead of one report meet the dead of another.
@Suite("Comparison: the dead and the injured of one clause, from text")
struct TollOfOneClauseTests {
    static func article(_ id: String, _ body: String, language: Language, published: String = "2026-03-13") -> ArticleAnalysis {
        extracted(id, body, language: language, published: published)
    }

    static let english = article("wire", "A passenger train derailed near Kestrelton on Friday, killing four people and injuring at least 35, emergency services said.", language: .english)
    static let french = article("agence", "Au moins cinq personnes ont été tuées et une quarantaine blessées vendredi dans le déraillement d'un train près de Kestrelton, selon la police.", language: .french)
    static let later = article("daily", "The death toll from Friday's derailment near Kestrelton has risen to six, police said on Saturday.", language: .english, published: "2026-03-14")

    @Test("four killed against at least five killed the same day is a discrepancy on number")
    func sameDay() throws {
        let run = Comparator().compare([Self.english, Self.french])
        let pair = try #require(run.alignments.first { $0.relation == .conflict })
        #expect(pair.facets.contains(.number))
    }

    @Test("the toll told the next day is an update of both")
    func update() {
        let run = Comparator().compare([Self.english, Self.french, Self.later])
        #expect(run.revisions.count == 2)
    }
}

/// Victims told by their ages: two ages are two people, a decade meets an age in it.
@Suite("Comparison: victims told by age, from text")
struct VictimsByAgeTests {
    static func article(_ id: String, _ body: String, language: Language) -> ArticleAnalysis {
        extracted(id, body, language: language, published: "2026-02-10")
    }

    static let english = article("wire", "A 54-year-old driver was killed when a tree fell on his car near Quimper. An 81-year-old woman died in Brest after being struck by a shutter.", language: .english)
    static let french = article("radio", "Un automobiliste de 54 ans a été tué par un arbre près de Quimper. Une octogénaire a également perdu la vie à Brest.", language: .french)

    @Test("the 54-year-old and the 81-year-old are two victims, not a discrepancy on where; « une octogénaire » is the 81-year-old")
    func twoVictims() throws {
        let run = Comparator().compare([Self.english, Self.french])
        for a in run.alignments where a.relation == .conflict { Issue.record("\(a.a) ~ \(a.b): \(a.explanation)") }
        let woman = try #require(Self.english.claims.first { $0.text.contains("81-year-old") })
        let octogenarian = try #require(Self.french.claims.first { $0.text.contains("octogénaire") })
        #expect(run.alignments.contains { Set([$0.a, $0.b]) == ["wire#\(woman.id)", "radio#\(octogenarian.id)"] })
    }
}

@Suite("Comparison: a conversion in brackets is the same figure")
struct ConversionTests {
    @Test("\"up to 160 km/h (100 mph)\" against « 170 km/h »: the discrepancy is 160 against 170")
    func conversion() {
        let v = Make.verdict(
            Make.claim("Winds of up to 160 km/h (100 mph) were recorded at the Pointe du Raz.", where: ["place:pointe-du-raz"], events: ["wind"],
                       numbers: [("up to 160 km/h", 160, "kilometre per hour", true), ("100 mph", 100, "mile per hour", false)]),
            Make.claim("Des rafales à 170 km/h ont été relevées à la pointe du Raz.", where: ["place:pointe-du-raz"], events: ["wind"],
                       numbers: [("170 km/h", 170, "kilometre per hour", false)]),
            languages: (.english, .french))
        #expect(v.facets.contains(.number))
        #expect(v.notes.first?.hasPrefix("up to 160") == true)
    }
}
