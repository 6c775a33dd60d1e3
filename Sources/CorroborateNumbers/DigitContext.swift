import CorroborateCore

/// Where digits are not a quantity: glued into an identifier ("COVID-19", "4×4", "5G"), an
/// ordinal ("1er", "21st"), a time of day ("14h30", "10:30", "10 pm"), a date ("le 7
/// décembre", "Nov. 27", "8/12/2024", "juillet 2000"), or a reference ("article 49.3").
struct DigitContext: Sendable {
    let lexicon: NumberLexicon

    /// Separators that glue digits into codes, dates and times when nothing spaces them.
    private static let glue: Set<String> = ["-", "/", ":", "×", ".", "_", "#", "°", "+", "="]

    func isNotAQuantity(_ tokens: [Token], at k: Int, plainInteger: Bool, value: Double) -> Bool {
        let t = tokens[k]
        if k > 0 && !t.spaceBefore {
            let p = tokens[k - 1]
            if p.kind == .word || p.kind == .number { return true }
            if Self.glue.contains(p.folded) && k >= 2 && !p.spaceBefore && tokens[k - 2].kind != .punctuation { return true }
        }
        if k + 1 < tokens.count {
            let q = tokens[k + 1]
            if !q.spaceBefore {
                if q.kind == .word {
                    if lexicon.ordinals.contains(q.folded) || isClockSuffix(q.folded) { return true }
                    // "5km" is a measure, "£3bn" an amount; "5G", "3D", "4x4" are names.
                    if lexicon.units.single(q.folded) == nil && lexicon.words.single(q.folded)?.is(.scale) != true { return true }
                }
                if q.kind == .punctuation && Self.glue.contains(q.folded) && q.folded != "-"
                    && k + 2 < tokens.count && !tokens[k + 2].spaceBefore && tokens[k + 2].kind != .punctuation {
                    return true
                }
                if q.folded == "-" && k + 2 < tokens.count && !tokens[k + 2].spaceBefore && tokens[k + 2].isNumber { return true }
            }
            if lexicon.timeMarkers.match(tokens, at: k + 1) != nil { return true }
        }
        // "8 h 15": the minutes after an hour
        if k >= 2 && tokens[k - 2].isNumber && lexicon.timeMarkers.single(tokens[k - 1].folded) != nil { return true }
        if isDate(tokens, at: k, plainInteger: plainInteger, value: value) { return true }
        // "article 49.3", "n° 5" (the sign after "n" is its own token)
        if k > 0 && lexicon.references.contains(tokens[k - 1].folded) { return true }
        return false
    }

    /// "14h30", "h00": an hour glued to its minutes.
    private func isClockSuffix(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        guard let first = s.first, lexicon.timeMarkers.single(String(first)) != nil, s.count > 1 else { return false }
        return s.dropFirst().allSatisfy { ScalarClass.isDigit($0) }
    }

    private func isDate(_ tokens: [Token], at k: Int, plainInteger: Bool, value: Double) -> Bool {
        guard plainInteger else { return false }
        var prev = k - 1
        if prev >= 1 && tokens[prev].isPunctuation(".") { prev -= 1 }   // "Nov. 27"
        if prev >= 0 && tokens[prev].kind == .word && lexicon.months.contains(tokens[prev].folded) {
            return true   // "December 8", "juillet 2000"
        }
        guard value >= 1 && value <= 31 && value == value.rounded() else { return false }
        if k > 0 && lexicon.weekdays.contains(tokens[k - 1].folded) { return true }   // "dimanche 8"
        if k + 1 < tokens.count && lexicon.months.contains(tokens[k + 1].folded) { return true }
        return false
    }
}
