import Testing
import CorroborateCLI

@Suite("CLI: inputs (exit 65 and 66)")
struct CLIInputTests {
    @Test("a missing file: exit 66, one line naming it")
    func missing() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "articles/harbour-fr.txt", "absent.txt")
        #expect(result.exitCode == 66)
        #expect(result.stderr == "corroborate: absent.txt: no such file or folder\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("an empty path names no file: exit 66")
    func emptyPath() throws {
        let result = try CLIWorkspace().run("claims", "")
        #expect(result.exitCode == 66)
        #expect(result.errorLines.count == 1)
    }

    @Test("the default seeds folder missing: exit 66")
    func missingSeeds() throws {
        let ws = try CLIWorkspace()
        let result = ws.run([])
        #expect(result.exitCode == 66)
        #expect(result.stderr == "corroborate: seeds: no such file or folder\n")
    }

    @Test("a folder holding no .txt or .md file: exit 66")
    func emptyFolder() throws {
        let ws = try CLIWorkspace()
        try ws.write("notes/readme.pdf", "%PDF-1.4")
        try ws.write("notes/.hidden.txt", "Le texte caché.")
        try ws.makeFolder("notes/sub.txt")
        let result = ws.run("report", "notes")
        #expect(result.exitCode == 66)
        #expect(result.errorLines == ["corroborate: notes: holds no article (no .txt or .md file directly inside)"])
    }

    @Test("a binary file: exit 65")
    func binary() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("picture.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let result = ws.run("report", "articles", "picture.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: picture.txt: is not text (a PNG image)"])
        #expect(!ws.exists("Reports"))
    }

    @Test("an empty or whitespace-only file: exit 65", arguments: ["", "  \n\n\t"])
    func empty(_ contents: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("articles/blank.txt", contents)
        let result = ws.run("report", "articles")
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: articles/blank.txt: "))
    }

    @Test("every unusable input is reported, one line each; the status is the first one's")
    func severalErrors() throws {
        let ws = try CLIWorkspace()
        try ws.write("empty.txt", "")
        let result = ws.run("claims", "empty.txt", "absent.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines.count == 2)
    }

    @Test("a folder means every .txt and .md file directly inside, in name order")
    func folderExpansion() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("articles/notes.json", "{}")
        try ws.write("articles/nested/deep.txt", "Le texte imbriqué n’est pas lu.")
        let result = ws.run("claims", "--format", "json", "articles")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let en = result.stdout.range(of: "harbour-en"), fr = result.stdout.range(of: "harbour-fr")
        #expect(en != nil && fr != nil)
        if let en, let fr { #expect(en.lowerBound < fr.lowerBound) }
        #expect(!result.stdout.contains("deep"))
    }

    @Test("- reads one article from standard input")
    func standardInput() throws {
        let ws = try CLIWorkspace()
        let result = ws.run("claims", "--format", "json", "-", stdin: "Le port a rouvert lundi, a indiqué la mairie.\n")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("stdin"))
    }

    @Test("empty standard input: exit 65")
    func emptyStandardInput() throws {
        let result = try CLIWorkspace().run("claims", "-", stdin: "")
        #expect(result.exitCode == 65)
        #expect(result.stderr == "corroborate: -: is empty\n")
    }

    @Test("the same article twice is read once, with a warning")
    func duplicates() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "articles/harbour-fr.txt", "articles", "-o", "-")
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: articles/harbour-fr.txt: warning: given more than once; read once"])
    }

    @Test("articles with the same file name in two folders get distinct ids")
    func sameIds() throws {
        let ws = try CLIWorkspace()
        try ws.write("a/story.txt", "Le port a rouvert lundi, a indiqué la mairie.")
        try ws.write("b/story.txt", "The port reopened on Monday, the town hall said.")
        let result = ws.run("report", "--format", "json", "-o", "-", "a", "b")
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("'story-2'"))
    }

    @Test("a Latin-1 file is read, with a warning")
    func latin1() throws {
        let ws = try CLIWorkspace()
        try ws.write("ancien.txt", bytes: Array("Le caf".utf8) + [0xE9] + Array(" a ferm".utf8) + [0xE9] + Array(" hier.".utf8))
        let result = ws.run("claims", "ancien.txt")
        #expect(result.exitCode == 0)
        #expect(result.errorLines == ["corroborate: ancien.txt: warning: is not UTF-8; read as Windows-1252 (Latin-1)"])
    }

    @Test("the seed articles read from the package")
    func seeds() throws {
        let ws = try CLIWorkspace()
        let result = ws.run("compare", CLIWorkspace.packageRoot + "/seeds/000_bb0b4f41c05d164d.txt",
                            CLIWorkspace.packageRoot + "/seeds/002_7a3327bc03810d49.txt")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.isEmpty)
    }
}
