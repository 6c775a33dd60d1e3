extension GazetteerData {
    /// Armed groups, militias, rebel coalitions and military companies, and national armies
    /// news names on their own. Same layout as `organizations`.
    /// key | kind | country | French names | English names | template
    static let armedGroups = """
    hts | armed-group | syria | Hayat Tahrir al-Cham, Hayat Tahrir al-Sham, Hay’at Tahrir al-Sham, HTC, HTS | Hayat Tahrir al-Sham, Hay’at Tahrir al-Sham, HTS
    al-nusra-front | armed-group | syria | Front al-Nosra, Front al-Nusra, Front Fatah al-Cham | al-Nusra Front, Nusra Front, Jabhat al-Nusra
    islamic-state | armed-group | | État islamique, EI, groupe État islamique, Daech, Daesh, organisation État islamique | Islamic State, IS, ISIS, ISIL, Daesh, Islamic State group
    al-qaeda | armed-group | | Al-Qaïda, al-Qaïda, Al-Qaida, Al Qaïda | al-Qaeda, Al-Qaeda, al-Qaida, Al Qaeda
    aqmi | armed-group | | Al-Qaïda au Maghreb islamique, AQMI | al-Qaeda in the Islamic Maghreb, AQIM
    jnim | armed-group | mali | Groupe de soutien à l’islam et aux musulmans, GSIM, JNIM | Group for the Support of Islam and Muslims, JNIM
    boko-haram | armed-group | nigeria | Boko Haram | Boko Haram
    al-shabaab | armed-group | somalia | shebab, Shebab, Al-Shabab | al-Shabaab, Al-Shabaab
    hezbollah | armed-group | lebanon | Hezbollah, Hizbollah, Hezbolah | Hezbollah, Hizbollah
    hamas | armed-group | palestine | Hamas, mouvement Hamas | Hamas
    qassam-brigades | armed-group | palestine | Brigades Ezzedine al-Qassam, brigades al-Qassam | Qassam Brigades, Izz ad-Din al-Qassam Brigades, al-Qassam Brigades
    islamic-jihad | armed-group | palestine | Jihad islamique, Jihad islamique palestinien | Islamic Jihad, Palestinian Islamic Jihad, PIJ
    houthis | armed-group | yemen | Houthis, houthis, rebelles houthis, Ansar Allah | Houthis, Houthi rebels, Ansar Allah
    sdf | armed-group | syria | Forces démocratiques syriennes, FDS | Syrian Democratic Forces, SDF
    ypg | armed-group | syria | Unités de protection du peuple, YPG | People’s Protection Units, YPG
    pkk | armed-group | turkey | Parti des travailleurs du Kurdistan, PKK | Kurdistan Workers’ Party, PKK
    syrian-national-army | armed-group | syria | Armée nationale syrienne, ANS | Syrian National Army, SNA
    free-syrian-army | armed-group | syria | Armée syrienne libre, ASL | Free Syrian Army, FSA
    syrian-arab-army | military | syria | armée syrienne, armée arabe syrienne | Syrian army, Syrian Arab Army, Syrian military | army
    russian-army | military | russia | armée russe, forces armées russes | Russian army, Russian military, Russian armed forces | army
    ukrainian-army | military | ukraine | armée ukrainienne, forces armées ukrainiennes | Ukrainian army, Ukrainian military, Armed Forces of Ukraine | army
    us-army | military | united-states | armée américaine | U.S. military, US military, U.S. Army, US Army | army
    french-army | military | france | armée française | French army, French military | army
    wagner | armed-group | russia | Wagner, groupe Wagner, milice Wagner | Wagner, Wagner Group
    africa-corps | armed-group | russia | Africa Corps | Africa Corps
    taliban | armed-group | afghanistan | talibans, Talibans, taliban | Taliban
    hashd-al-shaabi | armed-group | iraq | Hachd al-Chaabi, Forces de mobilisation populaire | Popular Mobilization Forces, PMF, Hashed al-Shaabi
    rsf-sudan | armed-group | sudan | Forces de soutien rapide, FSR | Rapid Support Forces, RSF
    m23 | armed-group | dr-congo | M23 | M23
    adf | armed-group | dr-congo | ADF, Forces démocratiques alliées | ADF, Allied Democratic Forces
    azov | armed-group | ukraine | régiment Azov, Azov | Azov Regiment, Azov Brigade, Azov
    """
}
