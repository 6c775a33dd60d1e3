/// The name of a report's default file, `Reports/<name>.md`: the folder's name when one
/// folder is given, else the article ids joined with "-", shortened when long
/// ("a-b-and-5-more"), and made safe as a file name.
enum ReportName {
    static let maxLength = 80

    static func make(folder: String?, ids: [String]) -> String {
        if let folder { return safe(folder) }
        let joined = ids.joined(separator: "-")
        if joined.unicodeScalars.count <= maxLength || ids.count <= 2 {
            return safe(joined.unicodeScalars.count <= maxLength ? joined : String(joined.unicodeScalars.prefix(maxLength)))
        }
        return safe("\(ids[0])-\(ids[1])-and-\(ids.count - 2)-more")
    }

    /// Letters, digits, `-`, `_` and `.` stay; anything else (spaces, slashes, controls)
    /// becomes `-`; no leading dot, never empty.
    static func safe(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            let keep = s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "."
            out.append(keep ? s : "-")
        }
        var result = String(out)
        while result.hasPrefix(".") { result.removeFirst() }
        return result.isEmpty ? "report" : result
    }
}
