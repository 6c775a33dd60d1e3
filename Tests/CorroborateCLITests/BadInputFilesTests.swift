import Testing
import Foundation
import CorroborateCLI

/// Whatever a scraper hands over, the tool answers with a result or with one line naming the
/// file and what is wrong, under the contract's exit status: 65 not usable text, 66 missing.
/// (Missing files, folders without articles, empty files and PNG signatures are in
/// CLIInputTests; decoding details in CorroborateTextTests.)
@Suite("Bad input: files that are not articles (exit 65, 66)")
struct BadInputUnusableTests {
    @Test("not text: one line naming the file, exit 65, no report", arguments: [
        ("nul.txt", Array("Le port a rouvert".utf8) + [0, 0, 0] + Array(" lundi.".utf8), "is not text (it contains NUL bytes)"),
        ("scan.md", Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "is not text (a PDF document)"),
        ("export.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "is not text (a ZIP archive, such as a .docx, .odt or .epub file)"),
        ("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], "is not text (a JPEG image)"),
        ("bell.txt", Array(repeating: 0x07, count: 40) + Array("Le port a rouvert lundi.".utf8), "is not text (40 control bytes)"),
    ] as [(String, [UInt8], String)])
    func binary(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write(name, bytes: bytes)
        let result = ws.run("report", "articles", name)
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: \(name): \(message)"])
        #expect(result.stdout.isEmpty)
        #expect(!ws.exists("Reports"))
    }

    @Test("undecodable text: neither UTF-8 nor Windows-1252 (Latin-1), exit 65", arguments: [
        // 0x81 is one of the five bytes Windows-1252 leaves undefined.
        (Array("Le caf".utf8) + [0x81] + Array(" a fermé.".utf8), "is not UTF-8 or Latin-1 text (byte 0x81 is undefined in Windows-1252)"),
        ([0xFF, 0xFE] + Array("L\0e\0 \0p\0o\0r\0t\0".utf8), "is not UTF-8 or Latin-1 text (UTF-16; convert it to UTF-8)"),
    ] as [([UInt8], String)])
    func undecodable(_ bytes: [UInt8], _ message: String) throws {
        let ws = try CLIWorkspace()
        try ws.write("legacy.txt", bytes: bytes)
        let result = ws.run("claims", "legacy.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: legacy.txt: \(message)"])
    }

    @Test("text in a Cyrillic code page read as Latin-1 would be mostly accents: refused, exit 65")
    func otherCodePage() throws {
        // "Президент прибыл в Москву" in Windows-1251, long enough for the proportion to tell.
        let word: [UInt8] = [0xCF, 0xF0, 0xE5, 0xE7, 0xE8, 0xE4, 0xE5, 0xED, 0xF2, 0x20, 0xEF, 0xF0, 0xE8, 0xE1, 0xFB, 0xEB,
                             0x20, 0xE2, 0x20, 0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xF3, 0x2E, 0x20]
        let ws = try CLIWorkspace()
        try ws.write("cp1251.txt", bytes: Array([[UInt8]](repeating: word, count: 8).joined()))
        let result = ws.run("claims", "cp1251.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: cp1251.txt: is not UTF-8 or Latin-1 text ("))
    }

    @Test("nothing to read: whitespace of every kind, or front matter alone, exit 65", arguments: [
        ("\u{FEFF}", "contains only whitespace"),
        (" \u{00A0}\u{2003}\u{3000}\r\n\r\n\u{000C}", "contains only whitespace"),
        ("---\noutlet: Le Courrier\npublished: 2024-12-08\n---\n\n  \n", "has front matter but no article text"),
        ("---\r\ntitle: Rien\r\n---\r\n", "has front matter but no article text"),
    ])
    func nothing(_ text: String, _ message: String) throws {
        let ws = try CLIWorkspace()
        try ws.write("void.txt", text)
        let result = ws.run("claims", "void.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: void.txt: \(message)"])
    }

    @Test("an article path that is a folder, or a path through a file: exit 66")
    func notAFile() throws {
        let ws = try CLIWorkspace()
        try ws.write("story.txt", "Le port a rouvert lundi, a indiqué la mairie.")
        try ws.makeFolder("archive.md")
        let folder = ws.run("claims", "story.txt/inner.txt")
        #expect(folder.exitCode == 66)
        #expect(folder.errorLines == ["corroborate: story.txt/inner.txt: no such file or folder"])
        // A folder named like an article is a folder: its articles (none) are read.
        let named = ws.run("claims", "archive.md")
        #expect(named.exitCode == 66)
        #expect(named.errorLines == ["corroborate: archive.md: holds no article (no .txt or .md file directly inside)"])
    }

    @Test("a dangling link: exit 66, naming the link")
    func danglingLink() throws {
        let ws = try CLIWorkspace()
        try ws.symlink("gone.txt", to: ws.file("deleted-long-ago.txt"))
        let result = ws.run("claims", "gone.txt")
        #expect(result.exitCode == 66)
        #expect(result.errorLines == ["corroborate: gone.txt: no such file or folder"])
    }

    @Test("standard input that is not text: exit 65, naming -")
    func binaryStandardInput() throws {
        let result = try CLIWorkspace().run(["claims", "-"], stdin: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: -: is not text (a PNG image)"])
    }
}

@Suite("Bad input: unusual but usable text is read correctly")
struct BadInputUnusualTextTests {
    @Test("Latin-1 bytes are read as the letters they stand for, with one warning")
    func latin1() throws {
        let ws = try CLIWorkspace()
        // "Le café de la gare a fermé, a indiqué le propriétaire." in ISO-8859-1.
        let bytes = Array("Le caf".utf8) + [0xE9] + Array(" de la gare a ferm".utf8) + [0xE9]
            + Array(", a indiqu".utf8) + [0xE9] + Array(" le propri".utf8) + [0xE9] + Array("taire.".utf8)
        try ws.write("latin1.txt", bytes: bytes)
        let result = ws.run("claims", "--format", "json", "latin1.txt")
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: latin1.txt: warning: is not UTF-8; read as Windows-1252 (Latin-1)"])
        let doc = ws.json(["claims", "--format", "json", "latin1.txt"])
        #expect(RunJSON.texts(doc) == ["Le café de la gare a fermé, a indiqué le propriétaire."])
        // One byte, one scalar: offsets still count scalars of the decoded text.
        #expect(RunJSON.claims(doc).first?["end"] as? Int == bytes.count)
    }

    @Test("Windows-1252 punctuation (’ “ ” € … œ) is read as such")
    func windows1252() throws {
        let ws = try CLIWorkspace()
        let bytes = Array("L".utf8) + [0x92] + Array("Etat a d".utf8) + [0xE9] + Array("pens".utf8) + [0xE9]
            + Array(" 5 millions d".utf8) + [0x92] + Array("euros (5 M".utf8) + [0x80] + Array(") pour le ".utf8)
            + [0x93] + Array("c".utf8) + [0x9C] + Array("ur de ville".utf8) + [0x94] + Array(", a dit le maire".utf8) + [0x85]
        try ws.write("cp1252.txt", bytes: bytes)
        let doc = ws.json(["claims", "--format", "json", "cp1252.txt"])
        #expect(RunJSON.texts(doc) == ["L’Etat a dépensé 5 millions d’euros (5 M€) pour le “cœur de ville”, a dit le maire…"])
    }

    @Test("a UTF-8 byte order mark is no character of the article; offsets still count it")
    func byteOrderMark() throws {
        let ws = try CLIWorkspace()
        let body = "---\noutlet: Le Courrier du Port\n---\nLe port a rouvert lundi, a indiqué la mairie.\n"
        try ws.write("bom.txt", "\u{FEFF}" + body)
        try ws.write("plain.txt", body)
        let result = ws.run("claims", "--format", "json", "bom.txt")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let withMark = ws.json(["claims", "--format", "json", "bom.txt"])
        let without = ws.json(["claims", "--format", "json", "plain.txt"])
        #expect(RunJSON.articles(withMark).first?["outlet"] as? String == "Le Courrier du Port")
        #expect(RunJSON.texts(withMark) == RunJSON.texts(without))
        let a = RunJSON.claims(withMark).first?["start"] as? Int, b = RunJSON.claims(without).first?["start"] as? Int
        #expect(a != nil && a == b.map { $0 + 1 })
    }

    @Test("CRLF and lone CR line ends: the same claims as with LF, offsets counting every scalar", arguments: ["\r\n", "\r"])
    func lineEnds(_ end: String) throws {
        let ws = try CLIWorkspace()
        let lines = [
            "---", "outlet: Le Courrier du Port", "published: 2024-12-08", "---",
            "Les dockers ont repris le travail dimanche, a annoncé la direction du port.", "",
            "Selon le syndicat, 1 200 salariés étaient en grève.", "",
        ]
        try ws.write("lf.txt", lines.joined(separator: "\n"))
        try ws.write("other.txt", lines.joined(separator: end))
        let lf = ws.json(["claims", "--format", "json", "lf.txt"])
        let other = ws.json(["claims", "--format", "json", "other.txt"])
        #expect(!RunJSON.texts(lf).isEmpty)
        #expect(RunJSON.texts(other) == RunJSON.texts(lf))
        #expect(RunJSON.articles(other).first?["published"] as? String == "2024-12-08")
        #expect(RunJSON.claims(other).map { $0["when"] as? String } == RunJSON.claims(lf).map { $0["when"] as? String })
        // Each claim starts where its text is in the file.
        let scalars = Array(lines.joined(separator: end).unicodeScalars)
        for claim in RunJSON.claims(other) {
            guard let start = claim["start"] as? Int, let endOffset = claim["end"] as? Int, let text = claim["text"] as? String,
                  start >= 0, start <= endOffset, endOffset <= scalars.count else {
                Issue.record("bad offsets in \(claim)")
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<endOffset])
            #expect(String(view) == text)
        }
    }

    @Test("only quotation marks, or only numbers: read, no claim invented", arguments: [
        "« » “ ” \" \" ‘ ’ „ “ ‹ › « « » »\n",
        "« « « « « « « «\n» » » » » » » »\n",
        "1234567890 3,14 1 000 000 2024-12-08 45 % 99.9 0,5 -42 +7 1er 12/08/2024\n",
        "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\n",
        "1 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000\n",
    ])
    func noWords(_ text: String) throws {
        let ws = try CLIWorkspace()
        try ws.write("odd.txt", text)
        let result = ws.run("claims", "--format", "json", "odd.txt")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let doc = ws.json(["claims", "--format", "json", "odd.txt"])
        #expect(RunJSON.articles(doc).count == 1)
        #expect(RunJSON.claims(doc).allSatisfy { ($0["text"] as? String).map { text.contains($0) } ?? false })
    }

    @Test("unbalanced « and “: every sentence still read, the report still written", arguments: [
        "« Le port restera fermé jusqu’à lundi, a déclaré le maire. Les dockers ont voté la grève, selon la CGT.\n",
        "Le port restera fermé » jusqu’à lundi, a déclaré le maire. Les dockers ont voté la grève, selon la CGT.\n",
        "“The port will stay closed until Monday, the mayor said. The dockers voted to strike, the union said.\n",
        "« Le port “restera fermé », a déclaré le maire. Les dockers ont voté la grève » selon la CGT “.\n",
    ])
    func unbalanced(_ text: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("articles/unbalanced.txt", text)
        let doc = ws.json(["claims", "--format", "json", "articles/unbalanced.txt"])
        let texts = RunJSON.texts(doc)
        #expect(texts.count == 2, "claims: \(texts)")
        let report = ws.run("report", "articles")
        #expect(report.exitCode == 0)
        #expect(ws.read("Reports/articles.md")?.contains("unbalanced") == true)
    }

    @Test("Arabic, Cyrillic and mixed-script text is read whole, offsets intact", arguments: [
        "هرب الرئيس السوري إلى موسكو يوم الأحد، بحسب وكالة تاس. وقال مصدر إن روسيا منحته اللجوء.\n",
        "Президент прибыл в Москву в воскресенье, сообщает ТАСС. Россия предоставила ему убежище.\n",
        "Selon l’agence ТАСС, le président الأسد est arrivé à Москва dimanche. 北京 n’a pas réagi 🇫🇷.\n",
    ])
    func otherScripts(_ text: String) throws {
        let ws = try CLIWorkspace()
        try ws.write("script.txt", text)
        let result = ws.run("claims", "--format", "json", "script.txt")
        #expect(result.exitCode == 0)
        let doc = ws.json(["claims", "--format", "json", "script.txt"])
        let scalars = Array(text.unicodeScalars)
        for claim in RunJSON.claims(doc) {
            guard let start = claim["start"] as? Int, let end = claim["end"] as? Int, start >= 0, start <= end, end <= scalars.count else {
                Issue.record("bad offsets in \(claim)")
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == claim["text"] as? String)
        }
        let tsv = ws.run("claims", "--format", "tsv", "script.txt")
        #expect(tsv.exitCode == 0)
        #expect(tsv.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 11 })
    }
}

@Suite("Bad input: front matter that is broken is read around, with warnings")
struct BadInputFrontMatterTests {
    @Test("never closed: the whole file is the article, one warning, exit 0")
    func unclosed() throws {
        let ws = try CLIWorkspace()
        try ws.write("open.txt", "---\noutlet: Le Courrier\nLe port a rouvert lundi, a indiqué la mairie.\n")
        let result = ws.run("claims", "--format", "json", "open.txt")
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: open.txt: warning: front matter opened with '---' is never closed; the whole file is read as the article"])
        #expect(RunJSON.texts(ws.json(["claims", "--format", "json", "open.txt"])).contains { $0.contains("rouvert") })
    }

    @Test("unknown keys are ignored silently; known ones still read")
    func unknownKeys() throws {
        let ws = try CLIWorkspace()
        try ws.write("keys.md", "---\nauthor_twitter: \"@jmartin\"\noutlet: Le Courrier\ncategory: [port, social]\nx-robots: noindex\n---\nLe port a rouvert lundi, a indiqué la mairie.\n")
        let result = ws.run("claims", "--format", "json", "keys.md")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(RunJSON.articles(ws.json(["claims", "--format", "json", "keys.md"])).first?["outlet"] as? String == "Le Courrier")
    }

    @Test("a bad date, an unsupported language, a line that is not key: value: one warning each, with its line",
          arguments: [
        ("published: hier", "line 2: published 'hier' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); ignored"),
        ("published: 2024-02-30", "line 2: published '2024-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); ignored"),
        ("date: 12/08/2024", "line 2: date '12/08/2024' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); ignored"),
        ("language: klingon", "line 2: language 'klingon' is not supported (fr, en); ignored"),
        ("ceci n’est pas une clé", "line 2: front matter line is not 'key: value'; ignored"),
    ])
    func badValues(_ line: String, _ warning: String) throws {
        let ws = try CLIWorkspace()
        try ws.write("fm.txt", "---\n\(line)\noutlet: Le Courrier\n---\nLe port a rouvert lundi, a indiqué la mairie.\n")
        let result = ws.run("claims", "--format", "json", "fm.txt")
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: fm.txt: warning: \(warning)"])
        let article = RunJSON.articles(ws.json(["claims", "--format", "json", "fm.txt"])).first
        #expect(article?["outlet"] as? String == "Le Courrier")
        #expect(article?["published"] is NSNull)
    }

    @Test("a bad date in front matter falls back to --date")
    func fallbackDate() throws {
        let ws = try CLIWorkspace()
        try ws.write("fm.txt", "---\npublished: yesterday\n---\nLe port a rouvert dimanche, a indiqué la mairie.\n")
        let doc = ws.json(["claims", "--format", "json", "--date", "2024-12-10", "fm.txt"])
        #expect(RunJSON.articles(doc).first?["referenceDate"] as? String == "2024-12-10")
        #expect(RunJSON.claims(doc).first?["when"] as? String == "2024-12-08")
    }
}

@Suite("Bad input: the same article given twice is read once")
struct BadInputDuplicateTests {
    @Test("through a link, a hard link, or a path with ./ and //: read once, one warning", arguments: [
        "link.txt", "hard.txt", "./articles//harbour-fr.txt",
    ])
    func aliases(_ alias: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.symlink("link.txt", to: ws.file("articles/harbour-fr.txt"))
        try ws.hardLink("hard.txt", to: "articles/harbour-fr.txt")
        let result = ws.run("report", "--format", "json", "-o", "-", "articles", alias)
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: \(alias): warning: given more than once; read once"])
        #expect(RunJSON.articles(ws.json(["report", "--format", "json", "-o", "-", "articles", alias])).count == 2)
    }

    @Test("report over one article named twice is one article: exit 64 after the warning")
    func reportTwice() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("report", "articles/harbour-fr.txt", "articles/harbour-fr.txt")
        #expect(result.exitCode == 64)
        #expect(result.errorLines.count == 2)
        #expect(result.errorLines.first == "corroborate: articles/harbour-fr.txt: warning: given more than once; read once")
        #expect(!ws.exists("Reports"))
    }

    @Test("two copies with the same words in different files are two articles, and agree")
    func copies() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("copy/harbour-fr-copy.txt", ws.read("articles/harbour-fr.txt") ?? "")
        let doc = ws.json(["report", "--format", "json", "-o", "-", "articles/harbour-fr.txt", "copy/harbour-fr-copy.txt"])
        #expect(RunJSON.articles(doc).count == 2)
        let alignments = doc?["alignments"] as? [[String: Any]] ?? []
        #expect(!alignments.isEmpty)
        #expect(alignments.allSatisfy { $0["relation"] as? String == "agree" })
    }
}
