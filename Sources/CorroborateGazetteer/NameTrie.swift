import CorroborateCore

/// The indexed names as a trie over folded tokens: which runs of tokens starting at a
/// position spell a known name, found in one dictionary look-up per token of the run and no
/// string building. Most tokens start no name and cost a single look-up.
struct NameTrie: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var isName = false
    }

    private var nodes: [Node] = [Node()]

    /// `names`: folded names, tokens joined by one space (the name index's keys).
    init<S: Sequence>(names: S) where S.Element == String {
        for name in names {
            var node = 0
            for part in name.split(separator: " ", omittingEmptySubsequences: false) {
                let word = String(part)
                if let next = nodes[node].children[word] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[word] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            nodes[node].isName = true
        }
    }

    /// Token counts of the names spelled from token `i` on, longest first.
    func lengths(_ tokens: [Token], at i: Int) -> [Int] {
        var out: [Int] = []
        var node = 0
        var k = i
        while k < tokens.count, let next = nodes[node].children[tokens[k].folded] {
            node = next
            k += 1
            if nodes[node].isName { out.append(k - i) }
        }
        return out.reversed()
    }
}
