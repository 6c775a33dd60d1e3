import CorroborateCore
import CorroborateText
import CorroborateTimes
import CorroborateNumbers
import CorroborateGazetteer
import Dispatch

/// Options of one extraction run.
public struct ExtractionOptions: Sendable {
    /// `--date`: the reference date for articles that carry none.
    public var fallbackDate: PartialDate?
    /// 1: one article after the other on the calling thread; otherwise articles are spread
    /// over every core. The results are the same either way.
    public var workers: Int
    public init(fallbackDate: PartialDate? = nil, workers: Int = 0) {
        self.fallbackDate = fallbackDate
        self.workers = workers
    }
}

/// Runs the recognizers and the claim builder over every document of a run:
/// tokens → sentences → times, numbers, names → attributions → claims.
public struct Extractor: Sendable {
    public init() {}

    /// Articles are independent once their reference dates are settled, so they are analyzed
    /// in parallel; the results come back in input order.
    public func analyze(_ documents: [Document], options: ExtractionOptions = ExtractionOptions()) -> [ArticleAnalysis] {
        let parallel = options.workers != 1
        // The time mentions read to settle the reference dates, with the reference they were
        // read against: an article whose reference stays the same reads the same times, which
        // the analysis then takes instead of reading them again. An article with its own
        // publication day keeps its reference: it is analyzed in that same pass, its text
        // tokenized once.
        var readTimes = [(reference: ReferenceDate, times: [TimeMention])?](repeating: nil, count: documents.count)
        var analyzed = [ArticleAnalysis?](repeating: nil, count: documents.count)
        let references = ReferenceDateResolver().resolve(documents, fallback: options.fallbackDate) { indices, refs in
            let results = Extractor.map(indices, parallel: parallel) { i in
                let d = documents[i]
                let p = prepare(d)
                let times = TimeRecognizer(language: d.metadata.language).recognize(tokens: p.tokens, text: d.text, reference: refs[i])
                let analysis = refs[i].date?.calendarDate != nil ? analyze(p, reference: refs[i], times: times) : nil
                return (times: times, analysis: analysis)
            }
            for (k, i) in indices.enumerated() {
                readTimes[i] = (refs[i], results[k].times)
                if let a = results[k].analysis { analyzed[i] = a }
            }
            return results.map { ReferenceDateResolver.statedDates($0.times) }
        }
        let known = readTimes, done = analyzed
        return Extractor.map(Array(documents.indices), parallel: parallel) { i in
            if let a = done[i], known[i]?.reference == references[i] { return a }
            let cached = known[i].flatMap { $0.reference == references[i] ? $0.times : nil }
            return analyze(prepare(documents[i]), reference: references[i], times: cached)
        }
    }

    /// `transform` of every element, in order, spread over the cores when `parallel`.
    static func map<T: Sendable, R: Sendable>(_ items: [T], parallel: Bool, _ transform: @Sendable (T) -> R) -> [R] {
        guard parallel, items.count > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        defer { slots.free() }
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values()
    }

    /// One article on its own (its reference date from its metadata or `reference`).
    public func analyze(_ document: Document, reference: ReferenceDate? = nil) -> ArticleAnalysis {
        let p = prepare(document)
        let ref = reference ?? ReferenceDate(date: document.metadata.published)
        return analyze(p, reference: ref)
    }

    struct Prepared {
        var document: Document
        var tokens: [Token]
    }

    func prepare(_ document: Document) -> Prepared {
        // Tokens from the dateline on: its date is a time of the article too.
        let from = document.datelineRange?.lowerBound ?? document.bodyStart
        return Prepared(document: document, tokens: Tokenizer().tokenize(document.text, from: from))
    }

    /// `times`: the article's time mentions read against `reference`, when already known.
    func analyze(_ p: Prepared, reference: ReferenceDate, times known: [TimeMention]? = nil) -> ArticleAnalysis {
        let doc = p.document
        let language = doc.metadata.language
        let lexicon = ExtractionLexicon.forLanguage(language)
        let tokens = p.tokens
        var excluded: [Range<Int>] = []
        if let t = doc.titleRange { excluded.append(t) }
        let segmentation = SentenceSegmenter().segment(doc.text, from: doc.bodyStart, to: doc.text.count, excluding: excluded)
        let times = (known ?? TimeRecognizer(language: language).recognize(tokens: tokens, text: doc.text, reference: reference)).sorted { $0.start < $1.start }
        let numbers = NumberRecognizer(language: language).recognize(tokens: tokens, text: doc.text).sorted { $0.start < $1.start }
        let dateSpans = times.filter { $0.kind != .duration }
        let quantities = numbers.filter { n in !dateSpans.contains { $0.start <= n.start && n.end <= $0.end } }
        var sentenceStarts = Set<Int>()
        var starts = segmentation.sentences.map { $0.start }
        if let t = doc.titleRange { starts.append(t.lowerBound) }
        starts.append(doc.bodyStart)
        let startSet = Set(starts)
        for (i, t) in tokens.enumerated() {
            if startSet.contains(t.start) || (i > 0 && tokens[i - 1].kind == .punctuation && startSet.contains(tokens[i - 1].start)) {
                sentenceStarts.insert(i)
            }
        }
        // Names in furniture lines are not the article's.
        let furnitureCut = furnitureStart(segmentation, tokens, lexicon)
        let nameTokens = furnitureCut.map { cut in Array(tokens.prefix { $0.start < cut }) } ?? tokens
        let mentions = EntityRecognizer(lexicon: lexicon).recognize(tokens: nameTokens, text: doc.text, sentenceStarts: sentenceStarts)
        let resolved = EntityResolver(gazetteer: .shared, language: language).resolve(mentions, tokens: nameTokens)
        let claims = ClaimBuilder(lexicon: lexicon, gazetteer: .shared).build(ClaimBuilder.Input(
            document: doc, tokens: tokens, segmentation: segmentation, times: times, numbers: quantities,
            mentions: mentions, entityOfMention: resolved.entityOfMention, entities: resolved.entities, reference: reference))
        return ArticleAnalysis(metadata: doc.metadata, text: doc.text, referenceDate: reference,
                               entities: resolved.entities, times: times, claims: claims)
    }

    /// Where the article ends and the page's comment form starts ("Leave a Reply" and what follows), if it does.
    func furnitureStart(_ seg: Segmentation, _ tokens: [Token], _ lexicon: ExtractionLexicon) -> Int? {
        var lo = 0
        for s in seg.sentences {
            while lo < tokens.count, tokens[lo].start < s.start { lo += 1 }
            var k = lo
            while k < tokens.count, k - lo < 8, tokens[k].start < s.end { k += 1 }
            if lexicon.articleEndPrefixes.opens(tokens[lo..<k]) { return s.start }
        }
        return nil
    }
}

/// Result slots filled from several threads. Safe because each index is written by exactly
/// one iteration and read only after `concurrentPerform` has returned.
private struct Slots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    func set(_ i: Int, _ value: R) { buffer[i] = value }
    func values() -> [R] { buffer.compactMap { $0 } }
    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
