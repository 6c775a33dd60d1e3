extension GazetteerData {
    /// Articles a name may be written with or without ("Le Figaro", "Figaro";
    /// "The Guardian", "Guardian"): the index holds both forms.
    /// language | articles
    static let leadingArticles = """
    fr | le, la, les, l'
    en | the
    """
}
