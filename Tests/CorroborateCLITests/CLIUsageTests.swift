import Testing
import CorroborateCore
@testable import CorroborateCLI

@Suite("CLI: help, version and bad usage (exit 64)")
struct CLIUsageTests {
    @Test("help on the tool and on every command: exit 0, on standard output", arguments: [
        ["--help"], ["-h"], ["help"], ["report", "--help"], ["compare", "-h"], ["claims", "--help"],
        ["help", "claims"], ["claims", "--by-outlet", "--format", "nonsense", "-h"],
    ])
    func help(_ arguments: [String]) throws {
        let result = try CLIWorkspace().run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Usage"))
        #expect(result.stdout.contains("Exit status"))
        #expect(result.stderr.isEmpty)
    }

    @Test("the tool's help lists the commands and options")
    func helpContents() throws {
        let text = try CLIWorkspace().run("--help").stdout
        for word in ["report", "compare", "claims", "--by-outlet", "--format", "-o, --output", "--date", "--lang", "--version", "64", "65", "66", "73"] {
            #expect(text.contains(word), "help lacks \(word)")
        }
    }

    @Test("--version, on its own or after a command", arguments: [["--version"], ["report", "--version"]])
    func version(_ arguments: [String]) throws {
        let result = try CLIWorkspace().run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "corroborate 0.1.0\n")
    }

    @Test("bad usage: exit 64, one line on standard error pointing at --help", arguments: [
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["--frob"], "unknown option '--frob'"),
        (["report", "--frob", "a.txt", "b.txt"], "unknown option '--frob' for report"),
        (["report", "-x", "a.txt", "b.txt"], "unknown option '-x'"),
        (["report"], "missing argument"),
        (["compare"], "missing arguments"),
        (["claims"], "missing argument"),
        (["claims", "a.txt", "-o"], "missing value for -o"),
        (["claims", "a.txt", "--output", "--format", "json"], "missing value for --output"),
        (["claims", "--format", "html", "a.txt"], "unknown format 'html'"),
        (["report", "--format", "tsv", "a.txt", "b.txt"], "unknown format 'tsv' for report"),
        (["compare", "--format=tsv", "a.txt", "b.txt"], "unknown format 'tsv' for compare"),
        (["claims", "--date", "2024-13-01", "a.txt"], "bad date '2024-13-01'"),
        (["claims", "--date", "hier", "a.txt"], "bad date 'hier'"),
        (["claims", "--date=08/12/2024", "a.txt"], "bad date '08/12/2024'"),
        (["claims", "--lang", "de", "a.txt"], "unsupported language 'de'"),
        (["report", "--by-outlet", "a.txt", "b.txt"], "unknown option '--by-outlet' for report"),
        (["claims", "--by-outlet=yes", "a.txt"], "--by-outlet takes no value"),
    ])
    func badUsage(_ arguments: [String], _ message: String) throws {
        let result = try CLIWorkspace().run(arguments)
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: "))
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("--help"))
    }

    @Test("compare needs exactly two distinct articles: exit 64")
    func compareCount() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("third.txt", "Le port a rouvert ses portes lundi, selon la mairie.\n")

        let one = ws.run("compare", "articles/harbour-fr.txt")
        #expect(one.exitCode == 64)
        #expect(one.stderr.contains("exactly two"))

        let three = ws.run("compare", "articles", "third.txt")
        #expect(three.exitCode == 64)

        // The same article twice is one article: a warning, then the usage error.
        let twice = ws.run("compare", "articles/harbour-fr.txt", "./articles/harbour-fr.txt")
        #expect(twice.exitCode == 64)
        #expect(twice.errorLines.count == 2)
        #expect(twice.errorLines.first?.contains("given more than once") == true)
    }

    @Test("report needs at least two articles: exit 64")
    func reportCount() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("report", "articles/harbour-fr.txt")
        #expect(result.exitCode == 64)
        #expect(!ws.exists("Reports"))
    }
}

@Suite("CLI: the argument parser")
struct ArgumentParserTests {
    func parse(_ arguments: [String]) throws -> ParsedCommandLine {
        try ArgumentParser().parse(arguments)
    }

    @Test("no arguments is report seeds")
    func defaultCommand() throws {
        #expect(try parse([]) == .run(Invocation(command: .report, paths: ["seeds"])))
    }

    @Test("options before, between and after paths; --opt=value; -- ends options")
    func options() throws {
        var expected = Invocation(command: .claims, paths: ["a.txt", "-", "-b.txt"])
        expected.format = .tsv
        expected.output = "-"
        expected.date = PartialDate(year: 2024, month: 12)
        expected.language = .english
        expected.byOutlet = true
        let parsed = try parse(["claims", "--format=tsv", "a.txt", "-o", "-", "--by-outlet", "-", "--date", "2024-12", "--lang=en", "--", "-b.txt"])
        #expect(parsed == .run(expected))
    }

    @Test("--date takes a day, a month or a year", arguments: [("2024-12-08", "2024-12-08"), ("2024-12", "2024-12"), ("2024", "2024")])
    func dates(_ value: String, _ iso: String) throws {
        guard case .run(let invocation) = try parse(["claims", "--date", value, "a.txt"]) else {
            Issue.record("not a run")
            return
        }
        #expect(invocation.date?.iso == iso)
    }

    @Test("--format md is markdown; the last of a repeated option wins")
    func formats() throws {
        guard case .run(let invocation) = try parse(["report", "--format", "json", "--format", "md", "a", "b"]) else {
            Issue.record("not a run")
            return
        }
        #expect(invocation.format == .markdown)
    }
}
