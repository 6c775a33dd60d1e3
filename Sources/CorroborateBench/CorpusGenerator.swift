import CorroborateCore

/// Generates a day of coverage: stories (an event, its people, place, figures and date), each
/// told by several outlets in French or English. Outlets mostly agree; some give another
/// figure (a contradiction to find); some articles carry no date or no front matter, so the
/// run must settle their reference date from the others.
///
/// Deterministic: article i is the same text whatever the corpus size, so the corpus of
/// 1 000 articles is the first 1 000 of the corpus of 10 000.
struct CorpusGenerator: Sendable {
    struct Article: Sendable {
        /// File name: "s00012-03-fr.txt".
        let name: String
        let text: String
    }

    let world: BenchWorld
    let languages: [BenchLanguage]

    init(world: BenchWorld, languages: [BenchLanguage] = BenchLanguage.all) {
        self.world = world
        self.languages = languages
    }

    /// The first `count` articles.
    func articles(_ count: Int) -> [Article] {
        var out: [Article] = []
        out.reserveCapacity(count)
        var storyIndex = 0
        while out.count < count {
            let story = Story(index: storyIndex, world: world, events: languages[0].eventNames)
            for j in 0..<story.articleCount where out.count < count {
                out.append(article(story, j))
            }
            storyIndex += 1
        }
        return out
    }

    /// One outlet's article on a story.
    func article(_ story: Story, _ j: Int) -> Article {
        var rng = SplitMix64(seed: UInt64(story.index) &* 1_000_003 &+ UInt64(j) &* 7919 &+ 17)
        // French first: the project reads French news first.
        let lang = Int.random(in: 0..<10, using: &rng) < 6 ? languages[0] : languages[languages.count > 1 ? 1 : 0]
        let outlet = world.outlets.randomElement(using: &rng)?.name(lang.language) ?? "Outlet"
        var facts = story.facts
        // One outlet in seven reports another figure.
        if Int.random(in: 0..<7, using: &rng) == 0 { facts.count += Int.random(in: 1...9, using: &rng) }
        facts.agency = story.agencies[Int.random(in: 0..<story.agencies.count, using: &rng)]
        let writer = ArticleWriter(language: lang, facts: facts)

        // Each outlet tells part of the story: some of its facts, its own context.
        var sentences: [String] = []
        let primary = Array((lang.events[story.primary] ?? []).shuffled(using: &rng).prefix(Int.random(in: 2...3, using: &rng)))
        for event in story.secondary where Int.random(in: 0..<3, using: &rng) > 0 {
            let templates = (lang.events[event] ?? []).shuffled(using: &rng)
            sentences += templates.prefix(Int.random(in: 1...2, using: &rng))
        }
        let context = lang.context.shuffled(using: &rng)
        let filler = lang.filler.shuffled(using: &rng)
        sentences += context.prefix(4) + filler.prefix(3)
        sentences.shuffle(using: &rng)
        sentences = primary + sentences
        // One article in three is a long one: more background.
        if Int.random(in: 0..<3, using: &rng) == 0 {
            sentences += context.dropFirst(4) + filler.dropFirst(3)
        }

        var text = ""
        let published = story.date.adding(days: Int.random(in: 0...1, using: &rng))
        switch Int.random(in: 0..<20, using: &rng) {
        case 0, 1:
            break    // no front matter: language detected, date settled from the run
        case 2:
            text += "---\noutlet: \(outlet)\nlanguage: \(lang.language.code)\n---\n"
        default:
            text += "---\noutlet: \(outlet)\npublished: \(published.iso)\nlanguage: \(lang.language.code)\n---\n"
        }
        if let title = lang.titles.randomElement(using: &rng) { text += writer.fill(title) + "\n\n" }
        var i = 0
        while i < sentences.count {
            let n = Int.random(in: 1...3, using: &rng)
            text += sentences[i..<min(i + n, sentences.count)].map(writer.fill).joined(separator: " ") + "\n\n"
            i += n
        }
        let name = "s\(zeroPadded(story.index, width: 5))-\(zeroPadded(j, width: 2))-\(lang.language.code).txt"
        return Article(name: name, text: text)
    }
}

/// What one story is about, shared by every article telling it.
struct Story: Sendable {
    let index: Int
    let primary: String
    let secondary: [String]
    let articleCount: Int
    let date: CalendarDate
    let agencies: [BenchWorld.Name]
    var facts: ArticleWriter.Facts

    init(index: Int, world: BenchWorld, events: [String]) {
        self.index = index
        var rng = SplitMix64(seed: UInt64(index) &* 2_654_435_761 &+ 1)
        let shuffled = events.shuffled(using: &rng)
        primary = shuffled[0]
        secondary = Array(shuffled[1...3])
        articleCount = Int.random(in: 3...15, using: &rng)
        date = CalendarDate(year: 2024, month: 1, day: 1).adding(days: Int.random(in: 0..<540, using: &rng))
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        agencies = [pick(world.agencies), pick(world.agencies)]
        let count = Int.random(in: 0..<4, using: &rng) == 0 ? Int.random(in: 1000...9000, using: &rng) : Int.random(in: 3...400, using: &rng)
        facts = ArticleWriter.Facts(
            person: pick(world.persons), other: pick(world.persons), city: pick(world.cities),
            organization: pick(world.organizations), agency: agencies[0], date: date,
            count: count, second: Int.random(in: 2...max(2, count), using: &rng),
            small: Int.random(in: 2...12, using: &rng), hour: Int.random(in: 1...11, using: &rng),
            percent: Int.random(in: 200...899, using: &rng), money: Int.random(in: 2...950, using: &rng),
            population: Int.random(in: 12...95, using: &rng), pastYear: Int.random(in: 2005...2023, using: &rng))
    }
}

/// Fills a template with a story's facts in one language.
struct ArticleWriter: Sendable {
    struct Facts: Sendable {
        var person: BenchWorld.Name
        var other: BenchWorld.Name
        var city: BenchWorld.City
        var organization: BenchWorld.Name
        var agency: BenchWorld.Name
        var date: CalendarDate
        var count: Int
        var second: Int
        var small: Int
        var hour: Int
        /// Tenths of a percent.
        var percent: Int
        var money: Int
        /// Tenths of a million.
        var population: Int
        var pastYear: Int
    }

    let language: BenchLanguage
    let facts: Facts

    func fill(_ template: String) -> String {
        var out = ""
        var key = ""
        var inKey = false
        for s in template.unicodeScalars {
            if inKey {
                if s == "}" { out += value(key); key = ""; inKey = false } else { key.unicodeScalars.append(s) }
            } else if s == "{" {
                inKey = true
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    func value(_ key: String) -> String {
        let l = language.language
        let f = facts
        let fmt = language.format
        switch key {
        case "P": return f.person.name(l)
        case "S": return shortName(f.person.name(l))
        case "Q": return f.other.name(l)
        case "C": return f.city.city.name(l)
        case "K": return f.city.country.name(l)
        case "O": return language.organization(f.organization.name(l))
        case "A": return f.agency.name(l)
        case "N": return figure(f.count)
        case "N2": return figure(f.second)
        case "NW": return language.numberWords[max(0, min(language.numberWords.count - 1, f.small - 2))]
        case "D": return dayMonth(f.date) + (l == .french ? " " : ", ") + String(f.date.year)
        case "DM": return dayMonth(f.date)
        case "W": return language.weekdays[f.date.weekday - 1]
        case "H": return String(l == .french ? f.hour + 12 : f.hour)
        case "Y": return String(f.pastYear)
        case "PCT": return "\(f.percent / 10)\(fmt.decimalSeparator)\(f.percent % 10)\(fmt.percentSuffix)"
        case "MNY": return "\(f.money) \(fmt.millionsOfEuros)"
        case "BIG": return "\(f.population / 10)\(fmt.decimalSeparator)\(f.population % 10) \(fmt.million)"
        default: return "{" + key + "}"
        }
    }

    /// "8 décembre" / "December 8".
    func dayMonth(_ d: CalendarDate) -> String {
        let month = language.months[d.month - 1]
        return language.language == .french ? "\(d.day) \(month)" : "\(month) \(d.day)"
    }

    /// Digits grouped by thousands: "1 250" (no-break space) in French, "1,250" in English.
    func figure(_ n: Int) -> String {
        guard n >= 1000 else { return String(n) }
        let separator = language.language == .french ? "\u{00A0}" : ","
        return "\(n / 1000)\(separator)\(zeroPadded(n % 1000, width: 3))"
    }

    /// The last word of a name: "Vladimir Poutine" → "Poutine".
    func shortName(_ name: String) -> String {
        guard let space = name.lastIndex(of: " ") else { return name }
        return String(name[name.index(after: space)...])
    }
}
