import CorroborateCore

/// Splits a body into blocks (lines) and sentences.
///
/// A sentence ends at . ! ? … (with closing quotes or brackets after it) followed by space and
/// a capital, an opening quote, a digit or a dash; also at a period glued to a capital
/// ("fin.Le", as scraped pages give). Not after abbreviations ("M.", "Dr.", "déc.", "U.S."),
/// initials, or inside decimals. Sentences inside a quotation are split too, but remember
/// their quotation so attribution can reach every sentence a quote spans.
///
/// A run longer than `maxSentenceLength` without a sentence end (a scraped list or table
/// flattened to one line, a page without punctuation) is cut at spaces, so that no later
/// stage ever works on one unbounded sentence.
public struct SentenceSegmenter: Sendable {
    let abbreviations: Set<String>

    /// Longest sentence, in scalars. Real sentences stay far below it (the longest of the dev
    /// articles has under 400); later stages may spend time quadratic in a sentence's length.
    public static let maxSentenceLength = 2_000

    public init(abbreviations: Set<String> = SentenceSegmenter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    /// Folded words that a period does not end a sentence after (French and English).
    public static let defaultAbbreviations: Set<String> = Set(LexiconTable.words("""
    m
    mm
    mme
    mmes
    mlle
    dr
    pr
    me
    mgr
    st
    ste
    mr
    mrs
    ms
    prof
    gen
    gén
    col
    lt
    sgt
    capt
    rep
    sen
    gov
    jr
    sr
    etc
    cf
    ex
    vs
    env
    av
    apr
    no
    nos
    art
    p
    pp
    vol
    fig
    janv
    fév
    fev
    févr
    avr
    juil
    sept
    oct
    nov
    déc
    dec
    jan
    feb
    mar
    aug
    sep
    inc
    ltd
    co
    corp
    bd
    boul
    """).map { ScalarClass.fold($0) })

    public func segment(_ text: TextBuffer, from start: Int, to end: Int, excluding excluded: [Range<Int>] = []) -> Segmentation {
        let s = text.scalars
        var sentences: [Sentence] = []
        var quotes: [Quotation] = []
        var block = 0
        var blockStart = start
        var lineStart = start
        var i = start
        while i <= end {
            if i == end || s[i] == "\n" || s[i] == "\r" {
                // A line that breaks inside a sentence (a soft wrap, "… rebel forces in\nSyria have …")
                // goes on in the next line unless a blank line or a heading ends it.
                if i < end, let (a, b) = trimmed(s, lineStart, i), isSoftWrap(s, a, b, next: i, end: end) {
                    lineStart = i + 1
                    i += 1
                    continue
                }
                if let (a, b) = trimmed(s, blockStart, i), !excluded.contains(where: { $0.overlaps(a..<b) && $0.lowerBound <= a }) {
                    splitBlock(s, a, b, block: block, into: &sentences, quotes: &quotes)
                    block += 1
                }
                lineStart = i + 1
                blockStart = i + 1
            }
            i += 1
        }
        return Segmentation(sentences: sentences, quotes: quotes)
    }

    /// The line `a..<b` ends inside a sentence and the next line carries it on.
    private func isSoftWrap(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, next i: Int, end: Int) -> Bool {
        let last = s[b - 1]
        if last == "." || last == "!" || last == "?" || last == "\u{2026}" || ScalarClass.isClosingQuote(last) || last == "\"" || last == "+" { return false }
        if s[a] == "+" || s[a] == "#" { return false }
        // The next line must follow at once (no blank line) and hold text.
        var j = i
        if s[j] == "\r", j + 1 < end, s[j + 1] == "\n" { j += 1 }
        j += 1
        var sawText = false
        while j < end, s[j] != "\n", s[j] != "\r" {
            if !ScalarClass.isSpace(s[j]) { sawText = true; break }
            j += 1
        }
        guard sawText else { return false }
        if last == "," || last == ":" || last == ";" || ScalarClass.isOpeningQuote(last) { return true }
        var words = 0, inWord = false
        for k in a..<b {
            if ScalarClass.isSpace(s[k]) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words >= 6
    }

    private func trimmed(_ s: [Unicode.Scalar], _ a0: Int, _ b0: Int) -> (Int, Int)? {
        var a = a0, b = b0
        while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        return a < b ? (a, b) : nil
    }

    private func splitBlock(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, block: Int, into sentences: inout [Sentence], quotes: inout [Quotation]) {
        let heading = isHeading(s, a, b)
        // Quotations of the block.
        var blockQuotes: [Int] = []
        var openStack: [(Int, Unicode.Scalar)] = []
        var straightOpen: Int? = nil
        for k in a..<b {
            let c = s[k]
            if ScalarClass.isOpeningQuote(c) {
                openStack.append((k, c))
            } else if ScalarClass.isClosingQuote(c) {
                if let (o, _) = openStack.popLast(), openStack.isEmpty {
                    quotes.append(Quotation(open: o, close: k))
                    blockQuotes.append(quotes.count - 1)
                } else if openStack.isEmpty, blockQuotes.isEmpty, straightOpen == nil {
                    // A closing mark with no opening one before it in the paragraph (lost by the
                    // page: "… arrivés à Moscou. La Russie leur a accordé l'asile », ont rapporté
                    // les agences"): the quotation ran from the paragraph's start.
                    quotes.append(Quotation(open: a, close: k))
                    blockQuotes.append(quotes.count - 1)
                }
            } else if c == "\"" {
                if let o = straightOpen {
                    quotes.append(Quotation(open: o, close: k))
                    blockQuotes.append(quotes.count - 1)
                    straightOpen = nil
                } else if k == a || !ScalarClass.isLetter(s[k - 1]) {
                    straightOpen = k
                }
            }
        }
        if let (o, _) = openStack.first {
            quotes.append(Quotation(open: o, close: b))
            blockQuotes.append(quotes.count - 1)
        }
        var locator = QuoteLocator(quotes: quotes, ids: blockQuotes)
        func emit(_ x0: Int, _ y: Int) {
            var x = x0
            while y - x > SentenceSegmenter.maxSentenceLength {
                // Cut at the last space in the second half of the window, else (one huge
                // word) at the limit itself.
                var cut = x + SentenceSegmenter.maxSentenceLength
                var k = cut
                while k > x + SentenceSegmenter.maxSentenceLength / 2, !ScalarClass.isSpace(s[k]) { k -= 1 }
                if ScalarClass.isSpace(s[k]) { cut = k }
                if let (p, q) = trimmed(s, x, cut) {
                    sentences.append(Sentence(start: p, end: q, block: block, quote: locator.locate(p, q), isHeading: heading))
                }
                x = cut
            }
            if let (p, q) = trimmed(s, x, y) {
                sentences.append(Sentence(start: p, end: q, block: block, quote: locator.locate(p, q), isHeading: heading))
            }
        }
        var sentStart = a
        var k = a
        while k < b {
            let c = s[k]
            if c == "." || c == "!" || c == "?" || c == "\u{2026}" {
                var j = k + 1
                while j < b, s[j] == "." || s[j] == "!" || s[j] == "?" || s[j] == "\u{2026}" { j += 1 }
                while j < b, ScalarClass.isClosingQuote(s[j]) || s[j] == ")" || s[j] == "]" || s[j] == "\"" || s[j] == "\u{2019}" { j += 1 }
                if isBoundary(s, k, j, b) {
                    if let (x, y) = trimmed(s, sentStart, j) { emit(x, y) }
                    sentStart = j
                }
                k = j
                continue
            }
            k += 1
        }
        if let (x, y) = trimmed(s, sentStart, b) { emit(x, y) }
    }

    /// `k` is the terminator, `j` the first scalar after it and its closing marks.
    private func isBoundary(_ s: [Unicode.Scalar], _ k: Int, _ j: Int, _ b: Int) -> Bool {
        if j >= b { return false }
        let glued = !ScalarClass.isSpace(s[j])
        var n = j
        while n < b, ScalarClass.isSpace(s[n]) { n += 1 }
        if n >= b { return false }
        let next = s[n]
        if s[k] == "." {
            // The word before the period.
            var w = k
            while w > 0, ScalarClass.isLetter(s[w - 1]) { w -= 1 }
            let word = ScalarClass.fold(s[w..<k])
            if word.isEmpty {
                if glued, k > 0, ScalarClass.isDigit(s[k - 1]), ScalarClass.isDigit(next) { return false }
            } else {
                if abbreviations.contains(word) { return false }
                // Initials: "J. Smith", "U.S." — a single letter before the period; not the
                // letter a platform is named by ("a-t-il écrit sur X. Le président …").
                if k - w == 1, ScalarClass.isUpper(s[w]) || (w > 0 && s[w - 1] == "."), !namesLetter(s, before: w) { return false }
            }
            if glued {
                // "fin.Le": only a lowercase word of 2+ letters glued to a capital.
                return k - w >= 2 && !ScalarClass.isUpper(s[w]) && ScalarClass.isUpper(next) && j == k + 1
            }
        } else if glued {
            return false
        } else if s[k] == "!", isInterjection(s, k) {
            return false
        }
        return ScalarClass.isUpper(next) || ScalarClass.isOpeningQuote(next) || next == "\"" || ScalarClass.isDigit(next)
            || next == "-" || next == "\u{2013}" || next == "\u{2014}" || next == "(" || next == "["
            || opensWithParticleName(s, n, b)
    }

    /// The word before position `w` is one after which a lone capital letter is a name, not an
    /// initial (`letterNameCues`: « sur X », « le réseau X », "on X").
    private func namesLetter(_ s: [Unicode.Scalar], before w: Int) -> Bool {
        var e = w
        while e > 0, ScalarClass.isSpace(s[e - 1]) { e -= 1 }
        guard e < w else { return false }
        var a = e
        while a > 0, ScalarClass.isLetter(s[a - 1]) { a -= 1 }
        return a < e && SentenceSegmenter.letterNameCues.contains(ScalarClass.fold(s[a..<e]))
    }

    /// Folded words after which a lone capital letter names something (the social network X):
    /// « sur X. », « le réseau social X. », "on X.", "via X.".
    static let letterNameCues: Set<String> = ["sur", "via", "social", "reseau", "on", "platform"]

    /// "al-Assad a quitté…", "el-Sissi said…": a name opening with its lowercase particle glued
    /// by a hyphen to a capital starts a sentence as a capital would.
    private func opensWithParticleName(_ s: [Unicode.Scalar], _ n: Int, _ b: Int) -> Bool {
        var m = n
        while m < b, m - n <= 3, ScalarClass.isLetter(s[m]), !ScalarClass.isUpper(s[m]) { m += 1 }
        return m > n && m - n <= 3 && m + 1 < b && s[m] == "-" && ScalarClass.isUpper(s[m + 1])
    }

    /// "« Breaking news! Assad is in Moscow »", "Urgent ! Le convoi…": one or two words cried
    /// out at the start of a quotation or a line open the sentence that follows.
    private func isInterjection(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var words = 0, inWord = false
        var w = k - 1
        while w >= 0, ScalarClass.isLetter(s[w]) || ScalarClass.isSpace(s[w]) && s[w] != "\n" {
            if ScalarClass.isSpace(s[w]) { inWord = false } else if !inWord { inWord = true; words += 1 }
            if words > 2 { return false }
            w -= 1
        }
        return words >= 1 && (w < 0 || s[w] == "\n" || ScalarClass.isOpeningQuote(s[w]) || s[w] == "\"")
    }

    /// A line that is not running text: "+ … +" sub-headings, short lines without final
    /// punctuation ("Leave a Reply", section titles).
    private func isHeading(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        if s[a] == "+" && s[b - 1] == "+" { return true }
        if s[a] == "#" { return true }
        let last = s[b - 1]
        let endsLikeSentence = last == "." || last == "!" || last == "?" || last == "\u{2026}" || last == ":"
            || ScalarClass.isClosingQuote(last) || last == "\"" || last == ")" || last == ";"
        if endsLikeSentence { return false }
        // A quotation, or a line with a sentence inside it, is running text cut short, not a title.
        if ScalarClass.isOpeningQuote(s[a]) || s[a] == "\"" { return false }
        for k in a..<(b - 1) where (s[k] == "." || s[k] == "!" || s[k] == "?") && ScalarClass.isSpace(s[k + 1]) { return false }
        var words = 0
        var inWord = false
        for k in a..<b {
            if ScalarClass.isSpace(s[k]) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words <= 25
    }
}

/// Which quotation each sentence of a block belongs to: the one it starts inside, else the
/// first it opens, "first" in the block's order of quotations. Sentences are asked in order;
/// one sweep with a heap instead of a scan of every quotation per sentence, since a block
/// may hold thousands of both.
private struct QuoteLocator {
    let quotes: [Quotation]
    /// The block's quotations (indices into `quotes`), in the block's order.
    let ids: [Int]
    /// Positions in `ids`, by opening offset.
    let byOpen: [Int]
    var nextOpen = 0
    /// Positions in `ids` of the quotations opened so far; a min-heap, so its top is the
    /// first in block order. Closed ones are dropped when they reach the top.
    var heap: [Int] = []

    init(quotes: [Quotation], ids: [Int]) {
        self.quotes = quotes
        self.ids = ids
        byOpen = ids.indices.sorted { (quotes[ids[$0]].open, $0) < (quotes[ids[$1]].open, $1) }
    }

    private func open(_ p: Int) -> Int { quotes[ids[p]].open }
    private func close(_ p: Int) -> Int { quotes[ids[p]].close }

    mutating func locate(_ start: Int, _ end: Int) -> Int? {
        while nextOpen < byOpen.count, open(byOpen[nextOpen]) <= start {
            push(byOpen[nextOpen])
            nextOpen += 1
        }
        while let top = heap.first, close(top) <= start { pop() }
        if let top = heap.first { return ids[top] }
        var first: Int? = nil
        var k = nextOpen
        while k < byOpen.count, open(byOpen[k]) < end {
            first = min(first ?? byOpen[k], byOpen[k])
            k += 1
        }
        return first.map { ids[$0] }
    }

    private mutating func push(_ p: Int) {
        heap.append(p)
        var i = heap.count - 1
        while i > 0, heap[(i - 1) / 2] > heap[i] {
            heap.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    private mutating func pop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, heap[l] < heap[m] { m = l }
            if r < heap.count, heap[r] < heap[m] { m = r }
            if m == i { return }
            heap.swapAt(i, m)
            i = m
        }
    }
}
