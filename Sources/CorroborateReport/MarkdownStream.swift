import CorroborateCore

/// The bytes of a Markdown view as it is written, handed to a sink in chunks: a large run's
/// report (hundreds of MB for 10 000 articles, most of it the facts × articles table) is never
/// held whole, neither as one `String` nor as bytes.
struct MarkdownStream {
    /// Bytes handed on once this many are ready.
    static let chunkSize = 1 << 20

    private(set) var buffer: [UInt8] = []
    private let sink: ([UInt8]) -> Void

    init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
        buffer.reserveCapacity(MarkdownStream.chunkSize + MarkdownStream.chunkSize / 4)
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= MarkdownStream.chunkSize { flush() }
    }

    mutating func write(_ bytes: ArraySlice<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= MarkdownStream.chunkSize { flush() }
    }

    /// Writes `piece(0)`, `piece(1)`… up to `count`, built on every core a batch at a time and
    /// written in order: a large report's facts, groups and rows are independent pieces.
    mutating func writeAll(_ count: Int, batch: Int = MarkdownStream.batch, _ piece: @Sendable (Int) -> String) {
        var start = 0
        while start < count {
            let end = Swift.min(count, start + batch), offset = start
            let texts = ChunkedMap.run(end - start) { range in range.map { piece(offset + $0) } }
            for t in texts { write(t) }
            start = end
        }
    }

    /// Pieces built together by `writeAll`: enough to share among cores (`ChunkedMap` runs
    /// fewer than 512 on one), few enough to hold.
    static let batch = 2048

    /// Hands on what is buffered; the last call of a view.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Runs `body` with a stream into `sink`, flushed at the end.
    static func run(to sink: ([UInt8]) -> Void, _ body: (inout MarkdownStream) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var stream = MarkdownStream(sink: sink)
            body(&stream)
            stream.flush()
        }
    }
}
