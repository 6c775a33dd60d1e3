/// A read-mostly table keyed by folded words, for the lexicon lookups made at every token.
///
/// `Dictionary<String, _>` and `Set<String>` hash each probe with a seeded SipHash over the
/// string (init, bytes, finalize), which was a fifth of the extraction's time; this table
/// hashes the word's UTF-8 bytes eight at a time with a multiply-mix and probes an open-
/// addressed index. It answers lookups only: it has no iteration order to rely on.
/// (The lexicon's keys are fixed; the text only probes, so an adversarial text cannot lengthen
/// the probe chains.)
///
/// Swift compares strings by canonical equivalence ("é" precomposed equals "e" + U+0301), not
/// by bytes. Two strings whose scalars all lie below U+0300 (ASCII, Latin-1, Latin Extended,
/// no combining mark) are in normal form, so for them the two agree: such a word is looked up
/// by its bytes. Any other word, or any word once the table holds a key of another kind, goes
/// to an ordinary dictionary, so that the answers are exactly those of `[String: Value]`.
public struct WordTable<Value: Sendable>: Sendable {
    /// Slot → the high half of the key's hash, then entry index + 1 in the low half (0:
    /// empty): a probe past another word, the common case, reads no other array. A power of
    /// two, at most half full.
    @usableFromInline var slots: [UInt64]
    /// Keys and values side by side, in the order added. (Three arrays in all, with `slots`
    /// and `exact`: a lexicon of dozens of tables is copied into each recognizer, a retain
    /// and a release per array.)
    @usableFromInline var entries: [(key: String, value: Value)] = []
    /// Every key by its entry index, for the words the byte index cannot answer.
    @usableFromInline var exact: [String: Int] = [:]
    /// A key has a scalar from U+0300 on: only `exact` answers.
    @usableFromInline var hasComplexKey = false

    public init() { slots = [UInt64](repeating: 0, count: 8) }

    /// The entries of a dictionary (in its order: lookups do not depend on it).
    public init(_ dictionary: [String: Value]) {
        self.init()
        for (k, v) in dictionary { self[k] = v }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The words of the table, in the order they were first added.
    public var words: [String] { entries.map(\.key) }

    @inlinable
    public subscript(word: String) -> Value? {
        get {
            guard let e = index(of: word) else { return nil }
            return entries[e].value
        }
        set {
            if let e = index(of: word) {
                if let v = newValue {
                    entries[e].value = v
                } else {
                    // Removal is rare (building only): rebuild without the word.
                    var rebuilt = WordTable()
                    for k in entries.indices where k != e { rebuilt[entries[k].key] = entries[k].value }
                    self = rebuilt
                }
                return
            }
            guard let v = newValue else { return }
            if !Self.hash(word).simple { hasComplexKey = true }
            exact[word] = entries.count
            entries.append((word, v))
            if entries.count * 2 > slots.count { reindex(capacity: slots.count * 2) } else { place(entries.count - 1) }
        }
    }

    @inlinable
    public subscript(word: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[word] ?? fallback() }
        set { self[word] = newValue }
    }

    /// The entry index of `word`, if the table holds it.
    @inlinable
    func index(of word: String) -> Int? {
        let (h, simple) = Self.hash(word)
        if !simple || hasComplexKey { return exact[word] }
        let mask = slots.count - 1
        let high = h & 0xFFFF_FFFF_0000_0000
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[s]
            if slot == 0 { return nil }
            if slot & 0xFFFF_FFFF_0000_0000 == high {
                let e = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if entries[e].key == word { return e }
            }
            s = (s + 1) & mask
        }
    }

    @usableFromInline
    mutating func place(_ e: Int) {
        let h = Self.hash(entries[e].key).hash
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = h & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
    }

    @usableFromInline
    mutating func reindex(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        for e in entries.indices { place(e) }
    }

    /// The hash of a word's UTF-8 bytes (eight at a time, each folded in by a multiply, then
    /// mixed so that the low bits, the slot, depend on every byte), and whether every scalar
    /// lies below U+0300: every byte below 0xCC (U+02FF is 0xCB 0xBF).
    @inlinable @inline(__always)
    public static func hash(_ word: String) -> (hash: UInt64, simple: Bool) {
        if let h = word.utf8.withContiguousStorageIfAvailable({ hash(bytes: UnsafeRawBufferPointer($0)) }) { return h }
        return Array(word.utf8).withUnsafeBytes { hash(bytes: $0) }
    }

    @inlinable @inline(__always)
    static func hash(bytes raw: UnsafeRawBufferPointer) -> (hash: UInt64, simple: Bool) {
        let n = raw.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            let chunk = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= chunk
            h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            // The last one to seven bytes in at most three loads, in the order of the bytes.
            let rest = n - i
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if rest & 4 != 0 {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                i += 4
                shift = 32
            }
            if rest & 2 != 0 {
                tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                i += 2
                shift += 16
            }
            if rest & 1 != 0 { tail |= UInt64(raw[i]) << shift }
            high |= tail
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 31
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        // Pure ASCII (the common case) needs no byte-by-byte check.
        if high & 0x8080_8080_8080_8080 == 0 { return (h, true) }
        for b in raw where b >= 0xCC { return (h, false) }
        return (h, true)
    }
}

/// A set of folded words with `WordTable`'s lookup.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var table = WordTable<Bool>()

    public init() {}
    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { table[w] = true }
    }
    public init(arrayLiteral words: String...) { self.init(words) }

    @inlinable
    public func contains(_ word: String) -> Bool { table.index(of: word) != nil }

    public mutating func insert(_ word: String) { table[word] = true }
    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { table[w] = true }
    }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }
    /// The words, in the order they were first added.
    public var words: [String] { table.words }
}
