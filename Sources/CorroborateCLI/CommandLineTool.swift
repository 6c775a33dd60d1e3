import CorroborateCore
import CorroborateText
import CorroborateExtraction
import CorroborateComparison
import CorroborateReport

/// The `corroborate` command: parses the command line, reads the articles, runs the
/// pipeline, writes the output. A library type so that tests drive the very code the
/// executable runs, in-process, with captured streams and their own working directory.
///
/// Every error is one line on standard error, `corroborate: <path>: <what is wrong>`, and
/// the exit status is one of `ExitStatus`.
public struct CommandLineTool: Sendable {
    /// Relative paths (inputs, `-o`, the default `Reports/`) resolve against this folder;
    /// nil is the process's current directory.
    public var workingDirectory: String?

    public init(workingDirectory: String? = nil) {
        self.workingDirectory = workingDirectory
    }

    /// For `main.swift`: runs with the process's arguments and streams, returns the status.
    public static func main(_ arguments: [String]) -> Int32 {
        var io = ProcessIO()
        return CommandLineTool().run(arguments, io: &io)
    }

    /// Runs with captured streams and the given standard input.
    public func run(_ arguments: [String], standardInput: [UInt8] = []) -> ToolResult {
        var io = CapturedIO(stdin: standardInput)
        let status = run(arguments, io: &io)
        return ToolResult(exitCode: status, stdout: io.stdout, stderr: io.stderr)
    }

    /// Runs `arguments` (without the program name).
    public func run(_ arguments: [String], io: inout some ToolIO) -> Int32 {
        let parsed: ParsedCommandLine
        do {
            parsed = try ArgumentParser().parse(arguments)
        } catch {
            io.writeError("corroborate: \(error)\n")
            return ExitStatus.usage
        }
        switch parsed {
        case .help(let command):
            io.writeOut(HelpText.text(for: command))
            return ExitStatus.success
        case .version:
            io.writeOut(HelpText.version + "\n")
            return ExitStatus.success
        case .run(let invocation):
            return execute(invocation, io: &io)
        }
    }

    func resolve(_ path: String) -> String {
        guard let base = workingDirectory, !path.isEmpty, !path.hasPrefix("/") else { return path }
        return FileSystem.join(base, path)
    }

    private func execute(_ invocation: Invocation, io: inout some ToolIO) -> Int32 {
        let command = invocation.command

        // 1. Read every article; report every unusable one, then stop.
        let inputs = ArticleInputs.read(invocation.paths, resolve: resolve, language: invocation.language, io: &io)
        for warning in inputs.warnings { io.writeError("corroborate: \(warning)\n") }
        if let first = inputs.errors.first {
            for error in inputs.errors { io.writeError("corroborate: \(error)\n") }
            return first.exitCode
        }
        let count = inputs.documents.count
        switch command {
        case .compare where count != 2:
            return usage("compare needs exactly two distinct articles, got \(count)", command, &io)
        case .report where count < 2:
            return usage("report needs at least two articles, got \(count) (for one article, use 'corroborate claims')", command, &io)
        default:
            break
        }

        // 2. Where the output goes: checked before the analysis, so a bad target fails fast.
        var target: (path: String, location: String)? = nil
        if let output = invocation.output {
            if output != "-" { target = (output, resolve(output)) }
        } else if command == .report {
            let folder = invocation.paths.count == 1 && FileSystem.kind(resolve(invocation.paths[0])) == .folder
                ? FileSystem.baseName(resolve(invocation.paths[0])) : nil
            let name = ReportName.make(folder: folder, ids: inputs.documents.map { $0.metadata.id })
            let path = "Reports/\(name).\(invocation.format.fileExtension)"
            do {
                try OutputFile.ensureFolder(resolve("Reports"), path: "Reports")
            } catch {
                io.writeError("corroborate: \(error)\n")
                return ExitStatus.cannotCreate
            }
            target = (path, resolve(path))
        }
        if let target {
            let overwritesInput = inputs.locations.contains(target.location)
                || FileSystem.identity(target.location).map { inputs.identities.contains($0) } == true
            if overwritesInput {
                io.writeError("corroborate: \(target.path): is one of the input articles; refusing to overwrite it\n")
                return ExitStatus.cannotCreate
            }
        }

        // 3. The pipeline.
        let analyses = Extractor().analyze(inputs.documents, options: ExtractionOptions(fallbackDate: invocation.date))
        // Listing claims needs no comparison across articles: skip its cost.
        let run = command == .claims ? RunResult(articles: analyses, alignments: []) : Comparator().compare(analyses)
        func reportName() -> String {
            invocation.paths.count == 1 && FileSystem.kind(resolve(invocation.paths[0])) == .folder
                ? FileSystem.baseName(resolve(invocation.paths[0]))
                : inputs.documents.map { $0.metadata.id }.joined(separator: ", ")
        }
        // JSON and the Markdown report to a file go out as they are rendered: a large run's
        // report is never held whole.
        let streamed: ((([UInt8]) -> Void) -> Void)?
        switch (command, invocation.format) {
        case (_, .json): streamed = { sink in JSONRenderer.write(run, to: sink) }
        case (.report, .markdown): streamed = { sink in MarkdownRenderer.report(run, name: reportName(), to: sink) }
        default: streamed = nil
        }
        if let streamed, let target {
            do {
                try OutputFile.write(to: target.location, path: target.path, streamed)
            } catch {
                io.writeError("corroborate: \(error)\n")
                return ExitStatus.cannotCreate
            }
            io.writeOut(target.path + "\n")
            return ExitStatus.success
        }
        let output: [UInt8]
        switch (command, invocation.format) {
        case (_, .json): output = JSONRenderer.renderBytes(run)
        case (.claims, .tsv): output = Array(TSVRenderer.claims(run).utf8)
        case (.report, _): output = Array(MarkdownRenderer.report(run, name: reportName()).utf8)
        case (.compare, _): output = Array(MarkdownRenderer.compare(run).utf8)
        case (.claims, _): output = Array((invocation.byOutlet ? MarkdownRenderer.claimsByOutlet(run) : MarkdownRenderer.claims(run)).utf8)
        }

        // 4. Out, whole or not at all.
        guard let target else {
            io.writeOut(String(decoding: output, as: UTF8.self))
            return ExitStatus.success
        }
        do {
            try OutputFile.write(output, to: target.location, path: target.path)
        } catch {
            io.writeError("corroborate: \(error)\n")
            return ExitStatus.cannotCreate
        }
        io.writeOut(target.path + "\n")
        return ExitStatus.success
    }

    private func usage(_ message: String, _ command: Command, _ io: inout some ToolIO) -> Int32 {
        io.writeError("corroborate: \(UsageError(message, command: command))\n")
        return ExitStatus.usage
    }
}
