import CorroborateCore
import CorroborateComparison

/// Tab-separated claims, one a line, for spreadsheets and shell pipelines. Fields never
/// contain tabs or line breaks (they become spaces); lists are joined with "; ".
public enum TSVRenderer {
    public static let columns = ["article", "claim", "line", "when", "who", "where", "sources",
                                 "numbers", "negated", "hedged", "text"]

    public static func claims(_ run: RunResult) -> String {
        var out = columns.joined(separator: "\t") + "\n"
        for a in run.articles {
            for c in a.claims {
                let fields = [
                    a.metadata.id, c.id, String(c.line), c.when?.iso ?? "",
                    c.who.joined(separator: "; "), c.where.joined(separator: "; "),
                    c.sources.joined(separator: "; "), Describe.numbers(c),
                    String(c.negated), String(c.hedged), c.text,
                ]
                out += fields.map(field).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// One field: every whitespace run, tab and line break included, becomes one space.
    static func field(_ s: String) -> String { Markdown.oneLine(s) }
}
