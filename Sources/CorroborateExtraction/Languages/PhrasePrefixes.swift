import CorroborateCore

/// Folded phrases that may open a line, tested against the line's first tokens joined by
/// spaces ("lire la suite", "partager"). Indexed by first word: most lines start with no
/// phrase's first word, and then their words are neither joined nor compared phrase by phrase.
struct PhrasePrefixes: Sendable {
    /// Phrases of one word: a prefix of the line's first token ("partager" opens "partagez-le"
    /// too), since a token holds no space.
    private let oneWord: [String]
    /// Phrases of several words by their first word, which must be the first token whole.
    private let byFirstWord: [String: [String]]
    /// An empty phrase opens every line.
    private let matchesAll: Bool

    init(_ phrases: [String]) {
        var oneWord: [String] = []
        var byFirstWord: [String: [String]] = [:]
        var matchesAll = false
        for p in phrases {
            if p.isEmpty { matchesAll = true; continue }
            if let space = p.firstIndex(of: " ") {
                byFirstWord[String(p[..<space]), default: []].append(p)
            } else {
                oneWord.append(p)
            }
        }
        self.oneWord = oneWord
        self.byFirstWord = byFirstWord
        self.matchesAll = matchesAll
    }

    /// Whether one of the phrases opens the words of `tokens` joined by spaces (at most
    /// `maxWords` of them).
    func opens(_ tokens: ArraySlice<Token>, maxWords: Int = 8) -> Bool {
        if matchesAll { return true }
        guard let first = tokens.first?.folded else { return false }
        for p in oneWord where first.hasPrefix(p) { return true }
        guard let phrases = byFirstWord[first] else { return false }
        let joined = tokens.prefix(maxWords).map(\.folded).joined(separator: " ")
        return phrases.contains { joined.hasPrefix($0) }
    }
}
