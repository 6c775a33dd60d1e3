import Testing
import Foundation
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

@Suite("JSON renderer: the contract, version 1")
struct JSONRendererTests {
    func parsed(_ run: RunResult = Fixtures.run) throws -> [String: Any] {
        let text = JSONRenderer.render(run)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func keys(_ v: JSONValue) -> [String] {
        if case .object(let members) = v { return members.map(\.key) }
        return []
    }

    @Test("keys come in the contract's order")
    func keyOrder() {
        #expect(keys(JSONRenderer.document(Fixtures.run)) == ["version", "articles", "alignments", "facts", "sharedWording", "revisions"])
        #expect(keys(JSONRenderer.article(Fixtures.gazette)) == [
            "id", "path", "title", "outlet", "url", "published", "language", "referenceDate", "entities", "times", "claims"])
        #expect(keys(JSONRenderer.entity(Fixtures.gazette.entities[0])) == ["name", "type", "aliases", "mentions", "key"])
        #expect(keys(JSONRenderer.time(Fixtures.gazette.times[0])) == ["text", "value", "start", "end", "kind"])
        #expect(keys(JSONRenderer.claim(Fixtures.gazette.claims[0])) == [
            "id", "text", "start", "end", "line", "who", "where", "when", "numbers", "sources", "negated", "hedged"])
        #expect(keys(JSONRenderer.alignment(Fixtures.alignments[0])) == [
            "a", "b", "relation", "facets", "score", "explanation"])
    }

    @Test("the report written member by member is the document tree's rendering, byte for byte")
    func streamedSameAsTree() {
        let tree = JSONWriter.render(JSONRenderer.document(Fixtures.run))
        #expect(JSONRenderer.render(Fixtures.run) == tree)
        #expect(JSONRenderer.renderBytes(Fixtures.run) == Array(tree.utf8))
        let empty = RunResult(articles: [], alignments: [])
        #expect(JSONRenderer.render(empty) == JSONWriter.render(JSONRenderer.document(empty)))
    }

    @Test("the output parses and carries the run's values")
    func values() throws {
        let doc = try parsed()
        #expect(doc["version"] as? Int == 1)
        let articles = try #require(doc["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["fr-gazette-pont", "fr-courrier-valmont", "en-harbor-bridge"])
        let gazette = articles[0]
        #expect(gazette["path"] as? String == "stories/fr-gazette-pont.txt")
        #expect(gazette["outlet"] as? String == "La Gazette du Nord")
        #expect(gazette["published"] as? String == "2025-03-11")
        #expect(gazette["referenceDate"] as? String == "2025-03-11")
        #expect(gazette["language"] as? String == "fr")
        let entity = try #require((gazette["entities"] as? [[String: Any]])?.first)
        #expect(entity["name"] as? String == "Jean Dupuis")
        #expect(entity["type"] as? String == "person")
        #expect(entity["aliases"] as? [String] == ["Dupuis"])
        #expect(entity["mentions"] as? Int == 2)
        let time = try #require((gazette["times"] as? [[String: Any]])?.last)
        #expect(time["value"] as? String == "P2W")

        let claims = try #require(gazette["claims"] as? [[String: Any]])
        #expect(claims.count == 4)
        #expect(claims[0]["id"] as? String == "c1")
        #expect(claims[0]["when"] as? String == "2025-03-11")
        #expect(claims[0]["where"] as? [String] == ["Valmont"])
        #expect(claims[0]["sources"] as? [String] == ["la préfecture"])
        #expect(claims[0]["line"] as? Int == 3)
        #expect(claims[0]["start"] as? Int == 33)
        #expect(claims[2]["when"] is NSNull)
        #expect(claims[2]["sources"] as? [String] == [])
        #expect(claims[2]["negated"] as? Bool == true)
        #expect(claims[3]["hedged"] as? Bool == true)

        let alignments = try #require(doc["alignments"] as? [[String: Any]])
        #expect(alignments.count == 5)
        #expect(alignments[2]["relation"] as? String == "conflict")
        #expect(alignments[2]["facets"] as? [String] == ["source", "number"])
        #expect(alignments[1]["score"] as? Double == 0.88)
    }

    @Test("missing metadata is null; a month-only article reads against the run's anchor day")
    func nulls() throws {
        let articles = try #require(try parsed()["articles"] as? [[String: Any]])
        #expect(articles[1]["title"] is NSNull)
        #expect(articles[1]["url"] is NSNull)
        #expect(articles[2]["published"] as? String == "2025-03")
        #expect(articles[2]["referenceDate"] as? String == "2025-03-12")
        #expect(articles[2]["language"] as? String == "en")
        let unknown = Fixtures.article(id: "x", outlet: nil, published: nil, lines: ["Rien."], claims: [])
        let doc = try parsed(RunResult(articles: [unknown], alignments: []))
        let only = try #require((doc["articles"] as? [[String: Any]])?.first)
        #expect(only["published"] is NSNull)
        #expect(only["referenceDate"] is NSNull)
        #expect(only["outlet"] is NSNull)
    }

    @Test("whole numbers are written as integers; approx only when true")
    func numbers() throws {
        let text = JSONRenderer.render(Fixtures.run)
        #expect(text.contains(#"{"text": "12 blessés", "value": 12, "unit": "injured"}"#))
        #expect(text.contains(#"{"text": "au moins 15 blessés", "value": 15, "unit": "injured", "approx": true}"#))
        #expect(!text.contains("12.0"))
        #expect(!text.contains(#""approx": false"#))
    }

    @Test("quotes and tabs in claims are escaped and read back verbatim")
    func escaping() throws {
        let text = JSONRenderer.render(Fixtures.run)
        #expect(text.contains(#""A \"temporary\" ferry\tservice will start on March 20.""#))
        #expect(text.contains(#""title": "Bridge \"collapse\" in Valmont""#))
        let articles = try #require(try parsed()["articles"] as? [[String: Any]])
        let claims = try #require(articles[2]["claims"] as? [[String: Any]])
        #expect(claims[2]["text"] as? String == "A \"temporary\" ferry\tservice will start on March 20.")
    }

    @Test("rendering is deterministic, pretty-printed and ends with a newline")
    func deterministic() {
        let a = JSONRenderer.render(Fixtures.run)
        let b = JSONRenderer.render(RunResult(articles: Fixtures.run.articles, alignments: Fixtures.run.alignments))
        #expect(a == b)
        #expect(a.hasPrefix("{\n  \"version\": 1,\n  \"articles\": [\n    {\n      \"id\": "))
        #expect(a.hasSuffix("}\n"))
    }

    @Test("an empty run is still a complete document")
    func empty() throws {
        let text = JSONRenderer.render(RunResult(articles: [], alignments: []))
        #expect(text == "{\n  \"version\": 1,\n  \"articles\": [],\n  \"alignments\": [],\n  \"facts\": [],\n  \"sharedWording\": [],\n  \"revisions\": []\n}\n")
    }
}
