import CorroborateCore
import CorroborateComparison

/// A small invented story told by three outlets (two French, one English): a bridge
/// collapse, with one agreed fact, one disputed toll, and claims only one outlet reports.
enum Fixtures {
    /// An article whose body is `lines`; each claim is one whole line, so its `line`, `start`
    /// and `end` are exact.
    static func article(id: String, outlet: String?, published: PartialDate?, language: Language = .french,
                        title: String? = nil, reference: ReferenceDate? = nil, lines: [String],
                        entities: [Entity] = [], times: [TimeMention] = [],
                        claims: [(line: Int, edit: (inout Claim) -> Void)]) -> ArticleAnalysis {
        let body = lines.joined(separator: "\n") + "\n"
        var starts: [Int] = []
        var offset = 0
        for l in lines {
            starts.append(offset)
            offset += l.unicodeScalars.count + 1
        }
        let built = claims.enumerated().map { (i, spec) -> Claim in
            let text = lines[spec.line - 1]
            var c = Claim(id: "c\(i + 1)", text: text, start: starts[spec.line - 1],
                          end: starts[spec.line - 1] + text.unicodeScalars.count, line: spec.line)
            spec.edit(&c)
            return c
        }
        return ArticleAnalysis(
            metadata: ArticleMetadata(id: id, path: "stories/\(id).txt", title: title, outlet: outlet,
                                      published: published, language: language),
            text: TextBuffer(body), referenceDate: reference ?? ReferenceDate(date: published),
            entities: entities, times: times, claims: built)
    }

    static let prefectureKey = "organization:prefecture-nord"

    static let gazette = article(
        id: "fr-gazette-pont", outlet: "La Gazette du Nord", published: PartialDate(year: 2025, month: 3, day: 11),
        title: "Effondrement du pont de Valmont",
        lines: [
            "Effondrement du pont de Valmont",
            "",
            "Le pont de Valmont s’est effondré mardi matin, selon la préfecture.",
            "",
            "L’accident a fait 12 blessés, a indiqué le maire Jean Dupuis.",
            "",
            "Aucun décès n’est à déplorer.",
            "",
            "La circulation | reprendra *peut-être* d’ici deux semaines.",
        ],
        entities: [
            Entity(name: "Jean Dupuis", type: .person, aliases: ["Dupuis"], mentions: 2, key: "person:jean-dupuis"),
            Entity(name: "Valmont", type: .place, aliases: [], mentions: 2, key: "place:valmont"),
        ],
        times: [TimeMention(text: "mardi", value: "2025-03-11", kind: .date, start: 65, end: 70,
                            date: PartialDate(year: 2025, month: 3, day: 11), isRelative: true),
                TimeMention(text: "deux semaines", value: "P2W", kind: .duration, start: 200, end: 213)],
        claims: [
            (3, { c in
                c.when = PartialDate(year: 2025, month: 3, day: 11)
                c.where = ["Valmont"]
                c.sources = ["la préfecture"]
                c.sourceKeys = [prefectureKey]
            }),
            (5, { c in
                c.who = ["Jean Dupuis"]
                c.numbers = [NumberMention(text: "12 blessés", value: 12, unit: "injured", approx: false, start: 0, end: 0)]
                c.sources = ["Jean Dupuis"]
            }),
            (7, { c in c.negated = true }),
            (9, { c in
                c.hedged = true
                c.numbers = [NumberMention(text: "deux semaines", value: 2, unit: "week", approx: false, start: 0, end: 0)]
            }),
        ])

    static let courrier = article(
        id: "fr-courrier-valmont", outlet: "Le Courrier", published: PartialDate(year: 2025, month: 3, day: 12),
        lines: [
            "Mardi, le pont de Valmont a cédé sous le poids d’un camion, a annoncé la préfecture.",
            "",
            "Le bilan fait état d’au moins 15 blessés, selon les pompiers.",
            "",
            "Le maire Jean Dupuis a promis une enquête.",
        ],
        claims: [
            (1, { c in
                c.when = PartialDate(year: 2025, month: 3, day: 11)
                c.where = ["Valmont"]
                c.sources = ["préfecture"]
                c.sourceKeys = [prefectureKey]
            }),
            (3, { c in
                c.numbers = [NumberMention(text: "au moins 15 blessés", value: 15, unit: "injured", approx: true, start: 0, end: 0)]
                c.sources = ["pompiers"]
            }),
            (5, { c in c.who = ["Jean Dupuis"] }),
        ])

    /// Published "2025-03" only: its reference day is the run's anchor.
    static let harbor = article(
        id: "en-harbor-bridge", outlet: "Harbor Daily", published: PartialDate(year: 2025, month: 3),
        language: .english, title: "Bridge \"collapse\" in Valmont",
        reference: ReferenceDate(date: PartialDate(year: 2025, month: 3), anchor: CalendarDate(year: 2025, month: 3, day: 12)),
        lines: [
            "Valmont bridge down",
            "",
            "The Valmont bridge collapsed on Tuesday, the prefecture said.",
            "",
            "Twelve people were injured, mayor Jean Dupuis told reporters.",
            "",
            "A \"temporary\" ferry\tservice will start on March 20.",
        ],
        claims: [
            (3, { c in
                c.when = PartialDate(year: 2025, month: 3, day: 11)
                c.where = ["Valmont"]
                c.sources = ["prefecture"]
                c.sourceKeys = [prefectureKey]
            }),
            (5, { c in
                c.who = ["Jean Dupuis"]
                c.numbers = [NumberMention(text: "Twelve", value: 12, unit: "injured", approx: false, start: 0, end: 0)]
                c.sources = ["Jean Dupuis"]
                c.sourceKeys = ["person:jean-dupuis"]
            }),
            (7, { c in c.when = PartialDate(year: 2025, month: 3, day: 20) }),
        ])

    static let alignments = [
        Alignment(a: "fr-gazette-pont#c1", b: "fr-courrier-valmont#c1", relation: .agree, facets: [], score: 0.93,
                  explanation: "same event (collapse, Valmont), same day"),
        Alignment(a: "en-harbor-bridge#c1", b: "fr-gazette-pont#c1", relation: .agree, facets: [.source], score: 0.875,
                  explanation: "collapse of the Valmont bridge; sources differ in wording only"),
        Alignment(a: "fr-gazette-pont#c2", b: "fr-courrier-valmont#c2", relation: .conflict, facets: [.source, .number],
                  score: 0.74, explanation: "injured: 12 vs at least 15"),
        Alignment(a: "fr-gazette-pont#c2", b: "en-harbor-bridge#c2", relation: .agree, facets: [], score: 1,
                  explanation: "12 injured, per the mayor"),
        Alignment(a: "fr-courrier-valmont#c2", b: "en-harbor-bridge#c2", relation: .conflict, facets: [.number],
                  score: 0.7, explanation: "injured: at least 15 vs 12"),
    ]

    static let run = RunResult(articles: [gazette, courrier, harbor], alignments: alignments)
}
