import CorroborateCore
import CorroborateComparison

/// The JSON contract (version 1), the same shape for report, compare and claims. Keys come
/// in the contract's order; `line` (claims), `key` (entities), `url` and `kind` are additions
/// the contract allows.
public enum JSONRenderer {
    public static let version = 1

    public static func render(_ run: RunResult) -> String {
        JSONWriter.render(document(run))
    }

    static func document(_ run: RunResult) -> JSONValue {
        .object([
            JSONMember("version", .number(Double(version))),
            JSONMember("articles", .array(run.articles.map(article))),
            JSONMember("alignments", .array(run.alignments.map(alignment))),
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
