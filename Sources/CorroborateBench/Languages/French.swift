extension BenchLanguage {
    /// French news sentences, written for the benchmark. event | template
    static let french = BenchLanguage(language: .french, templates: """
    title | {S} à {C} : ce que l’on sait
    title | {K} : {N} morts selon {O}
    title | Ce qu’il faut retenir de la journée du {DM} à {C}
    title | {C} : {S} sous pression après les événements de {W}

    arrive | {P} est arrivé à {C} {W}, a annoncé {A} en citant une source officielle.
    arrive | Selon {A}, {P} et sa délégation ont atterri à {C} le {DM} vers {H} heures.
    arrive | « {S} est arrivé à {C} et il y restera plusieurs jours », a déclaré un porte-parole de {O}.
    arrive | L’arrivée de {S} à {C} a été confirmée {W} soir par {O}.

    leave | {P} a quitté {C} à bord d’un avion privé le {DM}, a affirmé {A}.
    leave | {S} aurait fui {K} dans la nuit de {W}, selon plusieurs sources.
    leave | Son avion a décollé de l’aéroport de {C} à {H} heures, heure locale, d’après {A}.

    kill | Au moins {N} personnes ont été tuées et {N2} blessées à {C}, selon un bilan de {O}.
    kill | Le bilan s’est alourdi à {N} morts, a indiqué {A} {W}.
    kill | {O} fait état de {N} morts dans la région de {C}.
    kill | « Nous avons compté {N} victimes », a affirmé {P} devant la presse.

    arrest | La police a interpellé {N} personnes {W} à {C}, a annoncé {O}.
    arrest | {N} suspects ont été placés en garde à vue à {C}, selon {A}.
    arrest | {P} a été arrêté le {DM} à {C}, d’après une source judiciaire citée par {A}.

    protest | Quelque {N} manifestants ont défilé {W} dans les rues de {C}, selon les organisateurs.
    protest | La police a compté {N2} participants au rassemblement de {C}, a rapporté {A}.
    protest | « Nous ne reculerons pas », a lancé un syndicaliste devant la foule réunie à {C}.

    vote | Le Parlement de {K} a adopté le texte par {N} voix contre {N2}, a annoncé {O}.
    vote | Le scrutin du {DM} a réuni {PCT} des électeurs, selon les chiffres de {O}.
    vote | {P} a salué {W} un vote « historique » pour {K}.

    meet | {P} a rencontré {Q} {W} à {C}, a indiqué {O} dans un communiqué.
    meet | Les deux dirigeants se sont réunis pendant {NW} heures, selon {A}.
    meet | {S} n’a pas rencontré les représentants de l’opposition, a précisé {A}.

    grant | {K} a accordé une aide de {MNY} à la population de {C}, a annoncé {P}.
    grant | Selon {O}, l’aide humanitaire promise atteint {MNY}.
    grant | {Q} a déclaré que cette aide serait versée avant la fin du mois.

    offensive | Les forces de {K} ont lancé une offensive contre {C} le {D}, a indiqué {O}.
    offensive | {N} soldats participent à l’assaut, selon une source militaire citée par {A}.
    offensive | {P} a démenti {W} toute attaque contre des civils.

    context | {C} compte environ {BIG} d’habitants.
    context | La dernière visite de {S} à {C} remonte à {Y}.
    context | Les autorités de {K} n’ont fait aucun commentaire {W} sur la situation à {C}.
    context | {A} n’a pas pu vérifier de manière indépendante les informations venues de {C}.
    context | Ce bilan n’a pas été confirmé par {O}, a souligné {S}.
    context | Le {D}, {O} avait déjà évoqué la situation à {C}.
    context | {Q}, cité par {A}, a appelé au calme à {C}.
    context | D’après {A}, {NW} ministres de {K} devaient se réunir {W} après-midi.

    filler | La situation restait confuse à {C} dans la soirée de {W}.
    filler | Les discussions entre {S} et {Q} devraient reprendre dans les prochains jours.
    filler | Plusieurs questions restent sans réponse sur le rôle de {S}.
    filler | De nombreux habitants de {C} ont suivi les événements en direct à la télévision.
    filler | Les commerces de {C} ont rouvert leurs portes en fin de matinée.
    filler | Il s’agit d’un tournant pour {K}, estiment des observateurs.
    """, months: """
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
    """, weekdays: """
    lundi
    mardi
    mercredi
    jeudi
    vendredi
    samedi
    dimanche
    """, numberWords: """
    deux
    trois
    quatre
    cinq
    six
    sept
    huit
    neuf
    dix
    onze
    douze
    """, format: NumberFormat(decimalSeparator: ",", percentSuffix: " %", millionsOfEuros: "millions d’euros", million: "millions"))
}
