import CorroborateCore
import CorroborateGazetteer

/// Short names one article ties to an institution's full name, read for the whole run:
/// « l'Agence nationale de la sécurité des systèmes d'information (Anssi) » tells that another
/// article's "ANSSI" is that agency, and « la Commission électorale … la Commission » that a
/// lone "Commission" elsewhere is it too. Keys a gazetteer knows need none of this.
struct EntityAliases: Sendable {
    /// Key of the short name as an article would key it alone → the full name's key.
    private var fullKey: [String: String] = [:]

    init(_ articles: [ArticleAnalysis], gazetteer: Gazetteer) {
        let prefix = EntityType.organization.rawValue + ":"
        for a in articles {
            for e in a.entities where e.type == .organization && gazetteer.entry(key: e.key) == nil {
                for alias in e.aliases where !alias.contains(" ") {
                    let short = prefix + ScalarClass.fold(alias)
                    guard short != e.key, gazetteer.entry(key: short) == nil, fullKey[short] == nil else { continue }
                    fullKey[short] = e.key
                }
            }
        }
    }

    var isEmpty: Bool { fullKey.isEmpty }

    /// The articles with every short name's key replaced by its full name's.
    func applied(to articles: [ArticleAnalysis]) -> [ArticleAnalysis] {
        guard !fullKey.isEmpty else { return articles }
        func map(_ keys: [String]) -> [String] { keys.map { fullKey[$0] ?? $0 } }
        return articles.map { a in
            guard a.entities.contains(where: { fullKey[$0.key] != nil }) else { return a }
            var out = a
            for i in out.claims.indices {
                out.claims[i].whoKeys = map(out.claims[i].whoKeys)
                out.claims[i].whereKeys = map(out.claims[i].whereKeys)
                out.claims[i].sourceKeys = map(out.claims[i].sourceKeys)
                if !out.claims[i].sourceAffiliations.isEmpty {
                    out.claims[i].sourceAffiliations = Dictionary(out.claims[i].sourceAffiliations.map { (fullKey[$0.key] ?? $0.key, fullKey[$0.value] ?? $0.value) }) { first, _ in first }
                }
            }
            for i in out.entities.indices { out.entities[i].key = fullKey[out.entities[i].key] ?? out.entities[i].key }
            return out
        }
    }
}
