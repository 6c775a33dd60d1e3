import Testing
import CorroborateCore
@testable import CorroborateComparison

@Suite("Distances: a depth, an offset from a place and a plain distance")
struct DistanceReferenceTests {
    /// The suffix `DistanceReference` gives the figure `figure` of `sentence`.
    static func suffix(_ sentence: String, _ figure: String) -> String? {
        let words = TextWords(sentence).words
        guard let r = sentence.range(of: figure) else { return "figure not found" }
        let start = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: r.lowerBound)
        let range = ClaimProfile.wordRange(start, start + figure.unicodeScalars.count, words)
        return DistanceReference.suffix(figure: range, words: words, lexicons: ComparisonLexicon.all)
    }

    @Test("what each distance measures", arguments: [
        ("The quake struck at a depth of 10 km.", "10 km", "/depth"),
        ("The quake was 10 km deep.", "10 km", "/depth"),
        ("Le séisme s'est produit à 10 km de profondeur.", "10 km", "/depth"),
        ("La secousse s'est produite à une profondeur de 12 kilomètres.", "12 kilomètres", "/depth"),
        ("The epicentre was 30 km south of Izmir.", "30 km", "/from:izmir"),
        ("It struck 25 miles to the north-east of Malatya.", "25 miles", "/from:malatya"),
        ("L'épicentre se situe à 28 km au sud-est d'Izmir.", "28 km", "/from:izmir"),
        ("La secousse a été ressentie à plus de 300 km au nord.", "300 km", "/from:"),
        ("The convoy drove 300 km before dawn.", "300 km", nil),
        ("La colonne s'étire sur 30 km, au nord de la ville.", "30 km", nil),
    ] as [(String, String, String?)])
    func kinds(_ sentence: String, _ figure: String, _ expected: String?) {
        #expect(Self.suffix(sentence, figure) == expected)
    }
}

@Suite("Alignment: a quake's depth and its distances from places are three figures")
struct DistanceAlignmentTests {
    static let turkey = "place:turkey"

    @Test("the depth and a city's distance from the epicentre are no discrepancy in number")
    func depthIsNotDistance() {
        let en = Make.article("en", language: .english, [
            Make.claim("The quake hit western Turkey at a depth of 10 km.", where: [Self.turkey], events: ["quake"],
                       numbers: [("10 km", 10, "kilometre", false)]),
        ])
        let fr = Make.article("fr", [
            Make.claim("Le séisme a été ressenti en Turquie jusqu'à plus de 300 km au nord.", where: [Self.turkey], events: ["quake"],
                       numbers: [("plus de 300 km", 300, "kilometre", true)]),
        ])
        #expect(!Comparator().compare([en, fr]).alignments.contains { $0.facets.contains(.number) })
    }

    @Test("two distances from one city are one figure: 30 km south of Izmir against « 28 km au sud d'Izmir »")
    func sameReference() {
        let en = Make.article("en", language: .english, [
            Make.claim("The epicentre was 30 km south of Izmir, in western Turkey.", where: [Self.turkey], events: ["quake"],
                       numbers: [("30 km", 30, "kilometre", false)]),
        ])
        let fr = Make.article("fr", [
            Make.claim("L'épicentre du séisme se situe à 28 km au sud d'Izmir, en Turquie.", where: [Self.turkey], events: ["quake"],
                       numbers: [("28 km", 28, "kilometre", false)]),
        ])
        #expect(Comparator().compare([en, fr]).alignments.contains { $0.facets.contains(.number) })
    }
}
