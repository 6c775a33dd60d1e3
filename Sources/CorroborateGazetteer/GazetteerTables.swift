import CorroborateCore

/// The tables a gazetteer is built from. Name columns come in `nameLanguages` order
/// (French, then English); a table may be split over several files of the same layout.
struct GazetteerTables: Sendable {
    /// key | French names | English names | French demonyms | English demonyms | capital
    var countries: [String]
    /// key | parent place | French names | English names
    var cities: [String]
    /// key | parent place | kind | French names | English names
    var regions: [String]
    /// key | kind | country | French names | English names | template it stands for (optional)
    var organizations: [String]
    /// key suffix | kind | French forms | English forms — instantiated for each template country
    var organizationTemplates: String
    var templateCountries: String
    /// key | French forms | English forms | short forms
    var persons: [String]
    /// office | country | person | from | until (ISO days; until empty while in office)
    var offices: [String] = []
    var particles: String
    var articles: String
    var kindForms: String
    var contractions: String
    var nameLanguages: [Language] = [.french, .english]

    static let standard = GazetteerTables(
        countries: [GazetteerData.countries],
        cities: [GazetteerData.cities, GazetteerData.citiesFrance],
        regions: [GazetteerData.regions, GazetteerData.regionsFrance, GazetteerData.regionsNorthAmerica,
                  GazetteerData.sites],
        organizations: [GazetteerData.organizations, GazetteerData.outlets, GazetteerData.armedGroups,
                        GazetteerData.partiesAndUnions],
        organizationTemplates: GazetteerData.organizationTemplates,
        templateCountries: GazetteerData.templateCountries,
        persons: [GazetteerData.persons],
        offices: [GazetteerData.offices],
        particles: GazetteerData.nameParticles,
        articles: GazetteerData.leadingArticles,
        kindForms: GazetteerData.kindForms,
        contractions: GazetteerData.contractions)
}

/// Namespace of the data tables (one file each in Data/).
enum GazetteerData {}
