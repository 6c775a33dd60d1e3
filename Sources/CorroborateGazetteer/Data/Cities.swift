extension GazetteerData {
    /// Cities of the world: every capital, then the cities world news names most. The parent
    /// is the country, or a region of it where the tables know one (Alep ⊂ gouvernorat d’Alep
    /// ⊂ Syrie). An empty English column means the English name is the French one.
    /// key | parent | French names | English names
    static let cities = """
    # Capitals
    kabul | afghanistan | Kaboul | Kabul
    tirana | albania | Tirana | Tirana
    algiers | algeria | Alger | Algiers
    andorra-la-vella | andorra | Andorre-la-Vieille | Andorra la Vella
    luanda | angola | Luanda | Luanda
    saint-johns | antigua-and-barbuda | Saint John’s | Saint John’s, St. John’s
    buenos-aires | argentina | Buenos Aires | Buenos Aires
    yerevan | armenia | Erevan, Yerevan | Yerevan
    canberra | australia | Canberra | Canberra
    vienna | austria | Vienne | Vienna
    baku | azerbaijan | Bakou | Baku
    nassau | bahamas | Nassau | Nassau
    manama | bahrain | Manama | Manama
    dhaka | bangladesh | Dacca, Dhaka | Dhaka
    bridgetown | barbados | Bridgetown | Bridgetown
    minsk | belarus | Minsk | Minsk
    brussels | belgium | Bruxelles | Brussels
    belmopan | belize | Belmopan | Belmopan
    porto-novo | benin | Porto-Novo | Porto-Novo
    thimphu | bhutan | Thimphou, Thimphu | Thimphu
    sucre | bolivia | Sucre | Sucre
    sarajevo | bosnia-and-herzegovina | Sarajevo | Sarajevo
    gaborone | botswana | Gaborone | Gaborone
    brasilia | brazil | Brasilia, Brasília | Brasília, Brasilia
    bandar-seri-begawan | brunei | Bandar Seri Begawan | Bandar Seri Begawan
    sofia | bulgaria | Sofia | Sofia
    ouagadougou | burkina-faso | Ouagadougou, Ouaga | Ouagadougou
    gitega | burundi | Gitega | Gitega
    praia | cape-verde | Praia | Praia
    phnom-penh | cambodia | Phnom Penh | Phnom Penh
    yaounde | cameroon | Yaoundé | Yaoundé, Yaounde
    ottawa | canada | Ottawa | Ottawa
    bangui | central-african-republic | Bangui | Bangui
    ndjamena | chad | N’Djamena, Ndjamena | N’Djamena, Ndjamena
    santiago | chile | Santiago, Santiago du Chili | Santiago
    beijing | china | Pékin, Beijing | Beijing, Peking
    bogota | colombia | Bogota, Bogotá | Bogotá, Bogota
    moroni | comoros | Moroni | Moroni
    brazzaville | congo | Brazzaville | Brazzaville
    kinshasa | dr-congo | Kinshasa | Kinshasa
    san-jose | costa-rica | San José | San José, San Jose
    yamoussoukro | ivory-coast | Yamoussoukro | Yamoussoukro
    zagreb | croatia | Zagreb | Zagreb
    havana | cuba | La Havane | Havana
    nicosia | cyprus | Nicosie | Nicosia
    prague | czech-republic | Prague | Prague
    copenhagen | denmark | Copenhague | Copenhagen
    djibouti-city | djibouti | Djibouti, Djibouti-ville | Djibouti, Djibouti City
    roseau | dominica | Roseau | Roseau
    santo-domingo | dominican-republic | Saint-Domingue | Santo Domingo
    quito | ecuador | Quito | Quito
    cairo | egypt | Le Caire | Cairo
    san-salvador | el-salvador | San Salvador | San Salvador
    malabo | equatorial-guinea | Malabo | Malabo
    asmara | eritrea | Asmara | Asmara
    tallinn | estonia | Tallinn | Tallinn
    mbabane | eswatini | Mbabane | Mbabane
    addis-ababa | ethiopia | Addis-Abeba | Addis Ababa
    suva | fiji | Suva | Suva
    helsinki | finland | Helsinki | Helsinki
    libreville | gabon | Libreville | Libreville
    banjul | gambia | Banjul | Banjul
    tbilisi | georgia | Tbilissi | Tbilisi
    berlin | germany | Berlin | Berlin
    accra | ghana | Accra | Accra
    athens | greece | Athènes | Athens
    saint-georges | grenada | Saint-Georges | Saint George’s, St. George’s
    guatemala-city | guatemala | Guatemala, Ciudad de Guatemala | Guatemala City
    conakry | guinea | Conakry | Conakry
    bissau | guinea-bissau | Bissau | Bissau
    georgetown | guyana | Georgetown | Georgetown
    port-au-prince | haiti | Port-au-Prince | Port-au-Prince
    tegucigalpa | honduras | Tegucigalpa | Tegucigalpa
    budapest | hungary | Budapest | Budapest
    reykjavik | iceland | Reykjavik | Reykjavík, Reykjavik
    new-delhi | india | New Delhi, Delhi | New Delhi, Delhi
    jakarta | indonesia | Jakarta | Jakarta
    tehran | iran | Téhéran | Tehran
    baghdad | baghdad-governorate | Bagdad | Baghdad
    dublin | ireland | Dublin | Dublin
    jerusalem | israel | Jérusalem | Jerusalem
    rome | italy | Rome | Rome
    kingston | jamaica | Kingston | Kingston
    tokyo | japan | Tokyo | Tokyo
    amman | jordan | Amman | Amman
    astana | kazakhstan | Astana | Astana
    nairobi | kenya | Nairobi | Nairobi
    south-tarawa | kiribati | Tarawa-Sud, Tarawa | South Tarawa, Tarawa
    pyongyang | north-korea | Pyongyang | Pyongyang
    seoul | south-korea | Séoul | Seoul
    kuwait-city | kuwait | Koweït, Koweït City | Kuwait City
    bishkek | kyrgyzstan | Bichkek | Bishkek
    vientiane | laos | Vientiane | Vientiane
    riga | latvia | Riga | Riga
    beirut | lebanon | Beyrouth | Beirut
    maseru | lesotho | Maseru | Maseru
    monrovia | liberia | Monrovia | Monrovia
    tripoli | libya | Tripoli | Tripoli
    vaduz | liechtenstein | Vaduz | Vaduz
    vilnius | lithuania | Vilnius | Vilnius
    luxembourg-city | luxembourg | Luxembourg, Luxembourg-Ville | Luxembourg, Luxembourg City
    antananarivo | madagascar | Antananarivo, Tananarive | Antananarivo
    lilongwe | malawi | Lilongwe | Lilongwe
    kuala-lumpur | malaysia | Kuala Lumpur | Kuala Lumpur
    male | maldives | Malé | Malé, Male
    bamako | mali | Bamako | Bamako
    valletta | malta | La Valette | Valletta
    majuro | marshall-islands | Majuro | Majuro
    nouakchott | mauritania | Nouakchott | Nouakchott
    port-louis | mauritius | Port-Louis | Port Louis
    mexico-city | mexico | Mexico, Mexico City | Mexico City
    palikir | micronesia | Palikir | Palikir
    chisinau | moldova | Chisinau, Kichinev | Chișinău, Chisinau
    ulaanbaatar | mongolia | Oulan-Bator | Ulaanbaatar, Ulan Bator
    podgorica | montenegro | Podgorica | Podgorica
    rabat | morocco | Rabat | Rabat
    maputo | mozambique | Maputo | Maputo
    naypyidaw | myanmar | Naypyidaw, Naypyitaw | Naypyidaw, Naypyitaw
    windhoek | namibia | Windhoek | Windhoek
    yaren | nauru | Yaren | Yaren
    kathmandu | nepal | Katmandou | Kathmandu
    amsterdam | netherlands | Amsterdam | Amsterdam
    wellington | new-zealand | Wellington | Wellington
    managua | nicaragua | Managua | Managua
    niamey | niger | Niamey | Niamey
    abuja | nigeria | Abuja | Abuja
    skopje | north-macedonia | Skopje | Skopje
    oslo | norway | Oslo | Oslo
    muscat | oman | Mascate | Muscat
    islamabad | pakistan | Islamabad | Islamabad
    ngerulmud | palau | Ngerulmud | Ngerulmud
    panama-city | panama | Panama, Panama City | Panama City
    port-moresby | papua-new-guinea | Port Moresby | Port Moresby
    asuncion | paraguay | Asuncion, Asunción | Asunción, Asuncion
    lima | peru | Lima | Lima
    manila | philippines | Manille | Manila
    warsaw | poland | Varsovie | Warsaw
    lisbon | portugal | Lisbonne | Lisbon
    doha | qatar | Doha | Doha
    bucharest | romania | Bucarest | Bucharest
    moscow | russia | Moscou | Moscow
    kigali | rwanda | Kigali | Kigali
    basseterre | saint-kitts-and-nevis | Basseterre | Basseterre
    castries | saint-lucia | Castries | Castries
    kingstown | saint-vincent-and-grenadines | Kingstown | Kingstown
    apia | samoa | Apia | Apia
    san-marino-city | san-marino | Saint-Marin | San Marino, City of San Marino
    sao-tome | sao-tome-and-principe | Sao Tomé, São Tomé | São Tomé, Sao Tome
    riyadh | saudi-arabia | Riyad, Riad | Riyadh
    dakar | senegal | Dakar | Dakar
    belgrade | serbia | Belgrade | Belgrade
    victoria-seychelles | seychelles | Victoria | Victoria
    freetown | sierra-leone | Freetown | Freetown
    bratislava | slovakia | Bratislava | Bratislava
    ljubljana | slovenia | Ljubljana | Ljubljana
    honiara | solomon-islands | Honiara | Honiara
    mogadishu | somalia | Mogadiscio | Mogadishu
    pretoria | south-africa | Pretoria | Pretoria
    juba | south-sudan | Djouba, Juba | Juba
    madrid | spain | Madrid | Madrid
    sri-jayawardenepura-kotte | sri-lanka | Sri Jayawardenepura Kotte, Kotte | Sri Jayawardenepura Kotte, Kotte
    khartoum | sudan | Khartoum | Khartoum
    paramaribo | suriname | Paramaribo | Paramaribo
    stockholm | sweden | Stockholm | Stockholm
    bern | switzerland | Berne | Bern, Berne
    damascus | damascus-governorate | Damas | Damascus
    dushanbe | tajikistan | Douchanbé | Dushanbe
    dodoma | tanzania | Dodoma | Dodoma
    bangkok | thailand | Bangkok | Bangkok
    dili | east-timor | Dili | Dili
    lome | togo | Lomé | Lomé, Lome
    nukualofa | tonga | Nukuʻalofa, Nuku’alofa | Nukuʻalofa, Nuku’alofa
    port-of-spain | trinidad-and-tobago | Port-d’Espagne | Port of Spain
    tunis | tunisia | Tunis | Tunis
    ankara | turkey | Ankara | Ankara
    ashgabat | turkmenistan | Achgabat | Ashgabat
    funafuti | tuvalu | Funafuti | Funafuti
    kampala | uganda | Kampala | Kampala
    kyiv | kyiv-oblast | Kiev, Kyiv, Kiyv | Kyiv, Kiev
    abu-dhabi | united-arab-emirates | Abou Dhabi, Abu Dhabi | Abu Dhabi
    london | england | Londres | London
    washington | district-of-columbia | Washington | Washington, Washington D.C., Washington DC
    montevideo | uruguay | Montevideo | Montevideo
    tashkent | uzbekistan | Tachkent | Tashkent
    port-vila | vanuatu | Port-Vila | Port Vila
    caracas | venezuela | Caracas | Caracas
    hanoi | vietnam | Hanoï | Hanoi
    sanaa | yemen | Sanaa | Sanaa, Sana’a
    lusaka | zambia | Lusaka | Lusaka
    harare | zimbabwe | Harare | Harare
    pristina | kosovo | Pristina, Priština | Pristina
    taipei | taiwan | Taipei, Taïpei | Taipei

    # Syria (parents are the governorates of Regions)
    aleppo | aleppo-governorate | Alep, Halab | Aleppo
    homs | homs-governorate | Homs | Homs
    hama | hama-governorate | Hama | Hama
    latakia | latakia-governorate | Lattaquié | Latakia
    tartus | tartus-governorate | Tartous | Tartus
    idlib | idlib-governorate | Idlib | Idlib
    deir-ez-zor | deir-ez-zor-governorate | Deir ez-Zor, Deir Ezzor, Deir el-Zor | Deir ez-Zor, Deir el-Zour, Deir Ezzor
    raqqa | raqqa-governorate | Raqqa, Rakka | Raqqa
    daraa | daraa-governorate | Deraa, Daraa, Déraa | Daraa, Deraa, Dar’a
    suwayda | suwayda-governorate | Soueïda, Souweïda, Suwayda, Sweida | Suwayda, Sweida, As-Suwayda
    quneitra | quneitra-governorate | Kuneitra, Quneitra, Qouneitra | Quneitra, Kuneitra
    hasakah | hasakah-governorate | Hassaké, Hasakah | Hasakah, Al-Hasakah, Hasaka
    qamishli | hasakah-governorate | Qamichli, Qamishli | Qamishli
    kobani | aleppo-governorate | Kobané, Kobani, Aïn al-Arab | Kobani, Kobane
    manbij | aleppo-governorate | Manbij | Manbij
    afrin | aleppo-governorate | Afrine, Afrin | Afrin
    al-bab | aleppo-governorate | al-Bab | al-Bab
    azaz | aleppo-governorate | Azaz | Azaz, A’zaz
    jarabulus | aleppo-governorate | Jarablus, Djarabulus | Jarabulus
    tal-abyad | raqqa-governorate | Tal Abyad, Tell Abyad | Tal Abyad, Tell Abyad
    ras-al-ain | hasakah-governorate | Ras al-Aïn | Ras al-Ain
    jableh | latakia-governorate | Jablé, Jableh | Jableh
    baniyas | tartus-governorate | Banias, Baniyas | Baniyas, Banias
    palmyra | homs-governorate | Palmyre | Palmyra
    qusayr | homs-governorate | Qousseir, Qusayr | Qusayr
    douma | rif-dimashq-governorate | Douma | Douma
    harasta | rif-dimashq-governorate | Harasta | Harasta
    saydnaya-town | rif-dimashq-governorate | Saydnaya, Sednaya | Saydnaya, Sednaya
    yabroud | rif-dimashq-governorate | Yabroud | Yabroud
    zabadani | rif-dimashq-governorate | Zabadani | Zabadani
    maarat-al-numan | idlib-governorate | Maaret al-Noomane, Maarat al-Nouman | Maarat al-Numan, Maaret al-Numan
    saraqeb | idlib-governorate | Saraqeb | Saraqib, Saraqeb
    khan-shaykhun | idlib-governorate | Khan Cheikhoun | Khan Shaykhun, Khan Sheikhoun
    abu-kamal | deir-ez-zor-governorate | Abou Kamal, Boukamal, Albou Kamal | Abu Kamal, Albu Kamal, Al-Bukamal
    mayadin | deir-ez-zor-governorate | Mayadine | Mayadin
    salamiyah | hama-governorate | Salamiyé, Salamiyeh | Salamiyah
    tal-rifaat | aleppo-governorate | Tal Rifaat, Tell Rifaat | Tal Rifaat, Tell Rifaat

    # Lebanon
    tripoli-lebanon | lebanon | Tripoli | Tripoli
    sidon | lebanon | Saïda | Sidon, Saida
    tyre | lebanon | Tyr | Tyre
    baalbek | lebanon | Baalbek | Baalbek
    nabatieh | lebanon | Nabatiyé, Nabatieh | Nabatieh
    zahle | lebanon | Zahlé | Zahle
    byblos | lebanon | Byblos, Jbeil | Byblos, Jbeil
    jounieh | lebanon | Jounieh | Jounieh

    # Iraq
    mosul | iraq | Mossoul | Mosul
    basra | iraq | Bassora | Basra
    erbil | iraqi-kurdistan | Erbil, Arbil | Erbil, Arbil
    kirkuk | iraq | Kirkouk | Kirkuk
    sulaymaniyah | iraqi-kurdistan | Souleimaniyé, Sulaymaniyah | Sulaymaniyah, Suleimaniyah
    duhok | iraqi-kurdistan | Dohuk, Duhok | Duhok, Dohuk
    najaf | iraq | Najaf | Najaf
    karbala | iraq | Kerbala | Karbala
    fallujah | iraq | Falloujah | Fallujah
    ramadi | iraq | Ramadi | Ramadi
    tikrit | iraq | Tikrit | Tikrit
    samarra | iraq | Samarra | Samarra
    sinjar | iraq | Sinjar | Sinjar
    nasiriyah | iraq | Nassiriya | Nasiriyah

    # Iran
    isfahan | iran | Ispahan | Isfahan
    mashhad | iran | Machhad | Mashhad
    tabriz | iran | Tabriz | Tabriz
    shiraz | iran | Chiraz | Shiraz
    qom | iran | Qom | Qom
    ahvaz | iran | Ahvaz | Ahvaz
    natanz | iran | Natanz | Natanz
    bandar-abbas | iran | Bandar Abbas | Bandar Abbas
    kermanshah | iran | Kermanshah | Kermanshah
    bushehr | iran | Bouchehr | Bushehr

    # Turkey
    istanbul | turkey | Istanbul | Istanbul
    izmir | turkey | Izmir | Izmir
    gaziantep | turkey | Gaziantep | Gaziantep
    antalya | turkey | Antalya | Antalya
    adana | turkey | Adana | Adana
    diyarbakir | turkey | Diyarbakir, Diyarbakır | Diyarbakir, Diyarbakır
    sanliurfa | turkey | Sanliurfa, Şanlıurfa, Urfa | Sanliurfa, Şanlıurfa, Urfa
    antakya | turkey | Antakya, Antioche | Antakya, Antioch
    kahramanmaras | turkey | Kahramanmaras, Kahramanmaraş | Kahramanmaras, Kahramanmaraş
    konya | turkey | Konya | Konya
    bursa | turkey | Bursa | Bursa
    kilis | turkey | Kilis | Kilis

    # Israel and the Palestinian territories
    tel-aviv | israel | Tel-Aviv, Tel Aviv | Tel Aviv
    haifa | israel | Haïfa | Haifa
    eilat | israel | Eilat | Eilat
    ashkelon | israel | Ashkelon, Ascalon | Ashkelon
    ashdod | israel | Ashdod | Ashdod
    sderot | israel | Sdérot, Sderot | Sderot
    beersheba | israel | Beersheba, Beer-Sheva | Beersheba, Beer Sheva
    netanya | israel | Netanya | Netanya
    nazareth | israel | Nazareth | Nazareth
    tiberias | israel | Tibériade | Tiberias
    kiryat-shmona | israel | Kiryat Shmona | Kiryat Shmona
    gaza-city | gaza-strip | Gaza-ville | Gaza City
    khan-younis | gaza-strip | Khan Younès | Khan Younis, Khan Yunis
    rafah | gaza-strip | Rafah | Rafah
    deir-al-balah | gaza-strip | Deir al-Balah | Deir al-Balah
    jabalia | gaza-strip | Jabaliya, Jabalia | Jabalia, Jabaliya
    beit-lahia | gaza-strip | Beit Lahia | Beit Lahia
    beit-hanoun | gaza-strip | Beit Hanoun | Beit Hanoun
    ramallah | west-bank | Ramallah | Ramallah
    nablus | west-bank | Naplouse | Nablus
    hebron | west-bank | Hébron | Hebron
    jenin | west-bank | Jénine | Jenin
    bethlehem | west-bank | Bethléem | Bethlehem
    jericho | west-bank | Jéricho | Jericho
    tulkarm | west-bank | Tulkarem, Tulkarm | Tulkarm, Tulkarem
    qalqilya | west-bank | Qalqilya | Qalqilya

    # Jordan, Egypt, the Arabian Peninsula
    zarqa | jordan | Zarqa | Zarqa
    irbid | jordan | Irbid | Irbid
    aqaba | jordan | Aqaba | Aqaba
    alexandria | egypt | Alexandrie | Alexandria
    giza | egypt | Gizeh, Guizèh | Giza
    port-said | egypt | Port-Saïd | Port Said
    suez | egypt | Suez | Suez
    luxor | egypt | Louxor | Luxor
    aswan | egypt | Assouan | Aswan
    ismailia | egypt | Ismaïlia | Ismailia
    sharm-el-sheikh | egypt | Charm el-Cheikh | Sharm el-Sheikh
    el-arish | egypt | El-Arich | El-Arish, Arish
    jeddah | saudi-arabia | Djeddah | Jeddah
    mecca | saudi-arabia | La Mecque | Mecca
    medina | saudi-arabia | Médine | Medina
    dammam | saudi-arabia | Dammam | Dammam
    dubai | united-arab-emirates | Dubaï | Dubai
    sharjah | united-arab-emirates | Charjah, Sharjah | Sharjah
    aden | yemen | Aden | Aden
    hodeidah | yemen | Hodeïda | Hodeidah, Hudaydah
    taiz | yemen | Taëz | Taiz
    marib | yemen | Marib | Marib

    # North Africa
    oran | algeria | Oran | Oran
    constantine | algeria | Constantine | Constantine
    annaba | algeria | Annaba | Annaba
    tlemcen | algeria | Tlemcen | Tlemcen
    bejaia | algeria | Béjaïa | Béjaïa, Bejaia
    tizi-ouzou | algeria | Tizi Ouzou | Tizi Ouzou
    setif | algeria | Sétif | Sétif, Setif
    blida | algeria | Blida | Blida
    batna | algeria | Batna | Batna
    sfax | tunisia | Sfax | Sfax
    sousse | tunisia | Sousse | Sousse
    bizerte | tunisia | Bizerte | Bizerte
    kairouan | tunisia | Kairouan | Kairouan
    gabes | tunisia | Gabès | Gabès, Gabes
    djerba | tunisia | Djerba | Djerba
    casablanca | morocco | Casablanca | Casablanca
    marrakech | morocco | Marrakech | Marrakesh, Marrakech
    fes | morocco | Fès | Fez, Fès
    tangier | morocco | Tanger | Tangier
    agadir | morocco | Agadir | Agadir
    meknes | morocco | Meknès | Meknes
    oujda | morocco | Oujda | Oujda
    tetouan | morocco | Tétouan | Tetouan
    laayoune | western-sahara | Laâyoune | Laayoune
    benghazi | libya | Benghazi | Benghazi
    misrata | libya | Misrata | Misrata
    sirte | libya | Syrte | Sirte
    derna | libya | Derna | Derna
    tobruk | libya | Tobrouk | Tobruk

    # West and Central Africa
    thies | senegal | Thiès | Thiès, Thies
    saint-louis-senegal | senegal | Saint-Louis | Saint-Louis
    touba | senegal | Touba | Touba
    ziguinchor | senegal | Ziguinchor | Ziguinchor
    kaolack | senegal | Kaolack | Kaolack
    timbuktu | mali | Tombouctou | Timbuktu
    gao | mali | Gao | Gao
    mopti | mali | Mopti | Mopti
    kidal | mali | Kidal | Kidal
    segou | mali | Ségou | Ségou, Segou
    sikasso | mali | Sikasso | Sikasso
    kayes | mali | Kayes | Kayes
    menaka | mali | Ménaka | Ménaka, Menaka
    agadez | niger | Agadez | Agadez
    zinder | niger | Zinder | Zinder
    maradi | niger | Maradi | Maradi
    tillaberi | niger | Tillabéri | Tillabéri, Tillaberi
    diffa | niger | Diffa | Diffa
    bobo-dioulasso | burkina-faso | Bobo-Dioulasso | Bobo-Dioulasso
    koudougou | burkina-faso | Koudougou | Koudougou
    djibo | burkina-faso | Djibo | Djibo
    kaya | burkina-faso | Kaya | Kaya
    fada-ngourma | burkina-faso | Fada N’Gourma | Fada N’Gourma
    dori | burkina-faso | Dori | Dori
    abidjan | ivory-coast | Abidjan | Abidjan
    bouake | ivory-coast | Bouaké | Bouaké, Bouake
    korhogo | ivory-coast | Korhogo | Korhogo
    san-pedro-ivory-coast | ivory-coast | San-Pédro | San-Pédro
    daloa | ivory-coast | Daloa | Daloa
    kankan | guinea | Kankan | Kankan
    nzerekore | guinea | Nzérékoré | Nzérékoré
    labe | guinea | Labé | Labé
    kara | togo | Kara | Kara
    sokode | togo | Sokodé | Sokodé
    cotonou | benin | Cotonou | Cotonou
    parakou | benin | Parakou | Parakou
    abomey | benin | Abomey | Abomey
    douala | cameroon | Douala | Douala
    garoua | cameroon | Garoua | Garoua
    maroua | cameroon | Maroua | Maroua
    bamenda | cameroon | Bamenda | Bamenda
    buea | cameroon | Buea | Buea
    bafoussam | cameroon | Bafoussam | Bafoussam
    port-gentil | gabon | Port-Gentil | Port-Gentil
    franceville | gabon | Franceville | Franceville
    pointe-noire | congo | Pointe-Noire | Pointe-Noire
    lubumbashi | dr-congo | Lubumbashi | Lubumbashi
    goma | north-kivu | Goma | Goma
    bukavu | south-kivu | Bukavu | Bukavu
    kisangani | dr-congo | Kisangani | Kisangani
    mbuji-mayi | dr-congo | Mbuji-Mayi | Mbuji-Mayi
    kananga | dr-congo | Kananga | Kananga
    beni | north-kivu | Beni | Beni
    bunia | ituri | Bunia | Bunia
    uvira | south-kivu | Uvira | Uvira
    kolwezi | dr-congo | Kolwezi | Kolwezi
    matadi | dr-congo | Matadi | Matadi
    abeche | chad | Abéché | Abéché, Abeche
    moundou | chad | Moundou | Moundou
    nouadhibou | mauritania | Nouadhibou | Nouadhibou
    toamasina | madagascar | Toamasina, Tamatave | Toamasina
    mahajanga | madagascar | Mahajanga, Majunga | Mahajanga
    bujumbura | burundi | Bujumbura | Bujumbura
    lagos | nigeria | Lagos | Lagos
    kano | nigeria | Kano | Kano
    ibadan | nigeria | Ibadan | Ibadan
    maiduguri | nigeria | Maiduguri | Maiduguri
    port-harcourt | nigeria | Port Harcourt | Port Harcourt
    kumasi | ghana | Kumasi | Kumasi

    # East and Southern Africa
    mekelle | tigray | Mekele, Mekelle | Mekelle, Mekele
    gondar | ethiopia | Gondar | Gondar
    bahir-dar | ethiopia | Bahir Dar | Bahir Dar
    omdurman | sudan | Omdourman | Omdurman
    port-sudan | sudan | Port-Soudan | Port Sudan
    el-fasher | darfur | El-Facher, El Fasher | El Fasher, El-Fasher
    nyala | darfur | Nyala | Nyala
    el-obeid | sudan | El-Obeid | El-Obeid, El Obeid
    wad-madani | sudan | Wad Madani | Wad Madani
    hargeisa | somalia | Hargeisa | Hargeisa
    kismayo | somalia | Kismayo | Kismayo
    mombasa | kenya | Mombasa | Mombasa
    dar-es-salaam | tanzania | Dar es Salaam | Dar es Salaam
    zanzibar | tanzania | Zanzibar | Zanzibar
    bulawayo | zimbabwe | Bulawayo | Bulawayo
    johannesburg | south-africa | Johannesburg | Johannesburg
    cape-town | south-africa | Le Cap | Cape Town
    durban | south-africa | Durban | Durban
    soweto | south-africa | Soweto | Soweto

    # Ukraine (parents are the oblasts of Regions)
    kharkiv | kharkiv-oblast | Kharkiv, Kharkov | Kharkiv, Kharkov
    odesa | odesa-oblast | Odessa, Odesa | Odesa, Odessa
    lviv | lviv-oblast | Lviv, Lvov | Lviv
    dnipro | dnipropetrovsk-oblast | Dnipro, Dnipropetrovsk | Dnipro, Dnipropetrovsk
    zaporizhzhia | zaporizhzhia-oblast | Zaporijia, Zaporijjia, Zaporojie | Zaporizhzhia, Zaporizhia, Zaporozhye
    mariupol | donetsk-oblast | Marioupol | Mariupol
    kherson | kherson-oblast | Kherson | Kherson
    mykolaiv | mykolaiv-oblast | Mykolaïv, Mykolaiv, Nikolaïev | Mykolaiv, Nikolaev
    donetsk | donetsk-oblast | Donetsk | Donetsk
    luhansk | luhansk-oblast | Louhansk, Lougansk | Luhansk, Lugansk
    bakhmut | donetsk-oblast | Bakhmout, Artemivsk | Bakhmut, Artemivsk
    avdiivka | donetsk-oblast | Avdiïvka, Avdiivka | Avdiivka
    kramatorsk | donetsk-oblast | Kramatorsk | Kramatorsk
    sloviansk | donetsk-oblast | Sloviansk, Slaviansk | Sloviansk, Slovyansk
    pokrovsk | donetsk-oblast | Pokrovsk | Pokrovsk
    toretsk | donetsk-oblast | Toretsk | Toretsk
    chasiv-yar | donetsk-oblast | Tchassiv Iar | Chasiv Yar
    kostiantynivka | donetsk-oblast | Kostiantynivka | Kostiantynivka
    vuhledar | donetsk-oblast | Vouhledar | Vuhledar
    horlivka | donetsk-oblast | Horlivka, Gorlovka | Horlivka
    sievierodonetsk | luhansk-oblast | Severodonetsk, Sievierodonetsk | Sievierodonetsk, Severodonetsk
    lysychansk | luhansk-oblast | Lyssytchansk | Lysychansk
    sumy | sumy-oblast | Soumy | Sumy
    chernihiv | chernihiv-oblast | Tchernihiv | Chernihiv
    bucha | kyiv-oblast | Boutcha | Bucha
    irpin | kyiv-oblast | Irpin | Irpin
    izium | kharkiv-oblast | Izioum | Izium, Izyum
    kupiansk | kharkiv-oblast | Koupiansk | Kupiansk
    vovchansk | kharkiv-oblast | Vovtchansk | Vovchansk
    enerhodar | zaporizhzhia-oblast | Enerhodar | Enerhodar
    melitopol | zaporizhzhia-oblast | Melitopol | Melitopol
    berdiansk | zaporizhzhia-oblast | Berdiansk | Berdiansk, Berdyansk
    nikopol | dnipropetrovsk-oblast | Nikopol | Nikopol
    kryvyi-rih | dnipropetrovsk-oblast | Kryvyï Rih, Kryvyi Rih | Kryvyi Rih
    poltava | poltava-oblast | Poltava | Poltava
    vinnytsia | ukraine | Vinnytsia | Vinnytsia
    zhytomyr | ukraine | Jytomyr | Zhytomyr
    cherkasy | ukraine | Tcherkassy | Cherkasy
    ternopil | ukraine | Ternopil | Ternopil
    ivano-frankivsk | ukraine | Ivano-Frankivsk | Ivano-Frankivsk
    uzhhorod | ukraine | Oujhorod | Uzhhorod
    lutsk | ukraine | Loutsk | Lutsk
    rivne | ukraine | Rivne | Rivne
    chernivtsi | ukraine | Tchernivtsi | Chernivtsi
    chernobyl | kyiv-oblast | Tchernobyl | Chernobyl, Chornobyl
    sevastopol | crimea | Sébastopol | Sevastopol
    simferopol | crimea | Simferopol | Simferopol
    kerch | crimea | Kertch | Kerch
    yalta | crimea | Yalta | Yalta

    # Russia
    saint-petersburg | russia | Saint-Pétersbourg | Saint Petersburg, St. Petersburg, St Petersburg
    kursk | kursk-oblast | Koursk | Kursk
    belgorod | belgorod-oblast | Belgorod | Belgorod
    bryansk | bryansk-oblast | Briansk | Bryansk
    voronezh | voronezh-oblast | Voronej | Voronezh
    rostov-on-don | rostov-oblast | Rostov-sur-le-Don, Rostov | Rostov-on-Don, Rostov
    krasnodar | krasnodar-krai | Krasnodar | Krasnodar
    sochi | krasnodar-krai | Sotchi | Sochi
    novorossiysk | krasnodar-krai | Novorossiisk | Novorossiysk
    volgograd | russia | Volgograd | Volgograd
    kazan | tatarstan | Kazan | Kazan
    nizhny-novgorod | russia | Nijni Novgorod | Nizhny Novgorod
    yekaterinburg | russia | Iekaterinbourg, Ekaterinbourg | Yekaterinburg
    novosibirsk | russia | Novossibirsk | Novosibirsk
    omsk | russia | Omsk | Omsk
    chelyabinsk | russia | Tcheliabinsk | Chelyabinsk
    samara | russia | Samara | Samara
    ufa | russia | Oufa | Ufa
    perm | russia | Perm | Perm
    krasnoyarsk | russia | Krasnoïarsk | Krasnoyarsk
    irkutsk | russia | Irkoutsk | Irkutsk
    vladivostok | russia | Vladivostok | Vladivostok
    murmansk | russia | Mourmansk | Murmansk
    kaliningrad | kaliningrad-oblast | Kaliningrad | Kaliningrad
    grozny | chechnya | Grozny | Grozny
    makhachkala | dagestan | Makhatchkala | Makhachkala
    tver | russia | Tver | Tver
    smolensk | russia | Smolensk | Smolensk
    pskov | russia | Pskov | Pskov
    sudzha | kursk-oblast | Soudja | Sudzha
    engels | russia | Engels | Engels
    taganrog | rostov-oblast | Taganrog | Taganrog
    tula | russia | Toula | Tula
    ryazan | russia | Riazan | Ryazan
    yaroslavl | russia | Iaroslavl | Yaroslavl
    arkhangelsk | russia | Arkhangelsk | Arkhangelsk

    # Caucasus and Central Asia
    batumi | georgia | Batoumi | Batumi
    stepanakert | nagorno-karabakh | Stepanakert, Khankendi | Stepanakert, Khankendi
    almaty | kazakhstan | Almaty | Almaty
    samarkand | uzbekistan | Samarcande | Samarkand
    kandahar | afghanistan | Kandahar | Kandahar
    herat | afghanistan | Hérat | Herat
    mazar-i-sharif | afghanistan | Mazar-i-Charif | Mazar-i-Sharif
    jalalabad | afghanistan | Jalalabad | Jalalabad

    # South, East and Southeast Asia
    karachi | pakistan | Karachi | Karachi
    lahore | pakistan | Lahore | Lahore
    peshawar | pakistan | Peshawar | Peshawar
    quetta | pakistan | Quetta | Quetta
    mumbai | india | Bombay, Mumbai | Mumbai, Bombay
    kolkata | india | Calcutta, Kolkata | Kolkata, Calcutta
    chennai | india | Madras, Chennai | Chennai, Madras
    bangalore | india | Bangalore, Bengaluru | Bengaluru, Bangalore
    hyderabad | india | Hyderabad | Hyderabad
    srinagar | kashmir | Srinagar | Srinagar
    colombo | sri-lanka | Colombo | Colombo
    ho-chi-minh-city | vietnam | Hô Chi Minh-Ville, Saïgon | Ho Chi Minh City, Saigon
    yangon | myanmar | Rangoun, Yangon | Yangon, Rangoon
    shanghai | china | Shanghai | Shanghai
    guangzhou | china | Canton, Guangzhou | Guangzhou, Canton
    shenzhen | china | Shenzhen | Shenzhen
    wuhan | china | Wuhan | Wuhan
    chongqing | china | Chongqing | Chongqing
    tianjin | china | Tianjin | Tianjin
    urumqi | xinjiang | Urumqi, Ürümqi | Urumqi
    lhasa | tibet | Lhassa | Lhasa
    osaka | japan | Osaka | Osaka
    kyoto | japan | Kyoto | Kyoto
    hiroshima | japan | Hiroshima | Hiroshima
    nagasaki | japan | Nagasaki | Nagasaki
    fukushima | japan | Fukushima | Fukushima
    busan | south-korea | Busan, Pusan | Busan
    kaohsiung | taiwan | Kaohsiung | Kaohsiung
    surabaya | indonesia | Surabaya | Surabaya
    denpasar | indonesia | Denpasar | Denpasar
    sydney | australia | Sydney | Sydney
    melbourne | australia | Melbourne | Melbourne
    auckland | new-zealand | Auckland | Auckland

    # Europe
    hamburg | germany | Hambourg | Hamburg
    munich | germany | Munich | Munich
    cologne | germany | Cologne | Cologne
    frankfurt | germany | Francfort | Frankfurt
    stuttgart | germany | Stuttgart | Stuttgart
    dusseldorf | germany | Düsseldorf | Düsseldorf, Dusseldorf
    dresden | germany | Dresde | Dresden
    leipzig | germany | Leipzig | Leipzig
    bonn | germany | Bonn | Bonn
    munster | germany | Münster | Münster
    milan | italy | Milan | Milan
    naples | italy | Naples | Naples
    turin | italy | Turin | Turin
    florence | italy | Florence | Florence
    venice | italy | Venise | Venice
    genoa | italy | Gênes | Genoa
    palermo | italy | Palerme | Palermo
    bologna | italy | Bologne | Bologna
    lampedusa | italy | Lampedusa | Lampedusa
    barcelona | spain | Barcelone | Barcelona
    valencia | spain | Valence | Valencia
    seville | spain | Séville | Seville
    malaga | spain | Malaga | Málaga, Malaga
    bilbao | spain | Bilbao | Bilbao
    porto | portugal | Porto | Porto
    manchester | england | Manchester | Manchester
    birmingham | england | Birmingham | Birmingham
    liverpool | england | Liverpool | Liverpool
    edinburgh | scotland | Édimbourg | Edinburgh
    glasgow | scotland | Glasgow | Glasgow
    cardiff | wales | Cardiff | Cardiff
    belfast | northern-ireland | Belfast | Belfast
    oxford | england | Oxford | Oxford
    cambridge | england | Cambridge | Cambridge
    antwerp | belgium | Anvers | Antwerp
    liege | belgium | Liège | Liège, Liege
    ghent | belgium | Gand | Ghent
    charleroi | belgium | Charleroi | Charleroi
    rotterdam | netherlands | Rotterdam | Rotterdam
    the-hague | netherlands | La Haye | The Hague
    geneva | switzerland | Genève | Geneva
    zurich | switzerland | Zurich | Zurich
    lausanne | switzerland | Lausanne | Lausanne
    basel | switzerland | Bâle | Basel
    davos | switzerland | Davos | Davos
    krakow | poland | Cracovie | Kraków, Krakow
    gdansk | poland | Gdansk | Gdańsk, Gdansk
    rzeszow | poland | Rzeszow, Rzeszów | Rzeszów, Rzeszow
    thessaloniki | greece | Thessalonique | Thessaloniki
    gothenburg | sweden | Göteborg | Gothenburg
    saint-denis-reunion | reunion | Saint-Denis | Saint-Denis

    # The Americas
    new-york | new-york-state | New York | New York, New York City, NYC
    los-angeles | california | Los Angeles | Los Angeles
    san-francisco | california | San Francisco | San Francisco
    chicago | illinois | Chicago | Chicago
    houston | texas | Houston | Houston
    dallas | texas | Dallas | Dallas
    miami | florida | Miami | Miami
    boston | massachusetts | Boston | Boston
    philadelphia | pennsylvania | Philadelphie | Philadelphia
    atlanta | georgia-us | Atlanta | Atlanta
    seattle | washington-state | Seattle | Seattle
    las-vegas | nevada | Las Vegas | Las Vegas
    detroit | michigan | Détroit | Detroit
    new-orleans | louisiana | La Nouvelle-Orléans | New Orleans
    palm-beach | florida | Palm Beach | Palm Beach
    montreal | quebec | Montréal | Montreal
    quebec-city | quebec | Québec, ville de Québec | Quebec City
    toronto | ontario | Toronto | Toronto
    vancouver | canada | Vancouver | Vancouver
    rio-de-janeiro | brazil | Rio de Janeiro, Rio | Rio de Janeiro, Rio
    sao-paulo | brazil | São Paulo, Sao Paulo | São Paulo, Sao Paulo
    la-paz | bolivia | La Paz | La Paz
    medellin | colombia | Medellín, Medellin | Medellín, Medellin
    guadalajara | mexico | Guadalajara | Guadalajara
    tijuana | mexico | Tijuana | Tijuana
    """
}
