/// Who a sentence's content comes from, as the article says it.
struct Attribution: Sendable, Hashable {
    /// Display names: an entity's canonical name, or a short noun phrase ("médias d'État russes").
    var sources: [String]
    /// Cross-article keys of the sources that are entities.
    var keys: [String]
    /// Token range of the attribution phrase (cue, verb and source phrase): its names are
    /// sources, not actors or places of the claim.
    var tokenRange: Range<Int>
    /// The source is a person speaking (a quote's speaker, "il a ajouté" can point back to it).
    var isSpeaker: Bool

    var isEmpty: Bool { sources.isEmpty }
}
