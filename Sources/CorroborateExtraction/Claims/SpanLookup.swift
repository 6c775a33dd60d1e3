import CorroborateCore

/// How many positions of a range satisfy a predicate, for any sub-range in constant time.
struct PrefixCount {
    let base: Int
    let sums: [Int]
    init(_ r: Range<Int>, _ predicate: (Int) -> Bool) {
        base = r.lowerBound
        var s = [0]
        s.reserveCapacity(r.count + 1)
        for k in r { s.append(s[s.count - 1] + (predicate(k) ? 1 : 0)) }
        sums = s
    }
    func count(_ r: Range<Int>) -> Int {
        let a = max(0, min(sums.count - 1, r.lowerBound - base)), b = max(a, min(sums.count - 1, r.upperBound - base))
        return sums[b] - sums[a]
    }
}

/// A mention with a scalar span, for range look-ups.
protocol SpanMention { var start: Int { get }; var end: Int { get } }
extension TimeMention: SpanMention {}
extension NumberMention: SpanMention {}
