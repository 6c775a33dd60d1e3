import CorroborateCore

/// Which sentences are claims: running text that asserts something, not headings, page
/// furniture (comment forms, share buttons, credits), a repeated headline, or fragments.
struct ClaimFilter: Sendable {
    let lexicon: ExtractionLexicon

    func isClaim(tokens: ArraySlice<Token>, isHeading: Bool, text: String, title: String?) -> Bool {
        if isHeading { return false }
        let words = tokens.filter { $0.kind == .word }
        if words.count < 4 { return false }
        // A sentence needs a lowercase word (a verb) to assert anything.
        if !words.contains(where: { !$0.isCapitalized && !$0.isAllCaps && !lexicon.stopwords.contains($0.folded) }) { return false }
        if let t = title, ScalarClass.fold(t) == ScalarClass.fold(text) { return false }
        let folded = tokens.prefix(8).map { $0.folded }.joined(separator: " ")
        for f in lexicon.furniture where folded.hasPrefix(f) { return false }
        return true
    }
}
