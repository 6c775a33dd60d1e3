import CorroborateCore
import CorroborateGazetteer

/// Builds an alignment's explanation when it is read (`AlignmentList.explanation(at:)`),
/// from what the comparator had when it judged the pair: the claims' profiles and vectors.
///
/// Built at judging, the explanations of a large run were its largest strings (a third of a
/// million distinct lines for two million alignments at 10 000 articles), and the table that
/// numbered them as large again; held through rendering, though a renderer reads each once.
/// The profiles they are built from are held anyway until the comparison ends.
/// A class: read once per alignment, a struct of these tables was copied at each read.
final class PairExplainer: Sendable {
    /// By claim number in the run (article by article, claims in order).
    let profiles: [ClaimProfile]
    let similarity: Similarity
    let gazetteer: Gazetteer
    /// Read only to name an entity the gazetteer does not know.
    let articles: [ArticleAnalysis]

    init(profiles: [ClaimProfile], similarity: Similarity, gazetteer: Gazetteer, articles: [ArticleAnalysis]) {
        self.profiles = profiles
        self.similarity = similarity
        self.gazetteer = gazetteer
        self.articles = articles
    }

    /// The line of claims number `i` and `j` (`aRef`, `bRef` in the run), judged `verdict`;
    /// `notes`: a conflict's notes joined by "; ". The same line the pair had when the
    /// explanation was built at judging: evidence and line are functions of the profiles.
    func line(_ i: Int, _ j: Int, aRef: ClaimReference, bRef: ClaimReference, verdict: AlignmentList.VerdictKey,
              notes: String) -> String {
        profiles.withUnsafeBufferPointer { p in
            let ev = similarity.evidence(i, j, p[i], p[j])
            // The claims are read only for a name the gazetteer lacks: an article read here
            // is copied whole.
            return Explanation.line(ev, verdict, notes: notes, p[i], p[j],
                                    claims: { (articles[aRef.article].claims[aRef.claim], articles[bRef.article].claims[bRef.claim]) },
                                    gazetteer: gazetteer)
        }
    }
}
