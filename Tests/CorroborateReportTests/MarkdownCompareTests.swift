import Testing
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

@Suite("Markdown compare: two articles side by side")
struct MarkdownCompareTests {
    let md = MarkdownRenderer.compare(RunResult(articles: [Fixtures.gazette, Fixtures.courrier], alignments: Fixtures.alignments))

    @Test("sections: headline, discrepancies, agreements, claims only in each")
    func sections() {
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## What was compared", "## Headline", "## Discrepancies", "## Agreements",
                             "## Only in `fr-gazette-pont` (La Gazette du Nord)",
                             "## Only in `fr-courrier-valmont` (Le Courrier)"])
        #expect(md.hasPrefix("# Comparison: `fr-gazette-pont` (La Gazette du Nord) and `fr-courrier-valmont` (Le Courrier)\n"))
    }

    @Test("counts only the alignments between the two articles")
    func headline() {
        let s = MarkdownCheck.section(md, "## Headline")
        #expect(s.contains("- **4** claims in `fr-gazette-pont`, **3** in `fr-courrier-valmont`"))
        #expect(s.contains("- **1** agreement"))
        #expect(s.contains("- **1** discrepancy"))
        #expect(s.contains("- **2** claims only in `fr-gazette-pont`, **1** only in `fr-courrier-valmont`"))
        #expect(!md.contains("en-harbor-bridge"))
    }

    @Test("the discrepancy and the agreement show both versions")
    func pairs() {
        let d = MarkdownCheck.section(md, "## Discrepancies")
        #expect(d.contains("### D1. differs in number, source"))
        #expect(d.contains("| Quote | “L’accident a fait 12 blessés"))
        let a = MarkdownCheck.section(md, "## Agreements")
        #expect(a.contains("### A1. Le pont de Valmont s’est effondré mardi matin, selon la préfecture."))
        #expect(a.contains("- `fr-gazette-pont:3` La Gazette du Nord, per la préfecture: “"))
        #expect(a.contains("- `fr-courrier-valmont:1` Le Courrier, per préfecture: “"))
        #expect(a.contains("\nWhy: same event (collapse, Valmont), same day (score 0.93)"))
        #expect(MarkdownCheck.tableProblems(md) == [])
    }

    @Test("claims only in one article")
    func only() {
        let a = MarkdownCheck.section(md, "## Only in `fr-gazette-pont` (La Gazette du Nord)")
        #expect(a.contains("- `fr-gazette-pont:7` own voice: “Aucun décès n’est à déplorer.”"))
        #expect(a.contains("- `fr-gazette-pont:9` own voice: “La circulation \\| reprendra"))
        let b = MarkdownCheck.section(md, "## Only in `fr-courrier-valmont` (Le Courrier)")
        #expect(b.contains("- `fr-courrier-valmont:5` own voice: “Le maire Jean Dupuis a promis une enquête.”"))
    }

    @Test("with more than two articles the first two are compared; with one, it says so")
    func counts() {
        #expect(MarkdownRenderer.compare(Fixtures.run) == md)
        let one = MarkdownRenderer.compare(RunResult(articles: [Fixtures.gazette], alignments: []))
        #expect(one.contains("A comparison needs two articles; got 1: `fr-gazette-pont`."))
    }

    @Test("facet rows name each side's value; a hedged side is flagged; compatible differences are noted")
    func facetRows() {
        let run = RunResult(articles: [Fixtures.gazette, Fixtures.courrier], alignments: [
            Alignment(a: "fr-courrier-valmont#c3", b: "fr-gazette-pont#c4", relation: .conflict,
                      facets: [.negation, .when, .where, .who], score: 0.55, explanation: ""),
            Alignment(a: "fr-gazette-pont#c1", b: "fr-courrier-valmont#c1", relation: .agree, facets: [.when],
                      score: 0.8, explanation: ""),
        ])
        let md = MarkdownRenderer.compare(run)
        let d = MarkdownCheck.section(md, "## Discrepancies")
        #expect(d.contains("### D1. differs in who, where, when, negation"))
        #expect(d.contains("|  | `fr-gazette-pont:9` | `fr-courrier-valmont:5` |"))
        #expect(d.contains("| Sources | own voice | own voice |"))
        #expect(d.contains("| **Who** ≠ | nobody named | Jean Dupuis |"))
        #expect(d.contains("| **Where** ≠ | no place | no place |"))
        #expect(d.contains("| **When** ≠ | not dated | not dated |"))
        #expect(d.contains("| **Negation** ≠ | affirmed | affirmed |"))
        #expect(d.contains("| Hedged | hedged | asserted |"))
        #expect(d.contains("\nWhy: (score 0.55)"))
        let a = MarkdownCheck.section(md, "## Agreements")
        #expect(a.contains("\nCompatible differences in: when. (score 0.8)"))
        #expect(MarkdownCheck.tableProblems(md) == [])
    }
}
