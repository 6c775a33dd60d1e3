import CorroborateCore
import CorroborateGazetteer

/// What the comparator keeps of one aligned pair: its verdict, a conflict's notes, and the
/// revision it is, if any. The claims' ids are not built here: the alignment list names
/// claims by number (`AlignmentList`); nor is the explanation, built when read
/// (`PairExplainer`).
struct Judged: Sendable {
    let verdict: AlignmentList.VerdictKey
    /// A conflict's notes joined by "; " (what the explanation says of them), else "".
    let notes: String
    let revision: Revision?

    /// Judges kept pair number `index`, claims `i` and `j` of the run, scored `score`.
    /// Profiles and claims are read through buffers and passed in place: an array element
    /// bound to a local or passed to a function was copied, with a retain and a release of
    /// each of its many fields, for each of millions of pairs.
    static func judge(_ i: Int, _ j: Int, score: Double, index: Int, profiles: UnsafeBufferPointer<ClaimProfile>,
                      articles: [ArticleAnalysis], refs: [ClaimReference], rules: VerdictRules,
                      revisions: RevisionDetector) -> Judged {
        let ai = refs[i], bj = refs[j]
        return articles[ai.article].claims.withUnsafeBufferPointer { ca in
            articles[bj.article].claims.withUnsafeBufferPointer { cb in
                let verdict = rules.judge(profiles[i], profiles[j]) { (ca[ai.claim].where, cb[bj.claim].where) }
                let key = AlignmentList.VerdictKey(relation: verdict.relation, facets: verdict.facets,
                                                   score: (score * 100).rounded() / 100)
                return Judged(verdict: key, notes: verdict.relation == .conflict ? verdict.notes.joined(separator: "; ") : "",
                              revision: revisions.revision(profiles[i], profiles[j], aRef: ai, bRef: bj, alignment: index, verdict: verdict))
            }
        }
    }
}
