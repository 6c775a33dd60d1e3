import Testing
@testable import CorroborateReport

@Suite("Markdown escaping: article text never becomes markup")
struct MarkdownEscapingTests {
    @Test("inline text", arguments: [
        ("# Titre", "\\# Titre"),
        ("Le n° #3 du classement", "Le n° \\#3 du classement"),
        ("1. premier point", "1\\. premier point"),
        ("20) vingt", "20\\) vingt"),
        ("2024-12-08, dimanche", "2024-12-08, dimanche"),
        ("- un tiret", "\\- un tiret"),
        ("+ La foule +", "\\+ La foule +"),
        ("= égal", "\\= égal"),
        ("---", "\\---"),
        ("-5 degrés", "-5 degrés"),
        ("480.000 personnes", "480.000 personnes"),
        ("1.", "1\\."),
        ("a | b", "a \\| b"),
        ("*très* _vraiment_", "\\*très\\* \\_vraiment\\_"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[lien](http://x)", "\\[lien\\](http://x)"),
        ("`code`", "\\`code\\`"),
        ("C:\\dossier", "C:\\\\dossier"),
        ("~~barré~~", "\\~\\~barré\\~\\~"),
        ("AT&T & co", "AT&T & co"),
        ("&amp; &#38; R&D; x", "\\&amp; \\&\\#38; R\\&D; x"),
        ("> citation", "\\> citation"),
        ("« Oui », a-t-il dit.", "« Oui », a-t-il dit."),
    ])
    func text(_ input: String, _ expected: String) {
        #expect(Markdown.text(input) == expected)
    }

    @Test("line breaks, tabs and no-break spaces collapse to one space", arguments: [
        ("ligne\nsuivante", "ligne suivante"),
        ("  début\t\tfin  ", "début fin"),
        ("avant\r\n\r\naprès", "avant après"),
        ("12\u{202F}000 personnes", "12 000 personnes"),
        ("sép\u{2028}aré", "sép aré"),
    ])
    func oneLine(_ input: String, _ expected: String) {
        #expect(Markdown.oneLine(input) == expected)
    }

    @Test("a text is one line as its bytes tell as its scalars tell", arguments: [
        "", " ", "a", "a b", "a  b", " a", "a ", "été à Lyon", "l\u{2019}armée « oui » — non…",
        "a\u{A0}b", "a\u{85}b", "a\u{80}b", "a\u{9F}b", "a\u{A1}b", "a\u{2001}b", "a\u{2002}b", "a\u{200A}b",
        "a\u{200B}b", "a\u{2028}b", "a\u{2029}b", "a\u{202F}b", "a\u{205F}b", "a\u{3000}b", "a\u{3001}b",
        "a\u{FEFF}b", "a\u{FEFE}b", "a\tb", "a\u{7F}b", "fin\u{E9}", "x\u{E2}",
    ])
    func oneLineBytes(_ input: String) {
        #expect(Markdown.isOneLine(input) == Markdown.isOneLineByScalars(input))
    }

    @Test("code spans outgrow the backticks inside; in tables pipes are escaped")
    func code() {
        #expect(Markdown.code("fr-seed:12") == "`fr-seed:12`")
        #expect(Markdown.code("a`b") == "``a`b``")
        #expect(Markdown.code("`x") == "`` `x ``")
        #expect(Markdown.code("a|b", inTable: true) == "`a\\|b`")
        #expect(Markdown.code("a|b") == "`a|b`")
    }

    @Test("quotes are clipped at a word boundary with an ellipsis")
    func clip() {
        let long = String(repeating: "mot ", count: 80)
        let clipped = Markdown.clip(long, max: 50)
        #expect(clipped.hasSuffix("mot…"))
        #expect(clipped.unicodeScalars.count <= 50)
        #expect(Markdown.clip("court", max: 50) == "court")
        #expect(Markdown.quote("Il a dit *oui*.") == "“Il a dit \\*oui\\*.”")
    }

    @Test("empty table cells read as a dash")
    func cell() {
        #expect(Markdown.cell("") == "—")
        #expect(Markdown.cell("a|b") == "a\\|b")
    }
}
