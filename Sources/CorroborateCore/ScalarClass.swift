/// Character classes and folding on single Unicode scalars: the hot paths never build
/// `Character`s. Folding lowercases, strips Latin diacritics and unifies apostrophes and
/// dashes, so lexicon keys match "Élysée", "elysee" and "ÉLYSÉE" alike.
public enum ScalarClass {
    // The class tests are `@inlinable`: the tokenizer and the recognizers call them from
    // other modules for every scalar, where a plain public function is an opaque call.
    @inlinable @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if v == 0xAA || v == 0xBA { return true }
        if v < 0xC0 || v == 0xD7 || v == 0xF7 { return false }
        // Latin-1 letters and Latin Extended-A and B (U+00C0–U+024F) are all alphabetic:
        // answered without the Unicode property lookup, slow for the accented letters of French.
        if v <= 0x24F { return true }
        return s.properties.isAlphabetic
    }

    /// Significant digits among the first `limit` digits of `scalars` ("1,089 million": 4;
    /// "800 000": 1): leading and trailing zeros only place or round the figure.
    @inlinable
    public static func significantDigits<S: Sequence>(_ scalars: S, limit: Int = .max) -> Int where S.Element == Unicode.Scalar {
        var first = -1, last = -1, count = 0
        for s in scalars where isDigit(s) && count < limit {
            if s != "0" {
                if first < 0 { first = count }
                last = count
            }
            count += 1
        }
        return first < 0 ? 0 : last - first + 1
    }

    @inlinable @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inlinable @inline(__always)
    public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        // Latin-1: the uppercase letters are U+00C0–U+00DE but for the sign ×.
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    /// Spaces of every kind, including no-break spaces typography puts before « : ; ».
    @inlinable @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x2009, 0x200A, 0x2002...0x2006, 0x2008, 0x3000, 0xFEFF, 0x85:
            return true
        default:
            return false
        }
    }

    @inlinable @inline(__always)
    public static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x2032, 0x60, 0xB4: return true
        default: return false
        }
    }

    @inlinable @inline(__always)
    public static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2011: return true
        default: return false
        }
    }

    public static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xAB, 0x201C, 0x201E, 0x2039: return true
        default: return false
        }
    }

    public static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xBB, 0x201D, 0x203A: return true
        default: return false
        }
    }

    /// Appends the folded form of `s` (lowercase, no diacritics, ' for apostrophes).
    @inline(__always)
    public static func appendFolded(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s)
            return
        }
        if isApostrophe(s) { out.append("'"); return }
        if isHyphen(s) { out.append("-"); return }
        if let base = latinBase(v) {
            // One by one: `append(contentsOf:)` on a UnicodeScalarView copies the whole view.
            for b in base.unicodeScalars { out.append(b) }
            return
        }
        for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l) }
    }

    public static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for s in scalars { appendFolded(s, to: &out) }
        return String(out)
    }

    /// The same, straight to UTF-8 in a stack buffer: one String built, no intermediate
    /// view (every token is folded, so this is among the hottest paths). The concrete
    /// overloads let other modules call a specialized body, not generic code.
    public static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String { foldToUTF8(scalars) }
    public static func fold(_ scalars: [Unicode.Scalar]) -> String { foldToUTF8(scalars) }
    public static func fold(_ scalar: Unicode.Scalar) -> String { foldToUTF8(CollectionOfOne(scalar)) }
    public static func fold(_ string: String) -> String { foldToUTF8(string.unicodeScalars) }
    public static func fold(_ string: Substring) -> String { foldToUTF8(string.unicodeScalars) }
    public static func fold<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar { foldToUTF8(scalars) }

    @inline(__always)
    static func foldToUTF8<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        // A folded scalar is at most 3 scalars (Unicode's longest lowercase mapping) of 4 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 12) { buffer in
            var i = 0
            for s in scalars { i = writeFolded(s, to: buffer, at: i) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<i]), as: UTF8.self)
        }
    }

    /// The scalars as a String, encoded straight to UTF-8.
    /// (`String.UnicodeScalarView.append(contentsOf:)` builds two intermediate strings and
    /// copies the whole view on every call.)
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String { utf8String(scalars) }
    public static func string(_ scalars: [Unicode.Scalar]) -> String { utf8String(scalars) }
    public static func string(_ scalars: Substring.UnicodeScalarView) -> String { utf8String(scalars) }
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar { utf8String(scalars) }

    @inline(__always)
    static func utf8String<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var count = 0
        for s in scalars { count += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for s in scalars { i = writeUTF8(s, to: buffer, at: i) }
            return i
        }
    }

    /// `appendFolded` into a UTF-8 buffer with room; returns the next free index.
    @inline(__always)
    static func writeFolded(_ s: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            buffer[i] = UInt8(v >= 65 && v <= 90 ? v + 32 : v)
            return i + 1
        }
        if isApostrophe(s) { buffer[i] = 0x27; return i + 1 }
        if isHyphen(s) { buffer[i] = 0x2D; return i + 1 }
        var j = i
        if let base = latinBase(v) {
            for b in base.utf8 { buffer[j] = b; j += 1 }
            return j
        }
        for l in s.properties.lowercaseMapping.unicodeScalars { j = writeUTF8(l, to: buffer, at: j) }
        return j
    }

    @inline(__always)
    static func writeUTF8(_ s: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let v = s.value
        switch v {
        case 0..<0x80:
            buffer[i] = UInt8(v)
            return i + 1
        case 0x80..<0x800:
            buffer[i] = UInt8(0xC0 | (v >> 6))
            buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
            return i + 2
        case 0x800..<0x10000:
            buffer[i] = UInt8(0xE0 | (v >> 12))
            buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
            return i + 3
        default:
            buffer[i] = UInt8(0xF0 | (v >> 18))
            buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
            return i + 4
        }
    }

    private static func latinBase(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
        case 0xC6, 0xE6: return "ae"
        case 0xC7, 0xE7, 0x106...0x10D: return "c"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
        case 0xD1, 0xF1, 0x143...0x148: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
        case 0x152, 0x153: return "oe"
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
        case 0xDD, 0xFD, 0xFF, 0x178: return "y"
        case 0xDF: return "ss"
        case 0x15A...0x161: return "s"
        case 0x179...0x17E: return "z"
        case 0x10E...0x111: return "d"
        case 0x11C...0x123: return "g"
        case 0x141, 0x142, 0x139...0x13E: return "l"
        case 0x154...0x159: return "r"
        case 0x162...0x167: return "t"
        default: return nil
        }
    }
}
