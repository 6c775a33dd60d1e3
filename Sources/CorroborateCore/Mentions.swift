/// A time expression found in a text, with its ISO 8601 value.
public struct TimeMention: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case date       // a day, month or year: 2024-12-08, 2024-12, 2024, XXXX-12-07
        case week       // 2024-W49, 2023-W12-WE
        case duration   // P24Y, P2W, PXD
    }
    public var text: String
    public var value: String
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// For dates: the date the expression denotes (nil for weeks and durations).
    public var date: PartialDate?
    /// Read against the reference date ("dimanche", "hier", "last week") rather than
    /// stated ("le 7 décembre 2024"). Only stated dates anchor other articles of a run.
    public var isRelative: Bool

    public init(text: String, value: String, kind: Kind, start: Int, end: Int, date: PartialDate? = nil, isRelative: Bool = false) {
        self.text = text
        self.value = value
        self.kind = kind
        self.start = start
        self.end = end
        self.date = date
        self.isRelative = isRelative
    }

    /// For a duration of days or weeks ("P3D", "P1W"), its length in days; nil for other
    /// durations, vague ones ("PXD") and other kinds.
    public var durationDays: Int? {
        guard kind == .duration else { return nil }
        let u = Array(value.unicodeScalars)
        guard u.count >= 3, u[0] == "P", let n = Int(String(String.UnicodeScalarView(u[1..<(u.count - 1)]))), n > 0 else { return nil }
        switch u[u.count - 1] {
        case "D": return n
        case "W": return 7 * n
        default: return nil
        }
    }

    /// A duration of a month or more ("P13Y", "P6M", "P5W", vague "PXY"), not one of hours ("PT3H").
    public var isLongDuration: Bool {
        guard kind == .duration, !value.hasPrefix("PT") else { return false }
        return value.hasSuffix("Y") || value.hasSuffix("M") || (durationDays ?? 0) >= 28
    }
}

/// A quantity found in a text: "3,5 millions de manifestants", "des milliers de personnes".
public struct NumberMention: Hashable, Sendable {
    public var text: String
    public var value: Double
    /// What is counted, as an English singular noun ("people", "year", "arrest"), when known.
    public var unit: String?
    /// Vague ("des milliers", "dozens") or bounded ("au moins 30", "plus de 300").
    public var approx: Bool
    public var start: Int
    public var end: Int
    /// A part of a whole ("six of the injured", « deux de ces policiers »): its unit is the
    /// whole's, what the part went through is told by the clause.
    public var isPart: Bool
    /// The day the figure was counted when its sentence says so other than by a date beside
    /// it ("Une semaine après un huitième round (480 000 manifestants)"); nil otherwise.
    public var countedOn: PartialDate? = nil
    /// What befell what is counted, as an event concept of the clause, when a verb tells it
    /// ("launched 65 drones": launch; « 51 drones ont été abattus »: shootdown): two counts of
    /// one thing with different fates are two figures, not two versions of one.
    public var fate: String? = nil

    public init(text: String, value: Double, unit: String?, approx: Bool, start: Int, end: Int, isPart: Bool = false) {
        self.text = text
        self.value = value
        self.unit = unit
        self.approx = approx
        self.start = start
        self.end = end
        self.isPart = isPart
    }
}
