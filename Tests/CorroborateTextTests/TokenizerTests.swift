import Testing
import CorroborateCore
@testable import CorroborateText

@Suite("Tokenizer: words, elisions, numbers")
struct TokenizerTests {
    func words(_ s: String) -> [String] {
        Tokenizer().tokenize(TextBuffer(s)).map { $0.folded }
    }

    @Test("French elisions are their own word; inner apostrophes stay")
    func elisions() {
        #expect(words("l’agence TASS") == ["l'", "agence", "tass"])
        #expect(words("aujourd’hui d’Alep") == ["aujourd'hui", "d'", "alep"])
        #expect(words("jusqu’à") == ["jusqu'", "a"])
    }

    @Test("English possessive splits off")
    func possessive() {
        #expect(words("Assad’s family") == ["assad", "'s", "family"])
    }

    @Test("hyphenated names and inverted verbs stay whole")
    func hyphens() {
        #expect(words("Bachar al-Assad, a-t-il dit") == ["bachar", "al-assad", ",", "a-t-il", "dit"])
    }

    @Test("numbers keep French and English group separators", arguments: [
        ("3 500 manifestants", "3 500"), ("800.000 personnes", "800.000"), ("3,5 millions", "3,5"),
        ("1.28 million", "1.28"), ("119\u{202F}000 personnes", "119\u{202F}000"), ("en 2015, 200", "2015"),
    ])
    func numbers(_ input: String, _ first: String) {
        let t = Tokenizer().tokenize(TextBuffer(input)).first { $0.isNumber }
        #expect(t?.folded == first)
    }

    @Test("offsets count Unicode scalars")
    func offsets() {
        let toks = Tokenizer().tokenize(TextBuffer("« Déjà » là"))
        #expect(toks.map { $0.start } == [0, 2, 7, 9])
    }
}
