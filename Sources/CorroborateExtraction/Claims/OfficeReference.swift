import CorroborateCore
import CorroborateText
import CorroborateGazetteer

extension ClaimBuilder {
    /// The person a phrase naming an office in the clause stands for: "Such decisions cannot
    /// be made without the head of state," Peskov said (Putin); « le chef de l'État syrien a
    /// quitté la capitale » (Assad). The office's country is the demonym beside the phrase,
    /// else the country the speaker speaks for, else the story's; its holder is the one the
    /// offices table gives for the article's day, or, failing that, the one who held it last
    /// before that day (« le chef de l'État » of a coup's day is the one ousted). Only a holder
    /// the article names: the claim's actors are the article's entities. Nil when the clause
    /// names no office or nothing settles whose; else the holder and where the phrase starts
    /// (it may be the speaker: "the prime minister said").
    func officeHolder(_ seg: Range<Int>, _ tokens: [Token], _ flags: [WordFlags], _ entities: [Entity],
                      speakerCountry: () -> String?, storyCountry: String?, day: CalendarDate?) -> (entity: Int, at: Int)? {
        for k in seg where flags[k].contains(.officePhraseFirstWord) {
            guard k > seg.lowerBound, let (end, office) = lexicon.officePhrases.match(tokens, at: k, end: seg.upperBound) else { continue }
            // "the Syrian head of state": a demonym between the determiner and the phrase.
            let between = gazetteer.countryForDemonym(tokens[k - 1].folded)
            // A definite office: « le chef de l'État », "the head of state" (not "a head of state").
            let determiner = between == nil ? k - 1 : k - 2
            guard determiner >= seg.lowerBound, flags[determiner].contains(.determiner),
                  !lexicon.indefiniteDeterminers.contains(tokens[determiner].folded) else { continue }
            // « le chef de l'État syrien »: the demonym after it.
            let after = end < seg.upperBound ? gazetteer.countryForDemonym(tokens[end].folded) : nil
            guard let country = after ?? between ?? speakerCountry() ?? storyCountry,
                  let holder = holder(of: office, country: country, entities: entities, day: day) else { continue }
            return (holder, k)
        }
        return nil
    }

    /// The entity of the holder of `office` in `country` on `day` the article names, else of the
    /// last one before that day it names.
    private func holder(of office: String, country: String, entities: [Entity], day: CalendarDate?) -> Int? {
        let named = gazetteer.terms(of: office, country: country).compactMap { term -> (OfficeTerm, Int)? in
            entities.firstIndex { $0.key == term.person }.map { (term, $0) }
        }
        guard let day else { return named.last?.1 }
        if let current = named.last(where: { $0.0.covers(day) }) { return current.1 }
        return named.last(where: { $0.0.from <= day })?.1
    }
}
