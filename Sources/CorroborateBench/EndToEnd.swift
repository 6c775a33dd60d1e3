import Foundation
import CorroborateCore
import CorroborateText
import CorroborateExtraction
import CorroborateComparison
import CorroborateReport

/// The generated articles as files, one folder per corpus.
enum CorpusFiles {
    static func write(_ articles: [CorpusGenerator.Article], to folder: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for a in articles {
            try Data(a.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + a.name))
        }
    }
}

/// One `report` run as the command runs it: read every article of a folder, extract,
/// compare, render the Markdown report and the JSON, write both. Runs in a child process
/// (`--child-e2e`) so that its start-up and peak memory are its own.
struct EndToEnd: Sendable {
    var articles = 0
    var bytes = 0
    var claims = 0
    var alignments = 0
    var startup = 0.0
    var read = 0.0
    var extract = 0.0
    var compare = 0.0
    var render = 0.0
    var write = 0.0
    /// Wall time of the child process, launch to exit, as the parent sees it.
    var wall = 0.0
    var peakMemory = 0

    var total: Double { startup + read + extract + compare + render + write }

    static let fields = 12

    var line: String {
        "e2e \(articles) \(bytes) \(claims) \(alignments) \(startup) \(read) \(extract) \(compare) \(render) \(write) \(peakMemory)"
    }

    init() {}

    init?(line: String) {
        let f = line.split(separator: " ").map(String.init)
        guard f.count == EndToEnd.fields, f[0] == "e2e" else { return nil }
        let ints = [1, 2, 3, 4, 11].compactMap { Int(f[$0]) }
        let doubles = (5...10).compactMap { Double(f[$0]) }
        guard ints.count == 5, doubles.count == 6 else { return nil }
        (articles, bytes, claims, alignments, peakMemory) = (ints[0], ints[1], ints[2], ints[3], ints[4])
        (startup, read, extract, compare, render, write) = (doubles[0], doubles[1], doubles[2], doubles[3], doubles[4], doubles[5])
    }

    /// In the child: the whole pipeline on `folder`.
    static func run(folder: String, workers: Int) -> EndToEnd {
        var r = EndToEnd()
        r.startup = Startup.measure().total
        let (readTime, documents) = Measure.time { () -> [Document] in
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            let reader = ArticleReader()
            return names.compactMap { try? reader.read(path: folder + "/" + $0) }
        }
        r.read = readTime
        Measure.trace("read")
        r.articles = documents.count
        r.bytes = documents.reduce(0) { $0 + $1.text.scalars.reduce(0) { $0 + UTF8.width($1) } }
        let (extractTime, analyses) = Measure.time { Extractor().analyze(documents, options: ExtractionOptions(workers: workers)) }
        r.extract = extractTime
        Measure.trace("extract")
        r.claims = analyses.reduce(0) { $0 + $1.claims.count }
        let (compareTime, run) = Measure.time { Comparator().compare(analyses) }
        r.compare = compareTime
        Measure.trace("compare")
        r.alignments = run.alignments.count
        // Rendered as the command renders to a file: each output streamed to its file as it is
        // written, never held whole. `render` is that streaming (rendering and writing
        // interleave); `write` is closing the files.
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let md = StreamedFile(path: base + ".report.md"), json = StreamedFile(path: base + ".report.json")
        r.render = Measure.time { () -> Bool in
            MarkdownRenderer.report(run, name: "bench") { md.write($0) }
            JSONRenderer.write(run) { json.write($0) }
            return true
        }.seconds
        Measure.trace("render")
        r.write = Measure.time { () -> Bool in md.close() && json.close() }.seconds
        r.peakMemory = Measure.peakMemory()
        return r
    }

    /// In the parent: runs the child on `folder` and reads its result line; nil when it
    /// fails or runs over `limit` seconds (then it is stopped).
    static func spawn(folder: String, cores: String, limit: Double) -> EndToEnd? {
        let process = Process()
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        process.executableURL = URL(fileURLWithPath: me)
        process.arguments = ["--child-e2e", folder, "--cores", cores]
        let pipe = Pipe()
        process.standardOutput = pipe
        let (wall, finished) = Measure.time { () -> Bool in
            do { try process.run() } catch { return false }
            let clock = ContinuousClock()
            let deadline = clock.now + .milliseconds(Int(limit * 1000))
            while process.isRunning {
                if clock.now > deadline {
                    process.terminate()
                    process.waitUntilExit()
                    return false
                }
                usleep(2_000)
            }
            return process.terminationStatus == 0
        }
        guard finished else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        guard let text = String(data: output, encoding: .utf8),
              var r = text.split(separator: "\n").lazy.compactMap({ EndToEnd(line: String($0)) }).first else { return nil }
        r.wall = wall
        return r
    }
}
