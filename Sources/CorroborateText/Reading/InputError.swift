/// Why an input file cannot be used as an article. Each case carries the path as the user
/// gave it, and `description` is the one line the command-line tool prints after
/// "corroborate: ".
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing at that path.
    case notFound(path: String)
    /// It exists but cannot be read (permission, I/O error); `reason` says why.
    case unreadable(path: String, reason: String)
    /// A folder where an article was expected.
    case isDirectory(path: String)
    /// Not text at all (an image, an archive, NUL or control bytes); `reason` says what it looks like.
    case binary(path: String, reason: String)
    /// Bytes that are text in an encoding the reader does not decode (UTF-16, a legacy code page).
    case notText(path: String, reason: String)
    /// Nothing to read: no bytes, only whitespace, or front matter without a body.
    case empty(path: String, reason: String)
    /// Larger than `ArticleReader.sizeLimit`; `bytes` is nil for a stream (a pipe, standard
    /// input) cut at the limit, whose size is not known.
    case tooLarge(path: String, bytes: Int?)
    /// Would take the articles of one run over `limit` bytes together.
    case runTooLarge(path: String, limit: Int)
    /// A folder holding no `.txt` or `.md` file.
    case noArticles(path: String)

    public var path: String {
        switch self {
        case .notFound(let p), .unreadable(let p, _), .isDirectory(let p), .binary(let p, _),
             .notText(let p, _), .empty(let p, _), .tooLarge(let p, _), .runTooLarge(let p, _), .noArticles(let p):
            return p
        }
    }

    /// What is wrong, without the path.
    public var message: String {
        switch self {
        case .notFound: return "no such file or folder"
        case .unreadable(_, let reason): return "cannot be read: \(reason)"
        case .isDirectory: return "is a folder, not an article"
        case .binary(_, let reason): return "is not text (\(reason))"
        case .notText(_, let reason): return "is not UTF-8 or Latin-1 text (\(reason))"
        case .empty(_, let reason): return reason
        case .tooLarge(_, let bytes):
            let limit = ArticleReader.sizeLimit / 1_048_576
            guard let bytes else { return "is too large (more than \(limit) MB; articles over \(limit) MB are refused)" }
            // Rounded up, so that 8.2 MB does not read as "8 MB; over 8 MB refused".
            return "is too large (\((bytes + 1_048_575) / 1_048_576) MB; articles over \(limit) MB are refused)"
        case .runTooLarge(_, let limit):
            return "takes the articles of this run over \(limit / 1_048_576) MB together; a run reads at most \(limit / 1_048_576) MB"
        case .noArticles: return "holds no article (no .txt or .md file directly inside)"
        }
    }

    public var description: String { "\(path): \(message)" }

    /// sysexits(3): 66 (EX_NOINPUT) when the input is missing or cannot be read, 65
    /// (EX_DATAERR) when it was read but is not usable text.
    public var exitCode: Int32 {
        switch self {
        case .notFound, .unreadable, .isDirectory, .noArticles: return 66
        case .binary, .notText, .empty, .tooLarge, .runTooLarge: return 65
        }
    }
}
