extension GazetteerData {
    /// Institutions every state has, instantiated for each country of `templateCountries`
    /// as "org:<country>-<suffix>" ("org:russia-ministry-foreign-affairs"). {demonym:n}
    /// takes the country's n-th demonym (French: 1 masculine singular, 2 feminine singular,
    /// 4 feminine plural; English: 1 the adjective); {country} each of its names, the
    /// first in the display names.
    /// An organization row may stand for one of these (the Kremlin for Russia's presidency).
    /// key suffix | kind | French forms | English forms
    static let organizationTemplates = """
    presidency | government | présidence {demonym:2} | {demonym:1} presidency, presidency of {country}
    government | government | gouvernement {demonym:1}, exécutif {demonym:1} | {demonym:1} government, {country}’s government, government of {country}
    ministry-foreign-affairs | ministry | ministère {demonym:1} des Affaires étrangères, ministère des Affaires étrangères {demonym:1}, diplomatie {demonym:2} | {demonym:1} Foreign Ministry, {country}’s Foreign Ministry, {demonym:1} Ministry of Foreign Affairs, Foreign Ministry of {country}, Ministry of Foreign Affairs of {country}
    ministry-defense | ministry | ministère {demonym:1} de la Défense, ministère de la Défense {demonym:1} | {demonym:1} Defense Ministry, {demonym:1} Defence Ministry, {country}’s Defense Ministry, {country}’s Defence Ministry, {demonym:1} Ministry of Defense, {demonym:1} Ministry of Defence
    ministry-interior | ministry | ministère {demonym:1} de l’Intérieur, ministère de l’Intérieur {demonym:1} | {demonym:1} Interior Ministry, {country}’s Interior Ministry, {demonym:1} Ministry of Internal Affairs, {demonym:1} Ministry of the Interior
    ministry-justice | ministry | ministère {demonym:1} de la Justice, ministère de la Justice {demonym:1} | {demonym:1} Justice Ministry, {country}’s Justice Ministry, {demonym:1} Ministry of Justice
    ministry-health | ministry | ministère {demonym:1} de la Santé, ministère de la Santé {demonym:1} | {demonym:1} Health Ministry, {country}’s Health Ministry, {demonym:1} Ministry of Health
    ministry-economy | ministry | ministère {demonym:1} de l’Économie, ministère {demonym:1} des Finances | {demonym:1} Finance Ministry, {demonym:1} Economy Ministry, {country}’s Finance Ministry, {demonym:1} Ministry of Finance
    army | military | armée {demonym:2}, forces armées {demonym:4} | {demonym:1} army, {demonym:1} military, {demonym:1} armed forces, {country}’s army, {country}’s military
    """

    /// The countries the institution templates are instantiated for: those world news
    /// quotes most. Others are still found by their explicit rows or the generic ministries.
    static let templateCountries = """
    france, russia, united-states, united-kingdom, ukraine, syria, israel, iran, turkey, china
    germany, iraq, lebanon, egypt, saudi-arabia, qatar, jordan, algeria, morocco, tunisia
    italy, spain, belgium, switzerland, canada, japan, india, poland, belarus, north-korea
    south-korea, palestine, mali, niger, burkina-faso, senegal, ivory-coast, dr-congo, libya, sudan
    """
}
