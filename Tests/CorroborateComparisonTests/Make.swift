import CorroborateCore
import CorroborateGazetteer
@testable import CorroborateComparison

/// Builds small invented articles for the comparison tests: each claim is one line of the
/// body, with the fields extraction would give it set by hand, so that every rule is tested
/// on exactly the evidence it reads.
enum Make {
    struct Spec {
        var text: String
        var who: [String] = []
        var whereKeys: [String] = []
        var events: [String] = []
        var numbers: [(String, Double, String?, Bool)] = []
        var when: PartialDate? = nil
        var sources: [(String, String)] = []
        var negated = false
    }

    static func claim(_ text: String, who: [String] = [], where places: [String] = [], events: [String] = [],
                      numbers: [(String, Double, String?, Bool)] = [], when: PartialDate? = nil,
                      sources: [(String, String)] = [], negated: Bool = false) -> Spec {
        Spec(text: text, who: who, whereKeys: places, events: events, numbers: numbers, when: when,
             sources: sources, negated: negated)
    }

    /// `separator`: what joins the claims in the body (a space puts them in one paragraph).
    static func article(_ id: String, language: Language = .french, published: PartialDate? = nil,
                        times: [(String, PartialDate)] = [], separator: String = "\n", _ specs: [Spec]) -> ArticleAnalysis {
        var body = ""
        var claims: [Claim] = []
        var timeMentions: [TimeMention] = []
        for (i, s) in specs.enumerated() {
            let start = body.unicodeScalars.count
            body += s.text + separator
            var c = Claim(id: "c\(i + 1)", text: s.text, start: start, end: start + s.text.unicodeScalars.count, line: i + 1)
            c.whoKeys = s.who
            c.who = s.who.map(name)
            c.whereKeys = s.whereKeys
            c.where = s.whereKeys.map(name)
            c.events = s.events
            c.contentWords = TextWords(s.text).words.map(\.folded).filter { $0.unicodeScalars.count >= 4 }
            c.when = s.when
            c.negated = s.negated
            c.sources = s.sources.map(\.0)
            c.sourceKeys = s.sources.map(\.1)
            // Figures: found in the text by their wording, so their offsets are the text's.
            for (text, value, unit, approx) in s.numbers {
                let offset = find(text, in: s.text) ?? 0
                c.numbers.append(NumberMention(text: text, value: value, unit: unit, approx: approx,
                                               start: start + offset, end: start + offset + text.unicodeScalars.count))
            }
            for (text, date) in times {
                if let offset = find(text, in: s.text) {
                    timeMentions.append(TimeMention(text: text, value: date.iso, kind: .date, start: start + offset,
                                                    end: start + offset + text.unicodeScalars.count, date: date))
                }
            }
            claims.append(c)
        }
        return ArticleAnalysis(metadata: ArticleMetadata(id: id, path: id + ".txt", outlet: id, published: published, language: language),
                               text: TextBuffer(body), referenceDate: ReferenceDate(date: published),
                               entities: [], times: timeMentions, claims: claims)
    }

    /// A display name for a key: the gazetteer's, else the key's last part.
    static func name(_ key: String) -> String {
        Gazetteer.shared.displayName(key: key, language: .french) ?? String(key.split(separator: ":").last ?? "")
    }

    static func find(_ needle: String, in text: String) -> Int? {
        let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        guard n.count <= h.count, !n.isEmpty else { return nil }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// Profiles of every claim of two articles, in order.
    static func profiles(_ articles: [ArticleAnalysis]) -> [[ClaimProfile]] {
        articles.enumerated().map { ai, a in
            a.claims.indices.map { ClaimProfile(article: ai, claim: $0, analysis: a, gazetteer: .shared) }
        }
    }

    /// The verdict on the first claim of each of two articles.
    static func verdict(_ a: Spec, _ b: Spec, languages: (Language, Language) = (.french, .french),
                        published: (PartialDate?, PartialDate?) = (nil, nil)) -> Verdict {
        let x = article("a", language: languages.0, published: published.0, [a])
        let y = article("b", language: languages.1, published: published.1, [b])
        let p = profiles([x, y])
        return VerdictRules(gazetteer: .shared).judge(p[0][0], p[1][0], x.claims[0], y.claims[0])
    }

    /// A figure as the number recognizer gives it.
    static func figure(_ text: String, _ value: Double, _ unit: String? = "people", approx: Bool = false) -> Quantity {
        Quantity(NumberMention(text: text, value: value, unit: unit, approx: approx, start: 0, end: text.unicodeScalars.count),
                 lexicons: ComparisonLexicon.all, scope: nil)
    }
}
