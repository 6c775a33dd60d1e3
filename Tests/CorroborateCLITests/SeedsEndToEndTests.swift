import Testing
import Foundation
@testable import CorroborateCLI

/// The two seed articles through the whole pipeline, as a user runs it: what the report and
/// the JSON must show about them.
@Suite("End to end on the seeds")
struct SeedsEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path

    func json(_ args: [String]) throws -> [String: Any] {
        let result = CommandLineTool(workingDirectory: Self.root.path).run(args, standardInput: [])
        #expect(result.exitCode == 0)
        let data = Data(result.stdout.utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func claims(_ doc: [String: Any], _ id: String) -> [[String: Any]] {
        let articles = doc["articles"] as? [[String: Any]] ?? []
        return articles.first { ($0["id"] as? String) == id }?["claims"] as? [[String: Any]] ?? []
    }

    func claim(_ doc: [String: Any], _ id: String, containing text: String) -> [String: Any]? {
        claims(doc, id).first { ($0["text"] as? String)?.contains(text) == true }
    }

    @Test("both seeds: asylum for humanitarian reasons, from a Kremlin source via TASS, aligned")
    func asylum() throws {
        let doc = try json(["compare", "--format", "json", Self.seeds + "/000_bb0b4f41c05d164d.txt", Self.seeds + "/002_7a3327bc03810d49.txt"])
        let a = try #require(claim(doc, "000_bb0b4f41c05d164d", containing: "accordé l’asile"))
        let b = try #require(claim(doc, "002_7a3327bc03810d49", containing: "La Russie leur a accordé l’asile"))
        #expect(a["sources"] as? [String] == ["Kremlin", "TASS"])
        #expect(b["sources"] as? [String] == ["Kremlin", "TASS"])
        let ids = ["000_bb0b4f41c05d164d#\(a["id"] as? String ?? "")", "002_7a3327bc03810d49#\(b["id"] as? String ?? "")"]
        let alignments = doc["alignments"] as? [[String: Any]] ?? []
        #expect(alignments.contains { Set([$0["a"] as? String, $0["b"] as? String].compactMap { $0 }) == Set(ids) && ($0["relation"] as? String) == "agree" })
    }

    @Test("dates: « dimanche » is 2024-12-08, « 27 novembre » and « 7 décembre » in 2024")
    func dates() throws {
        let doc = try json(["report", "--format", "json", "-o", "-", Self.seeds])
        #expect(claim(doc, "002_7a3327bc03810d49", containing: "capitale russe dimanche")?["when"] as? String == "2024-12-08")
        #expect(claim(doc, "000_bb0b4f41c05d164d", containing: "Le 27 novembre")?["when"] as? String == "2024-11-27")
        #expect(claim(doc, "000_bb0b4f41c05d164d", containing: "le 7 décembre")?["when"] as? String == "2024-12-07")
    }

    @Test("sources: Sky News for the looting, « la même source » is the Kremlin source via TASS")
    func sources() throws {
        let doc = try json(["report", "--format", "json", "-o", "-", Self.seeds])
        #expect(claim(doc, "002_7a3327bc03810d49", containing: "saccagé les résidences")?["sources"] as? [String] == ["Sky News"])
        #expect(claim(doc, "002_7a3327bc03810d49", containing: "a précisé la même source")?["sources"] as? [String] == ["Kremlin", "TASS"])
        #expect(claim(doc, "002_7a3327bc03810d49", containing: "Bachar Al-Assad et des membres")?["sources"] as? [String] == ["Kremlin", "TASS"])
    }

    @Test("page furniture of seed 000 gives no claim")
    func furniture() throws {
        let doc = try json(["claims", "--format", "json", Self.seeds + "/000_bb0b4f41c05d164d.txt"])
        let texts = claims(doc, "000_bb0b4f41c05d164d").compactMap { $0["text"] as? String }
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("Leave a Reply") || $0.contains("adresse e-mail") || $0.contains("Akismet") })
    }

    @Test("claims --by-outlet lists TASS, Sky News and the Kremlin source")
    func byOutlet() {
        let result = CommandLineTool(workingDirectory: Self.root.path).run(["claims", "--by-outlet", Self.seeds], standardInput: [])
        #expect(result.exitCode == 0)
        for source in ["TASS", "Sky News", "Kremlin"] { #expect(result.stdout.contains(source)) }
    }
}
