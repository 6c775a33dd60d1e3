import CorroborateCore
import CorroborateComparison

extension MarkdownRenderer {
    /// The claims of each article, in reading order, with what was extracted from each:
    /// when, where, who, figures, sources, and whether it is negated or hedged.
    public static func claims(_ run: RunResult) -> String {
        let index = RunIndex(run)
        var out = "# Claims\n\n"
        if run.articles.isEmpty { return out + MarkdownParts.none }
        for (ai, a) in run.articles.enumerated() {
            let m = a.metadata
            out += "## \(MarkdownParts.articleLabel(m))\n\n"
            var facts: [String] = []
            if let t = m.title.map(Markdown.oneLine), !t.isEmpty { facts.append("Title: " + Markdown.text(t)) }
            facts.append("published: " + (m.published?.iso ?? "unknown"))
            facts.append("read against: " + (JSONRenderer.referenceDate(a.referenceDate) ?? "unknown"))
            facts.append("language: " + m.language.code)
            facts.append(MarkdownRenderer.count(a.claims.count, "claim"))
            out += facts.joined(separator: " · ") + "\n\n"
            if a.claims.isEmpty { out += MarkdownParts.none; continue }
            for ci in a.claims.indices {
                let ref = ClaimRef(article: ai, claim: ci)
                let c = a.claims[ci]
                out += "- **\(Markdown.text(c.id))** \(MarkdownParts.evidence(index, ref)): \(Markdown.text(c.text))\n"
                out += "  - " + details(c) + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// "when 2024-12-08 · where Moscou · who … · figures … · per TASS · negated · hedged";
    /// empty fields are left out, the attribution never is.
    static func details(_ c: Claim) -> String {
        var parts: [String] = []
        if let w = c.when { parts.append("when " + w.iso) }
        if !c.where.isEmpty { parts.append("where " + Markdown.text(Describe.list(c.where))) }
        if !c.who.isEmpty { parts.append("who " + Markdown.text(Describe.list(c.who))) }
        if !c.numbers.isEmpty { parts.append("figures " + Markdown.text(Describe.numbers(c))) }
        parts.append(Markdown.text(Describe.attribution(c)))
        if c.negated { parts.append("**negated**") }
        if c.hedged { parts.append("**hedged**") }
        return parts.joined(separator: " · ")
    }

    /// The claims grouped by who they are attributed to, each source across articles, and
    /// each outlet's own-voice claims; the groups with most claims first.
    public static func claimsByOutlet(_ run: RunResult) -> String {
        let index = RunIndex(run)
        var out = "# Claims by outlet and source\n\n"
        let groups = SourceGrouping.withOwnVoice(index)
        if groups.isEmpty { return out + MarkdownParts.none }
        out += Markdown.table(["Source", "Claims", "Articles"], groups.map { g in
            [Markdown.cell(title(g)), String(g.claims.count), String(g.articleCount)]
        }) + "\n"
        for g in groups {
            out += "## \(Markdown.text(title(g))): \(count(g.claims.count, "claim")) in \(count(g.articleCount, "article"))\n\n"
            for ref in g.claims {
                let c = index.claim(ref)
                var line = "- " + MarkdownParts.evidence(index, ref)
                if !g.ownVoice, let o = Describe.knownOutlet(index.metadata(ref.article)) { line += " " + Markdown.text(o) }
                if let w = c.when { line += ", " + w.iso }
                if c.negated { line += ", **negated**" }
                if c.hedged { line += ", **hedged**" }
                out += line + ": " + Markdown.quote(c.text) + "\n"
            }
            out += "\n"
        }
        return out
    }

    static func title(_ g: SourceGroup) -> String { g.ownVoice ? "own voice of " + g.name : g.name }
}
