/// A JSON value whose object members keep the order they were built in: no dictionaries,
/// so the same run always renders to the same bytes.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Written as an integer when whole (24, not 24.0), else in shortest round-trip form.
    case number(Double)
    /// Rounded to two decimals, always with a fraction (0.91, 0.5, 1.0): scores.
    case decimal2(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// `.string(s)` or `.null`.
    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Scalars, and arrays of scalars only: what may sit on one line inside an object.
    var isFlat: Bool {
        switch self {
        case .object: return false
        case .array(let items): return items.allSatisfy(\.isScalar)
        default: return true
        }
    }
}

struct JSONMember: Sendable, Equatable {
    let key: String
    let value: JSONValue
    init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// Pretty-prints a `JSONValue` with 2-space indentation. Arrays of scalars and small flat
/// nested objects stay on one line so that long claim lists remain readable.
enum JSONWriter {
    /// Flat objects longer than this (in scalars) are spread over several lines.
    static let inlineObjectWidth = 100

    static func render(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, to: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    // The output is UTF-8 bytes: appending to a byte array costs no String bookkeeping
    // (scalar counts, capacity checks per append), which was most of the rendering time
    // of large reports.
    static func write(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
        switch value {
        case .array(let items):
            if items.isEmpty { append("[]", to: &out); return }
            if items.allSatisfy(\.isScalar) { writeInline(value, to: &out); return }
            writeArray(count: items.count, indent: indent, to: &out) { items[$0] }
        case .object(let members):
            if members.isEmpty { append("{}", to: &out); return }
            if indent > 0, members.allSatisfy({ $0.value.isFlat }) {
                let mark = out.count
                writeInline(value, to: &out)
                if out.count - mark <= inlineObjectWidth || scalarCount(out, from: mark) <= inlineObjectWidth { return }
                out.removeSubrange(mark...)
            }
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                append(i == 0 ? "\n" : ",\n", to: &out)
                appendIndent(indent + 1, to: &out)
                appendString(m.key, to: &out)
                append(": ", to: &out)
                write(m.value, indent: indent + 1, to: &out)
            }
            out.append(0x0A)
            appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeInline(value, to: &out)
        }
    }

    /// An array of `count` values that are not all scalars, each built only when written: a
    /// large report's alignments are never all held as `JSONValue`s at once.
    /// `afterEach` sees the output after each value (to hand a chunk on).
    static func writeArray(count: Int, indent: Int, to out: inout [UInt8], afterEach: (inout [UInt8]) -> Void = { _ in },
                           _ item: (Int) -> JSONValue) {
        out.append(UInt8(ascii: "["))
        for i in 0..<count {
            writeItems(i..<(i + 1), indent: indent, to: &out, item)
            afterEach(&out)
        }
        out.append(0x0A)
        appendIndent(indent, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// Items `range` of an array at `indent` (see `writeArray`), each after its separator:
    /// ranges of one array can be written apart and joined in order.
    static func writeItems(_ range: Range<Int>, indent: Int, to out: inout [UInt8], _ item: (Int) -> JSONValue) {
        for i in range {
            append(i == 0 ? "\n" : ",\n", to: &out)
            appendIndent(indent + 1, to: &out)
            write(item(i), indent: indent + 1, to: &out)
        }
    }

    /// The end of an array written with `writeItems`.
    static func closeArray(indent: Int, to out: inout [UInt8]) {
        out.append(0x0A)
        appendIndent(indent, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// Scalars in `bytes[from...]`.
    static func scalarCount(_ bytes: [UInt8], from: Int) -> Int {
        scalarStarts(bytes[from...])
    }

    /// Scalars of `s`, counted from its UTF-8 bytes: counting `unicodeScalars` decodes each
    /// one, millions of times in a large report.
    static func scalarCount(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable(scalarStarts) ?? s.unicodeScalars.count
    }

    /// The bytes that do not continue a UTF-8 sequence: one per scalar.
    private static func scalarStarts<C: Collection<UInt8>>(_ bytes: C) -> Int {
        var n = 0
        for c in bytes where c & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// One-line form: `[1, 2]`, `{"a": 1, "b": [2]}`.
    private static func writeInline(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let d): append(number(d), to: &out)
        case .decimal2(let d): append(decimal2(d), to: &out)
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { append(", ", to: &out) }
                writeInline(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { append(", ", to: &out) }
                appendString(m.key, to: &out)
                append(": ", to: &out)
                writeInline(m.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    static func appendIndent(_ level: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
    }

    /// True when `s` holds a scalar `appendString` escapes: below U+0020, `"`, `\`, DEL,
    /// U+2028 or U+2029 (UTF-8 E2 80 A8/A9). Checked on the UTF-8 bytes.
    static func needsEscape(_ s: String) -> Bool {
        let found = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }
        return found ?? true
    }

    /// `needsEscape` of the bytes `bytes[from...]`.
    static func needsEscape(_ bytes: [UInt8], from: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = from
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F { return true }
                if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }
    }

    /// JSON has no NaN or infinity: those become null.
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        // Int64(_:) truncates without libm, which this module does not link on its own.
        if abs(d) < 1e15, d == Double(Int64(d)) { return String(Int64(d)) }
        return "\(d)"
    }

    static func decimal2(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        guard abs(d) < 1e12 else { return number(d) }
        let scaled = d * 100
        var hundredths = Int64(scaled)
        let rest = scaled - Double(hundredths)
        if rest >= 0.5 { hundredths += 1 } else if rest <= -0.5 { hundredths -= 1 }
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, frac = magnitude % 100
        let sign = hundredths < 0 ? "-" : ""
        if frac % 10 == 0 { return "\(sign)\(whole).\(frac / 10)" }
        return "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// Quotes and escapes per RFC 8259, plus U+2028/U+2029 (line breaks to JavaScript)
    /// and DEL, so the output is safe to embed anywhere.
    static func appendString(_ s: String, to out: inout String.UnicodeScalarView) {
        var bytes: [UInt8] = []
        appendString(s, to: &bytes)
        out.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    /// The three strings as one JSON string ("article#claim" from its parts): escaping goes
    /// scalar by scalar, so the parts escaped one after the other are the whole escaped.
    static func appendString(_ a: String, _ b: String, _ c: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(a, to: &out)
        appendEscaped(b, to: &out)
        appendEscaped(c, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Scalars `appendString(a, b, c)` writes, quotes included, without writing it.
    static func stringWidth(_ a: String, _ b: String, _ c: String) -> Int {
        2 + escapedWidth(a) + escapedWidth(b) + escapedWidth(c)
    }

    /// Scalars of `s` escaped, without quotes.
    static func escapedWidth(_ s: String) -> Int {
        guard needsEscape(s) else { return scalarCount(s) }
        var bytes: [UInt8] = []
        appendEscaped(s, to: &bytes)
        return scalarCount(bytes, from: 0)
    }

    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(s, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `s` escaped, without quotes.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        // Most strings need no escape: appended whole, then checked where they landed (one
        // pass over the string), and only rewritten scalar by scalar when they do.
        let mark = out.count
        out.append(contentsOf: s.utf8)
        if !needsEscape(out, from: mark) { return }
        out.removeSubrange(mark...)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: append("\\\"", to: &out)
            case 0x5C: append("\\\\", to: &out)
            case 0x0A: append("\\n", to: &out)
            case 0x0D: append("\\r", to: &out)
            case 0x09: append("\\t", to: &out)
            case 0x08: append("\\b", to: &out)
            case 0x0C: append("\\f", to: &out)
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029:
                append("\\u", to: &out)
                let hex = String(u.value, radix: 16, uppercase: false)
                for _ in hex.count..<4 { out.append(UInt8(ascii: "0")) }
                append(hex, to: &out)
            default:
                out.append(contentsOf: String(u).utf8)
            }
        }
    }
}
