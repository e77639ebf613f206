#!/usr/bin/env python3
"""Derive Resources/lexicons/entities-places-derived.txt: place names of the French-speaking
world and the world's cities, from two maintained sources, in their French forms.

- ICU's French locale data (libicu, Debian package libicu-dev): the exemplar city of every
  canonical time zone (`Africa/Ouagadougou` → `Ouagadougou`, `Africa/Cairo` → `Le Caire`),
  read through ICU's date formatter (pattern `VVV`) by a small C helper compiled here;
  not Antarctica's stations, nor Australia's and the Americas' zones outside the French
  territories (Debian's tzdata `zone.tab` gives a zone's country), whose Spanish and
  English town names are often surnames (`Mendoza`, `Denver`, `Dawson`, `Currie`).
- Debian's iso-codes (package iso-codes): the ISO 3166-2 subdivisions (regions,
  provinces, departments, wilayas, cantons, districts) of the French-speaking countries
  below, under their French names (`/usr/share/locale/fr/LC_MESSAGES/iso_3166-2.mo`).

Left out, so that the list only adds names the stage can trust: names already in
`entities-places.txt` or ISO 3166-1 country names (ICU gives those at run time); names
whose every word (a hyphenated compound being one word) is a lowercase French word, or
its plural (`Centre`, `Sud-Ouest`, `Plateaux`; not `Port-au-Prince`); one-word names of
fewer than four letters (`Gao`, `Bam`); a first name or a surname in the French Hunspell
dictionary (Dicollecte: `po:prn`, `po:patr`: `Maurice`, `Constantine`) or in
`entities-first-names*.txt`; names with brackets or commas (`Knox [Indiana]`, `Flamande,
Région`). A parenthesised part is dropped (`Tripoli (Libye)` → `Tripoli`).

Usage (from the repository root; needs libicu-dev, iso-codes, tzdata,
hunspell-fr-comprehensive and a C compiler):
    python3 Scripts/entities/derive_places.py > Resources/lexicons/entities-places-derived.txt
"""
import gettext
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEXICONS = os.path.join(ROOT, "Resources", "lexicons")
# French-speaking countries (members of the Francophonie where French is in daily use).
FRANCOPHONE = (
    "FR BE CH LU MC CA HT DZ MA TN SN ML BF NE CI GN BJ TG CM GA CG CD CF TD MG MR RW BI DJ KM LB"
).split()

# Haiti and the French overseas territories in the Americas.
FRENCH_AMERICA = "HT GP MQ GF PM BL MF".split()

ZONES_C = r"""
#include <stdio.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
int main(void) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &status);
    const UChar *zone; int32_t length;
    while ((zone = uenum_unext(zones, &length, &status))) {
        UErrorCode local = U_ZERO_ERROR;
        UChar pattern[] = {'V', 'V', 'V', 0};
        UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, "fr", zone, length, pattern, 3, &local);
        UChar city[256];
        int32_t size = udat_format(format, 0, city, 256, NULL, &local);
        char id[512], name[512];
        u_strToUTF8(id, 512, NULL, zone, length, &local);
        u_strToUTF8(name, 512, NULL, city, size, &local);
        if (U_SUCCESS(local)) printf("%s\t%s\n", id, name);
        udat_close(format);
    }
    uenum_close(zones);
    return 0;
}
"""


def zone_cities():
    """ICU's French exemplar city of every canonical time zone."""
    with tempfile.TemporaryDirectory() as folder:
        source, binary = os.path.join(folder, "zones.c"), os.path.join(folder, "zones")
        with open(source, "w") as handle:
            handle.write(ZONES_C)
        subprocess.run(["cc", source, "-o", binary, "-licui18n", "-licuuc", "-licudata"], check=True)
        output = subprocess.run([binary], capture_output=True, text=True, check=True).stdout
    countries = {}
    with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                fields = line.split("\t")
                countries[fields[2].strip()] = fields[0]
    cities = []
    for line in output.splitlines():
        zone, city = line.split("\t")
        if zone.startswith(("Antarctica/", "Australia/")):
            continue
        if zone.startswith("America/") and countries.get(zone) not in FRENCH_AMERICA:
            continue
        cities.append(city)
    return cities


def subdivisions():
    """The French names of the ISO 3166-2 subdivisions of the French-speaking countries."""
    french = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["fr"])
    with open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8") as handle:
        entries = json.load(handle)["3166-2"]
    return [french.gettext(e["name"]) for e in entries if e["code"][:2] in FRANCOPHONE]


def country_names():
    french = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as handle:
        entries = json.load(handle)["3166-1"]
    return {french.gettext(e[k]) for e in entries for k in ("name", "common_name") if k in e}


def rows(name):
    with open(os.path.join(LEXICONS, name), encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t")[0] for line in handle if line.strip() and not line.startswith("#")]


def dictionary(path="/usr/share/hunspell/fr.dic"):
    """Lowercase words, and first names and surnames, of the French Hunspell dictionary."""
    lowercase, persons = set(), set()
    with open(path, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            fields = line.split()
            if not fields:
                continue
            word = fields[0].split("/")[0]
            if word[:1].islower():
                lowercase.add(word)
            elif "po:prn" in fields or "po:patr" in fields:
                persons.add(word)
    return lowercase, persons


def main():
    lowercase, persons = dictionary()
    lowercase |= {w for w in rows("entities-common-words.txt") if w[:1].islower()}
    persons |= set(rows("entities-first-names.txt")) | set(rows("entities-first-names-dictionary.txt"))
    known = set(rows("entities-places.txt")) | country_names()
    names = set()
    for name in zone_cities() + subdivisions():
        if "[" in name or "," in name:
            continue
        name = re.sub(r"\s*\(.*?\)", "", name).strip()
        words = name.split()
        if not name or name in known or name in persons or not words:
            continue
        if all(w.lower() in lowercase or w.lower().rstrip("sx") in lowercase for w in words):
            continue
        if len(words) == 1 and len(name) < 4:
            continue
        names.add(name)
    print("# Place names of the French-speaking world and the world's cities, in French. Label LOC.")
    print("# Sources: ICU's French locale data (libicu 72: the exemplar city of each canonical time")
    print("# zone, but Antarctica's, Australia's and the Americas' outside the French territories)")
    print("# and Debian's iso-codes 4.15 (ISO 3166-2 subdivisions of French-speaking countries, in")
    print("# French). Left out: names in entities-places.txt, country names, names made of lowercase")
    print("# French words only, short one-word names, first names and surnames (Hunspell fr).")
    print("# Generated by: python3 Scripts/entities/derive_places.py  (do not edit by hand)")
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    sys.exit(main())
