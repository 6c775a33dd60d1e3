extension GazetteerData {
    /// France's regions, overseas regions and collectivities, and departments (Paris is a
    /// city in Cities). Same layout as `regions`; English names only where they differ.
    /// key | parent | kind | French names | English names
    static let regionsFrance = """
    ile-de-france | france | region | Île-de-France, région parisienne | Île-de-France, Ile-de-France, Paris region
    auvergne-rhone-alpes | france | region | Auvergne-Rhône-Alpes |
    bourgogne-franche-comte | france | region | Bourgogne-Franche-Comté |
    brittany | france | region | Bretagne | Brittany
    centre-val-de-loire | france | region | Centre-Val de Loire |
    corsica | france | region | Corse | Corsica
    grand-est | france | region | Grand Est, Grand-Est |
    hauts-de-france | france | region | Hauts-de-France |
    normandy | france | region | Normandie | Normandy
    nouvelle-aquitaine | france | region | Nouvelle-Aquitaine |
    occitanie | france | region | Occitanie | Occitania, Occitanie
    pays-de-la-loire | france | region | Pays de la Loire |
    provence-alpes-cote-d-azur | france | region | Provence-Alpes-Côte d’Azur, PACA, région Sud |
    # Historical provinces still named
    alsace | grand-est | region | Alsace |
    lorraine | grand-est | region | Lorraine |
    provence | provence-alpes-cote-d-azur | region | Provence |
    cote-d-azur | provence-alpes-cote-d-azur | region | Côte d’Azur | French Riviera, Côte d’Azur
    # Overseas
    guadeloupe | france | overseas-region | Guadeloupe |
    martinique | france | overseas-region | Martinique |
    french-guiana | france | overseas-region | Guyane, Guyane française | French Guiana
    reunion | france | overseas-region | La Réunion, île de la Réunion | Réunion, Reunion
    mayotte | france | overseas-region | Mayotte |
    new-caledonia | france | collectivity | Nouvelle-Calédonie | New Caledonia
    french-polynesia | france | collectivity | Polynésie française, Polynésie | French Polynesia
    saint-pierre-and-miquelon | france | collectivity | Saint-Pierre-et-Miquelon | Saint Pierre and Miquelon
    wallis-and-futuna | france | collectivity | Wallis-et-Futuna | Wallis and Futuna
    saint-barthelemy | france | collectivity | Saint-Barthélemy, Saint-Barth | Saint Barthélemy, St. Barts
    saint-martin-france | france | collectivity | Saint-Martin | Saint Martin

    # Departments
    ain | auvergne-rhone-alpes | department | Ain |
    aisne | hauts-de-france | department | Aisne |
    allier | auvergne-rhone-alpes | department | Allier |
    alpes-de-haute-provence | provence-alpes-cote-d-azur | department | Alpes-de-Haute-Provence |
    hautes-alpes | provence-alpes-cote-d-azur | department | Hautes-Alpes |
    alpes-maritimes | provence-alpes-cote-d-azur | department | Alpes-Maritimes |
    ardeche | auvergne-rhone-alpes | department | Ardèche |
    ardennes | grand-est | department | Ardennes |
    ariege | occitanie | department | Ariège |
    aube | grand-est | department | Aube |
    aude | occitanie | department | Aude |
    aveyron | occitanie | department | Aveyron |
    bouches-du-rhone | provence-alpes-cote-d-azur | department | Bouches-du-Rhône |
    calvados | normandy | department | Calvados |
    cantal | auvergne-rhone-alpes | department | Cantal |
    charente | nouvelle-aquitaine | department | Charente |
    charente-maritime | nouvelle-aquitaine | department | Charente-Maritime |
    cher | centre-val-de-loire | department | Cher |
    correze | nouvelle-aquitaine | department | Corrèze |
    corse-du-sud | corsica | department | Corse-du-Sud |
    haute-corse | corsica | department | Haute-Corse |
    cote-d-or | bourgogne-franche-comte | department | Côte-d’Or |
    cotes-d-armor | brittany | department | Côtes-d’Armor |
    creuse | nouvelle-aquitaine | department | Creuse |
    dordogne | nouvelle-aquitaine | department | Dordogne |
    doubs | bourgogne-franche-comte | department | Doubs |
    drome | auvergne-rhone-alpes | department | Drôme |
    eure | normandy | department | Eure |
    eure-et-loir | centre-val-de-loire | department | Eure-et-Loir |
    finistere | brittany | department | Finistère |
    gard | occitanie | department | Gard |
    haute-garonne | occitanie | department | Haute-Garonne |
    gers | occitanie | department | Gers |
    gironde | nouvelle-aquitaine | department | Gironde |
    herault | occitanie | department | Hérault |
    ille-et-vilaine | brittany | department | Ille-et-Vilaine |
    indre | centre-val-de-loire | department | Indre |
    indre-et-loire | centre-val-de-loire | department | Indre-et-Loire |
    isere | auvergne-rhone-alpes | department | Isère |
    jura | bourgogne-franche-comte | department | Jura |
    landes | nouvelle-aquitaine | department | Landes |
    loir-et-cher | centre-val-de-loire | department | Loir-et-Cher |
    loire | auvergne-rhone-alpes | department | Loire |
    haute-loire | auvergne-rhone-alpes | department | Haute-Loire |
    loire-atlantique | pays-de-la-loire | department | Loire-Atlantique |
    loiret | centre-val-de-loire | department | Loiret |
    lot | occitanie | department | Lot |
    lot-et-garonne | nouvelle-aquitaine | department | Lot-et-Garonne |
    lozere | occitanie | department | Lozère |
    maine-et-loire | pays-de-la-loire | department | Maine-et-Loire |
    manche | normandy | department | Manche |
    marne | grand-est | department | Marne |
    haute-marne | grand-est | department | Haute-Marne |
    mayenne | pays-de-la-loire | department | Mayenne |
    meurthe-et-moselle | grand-est | department | Meurthe-et-Moselle |
    meuse | grand-est | department | Meuse |
    morbihan | brittany | department | Morbihan |
    moselle | grand-est | department | Moselle |
    nievre | bourgogne-franche-comte | department | Nièvre |
    nord | hauts-de-france | department | Nord |
    oise | hauts-de-france | department | Oise |
    orne | normandy | department | Orne |
    pas-de-calais | hauts-de-france | department | Pas-de-Calais |
    puy-de-dome | auvergne-rhone-alpes | department | Puy-de-Dôme |
    pyrenees-atlantiques | nouvelle-aquitaine | department | Pyrénées-Atlantiques |
    hautes-pyrenees | occitanie | department | Hautes-Pyrénées |
    pyrenees-orientales | occitanie | department | Pyrénées-Orientales |
    bas-rhin | grand-est | department | Bas-Rhin |
    haut-rhin | grand-est | department | Haut-Rhin |
    rhone | auvergne-rhone-alpes | department | Rhône |
    haute-saone | bourgogne-franche-comte | department | Haute-Saône |
    saone-et-loire | bourgogne-franche-comte | department | Saône-et-Loire |
    sarthe | pays-de-la-loire | department | Sarthe |
    savoie | auvergne-rhone-alpes | department | Savoie | Savoy, Savoie
    haute-savoie | auvergne-rhone-alpes | department | Haute-Savoie |
    seine-maritime | normandy | department | Seine-Maritime |
    seine-et-marne | ile-de-france | department | Seine-et-Marne |
    yvelines | ile-de-france | department | Yvelines |
    deux-sevres | nouvelle-aquitaine | department | Deux-Sèvres |
    somme | hauts-de-france | department | Somme |
    tarn | occitanie | department | Tarn |
    tarn-et-garonne | occitanie | department | Tarn-et-Garonne |
    var | provence-alpes-cote-d-azur | department | Var |
    vaucluse | provence-alpes-cote-d-azur | department | Vaucluse |
    vendee | pays-de-la-loire | department | Vendée |
    vienne-department | nouvelle-aquitaine | department | Vienne |
    haute-vienne | nouvelle-aquitaine | department | Haute-Vienne |
    vosges | grand-est | department | Vosges |
    yonne | bourgogne-franche-comte | department | Yonne |
    territoire-de-belfort | bourgogne-franche-comte | department | Territoire de Belfort |
    essonne | ile-de-france | department | Essonne |
    hauts-de-seine | ile-de-france | department | Hauts-de-Seine |
    seine-saint-denis | ile-de-france | department | Seine-Saint-Denis |
    val-de-marne | ile-de-france | department | Val-de-Marne |
    val-d-oise | ile-de-france | department | Val-d’Oise |
    """
}
