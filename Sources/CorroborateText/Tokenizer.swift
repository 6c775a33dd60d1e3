import CorroborateCore

/// Splits text into words, numbers and punctuation with scalar offsets.
///
/// French elisions become their own word ("l’agence" → "l'", "agence"), as does the English
/// possessive ("Assad’s" → "assad", "'s"); other inner apostrophes stay ("aujourd’hui").
/// Inner hyphens stay ("al-Assad", "a-t-il"). Numbers keep French and English group
/// separators: "3 500", "800.000", "3,5", "1.28".
public struct Tokenizer: Sendable {
    public init() {}

    /// French elided words, folded, without the apostrophe.
    static let elisions: Set<String> = ["l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]

    public func tokenize(_ text: TextBuffer, from start: Int = 0, to end: Int? = nil) -> [Token] {
        let s = text.scalars
        let stop = min(end ?? s.count, s.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(max(16, (stop - start) / 5))
        var i = max(0, start)
        var sawSpace = true
        while i < stop {
            let c = s[i]
            if ScalarClass.isSpace(c) { sawSpace = true; i += 1; continue }
            if ScalarClass.isDigit(c) {
                let j = scanNumber(s, i, stop)
                tokens.append(Token(kind: .number, start: i, end: j, folded: ScalarClass.fold(s[i..<j]),
                                    isCapitalized: false, isAllCaps: false, spaceBefore: sawSpace))
                sawSpace = false
                i = j
                continue
            }
            if ScalarClass.isLetter(c) {
                i = scanWord(s, i, stop, spaceBefore: sawSpace, into: &tokens)
                sawSpace = false
                continue
            }
            tokens.append(Token(kind: .punctuation, start: i, end: i + 1, folded: ScalarClass.fold(c),
                                isCapitalized: false, isAllCaps: false, spaceBefore: sawSpace))
            sawSpace = false
            i += 1
        }
        return tokens
    }

    private func scanNumber(_ s: [Unicode.Scalar], _ start: Int, _ stop: Int) -> Int {
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
            // "3 500", "800 000": a space (of any kind) then exactly three digits.
            if (sep == " " || sep == "\u{A0}" || sep == "\u{202F}" || sep == "\u{2009}"),
               j + 3 < stop + 1, j + 3 <= stop,
               ScalarClass.isDigit(s[j + 1]), j + 2 < stop, ScalarClass.isDigit(s[j + 2]),
               j + 3 < stop, ScalarClass.isDigit(s[j + 3]),
               j + 4 >= stop || !ScalarClass.isDigit(s[j + 4]),
               digitRunBefore(s, j) <= 3 {
                j += 4
                continue
            }
            break
        }
        return j
    }

    private func digitRunBefore(_ s: [Unicode.Scalar], _ j: Int) -> Int {
        var k = j - 1, n = 0
        while k >= 0, ScalarClass.isDigit(s[k]) { n += 1; k -= 1 }
        return n
    }

    private func scanWord(_ s: [Unicode.Scalar], _ start: Int, _ stop: Int, spaceBefore: Bool, into tokens: inout [Token]) -> Int {
        var j = start
        var wordStart = start
        var space = spaceBefore
        while j < stop {
            let c = s[j]
            if ScalarClass.isLetter(c) || ScalarClass.isDigit(c) { j += 1; continue }
            if (ScalarClass.isHyphen(c) || c == "\u{2011}") && j + 1 < stop && ScalarClass.isLetter(s[j + 1]) { j += 1; continue }
            if ScalarClass.isApostrophe(c) && j + 1 < stop && ScalarClass.isLetter(s[j + 1]) {
                let before = ScalarClass.fold(s[wordStart..<j])
                if Tokenizer.elisions.contains(before) {
                    tokens.append(makeWord(s, wordStart, j + 1, space))
                    space = false
                    wordStart = j + 1
                    j += 1
                    continue
                }
                // English possessive: "Assad's" → "Assad", "'s"
                if (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= stop || !ScalarClass.isLetter(s[j + 2])) {
                    tokens.append(makeWord(s, wordStart, j, space))
                    tokens.append(makeWord(s, j, j + 2, false))
                    return j + 2
                }
                j += 1
                continue
            }
            break
        }
        if j > wordStart { tokens.append(makeWord(s, wordStart, j, space)) }
        return j
    }

    private func makeWord(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ space: Bool) -> Token {
        let slice = s[a..<b]
        var letters = 0, upper = 0
        for c in slice where ScalarClass.isLetter(c) {
            letters += 1
            if ScalarClass.isUpper(c) { upper += 1 }
        }
        let cap = slice.first.map { ScalarClass.isUpper($0) } ?? false
        return Token(kind: .word, start: a, end: b, folded: ScalarClass.fold(slice),
                     isCapitalized: cap, isAllCaps: letters >= 2 && upper == letters, spaceBefore: space)
    }
}
