import CorroborateCore

/// The value of a digit token under one language's marks. Spaces always group thousands (the
/// tokenizer only keeps a space before exactly three digits). The group mark groups when
/// exactly three digits follow ("800.000", "1,200"); otherwise it is read as a decimal point
/// and flagged as foreign ("49.3" in French), since such numbers are more often references.
struct DigitValue: Sendable {
    var value: Double
    /// No separator at all: "2015" may be a year, "7" a day.
    var isPlainInteger: Bool
    /// Digits before any separator.
    var leadingDigits: Int
    var usesForeignDecimal: Bool

    init?(_ folded: String, decimalMark: Unicode.Scalar, groupMark: Unicode.Scalar) {
        var runs: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var separators: [Unicode.Scalar] = []
        for s in folded.unicodeScalars {
            if ScalarClass.isDigit(s) {
                runs[runs.count - 1].append(s)
            } else {
                separators.append(s)
                runs.append(String.UnicodeScalarView())
            }
        }
        guard !runs.contains(where: { $0.isEmpty }) else { return nil }
        var decimalAt: Int? = nil
        for (k, sep) in separators.enumerated() where !ScalarClass.isSpace(sep) {
            let isGroup = sep == groupMark && runs[k + 1].count == 3
            if isGroup { continue }
            // Two decimal points ("1.2.3") or groups after one: a version or a date, not a number.
            if decimalAt != nil { return nil }
            decimalAt = k
        }
        if let d = decimalAt, d != separators.count - 1 { return nil }
        // Appended scalar by scalar: `append(contentsOf:)` on a UnicodeScalarView copies the
        // whole view each time, quadratic in a number with thousands of groups.
        var integer = String.UnicodeScalarView()
        let integerRuns = decimalAt.map { $0 + 1 } ?? runs.count
        for k in 0..<integerRuns { for s in runs[k] { integer.append(s) } }
        var literal = String(integer)
        if let d = decimalAt { literal += "." + String(runs[d + 1]) }
        guard let v = Double(literal) else { return nil }
        value = v
        isPlainInteger = separators.isEmpty
        leadingDigits = runs[0].count
        usesForeignDecimal = decimalAt.map { separators[$0] != decimalMark } ?? false
    }
}
