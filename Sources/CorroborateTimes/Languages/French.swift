extension TimeLanguageTable {
    /// French. Rows are `category | words | fields…`; see TimeLanguageTable for the categories.
    /// Words are folded when read, so accents may be written. The tokenizer splits elided
    /// articles ("l’après-midi" → "l’", "après-midi"), so phrases write them as separate words.
    static let french = TimeLanguageTable(language: .french, rows: """
    # ── Calendar words ──────────────────────────────────────────────────────────────
    month | janvier | 1
    month | janv | 1 | abbr
    month | février | 2
    month | févr | 2 | abbr
    month | fév | 2 | abbr
    month | mars | 3
    month | avril | 4
    month | avr | 4 | abbr
    month | mai | 5
    month | juin | 6
    month | juillet | 7
    month | juil | 7 | abbr
    month | août | 8
    month | septembre | 9
    month | sept | 9 | abbr
    month | octobre | 10
    month | oct | 10 | abbr
    month | novembre | 11
    month | nov | 11 | abbr
    month | décembre | 12
    month | déc | 12 | abbr

    weekday | lundi | 1
    weekday | mardi | 2
    weekday | mercredi | 3
    weekday | jeudi | 4
    weekday | vendredi | 5
    weekday | samedi | 6
    weekday | dimanche | 7

    # "le 1er décembre"
    ordinal-suffix | er
    ordinal-suffix | re

    # Day and month order in running text ("8 décembre"), and in numeric dates (8/12/2024).
    date-order | dm
    numeric-order | dmy

    # Before a day or weekday and part of the expression: "le 7 décembre", "ce jeudi".
    date-prefix | le
    date-prefix | ce
    # After one: "le 27 novembre dernier", "janvier prochain", "mardi passé".
    date-suffix | dernier | past
    date-suffix | dernière | past
    date-suffix | passé | past
    date-suffix | prochain | future
    date-suffix | prochaine | future

    # A weekday shortly after one of these lies ahead ("une réunion prévue pour lundi").
    future-cue | prévu, prévue, prévus, prévues, programmé, programmée, attendu, attendue
    future-cue | doit, doivent, devra, devront, devrait, devraient, aura, auront, sera, seront
    # The simple future: « les écoles resteront fermées jeudi », « le pont rouvrira lundi ».
    future-ending | ront, era, ira, rra, dra, vra
    # The future seen from the past: « elle a annoncé qu'elle tiendrait un sommet vendredi »
    # (not « serait », « aurait », too short for these endings: a hedged past).
    future-ending | drait, erait, irait, draient, eraient, iraient

    # A part of the day after a day: "dimanche soir", "le 7 décembre au soir".
    part-of-day | matin
    part-of-day | soir
    part-of-day | après-midi
    part-of-day | matinée
    part-of-day | soirée
    part-of-day | nuit
    part-of-day | midi
    part-of-day-joiner | au

    # A month alone is a date only after one of these ("en décembre", "depuis janvier");
    # the word itself is not part of the expression.
    month-trigger | en
    month-trigger | depuis
    month-trigger | dès
    month-trigger | début
    month-trigger | fin
    month-trigger | courant
    month-trigger | mi
    month-trigger | avant
    month-trigger | après
    month-trigger | mois de
    month-trigger | jusqu’ à

    # "dans la nuit de samedi": joins a part of the day to the day it belongs to.
    of-link | de
    of-link | du
    of-link | d’

    # ── Days, weeks, months, years read against the reference date ─────────────────
    # relative | phrase | unit (day, week, weekend, month, year, anaphor) | offset | prefixes | options
    # Prefixes are words that may precede the phrase and belong to it ("Au lendemain").
    # Option "of": may be followed by "de"/"du" and a day it then denotes ("dans la nuit de samedi").
    # Option "anaphor": the day the text last spoke of ("ce jour-là"); "narrative": that day if
    # there is one, else the reference day ("dans l’après-midi").
    relative | hier | day | -1
    relative | avant-hier | day | -2
    relative | aujourd’hui | day | 0
    relative | demain | day | 1
    relative | après-demain | day | 2
    relative | lendemain | day | 0 | au, le
    relative | veille | day | -1 | la
    relative | ce matin | day | 0
    relative | cet après-midi | day | 0
    relative | ce soir | day | 0
    relative | cette nuit | day | 0
    relative | la nuit dernière | day | -1
    relative | dans la journée | day | 0 | | of, narrative
    relative | dans l’ après-midi | day | 0 | | of, narrative
    relative | dans la matinée | day | 0 | | of, narrative
    relative | dans la soirée | day | 0 | | of, narrative
    relative | dans la nuit | day | 0 | | of, narrative
    relative | ce jour-là | day | 0 | | anaphor
    relative | le même jour | day | 0 | | anaphor
    relative | le jour même | day | 0 | | anaphor
    relative | le jour suivant | day | 1 | | anaphor
    relative | ce matin-là | day | 0 | | anaphor
    relative | ce soir-là | day | 0 | | anaphor
    relative | cette nuit-là | day | 0 | | anaphor
    relative | cette semaine | week | 0
    relative | la semaine dernière | week | -1
    relative | la semaine passée | week | -1
    relative | la semaine prochaine | week | 1
    relative | en début de semaine | week | 0
    relative | en fin de semaine | week | 0
    relative | en début de mois | month | 0
    relative | en fin de mois | month | 0
    relative | en début d’ année | year | 0
    relative | en fin d’ année | year | 0
    # « depuis le début de l’année », « d’ici la fin du mois »: this year's, this month's part.
    relative | le début de l’ année | year | 0 | depuis
    relative | la fin de l’ année | year | 0
    relative | le début du mois | month | 0 | depuis
    relative | la fin du mois | month | 0
    relative | ce week-end | weekend | 0
    relative | le week-end dernier | pastweekend | 0
    relative | le week-end passé | pastweekend | 0
    relative | le week-end prochain | weekend | 1
    relative | ce mois-ci | month | 0
    relative | le mois dernier | month | -1
    relative | le mois passé | month | -1
    relative | le mois prochain | month | 1
    relative | cette année | year | 0
    relative | l’ an dernier | year | -1
    relative | l’ année dernière | year | -1
    relative | l’ an passé | year | -1
    relative | l’ année passée | year | -1
    relative | l’ an prochain | year | 1
    relative | l’ année prochaine | year | 1

    # ── Durations ───────────────────────────────────────────────────────────────────
    # unit | word | count | designator (Y M W D H MIN) | options
    # Options: "vague=DE" (designator of "des décennies"), "noarticle" ("un jour" is "one day",
    # an adverb, not a duration), "novague" ("des journées de grève" are events, not a duration).
    unit | an | 1 | Y
    unit | ans | 1 | Y
    unit | année | 1 | Y
    unit | années | 1 | Y
    unit | mois | 1 | M
    unit | semaine | 1 | W
    unit | semaines | 1 | W
    unit | quinzaine | 2 | W
    unit | jour | 1 | D | noarticle
    unit | jours | 1 | D
    unit | journée | 1 | D
    unit | journées | 1 | D | novague
    unit | heure | 1 | H
    unit | heures | 1 | H
    unit | demi-heure | 30 | MIN
    unit | minute | 1 | MIN
    unit | minutes | 1 | MIN
    unit | décennie | 10 | Y | vague=DE
    unit | décennies | 10 | Y | vague=DE
    unit | siècle | 100 | Y | vague=CE
    unit | siècles | 100 | Y | vague=CE
    unit | demi-siècle | 50 | Y

    # Between the number and the unit: "les 24 dernières heures".
    unit-adjective | derniers
    unit-adjective | dernières
    unit-adjective | prochains
    unit-adjective | prochaines
    unit-adjective | longues

    # Number words. "article": also the indefinite article ("un", "une").
    number | un | 1 | article
    number | une | 1 | article
    number | deux | 2
    number | trois | 3
    number | quatre | 4
    number | cinq | 5
    number | six | 6
    number | sept | 7
    number | huit | 8
    number | neuf | 9
    number | dix | 10
    number | onze | 11
    number | douze | 12
    number | treize | 13
    number | quatorze | 14
    number | quinze | 15
    number | seize | 16
    number | vingt | 20
    number | trente | 30
    number | quarante | 40
    number | cinquante | 50
    number | soixante | 60
    number | quatre-vingt | 80
    number | quatre-vingts | 80
    number | cent | 100 | multiplier
    number | cents | 100 | multiplier
    number | mille | 1000 | multiplier
    number-joiner | et

    # "une dizaine d’années", "des dizaines d’années".
    collective | dizaine | 10
    collective | douzaine | 12
    collective | vingtaine | 20
    collective | trentaine | 30
    collective | cinquantaine | 50
    collective | centaine | 100
    collective | dizaines | vague
    collective | centaines | vague
    collective-link | de
    collective-link | d’

    # An unknown number of units: "quelques jours" (PXD), "ces derniers jours".
    vague | quelques
    vague | plusieurs
    vague | des
    vague | de longues
    vague | de nombreuses
    vague | de nombreux
    vague | ces derniers
    vague | ces dernières
    vague | ces longues

    # After a unit: "un an et demi" is P1.5Y.
    half | et demi, et demie

    # Kept in the expression, not in the value: "près de 25 ans" is P25Y.
    approximate | près de, près d’
    approximate | plus de, plus d’
    approximate | moins de, moins d’
    approximate | pas moins de, pas moins d’
    approximate | au moins
    approximate | environ
    approximate | presque
    approximate | quasiment
    approximate | quelque
    approximate | un peu plus de, un peu plus d’
    approximate | un peu moins de, un peu moins d’
    approximate | bien plus de, bien plus d’
    approximate | autour de, autour d’

    # "il y a 50 ans": a duration counted back from the reference date.
    ago-prefix | il y a

    # ── Not a time ──────────────────────────────────────────────────────────────────
    # Names holding calendar words.
    not-time | journal du dimanche, mardi gras, vendredi saint, jeudi saint, mercredi des cendres
    not-time | lundi de pentecôte

    # "les années 1990" is a decade, not the year 1990.
    decade-word | années
    # A number of hours after these, or before these, is a clock time ("à 22 heures").
    clock-before | à
    clock-before | vers
    clock-after | gmt
    clock-after | utc
    clock-after | locale

    # A four-digit number is a year after these ("en 2015", "depuis 2011").
    year-preposition | en
    year-preposition | depuis
    year-preposition | dès
    year-preposition | avant
    year-preposition | après
    year-preposition | vers
    year-preposition | entre
    year-preposition | an
    year-preposition | année
    year-preposition | printemps
    year-preposition | été
    year-preposition | automne
    year-preposition | hiver
    # Between two numbers of a range ("entre 2000 et 3000 manifestants").
    range-joiner | et
    range-joiner | à
    range-joiner | au
    range-joiner | ou
    # A noun ending like this after a number is a count ("2015 personnes"), not a year.
    plural-ending | s
    plural-ending | x
    # Words that may follow a year without making it a count ("en 2015 lorsque").
    function-word | le, la, les, l’, un, une, des, du, de, d’, au, aux
    function-word | et, ou, mais, donc, or, ni, car, puis, alors, ensuite, aussi, encore, déjà
    function-word | que, qu’, qui, dont, où, quand, lorsque, lorsqu’, puisque, comme, si
    function-word | à, en, dans, par, pour, sur, sous, avec, sans, chez, contre, vers, entre
    function-word | depuis, pendant, avant, après, lors, selon, malgré, jusqu’, dès, parmi
    function-word | ce, cet, cette, ces, son, sa, ses, leur, leurs, notre, nos, votre, vos
    function-word | il, elle, ils, elles, on, nous, vous, je, j’, se, s’, ne, n’, y, c’
    function-word | est, sont, a, ont, était, étaient, fut, furent, été, avait, avaient, sera
    function-word | ne, pas, plus, très, notamment, seulement, même, environ
    """)
}
