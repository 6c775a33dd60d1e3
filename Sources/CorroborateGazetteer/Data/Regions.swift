extension GazetteerData {
    /// Regions of the world: administrative divisions news names (Syrian and Iraqi
    /// governorates, Ukrainian and Russian oblasts), disputed territories, historical and
    /// cultural regions, continents and large areas, seas, straits and rivers.
    /// Governorates, oblasts and krais list their base name only: KindForms builds
    /// "gouvernorat d’Alep", "Aleppo Governorate", "région de Kharkiv", "Kharkiv oblast".
    /// key | parent | kind | French names | English names
    static let regions = """
    # Syria
    damascus-governorate | syria | governorate | Damas | Damascus
    rif-dimashq-governorate | syria | governorate | Rif Dimachq, Damas-Campagne, Rif Dimashq | Rif Dimashq, Rural Damascus, Damascus countryside
    aleppo-governorate | syria | governorate | Alep | Aleppo
    homs-governorate | syria | governorate | Homs | Homs
    hama-governorate | syria | governorate | Hama | Hama
    latakia-governorate | syria | governorate | Lattaquié | Latakia
    tartus-governorate | syria | governorate | Tartous | Tartus
    idlib-governorate | syria | governorate | Idlib | Idlib
    deir-ez-zor-governorate | syria | governorate | Deir ez-Zor, Deir Ezzor | Deir ez-Zor, Deir Ezzor
    raqqa-governorate | syria | governorate | Raqqa | Raqqa
    hasakah-governorate | syria | governorate | Hassaké, Hasakah | Hasakah, Al-Hasakah
    daraa-governorate | syria | governorate | Deraa, Daraa | Daraa, Deraa
    suwayda-governorate | syria | governorate | Soueïda, Suwayda | Suwayda, Sweida, As-Suwayda
    quneitra-governorate | syria | governorate | Kuneitra, Quneitra | Quneitra
    eastern-ghouta | rif-dimashq-governorate | region | Ghouta orientale, Ghouta | Eastern Ghouta, Ghouta
    golan-heights | syria | region | plateau du Golan, Golan | Golan Heights, Golan
    rojava | syria | region | Rojava, Kurdistan syrien | Rojava, Syrian Kurdistan

    # Iraq
    baghdad-governorate | iraq | governorate | Bagdad | Baghdad
    nineveh-governorate | iraq | governorate | Ninive | Nineveh, Ninawa
    anbar-governorate | iraq | governorate | Anbar, al-Anbar | Anbar, al-Anbar
    salah-al-din-governorate | iraq | governorate | Salaheddine, Salah ad-Din | Salahuddin, Salah al-Din, Saladin
    diyala-governorate | iraq | governorate | Diyala | Diyala
    iraqi-kurdistan | iraq | region | Kurdistan irakien, Kurdistan d’Irak, région autonome du Kurdistan, Kurdistan autonome | Iraqi Kurdistan, Kurdistan Region, Kurdistan Region of Iraq, KRI
    kurdistan | | region | Kurdistan | Kurdistan

    # Lebanon, Israel and the Palestinian territories, Egypt, Jordan
    south-lebanon | lebanon | region | Liban-Sud, sud du Liban | South Lebanon, southern Lebanon
    bekaa | lebanon | region | Bekaa, Békaa, plaine de la Bekaa, vallée de la Bekaa | Bekaa, Bekaa Valley
    gaza-strip | palestine | territory | bande de Gaza, Gaza | Gaza Strip, Gaza
    west-bank | palestine | territory | Cisjordanie | West Bank
    east-jerusalem | jerusalem | region | Jérusalem-Est | East Jerusalem
    negev | israel | region | Néguev | Negev
    galilee | israel | region | Galilée | Galilee
    sinai | egypt | region | Sinaï, péninsule du Sinaï | Sinai, Sinai Peninsula

    # Turkey, Iran, the Caucasus
    hatay | turkey | province | Hatay | Hatay
    abkhazia | georgia | region | Abkhazie | Abkhazia
    south-ossetia | georgia | region | Ossétie du Sud | South Ossetia
    nagorno-karabakh | azerbaijan | region | Haut-Karabakh, Karabakh | Nagorno-Karabakh, Karabakh
    transnistria | moldova | region | Transnistrie | Transnistria

    # Ukraine
    kyiv-oblast | ukraine | oblast | Kiev, Kyiv | Kyiv, Kiev
    kharkiv-oblast | ukraine | oblast | Kharkiv, Kharkov | Kharkiv, Kharkov
    donetsk-oblast | ukraine | oblast | Donetsk | Donetsk
    luhansk-oblast | ukraine | oblast | Louhansk, Lougansk | Luhansk, Lugansk
    zaporizhzhia-oblast | ukraine | oblast | Zaporijia | Zaporizhzhia
    kherson-oblast | ukraine | oblast | Kherson | Kherson
    mykolaiv-oblast | ukraine | oblast | Mykolaïv | Mykolaiv
    odesa-oblast | ukraine | oblast | Odessa | Odesa, Odessa
    dnipropetrovsk-oblast | ukraine | oblast | Dnipropetrovsk | Dnipropetrovsk
    sumy-oblast | ukraine | oblast | Soumy | Sumy
    chernihiv-oblast | ukraine | oblast | Tchernihiv | Chernihiv
    poltava-oblast | ukraine | oblast | Poltava | Poltava
    lviv-oblast | ukraine | oblast | Lviv | Lviv
    crimea | ukraine | region | Crimée, péninsule de Crimée | Crimea, Crimean Peninsula
    donbas | ukraine | region | Donbass, Donbas | Donbas, Donbass

    # Russia
    moscow-oblast | russia | oblast | Moscou | Moscow
    leningrad-oblast | russia | oblast | Léningrad | Leningrad
    kursk-oblast | russia | oblast | Koursk | Kursk
    belgorod-oblast | russia | oblast | Belgorod | Belgorod
    bryansk-oblast | russia | oblast | Briansk | Bryansk
    voronezh-oblast | russia | oblast | Voronej | Voronezh
    rostov-oblast | russia | oblast | Rostov | Rostov
    kaliningrad-oblast | russia | oblast | Kaliningrad | Kaliningrad
    krasnodar-krai | russia | krai | Krasnodar | Krasnodar
    chechnya | russia | republic | Tchétchénie | Chechnya
    dagestan | russia | republic | Daghestan, Dagestan | Dagestan
    tatarstan | russia | republic | Tatarstan | Tatarstan
    siberia | russia | region | Sibérie | Siberia

    # Africa
    western-sahara | | territory | Sahara occidental | Western Sahara
    kabylie | algeria | region | Kabylie | Kabylie, Kabylia
    casamance | senegal | region | Casamance | Casamance
    azawad | mali | region | Azawad | Azawad
    tigray | ethiopia | region | Tigré, Tigray | Tigray
    amhara | ethiopia | region | Amhara | Amhara
    darfur | sudan | region | Darfour | Darfur
    kordofan | sudan | region | Kordofan | Kordofan
    north-kivu | dr-congo | region | Nord-Kivu | North Kivu
    south-kivu | dr-congo | region | Sud-Kivu | South Kivu
    ituri | dr-congo | region | Ituri | Ituri
    cabo-delgado | mozambique | region | Cabo Delgado | Cabo Delgado
    somaliland | somalia | region | Somaliland | Somaliland
    zanzibar-islands | tanzania | region | archipel de Zanzibar | Zanzibar archipelago

    # Asia
    xinjiang | china | region | Xinjiang | Xinjiang
    tibet | china | region | Tibet | Tibet
    hong-kong | china | region | Hong Kong | Hong Kong
    macau | china | region | Macao | Macau, Macao
    kashmir | | region | Cachemire | Kashmir
    balochistan | pakistan | region | Baloutchistan | Balochistan

    # Europe
    england | united-kingdom | nation | Angleterre | England
    scotland | united-kingdom | nation | Écosse | Scotland
    wales | united-kingdom | nation | pays de Galles | Wales
    northern-ireland | united-kingdom | nation | Irlande du Nord | Northern Ireland
    catalonia | spain | region | Catalogne | Catalonia
    basque-country | | region | Pays basque | Basque Country
    canary-islands | spain | region | îles Canaries, Canaries | Canary Islands, Canaries
    sicily | italy | region | Sicile | Sicily
    sardinia | italy | region | Sardaigne | Sardinia
    bavaria | germany | region | Bavière | Bavaria
    flanders | belgium | region | Flandre | Flanders
    wallonia | belgium | region | Wallonie | Wallonia
    greenland | denmark | territory | Groenland | Greenland

    # Continents and large areas
    europe | | continent | Europe | Europe
    africa | | continent | Afrique | Africa
    asia | | continent | Asie | Asia
    americas | | continent | Amérique, Amériques | Americas
    north-america | americas | continent | Amérique du Nord | North America
    south-america | americas | continent | Amérique du Sud | South America
    latin-america | americas | area | Amérique latine | Latin America
    oceania | | continent | Océanie | Oceania
    antarctica | | continent | Antarctique | Antarctica
    arctic | | area | Arctique | Arctic
    middle-east | | area | Moyen-Orient, Proche-Orient | Middle East, Near East, Mideast
    gulf | middle-east | area | Golfe, pays du Golfe, monarchies du Golfe | Gulf, Gulf states
    levant | middle-east | area | Levant | Levant
    maghreb | africa | area | Maghreb | Maghreb
    sahel | africa | area | Sahel | Sahel
    west-africa | africa | area | Afrique de l’Ouest | West Africa
    east-africa | africa | area | Afrique de l’Est | East Africa
    central-africa | africa | area | Afrique centrale | Central Africa
    sub-saharan-africa | africa | area | Afrique subsaharienne | sub-Saharan Africa
    horn-of-africa | africa | area | Corne de l’Afrique | Horn of Africa
    central-asia | asia | area | Asie centrale | Central Asia
    caucasus | | area | Caucase | Caucasus
    balkans | europe | area | Balkans | Balkans
    scandinavia | europe | area | Scandinavie | Scandinavia
    eastern-europe | europe | area | Europe de l’Est | Eastern Europe

    # Seas, straits, canals and rivers
    mediterranean | | sea | Méditerranée, mer Méditerranée | Mediterranean, Mediterranean Sea
    black-sea | | sea | mer Noire | Black Sea
    red-sea | | sea | mer Rouge | Red Sea
    baltic-sea | | sea | mer Baltique, Baltique | Baltic Sea, Baltic
    caspian-sea | | sea | mer Caspienne, Caspienne | Caspian Sea
    sea-of-azov | | sea | mer d’Azov | Sea of Azov
    south-china-sea | | sea | mer de Chine méridionale | South China Sea
    north-sea | | sea | mer du Nord | North Sea
    english-channel | | sea | Manche | English Channel, Channel
    persian-gulf | | sea | golfe Persique | Persian Gulf
    gulf-of-aden | | sea | golfe d’Aden | Gulf of Aden
    strait-of-hormuz | | strait | détroit d’Ormuz | Strait of Hormuz
    bab-el-mandeb | | strait | détroit de Bab el-Mandeb, Bab el-Mandeb | Bab el-Mandeb, Bab al-Mandab Strait
    bosphorus | turkey | strait | Bosphore | Bosphorus
    kerch-strait | | strait | détroit de Kertch | Kerch Strait
    taiwan-strait | | strait | détroit de Taïwan | Taiwan Strait
    suez-canal | egypt | canal | canal de Suez | Suez Canal
    atlantic-ocean | | ocean | océan Atlantique, Atlantique | Atlantic Ocean, Atlantic
    pacific-ocean | | ocean | océan Pacifique, Pacifique | Pacific Ocean, Pacific
    indian-ocean | | ocean | océan Indien | Indian Ocean
    euphrates | | river | Euphrate | Euphrates
    tigris | | river | Tigre | Tigris
    orontes | | river | Oronte | Orontes
    jordan-river | | river | Jourdain | Jordan River
    nile | | river | Nil | Nile
    dnieper | | river | Dniepr | Dnieper
    volga | russia | river | Volga | Volga
    danube | | river | Danube | Danube
    rhine | | river | Rhin | Rhine
    seine-river | france | river | Seine | Seine
    loire-river | france | river | Loire | Loire
    rhone-river | | river | Rhône | Rhone, Rhône
    """
}
