import CorroborateCore
import CorroborateText
import CorroborateTimes

/// Decides what each article's relative dates are read against, as the contract orders it:
/// its publication date (front matter or dateline), else `--date`, else what the other
/// articles of the run establish (the latest date they state). An article dated only to the
/// month also gets an anchor: the day the other articles were published on most often in that
/// month, else the day they state most often.
///
/// Linear in the run: the dates articles state are read only when an article needs them (by
/// the caller, in parallel), and each undated article looks at the others through run-wide
/// totals minus its own share.
struct ReferenceDateResolver: Sendable {
    /// `statedDates(indices, refs)`: for each index, the dates that article states, read
    /// against `refs[index]` (see `statedDates(_:tokens:reference:)`), in the order given.
    func resolve(_ documents: [Document], fallback: PartialDate?,
                 statedDates read: ([Int], [ReferenceDate]) -> [[PartialDate]]) -> [ReferenceDate] {
        var refs = documents.map { ReferenceDate(date: $0.metadata.published ?? fallback) }
        guard refs.contains(where: { $0.date?.calendarDate == nil }) else { return refs }
        // The dates each article states, read against its own date, once and only if needed.
        var stated: [[PartialDate]]? = nil
        func statedDates() -> [[PartialDate]] {
            if let stated { return stated }
            let dates = read(Array(documents.indices), refs)
            stated = dates
            return dates
        }
        // Articles with no year at all borrow the latest date the others state. Publication
        // dates tell the year of undated articles, not the day events happened.
        if refs.contains(where: { $0.date?.year == nil }) {
            let all = statedDates()
            let latest = documents.indices.map { i in (all[i] + (documents[i].metadata.published.map { [$0] } ?? [])).max() }
            let (first, second) = ReferenceDateResolver.twoLatest(latest)
            var changed: [Int] = []
            for i in documents.indices where refs[i].date?.year == nil {
                if let k = first == i ? second : first, let date = latest[k] {
                    refs[i] = ReferenceDate(date: PartialDate(year: date.year, month: date.month, day: nil))
                    changed.append(i)
                }
            }
            // Only the articles whose date changed read their dates differently.
            if !changed.isEmpty {
                var updated = all
                for (i, dates) in zip(changed, read(changed, refs)) { updated[i] = dates }
                stated = updated
            }
        }
        // Articles dated to a month (or year) take an anchor day from the others. An article
        // in this loop has no publication day of its own, so the run's totals are the others'.
        var published: [CalendarDate: Int] = [:]
        for d in documents { if let day = d.metadata.published?.calendarDate { published[day, default: 0] += 1 } }
        var statedTotal: [CalendarDate: Int]? = nil
        for i in documents.indices where refs[i].date?.calendarDate == nil {
            let own = refs[i].date
            func compatible(_ day: CalendarDate) -> Bool { own.map { PartialDate(day).isCompatible(with: $0) } ?? true }
            // The day the other articles were published, when they say it: the story's day;
            // most often, the earliest on ties (the day the story broke).
            var best: (count: Int, day: CalendarDate)? = nil
            for (day, count) in published where compatible(day) {
                if best.map({ count > $0.count || (count == $0.count && day < $0.day) }) ?? true { best = (count, day) }
            }
            if let best {
                refs[i].anchor = best.day
                continue
            }
            // Else the day the others state most often (the story's day), the latest on ties:
            // a single mention of a later, announced day must not move every weekday.
            let all = statedDates()
            let total = statedTotal ?? ReferenceDateResolver.dayCounts(all)
            statedTotal = total
            let mine = ReferenceDateResolver.dayCounts([all[i]])
            for (day, count) in total where compatible(day) {
                let others = count - (mine[day] ?? 0)
                guard others > 0 else { continue }
                if best.map({ ($0.count, $0.day) < (others, day) }) ?? true { best = (others, day) }
            }
            if let best { refs[i].anchor = best.day }
        }
        return refs
    }

    /// The dates with a year an article states (not relative ones), read against `reference`.
    static func statedDates(_ document: Document, tokens: [Token], reference: ReferenceDate) -> [PartialDate] {
        statedDates(TimeRecognizer(language: document.metadata.language).recognize(tokens: tokens, text: document.text, reference: reference))
    }

    /// The same, of time mentions already read.
    static func statedDates(_ times: [TimeMention]) -> [PartialDate] {
        times.filter { $0.kind == .date && !$0.isRelative }.compactMap { $0.date }.filter { $0.year != nil }
    }

    /// How often each full day occurs.
    static func dayCounts(_ lists: [[PartialDate]]) -> [CalendarDate: Int] {
        var counts: [CalendarDate: Int] = [:]
        for dates in lists { for d in dates { if let day = d.calendarDate { counts[day, default: 0] += 1 } } }
        return counts
    }

    /// Indices of the latest and second latest dates (the first of equals), so that "the
    /// latest among the others" is one look-up per article.
    static func twoLatest(_ dates: [PartialDate?]) -> (Int?, Int?) {
        var first: Int? = nil, second: Int? = nil
        for (i, d) in dates.enumerated() {
            guard let d else { continue }
            if let f = first, let fd = dates[f] {
                if fd < d {
                    second = first
                    first = i
                } else if let s = second, let sd = dates[s] {
                    if sd < d { second = i }
                } else {
                    second = i
                }
            } else {
                first = i
            }
        }
        return (first, second)
    }
}
