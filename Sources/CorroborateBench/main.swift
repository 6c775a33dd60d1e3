import Foundation
import CorroborateCore
import CorroborateText
import CorroborateGazetteer
import CorroborateExtraction
import CorroborateComparison
import CorroborateReport

// corroborate-bench: see BenchOptions.usage. Every measure runs in release builds only
// for figures worth reading: swift run -c release corroborate-bench

let options: BenchOptions
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let o): options = o
case .failure(let e):
    if e.description.isEmpty {
        print(BenchOptions.usage, terminator: "")
        exit(0)
    }
    FileHandle.standardError.write(Data("corroborate-bench: \(e)\n\(BenchOptions.usage)".utf8))
    exit(2)
}

if let folder = options.child {
    // One end-to-end run in a fresh process: its start-up and peak memory are its own.
    let result = EndToEnd.run(folder: folder, workers: options.cores == .one ? 1 : 0)
    print(result.line)
    exit(0)
}

#if DEBUG
FileHandle.standardError.write(Data("corroborate-bench: warning: debug build; measure with swift run -c release corroborate-bench\n".utf8))
#endif

let startup = Startup.measure()
let generator = CorpusGenerator(world: BenchWorld(gazetteer: .shared))

if options.writeOnly, let folder = options.corpusFolder {
    let articles = generator.articles(options.articles)
    do {
        try CorpusFiles.write(articles, to: folder)
    } catch {
        FileHandle.standardError.write(Data("corroborate-bench: \(folder): \(error)\n".utf8))
        exit(1)
    }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    print("\(folder): \(articles.count) articles, \(Report.megabytes(bytes)) MB")
    exit(0)
}

var report = Report(startup: startup, cores: Measure.processorCount, load: Measure.loadAverage)

if !options.skipExtraction {
    let articles = generator.articles(options.articles)
    let documents = articles.compactMap { a in
        try? ArticleReader().read(bytes: Array(a.text.utf8), id: ArticleReader.id(forPath: a.name), path: a.name)
    }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    report.extractionCorpus = (documents.count, bytes)
    var analyses: [ArticleAnalysis] = []
    var settings: [Int] = []
    if options.cores != .all { settings.append(1) }
    if options.cores != .one { settings.append(0) }
    for workers in settings {
        var best = Double.infinity
        var bestCPU = Double.infinity
        var parallelism: Double? = nil
        for _ in 0..<options.repeats {
            let cpu = Measure.cpuSeconds()
            let ticks = Measure.threadTicks()
            let (s, value) = Measure.time { Extractor().analyze(documents, options: ExtractionOptions(workers: workers)) }
            best = min(best, s)
            bestCPU = min(bestCPU, Measure.cpuSeconds() - cpu)
            if let p = Measure.parallelism(from: ticks, to: Measure.threadTicks()) { parallelism = max(parallelism ?? 0, p) }
            analyses = value
        }
        report.extraction.append(Report.Extraction(cores: workers == 1 ? 1 : Measure.processorCount, seconds: best,
                                                   cpuSeconds: bestCPU, parallelism: parallelism,
                                                   claims: analyses.reduce(0) { $0 + $1.claims.count }))
    }
    if !options.skipComparison {
        var best = Double.infinity
        var alignments = 0
        for _ in 0..<options.repeats {
            let (s, run) = Measure.time { Comparator().compare(analyses) }
            best = min(best, s)
            alignments = run.alignments.count
        }
        report.comparison = Report.Comparison(claims: analyses.reduce(0) { $0 + $1.claims.count }, alignments: alignments, seconds: best)
    }
}

if !options.skipEndToEnd {
    let root = options.corpusFolder ?? NSTemporaryDirectory() + "corroborate-bench-\(getpid())"
    let all = generator.articles(options.sizes.max() ?? 0)
    for size in options.sizes {
        let folder = root + "/n\(size)"
        do {
            try CorpusFiles.write(Array(all.prefix(size)), to: folder)
        } catch {
            FileHandle.standardError.write(Data("corroborate-bench: \(folder): \(error)\n".utf8))
            exit(1)
        }
        if let run = EndToEnd.spawn(folder: folder, cores: options.cores == .one ? "1" : "all", limit: options.limit) {
            report.endToEnd.append(run)
        } else {
            report.failedSizes.append(size)
            FileHandle.standardError.write(Data("corroborate-bench: the end-to-end run on \(size) articles failed or ran over \(Int(options.limit)) s\n".utf8))
        }
    }
    if options.corpusFolder == nil { try? FileManager.default.removeItem(atPath: root) }
}

print(report.markdown, terminator: "")
