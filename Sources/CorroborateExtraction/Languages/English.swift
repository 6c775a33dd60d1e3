extension ExtractionLexicon {
    /// English.
    public static let english = ExtractionLexicon(
        language: .english,
        determiners: Table.set("""
        the
        a
        an
        this
        that
        these
        those
        his
        her
        its
        their
        some
        several
        """),
        stopwords: Table.set("""
        the
        a
        an
        and
        or
        but
        of
        to
        in
        on
        at
        by
        for
        from
        with
        without
        as
        into
        onto
        over
        under
        after
        before
        since
        during
        while
        about
        against
        between
        through
        that
        which
        who
        whom
        whose
        what
        this
        these
        those
        it
        its
        he
        she
        they
        them
        him
        his
        her
        their
        we
        you
        i
        is
        are
        was
        were
        be
        been
        being
        has
        have
        had
        do
        does
        did
        will
        would
        could
        should
        may
        might
        not
        no
        so
        than
        then
        also
        just
        only
        very
        more
        most
        's
        there
        here
        if
        when
        where
        how
        all
        any
        each
        other
        such
        """),
        titles: Table.set("""
        prosecutor
        lawyer
        attorney
        judge
        president
        commissioner
        former
        ex-president
        vice
        prime
        minister
        spokesman
        spokeswoman
        spokesperson
        spokespeople
        leader
        chief
        head
        secretary
        general
        ambassador
        envoy
        representative
        director
        king
        queen
        prince
        emir
        sheikh
        colonel
        commander
        marshal
        mayor
        senator
        governor
        lawmaker
        adviser
        advisor
        dictator
        wife
        husband
        son
        daughter
        brother
        sister
        father
        mother
        mr
        mrs
        ms
        dr
        pope
        chancellor
        ayatollah
        official
        analyst
        founder
        strongman
        deputy
        executive
        ceo
        chairman
        chairwoman
        chair
        foreign
        """),
        sourceCues: Table.phrases("""
        according to
        source :
        sources :
        """),
        relayCues: Table.phrases("""
        cited by
        quoted by
        reported by
        as reported by
        """),
        citingCues: Table.phrases("""
        citing
        quoting
        """),
        reportingVerbs: Table.set("""
        detailed
        welcomed
        hailed
        counted
        tallied
        made clear
        reiterated
        adding
        stating
        cautioned
        saying
        informed
        said
        says
        say
        told
        tells
        added
        adds
        stated
        reported
        confirmed
        confirms
        announced
        announces
        claimed
        denied
        denies
        noted
        explained
        explains
        stressed
        insisted
        asserted
        declared
        wrote
        writes
        posted
        tweeted
        warned
        revealed
        acknowledged
        admitted
        alleged
        argued
        estimated
        indicated
        suggested
        commented
        responded
        replied
        cited
        quoted
        showed
        shows
        accused
        described
        """),
        auxiliaries: Table.set("""
        has
        have
        had
        """),
        passiveAuxiliaries: Table.set("""
        was
        were
        is
        are
        been
        be
        being
        """),
        agentPrepositions: Table.set("""
        by
        """),
        backReferences: Table.phrases("""
        the source
        the same source
        the official
        the spokesman
        the spokesperson
        the agency
        the outlet
        the report
        """),
        speakerPronouns: Table.set("""
        he
        she
        they
        it
        """),
        actorPronouns: Table.set("""
        he
        him
        his
        she
        her
        they
        them
        their
        """),
        sourceNouns: Table.set("""
        palace
        resident
        residents
        unionist
        unionists
        protester
        protesters
        activist
        activists
        rescuer
        rescuers
        guard
        coastguard
        survivors
        familiar
        briefed
        officers
        officer
        bloggers
        source
        sources
        media
        agency
        agencies
        officials
        official
        authorities
        spokesman
        spokesperson
        witnesses
        witness
        observatory
        video
        videos
        footage
        images
        imagery
        photos
        rebels
        unions
        police
        ministry
        firm
        carmaker
        automaker
        airline
        bank
        management
        government
        statement
        reports
        analysts
        experts
        diplomats
        residents
        monitors
        monitor
        data
        brigade
        firefighters
        firefighter
        rescuers
        authority
        hospital
        hospitals
        operator
        company
        group
        junta
        relative
        relatives
        army
        military
        force
        forces
        navy
        prosecutors
        prosecutor
        investigators
        paramedics
        doctors
        organisers
        organizers
        coastguard
        spokeswoman
        spokespeople
        lawyer
        lawyers
        attorney
        attorneys
        auditors
        court
        commission
        committee
        council
        union
        campaign
        party
        results
        aides
        associates
        poll
        survey
        service
        services
        department
        office
        governor
        sheriff
        prefect
        prefecture
        regulator
        inspectors
        scientists
        researchers
        crews
        """),
        documentNouns: Table.set("""
        statement
        post
        message
        communique
        release
        """),
        negationOpeners: Table.set(""),
        negationClosers: Table.set(""),
        negationWords: Table.set("""
        no
        not
        n't
        never
        denied
        denies
        deny
        neither
        nor
        """),
        hedges: Table.set("""
        reportedly
        allegedly
        purportedly
        apparently
        unconfirmed
        unverified
        rumored
        rumoured
        believed
        possibly
        probably
        likely
        may
        might
        could
        """),
        hedgeSuffixes: [],
        placePrepositions: Table.set("""
        in
        to
        from
        at
        into
        between
        near
        outside
        across
        toward
        towards
        """),
        organizationHeads: Table.set("""
        ministry
        agency
        army
        forces
        council
        party
        union
        federation
        commission
        committee
        organization
        organisation
        observatory
        university
        bank
        court
        assembly
        senate
        government
        front
        movement
        group
        brigade
        brigades
        guard
        police
        office
        institute
        company
        corporation
        department
        alliance
        coalition
        authority
        administration
        directorate
        secretariat
        bureau
        centre
        center
        board
        survey
        service
        services
        command
        foundation
        association
        prefecture
        society
        trust
        rail
        railway
        railways
        airline
        airlines
        airways
        fund
        league
        network
        academy
        college
        chamber
        parliament
        congress
        exchange
        news
        times
        post
        press
        """),
        siteHeads: Table.set("""
        airport
        prison
        base
        square
        palace
        port
        station
        hospital
        bridge
        street
        avenue
        camp
        mosque
        church
        stadium
        pointe
        cape
        island
        bay
        gulf
        lake
        beach
        valley
        """),
        countryWords: Table.set("""
        country
        """),
        capitalWords: Table.set("""
        capital
        """),
        notNames: Table.set("""
        allah
        allahu
        akbar
        storm
        hurricane
        typhoon
        cyclone
        tornado
        gmt
        utc
        est
        cet
        according
        the
        a
        an
        in
        on
        at
        after
        before
        since
        during
        while
        but
        and
        or
        so
        yet
        this
        that
        these
        those
        he
        she
        it
        they
        we
        his
        her
        their
        its
        there
        here
        however
        meanwhile
        also
        earlier
        later
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        january
        february
        march
        april
        may
        june
        july
        august
        september
        october
        november
        december
        today
        yesterday
        read
        watch
        photo
        video
        president
        minister
        prime
        spokesman
        spokesperson
        former
        mr
        mrs
        ms
        dr
        state
        internet
        some
        many
        several
        all
        one
        two
        three
        four
        five
        ten
        no
        yes
        if
        when
        how
        why
        what
        who
        where
        as
        with
        without
        from
        by
        for
        of
        to
        it's
        i
        """),
        nameSuffixAdjectives: Table.set("""
        backed
        based
        linked
        led
        born
        funded
        owned
        run
        aligned
        allied
        controlled
        held
        made
        style
        """),
        actorNouns: Table.set("""
        officials
        official
        authorities
        forces
        troops
        soldiers
        military
        diplomats
        leaders
        allies
        ally
        jets
        strikes
        """),
        personModifierHeads: Table.set("""
        regime
        family
        clan
        rule
        era
        government
        loyalists
        supporters
        forces
        statue
        statues
        portrait
        portraits
        """),
        articleEnd: Table.phrases("""
        leave a reply
        leave a comment
        your email address
        required fields are marked
        """),
        furniture: Table.phrases("""
        ( reporting by
        reporting by
        editing by
        writing by
        ( additional reporting
        leave a reply
        leave a comment
        your email address
        required fields are marked
        share this
        share on
        read more
        read also
        related :
        related articles
        sign up
        subscribe
        newsletter
        all rights reserved
        copyright
        photo :
        photo credit
        advertisement
        click here
        follow us
        comments
        """),
        clauseBreakers: Table.set("""
        that
        which
        who
        where
        and
        but
        or
        after
        before
        when
        while
        as
        because
        since
        if
        in
        on
        at
        to
        from
        with
        by
        for
        """),
        phraseEnders: Table.set("""
        which
        who
        that
        when
        while
        as
        after
        before
        because
        since
        but
        saying
        adding
        during
        """),
        relayVerbs: Table.set("""
        told
        tells
        informed
        """),
        citingVerbs: Table.set("""
        cited
        cites
        citing
        quoted
        quotes
        quoting
        """),
        recipientPrepositions: Table.set("""
        to
        """),
        sourcePronouns: Table.set("""
        him
        her
        them
        """),
        sourceTitles: Table.set("""
        prosecutor
        lawyer
        attorney
        judge
        commander
        director
        adviser
        advisor
        commissioner
        governor
        spokesman
        spokeswoman
        spokesperson
        minister
        president
        secretary
        ambassador
        envoy
        """),
        subjectIntroducers: Table.set("""
        where
        that
        and
        but
        while
        as
        """),
        subjectPronouns: Table.set("""
        he
        she
        they
        it
        we
        """),
        finiteVerbs: Table.set("""
        is
        are
        was
        were
        has
        have
        had
        will
        would
        could
        remains
        remain
        remained
        must
        can
        """),
        complementizers: Table.set("""
        that
        """),
        conditionals: Table.set("""
        if
        unless
        whether
        """),
        clauseConjunctions: Table.set("""
        and
        but
        """),
        listSeparators: Table.phrases("""
        and
        or
        as well as
        """),
        subsetMarkers: Table.set("""
        including
        among
        of
        """),
        contrastiveConjunctions: Table.phrases("""
        while
        whereas
        """),
        spanPrepositions: Table.set("""
        since
        until
        till
        """),
        nounPrepositions: Table.set("""
        in
        on
        at
        from
        with
        for
        of
        to
        """),
        countingDeterminers: Table.set("""
        a
        an
        one
        several
        some
        two
        three
        """),
        fillerAdverbs: Table.set("""
        also
        later
        earlier
        then
        again
        previously
        further
        quickly
        swiftly
        promptly
        immediately
        subsequently
        publicly
        officially
        formally
        separately
        repeatedly
        already
        initially
        first
        once
        """),
        eventStems: Table.stems("""
        # Concepts are language-neutral names shared with the French table; prefixes match
        # folded words, longest first. Being somewhere counts as arriving there (same fact).
        arrive | arriv, reached, stay, settled, whereabouts, located, exile
        asylum | asylum, refuge
        flee | fled, flee, fleeing, escap, exfiltrat
        leave | left, leave, leaving, depart, quit, evacuat, resign, takeoff
        kill | kill, dead, death, died, die
        injure | injur, wound, hurt
        arrest | arrest, detain, custody
        protest | protest, demonstrat, rall, marched, marching, strike
        seize | seiz, captur, control, overran, overrun
        fall | fall, fell, fallen, toppl, overthrow, ousted, oust, collaps, deposed
        offensive | offensive, attack, assault, advance
        celebrate | celebrat, jubila, danc, joy
        loot | loot, ransack, stormed, storming
        grant | grant, gave, give, given, offer
        negotiate | negotiat, talks, dialogue, contact, touch, discuss
        agreement | deal, deals, agreement
        announce | announc
        confirm | confirm
        govern | rule, regime, govern, reign, power, presiden
        war | war, conflict, fight, combat, battle
        warn | warn, alert
        violence | violence, clash, riot, damage, vandal, unrest
        fire | fire, blaze, burn, arson
        rioters | rioter, radical, hooligan
        exchange | exchang, swap
        release | releas, freed, free
        torture | tortur
        statue | statue
        airport | airport
        prison | prison, jail, detainee, prisoner, detention
        vote | vote, ballot, elect, reform, legislat, adopt
        pension | pension, retire
        police | police, officer, gendarm, cop
        turnout | protester, demonstrator, participant, turnout, marcher
        meet | meet, met
        send | sent, send
        travel | travel, plane, flight, flew, fly, landed, aircraft, jet
        base | base
        family | family, wife, children, child
        humanitarian | humanitarian
        security | guarant, secur, safety
        support | support, backer, backing, ally, allie
        decide | decid, decision, planned
        crash | crash
        record | record
        interview | interview
        transition | transition, transfer
        unknown | unknown
        rebels | rebel, insurg, jihad, islamist
        opposition | opposition, opponent
        concede | conced, defeat
        migration | migra
        inflation | inflation
        rate | rate
        forecast | forecast, projection
        win | won, win, winner, victor
        quake | earthquake, quake, tremor, magnitude, seism, aftershock
        flood | flood, inundat
        disaster | hurricane, typhoon, cyclone, tornado, landslide, tsunami, wildfire, storm
        wind | gust, gale, wind
        outage | outage, blackout, electricity
        close | closed, closure, closing, shut
        deny | denied, denies, deny, denial
        shootdown | downed, intercept
        destroy | destroy
        launch | launch
        layoff | layoff, laid, redundanc, cut, cuts, cutting
        revenue | revenue, sales, profit, earnings
        stock | shares, stock, trading
        # Words that merely start like an event word.
        none | departm, controller, dealing, dealt, dealer
        explosion | explosion, explod, blast, bomb
        shooting | shooting, gunman, gunmen, gunfire, gunshot
        airstrike | airstrike, missile, drone, shelling, shelled
        hostage | hostage, kidnap, abduct
        missing | missing
        displace | displac, evacuat, homeless
        rescue | rescu
        ceasefire | ceasefire, truce, armistice
        sanction | sanction
        summit | summit
        visit | visit
        trial | trial, verdict, acquit
        sentence | sentenc, convict, jailed, guilty
        request | sought, demanded
        fine | fined
        appeal | appeal
        attend | attend, absent, absence
        charge | charged, indict, prosecut
        investigate | investigat, inquiry, probe
        accident | accident, collision, derail
        speed | speeding, speed
        cause | caused, causes, cause
        epidemic | epidemic, outbreak, cholera, ebola, malaria, measles, covid, pandemic, infect, contagio
        vaccinate | vaccin, immunis, immuniz
        postpone | postpon, delayed, adjourn
        ransom | ransom
        steal | stole, stolen, steal, theft
        cyberattack | cyberattack, cyber-attack, ransomware, hacker, hacked, hacking, malware
        decrease | drop, declin, decreas, shrank, shrink
        pay | paid, pay, paying, payment
        """),
        territoryNouns: Table.set("""
        territory
        soil
        capital
        coast
        border
        borders
        city
        cities
        province
        region
        country
        north
        south
        east
        west
        coastline
        desert
        """),
        possessives: Table.set("""
        his
        her
        its
        their
        """),
        litotes: Table.set("""
        without
        rule
        rules
        ruled
        exclude
        excludes
        excluded
        decline
        declines
        declined
        weaken
        weakens
        weakened
        slow
        slows
        slowed
        wane
        waned
        only
        surprise
        surprising
        clear
        better
        closer
        stronger
        """),
        infinitiveMarkers: Table.set("""
        to
        """),
        agencyWords: Table.set("""
        agency
        """),
        nationalScope: Table.set("""
        nationwide
        national
        across the country
        throughout the country
        country-wide
        """),
        temporalSubordinators: Table.set("""
        after
        before
        when
        since
        once
        until
        """),
        comparisonWords: Table.set("""
        than
        """),
        comparatives: Table.set("""
        more
        fewer
        less
        higher
        lower
        larger
        smaller
        bigger
        greater
        """),
        offsetWords: Table.set("""
        after
        before
        later
        earlier
        ago
        """),
        referringDeterminers: Table.set("""
        the
        these
        those
        """),
        locativePrepositions: Table.set("""
        in
        at
        inside
        """),
        nameJoiners: Table.set("""
        and
        """),
        clauseOpeners: Table.exactSet("""
        where
        when
        who
        whose
        which
        after
        before
        following
        """),
        adverbSuffixes: ["ly"],
        participleSuffixes: ["ing"],
        notParticiples: Table.set("""
        during
        including
        according
        regarding
        concerning
        notwithstanding
        morning
        evening
        nothing
        something
        anything
        everything
        thing
        things
        king
        building
        meeting
        spring
        string
        wing
        ring
        ceiling
        ongoing
        being
        """),
        nonEventPhrases: Table.phrases("""
        based on
        based in
        speed limit
        speed limits
        """),
        genitivePrepositions: Table.set("""
        of
        to
        """),
        nonStateNouns: Table.set("""
        opposition
        rebel
        rebels
        insurgents
        dissidents
        exiles
        refugees
        protesters
        """),
        relationNouns: Table.set("""
        # "a residence belonging to Assad": the claim is about the residence.
        belonging
        ally
        allies
        opponent
        opponents
        enemy
        enemies
        rival
        rivals
        """),
        relativeSubjects: Table.set("""
        who
        which
        """),
        timeRelatives: Table.exactSet("""
        when
        """),
        localityWords: Table.set("""
        town
        towns
        village
        villages
        district
        county
        state
        island
        suburb
        suburbs
        outskirts
        vicinity
        neighbourhood
        neighborhood
        municipality
        port
        """),
        mediumNouns: Table.set("""
        newspaper
        daily
        weekly
        magazine
        broadcaster
        channel
        network
        outlet
        tabloid
        radio
        website
        station
        agency
        account
        platform
        """),
        afterWords: Table.set("""
        # "A week after …": what follows happened that long before
        after
        """),
        tallyNouns: Table.set("""
        toll
        tally
        figures
        figure
        report
        count
        estimate
        estimates
        """),
        authorPrepositions: Table.set("""
        of
        from
        by
        """),
        interviewCues: Table.phrases("""
        in an interview with
        in an interview on
        speaking to
        speaking on
        appearing on
        """),
        planMarkers: Table.set("""
        due
        will
        would
        scheduled
        planned
        set
        expected
        """),
        levelPrepositions: Table.set("""
        to
        from
        """),
        eventPhrases: Table.stems("""
        # Phrases of several words evoking one concept of the event table.
        outage | left without power, without power, power cut, power cuts, lost power
        shootdown | shot down
        speed | too fast, at high speed
        kill | lost his life, lost her life, lost their lives, losing his life, losing her life, losing their lives
        """),
        audienceNouns: Table.set("""
        reporters
        journalists
        press
        analysts
        investors
        lawmakers
        legislators
        senators
        crowd
        supporters
        residents
        protesters
        activists
        """),
        negativePronouns: Table.set("""
        nothing
        none
        nobody
        """),
        companyNouns: Table.set("""
        company
        firm
        group
        carmaker
        automaker
        manufacturer
        maker
        airline
        carrier
        operator
        bank
        lender
        insurer
        retailer
        supplier
        conglomerate
        startup
        giant
        management
        ngo
        charity
        foundation
        """),
        figureVerbs: Table.set("""
        put
        puts
        putting
        placed
        places
        placing
        pegged
        pegs
        """),
        figurePrepositions: Table.set("""
        at
        """),
        territorialTitles: Table.set("""
        mayor
        governor
        prefect
        sheriff
        mayors
        governors
        """),
        pairPrepositions: Table.set("""
        between
        """),
        exclusionDeterminers: Table.set("""
        any
        """),
        destinationPrepositions: Table.set("""
        to
        for
        toward
        towards
        """),
        partnerPrepositions: Table.set("""
        with
        alongside
        """),
        placeRelatives: Table.exactSet("""
        where
        """),
        comparandHeads: Table.set("""
        # A comparison and the preposition it takes: "similar to those of March 7"
        identical to
        similar to
        comparable to
        equivalent to
        comparable with
        compared with
        compared to
        """),
        possessiveRelatives: Table.set("""
        whose
        """),
        groupPronouns: Table.set("""
        we
        us
        our
        ours
        ourselves
        """),
        groupNouns: Table.set("""
        group
        organization
        organisation
        militia
        union
        """),
        officePhrases: Table.stems("""
        # The office, not its holder: "without the head of state", "the Syrian head of state",
        # "the British prime minister".
        head-of-state | head of state
        head-of-government | prime minister, head of government
        """),
        indefiniteDeterminers: Table.set("""
        a
        an
        any
        """),
        contrastiveAdverbs: Table.set("""
        however
        meanwhile
        nevertheless
        nonetheless
        """),
        siteReferenceNouns: Table.set("""
        airport
        airbase
        base
        prison
        """)
    )
}
