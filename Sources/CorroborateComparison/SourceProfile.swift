import CorroborateCore
import CorroborateGazetteer

/// Who a claim is credited to, split the way provenance reads it: the *origin* that said it
/// (the Kremlin, a minister, "une source") and the *channels* that carried it (TASS, AFP,
/// "les agences russes"). Named means the extractor resolved it to an entity key; generic
/// sources ("plusieurs sources", "les médias d'État russes") are kept apart, as they name no one.
struct SourceProfile: Sendable {
    /// Entity keys of named origins (persons, institutions), in claim order.
    var origins: [String] = []
    /// Entity keys of named news agencies and outlets.
    var channels: [String] = []
    /// Generic sources that are media ("les agences de presse russes"): "source:<phrase>".
    var genericChannels: [String] = []
    /// Generic origins ("une source", "des responsables"): "source:<phrase>".
    var genericOrigins: [String] = []
    /// Display names by key.
    var names: [String: String] = [:]
    /// The key each source was written with, by its comparison key: a person's key as the
    /// article gives it ("person:claire-vasseur"), not the romanization-folded one (`PersonKey`).
    var writtenKeys: [String: String] = [:]
    /// The institution a person among the origins speaks for (`Claim.sourceAffiliations`),
    /// by comparison keys: the person's words are that institution's for provenance.
    var affiliations: [String: String] = [:]

    var isEmpty: Bool { origins.isEmpty && channels.isEmpty && genericChannels.isEmpty && genericOrigins.isEmpty }
    var named: [String] { origins + channels }

    /// Words that make a generic source a medium rather than a speaker.
    static let mediaWords: Set<String> = ["agence", "agences", "media", "medias", "presse", "journal", "journaux",
                                          "chaine", "television", "radio", "agency", "agencies", "news", "outlet",
                                          "outlets", "press", "newspaper", "newspapers", "channel", "broadcaster"]

    init() {}

    /// `entities`: the article's, to name an institution a speaker speaks for.
    init(_ c: Claim, gazetteer: Gazetteer, entities: [Entity] = [], language: Language = .english) {
        let keyed = c.sourceKeys.count == c.sources.count
        // Sources without keys (a claim built by hand) stand as generic origins under their names.
        let keys = keyed ? c.sourceKeys : c.sourceKeys.isEmpty ? c.sources.map { "source:" + ScalarClass.fold($0) } : c.sourceKeys
        let names = keyed || c.sourceKeys.isEmpty ? c.sources : c.sourceKeys
        for (i, written) in keys.enumerated() {
            let name = i < names.count ? names[i] : written
            // An institution named in two languages is one source; so is a kind of source ("police
            // sources", « source policière »).
            let key = InstitutionKey.canonicalGeneric(InstitutionKey.canonical(written, name: name, gazetteer: gazetteer))
            if self.names[key] == nil { self.names[key] = name }
            // (Only where they differ: most claims then keep an empty table, which costs nothing.)
            if written != key, self.writtenKeys[key] == nil { self.writtenKeys[key] = written }
            if key.hasPrefix("source:") {
                let words = TextWords.folded(String(key.dropFirst("source:".count)))
                if words.contains(where: { SourceProfile.mediaWords.contains($0) }) {
                    if !genericChannels.contains(key) { genericChannels.append(key) }
                } else if !genericOrigins.contains(key) {
                    genericOrigins.append(key)
                }
                continue
            }
            if gazetteer.entry(key: key)?.isNewsMedium == true {
                if !channels.contains(key) { channels.append(key) }
            } else if !origins.contains(key) {
                origins.append(key)
            }
        }
        for (person, org) in c.sourceAffiliations {
            let p = InstitutionKey.canonical(person, gazetteer: gazetteer), o = InstitutionKey.canonical(org, gazetteer: gazetteer)
            // (An institution the run cannot name is left out: its key is no label.)
            guard origins.contains(p), p != o,
                  let name = self.names[o] ?? entities.first(where: { $0.key == org })?.name ?? gazetteer.displayName(key: org, language: language)
            else { continue }
            affiliations[p] = o
            self.names[o] = name
        }
    }

    func name(_ key: String) -> String { names[key] ?? key }
    func writtenKey(_ key: String) -> String { key.hasPrefix(PersonKey.prefix) ? writtenKeys[key] ?? key : key }

    /// The sets the attribution verdict compares (see `VerdictRules.sourceVerdict`), built once
    /// per claim rather than for each pair judged.
    struct Sets: Sendable {
        /// Named channels.
        let channels: Set<String>
        /// Who said it, a generic "source" aside (it names no witness of its own).
        let witnesses: Set<String>
        /// Every source the claim names, named or generic.
        let all: Set<String>
        /// A generic medium is named ("state media"), which may be any agency.
        let hasGenericChannel: Bool
    }

    var sets: Sets {
        let witnesses = Set(origins + genericOrigins.filter {
            !TextWords.folded(String($0.dropFirst("source:".count))).contains { $0 == "source" || $0 == "sources" }
        })
        return Sets(channels: Set(channels), witnesses: witnesses, all: Set(named + genericChannels + genericOrigins),
                    hasGenericChannel: !genericChannels.isEmpty)
    }

    /// "Kremlin via TASS, RIA Novosti", "TASS", "agences de presse russes", "" for own voice.
    var summary: String {
        let o = (origins + genericOrigins).map(name)
        let ch = (channels + genericChannels).map(name)
        if o.isEmpty { return ch.joined(separator: ", ") }
        if ch.isEmpty { return o.joined(separator: ", ") }
        return o.joined(separator: ", ") + " via " + ch.joined(separator: ", ")
    }
}

/// How a claim is credited, in the words of provenance: "Kremlin via TASS, RIA Novosti" (who
/// said it, then what carried it), "TASS", or "" in the article's own voice.
public enum AttributionLabel {
    public static func of(_ claim: Claim) -> String {
        SourceProfile(claim, gazetteer: .shared).summary
    }
}
