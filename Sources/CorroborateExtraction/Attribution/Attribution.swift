/// A source as the article names it: an entity's canonical name, or a short noun phrase
/// ("médias d'État russes"), with the key comparison uses across articles.
struct SourceName: Sendable, Hashable {
    var name: String
    var key: String
}

/// Who a piece of a sentence comes from, as the article says it.
struct Attribution: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// "selon X", "according to X": governs the words before it in its clause.
        case phrase
        /// "X a déclaré", "X said": governs the words after it.
        case subjectVerb
        /// ", a indiqué X", ", said X": governs the words before it.
        case inverted
    }

    /// Where the claim originates ("une source du Kremlin", "Peskov").
    var origin: [SourceName]
    /// Who relays it ("l'agence TASS" in "citée par l'agence TASS", "told Reuters").
    var channels: [SourceName]
    /// Token range of the attribution phrase (cue, verb and source phrase): its names are
    /// sources, not actors or places of the claim.
    var tokenRange: Range<Int>
    var kind: Kind
    /// The source is a person speaking (a quote's speaker; "il a ajouté" points back to it).
    var isSpeaker: Bool
    /// The phrase calls it "a source" ("une source du Kremlin"): "la même source" points back to it.
    var isCalledSource: Bool
    /// "citing X", "citant X": X is the origin and the rest of the clause only relays it.
    var isCiting: Bool = false
    /// A back-reference ("the source", « la même source ») speaking again: a channel its verb
    /// names ("the source told news agencies") replaces those it spoke through before.
    var isBackReference: Bool = false

    var all: [SourceName] {
        var out = origin
        for c in channels where !out.contains(where: { $0.key == c.key }) { out.append(c) }
        return out
    }
    var sources: [String] { all.map { $0.name } }
    var keys: [String] { all.map { $0.key } }
    var isEmpty: Bool { origin.isEmpty && channels.isEmpty }

    /// The same source speaking again over `range`, through new channels if any are named.
    func restated(over range: Range<Int>, kind: Kind, newChannels: [SourceName] = []) -> Attribution {
        var a = self
        a.tokenRange = range
        a.kind = kind
        if !newChannels.isEmpty { a.channels = newChannels }
        return a
    }

    /// Several pieces attributing one clause: "TASS said, citing a Kremlin source".
    static func merged(_ raw: [Attribution]) -> Attribution? {
        var pieces = raw
        if pieces.contains(where: { $0.isCiting }) {
            // "TASS said, citing a Kremlin source": the one who cites is a channel.
            for i in pieces.indices where !pieces[i].isCiting {
                pieces[i].channels = pieces[i].origin + pieces[i].channels
                pieces[i].origin = []
            }
            pieces.sort { $0.isCiting && !$1.isCiting }
        }
        guard var out = pieces.first else { return nil }
        for p in pieces.dropFirst() {
            for o in p.origin where !out.origin.contains(where: { $0.key == o.key }) { out.origin.append(o) }
            for c in p.channels where !out.channels.contains(where: { $0.key == c.key }) { out.channels.append(c) }
            out.tokenRange = min(out.tokenRange.lowerBound, p.tokenRange.lowerBound)..<max(out.tokenRange.upperBound, p.tokenRange.upperBound)
            out.isSpeaker = out.isSpeaker || p.isSpeaker
            out.isCalledSource = out.isCalledSource || p.isCalledSource
        }
        out.channels.removeAll { c in out.origin.contains { $0.key == c.key } }
        return out.isEmpty ? nil : out
    }
}
