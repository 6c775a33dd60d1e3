extension ExtractionLexicon {
    /// French: the language the project reads first.
    public static let french = ExtractionLexicon(
        language: .french,
        determiners: Table.set("""
        le
        la
        les
        l'
        un
        une
        des
        du
        de
        d'
        au
        aux
        ce
        cet
        cette
        ces
        son
        sa
        ses
        leur
        leurs
        plusieurs
        certains
        certaines
        """),
        stopwords: Table.set("""
        le
        la
        les
        l'
        un
        une
        des
        du
        de
        d'
        au
        aux
        et
        ou
        mais
        donc
        or
        ni
        car
        que
        qu'
        qui
        quoi
        dont
        où
        ce
        cet
        cette
        ces
        c'
        il
        ils
        elle
        elles
        on
        nous
        vous
        je
        j'
        tu
        se
        s'
        sa
        son
        ses
        leur
        leurs
        lui
        y
        en
        à
        a
        dans
        par
        pour
        sur
        sous
        avec
        sans
        chez
        vers
        entre
        contre
        depuis
        pendant
        après
        avant
        selon
        ne
        n'
        pas
        plus
        est
        sont
        été
        être
        ont
        avait
        avaient
        était
        étaient
        sera
        seront
        fait
        comme
        aussi
        ainsi
        alors
        très
        tout
        tous
        toute
        toutes
        cela
        ceci
        celle
        celui
        ceux
        même
        si
        lorsqu'
        lorsque
        puisque
        tandis
        déjà
        encore
        notamment
        également
        d'autres
        autres
        autre
        """),
        titles: Table.set("""
        procureur
        procureure
        avocat
        avocate
        maître
        me
        juge
        président
        commissaire
        présidente
        ex-président
        ex-présidente
        vice-président
        premier
        première
        ministre
        porte-parole
        chef
        cheffe
        dirigeant
        dirigeante
        leader
        secrétaire
        général
        générale
        ambassadeur
        ambassadrice
        représentant
        représentante
        directeur
        directrice
        roi
        reine
        prince
        émir
        cheikh
        général
        colonel
        commandant
        maréchal
        préfet
        préfète
        gouverneur
        gouverneure
        maire
        député
        députée
        sénateur
        sénatrice
        conseiller
        conseillère
        patron
        patronne
        dictateur
        homme
        femme
        épouse
        époux
        fils
        fille
        frère
        sœur
        père
        mère
        m.
        mme
        dr
        pr
        chancelier
        chancelière
        pape
        ayatollah
        syndicaliste
        responsable
        fondateur
        fondatrice
        ancien
        ancienne
        pdg
        délégué
        déléguée
        """),
        sourceCues: Table.phrases("""
        selon
        d’après
        de source
        de sources
        appris de source
        appris auprès de
        appris auprès du
        appris auprès des
        source :
        sources :
        """),
        relayCues: Table.phrases("""
        cité par
        citée par
        cités par
        citées par
        relayé par
        relayée par
        rapporté par
        rapportée par
        """),
        citingCues: Table.phrases("""
        citant
        """),
        reportingVerbs: Table.set("""
        réagi
        réagit
        réagissait
        montrent
        montraient
        montrait
        montre
        fait état
        détaille
        détaillé
        confié
        salué
        atteste
        attestent
        souligne-t-il
        dénombre
        dénombrent
        comptabilise
        recensé
        chiffre
        estime-t-il
        fait savoir
        réaffirmé
        réaffirme
        réitéré
        glissé
        évoque
        évoquent
        évoqué
        précisant
        affirmant
        indiquant
        expliquant
        ajoutant
        assurant
        estimant
        déclaré
        déclare
        déclarent
        déclarait
        indiqué
        indique
        indiquent
        indiquait
        affirmé
        affirme
        affirment
        affirmait
        précisé
        précise
        précisent
        confirmé
        confirme
        confirment
        annoncé
        annoncent
        annonçait
        ajouté
        ajoute
        ajoutent
        expliqué
        explique
        expliquent
        souligné
        souligne
        soulignent
        assuré
        assure
        assurent
        estimé
        estime
        estiment
        rapporté
        rapporte
        rapportent
        rappelé
        rappelle
        rappellent
        dit
        disent
        démenti
        dément
        démentent
        nié
        nie
        nient
        raconté
        raconte
        racontent
        témoigné
        témoigne
        noté
        notent
        signalé
        signale
        signalent
        révélé
        révèle
        révèlent
        écrit
        écrivent
        prévenu
        averti
        avertit
        martelé
        insisté
        insiste
        reconnu
        reconnaît
        admis
        admet
        déploré
        déplore
        dénoncé
        dénonce
        dénoncent
        accusé
        accuse
        accusent
        revendiqué
        revendique
        fait savoir
        lancé
        répondu
        répond
        commenté
        jugé
        observé
        relevé
        relève
        compté
        recensé
        recense
        dénombré
        chiffré
        évalué
        comptabilisé
        montré
        montre
        montrent
        montraient
        montrait
        """, participleEnding: "é", agreements: ["e", "es"]),
        auxiliaries: Table.set("""
        a
        ont
        avait
        avaient
        aurait
        auraient
        a-t-il
        a-t-elle
        ont-ils
        ont-elles
        """),
        passiveAuxiliaries: Table.set("""
        été
        est
        sont
        était
        étaient
        sera
        seront
        """),
        agentPrepositions: Table.set("""
        par
        """),
        backReferences: Table.phrases("""
        la même source
        cette source
        cette même source
        ces sources
        ces mêmes sources
        la source
        le même responsable
        ce responsable
        le porte-parole
        la porte-parole
        """),
        speakerPronouns: Table.set("""
        il
        elle
        ils
        elles
        a-t-il
        a-t-elle
        ont-ils
        ont-elles
        ajoute-t-il
        ajoute-t-elle
        précise-t-il
        précise-t-elle
        affirme-t-il
        affirme-t-elle
        assure-t-il
        assure-t-elle
        explique-t-il
        explique-t-elle
        poursuit-il
        poursuit-elle
        """),
        actorPronouns: Table.set("""
        il
        lui
        sa
        son
        ses
        leur
        leurs
        l'ex-président
        """),
        sourceNouns: Table.set("""
        garde-côtes
        proche
        proches
        junte
        putschistes
        diplomatie
        habitant
        habitante
        habitants
        riverain
        riverains
        syndicaliste
        syndicalistes
        manifestant
        manifestante
        manifestants
        militant
        militante
        militants
        secouriste
        secouristes
        survivants
        rescapés
        officiers
        officier
        source
        pouvoir
        sources
        médias
        média
        agence
        agences
        responsable
        responsables
        autorités
        porte-parole
        témoins
        témoin
        observatoire
        vidéo
        vidéos
        images
        imagerie
        photos
        rebelles
        syndicats
        police
        préfecture
        ministère
        gouvernement
        pouvoir
        forces
        chiffres
        décompte
        présidence
        presse
        communiqué
        organisation
        organisations
        groupes
        experts
        analystes
        diplomates
        officiels
        militants
        habitants
        pompiers
        sapeurs-pompiers
        secours
        secouristes
        autorité
        hôpital
        opérateur
        compagnie
        entreprise
        armée
        militaires
        parquet
        procureur
        enquêteurs
        médecins
        organisateurs
        gendarmerie
        mairie
        syndicat
        avocat
        avocats
        avocate
        tribunal
        chambre
        commission
        comité
        conseil
        parti
        résultats
        entourage
        proches
        sondage
        enquête
        service
        services
        direction
        préfet
        gouverneur
        inspection
        scientifiques
        chercheurs
        équipes
        groupe
        constructeur
        société
        firme
        banque
        """),
        documentNouns: Table.set("""
        communiqué
        déclaration
        message
        texte
        publication
        """),
        negationOpeners: Table.set("""
        ne
        n'
        """),
        negationClosers: Table.set("""
        pas
        plus
        jamais
        rien
        aucun
        aucune
        nullement
        guère
        point
        personne
        """),
        negationWords: Table.set("""
        démenti
        dément
        démentent
        nié
        nie
        nient
        """),
        hedges: Table.set("""
        aurait
        auraient
        serait
        seraient
        pourrait
        pourraient
        présumé
        présumée
        présumés
        supposé
        supposée
        supposées
        supposés
        apparemment
        semble
        semblent
        semblaient
        probablement
        vraisemblablement
        non confirmées
        non confirmé
        rumeurs
        """),
        hedgeSuffixes: ["erait", "eraient", "irait", "iraient"],
        placePrepositions: Table.set("""
        à
        a
        en
        au
        aux
        dans
        vers
        depuis
        de
        d'
        entre
        près
        sur
        """),
        organizationHeads: Table.set("""
        ministère
        hospices
        garde-côtes
        agence
        armée
        forces
        conseil
        parti
        union
        fédération
        confédération
        commission
        comité
        organisation
        observatoire
        université
        banque
        tribunal
        cour
        assemblée
        sénat
        gouvernement
        front
        mouvement
        groupe
        brigade
        brigades
        garde
        police
        gendarmerie
        préfecture
        syndicat
        intersyndicale
        office
        institut
        société
        compagnie
        service
        services
        état-major
        haut-commissariat
        fondation
        association
        ligue
        fonds
        académie
        chambre
        parlement
        bourse
        """),
        siteHeads: Table.set("""
        aéroport
        prison
        base
        place
        palais
        port
        gare
        hôpital
        pont
        rue
        avenue
        boulevard
        quartier
        camp
        centrale
        mosquée
        église
        stade
        pointe
        cap
        baie
        golfe
        col
        mont
        lac
        plage
        vallée
        """),
        countryWords: Table.set("""
        pays
        """),
        capitalWords: Table.set("""
        capitale
        """),
        notNames: Table.set("""
        allah
        allahu
        akbar
        tempête
        ouragan
        typhon
        cyclone
        à
        au
        aux
        en
        sur
        sous
        chez
        vers
        entre
        contre
        gmt
        utc
        cet
        heure
        heures
        selon
        rappelons
        notons
        ainsi
        alors
        après
        avant
        depuis
        pendant
        dans
        pour
        par
        avec
        sans
        mais
        et
        or
        donc
        car
        cette
        ce
        ces
        cet
        le
        la
        les
        un
        une
        des
        il
        elle
        ils
        elles
        on
        nous
        lui
        leur
        face
        lors
        dès
        outre
        enfin
        puis
        ensuite
        pourtant
        cependant
        toutefois
        néanmoins
        quant
        parmi
        lundi
        mardi
        mercredi
        jeudi
        vendredi
        samedi
        dimanche
        janvier
        février
        mars
        avril
        mai
        juin
        juillet
        août
        septembre
        octobre
        novembre
        décembre
        aujourd'hui
        hier
        lire
        voir
        vidéo
        photo
        crédit
        mise
        publié
        président
        présidente
        ministre
        premier
        première
        porte-parole
        chef
        général
        m
        mme
        le président
        etat
        état
        internet
        une
        des
        plus
        moins
        aucun
        tous
        tout
        certains
        plusieurs
        quelques
        chaque
        deux
        trois
        quatre
        cinq
        dix
        vive
        oui
        non
        si
        quand
        comment
        pourquoi
        alors
        c'est
        c'
        d'
        l'
        qu'
        n'
        s'
        """),
        nameSuffixAdjectives: Table.set("""
        soutenu
        soutenus
        proche
        proches
        compatible
        """),
        actorNouns: Table.set("""
        responsables
        responsable
        autorités
        forces
        troupes
        soldats
        militaires
        diplomates
        dirigeants
        officiels
        alliés
        allié
        avions
        frappes
        """),
        personModifierHeads: Table.set("""
        régime
        famille
        clan
        règne
        ère
        gouvernement
        partisans
        fidèles
        geôles
        statues
        statue
        portrait
        portraits
        """),
        articleEnd: Table.phrases("""
        leave a reply
        laisser un commentaire
        laissez un commentaire
        votre adresse e-mail
        votre adresse email
        ce site utilise akismet
        """),
        furniture: Table.phrases("""
        ( rédigé par
        ( avec
        version française
        ( édité par
        édité par
        leave a reply
        votre adresse e-mail
        votre adresse email
        les champs obligatoires
        ce site utilise akismet
        en savoir plus sur comment
        laisser un commentaire
        laissez un commentaire
        partager
        partagez
        lire aussi
        à lire aussi
        lire la suite
        voir aussi
        abonnez-vous
        inscrivez-vous
        newsletter
        tous droits réservés
        publié le
        mis à jour le
        crédit photo
        crédits photo
        photo :
        par la rédaction
        la rédaction
        suivez-nous
        commentaires
        """),
        clauseBreakers: Table.set("""
        que
        qu'
        qui
        où
        dont
        et
        mais
        ou
        car
        après
        avant
        quand
        lorsque
        lorsqu'
        comme
        puisque
        si
        pour
        sur
        dans
        à
        en
        par
        avec
        sans
        contre
        depuis
        pendant
        alors
        tandis
        """),
        phraseEnders: Table.set("""
        qui
        que
        qu'
        dont
        où
        lorsque
        lorsqu'
        quand
        alors
        tandis
        car
        mais
        après
        avant
        pour
        depuis
        lors
        devant
        pendant
        durant
        """),
        relayVerbs: Table.set("""
        interrogé
        interrogée
        """),
        citingVerbs: Table.set("""
        citant
        cité
        cite
        citent
        """),
        recipientPrepositions: Table.set("""
        à
        au
        aux
        auprès
        """),
        sourcePronouns: Table.set("""
        lui
        elle
        eux
        elles
        """),
        sourceTitles: Table.set("""
        procureur
        procureure
        avocat
        avocate
        juge
        commandant
        gouverneur
        conseiller
        conseillère
        commissaire
        préfet
        préfète
        porte-parole
        ministre
        président
        présidente
        secrétaire
        ambassadeur
        ambassadrice
        représentant
        représentante
        directeur
        directrice
        chef
        """),
        subjectIntroducers: Table.set("""
        où
        que
        qu'
        et
        mais
        car
        puis
        """),
        subjectPronouns: Table.set("""
        il
        elle
        ils
        elles
        on
        """),
        finiteVerbs: Table.set("""
        est
        sont
        était
        étaient
        a
        ont
        avait
        avaient
        sera
        seront
        fut
        furent
        reste
        restent
        restait
        semble
        doit
        doivent
        peut
        peuvent
        va
        vont
        """),
        complementizers: Table.set("""
        que
        qu'
        """),
        conditionals: Table.set("""
        si
        s' il
        s' ils
        """),
        clauseConjunctions: Table.set("""
        et
        mais
        puis
        """),
        listSeparators: Table.phrases("""
        et
        ou
        ainsi que
        ou encore
        et de
        """),
        subsetMarkers: Table.set("""
        dont
        soit
        parmi
        notamment
        """),
        contrastiveConjunctions: Table.phrases("""
        tandis que
        alors que
        pendant que
        tandis qu'
        alors qu'
        """),
        spanPrepositions: Table.set("""
        depuis
        jusqu'
        jusqu'a
        jusqu'en
        dès
        """),
        nounPrepositions: Table.set("""
        sur
        dans
        en
        à
        de
        par
        avec
        pour
        """),
        countingDeterminers: Table.set("""
        une
        un
        plusieurs
        certaines
        certains
        deux
        trois
        """),
        fillerAdverbs: Table.set("""
        rapidement
        aussitôt
        officiellement
        publiquement
        formellement
        séparément
        en
        se
        s'
        ne
        n'
        par
        ailleurs
        immédiatement
        ensuite
        de
        son
        sa
        côté
        part
        ainsi
        aussi
        également
        encore
        enfin
        notamment
        alors
        déjà
        même
        pourtant
        toutefois
        cependant
        lui
        leur
        y
        """),
        eventStems: Table.stems("""
        # Concepts are language-neutral names shared with the English table; prefixes match
        # folded words, longest first. Being somewhere counts as arriving there (same fact).
        arrive | arriv, rejoint, rejoindre, trouv, installé, installe, séjourn, héberg, résident, résidai, résider, résidera, exil
        asylum | asile, réfugi, refuge
        flee | fui, fuir, fuite, enfui, exfiltr, échapp, évad
        leave | quitt, départ, partir, évacu, démission, décoll
        kill | tué, tue, tuer, mort, décès, décéd, périr, périt, massacr, meurtr
        injure | bless
        arrest | arrêt, interpell, incarcér, emprison
        protest | manifest, mobilis, rassembl, défil, cortège, grève, grévist
        seize | empar, pris, prise, contrôl, conquis, conquête
        fall | chute, tomb, renvers, effondr, déchu, chass, destitu
        offensive | offensive, attaqu, assaut, avancée, avanc
        celebrate | célébr, fête, liesse, dansant, joie
        loot | pill, saccag, envahi
        grant | accorde, accordant, accordai, accordon, octroy, offert, offre
        agreement | accord
        negotiate | négoci, pourparlers, discussion, dialogue, contact
        announce | annon
        confirm | confirm
        govern | pouvoir, régime, gouvern, règne, présiden, dirig
        war | guerre, conflit, combat
        violence | violence, heurt, affront, incident, dégrad, dégât, casse, vitrin, vandal
        fire | incendi, feux, feu, brûl, flamm
        rioters | casseur, radicaux, radical, ultragauche, émeut
        exchange | échang
        release | libér, relâch
        torture | tortur
        statue | statue
        airport | aéroport
        prison | prison, geôle, détenu, prisonni, détention
        vote | vote, scrutin, élect, 49.3, réforme, adopt, législat
        pension | retraite
        police | polic, gendarm
        turnout | participant, manifestant, participation
        meet | rencontr, réuni, recevra, recevront, recevoir, reçoit, reçoivent
        send | envoy, dépêch
        warn | avert, alert
        travel | voyag, avion, atterr
        base | base
        family | famill, épouse, enfant
        humanitarian | humanitair
        security | garant, sécurit
        support | soutien, soutenu, souten, appui, allié
        decide | décid, décision, planifi, prévu, prémédit
        crash | crash, écras
        record | record, recens
        interview | entretien, interview, entrevue
        transition | transition, transfert, transfér
        unknown | inconnu
        rebels | rebell, insurg, djihad, jihad, islamist
        opposition | opposant, opposition
        concede | défaite, concéd
        migration | migra
        inflation | inflation
        rate | taux
        forecast | prévision, projection
        win | victoire, vainqueur, remport, gagn
        quake | séisme, tremblement, secousse, magnitude, sism
        flood | inond
        disaster | ouragan, typhon, cyclone, tornade, tsunami, tempête
        wind | rafale, vent
        outage | électricité, coupure, panne
        close | fermé, fermée, fermés, fermées, fermeture, fermer, fermera, fermeront
        deny | démen, nier, nié, niée, nient
        shootdown | abattu, abattus, abattue, abattues, abattre, intercept
        destroy | détrui, détruit
        launch | lanc
        layoff | suppression, supprim, licenci
        revenue | ventes, bénéfice, recettes
        stock | bourse, boursier, boursière, cotation
        explosion | explos, bomb
        shooting | fusillade, tireur, tireurs
        airstrike | frappes, missile, drone, bombard
        hostage | otage, enlèvement, enlev, kidnapp
        missing | disparu, disparition
        displace | déplacé, déplacés, évacu, sinistré, sans-abri
        rescue | secour, sauvet
        ceasefire | cessez, trêve, armistice
        sanction | sanction
        summit | sommet
        visit | visite
        trial | procès, tribunal, verdict, acquitt
        sentence | condamn, peine
        attend | absent, absence, assist
        request | requis, requiert, requérai, réquisit
        fine | amende
        charge | inculp
        investigate | enquêt, investig
        accident | accident, collision, déraill
        speed | vitesse
        cause | causes, causé, causée, causés, causées, cause
        epidemic | épidém, choléra, ebola, paludis, rougeole, covid, pandém, infect, contagi
        vaccinate | vaccin
        postpone | reporté, reportée, reportés, reportées, ajourn, différé
        ransom | rançon
        steal | volé, volée, volés, volées, dérob, subtilis
        cyberattack | cyberattaque, cyber-attaque, rançongiciel, pirate, piratage, piraté, logiciel malveillant
        decrease | recul, baiss, repli
        pay | payé, payée, payer, paiement, versé, versée, verser
        # Words that merely start like an event word.
        none | départem, fermement, fermeté, contrôleur, contrôleuse
        """),
        territoryNouns: Table.set("""
        territoire
        sol
        capitale
        côte
        frontière
        frontières
        ville
        villes
        province
        région
        pays
        nord
        sud
        est
        ouest
        littoral
        désert
        """),
        possessives: Table.set("""
        son
        sa
        ses
        leur
        leurs
        notre
        nos
        votre
        vos
        """),
        litotes: Table.set("""
        sans
        exclut
        excluent
        exclu
        exclue
        exclure
        écarte
        écartent
        écarté
        diminue
        diminuent
        diminué
        faiblit
        faiblissent
        faibli
        baisse
        baissent
        ralentit
        ralentissent
        fléchit
        fléchissent
        essouffle
        essoufflent
        démotivé
        démotivés
        démobilisé
        démobilisés
        seul
        seule
        seuls
        seules
        hasard
        surprise
        étonnant
        clair
        claire
        empêcher
        empêche
        empêchait
        aussi
        meilleur
        meilleure
        meilleurs
        meilleures
        """),
        agencyWords: Table.set("""
        agence
        """),
        nationalScope: Table.set("""
        nationale
        nationales
        national
        nationaux
        ensemble du territoire
        tout le territoire
        tout le pays
        partout dans le pays
        échelle nationale
        """),
        temporalSubordinators: Table.set("""
        après
        avant
        lorsque
        lorsqu'
        quand
        dès
        depuis
        """),
        comparisonWords: Table.set("""
        que
        qu'
        """),
        comparatives: Table.set("""
        plus
        moins
        autant
        davantage
        supérieur
        supérieure
        inférieur
        inférieure
        """),
        offsetWords: Table.set("""
        après
        avant
        plus
        auparavant
        apres
        """),
        referringDeterminers: Table.set("""
        les
        ces
        """),
        locativePrepositions: Table.set("""
        à
        a
        au
        aux
        en
        dans
        """),
        nameJoiners: Table.set("""
        et
        """),
        clauseOpeners: Table.exactSet("""
        où
        qui
        après
        avant
        """),
        adverbSuffixes: ["ment"],
        participleSuffixes: ["ant"],
        notParticiples: Table.set("""
        avant
        pendant
        durant
        cependant
        maintenant
        auparavant
        devant
        dirigeant
        représentant
        commandant
        habitant
        enfant
        important
        puissant
        suivant
        restant
        montant
        étudiant
        gouvernant
        intervenant
        occupant
        assistant
        manifestant
        militant
        combattant
        opposant
        ministre
        néant
        géant
        tant
        quant
        sachant
        """),
        nonEventPhrases: Table.phrases("""
        sur la base de
        sur la base d'
        sur base de
        à la base
        de base
        limitation de vitesse
        limite de vitesse
        vitesse autorisée
        vitesse maximale autorisée
        """),
        genitivePrepositions: Table.set("""
        de
        du
        d'
        des
        au
        aux
        """),
        nonStateNouns: Table.set("""
        opposition
        rebelles
        rebelle
        insurgés
        dissidents
        exilés
        réfugiés
        manifestants
        """),
        relationNouns: Table.set("""
        # « une villa appartenant au président » : le fait est celui de la villa.
        appartenant
        allié
        alliée
        alliés
        alliées
        opposant
        opposants
        adversaire
        adversaires
        ennemi
        ennemis
        rival
        rivaux
        """),
        relativeSubjects: Table.set("""
        qui
        """),
        timeRelatives: Table.exactSet("""
        où
        """),
        localityWords: Table.set("""
        commune
        communes
        village
        villages
        localité
        bourg
        district
        département
        île
        presqu'île
        quartier
        banlieue
        près
        proximité
        abords
        environs
        alentours
        port
        """),
        mediumNouns: Table.set("""
        quotidien
        journal
        hebdomadaire
        magazine
        mensuel
        chaîne
        radio
        site
        télévision
        agence
        média
        réseau
        compte
        plateforme
        """),
        reflexives: Table.set("""
        se
        s'
        """),
        afterWords: Table.set("""
        # "Une semaine après …": what follows happened that long before
        après
        """),
        capitalizedInstitutionHeads: Table.set("""
        autorité
        secrétariat
        direction
        bureau
        centre
        département
        inspection
        """),
        institutionAdjectiveEndings: ["ere", "eres", "al", "ale", "ales", "aux", "ique", "iques", "aire", "aires", "el", "elle", "elles", "els",
                                      "il", "ils", "ile", "iles", "enne", "ennes", "ieur", "ieure", "ieurs", "ieures", "if", "ive", "ifs", "ives"],
        tallyNouns: Table.set("""
        bilan
        décompte
        chiffres
        chiffre
        rapport
        estimation
        estimations
        comptage
        relevé
        """),
        authorPrepositions: Table.set("""
        de
        du
        des
        d'
        par
        """),
        interviewCues: Table.phrases("""
        invité de
        invitée de
        invité sur
        invitée sur
        dans un entretien à
        dans un entretien au
        dans un entretien avec
        dans une interview à
        dans une interview au
        sur le plateau de
        au micro de
        """),
        planMarkers: Table.set("""
        doit
        doivent
        devra
        devront
        prévu
        prévue
        prévus
        prévues
        programmé
        programmée
        aura
        auront
        débutera
        commencera
        attendu
        attendue
        attendus
        attendues
        """),
        levelPrepositions: Table.set("""
        à
        """),
        eventPhrases: Table.stems("""
        # Des expressions de plusieurs mots qui évoquent un concept de la table des événements.
        outage | privés de courant, privées de courant, privé de courant, sans courant
        layoff | plan social
        appeal | faire appel, fera appel, fait appel, feront appel, interjeter appel, interjeté appel
        attend | était présent, était présente, étaient présents, était pas présent, était pas présente
        revenue | chiffre d' affaires
        speed | vive allure, toute allure, trop vite
        kill | perdu la vie, perdre la vie, perdent la vie, perd la vie, trouvé la mort, trouver la mort, trouvent la mort
        # « une frappe » is a strike; « le séisme a frappé » (folded alike) is not.
        airstrike | une frappe, la frappe, cette frappe, frappe aérienne, frappe de drone
        rescue | opérations de recherche, opération de recherche, recherches se poursuivent
        # « cinq ans de prison ferme », « dont deux ferme »: firm, not closed.
        prison | prison ferme
        none | ans ferme, an ferme, mois ferme, deux ferme, trois ferme, un ferme
        """),
        audienceNouns: Table.set("""
        journalistes
        presse
        analystes
        investisseurs
        parlementaires
        députés
        sénateurs
        foule
        partisans
        habitants
        manifestants
        militants
        """),
        bareParticipleEndings: ["é", "ée", "és", "ées"],
        companyNouns: Table.set("""
        entreprise
        société
        compagnie
        groupe
        firme
        constructeur
        fabricant
        équipementier
        opérateur
        transporteur
        banque
        assureur
        distributeur
        enseigne
        géant
        direction
        ong
        association
        fondation
        """),
        figureVerbs: Table.set("""
        fixé
        fixe
        fixent
        fixait
        établi
        établit
        établissent
        établissait
        porté
        porte
        portent
        portait
        chiffré
        chiffre
        chiffrent
        chiffrait
        """),
        figurePrepositions: Table.set("""
        à
        """),
        territorialTitles: Table.set("""
        maire
        préfet
        préfète
        gouverneur
        maires
        préfets
        """),
        pairPrepositions: Table.set("""
        entre
        """),
        invertedOnlyVerbs: Table.set("""
        lancé
        lance
        lancent
        glissé
        """),
        exclusionDeterminers: Table.set("""
        tout
        toute
        tous
        toutes
        """),
        destinationPrepositions: Table.set("""
        à
        a
        au
        aux
        en
        vers
        pour
        """),
        partnerPrepositions: Table.set("""
        avec
        """),
        placeRelatives: Table.exactSet("""
        où
        """),
        objectClitics: Table.set("""
        l'
        le
        la
        les
        """),
        comparandHeads: Table.set("""
        # A comparison and the preposition it takes: « identiques à ceux du 7 mars »
        identique à
        identique au
        identique aux
        identiques à
        identiques au
        identiques aux
        comparable à
        comparable au
        comparable aux
        comparables à
        comparables au
        comparables aux
        similaire à
        similaire au
        similaire aux
        similaires à
        similaires au
        similaires aux
        semblable à
        semblable au
        semblable aux
        semblables à
        semblables au
        semblables aux
        équivalent à
        équivalent au
        équivalent aux
        équivalente à
        équivalente au
        équivalente aux
        équivalents à
        équivalents au
        équivalents aux
        équivalentes à
        équivalentes au
        équivalentes aux
        en-deçà de
        en-deçà des
        en-deçà du
        en-deçà d'
        au-delà de
        au-delà des
        au-delà du
        au-delà d'
        """),
        locativeClitics: Table.set("""
        y
        """),
        possessiveRelatives: Table.set("""
        dont
        """),
        groupPronouns: Table.set("""
        nous
        notre
        nos
        notres
        """),
        institutionPronouns: Table.set("""
        il
        son
        sa
        ses
        """),
        groupNouns: Table.set("""
        groupe
        organisation
        milice
        syndicat
        """),
        officePhrases: Table.stems("""
        # L'office, pas son titulaire : « sans le chef de l'État », « le chef de l'État syrien »,
        # « le Premier ministre ».
        head-of-state | chef de l' état, cheffe de l' état, chef d' état, cheffe d' état
        head-of-government | premier ministre, première ministre, chef du gouvernement, cheffe du gouvernement
        """),
        indefiniteDeterminers: Table.set("""
        un
        une
        des
        tout
        """),
        contrastiveAdverbs: Table.set("""
        cependant
        toutefois
        pourtant
        néanmoins
        """),
        siteReferenceNouns: Table.set("""
        aéroport
        base
        prison
        """)
    )
}
