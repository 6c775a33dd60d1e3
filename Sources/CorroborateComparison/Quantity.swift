import Foundation
import CorroborateCore
import CorroborateGazetteer

/// A figure of a claim as comparison reads it: what it counts (a unit class), the range of
/// values its wording allows, and where it was counted.
///
/// The range follows how news writes figures: "1,089 million" is exact to the thousand,
/// "800 000" to the hundred thousand (trailing zeros round), "24 ans" is exactly 24;
/// "près de 25" is a little under 25 (within 3 %), "environ 500" within 10 %, "plus de 4 000"
/// any value from 4 000 up, "des milliers" anything from a thousand to ten thousand.
struct Quantity: Sendable {
    var mention: NumberMention
    var unitClass: String
    var isMeasure: Bool
    /// Value in the class's scale (a decade is 10 years).
    var value: Double
    var low: Double
    var high: Double
    /// The place the figure was counted in, when the claim ties one to it ("119 000 à Paris");
    /// nil for a whole country or no place.
    var scope: String?
    /// The claim ties a place to the figure, a country included (then `scope` is nil).
    var placed = false
    /// The day the figure was counted, when the claim ties a date to it.
    var date: PartialDate? = nil
    /// A revision cue governs this figure ("has risen to 57", "bilan actualisé : 57 morts"),
    /// not just another figure of its claim.
    var revised = false
    /// For a measure, what it measures when the words after it say ("24-year regime",
    /// « 14 ans de guerre »): its event concepts, empty when they name none.
    var measured: Set<String> = []

    /// Days over which a toll (`UnitClasses.accumulates`) told on different days is one count.
    static let tollDays = 3

    /// "près de 25" allows 24.25…25: a figure read as "nearly" that is further off is another figure.
    static let nearlyTolerance = 0.03
    /// "environ 500" allows 450…550.
    static let aboutTolerance = 0.10
    /// Shrinks a rounding margin so that it excludes its bound.
    static let shortOfHalfStep = 1 - 1e-6

    init(_ n: NumberMention, lexicons: [ComparisonLexicon], scope: String?) {
        mention = n
        let entry = UnitClasses.entry(n.unit)
        unitClass = entry.unitClass
        isMeasure = entry.isMeasure
        let v = n.value * entry.factor
        value = v
        self.scope = scope
        let words = TextWords.folded(n.text)
        var bound: Bound? = nil
        for lex in lexicons {
            if let b = lex.bound(ofFolded: words) { bound = b; break }
        }
        let hasDigits = n.text.unicodeScalars.contains { ScalarClass.isDigit($0) }
        if bound == nil && n.approx { bound = hasDigits ? .about : nil }
        // "une dizaine", "a dozen": about ten, twelve; "des dizaines" is vague.
        if bound == nil, n.approx, !hasDigits, words.count == 2, lexicons.contains(where: { $0.collectiveNumbers.contains(words[1]) }) { bound = .about }
        // A share written whole ("61 %") is rounded: 61.3 % is the same share, 62 % another.
        let wholeShare = entry.unitClass == UnitClasses.share && hasDigits && n.value == n.value.rounded() && !n.text.contains(".") && !n.text.contains(",")
        // A figure half a step away rounds to the next step ("3 500" is written "4 000", not
        // "3 000"): the margin stops just short of it.
        let h = (wholeShare ? 0.5 : Quantity.roundingHalfWidth(n, hasDigits: hasDigits) * entry.factor) * Quantity.shortOfHalfStep
        switch bound {
        case .atLeast?, .moreThan?:
            low = v; high = .infinity
        case .lessThan?, .atMost?:
            low = 0; high = v
        case .nearly?:
            low = min(v - h, v * (1 - Quantity.nearlyTolerance)); high = v
        case .about?:
            // "environ 500" is 450…550, but "quelque 1,089 million" keeps the precision its
            // digits show: each significant digit past the second divides the margin by ten.
            let margin = Quantity.aboutTolerance / Quantity.precisionDivisor(n.text)
            low = min(v - h, v * (1 - margin)); high = max(v + h, v * (1 + margin))
        case nil:
            if n.approx {
                // Vague quantities ("des milliers", "dozens"): the order of magnitude only.
                low = v; high = v * 10
            } else {
                low = v - h; high = v + h
            }
        }
    }

    /// 10 to the number of significant digits past the second the figure is written with
    /// ("1,089 million": 1089, four digits, 100; "500", "1,5 million": 1). Trailing zeros of
    /// whole numbers only round ("800 000" has one significant digit).
    static func precisionDivisor(_ text: String) -> Double {
        let digits = ScalarClass.significantDigits(text.unicodeScalars, limit: 15)
        return digits > 2 ? pow(10, Double(digits - 2)) : 1
    }

    /// Half the rounding step the figure's writing shows: "1,089 million" → 500, "800 000" →
    /// 50 000, "3,5 millions" → 50 000. Small whole numbers ("24 ans") are exact.
    static func roundingHalfWidth(_ n: NumberMention, hasDigits: Bool) -> Double {
        guard hasDigits else { return n.value >= 1000 ? n.value * aboutTolerance / 2 : 0 }
        var mantissa: Double = 0
        var digits = 0
        for s in n.text.unicodeScalars where ScalarClass.isDigit(s) && digits < 15 {
            mantissa = mantissa * 10 + Double(s.value - 48)
            digits += 1
        }
        guard mantissa > 0, n.value > 0 else { return 0 }
        var step = n.value / mantissa
        if n.value >= 1000 {
            var m = mantissa
            while m >= 10, m.truncatingRemainder(dividingBy: 10) == 0 { m /= 10; step *= 10 }
        }
        if step <= 1 && n.value < 1000 && n.value == n.value.rounded() { return 0 }
        return step / 2
    }

    /// Two figures that may be compared: the same kind of measure, or counts of the same
    /// thing, in the same place.
    func isComparable(with o: Quantity) -> Bool {
        guard sameKind(as: o) else { return false }
        return scope == o.scope
    }

    /// Two figures' places may be one: the same, one within the other, or one the gazetteer
    /// does not know. A figure with no place of its own meets one of a region its claim names
    /// a place in ("500 riverains … (Seine-Maritime)" / "300 habitants … en Normandie"); with no
    /// place at all it is the story's, and meets one of an unknown place, maybe the story's own
    /// ("21 people are missing" / "60 missing in Rio Grande do Sul"). Only places known apart
    /// ("à Lyon" / "à Nantes") or the whole against a known city ("1,1 million" / "119 000 à
    /// Paris") are two occurrences.
    static func scopesMeet(_ qx: Quantity, _ qy: Quantity, _ xPlaces: Set<String>, _ yPlaces: Set<String>, gazetteer: Gazetteer) -> Bool {
        let x = qx.scope, y = qy.scope
        // The story's figure and an unknown place's are one only when of one order of magnitude:
        // "3,5 millions" (unplaced) is not "5 000 à Trifouilly".
        let sameOrder = max(qx.value, qy.value) <= 10 * max(1, min(qx.value, qy.value))
        // A toll told with no place at all is the disaster's, wherever the other places it
        // (« le bilan s'est alourdi à cinq morts » / « trois morts en Bretagne »).
        let unplacedToll = UnitClasses.accumulates(qx.unitClass) && UnitClasses.accumulates(qy.unitClass) && sameOrder
        if x == nil, let s = y {
            return xPlaces.contains { $0 == s || gazetteer.isWithin($0, s) }
                || (!qx.placed && sameOrder && gazetteer.entry(key: s) == nil) || (unplacedToll && xPlaces.isEmpty)
        }
        if y == nil, let s = x {
            return yPlaces.contains { $0 == s || gazetteer.isWithin($0, s) }
                || (!qy.placed && sameOrder && gazetteer.entry(key: s) == nil) || (unplacedToll && yPlaces.isEmpty)
        }
        guard let x, let y else { return true }
        if x == y || gazetteer.isWithin(x, y) || gazetteer.isWithin(y, x) { return true }
        return gazetteer.entry(key: x) == nil || gazetteer.entry(key: y) == nil
    }

    /// Two figures a verdict weighs against each other: of one kind, and counted where their
    /// places meet (`scopesMeet`); two durations wherever the claims place them, as a duration
    /// is not counted anywhere ("13 années de guerre" next to "Moscou" measures the war).
    func isVersion(of o: Quantity, places: Set<String>, otherPlaces: Set<String>, gazetteer: Gazetteer) -> Bool {
        sameKind(as: o) && (isMeasure || Quantity.scopesMeet(self, o, places, otherPlaces, gazetteer: gazetteer))
    }

    func sameKind(as o: Quantity) -> Bool {
        isMeasure == o.isMeasure && unitClass == o.unitClass && Quantity.fatesMeet(mention.fate, o.mention.fate)
            && (measured.isEmpty || o.measured.isEmpty || !measured.isDisjoint(with: o.measured))
    }

    /// Fates that tell one outcome: a drone "destroyed" is one "shot down".
    static let sameFates: [Set<String>] = [["shootdown", "destroy"]]

    /// Two figures' fates may be one: either untold, the same, or alike (`sameFates`). "65
    /// drones launched" and "51 drones shot down" count different things.
    static func fatesMeet(_ x: String?, _ y: String?) -> Bool {
        guard let x, let y, x != y else { return true }
        return sameFates.contains { $0.contains(x) && $0.contains(y) }
    }

    /// Counted on different days: each figure's own date, or for a figure the claim does not
    /// date, the day its report was read against (a figure in a news report is that day's
    /// unless said otherwise). Two undated figures are taken as the same day's.
    static func otherDay(_ x: Quantity, _ refX: PartialDate?, _ y: Quantity, _ refY: PartialDate?) -> Bool {
        guard x.date != nil || y.date != nil, let dx = (x.date ?? refX)?.calendarDate,
              let dy = (y.date ?? refY)?.calendarDate else { return false }
        // A tally given the next morning is still the day's tally. A toll adds up over the days
        // after a disaster: "38 tués jeudi" and a toll "risen to 57" on Saturday count the same
        // dead, the later an update.
        let slack = UnitClasses.accumulates(x.unitClass) && UnitClasses.accumulates(y.unitClass) ? Quantity.tollDays : 1
        return abs(dx.dayNumber - dy.dayNumber) > slack
    }

    /// Two readings of a measure each dated to its own day ("recule de 4,2 % mardi", "perd
    /// 1,5 % mercredi") are those days' readings, however close the days. Spans of time
    /// (ages, durations) are not readings of a day.
    static func datedOtherDays(_ x: Quantity, _ y: Quantity) -> Bool {
        // (The dates first: most figures have none, and the class test hashes a string.)
        guard let dx = x.date, let dy = y.date, dx.day != nil, dy.day != nil, !UnitClasses.spans.contains(x.unitClass),
              let cx = dx.calendarDate, let cy = dy.calendarDate else { return false }
        return cx.dayNumber != cy.dayNumber
    }

    /// "au moins 42", "more than 300": the figure bounds the count from below only.
    var isFloor: Bool { high == .infinity }
    /// "jusqu'à 20", "fewer than 10": from above only.
    var isCeiling: Bool { value > 0 && low == 0 && high == value }

    /// Two figures at odds: incompatible, or a toll reported on two days with two values (an
    /// update, even where the earlier was a floor the later fits: "au moins 38 morts" on
    /// Friday, 57 on Saturday).
    func differs(from o: Quantity, publishedApart: Bool) -> Bool {
        !isCompatible(with: o) || (publishedApart && UnitClasses.accumulates(unitClass) && value != o.value)
    }

    /// Both publication days are known and differ.
    static func publishedApart(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b, a.day != nil, b.day != nil else { return false }
        return a != b
    }

    /// One figure's value is within what the other's wording allows: "au moins 30" and "une
    /// trentaine", "at least 12" and "14". Two approximations that only meet at their margins
    /// ("about 250", "some 300") tell different figures.
    func isCompatible(with o: Quantity) -> Bool {
        let eps = 1e-9 * max(1, abs(value), abs(o.value))
        // "au moins 42 morts" and "au moins 38 morts": each outlet's count, though both floors
        // hold together; a desk reads two different tolls. Likewise two ceilings.
        if (isFloor && o.isFloor) || (isCeiling && o.isCeiling) { return abs(value - o.value) <= eps }
        return (low <= o.value + eps && o.value <= high + eps) || (o.low <= value + eps && value <= o.high + eps)
    }
}
