import CorroborateCore

/// Turning arbitrary article text into safe Markdown: one line, syntax characters escaped,
/// so a claim can never open a heading, a list, a link, a table cell or an HTML tag.
enum Markdown {
    /// Whitespace runs (newlines, tabs, no-break spaces, control characters) become one
    /// space; ends trimmed. Claims may span lines; Markdown lines may not.
    static func oneLine(_ s: String) -> String {
        if isOneLine(s) { return s }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            let v = u.value
            if ScalarClass.isSpace(u) || v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0x2028 || v == 0x2029 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
        }
        return String(out)
    }

    /// True when `oneLine` would return `s` unchanged: no whitespace but single inner
    /// spaces, no control characters. Most claims are; they are then not rebuilt. Read as
    /// UTF-8 bytes: decoding scalars was most of a large report's Markdown time.
    static func isOneLine(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            var previousSpace = true   // a leading space must go
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    i += 1
                    continue
                }
                previousSpace = false
                if c < 0x20 || c == 0x7F { return false }
                // The scalars `oneLine` replaces beyond ASCII: U+0080–U+00A0 (C2 80–A0),
                // U+2002–U+200A, U+2028, U+2029, U+202F (E2 80 …), U+3000, U+FEFF.
                if c == 0xC2, i + 1 < n, b[i + 1] <= 0xA0 { return false }
                if c >= 0xE2, i + 2 < n {
                    let x = b[i + 1], y = b[i + 2]
                    if c == 0xE2, x == 0x80, (0x82...0x8A).contains(y) || y == 0xA8 || y == 0xA9 || y == 0xAF { return false }
                    if c == 0xE3, x == 0x80, y == 0x80 { return false }
                    if c == 0xEF, x == 0xBB, y == 0xBF { return false }
                }
                i += 1
            }
            return !previousSpace || n == 0
        } ?? isOneLineByScalars(s)
    }

    /// `isOneLine` scalar by scalar: for strings without contiguous UTF-8.
    static func isOneLineByScalars(_ s: String) -> Bool {
        var previousSpace = true
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            if ScalarClass.isSpace(u) || v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0x2028 || v == 0x2029 { return false }
            previousSpace = false
        }
        return !previousSpace || s.isEmpty
    }

    /// Inline text, escaped: `\ ` * _ [ ] < > | ~ #` everywhere, `&` where it starts an
    /// entity (`&amp;`), and a leading block marker (`- `, `+ `, `1. `, `2) `, `---`).
    static func text(_ s: String) -> String {
        let line = oneLine(s)
        if !mayNeedEscape(line) { return line }
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Block markers count only when followed by a space or the end ("1. x", "- x", "---"),
        // so "480.000 personnes" and "-5 degrés" stay as they are.
        func endsMarker(_ i: Int) -> Bool { i >= scalars.count || scalars[i] == " " }
        var listMarkerAt = -1
        var d = 0
        while d < scalars.count, d < 9, ScalarClass.isDigit(scalars[d]) { d += 1 }
        if d > 0, d < scalars.count, scalars[d] == "." || scalars[d] == ")", endsMarker(d + 1) { listMarkerAt = d }
        var leadingMarker = false
        if let first = scalars.first, first == "-" || first == "+" || first == "=" {
            leadingMarker = endsMarker(1) || scalars.allSatisfy { $0 == first || $0 == " " }
        }
        for (i, u) in scalars.enumerated() {
            switch u {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#":
                out.append("\\")
            case "-", "+", "=":
                if i == 0, leadingMarker { out.append("\\") }
            case "&":
                if startsEntity(scalars, at: i) { out.append("\\") }
            default:
                if i == listMarkerAt { out.append("\\") }
            }
            out.append(u)
        }
        return String(out)
    }

    /// False when `text` has nothing to escape in `line`: none of the syntax characters and
    /// no possible block marker at its start.
    private static func mayNeedEscape(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if first == "-" || first == "+" || first == "=" || ScalarClass.isDigit(first) { return true }
        for u in line.unicodeScalars {
            switch u {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "&": return true
            default: continue
            }
        }
        return false
    }

    /// `&name;` or `&#123;` at `i`: Markdown would decode it. "AT&T" is left alone.
    private static func startsEntity(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        if j < s.count, s[j] == "#" { j += 1 }
        let first = j
        while j < s.count, j - first < 32, ScalarClass.isDigit(s[j]) || (s[j].value < 0x80 && ScalarClass.isLetter(s[j])) { j += 1 }
        return j > first && j < s.count && s[j] == ";"
    }

    /// A table cell: escaped text, or an em dash when empty (empty cells read as missing).
    static func cell(_ s: String) -> String {
        let t = text(s)
        return t.isEmpty ? "—" : t
    }

    /// A code span around `s`, with a fence longer than any backtick run inside. In a table
    /// cell, pipes are escaped too: GFM splits cells before it parses code spans.
    static func code(_ s: String, inTable: Bool = false) -> String {
        var content = oneLine(s)
        if content.isEmpty { return "" }
        var longest = 0, run = 0
        for u in content.unicodeScalars {
            if u == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        if inTable {
            var v = String.UnicodeScalarView()
            for u in content.unicodeScalars {
                if u == "|" { v.append("\\") }
                v.append(u)
            }
            content = String(v)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
        return fence + pad + content + pad + fence
    }

    /// `s` on one line, cut at a word boundary to at most `max` scalars, with an ellipsis.
    static func clip(_ s: String, max: Int) -> String {
        let line = oneLine(s)
        // Most quotes are short: counted without copying their scalars.
        if line.unicodeScalars.count <= max { return line }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > max, max > 1 else { return line }
        var cut = max - 1
        var space = cut
        while space > max / 2, scalars[space] != " " { space -= 1 }
        if scalars[space] == " " { cut = space }
        // Never leave a combining mark without its base.
        while cut > 0, scalars[cut].properties.generalCategory == .nonspacingMark { cut -= 1 }
        return ScalarClass.string(scalars[0..<cut]).trimmingSpaces() + "…"
    }

    /// A short verbatim quotation, clipped and escaped, between typographic quotes.
    static func quote(_ s: String, max: Int = 200) -> String {
        "“" + text(clip(s, max: max)) + "”"
    }

    /// A GFM table; cells must already be escaped.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { out += tableRow(row) }
        return out
    }

    /// One row of a GFM table; cells must already be escaped.
    static func tableRow(_ row: [String]) -> String {
        "| " + row.joined(separator: " | ") + " |\n"
    }
}
