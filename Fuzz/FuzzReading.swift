// libFuzzer target, the fast one: the stages every byte of an input goes through before
// extraction (decoding, front matter, dateline, title line, byline, language detection,
// tokens, sentences) and the language-neutral time and number recognizers. Hundreds of
// times faster per input than FuzzTarget.swift, so it reaches far more executions.
// Built by `FUZZ_TARGET=reading scripts/fuzz.sh`; inputs are split as in FuzzTarget.swift.
import CorroborateCore
import CorroborateText
import CorroborateTimes
import CorroborateNumbers

@_cdecl("LLVMFuzzerTestOneInput")
public func corroborateFuzzReading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parts: [ArraySlice<UInt8>]
    if let cut = bytes.firstIndex(of: 0x1E) {
        parts = [bytes[..<cut], bytes[(cut + 1)...]]
    } else {
        parts = [bytes[..<(size / 2)], bytes[(size / 2)...]]
    }
    var total = 0
    for (i, part) in parts.enumerated() {
        guard let document = try? ArticleReader().read(bytes: Array(part), id: "fuzz-\(i)", path: "fuzz-\(i).txt") else { continue }
        let tokens = Tokenizer().tokenize(document.text, from: document.bodyStart)
        let segmentation = SentenceSegmenter().segment(document.text, from: document.bodyStart, to: document.text.count)
        let language = document.metadata.language
        let reference = ReferenceDate(date: document.metadata.published ?? (size % 2 == 1 ? PartialDate(iso: "2024-12-08") : nil))
        let times = TimeRecognizer(language: language).recognize(tokens: tokens, text: document.text, reference: reference)
        let numbers = NumberRecognizer(language: language).recognize(tokens: tokens, text: document.text)
        // Every span must lie inside the text: offsets are the contract's.
        for t in times { precondition(0 <= t.start && t.start <= t.end && t.end <= document.text.count) }
        for n in numbers { precondition(0 <= n.start && n.start <= n.end && n.end <= document.text.count) }
        for s in segmentation.sentences { precondition(document.bodyStart <= s.start && s.start < s.end && s.end <= document.text.count) }
        total &+= tokens.count &+ segmentation.sentences.count &+ times.count &+ numbers.count
    }
    return total < 0 ? 1 : 0
}
