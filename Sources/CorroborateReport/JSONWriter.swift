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

    // The output is built in a `String` with `+=` and `unicodeScalars.append(_:)`:
    // `String.UnicodeScalarView.append(contentsOf:)` copies the whole view on every call,
    // which made rendering quadratic in the size of the report.
    static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, to: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, to out: inout String) {
        switch value {
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) { writeInline(value, to: &out); return }
            out.append("[")
            for (i, item) in items.enumerated() {
                out += (i == 0 ? "\n" : ",\n")
                appendIndent(indent + 1, to: &out)
                write(item, indent: indent + 1, to: &out)
            }
            out.append("\n")
            appendIndent(indent, to: &out)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if indent > 0, members.allSatisfy({ $0.value.isFlat }) {
                var line = ""
                writeInline(value, to: &line)
                if line.unicodeScalars.count <= inlineObjectWidth { out += line; return }
            }
            out.append("{")
            for (i, m) in members.enumerated() {
                out += (i == 0 ? "\n" : ",\n")
                appendIndent(indent + 1, to: &out)
                appendString(m.key, to: &out)
                out += ": "
                write(m.value, indent: indent + 1, to: &out)
            }
            out.append("\n")
            appendIndent(indent, to: &out)
            out.append("}")
        default:
            writeInline(value, to: &out)
        }
    }

    /// One-line form: `[1, 2]`, `{"a": 1, "b": [2]}`.
    private static func writeInline(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += (b ? "true" : "false")
        case .number(let d): out += number(d)
        case .decimal2(let d): out += decimal2(d)
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                writeInline(item, to: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, m) in members.enumerated() {
                if i > 0 { out += ", " }
                appendString(m.key, to: &out)
                out += ": "
                writeInline(m.value, to: &out)
            }
            out.append("}")
        }
    }

    private static func appendIndent(_ level: Int, to out: inout String) {
        if level < indents.count { out += indents[level]; return }
        for _ in 0..<(level * 2) { out += " " }
    }

    private static let indents: [String] = (0..<16).map { String(repeating: " ", count: $0 * 2) }

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
        var text = ""
        appendString(s, to: &text)
        out.append(contentsOf: text.unicodeScalars)
    }

    static func appendString(_ s: String, to out: inout String) {
        out.append("\"")
        // Most strings need no escape: appended whole, one copy, instead of scalar by scalar.
        if !needsEscape(s) {
            out += s
            out.append("\"")
            return
        }
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029:
                out += "\\u"
                let hex = String(u.value, radix: 16, uppercase: false)
                for _ in hex.count..<4 { out += "0" }
                out += hex
            default:
                out.unicodeScalars.append(u)
            }
        }
        out.append("\"")
    }
}
