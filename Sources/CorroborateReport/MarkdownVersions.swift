import CorroborateCore
import CorroborateComparison

/// The versions of a disputed fact, facet by facet: each figure, place, date or attribution
/// the articles give, with who gives it. A desk reads "1,089 million per the ministry (3
/// outlets); 3.5 million per the CGT (4 outlets)" before the pairwise details.
enum MarkdownVersions {
    /// Version tables for the facets the fact's discrepancies differ on; "" when none applies.
    static func block(_ index: RunIndex, _ fact: Fact) -> String {
        var facets = Set<Facet>()
        var involved = Set<ClaimRef>()
        for li in fact.conflicts {
            facets.formUnion(index.links[li].facets)
            involved.insert(index.links[li].a)
            involved.insert(index.links[li].b)
        }
        let members = fact.members.filter { involved.contains($0) }
        var out = ""
        for facet in Facet.allCases where facets.contains(facet) && facet != .negation {
            let rows = versions(index, members, facet)
            guard rows.count > 1 else { continue }
            out += "**\(title(facet))**\n\n"
            if facet == .source {
                out += Markdown.table([header(facet), "Articles"], rows.map { [$0[0], $0[2]] }) + "\n"
            } else {
                out += Markdown.table([header(facet), "Credited to", "Articles"], rows) + "\n"
            }
        }
        return out
    }

    static func title(_ f: Facet) -> String {
        switch f {
        case .number: return "Figures by source"
        case .source: return "Attributions"
        case .where: return "Places"
        case .when: return "Dates"
        case .who: return "Actors"
        case .negation: return "Stated or denied"
        }
    }

    static func header(_ f: Facet) -> String {
        switch f {
        case .number: return "Figure"
        case .source: return "Attribution"
        case .where: return "Place"
        case .when: return "Date"
        case .who: return "Actors"
        case .negation: return "Version"
        }
    }

    /// One row per distinct value of the facet: the value, the sources credited with it, and
    /// the evidence pointers of the claims giving it, in run order.
    static func versions(_ index: RunIndex, _ members: [ClaimRef], _ facet: Facet) -> [[String]] {
        var order: [String] = []
        var label: [String: String] = [:]
        var sources: [String: [String]] = [:]
        var refs: [String: [ClaimRef]] = [:]
        // The kinds of figure two or more of the claims give: a claim's other figures ("quatre
        // partis" beside "18 mois", against "20 months") are not versions of the disputed one.
        var unitCount: [String: Int] = [:]
        if facet == .number {
            for m in members { for u in Set(index.claim(m).numbers.map { $0.unit ?? "" }) { unitCount[u, default: 0] += 1 } }
        }
        let sharedUnits = Set(unitCount.filter { $0.value >= 2 }.keys)
        for m in members {
            let c = index.claim(m)
            guard let (key, text) = value(c, facet, sharedUnits: sharedUnits) else { continue }
            if label[key] == nil { order.append(key); label[key] = text }
            let label = AttributionLabel.of(c)
            let credit = label.isEmpty ? "own voice of " + Describe.outlet(index.metadata(m.article)) : label
            // One credit per source, however its name is typed ("l'Intérieur", "l’Intérieur").
            if !(sources[key] ?? []).contains(where: { ScalarClass.fold($0) == ScalarClass.fold(credit) }) {
                sources[key, default: []].append(credit)
            }
            // One pointer per sentence, however many claims it carries.
            let line = index.claim(m).line
            if !(refs[key] ?? []).contains(where: { $0.article == m.article && index.claim($0).line == line }) {
                refs[key, default: []].append(m)
            }
        }
        return order.map { key in
            [Markdown.cell(label[key] ?? ""),
             Markdown.cell((sources[key] ?? []).joined(separator: "; ")),
             (refs[key] ?? []).map { MarkdownParts.evidence(index, $0, inTable: true) }.joined(separator: ", ")]
        }
    }

    /// The facet's value in a claim: a grouping key and its display; nil when the claim does
    /// not give it. `sharedUnits`: the units of figures the other versions give too, which
    /// are then the claim's version.
    static func value(_ c: Claim, _ facet: Facet, sharedUnits: Set<String> = []) -> (String, String)? {
        switch facet {
        case .number:
            // Counts when the claim gives some: "une semaine après, 480 000 manifestants" is about 480 000.
            let counts = c.numbers.filter { !FigureUnit.isMeasure($0.unit) }
            let shared = c.numbers.filter { sharedUnits.contains($0.unit ?? "") }
            let figures = !shared.isEmpty ? shared : counts.isEmpty ? c.numbers : counts
            guard !figures.isEmpty else { return nil }
            let key = figures.map { "\(Describe.value($0.value)) \($0.unit ?? "")" }.joined(separator: "; ")
            return (key, figures.map { Markdown.oneLine($0.text) }.joined(separator: "; "))
        case .source:
            let label = AttributionLabel.of(c)
            let text = label.isEmpty ? "own voice" : label
            return (text, text)
        case .where:
            guard !c.where.isEmpty else { return nil }
            return (Describe.list(c.where), Describe.list(c.where))
        case .when:
            guard let w = c.when else { return nil }
            return (w.iso, w.iso)
        case .who:
            guard !c.who.isEmpty else { return nil }
            return (Describe.list(c.who), Describe.list(c.who))
        case .negation:
            return nil
        }
    }
}
