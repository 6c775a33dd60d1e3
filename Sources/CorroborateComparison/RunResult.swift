import CorroborateCore

/// The result of a run: every article's analysis, the alignments between their claims, and
/// what the report builds on them (facts, provenance, revisions).
public struct RunResult: Sendable {
    public var articles: [ArticleAnalysis]
    public var alignments: AlignmentList
    /// Claims of several articles grouped into the facts they state, most articles first.
    /// Empty when the run was not made by `Comparator` (views then group by alignment).
    public var facts: [FactCluster]
    /// Pairs of articles that share wording: republished wire copy or common press releases.
    public var sharedWording: [SharedWording]
    /// Figures that changed between articles published at different times.
    public var revisions: [Revision]
    /// Who passed claims to whom: origins to channels, channels and origins to articles.
    public var sourceLinks: [SourceLink]

    public init(articles: [ArticleAnalysis], alignments: [Alignment], facts: [FactCluster] = [],
                sharedWording: [SharedWording] = [], revisions: [Revision] = [], sourceLinks: [SourceLink] = []) {
        self.init(articles: articles, alignments: AlignmentList(alignments), facts: facts, sharedWording: sharedWording,
                  revisions: revisions, sourceLinks: sourceLinks)
    }

    public init(articles: [ArticleAnalysis], alignments alignmentList: AlignmentList, facts: [FactCluster] = [],
                sharedWording: [SharedWording] = [], revisions: [Revision] = [], sourceLinks: [SourceLink] = []) {
        self.articles = articles
        self.alignments = alignmentList
        self.facts = facts
        self.sharedWording = sharedWording
        self.revisions = revisions
        self.sourceLinks = sourceLinks
    }
}

/// A claim's place in a run: article index, then claim index, both in run order.
public struct ClaimReference: Hashable, Comparable, Sendable {
    public let article: Int
    public let claim: Int
    public init(article: Int, claim: Int) {
        self.article = article
        self.claim = claim
    }
    public static func < (a: ClaimReference, b: ClaimReference) -> Bool { (a.article, a.claim) < (b.article, b.claim) }
}

/// One fact several articles state: its claims, the alignments among them, and where it
/// comes from.
public struct FactCluster: Sendable {
    /// In run order.
    public var members: [ClaimReference]
    /// Article indices, ascending.
    public var articles: [Int]
    /// Indices into `RunResult.alignments` of the alignments between members.
    public var alignments: [Int]
    /// The upstream sources the articles credit the fact to, most articles first.
    public var upstream: [UpstreamSource]
    /// Articles that state the fact in their own voice only, crediting no one.
    public var unattributed: [Int]
    /// Groups of the fact's articles that share wording (same copy): each group is one voice.
    public var copyGroups: [[Int]]

    public init(members: [ClaimReference], articles: [Int], alignments: [Int], upstream: [UpstreamSource],
                unattributed: [Int], copyGroups: [[Int]]) {
        self.members = members
        self.articles = articles
        self.alignments = alignments
        self.upstream = upstream
        self.unattributed = unattributed
        self.copyGroups = copyGroups
    }

    /// Independent sources the articles name for the fact: each origin once, whatever the
    /// channels that carried it (a Kremlin source quoted by TASS and by Interfax is one).
    public var independentSourceCount: Int { upstream.count }
}

/// A source a fact traces to: the origin that said it ("Kremlin") with the channels that
/// carried it ("TASS", "RIA Novosti"), or a channel alone when no origin is named.
public struct UpstreamSource: Sendable, Hashable {
    public var name: String
    /// Entity key when known ("org:kremlin"); nil for a generic source ("une source").
    public var key: String?
    public var channels: [String]
    /// Articles crediting it, ascending.
    public var articles: [Int]

    public init(name: String, key: String?, channels: [String], articles: [Int]) {
        self.name = name
        self.key = key
        self.channels = channels
        self.articles = articles
    }

    /// "Kremlin via TASS, RIA Novosti".
    public var label: String { channels.isEmpty ? name : name + " via " + channels.joined(separator: ", ") }
}

/// Two articles whose text shares passages word for word.
public struct SharedWording: Sendable, Hashable {
    public var a: Int
    public var b: Int
    /// Passages (runs of at least `ProvenanceBuilder.shingleLength` words) in common.
    public var sharedPassages: Int
    /// Share of the shorter article's passages found in the other, 0…1.
    public var overlap: Double
    /// The longest passage in common, verbatim from article `a`.
    public var example: String

    public init(a: Int, b: Int, sharedPassages: Int, overlap: Double, example: String) {
        self.a = a
        self.b = b
        self.sharedPassages = sharedPassages
        self.overlap = overlap
        self.example = example
    }
}

/// A figure that changed between an earlier and a later article: an update over time
/// ("bilan actualisé", a toll that grows), not outlets disagreeing.
public struct Revision: Sendable, Hashable {
    /// Index into `RunResult.alignments` of the conflict it explains.
    public var alignment: Int
    public var earlier: ClaimReference
    public var later: ClaimReference
    /// Why it reads as an update: "figure grows from 24 to 30 between 2024-12-08 and 2024-12-09".
    public var reason: String

    public init(alignment: Int, earlier: ClaimReference, later: ClaimReference, reason: String) {
        self.alignment = alignment
        self.earlier = earlier
        self.later = later
        self.reason = reason
    }
}

/// One step of the way claims travel: an origin telling a channel (Kremlin → TASS), a channel
/// or an origin reaching an article (TASS → `fr-actuvrai`), with how many claims took it.
public struct SourceLink: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        /// Who said it: a person, an institution, "une source".
        case origin
        /// What carried it: a news agency, an outlet, "les agences russes".
        case channel
        /// The article of the run that printed it.
        case article
    }
    public var from: String
    public var fromRole: Role
    /// A source name, or for `.article` the article index as a string.
    public var to: String
    public var toRole: Role
    public var claims: Int

    public init(from: String, fromRole: Role, to: String, toRole: Role, claims: Int) {
        self.from = from
        self.fromRole = fromRole
        self.to = to
        self.toRole = toRole
        self.claims = claims
    }
}
