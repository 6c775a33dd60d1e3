import CorroborateCore
import CorroborateComparison

/// Markdown renderings for people.
public enum MarkdownRenderer {
    /// The corroboration report over 2+ articles, as a verification desk reads it: what was
    /// compared, what several articles report, where they diverge, what rests on one article,
    /// who is credited with what, and when things happened. `name` titles it.
    public static func report(_ run: RunResult, name: String) -> String {
        var bytes: [UInt8] = []
        report(run, name: name) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `report`, its UTF-8 bytes handed to `sink` in chunks as they are written (see
    /// `MarkdownStream`).
    public static func report(_ run: RunResult, name: String, to sink: ([UInt8]) -> Void) {
        let index = RunIndex(run)
        MarkdownStream.run(to: sink) { out in
            out.write("# Corroboration report: \(Markdown.text(name))\n\n")
            out.write("Every statement points to its evidence as `article-id:line`: the article and the line where the claim starts.\n\n")
            out.write("## What was compared\n\n" + MarkdownParts.articlesTable(index) + "\n")
            out.write(headline(index))
            corroborated(index, &out)
            discrepancies(index, &out)
            out.write(revisions(index))
            singleSource(index, &out)
            bySource(index, &out)
            out.write(MarkdownProvenance.section(index))
            factsTable(index, &out)
            timeline(index, &out)
        }
    }

    static func headline(_ index: RunIndex) -> String {
        let diverging = index.facts.filter { !$0.conflicts.isEmpty }.count
        var out = "## Headline\n\n"
        let claims = index.claimCount, articles = index.run.articles.count
        let facts = index.facts.count, ds = index.discrepancies.count, single = index.singleSource.count
        out += "- **\(claims)** \(noun(claims, "claim")) extracted from **\(articles)** \(noun(articles, "article"))\n"
        out += "- **\(facts)** \(noun(facts, "fact")) reported by 2+ articles (corroborated)\n"
        out += "- **\(ds)** \(noun(ds, "discrepancy", "discrepancies")), in \(diverging) of those facts\n"
        let rs = index.revisions.count
        if rs > 0 { out += "- **\(rs)** \(noun(rs, "figure")) revised over time (updates, not disagreements)\n" }
        out += "- **\(single)** single-source \(noun(single, "claim"))\n\n"
        return out
    }

    static func corroborated(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Corroborated facts\n\n")
        guard !index.facts.isEmpty else { return out.write(MarkdownParts.none) }
        out.writeAll(index.facts.count) { f in
            let fact = index.facts[f]
            var text = "### F\(fact.number). \(Markdown.text(index.summary(of: fact)))\n\n"
            text += reportedBy(index, fact)
            let ds = fact.conflicts.compactMap { index.discrepancyNumber(ofLink: $0) }.map { "D\($0)" }
            if !ds.isEmpty { text += " Versions differ: see \(ds.joined(separator: ", "))." }
            text += "\n\n"
            text += MarkdownParts.claimBullets(index, fact.members)
            text += "\n"
            return text
        }
    }

    /// "Reported by 3 articles (A, B, C)." and, when the comparator traced the fact, how many
    /// independent sources it rests on: "Reported by 8 outlets (…), 1 independent source
    /// (Kremlin via TASS, RIA Novosti); 3 outlets cite no source."
    static func reportedBy(_ index: RunIndex, _ fact: Fact) -> String {
        guard let p = fact.provenance else {
            return "Reported by \(fact.articles.count) articles (\(outlets(index, fact.articles)))."
        }
        let n = MarkdownProvenance.outletNames(index, fact.articles).count
        var out = "Reported by \(count(n, "outlet")) (\(outlets(index, fact.articles))), "
        let k = p.independentSourceCount
        if k == 0 {
            out += "no source named"
        } else {
            out += count(k, "independent source") + " (" + p.upstream.map { Markdown.text($0.label) }.joined(separator: "; ") + ")"
        }
        let silent = MarkdownProvenance.outletNames(index, p.unattributed).count
        if k > 0 && silent > 0 { out += "; \(count(silent, "outlet")) \(silent == 1 ? "cites" : "cite") no source" }
        out += "."
        for g in p.copyGroups {
            out += " " + g.map { Markdown.code(index.metadata($0).id) }.joined(separator: ", ") + " share wording (one copy)."
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

    static func discrepancies(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Discrepancies\n\n")
        guard !index.discrepancies.isEmpty else { return out.write(MarkdownParts.none) }
        let disputed = index.facts.filter { !$0.conflicts.isEmpty }
        out.writeAll(disputed.count) { f in
            let fact = disputed[f]
            return "### In F\(fact.number). \(Markdown.text(index.summary(of: fact)))\n\n"
                + MarkdownVersions.block(index, fact) + grouped(index, fact.conflicts)
        }
        if !index.looseConflicts.isEmpty {
            out.write("### Between claims of different facts\n\n")
            out.write(grouped(index, index.looseConflicts))
        }
    }

    /// Discrepancies, the first of each kind in full; the others that differ the same way
    /// (same facets, same two versions) are listed after it by their evidence, so a fact ten
    /// outlets report does not print forty identical tables.
    static func grouped(_ index: RunIndex, _ links: [Int]) -> String {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for li in links {
            let link = index.links[li]
            let ca = index.claim(link.a), cb = index.claim(link.b)
            let pairs = link.facets.map { f -> String in
                let x = MarkdownVersions.value(ca, f)?.0 ?? "", y = MarkdownVersions.value(cb, f)?.0 ?? ""
                return f.rawValue + "=" + min(x, y) + "\u{1F}" + max(x, y)
            }
            let key = pairs.joined(separator: "\u{1E}")
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(li)
        }
        var out = ""
        for key in order {
            let group = members[key] ?? []
            guard let first = group.first else { continue }
            out += MarkdownParts.discrepancy(index, link: first, level: "####")
            let rest = group.dropFirst().map { li -> String in
                let link = index.links[li]
                let n = index.discrepancyNumber(ofLink: li).map { "D\($0)" } ?? ""
                return "\(n) (\(MarkdownParts.evidence(index, link.a)) / \(MarkdownParts.evidence(index, link.b)))"
            }
            if !rest.isEmpty { out += "The same difference between other versions: " + rest.joined(separator: ", ") + ".\n\n" }
        }
        return out
    }

    /// Figures that changed between reports published at different times, earliest update
    /// first: a toll that grows is news moving on, not outlets disagreeing.
    static func revisions(_ index: RunIndex) -> String {
        var out = "## Revisions over time\n\nFigures that changed between reports published at different times: updates, not disagreements.\n\n"
        guard !index.revisions.isEmpty else { return out + MarkdownParts.none }
        for (n, r) in index.revisions.enumerated() {
            let e = r.revision.earlier, l = r.revision.later
            func side(_ ref: ClaimReference) -> String {
                let c = ClaimRef(article: ref.article, claim: ref.claim)
                let m = index.metadata(ref.article)
                let when = m.published.map { " (published \($0.iso))" } ?? ""
                return MarkdownParts.evidence(index, c) + " " + Markdown.text(Describe.outlet(m)) + when + ": "
                    + Markdown.quote(index.claim(c).text, max: 160)
            }
            out += "- **R\(n + 1).** \(Markdown.text(r.revision.reason))\n  - earlier: \(side(e))\n  - later: \(side(l))\n"
        }
        return out + "\n"
    }

    static func singleSource(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Single-source claims\n\nClaims no other article of the run reports.\n\n")
        guard !index.singleSource.isEmpty else { return out.write(MarkdownParts.none) }
        // The claims are in run order: each article's are one run of the list (a filter of
        // the whole list per article was quadratic).
        var runs: [Range<Int>] = []
        let all = index.singleSource
        var start = 0
        while start < all.count {
            var end = start
            while end < all.count, all[end].article == all[start].article { end += 1 }
            runs.append(start..<end)
            start = end
        }
        let spans = runs
        out.writeAll(spans.count) { r in
            let m = index.metadata(all[spans[r].lowerBound].article)
            return "### \(MarkdownParts.articleLabel(m))\n\n" + MarkdownParts.claimBullets(index, Array(all[spans[r]]), outlet: false) + "\n"
        }
    }

    static func bySource(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Claims by source\n\nWho the articles credit with each claim (claims in an article's own voice are left out).\n\n")
        let groups = SourceGrouping.attributed(index)
        guard !groups.isEmpty else { return out.write(MarkdownParts.none) }
        out.writeAll(groups.count) { k in
            let g = groups[k]
            return "### \(Markdown.text(g.name)): \(count(g.claims.count, "claim")) in \(count(g.articleCount, "article"))\n\n"
                + MarkdownParts.claimBullets(index, g.claims, attribution: false) + "\n"
        }
    }

    /// "1 claim", "3 claims".
    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String { "\(n) " + noun(n, one, many) }

    static func noun(_ n: Int, _ one: String, _ many: String? = nil) -> String { n == 1 ? one : many ?? one + "s" }

    /// Runs of more articles than this list each fact's articles instead of giving a column
    /// per article: a table of thousands of columns is read by no one, and at 10 000 articles
    /// it was nine tenths of the report.
    static let factsTableColumnsUpTo = 40

    static func factsTable(_ index: RunIndex, _ out: inout MarkdownStream) {
        guard index.run.articles.count <= factsTableColumnsUpTo else { return factsList(index, &out) }
        out.write("## Facts × articles\n\nFor each fact, whether each article reports it, gives a differing version, or is silent.\n\n")
        guard !index.facts.isEmpty else { return out.write(MarkdownParts.none) }
        let header = ["Fact"] + index.run.articles.map { Markdown.code($0.metadata.id, inTable: true) }
        out.write(Markdown.table(header, []))
        // A row has a cell per article of the run, and most say "silent": those are copied
        // from a block of silent cells, and only the fact's own articles are looked at.
        let silent = Array(" | silent".utf8)
        let block = Array(repeating: silent, count: 1024).flatMap { $0 }
        let articleCount = index.run.articles.count
        func silence(_ n: Int, _ out: inout MarkdownStream) {
            var left = n
            while left > 0 {
                let k = min(left, 1024)
                out.write(block[0..<(k * silent.count)])
                left -= k
            }
        }
        for fact in index.facts {
            out.write("| F\(fact.number). " + Markdown.text(index.summary(of: fact, max: 60)))
            let (conflicts, agrees) = stances(index, fact)
            var next = 0
            for ai in fact.articles where ai >= next && ai < articleCount {
                silence(ai - next, &out)
                let presence: Presence = conflicts.contains(ai) && !agrees.contains(ai) ? .differs : .reports
                switch presence {
                case .absent: out.write(" | silent")
                case .reports: out.write(" | reports")
                case .differs:
                    let ds = fact.conflicts.filter { index.links[$0].touches(article: ai) }
                        .compactMap { index.discrepancyNumber(ofLink: $0) }.map { "D\($0)" }
                    out.write(" | **differs** (\(ds.joined(separator: ", ")))")
                }
                next = ai + 1
            }
            silence(articleCount - next, &out)
            out.write(" |\n")
        }
        out.write("\n")
    }

    /// The articles with a conflicting link in the fact and those with an agreeing one, from
    /// one pass over the fact's links (`RunIndex.presence` walks them all for each article).
    static func stances(_ index: RunIndex, _ fact: Fact) -> (conflicts: Set<Int>, agrees: Set<Int>) {
        var conflicts = Set<Int>(), agrees = Set<Int>()
        for li in fact.links {
            let link = index.links[li]
            if link.relation == .conflict {
                conflicts.insert(link.a.article)
                conflicts.insert(link.b.article)
            } else {
                agrees.insert(link.a.article)
                agrees.insert(link.b.article)
            }
        }
        return (conflicts, agrees)
    }

    /// `factsTable` for a large run: per fact, the articles that report it and those that give a
    /// differing version (with the discrepancies); every other article is silent.
    static func factsList(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Facts × articles\n\nFor each fact, the articles that report it and those that give a differing version; the \(index.run.articles.count) articles of the run are otherwise silent on it.\n\n")
        guard !index.facts.isEmpty else { return out.write(MarkdownParts.none) }
        out.write(Markdown.table(["Fact", "Reports", "Differs"], []))
        for fact in index.facts {
            let (conflicts, agrees) = stances(index, fact)
            var reports: [String] = [], differs: [String] = []
            for ai in fact.articles where ai < index.run.articles.count {
                let id = Markdown.code(index.run.articles[ai].metadata.id, inTable: true)
                if conflicts.contains(ai) && !agrees.contains(ai) {
                    let ds = fact.conflicts.filter { index.links[$0].touches(article: ai) }
                        .compactMap { index.discrepancyNumber(ofLink: $0) }.map { "D\($0)" }
                    differs.append("\(id) (\(ds.joined(separator: ", ")))")
                } else {
                    reports.append(id)
                }
            }
            out.write("| F\(fact.number). " + Markdown.text(index.summary(of: fact, max: 60)) + " | " + reports.joined(separator: ", ")
                      + " | " + differs.joined(separator: ", ") + " |\n")
        }
        out.write("\n")
    }

    static func timeline(_ index: RunIndex, _ out: inout MarkdownStream) {
        out.write("## Timeline\n\nDated claims, earliest first (`XXXX` marks a year no article states).\n\n")
        // One row per date and sentence, though a sentence may carry several claims.
        var seen = Set<String>()
        let dated = index.allClaims.compactMap { ref in index.claim(ref).when.map { (date: $0, ref: ref) } }
            .sorted { ($0.date, $0.ref) < ($1.date, $1.ref) }
            .filter { d in
                let c = index.claim(d.ref)
                return seen.insert("\(d.date.iso)\u{1F}\(d.ref.article)\u{1F}\(c.line)\u{1F}" + Markdown.oneLine(c.text)).inserted
            }
        guard !dated.isEmpty else { return out.write(MarkdownParts.none) }
        out.write(Markdown.table(["When", "Evidence", "Outlet", "Claim", "Fact"], []))
        out.writeAll(dated.count) { k in
            let d = dated[k]
            return Markdown.tableRow([d.date.iso,
                                      MarkdownParts.evidence(index, d.ref, inTable: true),
                                      Markdown.cell(Describe.knownOutlet(index.metadata(d.ref.article)) ?? ""),
                                      Markdown.quote(index.claim(d.ref).text, max: 140),
                                      index.fact(of: d.ref).map { "F\($0.number)" } ?? "—"])
        }
        out.write("\n")
    }
}
