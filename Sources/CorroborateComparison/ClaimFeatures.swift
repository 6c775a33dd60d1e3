import CorroborateCore

/// What alignment compares of a claim, computed once per claim.
struct ClaimFeatures: Sendable {
    var article: Int
    var claim: Int
    var language: Language
    var events: Set<String>
    /// Entity keys of actors and places.
    var entities: Set<String>
    /// Crude stems of content words (same-language similarity only).
    var stems: Set<String>
    var numbers: [NumberMention]
    var when: PartialDate?
    var whereKeys: [String]
    var sourceKeys: [String]
    var negated: Bool

    init(article: Int, claim: Int, language: Language, _ c: Claim) {
        self.article = article
        self.claim = claim
        self.language = language
        events = Set(c.events)
        entities = Set(c.whoKeys + c.whereKeys)
        stems = Set(c.contentWords.map { ClaimFeatures.stem($0) })
        numbers = c.numbers
        when = c.when
        whereKeys = c.whereKeys
        sourceKeys = c.sourceKeys
        negated = c.negated
    }

    /// The first five scalars: enough to join "manifestants"/"manifestation", cheap to compute.
    static func stem(_ w: String) -> String {
        String(String.UnicodeScalarView(w.unicodeScalars.prefix(5)))
    }
}
