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
        guard key.hasPrefix(prefix) else { return key }
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

    private static let table: [(from: [UInt8], to: [UInt8])] = spellings
        .map { (Array($0.from.utf8), Array($0.to.utf8)) }
        .sorted { $0.from.count > $1.from.count }

    /// Appends letters, a letter after the same letter once ("zelenskii", "assaad").
    private static func append(_ bytes: [UInt8], to out: inout [UInt8]) {
        for b in bytes where !(out.last == b && isLetter(b)) { out.append(b) }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) }
}
