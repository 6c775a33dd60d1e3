#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names, so that "a.txt", "./a.txt" and a link to it are one article,
/// and an output path can be checked against the inputs.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}

/// The few file-system questions the tool asks, answered with POSIX calls.
enum FileSystem {
    enum Kind: Sendable { case missing, file, folder, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    static func identity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
    }

    /// Permission bits of an existing file, to keep them when it is replaced.
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Names in a folder (without "." and ".."), nil when it cannot be listed.
    static func names(in folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out
    }

    /// The last component of a path, ignoring trailing slashes; for "." and "..", the name
    /// of the folder they stand for.
    static func baseName(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        var name = p.split(separator: "/").last.map(String.init) ?? String(p)
        if name == "." || name == ".." || name.isEmpty, let real = realPath(path) {
            name = real.split(separator: "/").last.map(String.init) ?? name
        }
        return name
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder part of a path ("." when there is none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// A path inside a folder given by the user ("seeds" + "a.txt" → "seeds/a.txt").
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A one-line reason for an errno value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "its folder does not exist"
        case ENOTDIR: return "a part of its path is not a folder"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "no space left on the device"
        case EISDIR: return "it is a folder"
        default:
            return (strerror(code).map { String(cString: $0) } ?? "error \(code)").lowercased()
        }
    }
}
