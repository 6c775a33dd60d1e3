/// The entity covering each token of one article, in an array indexed by token: it is looked
/// up for nearly every token, where a `[Int: Int]` would hash each index.
struct TokenEntityMap: Sendable {
    /// Entity index per token; -1 where no name covers the token.
    private var slots: [Int]

    init(count: Int) { slots = [Int](repeating: -1, count: count) }

    /// Like a dictionary: nil for any token no name covers, in range or not.
    subscript(k: Int) -> Int? {
        get { k >= 0 && k < slots.count && slots[k] >= 0 ? slots[k] : nil }
        set {
            guard k >= 0 else { return }
            if k >= slots.count { slots.append(contentsOf: repeatElement(-1, count: k - slots.count + 1)) }
            slots[k] = newValue ?? -1
        }
    }
}

/// A set of token indices of one article as one flag per token, for the same reason.
struct TokenSet: Sendable {
    private var flags: [Bool]

    init(count: Int) { flags = [Bool](repeating: false, count: count) }

    func contains(_ k: Int) -> Bool { k >= 0 && k < flags.count && flags[k] }

    mutating func insert(_ k: Int) {
        guard k >= 0 else { return }
        if k >= flags.count { flags.append(contentsOf: repeatElement(false, count: k - flags.count + 1)) }
        flags[k] = true
    }
}
