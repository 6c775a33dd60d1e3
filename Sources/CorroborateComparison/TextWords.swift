import CorroborateCore

/// Folded words of a short text (a claim, a figure), with their scalar offsets: runs of
/// letters and digits; apostrophes end a word ("l'asile" → "l'", "asile"). Comparison works
/// on claims already cut by extraction, so this light splitter is enough and keeps the
/// module free of the tokenizer's rules.
struct TextWords: Sendable {
    struct Word: Sendable {
        var folded: String
        /// Scalar offsets in the text, end exclusive.
        var start: Int
        var end: Int
        /// A comma, parenthesis, semicolon or similar comes between this word and the previous one.
        var afterBreak: Bool
    }

    let words: [Word]

    init(_ text: String) {
        var out: [Word] = []
        // A word's scalars, folded to UTF-8 in one pass when it ends: appending to a
        // UnicodeScalarView scalar by scalar made this a hot spot of comparison.
        var cur: [Unicode.Scalar] = []
        var start = 0, i = 0, pendingBreak = false
        func flush(_ end: Int, apostrophe: Bool = false) {
            if !cur.isEmpty {
                let folded = ScalarClass.fold(cur)
                out.append(Word(folded: apostrophe ? folded + "'" : folded, start: start, end: end, afterBreak: pendingBreak))
                cur.removeAll(keepingCapacity: true)
                pendingBreak = false
            }
        }
        let scalars = text.unicodeScalars
        var previous: Unicode.Scalar? = nil
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let s = scalars[index]
            index = scalars.index(after: index)
            defer { previous = s }
            // "7.0", "6,8", "1.5": a decimal mark between digits is part of the figure, not a break.
            let decimalMark = (s == "." || s == ",") && previous.map(ScalarClass.isDigit) == true
                && index != scalars.endIndex && ScalarClass.isDigit(scalars[index])
            if ScalarClass.isLetter(s) || ScalarClass.isDigit(s) || (ScalarClass.isHyphen(s) && !cur.isEmpty) || decimalMark {
                if cur.isEmpty { start = i }
                cur.append(s)
            } else if ScalarClass.isApostrophe(s), !cur.isEmpty {
                flush(i + 1, apostrophe: true)
            } else {
                flush(i)
                // A unit sign ("4,2 % mardi", "$5 million") belongs to its figure: no break.
                if !ScalarClass.isSpace(s), !ScalarClass.isApostrophe(s), !TextWords.unitSigns.contains(s) { pendingBreak = true }
            }
            i += 1
        }
        flush(i)
        words = out
    }

    static let unitSigns: Set<Unicode.Scalar> = ["%", "‰", "°", "$", "€", "£", "¥"]

    /// The folded words of a phrase, as lexicon tables give them.
    static func folded(_ phrase: String) -> [String] {
        TextWords(phrase).words.map(\.folded)
    }
}
