extension GazetteerData {
    /// Sites: airports, military bases, prisons, camps, crossings, squares, landmarks and
    /// plants that news names as places. Same layout as `regions`.
    /// key | parent | kind | French names | English names
    static let sites = """
    # Airports
    damascus-airport | damascus | airport | aéroport international de Damas, aéroport de Damas | Damascus International Airport, Damascus airport
    aleppo-airport | aleppo | airport | aéroport international d’Alep, aéroport d’Alep | Aleppo International Airport, Aleppo airport
    beirut-airport | beirut | airport | aéroport international Rafic-Hariri, aéroport de Beyrouth | Beirut–Rafic Hariri International Airport, Rafic Hariri International Airport, Beirut airport
    vnukovo-airport | moscow | airport | aéroport de Vnoukovo, Vnoukovo | Vnukovo Airport, Vnukovo
    sheremetyevo-airport | moscow | airport | aéroport de Cheremetievo, Cheremetievo | Sheremetyevo Airport, Sheremetyevo
    domodedovo-airport | moscow | airport | aéroport de Domodedovo, Domodedovo | Domodedovo Airport, Domodedovo
    charles-de-gaulle-airport | val-d-oise | airport | aéroport Roissy-Charles-de-Gaulle, aéroport Charles-de-Gaulle, Roissy-Charles-de-Gaulle, Roissy | Paris-Charles de Gaulle Airport, Charles de Gaulle Airport, CDG
    orly-airport | val-de-marne | airport | aéroport d’Orly, Orly | Orly Airport, Orly
    ben-gurion-airport | israel | airport | aéroport Ben Gourion, aéroport international Ben Gourion | Ben Gurion Airport, Ben Gurion International Airport
    heathrow-airport | london | airport | aéroport d’Heathrow, Heathrow | Heathrow Airport, Heathrow
    jfk-airport | new-york | airport | aéroport JFK, aéroport John-F.-Kennedy | JFK Airport, John F. Kennedy International Airport
    boryspil-airport | kyiv-oblast | airport | aéroport de Boryspil | Boryspil Airport
    istanbul-airport | istanbul | airport | aéroport d’Istanbul | Istanbul Airport
    kabul-airport | kabul | airport | aéroport de Kaboul, aéroport international Hamid-Karzaï | Kabul airport, Hamid Karzai International Airport

    # Military bases
    hmeimim-air-base | latakia-governorate | base | base aérienne de Hmeimim, base de Hmeimim, Hmeimim, Hmeymim, Khmeimim | Hmeimim air base, Hmeimim base, Hmeymim air base, Khmeimim air base, Hmeimim, Hmeymim, Khmeimim
    tartus-naval-base | tartus | base | base navale de Tartous, base navale russe de Tartous | Tartus naval base, Tartus naval facility
    mezzeh-air-base | damascus | base | aéroport militaire de Mazzeh, base aérienne de Mazzeh | Mezzeh military airport, Mezzeh air base
    shayrat-air-base | homs-governorate | base | base aérienne d’al-Chayrat, base de Chayrat | Shayrat air base, Shayrat airbase
    al-tanf | homs-governorate | base | base d’al-Tanf, al-Tanf | al-Tanf garrison, al-Tanf base, al-Tanf
    incirlik-air-base | turkey | base | base aérienne d’Incirlik, base d’Incirlik | Incirlik Air Base, Incirlik
    al-udeid-air-base | qatar | base | base aérienne d’Al-Udeid, base d’Al-Udeid | Al Udeid Air Base
    ramstein-air-base | germany | base | base aérienne de Ramstein, base de Ramstein | Ramstein Air Base
    guantanamo | cuba | base | Guantánamo, Guantanamo, base de Guantánamo, prison de Guantánamo | Guantanamo Bay, Guantánamo, Guantanamo

    # Prisons and camps
    saydnaya-prison | rif-dimashq-governorate | prison | prison de Saydnaya, prison militaire de Saydnaya, prison de Sednaya | Saydnaya prison, Saydnaya military prison, Sednaya prison
    fresnes-prison | val-de-marne | prison | prison de Fresnes | Fresnes prison
    fleury-merogis-prison | essonne | prison | prison de Fleury-Mérogis, maison d’arrêt de Fleury-Mérogis | Fleury-Mérogis prison
    la-sante-prison | paris | prison | prison de la Santé | La Santé prison
    evin-prison | tehran | prison | prison d’Evin | Evin prison
    abu-ghraib-prison | iraq | prison | prison d’Abou Ghraib | Abu Ghraib prison
    al-hol-camp | hasakah-governorate | camp | camp d’al-Hol, camp d’Al-Hol | al-Hol camp
    zaatari-camp | jordan | camp | camp de Zaatari | Zaatari camp
    rafah-crossing | rafah | crossing | point de passage de Rafah, terminal de Rafah | Rafah crossing
    bab-al-hawa-crossing | idlib-governorate | crossing | poste-frontière de Bab al-Hawa, Bab al-Hawa | Bab al-Hawa crossing, Bab al-Hawa

    # Squares, streets and landmarks
    place-de-la-concorde | paris | square | place de la Concorde | Place de la Concorde
    place-de-la-republique | paris | square | place de la République | Place de la République
    place-de-la-bastille | paris | square | place de la Bastille, Bastille | Place de la Bastille, Bastille
    place-de-la-nation | paris | square | place de la Nation | Place de la Nation
    place-d-italie | paris | square | place d’Italie | Place d’Italie
    place-vauban | paris | square | place Vauban | Place Vauban
    les-invalides | paris | site | Invalides, esplanade des Invalides, hôtel des Invalides | Les Invalides
    champs-elysees | paris | street | Champs-Élysées, avenue des Champs-Élysées | Champs-Élysées, Champs-Elysees
    eiffel-tower | paris | site | tour Eiffel | Eiffel Tower
    notre-dame-de-paris | paris | site | Notre-Dame de Paris, cathédrale Notre-Dame | Notre-Dame Cathedral, Notre-Dame de Paris
    stade-de-france | saint-denis-93 | site | Stade de France | Stade de France
    maidan | kyiv | square | Maïdan, place de l’Indépendance | Maidan, Independence Square, Maidan Nezalezhnosti
    tahrir-square | cairo | square | place Tahrir | Tahrir Square
    umayyad-square | damascus | square | place des Omeyyades | Umayyad Square
    umayyad-mosque | damascus | site | mosquée des Omeyyades | Umayyad Mosque
    mount-qasioun | damascus | site | mont Qassioun | Mount Qasioun
    red-square | moscow | square | place Rouge | Red Square
    trafalgar-square | london | square | Trafalgar Square | Trafalgar Square
    times-square | new-york | square | Times Square | Times Square
    al-aqsa | east-jerusalem | site | mosquée al-Aqsa, al-Aqsa, esplanade des Mosquées, mont du Temple | Al-Aqsa Mosque, al-Aqsa, Temple Mount
    us-capitol | washington | site | Capitole | Capitol, U.S. Capitol, Capitol Hill
    zaporizhzhia-nuclear-plant | enerhodar | plant | centrale nucléaire de Zaporijia, centrale de Zaporijia | Zaporizhzhia nuclear power plant, Zaporizhzhia Nuclear Power Plant, Zaporizhzhia plant, ZNPP
    chernobyl-nuclear-plant | chernobyl | plant | centrale nucléaire de Tchernobyl, centrale de Tchernobyl | Chernobyl nuclear power plant, Chernobyl plant
    azovstal | mariupol | plant | usine Azovstal, Azovstal | Azovstal steel plant, Azovstal
    crimean-bridge | crimea | bridge | pont de Crimée, pont de Kertch | Crimean Bridge, Kerch Bridge
    """
}
