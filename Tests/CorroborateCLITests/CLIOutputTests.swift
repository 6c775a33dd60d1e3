import Testing
import CorroborateCLI

@Suite("CLI: outputs (Reports/, -o, exit 73)")
struct CLIOutputTests {
    @Test("no arguments: report seeds into Reports/seeds.md, printing the path")
    func defaultRun() throws {
        let ws = try CLIWorkspace()
        try ws.write("seeds/a.txt", "Le port a rouvert lundi après la grève, a indiqué la mairie.")
        try ws.write("seeds/b.txt", "The port reopened on Monday after the strike, the town hall said.")
        let result = ws.run([])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Reports/seeds.md\n")
        #expect(result.stderr.isEmpty)
        #expect(ws.read("Reports/seeds.md")?.isEmpty == false)
    }

    @Test("report names its file after the folder, or after the article ids", arguments: [
        (["report", "articles"], "Reports/articles.md"),
        (["report", "articles/"], "Reports/articles.md"),
        (["report", "--format", "json", "articles"], "Reports/articles.json"),
        (["report", "articles/harbour-fr.txt", "articles/harbour-en.md"], "Reports/harbour-fr-harbour-en.md"),
    ])
    func reportName(_ arguments: [String], _ expected: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stdout == expected + "\n")
        #expect(ws.exists(expected))
        #expect(ws.list("Reports").allSatisfy { !$0.hasPrefix(".") }, "a temporary file was left")
    }

    @Test("many articles: the name is shortened")
    func longName() throws {
        let ws = try CLIWorkspace()
        for i in 1...6 {
            try ws.write("article-with-a-rather-long-name-\(i).txt", "Le port a rouvert lundi, a indiqué la mairie numéro \(i).")
        }
        let paths = (1...6).map { "article-with-a-rather-long-name-\($0).txt" }
        let result = ws.run(["report"] + paths)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Reports/article-with-a-rather-long-name-1-article-with-a-rather-long-name-2-and-4-more.md\n")
    }

    @Test("-o - writes to standard output and no file")
    func standardOutput() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("report", "articles", "-o", "-")
        #expect(result.exitCode == 0)
        #expect(!result.stdout.isEmpty)
        #expect(!result.stdout.hasPrefix("Reports/"))
        #expect(!ws.exists("Reports"))
    }

    @Test("compare and claims print to standard output", arguments: [
        ["compare", "articles/harbour-fr.txt", "articles/harbour-en.md"],
        ["claims", "articles"], ["claims", "--by-outlet", "articles"], ["claims", "--format", "tsv", "articles"],
        ["compare", "--format", "json", "articles"],
    ])
    func printed(_ arguments: [String]) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run(arguments)
        #expect(result.exitCode == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(!ws.exists("Reports"))
    }

    @Test("JSON output starts with the contract's version")
    func json() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "--format=json", "articles")
        #expect(result.stdout.contains("\"version\""))
    }

    @Test("-o FILE writes the file whole, replacing an old one, and prints its path")
    func outputFile() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("out/claims.tsv", "old contents that must go away entirely\n")
        let result = ws.run("claims", "--format", "tsv", "-o", "out/claims.tsv", "articles")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "out/claims.tsv\n")
        #expect(ws.read("out/claims.tsv")?.contains("old contents") == false)
        #expect(ws.list("out") == ["claims.tsv"])
    }

    @Test("an output whose folder is missing: exit 73, nothing written")
    func missingFolder() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("report", "articles", "-o", "missing/report.md")
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: missing/report.md: cannot be written: its folder does not exist"])
        #expect(result.stdout.isEmpty)
    }

    @Test("an output under a regular file (not a folder): exit 73")
    func underFile() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("notes.txt.bak", "a file")
        let result = ws.run("claims", "articles", "-o", "notes.txt.bak/out.md")
        #expect(result.exitCode == 73)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: notes.txt.bak/out.md: cannot be written"))
    }

    @Test("an output the system refuses (under /proc): exit 73")
    func refused() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "articles", "-o", "/proc/corroborate-out.md")
        #expect(result.exitCode == 73)
        #expect(result.errorLines.count == 1)
    }

    @Test("an output that is a folder: exit 73")
    func folderOutput() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "articles", "-o", "articles")
        #expect(result.exitCode == 73)
        #expect(result.stderr.contains("is a folder") || result.stderr.contains("it is a folder"))
    }

    @Test("an output onto one of the inputs: exit 73, the input untouched", arguments: [
        "articles/harbour-fr.txt", "./articles/harbour-fr.txt",
    ])
    func ontoInput(_ output: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let before = ws.read("articles/harbour-fr.txt")
        let result = ws.run("report", "articles", "-o", output)
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: \(output): is one of the input articles; refusing to overwrite it"])
        #expect(ws.read("articles/harbour-fr.txt") == before)
    }

    @Test("Reports exists as a file: exit 73")
    func reportsIsAFile() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("Reports", "not a folder")
        let result = ws.run("report", "articles")
        #expect(result.exitCode == 73)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: Reports: "))
    }
}
