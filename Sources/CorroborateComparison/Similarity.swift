/// Dice coefficient of two sets: 2|A∩B| / (|A|+|B|).
func dice<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
    if a.isEmpty || b.isEmpty { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
}
