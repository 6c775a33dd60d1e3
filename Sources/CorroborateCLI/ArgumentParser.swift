import CorroborateCore
import CorroborateText

/// A hand-written parser for the tool's small command line (no third-party packages).
///
/// `corroborate [COMMAND] [OPTIONS] PATH...`: options may come before, between or after the
/// paths; `--opt=value` and `--opt value` both work; `--` ends the options; `-` alone is a
/// path (standard input). `-h`/`--help` anywhere before `--` asks for help, and wins over
/// any error elsewhere on the line, as does `--version`.
public struct ArgumentParser: Sendable {
    /// The folder `corroborate` with no arguments reports on.
    public static let defaultFolder = "seeds"

    public init() {}

    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommandLine {
        guard let first = arguments.first else {
            return .run(Invocation(command: .report, paths: [ArgumentParser.defaultFolder]))
        }
        switch first {
        case "-h", "--help":
            return .help(nil)
        case "--version":
            return .version
        case "help":
            guard arguments.count > 1 else { return .help(nil) }
            guard let command = Command(rawValue: arguments[1]) else {
                throw UsageError("unknown command '\(arguments[1])'", command: nil)
            }
            return .help(command)
        default:
            break
        }
        guard let command = Command(rawValue: first) else {
            if first.hasPrefix("-") && first != "-" {
                throw UsageError("unknown option '\(first)'; a command comes first (report, compare or claims)", command: nil)
            }
            throw UsageError("unknown command '\(first)'", command: nil)
        }
        let rest = Array(arguments.dropFirst())
        // Help and version win over everything else on the line.
        for argument in rest {
            if argument == "--" { break }
            if argument == "-h" || argument == "--help" { return .help(command) }
            if argument == "--version" { return .version }
        }
        return .run(try parse(rest, command: command))
    }

    private func parse(_ arguments: [String], command: Command) throws(UsageError) -> Invocation {
        var invocation = Invocation(command: command, paths: [])
        var i = 0
        var optionsEnded = false
        func fail(_ message: String) -> UsageError { UsageError(message, command: command) }

        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                invocation.paths.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            // "--name=value" or "--name value".
            var name = argument
            var inlineValue: String? = nil
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                inlineValue = String(argument[argument.index(after: eq)...])
            }
            func value() throws(UsageError) -> String {
                if let v = inlineValue { return v }
                guard i < arguments.count, arguments[i] == "-" || !arguments[i].hasPrefix("-") else {
                    throw fail("missing value for \(name)")
                }
                i += 1
                return arguments[i - 1]
            }
            switch name {
            case "--format":
                let v = try value()
                let allowed: [OutputFormat] = command == .claims ? [.markdown, .json, .tsv] : [.markdown, .json]
                let format: OutputFormat? = v == "md" ? .markdown : OutputFormat(rawValue: v.lowercased())
                guard let format, allowed.contains(format) else {
                    let list = allowed.map(\.rawValue).joined(separator: ", ")
                    throw fail("unknown format '\(v)' for \(command.rawValue) (choose from \(list))")
                }
                invocation.format = format
            case "-o", "--output":
                let v = try value()
                guard !v.isEmpty else { throw fail("missing value for \(name)") }
                invocation.output = v
            case "--date":
                let v = try value()
                guard let date = PartialDate(iso: v), date.year != nil else {
                    throw fail("bad date '\(v)' for --date (use YYYY-MM-DD, YYYY-MM or YYYY)")
                }
                invocation.date = date
            case "--lang":
                let v = try value()
                guard let language = ReadingLexicon.language(named: v) else {
                    let list = Language.supported.map(\.code).joined(separator: ", ")
                    throw fail("unsupported language '\(v)' for --lang (choose from \(list))")
                }
                invocation.language = language
            case "--by-outlet" where command == .claims:
                guard inlineValue == nil else { throw fail("--by-outlet takes no value") }
                invocation.byOutlet = true
            default:
                throw fail("unknown option '\(name)' for \(command.rawValue)")
            }
        }
        guard !invocation.paths.isEmpty else {
            switch command {
            case .compare: throw fail("missing arguments: compare needs two articles")
            case .report: throw fail("missing argument: report needs articles or a folder")
            case .claims: throw fail("missing argument: claims needs at least one article")
            }
        }
        return invocation
    }
}
