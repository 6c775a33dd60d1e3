import Foundation
import CorroborateText

/// Where the tool writes and what it reads as standard input. The real streams for the
/// executable; captured strings for tests, so they drive the same code path in-process.
public protocol ToolIO {
    mutating func writeOut(_ text: String)
    mutating func writeError(_ text: String)
    /// All of standard input, or its first `ArticleReader.sizeLimit + 1` bytes when it is
    /// longer (the article is then refused: no need to hold more); nil when it cannot be read.
    mutating func readInput() -> [UInt8]?
}

/// The process's standard streams.
public struct ProcessIO: ToolIO {
    public init() {}

    public mutating func writeOut(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public mutating func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    public mutating func readInput() -> [UInt8]? {
        let limit = ArticleReader.sizeLimit + 1
        var bytes: [UInt8] = []
        do {
            while bytes.count < limit {
                guard let chunk = try FileHandle.standardInput.read(upToCount: min(1 << 16, limit - bytes.count)), !chunk.isEmpty else { break }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            return nil
        }
        return bytes
    }
}

/// Output kept in memory, and a given standard input.
public struct CapturedIO: ToolIO, Sendable {
    public var stdout = ""
    public var stderr = ""
    public var stdin: [UInt8]

    public init(stdin: [UInt8] = []) { self.stdin = stdin }

    public mutating func writeOut(_ text: String) { stdout += text }
    public mutating func writeError(_ text: String) { stderr += text }
    public mutating func readInput() -> [UInt8]? { stdin }
}

/// What a captured run produced.
public struct ToolResult: Sendable, Hashable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String

    public init(exitCode: Int32, stdout: String, stderr: String) {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }

    /// The lines written to standard error.
    public var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}
