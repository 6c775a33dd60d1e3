import Testing
import CorroborateCore
import CorroborateComparison
@testable import CorroborateReport

@Suite("TSV: one claim a line")
struct TSVRendererTests {
    let lines = TSVRenderer.claims(Fixtures.run).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test("a header, then one line per claim, 11 fields each")
    func shape() {
        #expect(lines.first == "article\tclaim\tline\twhen\twho\twhere\tsources\tnumbers\tnegated\thedged\ttext")
        #expect(lines.count == 1 + 10 + 1)  // the output ends with a newline
        #expect(lines.last == "")
        for line in lines.dropLast() {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 11)
        }
    }

    @Test("fields", arguments: [
        (1, ["fr-gazette-pont", "c1", "3", "2025-03-11", "", "Valmont", "la préfecture", "", "false", "false",
             "Le pont de Valmont s’est effondré mardi matin, selon la préfecture."]),
        (2, ["fr-gazette-pont", "c2", "5", "", "Jean Dupuis", "", "Jean Dupuis", "12 blessés (12 injured)", "false", "false",
             "L’accident a fait 12 blessés, a indiqué le maire Jean Dupuis."]),
        (3, ["fr-gazette-pont", "c3", "7", "", "", "", "", "", "true", "false", "Aucun décès n’est à déplorer."]),
        (6, ["fr-courrier-valmont", "c2", "3", "", "", "", "pompiers", "au moins 15 blessés (≥15 injured)", "false", "false",
             "Le bilan fait état d’au moins 15 blessés, selon les pompiers."]),
        // The tab inside the claim became a space.
        (10, ["en-harbor-bridge", "c3", "7", "2025-03-20", "", "", "", "", "false", "false",
              "A \"temporary\" ferry service will start on March 20."]),
    ])
    func fields(_ row: Int, _ expected: [String]) {
        #expect(lines[row].split(separator: "\t", omittingEmptySubsequences: false).map(String.init) == expected)
    }
}
