import CorroborateCore
import CorroborateComparison

/// Plain-text descriptions of model values, shared by the Markdown and TSV views
/// (escaping is the caller's business).
enum Describe {
    /// The outlet's name, or the article id when the outlet is unknown.
    static func outlet(_ m: ArticleMetadata) -> String { knownOutlet(m) ?? m.id }

    /// The outlet's name when the article tells it.
    static func knownOutlet(_ m: ArticleMetadata) -> String? {
        guard let o = m.outlet.map(Markdown.oneLine), !o.isEmpty else { return nil }
        return o
    }

    /// An evidence pointer: `article-id:line`.
    static func pointer(_ m: ArticleMetadata, _ c: Claim) -> String { "\(m.id):\(c.line)" }

    /// 24 rather than 24.0, as in the JSON.
    static func value(_ d: Double) -> String { JSONWriter.number(d) }

    /// "24 ans (24 year)", "des milliers (≈1000 people)", "au moins 42 (≥42 dead)".
    static func number(_ n: NumberMention) -> String {
        let unit = n.unit.map { " " + $0 } ?? ""
        let sign = n.approx ? ComparisonLexicon.boundSign(ofFigure: n.text) ?? "≈" : ""
        return "\(Markdown.oneLine(n.text)) (\(sign)\(value(n.value))\(unit))"
    }

    static func numbers(_ c: Claim) -> String { c.numbers.map(number).joined(separator: "; ") }

    static func list(_ names: [String]) -> String { names.map(Markdown.oneLine).joined(separator: ", ") }

    static func when(_ c: Claim) -> String { c.when?.iso ?? "" }

    /// "per Kremlin, TASS", or "own voice" when the article asserts the claim itself.
    static func attribution(_ c: Claim) -> String {
        c.sources.isEmpty ? "own voice" : "per " + list(c.sources)
    }
}
