#!/usr/bin/env python3
"""Expands the Grammalecte French dictionary (Debian hunspell-fr-comprehensive) into
Parole's full-form lexicon, Resources/lexicons/french-forms.txt.

Usage: python3 Scripts/lexicon/build_lexicon.py [--aff /usr/share/hunspell/fr.aff]
           [--dic /usr/share/hunspell/fr.dic] [--out Resources/lexicons/french-forms.txt]

Every dictionary entry is expanded with its suffix rules (prefix rules only add elided
articles, l' d' qu', which Parole's tokenizer splits off, so they are left out). Each form
gets a tag set: a class (UD-like part of speech) and features. The file stays compact
by sharing what repeats:

    T <id> <tag set>                      a tag set: CLASS|Feature=Value|...
    P <id> <strip>,<add>,<tag> ...        a paradigm: the forms of one entry, each made
                                          from the lemma by dropping <strip> characters
                                          and appending <add>, with tag set <tag>
    <lemma> <paradigm id>                 an entry (fields separated by tabs)

Standard library only.
"""
import argparse
import collections
import re
import subprocess
import sys

CLASS_BY_PO = [  # (po: code, class); the first that matches an entry wins
    ("prn", "PROPN"), ("patr", "PROPN"), ("npr", "PROPN"),
    ("nb", "NUM"), ("nbro", "ADJ"),
    ("cjco", "CCONJ"), ("cjsub", "SCONJ"),
    ("prep", "ADP"),
    ("det", "DET"), ("detpos", "DET"), ("detdem", "DET"), ("detind", "DET"), ("detneg", "DET"),
    ("detex", "DET"), ("detint", "DET"),
    ("propersuj", "PRON"), ("properobj", "PRON"), ("prodem", "PRON"), ("proind", "PRON"),
    ("prorel", "PRON"), ("proint", "PRON"), ("proneg", "PRON"), ("propos", "PRON"), ("proadv", "PRON"),
    ("pro", "PRON"),
    ("adv", "ADV"), ("advint", "ADV"), ("advneg", "ADV"),
    ("interj", "INTJ"),
    ("adj", "ADJ"), ("nom", "NOUN"), ("titr", "NOUN"),
]

TENSE = {"infi": "VerbForm=Inf", "ppre": "VerbForm=Part|Tense=Pres", "ppas": "VerbForm=Part|Tense=Past",
         "ipre": "Mood=Ind|Tense=Pres", "iimp": "Mood=Ind|Tense=Imp", "ipsi": "Mood=Ind|Tense=Past",
         "ifut": "Mood=Ind|Tense=Fut", "cond": "Mood=Cnd|Tense=Pres", "spre": "Mood=Sub|Tense=Pres",
         "simp": "Mood=Sub|Tense=Imp", "impe": "Mood=Imp|Tense=Pres"}
PERSON = {"1sg": ("1", "Sing"), "1isg": ("1", "Sing"), "1jsg": ("1", "Sing"), "2sg": ("2", "Sing"),
          "3sg": ("3", "Sing"), "1pl": ("1", "Plur"), "2pl": ("2", "Plur"), "3pl": ("3", "Plur")}
GENDER = {"mas": "Masc", "fem": "Fem"}
NUMBER = {"sg": "Sing", "pl": "Plur"}
NAME_KIND = {"prn": "FirstName", "patr": "Surname", "npr": "Name"}


def parse_aff(path):
    rules = collections.defaultdict(list)  # flag -> [(strip, add, regex, morph)]
    kinds = {}
    special = {}
    for line in open(path, encoding="utf-8"):
        p = line.split()
        if not p:
            continue
        if p[0] in ("NEEDAFFIX", "FORBIDDENWORD") and len(p) > 1:
            special[p[0]] = p[1]
        if p[0] not in ("PFX", "SFX") or len(p) < 4:
            continue
        if p[2] in "YN" and p[3].isdigit() and len(p) == 4:
            kinds[p[1]] = p[0]
            continue
        if p[0] != "SFX":
            continue
        strip = "" if p[2] == "0" else p[2]
        add = p[3].split("/")[0]
        add = "" if add == "0" else add
        cond = p[4] if len(p) > 4 else "."
        rules[p[1]].append((strip, add, re.compile("(?:" + cond + ")$"), p[5:]))
    return rules, kinds, special


def flags_of(text):
    return [text[i:i + 2] for i in range(0, len(text), 2)]  # FLAG long


def tag_sets(morph):
    """The tag sets of one form from its po: and is: fields: one per class its po: codes name;
    a verb form gets one per tense and person it has (`déclare`: the présent of the indicative
    and of the subjunctive, first and third person singular)."""
    po = [m[3:] for m in morph if m.startswith("po:")]
    if any(re.match(r"v[0-3]", c) or c in TENSE for c in po):
        tenses = [c for c in po if c in TENSE] or [None]
        persons = [PERSON[c.rstrip("!")] for c in po if c.rstrip("!") in PERSON] or [None]
        result = []
        for tense in tenses:
            finite = tense is not None and "VerbForm" not in TENSE[tense]
            for person in persons if finite else [None]:
                one = verb_tag_set(morph, tense, person)
                if one not in result:
                    result.append(one)
        return result
    classes = []
    for code, cls in CLASS_BY_PO:
        if code in po and cls not in classes:
            classes.append(cls)
    return [tag_set(morph, cls) for cls in classes]


def verb_tag_set(morph, tense, person):
    """The tag set of a verb form in one tense (a TENSE code or None) and person (or None)."""
    po = [m[3:] for m in morph if m.startswith("po:")]
    iss = [m[3:] for m in morph if m.startswith("is:")]
    feats = []
    if tense:
        feats.append(TENSE[tense])
    if person:
        feats.append("Person=" + person[0])
        feats.append("Number=" + person[1])
    if "ppas" in po and "adj" in po or (tense and "Part" in TENSE[tense]):
        g = next((GENDER[c] for c in iss if c in GENDER), None)
        n = next((NUMBER[c] for c in iss if c in NUMBER), None)
        if g:
            feats.append("Gender=" + g)
        if n and not person:
            feats.append("Number=" + n)
    return "|".join(["VERB"] + feats)


def tag_set(morph, cls):
    """The class (`cls`, or found from the po: fields) and features of one form; None to leave it out."""
    po = [m[3:] for m in morph if m.startswith("po:")]
    iss = [m[3:] for m in morph if m.startswith("is:")]
    feats = []
    verb = next((c for c in po if re.match(r"v[0-3]", c)), None)
    tense = next((TENSE[c] for c in po if c in TENSE), None)
    if verb or tense:
        lemma_class = "VERB"
        if tense:
            feats.append(tense)
        person = next((PERSON[c] for c in po if c in PERSON), None)
        if person:
            feats.append("Person=" + person[0])
            feats.append("Number=" + person[1])
        if "ppas" in po and "adj" in po or (tense and "Part" in tense):
            g = next((GENDER[c] for c in iss if c in GENDER), None)
            n = next((NUMBER[c] for c in iss if c in NUMBER), None)
            if g:
                feats.append("Gender=" + g)
            if n and not person:
                feats.append("Number=" + n)
    else:
        lemma_class = cls or next((c for code, c in CLASS_BY_PO if code in po), None)
        if lemma_class is None:
            return None
        g = next((GENDER[c] for c in iss if c in GENDER), None)
        n = next((NUMBER[c] for c in iss if c in NUMBER), None)
        if g:
            feats.append("Gender=" + g)
        if n:
            feats.append("Number=" + n)
        kind = next((NAME_KIND[c] for c in po if c in NAME_KIND), None)
        if kind:
            feats.append("NameKind=" + kind)
    return "|".join([lemma_class] + feats)


def expand(dic, rules, kinds, special):
    """Yields (lemma, [(form, tag set)]) for each dictionary entry."""
    needaffix = special.get("NEEDAFFIX", "()")
    forbidden = special.get("FORBIDDENWORD", "{}")
    lines = open(dic, encoding="utf-8").read().split("\n")[1:]
    for line in lines:
        if not line.strip():
            continue
        fields = line.split()
        head = fields[0]
        word, _, flagtext = head.partition("/")
        morph = fields[1:]
        flags = flags_of(flagtext)
        if forbidden in flags:
            continue
        lemma = next((m[3:] for m in morph if m.startswith("st:")), word)
        forms = []
        if needaffix not in flags:
            forms.extend((word, tags) for tags in tag_sets(morph))
        for flag in flags:
            if kinds.get(flag) != "SFX":
                continue
            for strip, add, cond, rmorph in rules[flag]:
                if not cond.search(word) or (strip and not word.endswith(strip)):
                    continue
                form = word[: len(word) - len(strip)] + add
                # Rule po: fields refine the entry's (a participle keeps the verb's po:v…).
                forms.extend((form, tags) for tags in tag_sets(morph + rmorph))
        if forms:
            yield lemma, forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aff", default="/usr/share/hunspell/fr.aff")
    ap.add_argument("--dic", default="/usr/share/hunspell/fr.dic")
    ap.add_argument("--out", default="Resources/lexicons/french-forms.txt")
    args = ap.parse_args()
    rules, kinds, special = parse_aff(args.aff)
    version = "unknown"
    try:
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-fr-comprehensive"],
                                 capture_output=True, text=True).stdout.strip() or version
    except OSError:
        pass
    tag_ids, paradigm_ids, entries = {}, {}, []
    form_count = 0
    seen = set()
    for lemma, forms in expand(args.dic, rules, kinds, special):
        cells = set()
        for form, tags in forms:
            t = tag_ids.setdefault(tags, len(tag_ids))
            prefix = 0
            limit = min(len(form), len(lemma))
            while prefix < limit and form[prefix] == lemma[prefix]:
                prefix += 1
            cells.add((len(lemma) - prefix, form[prefix:], t))
        key = tuple(sorted(cells))
        p = paradigm_ids.setdefault(key, len(paradigm_ids))
        if (lemma, p) in seen:
            continue
        seen.add((lemma, p))
        form_count += len(key)
        entries.append((lemma, p))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# French word forms: every inflected form with its lemma, class and features.\n")
        out.write("# Source: the Grammalecte/Dicollecte French dictionary (\"toutes variantes\", "
                  "by Olivier R., https://grammalecte.net/),\n")
        out.write(f"# as packaged by Debian in hunspell-fr-comprehensive {version} "
                  "(/usr/share/hunspell/fr.aff, fr.dic); licence MPL 2.0.\n")
        out.write("# Generated by: python3 Scripts/lexicon/build_lexicon.py  (do not edit by hand)\n")
        out.write(f"# {len(entries)} entries, {form_count} forms, {len(paradigm_ids)} paradigms, "
                  f"{len(tag_ids)} tag sets.\n")
        out.write("# Lines: T<tab>id<tab>CLASS|Feature=Value... (a tag set);\n")
        out.write("# P<tab>id<tab>strip,add,tag strip,add,tag ... (a paradigm: each form drops `strip`\n")
        out.write("# characters of the lemma and appends `add`); then lemma<tab>paradigm id.\n")
        for tags, t in sorted(tag_ids.items(), key=lambda x: x[1]):
            out.write(f"T\t{t}\t{tags}\n")
        for key, p in sorted(paradigm_ids.items(), key=lambda x: x[1]):
            out.write(f"P\t{p}\t" + " ".join(f"{s},{a},{t}" for s, a, t in key) + "\n")
        for lemma, p in entries:
            out.write(f"{lemma}\t{p}\n")
    print(f"{len(entries)} entries, {form_count} forms, {len(paradigm_ids)} paradigms, "
          f"{len(tag_ids)} tag sets -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
