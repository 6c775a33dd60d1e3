import CorroborateCore
import CorroborateGazetteer

/// Aligns the claims of a run's articles and gives each aligned pair a verdict, then groups
/// claims into facts and traces where each fact comes from.
///
/// Steps: profile every claim once (`ClaimProfile`); weigh terms by rarity in the run
/// (`TermWeights`); pair only claims that share a telling term (`CandidateIndex`, near-linear);
/// score each candidate pair (`Similarity`); judge aligned pairs facet by facet
/// (`VerdictRules`); group them into facts (`FactClustering`); find shared wording, upstream
/// sources and revisions over time (`ProvenanceBuilder`, `RevisionDetector`).
public struct Comparator: Sendable {
    /// Minimum score for two claims to be taken as stating the same fact, in facts.
    public var threshold: Double
    /// Score from which two claims are aligned even when they fall in different facts: an
    /// even chance that they state one fact. A fact told by many outlets in many wordings
    /// splits into several groups under the majority rule; its pairs across them still align.
    /// (0.8 lost a third of such pairs on the dev stories; 0.5 keeps them, at equal precision.)
    public var standalone: Double
    let gazetteer: Gazetteer

    public init(threshold: Double = 0.2, standalone: Double = 0.5) {
        self.threshold = threshold
        self.standalone = standalone
        gazetteer = .shared
    }

    public func compare(_ given: [ArticleAnalysis]) -> RunResult {
        // "ANSSI" in one article, « l'Agence nationale … (Anssi) » in another: one institution.
        let aliased = EntityAliases(given, gazetteer: gazetteer).applied(to: given)
        // "Peskov said" in one article, « le porte-parole du Kremlin, Dmitri Peskov » in another.
        let articles = SpeakerAffiliations(aliased).applied(to: aliased)
        let refs: [ClaimReference] = articles.enumerated().flatMap { ai, a in
            a.claims.indices.map { ClaimReference(article: ai, claim: $0) }
        }
        // Profiles are independent of each other but for a clause taking the events of the
        // one before it: built on every core, then that step in order.
        let gazetteer = self.gazetteer
        let built: [(profile: ClaimProfile, continues: Bool)] = ChunkedMap.run(refs.count) { range in
            range.map { k in
                let ai = refs[k].article, ci = refs[k].claim, a = articles[ai]
                let first = Comparator.sentenceStart(a, ci)
                let p = ClaimProfile(article: ai, claim: ci, analysis: a, gazetteer: gazetteer,
                                     sentence: first < ci ? Comparator.sentence(a, from: first, to: ci) : nil)
                return (p, first < ci)
            }
        }
        var profiles = built.map(\.profile)
        for k in profiles.indices where k > 0 && built[k].continues { profiles[k].continueSentence(of: profiles[k - 1]) }
        // The story's day: the day the run's claims date most often. An undated figure of an
        // article without a publication day is taken as that day's.
        var dayCounts: [PartialDate: Int] = [:]
        for k in profiles.indices { if let w = profiles[k].when, w.day != nil { dayCounts[w, default: 0] += 1 } }
        if let storyDay = dayCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
            for k in profiles.indices where profiles[k].referenceDay == nil { profiles[k].referenceDay = storyDay }
        }
        // Shared wording needs only the profiles' passages: found before the pairs are scored,
        // its tables are gone before those of the pairs are built (a large run's peak of memory).
        let shared = ProvenanceBuilder.sharedWording(profiles, articles: articles)
        let copyGroups = ProvenanceBuilder.copyGroups(shared, articleCount: articles.count)
        // A day of coverage holds many stories: pair only articles of one story. A handful of
        // articles given together are one story by the user's choice; two short reports of it
        // may share a single name.
        // (Each claim's terms, as strings, are let go of once weighed and indexed, before the
        // vectors are built: held together they were a large run's peak of memory.)
        let weights: TermWeights, index: CandidateIndex
        do {
            let terms = TermWeights.terms(of: profiles)
            weights = TermWeights(terms: terms)
            index = CandidateIndex(profiles, terms: terms, weights: weights, storyGate: articles.count > Comparator.storyGateFrom)
        }
        let similarity = Similarity(profiles: profiles, weights: weights, gazetteer: gazetteer)
        let rules = VerdictRules(gazetteer: gazetteer)
        let revisions = RevisionDetector()
        // The terms are weighed, the vectors and the index built: the profiles' term lists are
        // no longer read.
        for k in profiles.indices { profiles[k].dropTermLists() }
        // Score every candidate pair once, as the index gives them (never all held at once);
        // the evidence lists, for the explanation, only when an alignment's explanation is read
        // (`PairExplainer`; most pairs scored are not kept).
        let final = profiles, threshold = self.threshold
        var pairs: [ScoredPair] = ChunkedMap.run(final.count) { range in
            var out: [ScoredPair] = []
            var mark = [Int32](repeating: -1, count: final.count)
            // Profiles read through a buffer are passed in place; an array element passed to a
            // function was copied (a retain and release of each field), per pair scored.
            final.withUnsafeBufferPointer { profiles in
                for i in range {
                    for j in index.partners(of: i, mark: &mark) {
                        let s = similarity.score(i, j, profiles[i], profiles[j])
                        // Below the threshold, a pair of one actor's one happening at one place
                        // still is: outlets word an arrival too differently for wording to tell.
                        guard !s.differentOccurrence, s.score >= threshold
                                || (s.score >= Comparator.sameHappeningFloor && similarity.sameHappeningActorPlace(i, j, profiles[i], profiles[j]))
                        else { continue }
                        out.append(ScoredPair(i, j, s.score))
                    }
                }
            }
            return out
        }
        // Group claims into facts, each claim in one; then align the pairs within a fact, and
        // across facts only the pairs whose evidence is strong on its own. A pair of claims
        // in two different facts is most often two facts sharing actors ("arrived in Moscow"
        // and "was granted asylum"), not one.
        // The pairs are sorted strongest first for that in place, then back (they are scored,
        // and aligned, in claim order): a sorted copy held them twice.
        pairs.sort(by: ScoredPair.stronger)
        let groups = FactClustering.groups(count: profiles.count, article: { profiles[$0].article },
                                           edges: pairs)
        pairs.sort(by: ScoredPair.inClaimOrder)
        // Each claim's group, -1 for none: an array, read twice per pair scored.
        var groupOf = [Int32](repeating: -1, count: profiles.count)
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = Int32(g) } }
        // Across facts also the pairs telling one happening of one actor in one place: a fact
        // stated alone ("Assad est arrivé à Moscou") and with its context ("… où la Russie lui a
        // accordé l'asile") lands in two groups.
        // The pairs not kept are removed in place, in order: a filtered copy held both lists
        // at once.
        final.withUnsafeBufferPointer { profiles in
            pairs.removeAll { s in
                !((groupOf[s.i] >= 0 && groupOf[s.i] == groupOf[s.j]) || s.score >= standalone
                    || (s.score >= Comparator.sameHappeningFloor && similarity.sameHappeningActorPlace(s.i, s.j, profiles[s.i], profiles[s.j])))
            }
        }
        let kept = pairs

        // Each kept pair's verdict and revision on every core, a batch at a time, joined in
        // order: a revision names its alignment by its place in the list. Each batch's
        // verdicts are numbered (`AlignmentListBuilder`) before the next is judged. The
        // explanations are built when read, from the profiles (`PairExplainer`).
        let explainer = PairExplainer(profiles: final, similarity: similarity, gazetteer: gazetteer, articles: articles)
        var builder = AlignmentListBuilder(articles: articles, explainer: explainer, capacity: kept.count)
        var revisionList: [Revision] = []
        var start = 0
        while start < kept.count {
            let end = min(kept.count, start + Comparator.judgeBatch), offset = start
            let judged: [Judged] = ChunkedMap.run(end - start) { range in
                final.withUnsafeBufferPointer { profiles in
                    range.map { r in
                        let index = offset + r
                        return Judged.judge(kept[index].i, kept[index].j, score: kept[index].score, index: index, profiles: profiles,
                                            articles: articles, refs: refs, rules: rules, revisions: revisions)
                    }
                }
            }
            for (r, p) in judged.enumerated() {
                builder.append(a: kept[offset + r].i, b: kept[offset + r].j, verdict: p.verdict, notes: p.notes)
                if let rev = p.revision { revisionList.append(rev) }
            }
            start = end
        }
        let alignments = builder.list
        let edges = kept

        let facts = buildFacts(profiles: profiles, refs: refs, groups: groups, edges: edges, copyGroups: copyGroups)
        return RunResult(articles: articles, alignments: alignments, facts: facts, sharedWording: shared,
                         revisions: revisionList, sourceLinks: ProvenanceBuilder.sourceLinks(profiles))
    }

    /// The claim is a clause of the same sentence as the claim before it: nothing but
    /// spaces and clause punctuation between them.
    static func continuesSentence(_ a: ArticleAnalysis, _ ci: Int) -> Bool {
        let prev = a.claims[ci - 1], c = a.claims[ci]
        guard prev.end <= c.start, c.start - prev.end < 40 else { return false }
        let between = a.text.text(prev.end, c.start)
        guard !between.unicodeScalars.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" || $0 == "\r" }) else { return false }
        // The claim before ends its sentence with its own final stop ("… dissous. Le ministre …"),
        // maybe followed by a closing quotation mark or bracket.
        let tail = a.text.text(max(prev.start, prev.end - 4), prev.end).unicodeScalars
            .filter { !ScalarClass.isSpace($0) && !"»\"”’')]".unicodeScalars.contains($0) }
        return !(tail.last.map { $0 == "." || $0 == "!" || $0 == "?" || $0 == "…" } ?? false)
    }

    /// The least score at which two claims telling the same happening of the same actor at the
    /// same place align (`Similarity.sameHappeningActorPlace`), in one fact or across two.
    /// (On the dev stories 0.3 aligned 37 fewer annotated pairs; 0.05 added one right pair for
    /// three wrong ones.)
    static let sameHappeningFloor = 0.1

    /// Kept pairs judged together on every core (see `compare`).
    static let judgeBatch = 1 << 16

    /// Runs of more articles than this are split into stories before pairing (`CandidateIndex`).
    static let storyGateFrom = 40

    /// Clauses one sentence may join at most: a page without punctuation would otherwise be
    /// one sentence of thousands of clauses, rebuilt for each of them (quadratic).
    static let maxClausesPerSentence = 16

    /// The first clause of the sentence claim `ci` belongs to.
    static func sentenceStart(_ a: ArticleAnalysis, _ ci: Int) -> Int {
        var k = ci
        while k > 0, ci - k < maxClausesPerSentence, continuesSentence(a, k) { k -= 1 }
        return k
    }

    /// Clauses `from...to` read as one claim: their text, figures, places and actors.
    static func sentence(_ a: ArticleAnalysis, from: Int, to: Int) -> Claim {
        let first = a.claims[from], last = a.claims[to]
        var s = Claim(id: last.id, text: a.text.text(first.start, last.end), start: first.start, end: last.end, line: first.line)
        for c in a.claims[from...to] {
            s.numbers += c.numbers
            for k in c.whereKeys where !s.whereKeys.contains(k) { s.whereKeys.append(k) }
            for k in c.whoKeys where !s.whoKeys.contains(k) { s.whoKeys.append(k) }
        }
        return s
    }

    private func buildFacts(profiles: [ClaimProfile], refs: [ClaimReference], groups: [[Int]],
                            edges: [ScoredPair], copyGroups: [[Int]]) -> [FactCluster] {
        var groupOf = [Int32](repeating: -1, count: profiles.count)
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = Int32(g) } }
        var alignmentsOf = [[Int]](repeating: [], count: groups.count)
        for (k, e) in edges.enumerated() {
            let g = groupOf[e.i]
            if g >= 0, groupOf[e.j] == g { alignmentsOf[Int(g)].append(k) }
        }
        // Each article's copy group: a fact's copies are found from its own articles (filtering
        // every copy group for every fact was quadratic in a large run).
        var copyGroupOf = [Int](repeating: -1, count: refs.last.map { $0.article + 1 } ?? 0)
        for (c, group) in copyGroups.enumerated() { for a in group where a < copyGroupOf.count { copyGroupOf[a] = c } }
        var facts: [FactCluster] = []
        for (g, members) in groups.enumerated() {
            let memberRefs = members.map { refs[$0] }
            let articles = Array(Set(memberRefs.map(\.article))).sorted()
            let (upstream, unattributed) = ProvenanceBuilder.upstream(of: members.map { profiles[$0] })
            // Copy groups in their order, each with the fact's articles in it, ascending.
            var inGroup: [Int: [Int]] = [:]
            for a in articles where a < copyGroupOf.count && copyGroupOf[a] >= 0 { inGroup[copyGroupOf[a], default: []].append(a) }
            let copies = inGroup.keys.sorted().compactMap { inGroup[$0] }.filter { $0.count > 1 }
            facts.append(FactCluster(members: memberRefs, articles: articles, alignments: alignmentsOf[g],
                                     upstream: upstream, unattributed: unattributed, copyGroups: copies))
        }
        facts.sort { x, y in
            if x.articles.count != y.articles.count { return x.articles.count > y.articles.count }
            return x.members[0] < y.members[0]
        }
        return facts
    }
}
