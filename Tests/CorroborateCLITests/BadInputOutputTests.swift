import Testing
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CorroborateCLI

/// Outputs are written whole or not at all, and inputs are never written: a temporary file in
/// the target's folder, renamed over the target; on any error it is removed and the target is
/// left as it was. (Missing folders, /proc, a folder as output and the input as output by its
/// own path are in CLIOutputTests.)
@Suite("Bad output targets (exit 73), safe writing")
struct BadInputOutputTests {
    @Test("-o into a folder even root cannot write (immutable): exit 73, one line, nothing left",
          .enabled(if: ReadOnlyFolder.isSupported, "needs chattr +i (root) or chmod (other users)"))
    func readOnlyFolder() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.makeFolder("locked")
        try ws.write("locked/report.md", "the previous report\n")
        #expect(ReadOnlyFolder.make(ws.file("locked")))
        defer { ReadOnlyFolder.undo(ws.file("locked")) }
        let result = ws.run("report", "articles", "-o", "locked/report.md")
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: locked/report.md: cannot be written: permission denied"])
        #expect(result.stdout.isEmpty)
        #expect(ws.list("locked") == ["report.md"])
        #expect(ws.read("locked/report.md") == "the previous report\n")
    }

    @Test("the default Reports/ folder cannot be written: exit 73, nothing left",
          .enabled(if: ReadOnlyFolder.isSupported, "needs chattr +i (root) or chmod (other users)"))
    func readOnlyReports() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.makeFolder("Reports")
        #expect(ReadOnlyFolder.make(ws.file("Reports")))
        defer { ReadOnlyFolder.undo(ws.file("Reports")) }
        let result = ws.run("report", "articles")
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: Reports/articles.md: cannot be written: permission denied"])
        #expect(ws.list("Reports").isEmpty)
    }

    @Test("-o into a folder the kernel refuses files in (sysfs): exit 73, one line")
    func systemFolder() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let result = ws.run("claims", "articles", "-o", "/sys/corroborate-claims.md")
        #expect(result.exitCode == 73)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("corroborate: /sys/corroborate-claims.md: cannot be written: "))
        #expect(!FileManager.default.fileExists(atPath: "/sys/corroborate-claims.md"))
    }

    @Test("-o onto an input through a link or a hard link: refused, exit 73, the input untouched",
          arguments: ["alias.txt", "hard.txt"])
    func ontoInputAlias(_ output: String) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.symlink("alias.txt", to: ws.file("articles/harbour-fr.txt"))
        try ws.hardLink("hard.txt", to: "articles/harbour-fr.txt")
        let before = ws.bytes("articles/harbour-fr.txt"), print = ws.fingerprint("articles/harbour-fr.txt")
        let result = ws.run("report", "articles", "-o", output)
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: \(output): is one of the input articles; refusing to overwrite it"])
        #expect(ws.bytes("articles/harbour-fr.txt") == before)
        #expect(ws.fingerprint("articles/harbour-fr.txt") == print)
        #expect(ws.list().allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test("with standard input among the articles, -o onto a file article is still refused")
    func ontoInputWithStandardInput() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        let before = ws.bytes("articles/harbour-en.md")
        let result = ws.run(["report", "-", "articles/harbour-en.md", "-o", "articles/harbour-en.md"],
                            stdin: Array("Le port a rouvert lundi, a indiqué la mairie.\n".utf8))
        #expect(result.exitCode == 73)
        #expect(ws.bytes("articles/harbour-en.md") == before)
    }

    @Test("a write that fails half-way (file size limit): exit 73, the old file intact, no temporary left",
          .enabled(if: Executable.isAvailable, "needs the corroborate executable next to the tests"))
    func failedWrite() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("out/report.md", "the previous report\n")
        let old = ws.fingerprint("out/report.md")
        // Files over 1 block fail with EFBIG once SIGXFSZ is ignored; the report is longer.
        let result = Executable.run(["report", "articles", "-o", "out/report.md"], in: ws.path, before: "trap '' XFSZ; ulimit -f 1;")
        #expect(result.exitCode == 73)
        #expect(result.errorLines == ["corroborate: out/report.md: cannot be written: file too large"])
        #expect(result.stdout.isEmpty)
        #expect(ws.list("out") == ["report.md"])
        #expect(ws.read("out/report.md") == "the previous report\n")
        #expect(ws.fingerprint("out/report.md") == old)
        // Without the limit the same run succeeds: the failure was the write, not the run.
        let unlimited = Executable.run(["report", "articles", "-o", "out/report.md"], in: ws.path)
        #expect(unlimited.exitCode == 0)
        #expect((ws.read("out/report.md")?.utf8.count ?? 0) > 1024)
    }

    @Test("the report replaces the old file by a rename: a hard link to the old file keeps the old text")
    func replacedByRename() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("out/report.md", "the previous report\n")
        try ws.hardLink("out/previous.md", to: "out/report.md")
        let result = ws.run("report", "articles", "-o", "out/report.md")
        #expect(result.exitCode == 0)
        #expect(ws.read("out/report.md")?.hasPrefix("#") == true)
        // Written in place, both names would show the new report.
        #expect(ws.read("out/previous.md") == "the previous report\n")
        #expect(ws.list("out") == ["previous.md", "report.md"])
    }

    @Test("a replaced output keeps its permissions; a new one gets the usual ones")
    func permissions() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("out/claims.tsv", "old\n")
        chmod(ws.file("out/claims.tsv"), 0o640)
        #expect(ws.run("claims", "--format", "tsv", "articles", "-o", "out/claims.tsv").exitCode == 0)
        #expect(ws.run("claims", "--format", "tsv", "articles", "-o", "out/new.tsv").exitCode == 0)
        func mode(_ name: String) -> mode_t {
            var info = stat()
            _ = stat(ws.file(name), &info)
            return info.st_mode & 0o777
        }
        #expect(mode("out/claims.tsv") == 0o640)
        let umaskValue = umask(0o022)
        umask(umaskValue)
        #expect(mode("out/new.tsv") == 0o644 & ~umaskValue)
    }

    @Test("a link as output is replaced by the report, never written through")
    func outputLink() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("elsewhere/notes.md", "notes that must survive\n")
        try ws.symlink("report.md", to: ws.file("elsewhere/notes.md"))
        let result = ws.run("report", "articles", "-o", "report.md")
        #expect(result.exitCode == 0)
        #expect(ws.read("elsewhere/notes.md") == "notes that must survive\n")
        #expect(ws.read("report.md")?.hasPrefix("#") == true)
    }

    @Test("kernel events: the output is created under a temporary name, closed, then renamed; no input is opened for writing")
    func fileEvents() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.makeFolder("out")
        let inputs = try #require(FolderEvents(ws.file("articles")))
        let outputs = try #require(FolderEvents(ws.file("out")))
        let result = ws.run("report", "--format", "json", "articles", "-o", "out/run.json")
        #expect(result.exitCode == 0)

        let read = inputs.drain()
        #expect(read.contains { $0.has(IN_OPEN) && $0.name == "harbour-fr.txt" }, "the watch saw nothing: \(read)")
        let writes = read.filter { $0.has(IN_CLOSE_WRITE) || $0.has(IN_MODIFY) || $0.has(IN_ATTRIB) || $0.has(IN_CREATE)
                                   || $0.has(IN_DELETE) || $0.has(IN_MOVED_FROM) || $0.has(IN_MOVED_TO) }
        #expect(writes.isEmpty, "input folder events: \(writes)")

        let written = outputs.drain()
        let created = written.filter { $0.has(IN_CREATE) }.map(\.name)
        #expect(created.count == 1)
        let temporary = created.first ?? ""
        #expect(temporary.hasPrefix(".run.json.") && temporary.hasSuffix(".tmp"))
        #expect(written.contains { $0.has(IN_CLOSE_WRITE) && $0.name == temporary })
        #expect(written.contains { $0.has(IN_MOVED_FROM) && $0.name == temporary })
        #expect(written.contains { $0.has(IN_MOVED_TO) && $0.name == "run.json" })
        // The final name is never opened for writing: it only ever appears by the rename.
        #expect(!written.contains { $0.name == "run.json" && ($0.has(IN_CLOSE_WRITE) || $0.has(IN_MODIFY) || $0.has(IN_CREATE)) })
        #expect(ws.list("out") == ["run.json"])
    }

    @Test("every failing run leaves the folder exactly as it was", arguments: [
        ["report", "articles", "absent.txt"],
        ["report", "articles", "-o", "missing/report.md"],
        ["report", "articles", "-o", "articles/harbour-fr.txt"],
        ["compare", "articles/harbour-fr.txt"],
        ["claims", "--format", "html", "articles"],
        ["report", "articles", "binary.txt"],
    ])
    func nothingLeft(_ arguments: [String]) throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try ws.write("binary.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let before = ws.list(), articles = ws.list("articles")
        let prints = articles.map { ws.fingerprint("articles/" + $0) }
        let result = ws.run(arguments)
        #expect(result.exitCode != 0)
        #expect(result.errorLines.count == 1)
        #expect(ws.list() == before)
        #expect(ws.list("articles") == articles)
        #expect(articles.map { ws.fingerprint("articles/" + $0) } == prints)
    }
}
