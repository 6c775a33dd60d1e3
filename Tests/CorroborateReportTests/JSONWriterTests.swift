import Testing
import Foundation
@testable import CorroborateReport

@Suite("JSON writer: escaping, numbers, layout")
struct JSONWriterTests {
    func string(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        JSONWriter.appendString(s, to: &out)
        return String(out)
    }

    @Test("strings escape quotes, backslashes, control characters and U+2028/2029", arguments: [
        ("« Il a dit \"non\" »", #""« Il a dit \"non\" »""#),
        (#"C:\dossier"#, #""C:\\dossier""#),
        ("ligne\nsuivante\r\tfin", #""ligne\nsuivante\r\tfin""#),
        ("bip\u{07}\u{08}\u{0C}\u{1F}", #""bip\u0007\b\f\u001f""#),
        ("sép\u{2028}aré\u{2029}", #""sép\u2028aré\u2029""#),
        ("déjà l’été, 12 °C", #""déjà l’été, 12 °C""#),
        ("", #""""#),
    ])
    func escaping(_ input: String, _ expected: String) throws {
        let written = string(input)
        #expect(written == expected)
        // And it reads back as the same string.
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
        #expect(parsed == [input])
    }

    @Test("numbers are integers when whole, shortest decimals otherwise", arguments: [
        (24.0, "24"), (3.5, "3.5"), (1_280_000.0, "1280000"), (-2.0, "-2"), (0.0, "0"), (1.28, "1.28"),
        (Double.nan, "null"), (Double.infinity, "null"),
    ])
    func numbers(_ value: Double, _ expected: String) {
        #expect(JSONWriter.number(value) == expected)
    }

    @Test("scores keep two decimals at most and one at least", arguments: [
        (0.91, "0.91"), (0.875, "0.88"), (0.5, "0.5"), (1.0, "1.0"), (0.07, "0.07"), (0.0, "0.0"), (0.999, "1.0"),
    ])
    func scores(_ value: Double, _ expected: String) {
        #expect(JSONWriter.decimal2(value) == expected)
    }

    @Test("2-space indentation; scalar arrays and small flat objects on one line")
    func layout() {
        let v = JSONValue.object([
            JSONMember("version", .number(1)),
            JSONMember("names", .strings(["Moscou", "Damas"])),
            JSONMember("empty", .array([])),
            JSONMember("items", .array([.object([JSONMember("text", .string("24 ans")), JSONMember("value", .number(24))])])),
        ])
        #expect(JSONWriter.render(v) == """
        {
          "version": 1,
          "names": ["Moscou", "Damas"],
          "empty": [],
          "items": [
            {"text": "24 ans", "value": 24}
          ]
        }

        """)
    }
}
