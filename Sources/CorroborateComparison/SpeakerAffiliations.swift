import CorroborateCore

/// Whom a titled speaker speaks for, read for the whole run: one article's « le porte-parole du
/// Kremlin, Dmitri Peskov » tells that another article's "Peskov said" is the Kremlin speaking
/// too, so the two are one upstream source, not two independent ones.
struct SpeakerAffiliations: Sendable {
    /// Person key → organization key, as the first article that titles the person gives it.
    private var institution: [String: String] = [:]

    init(_ articles: [ArticleAnalysis]) {
        for a in articles {
            for c in a.claims {
                for (person, org) in c.sourceAffiliations.sorted(by: { $0.key < $1.key }) where institution[person] == nil {
                    institution[person] = org
                }
            }
        }
    }

    /// The articles with every claim credited to a titled speaker knowing whom they speak for.
    func applied(to articles: [ArticleAnalysis]) -> [ArticleAnalysis] {
        guard !institution.isEmpty else { return articles }
        return articles.map { a in
            guard a.claims.contains(where: { c in c.sourceKeys.contains { institution[$0] != nil && c.sourceAffiliations[$0] == nil } }) else { return a }
            var out = a
            for i in out.claims.indices {
                for k in out.claims[i].sourceKeys where out.claims[i].sourceAffiliations[k] == nil {
                    if let org = institution[k] { out.claims[i].sourceAffiliations[k] = org }
                }
            }
            return out
        }
    }
}
