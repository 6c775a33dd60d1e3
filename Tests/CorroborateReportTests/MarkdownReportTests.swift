import Testing
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

@Suite("Markdown report: what a verification desk reads")
struct MarkdownReportTests {
    let md = MarkdownRenderer.report(Fixtures.run, name: "pont-valmont")

    @Test("the sections come in reading order")
    func sections() {
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## What was compared", "## Headline", "## Corroborated facts", "## Discrepancies",
                             "## Revisions over time", "## Single-source claims", "## Claims by source", "## Provenance",
                             "## Facts × articles", "## Timeline"])
        #expect(md.hasPrefix("# Corroboration report: pont-valmont\n"))
    }

    @Test("what was compared: one row per article with its claim count")
    func compared() {
        let s = MarkdownCheck.section(md, "## What was compared")
        #expect(s.contains("| `fr-gazette-pont` | La Gazette du Nord | 2025-03-11 | 2025-03-11 | fr | Effondrement du pont de Valmont | 4 |"))
        #expect(s.contains("| `fr-courrier-valmont` | Le Courrier | 2025-03-12 | 2025-03-12 | fr | — | 3 |"))
        #expect(s.contains("| `en-harbor-bridge` | Harbor Daily | 2025-03 | 2025-03-12 | en | Bridge \"collapse\" in Valmont | 3 |"))
    }

    @Test("headline counts")
    func headline() {
        let s = MarkdownCheck.section(md, "## Headline")
        #expect(s.contains("- **10** claims extracted from **3** articles"))
        #expect(s.contains("- **2** facts reported by 2+ articles (corroborated)"))
        #expect(s.contains("- **2** discrepancies, in 1 of those facts"))
        #expect(s.contains("- **4** single-source claims"))
    }

    @Test("corroborated facts: shortest claim as summary, every article quoted with id:line and sources")
    func corroborated() {
        let s = MarkdownCheck.section(md, "## Corroborated facts")
        #expect(s.contains("### F1. The Valmont bridge collapsed on Tuesday, the prefecture said."))
        #expect(s.contains("Reported by 3 articles (La Gazette du Nord, Le Courrier, Harbor Daily)."))
        #expect(s.contains("- `fr-gazette-pont:3` La Gazette du Nord, per la préfecture: “Le pont de Valmont s’est effondré mardi matin, selon la préfecture.”"))
        #expect(s.contains("- `fr-courrier-valmont:1` Le Courrier, per préfecture: “"))
        #expect(s.contains("- `en-harbor-bridge:3` Harbor Daily, per prefecture: “"))
        #expect(s.contains("### F2. L’accident a fait 12 blessés, a indiqué le maire Jean Dupuis."))
        #expect(s.contains("Versions differ: see D1, D2."))
    }

    @Test("a discrepancy shows both quotes side by side, with the facets and values that differ")
    func discrepancy() {
        let s = MarkdownCheck.section(md, "## Discrepancies")
        #expect(s.contains("### In F2. "))
        #expect(s.contains("#### D1. differs in number, source"))
        #expect(s.contains("|  | `fr-gazette-pont:5` | `fr-courrier-valmont:3` |"))
        #expect(s.contains("| Outlet | La Gazette du Nord | Le Courrier |"))
        #expect(s.contains("| Quote | “L’accident a fait 12 blessés, a indiqué le maire Jean Dupuis.” | “Le bilan fait état d’au moins 15 blessés, selon les pompiers.” |"))
        #expect(s.contains("| **Sources** ≠ | Jean Dupuis | pompiers |"))
        #expect(s.contains("| **Figures** ≠ | 12 blessés (12 injured) | au moins 15 blessés (≥15 injured) |"))
        #expect(s.contains("Why: injured: 12 vs at least 15 (score 0.74)"))
        // The second conflict puts the earlier article on the left whatever the alignment's order.
        #expect(s.contains("#### D2. differs in number"))
        #expect(s.contains("|  | `fr-courrier-valmont:3` | `en-harbor-bridge:5` |"))
    }

    @Test("single-source claims are listed by article with id:line and attribution")
    func singleSource() {
        let s = MarkdownCheck.section(md, "## Single-source claims")
        #expect(s.contains("### `fr-gazette-pont` (La Gazette du Nord)\n\n- `fr-gazette-pont:7` own voice: “Aucun décès n’est à déplorer.”\n- `fr-gazette-pont:9` own voice:"))
        #expect(s.contains("- `fr-courrier-valmont:5` own voice: “Le maire Jean Dupuis a promis une enquête.”"))
        #expect(s.contains("- `en-harbor-bridge:7` own voice: “A \"temporary\" ferry service will start on March 20.”"))
        #expect(!s.contains("fr-gazette-pont:3"))
    }

    @Test("claims by source merge spellings of one source across articles")
    func bySource() {
        let s = MarkdownCheck.section(md, "## Claims by source")
        #expect(s.contains("### la préfecture: 3 claims in 3 articles"))
        #expect(s.contains("### Jean Dupuis: 2 claims in 2 articles"))
        #expect(s.contains("### pompiers: 1 claim in 1 article\n\n- `fr-courrier-valmont:3` Le Courrier: “"))
        #expect(!s.contains("### own voice"))
    }

    @Test("facts × articles: reports, differs (with the discrepancy), or silent")
    func factsTable() {
        let s = MarkdownCheck.section(md, "## Facts × articles")
        #expect(s.contains("| Fact | `fr-gazette-pont` | `fr-courrier-valmont` | `en-harbor-bridge` |"))
        #expect(s.contains("| reports | reports | reports |"))
        #expect(s.contains("| reports | **differs** (D1, D2) | reports |"))
    }

    @Test("facts × articles of a large run: each fact's reporting and differing articles, not a column per article")
    func factsList() {
        // Box: the stream's sink escapes, and the test's struct is immutable.
        final class Bytes: @unchecked Sendable { var value: [UInt8] = [] }
        let bytes = Bytes()
        var out = MarkdownStream { bytes.value += $0 }
        MarkdownRenderer.factsList(RunIndex(Fixtures.run), &out)
        out.flush()
        let s = String(decoding: bytes.value, as: UTF8.self)
        #expect(s.contains("| Fact | Reports | Differs |"))
        #expect(s.contains("| `fr-gazette-pont`, `en-harbor-bridge` | `fr-courrier-valmont` (D1, D2) |"))
        #expect(!s.contains("silent |"))
    }

    @Test("the timeline sorts dated claims and points to them")
    func timeline() {
        let s = MarkdownCheck.section(md, "## Timeline")
        let rows = s.split(separator: "\n").filter { $0.hasPrefix("| 2025") }
        #expect(rows.count == 4)
        #expect(rows.first?.hasPrefix("| 2025-03-11 | `fr-gazette-pont:3` | La Gazette du Nord |") == true)
        #expect(rows.last?.hasPrefix("| 2025-03-20 | `en-harbor-bridge:7` | Harbor Daily |") == true)
        #expect(rows.last?.hasSuffix("| — |") == true)
        #expect(rows.first?.hasSuffix("| F1 |") == true)
    }

    @Test("tables are well formed and pipes in claims are escaped")
    func validMarkdown() {
        #expect(MarkdownCheck.tableProblems(md) == [])
        #expect(md.contains("La circulation \\| reprendra \\*peut-être\\* d’ici deux semaines."))
        #expect(!md.contains("circulation | reprendra"))
    }

    @Test("the same run renders the same report")
    func deterministic() {
        #expect(md == MarkdownRenderer.report(Fixtures.run, name: "pont-valmont"))
    }

    @Test("alignments to unknown claims or within one article are ignored")
    func strayAlignments() {
        var run = Fixtures.run
        run.alignments.append(Alignment(a: "fr-gazette-pont#c3", b: "nowhere#c1", relation: .agree, facets: [],
                                        score: 0.5, explanation: ""))
        run.alignments.append(Alignment(a: "fr-gazette-pont#c3", b: "fr-gazette-pont#c4", relation: .conflict,
                                        facets: [], score: 0.5, explanation: ""))
        let s = MarkdownCheck.section(MarkdownRenderer.report(run, name: "x"), "## Headline")
        #expect(s.contains("- **2** discrepancies"))
        #expect(s.contains("- **4** single-source claims"))
    }

    @Test("a run without alignments says so in every section")
    func noAlignments() {
        let run = RunResult(articles: [Fixtures.gazette, Fixtures.courrier], alignments: [])
        let md = MarkdownRenderer.report(run, name: "seul")
        #expect(MarkdownCheck.section(md, "## Corroborated facts").contains("None."))
        #expect(MarkdownCheck.section(md, "## Discrepancies").contains("None."))
        #expect(MarkdownCheck.section(md, "## Facts × articles").contains("None."))
        #expect(MarkdownCheck.section(md, "## Headline").contains("- **7** single-source claims"))
    }

    @Test("hostile claim text stays inside its bullet and its cell; long quotes are clipped")
    func hostileText() {
        let long = "Le conseil municipal a voté " + String(repeating: "une très longue série de mesures ", count: 12) + "hier soir."
        let odd = Fixtures.article(
            id: "fr-bizarre|pipe", outlet: "# Le | Journal", published: PartialDate(year: 2025, month: 3, day: 12),
            lines: ["# 1. Titre | avec *gras* <b>gras</b>", long],
            claims: [(1, { c in c.when = PartialDate(year: 2025, month: 3, day: 11); c.sources = ["[la mairie](http://x)"] }),
                     (2, { _ in })])
        var run = Fixtures.run
        run.articles.append(odd)
        run.alignments.append(Alignment(a: "fr-gazette-pont#c1", b: "fr-bizarre|pipe#c1", relation: .conflict,
                                        facets: [.when], score: 0.6, explanation: "mardi | lundi"))
        let md = MarkdownRenderer.report(run, name: "# étrange | nom")
        #expect(md.hasPrefix("# Corroboration report: \\# étrange \\| nom\n"))
        #expect(MarkdownCheck.tableProblems(md) == [])
        #expect(md.contains("“\\# 1. Titre \\| avec \\*gras\\* \\<b\\>gras\\</b\\>”"))
        #expect(md.contains("per \\[la mairie\\](http://x)"))
        #expect(md.contains("`fr-bizarre|pipe:1`"))
        #expect(md.contains("`fr-bizarre\\|pipe:1`"))
        // Only the title is a level-1 heading.
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
        let quote = md.split(separator: "\n").first { $0.contains("fr-bizarre|pipe:2") }
        let clipped = quote.map { String($0).components(separatedBy: "“").last ?? "" } ?? ""
        #expect(clipped.hasSuffix("…”"))
        #expect(clipped.unicodeScalars.count <= 202)
    }

    @Test("a sentence carrying two claims is quoted once, with both attributions")
    func sharedSentence() {
        let twice = Fixtures.article(
            id: "fr-double", outlet: "Le Double", published: PartialDate(year: 2025, month: 3, day: 12),
            lines: ["Selon la mairie et les pompiers, le pont est fermé et la déviation passe par Orval."],
            claims: [(1, { c in c.sources = ["mairie"]; c.when = PartialDate(year: 2025, month: 3, day: 12) }),
                     (1, { c in c.sources = ["pompiers", "mairie"]; c.when = PartialDate(year: 2025, month: 3, day: 12) })])
        let md = MarkdownRenderer.report(RunResult(articles: [Fixtures.gazette, twice], alignments: []), name: "x")
        let single = MarkdownCheck.section(md, "## Single-source claims")
        #expect(single.contains("- `fr-double:1` per mairie, pompiers: “Selon la mairie"))
        #expect(single.components(separatedBy: "`fr-double:1`").count == 2)
        let timeline = MarkdownCheck.section(md, "## Timeline")
        #expect(timeline.components(separatedBy: "`fr-double:1`").count == 2)
        #expect(MarkdownCheck.section(md, "## Headline").contains("- **6** single-source claims"))
    }

    @Test("a fact is titled by a claim that opens its sentence, not by a clause going on from another")
    func titleOpensSentence() {
        let a = Fixtures.article(
            id: "en-a", outlet: "Wire A", published: PartialDate(year: 2025, month: 6, day: 18), language: .english,
            lines: ["and 45 injured when the train derailed."], claims: [(1, { _ in })])
        let b = Fixtures.article(
            id: "en-b", outlet: "Wire B", published: PartialDate(year: 2025, month: 6, day: 18), language: .english,
            lines: ["The train derailed near Lodi on Tuesday evening, injuring 45 people, the fire brigade said."], claims: [(1, { _ in })])
        let run = RunResult(articles: [a, b], alignments: [
            Alignment(a: "en-a#c1", b: "en-b#c1", relation: .agree, facets: [], score: 0.9, explanation: "same event (derail)")])
        let md = MarkdownRenderer.report(run, name: "x")
        #expect(md.contains("### F1. The train derailed near Lodi on Tuesday evening"))
    }

    @Test("without a known outlet the evidence pointer alone names the article")
    func unknownOutlets() {
        let first = Fixtures.article(id: "001_seed", outlet: nil, published: nil,
                                     lines: ["La digue a cédé dans la nuit, selon la mairie."],
                                     claims: [(1, { c in c.sources = ["mairie"] })])
        let second = Fixtures.article(id: "002_seed", outlet: nil, published: nil,
                                      lines: ["The levee gave way overnight."], claims: [(1, { _ in })])
        let run = RunResult(articles: [first, second], alignments: [
            Alignment(a: "001_seed#c1", b: "002_seed#c1", relation: .agree, facets: [.source], score: 0.8, explanation: "")])
        let md = MarkdownRenderer.report(run, name: "seeds")
        #expect(md.contains("Reported by 2 articles (`001_seed`, `002_seed`)."))
        #expect(md.contains("- `001_seed:1` per mairie: “La digue a cédé dans la nuit, selon la mairie.”"))
        #expect(md.contains("- `002_seed:1` own voice: “The levee gave way overnight.”"))
        #expect(md.contains("| `001_seed` | — | — | — | fr | — | 1 |"))
        let byOutlet = MarkdownRenderer.claimsByOutlet(run)
        #expect(byOutlet.contains("## own voice of 002\\_seed: 1 claim in 1 article"))
        #expect(byOutlet.contains("- `001_seed:1`: “La digue"))
    }
}
