#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output cannot be written; `description` is the line after "corroborate: ".
struct OutputError: Error, Sendable, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): cannot be written: \(reason)" }
}

/// Writes an output whole or not at all: the text goes to a temporary file in the target's
/// folder (so the final rename stays on one file system), which is then renamed over the
/// target. Any failure removes the temporary file and leaves the target as it was.
enum OutputFile {
    /// Writes `text` at `location`; errors name `path` (the path as the user gave it).
    static func write(_ text: String, to location: String, path: String) throws(OutputError) {
        try write(Array(text.utf8), to: location, path: path)
    }

    /// Writes `bytes` at `location`; errors name `path` (the path as the user gave it).
    static func write(_ bytes: [UInt8], to location: String, path: String) throws(OutputError) {
        try write(to: location, path: path) { sink in sink(bytes) }
    }

    /// Writes what `produce` hands its sink, chunk after chunk, at `location`: a large report
    /// goes to the file as it is rendered instead of being held whole first. Chunks after a
    /// failed write are dropped; the failure is thrown once `produce` returns.
    static func write(to location: String, path: String, _ produce: (_ sink: ([UInt8]) -> Void) -> Void) throws(OutputError) {
        if FileSystem.kind(location) == .folder {
            throw OutputError(path: path, reason: "it is a folder")
        }
        let folder = FileSystem.folder(of: location)
        switch FileSystem.kind(folder) {
        case .folder: break
        case .missing: throw OutputError(path: path, reason: "its folder does not exist")
        default: throw OutputError(path: path, reason: "a part of its path is not a folder")
        }
        let name = location.split(separator: "/").last.map(String.init) ?? location
        let temporary = FileSystem.join(folder, ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let mode = FileSystem.mode(location) ?? 0o644

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            // The folder exists (checked above): ENOENT here means it takes no new files (/proc).
            let code = errno
            throw OutputError(path: path, reason: code == ENOENT ? "no file can be created in its folder" : FileSystem.reason(code))
        }
        var failure: Int32? = nil
        produce { bytes in
            guard failure == nil else { return }
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var offset = 0
                while offset < raw.count {
                    let n = posixWrite(fd, base + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += n
                }
            }
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if failure == nil {
            // open() applied the umask; a replaced file keeps its own permissions.
            if FileSystem.mode(location) != nil { chmod(temporary, mode) }
            if rename(temporary, location) != 0 { failure = errno }
        }
        if let code = failure {
            unlink(temporary)
            throw OutputError(path: path, reason: FileSystem.reason(code))
        }
    }

    /// Creates `folder` (one level) when missing, for the default `Reports/`.
    static func ensureFolder(_ location: String, path: String) throws(OutputError) {
        switch FileSystem.kind(location) {
        case .folder: return
        case .missing:
            if mkdir(location, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: path, reason: "the folder cannot be created: " + FileSystem.reason(errno))
            }
        default:
            throw OutputError(path: path, reason: "exists and is not a folder")
        }
    }
}

/// The POSIX call, out of reach of `OutputFile.write`'s name.
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
