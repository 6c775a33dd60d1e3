import CorroborateCore

/// Which sentences are claims: running text that asserts something, not headings, page
/// furniture (comment forms, share buttons, credits), a repeated headline, or fragments.
struct ClaimFilter: Sendable {
    let lexicon: ExtractionLexicon

    /// `foldedTitle`: the article's title folded, once per article rather than per sentence.
    func isClaim(tokens: ArraySlice<Token>, isHeading: Bool, text: String, foldedTitle: String?) -> Bool {
        // A line without final punctuation is a heading, unless it says whom its figure comes
        // from ("Près de 300 000 manifestants à Marseille, selon la CGT").
        if isHeading {
            guard let first = tokens.first, first.kind == .word, hasSourceCue(tokens) else { return false }
        }
        // A figure with an auxiliary or a copula asserts something checkable however short:
        // "Turnout was 61.3%."; a dateline, "MOSCOU, 9 décembre (TASS).", has no verb.
        func isAuxiliary(_ t: Token) -> Bool { lexicon.auxiliaries.contains(t.folded) || lexicon.passiveAuxiliaries.contains(t.folded) }
        let statesFigure = tokens.contains(where: { $0.kind == .number }) && tokens.contains(where: { $0.kind == .word && !$0.isCapitalized && isAuxiliary($0) })
        // Words counted and searched in place: no array of copied tokens per sentence.
        var wordCount = 0
        for t in tokens where t.kind == .word {
            wordCount += 1
            if wordCount >= 4 { break }
        }
        if wordCount < (statesFigure ? 2 : 4) { return false }
        // A sentence needs a lowercase word (a verb) to assert anything.
        if !statesFigure, !tokens.contains(where: { $0.kind == .word && !$0.isCapitalized && !$0.isAllCaps && !lexicon.stopwords.contains($0.folded) && !isParticleName($0.folded) }) {
            return false
        }
        // A question asks; it does not assert.
        if let last = tokens.last(where: { $0.kind == .punctuation && !ScalarClass.isClosingQuote($0.folded.unicodeScalars.first ?? " ") && $0.folded != "\"" }),
           last.folded == "?", last.end >= (tokens.last?.end ?? 0) - 2 { return false }
        if let t = foldedTitle, t == ScalarClass.fold(text) { return false }
        return !lexicon.furniturePrefixes.opens(tokens)
    }

    private func hasSourceCue(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.map { $0.folded }
        for parts in lexicon.sourceCueWords {
            guard parts.count <= words.count else { continue }
            for i in 0...(words.count - parts.count) where Array(words[i..<(i + parts.count)]) == parts { return true }
        }
        return false
    }

    /// "al-Assad", "el-Sissi": a name glued to its particle, not a lowercase word.
    private func isParticleName(_ w: String) -> Bool {
        guard let dash = w.firstHyphenIndex else { return false }
        return ["al", "el", "ez", "ad", "as", "ash", "ben", "bin", "abu", "abou"].contains(String(w[..<dash]))
    }
}
