import CorroborateCore

/// The indexed names as a trie over folded tokens: which runs of tokens starting at a
/// position spell a known name, found in one dictionary look-up per token of the run and no
/// string building. Most tokens start no name and cost a single look-up.
///
/// One flat table of edges (node, word) → node rather than a dictionary per node: built in
/// a few milliseconds at start-up.
struct NameTrie: Sendable {
    private struct Edge: Hashable, Sendable {
        let node: Int
        let word: String
    }

    private var edges: [Edge: Int] = [:]
    private var isName: [Bool] = [false]

    /// `names`: folded names, tokens joined by one space (the name index's keys).
    init<S: Collection>(names: S) where S.Element == String {
        edges.reserveCapacity(names.count * 2)
        isName.reserveCapacity(names.count * 2)
        for name in names {
            var node = 0
            // Split on the UTF-8 bytes: `split` on a String walks Characters, far slower.
            let utf8 = name.utf8
            var start = utf8.startIndex
            var i = start
            while true {
                let atEnd = i == utf8.endIndex
                if atEnd || utf8[i] == 0x20 {
                    let edge = Edge(node: node, word: String(name[start..<i]))
                    if let next = edges[edge] {
                        node = next
                    } else {
                        isName.append(false)
                        node = isName.count - 1
                        edges[edge] = node
                    }
                    if atEnd { break }
                    start = utf8.index(after: i)
                }
                i = utf8.index(after: i)
            }
            isName[node] = true
        }
    }

    /// Token counts of the names spelled from token `i` on, longest first.
    func lengths(_ tokens: [Token], at i: Int) -> [Int] {
        var out: [Int] = []
        var node = 0
        var k = i
        while k < tokens.count, let next = edges[Edge(node: node, word: tokens[k].folded)] {
            node = next
            k += 1
            if isName[node] { out.append(k - i) }
        }
        return out.reversed()
    }
}
