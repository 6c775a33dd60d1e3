extension ComparisonLexicon {
    static let english = ComparisonLexicon(
        language: .english,
        bounds: """
        # bound | phrases that open a figure (folded match, longest first)
        at-least | at least, no fewer than, no less than, a minimum of
        more-than | more than, over, above, upwards of, in excess of, exceeded, exceeds, exceeding, topped, surpassed
        less-than | less than, fewer than, under, below
        at-most | at most, up to, no more than
        nearly | nearly, almost, close to, just under, nigh on
        about | about, around, roughly, some, approximately, an estimated, circa
        """,
        revisionCues: """
        # a figure presented as an update of an earlier one
        updated toll
        updated figures
        updated figure
        new toll
        latest toll
        revised toll
        revised figures
        revised up
        revised down
        death toll rose
        toll rose
        toll has risen
        rose to
        risen to
        final results
        official results
        full results
        final count
        final tally
        """,
        provisionalCues: """
        # a figure given as provisional: a later one, published another day, updates it
        partial results
        provisional results
        preliminary results
        early results
        provisional toll
        preliminary toll
        initial toll
        first estimates
        """,
        denialCues: """
        # denying or doubting the fact that follows
        denied
        denies
        deny
        rejected
        dismissed
        not sure
        unsure
        not certain
        not confirmed
        neither
        """,
        postposedDenialCues: """
        # doubting or denying the fact told before them
        unconfirmed
        disinformation
        """,
        nationalScope: """
        # a figure counted over the whole country
        nationwide
        across the country
        across the nation
        throughout the country
        in the whole country
        at national level
        """,
        comparisonCues: """
        # before a date a figure is compared with
        than
        than on
        than in
        compared with
        compared to
        against
        """,
        periodStartCues: """
        # before the day a period starts: a figure counted since then is the report's
        since
        starting
        """,
        lineageWords: """
        # a line of rulers: a span beside one is the line's
        family
        family's
        clan
        dynasty
        father
        father's
        """,
        severityCues: """
        # the worst-hurt among the injured
        critical condition
        serious condition
        critically
        seriously
        severely
        gravely
        life-threatening
        """,
        routes: """
        # opener | joiner of a route
        from | to
        between | and
        """,
        institutionJoiners: "of, the, for, and",
        institutionWords: """
        # kinds of sources, which map to themselves so that a generic source is keyed alike in
        # both languages ("police sources", « source policière »)
        source | source
        sources | source
        police | police
        diplomatic | diplomatic
        military | military
        medical | medical
        hospital | hospital
        security | security
        judicial | judicial
        government | government
        """,
        collectiveNumbers: """
        # collective numbers in the singular ("une dizaine"): about that many
        dozen
        """,
        decadeAges: """
        # word | lowest age | highest age
        quadragenarian, quadragenarians | 40 | 49
        quinquagenarian, quinquagenarians | 50 | 59
        sexagenarian, sexagenarians | 60 | 69
        septuagenarian, septuagenarians | 70 | 79
        octogenarian, octogenarians | 80 | 89
        nonagenarian, nonagenarians | 90 | 99
        """,
        directionWords: """
        # after a distance, an offset from a place: "30 km south of Izmir"
        north, south, east, west
        northeast, northwest, southeast, southwest
        north-east, north-west, south-east, south-west
        northeastern, northwestern, southeastern, southwestern
        """,
        offsetJoiners: "of, from",
        depthWords: """
        # a distance that is a depth: "at a depth of 10 km", "10 km deep"
        depth, deep
        """)
}
