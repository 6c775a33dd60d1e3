#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc) || canImport(Musl)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

/// Clocks, memory and processor counts.
enum Measure {
    /// Seconds `body` takes, and what it returns.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (seconds(clock.now - start), value)
    }

    /// User and system CPU seconds of this process so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_WHO, &usage) == 0 else { return 0 }
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// CPU ticks (user + system) of each thread of this process, by thread id, from
    /// /proc/self/task/*/stat; empty where /proc is missing.
    static func threadTicks() -> [Int: Int] {
        var out: [Int: Int] = [:]
        guard let dir = opendir("/proc/self/task") else { return out }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let tid = Int(name), let file = fopen("/proc/self/task/\(name)/stat", "r") else { continue }
            var buffer = [CChar](repeating: 0, count: 1024)
            let line = fgets(&buffer, Int32(buffer.count), file) != nil
                ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
            fclose(file)
            // Fields after the command name (which ends with the last ')'): utime is the 12th, stime the 13th.
            guard let close = line.lastIndex(of: ")") else { continue }
            let fields = line[line.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let u = Int(fields[11]), let s = Int(fields[12]) else { continue }
            out[tid] = u + s
        }
        return out
    }

    /// How many cores' worth of work ran at once: total CPU over the busiest thread's CPU
    /// between two `threadTicks()` readings. On an idle machine this bounds the speed-up;
    /// unlike wall time, it holds on a machine other jobs keep busy.
    static func parallelism(from a: [Int: Int], to b: [Int: Int]) -> Double? {
        var total = 0, busiest = 0
        for (tid, ticks) in b {
            let d = ticks - (a[tid] ?? 0)
            total += d
            busiest = max(busiest, d)
        }
        return busiest > 0 ? Double(total) / Double(busiest) : nil
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }

    /// Peak resident memory of this process, in bytes: VmHWM from /proc, else getrusage.
    static func peakMemory() -> Int {
        if let kb = procStatus("VmHWM:") { return kb * 1024 }
        var usage = rusage()
        guard getrusage(RUSAGE_SELF_WHO, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// A "Key:  123 kB" line of /proc/self/status, in kB.
    static func procStatus(_ key: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix(key) else { continue }
            let digits = line.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }
            return Int(String(String.UnicodeScalarView(digits)))
        }
        return nil
    }

    /// With CORROBORATE_BENCH_TRACE set: resident and peak memory after a stage, on stderr.
    static func trace(_ stage: String) {
        guard getenv("CORROBORATE_BENCH_TRACE") != nil else { return }
        let line = "\(stage): rss \((procStatus("VmRSS:") ?? 0) / 1024) MB, peak \((procStatus("VmHWM:") ?? 0) / 1024) MB\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    /// Processors this process may run on.
    static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The 1-minute load average, to warn when the machine is busy.
    static var loadAverage: Double? {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) >= 1 ? loads[0] : nil
    }
}
