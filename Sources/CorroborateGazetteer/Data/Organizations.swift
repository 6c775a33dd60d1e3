extension GazetteerData {
    /// Government bodies, institutions, international organizations, NGOs and a few big
    /// companies. The optional last column names the institution template the row stands
    /// for in its country (the Kremlin is Russia's "presidency"), whose forms it then takes.
    /// Ministries without a country are the bare forms ("ministère de l’Intérieur"), which
    /// the reader resolves from context; the per-country ones come from the templates.
    /// key | kind | country | French names | English names | template
    static let organizations = """
    # Heads of state and government
    kremlin | government | russia | Kremlin, présidence russe | Kremlin | presidency
    elysee | government | france | Élysée, palais de l’Élysée, présidence de la République | Élysée, Elysée, Élysée Palace, Elysee Palace | presidency
    matignon | government | france | Matignon, hôtel Matignon, services du Premier ministre | Matignon
    white-house | government | united-states | Maison Blanche, Maison-Blanche | White House | presidency
    downing-street | government | united-kingdom | Downing Street, 10 Downing Street | Downing Street, 10 Downing Street, Number 10
    bankova | government | ukraine | Bankova, bureau du président ukrainien, présidence ukrainienne | Bankova, Office of the President of Ukraine, Ukrainian Presidential Office | presidency
    # Ministries with a country, by their nicknames (merged into the template entries)
    france-ministry-foreign-affairs | ministry | france | Quai d’Orsay, ministère de l’Europe et des Affaires étrangères | Quai d’Orsay
    france-ministry-interior | ministry | france | place Beauvau, Beauvau | Beauvau
    france-ministry-defense | ministry | france | ministère des Armées, hôtel de Brienne | French Armed Forces Ministry, Ministry of the Armed Forces
    france-ministry-economy | ministry | france | Bercy | Bercy
    france-ministry-justice | ministry | france | Chancellerie | Chancellerie
    pentagon | ministry | united-states | Pentagone, département de la Défense | Pentagon, Department of Defense, DoD, Defense Department, Department of War, War Department | ministry-defense
    us-state-department | ministry | united-states | département d’État, Département d’État | State Department, Department of State, U.S. State Department, US State Department | ministry-foreign-affairs
    us-treasury | ministry | united-states | Trésor américain, département du Trésor | Treasury, Treasury Department, U.S. Treasury, US Treasury
    us-justice-department | ministry | united-states | département de la Justice, ministère américain de la Justice | Justice Department, Department of Justice, DOJ | ministry-justice
    us-homeland-security | ministry | united-states | département de la Sécurité intérieure | Department of Homeland Security, Homeland Security, DHS
    uk-foreign-office | ministry | united-kingdom | Foreign Office | Foreign Office, FCDO | ministry-foreign-affairs
    uk-home-office | ministry | united-kingdom | Home Office | Home Office | ministry-interior
    # Generic ministries (no country)
    ministry-foreign-affairs | ministry | | ministère des Affaires étrangères, ministère des Affaires Étrangères | Foreign Ministry, Ministry of Foreign Affairs, foreign ministry
    ministry-interior | ministry | | ministère de l’Intérieur | Interior Ministry, Ministry of the Interior, Ministry of Internal Affairs
    ministry-defense | ministry | | ministère de la Défense | Defense Ministry, Defence Ministry, Ministry of Defense, Ministry of Defence
    ministry-justice | ministry | | ministère de la Justice | Justice Ministry, Ministry of Justice
    ministry-health | ministry | | ministère de la Santé | Health Ministry, Ministry of Health
    ministry-economy | ministry | | ministère de l’Économie, ministère de l’Économie et des Finances, ministère des Finances | Finance Ministry, Ministry of Finance, Economy Ministry, Ministry of Economy
    ministry-education | ministry | | ministère de l’Éducation nationale, ministère de l’Éducation | Education Ministry, Ministry of Education
    ministry-labour | ministry | | ministère du Travail | Labour Ministry, Labor Ministry, Ministry of Labour, Ministry of Labor
    ministry-culture | ministry | | ministère de la Culture | Culture Ministry, Ministry of Culture
    ministry-transport | ministry | | ministère des Transports | Transport Ministry, Ministry of Transport
    ministry-agriculture | ministry | | ministère de l’Agriculture | Agriculture Ministry, Ministry of Agriculture
    ministry-emergencies | ministry | | ministère des Situations d’urgence | Emergencies Ministry, Emergency Situations Ministry, Ministry of Emergency Situations
    # French state bodies
    french-government | government | france | gouvernement français | French government | government
    prefecture-de-police | government | france | préfecture de police, préfecture de police de Paris, Préfecture de police | Paris police prefecture, Paris Police Prefecture, Paris police headquarters
    assemblee-nationale | institution | france | Assemblée nationale, Assemblée, Palais-Bourbon | National Assembly, French National Assembly
    senat-france | institution | france | Sénat, Palais du Luxembourg | French Senate
    conseil-constitutionnel | institution | france | Conseil constitutionnel | Constitutional Council
    conseil-d-etat | institution | france | Conseil d’État | Council of State, Conseil d’Etat
    cour-des-comptes | institution | france | Cour des comptes | Court of Audit, Cour des comptes
    cour-de-cassation | institution | france | Cour de cassation | Court of Cassation
    parquet-national-antiterroriste | institution | france | parquet national antiterroriste, PNAT | French anti-terrorism prosecutor’s office, PNAT
    dgsi | institution | france | DGSI, Direction générale de la sécurité intérieure | DGSI
    dgse | institution | france | DGSE, Direction générale de la sécurité extérieure | DGSE
    insee | institution | france | Insee, INSEE | INSEE, Insee
    banque-de-france | institution | france | Banque de France | Bank of France, Banque de France
    police-nationale | institution | france | police nationale | French police, national police
    gendarmerie | institution | france | gendarmerie, Gendarmerie nationale | Gendarmerie, French gendarmerie
    # Russian state bodies
    duma | institution | russia | Douma, Douma d’État | Duma, State Duma
    federation-council | institution | russia | Conseil de la Fédération | Federation Council
    fsb | institution | russia | FSB | FSB, Federal Security Service
    svr | institution | russia | SVR | SVR
    gru | military | russia | GRU | GRU
    roscosmos | institution | russia | Roscosmos | Roscosmos
    rosaviatsia | institution | russia | Rosaviatsia | Rosaviatsia
    russian-investigative-committee | institution | russia | Comité d’enquête russe, Comité d’enquête | Investigative Committee
    # American state bodies
    us-congress | institution | united-states | Congrès, Congrès américain | Congress, U.S. Congress, US Congress
    us-senate | institution | united-states | Sénat américain | Senate, U.S. Senate, US Senate
    us-house | institution | united-states | Chambre des représentants | House of Representatives
    us-supreme-court | institution | united-states | Cour suprême des États-Unis, Cour suprême américaine | U.S. Supreme Court, US Supreme Court, Supreme Court
    cia | institution | united-states | CIA | CIA, Central Intelligence Agency
    fbi | institution | united-states | FBI | FBI, Federal Bureau of Investigation
    nsa | institution | united-states | NSA | NSA, National Security Agency
    usgs | institution | united-states | USGS, Institut d’études géologiques des États-Unis | USGS, U.S. Geological Survey, US Geological Survey, United States Geological Survey
    nasa | institution | united-states | NASA, Nasa | NASA
    federal-reserve | institution | united-states | Réserve fédérale, Fed | Federal Reserve, Fed
    faa | institution | united-states | FAA | FAA, Federal Aviation Administration
    # Other states' bodies
    uk-parliament | institution | united-kingdom | Parlement britannique, Chambre des communes | British Parliament, UK Parliament, House of Commons
    bundestag | institution | germany | Bundestag | Bundestag
    knesset | institution | israel | Knesset | Knesset
    verkhovna-rada | institution | ukraine | Rada, Verkhovna Rada, Parlement ukrainien | Verkhovna Rada, Rada, Ukrainian parliament
    hur | military | ukraine | renseignement militaire ukrainien, GUR, HUR | Defence Intelligence of Ukraine, Defense Intelligence of Ukraine, HUR, GUR, Ukrainian military intelligence
    sbu | institution | ukraine | SBU | SBU, Security Service of Ukraine
    mossad | institution | israel | Mossad | Mossad
    shin-bet | institution | israel | Shin Bet | Shin Bet
    idf | military | israel | armée israélienne, Tsahal | Israel Defense Forces, IDF, Israeli military, Israeli army | army
    irgc | military | iran | Gardiens de la révolution, Corps des Gardiens de la révolution islamique, pasdarans | Islamic Revolutionary Guard Corps, IRGC, Revolutionary Guards
    syrian-military-operations-command | military | syria | Commandement des opérations militaires, commandement des opérations militaires | Military Operations Command, military operations command
    # International organizations
    united-nations | international | | ONU, Nations unies, Nations Unies, Organisation des Nations unies | UN, U.N., United Nations
    un-security-council | international | | Conseil de sécurité de l’ONU, Conseil de sécurité des Nations unies, Conseil de sécurité | UN Security Council, U.N. Security Council, United Nations Security Council, Security Council
    un-general-assembly | international | | Assemblée générale de l’ONU, Assemblée générale des Nations unies | UN General Assembly, United Nations General Assembly, General Assembly
    unhcr | international | | HCR, UNHCR, Haut-Commissariat des Nations unies pour les réfugiés | UNHCR, UN refugee agency, United Nations High Commissioner for Refugees
    unicef | international | | Unicef, UNICEF | UNICEF, Unicef
    iom | international | | OIM, Organisation internationale pour les migrations | IOM, International Organization for Migration, UN migration agency
    frontex | international | | Frontex, Agence européenne de garde-frontières et de garde-côtes | Frontex, European Border and Coast Guard Agency
    unrwa | international | | UNRWA, Unrwa | UNRWA
    ocha | international | | OCHA, Bureau de la coordination des affaires humanitaires | OCHA
    wfp | international | | PAM, Programme alimentaire mondial | WFP, World Food Programme
    unesco | international | | Unesco, UNESCO | UNESCO, Unesco
    iaea | international | | AIEA, Agence internationale de l’énergie atomique | IAEA, International Atomic Energy Agency
    opcw | international | | OIAC, Organisation pour l’interdiction des armes chimiques | OPCW, Organisation for the Prohibition of Chemical Weapons
    who | international | | OMS, Organisation mondiale de la santé | WHO, World Health Organization
    imf | international | | FMI, Fonds monétaire international | IMF, International Monetary Fund
    world-bank | international | | Banque mondiale | World Bank
    wto | international | | OMC, Organisation mondiale du commerce | WTO, World Trade Organization
    icc | international | | CPI, Cour pénale internationale | ICC, International Criminal Court
    icj | international | | CIJ, Cour internationale de justice | ICJ, International Court of Justice
    un-human-rights-council | international | | Conseil des droits de l’homme de l’ONU, Conseil des droits de l’homme | UN Human Rights Council, Human Rights Council
    interpol | international | | Interpol | Interpol
    nato | international | | OTAN, Otan, Alliance atlantique | NATO, Nato, North Atlantic Treaty Organization
    european-union | international | | UE, Union européenne | EU, E.U., European Union
    european-commission | international | | Commission européenne | European Commission
    european-parliament | international | | Parlement européen | European Parliament
    european-council | international | | Conseil européen | European Council
    council-of-the-eu | international | | Conseil de l’UE, Conseil de l’Union européenne | Council of the EU, Council of the European Union
    ecb | international | | BCE, Banque centrale européenne | ECB, European Central Bank
    council-of-europe | international | | Conseil de l’Europe | Council of Europe
    echr | international | | CEDH, Cour européenne des droits de l’homme | ECHR, European Court of Human Rights
    osce | international | | OSCE | OSCE, Organization for Security and Co-operation in Europe
    arab-league | international | | Ligue arabe | Arab League
    african-union | international | | UA, Union africaine | AU, African Union
    ecowas | international | | Cédéao, CEDEAO | ECOWAS
    opec | international | | Opep, OPEP | OPEC, Opec
    g7 | international | | G7 | G7
    g20 | international | | G20 | G20
    brics | international | | Brics, BRICS | BRICS, Brics
    sco | international | | OCS, Organisation de coopération de Shanghai | SCO, Shanghai Cooperation Organisation
    csto | international | | OTSC, Organisation du traité de sécurité collective | CSTO, Collective Security Treaty Organization
    gcc | international | | CCG, Conseil de coopération du Golfe | GCC, Gulf Cooperation Council
    oic | international | | OCI, Organisation de la coopération islamique | OIC, Organisation of Islamic Cooperation
    francophonie | international | | OIF, Organisation internationale de la francophonie, Francophonie | OIF, International Organisation of La Francophonie
    # NGOs
    sohr | ngo | united-kingdom | Observatoire syrien des droits de l’homme, OSDH | Syrian Observatory for Human Rights, SOHR
    icrc | ngo | switzerland | CICR, Comité international de la Croix-Rouge | ICRC, International Committee of the Red Cross
    red-cross | ngo | | Croix-Rouge | Red Cross
    red-crescent | ngo | | Croissant-Rouge | Red Crescent
    msf | ngo | | MSF, Médecins sans frontières | MSF, Doctors Without Borders, Médecins Sans Frontières
    amnesty-international | ngo | | Amnesty International, Amnesty | Amnesty International, Amnesty
    human-rights-watch | ngo | | Human Rights Watch, HRW | Human Rights Watch, HRW
    rsf | ngo | | RSF, Reporters sans frontières | RSF, Reporters Without Borders
    white-helmets | ngo | syria | Casques blancs | White Helmets, Syria Civil Defence
    oxfam | ngo | | Oxfam | Oxfam
    greenpeace | ngo | | Greenpeace | Greenpeace
    ldh | ngo | france | LDH, Ligue des droits de l’homme | Human Rights League, LDH
    secours-populaire | ngo | france | Secours populaire | Secours populaire
    restos-du-coeur | ngo | france | Restos du cœur, Restos du coeur | Restos du Cœur
    # Companies
    gazprom | company | russia | Gazprom | Gazprom
    rosneft | company | russia | Rosneft | Rosneft
    rosatom | company | russia | Rosatom | Rosatom
    aeroflot | company | russia | Aeroflot | Aeroflot
    syrian-air | company | syria | Syrian Air, Syrianair | Syrian Air, Syrianair
    totalenergies | company | france | TotalEnergies | TotalEnergies
    edf | company | france | EDF, Électricité de France | EDF
    sncf | company | france | SNCF | SNCF
    ratp | company | france | RATP | RATP
    air-france | company | france | Air France | Air France
    airbus | company | france | Airbus | Airbus
    renault | company | france | Renault | Renault
    boeing | company | united-states | Boeing | Boeing
    apple | company | united-states | Apple | Apple
    google | company | united-states | Google, Alphabet | Google, Alphabet
    meta | company | united-states | Meta | Meta
    facebook | platform | united-states | Facebook | Facebook
    microsoft | company | united-states | Microsoft | Microsoft
    amazon | company | united-states | Amazon | Amazon
    tesla | company | united-states | Tesla | Tesla
    spacex | company | united-states | SpaceX, Starlink | SpaceX, Starlink
    openai | company | united-states | OpenAI | OpenAI
    x-twitter | platform | united-states | X, Twitter | X, Twitter
    telegram | platform | | Telegram | Telegram
    tiktok | platform | china | TikTok | TikTok
    youtube | platform | united-states | YouTube | YouTube
    instagram | platform | united-states | Instagram | Instagram
    whatsapp | platform | united-states | WhatsApp | WhatsApp
    flightradar24 | company | sweden | Flightradar24, Flightradar, FlightRadar24 | Flightradar24, Flightradar, FlightRadar24
    planet-labs | company | united-states | Planet Labs, Planet Labs PBC | Planet Labs, Planet Labs PBC
    maxar | company | united-states | Maxar, Maxar Technologies | Maxar, Maxar Technologies
    lockheed-martin | company | united-states | Lockheed Martin | Lockheed Martin
    """
}
