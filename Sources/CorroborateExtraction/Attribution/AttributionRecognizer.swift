import CorroborateCore
import CorroborateText
import CorroborateGazetteer

/// Finds who a sentence is attributed to.
///
/// Every cue of the sentence outside quotation marks contributes: a source phrase ("selon X",
/// "d'après X", "according to X", "citant X"); a reporting verb with its subject before it
/// ("X a déclaré", "X said") or after it when inverted (", a indiqué X", ", said X",
/// "a-t-il ajouté"); the channel a verb names ("told Reuters", "à l'agence TASS",
/// "cited a Kremlin source"). Back-references ("la même source", "cette source", "the
/// ministry", "il", "it") bring back the last sources. Quoted words are content, not attribution.
struct AttributionRecognizer: Sendable {
    let lexicon: ExtractionLexicon
    let gazetteer: Gazetteer
    let maxPhrase = 12

    init(lexicon: ExtractionLexicon, gazetteer: Gazetteer = .shared) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    // Cue phrases as words and their first words: split once per language, in the lexicon.
    private var cueFirstWords: WordSet { lexicon.cueFirstWords }
    private var backRefFirstWords: WordSet { lexicon.backReferenceFirstWords }
    private var sourceCueWords: [[String]] { lexicon.sourceCueWords }
    private var citingCueWords: [[String]] { lexicon.citingCueWords }
    private var relayCueWords: [[String]] { lexicon.relayCueWords }
    private var backReferenceWords: [[String]] { lexicon.backReferenceWords }

    /// What the recognizer needs to know about the article.
    struct Context {
        /// For each token, the entity index of the name covering it.
        var entityAt: TokenEntityMap
        var entities: [Entity]
        var text: TextBuffer
        /// Tokens inside a time expression ("dimanche soir", "on Sunday").
        var timeTokens: TokenSet
        /// The lexicon flags of each token (`ExtractionLexicon.flags`), one lookup per token.
        var flags: [WordFlags]
    }

    /// What earlier sentences said, for back-references.
    struct Memory: Sendable {
        /// The last attribution of the article.
        var previous: Attribution?
        /// The last person who spoke ("il a ajouté", "he said").
        var lastSpeaker: Attribution?
        /// The last source called "a source" ("la même source").
        var lastCalledSource: Attribution?

        /// A person the narration made the subject of a sentence after the last attribution
        /// (« Le ministre, Laurent Nuñez, s'est rendu à Quimper. « … », a-t-il déclaré »): the one
        /// a pronoun speaker stands for, before the last speaker.
        var narratedPerson: Attribution?

        /// The last attributions, newest last ("the ministry" finds the ministry named before).
        var recent: [Attribution] = []

        /// Who cited an unnamed source in the last attribution (« l'agence a cité une source du
        /// Kremlin affirmant … Elle a noté … »): the subject a pronoun next stands for.
        var citer: Attribution?

        mutating func remember(_ a: Attribution) {
            recent.append(a)
            if recent.count > 40 { recent.removeFirst() }
            previous = a
            if a.isSpeaker { lastSpeaker = a }
            if a.isCalledSource { lastCalledSource = a }
            narratedPerson = nil
            citer = a.isCiting && !a.isSpeaker && !a.channels.isEmpty
                ? Attribution(origin: a.channels, channels: [], tokenRange: a.tokenRange, kind: a.kind, isSpeaker: false, isCalledSource: false)
                : nil
        }

        /// Who "il", "he", "a-t-il ajouté" stands for.
        var pronounReferent: Attribution? { narratedPerson ?? citer ?? lastSpeaker ?? previous }
    }

    /// The attribution pieces of a sentence, in text order.
    /// - Parameters:
    ///   - range: the sentence's tokens.
    ///   - quoted: tokens inside quotation marks (skipped).
    func pieces(tokens: [Token], range: Range<Int>, quoted: (Int) -> Bool, context: Context, memory: Memory) -> [Attribution] {
        var pieces: [Attribution] = []
        var covered = Set<Int>()
        // "… selon le ministère, … selon la même source": a source named earlier in the sentence
        // is the one a back-reference means.
        var memory = memory
        // Source phrases.
        var k = range.lowerBound
        while k < range.upperBound {
            if !quoted(k), context.flags[k].contains(.cueFirstWord) {
                let origin = matchPhrase(sourceCueWords, tokens, k, range.upperBound)
                let citing = matchPhrase(citingCueWords, tokens, k, range.upperBound)
                let relay = matchPhrase(relayCueWords, tokens, k, range.upperBound)
                if let len = origin ?? citing ?? relay {
                    // "selon lui": the pronoun is the source, not a clitic to skip.
                    let pronoun = k + len < range.upperBound && lexicon.sourcePronouns.contains(tokens[k + len].folded)
                    // "de source préfectorale": the cue's own last word is the source's noun.
                    let nounInCue = origin != nil && len > 1 && context.flags[k + len - 1].contains(.sourceNoun)
                    let npStart = pronoun ? k + len : nounInCue ? k + len - 1 : skipFiller(tokens, k + len, range.upperBound, context)
                    var npEnd = pronoun ? k + len + 1 : phraseEnd(tokens, npStart, range.upperBound, quoted, context)
                    if var a = resolve(tokens, npStart..<npEnd, span: k..<npEnd, kind: .phrase, context: context, memory: memory) {
                        // "selon le Wall Street Journal, qui cite des responsables américains":
                        // the outlet carried what those it cites said.
                        if origin != nil, npEnd + 3 < range.upperBound, tokens[npEnd].folded == ",",
                           lexicon.relativeSubjects.contains(tokens[npEnd + 1].folded), lexicon.citingVerbs.contains(tokens[npEnd + 2].folded) {
                            let citedEnd = phraseEnd(tokens, npEnd + 3, range.upperBound, quoted, context)
                            if let cited = resolve(tokens, (npEnd + 3)..<citedEnd, span: k..<citedEnd, kind: .phrase, context: context, memory: memory),
                               !cited.origin.isEmpty {
                                var channels = a.all
                                for c in cited.channels where !channels.contains(c) { channels.append(c) }
                                a = Attribution(origin: cited.origin, channels: channels, tokenRange: k..<citedEnd, kind: .phrase,
                                                isSpeaker: cited.isSpeaker, isCalledSource: cited.isCalledSource)
                                npEnd = citedEnd
                            }
                        }
                        if origin == nil && citing == nil {
                            a.channels = a.origin + a.channels
                            a.origin = []
                        }
                        a.isCiting = citing != nil && origin == nil
                        pieces.append(a)
                        if !a.origin.isEmpty { memory.remember(a) }
                        for j in k..<npEnd { covered.insert(j) }
                    }
                    k = max(k + len, npEnd)
                    continue
                }
            }
            k += 1
        }
        // Reporting verbs. A verb giving a figure ("Rescuers put the number at 20") counts only
        // when the sentence names no one else who said it ("…, the governor said").
        let silencedFigureVerbs: Set<Int> = {
            let found = range.filter { !quoted($0) && tokens[$0].kind == .word && givesFigure(tokens, $0, range, quoted, context) }
            guard !found.isEmpty, pieces.isEmpty, !range.contains(where: { !quoted($0) && context.flags[$0].contains(.reportingVerb) }) else { return Set(found) }
            return []
        }()
        k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            // "fait savoir", "made clear": a reporting verb of two words ends on its last word.
            var twoWords = false
            if !quoted(k), !covered.contains(k), k + 1 < range.upperBound, context.flags[k].contains(.reportingPhraseFirstWord),
               lexicon.reportingVerbs.contains(t.folded + " " + tokens[k + 1].folded) {
                k += 1
                twoWords = true
            }
            if !quoted(k), !covered.contains(k), t.kind == .word,
               twoWords || context.flags[k].contains(.reportingVerb) || (context.flags[k].contains(.speakerPronoun) && isInvertedPronounVerb(tokens[k].folded))
                || givesFigure(tokens, k, range, quoted, context) && !silencedFigureVerbs.contains(k),
               let a = verbAttribution(tokens, k, range, quoted, context, memory)
                    ?? relativeSpeaker(tokens, k, range, quoted, context, memory, before: pieces) {
                pieces.append(a)
                for j in a.tokenRange { covered.insert(j) }
                k = max(k + 1, a.tokenRange.upperBound)
                continue
            }
            k += 1
        }
        // « Invitée de la radio X, la ministre a affirmé », "In an interview with CNN, the
        // minister said": the medium the speaker spoke to carries what they said.
        if pieces.contains(where: { !$0.origin.isEmpty && $0.channels.isEmpty }),
           let medium = interviewMedium(tokens, range, quoted, context) {
            for i in pieces.indices where !pieces[i].origin.isEmpty && pieces[i].channels.isEmpty && !pieces[i].origin.contains(medium) {
                pieces[i].channels = [medium]
            }
        }
        return pieces.sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }

    /// "The USGS put the magnitude at 6.3", « la préfecture a fixé le bilan à 14 morts »: a verb
    /// that reports only when a figure follows it, within its clause.
    private func givesFigure(_ tokens: [Token], _ v: Int, _ range: Range<Int>, _ quoted: (Int) -> Bool, _ context: Context) -> Bool {
        guard context.flags[v].contains(.figureVerb) else { return false }
        var j = v + 1
        while j + 1 < min(range.upperBound, v + 9), !quoted(j), tokens[j].kind != .punctuation {
            if lexicon.figurePrepositions.contains(tokens[j].folded) { return tokens[j + 1].isNumber }
            j += 1
        }
        return false
    }

    /// "…, a annoncé l'AFAD, qui fait état de 187 blessés", "according to the ministry, which
    /// added that …", "The minister, who said …": a reporting verb whose subject is a relative
    /// pronoun right after a comma speaks for what stands before the comma: the source just
    /// named there, else the person or organization the comma closes.
    private func relativeSpeaker(_ tokens: [Token], _ v: Int, _ range: Range<Int>, _ quoted: (Int) -> Bool,
                                 _ context: Context, _ memory: Memory, before pieces: [Attribution]) -> Attribution? {
        // Back over the verb group: auxiliaries, adverbs, the first word of a two-word verb.
        var r = v - 1
        while r > range.lowerBound, !quoted(r), v - r <= 4,
              lexicon.auxiliaries.contains(tokens[r].folded) || lexicon.fillerAdverbs.contains(tokens[r].folded)
                || lexicon.reportingVerbs.contains(tokens[r].folded + " " + tokens[r + 1].folded) { r -= 1 }
        guard r - 2 >= range.lowerBound, lexicon.relativeSubjects.contains(tokens[r].folded), tokens[r - 1].folded == "," else { return nil }
        let comma = r - 1
        // « Sa rivale, qui avait dénoncé des fraudes, a reconnu sa défaite »: a clause set between
        // commas before the sentence's own verb says what the subject had said, not this.
        if let next = (v + 1..<range.upperBound).first(where: { tokens[$0].folded == "," && !quoted($0) }), next + 1 < range.upperBound,
           lexicon.auxiliaries.contains(tokens[next + 1].folded) || lexicon.finiteVerbs.contains(tokens[next + 1].folded)
            || (next + 2 < range.upperBound && lexicon.fillerAdverbs.contains(tokens[next + 1].folded) && lexicon.auxiliaries.contains(tokens[next + 2].folded)) {
            return nil
        }
        if let p = pieces.last(where: { $0.tokenRange.upperBound == comma && !$0.all.isEmpty }) {
            var a = p.restated(over: r..<(v + 1), kind: .subjectVerb)
            a.isCiting = false
            return a
        }
        guard let e = context.entityAt[comma - 1], context.entities[e].type != .place, !quoted(comma - 1) else { return nil }
        var b = comma - 1
        while b > range.lowerBound, context.entityAt[b - 1] == e { b -= 1 }
        // The name is the object of a verb before it ("…, police arrested X, who said"); a name
        // opening the sentence is its subject, and the clause an aside on it.
        guard (range.lowerBound..<b).contains(where: { context.flags[$0].contains(.reportingVerb)
            || lexicon.auxiliaries.contains(tokens[$0].folded) || lexicon.finiteVerbs.contains(tokens[$0].folded) }) else { return nil }
        let name = SourceName(name: context.entities[e].name, key: context.entities[e].key)
        return Attribution(origin: [name], channels: [], tokenRange: r..<(v + 1), kind: .subjectVerb,
                           isSpeaker: context.entities[e].type == .person, isCalledSource: false)
    }

    /// The organization named after an interview cue of the sentence (« invité de la chaîne
    /// X »), a medium noun and determiners skipped.
    private func interviewMedium(_ tokens: [Token], _ range: Range<Int>, _ quoted: (Int) -> Bool, _ context: Context) -> SourceName? {
        guard !lexicon.interviewCueWords.isEmpty,
              range.contains(where: { k in context.entityAt[k].map { context.entities[$0].type == .organization } ?? false }) else { return nil }
        for k in range where !quoted(k) && tokens[k].kind == .word {
            guard let len = matchPhrase(lexicon.interviewCueWords, tokens, k, range.upperBound) else { continue }
            var j = k + len
            while j < range.upperBound, lexicon.determiners.contains(tokens[j].folded) || lexicon.mediumNouns.contains(tokens[j].folded) { j += 1 }
            if j < range.upperBound, let e = context.entityAt[j], context.entities[e].type == .organization {
                return SourceName(name: context.entities[e].name, key: context.entities[e].key)
            }
        }
        return nil
    }

    /// "a-t-il ajouté", "ajoute-t-elle": the verb carries its pronoun.
    private func isInvertedPronounVerb(_ w: String) -> Bool {
        lexicon.speakerPronouns.contains(w) && w.contains("-")
    }

    private func verbAttribution(_ tokens: [Token], _ v: Int, _ range: Range<Int>, _ quoted: (Int) -> Bool,
                                 _ context: Context, _ memory: Memory) -> Attribution? {
        // The verb group starts at its auxiliary ("a indiqué", "ont confirmé", "has said"), before
        // the first word of a two-word verb ("a fait savoir").
        var groupStart = v
        if v > range.lowerBound, lexicon.reportingVerbs.contains(tokens[v - 1].folded + " " + tokens[v].folded) { groupStart = v - 1 }
        // Adverbs and clitics inside the verb group ("a même indiqué", "en a revendiqué", "a, par ailleurs, souligné").
        func skipBack() {
            while groupStart > range.lowerBound, lexicon.fillerAdverbs.contains(tokens[groupStart - 1].folded) { groupStart -= 1 }
            if groupStart > range.lowerBound, tokens[groupStart - 1].folded == "," {
                // An incise between two commas: ", par ailleurs,".
                var j = groupStart - 2
                while j > range.lowerBound, groupStart - j <= 6, tokens[j].folded != "," { j -= 1 }
                if j > range.lowerBound, tokens[j].folded == ",", groupStart - j <= 6, lexicon.auxiliaries.contains(tokens[j - 1].folded) { groupStart = j }
            }
        }
        skipBack()
        if groupStart > range.lowerBound, lexicon.auxiliaries.contains(tokens[groupStart - 1].folded) { groupStart -= 1 }
        // « la direction l'a estimée à 40 % »: an object pronoun right before the verb or its
        // auxiliary (where no determiner can stand) belongs to the group.
        if groupStart > range.lowerBound, lexicon.objectClitics.contains(tokens[groupStart - 1].folded) { groupStart -= 1 }
        skipBack()
        if groupStart > range.lowerBound, tokens[groupStart - 1].folded == "ne" || tokens[groupStart - 1].folded == "n'" { groupStart -= 1 }
        // « Kiev n'a pas réagi », "the Kremlin did not comment": who said nothing is no source;
        // the claim is the writer's, its subject the actor.
        if lexicon.negatesVerb(at: v, from: range.lowerBound, tokens, context.flags, skip: quoted) { return nil }
        // « Pierre Vasseur, jugé à ses côtés, a été condamné »: a participle with no auxiliary
        // describes, it does not report ("annoncé par la préfecture" still names its author).
        if !lexicon.bareParticipleEndings.isEmpty, groupStart == v, v > range.lowerBound, !isInvertedPronounVerb(tokens[v - 1].folded),
           !lexicon.passiveAuxiliaries.contains(tokens[v - 1].folded),
           case let written = context.text.text(tokens[v].start, tokens[v].end).lowercased(),
           lexicon.bareParticipleEndings.contains(where: { written.hasSuffix($0) }),
           !(v + 1 < range.upperBound && lexicon.agentPrepositions.contains(tokens[v + 1].folded)) { return nil }
        // A passive ("was reported", "a été annoncé") names no speaker before it; its agent
        // ("a été salué par le secrétaire général de la CFDT, Laurent Berger") is the source.
        if (groupStart < v && lexicon.passiveAuxiliaries.contains(tokens[groupStart].folded))
            || (groupStart == v && v > range.lowerBound && lexicon.passiveAuxiliaries.contains(tokens[v - 1].folded)) {
            // "was not confirmed by X", « n'a pas été confirmé par X »: X said nothing of it.
            if (max(range.lowerBound, min(groupStart, v - 4))..<v).contains(where: {
                lexicon.negationClosers.contains(tokens[$0].folded) || lexicon.negationWords.contains(tokens[$0].folded) }) { return nil }
            // The agent may follow the verb's complement: « est estimé à 2,4 millions d'euros par la
            // chambre régionale des comptes ».
            var agent = v + 1
            // Not across another verb: "was reported to have been taken by rebels" names who took it.
            while agent < min(range.upperBound, v + 9), !lexicon.agentPrepositions.contains(tokens[agent].folded),
                  !quoted(agent), !(tokens[agent].kind == .punctuation && tokens[agent].folded != "-"),
                  // ("à" folds to the auxiliary "a": an auxiliary of one letter does not count here.)
                  tokens[agent].folded == "a" || !lexicon.auxiliaries.contains(tokens[agent].folded), !lexicon.passiveAuxiliaries.contains(tokens[agent].folded),
                  !lexicon.infinitiveMarkers.contains(tokens[agent].folded) { agent += 1 }
            guard agent + 1 < range.upperBound, lexicon.agentPrepositions.contains(tokens[agent].folded) else { return nil }
            let npEnd = phraseEnd(tokens, agent + 1, range.upperBound, quoted, context)
            return resolve(tokens, (agent + 1)..<npEnd, span: groupStart..<npEnd, kind: .inverted, context: context, memory: memory)
        }
        let relay = relayEntities(tokens, v + 1, range.upperBound, quoted, context, verb: tokens[v].folded)
        let before = groupStart > range.lowerBound ? tokens[groupStart - 1] : nil
        let invertedAfterBreak = before.map { $0.kind == .punctuation && ($0.folded == "," || ScalarClass.isClosingQuote($0.folded.unicodeScalars.first ?? " ") || $0.folded == "\"") } ?? false
        // « un « Conseil national de restauration » a annoncé »: a name in quotation marks after
        // its determiner is the subject, not a quotation its speaker follows.
        if let name = quotedName(tokens, before: groupStart, range) {
            guard let a = resolve(tokens, name, span: (name.lowerBound - 2)..<(v + 1), kind: .subjectVerb, context: context, memory: memory) else { return nil }
            return withRelays(a, relay)
        }
        // "a-t-il ajouté" / "ajoute-t-il": the speaker named before.
        if isInvertedPronounVerb(tokens[groupStart].folded) || isInvertedPronounVerb(tokens[v].folded) {
            guard let s = memory.pronounReferent else { return nil }
            return s.restated(over: groupStart..<(v + 1), kind: invertedAfterBreak ? .inverted : .subjectVerb, newChannels: relay.names)
        }
        // « Le ministre des Transports, David Okafor, a annoncé l'ouverture d'une enquête »: the
        // comma closes the name in apposition to a title, the subject; what follows the verb is
        // what was announced.
        if invertedAfterBreak, let name = titledApposition(tokens, before: groupStart - 1, range, quoted, context) {
            return withRelays(Attribution(origin: [name.source], channels: [], tokenRange: name.start..<(v + 1), kind: .subjectVerb,
                                          isSpeaker: true, isCalledSource: false),
                              relay)
        }
        // "Verbeke blamed the prime minister, saying his party had been sidelined": a present
        // participle after a comma reports for the subject of the sentence, not for what follows
        // ("the ministry said, adding that …" goes on with the speaker of the verb before it).
        if invertedAfterBreak, groupStart == v, !lexicon.notParticiples.contains(tokens[v].folded),
           lexicon.participleSuffixes.contains(where: { tokens[v].folded.hasSuffix($0) && tokens[v].folded.count > $0.count + 2 }),
           !(range.lowerBound..<groupStart).contains(where: { lexicon.reportingVerbs.contains(tokens[$0].folded) }) {
            // The person the sentence opens on, else the organization ("Party leader Luc Verbeke").
            let opening = (range.lowerBound..<min(groupStart, range.lowerBound + AttributionRecognizer.titleReach)).compactMap { context.entityAt[$0] }
            guard let e = opening.first(where: { context.entities[$0].type == .person })
                    ?? opening.first(where: { context.entities[$0].type == .organization }) else { return nil }
            return Attribution(origin: [SourceName(name: context.entities[e].name, key: context.entities[e].key)], channels: [],
                               tokenRange: v..<(v + 1), kind: .subjectVerb, isSpeaker: true, isCalledSource: false)
        }
        // "…, 44, told AFP": after a verb of telling comes the one told, not the speaker.
        if invertedAfterBreak && !lexicon.relayVerbs.contains(tokens[v].folded) {
            // ", a indiqué une source du Kremlin à l'agence TASS" / ", said Peskov"
            var npStart = skipFiller(tokens, v + 1, range.upperBound, context)
            if npStart < range.upperBound, lexicon.recipientPrepositions.contains(tokens[npStart].folded) {
                // "a déclaré à la presse le porte-parole …", « a indiqué à notre journal un proche »:
                // the recipient comes first; the speaker follows it.
                var j = npStart + 1
                while j < range.upperBound, lexicon.determiners.contains(tokens[j].folded) || lexicon.possessives.contains(tokens[j].folded) { j += 1 }
                if j < range.upperBound, let e = context.entityAt[j] { while j < range.upperBound, context.entityAt[j] == e { j += 1 } } else { j += 1 }
                if j < range.upperBound, lexicon.determiners.contains(tokens[j].folded) { npStart = j }
            }
            // "…, which represents employers, said in a statement that …": where or how it was
            // said names no speaker; the subject before the verb does. "a fait savoir sur
            // Telegram le représentant …": the speaker follows it.
            var placeOrManner = false
            if npStart < range.upperBound, lexicon.placePrepositions.contains(tokens[npStart].folded),
               !lexicon.recipientPrepositions.contains(tokens[npStart].folded) {
                var j = npStart + 1
                while j < range.upperBound, lexicon.determiners.contains(tokens[j].folded) { j += 1 }
                if j < range.upperBound, let e = context.entityAt[j] { while j < range.upperBound, context.entityAt[j] == e { j += 1 } } else { j += 1 }
                if j < range.upperBound, lexicon.determiners.contains(tokens[j].folded) || context.entityAt[j] != nil { npStart = j } else { placeOrManner = true }
            }
            let npEnd = phraseEnd(tokens, npStart, range.upperBound, quoted, context)
            // "X, who read the statement, said the army had acted": a verb of its own makes what
            // follows the words said, not an inverted speaker ("à" folds to the auxiliary "a").
            let saysClause = ((npStart + 1)..<max(npStart + 1, npEnd)).contains { j in
                let w = tokens[j].folded
                guard tokens[j].kind == .word, lexicon.isConjugated(w) else { return false }
                return w.utf8.count > 1 || context.text.text(tokens[j].start, tokens[j].end) == w
            }
            if npEnd > npStart, !placeOrManner, !saysClause,
               let a = resolve(tokens, npStart..<npEnd, span: groupStart..<npEnd, kind: .inverted, context: context, memory: memory) {
                return withRelays(a, relay)
            }
        }
        // « la Russie a lancé 65 drones »: launching, not saying, unless words said follow.
        if lexicon.invertedOnlyVerbs.contains(tokens[v].folded) {
            guard v + 1 < range.upperBound else { return nil }
            let next = tokens[v + 1]
            guard quoted(v + 1) || next.folded == ":" || lexicon.complementizers.contains(next.folded)
                    || (next.kind == .punctuation && (ScalarClass.isOpeningQuote(next.folded.unicodeScalars.first ?? " ") || next.folded == "\"")) else { return nil }
        }
        // Subject before the verb: the noun phrase right before it ("X a déclaré", ", Peskov said").
        var s = groupStart
        while s > range.lowerBound {
            let j = s - 1
            let t = tokens[j]
            if context.timeTokens.contains(j), !quoted(j) {
                // "released a statement earlier on Sunday saying", "a publié dimanche un communiqué
                // indiquant": a time beside a document is inside the phrase; the one who issued the
                // document comes before it.
                var ts = j
                while ts > range.lowerBound, context.timeTokens.contains(ts - 1) { ts -= 1 }
                if ts > range.lowerBound, lexicon.documentNouns.contains(tokens[ts - 1].folded)
                    || (j + 1..<groupStart).contains(where: { lexicon.documentNouns.contains(tokens[$0].folded) }) {
                    s = ts
                    continue
                }
            }
            if quoted(j) || context.timeTokens.contains(j) { break }
            // "the International Organization for Migration (IOM) said": a short name in brackets
            // closes the subject's name.
            if t.folded == ")", j - 2 > range.lowerBound, tokens[j - 2].folded == "(", tokens[j - 1].isAllCaps, tokens[j - 1].kind == .word {
                s = j - 2
                continue
            }
            // « une source de la présidence russe (le Kremlin) affirmant »: a name in brackets
            // restates the phrase before it (not a dateline's agency: "PARIS (Wire) - X said").
            if t.folded == ")", j + 1 < range.upperBound, tokens[j + 1].kind != .punctuation, let open = (max(range.lowerBound, j - 5)..<j).last(where: { tokens[$0].folded == "(" }),
               ((open + 1)..<j).contains(where: { context.entityAt[$0] != nil }),
               !((open + 1)..<j).contains(where: { tokens[$0].kind == .punctuation }) {
                s = open
                continue
            }
            if t.kind == .punctuation && !(t.folded == "-" || t.folded == "'s") { break }
            // Prepositions inside the phrase stay ("vidéos sur les réseaux sociaux", "forces in Syria").
            if lexicon.clauseBreakers.contains(t.folded) && context.entityAt[j] == nil && !lexicon.nounPrepositions.contains(t.folded) {
                // "TASS et RIA Novosti ont rapporté": a conjunction between two names is inside the phrase.
                // "les forces de l'ordre et les syndicats ont annoncé": two sources sharing the verb.
                func isSourceWord(_ i: Int) -> Bool { context.entityAt[i] != nil || lexicon.sourceNouns.contains(tokens[i].folded) }
                var after = s
                while after < groupStart, lexicon.determiners.contains(tokens[after].folded) { after += 1 }
                // The second name may open with a modifier: "Interfax and state media quoted".
                let joinsNames = lexicon.nameJoiners.contains(t.folded) && j > range.lowerBound && (max(range.lowerBound, j - 4)..<j).contains(where: isSourceWord) && after < groupStart && (after..<min(groupStart, after + 3)).contains(where: isSourceWord)
                if !joinsNames { break }
            }
            if groupStart - s >= maxPhrase { break }
            s -= 1
        }
        // "(Wire) - Soldiers in Mali said": the dash closing a dateline opens no name.
        while s < groupStart, tokens[s].kind == .punctuation { s += 1 }
        // "X, représentant adjoint de la Russie auprès de l'ONU, a souligné": the subject
        // stands before an apposition between commas.
        if s == groupStart, groupStart - 1 > range.lowerBound, tokens[groupStart - 1].folded == "," {
            var c = groupStart - 2
            while c > range.lowerBound, groupStart - c <= maxPhrase + 2, tokens[c].folded != ",", !quoted(c) { c -= 1 }
            if let e = context.entityAt[groupStart - 2], context.entities[e].type == .person {
                // "X, a fait état de …": a comma between the subject and its verb.
                c = groupStart - 1
            }
            if c > range.lowerBound, tokens[c].folded == ",", let e = context.entityAt[c - 1],
               context.entities[e].type == .person || context.entities[e].type == .organization {
                // ("Norvane, the French carmaker, said": an organization before its apposition too.)
                var b = c - 1
                while b > range.lowerBound, context.entityAt[b - 1] == e { b -= 1 }
                let name = SourceName(name: context.entities[e].name, key: context.entities[e].key)
                return withRelays(Attribution(origin: [name], channels: [], tokenRange: b..<(v + 1), kind: .subjectVerb,
                                              isSpeaker: context.entities[e].type == .person, isCalledSource: false),
                                  relay)
            }
            // "La presse russe, notamment l'agence RIA, a confirmé", "Russian media, including
            // TASS, reported": the subject and the names the apposition singles out of it.
            if c > range.lowerBound, tokens[c].folded == ",", c + 2 < groupStart, lexicon.subsetMarkers.contains(tokens[c + 1].folded) {
                var b = c
                while b > range.lowerBound, c - b < maxPhrase, !quoted(b - 1), tokens[b - 1].kind != .punctuation,
                      !(lexicon.clauseBreakers.contains(tokens[b - 1].folded) && !lexicon.nounPrepositions.contains(tokens[b - 1].folded)) { b -= 1 }
                if b < c, var a = resolve(tokens, b..<c, span: b..<(v + 1), kind: .subjectVerb, context: context, memory: memory) {
                    if let inner = resolve(tokens, (c + 2)..<(groupStart - 1), span: b..<(v + 1), kind: .subjectVerb, context: context, memory: memory) {
                        for n in inner.all where !a.all.contains(n) { a.origin.append(n) }
                    }
                    return withRelays(a, relay)
                }
            }
            // "The rebels, who began an offensive on …, quickly announced", "A source familiar
            // with the talks, speaking on condition of anonymity, said": a relative or participial
            // clause between the subject and its verb.
            let participle = c + 1 < groupStart && tokens[c + 1].kind == .word && !lexicon.notParticiples.contains(tokens[c + 1].folded)
                && lexicon.participleSuffixes.contains { tokens[c + 1].folded.hasSuffix($0) && tokens[c + 1].folded.count > $0.count + 2 }
            if c > range.lowerBound, tokens[c].folded == ",", c + 1 < groupStart,
               lexicon.phraseEnders.contains(tokens[c + 1].folded) || lexicon.clauseBreakers.contains(tokens[c + 1].folded) || participle {
                var b = c
                while b > range.lowerBound, c - b < maxPhrase, !quoted(b - 1), tokens[b - 1].kind != .punctuation,
                      !(lexicon.clauseBreakers.contains(tokens[b - 1].folded) && !lexicon.nounPrepositions.contains(tokens[b - 1].folded)) { b -= 1 }
                if b < c, let a = resolve(tokens, b..<c, span: b..<(v + 1), kind: .subjectVerb, context: context, memory: memory) {
                    return withRelays(a, relay)
                }
            }
        }
        // « l'agence a cité une source du Kremlin affirmant que … »: a participle reporting for the
        // one a verb of citing names, through who cited them.
        // (The phrase before the participle may stop at its length limit on the verb of citing: the
        // one who cites is read back from that verb.)
        if groupStart == v, let c = (s..<groupStart).first(where: { lexicon.citingVerbs.contains(tokens[$0].folded) }), c + 1 < groupStart {
            var subjectEnd = c
            while subjectEnd > range.lowerBound, lexicon.auxiliaries.contains(tokens[subjectEnd - 1].folded) || lexicon.fillerAdverbs.contains(tokens[subjectEnd - 1].folded) {
                subjectEnd -= 1
            }
            var subjectStart = subjectEnd
            while subjectStart > range.lowerBound, subjectEnd - subjectStart < maxPhrase, !quoted(subjectStart - 1),
                  tokens[subjectStart - 1].kind != .punctuation, !context.timeTokens.contains(subjectStart - 1) { subjectStart -= 1 }
            if subjectEnd > subjectStart,
               var cited = resolve(tokens, (c + 1)..<groupStart, span: subjectStart..<(v + 1), kind: .subjectVerb, context: context, memory: memory),
               let citing = resolve(tokens, subjectStart..<subjectEnd, span: subjectStart..<(v + 1), kind: .subjectVerb, context: context, memory: memory) {
                for n in citing.all where !cited.all.contains(n) { cited.channels.append(n) }
                cited.isCiting = !cited.origin.isEmpty
                return cited
            }
        }
        // "after rebels claimed they seized Damascus", "après que les rebelles ont annoncé": the
        // reporting verb belongs to a clause of time; it attributes nothing.
        if s > range.lowerBound {
            let b = tokens[s - 1].folded
            if lexicon.temporalSubordinators.contains(b) { return nil }
            if (b == "que" || b == "qu'"), s - 1 > range.lowerBound, lexicon.temporalSubordinators.contains(tokens[s - 2].folded) { return nil }
        }
        // Filler adverbs between subject and verb ("Le Kremlin a immédiatement fait savoir").
        while s < groupStart, lexicon.fillerAdverbs.contains(tokens[groupStart - 1].folded) && groupStart - 1 > s { groupStart -= 1 }
        guard s < groupStart else { return nil }
        // A pronoun subject ("il a déclaré", "he said", "it added") is the last speaker.
        if groupStart - s == 1, lexicon.speakerPronouns.contains(tokens[s].folded) {
            guard let sp = memory.pronounReferent else { return nil }
            return sp.restated(over: s..<(v + 1), kind: .subjectVerb, newChannels: relay.areOrigin ? [] : relay.names)
        }
        if let a = resolve(tokens, s..<groupStart, span: s..<(v + 1), kind: .subjectVerb, context: context, memory: memory) {
            return withRelays(a, relay)
        }
        return nil
    }

    /// The name whose mention starts at `first` is followed by an apposition calling it a firm
    /// ("Hospices Civils de Lyon, France's second-largest hospital group", « Norvane, le
    /// constructeur »): "the group", « le groupe » may then stand for it.
    private func firmInApposition(after first: Int, _ e: Int, _ tokens: [Token], _ context: Context) -> Bool {
        var k = first
        while k < tokens.count, context.entityAt[k] == e { k += 1 }
        guard let words = EntityRecognizer.apposition(after: k, tokens, lexicon: lexicon) else { return false }
        // ("La CFDT, premier syndicat du groupe": the firm named in a complement is another.)
        return words.contains { j in
            lexicon.companyNouns.contains(tokens[j].folded)
                && !(max(words.lowerBound, j - 2)..<j).contains { lexicon.genitivePrepositions.contains(tokens[$0].folded) }
        }
    }

    /// The words of a short name in quotation marks closing right before `k` and opened right
    /// after a determiner (« un « Conseil national » », "a so-called "Council""), or nil.
    private func quotedName(_ tokens: [Token], before k: Int, _ range: Range<Int>) -> Range<Int>? {
        let close = k - 1
        guard close > range.lowerBound, tokens[close].kind == .punctuation,
              ScalarClass.isClosingQuote(tokens[close].folded.unicodeScalars.first ?? " ") || tokens[close].folded == "\"" else { return nil }
        var open = close - 1
        while open > range.lowerBound, close - open <= AttributionRecognizer.quotedNameWords + 1, tokens[open].kind == .word
                || tokens[open].folded == "-" || tokens[open].folded == "'" { open -= 1 }
        guard open > range.lowerBound, open + 1 < close, tokens[open].kind == .punctuation,
              ScalarClass.isOpeningQuote(tokens[open].folded.unicodeScalars.first ?? " ") || tokens[open].folded == "\"",
              lexicon.determiners.contains(tokens[open - 1].folded), tokens[open + 1].isCapitalized else { return nil }
        return (open + 1)..<close
    }

    /// Most words of a name written in quotation marks (« Conseil national de restauration »).
    static let quotedNameWords = 6

    /// A person's name between two commas right before `comma`, after a title that opens the
    /// clause ("Le ministre des Transports, David Okafor,", "The rail minister, David Okafor,").
    private func titledApposition(_ tokens: [Token], before comma: Int, _ range: Range<Int>, _ quoted: (Int) -> Bool,
                                  _ context: Context) -> (source: SourceName, start: Int)? {
        guard comma - 1 > range.lowerBound, tokens[comma].folded == ",", let e = context.entityAt[comma - 1],
              context.entities[e].type == .person, !quoted(comma - 1) else { return nil }
        var b = comma - 1
        while b > range.lowerBound, context.entityAt[b - 1] == e { b -= 1 }
        guard b - 1 > range.lowerBound, tokens[b - 1].folded == "," else { return nil }
        // The title phrase: from the clause's start to that comma, no other comma, a title in it.
        var t = b - 2
        while t > range.lowerBound, tokens[t - 1].kind != .punctuation || tokens[t - 1].folded == "'" || tokens[t - 1].folded == "-" { t -= 1 }
        guard t == range.lowerBound || [".", ";", ":"].contains(tokens[t - 1].folded),
              b - 1 - t <= maxPhrase, (t..<(b - 1)).contains(where: { lexicon.titles.contains(tokens[$0].folded) && !quoted($0) }) else { return nil }
        return (SourceName(name: context.entities[e].name, key: context.entities[e].key), t)
    }

    /// What a reporting verb's object names: its channels ("told Reuters", "a indiqué à l'AFP")
    /// or, for a verb of citing, its origin ("cited a Kremlin source"), and where that phrase ends.
    private struct Relay {
        var names: [SourceName] = []
        var areOrigin = false
        var end: Int
        /// "Interfax cited the same Kremlin source as saying": the source cited is the one "the
        /// source" next means, through the agency that cited it last.
        var citesSource = false
    }

    /// The names a verb gives as its channel ("told Reuters", "a indiqué à l'AFP") or, for a verb
    /// of citing, as its origin ("cited a Kremlin source", "quoted the unnamed Kremlin source").
    private func relayEntities(_ tokens: [Token], _ from: Int, _ end: Int, _ quoted: (Int) -> Bool, _ context: Context, verb: String) -> Relay {
        var k = skipFiller(tokens, from, end, context)
        guard k < end else { return Relay(end: from) }
        let isCiting = lexicon.citingVerbs.contains(verb)
        let isRelayVerb = lexicon.relayVerbs.contains(verb)
        let towards = ["a", "à", "au", "aux", "to", "aupres"].contains(tokens[k].folded)
        guard isCiting || isRelayVerb || towards else { return Relay(end: from) }
        var out: [SourceName] = []
        let stop = min(end, k + 8)
        var sawSourceNoun = false
        var sawNoun = false
        while k < stop, !quoted(k), !context.timeTokens.contains(k), !(tokens[k].kind == .punctuation && tokens[k].folded != "-") {
            if ["que", "qu'", "that", "qui", "who", "which", "as"].contains(tokens[k].folded) { break }
            // The recipient is one noun phrase: "à la presse le porte-parole …" names the speaker after it.
            if towards, sawNoun, lexicon.determiners.contains(tokens[k].folded), !EntityRecognizer.connectors.contains(tokens[k].folded) { break }
            if tokens[k].kind == .word, !lexicon.determiners.contains(tokens[k].folded), !lexicon.recipientPrepositions.contains(tokens[k].folded) { sawNoun = true }
            if lexicon.sourceNouns.contains(tokens[k].folded) { sawSourceNoun = true }
            let possessive = k + 1 < end && tokens[k + 1].folded == "'s"
            // "told reporters in Quito", "told AFP in Damascus": where it was said ends the recipient.
            if sawNoun, lexicon.locativePrepositions.contains(tokens[k].folded) { break }
            // A place is no channel ("told Russia's TASS"); a verb of citing may name one as its
            // origin ("citing Moscow").
            if let e = context.entityAt[k], context.entities[e].type != .place || (isCiting && !possessive) {
                let n = SourceName(name: context.entities[e].name, key: context.entities[e].key)
                if !out.contains(n) { out.append(n) }
            }
            k += 1
        }
        // "told the news agency", "à l'agence": the channel named before, not a new one.
        let definite = from < end && isDefinite(tokens[skipFiller(tokens, from, end, context) < end ? skipFiller(tokens, from, end, context) : from].folded)
        // "Russian news agencies reported", "told Russian news agencies": a generic channel. Agencies
        // only told something (« a fait savoir aux principales agences du pays », "said to news
        // agencies") name no one who carried it: a named one does (« aux agences TASS et Ria Novosti »).
        if out.isEmpty && sawSourceNoun && !isCiting && !definite && !towards {
            var a = from
            while a < k, lexicon.determiners.contains(tokens[a].folded) || ["a", "à", "au", "aux", "to"].contains(tokens[a].folded) || context.timeTokens.contains(a) { a += 1 }
            if a < k, let name = Optional(shortName(tokens, a..<k, context.text)), lexicon.sourceNouns.words.contains(where: { ScalarClass.fold(name).contains($0) }) {
                if !(a..<k).contains(where: { lexicon.audienceNouns.contains(tokens[$0].folded) }) {
                    out.append(SourceName(name: name, key: "source:" + ScalarClass.fold(name)))
                }
            }
        }
        let citesSource = isCiting && !out.isEmpty && (from..<k).contains { ["source", "sources"].contains(tokens[$0].folded) }
        return Relay(names: out, areOrigin: isCiting, end: out.isEmpty ? from : k, citesSource: citesSource)
    }

    private func withRelays(_ a: Attribution, _ relay: Relay) -> Attribution {
        var out = a
        let relays = relay.names
        if relay.citesSource { out.isCalledSource = true }
        // The channel's words belong to the attribution, not to the claim's actors.
        if relay.end > out.tokenRange.upperBound { out.tokenRange = out.tokenRange.lowerBound..<relay.end }
        if relay.areOrigin {
            out.channels = out.origin + out.channels
            out.origin = relays
            out.isCiting = !relays.isEmpty
            if relays.isEmpty { out.origin = out.channels; out.channels = [] }
        } else if out.isBackReference, !relays.isEmpty {
            out.channels = relays.filter { r in !out.origin.contains(r) }
        } else {
            for r in relays where !out.all.contains(r) { out.channels.append(r) }
        }
        return out
    }

    /// Skips times and adverbs between a verb and its subject ("a indiqué dimanche soir l'agence",
    /// "a ainsi déclaré cette source").
    private func skipFiller(_ tokens: [Token], _ from: Int, _ end: Int, _ context: Context) -> Int {
        var k = from
        while k < end, context.timeTokens.contains(k) || lexicon.fillerAdverbs.contains(tokens[k].folded) { k += 1 }
        return k
    }

    /// Where a source phrase ends: punctuation, a quotation, a relative pronoun, a time.
    private func phraseEnd(_ tokens: [Token], _ start: Int, _ end: Int, _ quoted: (Int) -> Bool, _ context: Context) -> Int {
        // An apposition naming the person: "le porte-parole du Kremlin, Dmitri Peskov"; the end
        // of the name, or nil.
        func appositionEnd(_ k: Int) -> Int? {
            guard tokens[k].folded == ",", k + 1 < end else { return nil }
            // « son avocat, Me Julien Faure »: the name's own title first.
            var first = k + 1
            while first + 1 < end, isOwnTitle(tokens[first]), context.entityAt[first] == nil { first += 1 }
            guard let e = context.entityAt[first], context.entities[e].type == .person else { return nil }
            var j = first
            while j < end, context.entityAt[j] == e { j += 1 }
            return j >= end || tokens[j].kind == .punctuation ? j : nil
        }
        var k = start
        // The limit counts from the agent of a participle ("un bilan provisoire communiqué par
        // le Secrétariat national de gestion des risques"): the name after it is whole.
        var counted = start
        while k < end, k - counted < maxPhrase {
            let t = tokens[k]
            if quoted(k) { break }
            if k > start, lexicon.agentPrepositions.contains(t.folded) { counted = k }
            if context.timeTokens.contains(k) {
                // "un bilan communiqué vendredi par le Secrétariat …": a time between a participle
                // and its agent does not end the phrase.
                var j = k
                while j < end, context.timeTokens.contains(j) { j += 1 }
                guard k > start, j < end, lexicon.agentPrepositions.contains(tokens[j].folded) else { break }
                k = j
                continue
            }
            // "a déclaré M. Delvaux": the period of an abbreviated title is inside the phrase.
            if t.folded == ".", k > start, !t.spaceBefore, k + 1 < end, context.entityAt[k + 1] != nil,
               lexicon.titles.contains(tokens[k - 1].folded + ".") {
                k += 1
                continue
            }
            if t.kind == .punctuation && t.folded != "-" && t.folded != "'s" {
                if let j = appositionEnd(k) { k = j }
                // "l'agence turque de gestion des catastrophes (AFAD)": the name in brackets is the
                // short name of the phrase before it.
                if t.folded == "(", k + 2 < end, let e = context.entityAt[k + 1], context.entities[e].type == .organization {
                    var j = k + 1
                    while j < end, context.entityAt[j] == e { j += 1 }
                    if j < end, tokens[j].folded == ")" { k = j + 1 }
                }
                break
            }
            if lexicon.phraseEnders.contains(t.folded) { break }
            // « Le bilan relayé par RTL fait état d'un blessé »: the sentence's reporting verb
            // ends the name of the relay before it.
            if k > start, context.flags[k].contains(.reportingVerb)
                || (k + 1 < end && context.flags[k].contains(.reportingPhraseFirstWord) && lexicon.reportingVerbs.contains(t.folded + " " + tokens[k + 1].folded)) { break }
            // "a précisé Enedis dans un communiqué", "said X in a statement", « a réagi le président
            // sur le réseau social X », "on France Inter": the document or medium the words came
            // in is how they were said, not part of who said them.
            if k > start, t.kind == .word, lexicon.placePrepositions.contains(t.folded), !lexicon.genitivePrepositions.contains(t.folded) {
                var j = k + 1
                while j < end, lexicon.determiners.contains(tokens[j].folded) || lexicon.possessives.contains(tokens[j].folded) { j += 1 }
                // (« à l'agence TASS » names who the words were told to: a channel, kept.)
                if j < end, lexicon.documentNouns.contains(tokens[j].folded) || (!lexicon.recipientPrepositions.contains(t.folded)
                    && (lexicon.mediumNouns.contains(tokens[j].folded) || context.entityAt[j].flatMap { gazetteer.entry(key: context.entities[$0].key) }.map { $0.isNewsMedium || $0.isPlatform } ?? false)) { break }
            }
            // "selon le ministère et 3,5 millions d'après les syndicats": a conjunction before a
            // figure or another source cue ends the phrase.
            if k > start, lexicon.clauseConjunctions.contains(t.folded), k + 1 < end,
               tokens[k + 1].isNumber || cueFirstWords.contains(tokens[k + 1].folded) && isCue(tokens, k + 1, end) { break }
            if k > start, cueFirstWords.contains(t.folded), isCue(tokens, k, end) { break }
            k += 1
        }
        // A long title ("le représentant adjoint de la Russie auprès de l'ONU, Dmitri Polianski")
        // may reach the limit right before the name it introduces.
        if k - counted >= maxPhrase, k < end, let j = appositionEnd(k) { return j }
        return k
    }

    private func isCue(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        matchPhrase(sourceCueWords, tokens, k, end) != nil || matchPhrase(citingCueWords, tokens, k, end) != nil
    }

    private func matchPhrase(_ phrases: [[String]], _ tokens: [Token], _ k: Int, _ end: Int) -> Int? {
        var best: Int? = nil
        for words in phrases {
            guard k + words.count <= end else { continue }
            var ok = true
            for (o, w) in words.enumerated() where tokens[k + o].folded != w { ok = false; break }
            if ok, words.count > (best ?? 0) { best = words.count }
        }
        return best
    }

    /// The entity of the last mention before `end`, within a few paragraphs, of type `type`
    /// that `matches` (given the entity and the mention's first token): what a definite
    /// reference ("the ministry", « le ministre ») points back to.
    private func lastMention(before end: Int, of type: EntityType, _ context: Context, matches: (Int, Int) -> Bool) -> Int? {
        var k = end - 1
        while k >= 0, end - k <= AttributionRecognizer.referenceReach {
            if let e = context.entityAt[k] {
                var first = k
                while first > 0, context.entityAt[first - 1] == e { first -= 1 }
                if context.entities[e].type == type, matches(e, first) { return e }
                k = first
            }
            k -= 1
        }
        return nil
    }

    /// Tokens back a definite reference reaches: a few paragraphs, not the whole article.
    static let referenceReach = 600

    /// Turns a source phrase into sources: a back-reference, its entities (a named speaker
    /// rather than their institution; channels kept), or a short generic phrase ("US officials").
    private func resolve(_ tokens: [Token], _ np: Range<Int>, span: Range<Int>, kind: Attribution.Kind, context: Context,
                         memory: Memory) -> Attribution? {
        guard !np.isEmpty else { return nil }
        var start = np.lowerBound
        var inherited: Attribution? = nil
        let calledSource = np.contains { ["source", "sources"].contains(tokens[$0].folded) }
        // "la même source", "cette source proche du Kremlin", "the source".
        // "la porte-parole Karine Jean-Pierre": a title followed by a name is that person, not
        // the source quoted before.
        if backRefFirstWords.contains(tokens[start].folded), let len = matchPhrase(backReferenceWords, tokens, start, np.upperBound),
           !((start + len)..<np.upperBound).contains(where: { k in context.entityAt[k].map { context.entities[$0].type == .person } ?? false }),
           let p = calledSource ? (memory.lastCalledSource ?? memory.previous) : memory.previous,
           titleFits(start..<(start + len), p, tokens, context) {
            inherited = p
            start += len
        } else if isDefinite(tokens[start].folded) || isDocumentOfSource(tokens, np), start + 1 < np.upperBound,
                  !np.contains(where: { context.entityAt[$0] != nil || tokens[$0].folded == "'s" }),
                  // « les forces de l'ordre et les syndicats »: two sources, not a reference back to one.
                  !np.contains(where: { lexicon.nameJoiners.contains(tokens[$0].folded) }) {
            // "the ministry", "the officials", "le ministère": the last source named with that word
            // ("the governor's office" says whose office: another one than "his office").
            let head = tokens[np.upperBound - 1].folded
            let stem = String(head.prefix(6))
            if lexicon.sourceNouns.contains(head),
               let p = memory.recent.last(where: { $0.sources.contains(where: { ScalarClass.fold($0).contains(stem) }) }) {
                // Only the source of that name, not the others quoted beside it ("selon le ministère
                // de l'Intérieur, … d'après la CGT", then "selon le ministère").
                let named = p.all.filter { ScalarClass.fold($0.name).contains(stem) }
                // "US officials told CNN … The officials cautioned": still through that medium.
                let channels = named.allSatisfy { p.origin.contains($0) } ? p.channels.filter { !named.contains($0) } : []
                return Attribution(origin: named, channels: channels, tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: false)
            }
            // « Le ministre a démenti », "the minister said": the person the article introduced
            // with that title a little before (« le ministre des Affaires étrangères, Henri Laval »),
            // who has not spoken yet (a speaker quoted before is found with their channel below).
            if np.count == 2, lexicon.titles.contains(head),
               let e = lastMention(before: np.lowerBound, of: .person, context, matches: { _, first in
                   (max(0, first - AttributionRecognizer.titleReach)..<first).contains { tokens[$0].folded == head }
               }),
               !memory.recent.contains(where: { $0.origin.contains { $0.key == context.entities[e].key } }) {
                let ent = context.entities[e]
                return Attribution(origin: [SourceName(name: ent.name, key: ent.key)], channels: [], tokenRange: span, kind: kind,
                                   isSpeaker: true, isCalledSource: false)
            }
            // "the statement said", "le communiqué précise": the one who issued it last.
            if lexicon.documentNouns.contains(head), np.count <= 3, let p = memory.previous {
                return p.restated(over: span, kind: kind)
            }
            // "the ministry said": the organization of that name the article mentioned before.
            if lexicon.sourceNouns.contains(head) {
                let stem = String(head.prefix(6))
                // Named with that word, or introduced by it: « la compagnie Pennine Rail »; a firm by
                // any word for a firm: "the company" is "French carmaker Norvane", « le groupe » is
                // « le constructeur automobile Norvane ».
                let firm = lexicon.companyNouns.contains(head)
                // « l'agence », "the agency": the news agency named last (« l'agence de presse russe TASS »).
                let agency = lexicon.agencyWords.contains(head)
                if let e = lastMention(before: np.lowerBound, of: .organization, context, matches: { e, first in
                    ScalarClass.fold(context.entities[e].name).contains(stem) || (first > 0 && tokens[first - 1].folded == head)
                        || (agency && gazetteer.entry(key: context.entities[e].key)?.kind == "agency")
                        || (firm && (max(0, first - 2)..<first).contains { lexicon.companyNouns.contains(tokens[$0].folded) })
                        || (firm && firmInApposition(after: first, e, tokens, context))
                }) {
                    let ent = context.entities[e]
                    return Attribution(origin: [SourceName(name: ent.name, key: ent.key)], channels: [], tokenRange: span, kind: kind,
                                       isSpeaker: false, isCalledSource: false)
                }
            }
        }
        // "le représentant adjoint de la Russie auprès de l'ONU, Dmitri Polianski": the name in
        // apposition is the source; the title before it only says who they are. A news medium
        // named in it still carried the words ("a déclaré à l'AFP le porte-parole, X").
        if inherited == nil, let e = context.entityAt[np.upperBound - 1], context.entities[e].type == .person {
            var b = np.upperBound - 1
            while b > start, context.entityAt[b - 1] == e { b -= 1 }
            // « son avocat, Me Julien Faure »: a title of the name's own stays with it.
            while b - 1 > start, isOwnTitle(tokens[b - 1]) { b -= 1 }
            if b - 1 > start, tokens[b - 1].folded == "," {
                var media: [SourceName] = []
                for k in start..<(b - 1) {
                    guard let m = context.entityAt[k], gazetteer.entry(key: context.entities[m].key)?.isNewsMedium == true else { continue }
                    let name = SourceName(name: context.entities[m].name, key: context.entities[m].key)
                    if !media.contains(name) { media.append(name) }
                }
                return Attribution(origin: [SourceName(name: context.entities[e].name, key: context.entities[e].key)], channels: media,
                                   tokenRange: span, kind: kind, isSpeaker: true, isCalledSource: calledSource)
            }
        }
        // "un bilan provisoire communiqué par le Secrétariat …", "figures released by the
        // ministry": a document or a figure named by its author; the author is the source.
        var byAgent = false
        if inherited == nil,
           let p = (start..<np.upperBound).first(where: { lexicon.agentPrepositions.contains(tokens[$0].folded) }),
           p > start + 1, p + 1 < np.upperBound, matchPhrase(relayCueWords, tokens, p - 1, np.upperBound) == nil,
           !(start..<p).contains(where: { context.entityAt[$0] != nil || ["source", "sources"].contains(tokens[$0].folded) }) {
            start = p + 1
            byAgent = true
        }
        // Entities of the phrase; those after a relay cue inside it are channels
        // ("une source du Kremlin citée par l'agence TASS").
        var relayStart = np.upperBound
        for k in start..<np.upperBound where matchPhrase(relayCueWords, tokens, k, np.upperBound) != nil
            || (kind == .inverted && k > np.lowerBound && lexicon.recipientPrepositions.contains(tokens[k].folded)
                && (inherited != nil || !["source", "sources"].contains(tokens[k - 1].folded))) { relayStart = k; break }
        // "selon lui", "according to him": the last speaker.
        if np.count == 1, lexicon.sourcePronouns.contains(tokens[start].folded), let sp = memory.pronounReferent {
            return sp.restated(over: span, kind: kind)
        }
        var persons: [Int] = [], others: [Int] = [], channels: [Int] = []
        var placesBeforeSourceNoun = false
        for k in start..<np.upperBound {
            guard let e = context.entityAt[k] else { continue }
            let ent = context.entities[e]
            if k >= relayStart {
                if !channels.contains(e) { channels.append(e) }
            } else if ent.type == .person {
                if !persons.contains(e) { persons.append(e) }
            } else if gazetteer.entry(key: ent.key)?.isPlatform == true {
                // "a écrit sur Telegram", "in a post on X": the platform carries the post; the poster is the source.
                continue
            } else if !others.contains(e) {
                // "US officials", "Syrian security officials": a place qualifying a source noun is not the source.
                let afterPreposition = k > start + 1 && lexicon.nounPrepositions.contains(tokens[k - 1].folded)
                // "Nepal's Civil Aviation Authority": the country says whose the institution is.
                var end = k
                while end < np.upperBound, context.entityAt[end] == e { end += 1 }
                let ownsInstitution = end + 1 < np.upperBound && tokens[end].folded == "'s"
                    && context.entityAt[end + 1].map { context.entities[$0].type == .organization } == true
                if ent.type == .place, afterPreposition || ownsInstitution
                    || (k + 1..<relayStart).contains(where: { context.entityAt[$0] == nil && lexicon.sourceNouns.contains(tokens[$0].folded) }) {
                    placesBeforeSourceNoun = true
                    continue
                }
                // "Marseille a compté 12 000 manifestants": a town, a base, an airport neither says
                // nor counts (its mayor does); the figure is of the place. A capital speaks for its
                // state ("Moscou a annoncé").
                if ent.type == .place, gazetteer.isTown(key: ent.key) { continue }
                others.append(e)
            }
        }
        // "le Service départemental d'incendie et de secours (SDIS)": the name in brackets names
        // the whole phrase before it, whatever names that phrase holds.
        if np.count >= 4, tokens[np.upperBound - 1].folded == ")", let e = context.entityAt[np.upperBound - 2],
           others.contains(e), context.entities[e].type == .organization {
            others = [e]
        }
        // "par le Service national des secours": a capitalized head and the lowercase words after
        // it are one name, though only the head was recognized.
        if byAgent, persons.isEmpty, others.count == 1, channels.isEmpty {
            var a = start
            while a < np.upperBound, lexicon.determiners.contains(tokens[a].folded) { a += 1 }
            var b = a
            while b < np.upperBound, context.entityAt[b] == others[0] { b += 1 }
            if b > a, b < np.upperBound, (b..<np.upperBound).allSatisfy({ context.entityAt[$0] == nil && tokens[$0].kind == .word }) {
                let name = shortName(tokens, a..<np.upperBound, context.text)
                return Attribution(origin: [SourceName(name: name, key: "source:" + ScalarClass.fold(name))], channels: [],
                                   tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: false)
            }
        }
        // "a précisé une source aux agences TASS et Ria Novosti": the agencies carried what a
        // source told them; after "selon des sources au Kremlin", that source is the Kremlin's.
        if persons.isEmpty, inherited == nil, !others.isEmpty, start + 1 < np.upperBound, lexicon.determiners.contains(tokens[start].folded),
           !lexicon.referringDeterminers.contains(tokens[start].folded), ["source", "sources"].contains(tokens[start + 1].folded),
           others.allSatisfy({ isAgencyLike(context.entities[$0]) }) {
            let agencies = names(others)
            let carriers = agencies + names(channels).filter { !agencies.contains($0) }
            if let earlier = memory.lastCalledSource, !earlier.origin.isEmpty, earlier.origin.allSatisfy({ !$0.key.hasPrefix("source:") }) {
                return Attribution(origin: earlier.origin, channels: carriers, tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: true)
            }
        }
        let chosen = persons.isEmpty ? others : persons
        if !persons.isEmpty {
            // An agency beside a named person ("Peskov, to TASS") is a channel.
            for e in others where context.entities[e].type == .organization && isAgencyLike(context.entities[e]) { channels.append(e) }
        }
        func names(_ ids: [Int]) -> [SourceName] { ids.map { SourceName(name: context.entities[$0].name, key: context.entities[$0].key) } }
        var channelNames = names(channels)
        if channelNames.isEmpty, relayStart < np.upperBound {
            // "aux agences de presse": a generic channel; « relayé par la préfecture »: after
            // the whole cue.
            var a = relayStart + (matchPhrase(relayCueWords, tokens, relayStart, np.upperBound) ?? 1)
            while a < np.upperBound, lexicon.determiners.contains(tokens[a].folded) { a += 1 }
            if a < np.upperBound, (a..<np.upperBound).contains(where: { lexicon.sourceNouns.contains(tokens[$0].folded) }) {
                if let named = namedAgencies(tokens, a..<np.upperBound, context) {
                    channelNames = named
                } else {
                    let name = shortName(tokens, a..<np.upperBound, context.text)
                    channelNames.append(SourceName(name: name, key: "source:" + ScalarClass.fold(name)))
                }
            }
        }
        // "le porte-parole du Kremlin", "the minister": a title without a name is the person last quoted with it.
        // Only a definite title ("un porte-parole de la Commission" is someone new), and not one
        // other than the title the last speaker was quoted with ("the spokesperson" does not
        // stand for "President X", quoted last).
        if persons.isEmpty, inherited == nil, isDefinite(tokens[start].folded),
           let sp = memory.lastSpeaker, !sp.origin.isEmpty,
           // "the governor's office": a title owning the noun after it says whose, it is not the one speaking.
           (start..<relayStart).contains(where: { isSourceTitle(tokens[$0].folded) && !($0 + 1 < relayStart && tokens[$0 + 1].folded == "'s") }),
           titleFits(start..<relayStart, sp, tokens, context) {
            return sp.restated(over: span, kind: kind)
        }
        if let base = inherited {
            // "le porte-parole du Kremlin", "cette même source proche du Kremlin": what follows the
            // back-reference describes the same source; only a person named there is added.
            var a = base.restated(over: span, kind: kind, newChannels: channelNames)
            for n in names(persons) where !a.all.contains(n) { a.origin.append(n) }
            a.isBackReference = true
            return a
        }
        if !chosen.isEmpty {
            var origin = names(chosen)
            // "Interfax and state media quoted": a generic source joined to a named one is a source too.
            if let c = (start..<relayStart).first(where: { lexicon.nameJoiners.contains(tokens[$0].folded) }) {
                for side in [start..<c, (c + 1)..<relayStart] where !side.contains(where: { context.entityAt[$0] != nil })
                    && side.contains(where: { lexicon.sourceNouns.contains(tokens[$0].folded) }) {
                    var a = side.lowerBound
                    while a < side.upperBound, lexicon.determiners.contains(tokens[a].folded) { a += 1 }
                    guard a < side.upperBound else { continue }
                    let name = shortName(tokens, a..<side.upperBound, context.text)
                    origin.append(SourceName(name: name, key: "source:" + ScalarClass.fold(name)))
                }
            }
            return Attribution(origin: origin, channels: channelNames, tokenRange: span, kind: kind,
                               isSpeaker: !persons.isEmpty, isCalledSource: calledSource)
        }
        // A generic source: "les médias d'État russes", "des groupes de défense…", "US officials".
        let generic = start..<relayStart
        // "announced they had seized the ministry": a clause opened by its subject pronoun is
        // what was said, not who said it.
        let opensClause = generic.count > 1 && lexicon.subjectPronouns.contains(tokens[generic.lowerBound].folded)
        // "the minister said", no minister quoted before: the title is the source.
        func namesSource(_ k: Int) -> Bool { lexicon.sourceNouns.contains(tokens[k].folded) || isSourceTitle(tokens[k].folded) }
        var nameStart = generic.lowerBound
        while nameStart < generic.upperBound, lexicon.determiners.contains(tokens[nameStart].folded) { nameStart += 1 }
        let unknownName = isUnknownName(tokens, nameStart..<generic.upperBound, context)
        if !opensClause, let name = describedName(tokens, nameStart..<generic.upperBound, context) {
            let written = shortName(tokens, name, context.text)
            return Attribution(origin: [SourceName(name: written, key: "source:" + ScalarClass.fold(written))], channels: channelNames,
                               tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: calledSource)
        }
        guard !generic.isEmpty, !opensClause,
              byAgent || generic.contains(where: namesSource) || placesBeforeSourceNoun || unknownName else {
            return channelNames.isEmpty ? nil : Attribution(origin: [], channels: channelNames, tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: calledSource)
        }
        var a = generic.lowerBound
        while a < generic.upperBound, lexicon.determiners.contains(tokens[a].folded) || tokens[a].folded == "d'" { a += 1 }
        guard a < generic.upperBound else { return nil }
        // « selon un nouveau bilan de la préfecture », "figures from the interior ministry": the
        // tally's author is the source.
        // An adjective may follow the tally noun: « un bilan provisoire des autorités locales ».
        if let t = (a..<min(generic.upperBound, a + 3)).first(where: { lexicon.tallyNouns.contains(tokens[$0].folded) }),
           let p = [t + 1, t + 2].first(where: { $0 < generic.upperBound && lexicon.authorPrepositions.contains(tokens[$0].folded) }),
           p == t + 1 || (tokens[t + 1].kind == .word && !lexicon.sourceNouns.contains(tokens[t + 1].folded)) {
            var b = p + 1
            while b < generic.upperBound, lexicon.determiners.contains(tokens[b].folded) { b += 1 }
            if b < generic.upperBound, (b..<generic.upperBound).contains(where: { lexicon.sourceNouns.contains(tokens[$0].folded) }) { a = b }
        }
        // « selon un communiqué du cabinet royal », "a statement from the presidency": the
        // document's author is the source.
        if lexicon.documentNouns.contains(tokens[a].folded), a + 2 < generic.upperBound,
           lexicon.genitivePrepositions.contains(tokens[a + 1].folded) || lexicon.authorPrepositions.contains(tokens[a + 1].folded) {
            var b = a + 2
            while b < generic.upperBound, lexicon.determiners.contains(tokens[b].folded) { b += 1 }
            if b < generic.upperBound, tokens[b].kind == .word, !lexicon.possessives.contains(tokens[b].folded) { a = b }
        }
        // "a statement on his Telegram channel", "the ousted president's statement", "un
        // communiqué publié sur son compte": the document of the one last quoted.
        if lexicon.documentNouns.contains(tokens[a].folded),
           (a + 1..<generic.upperBound).contains(where: { lexicon.possessives.contains(tokens[$0].folded) || tokens[$0].folded == "'s" }),
           let sp = memory.lastSpeaker ?? memory.previous {
            return sp.restated(over: span, kind: kind)
        }
        // "Russian state news agency" in an article naming one Russian agency: that agency.
        if let named = namedAgencies(tokens, a..<generic.upperBound, context) {
            return Attribution(origin: [], channels: named + channelNames, tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: calledSource)
        }
        // "une source", "plusieurs sources": one generic word keeps a determiner that counts.
        if generic.upperBound - a == 1, a > generic.lowerBound, lexicon.countingDeterminers.contains(tokens[a - 1].folded) { a -= 1 }
        // "les forces de l'ordre et les syndicats": two generic sources.
        var origin: [SourceName] = []
        var partStart = a
        for k in a...generic.upperBound where k == generic.upperBound || lexicon.clauseConjunctions.contains(tokens[k].folded) {
            var b = partStart
            while b < k, lexicon.determiners.contains(tokens[b].folded) { b += 1 }
            if b < k, (b..<k).contains(where: namesSource) || origin.isEmpty && k == generic.upperBound {
                if k - b == 1, b > partStart, lexicon.countingDeterminers.contains(tokens[b - 1].folded) { b -= 1 }
                let name = shortName(tokens, b..<k, context.text)
                origin.append(SourceName(name: name, key: "source:" + ScalarClass.fold(name)))
            }
            partStart = k + 1
        }
        if origin.isEmpty {
            let name = shortName(tokens, a..<generic.upperBound, context.text)
            origin = [SourceName(name: name, key: "source:" + ScalarClass.fold(name))]
        }
        return Attribution(origin: origin, channels: channelNames,
                           tokenRange: span, kind: kind, isSpeaker: false, isCalledSource: calledSource)
    }

    /// A capitalized title just before a name, part of how it is written (« Me Julien Faure »).
    private func isOwnTitle(_ t: Token) -> Bool {
        t.isCapitalized && lexicon.titles.contains(t.folded)
    }

    /// A capitalized word that may open a name: not a function word nor one the lexicon says
    /// is no name.
    private func mayOpenName(_ t: Token) -> Bool {
        t.isCapitalized && !lexicon.stopwords.contains(t.folded) && !lexicon.notNames.contains(t.folded)
    }

    /// "selon Enedis", "a indiqué Météo-France": a name no lexicon knows, standing alone as the
    /// phrase (its determiners skipped), is the one who spoke.
    private func isUnknownName(_ tokens: [Token], _ r: Range<Int>, _ context: Context) -> Bool {
        guard !r.isEmpty, r.count <= 4, mayOpenName(tokens[r.lowerBound]),
              !lexicon.subjectPronouns.contains(tokens[r.lowerBound].folded) else { return false }
        return r.allSatisfy { (tokens[$0].isCapitalized || tokens[$0].folded == "-") && context.entityAt[$0] == nil }
    }

    /// "grid operator Enedis", "la société Enedis", "national weather service Météo-France":
    /// words saying what the speaker is, then its name no lexicon knows; the name's tokens.
    private func describedName(_ tokens: [Token], _ r: Range<Int>, _ context: Context) -> Range<Int>? {
        var tail = r.upperBound
        while tail > r.lowerBound, tokens[tail - 1].isCapitalized || tokens[tail - 1].folded == "-" { tail -= 1 }
        guard tail > r.lowerBound, tail < r.upperBound, r.upperBound - tail <= 4, mayOpenName(tokens[tail]),
              !lexicon.titles.contains(tokens[tail].folded), !(tail..<r.upperBound).contains(where: { context.entityAt[$0] != nil }) else { return nil }
        let before = tokens[tail - 1]
        guard before.kind == .word, !before.isCapitalized,
              // "rebel forces in Syria": a name after a preposition says where, not who.
              !lexicon.nounPrepositions.contains(before.folded), !lexicon.placePrepositions.contains(before.folded),
              !lexicon.genitivePrepositions.contains(before.folded),
              // "le ministre de l'Industrie": a portfolio completes a title, it names no one.
              !lexicon.determiners.contains(before.folded), !(r.lowerBound..<tail).contains(where: { isSourceTitle(tokens[$0].folded) })
        else { return nil }
        return tail..<r.upperBound
    }

    /// A news agency described rather than named ("Russian state news agency", "l'agence de
    /// presse russe") is the one agency of that country the article names, when it names just one.
    private func namedAgencies(_ tokens: [Token], _ r: Range<Int>, _ context: Context) -> [SourceName]? {
        guard r.contains(where: { lexicon.agencyWords.contains(tokens[$0].folded) }),
              let country = r.lazy.compactMap({ self.gazetteer.countryForDemonym(tokens[$0].folded) }).first else { return nil }
        let agencies = context.entities.filter { e in
            guard let entry = gazetteer.entry(key: e.key) else { return false }
            return entry.kind == "agency" && entry.parent == country
        }
        guard agencies.count == 1, let e = agencies.first else { return nil }
        return [SourceName(name: e.name, key: e.key)]
    }

    /// Tokens before a speaker's span where their title may stand.
    private static let titleLead = 4
    /// Tokens before a person's name where the article gives their title (« le ministre
    /// français de la Santé Paul Girard »).
    private static let titleReach = 8

    private func isSourceTitle(_ w: String) -> Bool {
        lexicon.titles.contains(w) && lexicon.sourceTitles.contains(w)
    }

    /// A title standing for an earlier source ("the spokesperson", "le ministre") fits it unless
    /// that source was quoted with another title ("President X" is not "the spokesperson").
    private func titleFits(_ phrase: Range<Int>, _ earlier: Attribution, _ tokens: [Token], _ context: Context) -> Bool {
        let titles = phrase.filter { isSourceTitle(tokens[$0].folded) }
        // The title may stand just before the speaker's span, in apposition: "the agency's
        // spokesperson, Jane Doe, told AP".
        let lead = max(0, earlier.tokenRange.lowerBound - AttributionRecognizer.titleLead)..<earlier.tokenRange.lowerBound
        // "the agency", « l'agence »: an agency, by its entry or its words ("the disaster
        // agency AFAD said"), not the police quoted last.
        if phrase.contains(where: { lexicon.agencyWords.contains(tokens[$0].folded) }),
           !(lead.lowerBound..<earlier.tokenRange.upperBound).contains(where: { lexicon.agencyWords.contains(tokens[$0].folded) }),
           !earlier.all.contains(where: { n in
               gazetteer.entry(key: n.key)?.kind == "agency" || lexicon.agencyWords.words.contains { ScalarClass.fold(n.name).contains($0) }
           }) { return false }
        var spokenWith = (lead.lowerBound..<earlier.tokenRange.upperBound).filter { isSourceTitle(tokens[$0].folded) }
        // Else the titles the article gives that person anywhere (« le ministre de la Santé
        // Paul Girard » in the lead, « Paul Girard a déclaré » later).
        var person = false
        if !titles.isEmpty, spokenWith.isEmpty, let key = earlier.origin.first?.key,
           let e = context.entities.firstIndex(where: { $0.key == key && $0.type == .person }) {
            person = true
            for k in tokens.indices where context.entityAt[k] == e && (k == 0 || context.entityAt[k - 1] != e) {
                for j in max(0, k - AttributionRecognizer.titleReach)..<k where isSourceTitle(tokens[j].folded) { spokenWith.append(j) }
            }
        }
        // A person the article never gave a title is not "la Première ministre".
        return titles.isEmpty || (spokenWith.isEmpty && !person)
            || titles.contains { t in spokenWith.contains { sameTitle(tokens[$0].folded, tokens[t].folded) } }
    }

    /// Two words for one title: "spokesman" and "spokesperson", "ministre" and "ministère" are not
    /// told apart, "président" and "porte-parole" are.
    private func sameTitle(_ a: String, _ b: String) -> Bool {
        a == b || (a.utf8.count >= 5 && b.utf8.count >= 5 && a.utf8.prefix(5).elementsEqual(b.utf8.prefix(5)))
    }

    /// « un communiqué du ministère », "a statement from the ministry": a document and, after a
    /// genitive, a word for its author, which then refers as « le ministère » does.
    private func isDocumentOfSource(_ tokens: [Token], _ np: Range<Int>) -> Bool {
        let s = np.lowerBound
        guard np.count >= 4, lexicon.documentNouns.contains(tokens[s + 1].folded),
              lexicon.genitivePrepositions.contains(tokens[s + 2].folded) || lexicon.authorPrepositions.contains(tokens[s + 2].folded) else { return false }
        return lexicon.sourceNouns.contains(tokens[np.upperBound - 1].folded)
    }

    private func isDefinite(_ w: String) -> Bool {
        ["the", "le", "la", "les", "l'", "ce", "cette", "ces"].contains(w)
    }

    private func isAgencyLike(_ e: Entity) -> Bool {
        guard let entry = gazetteer.entry(key: e.key) else { return false }
        return entry.isNewsMedium
    }

    /// The phrase as written, runs of spaces as one.
    private func shortName(_ tokens: [Token], _ r: Range<Int>, _ text: TextBuffer) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.scalars[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end] {
            if ScalarClass.isSpace(s) { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(s)
        }
        return String(out)
    }
}
