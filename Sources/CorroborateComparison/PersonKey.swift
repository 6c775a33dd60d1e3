/// One key for a person whose name outlets romanize differently: "Vyacheslav Gladkov" and
/// « Viatcheslav Gladkov », "Sergei" and « Sergueï », "Zelenskyy" and « Zelensky », "Yuri" and
/// « Iouri ». Spellings of one sound in the Latin scripts news writes in are brought to one
/// (`spellings`, read left to right, longest first), and doubled letters to one; both keys go
/// through the same folding, so a name written alike stays alike. Two different people of one
/// story rarely share the result.
public enum PersonKey {
    public static let prefix = "person:"

    /// Letter groups of romanized names and the one spelling they are brought to.
    static let spellings: [(from: String, to: String)] = [
        ("dzh", "j"), ("tch", "ch"), ("gue", "ge"), ("gui", "gi"),
        ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("ou", "u"), ("ey", "ei"), ("y", "i"),
    ]

    /// The key with its name's spelling folded; keys of other entities unchanged.
    public static func canonical(_ key: String) -> String {
        guard key.hasPrefix(prefix), mayChange(key) else { return key }
        let name = Array(key.utf8.dropFirst(prefix.utf8.count))
        var out: [UInt8] = []
        out.reserveCapacity(name.count)
        var i = 0
        scan: while i < name.count {
            for (from, to) in table where i + from.count <= name.count && name[i..<(i + from.count)].elementsEqual(from) {
                append(to, to: &out)
                i += from.count
                continue scan
            }
            append([name[i]], to: &out)
            i += 1
        }
        return prefix + String(decoding: out, as: UTF8.self)
    }

    /// Whether any spelling or doubled letter occurs in the key: most names keep their key as
    /// it is, with no string built (comparison asks for every actor and source of every claim).
    private static func mayChange(_ key: String) -> Bool {
        var previous: UInt8 = 0
        for b in key.utf8 {
            if b == UInt8(ascii: "y") || (b == previous && isLetter(b)) { return true }
            if let first = secondLetters[Int(b)], first.contains(previous) { return true }
            previous = b
        }
        return false
    }

    /// For each byte, the bytes before it that start a spelling of `spellings` ("h" after "s",
    /// "z"; "u" after "o", "g"; …), read from the table.
    private static let secondLetters: [[UInt8]?] = {
        var out = [[UInt8]?](repeating: nil, count: 256)
        for (from, _) in spellings {
            let bytes = Array(from.utf8)
            guard bytes.count >= 2 else { continue }
            out[Int(bytes[1])] = (out[Int(bytes[1])] ?? []) + [bytes[0]]
        }
        return out
    }()

    private static let table: [(from: [UInt8], to: [UInt8])] = spellings
        .map { (Array($0.from.utf8), Array($0.to.utf8)) }
        .sorted { $0.from.count > $1.from.count }

    /// Appends letters, a letter after the same letter once ("zelenskii", "assaad").
    private static func append(_ bytes: [UInt8], to out: inout [UInt8]) {
        for b in bytes where !(out.last == b && isLetter(b)) { out.append(b) }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) }
}
