import CorroborateCore

extension ReadingLexicon {
    static let english = ReadingLexicon(
        language: .english,
        // Words shared with French ("a", "on", "an") are left out: they would not discriminate.
        stopwords: """
        the
        and
        of
        to
        in
        is
        are
        was
        were
        has
        have
        had
        that
        this
        these
        those
        for
        with
        by
        from
        at
        as
        it
        its
        he
        she
        they
        them
        his
        her
        their
        we
        you
        be
        been
        not
        but
        or
        which
        who
        will
        would
        said
        after
        before
        about
        into
        over
        than
        also
        there
        what
        when
        where
        while
        's
        did
        does
        can
        could
        should
        """,
        datelineLabels: """
        date
        published
        published on
        posted
        posted on
        """,
        bylineLabels: """
        by
        author
        written by
        reporting by
        from our correspondent
        """,
        names: """
        en, eng, english, anglais
        """)
}
