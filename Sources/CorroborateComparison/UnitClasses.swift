import CorroborateCore

/// What a figure measures, as a class two figures must share to be compared. Units come
/// from the number recognizer as English singular nouns, the same in every language, so this
/// table is language-neutral. Durations are brought to one scale (a decade is 10 years, a
/// week 7 days); counts of people in a role ("officer", "member") stay their own class, and
/// "people" or no unit at all is a generic count that any count may be compared with.
enum UnitClasses {
    struct Entry: Sendable {
        let unitClass: String
        let factor: Double
        let isMeasure: Bool
    }

    /// unit | class | factor to the class's scale | measure (durations, shares) or count
    static let table = """
    year | year | 1 | measure
    age | age | 1 | measure
    decade | year | 10 | measure
    century | year | 100 | measure
    month | month | 1 | measure
    week | day | 7 | measure
    day | day | 1 | measure
    hour | hour | 1 | measure
    minute | minute | 1 | measure
    second | second | 1 | measure
    percent | percent | 1 | measure
    magnitude | magnitude | 1 | measure
    category | category | 1 | measure
    kilometre | kilometre | 1 | measure
    mile | kilometre | 1.609 | measure
    metre | metre | 1 | measure
    foot | metre | 0.3048 | measure
    kilometre per hour | speed | 1 | measure
    mile per hour | speed | 1.609 | measure
    knot | speed | 1.852 | measure
    people | people | 1 | count
    person | people | 1 | count
    demonstrator | people | 1 | count
    protester | people | 1 | count
    participant | people | 1 | count
    passenger | people | 1 | count
    individual | people | 1 | count
    national | people | 1 | count
    citizen | people | 1 | count
    resident | people | 1 | count
    officer | officer | 1 | count
    policeman | officer | 1 | count
    gendarme | officer | 1 | count
    police | officer | 1 | count
    dead | dead | 1 | count
    death | dead | 1 | count
    victim | dead | 1 | count
    fatality | dead | 1 | count
    body | dead | 1 | count
    injured | injured | 1 | count
    wounded | injured | 1 | count
    survivor | rescued | 1 | count
    injury | injured | 1 | count
    arrest | arrest | 1 | count
    detention | arrest | 1 | count
    case | case | 1 | count
    hectare | area | 1 | count
    acre | area | 0.4047 | count
    square kilometre | area | 100 | count
    household | home | 1 | count
    home | home | 1 | count
    house | home | 1 | count
    """

    static let entries: [String: Entry] = {
        var out: [String: Entry] = [:]
        for row in LexiconTable.rows(table) where row.count >= 4 {
            out[row[0]] = Entry(unitClass: row[1], factor: Double(row[2]) ?? 1, isMeasure: row[3] == "measure")
        }
        return out
    }()

    /// Events that say what a count of people counts: "172 personnes ont été interpellées"
    /// counts arrests, "441 membres des forces de l'ordre blessés" injured. event | class
    static let eventClasses = """
    arrest | arrest
    injure | injured
    kill | dead
    rioters | rioters
    missing | missing
    displace | displaced
    rescue | rescued
    release | released
    exchange | released
    """

    static let classOfEvent: [String: String] = {
        var out: [String: String] = [:]
        for row in LexiconTable.rows(eventClasses) where row.count >= 2 { out[row[0]] = row[1] }
        return out
    }()

    /// Count classes that name people in some role, which an event may narrow.
    static let personClasses: Set<String> = ["people", "officer"]

    /// The class of a count of people once the claim's event is known: with exactly one
    /// counting event, a count of people or of an unknown unit counts that event.
    static func refined(_ unitClass: String, known: Bool, events: [String]) -> String {
        guard known ? personClasses.contains(unitClass) : true else { return unitClass }
        let classes = Set(events.compactMap { classOfEvent[$0] })
        guard classes.count == 1, let narrowed = classes.first else { return unitClass }
        // "149 policiers blessés" and "un blessé parmi les manifestants" count different
        // people: a role other than the generic one stays part of the class.
        return known && unitClass != generic ? narrowed + "/" + unitClass : narrowed
    }

    /// Counts that grow as a day goes on, so that a larger later figure is an update: tolls,
    /// arrests, and counts of people telling a happening that goes on (turnout, flight,
    /// rescue). A fixed fact ("250 passengers on board", "24 years in power") does not grow.
    static let growingClasses: Set<String> = ["dead", "injured", "arrest", "missing", "displaced", "rescued", "case"]
    static let growingEvents: Set<String> = ["kill", "injure", "arrest", "protest", "turnout", "flee", "rescue", "missing",
                                             "hostage", "violence", "rioters", "fire", "flood", "quake", "disaster", "displace"]

    /// Tolls: counts of one disaster's victims (or an epidemic's cases) that add up over the
    /// days after it, as opposed to a count of each day (turnout, arrests at each protest).
    static let accumulatingClasses: Set<String> = ["dead", "injured", "missing", "displaced", "case"]

    static func accumulates(_ unitClass: String) -> Bool {
        accumulatingClasses.contains(unitClass.split(separator: "/").first.map(String.init) ?? unitClass)
    }

    /// The figure is a count that may grow between two reports.
    static func grows(_ unitClass: String, events: [String]) -> Bool {
        let base = unitClass.split(separator: "/").first.map(String.init) ?? unitClass
        return growingClasses.contains(base) || (base == generic && events.contains(where: growingEvents.contains))
            || (base == area && events.contains(where: spreadingEvents.contains))
    }

    /// The class of areas (hectares, acres): the land a fire burned or a flood covered grows
    /// while it spreads (`spreadingEvents`); a farm's area does not.
    static let area = "area"
    static let spreadingEvents: Set<String> = ["fire", "flood", "disaster"]

    /// The class of ages ("un homme de 68 ans", "a 69-year-old man"): years of a life, never
    /// compared with a span of anything else ("cinq ans de prison").
    static let age = "age"

    /// The class of distances (kilometres, miles): `DistanceReference` tells a depth and a
    /// distance from a place apart.
    static let distance = "kilometre"

    /// The class of shares ("41,2 % des voix", "30% of the budget"): a share is of someone or something.
    static let share = "percent"
    /// Classes of spans of time: a person's age, how long something lasted.
    static let spans: Set<String> = ["year", "age", "month", "day", "hour", "minute", "second"]

    /// The class of counts of injured people; "/severe" marks the worst-hurt among them.
    static let injured = "injured"

    /// The generic count class: "people", or a figure whose unit is unknown.
    static let generic = "people"

    /// Class, factor and kind of a unit; an unknown unit is its own count class, no unit the generic one.
    static func entry(_ unit: String?) -> Entry {
        guard let u = unit else { return Entry(unitClass: generic, factor: 1, isMeasure: false) }
        return entries[u] ?? Entry(unitClass: u, factor: 1, isMeasure: false)
    }
}

/// What the report may ask of a figure's unit.
public enum FigureUnit {
    /// A duration or a share ("24 ans", "13 %"), as opposed to a count of things or people.
    public static func isMeasure(_ unit: String?) -> Bool {
        guard let u = unit else { return false }
        return UnitClasses.entries[u]?.isMeasure ?? false
    }
}
