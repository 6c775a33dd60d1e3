import Testing
import Foundation
import CorroborateCLI

/// The same inputs give the same bytes: no dictionary order, no clock, no file-system order.
/// Runs happen in separate processes, since Swift seeds its hashing per process: an output
/// that followed a `Dictionary` or `Set` order would differ from one run to the next.
@Suite("Determinism: byte-identical outputs")
struct BadInputDeterminismTests {
    static let commands: [[String]] = [
        ["report", "-o", "-", "seeds", "articles"],
        ["report", "--format", "json", "-o", "-", "seeds", "articles"],
        ["compare", "seeds/000_bb0b4f41c05d164d.txt", "seeds/002_7a3327bc03810d49.txt"],
        ["compare", "--format", "json", "articles"],
        ["claims", "seeds", "articles"],
        ["claims", "--by-outlet", "seeds", "articles"],
        ["claims", "--format", "tsv", "seeds", "articles"],
        ["claims", "--format", "json", "--date", "2024-12-09", "seeds"],
    ]

    static func workspace() throws -> CLIWorkspace {
        let ws = try CLIWorkspace()
        try ws.writeStory()
        for name in ["000_bb0b4f41c05d164d.txt", "002_7a3327bc03810d49.txt"] {
            let text = try String(contentsOfFile: CLIWorkspace.packageRoot + "/seeds/" + name, encoding: .utf8)
            try ws.write("seeds/" + name, text)
        }
        return ws
    }

    @Test("two separate processes print the same bytes", .enabled(if: Executable.isAvailable, "needs the corroborate executable"),
          arguments: commands)
    func separateProcesses(_ arguments: [String]) throws {
        let ws = try Self.workspace()
        let runs = (0..<2).map { _ in Executable.run(arguments, in: ws.path) }
        #expect(runs[0].exitCode == 0, "\(runs[0].stderr)")
        #expect(!runs[0].stdout.isEmpty)
        #expect(runs[1].stdout == runs[0].stdout)
        // And the in-process run, which the other tests use, prints them too.
        #expect(ws.run(arguments).stdout == runs[0].stdout)
    }

    @Test("the report file is the same bytes each time, and carries no date of its own")
    func reportFile() throws {
        let ws = try Self.workspace()
        #expect(ws.run("report", "seeds").exitCode == 0)
        let first = ws.bytes("Reports/seeds.md")
        #expect(ws.run("report", "seeds").exitCode == 0)
        #expect(ws.bytes("Reports/seeds.md") == first)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let today = formatter.string(from: Date())
        #expect(ws.read("Reports/seeds.md")?.contains(today) == false)
        #expect(ws.run("report", "--format", "json", "seeds").exitCode == 0)
        #expect(ws.read("Reports/seeds.json")?.contains(today) == false)
    }

    @Test("a folder is read in name order whatever order its files were created in")
    func creationOrder() throws {
        let names = ["b-ouest.txt", "a-nord.md", "C-est.txt", "é-sud.txt", "10-centre.txt", "9-port.txt"]
        let texts = [
            "Le port a rouvert lundi après trois semaines de grève, a indiqué la mairie.",
            "The port reopened on Monday after a three-week strike, the town hall said.",
            "Selon la CGT, 1 200 dockers étaient en grève depuis le 18 novembre.",
            "Les dockers ont repris le travail lundi, selon la direction du port.",
            "Le maire a salué un accord signé dimanche soir, a rapporté l’AFP.",
            "La grève a coûté 12 millions d’euros au port, selon la chambre de commerce.",
        ]
        var outputs: [String] = []
        for order in [Array(0..<6), Array((0..<6).reversed()), [3, 0, 5, 1, 4, 2]] {
            let ws = try CLIWorkspace()
            for i in order { try ws.write("articles/" + names[i], texts[i]) }
            let result = ws.run("report", "--format", "json", "-o", "-", "articles")
            #expect(result.exitCode == 0)
            outputs.append(result.stdout)
        }
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
        // Name order is by Unicode scalar: digits, capitals, lowercase, then accented letters.
        let ids = RunJSON.articles((try? JSONSerialization.jsonObject(with: Data(outputs[0].utf8))) as? [String: Any]).compactMap { $0["id"] as? String }
        #expect(ids == ["10-centre", "9-port", "C-est", "a-nord", "b-ouest", "é-sud"])
    }

    @Test("articles named one by one come in the order given; the same order gives the same bytes")
    func argumentOrder() throws {
        let ws = try Self.workspace()
        let forward = ws.run("report", "--format", "json", "-o", "-", "articles/harbour-fr.txt", "articles/harbour-en.md")
        let again = ws.run("report", "--format", "json", "-o", "-", "articles/harbour-fr.txt", "articles/harbour-en.md")
        let backward = ws.run("report", "--format", "json", "-o", "-", "articles/harbour-en.md", "articles/harbour-fr.txt")
        #expect(forward.stdout == again.stdout)
        func ids(_ r: ToolResult) -> [String] {
            RunJSON.articles((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]).compactMap { $0["id"] as? String }
        }
        #expect(ids(forward) == ["harbour-fr", "harbour-en"])
        #expect(ids(backward) == ["harbour-en", "harbour-fr"])
        // The same facts either way: the claims of each article do not depend on its position.
        func claims(_ r: ToolResult, _ id: String) -> [String] {
            let doc = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
            let article = RunJSON.articles(doc).first { $0["id"] as? String == id }
            return (article?["claims"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        }
        #expect(claims(forward, "harbour-fr") == claims(backward, "harbour-fr"))
        #expect(claims(forward, "harbour-en") == claims(backward, "harbour-en"))
    }
}
