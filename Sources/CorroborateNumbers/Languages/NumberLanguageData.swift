import CorroborateCore

/// Everything the quantity engine knows about one language, as tables in string literals
/// (parsed by `LexiconTable`: fields separated by `|`, `#` comments). A new language is one
/// more file filling this struct and one more line in `all`; the engine never changes.
///
/// Phrases are written as they appear in text ("plus de", "jusqu'à", "a.m."); they are folded
/// and split into tokens the way the tokenizer splits text.
struct NumberLanguageData: Sendable {
    let language: Language
    /// `decimal | ,` and `group | .` — the marks of digit numbers; `adjectives | before` when
    /// adjectives precede the counted noun ("three military bases") rather than follow it.
    let format: String
    /// `phrase | value | kinds`, kinds among: number (adds up: "vingt", "four"), hundred
    /// (multiplies what precedes: "cent", "dozen"), scale ("mille", "million"), article
    /// ("un", "a": one only where it counts), connector ("et", "and"), collective ("une
    /// trentaine": approximate), vague ("des milliers", "dozens"), few ("plusieurs": a vague
    /// count that needs its noun), timefew ("des" before a plural of time: "des années"), half
    /// (adds a half of what precedes: "deux ans et demi", "two and a half"), halfof (halves
    /// what follows: "half a million", "half an hour").
    let words: String
    /// `phrase | unit | multiplier | flags`: counted nouns, normalized to an English singular.
    /// Flags: time (a duration: part of the mention, "des années" counts), one (the article
    /// counts before it: "une journée", "un blessé"), symbol (may precede digits, "$5"), span
    /// (part of the mention: "%", "pour cent"), approx ("un demi-siècle"), clock (after "à",
    /// "at" or before a time zone it is a time of day: "à 22 heures"), standin (counts people
    /// only when no noun follows: "two others", « deux autres »).
    let units: String
    /// Phrases before a number that make it approximate or a bound: "plus de", "about".
    let bounds: String
    /// `role | word, word, ...` closed word classes, roles:
    /// link ("de", "of": between a number and its noun), partitive (after a link, or as one,
    /// a determiner of the whole a count is taken from: "six of the injured", "six des
    /// blessés"), tallyhead (a count named before its figure: "le nombre de cas a dépassé
    /// 1 000", "the number of cases rose to 1,000"), stop (function words: no noun past
    /// them), prenominal (adjectives that may precede the noun in a language where adjectives
    /// follow it), oneguard (before "one" it is a pronoun: "no one"), range ("à", "to": "20 à
    /// 30 manifestants"), datearticle ("le 15": a day, not a count, unless a unit follows),
    /// reference ("article 49.3", "n° 5"), clockprep ("à 22 heures"), month, weekday,
    /// verbending (where adjectives come first, a word so ending closes the noun phrase of "one":
    /// "one senior official confirmed"),
    /// elision (words written with an apostrophe glued to the next: "d'", "jusqu'"),
    /// ordinal (suffixes glued to digits: "1er", "21st"), timemarker ("14h30", "10 pm", "GMT").
    let grammar: String
    /// `plural | suffix | replacement` and `feminine | suffix | replacement`: how to guess the
    /// singular (and masculine) of a noun the unit table does not know.
    let singular: String

    /// Languages with number tables, the first being the fallback.
    static let all: [NumberLanguageData] = [.english, .french]
}
