#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of an input file with POSIX calls, so that "missing", "permission denied"
/// and "is a folder" are told apart (Foundation's `contents(atPath:)` only says nil). Inputs
/// are only ever opened read-only.
public enum ArticleFile {
    /// The bytes of the file at `location`; errors name `path` (the path as the user gave it,
    /// when `location` was resolved against another working directory).
    public static func bytes(at location: String, path: String? = nil, limit: Int = ArticleReader.sizeLimit) throws(InputError) -> [UInt8] {
        let shown = path ?? location
        guard !location.isEmpty else { throw .notFound(path: shown) }
        var info = stat()
        if stat(location, &info) != 0 {
            throw error(errno, shown)
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw .isDirectory(path: shown) }
        let isRegular = kind == S_IFREG
        if isRegular && Int(info.st_size) > limit { throw .tooLarge(path: shown, bytes: Int(info.st_size)) }

        let fd = open(location, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw error(errno, shown) }
        defer { close(fd) }

        // Pipes and character devices (`/dev/stdin`, `<(…)`) have no size: read in chunks.
        var out: [UInt8] = []
        if isRegular { out.reserveCapacity(Int(info.st_size)) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(errno, shown)
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
            if out.count > limit { throw .tooLarge(path: shown, bytes: isRegular ? out.count : nil) }
        }
        return out
    }

    private static func error(_ code: Int32, _ path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path: path)
        case EACCES, EPERM: return .unreadable(path: path, reason: "permission denied")
        case EISDIR: return .isDirectory(path: path)
        default:
            let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            return .unreadable(path: path, reason: reason.lowercased())
        }
    }
}
