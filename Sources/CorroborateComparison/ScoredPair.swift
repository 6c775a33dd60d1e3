/// Two claims of the run, by number, and the score that links them: 16 bytes. A large run
/// scores millions of pairs above the threshold, held until its facts are built; as a tuple
/// of two `Int`s and a `Double` they took half as much again. The score stays a `Double`:
/// thresholds and the order links are taken in read it exactly.
struct ScoredPair: Sendable {
    let a: UInt32
    let b: UInt32
    let score: Double

    init(_ i: Int, _ j: Int, _ score: Double) {
        a = UInt32(i)
        b = UInt32(j)
        self.score = score
    }

    var i: Int { Int(a) }
    var j: Int { Int(b) }
}

extension ScoredPair {
    /// Strongest first: score descending, then claim numbers ascending. A total order on the
    /// pairs of a run (each pair is scored once), so any sort gives one sequence.
    static func stronger(_ p: ScoredPair, _ q: ScoredPair) -> Bool {
        (p.score, q.a, q.b) > (q.score, p.a, p.b)
    }

    /// By first claim, then second: the order pairs are scored in, and alignments listed in.
    static func inClaimOrder(_ p: ScoredPair, _ q: ScoredPair) -> Bool {
        (p.a, p.b) < (q.a, q.b)
    }
}
