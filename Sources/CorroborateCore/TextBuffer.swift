/// The decoded text of one input file. Every offset in the project counts Unicode scalars
/// from the start of the file, as the JSON contract does, so the text is kept as scalars.
public struct TextBuffer: Sendable {
    public let scalars: [Unicode.Scalar]
    /// Scalar offset where each line starts (line 1 starts at 0).
    private let lineStarts: [Int]

    public init(_ string: String) {
        self.init(scalars: Array(string.unicodeScalars))
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" || (s == "\r" && (i + 1 >= scalars.count || scalars[i + 1] != "\n")) {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    public var count: Int { scalars.count }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The verbatim text between two scalar offsets (clamped to the buffer).
    public func text(_ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        return ScalarClass.string(scalars[a..<b])
    }

    /// 1-based line number of a scalar offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}
