import Testing
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

@Suite("Markdown claims: per article, and by who they are attributed to")
struct MarkdownClaimsTests {
    @Test("each article lists its claims with when, where, who, figures, sources and flags")
    func claims() {
        let md = MarkdownRenderer.claims(Fixtures.run)
        #expect(md.contains("## `fr-gazette-pont` (La Gazette du Nord)\n\nTitle: Effondrement du pont de Valmont · published: 2025-03-11 · read against: 2025-03-11 · language: fr · 4 claims\n"))
        #expect(md.contains("- **c1** `fr-gazette-pont:3`: Le pont de Valmont s’est effondré mardi matin, selon la préfecture.\n  - when 2025-03-11 · where Valmont · per la préfecture\n"))
        #expect(md.contains("  - who Jean Dupuis · figures 12 blessés (12 injured) · per Jean Dupuis\n"))
        #expect(md.contains("  - own voice · **negated**\n"))
        #expect(md.contains("  - figures deux semaines (2 week) · own voice · **hedged**\n"))
        #expect(md.contains("## `fr-courrier-valmont` (Le Courrier)\n\npublished: 2025-03-12"))
        #expect(md.contains("- **c3** `en-harbor-bridge:7`: A \"temporary\" ferry service will start on March 20.\n"))
        #expect(MarkdownCheck.tableProblems(md) == [])
        #expect(md == MarkdownRenderer.claims(Fixtures.run))
    }

    @Test("by outlet: sources across articles, then each outlet's own voice, most claims first")
    func byOutlet() {
        let md = MarkdownRenderer.claimsByOutlet(Fixtures.run)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == [
            "## la préfecture: 3 claims in 3 articles",
            "## Jean Dupuis: 2 claims in 2 articles",
            "## own voice of La Gazette du Nord: 2 claims in 1 article",
            "## pompiers: 1 claim in 1 article",
            "## own voice of Le Courrier: 1 claim in 1 article",
            "## own voice of Harbor Daily: 1 claim in 1 article",
        ])
        #expect(md.contains("| la préfecture | 3 | 3 |"))
        let prefecture = MarkdownCheck.section(md, "## la préfecture: 3 claims in 3 articles")
        #expect(prefecture.contains("- `fr-gazette-pont:3` La Gazette du Nord, 2025-03-11: “"))
        #expect(prefecture.contains("- `en-harbor-bridge:3` Harbor Daily, 2025-03-11: “The Valmont bridge collapsed on Tuesday, the prefecture said.”"))
        let own = MarkdownCheck.section(md, "## own voice of La Gazette du Nord: 2 claims in 1 article")
        #expect(own.contains("- `fr-gazette-pont:7`, **negated**: “Aucun décès n’est à déplorer.”"))
        #expect(own.contains("- `fr-gazette-pont:9`, **hedged**: “"))
        #expect(MarkdownCheck.tableProblems(md) == [])
    }

    @Test("an article without outlet speaks in its own voice under its id")
    func noOutlet() {
        let anonymous = Fixtures.article(id: "anonyme", outlet: nil, published: nil, lines: ["Il pleut."],
                                         claims: [(1, { _ in })])
        let md = MarkdownRenderer.claimsByOutlet(RunResult(articles: [anonymous], alignments: []))
        #expect(md.contains("## own voice of anonyme: 1 claim in 1 article"))
    }
}
