extension GazetteerData {
    /// Particles inside person names. `hyphen` ones are joined to the next word in
    /// transliteration and also written apart or with another vowel ("al-Assad", "al Assad",
    /// "el-Assad"); a person may also be named without them ("Bashar Assad").
    /// `space` ones are words of their own; spelling variants are swapped ("Abou" ↔ "Abu").
    /// particle(s) | joins: hyphen or space | spelling variants
    static let nameParticles = """
    # Arabic article and its sun-letter assimilations
    al | hyphen | el
    el | hyphen | al
    # ("as", "at", "en", "et"… are left out: they are common words too)
    ad, ash, ech, az, ed, ez | hyphen |
    # Arabic kinship words
    abou | space | abu, abo
    abu | space | abou
    abo | space | abou, abu
    ben | space | bin
    bin | space | ben
    ibn | space |
    bint | space |
    ould | space |   # Mauritanian "son of"
    ag | space |     # Tuareg "son of"
    # Romance, Germanic and others
    de, du, des, la, le, d' | space |
    da, di, del, della, dei, do, dos, das | space |
    van, von, der, den, ter, ten, zu | space |
    mac, mc, o' | space |
    """
}
