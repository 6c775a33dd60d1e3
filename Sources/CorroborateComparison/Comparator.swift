import CorroborateCore
import CorroborateExtraction
import CorroborateGazetteer

/// The result of a run: every article's analysis and the alignments between their claims.
public struct RunResult: Sendable {
    public var articles: [ArticleAnalysis]
    public var alignments: [Alignment]
    public init(articles: [ArticleAnalysis], alignments: [Alignment]) {
        self.articles = articles
        self.alignments = alignments
    }
}

/// Aligns the claims of every pair of articles and gives each aligned pair a verdict.
///
/// Claims are indexed by what they talk about (event concepts, entity keys, word stems);
/// only claims sharing an index entry are scored, so the cost grows with the number of
/// claims that share something, not with all pairs.
public struct Comparator: Sendable {
    /// Minimum score for two claims to state the same fact.
    public var threshold: Double

    public init(threshold: Double = 0.42) {
        self.threshold = threshold
    }

    public func compare(_ articles: [ArticleAnalysis]) -> RunResult {
        var features: [ClaimFeatures] = []
        for (ai, a) in articles.enumerated() {
            for (ci, c) in a.claims.enumerated() {
                features.append(ClaimFeatures(article: ai, claim: ci, language: a.metadata.language, c))
            }
        }
        // Blocking index: feature → claims.
        var index: [String: [Int]] = [:]
        for (fi, f) in features.enumerated() {
            for e in f.events { index["e:" + e, default: []].append(fi) }
            for k in f.entities { index["k:" + k, default: []].append(fi) }
            for s in f.stems { index["s:\(f.language.code):" + s, default: []].append(fi) }
        }
        let rules = VerdictRules(gazetteer: .shared)
        var alignments: [Alignment] = []
        for (fi, f) in features.enumerated() {
            var candidates = Set<Int>()
            for e in f.events { for g in index["e:" + e] ?? [] where g > fi && features[g].article != f.article { candidates.insert(g) } }
            for k in f.entities { for g in index["k:" + k] ?? [] where g > fi && features[g].article != f.article { candidates.insert(g) } }
            for g in candidates.sorted() {
                let h = features[g]
                let (score, reasons) = similarity(f, h)
                guard score >= threshold else { continue }
                let ca = articles[f.article].claims[f.claim], cb = articles[h.article].claims[h.claim]
                let verdict = rules.judge(f, h, ca, cb)
                var explanation = "same fact (" + reasons.joined(separator: "; ") + ")"
                if verdict.relation == .conflict {
                    explanation += "; differs on " + verdict.facets.map { $0.rawValue }.joined(separator: ", ") + ": " + verdict.notes.joined(separator: "; ")
                } else if verdict.facets.contains(.source) {
                    explanation += "; attributed differently"
                }
                alignments.append(Alignment(a: "\(articles[f.article].id)#\(ca.id)", b: "\(articles[h.article].id)#\(cb.id)",
                                            relation: verdict.relation, facets: verdict.facets,
                                            score: (score * 100).rounded() / 100, explanation: explanation))
            }
        }
        return RunResult(articles: articles, alignments: alignments)
    }

    /// How likely two claims state the same fact, and why.
    func similarity(_ a: ClaimFeatures, _ b: ClaimFeatures) -> (Double, [String]) {
        let ev = dice(a.events, b.events)
        let en = dice(a.entities, b.entities)
        var reasons: [String] = []
        let sharedEvents = a.events.intersection(b.events).sorted()
        if !sharedEvents.isEmpty { reasons.append("events: " + sharedEvents.joined(separator: ", ")) }
        let sharedEntities = a.entities.intersection(b.entities).sorted().map { k in k.split(separator: ":").last.map(String.init) ?? k }
        if !sharedEntities.isEmpty { reasons.append("entities: " + sharedEntities.joined(separator: ", ")) }
        var score: Double
        if a.language == b.language {
            let lex = dice(a.stems, b.stems)
            score = 0.35 * ev + 0.30 * en + 0.35 * lex
            if lex >= 0.3 { reasons.append("wording \(Int((lex * 100).rounded()))% alike") }
        } else {
            score = 0.55 * ev + 0.45 * en
        }
        if let wa = a.when, let wb = b.when, wa.isCompatible(with: wb), wa.day != nil, wb.day != nil {
            score += 0.1
            reasons.append("same date \(wa.iso)")
        }
        if a.numbers.contains(where: { x in b.numbers.contains { $0.value == x.value && $0.unit == x.unit } }) {
            score += 0.1
            reasons.append("same figure")
        }
        return (min(1, score), reasons)
    }
}
