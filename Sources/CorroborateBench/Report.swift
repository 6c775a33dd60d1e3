import CorroborateCore

/// The benchmark's results as a small Markdown report.
struct Report: Sendable {
    struct Extraction: Sendable {
        var cores: Int
        var seconds: Double
        /// CPU time of all threads: on a busy machine, MB per CPU second is what one idle
        /// core would do.
        var cpuSeconds: Double
        /// Total CPU over the busiest thread's CPU (see `Measure.parallelism`).
        var parallelism: Double?
        var claims: Int
    }
    struct Comparison: Sendable {
        var claims: Int
        var alignments: Int
        var seconds: Double
    }

    var startup: Startup
    var cores: Int
    var load: Double?
    var extractionCorpus: (articles: Int, bytes: Int)? = nil
    var extraction: [Extraction] = []
    var comparison: Comparison? = nil
    var endToEnd: [EndToEnd] = []
    /// Sizes whose end-to-end run failed or ran over the limit.
    var failedSizes: [Int] = []

    init(startup: Startup, cores: Int, load: Double?) {
        self.startup = startup
        self.cores = cores
        self.load = load
    }

    var markdown: String {
        var out = "## corroborate-bench\n\n"
        out += "\(cores) cores"
        if let load { out += ", load average \(fixed(load, 2)) at start" + (load > 0.5 ? " (busy: figures may be low)" : "") }
        out += ". MB are 10⁶ bytes of UTF-8 input.\n\n"
        out += "Start-up: \(ms(startup.total)) (gazetteer \(ms(startup.gazetteer)), extraction lexicons "
            + "\(ms(startup.extractionLexicons)), first two articles with the reading, time and number lexicons "
            + "\(ms(startup.firstArticles))).\n\n"

        if let corpus = extractionCorpus {
            out += "### Extraction: \(count(corpus.articles)) articles, \(Report.megabytes(corpus.bytes)) MB\n\n"
            out += "| cores | seconds | MB/s | articles/s | CPU seconds | MB per CPU second | claims |\n|---:|---:|---:|---:|---:|---:|---:|\n"
            for e in extraction {
                out += "| \(e.cores) | \(fixed(e.seconds, 3)) | \(fixed(Double(corpus.bytes) / 1e6 / e.seconds, 2)) "
                    + "| \(count(Int((Double(corpus.articles) / e.seconds).rounded()))) | \(fixed(e.cpuSeconds, 3)) "
                    + "| \(fixed(Double(corpus.bytes) / 1e6 / e.cpuSeconds, 2)) | \(count(e.claims)) |\n"
            }
            if let one = extraction.first(where: { $0.cores == 1 }), let all = extraction.first(where: { $0.cores > 1 }) {
                out += "\nSpeed-up on \(all.cores) cores: \(fixed(one.seconds / all.seconds, 2))× in wall time"
                if let p = all.parallelism {
                    out += "; the work was split over \(fixed(p, 2)) threads (total CPU ÷ the busiest thread's CPU), "
                        + "the speed-up to expect, at most, on an idle machine"
                }
                out += ".\n"
            }
            out += "\n"
        }
        if let c = comparison {
            out += "### Comparison\n\n| claims | alignments | seconds | claims aligned/s |\n|---:|---:|---:|---:|\n"
            out += "| \(count(c.claims)) | \(count(c.alignments)) | \(fixed(c.seconds, 3)) | \(count(Int((Double(c.claims) / c.seconds).rounded()))) |\n\n"
        }
        if !endToEnd.isEmpty || !failedSizes.isEmpty {
            out += "### End to end: `report` (read → extract → compare → render Markdown and JSON → write)\n\n"
            out += "| articles | MB | claims | alignments | start-up | read | extract | compare | render | write | total s | process s | peak MB | peak ÷ input |\n"
            out += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
            for r in endToEnd {
                let peak = Double(r.peakMemory) / 1e6
                out += "| \(count(r.articles)) | \(Report.megabytes(r.bytes)) | \(count(r.claims)) | \(count(r.alignments)) "
                    + "| \(fixed(r.startup, 3)) | \(fixed(r.read, 3)) | \(fixed(r.extract, 3)) | \(fixed(r.compare, 3)) "
                    + "| \(fixed(r.render, 3)) | \(fixed(r.write, 3)) | \(fixed(r.total, 3)) | \(fixed(r.wall, 3)) "
                    + "| \(fixed(peak, 0)) | \(fixed(peak / max(1e-9, Double(r.bytes) / 1e6), 1)) |\n"
            }
            for n in failedSizes { out += "| \(count(n)) | failed or over the time limit |||||||||||||\n" }
            out += "\nStage times in seconds; process s is the child process from launch to exit.\n"
            if let a = endToEnd.first(where: { $0.articles == 1_000 }), let b = endToEnd.first(where: { $0.articles == 10_000 }) {
                out += "Growth from 1 000 to 10 000 articles: \(fixed(b.wall / a.wall, 1))× (process time).\n"
            }
            out += "\n"
        }
        return out
    }

    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, bytes < 1_000_000 ? 3 : 1) }
}

/// "12.35": fixed decimals without Foundation's formatter.
func fixed(_ x: Double, _ decimals: Int) -> String {
    guard x.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let n = Int((abs(x) * scale).rounded())
    let whole = n / Int(scale)
    let frac = n % Int(scale)
    return (x < 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + zeroPadded(frac, width: decimals) : "")
}

/// "12 345".
func count(_ n: Int) -> String {
    let s = String(n)
    guard s.count > 3 else { return s }
    var out = ""
    for (i, c) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out += " " }
        out.append(c)
    }
    return out
}

func ms(_ seconds: Double) -> String { fixed(seconds * 1000, 0) + " ms" }
