/// What a distance measures. "At a depth of 10 km" and « à une dizaine de kilomètres de
/// profondeur » are a depth; "30 km south of Izmir" and « à 28 km au sud d'Izmir » a distance
/// from Izmir; « à plus de 300 km au nord » a distance from a place left unsaid. A quake's
/// depth, its distance from a city and another city's distance from it are three figures:
/// compared as one, each made the others a discrepancy.
enum DistanceReference {
    /// Words between a distance and its direction ("km au sud", "km to the south"), and
    /// between a depth word and its distance ("à une profondeur de 10 km").
    static let reach = 3

    /// The suffix of a distance's unit class: "/depth", "/from:izmir" (the folded word after
    /// the direction's joiner), "/from:" (a direction with no place), nil for a plain distance.
    /// `figure`: the distance's words in `words`, its unit included.
    static func suffix(figure: Range<Int>, words: [TextWords.Word], lexicons: [ComparisonLexicon]) -> String? {
        func any(_ w: String, _ set: KeyPath<ComparisonLexicon, Set<String>>) -> Bool { lexicons.contains { $0[keyPath: set].contains(w) } }
        // Before the figure, within its clause: "at a depth of 10 km".
        var k = figure.lowerBound - 1
        while k >= 0, figure.lowerBound - k <= reach, !words[k + 1].afterBreak {
            if any(words[k].folded, \.depthWords) { return "/depth" }
            k -= 1
        }
        // After it: "10 km deep", "de profondeur", "south of Izmir", « au sud d'Izmir ».
        k = figure.upperBound
        while k < words.count, k - figure.upperBound < reach, !words[k].afterBreak {
            let w = words[k].folded
            if any(w, \.depthWords) { return "/depth" }
            if any(w, \.directionWords) {
                if k + 2 < words.count, !words[k + 1].afterBreak, !words[k + 2].afterBreak, any(words[k + 1].folded, \.offsetJoiners) {
                    return "/from:" + words[k + 2].folded
                }
                return "/from:"
            }
            k += 1
        }
        return nil
    }
}
