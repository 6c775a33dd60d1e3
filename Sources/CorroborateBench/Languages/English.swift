extension BenchLanguage {
    /// English news sentences, written for the benchmark. event | template
    static let english = BenchLanguage(language: .english, templates: """
    title | {S} in {C}: what we know
    title | {K}: {N} dead, {O} says
    title | What happened in {C} on {DM}
    title | {C}: pressure mounts on {S} after {W} events

    arrive | {P} arrived in {C} on {W}, {A} reported, citing an official source.
    arrive | According to {A}, {P} and his delegation landed in {C} on {DM} at around {H} p.m.
    arrive | "{S} has arrived in {C} and will stay for several days," a spokesman for {O} said.
    arrive | The arrival of {S} in {C} was confirmed on {W} evening by {O}.

    leave | {P} left {C} aboard a private plane on {DM}, {A} said.
    leave | {S} reportedly fled {K} overnight on {W}, according to several sources.
    leave | His plane took off from the airport of {C} at {H} p.m. local time, {A} reported.

    kill | At least {N} people were killed and {N2} injured in {C}, according to a toll from {O}.
    kill | The death toll rose to {N}, {A} said on {W}.
    kill | {O} reported {N} dead in the {C} area.
    kill | "We have counted {N} victims," {P} told reporters.

    arrest | Police arrested {N} people in {C} on {W}, {O} announced.
    arrest | {N} suspects were taken into custody in {C}, according to {A}.
    arrest | {P} was arrested on {DM} in {C}, a judicial source told {A}.

    protest | Some {N} protesters marched through {C} on {W}, according to the organizers.
    protest | Police counted {N2} participants at the rally in {C}, {A} reported.
    protest | "We will not back down," a union leader told the crowd gathered in {C}.

    vote | The parliament of {K} passed the bill by {N} votes to {N2}, {O} announced.
    vote | The {DM} ballot drew {PCT} of voters, according to figures from {O}.
    vote | {P} hailed a "historic" vote for {K} on {W}.

    meet | {P} met {Q} in {C} on {W}, {O} said in a statement.
    meet | The two leaders met for {NW} hours, according to {A}.
    meet | {S} did not meet opposition representatives, {A} said.

    grant | {K} granted {MNY} in aid to the people of {C}, {P} announced.
    grant | According to {O}, the humanitarian aid pledged amounts to {MNY}.
    grant | {Q} said the aid would be paid before the end of the month.

    offensive | The forces of {K} launched an offensive against {C} on {D}, {O} said.
    offensive | {N} soldiers are taking part in the assault, according to a military source cited by {A}.
    offensive | {P} denied on {W} any attack on civilians.

    context | {C} has a population of about {BIG}.
    context | The last visit of {S} to {C} dates back to {Y}.
    context | The authorities of {K} made no comment on the situation in {C} on {W}.
    context | {A} could not independently verify the reports from {C}.
    context | The toll was not confirmed by {O}, {S} stressed.
    context | On {D}, {O} had already mentioned the situation in {C}.
    context | {Q}, quoted by {A}, called for calm in {C}.
    context | According to {A}, {NW} ministers of {K} were due to meet on {W} afternoon.

    filler | The situation in {C} remained unclear on {W} evening.
    filler | Talks between {S} and {Q} are expected to resume in the coming days.
    filler | Several questions remain unanswered about the role of {S}.
    filler | Many residents of {C} followed the events live on television.
    filler | Shops in {C} reopened their doors in the late morning.
    filler | Observers see it as a turning point for {K}.
    """, months: """
    January
    February
    March
    April
    May
    June
    July
    August
    September
    October
    November
    December
    """, weekdays: """
    Monday
    Tuesday
    Wednesday
    Thursday
    Friday
    Saturday
    Sunday
    """, numberWords: """
    two
    three
    four
    five
    six
    seven
    eight
    nine
    ten
    eleven
    twelve
    """, format: NumberFormat(decimalSeparator: ".", percentSuffix: "%", millionsOfEuros: "million euros", million: "million"))
}
