import CorroborateCore

extension ReadingLexicon {
    static let french = ReadingLexicon(
        language: .french,
        // Words shared with English ("a", "on", "an") are left out: they would not discriminate.
        stopwords: """
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
        et
        est
        sont
        ont
        au
        aux
        en
        dans
        pour
        par
        sur
        avec
        que
        qui
        qu'
        ne
        n'
        pas
        plus
        ce
        cette
        ces
        c'
        son
        sa
        ses
        leur
        leurs
        il
        elle
        ils
        elles
        nous
        vous
        se
        s'
        j'
        y
        ou
        où
        mais
        donc
        comme
        selon
        après
        avant
        depuis
        entre
        sans
        sous
        été
        était
        avait
        aussi
        très
        tout
        tous
        toute
        toutes
        lui
        même
        déjà
        dont
        être
        avoir
        cela
        ça
        """,
        datelineLabels: """
        date
        date de publication
        publié le
        publié
        mis en ligne le
        """,
        bylineLabels: """
        par
        auteur
        auteure
        écrit par
        rédigé par
        de notre correspondant
        de notre correspondante
        de notre envoyé spécial
        de notre envoyée spéciale
        """,
        names: """
        fr, fre, fra, french, français, francais
        """)
}
