extension GazetteerData {
    /// Political parties and trade unions. Same layout as `organizations`.
    /// key | kind | country | French names | English names
    static let partiesAndUnions = """
    # French unions
    cgt | union | france | CGT, Confédération générale du travail | CGT, General Confederation of Labour
    cfdt | union | france | CFDT, Confédération française démocratique du travail | CFDT
    force-ouvriere | union | france | FO, Force ouvrière | FO, Force Ouvrière
    cfe-cgc | union | france | CFE-CGC | CFE-CGC
    cftc | union | france | CFTC | CFTC
    unsa | union | france | Unsa, UNSA | UNSA, Unsa
    solidaires | union | france | Solidaires, Union syndicale Solidaires, SUD | Solidaires
    fsu | union | france | FSU | FSU
    intersyndicale | union | france | intersyndicale, Intersyndicale | intersyndicale, union coalition
    medef | union | france | Medef, MEDEF | Medef, MEDEF
    fnsea | union | france | FNSEA | FNSEA
    unef | union | france | Unef, UNEF | UNEF
    # French parties
    renaissance | party | france | Renaissance, La République en marche, LREM, En marche | Renaissance, La République En Marche, LREM
    modem | party | france | MoDem, Modem | MoDem
    horizons | party | france | Horizons | Horizons
    les-republicains | party | france | Les Républicains, LR | The Republicans, Les Républicains, LR
    rassemblement-national | party | france | Rassemblement national, RN, Front national, FN | National Rally, Rassemblement National, RN, National Front
    la-france-insoumise | party | france | La France insoumise, LFI, France insoumise | France Unbowed, La France Insoumise, LFI
    parti-socialiste | party | france | Parti socialiste, PS | Socialist Party, Parti Socialiste, PS
    ecologistes | party | france | Les Écologistes, EELV, Europe Écologie-Les Verts, Verts | The Ecologists, EELV, Greens
    pcf | party | france | Parti communiste français, PCF, Parti communiste | French Communist Party, PCF
    reconquete | party | france | Reconquête | Reconquête, Reconquest
    nupes | party | france | Nupes, NUPES | NUPES, Nupes
    nouveau-front-populaire | party | france | Nouveau Front populaire, NFP | New Popular Front, NFP
    udi | party | france | UDI | UDI
    # Other parties
    baath | party | syria | Parti Baas, Baas, parti Baas | Baath Party, Baath, Ba’ath Party
    united-russia | party | russia | Russie unie | United Russia
    democratic-party-us | party | united-states | Parti démocrate | Democratic Party, Democrats
    republican-party-us | party | united-states | Parti républicain | Republican Party, GOP, Republicans
    labour-party | party | united-kingdom | Parti travailliste, Labour | Labour Party, Labour
    conservative-party | party | united-kingdom | Parti conservateur, tories | Conservative Party, Conservatives, Tories
    akp | party | turkey | AKP, Parti de la justice et du développement | AKP, Justice and Development Party
    likud | party | israel | Likoud | Likud
    afd | party | germany | AfD, Alternative pour l’Allemagne | AfD, Alternative for Germany
    cdu | party | germany | CDU | CDU, Christian Democratic Union
    spd | party | germany | SPD | SPD, Social Democratic Party
    kdp | party | iraq | PDK, Parti démocratique du Kurdistan | KDP, Kurdistan Democratic Party
    puk | party | iraq | UPK, Union patriotique du Kurdistan | PUK, Patriotic Union of Kurdistan
    fatah | party | palestine | Fatah | Fatah
    plo | party | palestine | OLP, Organisation de libération de la Palestine | PLO, Palestine Liberation Organization
    palestinian-authority | government | palestine | Autorité palestinienne | Palestinian Authority, PA
    muslim-brotherhood | party | | Frères musulmans | Muslim Brotherhood
    """
}
