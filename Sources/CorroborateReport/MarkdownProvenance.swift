import CorroborateCore
import CorroborateComparison

/// Where the run's facts come from: which articles share wording (the same wire copy), what
/// independent sources each fact traces to, and a diagram of the way claims travelled from
/// their origins through agencies to the articles (Mermaid, which GitHub and most Markdown
/// viewers draw).
enum MarkdownProvenance {
    static func section(_ index: RunIndex) -> String {
        var out = "## Provenance\n\n"
        let run = index.run
        out += "### Shared wording\n\n"
        if run.sharedWording.isEmpty {
            out += "No two articles share passages word for word.\n\n"
        } else {
            out += "Articles that share passages word for word republish the same copy (a wire story, a press release): they count as one voice.\n\n"
            let rows = run.sharedWording.map { w -> [String] in
                [label(index, w.a), label(index, w.b), String(w.sharedPassages), "\(Int((w.overlap * 100).rounded()))%",
                 Markdown.quote(w.example, max: 120)]
            }
            out += Markdown.table(["Article", "Article", "Shared passages", "Overlap", "Example"], rows) + "\n"
        }
        out += "### Sources of each fact\n\n"
        let traced = index.facts.filter { $0.provenance != nil }
        if traced.isEmpty {
            out += MarkdownParts.none
        } else {
            let rows = traced.map { f -> [String] in
                let p = f.provenance
                let sources = p.map { $0.upstream.map { sourceLine(index, $0) }.joined(separator: "; ") } ?? ""
                let none = p.map { $0.unattributed.map { label(index, $0) }.joined(separator: ", ") } ?? ""
                return ["F\(f.number)", String(outletNames(index, f.articles).count), String(p?.independentSourceCount ?? 0),
                        Markdown.cell(sources), none.isEmpty ? "—" : none]
            }
            out += Markdown.table(["Fact", "Outlets", "Independent sources", "Traces to", "Cite no source"], rows) + "\n"
        }
        out += "### How claims travelled\n\n"
        let diagram = mermaid(index)
        out += diagram.isEmpty ? "No claim is credited to a source.\n\n" : diagram
        return out
    }

    /// "Kremlin via TASS, RIA Novosti (5 articles)".
    static func sourceLine(_ index: RunIndex, _ s: UpstreamSource) -> String {
        "\(s.label) (\(s.articles.count) \(s.articles.count == 1 ? "article" : "articles"))"
    }

    static func label(_ index: RunIndex, _ article: Int) -> String {
        Markdown.code(index.metadata(article).id, inTable: true)
    }

    /// Distinct outlet names of articles (the id when unknown), in run order.
    static func outletNames(_ index: RunIndex, _ articles: [Int]) -> [String] {
        var names: [String] = []
        for a in articles {
            let n = Describe.outlet(index.metadata(a))
            if !names.contains(n) { names.append(n) }
        }
        return names
    }

    /// The most travelled ways, at most this many, keep the diagram readable.
    static let maximumEdges = 40

    /// A left-to-right graph: origins → channels → articles, edges labelled with claim
    /// counts; dotted links join articles that share wording.
    static func mermaid(_ index: RunIndex) -> String {
        let run = index.run
        var edges = run.sourceLinks.filter { l in l.toRole != .article || (Int(l.to).map { $0 < run.articles.count } ?? false) }
        edges.sort { $0.claims > $1.claims }
        edges = Array(edges.prefix(maximumEdges))
        guard !edges.isEmpty || !run.sharedWording.isEmpty else { return "" }
        var ids: [String: String] = [:]
        var nodes: [String] = []
        func node(_ name: String, _ role: SourceLink.Role) -> String {
            let key = role.rawValue + ":" + name
            if let id = ids[key] { return id }
            let id = "n\(ids.count + 1)"
            ids[key] = id
            let text: String
            switch role {
            case .article:
                let m = run.articles[Int(name) ?? 0].metadata
                text = Describe.knownOutlet(m).map { "\($0) (\(m.id))" } ?? m.id
            default:
                text = name
            }
            let shape = role == .origin ? "([\"\(escape(text))\"])" : role == .channel ? "[[\"\(escape(text))\"]]" : "[\"\(escape(text))\"]"
            nodes.append("    \(id)\(shape)")
            return id
        }
        var lines: [String] = []
        for e in edges {
            let a = node(e.from, e.fromRole), b = node(e.to, e.toRole)
            lines.append("    \(a) -->|\(e.claims)| \(b)")
        }
        for w in run.sharedWording {
            let a = node(String(w.a), .article), b = node(String(w.b), .article)
            lines.append("    \(a) -. \"same wording \(Int((w.overlap * 100).rounded()))%\" .- \(b)")
        }
        var out = "Rounded boxes are origins (who said it), double boxes channels (agencies, outlets), plain boxes the articles; numbers count claims; dotted links join articles sharing wording.\n\n"
        out += "```mermaid\ngraph LR\n" + nodes.joined(separator: "\n") + "\n" + lines.joined(separator: "\n") + "\n```\n\n"
        return out
    }

    /// Mermaid labels sit in double quotes: quotes become entities, line breaks spaces.
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in Markdown.oneLine(s).unicodeScalars {
            switch u {
            case "\"": out.append(contentsOf: "#quot;".unicodeScalars)
            case "`": out.append("'")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
