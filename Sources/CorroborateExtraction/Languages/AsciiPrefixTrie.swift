/// Keys as a trie over ASCII bytes (128 children per node, in one flat array): the longest
/// key that is a prefix of an ASCII word in one walk, with no string built or hashed per
/// prefix length. Built only when every key is ASCII, where byte equality is exactly
/// `String` equality; words that are not ASCII are left to the caller.
struct AsciiPrefixTrie: Sendable {
    /// `node * 128 + byte` → child node; 0 for none (the root is never a child).
    private var children: [Int32]
    /// The value of the key ending at each node.
    private var values: [String?]

    init?(_ entries: [String: String]) {
        guard entries.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        children = [Int32](repeating: 0, count: 128)
        values = [nil]
        for (key, value) in entries {
            var node = 0
            for b in key.utf8 {
                let slot = node * 128 + Int(b)
                if children[slot] == 0 {
                    children[slot] = Int32(values.count)
                    values.append(nil)
                    children.append(contentsOf: repeatElement(0, count: 128))
                }
                node = Int(children[slot])
            }
            values[node] = value
        }
    }

    /// The value of the longest key that is a prefix of `word` (`answered` false when the
    /// word is not all ASCII: then the trie says nothing).
    func longestPrefix(of word: String) -> (answered: Bool, value: String?) {
        // Over the word's bytes in place (a String's UTF-8 view steps through an index per
        // byte), keeping the best node rather than copying its value at each step.
        if let found = word.utf8.withContiguousStorageIfAvailable({ walk($0) }) { return found }
        return walk(Array(word.utf8))
    }

    private func walk<C: Collection>(_ bytes: C) -> (answered: Bool, value: String?) where C.Element == UInt8 {
        var best = 0
        var node = 0
        var alive = true
        for b in bytes {
            guard b < 0x80 else { return (false, nil) }
            guard alive else { continue }
            let child = Int(children[node * 128 + Int(b)])
            if child == 0 { alive = false; continue }
            node = child
            if values[node] != nil { best = node }
        }
        return (true, values[best])
    }
}
