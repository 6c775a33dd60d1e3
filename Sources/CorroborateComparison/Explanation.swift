import CorroborateCore
import CorroborateGazetteer

/// The one line that says why two claims were aligned and how they differ:
/// "same event (arrive, family); same actors and places (Bashar al-Assad, Moscow); wording
/// 62% alike; differs on source: Kremlin via Interfax vs Kremlin via TASS".
enum Explanation {
    /// `verdict`, `notes`: the pair's verdict and, for a conflict, its notes joined by "; ".
    /// `claims`: the two claims, read only to name an entity the gazetteer does not know
    /// (they are not copied for each pair explained).
    static func line(_ ev: Similarity.Evidence, _ verdict: AlignmentList.VerdictKey, notes: String, _ a: ClaimProfile,
                     _ b: ClaimProfile, claims: () -> (Claim, Claim), gazetteer: Gazetteer) -> String {
        // Built in one string, parts appended in place: it is built for each of millions of
        // pairs, and a list of parts joined made several strings per line.
        var out = ""
        out.reserveCapacity(160)
        func part(_ s: String) {
            if !out.isEmpty { out += "; " }
            out += s
        }
        if !ev.sharedEvents.isEmpty {
            part("same event (")
            for (k, e) in ev.sharedEvents.enumerated() {
                if k > 0 { out += ", " }
                out += e
            }
            out += ")"
        }
        if !ev.sharedEntities.isEmpty {
            part("same actors and places (")
            for (k, key) in ev.sharedEntities.prefix(4).enumerated() {
                if k > 0 { out += ", " }
                if let name = k < ev.sharedEntityNames.count ? ev.sharedEntityNames[k] : gazetteer.displayName(key: key, language: .english) {
                    out += name
                } else {
                    let (ca, cb) = claims()
                    out += displayName(key, ca, cb, gazetteer)
                }
            }
            out += ")"
        }
        if let (x, y) = ev.sameFigures.first { part("same figure (\(x.text) / \(y.text))") }
        if let w = ev.wording, w >= 0.25 { part("wording \(Int((w * 100).rounded()))% alike") }
        if a.language != b.language { part("across languages (\(a.language.code)/\(b.language.code))") }
        if out.isEmpty { out = "related wording" }
        if verdict.relation == .conflict {
            out += "; differs on " + verdict.facets.map(\.rawValue).joined(separator: ", ") + ": " + notes
        } else if verdict.facets.contains(.source) {
            let sa = a.sourceSummary, sb = b.sourceSummary
            out += "; attributed differently (" + (sa.isEmpty ? "own voice" : sa) + " / " + (sb.isEmpty ? "own voice" : sb) + ")"
        }
        return out
    }

    /// The article's name for an entity key without a gazetteer entry.
    private static func displayName(_ key: String, _ ca: Claim, _ cb: Claim, _ gazetteer: Gazetteer) -> String {
        for c in [ca, cb] {
            for (i, k) in (c.whoKeys + c.whereKeys).enumerated() where k == key || PersonKey.canonical(k) == key {
                // A person the gazetteer knows under the key as written (`PersonKey` folds it).
                if k != key, let name = gazetteer.displayName(key: k, language: .english) { return name }
                let names = c.who + c.where
                if i < names.count { return names[i] }
            }
        }
        return key.split(separator: ":").last.map(String.init) ?? key
    }
}
