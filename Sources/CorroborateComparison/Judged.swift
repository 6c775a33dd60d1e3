import CorroborateCore
import CorroborateGazetteer

/// What the comparator keeps of one aligned pair: its verdict, the line that explains it, and
/// the revision it is, if any. The claims' ids are not built here: the alignment list names
/// claims by number (`AlignmentList`).
struct Judged: Sendable {
    let verdict: AlignmentList.VerdictKey
    let explanation: String
    let revision: Revision?

    /// Judges kept pair number `index`, claims `i` and `j` of the run. Profiles and claims are
    /// read through buffers and passed in place: an array element bound to a local or passed
    /// to a function was copied, with a retain and a release of each of its many fields, for
    /// each of millions of pairs.
    static func judge(_ i: Int, _ j: Int, index: Int, profiles: UnsafeBufferPointer<ClaimProfile>, articles: [ArticleAnalysis],
                      refs: [ClaimReference], similarity: Similarity, rules: VerdictRules,
                      revisions: RevisionDetector, gazetteer: Gazetteer) -> Judged {
        let ai = refs[i], bj = refs[j]
        return articles[ai.article].claims.withUnsafeBufferPointer { ca in
            articles[bj.article].claims.withUnsafeBufferPointer { cb in
                let ev = similarity.evidence(i, j, profiles[i], profiles[j])
                let verdict = rules.judge(profiles[i], profiles[j]) { (ca[ai.claim].where, cb[bj.claim].where) }
                let explanation = Explanation.line(ev, verdict, profiles[i], profiles[j], claims: { (ca[ai.claim], cb[bj.claim]) },
                                                   gazetteer: gazetteer)
                let key = AlignmentList.VerdictKey(relation: verdict.relation, facets: verdict.facets,
                                                   score: (ev.score * 100).rounded() / 100)
                return Judged(verdict: key, explanation: explanation,
                              revision: revisions.revision(profiles[i], profiles[j], aRef: ai, bRef: bj, alignment: index, verdict: verdict))
            }
        }
    }
}
