import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work over index ranges on every core and joins the results in index order, so the
/// result is the same as one pass in order, whatever the threads' timing.
public enum ChunkedMap {
    /// Below this many items the work runs on the calling thread: threads cost more.
    public static let minimumParallel = 512

    /// `body` of consecutive ranges covering `0..<count`, concatenated in order. `body` must
    /// depend only on its range.
    public static func run<R: Sendable>(_ count: Int, _ body: @Sendable (Range<Int>) -> [R]) -> [R] {
        let parts = chunks(count, body)
        guard parts.count > 1 else { return parts.first ?? [] }
        var out: [R] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts { out += p }
        return out
    }

    /// The same, each range's results apart, in order.
    public static func chunks<R: Sendable>(_ count: Int, _ body: @Sendable (Range<Int>) -> [R]) -> [[R]] {
        let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        guard cores > 1, count >= minimumParallel else { return [body(0..<count)] }
        // Several chunks a core, so that a slow chunk does not leave a core idle.
        let chunks = min(count, cores * 8)
        let size = (count + chunks - 1) / chunks
        let slots = Slots<R>(count: chunks)
        defer { slots.free() }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lower = min(count, c * size), upper = min(count, lower + size)
            slots.set(c, body(lower..<upper))
        }
        return (0..<chunks).map { slots.take($0) }
    }
}

/// Result slots filled from several threads. Safe because each index is written by exactly
/// one iteration and read only after `concurrentPerform` has returned.
private struct Slots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[R]>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: [])
    }
    func set(_ i: Int, _ value: [R]) { buffer[i] = value }
    func take(_ i: Int) -> [R] {
        defer { buffer[i] = [] }
        return buffer[i]
    }
    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
