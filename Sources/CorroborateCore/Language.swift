/// A language the extractors know. A struct rather than an enum so that adding a language
/// means adding lexicon files, not editing a switch in every engine.
public struct Language: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let code: String
    public init(_ code: String) { self.code = code }

    public static let french = Language("fr")
    public static let english = Language("en")
    /// Languages with lexicons, in the order language detection tries them.
    public static let supported: [Language] = [.french, .english]

    public var description: String { code }
    public static func < (a: Language, b: Language) -> Bool { a.code < b.code }
}
