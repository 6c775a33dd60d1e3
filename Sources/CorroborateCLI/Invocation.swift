import CorroborateCore

/// The commands of the tool.
public enum Command: String, Sendable, CaseIterable {
    case report, compare, claims
}

/// Output formats; `tsv` is for `claims` only.
public enum OutputFormat: String, Sendable, CaseIterable {
    case markdown, json, tsv

    /// Extension of a default output file.
    var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .tsv: return "tsv"
        }
    }
}

/// One parsed command line, ready to run.
public struct Invocation: Sendable, Equatable {
    public var command: Command
    /// As given: files, folders, `-` for standard input.
    public var paths: [String]
    public var format: OutputFormat = .markdown
    /// `-o FILE`; `-` is standard output; nil means the command's default.
    public var output: String? = nil
    /// `--date`: the reference date of articles that carry none.
    public var date: PartialDate? = nil
    /// `--lang`: the language of articles that do not declare one.
    public var language: Language? = nil
    /// `claims --by-outlet`.
    public var byOutlet = false

    public init(command: Command, paths: [String]) {
        self.command = command
        self.paths = paths
    }
}

/// What the command line asks for.
public enum ParsedCommandLine: Sendable, Equatable {
    case run(Invocation)
    /// Help, for one command or (nil) for the tool.
    case help(Command?)
    case version
}

/// A bad command line: one line for standard error, and which help to point at.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var command: Command?

    public init(_ message: String, command: Command?) {
        self.message = message
        self.command = command
    }

    public var description: String {
        let help = command.map { "corroborate \($0.rawValue) --help" } ?? "corroborate --help"
        return "\(message) (see '\(help)')"
    }
}
