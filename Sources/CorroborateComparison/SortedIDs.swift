/// Sorted lists of term or name numbers, walked together: the merge behind cosines, shared
/// events and the story gate, in one place.
enum SortedIDs {
    /// Calls `body` with the positions of each element the two ascending lists share, in
    /// order, until it returns false.
    @inline(__always)
    static func forEachCommon(_ x: [Int32], _ y: [Int32], _ body: (Int, Int) -> Bool) {
        var p = 0, q = 0
        while p < x.count, q < y.count {
            if x[p] == y[q] {
                if !body(p, q) { return }
                p += 1
                q += 1
            } else if x[p] < y[q] {
                p += 1
            } else {
                q += 1
            }
        }
    }

    /// Whether the two ascending lists share `atLeast` elements.
    static func shareAtLeast(_ x: [Int32], _ y: [Int32], _ atLeast: Int) -> Bool {
        guard atLeast > 0 else { return true }
        var found = 0
        forEachCommon(x, y) { _, _ in
            found += 1
            return found < atLeast
        }
        return found >= atLeast
    }
}
