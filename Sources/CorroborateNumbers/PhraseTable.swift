import CorroborateCore

/// Phrases of folded tokens ("plus", "de") looked up at a token position: a dictionary on the
/// first token, then the longest phrase that continues to match.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let rest: [String]
        let value: Value
    }

    private var byFirst = WordTable<[Entry]>()
    /// Most hyphen-separated pieces in one first word ("quatre-vingt-dix" has 3).
    private(set) var longestHyphenated = 1

    init() {}

    /// Adds a phrase; the first value given for a phrase wins.
    mutating func add(_ phrase: [String], _ value: Value) {
        guard let first = phrase.first else { return }
        longestHyphenated = max(longestHyphenated, first.unicodeScalars.split(separator: "-").count)
        let rest = Array(phrase.dropFirst())
        var list = byFirst[first, default: []]
        if list.contains(where: { $0.rest == rest }) { return }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        byFirst[first] = list
    }

    /// Every first word of the table's phrases.
    var firstWords: Set<String> { Set(byFirst.words) }

    /// The value of a one-token phrase.
    func single(_ word: String) -> Value? {
        byFirst[word]?.first(where: { $0.rest.isEmpty })?.value
    }

    /// The longest phrase starting at token `i`: how many tokens it covers and its value.
    func match(_ tokens: [Token], at i: Int) -> (count: Int, value: Value)? {
        guard i >= 0, i < tokens.count, let list = byFirst[tokens[i].folded] else { return nil }
        for entry in list where i + entry.rest.count < tokens.count || entry.rest.isEmpty {
            var ok = true
            for (k, word) in entry.rest.enumerated() where tokens[i + 1 + k].folded != word {
                ok = false
                break
            }
            if ok { return (entry.rest.count + 1, entry.value) }
        }
        return nil
    }
}

/// Splits a phrase written in a table the way the tokenizer splits text: spaces separate
/// words, punctuation stands alone, an elided word keeps its apostrophe ("d'", "jusqu'").
enum PhraseSplitter {
    static func tokens(_ phrase: String, elisions: Set<String>) -> [String] {
        var out: [String] = []
        for piece in phrase.split(separator: " ") {
            let folded = Array(ScalarClass.fold(String(piece)).unicodeScalars)
            var current = String.UnicodeScalarView()
            func flush() {
                if !current.isEmpty { out.append(String(current)) }
                current = String.UnicodeScalarView()
            }
            for (k, s) in folded.enumerated() {
                if ScalarClass.isLetter(s) || ScalarClass.isDigit(s)
                    || (s == "-" && !current.isEmpty && k + 1 < folded.count && ScalarClass.isLetter(folded[k + 1])) {
                    current.append(s)
                } else if s == "'" && !current.isEmpty {
                    if elisions.contains(String(current)) || k + 1 == folded.count {
                        current.append(s)
                        flush()
                    } else {
                        current.append(s)
                    }
                } else {
                    flush()
                    out.append(String(s))
                }
            }
            flush()
        }
        return out
    }
}
