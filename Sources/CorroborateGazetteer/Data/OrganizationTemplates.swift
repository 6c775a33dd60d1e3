extension GazetteerData {
    /// Institutions every state has, instantiated for each country of `templateCountries`
    /// as "org:<country>-<suffix>" ("org:russia-ministry-foreign-affairs"). {demonym} takes
    /// each demonym of the country ({demonym:2}: the second form, the French feminine
    /// singular, for the display name), {country} each of its names. The first form with
    /// the preferred slot values is the display name; the others are indexed.
    /// An organization row may stand for one of these (the Kremlin for Russia's presidency).
    /// key suffix | kind | French forms | English forms
    static let organizationTemplates = """
    presidency | government | présidence {demonym:2} | {demonym} presidency, presidency of {country}
    government | government | gouvernement {demonym}, exécutif {demonym} | {demonym} government, {country}’s government, government of {country}
    ministry-foreign-affairs | ministry | ministère {demonym} des Affaires étrangères, ministère des Affaires étrangères {demonym}, diplomatie {demonym:2} | {demonym} Foreign Ministry, {country}’s Foreign Ministry, {demonym} Ministry of Foreign Affairs, Foreign Ministry of {country}, Ministry of Foreign Affairs of {country}
    ministry-defense | ministry | ministère {demonym} de la Défense, ministère de la Défense {demonym} | {demonym} Defense Ministry, {demonym} Defence Ministry, {country}’s Defense Ministry, {country}’s Defence Ministry, {demonym} Ministry of Defense, {demonym} Ministry of Defence, Ministry of Defense of {country}
    ministry-interior | ministry | ministère {demonym} de l’Intérieur, ministère de l’Intérieur {demonym} | {demonym} Interior Ministry, {country}’s Interior Ministry, {demonym} Ministry of Internal Affairs, {demonym} Ministry of the Interior
    ministry-justice | ministry | ministère {demonym} de la Justice, ministère de la Justice {demonym} | {demonym} Justice Ministry, {country}’s Justice Ministry, {demonym} Ministry of Justice
    ministry-health | ministry | ministère {demonym} de la Santé, ministère de la Santé {demonym} | {demonym} Health Ministry, {country}’s Health Ministry, {demonym} Ministry of Health
    ministry-economy | ministry | ministère {demonym} de l’Économie, ministère {demonym} des Finances | {demonym} Finance Ministry, {demonym} Economy Ministry, {country}’s Finance Ministry, {demonym} Ministry of Finance
    army | military | armée {demonym:2}, forces armées {demonym:4} | {demonym} army, {demonym} military, {demonym} armed forces, {country}’s army, {country}’s military
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
