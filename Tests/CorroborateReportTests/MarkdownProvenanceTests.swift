import Testing
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

/// The parts of the report the comparator's facts feed: independent sources per fact,
/// versions of a disputed figure, revisions over time, shared wording and the diagram of
/// how claims travelled.
@Suite("Markdown report: provenance, versions, revisions")
struct MarkdownProvenanceTests {
    static let run: RunResult = {
        var run = Fixtures.run
        run.facts = [
            FactCluster(members: [ClaimReference(article: 0, claim: 0), ClaimReference(article: 1, claim: 0), ClaimReference(article: 2, claim: 0)],
                        articles: [0, 1, 2], alignments: [0, 1],
                        upstream: [UpstreamSource(name: "préfecture", key: Fixtures.prefectureKey, channels: [], articles: [0, 1, 2])],
                        unattributed: [], copyGroups: [[0, 1]]),
            FactCluster(members: [ClaimReference(article: 0, claim: 1), ClaimReference(article: 1, claim: 1), ClaimReference(article: 2, claim: 1)],
                        articles: [0, 1, 2], alignments: [2, 3, 4],
                        upstream: [UpstreamSource(name: "Jean Dupuis", key: "person:jean-dupuis", channels: [], articles: [0, 2]),
                                   UpstreamSource(name: "pompiers", key: nil, channels: [], articles: [1])],
                        unattributed: [], copyGroups: []),
        ]
        run.sharedWording = [SharedWording(a: 0, b: 1, sharedPassages: 3, overlap: 0.4,
                                           example: "Le pont de Valmont s’est effondré mardi matin")]
        run.revisions = [Revision(alignment: 4, earlier: ClaimReference(article: 1, claim: 1), later: ClaimReference(article: 2, claim: 1),
                                  reason: "the later report presents its figure as an update: au moins 15 blessés → Twelve")]
        run.sourceLinks = [SourceLink(from: "préfecture", fromRole: .origin, to: "0", toRole: .article, claims: 1),
                           SourceLink(from: "Jean \"le maire\" Dupuis", fromRole: .origin, to: "2", toRole: .article, claims: 1)]
        return run
    }()

    let md = MarkdownRenderer.report(run, name: "pont-valmont")

    @Test("each corroborated fact says how many outlets report it and how many independent sources it rests on")
    func independentSources() {
        let s = MarkdownCheck.section(md, "## Corroborated facts")
        #expect(s.contains("Reported by 3 outlets (La Gazette du Nord, Le Courrier, Harbor Daily), 1 independent source (préfecture)."))
        #expect(s.contains("`fr-gazette-pont`, `fr-courrier-valmont` share wording (one copy)."))
        #expect(s.contains("Reported by 3 outlets (La Gazette du Nord, Le Courrier, Harbor Daily), 2 independent sources (Jean Dupuis; pompiers)."))
    }

    @Test("a disputed figure lists its versions with who gives each")
    func versions() {
        let s = MarkdownCheck.section(md, "## Discrepancies")
        #expect(s.contains("**Figures by source**"))
        #expect(s.contains("| 12 blessés | Jean Dupuis | `fr-gazette-pont:5` |"))
        #expect(s.contains("| au moins 15 blessés | pompiers | `fr-courrier-valmont:3` |"))
    }

    @Test("a claim's version of a disputed figure is the figure of the kind the other versions give: « 18 mois » beside « quatre partis », against \"20 months\"")
    func versionOfSharedKind() {
        var c = Claim(id: "c1", text: "La coalition de quatre partis était au pouvoir depuis 18 mois.", start: 0, end: 60, line: 1)
        c.numbers = [NumberMention(text: "quatre", value: 4, unit: "party", approx: false, start: 15, end: 21),
                     NumberMention(text: "18 mois", value: 18, unit: "month", approx: false, start: 51, end: 58)]
        #expect(MarkdownVersions.value(c, .number, sharedUnits: ["month"])?.1 == "18 mois")
        // With no kind in common, the counts.
        #expect(MarkdownVersions.value(c, .number)?.1 == "quatre")
    }

    @Test("a revision over time leaves the discrepancies for the revisions section")
    func revisions() {
        #expect(!MarkdownCheck.section(md, "## Discrepancies").contains("#### D2."))
        let s = MarkdownCheck.section(md, "## Revisions over time")
        #expect(s.contains("- **R1.** the later report presents its figure as an update: au moins 15 blessés → Twelve"))
        #expect(s.contains("  - earlier: `fr-courrier-valmont:3` Le Courrier (published 2025-03-12): “Le bilan fait état d’au moins 15 blessés, selon les pompiers.”"))
        #expect(s.contains("  - later: `en-harbor-bridge:5` Harbor Daily (published 2025-03): “"))
        #expect(MarkdownCheck.section(md, "## Headline").contains("- **1** figure revised over time (updates, not disagreements)"))
    }

    @Test("provenance: shared wording, sources of each fact, and a Mermaid diagram")
    func provenance() {
        let s = MarkdownCheck.section(md, "## Provenance")
        #expect(s.contains("| `fr-gazette-pont` | `fr-courrier-valmont` | 3 | 40% | “Le pont de Valmont s’est effondré mardi matin” |"))
        #expect(s.contains("| F1 | 3 | 1 | préfecture (3 articles) | — |"))
        #expect(s.contains("| F2 | 3 | 2 | Jean Dupuis (2 articles); pompiers (1 article) | — |"))
        #expect(s.contains("```mermaid\ngraph LR\n"))
        #expect(s.contains("n1([\"préfecture\"])"))
        #expect(s.contains("([\"Jean #quot;le maire#quot; Dupuis\"])"))
        #expect(s.contains("[\"La Gazette du Nord (fr-gazette-pont)\"]"))
        #expect(s.contains("-. \"same wording 40%\" .-"))
        #expect(MarkdownCheck.tableProblems(md) == [])
    }

    @Test("without sources or shared wording the section says so")
    func emptyProvenance() {
        let s = MarkdownCheck.section(MarkdownRenderer.report(Fixtures.run, name: "x"), "## Provenance")
        #expect(s.contains("No two articles share passages word for word."))
        #expect(s.contains("No claim is credited to a source."))
    }

    @Test("facts × articles says silent where an article does not report the fact")
    func silent() {
        var run = Self.run
        run.facts[0] = FactCluster(members: [ClaimReference(article: 0, claim: 0), ClaimReference(article: 1, claim: 0)],
                                   articles: [0, 1], alignments: [0], upstream: [], unattributed: [0, 1], copyGroups: [])
        let s = MarkdownCheck.section(MarkdownRenderer.report(run, name: "x"), "## Facts × articles")
        #expect(s.contains("| reports | reports | silent |"))
    }
}
