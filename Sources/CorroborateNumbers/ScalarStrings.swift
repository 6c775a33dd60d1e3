/// Word surgery on folded words scalar by scalar, without building Characters: plural and
/// feminine rules, hyphenated compounds.
extension String {
    /// The string without `suffix`, compared scalar by scalar; nil when it does not end so.
    func droppingScalarSuffix(_ suffix: String) -> String? {
        let s = unicodeScalars, x = suffix.unicodeScalars
        var i = s.endIndex, j = x.endIndex
        while j > x.startIndex {
            guard i > s.startIndex else { return nil }
            i = s.index(before: i)
            j = x.index(before: j)
            if s[i] != x[j] { return nil }
        }
        return String(s[s.startIndex..<i])
    }

    /// The parts between hyphens: "quatre-vingt-dix" gives "quatre", "vingt", "dix".
    func hyphenParts() -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == "-" {
                if !current.isEmpty { parts.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }
}
