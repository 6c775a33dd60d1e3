import Testing
import Foundation
import CorroborateCore
import CorroborateText
import CorroborateExtraction
import CorroborateComparison
import CorroborateReport

/// Every input kept in Fixtures/fuzz — inputs that once crashed, hung or ran out of memory,
/// found by the fuzz targets (Fuzz/, scripts/fuzz.sh) or by hand — goes again through what
/// the pipeline fuzz target drives: two articles read, analysed, compared and rendered. Each
/// must come back, quickly, with spans inside the text. The file names say what went wrong.
@Suite("Fuzz regressions: kept inputs run through the pipeline")
struct BadInputFuzzRegressionTests {
    static let folder = CLIWorkspace.packageRoot + "/Tests/CorroborateCLITests/Fixtures/fuzz"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// As Fuzz/FuzzTarget.swift: split at the first 0x1E byte (else in the middle), a
    /// fallback date for odd sizes, unusable parts left out.
    static func replay(_ bytes: [UInt8]) -> RunResult {
        let size = bytes.count
        let parts: [ArraySlice<UInt8>]
        if let cut = bytes.firstIndex(of: 0x1E) {
            parts = [bytes[..<cut], bytes[(cut + 1)...]]
        } else {
            parts = [bytes[..<(size / 2)], bytes[(size / 2)...]]
        }
        var documents: [Document] = []
        for (i, part) in parts.enumerated() {
            if let document = try? ArticleReader().read(bytes: Array(part), id: "fuzz-\(i)", path: "fuzz-\(i).txt") {
                documents.append(document)
            }
        }
        let fallback = size % 2 == 1 ? PartialDate(iso: "2024-12-08") : nil
        let analyses = Extractor().analyze(documents, options: ExtractionOptions(fallbackDate: fallback))
        return Comparator().compare(analyses)
    }

    @Test("the folder holds the kept inputs")
    func folderExists() {
        #expect(!Self.inputs.isEmpty, "no file in \(Self.folder)")
    }

    @Test("each kept input comes back, with every span inside its article", arguments: inputs)
    func replay(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        let clock = ContinuousClock()
        let started = clock.now
        let run = Self.replay([UInt8](bytes))
        for renderer in [JSONRenderer.render(run), MarkdownRenderer.report(run, name: "fuzz"), MarkdownRenderer.compare(run),
                         MarkdownRenderer.claims(run), MarkdownRenderer.claimsByOutlet(run), TSVRenderer.claims(run)] {
            #expect(!renderer.isEmpty)
        }
        for article in run.articles {
            let count = article.text.count
            for claim in article.claims { #expect(0 <= claim.start && claim.start <= claim.end && claim.end <= count) }
            for time in article.times { #expect(0 <= time.start && time.start <= time.end && time.end <= count) }
        }
        // Generous for a debug build on a busy machine; the bugs these inputs found took minutes.
        #expect(clock.now - started < .seconds(60), "\(name) took \(clock.now - started)")
    }
}
