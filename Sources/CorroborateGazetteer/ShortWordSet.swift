/// A set of short words (articles, particles) tested against the bytes of a folded key
/// without building a `String` per word: words of up to eight UTF-8 bytes are packed into
/// one integer. Longer words go to an ordinary set.
struct ShortWordSet {
    private var packed: Set<UInt64> = []
    private var long: Set<String> = []

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            if let code = Self.pack(Array(word.utf8)[...]) { packed.insert(code) } else { long.insert(word) }
        }
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if let code = Self.pack(bytes[start..<end]) { return packed.contains(code) }
        return !long.isEmpty && long.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    private static func pack<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
        var code: UInt64 = 0
        for byte in bytes { code = code << 8 | UInt64(byte) }
        return code
    }
}
