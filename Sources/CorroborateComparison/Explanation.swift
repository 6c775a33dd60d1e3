import CorroborateCore
import CorroborateGazetteer

/// The one line that says why two claims were aligned and how they differ:
/// "same event (arrive, family); same actors and places (Bashar al-Assad, Moscow); wording
/// 62% alike; differs on source: Kremlin via Interfax vs Kremlin via TASS".
enum Explanation {
    static func line(_ ev: Similarity.Evidence, _ verdict: Verdict, _ a: ClaimProfile, _ b: ClaimProfile,
                     _ ca: Claim, _ cb: Claim, gazetteer: Gazetteer) -> String {
        var parts: [String] = []
        if !ev.sharedEvents.isEmpty { parts.append("same event (" + ev.sharedEvents.joined(separator: ", ") + ")") }
        if !ev.sharedEntities.isEmpty {
            let names = ev.sharedEntities.prefix(4).map { gazetteer.displayName(key: $0, language: .english) ?? displayName($0, ca, cb) }
            parts.append("same actors and places (" + names.joined(separator: ", ") + ")")
        }
        if let (x, y) = ev.sameFigures.first { parts.append("same figure (\(x.text) / \(y.text))") }
        if let w = ev.wording, w >= 0.25 { parts.append("wording \(Int((w * 100).rounded()))% alike") }
        if a.language != b.language { parts.append("across languages (\(a.language.code)/\(b.language.code))") }
        var out = parts.isEmpty ? "related wording" : parts.joined(separator: "; ")
        if verdict.relation == .conflict {
            out += "; differs on " + verdict.facets.map(\.rawValue).joined(separator: ", ") + ": " + verdict.notes.joined(separator: "; ")
        } else if verdict.facets.contains(.source) {
            let sa = a.sources.summary, sb = b.sources.summary
            out += "; attributed differently (" + (sa.isEmpty ? "own voice" : sa) + " / " + (sb.isEmpty ? "own voice" : sb) + ")"
        }
        return out
    }

    /// The article's name for an entity key without a gazetteer entry.
    private static func displayName(_ key: String, _ ca: Claim, _ cb: Claim) -> String {
        for c in [ca, cb] {
            for (i, k) in (c.whoKeys + c.whereKeys).enumerated() where k == key {
                let names = c.who + c.where
                if i < names.count { return names[i] }
            }
        }
        return key.split(separator: ":").last.map(String.init) ?? key
    }
}
