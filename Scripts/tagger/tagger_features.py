"""Features of Parole's part-of-speech tagger, shared by training and evaluation scripts.

Must match Sources/ParoleText/Morphology/TaggerFeatures.swift exactly: the same hashes
(FNV-1a 64 over UTF-8 bytes, SplitMix64 to mix), the same templates, the same shapes.
"""
import unicodedata

UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"]
UPOS_INDEX = {t: i for i, t in enumerate(UPOS)}
MASK = (1 << 64) - 1
BOUNDARY = 0x5A5A5A5A  # the hash of a position before or after the text
START_TAG = 17  # the tag of a position before the text


def fnv(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & MASK
    return h


def mix(template, a, b=0):
    z = (template * 0x9E3779B97F4A7C15 + a * 0xBF58476D1CE4E5B9 + b) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def norm(form):
    """Parole's token norm: NFKC case-folded, ’ as '."""
    return unicodedata.normalize("NFKC", form).casefold().replace("\u2019", "'").replace("\u00a0", " ")


def shape(form):
    letters = [c for c in form if c.isalpha()]
    if any("0" <= c <= "9" for c in form):
        s = 3
    elif not letters:
        s = 4
    elif len(letters) > 1 and all(c.isupper() for c in letters):
        s = 2
    elif form[0].isupper():
        s = 1
    else:
        s = 0
    if "-" in form:
        s += 8
    return s


def suffix(text, n):
    return fnv(text[-n:]) if len(text) >= n else fnv(text) ^ n


class Token:
    """What the features read of one token: hashes of its norm and suffixes, shape, lexicon classes."""
    __slots__ = ("word", "suffixes", "prefix", "shape", "amb", "length")

    def __init__(self, form, amb):
        n = norm(form)
        self.word = fnv(n)
        self.suffixes = [suffix(n, k) for k in (1, 2, 3, 4)]
        self.prefix = fnv(n[:2])
        self.shape = shape(form)
        self.amb = amb
        self.length = len(form)


EDGE = None


def features(tokens, i, prev, prev2):
    """The hashed features of token i given the two previous tags."""
    t = tokens[i]
    p1 = tokens[i - 1] if i >= 1 else None
    p2 = tokens[i - 2] if i >= 2 else None
    n1 = tokens[i + 1] if i + 1 < len(tokens) else None
    n2 = tokens[i + 2] if i + 2 < len(tokens) else None
    w = lambda x: x.word if x else BOUNDARY
    a = lambda x: x.amb if x else BOUNDARY
    return [
        mix(1, 0),
        mix(2, t.word),
        mix(3, t.suffixes[0]), mix(4, t.suffixes[1]), mix(5, t.suffixes[2]), mix(6, t.suffixes[3]),
        mix(7, t.prefix),
        mix(8, t.shape),
        mix(9, t.amb),
        mix(10, t.amb, t.shape),
        mix(11, w(p1)), mix(12, w(n1)), mix(13, w(p2)), mix(14, w(n2)),
        mix(15, a(p1)), mix(16, a(n1)),
        mix(17, prev), mix(18, prev, prev2), mix(19, prev, t.word), mix(20, prev, t.amb),
        mix(21, t.amb, a(n1)),
        mix(22, t.suffixes[2], t.shape),
        mix(23, w(n1), t.word),
    ]
