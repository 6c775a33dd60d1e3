/// One token of an article: a word (letters, inner hyphens), a number (digits with inner
/// separators), or one punctuation scalar. Offsets are scalar offsets into the file.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Lowercased, diacritics removed, apostrophes as ', dashes as -.
    public var folded: String
    /// First scalar is uppercase.
    public var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two ("TASS", "ONU").
    public var isAllCaps: Bool
    /// Whitespace separates this token from the previous one (or it starts the text).
    public var spaceBefore: Bool

    public init(kind: Kind, start: Int, end: Int, folded: String, isCapitalized: Bool, isAllCaps: Bool, spaceBefore: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.folded = folded
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public func isPunctuation(_ p: String) -> Bool { kind == .punctuation && folded == p }
}
