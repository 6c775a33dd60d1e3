import CorroborateCore

/// One named thing of the world the recognizers may meet: a country, a city, a site, an
/// organization or a person, with its names in each language the tables give.
public struct GazetteerEntry: Sendable, Hashable {
    /// Language-independent key: "place:moscow", "org:tass", "person:bashar-al-assad".
    public let key: String
    public let type: EntityType
    /// country, city, region, governorate, site, airport, agency, outlet, platform (where
    /// people post: Telegram, X), government, armed-group, person...
    public let kind: String
    /// A news agency or outlet: it carries the news, it is a channel of a source.
    public var isNewsMedium: Bool { kind == "agency" || kind == "outlet" }
    /// Where people post (Telegram, X): it carries a post, it neither says nor does.
    public var isPlatform: Bool { kind == "platform" }
    /// A place small enough that a story has one of its kind at a time in a country (a city,
    /// an airport, a base, a square): two of them are two accounts of one place.
    public var isLocalPlace: Bool { GazetteerEntry.localKinds.contains(kind) }
    static let localKinds: Set<String> = ["city", "airport", "base", "site", "square", "prison"]
    /// The containing place (city → country, site → city); an organization's country.
    public let parent: String?
    /// Display forms per language, the preferred one first.
    public let names: [Language: [String]]
    /// Surname-only forms of a person ("Poutine", "Putin"), also indexed; empty for others.
    public let shortNames: [String]

    public init(key: String, type: EntityType, kind: String, parent: String?,
                names: [Language: [String]], shortNames: [String] = []) {
        self.key = key
        self.type = type
        self.kind = kind
        self.parent = parent
        self.names = names
        self.shortNames = shortNames
    }
}
