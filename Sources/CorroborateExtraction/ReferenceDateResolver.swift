import CorroborateCore
import CorroborateText
import CorroborateTimes

/// Decides what each article's relative dates are read against, as the contract orders it:
/// its publication date (front matter or dateline), else `--date`, else what the other
/// articles of the run establish (the latest date they state). An article dated only to the
/// month also gets an anchor: the day the other articles were published on most often in that
/// month, else the day they state most often.
struct ReferenceDateResolver: Sendable {
    func resolve(prepared: [(Document, [Token])], fallback: PartialDate?) -> [ReferenceDate] {
        var refs = prepared.map { ReferenceDate(date: $0.0.metadata.published ?? fallback) }
        // The dates each article states, read against its own date.
        func stated(_ i: Int) -> [PartialDate] {
            let (doc, tokens) = prepared[i]
            let times = TimeRecognizer(language: doc.metadata.language).recognize(tokens: tokens, text: doc.text, reference: refs[i])
            return times.filter { $0.kind == .date && !$0.isRelative }.compactMap { $0.date }.filter { $0.year != nil }
        }
        // Publication dates tell the year of undated articles, not the day events happened.
        func statedOrPublished(_ i: Int) -> [PartialDate] {
            statedDates[i] + (prepared[i].0.metadata.published.map { [$0] } ?? [])
        }
        var statedDates = prepared.indices.map(stated)
        // Articles with no year at all borrow the latest date the others state.
        var changed = false
        for i in prepared.indices where refs[i].date?.year == nil {
            let others = prepared.indices.filter { $0 != i }.flatMap { statedOrPublished($0) }
            if let latest = others.max() {
                refs[i] = ReferenceDate(date: PartialDate(year: latest.year, month: latest.month, day: nil))
                changed = true
            }
        }
        if changed { statedDates = prepared.indices.map(stated) }
        // Articles dated to a month (or year) take the latest full day stated elsewhere within it as anchor.
        for i in prepared.indices where refs[i].date?.calendarDate == nil {
            let own = refs[i].date
            // The day the other articles were published, when they say it: the story's day.
            var published: [CalendarDate: Int] = [:]
            for j in prepared.indices where j != i {
                if let d = prepared[j].0.metadata.published?.calendarDate, own.map({ PartialDate(d).isCompatible(with: $0) }) ?? true {
                    published[d, default: 0] += 1
                }
            }
            // Most often; on a tie the earliest, the day the story broke.
            if let best = published.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                refs[i].anchor = best.key
                continue
            }
            let days = prepared.indices.filter { $0 != i }.flatMap { statedDates[$0] }
                .compactMap { $0.calendarDate }
                .filter { d in own.map { PartialDate(d).isCompatible(with: $0) } ?? true }
            // The day the others state most often (the story's day), the latest on ties: a
            // single mention of a later, announced day must not move every weekday.
            var counts: [CalendarDate: Int] = [:]
            for d in days { counts[d, default: 0] += 1 }
            if let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) { refs[i].anchor = best.key }
        }
        return refs
    }
}
