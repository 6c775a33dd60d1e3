import CorroborateCore

/// Which of the lexicon's word sets a folded word belongs to, as bits: a claim's hot loops
/// test a token against a dozen sets, and one table lookup per token replaces a string hash
/// per set.
public struct WordFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let stopword = WordFlags(rawValue: 1 << 0)
    public static let determiner = WordFlags(rawValue: 1 << 1)
    public static let agentPreposition = WordFlags(rawValue: 1 << 2)
    public static let personModifierHead = WordFlags(rawValue: 1 << 3)
    public static let title = WordFlags(rawValue: 1 << 4)
    public static let actorPronoun = WordFlags(rawValue: 1 << 5)
    public static let territoryNoun = WordFlags(rawValue: 1 << 6)
    public static let countryWord = WordFlags(rawValue: 1 << 7)
    public static let nationalScopeFirstWord = WordFlags(rawValue: 1 << 8)
    public static let passiveAuxiliary = WordFlags(rawValue: 1 << 9)
    public static let locativePreposition = WordFlags(rawValue: 1 << 10)
    public static let sourceNoun = WordFlags(rawValue: 1 << 11)
    public static let offsetWord = WordFlags(rawValue: 1 << 12)
    public static let referringDeterminer = WordFlags(rawValue: 1 << 13)
    public static let capitalWord = WordFlags(rawValue: 1 << 14)
    public static let negationScanWord = WordFlags(rawValue: 1 << 15)
    public static let hedge = WordFlags(rawValue: 1 << 16)
    public static let hedgePhraseFirstWord = WordFlags(rawValue: 1 << 17)
    public static let cueFirstWord = WordFlags(rawValue: 1 << 18)
    public static let reportingPhraseFirstWord = WordFlags(rawValue: 1 << 19)
    public static let reportingVerb = WordFlags(rawValue: 1 << 20)
    public static let speakerPronoun = WordFlags(rawValue: 1 << 21)
    public static let contrastiveFirstWord = WordFlags(rawValue: 1 << 22)
    public static let clauseConjunction = WordFlags(rawValue: 1 << 23)
    public static let nonEventPhraseFirstWord = WordFlags(rawValue: 1 << 24)
    /// Folds like a clause opener ("ou" for "où"): the written form is checked only then.
    public static let clauseOpenerFolded = WordFlags(rawValue: 1 << 25)
    public static let listSeparatorFirstWord = WordFlags(rawValue: 1 << 26)
    public static let figureVerb = WordFlags(rawValue: 1 << 27)
    /// The first person plural ("we", « nous », "our"): in a quotation, the body the speaker
    /// speaks for (the lexicon's `groupPronouns`, read only as this flag).
    public static let groupPronoun = WordFlags(rawValue: 1 << 28)
    public static let officePhraseFirstWord = WordFlags(rawValue: 1 << 29)
    public static let siteNoun = WordFlags(rawValue: 1 << 30)

    /// The flags of every word of the sets, built once per language.
    static func table(_ sets: [(Set<String>, WordFlags)]) -> WordTable<WordFlags> {
        var out = WordTable<WordFlags>()
        for (words, flag) in sets {
            for w in words { out[w, default: []].insert(flag) }
        }
        return out
    }
}
