extension NumberLanguageData {
    /// English: decimal point, thousands by comma ("1,200", "1.28 million"), adjectives before
    /// the noun ("two strategically important military bases").
    static let english = NumberLanguageData(
        language: .english,
        format: """
        decimal | .
        group | ,
        adjectives | before
        """,
        words: """
        # phrase | value | kinds
        zero | 0 | number
        one | 1 | number
        a | 1 | article
        an | 1 | article
        two | 2 | number
        three | 3 | number
        four | 4 | number
        five | 5 | number
        six | 6 | number
        seven | 7 | number
        eight | 8 | number
        nine | 9 | number
        ten | 10 | number
        eleven | 11 | number
        twelve | 12 | number
        thirteen | 13 | number
        fourteen | 14 | number
        fifteen | 15 | number
        sixteen | 16 | number
        seventeen | 17 | number
        eighteen | 18 | number
        nineteen | 19 | number
        twenty | 20 | number
        thirty | 30 | number
        forty | 40 | number
        fifty | 50 | number
        sixty | 60 | number
        seventy | 70 | number
        eighty | 80 | number
        ninety | 90 | number
        hundred | 100 | hundred
        # "a dozen", "two dozen": a multiplier like hundred
        dozen | 12 | hundred
        thousand | 1000 | scale
        million | 1000000 | scale
        millions | 1000000 | scale vague
        billion | 1000000000 | scale
        billions | 1000000000 | scale vague
        trillion | 1000000000000 | scale
        bn | 1000000000 | scale
        and | 0 | connector
        # "two and a half years", "half a million"
        and a half | 0.5 | half
        half a | 0.5 | halfof
        half an | 0.5 | halfof
        # a vague plural counts as one of its unit ("thousands": 1000), as the gold does
        tens | 10 | vague
        scores | 20 | vague
        hundreds | 100 | vague
        thousands | 1000 | vague
        # "dozens": two dozen, the gold's reading
        dozens | 24 | vague
        # "several", "a few": at least two, the same value so that two articles saying
        # "a few" and "several" of the same thing agree rather than conflict
        several | 2 | few
        a few | 2 | few
        a couple of | 2 | few
        a handful of | 2 | few
        """,
        units: """
        # phrase | unit | multiplier | flags
        # time
        year | year | 1 | time
        decade | year | 10 | time
        century | year | 100 | time
        half-century | year | 50 | time approx
        half century | year | 50 | time approx
        month | month | 1 | time
        quarter | month | 3 | time
        fortnight | week | 2 | time
        week | week | 1 | time
        day | day | 1 | time
        night | night | 1 | time
        hour | hour | 1 | time clock
        minute | minute | 1 | time
        second | second | 1 | time
        # shares and money
        % | percent | 1 | symbol
        percent | percent | 1 | span
        per cent | percent | 1 | span
        percentage point | point | 1 |
        percentage points | point | 1 |
        # a hundredth of a point: "25 basis points" is 0.25 point
        basis point | point | 0.01 |
        basis points | point | 0.01 |
        point | point | 1 |
        # "two-thirds": a share, counted in its own unit
        third | third | 1 |
        $ | dollar | 1 | symbol
        dollar | dollar | 1 |
        € | euro | 1 | symbol
        euro | euro | 1 |
        £ | pound | 1 | symbol
        pound | pound | 1 |
        cent | cent | 1 |
        ruble | ruble | 1 |
        rouble | ruble | 1 |
        dinar | dinar | 1 |
        dirham | dirham | 1 |
        yuan | yuan | 1 |
        yen | yen | 1 |
        lira | lira | 1 |
        # measures
        # scales named before or after the figure: "magnitude 6.2", "a 6.2-magnitude quake"
        magnitude | magnitude | 1 | before
        category | category | 1 | before
        # speeds: "gusts of 112 mph", "winds of 180 km/h"
        km / h | kilometre per hour | 1 |
        km/h | kilometre per hour | 1 |
        kph | kilometre per hour | 1 |
        kilometres per hour | kilometre per hour | 1 |
        kilometers per hour | kilometre per hour | 1 |
        mph | mile per hour | 1 |
        miles per hour | mile per hour | 1 |
        knots | knot | 1 |
        kilometre | kilometre | 1 |
        kilometer | kilometre | 1 |
        km | kilometre | 1 |
        mile | mile | 1 |
        metre | metre | 1 |
        meter | metre | 1 |
        foot | foot | 1 |
        feet | foot | 1 |
        lives | life | 1 |
        hectare | hectare | 1 |
        acre | acre | 1 |
        tonne | tonne | 1 |
        ton | tonne | 1 |
        kilogram | kilogram | 1 |
        kilo | kilogram | 1 |
        kg | kilogram | 1 |
        gram | gram | 1 |
        litre | litre | 1 |
        liter | litre | 1 |
        barrel | barrel | 1 |
        degree | degree | 1 |
        ° | degree | 1 | span
        storey | storey | 1 |
        story | storey | 1 |
        stories | storey | 1 |
        floor | storey | 1 |
        # people counted as a crowd: one unit, so turnout figures compare across outlets
        person | people | 1 |
        people | people | 1 |
        persons | people | 1 |
        individual | people | 1 |
        resident | people | 1 |
        inhabitant | people | 1 |
        protester | people | 1 |
        protestor | people | 1 |
        demonstrator | people | 1 |
        marcher | people | 1 |
        participant | people | 1 |
        rioter | people | 1 |
        # people by role
        child | child | 1 |
        children | child | 1 |
        kid | child | 1 |
        grandchild | grandchild | 1 |
        grandchildren | grandchild | 1 |
        baby | baby | 1 |
        babies | baby | 1 |
        minor | minor | 1 |
        teenager | teenager | 1 |
        woman | woman | 1 |
        women | woman | 1 |
        man | man | 1 |
        men | man | 1 |
        girl | girl | 1 |
        boy | boy | 1 |
        family | family | 1 |
        families | family | 1 |
        household | household | 1 |
        passenger | passenger | 1 |
        crew member | crew member | 1 |
        crew members | crew member | 1 |
        spectator | spectator | 1 |
        supporter | supporter | 1 |
        fan | supporter | 1 |
        tourist | tourist | 1 |
        visitor | visitor | 1 |
        subscriber | subscriber | 1 |
        customer | customer | 1 |
        user | user | 1 |
        adult | adult | 1 |
        pensioner | pensioner | 1 |
        farmer | farmer | 1 |
        fisherman | fisherman | 1 |
        fishermen | fisherman | 1 |
        lawyer | lawyer | 1 |
        judge | judge | 1 |
        mayor | mayor | 1 |
        adviser | adviser | 1 |
        advisor | adviser | 1 |
        expert | expert | 1 |
        researcher | researcher | 1 |
        scientist | scientist | 1 |
        author | author | 1 |
        artist | artist | 1 |
        player | player | 1 |
        athlete | athlete | 1 |
        goal | goal | 1 |
        match | match | 1 |
        matches | match | 1 |
        medal | medal | 1 |
        book | book | 1 |
        page | page | 1 |
        word | word | 1 |
        signature | signature | 1 |
        agreement | agreement | 1 |
        deal | agreement | 1 |
        accord | agreement | 1 |
        contract | contract | 1 |
        petition | petition | 1 |
        message | message | 1 |
        respondent | respondent | 1 |
        civilian | civilian | 1 |
        refugee | refugee | 1 |
        displaced | displaced person | 1 |
        migrant | migrant | 1 |
        exile | exile | 1 |
        asylum seeker | asylum seeker | 1 |
        asylum seekers | asylum seeker | 1 |
        pupil | pupil | 1 |
        student | student | 1 |
        teacher | teacher | 1 |
        employee | employee | 1 |
        staff | employee | 1 |
        worker | worker | 1 |
        civil servant | civil servant | 1 |
        striker | striker | 1 |
        trade unionist | trade unionist | 1 |
        activist | activist | 1 |
        doctor | doctor | 1 |
        nurse | nurse | 1 |
        health worker | health worker | 1 |
        patient | patient | 1 |
        journalist | journalist | 1 |
        reporter | journalist | 1 |
        soldier | soldier | 1 |
        troop | troop | 1 |
        fighter | fighter | 1 |
        rebel | rebel | 1 |
        insurgent | insurgent | 1 |
        jihadist | jihadist | 1 |
        terrorist | terrorist | 1 |
        militant | militant | 1 |
        militiaman | militiaman | 1 |
        militiamen | militiaman | 1 |
        police officer | officer | 1 |
        police officers | officer | 1 |
        policeman | officer | 1 |
        policemen | officer | 1 |
        police | officer | 1 |
        officer | officer | 1 |
        security forces | officer | 1 |
        gendarme | officer | 1 |
        firefighter | firefighter | 1 |
        rescuer | rescuer | 1 |
        hostage | hostage | 1 |
        prisoner | prisoner | 1 |
        detainee | detainee | 1 |
        inmate | prisoner | 1 |
        suspect | suspect | 1 |
        victim | victim | 1 |
        casualty | casualty | 1 |
        casualties | casualty | 1 |
        dead | dead | 1 |
        killed | dead | 1 |
        death | death | 1 |
        fatality | death | 1 |
        fatalities | death | 1 |
        injured | injured | 1 |
        wounded | injured | 1 |
        injury | injury | 1 |
        injuries | injury | 1 |
        missing | missing | 1 |
        survivor | survivor | 1 |
        others | people | 1 | standin
        body | body | 1 |
        bodies | body | 1 |
        voter | voter | 1 |
        lawmaker | lawmaker | 1 |
        deputy | deputy | 1 |
        senator | senator | 1 |
        minister | minister | 1 |
        candidate | candidate | 1 |
        member | member | 1 |
        diplomat | diplomat | 1 |
        # events and acts
        arrest | arrest | 1 |
        conviction | conviction | 1 |
        complaint | complaint | 1 |
        trial | trial | 1 |
        investigation | investigation | 1 |
        demonstration | demonstration | 1 |
        protest | demonstration | 1 |
        rally | rally | 1 |
        rallies | rally | 1 |
        march | march | 1 |
        strike | strike | 1 |
        fire | fire | 1 |
        blaze | fire | 1 |
        airstrike | strike | 1 |
        air strike | strike | 1 |
        air strikes | strike | 1 |
        bombing | bombing | 1 |
        attack | attack | 1 |
        explosion | explosion | 1 |
        shot | shot | 1 |
        bullet | bullet | 1 |
        shell | shell | 1 |
        bomb | bomb | 1 |
        missile | missile | 1 |
        rocket | rocket | 1 |
        drone | drone | 1 |
        weapon | weapon | 1 |
        time | time | 1 |
        times | time | 1 |
        case | case | 1 |
        dose | dose | 1 |
        test | test | 1 |
        vote | vote | 1 |
        seat | seat | 1 |
        job | job | 1 |
        # things and places
        country | country | 1 |
        state | state | 1 |
        nation | nation | 1 |
        city | town | 1 |
        cities | town | 1 |
        town | town | 1 |
        village | village | 1 |
        region | region | 1 |
        province | province | 1 |
        district | district | 1 |
        neighbourhood | district | 1 |
        neighborhood | district | 1 |
        street | street | 1 |
        building | building | 1 |
        house | house | 1 |
        home | home | 1 |
        residence | residence | 1 |
        palace | palace | 1 |
        school | school | 1 |
        hospital | hospital | 1 |
        church | church | 1 |
        mosque | mosque | 1 |
        prison | prison | 1 |
        base | base | 1 |
        airport | airport | 1 |
        vehicle | vehicle | 1 |
        car | car | 1 |
        truck | truck | 1 |
        bus | bus | 1 |
        tank | tank | 1 |
        plane | plane | 1 |
        aircraft | aircraft | 1 |
        jet | plane | 1 |
        helicopter | helicopter | 1 |
        ship | ship | 1 |
        boat | boat | 1 |
        train | train | 1 |
        flight | flight | 1 |
        statue | statue | 1 |
        company | company | 1 |
        companies | company | 1 |
        firm | company | 1 |
        factory | factory | 1 |
        union | union | 1 |
        party | party | 1 |
        parties | party | 1 |
        organization | organization | 1 |
        organisation | organization | 1 |
        bed | bed | 1 |
        meal | meal | 1 |
        """,
        bounds: """
        at least
        exceeded
        exceeds
        exceeding
        topped
        surpassed
        no fewer than
        no less than
        more than
        over
        well over
        just over
        nearly
        almost
        about | about
        around | about
        some | about
        roughly | about
        approximately | about
        an estimated | about
        estimated | about
        close to
        up to
        as many as
        upwards of
        less than
        fewer than
        just under
        under
        at most
        """,
        grammar: """
        link | of
        partitive | the, these, those
        tallyhead | number, total
        stop | the, a, an, of, in, on, at, to, for, from, by, with, without, into, onto, over
        stop | under, about, after, before, during, since, until, between, among, against, across
        stop | through, per, and, or, but, nor, than, that, which, who, whom, whose, this, these
        stop | those, it, its, they, them, their, he, him, his, she, her, we, our, you, your, i
        stop | my, is, are, was, were, be, been, being, has, have, had, do, does, did, will, would
        stop | could, should, may, might, must, can, not, no, as, so, if, then, there, here, more
        stop | less, most, least, also, only, just, still, even, very, too, according, told, said
        stop | says, say, reported, including, while, when, where, how, why, what, some, any, all
        stop | both, each, every, another, such, out, up, down, off, away, back, ago, later
        stop | earlier, 's, yesterday, today, tomorrow, monday, tuesday, wednesday, thursday
        stop | friday, saturday, sunday, left, remains, remained
        verbending | ed
        oneguard | no, any, every, the, this, that, which, each, someone, anyone, everyone
        range | to, and, or, -
        reference | article, articles, section, chapter, number, no, nº, page, paragraph, clause
        reference | resolution, version, flight, route, highway, room, level, gate, platform
        reference | volume, vol, °, #, amendment, item, line, road, street, avenue
        clockprep | at, by, until, till
        month | january, february, march, april, may, june, july, august, september, october
        month | november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
        weekday | monday, tuesday, wednesday, thursday, friday, saturday, sunday
        ordinal | st, nd, rd, th, d
        timemarker | am, pm, a.m., p.m., gmt, utc, h, hrs, o'clock
        agebefore | aged
        agelist | and, or
        countlead | risen to, rose to, rises to, rising to, climbed to, climbs to, increased to, jumped to, toll of, toll to
        ageafter | old
        """,
        singular: """
        # plurals, most specific first: the first rule that applies gives the guess
        plural | ss | ss
        plural | ies | y
        plural | ches | ch
        plural | shes | sh
        plural | sses | ss
        plural | xes | x
        plural | s |
        """
    )
}
