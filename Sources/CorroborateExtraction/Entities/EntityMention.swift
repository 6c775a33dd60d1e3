import CorroborateCore

/// One occurrence of a name in an article, before the forms of one entity are merged.
struct EntityMention: Sendable, Hashable {
    /// Token range of the name (title and articles excluded).
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
    var surface: String
    /// nil while the type is not known yet (a lone capitalized word that may be a surname).
    var type: EntityType?
    /// Gazetteer key, when the gazetteer knows the name.
    var gazetteerKey: String?
    /// Folded name tokens without particles ("bachar", "assad"), for merging forms.
    var nameParts: [String]
}
