/// The benchmark's command line.
struct BenchOptions: Sendable {
    /// Articles of the extraction and comparison corpus.
    var articles = 2_000
    /// Corpus sizes of the end-to-end runs.
    var sizes = [10, 100, 1_000, 10_000]
    /// Extraction on one core, on all cores, or both.
    var cores: Cores = .both
    /// Runs of each extraction and comparison measure; the best is reported.
    var repeats = 3
    /// Where to write the generated corpus (kept); a temporary folder otherwise.
    var corpusFolder: String? = nil
    /// Only write the corpus of `articles` articles to `corpusFolder`, measure nothing.
    var writeOnly = false
    var skipEndToEnd = false
    var skipExtraction = false
    var skipComparison = false
    /// Seconds an end-to-end run may take before it is stopped.
    var limit = 600.0
    /// Internal: run one end-to-end measure on this folder and print one result line.
    var child: String? = nil

    enum Cores: String, Sendable { case one = "1", all, both }

    static let usage = """
    usage: corroborate-bench [options]

    Generates a corpus of news articles from the project's gazetteer and the benchmark's own
    French and English sentence templates, then measures extraction, comparison and the
    whole `report` pipeline. Build in release: swift run -c release corroborate-bench

    options:
      --articles N        articles of the extraction and comparison corpus (default 2000)
      --sizes A,B,...     corpus sizes of the end-to-end runs (default 10,100,1000,10000)
      --cores 1|all|both  extraction on one core, on all cores, or both (default both)
      --repeat R          runs of each extraction and comparison measure, best kept (default 3)
      --corpus DIR        write the generated corpora there and keep them
      --write-corpus DIR  only write a corpus of --articles articles to DIR (for profiling)
      --limit SECONDS     stop an end-to-end run after this long (default 600)
      --no-e2e            skip the end-to-end runs
      --no-extraction     skip the extraction and comparison measures
      --no-comparison     skip the comparison measure
      -h, --help          this text

    CORROBORATE_BENCH_TRACE=1 prints each end-to-end run's resident and peak memory after
    every stage on standard error.

    """

    static func parse(_ arguments: [String]) -> Result<BenchOptions, BenchError> {
        var o = BenchOptions()
        var i = 0
        func value(_ flag: String) throws(BenchError) -> String {
            i += 1
            guard i < arguments.count else { throw BenchError("\(flag) needs a value") }
            return arguments[i]
        }
        func count(_ flag: String, _ s: String) throws(BenchError) -> Int {
            guard let n = Int(s.filter { $0 != "_" && $0 != " " }), n > 0 else { throw BenchError("\(flag): '\(s)' is not a positive number") }
            return n
        }
        do throws(BenchError) {
            while i < arguments.count {
                let a = arguments[i]
                switch a {
                case "--articles": o.articles = try count(a, value(a))
                case "--sizes":
                    let v = try value(a)
                    o.sizes = try v.split(separator: ",").map { s throws(BenchError) in try count(a, String(s)) }
                case "--cores":
                    let v = try value(a)
                    guard let c = Cores(rawValue: v) else { throw BenchError("--cores: '\(v)' is not 1, all or both") }
                    o.cores = c
                case "--repeat": o.repeats = try count(a, value(a))
                case "--corpus": o.corpusFolder = try value(a)
                case "--write-corpus":
                    o.corpusFolder = try value(a)
                    o.writeOnly = true
                case "--limit": o.limit = Double(try count(a, value(a)))
                case "--no-e2e": o.skipEndToEnd = true
                case "--no-extraction": o.skipExtraction = true
                case "--no-comparison": o.skipComparison = true
                case "--child-e2e": o.child = try value(a)
                case "-h", "--help": throw BenchError("")
                default: throw BenchError("unknown option '\(a)'")
                }
                i += 1
            }
        } catch {
            return .failure(error)
        }
        return .success(o)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
