extension TimeLanguageTable {
    /// English. Rows are `category | words | fields…`; see TimeLanguageTable for the categories.
    static let english = TimeLanguageTable(language: .english, rows: """
    # ── Calendar words ──────────────────────────────────────────────────────────────
    # "capital": only with a capital letter ("may" and "march" are common words).
    month | January | 1
    month | Jan | 1 | abbr
    month | February | 2
    month | Feb | 2 | abbr
    month | March | 3 | capital
    month | Mar | 3 | abbr, capital
    month | April | 4
    month | Apr | 4 | abbr
    month | May | 5 | capital
    month | June | 6
    month | Jun | 6 | abbr
    month | July | 7
    month | Jul | 7 | abbr
    month | August | 8
    month | Aug | 8 | abbr
    month | September | 9
    month | Sep, Sept | 9 | abbr
    month | October | 10
    month | Oct | 10 | abbr
    month | November | 11
    month | Nov | 11 | abbr
    month | December | 12
    month | Dec | 12 | abbr

    weekday | Monday | 1
    weekday | Tuesday | 2
    weekday | Wednesday | 3
    weekday | Thursday | 4
    weekday | Friday | 5
    weekday | Saturday | 6
    weekday | Sunday | 7

    # "December 8th", "the 8th of December".
    ordinal-suffix | st, nd, rd, th
    day-month-joiner | of

    # Both "8 December" and "December 8"; numeric dates are month first (12/8/2024) unless a
    # value says otherwise.
    date-order | dm, md
    numeric-order | mdy

    # Before a day or weekday and part of the expression: "on Sunday", "early Sunday morning",
    # "last Friday" (the one before the reference day), "next Monday".
    date-prefix | on
    date-prefix | early
    date-prefix | earlier
    date-prefix | late
    date-prefix | later
    date-prefix | early on
    date-prefix | earlier on
    date-prefix | late on
    date-prefix | later on
    date-prefix | this
    date-prefix | last | past
    date-prefix | next | future

    # A weekday shortly after one of these lies ahead ("a vote scheduled for Monday").
    future-cue | will, would, scheduled, due, planned, expected

    part-of-day | morning
    part-of-day | afternoon
    part-of-day | evening
    part-of-day | night

    # A month alone is a date only after one of these ("in December", "since January").
    month-trigger | in
    month-trigger | since
    month-trigger | until
    month-trigger | by
    month-trigger | from
    month-trigger | through
    month-trigger | during
    month-trigger | early
    month-trigger | late
    month-trigger | mid
    month-trigger | of
    month-trigger | before
    month-trigger | after

    of-link | of

    # ── Days, weeks, months, years read against the reference date ─────────────────
    # relative | phrase | unit (day, week, weekend, month, year) | offset | prefixes | options
    # Option "anaphor": the day the text last spoke of ("that morning").
    relative | yesterday | day | -1
    relative | the day before yesterday | day | -2
    relative | today | day | 0
    relative | tonight | day | 0
    relative | tomorrow | day | 1
    relative | this morning | day | 0
    relative | this afternoon | day | 0
    relative | this evening | day | 0
    relative | earlier today | day | 0
    relative | later today | day | 0
    relative | last night | day | -1
    relative | that morning | day | 0 | | anaphor
    relative | that afternoon | day | 0 | | anaphor
    relative | that evening | day | 0 | | anaphor
    relative | that night | day | 0 | | anaphor
    relative | that day | day | 0 | | anaphor
    relative | the same day | day | 0 | | anaphor
    relative | the next day, the following day | day | 1 | | anaphor
    relative | the day before, the previous day | day | -1 | | anaphor
    relative | this week | week | 0
    relative | earlier this week | week | 0
    relative | later this week | week | 0
    relative | earlier in the week | week | 0
    relative | later in the week | week | 0
    relative | last week | week | -1
    relative | next week | week | 1
    relative | this weekend | weekend | 0
    relative | last weekend | pastweekend | 0
    relative | this past weekend | pastweekend | 0
    relative | over the weekend | pastweekend | 0
    relative | at the weekend | pastweekend | 0
    relative | next weekend | weekend | 1
    relative | this month | month | 0
    relative | earlier this month | month | 0
    relative | last month | month | -1
    relative | next month | month | 1
    relative | this year | year | 0
    relative | earlier this year | year | 0
    relative | later this year | year | 0
    # "since the start of the year", "by the end of the month": this year's, this month's part.
    relative | the start of the year, the beginning of the year | year | 0 | since
    relative | the end of the year | year | 0
    relative | the start of the month, the beginning of the month | month | 0 | since
    relative | the end of the month | month | 0
    relative | last year | year | -1
    relative | next year | year | 1

    # ── Durations ───────────────────────────────────────────────────────────────────
    # unit | word | count | designator (Y M W D H MIN) | options
    # "noarticle": "one day" is an adverb ("one day he left"), not a duration.
    unit | year, years | 1 | Y
    unit | month, months | 1 | M
    unit | week, weeks | 1 | W
    unit | fortnight | 2 | W
    unit | day | 1 | D | noarticle
    unit | days | 1 | D
    unit | hour, hours | 1 | H
    unit | minute, minutes | 1 | MIN
    unit | decade, decades | 10 | Y | vague=DE
    unit | century, centuries | 100 | Y | vague=CE
    unit | half-century | 50 | Y

    number | a, an, one | 1 | article
    number | two | 2
    number | three | 3
    number | four | 4
    number | five | 5
    number | six | 6
    number | seven | 7
    number | eight | 8
    number | nine | 9
    number | ten | 10
    number | eleven | 11
    number | twelve | 12
    number | thirteen | 13
    number | fourteen | 14
    number | fifteen | 15
    number | sixteen | 16
    number | seventeen | 17
    number | eighteen | 18
    number | nineteen | 19
    number | twenty | 20
    number | thirty | 30
    number | forty | 40
    number | fifty | 50
    number | sixty | 60
    number | seventy | 70
    number | eighty | 80
    number | ninety | 90
    number | hundred | 100 | multiplier
    number | thousand | 1000 | multiplier
    number-joiner | and

    # "a dozen years", "dozens of years".
    collective | dozen | 12
    collective | dozens, hundreds | vague
    collective-link | of

    # An unknown number of units: "a few days" (PXD), "several hours".
    vague | a few
    vague | few
    vague | several
    vague | many
    vague | recent
    vague | past few
    vague | last few
    vague | next few

    # After a unit: "a year and a half" is P1.5Y.
    half | and a half

    # Kept in the expression, not in the value: "nearly six decades" is P60Y.
    approximate | nearly
    approximate | almost
    approximate | over
    approximate | just over
    approximate | well over
    approximate | more than
    approximate | less than
    approximate | fewer than
    approximate | under
    approximate | about
    approximate | around
    approximate | roughly
    approximate | approximately
    approximate | some
    approximate | at least
    approximate | up to
    approximate | close to

    # "50 years ago": a duration counted back from the reference date.
    ago-suffix | ago

    # ── Not a time ──────────────────────────────────────────────────────────────────
    # Names holding calendar words.
    not-time | sunday times, sunday telegraph, sunday express, sunday mirror, mail on sunday
    not-time | bloody sunday, black friday, good friday, cyber monday, ash wednesday
    not-time | super tuesday, holy thursday, maundy thursday, easter sunday, palm sunday

    clock-before | at
    clock-after | gmt, utc, am, pm, local

    year-preposition | in, since, until, by, from, before, after, during, through, between, year
    range-joiner | and, to, or
    # Before a year used as an adjective: "the 2011 uprising".
    year-determiner | the, a, its, his, her, their, this, that
    plural-ending | s
    function-word | the, a, an, and, or, but, nor, so, yet, then, also, when, while, as, if
    function-word | that, which, who, whom, whose, where, after, before, since, until, because
    function-word | of, in, on, at, by, for, from, with, without, to, into, over, under, between
    function-word | against, during, through, following, amid, despite, per, via, about
    function-word | is, was, were, are, be, been, has, had, have, will, would, could, should
    function-word | he, she, it, they, we, you, i, his, her, its, their, our, this, these, those
    function-word | not, only, just, even, still, already, alone
    """)
}
