import CorroborateCore
import CorroborateText
import CorroborateGazetteer
import Testing

/// The lengths `nameLengths` gives, found the slow way: every run of tokens from `i`, joined.
private func slowLengths(_ tokens: [Token], at i: Int) -> [Int] {
    let longest = min(Gazetteer.shared.maxNameLength, tokens.count - i)
    guard longest > 0 else { return [] }
    return (1...longest).reversed().filter { n in
        !Gazetteer.shared.entries(forFoldedName: tokens[i..<i + n].map(\.folded).joined(separator: " ")).isEmpty
    }
}

@Suite("Name lengths: the runs of tokens that spell a known name, without building strings")
struct NameLengthTests {
    @Test("The longest name first, then the shorter ones it starts with", arguments: [
        ("l’agence TASS a cité le Kremlin", 0, [3]),
        ("Bachar al-Assad est arrivé à Moscou", 0, [2]),
        ("selon la Maison Blanche", 2, [2]),
        ("the White House said", 1, [2]),
        ("the Foreign Ministry said", 1, [2]),
        ("des habitants de Deir ez-Zor", 3, [2, 1]),
        ("rien de connu ici", 0, []),
    ])
    func lengths(_ example: (String, Int, [Int])) {
        let tokens = Tokenizer().tokenize(TextBuffer(example.0))
        #expect(Gazetteer.shared.nameLengths(tokens, at: example.1) == slowLengths(tokens, at: example.1))
        #expect(Gazetteer.shared.nameLengths(tokens, at: example.1).first == example.2.first)
    }

    @Test("Every position of French and English sentences agrees with the joined look-up", arguments: [
        "Selon l’agence de presse russe TASS, le président syrien déchu est arrivé dimanche à Moscou avec sa famille.",
        "The Kremlin said on Sunday that the former Syrian leader had landed in Moscow, Reuters reported.",
        "Des manifestants se sont rassemblés place de la République à Paris, selon la préfecture de police.",
        "U.S. officials met the Turkish foreign minister in Ankara and then flew to Tel Aviv.",
    ])
    func everyPosition(_ sentence: String) {
        let tokens = Tokenizer().tokenize(TextBuffer(sentence))
        for i in tokens.indices {
            #expect(Gazetteer.shared.nameLengths(tokens, at: i) == slowLengths(tokens, at: i), "at token \(i): \(tokens[i].folded)")
        }
    }

    @Test("Every name of every entry is found at the start of its own tokens")
    func everyName() {
        for entry in Gazetteer.shared.allEntries {
            for name in entry.names.values.flatMap({ $0 }) + entry.shortNames {
                let tokens = Tokenizer().tokenize(TextBuffer(name))
                guard !tokens.isEmpty, !Gazetteer.shared.entries(forFoldedName: Gazetteer.foldedName(name)).isEmpty else { continue }
                #expect(Gazetteer.shared.nameLengths(tokens, at: 0).first == tokens.count, "\(name)")
            }
        }
    }
}
