import Foundation
import CorroborateCLI

/// A temporary working folder for one test: the tool runs "in" it through
/// `CommandLineTool(workingDirectory:)`, so tests can run in parallel without `chdir`.
final class CLIWorkspace {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/corroborate-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Runs `corroborate arguments...` in this folder.
    func run(_ arguments: String..., stdin: String = "") -> ToolResult {
        CommandLineTool(workingDirectory: path).run(arguments, standardInput: Array(stdin.utf8))
    }

    func run(_ arguments: [String], stdin: [UInt8] = []) -> ToolResult {
        CommandLineTool(workingDirectory: path).run(arguments, standardInput: stdin)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func makeFolder(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + name, withIntermediateDirectories: true)
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }

    /// Every name in a folder of the workspace, hidden ones included.
    func list(_ folder: String = ".") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + folder)) ?? []).sorted()
    }

    /// Two short articles of one story, in French and English, written for these tests.
    func writeStory() throws {
        try write("articles/harbour-fr.txt", """
        ---
        outlet: Le Courrier du Port
        published: 2024-12-08
        language: fr
        ---
        Les dockers ont repris le travail dimanche après trois semaines de grève, a annoncé la direction du port.

        Selon le syndicat, 1 200 salariés étaient en grève.
        """)
        try write("articles/harbour-en.md", """
        ---
        outlet: Harbour Gazette
        published: 2024-12-09
        ---
        The dockers went back to work on Sunday after a three-week strike, the port said.

        The union said 1,200 workers had been on strike.
        """)
    }

    /// The package root, found from this file's path (Tests/CorroborateCLITests/…).
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }
}
