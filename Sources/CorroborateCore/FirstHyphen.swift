extension String {
    /// `firstIndex(of: "-")`, found on the bytes when the string is all ASCII (each byte is then
    /// a Character): the Character search breaks graphemes and costs far more per word.
    public var firstHyphenIndex: String.Index? {
        let bytes = utf8
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.firstIndex(of: UInt8(ascii: "-")) }
        return firstIndex(of: "-")
    }
}
