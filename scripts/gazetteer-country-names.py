#!/usr/bin/env python3
"""Draft country names for Sources/CorroborateGazetteer/Data/Countries.swift from CLDR.

Prints one draft row per country: `key | French name | English name | | | # ISO`.
The checked-in table was built from this output and then edited by hand: name variants
("Fédération de Russie", "USA"), demonyms and capitals are written by hand, so never pipe
this over the table. Rerun it to review CLDR changes against the table.

Needs Babel (`pip install babel`), which ships the CLDR territory names.
"""
import re
import sys

from babel import Locale

# The 193 UN member states, then observers and widely reported partially recognised states.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
OTHERS = "PS VA XK TW".split()

# Keys are slugs of the usual English name; CLDR's English name is not always the usual one.
KEY_OVERRIDES = {
    "CD": "dr-congo", "CG": "congo", "CI": "ivory-coast", "MM": "myanmar", "PS": "palestine",
    "VA": "vatican", "TR": "turkey", "CZ": "czech-republic", "TL": "east-timor",
    "US": "united-states", "GB": "united-kingdom", "KP": "north-korea", "KR": "south-korea",
    "ST": "sao-tome-and-principe", "CV": "cape-verde", "SZ": "eswatini",
}
ENGLISH_OVERRIDES = {"TR": "Turkey", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
                     "CG": "Republic of the Congo", "CI": "Ivory Coast", "MM": "Myanmar"}
FRENCH_OVERRIDES = {"PS": "Palestine", "CD": "République démocratique du Congo",
                    "CG": "République du Congo", "MM": "Birmanie", "VA": "Vatican"}


def slug(name: str) -> str:
    name = name.replace("&", "and").replace("St.", "Saint")
    name = re.sub(r"\(.*?\)", "", name)
    out = []
    for ch in name.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in "éèêë":
            out.append("e")
        elif ch in "ôö":
            out.append("o")
        elif ch in "ãáà":
            out.append("a")
        elif ch in "íî":
            out.append("i")
        else:
            out.append("-")
    return re.sub(r"-+", "-", "".join(out)).strip("-")


def main() -> None:
    fr, en = Locale("fr"), Locale("en")
    for code in UN_MEMBERS + OTHERS:
        french = FRENCH_OVERRIDES.get(code, fr.territories[code])
        english = ENGLISH_OVERRIDES.get(code, en.territories[code]).replace(" & ", " and ")
        english = english.replace("St. ", "Saint ")
        key = KEY_OVERRIDES.get(code, slug(english))
        sys.stdout.write(f"{key} | {french} | {english} | | | # {code}\n")


if __name__ == "__main__":
    main()
