extension GazetteerData {
    /// Phrases built from an entry's names according to its kind. {name} takes each name of
    /// the entry in the row's language, {demonym:n} the n-th demonym of its country (see
    /// OrganizationTemplates). A city's descriptor ("ville d’Alep") is left to the reader.
    /// `name` forms become the entry's display names ("gouvernorat d’Alep" rather than the
    /// city's own name "Alep", which then stays the city's); `alias` forms are only indexed.
    /// kind(s) | language | use | pattern
    static let kindForms = """
    governorate | fr | name  | gouvernorat de {name}
    governorate | fr | alias | province de {name}
    governorate | en | name  | {name} Governorate
    governorate | en | alias | {name} province
    governorate | en | alias | governorate of {name}
    province    | fr | name  | province de {name}
    province    | en | name  | {name} province
    province    | en | alias | province of {name}
    oblast      | fr | name  | région de {name}
    oblast      | fr | alias | oblast de {name}
    oblast      | en | name  | {name} region
    oblast      | en | alias | {name} oblast
    krai        | fr | name  | kraï de {name}
    krai        | fr | alias | région de {name}
    krai        | en | name  | {name} Krai
    krai        | en | alias | {name} region
    agency      | fr | alias | l’agence {name}
    agency      | fr | alias | l’agence de presse {name}
    agency      | fr | alias | l’agence {demonym:2} {name}
    agency      | fr | alias | l’agence de presse {demonym:2} {name}
    agency      | fr | alias | l’agence officielle {demonym:2} {name}
    agency      | en | alias | {name} news agency
    agency      | en | alias | {name} agency
    agency      | en | alias | {demonym:1} news agency {name}
    agency      | en | alias | {demonym:1} agency {name}
    agency      | en | alias | {demonym:1} state news agency {name}
    """

    /// Elisions and contractions that generated phrases go through.
    /// language | words | replacement | letters that trigger it at the next word's start (elisions)
    static let contractions = """
    fr | de le  | du
    fr | de les | des
    fr | de     | d’ | a, e, i, o, u, y   # folded letters: “Égypte” starts with e
    """
}
