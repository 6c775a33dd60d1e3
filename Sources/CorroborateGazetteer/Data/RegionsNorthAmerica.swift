extension GazetteerData {
    /// The states of the United States and the District of Columbia, and Canada's provinces.
    /// Same layout as `regions`; English names only where they differ from the French.
    /// key | parent | kind | French names | English names
    static let regionsNorthAmerica = """
    alabama | united-states | state | Alabama |
    alaska | united-states | state | Alaska |
    arizona | united-states | state | Arizona |
    arkansas | united-states | state | Arkansas |
    california | united-states | state | Californie | California
    colorado | united-states | state | Colorado |
    connecticut | united-states | state | Connecticut |
    delaware | united-states | state | Delaware |
    florida | united-states | state | Floride | Florida
    georgia-us | united-states | state | Géorgie | Georgia
    hawaii | united-states | state | Hawaï | Hawaii
    idaho | united-states | state | Idaho |
    illinois | united-states | state | Illinois |
    indiana | united-states | state | Indiana |
    iowa | united-states | state | Iowa |
    kansas | united-states | state | Kansas |
    kentucky | united-states | state | Kentucky |
    louisiana | united-states | state | Louisiane | Louisiana
    maine | united-states | state | Maine |
    maryland | united-states | state | Maryland |
    massachusetts | united-states | state | Massachusetts |
    michigan | united-states | state | Michigan |
    minnesota | united-states | state | Minnesota |
    mississippi | united-states | state | Mississippi |
    missouri | united-states | state | Missouri |
    montana | united-states | state | Montana |
    nebraska | united-states | state | Nebraska |
    nevada | united-states | state | Nevada |
    new-hampshire | united-states | state | New Hampshire |
    new-jersey | united-states | state | New Jersey |
    new-mexico | united-states | state | Nouveau-Mexique | New Mexico
    new-york-state | united-states | state | État de New York | New York State
    north-carolina | united-states | state | Caroline du Nord | North Carolina
    north-dakota | united-states | state | Dakota du Nord | North Dakota
    ohio | united-states | state | Ohio |
    oklahoma | united-states | state | Oklahoma |
    oregon | united-states | state | Oregon |
    pennsylvania | united-states | state | Pennsylvanie | Pennsylvania
    rhode-island | united-states | state | Rhode Island |
    south-carolina | united-states | state | Caroline du Sud | South Carolina
    south-dakota | united-states | state | Dakota du Sud | South Dakota
    tennessee | united-states | state | Tennessee |
    texas | united-states | state | Texas |
    utah | united-states | state | Utah |
    vermont | united-states | state | Vermont |
    virginia | united-states | state | Virginie | Virginia
    washington-state | united-states | state | État de Washington | Washington State
    west-virginia | united-states | state | Virginie-Occidentale | West Virginia
    wisconsin | united-states | state | Wisconsin |
    wyoming | united-states | state | Wyoming |
    district-of-columbia | united-states | district | district de Columbia | District of Columbia, D.C.
    puerto-rico | united-states | territory | Porto Rico | Puerto Rico
    # Canada (kind region: "province de …" forms are not generated for them)
    quebec | canada | region | Québec | Quebec
    ontario | canada | region | Ontario |
    alberta | canada | region | Alberta |
    british-columbia | canada | region | Colombie-Britannique | British Columbia
    manitoba | canada | region | Manitoba |
    saskatchewan | canada | region | Saskatchewan |
    nova-scotia | canada | region | Nouvelle-Écosse | Nova Scotia
    new-brunswick | canada | region | Nouveau-Brunswick | New Brunswick
    """
}
