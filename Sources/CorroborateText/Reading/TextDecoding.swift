/// Turns the bytes of an input into Unicode scalars: UTF-8 when the bytes are valid UTF-8,
/// else Windows-1252 (the superset of Latin-1 that old French web pages and Word exports
/// use: 0x92 is ’, 0x80 is €). Bytes that are not text at all are refused first.
public enum TextDecoding {
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    public enum Failure: Error, Sendable, Hashable {
        /// Not text: what it looks like ("a PNG image", "NUL bytes").
        case binary(String)
        /// Text in an encoding that is neither UTF-8 nor Latin-1.
        case otherEncoding(String)
    }

    /// Decodes `bytes`. A UTF-8 byte order mark is kept as the scalar U+FEFF, so that offsets
    /// count every scalar of the file, as the JSON contract says; `ScalarClass.isSpace`
    /// treats it as whitespace.
    public static func decode(_ bytes: [UInt8]) -> Result<(scalars: [Unicode.Scalar], encoding: Encoding), Failure> {
        if let failure = sniff(bytes) { return .failure(failure) }
        if let scalars = utf8(bytes) { return .success((scalars, .utf8)) }
        return windows1252(bytes).map { ($0, .windows1252) }
    }

    // MARK: - Not text

    /// File signatures of the formats people most often pass by mistake.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive, such as a .docx, .odt or .epub file"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document"),
        (Array("{\\rtf".utf8), "an RTF document"),
    ]

    /// nil when the bytes may be text.
    static func sniff(_ bytes: [UInt8]) -> Failure? {
        // UTF-32 first: its little-endian mark begins with UTF-16's.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .otherEncoding("UTF-32; convert it to UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .otherEncoding("UTF-16; convert it to UTF-8")
        }
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return .binary(signature.name)
        }
        if bytes.contains(0) { return .binary("it contains NUL bytes") }
        // Control bytes other than tab, line feed, vertical tab, form feed and carriage return:
        // a stray one is tolerated, more than 1% is not text.
        var controls = 0
        for b in bytes where (b < 0x20 && !(b >= 0x09 && b <= 0x0D)) || b == 0x7F { controls += 1 }
        if controls > max(2, bytes.count / 100) { return .binary("\(controls) control bytes") }
        return nil
    }

    // MARK: - UTF-8

    /// nil unless every byte belongs to a well-formed UTF-8 sequence (no overlong forms, no
    /// surrogates, nothing above U+10FFFF). Hand-written over a buffer pointer: this runs
    /// on every byte of every input.
    static func utf8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        bytes.withUnsafeBufferPointer { b -> [Unicode.Scalar]? in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(b.count)
            let n = b.count
            var i = 0
            @inline(__always) func continuation(_ k: Int) -> UInt32? {
                guard k < n, b[k] & 0xC0 == 0x80 else { return nil }
                return UInt32(b[k] & 0x3F)
            }
            while i < n {
                let b0 = b[i]
                if b0 < 0x80 {
                    out.append(Unicode.Scalar(b0))
                    i += 1
                    continue
                }
                var value: UInt32
                switch b0 {
                case 0xC2...0xDF:
                    guard let c1 = continuation(i + 1) else { return nil }
                    value = UInt32(b0 & 0x1F) << 6 | c1
                    i += 2
                case 0xE0...0xEF:
                    guard let c1 = continuation(i + 1), let c2 = continuation(i + 2) else { return nil }
                    value = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
                    // Overlong (< U+0800) or a surrogate (U+D800…U+DFFF).
                    guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
                    i += 3
                case 0xF0...0xF4:
                    guard let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) else { return nil }
                    value = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                    guard value >= 0x10000, value <= 0x10FFFF else { return nil }
                    i += 4
                default:
                    return nil
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                out.append(scalar)
            }
            return out
        }
    }

    // MARK: - Windows-1252

    /// Windows-1252 for 0x80…0x9F (0 = undefined in the code page); Latin-1 elsewhere.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], Failure> {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count)
        var high = 0, visible = 0
        for b in bytes {
            if b > 0x20 { visible += 1 }
            if b >= 0x80 {
                high += 1
                if b < 0xA0 {
                    let v = cp1252High[Int(b) - 0x80]
                    // The five holes of the code page never occur in Windows-1252 or Latin-1 text.
                    guard v != 0, let s = Unicode.Scalar(v) else {
                        return .failure(.otherEncoding("byte 0x\(String(b, radix: 16, uppercase: true)) is undefined in Windows-1252"))
                    }
                    out.append(s)
                    continue
                }
            }
            out.append(Unicode.Scalar(b))
        }
        // French or English in Latin-1 has a few accented letters in a hundred; a Cyrillic or
        // Greek code page read as Latin-1 has mostly high bytes. Short texts prove nothing.
        if visible >= 100 && high * 10 > visible * 3 {
            return .failure(.otherEncoding("\(high * 100 / visible)% of its characters are outside ASCII; it looks like another legacy encoding"))
        }
        return .success(out)
    }
}
