import CorroborateCore
import CorroborateComparison

/// The JSON contract (version 1), the same shape for report, compare and claims. Keys come
/// in the contract's order; `line` (claims), `key` (entities), `url` and `kind` are additions
/// the contract allows.
public enum JSONRenderer {
    public static let version = 1

    public static func render(_ run: RunResult) -> String {
        String(decoding: renderBytes(run), as: UTF8.self)
    }

    /// The UTF-8 bytes of `render`.
    public static func renderBytes(_ run: RunResult) -> [UInt8] {
        var all: [UInt8] = []
        write(run) { all += $0 }
        return all
    }

    /// Bytes handed to `sink` once this many are ready.
    static let chunkSize = 1 << 20
    /// Alignments rendered together on every core (about a MB of output): each batch's
    /// pieces are held until written, so a larger batch only raised the peak of memory.
    static let batchSize = 4_096
    /// Articles rendered together on every core (each a few KB of output).
    static let valueBatchSize = 1_024

    /// `render`, handed to `sink` in chunks of about `chunkSize` bytes. Written member by
    /// member, each article and alignment built as a `JSONValue` only while it is written: a
    /// large run's report is never held as one tree, one `String` nor (with a file sink) in
    /// memory at all.
    public static func write(_ run: RunResult, to sink: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + chunkSize / 4)
        func member(_ key: String, first: Bool = false) {
            JSONWriter.append(first ? "\n  " : ",\n  ", to: &out)
            JSONWriter.appendString(key, to: &out)
            JSONWriter.append(": ", to: &out)
        }
        func flush(_ buffer: inout [UInt8]) {
            guard buffer.count >= chunkSize else { return }
            sink(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        // Each list holds objects: never written inline (see `JSONWriter.write`).
        func list(_ key: String, _ count: Int, _ item: (Int) -> JSONValue) {
            member(key)
            if count == 0 {
                JSONWriter.append("[]", to: &out)
            } else {
                JSONWriter.writeArray(count: count, indent: 1, to: &out, afterEach: flush, item)
            }
        }
        // The alignments, most of a large report, are written a batch at a time on every
        // core, each batch's pieces joined in order.
        func parallelList(_ key: String, _ count: Int, _ item: @escaping @Sendable (Int, inout [UInt8]) -> Void) {
            member(key)
            guard count > 0 else { JSONWriter.append("[]", to: &out); return }
            out.append(UInt8(ascii: "["))
            var start = 0
            while start < count {
                let end = min(count, start + batchSize), offset = start
                let pieces: [[UInt8]] = ChunkedMap.run(end - start) { range in
                    var piece: [UInt8] = []
                    for i in (offset + range.lowerBound)..<(offset + range.upperBound) {
                        JSONWriter.append(i == 0 ? "\n" : ",\n", to: &piece)
                        JSONWriter.appendIndent(2, to: &piece)
                        item(i, &piece)
                    }
                    return [piece]
                }
                // Each piece handed on as soon as a chunk is ready: joined first, a batch's
                // pieces were a second copy of the batch.
                for p in pieces {
                    out += p
                    flush(&out)
                }
                start = end
            }
            JSONWriter.closeArray(indent: 1, to: &out)
        }
        // A list of values built and written on every core a batch at a time (the articles
        // of a large run: every claim of every article).
        func parallelValues(_ key: String, _ count: Int, _ item: @escaping @Sendable (Int) -> JSONValue) {
            member(key)
            guard count > 0 else { JSONWriter.append("[]", to: &out); return }
            out.append(UInt8(ascii: "["))
            var start = 0
            while start < count {
                let end = min(count, start + valueBatchSize), offset = start
                let pieces: [[UInt8]] = ChunkedMap.run(end - start) { range in
                    var piece: [UInt8] = []
                    JSONWriter.writeItems((offset + range.lowerBound)..<(offset + range.upperBound), indent: 1, to: &piece, item)
                    return [piece]
                }
                for p in pieces {
                    out += p
                    flush(&out)
                }
                start = end
            }
            JSONWriter.closeArray(indent: 1, to: &out)
        }
        out.append(UInt8(ascii: "{"))
        member("version", first: true)
        JSONWriter.write(.number(Double(version)), indent: 1, to: &out)
        let articles = run.articles
        parallelValues("articles", articles.count) { article(articles[$0]) }
        let alignments = run.alignments
        // A compact list's few distinct verdicts are written once each, then copied.
        let verdicts = alignments.distinctVerdicts.map(verdictBytes)
        parallelList("alignments", alignments.count) { i, piece in
            writeAlignment(alignments, i, verdicts: verdicts, indent: 2, to: &piece)
        }
        list("facts", run.facts.count) { fact(run.facts[$0], run) }
        list("sharedWording", run.sharedWording.count) { shared(run.sharedWording[$0], run) }
        list("revisions", run.revisions.count) { revision(run.revisions[$0], run) }
        JSONWriter.append("\n}\n", to: &out)
        sink(out)
    }

    static func document(_ run: RunResult) -> JSONValue {
        .object([
            JSONMember("version", .number(Double(version))),
            JSONMember("articles", .array(run.articles.map(article))),
            JSONMember("alignments", .array(run.alignments.map(alignment))),
            JSONMember("facts", .array(run.facts.map { fact($0, run) })),
            JSONMember("sharedWording", .array(run.sharedWording.map { shared($0, run) })),
            JSONMember("revisions", .array(run.revisions.map { revision($0, run) })),
        ])
    }

    /// "articleId#claimId" of a claim reference.
    static func claimID(_ r: ClaimReference, _ run: RunResult) -> String {
        guard r.article < run.articles.count, r.claim < run.articles[r.article].claims.count else { return "" }
        return run.articles[r.article].id + "#" + run.articles[r.article].claims[r.claim].id
    }

    static func articleID(_ i: Int, _ run: RunResult) -> String { i < run.articles.count ? run.articles[i].id : "" }

    /// A fact: its claims, its articles, the sources it traces to.
    static func fact(_ f: FactCluster, _ run: RunResult) -> JSONValue {
        .object([
            JSONMember("claims", .strings(f.members.map { claimID($0, run) })),
            JSONMember("articles", .strings(f.articles.map { articleID($0, run) })),
            JSONMember("independentSources", .number(Double(f.independentSourceCount))),
            JSONMember("sources", .array(f.upstream.map { s in
                .object([
                    JSONMember("name", .string(s.name)),
                    JSONMember("key", .optional(s.key)),
                    JSONMember("channels", .strings(s.channels)),
                    JSONMember("articles", .strings(s.articles.map { articleID($0, run) })),
                ])
            })),
            JSONMember("unattributed", .strings(f.unattributed.map { articleID($0, run) })),
        ])
    }

    static func shared(_ w: SharedWording, _ run: RunResult) -> JSONValue {
        .object([
            JSONMember("a", .string(articleID(w.a, run))),
            JSONMember("b", .string(articleID(w.b, run))),
            JSONMember("passages", .number(Double(w.sharedPassages))),
            JSONMember("overlap", .decimal2(w.overlap)),
        ])
    }

    static func revision(_ r: Revision, _ run: RunResult) -> JSONValue {
        .object([
            JSONMember("earlier", .string(claimID(r.earlier, run))),
            JSONMember("later", .string(claimID(r.later, run))),
            JSONMember("reason", .string(r.reason)),
        ])
    }

    static func article(_ a: ArticleAnalysis) -> JSONValue {
        let m = a.metadata
        return .object([
            JSONMember("id", .string(m.id)),
            JSONMember("path", .string(m.path)),
            JSONMember("title", .optional(m.title)),
            JSONMember("outlet", .optional(m.outlet)),
            JSONMember("url", .optional(m.url)),
            JSONMember("published", .optional(m.published?.iso)),
            JSONMember("language", .string(m.language.code)),
            JSONMember("referenceDate", .optional(referenceDate(a.referenceDate))),
            JSONMember("entities", .array(a.entities.map(entity))),
            JSONMember("times", .array(a.times.map(time))),
            JSONMember("claims", .array(a.claims.map(claim))),
        ])
    }

    /// The day relative expressions were read against (publication day, else the run's
    /// anchor), else the publication date as precise as known.
    static func referenceDate(_ r: ReferenceDate) -> String? {
        r.day?.iso ?? r.date?.iso
    }

    static func entity(_ e: Entity) -> JSONValue {
        .object([
            JSONMember("name", .string(e.name)),
            JSONMember("type", .string(e.type.rawValue)),
            JSONMember("aliases", .strings(e.aliases)),
            JSONMember("mentions", .number(Double(e.mentions))),
            JSONMember("key", .string(e.key)),
        ])
    }

    static func time(_ t: TimeMention) -> JSONValue {
        .object([
            JSONMember("text", .string(t.text)),
            JSONMember("value", .string(t.value)),
            JSONMember("start", .number(Double(t.start))),
            JSONMember("end", .number(Double(t.end))),
            JSONMember("kind", .string(t.kind.rawValue)),
        ])
    }

    static func claim(_ c: Claim) -> JSONValue {
        .object([
            JSONMember("id", .string(c.id)),
            JSONMember("text", .string(c.text)),
            JSONMember("start", .number(Double(c.start))),
            JSONMember("end", .number(Double(c.end))),
            JSONMember("line", .number(Double(c.line))),
            JSONMember("who", .strings(c.who)),
            JSONMember("where", .strings(c.where)),
            JSONMember("when", .optional(c.when?.iso)),
            JSONMember("numbers", .array(c.numbers.map(number))),
            JSONMember("sources", .strings(c.sources)),
            JSONMember("negated", .bool(c.negated)),
            JSONMember("hedged", .bool(c.hedged)),
        ])
    }

    /// `approx` appears only when true, as the contract shows exact numbers without it.
    static func number(_ n: NumberMention) -> JSONValue {
        var members = [
            JSONMember("text", .string(n.text)),
            JSONMember("value", .number(n.value)),
            JSONMember("unit", .optional(n.unit)),
        ]
        if n.approx { members.append(JSONMember("approx", .bool(true))) }
        return .object(members)
    }

    /// The written relation, facets and score of a verdict.
    static func verdictBytes(_ v: AlignmentList.VerdictKey) -> [[UInt8]] {
        var relation: [UInt8] = [], facets: [UInt8] = []
        JSONWriter.appendString(v.relation.rawValue, to: &relation)
        facets.append(UInt8(ascii: "["))
        for (i, f) in v.facets.enumerated() {
            if i > 0 { JSONWriter.append(", ", to: &facets) }
            JSONWriter.appendString(f.rawValue, to: &facets)
        }
        facets.append(UInt8(ascii: "]"))
        return [relation, facets, Array(JSONWriter.decimal2(v.score).utf8)]
    }

    /// What the layout of an alignment needs to know of its explanation: whether it needs
    /// escaping, and how many scalars it takes written.
    struct ExplanationLayout: Sendable {
        let plain: Bool
        let scalars: Int

        init(_ s: String) {
            plain = !JSONWriter.needsEscape(s)
            if plain {
                scalars = JSONWriter.scalarCount(s) + 2
            } else {
                var b: [UInt8] = []
                JSONWriter.appendString(s, to: &b)
                scalars = JSONWriter.scalarCount(b, from: 0)
            }
        }
    }

    /// `JSONWriter.write(alignment(list[i]), indent:)` without building the value: the same
    /// bytes, the one-line form kept when it fits `JSONWriter.inlineObjectWidth`. A compact
    /// list's claim ids are written from their parts, its verdicts from `verdicts`
    /// (`verdictBytes` of each distinct verdict): nothing is built per alignment but its
    /// explanation, and the one-line form's width is counted before writing, so that the
    /// alignment is written once (it was written on one line, measured, and most often
    /// written again on several).
    static func writeAlignment(_ list: AlignmentList, _ i: Int, verdicts: [[[UInt8]]], indent: Int, to out: inout [UInt8]) {
        let ids = list.endIDs(at: i)
        let verdict = list.verdictNumber(at: i).map { verdicts[$0] } ?? verdictBytes(list.verdict(at: i))
        let explanation = list.explanation(at: i)
        let layout = ExplanationLayout(explanation)
        // The claim ids as their parts ("article", "#", "claim"), measured without being
        // written apart: two small arrays per alignment were millions of allocations.
        let a = ids.map { ($0.aArticle, $0.aClaim) } ?? (list[i].a, "")
        let b = ids.map { ($0.bArticle, $0.bClaim) } ?? (list[i].b, "")
        let hash = ids == nil ? "" : "#"
        func value(_ k: Int, _ out: inout [UInt8]) {
            switch k {
            case 0: JSONWriter.appendString(a.0, hash, a.1, to: &out)
            case 1: JSONWriter.appendString(b.0, hash, b.1, to: &out)
            case 2, 3, 4: out.append(contentsOf: verdict[k - 2])
            default:
                if layout.plain {
                    out.append(UInt8(ascii: "\""))
                    out.append(contentsOf: explanation.utf8)
                    out.append(UInt8(ascii: "\""))
                } else {
                    JSONWriter.appendString(explanation, to: &out)
                }
            }
        }
        let keys = alignmentKeyBytes
        // The one-line form: braces, keys, ", " between members, values.
        var width = 2 + alignmentKeysWidth + 2 * (keys.count - 1) + layout.scalars
        width += JSONWriter.stringWidth(a.0, hash, a.1) + JSONWriter.stringWidth(b.0, hash, b.1)
        for v in verdict { width += JSONWriter.scalarCount(v, from: 0) }
        if width <= JSONWriter.inlineObjectWidth {
            out.append(UInt8(ascii: "{"))
            for k in keys.indices {
                if k > 0 { JSONWriter.append(", ", to: &out) }
                out.append(contentsOf: keys[k])
                value(k, &out)
            }
            out.append(UInt8(ascii: "}"))
            return
        }
        out.append(UInt8(ascii: "{"))
        for k in keys.indices {
            JSONWriter.append(k == 0 ? "\n" : ",\n", to: &out)
            JSONWriter.appendIndent(indent + 1, to: &out)
            out.append(contentsOf: keys[k])
            // An empty facet list is written "[]" on both layouts.
            value(k, &out)
        }
        out.append(0x0A)
        JSONWriter.appendIndent(indent, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Scalars of the keys as written (ASCII: bytes).
    static let alignmentKeysWidth = alignmentKeyBytes.reduce(0) { $0 + $1.count }

    /// Each key quoted, with its colon.
    static let alignmentKeyBytes: [[UInt8]] = alignmentKeys.map { key in
        var b: [UInt8] = []
        JSONWriter.appendString(key, to: &b)
        JSONWriter.append(": ", to: &b)
        return b
    }

    static let alignmentKeys = ["a", "b", "relation", "facets", "score", "explanation"]

    static func alignment(_ a: Alignment) -> JSONValue {
        .object([
            JSONMember("a", .string(a.a)),
            JSONMember("b", .string(a.b)),
            JSONMember("relation", .string(a.relation.rawValue)),
            JSONMember("facets", .strings(a.facets.map(\.rawValue))),
            JSONMember("score", .decimal2(a.score)),
            JSONMember("explanation", .string(a.explanation)),
        ])
    }
}
