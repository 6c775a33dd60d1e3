extension GazetteerData {
    /// News agencies (kind agency: KindForms adds "l’agence TASS", "l’agence de presse
    /// russe TASS", "TASS news agency"…) and media outlets. Same layout as `organizations`.
    /// key | kind | country | French names | English names
    static let outlets = """
    # News agencies
    tass | agency | russia | TASS, Tass, ITAR-TASS | TASS, Tass, ITAR-TASS
    ria-novosti | agency | russia | RIA Novosti, Ria Novosti, RIA, Ria | RIA Novosti, RIA
    interfax | agency | russia | Interfax | Interfax
    afp | agency | france | AFP, l’AFP, Agence France-Presse, Agence France Presse | AFP, Agence France-Presse
    reuters | agency | united-kingdom | Reuters | Reuters
    associated-press | agency | united-states | AP, Associated Press | AP, Associated Press, The Associated Press
    anadolu | agency | turkey | Anadolu, Anatolie | Anadolu, Anadolu Agency
    xinhua | agency | china | Xinhua, Chine nouvelle | Xinhua
    dpa | agency | germany | DPA, dpa | DPA, dpa, Deutsche Presse-Agentur
    ansa | agency | italy | ANSA, Ansa | ANSA
    efe | agency | spain | EFE, Efe | EFE
    belga | agency | belgium | Belga | Belga
    sana | agency | syria | SANA, Sana | SANA, Syrian Arab News Agency
    irna | agency | iran | IRNA, Irna | IRNA
    tasnim | agency | iran | Tasnim | Tasnim
    fars | agency | iran | Fars | Fars
    kyodo | agency | japan | Kyodo | Kyodo
    yonhap | agency | south-korea | Yonhap | Yonhap
    kcna | agency | north-korea | KCNA | KCNA, Korean Central News Agency
    ukrinform | agency | ukraine | Ukrinform | Ukrinform
    unian | agency | ukraine | UNIAN, Unian | UNIAN
    pap | agency | poland | PAP | PAP
    aps | agency | algeria | APS, Algérie Presse Service | APS, Algeria Press Service
    map | agency | morocco | MAP, Maghreb Arabe Presse | MAP, Maghreb Arab Press
    tap | agency | tunisia | TAP, Tunis Afrique Presse | TAP, Tunis Afrique Presse
    wafa | agency | palestine | Wafa, WAFA | Wafa, WAFA
    mena | agency | egypt | MENA | MENA, Middle East News Agency
    spa | agency | saudi-arabia | SPA | SPA, Saudi Press Agency
    qna | agency | qatar | QNA | QNA, Qatar News Agency
    bloomberg | agency | united-states | Bloomberg | Bloomberg, Bloomberg News

    # Television and radio
    bbc | outlet | united-kingdom | BBC | BBC, BBC News
    sky-news | outlet | united-kingdom | Sky News | Sky News
    cnn | outlet | united-states | CNN | CNN
    fox-news | outlet | united-states | Fox News | Fox News
    cbs | outlet | united-states | CBS, CBS News | CBS, CBS News
    nbc | outlet | united-states | NBC, NBC News | NBC, NBC News
    abc-news | outlet | united-states | ABC, ABC News | ABC, ABC News
    msnbc | outlet | united-states | MSNBC | MSNBC
    cnbc | outlet | united-states | CNBC | CNBC
    npr | outlet | united-states | NPR | NPR
    voice-of-america | outlet | united-states | Voice of America, VOA | Voice of America, VOA
    radio-free-europe | outlet | united-states | Radio Free Europe, RFE/RL | Radio Free Europe, Radio Free Europe/Radio Liberty, RFE/RL
    al-jazeera | outlet | qatar | Al Jazeera, Al-Jazeera, Al Jazira, Al-Jazira | Al Jazeera, Al-Jazeera
    al-arabiya | outlet | saudi-arabia | Al Arabiya, Al-Arabiya | Al Arabiya, Al-Arabiya
    al-mayadeen | outlet | lebanon | Al Mayadeen, Al-Mayadeen | Al Mayadeen, Al-Mayadeen
    al-manar | outlet | lebanon | Al-Manar, Al Manar | Al-Manar, Al Manar
    press-tv | outlet | iran | Press TV | Press TV
    trt | outlet | turkey | TRT | TRT, TRT World
    nhk | outlet | japan | NHK | NHK
    cgtn | outlet | china | CGTN | CGTN
    deutsche-welle | outlet | germany | Deutsche Welle, DW | Deutsche Welle, DW
    euronews | outlet | | Euronews | Euronews
    rt | outlet | russia | RT, Russia Today | RT, Russia Today
    sputnik | outlet | russia | Sputnik | Sputnik
    channel-one-russia | outlet | russia | Pervi Kanal, Première chaîne | Channel One, Pervy Kanal
    i24news | outlet | israel | i24News, i24NEWS | i24News, i24NEWS
    kan | outlet | israel | Kan | Kan
    france-24 | outlet | france | France 24 | France 24
    rfi | outlet | france | RFI, Radio France internationale | RFI, Radio France Internationale
    franceinfo | outlet | france | franceinfo, France Info, francetvinfo | franceinfo, France Info
    france-televisions | outlet | france | France Télévisions | France Télévisions
    france-2 | outlet | france | France 2 | France 2
    france-3 | outlet | france | France 3 | France 3
    france-inter | outlet | france | France Inter | France Inter
    radio-france | outlet | france | Radio France | Radio France
    tf1 | outlet | france | TF1 | TF1
    lci | outlet | france | LCI | LCI
    bfmtv | outlet | france | BFMTV, BFM TV, BFM | BFMTV, BFM TV
    cnews | outlet | france | CNews, Cnews | CNews
    europe-1 | outlet | france | Europe 1 | Europe 1
    rtl | outlet | france | RTL | RTL
    rmc | outlet | france | RMC | RMC
    arte | outlet | france | Arte | Arte
    tv5monde | outlet | france | TV5Monde, TV5 Monde | TV5Monde
    rtbf | outlet | belgium | RTBF | RTBF
    rts | outlet | switzerland | RTS | RTS

    # Newspapers, magazines and websites
    le-monde | outlet | france | Le Monde | Le Monde
    le-figaro | outlet | france | Le Figaro | Le Figaro
    liberation | outlet | france | Libération, Libé | Libération, Liberation
    le-parisien | outlet | france | Le Parisien | Le Parisien
    les-echos | outlet | france | Les Échos, Les Echos | Les Echos
    l-express | outlet | france | L’Express | L’Express
    le-point | outlet | france | Le Point | Le Point
    l-obs | outlet | france | L’Obs, Le Nouvel Observateur | L’Obs
    mediapart | outlet | france | Mediapart | Mediapart
    le-jdd | outlet | france | Le JDD, Le Journal du dimanche, JDD | Le JDD, Journal du Dimanche
    ouest-france | outlet | france | Ouest-France | Ouest-France
    vingt-minutes | outlet | france | 20 Minutes | 20 Minutes
    la-croix | outlet | france | La Croix | La Croix
    l-humanite | outlet | france | L’Humanité | L’Humanité
    canard-enchaine | outlet | france | Le Canard enchaîné | Le Canard enchaîné
    marianne | outlet | france | Marianne | Marianne
    le-monde-diplomatique | outlet | france | Le Monde diplomatique | Le Monde diplomatique
    jeune-afrique | outlet | france | Jeune Afrique | Jeune Afrique
    le-soir | outlet | belgium | Le Soir | Le Soir
    le-temps | outlet | switzerland | Le Temps | Le Temps
    la-presse | outlet | canada | La Presse | La Presse
    le-devoir | outlet | canada | Le Devoir | Le Devoir
    el-khabar | outlet | algeria | El Khabar | El Khabar
    new-york-times | outlet | united-states | The New York Times, New York Times, NYT | The New York Times, New York Times, NYT
    washington-post | outlet | united-states | The Washington Post, Washington Post | The Washington Post, Washington Post
    wall-street-journal | outlet | united-states | The Wall Street Journal, Wall Street Journal, WSJ | The Wall Street Journal, Wall Street Journal, WSJ
    usa-today | outlet | united-states | USA Today | USA Today
    los-angeles-times | outlet | united-states | Los Angeles Times | Los Angeles Times
    politico | outlet | united-states | Politico | Politico
    axios | outlet | united-states | Axios | Axios
    newsweek | outlet | united-states | Newsweek | Newsweek
    the-atlantic | outlet | united-states | The Atlantic | The Atlantic
    new-yorker | outlet | united-states | The New Yorker | The New Yorker
    al-monitor | outlet | united-states | Al-Monitor | Al-Monitor
    the-guardian | outlet | united-kingdom | The Guardian, Guardian | The Guardian, Guardian
    financial-times | outlet | united-kingdom | Financial Times, FT | Financial Times, FT
    the-times | outlet | united-kingdom | The Times | The Times
    the-telegraph | outlet | united-kingdom | The Telegraph, Daily Telegraph | The Telegraph, Daily Telegraph
    the-independent | outlet | united-kingdom | The Independent | The Independent
    the-economist | outlet | united-kingdom | The Economist | The Economist
    daily-mail | outlet | united-kingdom | Daily Mail | Daily Mail
    der-spiegel | outlet | germany | Der Spiegel, Spiegel | Der Spiegel, Spiegel
    bild | outlet | germany | Bild | Bild
    die-welt | outlet | germany | Die Welt | Die Welt
    sueddeutsche-zeitung | outlet | germany | Süddeutsche Zeitung | Süddeutsche Zeitung
    faz | outlet | germany | Frankfurter Allgemeine Zeitung, FAZ | Frankfurter Allgemeine Zeitung, FAZ
    el-pais | outlet | spain | El País, El Pais | El País, El Pais
    corriere-della-sera | outlet | italy | Corriere della Sera | Corriere della Sera
    la-repubblica | outlet | italy | La Repubblica | La Repubblica
    kommersant | outlet | russia | Kommersant | Kommersant
    izvestia | outlet | russia | Izvestia | Izvestia
    moscow-times | outlet | russia | The Moscow Times, Moscow Times | The Moscow Times, Moscow Times
    novaya-gazeta | outlet | russia | Novaïa Gazeta, Novaya Gazeta | Novaya Gazeta
    meduza | outlet | russia | Meduza | Meduza
    rossiyskaya-gazeta | outlet | russia | Rossiïskaïa Gazeta, Rossiyskaya Gazeta | Rossiyskaya Gazeta
    rbc | outlet | russia | RBK, RBC | RBC
    ukrainska-pravda | outlet | ukraine | Ukrainska Pravda | Ukrainska Pravda
    kyiv-independent | outlet | ukraine | Kyiv Independent, The Kyiv Independent | Kyiv Independent, The Kyiv Independent
    kyiv-post | outlet | ukraine | Kyiv Post | Kyiv Post
    rbc-ukraine | outlet | ukraine | RBC-Ukraine, RBC-Ukraïne | RBC-Ukraine
    rudaw | outlet | iraq | Rudaw | Rudaw
    kurdistan-24 | outlet | iraq | Kurdistan 24 | Kurdistan 24
    jerusalem-post | outlet | israel | Jerusalem Post, The Jerusalem Post | Jerusalem Post, The Jerusalem Post
    times-of-israel | outlet | israel | Times of Israel, The Times of Israel | Times of Israel, The Times of Israel
    haaretz | outlet | israel | Haaretz | Haaretz
    yedioth-ahronoth | outlet | israel | Yediot Aharonot, Yedioth Ahronoth, Ynet | Yedioth Ahronoth, Ynet, Ynetnews
    walla | outlet | israel | Walla | Walla
    asharq-al-awsat | outlet | saudi-arabia | Asharq al-Awsat | Asharq Al-Awsat
    al-watan-syria | outlet | syria | Al-Watan | Al-Watan
    hurriyet | outlet | turkey | Hürriyet | Hürriyet
    daily-sabah | outlet | turkey | Daily Sabah | Daily Sabah
    anews | outlet | turkey | A News, aNews | A News, aNews
    times-of-india | outlet | india | Times of India | Times of India, The Times of India
    new-indian-express | outlet | india | New Indian Express | The New Indian Express, New Indian Express
    ariana-news | outlet | afghanistan | Ariana News | Ariana News
    global-times | outlet | china | Global Times | Global Times
    peoples-daily | outlet | china | Quotidien du peuple | People’s Daily
    south-china-morning-post | outlet | china | South China Morning Post | South China Morning Post, SCMP
    """
}
