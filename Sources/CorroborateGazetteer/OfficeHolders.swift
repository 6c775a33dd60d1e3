import CorroborateCore

/// One person's time in an office of a country ("head-of-state" of Russia since 2012-05-07).
public struct OfficeTerm: Sendable, Hashable {
    /// The holder's key: "person:vladimir-putin".
    public let person: String
    public let from: CalendarDate
    /// The day the term ended; nil while in office.
    public let until: CalendarDate?

    /// In office on `day` (the first and the last day both count).
    public func covers(_ day: CalendarDate) -> Bool {
        from <= day && (until.map { day <= $0 } ?? true)
    }
}

/// The holders of each office of each country, read from the offices table: what « le chef de
/// l'État » or "the head of state" of a story's day refers to.
struct OfficeHolders: Sendable {
    /// "office|place:country" → its terms, earliest first.
    private var terms: [String: [OfficeTerm]] = [:]

    /// Rows "office | country | person | from | until"; a row whose dates do not read is skipped.
    init(tables: [String]) {
        for table in tables {
            for row in LexiconTable.rows(table) where row.count >= 4 {
                let untilField = row.count > 4 ? row[4] : ""
                let until = CalendarDate(iso: untilField)
                guard let from = CalendarDate(iso: row[3]), untilField.isEmpty || until != nil else { continue }
                terms[OfficeHolders.slot(row[0], "place:" + row[1]), default: []]
                    .append(OfficeTerm(person: "person:" + row[2], from: from, until: until))
            }
        }
        for key in terms.keys { terms[key]?.sort { $0.from < $1.from } }
    }

    func terms(of office: String, country: String) -> [OfficeTerm] {
        terms[OfficeHolders.slot(office, country)] ?? []
    }

    private static func slot(_ office: String, _ country: String) -> String { office + "|" + country }
}
