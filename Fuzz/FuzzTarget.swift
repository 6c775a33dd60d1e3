// libFuzzer target: two articles through the whole library pipeline (reading, extraction,
// comparison, every renderer). Built by scripts/fuzz.sh, not by SwiftPM.
//
// The input is split in two articles at its first 0x1E byte (ASCII record separator), or in
// the middle when there is none. An odd-sized input also gets a fallback reference date, as
// `--date` gives, and the size picks the Markdown or TSV renderer. Unusable articles (binary,
// empty…) are left out, as the tool reports them and stops; what must never happen is a
// crash, a hang or unbounded memory.
// Tests/CorroborateCLITests/BadInputFuzzRegressionTests.swift replays kept inputs the same way.
import CorroborateCore
import CorroborateText
import CorroborateExtraction
import CorroborateComparison
import CorroborateReport

@_cdecl("LLVMFuzzerTestOneInput")
public func corroborateFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
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
    let run = Comparator().compare(analyses)
    // JSON every time; one of the other renderers in turn (rendering all of them each time
    // would cost a third of every execution).
    var total = JSONRenderer.render(run).utf8.count
    switch (size / 2) % 5 {
    case 0: total &+= MarkdownRenderer.report(run, name: "fuzz").utf8.count
    case 1: total &+= MarkdownRenderer.compare(run).utf8.count
    case 2: total &+= MarkdownRenderer.claims(run).utf8.count
    case 3: total &+= MarkdownRenderer.claimsByOutlet(run).utf8.count
    default: total &+= TSVRenderer.claims(run).utf8.count
    }
    return total < 0 ? 1 : 0
}
