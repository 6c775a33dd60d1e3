import CorroborateCore
@testable import CorroborateText

/// Helpers of the reading tests (an enum, so its names cannot clash with other suites').
enum ReadingFixture {
    /// Reads an in-memory article as `article.txt`.
    static func read(_ text: String, language: Language? = nil) throws(InputError) -> Document {
        try ArticleReader().read(bytes: Array(text.utf8), id: "article", path: "article.txt", forcedLanguage: language)
    }

    static func read(bytes: [UInt8], language: Language? = nil) throws(InputError) -> Document {
        try ArticleReader().read(bytes: bytes, id: "article", path: "article.txt", forcedLanguage: language)
    }

    /// The InputError thrown reading `bytes`, or nil when they read fine.
    static func error(_ bytes: [UInt8]) -> InputError? {
        do {
            _ = try read(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Scalar offset of the first occurrence of `needle` in `haystack`.
    static func offset(of needle: String, in haystack: String) -> Int? {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= h.count else { return nil }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// The package root, found from this file's path (Tests/CorroborateTextTests/…).
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }
}

extension Document {
    /// The text a range of this document covers.
    func textOf(_ range: Range<Int>?) -> String? { range.map { text.text($0.lowerBound, $0.upperBound) } }
}
