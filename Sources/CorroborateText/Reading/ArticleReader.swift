import CorroborateCore

/// Reads an article file into a `Document`: decodes it, refuses what is not text, reads its
/// front matter and the metadata the body itself carries (dateline stamp, title line, byline),
/// and settles its language.
///
/// Decisions worth knowing:
/// - Offsets count Unicode scalars from the first byte of the file. A UTF-8 byte order mark
///   is kept in the text as U+FEFF (whitespace to every engine), so offsets match a reader
///   that decodes the file as plain UTF-8. CRLF and lone CR line ends are kept too.
/// - Bytes that are not valid UTF-8 are read as Windows-1252 (Latin-1 plus ’ “ ” € … in
///   0x80–0x9F), with a warning.
/// - Language: front matter `language` first, then `forcedLanguage` (`--lang`), then
///   detection. `--lang` sets the language of articles that do not declare one; it does not
///   overrule what an article says of itself.
/// - Files over `sizeLimit` (8 MiB) are refused: no news article comes near it (the dev
///   articles have under 20 KB), and the analysis holds about 40 bytes of memory per byte of
///   text and takes seconds per megabyte, so a larger file is a mistake that would look like
///   a hang, not an article.
public struct ArticleReader: Sendable {
    public static let sizeLimit = 8 * 1_048_576

    public init() {}

    /// Reads the article at `path` (as given; also used as the document's path).
    public func read(path: String, forcedLanguage: Language? = nil) throws(InputError) -> Document {
        let bytes = try ArticleFile.bytes(at: path)
        return try read(bytes: bytes, id: ArticleReader.id(forPath: path), path: path, forcedLanguage: forcedLanguage)
    }

    /// An article's id: its file name without the extension ("seeds/002_7a33.txt" → "002_7a33").
    public static func id(forPath path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return name.isEmpty ? path : String(name)
    }

    public func read(bytes: [UInt8], id: String, path: String, forcedLanguage: Language? = nil) throws(InputError) -> Document {
        guard bytes.count <= ArticleReader.sizeLimit else { throw .tooLarge(path: path, bytes: bytes.count) }
        guard !bytes.isEmpty else { throw .empty(path: path, reason: "is empty") }
        let scalars: [Unicode.Scalar]
        let encoding: TextDecoding.Encoding
        switch TextDecoding.decode(bytes) {
        case .success(let decoded):
            scalars = decoded.scalars
            encoding = decoded.encoding
        case .failure(.binary(let what)):
            throw .binary(path: path, reason: what)
        case .failure(.otherEncoding(let what)):
            throw .notText(path: path, reason: what)
        }
        guard scalars.contains(where: { !ScalarClass.isSpace($0) }) else {
            throw .empty(path: path, reason: "contains only whitespace")
        }
        var warnings: [String] = []
        if encoding == .windows1252 { warnings.append("is not UTF-8; read as Windows-1252 (Latin-1)") }

        let text = TextBuffer(scalars: scalars)
        var metadata = ArticleMetadata(id: id, path: path)
        let start = scalars.first == "\u{FEFF}" ? 1 : 0
        var bodyStart = start

        // Front matter.
        var frontMatterRange: Range<Int>? = nil
        var declared: Language? = nil
        var byline: String? = nil
        switch FrontMatter.parse(scalars, from: start) {
        case .absent:
            break
        case .unclosed:
            warnings.append("front matter opened with '---' is never closed; the whole file is read as the article")
        case .notFrontMatter:
            break
        case .found(let fm):
            frontMatterRange = fm.range
            bodyStart = fm.range.upperBound
            for line in fm.malformedLines {
                warnings.append("line \(line): front matter line is not 'key: value'; ignored")
            }
            metadata.outlet = fm.value("outlet")?.value
            metadata.url = fm.value("url")?.value
            metadata.title = fm.value("title")?.value
            byline = (fm.value("author") ?? fm.value("byline"))?.value
            if let field = fm.value("published") ?? fm.value("date") {
                if let date = ArticleReader.publicationDate(field.value) {
                    metadata.published = date
                } else {
                    warnings.append("line \(field.line): \(field.key) '\(field.value)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY); ignored")
                }
            }
            if let field = fm.value("language") ?? fm.value("lang") {
                if let language = ReadingLexicon.language(named: field.value) {
                    declared = language
                } else {
                    let known = ReadingLexicon.all.map { $0.language.code }.joined(separator: ", ")
                    warnings.append("line \(field.line): language '\(field.value)' is not supported (\(known)); ignored")
                }
            }
        }
        guard scalars[bodyStart...].contains(where: { !ScalarClass.isSpace($0) }) else {
            throw .empty(path: path, reason: "has front matter but no article text")
        }

        // Metadata the body carries: a dateline stamp, then a title line and a byline, in
        // either order, possibly followed by the stamp.
        var datelineRange: Range<Int>? = nil
        var titleRange: Range<Int>? = nil
        var bylineRange: Range<Int>? = nil
        var titleText: String? = nil
        func takeDateline(at offset: Int) {
            guard datelineRange == nil, let stamp = DatelineStamp.find(in: text, from: offset) else { return }
            datelineRange = stamp.range
            bodyStart = max(bodyStart, stamp.range.upperBound)
            if metadata.published == nil { metadata.published = stamp.date }
        }
        takeDateline(at: bodyStart)
        var cursor = bodyStart
        for _ in 0..<3 {
            guard let line = ReadingLine.firstNonBlank(scalars, from: cursor) else { break }
            if bylineRange == nil, let found = Byline.at(text, line) {
                bylineRange = found.range
                if byline == nil { byline = found.text }
            } else if titleRange == nil, let found = TitleLine.at(scalars, line) {
                titleRange = found.range
                titleText = found.title
            } else {
                break
            }
            cursor = line.next
            takeDateline(at: cursor)
            cursor = max(cursor, bodyStart)
        }
        if metadata.title == nil { metadata.title = titleText }
        guard scalars[bodyStart...].contains(where: { !ScalarClass.isSpace($0) }) else {
            throw .empty(path: path, reason: "has a dateline but no article text")
        }

        // Language.
        let languageIsDeclared: Bool
        if let language = declared ?? forcedLanguage {
            metadata.language = language
            languageIsDeclared = true
        } else {
            metadata.language = LanguageDetector().detect(text, from: bodyStart).language
            languageIsDeclared = false
        }

        return Document(metadata: metadata, text: text, bodyStart: bodyStart, titleRange: titleRange,
                        datelineRange: datelineRange, languageIsDeclared: languageIsDeclared,
                        frontMatterRange: frontMatterRange, bylineRange: bylineRange, byline: byline,
                        encoding: encoding, warnings: warnings)
    }

    /// A `published` value: `2024-12-08`, `2024-12`, `2024`, or a timestamp whose date part is
    /// one (`2024-12-08T10:30:00Z`, `2024-12-08 10:30`).
    static func publicationDate(_ value: String) -> PartialDate? {
        var v = Array(value.trimmingSpaces().unicodeScalars)
        if v.count > 10, v[10] == "T" || v[10] == " " { v = Array(v[0..<10]) }
        let s = ReadingLine.string(v, 0..<v.count)
        guard let date = PartialDate(iso: s), date.year != nil else { return nil }
        return date
    }
}
