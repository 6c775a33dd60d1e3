import CorroborateCore

/// A phrase pattern with slots: "gouvernorat de {name}", "ministère {demonym:1} des
/// Affaires étrangères". Parsed once; it fills its slots either with written values, for
/// display names, or with folded values, for index keys, with no folding per expansion.
/// A slot without a position takes its first value for display and every value for the
/// index; `{demonym:2}` takes the second value in both (the French lists give masculine
/// singular, feminine singular, masculine plural, feminine plural).
struct NamePattern {
    enum Piece {
        case literal(written: String, folded: String)
        case slot(name: String, position: Int?)
    }

    let text: String
    let pieces: [Piece]

    init(_ text: String) {
        self.text = text
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var slot: String.UnicodeScalarView?
        func flush(beforeSlot: Bool) {
            if !literal.isEmpty {
                let written = String(literal)
                pieces.append(.literal(written: written, folded: Self.foldLiteral(
                    written, gluedLeft: !pieces.isEmpty, gluedRight: beforeSlot)))
                literal = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar == "{" { flush(beforeSlot: true); slot = String.UnicodeScalarView(); continue }
            if scalar == "}", let spec = slot {
                let parts = String(spec).split(separator: ":")
                pieces.append(.slot(name: parts.first.map(String.init) ?? "",
                                    position: parts.count > 1 ? Int(parts[1]) : nil))
                slot = nil
                continue
            }
            if slot != nil { slot?.append(scalar) } else { literal.append(scalar) }
        }
        flush(beforeSlot: false)
        self.pieces = pieces
    }

    /// Folds a literal as the tokenizer sees it next to a slot's value: "’s Foreign
    /// Ministry" after "Russia" gives "'s foreign ministry", as "Russia’s" splits into
    /// "russia 's". A stand-in letter takes the value's place on a glued side.
    private static func foldLiteral(_ text: String, gluedLeft: Bool, gluedRight: Bool) -> String {
        let scalars = text.unicodeScalars
        let left = gluedLeft && !(scalars.first.map(ScalarClass.isSpace) ?? true)
        let right = gluedRight && !(scalars.last.map(ScalarClass.isSpace) ?? true)
        let key = NameFolder.fold((left ? "x" : "") + text + (right ? "x" : "")).key
        if !left && !right { return key }
        var words = key.foldedWords()
        if left, !words.isEmpty { words.removeFirst() }
        if right, !words.isEmpty { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The folded last word of each literal that a slot follows: where an elision or a
    /// contraction may join the literal to the slot's value ("de" + "Alep" → "d’Alep").
    var wordsBeforeSlots: [Substring] {
        var out: [Substring] = []
        for (i, piece) in pieces.enumerated() where i + 1 < pieces.count {
            if case .literal(_, let folded) = piece, case .slot = pieces[i + 1], let last = folded.foldedWords().last {
                out.append(last)
            }
        }
        return out
    }

    /// Display phrases: each slot takes its chosen value (its position, else its first).
    func written(_ slots: [String: [String]]) -> [String] {
        expand(slots, display: true)
    }

    /// Folded index keys: each slot takes its chosen value, or all of them.
    func folded(_ slots: [String: [String]]) -> [String] {
        expand(slots, display: false)
    }

    private func expand(_ slots: [String: [String]], display: Bool) -> [String] {
        var results = [""]
        for piece in pieces {
            var values: [String]
            switch piece {
            case .literal(let written, let folded):
                values = [display ? written : folded]
            case .slot(let name, let position):
                values = slots[name] ?? []
                if let position {
                    values = position >= 1 && position <= values.count ? [values[position - 1]] : []
                } else if display, let first = values.first {
                    values = [first]
                }
            }
            if values.isEmpty { return [] }
            if results.count == 1 && values.count == 1 {
                results[0] = join(results[0], values[0], display: display)
                continue
            }
            var next: [String] = []
            next.reserveCapacity(results.count * values.count)
            for r in results { for v in values { next.append(join(r, v, display: display)) } }
            results = next
        }
        return results
    }

    /// Written pieces carry their own spaces; folded keys are joined by one space.
    private func join(_ a: String, _ b: String, display: Bool) -> String {
        if display || a.isEmpty { return a + b }
        if b.isEmpty { return a }
        return a + " " + b
    }
}
