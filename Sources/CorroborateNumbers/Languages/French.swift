extension NumberLanguageData {
    /// French: decimal comma, thousands by space or dot ("3 500", "800.000"), adjectives
    /// mostly after the noun ("441 policiers blessés").
    static let french = NumberLanguageData(
        language: .french,
        format: """
        decimal | ,
        group | .
        adjectives | after
        """,
        words: """
        # phrase | value | kinds
        zéro | 0 | number
        un | 1 | article
        une | 1 | article
        deux | 2 | number
        trois | 3 | number
        quatre | 4 | number
        cinq | 5 | number
        six | 6 | number
        sept | 7 | number
        huit | 8 | number
        neuf | 9 | number
        dix | 10 | number
        onze | 11 | number
        douze | 12 | number
        treize | 13 | number
        quatorze | 14 | number
        quinze | 15 | number
        seize | 16 | number
        vingt | 20 | number
        trente | 30 | number
        quarante | 40 | number
        cinquante | 50 | number
        soixante | 60 | number
        # 80 is four twenties; written whole so the parts do not add up to 24
        quatre-vingt | 80 | number
        quatre-vingts | 80 | number
        # Belgian and Swiss forms
        septante | 70 | number
        huitante | 80 | number
        octante | 80 | number
        nonante | 90 | number
        cent | 100 | hundred
        cents | 100 | hundred
        mille | 1000 | scale
        million | 1000000 | scale
        millions | 1000000 | scale vague
        milliard | 1000000000 | scale
        milliards | 1000000000 | scale vague
        et | 0 | connector
        # "deux ans et demi", "un million et demi"
        et demi | 0.5 | half
        et demie | 0.5 | half
        # "une trentaine de": about thirty
        dizaine | 10 | collective
        douzaine | 12 | collective
        quinzaine | 15 | collective
        vingtaine | 20 | collective
        trentaine | 30 | collective
        quarantaine | 40 | collective
        cinquantaine | 50 | collective
        soixantaine | 60 | collective
        centaine | 100 | collective
        millier | 1000 | collective
        # "des milliers": the gold convention counts a vague plural as one of its unit
        dizaines | 10 | vague
        centaines | 100 | vague
        milliers | 1000 | vague
        # dozens are counted as two dozen, as the gold annotates English "dozens"
        douzaines | 24 | vague
        # "plusieurs", "quelques": at least two. Both get the same value so two articles saying
        # "quelques" and "plusieurs" of the same thing agree rather than conflict.
        plusieurs | 2 | few
        quelques | 2 | few
        # "des années", "des mois": more than one, only before a plural of time
        des | 2 | timefew
        """,
        units: """
        # phrase | unit | multiplier | flags
        # time
        an | year | 1 | time one
        année | year | 1 | time one
        décennie | year | 10 | time one
        siècle | year | 100 | time one
        demi-siècle | year | 50 | time one approx
        mois | month | 1 | time one
        trimestre | month | 3 | time one
        semestre | month | 6 | time one
        semaine | week | 1 | time one
        quinzaine de jours | day | 15 | time approx
        jour | day | 1 | time one
        journée | day | 1 | time one
        demi-journée | day | 0.5 | time one
        nuit | night | 1 | time one
        soirée | night | 1 | time one
        heure | hour | 1 | time one clock
        demi-heure | hour | 0.5 | time one
        minute | minute | 1 | time one
        # "une seconde" is as often the adjective "second": no article count
        seconde | second | 1 | time
        # shares and money
        % | percent | 1 | symbol
        pour cent | percent | 1 | span
        pourcent | percent | 1 | span
        point de pourcentage | point | 1 |
        points de pourcentage | point | 1 |
        # un centième de point : « 25 points de base », c'est 0,25 point
        point de base | point | 0.01 |
        points de base | point | 0.01 |
        # « taux » ne prend pas de s au pluriel : pas « tau »
        taux | rate | 1 |
        point | point | 1 |
        # "les deux tiers": a share, counted in its own unit
        tiers | third | 1 |
        quart | quarter | 1 |
        € | euro | 1 | symbol
        M€ | euro | 1000000 | span
        Md€ | euro | 1000000000 | span
        k€ | euro | 1000 | span
        euro | euro | 1 |
        $ | dollar | 1 | symbol
        dollar | dollar | 1 |
        £ | pound | 1 | symbol
        livre sterling | pound | 1 |
        livres sterling | pound | 1 |
        franc | franc | 1 |
        centime | cent | 1 |
        rouble | ruble | 1 |
        dinar | dinar | 1 |
        dirham | dirham | 1 |
        yuan | yuan | 1 |
        yen | yen | 1 |
        livre turque | lira | 1 |
        livres turques | lira | 1 |
        livre syrienne | pound | 1 |
        livres syriennes | pound | 1 |
        # measures
        # échelles nommées avant ou après le chiffre : « magnitude 6,4 », « catégorie 4 »
        magnitude | magnitude | 1 | before
        catégorie | category | 1 | before
        # vitesses : « des rafales de 180 km/h »
        km / h | kilometre per hour | 1 |
        km/h | kilometre per hour | 1 |
        kilomètres par heure | kilometre per hour | 1 |
        kilomètres-heure | kilometre per hour | 1 |
        nœuds | knot | 1 |
        kilomètre | kilometre | 1 |
        km | kilometre | 1 |
        mille | mile | 1 |
        mètre | metre | 1 |
        centimètre | centimetre | 1 |
        hectare | hectare | 1 |
        km2 | square kilometre | 1 |
        tonne | tonne | 1 |
        kilo | kilogram | 1 |
        kilogramme | kilogram | 1 |
        kg | kilogram | 1 |
        gramme | gram | 1 |
        litre | litre | 1 |
        baril | barrel | 1 |
        degré | degree | 1 |
        ° | degree | 1 | span
        étage | storey | 1 |
        # people counted as a crowd: one unit, so turnout figures compare across outlets
        personne | people | 1 |
        gens | people | 1 |
        individu | people | 1 |
        âme | people | 1 |
        habitant | people | 1 |
        manifestant | people | 1 |
        protestataire | people | 1 |
        opposant | people | 1 |
        participant | people | 1 |
        casseur | people | 1 |
        # people by role
        enfant | child | 1 |
        petit-enfant | grandchild | 1 |
        petits-enfants | grandchild | 1 |
        bébé | baby | 1 |
        mineur | minor | 1 |
        adolescent | teenager | 1 |
        femme | woman | 1 |
        homme | man | 1 |
        fille | girl | 1 |
        garçon | boy | 1 |
        famille | family | 1 |
        foyer | household | 1 |
        ménage | household | 1 |
        passager | passenger | 1 |
        membre d'équipage | crew member | 1 |
        membres d'équipage | crew member | 1 |
        spectateur | spectator | 1 |
        supporter | supporter | 1 |
        touriste | tourist | 1 |
        visiteur | visitor | 1 |
        abonné | subscriber | 1 |
        client | customer | 1 |
        utilisateur | user | 1 |
        adulte | adult | 1 |
        retraité | pensioner | 1 |
        chômeur | unemployed person | 1 |
        agriculteur | farmer | 1 |
        pêcheur | fisherman | 1 |
        avocat | lawyer | 1 |
        juge | judge | 1 |
        maire | mayor | 1 |
        conseiller | adviser | 1 |
        expert | expert | 1 |
        chercheur | researcher | 1 |
        scientifique | scientist | 1 |
        auteur | author | 1 |
        artiste | artist | 1 |
        joueur | player | 1 |
        athlète | athlete | 1 |
        but | goal | 1 |
        match | match | 1 |
        médaille | medal | 1 |
        livre | book | 1 |
        page | page | 1 |
        mot | word | 1 |
        signature | signature | 1 |
        accord | agreement | 1 |
        contrat | contract | 1 |
        projet | project | 1 |
        loi | law | 1 |
        décret | decree | 1 |
        sanction | sanction | 1 |
        pétition | petition | 1 |
        message | message | 1 |
        sondé | respondent | 1 |
        civil | civilian | 1 |
        réfugié | refugee | 1 |
        déplacé | displaced person | 1 |
        migrant | migrant | 1 |
        exilé | exile | 1 |
        demandeur d'asile | asylum seeker | 1 |
        demandeurs d'asile | asylum seeker | 1 |
        élève | pupil | 1 |
        étudiant | student | 1 |
        enseignant | teacher | 1 |
        professeur | teacher | 1 |
        salarié | employee | 1 |
        employé | employee | 1 |
        agent | officer | 1 |
        travailleur | worker | 1 |
        ouvrier | worker | 1 |
        fonctionnaire | civil servant | 1 |
        gréviste | striker | 1 |
        syndicaliste | trade unionist | 1 |
        militant | activist | 1 |
        médecin | doctor | 1 |
        infirmier | nurse | 1 |
        soignant | health worker | 1 |
        patient | patient | 1 |
        malade | patient | 1 |
        journaliste | journalist | 1 |
        soldat | soldier | 1 |
        militaire | soldier | 1 |
        troupe | troop | 1 |
        combattant | fighter | 1 |
        rebelle | rebel | 1 |
        insurgé | insurgent | 1 |
        djihadiste | jihadist | 1 |
        jihadiste | jihadist | 1 |
        terroriste | terrorist | 1 |
        milicien | militiaman | 1 |
        policier | officer | 1 |
        gendarme | officer | 1 |
        membre des forces de l'ordre | officer | 1 |
        membres des forces de l'ordre | officer | 1 |
        forces de l'ordre | officer | 1 |
        pompier | firefighter | 1 |
        sapeur-pompier | firefighter | 1 |
        sapeurs-pompiers | firefighter | 1 |
        secouriste | rescuer | 1 |
        riverain | people | 1 |
        secouriste | rescuer | 1 |
        otage | hostage | 1 |
        prisonnier | prisoner | 1 |
        détenu | detainee | 1 |
        suspect | suspect | 1 |
        victime | victim | 1 |
        mort | dead | 1 | one
        tué | dead | 1 | one
        décès | death | 1 | one
        blessé | injured | 1 | one
        disparu | missing | 1 | one
        survivant | survivor | 1 |
        autres | people | 1 | standin
        rescapé | survivor | 1 |
        corps | body | 1 |
        électeur | voter | 1 |
        député | deputy | 1 |
        sénateur | senator | 1 |
        élu | elected official | 1 |
        ministre | minister | 1 |
        candidat | candidate | 1 |
        membre | member | 1 |
        adhérent | member | 1 |
        diplomate | diplomat | 1 |
        # events and acts
        interpellation | arrest | 1 |
        interpellé | arrest | 1 |
        arrestation | arrest | 1 |
        garde à vue | custody | 1 |
        gardes à vue | custody | 1 |
        condamnation | conviction | 1 |
        plainte | complaint | 1 |
        procès | trial | 1 |
        enquête | investigation | 1 |
        manifestation | demonstration | 1 |
        rassemblement | rally | 1 |
        défilé | march | 1 |
        cortège | march | 1 |
        grève | strike | 1 |
        feu | fire | 1 |
        incendie | fire | 1 |
        départ de feu | fire | 1 |
        départs de feu | fire | 1 |
        frappe | strike | 1 |
        bombardement | bombing | 1 |
        attaque | attack | 1 |
        attentat | attack | 1 |
        explosion | explosion | 1 |
        tir | shot | 1 |
        balle | bullet | 1 |
        obus | shell | 1 |
        bombe | bomb | 1 |
        missile | missile | 1 |
        roquette | rocket | 1 |
        drone | drone | 1 |
        arme | weapon | 1 |
        fois | time | 1 |
        reprise | time | 1 |
        cas | case | 1 |
        dose | dose | 1 |
        test | test | 1 |
        voix | vote | 1 |
        vote | vote | 1 |
        siège | seat | 1 |
        poste | job | 1 |
        emploi | job | 1 |
        # things and places
        pays | country | 1 |
        état | state | 1 |
        nation | nation | 1 |
        ville | town | 1 |
        commune | town | 1 |
        village | village | 1 |
        localité | town | 1 |
        région | region | 1 |
        département | department | 1 |
        province | province | 1 |
        quartier | district | 1 |
        rue | street | 1 |
        immeuble | building | 1 |
        bâtiment | building | 1 |
        maison | house | 1 |
        logement | home | 1 |
        résidence | residence | 1 |
        palais | palace | 1 |
        école | school | 1 |
        hôpital | hospital | 1 |
        église | church | 1 |
        mosquée | mosque | 1 |
        prison | prison | 1 |
        base | base | 1 |
        aéroport | airport | 1 |
        véhicule | vehicle | 1 |
        voiture | car | 1 |
        camion | truck | 1 |
        bus | bus | 1 |
        char | tank | 1 |
        avion | plane | 1 |
        appareil | aircraft | 1 |
        hélicoptère | helicopter | 1 |
        navire | ship | 1 |
        bateau | boat | 1 |
        train | train | 1 |
        vol | flight | 1 |
        poubelle | bin | 1 |
        statue | statue | 1 |
        entreprise | company | 1 |
        société | company | 1 |
        usine | factory | 1 |
        syndicat | union | 1 |
        parti | party | 1 |
        organisation | organization | 1 |
        lit | bed | 1 |
        repas | meal | 1 |
        """,
        bounds: """
        au moins
        dépasse
        dépassent
        dépassé
        dépassait
        pas moins de
        pas moins d'
        plus de
        plus d'
        un peu plus de
        un peu plus d'
        bien plus de
        bien plus d'
        moins de
        moins d'
        un peu moins de
        un peu moins d'
        près de
        près d'
        pas loin de
        pas loin d'
        environ | about
        quelque | about
        presque
        quasiment
        pratiquement
        jusqu'à
        au plus
        au maximum
        au minimum
        autour de | about
        autour d' | about
        aux alentours de | about
        aux alentours d' | about
        de l'ordre de | about
        de l'ordre d' | about
        approximativement | about
        à peu près | about
        grosso modo | about
        """,
        grammar: """
        link | de, d'
        partitive | des, ces
        tallyhead | nombre, total
        stop | le, la, les, l', un, une, du, de, d', au, aux, à, en, dans, par, pour, sur, sous
        stop | avec, sans, entre, vers, chez, selon, contre, depuis, pendant, après, avant, lors, dès
        stop | dont, et, ou, mais, ni, que, qu', qui, quoi, où, ce, c', cet, cette, ces, se, s'
        stop | sa, son, ses, leur, leurs, notre, nos, votre, vos, mon, ma, mes, il, elle, ils, elles
        stop | on, nous, vous, je, j', y, ne, n', pas, plus, moins, très, aussi, déjà, encore
        stop | seulement, environ, près, ont, a, est, sont, était, étaient, été, sera, seront, fait
        stop | font, avait, avaient, ayant, étant, soit, comme, si, car, donc, alors, puis, ainsi
        stop | tout, tous, toute, toutes, chaque, même, mêmes, contre, cela, ça, ceci, celui, celle
        stop | ceux, celles, lequel, laquelle, lesquels, lesquelles, auquel, auxquels
        stop | selon, d'après, hier, aujourd'hui, demain, ici, là, jeudi, lundi, mardi, mercredi
        stop | vendredi, samedi, dimanche, supplémentaires, graves, légers, légères, grièvement
        stop | légèrement, gravement, seulement, environ, officiellement
        # Adverbs of place a count may stand before: « dont 17 au-dessus de la région ».
        stop | au-dessus, au-dessous, en-dessous, au-delà, en-deçà, loin, autour, auprès
        prenominal | petit, petite, petits, petites, grand, grande, grands, grandes, jeune, jeunes
        prenominal | nouveau, nouveaux, nouvel, nouvelle, nouvelles, vieux, vieil, vieille, vieilles
        prenominal | autre, autres, seul, seule, seuls, seules, premier, premiers, première
        prenominal | premières, derniers, dernière, dernières, bon, bons, bonne, bonnes, mauvais
        prenominal | mauvaise, mauvaises, gros, grosse, grosses, long, longs, longue, longues
        prenominal | simple, simples, véritable, véritables, prochain, prochains, prochaine
        prenominal | prochaines, courte, courtes, bref, brève, brèves, interminables, interminable
        prenominal | lourde, lourdes, dernier
        oneguard | l', le, la, chaque, aucun, aucune, pas
        range | à, et, ou, -, voire
        datearticle | le, du, au
        reference | article, articles, alinéa, loi, décret, numéro, n°, nº, °, no, page, chapitre
        reference | paragraphe, ligne, version, vol, rue, avenue, boulevard, route, autoroute
        reference | résolution, niveau, pièce, salle, tome, volume, section, bâtiment, porte
        elision | l, d, qu, n, s, c, j, m, t, jusqu, lorsqu, puisqu, quoiqu, presqu
        clockprep | à, vers, dès, jusqu'à, avant, depuis
        month | janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre
        month | novembre, décembre, janv, févr, fév, avr, juil, oct, nov, déc
        weekday | lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche
        ordinal | er, re, ère, e, è, ème, eme, èmes, emes, es, ers, res, ères, nd, nde, ndes, nds, d
        ordinal | ᵉ, ᵉʳ, ʳᵉ, ᵉˢ
        timemarker | h, gmt, utc
        agebefore | âgé, âgée, âgés, âgées
        agelist | et, ou
        countlead | alourdi à, passé à, grimpé à, monté à, élevé à, élève à, bilan de
        agedperson | homme, femme, garçon, fille, adolescent, adolescente, enfant, bébé, jeune
        agedperson | retraité, retraitée, victime, conducteur, conductrice, passant, passante
        agedperson | suspect, suspecte, mineur, mineure, étudiant, étudiante, quinquagénaire
        agedperson | automobiliste, motard, motarde, cycliste, piéton, piétonne, chauffeur, passager, passagère
        agedperson | marin, marin-pêcheur, pêcheur, agriculteur, agricultrice, ouvrier, ouvrière, salarié, salariée
        agedperson | policier, policière, pompier, militaire, soldat, touriste, randonneur, randonneuse, skieur, skieuse
        agedperson | patient, patiente, détenu, détenue, otage, habitant, habitante, lycéen, lycéenne, collégien, collégienne
        agedperson | fillette, mère, père, fils, septuagénaire, sexagénaire, octogénaire, quadragénaire, nonagénaire
        """,
        singular: """
        # plurals, most specific first: the first rule that applies gives the guess
        plural | eaux | eau
        plural | eux | eu
        plural | aux | al
        plural | s |
        plural | x |
        # feminine forms, tried against the table only
        feminine | ère | er
        feminine | ée | é
        feminine | ienne | ien
        feminine | euse | eur
        feminine | trice | teur
        feminine | ante | ant
        feminine | ente | ent
        feminine | e |
        """
    )
}
