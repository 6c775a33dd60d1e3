/// The metadata of one article, from front matter, dateline, title line and options.
public struct ArticleMetadata: Hashable, Sendable {
    public var id: String
    public var path: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    /// As precise as the source tells: 2024-12-08, 2024-12, 2024.
    public var published: PartialDate?
    public var language: Language

    public init(id: String, path: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
                published: PartialDate? = nil, language: Language = .french) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.language = language
    }
}

public enum EntityType: String, Sendable, Hashable, Comparable, CaseIterable {
    case person, place, organization
    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// One entity of one article, all its surface forms merged.
public struct Entity: Hashable, Sendable {
    /// The fullest form the article uses.
    public var name: String
    public var type: EntityType
    /// The other surface forms the article uses.
    public var aliases: [String]
    public var mentions: Int
    /// Language-independent key shared across articles ("place:moscow"), for comparison.
    public var key: String

    public init(name: String, type: EntityType, aliases: [String], mentions: Int, key: String) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.key = key
    }
}

/// One factual assertion of an article.
public struct Claim: Hashable, Sendable {
    public var id: String
    public var text: String
    public var start: Int
    public var end: Int
    public var line: Int
    /// Article-local canonical entity names.
    public var who: [String]
    public var `where`: [String]
    public var when: PartialDate?
    public var numbers: [NumberMention]
    /// Who the article says the claim comes from; empty in the article's own voice.
    public var sources: [String]
    public var negated: Bool
    public var hedged: Bool
    /// Cross-article keys of who / where / sources entities (see `Entity.key`).
    public var whoKeys: [String]
    public var whereKeys: [String]
    public var sourceKeys: [String]
    /// Language-independent event concepts the claim's words evoke ("arrive", "asylum").
    public var events: [String]
    /// Folded content words, for lexical similarity within a language.
    public var contentWords: [String]
    /// The institution a person among the sources speaks for, as the article titles them
    /// ("le porte-parole du Kremlin, Dmitri Peskov"): person key → organization key.
    public var sourceAffiliations: [String: String] = [:]

    public init(id: String, text: String, start: Int, end: Int, line: Int) {
        self.id = id
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.who = []
        self.where = []
        self.when = nil
        self.numbers = []
        self.sources = []
        self.negated = false
        self.hedged = false
        self.whoKeys = []
        self.whereKeys = []
        self.sourceKeys = []
        self.events = []
        self.contentWords = []
    }
}

/// Everything extracted from one article.
public struct ArticleAnalysis: Sendable {
    public var metadata: ArticleMetadata
    public var text: TextBuffer
    public var referenceDate: ReferenceDate
    public var entities: [Entity]
    public var times: [TimeMention]
    public var claims: [Claim]

    public init(metadata: ArticleMetadata, text: TextBuffer, referenceDate: ReferenceDate,
                entities: [Entity], times: [TimeMention], claims: [Claim]) {
        self.metadata = metadata
        self.text = text
        self.referenceDate = referenceDate
        self.entities = entities
        self.times = times
        self.claims = claims
    }

    public var id: String { metadata.id }
}

public enum Facet: String, Sendable, Hashable, CaseIterable, Comparable {
    case who, `where`, when, number, source, negation
    public static func < (a: Facet, b: Facet) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum Relation: String, Sendable, Hashable {
    case agree, conflict
}

/// Two claims of two articles that state the same fact.
public struct Alignment: Hashable, Sendable {
    /// "articleId#claimId"
    public var a: String
    public var b: String
    public var relation: Relation
    public var facets: [Facet]
    public var score: Double
    public var explanation: String

    public init(a: String, b: String, relation: Relation, facets: [Facet], score: Double, explanation: String) {
        self.a = a
        self.b = b
        self.relation = relation
        self.facets = facets
        self.score = score
        self.explanation = explanation
    }
}
