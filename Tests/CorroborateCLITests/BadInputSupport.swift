import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CorroborateCLI

/// What the bad-input tests need beyond `CLIWorkspace`: file-system tricks (links, an
/// immutable folder), the JSON of a run, and the built `corroborate` executable for the
/// checks that need a process of their own (a file-size limit, per-process hash seeds).
extension CLIWorkspace {
    func file(_ name: String) -> String { path + "/" + name }

    func bytes(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) }
    }

    func symlink(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: file(name), withDestinationPath: target)
    }

    func hardLink(_ name: String, to existing: String) throws {
        try FileManager.default.linkItem(atPath: file(existing), toPath: file(name))
    }

    /// Inode, size and modification time: what changes when a file is written in place.
    func fingerprint(_ name: String) -> [Int]? {
        var info = stat()
        guard stat(file(name), &info) == 0 else { return nil }
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }

    /// The JSON document a run printed, or nil.
    func json(_ arguments: [String], stdin: [UInt8] = []) -> [String: Any]? {
        let result = run(arguments, stdin: stdin)
        guard result.exitCode == 0 else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
    }
}

/// Reading a run's JSON.
enum RunJSON {
    static func articles(_ doc: [String: Any]?) -> [[String: Any]] {
        doc?["articles"] as? [[String: Any]] ?? []
    }

    static func claims(_ doc: [String: Any]?, article: Int = 0) -> [[String: Any]] {
        let list = articles(doc)
        guard article < list.count else { return [] }
        return list[article]["claims"] as? [[String: Any]] ?? []
    }

    static func texts(_ doc: [String: Any]?, article: Int = 0) -> [String] {
        claims(doc, article: article).compactMap { $0["text"] as? String }
    }
}

/// A folder even root cannot write into: `chattr +i` (immutable). Tests run as root here,
/// for whom permission bits mean nothing; as another user, `chmod 555` does the job.
enum ReadOnlyFolder {
    static func make(_ folder: String) -> Bool {
        if getuid() != 0 { return chmod(folder, 0o555) == 0 }
        return Shell.run("/usr/bin/chattr", ["+i", folder]) == 0
            || Shell.run("/bin/chattr", ["+i", folder]) == 0
    }

    static func undo(_ folder: String) {
        if getuid() != 0 { chmod(folder, 0o755); return }
        _ = Shell.run("/usr/bin/chattr", ["-i", folder])
        _ = Shell.run("/bin/chattr", ["-i", folder])
    }

    /// Whether this machine can make one (probed once, in a scratch folder).
    static let isSupported: Bool = {
        let probe = FileManager.default.temporaryDirectory.path + "/corroborate-ro-probe-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else { return false }
        defer { undo(probe); try? FileManager.default.removeItem(atPath: probe) }
        guard make(probe) else { return false }
        let fd = open(probe + "/x", O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd >= 0 { close(fd); unlink(probe + "/x"); return false }
        return true
    }()
}

/// Child processes.
enum Shell {
    /// Runs a program, waits, returns its exit status (-1 when it cannot start).
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: program) else { return -1 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The `corroborate` executable SwiftPM built next to the test bundle, run as a process of
/// its own: each run gets a fresh hash seed (so dictionary order would show), and limits
/// such as a maximum file size apply to it alone.
enum Executable {
    static let path: String? = {
        var candidates: [String] = []
        if let bundle = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("corroborate").path)
        }
        candidates.append(CLIWorkspace.packageRoot + "/.build/debug/corroborate")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { path != nil }

    /// Runs `corroborate arguments...` in `folder` through `/bin/sh -c script`, where the
    /// script may set limits first; `"$@"` stands for the tool and its arguments.
    static func run(_ arguments: [String], in folder: String, before script: String = "") -> ToolResult {
        guard let path else { return ToolResult(exitCode: -1, stdout: "", stderr: "no executable") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script + " exec \"$@\"", "sh", path] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SWIFT_DETERMINISTIC_HASHING")
        process.environment = environment
        // Output to files, not pipes: nothing to drain while the child runs.
        let scratch = FileManager.default.temporaryDirectory.path + "/corroborate-exec-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: scratch + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch + ".out")
            try? FileManager.default.removeItem(atPath: scratch + ".err")
        }
        guard let out = FileHandle(forWritingAtPath: scratch + ".out"), let err = FileHandle(forWritingAtPath: scratch + ".err") else {
            return ToolResult(exitCode: -1, stdout: "", stderr: "no scratch files")
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return ToolResult(exitCode: -1, stdout: "", stderr: "\(error)") }
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let stdout = FileManager.default.contents(atPath: scratch + ".out") ?? Data()
        let stderr = FileManager.default.contents(atPath: scratch + ".err") ?? Data()
        return ToolResult(exitCode: process.terminationStatus,
                          stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Kernel file events in one folder (inotify): proof of how files were opened and replaced,
/// not just of what they contain afterwards.
final class FolderEvents {
    struct Event: Hashable {
        var mask: UInt32
        var name: String
        func has(_ flag: Int32) -> Bool { mask & UInt32(flag) != 0 }
    }

    private let fd: Int32

    init?(_ folder: String) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            close(fd)
            return nil
        }
    }

    deinit { close(fd) }

    /// Every event since the last call.
    func drain() -> [Event] {
        var events: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            var offset = 0
            while offset + 16 <= n {
                func word(_ at: Int) -> UInt32 {
                    UInt32(buffer[at]) | UInt32(buffer[at + 1]) << 8 | UInt32(buffer[at + 2]) << 16 | UInt32(buffer[at + 3]) << 24
                }
                let mask = word(offset + 4), length = Int(word(offset + 12))
                let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                events.append(Event(mask: mask, name: String(decoding: nameBytes, as: UTF8.self)))
                offset += 16 + length
            }
        }
        return events
    }
}
