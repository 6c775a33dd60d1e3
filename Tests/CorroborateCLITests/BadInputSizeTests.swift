import Testing
import Foundation
import CorroborateCLI
import CorroborateText

/// Sizes: an article over `ArticleReader.sizeLimit` (8 MB), or a run over
/// `ArticleInputs.runLimit` (32 MB), is refused at once with one line and exit 65, rather
/// than analysed for minutes in gigabytes; below the limits, pathological shapes (a megabyte
/// without punctuation) still finish, in time that grows with the size, not its square.
///
/// The cases that analyse the largest accepted inputs take minutes in a debug build and run
/// only with CORROBORATE_LARGE_TESTS=1 (`CORROBORATE_LARGE_TESTS=1 swift test --filter BadInputSize`).
@Suite("Bad input: sizes and limits")
struct BadInputSizeTests {
    static let large = ProcessInfo.processInfo.environment["CORROBORATE_LARGE_TESTS"] == "1"

    /// A file of `size` bytes that takes no room on disk (a sparse file): the size check must
    /// refuse it before reading it.
    func sparse(_ ws: CLIWorkspace, _ name: String, size: UInt64) throws {
        try ws.write(name, "")
        let handle = try #require(FileHandle(forWritingAtPath: ws.file(name)))
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    /// At most `count` bytes (UTF-8) of French prose written for these tests, in paragraphs
    /// of a few sentences; one endless sentence when not `punctuated`.
    static func prose(_ count: Int, punctuated: Bool = true, seed: UInt64 = 1) -> String {
        let words = ["le", "port", "de", "la", "ville", "a", "rouvert", "lundi", "après", "grève", "selon", "mairie",
                     "et", "les", "dockers", "ont", "repris", "travail", "Jean", "Dupont", "dit", "que", "syndicat",
                     "1 200", "salariés", "Marseille", "préfecture", "décembre", "hier", "trois", "semaines"]
        var generator = SeededGenerator(seed: seed)
        var out = String.UnicodeScalarView()
        var length = 0, sentence = 0
        while true {
            let word = words[Int(generator.next() % UInt64(words.count))]
            guard length + word.utf8.count + 3 <= count else { break }
            for s in word.unicodeScalars { out.append(s) }
            length += word.utf8.count
            sentence += 1
            if punctuated, sentence > 12, generator.next() % 4 == 0 {
                out.append(".")
                length += 1
                sentence = 0
                if generator.next() % 8 == 0 {
                    out.append("\n")
                    length += 1
                }
            }
            out.append(" ")
            length += 1
        }
        return String(out)
    }

    @Test("a 100 MB article is refused at once: exit 65, one line, nothing read")
    func hundredMegabytes() throws {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        try sparse(ws, "articles/huge.txt", size: 100 * 1_048_576)
        let clock = ContinuousClock(), started = clock.now
        let result = ws.run("report", "articles")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: articles/huge.txt: is too large (100 MB; articles over 8 MB are refused)"])
        #expect(!ws.exists("Reports"))
        #expect(clock.now - started < .seconds(5))
    }

    @Test("one byte over the limit is refused; the limit itself is documented in the help")
    func justOver() throws {
        let ws = try CLIWorkspace()
        try sparse(ws, "over.txt", size: UInt64(ArticleReader.sizeLimit + 1))
        let result = ws.run("claims", "over.txt")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: over.txt: is too large (9 MB; articles over 8 MB are refused)"])
        #expect(ws.run("--help").stdout.contains("over 8 MB"))
        #expect(ws.run("--help").stdout.contains("32 MB"))
    }

    @Test("100 MB on standard input: refused, exit 65")
    func standardInput() throws {
        let ws = try CLIWorkspace()
        let result = ws.run(["claims", "-"], stdin: [UInt8](repeating: 0x61, count: 100 * 1_048_576))
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: -: is too large (more than 8 MB; articles over 8 MB are refused)"])
    }

    @Test("100 MB piped into the tool: it reads the limit and a byte, then refuses",
          .enabled(if: Executable.isAvailable, "needs the corroborate executable"))
    func pipe() throws {
        let ws = try CLIWorkspace()
        let clock = ContinuousClock(), started = clock.now
        let result = Executable.run(["claims", "-"], in: ws.path, before: "yes 'Le port a rouvert lundi, a dit le maire.' | head -c 104857600 |")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: -: is too large (more than 8 MB; articles over 8 MB are refused)"])
        #expect(clock.now - started < .seconds(30))
    }

    @Test("more than 32 MB of articles in one run: refused at the article that passes it, exit 65")
    func runTotal() throws {
        let ws = try CLIWorkspace()
        // Five articles of 7 MB, each under the limit; the fifth takes the run to 35 MB.
        let body = Array(String(repeating: "Le port a rouvert lundi, a dit le maire. ", count: 7 * 1_048_576 / 42).utf8)
        for name in ["a", "b", "c", "d", "e"] { try ws.write("articles/\(name).txt", bytes: body) }
        let result = ws.run("report", "articles")
        #expect(result.exitCode == 65)
        #expect(result.errorLines == ["corroborate: articles/e.txt: takes the articles of this run over 32 MB together; a run reads at most 32 MB"])
        #expect(!ws.exists("Reports"))
    }

    @Test("a 1 MB line without punctuation: read, cut into sentences, every claim inside the line")
    func longLine() throws {
        let ws = try CLIWorkspace()
        let line = Self.prose(1_048_576, punctuated: false)
        try ws.write("line.txt", line)
        let clock = ContinuousClock(), started = clock.now
        let result = ws.run("claims", "--format", "json", "line.txt")
        let elapsed = clock.now - started
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let doc = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        let claims = RunJSON.claims(doc)
        #expect(!claims.isEmpty)
        let scalars = line.unicodeScalars.count
        #expect(claims.allSatisfy { ($0["start"] as? Int ?? -1) >= 0 && ($0["end"] as? Int ?? .max) <= scalars })
        // No claim is longer than the longest sentence the segmenter makes.
        #expect(claims.allSatisfy { (($0["end"] as? Int ?? 0) - ($0["start"] as? Int ?? 0)) <= 2_000 })
        // Linear: about 15 s of one core in a debug build; quadratic steps took hours.
        #expect(elapsed < .seconds(120), "took \(elapsed)")
    }

    @Test("an article at the size limit is analysed (large: CORROBORATE_LARGE_TESTS=1)", .enabled(if: large))
    func atTheLimit() throws {
        let ws = try CLIWorkspace()
        try ws.write("big.txt", Self.prose(ArticleReader.sizeLimit))
        let result = ws.run("claims", "--format", "tsv", "big.txt")
        #expect(result.exitCode == 0)
        #expect(result.stdout.split(separator: "\n").count > 1_000)
    }

    @Test("two 4 MB articles are compared (large: CORROBORATE_LARGE_TESTS=1)", .enabled(if: large))
    func twoLarge() throws {
        let ws = try CLIWorkspace()
        try ws.write("a.txt", Self.prose(4 * 1_048_576, seed: 2))
        try ws.write("b.txt", Self.prose(4 * 1_048_576, seed: 3))
        let result = ws.run("compare", "--format", "json", "a.txt", "b.txt")
        #expect(result.exitCode == 0)
    }

    @Test("a line without punctuation as long as the limit (large: CORROBORATE_LARGE_TESTS=1)", .enabled(if: large))
    func longLineAtTheLimit() throws {
        let ws = try CLIWorkspace()
        try ws.write("line.txt", Self.prose(ArticleReader.sizeLimit, punctuated: false, seed: 4))
        let result = ws.run("claims", "--format", "tsv", "line.txt")
        #expect(result.exitCode == 0)
    }
}

/// SplitMix64: the same "random" prose on every machine and run.
struct SeededGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
