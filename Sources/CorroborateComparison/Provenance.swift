import CorroborateCore

/// Where the articles' facts come from: which articles share wording (republished wire copy,
/// a common press release), and which upstream sources each fact traces to.
struct ProvenanceBuilder: Sendable {
    /// Words per passage: six words in the same order rarely repeat by chance across outlets.
    static let shingleLength = 6
    /// Two articles share wording when this share of the shorter one's passages, or at least
    /// `minimumShared` passages, are found in the other.
    static let minimumOverlap = 0.15
    static let minimumShared = 8
    /// Passages most articles share (a standard formula) say nothing of copying: ignore those
    /// found in more than this many articles when the run is large.
    static let maximumSpread = 40

    /// Pairs of articles sharing wording, in article order.
    static func sharedWording(_ profiles: [ClaimProfile], articles: [ArticleAnalysis]) -> [SharedWording] {
        let k = shingleLength
        var ofArticle = [Set<Int>](repeating: [], count: articles.count)
        var ofClaim: [Int: Set<Int>] = [:]   // profile index → shingles
        var postings: [Int: [Int]] = [:]      // shingle → articles
        // Each claim's passages hashed on every core (most of this step's time), then
        // gathered in order.
        let shingles: [Set<Int>?] = ChunkedMap.run(profiles.count) { range in
            range.map { pi in
                let words = profiles[pi].words
                guard words.count >= k else { return nil }
                var set = Set<Int>()
                for i in 0...(words.count - k) {
                    var h = Hasher()
                    for w in words[i..<(i + k)] { h.combine(w) }
                    set.insert(h.finalize())
                }
                return set
            }
        }
        for (pi, p) in profiles.enumerated() {
            guard let set = shingles[pi] else { continue }
            ofClaim[pi] = set
            for s in set where ofArticle[p.article].insert(s).inserted {
                postings[s, default: []].append(p.article)
            }
        }
        var shared: [Int64: Int] = [:]
        let n = Int64(articles.count)
        for (_, list) in postings where list.count > 1 && list.count <= maximumSpread {
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let a = min(list[x], list[y]), b = max(list[x], list[y])
                    shared[Int64(a) * n + Int64(b), default: 0] += 1
                }
            }
        }
        // Each article's profiles: looking them up by scanning every profile made this step
        // quadratic in the size of the run.
        var profilesOf = [[Int]](repeating: [], count: articles.count)
        for (pi, p) in profiles.enumerated() where p.article >= 0 && p.article < articles.count { profilesOf[p.article].append(pi) }
        var out: [SharedWording] = []
        for (key, count) in shared {
            let a = Int(key / n), b = Int(key % n)
            let smaller = min(ofArticle[a].count, ofArticle[b].count)
            let overlap = smaller > 0 ? Double(count) / Double(smaller) : 0
            guard overlap >= minimumOverlap || count >= minimumShared else { continue }
            // The claim of `a` with most passages found in `b` shows the shared wording.
            var best: (Int, Int)? = nil
            for pi in profilesOf[a] {
                let c = ofClaim[pi]?.intersection(ofArticle[b]).count ?? 0
                if c > (best?.1 ?? 0) { best = (pi, c) }
            }
            let example = best.map { articles[a].claims[profiles[$0.0].claim].text } ?? ""
            out.append(SharedWording(a: a, b: b, sharedPassages: count, overlap: overlap, example: example))
        }
        return out.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// Groups of articles linked by shared wording (connected components), each ascending.
    static func copyGroups(_ shared: [SharedWording], articleCount: Int) -> [[Int]] {
        var root = Array(0..<articleCount)
        func find(_ x: Int) -> Int { var r = x; while root[r] != r { r = root[r] }; return r }
        for s in shared {
            let a = find(s.a), b = find(s.b)
            if a != b { root[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<articleCount { groups[find(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The upstream sources of a fact. Each claim traces to its named origin (the Kremlin),
    /// else its named channel (TASS), else its generic source; a channel is folded into an
    /// origin when some claim of the fact names both ("une source du Kremlin, citée par TASS"),
    /// and a generic medium ("les agences russes") into the named channels when there are some.
    /// `ps`: the profiles of the fact's claims, in run order.
    static func upstream(of ps: [ClaimProfile]) -> (sources: [UpstreamSource], unattributed: [Int]) {
        struct Acc { var name: String; var key: String?; var channels: [String]; var articles: Set<Int>; var order: Int }
        var accs: [String: Acc] = [:]
        var channelOwner: [String: String] = [:]   // channel key → origin key
        var attributedArticles = Set<Int>(), allArticles = Set<Int>()
        for p in ps {
            for ch in p.sources.channels { if let o = p.sources.origins.first, channelOwner[ch] == nil { channelOwner[ch] = o } }
        }
        let namedChannels = Set(ps.flatMap { $0.sources.channels })
        var channelNames: [String: String] = [:]
        for p in ps { for ch in p.sources.channels where channelNames[ch] == nil { channelNames[ch] = p.sources.name(ch) } }
        var order = 0
        for p in ps {
            allArticles.insert(p.article)
            let s = p.sources
            guard !s.isEmpty else { continue }
            attributedArticles.insert(p.article)
            var keys: [(String, String?, String)] = []   // (group id, entity key, display name)
            if !s.origins.isEmpty {
                for o in s.origins { keys.append(("k:" + o, o, s.name(o))) }
            } else if !s.channels.isEmpty {
                for ch in s.channels {
                    if let o = channelOwner[ch] { keys.append(("k:" + o, o, ps.lazy.compactMap { $0.sources.names[o] }.first ?? o)) }
                    else { keys.append(("k:" + ch, ch, s.name(ch))) }
                }
            } else if !s.genericChannels.isEmpty && !namedChannels.isEmpty {
                continue   // "les agences russes" when TASS is named: already counted
            } else {
                for g in s.genericOrigins + s.genericChannels { keys.append(("g:" + g, nil, s.name(g))) }
            }
            for (id, key, name) in keys {
                if accs[id] == nil { accs[id] = Acc(name: name, key: key, channels: [], articles: [], order: order); order += 1 }
                accs[id]?.articles.insert(p.article)
                for ch in s.channels where "k:" + ch != id {
                    // One name per channel: the first any claim of the fact gives it ("RIA Novosti", not also "Ria").
                    let chName = channelNames[ch] ?? s.name(ch)
                    if accs[id]?.channels.contains(chName) == false { accs[id]?.channels.append(chName) }
                }
            }
        }
        let sources = accs.values.sorted { ($1.articles.count, $0.order) < ($0.articles.count, $1.order) }
            .map { UpstreamSource(name: $0.name, key: $0.key, channels: $0.channels, articles: $0.articles.sorted()) }
        return (sources, allArticles.subtracting(attributedArticles).sorted())
    }

    /// The ways claims travelled, counted over the run: origin → channel when a claim names
    /// both, then the last hop to the article (from the channel, else the origin). Articles
    /// are named by index.
    static func sourceLinks(_ profiles: [ClaimProfile]) -> [SourceLink] {
        var counts: [SourceLink: Int] = [:]
        var order: [SourceLink] = []
        func add(_ l: SourceLink) {
            if counts[l] == nil { order.append(l) }
            counts[l, default: 0] += 1
        }
        for p in profiles where !p.sources.isEmpty {
            let s = p.sources
            let origins = (s.origins + s.genericOrigins).map(s.name)
            let channels = (s.channels + s.genericChannels).map(s.name)
            for o in origins { for c in channels { add(SourceLink(from: o, fromRole: .origin, to: c, toRole: .channel, claims: 0)) } }
            let last: [(String, SourceLink.Role)] = channels.isEmpty ? origins.map { ($0, .origin) } : channels.map { ($0, .channel) }
            for (name, role) in last { add(SourceLink(from: name, fromRole: role, to: String(p.article), toRole: .article, claims: 0)) }
        }
        return order.map { l in
            var out = l
            out.claims = counts[l] ?? 0
            return out
        }
    }
}
