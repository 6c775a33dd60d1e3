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
        // Sorted arrays rather than sets and a dictionary of posting lists: at 10 000 articles
        // the lists were millions of small arrays, built on one core. Each claim's passages are
        // hashed once, with its profile (`passages(_:)`).
        // Each article's profiles: looking them up by scanning every profile made this step
        // quadratic in the size of the run.
        var profilesOf = [[Int]](repeating: [], count: articles.count)
        for (pi, p) in profiles.enumerated() where p.article >= 0 && p.article < articles.count { profilesOf[p.article].append(pi) }
        let claimsOf = profilesOf
        let ofArticle: [[Int]] = ChunkedMap.run(articles.count) { range in
            range.map { a in ProvenanceBuilder.sortedUnique(claimsOf[a].flatMap { profiles[$0].passages }) }
        }
        // Every (passage, article) once, by passage: the articles of a passage are a run.
        var postings: [(shingle: Int, article: Int32)] = []
        postings.reserveCapacity(ofArticle.reduce(0) { $0 + $1.count })
        for (a, set) in ofArticle.enumerated() { for s in set { postings.append((s, Int32(a))) } }
        postings.sort { ($0.shingle, $0.article) < ($1.shingle, $1.article) }
        var shared: [Int64: Int] = [:]
        let n = Int64(articles.count)
        var runStart = 0
        while runStart < postings.count {
            var runEnd = runStart + 1
            while runEnd < postings.count, postings[runEnd].shingle == postings[runStart].shingle { runEnd += 1 }
            let spread = runEnd - runStart
            if spread > 1 && spread <= maximumSpread {
                for x in runStart..<runEnd {
                    for y in (x + 1)..<runEnd {
                        // Articles ascend within a run.
                        shared[Int64(postings[x].article) * n + Int64(postings[y].article), default: 0] += 1
                    }
                }
            }
            runStart = runEnd
        }
        var out: [SharedWording] = []
        for (key, count) in shared {
            let a = Int(key / n), b = Int(key % n)
            let smaller = min(ofArticle[a].count, ofArticle[b].count)
            let overlap = smaller > 0 ? Double(count) / Double(smaller) : 0
            guard overlap >= minimumOverlap || count >= minimumShared else { continue }
            // The claim of `a` with most passages found in `b` shows the shared wording.
            var best: (Int, Int)? = nil
            for pi in profilesOf[a] {
                let c = ProvenanceBuilder.commonCount(profiles[pi].passages, ofArticle[b])
                if c > (best?.1 ?? 0) { best = (pi, c) }
            }
            let example = best.map { articles[a].claims[profiles[$0.0].claim].text } ?? ""
            out.append(SharedWording(a: a, b: b, sharedPassages: count, overlap: overlap, example: example))
        }
        return out.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The passages of `shingleLength` folded words in a row, hashed, sorted, each once.
    static func passages(_ words: [String]) -> [Int] {
        let k = shingleLength
        guard words.count >= k else { return [] }
        var hashes: [Int] = []
        hashes.reserveCapacity(words.count - k + 1)
        for i in 0...(words.count - k) {
            var h = Hasher()
            for w in words[i..<(i + k)] { h.combine(w) }
            hashes.append(h.finalize())
        }
        return sortedUnique(hashes)
    }

    /// `values` ascending, each once.
    static func sortedUnique(_ values: [Int]) -> [Int] {
        var v = values.sorted()
        var w = 0
        for r in v.indices where w == 0 || v[r] != v[w - 1] {
            v[w] = v[r]
            w += 1
        }
        v.removeLast(v.count - w)
        return v
    }

    /// How many values two ascending arrays without repeats have in common.
    static func commonCount(_ x: [Int], _ y: [Int]) -> Int {
        var i = 0, j = 0, c = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { c += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return c
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
                // A spokesperson speaks for their institution: one upstream source with it.
                for o in s.origins {
                    if let org = s.affiliations[o] {
                        keys.append(("k:" + org, org, s.name(org) + " (" + s.name(o) + ")"))
                    } else {
                        keys.append(("k:" + o, s.writtenKey(o), s.name(o)))
                    }
                }
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
