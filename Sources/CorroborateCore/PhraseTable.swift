/// Multi-word lexicon entries ("il y a", "la semaine dernière"), indexed by their first folded
/// word so that trying a table at a token costs one dictionary probe.
///
/// The lookups are `@inlinable` so that the modules reading a table (times, extraction) get
/// them specialized for its value type: called generic across modules, each call instantiated
/// the tuple and array metadata at run time.
public struct PhraseTable<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        @usableFromInline let words: [String]
        @usableFromInline let value: Value
    }

    @usableFromInline var byFirst = WordTable<[Entry]>()

    public init() {}

    /// Adds a phrase written as words separated by spaces (folded here).
    public mutating func add(_ phrase: String, _ value: Value) {
        let words = phrase.split(separator: " ").map { ScalarClass.fold(String($0)) }
        guard let first = words.first else { return }
        var list = byFirst[first] ?? []
        list.append(Entry(words: words, value: value))
        // Longest first, so the first hit is the longest match.
        list.sort { $0.words.count > $1.words.count }
        byFirst[first] = list
    }

    /// The words entries start with.
    public var firstWords: Set<String> { Set(byFirst.words) }

    /// Every entry that starts at token `i`, longest first, with the index after its last token.
    @inlinable
    public func matches(_ tokens: [Token], at i: Int) -> [(end: Int, value: Value)] {
        guard i < tokens.count, let list = byFirst[tokens[i].folded] else { return [] }
        var out: [(end: Int, value: Value)] = []
        for entry in list where Self.matches(entry.words, tokens, i, end: tokens.count) {
            out.append((i + entry.words.count, entry.value))
        }
        return out
    }

    /// The longest entry that starts at token `i` and ends by token `end` (a clause's end).
    @inlinable
    public func match(_ tokens: [Token], at i: Int, end: Int? = nil) -> (end: Int, value: Value)? {
        let limit = min(end ?? tokens.count, tokens.count)
        guard i < limit, let list = byFirst[tokens[i].folded] else { return nil }
        for entry in list where Self.matches(entry.words, tokens, i, end: limit) {
            return (i + entry.words.count, entry.value)
        }
        return nil
    }

    /// The longest entry that starts at folded word `i` of `words` and ends by `end`.
    public func match(folded words: [String], at i: Int, end: Int) -> (end: Int, value: Value)? {
        let limit = min(end, words.count)
        guard i < limit, let list = byFirst[words[i]] else { return nil }
        for entry in list where i + entry.words.count <= limit
            && (1..<max(1, entry.words.count)).allSatisfy({ words[i + $0] == entry.words[$0] }) {
            return (i + entry.words.count, entry.value)
        }
        return nil
    }

    @inlinable
    static func matches(_ words: [String], _ tokens: [Token], _ i: Int, end: Int) -> Bool {
        guard i + words.count <= end else { return false }
        for k in 1..<max(1, words.count) where tokens[i + k].folded != words[k] { return false }
        return true
    }
}
