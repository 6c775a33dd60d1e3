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
        var bytes = phrase
        if let folded = bytes.withUTF8({ ASCIIState.fold($0) }) { return folded }
        var state = State(Array(phrase.unicodeScalars))
        state.run()
        let acronym = state.words > 0 && state.capsWords == state.words
        let restWords = state.words - (state.firstIsWord ? 1 : 0)
        let restCaps = state.capsWords - (state.firstIsCapsWord ? 1 : 0)
        return FoldedName(key: String(state.out), tokenCount: state.tokens,
                          isAcronym: acronym, isAcronymAfterFirst: restWords > 0 && restCaps == restWords)
    }

    private struct State {
        let s: [Unicode.Scalar]
        var out = String.UnicodeScalarView()
        var tokens = 0
        /// Word tokens, and those written in capitals; whether the first token is one.
        var words = 0
        var capsWords = 0
        var firstIsWord = false
        var firstIsCapsWord = false

        init(_ s: [Unicode.Scalar]) {
            self.s = s
            out.reserveCapacity(s.count + 4)
        }

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
                words += 1
                if caps { capsWords += 1 }
                if tokens == 0 { firstIsWord = true; firstIsCapsWord = caps }
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

    /// The same rules on an ASCII-only phrase, byte by byte (most names); nil otherwise.
    private struct ASCIIState {
        static let elisionWords = ShortWordSet(NameFolder.elisions)

        let s: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        var tokens = 0
        var words = 0
        var capsWords = 0
        var firstIsWord = false
        var firstIsCapsWord = false

        static func fold(_ s: UnsafeBufferPointer<UInt8>) -> FoldedName? {
            for byte in s where byte >= 0x80 { return nil }
            var state = ASCIIState(s: s)
            state.out.reserveCapacity(s.count + 4)
            state.run()
            let acronym = state.words > 0 && state.capsWords == state.words
            let restWords = state.words - (state.firstIsWord ? 1 : 0)
            let restCaps = state.capsWords - (state.firstIsCapsWord ? 1 : 0)
            return FoldedName(key: String(decoding: state.out, as: UTF8.self), tokenCount: state.tokens,
                              isAcronym: acronym, isAcronymAfterFirst: restWords > 0 && restCaps == restWords)
        }

        @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        @inline(__always) static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || (c >= 0x61 && c <= 0x7A) }
        @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        @inline(__always) static func isApostrophe(_ c: UInt8) -> Bool { c == 0x27 || c == 0x60 }
        @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }

        mutating func run() {
            var i = 0
            let n = s.count
            while i < n {
                let c = s[i]
                if Self.isSpace(c) { i += 1; continue }
                if Self.isDigit(c) {
                    let j = scanNumber(i)
                    emit(i, j, word: false)
                    i = j
                } else if Self.isLetter(c) {
                    i = scanWord(i)
                } else {
                    emit(i, i + 1, word: false)
                    i += 1
                }
            }
        }

        private mutating func emit(_ a: Int, _ b: Int, word: Bool) {
            if tokens > 0 { out.append(0x20) }
            var letters = 0, upper = 0
            for k in a..<b {
                let c = s[k]
                if Self.isLetter(c) {
                    letters += 1
                    if Self.isUpper(c) { upper += 1 }
                }
                out.append(Self.lower(c))
            }
            if word {
                let caps = (letters >= 2 && upper == letters) || (b - a == 1 && Self.isUpper(s[a]))
                words += 1
                if caps { capsWords += 1 }
                if tokens == 0 { firstIsWord = true; firstIsCapsWord = caps }
            }
            tokens += 1
        }

        private func scanNumber(_ start: Int) -> Int {
            let stop = s.count
            var j = start
            while j < stop, Self.isDigit(s[j]) { j += 1 }
            while j + 1 < stop {
                let sep = s[j]
                if (sep == 0x2E || sep == 0x2C) && Self.isDigit(s[j + 1]) {
                    var k = j + 1
                    while k < stop, Self.isDigit(s[k]) { k += 1 }
                    j = k
                    continue
                }
                if sep == 0x20, j + 3 < stop, Self.isDigit(s[j + 1]), Self.isDigit(s[j + 2]), Self.isDigit(s[j + 3]),
                   j + 4 >= stop || !Self.isDigit(s[j + 4]) {
                    var k = j - 1, run = 0
                    while k >= 0, Self.isDigit(s[k]) { run += 1; k -= 1 }
                    if run <= 3 { j += 4; continue }
                }
                break
            }
            return j
        }

        private mutating func scanWord(_ start: Int) -> Int {
            let stop = s.count
            var j = start
            var wordStart = start
            while j < stop {
                let c = s[j]
                if Self.isLetter(c) || Self.isDigit(c) { j += 1; continue }
                if c == 0x2D && j + 1 < stop && Self.isLetter(s[j + 1]) { j += 1; continue }
                if Self.isApostrophe(c) && j + 1 < stop && Self.isLetter(s[j + 1]) {
                    if isElision(wordStart, j) {
                        emit(wordStart, j + 1, word: true)
                        wordStart = j + 1
                        j += 1
                        continue
                    }
                    if (s[j + 1] == 0x73 || s[j + 1] == 0x53) && (j + 2 >= stop || !Self.isLetter(s[j + 2])) {
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

        private func isElision(_ a: Int, _ b: Int) -> Bool {
            guard b > a, b - a <= 8 else { return false }
            var lowered: [UInt8] = []
            lowered.reserveCapacity(b - a)
            for k in a..<b { lowered.append(Self.lower(s[k])) }
            return lowered.withUnsafeBufferPointer { Self.elisionWords.contains($0, 0, $0.count) }
        }
    }
}
