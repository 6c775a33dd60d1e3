import CorroborateCore
import CorroborateComparison

extension MarkdownRenderer {
    /// Two articles side by side: where they diverge, where they agree, and what each
    /// reports alone. With more articles, the first two are compared.
    public static func compare(_ run: RunResult) -> String {
        guard run.articles.count >= 2 else {
            let ids = run.articles.map { Markdown.code($0.metadata.id) }.joined(separator: ", ")
            return "# Comparison\n\nA comparison needs two articles; got \(run.articles.count)\(ids.isEmpty ? "" : ": " + ids).\n"
        }
        let pair = Array(run.articles.prefix(2))
        let ids = Set(pair.flatMap { a in a.claims.map { a.metadata.id + "#" + $0.id } })
        let index = RunIndex(RunResult(articles: pair, alignments: run.alignments.filter { ids.contains($0.a) && ids.contains($0.b) }))
        let ma = index.metadata(0), mb = index.metadata(1)
        let agreements = index.links.indices.filter { index.links[$0].relation == .agree }
        let conflicts = index.links.indices.filter { index.links[$0].relation == .conflict }
        var linked = Set<ClaimRef>()
        for l in index.links { linked.insert(l.a); linked.insert(l.b) }
        let onlyA = index.allClaims.filter { $0.article == 0 && !linked.contains($0) }
        let onlyB = index.allClaims.filter { $0.article == 1 && !linked.contains($0) }

        var out = "# Comparison: \(MarkdownParts.articleLabel(ma)) and \(MarkdownParts.articleLabel(mb))\n\n"
        out += "Every statement points to its evidence as `article-id:line`: the article and the line where the claim starts.\n\n"
        out += "## What was compared\n\n" + MarkdownParts.articlesTable(index) + "\n"
        out += "## Headline\n\n"
        let na = index.run.articles[0].claims.count, nb = index.run.articles[1].claims.count
        out += "- **\(na)** \(noun(na, "claim")) in \(Markdown.code(ma.id)), **\(nb)** in \(Markdown.code(mb.id))\n"
        out += "- **\(agreements.count)** \(noun(agreements.count, "agreement"))\n"
        out += "- **\(conflicts.count)** \(noun(conflicts.count, "discrepancy", "discrepancies"))\n"
        out += "- **\(onlyA.count)** \(noun(onlyA.count, "claim")) only in \(Markdown.code(ma.id)), **\(onlyB.count)** only in \(Markdown.code(mb.id))\n\n"

        out += "## Discrepancies\n\n"
        if conflicts.isEmpty { out += MarkdownParts.none }
        for li in conflicts { out += MarkdownParts.discrepancy(index, link: li) }

        out += "## Agreements\n\n"
        if agreements.isEmpty { out += MarkdownParts.none }
        for (n, li) in agreements.enumerated() {
            let link = index.links[li]
            let shorter = [link.a, link.b].min {
                Markdown.oneLine(index.claim($0).text).unicodeScalars.count < Markdown.oneLine(index.claim($1).text).unicodeScalars.count
            } ?? link.a
            out += "### A\(n + 1). \(Markdown.text(Markdown.clip(index.claim(shorter).text, max: 160)))\n\n"
            out += MarkdownParts.claimBullet(index, link.a)
            out += MarkdownParts.claimBullet(index, link.b)
            var notes: [String] = []
            if !link.facets.isEmpty {
                notes.append("Compatible differences in: " + link.facets.map(\.rawValue).joined(separator: ", ") + ".")
            }
            let why = Markdown.oneLine(index.run.alignments.explanation(at: link.alignmentIndex))
            if !why.isEmpty { notes.append("Why: " + Markdown.text(why)) }
            notes.append("(score \(JSONWriter.decimal2(index.run.alignments.verdict(at: link.alignmentIndex).score)))")
            out += "\n" + notes.joined(separator: " ") + "\n\n"
        }

        for (m, only) in [(ma, onlyA), (mb, onlyB)] {
            out += "## Only in \(MarkdownParts.articleLabel(m))\n\n"
            if only.isEmpty { out += MarkdownParts.none; continue }
            out += MarkdownParts.claimBullets(index, only, outlet: false) + "\n"
        }
        return out
    }
}
