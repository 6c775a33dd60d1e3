import Testing
import CorroborateCore

/// `WordTable` stands in for `[String: Value]` in the lexicons' hot lookups: its answers must
/// be the dictionary's, canonical equivalence included.
@Suite("Word table: a dictionary's answers")
struct WordTableTests {
    @Test("Finds what a dictionary finds, and only that")
    func sameAnswers() {
        let keys = ["le", "la", "l'", "selon", "a", "«", "–", "gouvernementales", "quatre-vingt-dix", "mosk", "αθηνα"]
        var table = WordTable<Int>()
        var dictionary: [String: Int] = [:]
        for (i, k) in keys.enumerated() { table[k] = i; dictionary[k] = i }
        let probes = keys + ["", "les", "l", "selo", "selonn", "»", "—", "gouvernementale", "quatre-vingt", "αθηνα", "e\u{301}te"]
        for p in probes { #expect(table[p] == dictionary[p], "\(p)") }
        #expect(table.count == keys.count)
    }

    @Test("A word written with a combining accent equals its precomposed form, as in a dictionary")
    func canonicalEquivalence() {
        var table = WordTable<Bool>()
        table["\u{E9}t\u{E9}"] = true
        #expect(table["e\u{301}te\u{301}"] == true)
        var decomposed = WordTable<Bool>()
        decomposed["e\u{301}te\u{301}"] = true
        #expect(decomposed["\u{E9}t\u{E9}"] == true)
        #expect(decomposed["ete"] == nil)
        // The Greek question mark is canonically a semicolon.
        let punctuation: WordSet = [";"]
        #expect(punctuation.contains("\u{37E}"))
        #expect(!punctuation.contains(","))
    }

    @Test("Grows past its first slots and keeps every word")
    func growth() {
        var set = WordSet()
        for i in 0..<1000 { set.insert("w\(i)") }
        #expect(set.count == 1000)
        #expect((0..<1000).allSatisfy { set.contains("w\($0)") })
        #expect(!set.contains("w1000"))
    }
}
