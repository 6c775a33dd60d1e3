import CorroborateCore

/// Blocks the report and the comparison share: the articles table, evidence lines and the
/// side-by-side view of a discrepancy.
enum MarkdownParts {
    /// `article-id:line` as a code span.
    static func evidence(_ index: RunIndex, _ ref: ClaimRef, inTable: Bool = false) -> String {
        Markdown.code(Describe.pointer(index.metadata(ref.article), index.claim(ref)), inTable: inTable)
    }

    /// One bullet: evidence, outlet, attribution, then a short verbatim quote.
    /// `sources` overrides the claim's own (see `distinct`).
    static func claimBullet(_ index: RunIndex, _ ref: ClaimRef, outlet: Bool = true, attribution: Bool = true,
                            sources: [String]? = nil, max: Int = 200) -> String {
        var c = index.claim(ref)
        if let s = sources { c.sources = s }
        var head = evidence(index, ref)
        // Without a known outlet the evidence pointer already names the article.
        let name = outlet ? Describe.knownOutlet(index.metadata(ref.article)) : nil
        if let n = name { head += " " + Markdown.text(n) }
        if attribution { head += (name != nil ? ", " : " ") + Markdown.text(Describe.attribution(c)) }
        return "- " + head + ": " + Markdown.quote(c.text, max: max) + "\n"
    }

    /// Claims of a list that would print the same bullet (one sentence split into several
    /// claims): the first stands for all, with their sources merged in order.
    static func distinct(_ index: RunIndex, _ refs: [ClaimRef]) -> [(ref: ClaimRef, sources: [String])] {
        var out: [(ref: ClaimRef, sources: [String])] = []
        var slot: [String: Int] = [:]
        for r in refs {
            let c = index.claim(r)
            let key = "\(r.article)\u{1F}\(c.line)\u{1F}" + Markdown.oneLine(c.text)
            if let k = slot[key] {
                for s in c.sources where !out[k].sources.contains(s) { out[k].sources.append(s) }
            } else {
                slot[key] = out.count
                out.append((r, c.sources))
            }
        }
        return out
    }

    /// Bullets for a list of claims, duplicates folded (see `distinct`).
    static func claimBullets(_ index: RunIndex, _ refs: [ClaimRef], outlet: Bool = true, attribution: Bool = true) -> String {
        distinct(index, refs).map {
            claimBullet(index, $0.ref, outlet: outlet, attribution: attribution, sources: $0.sources)
        }.joined()
    }

    /// The articles of the run: who published what, when, and how many claims were read.
    static func articlesTable(_ index: RunIndex) -> String {
        let rows = index.run.articles.map { a -> [String] in
            let m = a.metadata
            return [
                Markdown.code(m.id, inTable: true),
                Markdown.cell(m.outlet ?? ""),
                Markdown.cell(m.published?.iso ?? ""),
                Markdown.cell(JSONRenderer.referenceDate(a.referenceDate) ?? ""),
                Markdown.cell(m.language.code),
                Markdown.cell(m.title ?? ""),
                String(a.claims.count),
            ]
        }
        return Markdown.table(["Article", "Outlet", "Published", "Read against", "Language", "Title", "Claims"], rows)
    }

    /// The value a facet takes in one claim, in words.
    static func facetValue(_ facet: Facet, _ c: Claim) -> String {
        switch facet {
        case .who: return c.who.isEmpty ? "nobody named" : Describe.list(c.who)
        case .where: return c.where.isEmpty ? "no place" : Describe.list(c.where)
        case .when: return c.when?.iso ?? "not dated"
        case .number: return c.numbers.isEmpty ? "no figure" : Describe.numbers(c)
        case .source: return c.sources.isEmpty ? "own voice" : Describe.list(c.sources)
        case .negation: return c.negated ? "negated" : "affirmed"
        }
    }

    static func facetLabel(_ facet: Facet) -> String {
        switch facet {
        case .who: return "Who"
        case .where: return "Where"
        case .when: return "When"
        case .number: return "Figures"
        case .source: return "Sources"
        case .negation: return "Negation"
        }
    }

    /// A discrepancy, side by side: each version's evidence, outlet, quote and sources,
    /// then one row per differing facet, then why the comparator flagged it.
    static func discrepancy(_ index: RunIndex, link li: Int, level: String = "###") -> String {
        let link = index.links[li]
        let ca = index.claim(link.a), cb = index.claim(link.b)
        let facets = link.facets
        let number = index.discrepancyNumber(ofLink: li).map { "D\($0). " } ?? ""
        let differs = facets.isEmpty ? "details differ" : "differs in " + facets.map(\.rawValue).joined(separator: ", ")
        var out = "\(level) \(number)\(Markdown.text(differs))\n\n"
        var rows: [[String]] = [
            ["Outlet", Markdown.cell(Describe.knownOutlet(index.metadata(link.a.article)) ?? ""),
             Markdown.cell(Describe.knownOutlet(index.metadata(link.b.article)) ?? "")],
            ["Quote", Markdown.quote(ca.text), Markdown.quote(cb.text)],
            [facets.contains(.source) ? "**Sources** ≠" : "Sources",
             Markdown.cell(facetValue(.source, ca)), Markdown.cell(facetValue(.source, cb))],
        ]
        for f in facets where f != .source {
            rows.append(["**\(facetLabel(f))** ≠", Markdown.cell(facetValue(f, ca)), Markdown.cell(facetValue(f, cb))])
        }
        // A hedged version ("reportedly", "selon des informations non confirmées") weighs less.
        if ca.hedged || cb.hedged {
            rows.append(["Hedged", ca.hedged ? "hedged" : "asserted", cb.hedged ? "hedged" : "asserted"])
        }
        out += Markdown.table(["", evidence(index, link.a, inTable: true), evidence(index, link.b, inTable: true)], rows)
        let why = Markdown.oneLine(index.run.alignments.explanation(at: link.alignmentIndex))
        out += "\nWhy: " + (why.isEmpty ? "" : Markdown.text(why) + " ")
            + "(score \(JSONWriter.decimal2(index.run.alignments.verdict(at: link.alignmentIndex).score)))\n\n"
        return out
    }

    /// "`id` (Outlet)", or just "`id`" when the outlet is unknown: for headings.
    static func articleLabel(_ m: ArticleMetadata) -> String {
        Markdown.code(m.id) + (Describe.knownOutlet(m).map { " (" + Markdown.text($0) + ")" } ?? "")
    }

    /// "none" paragraphs keep empty sections visible rather than silently missing.
    static let none = "None.\n\n"
}
