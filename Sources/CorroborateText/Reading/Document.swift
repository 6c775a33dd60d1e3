import CorroborateCore

/// An article as read from its file: metadata, the decoded text, and where the body lies.
/// Offsets are scalar offsets into `text`, which holds the whole file (front matter included,
/// and a UTF-8 byte order mark as the scalar U+FEFF) so that claim offsets count from the
/// start of the file.
public struct Document: Sendable {
    public var metadata: ArticleMetadata
    public var text: TextBuffer
    /// Where the body starts (after front matter and an opening dateline).
    public var bodyStart: Int
    /// A title line at the top of the body, if any: never a claim.
    public var titleRange: Range<Int>?
    /// An inline stamp such as " date 2024-12" opening the body.
    public var datelineRange: Range<Int>?
    /// The language came from front matter or --lang rather than detection.
    public var languageIsDeclared: Bool
    /// The `---` block, closing line included, when the article has front matter.
    public var frontMatterRange: Range<Int>?
    /// A byline line near the top of the body ("Par Jeanne Martin avec AFP"): never a claim.
    public var bylineRange: Range<Int>?
    /// The byline without its label ("Jeanne Martin avec AFP"), or front matter `author`.
    public var byline: String?
    /// How the bytes were decoded.
    public var encoding: TextDecoding.Encoding
    /// Unusual but harmless things about the input (a bad `published` value, an unclosed
    /// front matter, a Latin-1 file), one line each, for the user.
    public var warnings: [String]

    public init(metadata: ArticleMetadata, text: TextBuffer, bodyStart: Int,
                titleRange: Range<Int>? = nil, datelineRange: Range<Int>? = nil, languageIsDeclared: Bool = false,
                frontMatterRange: Range<Int>? = nil, bylineRange: Range<Int>? = nil, byline: String? = nil,
                encoding: TextDecoding.Encoding = .utf8, warnings: [String] = []) {
        self.metadata = metadata
        self.text = text
        self.bodyStart = bodyStart
        self.titleRange = titleRange
        self.datelineRange = datelineRange
        self.languageIsDeclared = languageIsDeclared
        self.frontMatterRange = frontMatterRange
        self.bylineRange = bylineRange
        self.byline = byline
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The body as text (from `bodyStart`).
    public var body: String { text.text(bodyStart, text.count) }
}
