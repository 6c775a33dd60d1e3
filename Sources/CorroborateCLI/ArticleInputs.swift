import CorroborateCore
import CorroborateText

/// One article named on the command line, directly or through a folder.
struct ArticleSource: Sendable, Hashable {
    /// As the user gave it (a folder entry is "folder/name.txt"); `-` for standard input.
    var path: String
    /// Where the file system finds it (resolved against the working directory).
    var location: String
    var isStandardInput: Bool { path == "-" }
}

/// The articles of a run, read and de-duplicated.
struct ArticleInputs: Sendable {
    var documents: [Document] = []
    /// Files read, to refuse an output that would overwrite one.
    var identities: Set<FileIdentity> = []
    var locations: Set<String> = []
    /// One line each for standard error (without the "corroborate: " prefix).
    var warnings: [String] = []
    var errors: [InputError] = []

    /// Files with these extensions are articles when a folder is given.
    static let articleExtensions: Set<String> = ["txt", "md"]

    /// The most a run reads, all articles together (each is also at most
    /// `ArticleReader.sizeLimit`): the analysis holds about 40 bytes per byte of text, so this
    /// keeps a run near a gigabyte of memory at worst. Reading stops at the article that
    /// passes it.
    static let runLimit = 32 * 1_048_576

    /// Expands folders (every .txt/.md file directly inside, in name order; hidden files and
    /// subfolders skipped), then reads every article once.
    static func read(_ paths: [String], resolve: (String) -> String, language: Language?,
                     io: inout some ToolIO) -> ArticleInputs {
        var inputs = ArticleInputs()
        var sources: [ArticleSource] = []
        for path in paths {
            if path == "-" {
                sources.append(ArticleSource(path: path, location: path))
                continue
            }
            let location = resolve(path)
            guard FileSystem.kind(location) == .folder else {
                sources.append(ArticleSource(path: path, location: location))
                continue
            }
            guard let names = FileSystem.names(in: location) else {
                inputs.errors.append(.unreadable(path: path, reason: "the folder cannot be listed"))
                continue
            }
            let articles = names.filter { isArticleName($0) && FileSystem.kind(FileSystem.join(location, $0)) == .file }
                .sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            if articles.isEmpty {
                inputs.errors.append(.noArticles(path: path))
                continue
            }
            for name in articles {
                sources.append(ArticleSource(path: FileSystem.join(path, name), location: FileSystem.join(location, name)))
            }
        }

        let reader = ArticleReader()
        var seen: Set<FileIdentity> = []
        var seenStandardInput = false
        var ids: Set<String> = []
        var total = 0
        for source in sources {
            let bytes: [UInt8]
            if source.isStandardInput {
                guard !seenStandardInput else {
                    inputs.warnings.append("-: warning: standard input is given more than once; read once")
                    continue
                }
                seenStandardInput = true
                guard let read = io.readInput() else {
                    inputs.errors.append(.unreadable(path: "-", reason: "standard input cannot be read"))
                    continue
                }
                // A stream has no size to check first: it is read up to the limit and a byte.
                guard read.count <= ArticleReader.sizeLimit else {
                    inputs.errors.append(.tooLarge(path: "-", bytes: nil))
                    continue
                }
                bytes = read
            } else {
                if let identity = FileSystem.identity(source.location) {
                    guard seen.insert(identity).inserted else {
                        inputs.warnings.append("\(source.path): warning: given more than once; read once")
                        continue
                    }
                    inputs.identities.insert(identity)
                }
                inputs.locations.insert(source.location)
                do {
                    bytes = try ArticleFile.bytes(at: source.location, path: source.path)
                } catch {
                    inputs.errors.append(error)
                    continue
                }
            }
            total += bytes.count
            if total > runLimit {
                inputs.errors.append(.runTooLarge(path: source.path, limit: runLimit))
                break
            }
            var id = source.isStandardInput ? "stdin" : ArticleReader.id(forPath: source.path)
            // Two files named alike in different folders: ids must stay unique within a run,
            // since alignments refer to claims as "id#claim".
            if ids.contains(id) {
                var n = 2
                while ids.contains("\(id)-\(n)") { n += 1 }
                inputs.warnings.append("\(source.path): warning: another article already has the id '\(id)'; this one is '\(id)-\(n)'")
                id = "\(id)-\(n)"
            }
            do {
                let document = try reader.read(bytes: bytes, id: id, path: source.path, forcedLanguage: language)
                ids.insert(id)
                inputs.warnings += document.warnings.map { "\(source.path): warning: \($0)" }
                inputs.documents.append(document)
            } catch {
                inputs.errors.append(error)
            }
        }
        return inputs
    }

    static func isArticleName(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
