/// A sentence of a body, with what segmentation learnt about it.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// Index of the block (line-separated paragraph) the sentence belongs to.
    public var block: Int
    /// The quotation (index into `Segmentation.quotes`) the sentence starts inside or opens, if any.
    public var quote: Int?
    /// A heading, sub-heading or other line that is not running text.
    public var isHeading: Bool

    public init(start: Int, end: Int, block: Int, quote: Int?, isHeading: Bool) {
        self.start = start
        self.end = end
        self.block = block
        self.quote = quote
        self.isHeading = isHeading
    }
}

/// A quotation « … » or “ … ” (possibly over several sentences).
public struct Quotation: Sendable, Hashable {
    public var open: Int
    /// Offset of the closing mark (or of the block end when the quote is never closed).
    public var close: Int
    public init(open: Int, close: Int) {
        self.open = open
        self.close = close
    }
    public func contains(_ offset: Int) -> Bool { offset > open && offset < close }
}

public struct Segmentation: Sendable {
    public var sentences: [Sentence]
    public var quotes: [Quotation]
    public init(sentences: [Sentence], quotes: [Quotation]) {
        self.sentences = sentences
        self.quotes = quotes
    }
}
