extension StringProtocol {
    /// The words of a folded key, split on the ASCII space by bytes: `split(separator:)` on
    /// `Character`s breaks graphemes and costs most of the gazetteer's start-up.
    func foldedWords() -> [SubSequence] {
        var out: [SubSequence] = []
        var start = startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                out.append(self[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(self[start..<endIndex])
        return out.filter { !$0.isEmpty }
    }

    /// Whether the folded key holds this ASCII byte (a hyphen, a space…).
    func containsByte(_ byte: UInt8) -> Bool { utf8.contains(byte) }
}
