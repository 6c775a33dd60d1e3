import CorroborateCore
import CorroborateComparison

/// Markdown renderings for people.
public enum MarkdownRenderer {
    /// The corroboration report over 2+ articles, as a verification desk reads it: what was
    /// compared, what several articles report, where they diverge, what rests on one article,
    /// who is credited with what, and when things happened. `name` titles it.
    public static func report(_ run: RunResult, name: String) -> String {
        let index = RunIndex(run)
        var out = "# Corroboration report: \(Markdown.text(name))\n\n"
        out += "Every statement points to its evidence as `article-id:line`: the article and the line where the claim starts.\n\n"
        out += "## What was compared\n\n" + MarkdownParts.articlesTable(index) + "\n"
        out += headline(index)
        out += corroborated(index)
        out += discrepancies(index)
        out += singleSource(index)
        out += bySource(index)
        out += factsTable(index)
        out += timeline(index)
        return out
    }

    static func headline(_ index: RunIndex) -> String {
        let diverging = index.facts.filter { !$0.conflicts.isEmpty }.count
        var out = "## Headline\n\n"
        let claims = index.claimCount, articles = index.run.articles.count
        let facts = index.facts.count, ds = index.discrepancies.count, single = index.singleSource.count
        out += "- **\(claims)** \(noun(claims, "claim")) extracted from **\(articles)** \(noun(articles, "article"))\n"
        out += "- **\(facts)** \(noun(facts, "fact")) reported by 2+ articles (corroborated)\n"
        out += "- **\(ds)** \(noun(ds, "discrepancy", "discrepancies")), in \(diverging) of those facts\n"
        out += "- **\(single)** single-source \(noun(single, "claim"))\n\n"
        return out
    }

    static func corroborated(_ index: RunIndex) -> String {
        var out = "## Corroborated facts\n\n"
        guard !index.facts.isEmpty else { return out + MarkdownParts.none }
        for fact in index.facts {
            out += "### F\(fact.number). \(Markdown.text(index.summary(of: fact)))\n\n"
            out += "Reported by \(fact.articles.count) articles (\(outlets(index, fact.articles)))."
            let ds = fact.conflicts.compactMap { index.discrepancyNumber(ofLink: $0) }.map { "D\($0)" }
            if !ds.isEmpty { out += " Versions differ: see \(ds.joined(separator: ", "))." }
            out += "\n\n"
            out += MarkdownParts.claimBullets(index, fact.members)
            out += "\n"
        }
        return out
    }

    /// Outlet names of articles (the id when unknown), each once, in run order.
    static func outlets(_ index: RunIndex, _ articles: [Int]) -> String {
        var names: [String] = []
        for a in articles {
            let m = index.metadata(a)
            let n = Describe.knownOutlet(m).map(Markdown.text) ?? Markdown.code(m.id)
            if !names.contains(n) { names.append(n) }
        }
        return names.joined(separator: ", ")
    }

    static func discrepancies(_ index: RunIndex) -> String {
        var out = "## Discrepancies\n\n"
        guard !index.discrepancies.isEmpty else { return out + MarkdownParts.none }
        for fact in index.facts where !fact.conflicts.isEmpty {
            out += "### In F\(fact.number). \(Markdown.text(index.summary(of: fact)))\n\n"
            for li in fact.conflicts { out += MarkdownParts.discrepancy(index, link: li, level: "####") }
        }
        return out
    }

    static func singleSource(_ index: RunIndex) -> String {
        var out = "## Single-source claims\n\nClaims no other article of the run reports.\n\n"
        guard !index.singleSource.isEmpty else { return out + MarkdownParts.none }
        for ai in index.run.articles.indices {
            let refs = index.singleSource.filter { $0.article == ai }
            guard !refs.isEmpty else { continue }
            let m = index.metadata(ai)
            out += "### \(MarkdownParts.articleLabel(m))\n\n"
            out += MarkdownParts.claimBullets(index, refs, outlet: false) + "\n"
        }
        return out
    }

    static func bySource(_ index: RunIndex) -> String {
        var out = "## Claims by source\n\nWho the articles credit with each claim (claims in an article's own voice are left out).\n\n"
        let groups = SourceGrouping.attributed(index)
        guard !groups.isEmpty else { return out + MarkdownParts.none }
        for g in groups {
            out += "### \(Markdown.text(g.name)): \(count(g.claims.count, "claim")) in \(count(g.articleCount, "article"))\n\n"
            out += MarkdownParts.claimBullets(index, g.claims, attribution: false)
            out += "\n"
        }
        return out
    }

    /// "1 claim", "3 claims".
    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String { "\(n) " + noun(n, one, many) }

    static func noun(_ n: Int, _ one: String, _ many: String? = nil) -> String { n == 1 ? one : many ?? one + "s" }

    static func factsTable(_ index: RunIndex) -> String {
        let out = "## Facts × articles\n\n"
        guard !index.facts.isEmpty else { return out + MarkdownParts.none }
        let header = ["Fact"] + index.run.articles.map { Markdown.code($0.metadata.id, inTable: true) }
        let rows = index.facts.map { fact -> [String] in
            var row = ["F\(fact.number). " + Markdown.text(index.summary(of: fact, max: 60))]
            for ai in index.run.articles.indices {
                switch index.presence(of: ai, in: fact) {
                case .absent: row.append("—")
                case .reports: row.append("reports")
                case .differs:
                    let ds = fact.conflicts.filter { index.links[$0].touches(article: ai) }
                        .compactMap { index.discrepancyNumber(ofLink: $0) }.map { "D\($0)" }
                    row.append("**differs** (\(ds.joined(separator: ", ")))")
                }
            }
            return row
        }
        return out + Markdown.table(header, rows) + "\n"
    }

    static func timeline(_ index: RunIndex) -> String {
        let out = "## Timeline\n\nDated claims, earliest first (`XXXX` marks a year no article states).\n\n"
        // One row per date and sentence, though a sentence may carry several claims.
        var seen = Set<String>()
        let dated = index.allClaims.compactMap { ref in index.claim(ref).when.map { (date: $0, ref: ref) } }
            .sorted { ($0.date, $0.ref) < ($1.date, $1.ref) }
            .filter { d in
                let c = index.claim(d.ref)
                return seen.insert("\(d.date.iso)\u{1F}\(d.ref.article)\u{1F}\(c.line)\u{1F}" + Markdown.oneLine(c.text)).inserted
            }
        guard !dated.isEmpty else { return out + MarkdownParts.none }
        let rows = dated.map { d -> [String] in
            [d.date.iso,
             MarkdownParts.evidence(index, d.ref, inTable: true),
             Markdown.cell(Describe.knownOutlet(index.metadata(d.ref.article)) ?? ""),
             Markdown.quote(index.claim(d.ref).text, max: 140),
             index.fact(of: d.ref).map { "F\($0.number)" } ?? "—"]
        }
        return out + Markdown.table(["When", "Evidence", "Outlet", "Claim", "Fact"], rows) + "\n"
    }
}
