extension GazetteerData {
    /// French cities, big and mid-sized, and prefectures; parents are the departments of
    /// RegionsFrance (Paris, its own department, hangs on its region). Same layout as `cities`.
    /// key | parent | French names | English names
    static let citiesFrance = """
    paris | ile-de-france | Paris | Paris
    marseille | bouches-du-rhone | Marseille | Marseille, Marseilles
    lyon | rhone | Lyon | Lyon, Lyons
    toulouse | haute-garonne | Toulouse |
    nice | alpes-maritimes | Nice |
    nantes | loire-atlantique | Nantes |
    montpellier | herault | Montpellier |
    strasbourg | bas-rhin | Strasbourg |
    bordeaux | gironde | Bordeaux |
    lille | nord | Lille |
    rennes | ille-et-vilaine | Rennes |
    reims | marne | Reims |
    toulon | var | Toulon |
    saint-etienne | loire | Saint-Étienne |
    le-havre | seine-maritime | Le Havre |
    grenoble | isere | Grenoble |
    dijon | cote-d-or | Dijon |
    angers | maine-et-loire | Angers |
    nimes | gard | Nîmes |
    villeurbanne | rhone | Villeurbanne |
    clermont-ferrand | puy-de-dome | Clermont-Ferrand |
    le-mans | sarthe | Le Mans |
    aix-en-provence | bouches-du-rhone | Aix-en-Provence, Aix |
    brest | finistere | Brest |
    tours | indre-et-loire | Tours |
    amiens | somme | Amiens |
    limoges | haute-vienne | Limoges |
    annecy | haute-savoie | Annecy |
    perpignan | pyrenees-orientales | Perpignan |
    boulogne-billancourt | hauts-de-seine | Boulogne-Billancourt |
    metz | moselle | Metz |
    besancon | doubs | Besançon |
    orleans | loiret | Orléans |
    rouen | seine-maritime | Rouen |
    saint-denis-93 | seine-saint-denis | Saint-Denis |
    argenteuil | val-d-oise | Argenteuil |
    montreuil | seine-saint-denis | Montreuil |
    mulhouse | haut-rhin | Mulhouse |
    caen | calvados | Caen |
    nancy | meurthe-et-moselle | Nancy |
    tourcoing | nord | Tourcoing |
    roubaix | nord | Roubaix |
    nanterre | hauts-de-seine | Nanterre |
    vitry-sur-seine | val-de-marne | Vitry-sur-Seine |
    avignon | vaucluse | Avignon |
    creteil | val-de-marne | Créteil |
    poitiers | vienne-department | Poitiers |
    dunkirk | nord | Dunkerque | Dunkirk
    aubervilliers | seine-saint-denis | Aubervilliers |
    versailles | yvelines | Versailles |
    aulnay-sous-bois | seine-saint-denis | Aulnay-sous-Bois |
    asnieres-sur-seine | hauts-de-seine | Asnières-sur-Seine, Asnières |
    colombes | hauts-de-seine | Colombes |
    pau | pyrenees-atlantiques | Pau |
    rueil-malmaison | hauts-de-seine | Rueil-Malmaison |
    champigny-sur-marne | val-de-marne | Champigny-sur-Marne |
    antibes | alpes-maritimes | Antibes |
    beziers | herault | Béziers |
    la-rochelle | charente-maritime | La Rochelle |
    saint-maur-des-fosses | val-de-marne | Saint-Maur-des-Fossés |
    cannes | alpes-maritimes | Cannes |
    calais | pas-de-calais | Calais |
    saint-nazaire | loire-atlantique | Saint-Nazaire |
    merignac | gironde | Mérignac |
    drancy | seine-saint-denis | Drancy |
    colmar | haut-rhin | Colmar |
    ajaccio | corse-du-sud | Ajaccio |
    bourges | cher | Bourges |
    issy-les-moulineaux | hauts-de-seine | Issy-les-Moulineaux |
    levallois-perret | hauts-de-seine | Levallois-Perret, Levallois |
    la-seyne-sur-mer | var | La Seyne-sur-Mer |
    quimper | finistere | Quimper |
    noisy-le-grand | seine-saint-denis | Noisy-le-Grand |
    villeneuve-d-ascq | nord | Villeneuve-d’Ascq |
    neuilly-sur-seine | hauts-de-seine | Neuilly-sur-Seine, Neuilly |
    valence-france | drome | Valence |
    antony | hauts-de-seine | Antony |
    cergy | val-d-oise | Cergy, Cergy-Pontoise |
    venissieux | rhone | Vénissieux |
    pessac | gironde | Pessac |
    troyes | aube | Troyes |
    clichy | hauts-de-seine | Clichy |
    ivry-sur-seine | val-de-marne | Ivry-sur-Seine, Ivry |
    chambery | savoie | Chambéry |
    lorient | morbihan | Lorient |
    montauban | tarn-et-garonne | Montauban |
    sarcelles | val-d-oise | Sarcelles |
    niort | deux-sevres | Niort |
    villejuif | val-de-marne | Villejuif |
    hyeres | var | Hyères |
    saint-quentin | aisne | Saint-Quentin |
    beauvais | oise | Beauvais |
    epinay-sur-seine | seine-saint-denis | Épinay-sur-Seine |
    cayenne | french-guiana | Cayenne |
    maisons-alfort | val-de-marne | Maisons-Alfort |
    cholet | maine-et-loire | Cholet |
    meaux | seine-et-marne | Meaux |
    chelles | seine-et-marne | Chelles |
    pantin | seine-saint-denis | Pantin |
    evry | essonne | Évry, Évry-Courcouronnes |
    fontenay-sous-bois | val-de-marne | Fontenay-sous-Bois |
    frejus | var | Fréjus |
    vannes | morbihan | Vannes |
    bondy | seine-saint-denis | Bondy |
    la-roche-sur-yon | vendee | La Roche-sur-Yon |
    arles | bouches-du-rhone | Arles |
    clamart | hauts-de-seine | Clamart |
    narbonne | aude | Narbonne |
    annemasse | haute-savoie | Annemasse |
    sartrouville | yvelines | Sartrouville |
    grasse | alpes-maritimes | Grasse |
    laval | mayenne | Laval |
    belfort | territoire-de-belfort | Belfort |
    bayonne | pyrenees-atlantiques | Bayonne |
    evreux | eure | Évreux |
    vincennes | val-de-marne | Vincennes |
    montrouge | hauts-de-seine | Montrouge |
    sevran | seine-saint-denis | Sevran |
    albi | tarn | Albi |
    charleville-mezieres | ardennes | Charleville-Mézières |
    suresnes | hauts-de-seine | Suresnes |
    martigues | bouches-du-rhone | Martigues |
    corbeil-essonnes | essonne | Corbeil-Essonnes |
    saint-ouen | seine-saint-denis | Saint-Ouen, Saint-Ouen-sur-Seine |
    bastia | haute-corse | Bastia |
    chalon-sur-saone | saone-et-loire | Chalon-sur-Saône |
    blois | loir-et-cher | Blois |
    angouleme | charente | Angoulême |
    brive-la-gaillarde | correze | Brive-la-Gaillarde, Brive |
    chateauroux | indre | Châteauroux |
    valenciennes | nord | Valenciennes |
    agen | lot-et-garonne | Agen |
    auxerre | yonne | Auxerre |
    carcassonne | aude | Carcassonne |
    tarbes | hautes-pyrenees | Tarbes |
    perigueux | dordogne | Périgueux |
    macon | saone-et-loire | Mâcon |
    nevers | nievre | Nevers |
    chartres | eure-et-loir | Chartres |
    cherbourg | manche | Cherbourg, Cherbourg-en-Cotentin |
    saint-brieuc | cotes-d-armor | Saint-Brieuc |
    saint-malo | ille-et-vilaine | Saint-Malo |
    lens | pas-de-calais | Lens |
    douai | nord | Douai |
    arras | pas-de-calais | Arras |
    compiegne | oise | Compiègne |
    epinal | vosges | Épinal |
    bourg-en-bresse | ain | Bourg-en-Bresse |
    vichy | allier | Vichy |
    moulins | allier | Moulins |
    montlucon | allier | Montluçon |
    ales | gard | Alès |
    sete | herault | Sète |
    gap | hautes-alpes | Gap |
    digne-les-bains | alpes-de-haute-provence | Digne-les-Bains, Digne |
    mont-de-marsan | landes | Mont-de-Marsan |
    dax | landes | Dax |
    biarritz | pyrenees-atlantiques | Biarritz |
    lourdes | hautes-pyrenees | Lourdes |
    rodez | aveyron | Rodez |
    millau | aveyron | Millau |
    cahors | lot | Cahors |
    aurillac | cantal | Aurillac |
    le-puy-en-velay | haute-loire | Le Puy-en-Velay, Le Puy |
    mende | lozere | Mende |
    gueret | creuse | Guéret |
    tulle | correze | Tulle |
    chalons-en-champagne | marne | Châlons-en-Champagne |
    chaumont | haute-marne | Chaumont |
    bar-le-duc | meuse | Bar-le-Duc |
    verdun | meuse | Verdun |
    thionville | moselle | Thionville |
    forbach | moselle | Forbach |
    haguenau | bas-rhin | Haguenau |
    vesoul | haute-saone | Vesoul |
    lons-le-saunier | jura | Lons-le-Saunier |
    montbeliard | doubs | Montbéliard |
    saint-lo | manche | Saint-Lô |
    alencon | orne | Alençon |
    lisieux | calvados | Lisieux |
    dieppe | seine-maritime | Dieppe |
    laon | aisne | Laon |
    soissons | aisne | Soissons |
    cambrai | nord | Cambrai |
    maubeuge | nord | Maubeuge |
    boulogne-sur-mer | pas-de-calais | Boulogne-sur-Mer |
    melun | seine-et-marne | Melun |
    fontainebleau | seine-et-marne | Fontainebleau |
    mantes-la-jolie | yvelines | Mantes-la-Jolie |
    saint-germain-en-laye | yvelines | Saint-Germain-en-Laye |
    pontoise | val-d-oise | Pontoise |
    bobigny | seine-saint-denis | Bobigny |
    dreux | eure-et-loir | Dreux |
    saumur | maine-et-loire | Saumur |
    chatellerault | vienne-department | Châtellerault |
    les-sables-d-olonne | vendee | Les Sables-d’Olonne |
    rochefort | charente-maritime | Rochefort |
    saintes | charente-maritime | Saintes |
    cognac | charente | Cognac |
    arcachon | gironde | Arcachon |
    libourne | gironde | Libourne |
    bergerac | dordogne | Bergerac |
    castres | tarn | Castres |
    foix | ariege | Foix |
    auch | gers | Auch |
    privas | ardeche | Privas |
    draguignan | var | Draguignan |
    salon-de-provence | bouches-du-rhone | Salon-de-Provence |
    aubagne | bouches-du-rhone | Aubagne |
    menton | alpes-maritimes | Menton |
    saint-tropez | var | Saint-Tropez |
    calvi | haute-corse | Calvi |
    porto-vecchio | corse-du-sud | Porto-Vecchio |
    noumea | new-caledonia | Nouméa | Nouméa, Noumea
    papeete | french-polynesia | Papeete |
    fort-de-france | martinique | Fort-de-France |
    pointe-a-pitre | guadeloupe | Pointe-à-Pitre |
    basse-terre | guadeloupe | Basse-Terre |
    mamoudzou | mayotte | Mamoudzou |
    saint-pierre-reunion | reunion | Saint-Pierre |
    """
}
