import CorroborateCore

/// How one name becomes the folded keys it is found under, with the variants writers use:
/// with or without a leading article ("Le Figaro", "Figaro"), hyphenated or spaced name
/// particles ("al-Assad", "al Assad", "el-Assad"), and, for persons, the particle dropped
/// ("Bashar Assad"). All the language knowledge comes from the tables (articles,
/// particles, kind forms, contractions).
final class NameForms {
    /// A phrase pattern of a kind: "gouvernorat de {name}", "agence de presse {demonym} {name}".
    struct KindForm {
        var language: Language
        /// The generated forms become the entry's display names (and the bare base name
        /// yields to any other place of that name) rather than extra aliases.
        var isName: Bool
        var pattern: NamePattern
        /// Expansions go through the language's contractions (see `mayContract`).
        var contracts: Bool
    }

    /// "de" + vowel → "d’" (elision), "de le" → "du" (contraction), per language.
    struct Contraction {
        /// Folded words the rule replaces.
        var words: [Substring]
        var replacement: String
        var foldedReplacement: Substring
        /// Non-empty for an elision: folded letters that trigger it at the next word's start.
        var beforeLetters: Set<Unicode.Scalar>
    }

    private(set) var articles: Set<String> = []
    /// Particles written joined with a hyphen ("al-Assad"), with their spelling variants.
    private(set) var hyphenParticles: [String: [String]] = [:]
    /// Particles written as their own word, with spelling variants ("abou" ↔ "abu").
    private(set) var wordParticles: [String: [String]] = [:]
    private(set) var kindForms: [String: [KindForm]] = [:]
    private(set) var contractions: [Language: [Contraction]] = [:]
    /// The same words packed for the byte scan of `forms`.
    private var articleWords = ShortWordSet([String]())
    /// Particles that give variants: hyphenated ones, and spaced ones with other spellings.
    private var particleWords = ShortWordSet([String]())
    private var hyphenParticleWords = ShortWordSet([String]())

    var particleNames: Set<String> { Set(hyphenParticles.keys).union(wordParticles.keys) }

    init(tables: GazetteerTables) {
        for row in LexiconTable.rows(tables.articles) where row.count >= 2 {
            // One word each: folded alone ("l’" would tokenize as "l" and "'").
            for word in LexiconTable.list(row[1]) { articles.insert(ScalarClass.fold(word)) }
        }
        for row in LexiconTable.rows(tables.particles) {
            let names = LexiconTable.list(row[0]).map { ScalarClass.fold($0) }
            let joins = row.count > 1 ? row[1] : "space"
            let variants = row.count > 2 ? LexiconTable.list(row[2]).map { ScalarClass.fold($0) } : []
            for name in names {
                if joins == "hyphen" { hyphenParticles[name, default: []] += variants }
                else { wordParticles[name, default: []] += variants }
            }
        }
        articleWords = ShortWordSet(articles)
        hyphenParticleWords = ShortWordSet(hyphenParticles.keys)
        particleWords = ShortWordSet(Array(hyphenParticles.keys) + wordParticles.filter { !$0.value.isEmpty }.map(\.key))
        for row in LexiconTable.rows(tables.contractions) where row.count >= 3 {
            let letters = row.count > 3 ? Set(row[3].unicodeScalars.filter { !ScalarClass.isSpace($0) && $0 != "," }) : []
            contractions[Language(row[0]), default: []].append(
                Contraction(words: NameFolder.fold(row[1]).key.foldedWords(), replacement: row[2],
                            foldedReplacement: Substring(NameFolder.fold(row[2]).key), beforeLetters: letters))
        }
        for row in LexiconTable.rows(tables.kindForms) where row.count >= 4 {
            let language = Language(row[1])
            let pattern = NamePattern(row[3])
            let form = KindForm(language: language, isName: row[2] == "name", pattern: pattern,
                                contracts: mayContract(pattern, language: language))
            for kind in LexiconTable.list(row[0]) { kindForms[kind, default: []].append(form) }
        }
    }

    // MARK: Forms of a name

    /// Calls `emit(key, tokenCount, isAcronym)` for every folded form a name is indexed
    /// under. Persons keep a leading "Le" ("Le Pen" is no article) but may drop hyphenated
    /// particles ("Bashar Assad").
    func forms(of name: FoldedName, dropParticles: Bool, stripArticles: Bool,
               _ emit: (String, Int, Bool) -> Void) {
        // Most names have no particle: one pass over the bytes tells, and finds the first word.
        var key = name.key
        var hasParticle = false
        var firstEnd = -1
        var firstIsArticle = false
        key.withUTF8 { b in
            var start = 0
            var sawDash = false
            for i in 0...b.count {
                if i == b.count || b[i] == 0x20 {
                    if i > start {
                        if firstEnd < 0 { firstEnd = i; firstIsArticle = articleWords.contains(b, start, i) }
                        if particleWords.contains(b, start, i) { hasParticle = true }
                    }
                    start = i + 1
                    sawDash = false
                } else if b[i] == 0x2D, !sawDash {
                    sawDash = true
                    if i > start, hyphenParticleWords.contains(b, start, i) { hasParticle = true }
                }
            }
        }
        guard firstEnd >= 0 else { return }
        if !hasParticle {
            emit(name.key, name.tokenCount, name.isAcronym)
            if stripArticles, firstIsArticle, firstEnd < key.utf8.count {
                let rest = String(key[key.utf8.index(key.utf8.startIndex, offsetBy: firstEnd + 1)...])
                emit(rest, name.tokenCount - 1, name.isAcronymAfterFirst)
            }
            return
        }
        let words = name.key.foldedWords()
        // A particle written apart ("al Assad") is the same name as the joined one.
        var joined: [String] = []
        var i = 0
        while i < words.count {
            let word = String(words[i])
            if hyphenParticles[word] != nil, i + 1 < words.count,
               let next = words[i + 1].unicodeScalars.first, ScalarClass.isLetter(next) {
                joined.append(word + "-" + words[i + 1])
                i += 2
            } else {
                joined.append(word)
                i += 1
            }
        }
        var results: [[String]] = [[]]
        for token in joined {
            let alternatives = variants(ofToken: token, dropParticles: dropParticles)
            var next: [[String]] = []
            next.reserveCapacity(results.count * alternatives.count)
            for prefix in results {
                for alt in alternatives { next.append(prefix + alt) }
            }
            results = next
            if results.count > 64 { break }   // a pathological name; the plain forms are kept
        }
        var seen: Set<String> = []
        for variant in results where !variant.isEmpty {
            let key = variant.joined(separator: " ")
            if seen.insert(key).inserted { emit(key, variant.count, name.isAcronym) }
            if stripArticles, variant.count > 1, articles.contains(variant[0]) {
                let stripped = variant.dropFirst().joined(separator: " ")
                if seen.insert(stripped).inserted { emit(stripped, variant.count - 1, name.isAcronymAfterFirst) }
            }
        }
    }

    /// Spellings of one folded token: "al-assad" → al-assad, al assad, el-assad, el assad (, assad).
    private func variants(ofToken token: String, dropParticles: Bool) -> [[String]] {
        if let spellings = wordParticles[token], !spellings.isEmpty {
            return [[token]] + spellings.map { [$0] }
        }
        guard let dash = token.utf8.firstIndex(of: 0x2D) else { return [[token]] }
        let head = String(token[..<dash])
        let rest = String(token[token.utf8.index(after: dash)...])
        guard !rest.isEmpty, let spellings = hyphenParticles[head] else { return [[token]] }
        var out: [[String]] = []
        for particle in [head] + spellings {
            out.append([particle + "-" + rest])
            out.append([particle, rest])
        }
        if dropParticles { out.append([rest]) }
        return out
    }

    // MARK: Contractions

    /// Whether a pattern's expansions may need `contractFolded`: a contraction rule starts
    /// with the word a literal ends with before a slot. Others are left as they are.
    func mayContract(_ pattern: NamePattern, language: Language) -> Bool {
        guard let rules = contractions[language] else { return false }
        let words = pattern.wordsBeforeSlots
        return rules.contains { rule in rule.words.first.map { words.contains($0) } ?? false }
    }

    /// Applies the language's elisions and contractions to a folded key:
    /// "gouvernorat de alep" → "gouvernorat d' alep", "de le caire" → "du caire".
    func contractFolded(_ key: String, language: Language) -> String {
        guard let rules = contractions[language] else { return key }
        let words = key.foldedWords()
        guard let at = contractionPoint(words, rules, fold: { $0 }) else { return key }
        var out: [Substring] = Array(words[..<at.index])
        out.append(at.rule.foldedReplacement)
        out += words[(at.index + at.rule.words.count)...]
        return contractFolded(out.joined(separator: " "), language: language)
    }

    /// The same for a written phrase: "gouvernorat de Alep" → "gouvernorat d’Alep".
    func contract(_ phrase: String, language: Language) -> String {
        guard let rules = contractions[language] else { return phrase }
        let words = phrase.foldedWords()
        guard let at = contractionPoint(words, rules, fold: { Substring(ScalarClass.fold($0.unicodeScalars)) }) else { return phrase }
        var out: [Substring] = Array(words[..<at.index])
        let after = at.index + at.rule.words.count
        if at.rule.beforeLetters.isEmpty {
            out.append(Substring(at.rule.replacement))
            out += words[after...]
        } else {
            out.append(Substring(at.rule.replacement + words[after]))
            out += words[(after + 1)...]
        }
        return contract(out.joined(separator: " "), language: language)
    }

    private func contractionPoint(_ words: [Substring], _ rules: [Contraction],
                                  fold: (Substring) -> Substring) -> (index: Int, rule: Contraction)? {
        for i in words.indices {
            for rule in rules where i + rule.words.count <= words.count {
                var matches = true
                for (k, w) in rule.words.enumerated() where fold(words[i + k]) != w { matches = false; break }
                guard matches else { continue }
                if rule.beforeLetters.isEmpty { return (i, rule) }
                let next = i + rule.words.count
                if next < words.count, let first = fold(words[next]).unicodeScalars.first,
                   rule.beforeLetters.contains(first) {
                    return (i, rule)
                }
            }
        }
        return nil
    }
}
