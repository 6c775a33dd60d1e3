import CorroborateCore
import CorroborateComparison

/// The claims one source is credited with across the run ("Kremlin": 4 claims in 3
/// articles), or the claims an outlet makes in its own voice.
struct SourceGroup: Sendable {
    let name: String
    let ownVoice: Bool
    /// In run order, each claim once.
    let claims: [ClaimRef]
    var articleCount: Int { Set(claims.map(\.article)).count }
}

/// Groups claims by who they are attributed to. The same source is spelled differently
/// across articles ("le Kremlin", "Kremlin", "the Kremlin"), so names are merged when their
/// folded forms match or when the extractor gave them the same cross-article entity key.
enum SourceGrouping {
    /// Attributed sources only, most claims first.
    static func attributed(_ index: RunIndex) -> [SourceGroup] {
        groups(index, ownVoice: false)
    }

    /// Attributed sources plus one "own voice" group per outlet, most claims first.
    static func withOwnVoice(_ index: RunIndex) -> [SourceGroup] {
        groups(index, ownVoice: true)
    }

    private struct Accumulator {
        var claims: [ClaimRef] = []
        /// Surface names with their counts, in first-appearance order.
        var names: [(name: String, count: Int)] = []
        var ownVoice = false
        let order: Int
    }

    private static func groups(_ index: RunIndex, ownVoice: Bool) -> [SourceGroup] {
        let claims = index.allClaims

        // Labels: "n:<folded name>" for every source name, "k:<entity key>" when known;
        // union-find joins a name with its key.
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        func union(_ x: String, _ y: String) {
            let rx = find(x), ry = find(y)
            if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
        }
        func labels(_ c: Claim) -> [(name: String, label: String, key: String?)] {
            let keyed = c.sourceKeys.count == c.sources.count
            return c.sources.indices.compactMap { i in
                let name = Markdown.oneLine(c.sources[i])
                guard !name.isEmpty else { return nil }
                // (A person romanized two ways is one source: `PersonKey`.)
                let key = keyed && !c.sourceKeys[i].isEmpty ? "k:" + PersonKey.canonical(c.sourceKeys[i]) : nil
                return (name, "n:" + ScalarClass.fold(name), key)
            }
        }
        for ref in claims {
            for l in labels(index.claim(ref)) {
                if parent[l.label] == nil { parent[l.label] = l.label }
                if let k = l.key {
                    if parent[k] == nil { parent[k] = k }
                    union(l.label, k)
                }
            }
        }

        var slot: [String: Int] = [:]
        var acc: [Accumulator] = []
        func add(_ ref: ClaimRef, to id: String, name: String, ownVoice: Bool) {
            let k: Int
            if let s = slot[id] {
                k = s
            } else {
                k = acc.count
                slot[id] = k
                acc.append(Accumulator(ownVoice: ownVoice, order: k))
            }
            if acc[k].claims.last != ref { acc[k].claims.append(ref) }
            if let n = acc[k].names.firstIndex(where: { $0.name == name }) {
                acc[k].names[n].count += 1
            } else {
                acc[k].names.append((name, 1))
            }
        }
        for ref in claims {
            let c = index.claim(ref)
            let ls = labels(c)
            if ls.isEmpty {
                guard ownVoice else { continue }
                let m = index.metadata(ref.article)
                let outlet = Describe.outlet(m)
                add(ref, to: "o:" + outlet, name: outlet, ownVoice: true)
            } else {
                for l in ls { add(ref, to: find(l.label), name: l.name, ownVoice: false) }
            }
        }

        acc.sort { x, y in
            if x.claims.count != y.claims.count { return x.claims.count > y.claims.count }
            return x.order < y.order
        }
        return acc.map { a in
            // The most used spelling names the group; the first seen among equals.
            var best = a.names[0]
            for n in a.names.dropFirst() where n.count > best.count { best = n }
            return SourceGroup(name: best.name, ownVoice: a.ownVoice, claims: a.claims)
        }
    }
}
