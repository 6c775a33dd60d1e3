extension ComparisonLexicon {
    static let french = ComparisonLexicon(
        language: .french,
        bounds: """
        # bound | phrases that open a figure (folded match, longest first)
        at-least | au moins, pas moins de, au minimum, minimum
        more-than | plus de, plus d', au-dela de, davantage que, depasse, depassent, depassait
        less-than | moins de, moins d'
        at-most | au plus, au maximum, jusqu'a, pas plus de
        nearly | pres de, presque, quasiment, pas loin de, quasi, bientot
        about | environ, quelque, autour de, a peu pres, de l'ordre de, approximativement
        """,
        revisionCues: """
        # a figure presented as an update of an earlier one
        bilan actualise
        nouveau bilan
        dernier bilan
        bilan revu
        revu a la hausse
        revu a la baisse
        chiffre actualise
        chiffres actualises
        nouveau decompte
        s'alourdit
        s'est alourdi
        a ete revu
        resultats definitifs
        resultats officiels
        resultats complets
        decompte final
        chiffres definitifs
        """,
        provisionalCues: """
        # a figure given as provisional: a later one, published another day, updates it
        resultats partiels
        resultats provisoires
        resultats preliminaires
        bilan provisoire
        chiffres provisoires
        premiers resultats
        premieres estimations
        """,
        denialCues: """
        # denying or doubting the fact that follows
        dement
        dementi
        a dementi
        nie
        a nie
        rejette
        pas sur
        pas surs
        pas certain
        incertain
        rien n'est confirme
        """,
        postposedDenialCues: """
        # mettant en doute ou démentant ce qui est dit avant
        non confirme
        non confirmee
        non confirmees
        non confirmes
        desinformation
        """,
        nationalScope: """
        # a figure counted over the whole country
        dans tout le pays
        dans tout le territoire
        sur tout le territoire
        sur l'ensemble du territoire
        dans l'ensemble du pays
        dans toute la france
        au niveau national
        a l'echelle nationale
        """,
        comparisonCues: """
        # before a date a figure is compared with ("plus nombreux que le 15 mars": the date's
        # own article may belong to the date)
        que
        qu'
        que le
        que la
        qu'au
        qu'a
        que lors de
        que lors du
        par rapport au
        par rapport a la
        par rapport a
        compare au
        compare a la
        contre
        """,
        periodStartCues: """
        # before the day a period starts: a figure counted since then is the report's
        depuis
        depuis le
        a partir de
        a partir du
        """,
        lineageWords: """
        # a line of rulers: a span beside one is the line's
        famille
        clan
        dynastie
        pere
        """,
        severityCues: """
        # the worst-hurt among the injured
        etat critique
        etat grave
        grievement
        gravement
        urgence absolue
        pronostic vital
        """,
        routes: """
        # opener | joiner of a route
        de | à
        d' | à
        depuis | à
        depuis | jusqu'à
        entre | et
        """,
        institutionJoiners: "de, du, des, d', la, le, les, l', et",
        institutionWords: """
        # word of an institution's name | its English word (names told in two languages are one)
        autorité | authority
        autorités | authority
        civile | civil
        civil | civil
        ministère | ministry
        préfecture | prefecture
        affaires | affairs
        étrangères | foreign
        intérieur | interior
        défense | defence
        santé | health
        sécurité | security
        secours | rescue
        gestion | management
        risques | risk
        nationale | national
        national | national
        institut | institute
        géophysique | geophysical
        agence | agency
        bureau | office
        office | office
        conseil | council
        comité | committee
        centre | centre
        direction | directorate
        secrétariat | secretariat
        garde | guard
        côtière | coast
        côtes | coast
        côte | coast
        armée | army
        marine | navy
        observatoire | observatory
        droits | rights
        homme | human
        météorologique | meteorological
        sismologique | seismological
        transports | transport
        protection | protection
        urgence | emergency
        urgences | emergency
        catastrophes | disaster
        catastrophe | disaster
        service | service
        services | service
        source | source
        sources | source
        policière | police
        policières | police
        policier | police
        policiers | police
        police | police
        diplomatique | diplomatic
        diplomatiques | diplomatic
        militaire | military
        militaires | military
        médicale | medical
        médicales | medical
        hospitalière | hospital
        hospitalières | hospital
        sécuritaire | security
        sécuritaires | security
        judiciaire | judicial
        judiciaires | judicial
        gouvernementale | government
        gouvernementales | government
        commission | commission
        électorale | electoral
        électorales | electoral
        électoral | electoral
        cour | court
        tribunal | court
        constitutionnelle | constitutional
        constitutionnel | constitutional
        suprême | supreme
        parlement | parliament
        assemblée | assembly
        banque | bank
        centrale | central
        mondiale | world
        organisation | organization
        européenne | european
        africaine | african
        procureur | prosecutor
        parquet | prosecutor
        """,
        collectiveNumbers: """
        # collective numbers in the singular ("une dizaine"): about that many
        dizaine, douzaine, quinzaine, vingtaine, trentaine, quarantaine, cinquantaine, soixantaine, centaine, millier
        """,
        decadeAges: """
        # mot | âge le plus bas | âge le plus haut
        quadragénaire, quadragénaires | 40 | 49
        quinquagénaire, quinquagénaires | 50 | 59
        sexagénaire, sexagénaires | 60 | 69
        septuagénaire, septuagénaires | 70 | 79
        octogénaire, octogénaires | 80 | 89
        nonagénaire, nonagénaires | 90 | 99
        """,
        directionWords: """
        # après une distance, un décalage depuis un lieu : « à 28 km au sud d'Izmir »
        nord, sud, est, ouest
        nord-est, nord-ouest, sud-est, sud-ouest
        """,
        offsetJoiners: "de, d', du, des",
        depthWords: """
        # une distance qui est une profondeur : « à 10 km de profondeur »
        profondeur
        """)
}
