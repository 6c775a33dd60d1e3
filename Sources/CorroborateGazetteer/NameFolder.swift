import CorroborateCore

/// A name as the recognizers will see it: its tokens' `folded` forms joined by one space.
struct FoldedName: Hashable {
    var key: String
    var tokenCount: Int
    /// Every word is written in capitals ("UN", "U.S.").
    var isAcronym: Bool
    /// The same, leaving out the first token ("l’AFP" without "l’").
    var isAcronymAfterFirst: Bool
}

/// Folds a name the way `CorroborateText.Tokenizer` tokenizes article text, in one pass and
/// without building `Token`s: the gazetteer folds some ten thousand names at start-up. The
/// consistency tests check that it agrees with the Tokenizer on every name of the tables.
enum NameFolder {
    /// French elided words, folded, without the apostrophe (as the Tokenizer splits them).
    static let elisions: Set<String> = ["l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]

    static func fold(_ phrase: String) -> FoldedName {
        var state = State(Array(phrase.unicodeScalars))
        state.run()
        let words = state.wordCaps.count
        let acronym = words > 0 && state.wordCaps.allSatisfy { $0.caps }
        let rest = state.wordCaps.filter { $0.token > 0 }
        return FoldedName(key: String(state.out), tokenCount: state.tokens,
                          isAcronym: acronym, isAcronymAfterFirst: !rest.isEmpty && rest.allSatisfy { $0.caps })
    }

    private struct State {
        let s: [Unicode.Scalar]
        var out = String.UnicodeScalarView()
        var tokens = 0
        /// For each word token: its index and whether it is written in capitals.
        var wordCaps: [(token: Int, caps: Bool)] = []

        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func run() {
            var i = 0
            let n = s.count
            while i < n {
                let c = s[i]
                if ScalarClass.isSpace(c) { i += 1; continue }
                if ScalarClass.isDigit(c) {
                    let j = scanNumber(i)
                    emit(i, j, word: false)
                    i = j
                } else if ScalarClass.isLetter(c) {
                    i = scanWord(i)
                } else {
                    emit(i, i + 1, word: false)
                    i += 1
                }
            }
        }

        private mutating func emit(_ a: Int, _ b: Int, word: Bool) {
            if tokens > 0 { out.append(" ") }
            for k in a..<b { ScalarClass.appendFolded(s[k], to: &out) }
            if word {
                var letters = 0, upper = 0
                for k in a..<b where ScalarClass.isLetter(s[k]) {
                    letters += 1
                    if ScalarClass.isUpper(s[k]) { upper += 1 }
                }
                let caps = (letters >= 2 && upper == letters) || (b - a == 1 && ScalarClass.isUpper(s[a]))
                wordCaps.append((tokens, caps))
            }
            tokens += 1
        }

        // Same rules as Tokenizer.scanNumber: inner "." / "," before a digit, and groups of
        // three digits after a space.
        private func scanNumber(_ start: Int) -> Int {
            let stop = s.count
            var j = start
            while j < stop, ScalarClass.isDigit(s[j]) { j += 1 }
            while j + 1 < stop {
                let sep = s[j]
                if (sep == "." || sep == ",") && ScalarClass.isDigit(s[j + 1]) {
                    var k = j + 1
                    while k < stop, ScalarClass.isDigit(s[k]) { k += 1 }
                    j = k
                    continue
                }
                if sep == " " || sep == "\u{A0}" || sep == "\u{202F}" || sep == "\u{2009}",
                   j + 3 < stop, ScalarClass.isDigit(s[j + 1]), ScalarClass.isDigit(s[j + 2]), ScalarClass.isDigit(s[j + 3]),
                   j + 4 >= stop || !ScalarClass.isDigit(s[j + 4]) {
                    var k = j - 1, run = 0
                    while k >= 0, ScalarClass.isDigit(s[k]) { run += 1; k -= 1 }
                    if run <= 3 { j += 4; continue }
                }
                break
            }
            return j
        }

        // Same rules as Tokenizer.scanWord: inner hyphens stay, French elisions and the
        // English possessive split off, other inner apostrophes stay.
        private mutating func scanWord(_ start: Int) -> Int {
            let stop = s.count
            var j = start
            var wordStart = start
            while j < stop {
                let c = s[j]
                if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) { j += 1; continue }
                if ScalarClass.isHyphen(c) && j + 1 < stop && ScalarClass.isLetter(s[j + 1]) { j += 1; continue }
                if ScalarClass.isApostrophe(c) && j + 1 < stop && ScalarClass.isLetter(s[j + 1]) {
                    if NameFolder.elisions.contains(ScalarClass.fold(s[wordStart..<j])) {
                        emit(wordStart, j + 1, word: true)
                        wordStart = j + 1
                        j += 1
                        continue
                    }
                    if (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= stop || !ScalarClass.isLetter(s[j + 2])) {
                        emit(wordStart, j, word: true)
                        emit(j, j + 2, word: true)
                        return j + 2
                    }
                    j += 1
                    continue
                }
                break
            }
            if j > wordStart { emit(wordStart, j, word: true) }
            return j
        }
    }
}
