"""Features of Parole's sentence-boundary model, shared by training and listing scripts.

Must match Sources/ParoleText/Segmentation/BoundaryFeatures.swift: a candidate is the gap
between a token that has no final punctuation, a colon or a semicolon and a capitalised
word or a list dash; its features read
the two tokens before and the two after through the part-of-speech tagger's token
features (norm hash, suffixes, shape, lexicon classes; Scripts/tagger/tagger_features.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tagger"))
from tagger_features import BOUNDARY, Token, mix  # noqa: E402,F401

# Shapes (tagger_features.shape): 0 lowercase, 1 capitalised, 2 all capitals, 3 digit, 4 no letter; +8 hyphen.
CAPITALS = 2


# Lexicon class bits (tagger_features.UPOS order) of words that begin a clause: ADP, ADV,
# DET, PRON, SCONJ; PROPN marks a name.
CLAUSE_OPENERS = (1 << 1) | (1 << 2) | (1 << 5) | (1 << 10) | (1 << 13)
PROPER_NOUN = 1 << 11
WRITTEN = (1 << 17) - 1  # the classes of a token as written
DETERMINER = 1 << 5


# Candidate kinds: what comes before the gap.
AFTER_WORD, AFTER_BRACKET, AFTER_COLON, BEFORE_DASH = 0, 1, 2, 3
# A capitalised word after a semicolon; a list dash after a colon, after a semicolon.
AFTER_SEMICOLON, DASH_AFTER_COLON, DASH_AFTER_SEMICOLON = 4, 5, 6
# A list dash after a one-word capitalised heading, the whole sentence so far (`… connue.
# Références - Dans l'ombre …`).
HEADING_BEFORE_DASH = 7
# The kinds the separate model judges (see `features`).
SEPARATE_KINDS = (AFTER_SEMICOLON, DASH_AFTER_COLON, DASH_AFTER_SEMICOLON, HEADING_BEFORE_DASH)
NUMBER_SHAPE = 3
PHRASE_ENDS = (1 << 0) | (1 << 7) | (1 << 8)  # ADJ, NOUN, NUM
FUNCTION_WORDS = (1 << 1) | (1 << 4) | (1 << 5)  # ADP, CCONJ, DET
CONTENT_WORDS = (1 << 0) | (1 << 7) | (1 << 15)  # ADJ, NOUN, VERB


def merged(amb):
    """The lexicon classes of a token, as written or lowercased."""
    return (amb >> 17) | (amb & ((1 << 17) - 1))


def allowed(tokens, i, kind=AFTER_WORD, j=None):
    """Whether the gap before token i may be a boundary at all, token j (i, or after a
    dash, i + 1) being the first word of the sentence it would start. Not before a single
    capital letter (an initial, a variable), a word the lexicon knows as a name as written
    (`Océane`) or does not know at all (`MoDem`, a brand), nor before a determiner followed
    by a capitalised word (the article of a name: `Les Verts`, `Le Monde`). A word the
    lexicon knows as a clause opener (a determiner, a pronoun, a conjunction...) may start
    a sentence anywhere (but a list dash never follows a word in capitals, a dateline, and a
    colon not a name; a name may follow a list dash after a lowercase word or a number); another word (a noun, an adjective, a
    verb) after a colon, before a list dash, after a heading in capitals, or after a word that can end a noun phrase
    (a noun, an adjective, a number: `… anomalie vasculaires Effets indésirables`)."""
    j = i if j is None else j
    if kind in (DASH_AFTER_COLON, DASH_AFTER_SEMICOLON):
        return True  # a list item, whatever its first word (`: - si vous prenez`, `; - Jules Roy`)
    if kind == HEADING_BEFORE_DASH:
        # A word the lexicon knows, not as a name: not a dateline (`Bruxelles - Le …`).
        p1 = tokens[i - 1]
        return p1.shape & 7 == 1 and p1.amb != 0 and not p1.amb & PROPER_NOUN
    n1 = tokens[j]
    n2 = tokens[j + 1] if j + 1 < len(tokens) else None
    p1 = tokens[i - 1]
    # A name after a list dash that follows a lowercase word or a number (`… Voir aussi - Karl
    # Laske`, `… ISBN 2226116214 - Roland Dumas`), not after a name (`Lyon - Marseille`).
    listed_name = kind == BEFORE_DASH and p1.shape & 7 in (0, NUMBER_SHAPE)
    if n1.length == 1 or n1.amb == 0 or (n1.amb & PROPER_NOUN and not listed_name):
        return False
    lower = n1.amb >> 17 if n1.amb >> 17 else n1.amb
    if lower & DETERMINER and n2 is not None and n2.shape & 7 in (1, 2):
        return False
    if kind == BEFORE_DASH and p1.shape & 7 == CAPITALS:
        return False  # a dateline (`LUXEMBOURG - Face à …`); after a name or a bracket, see segment_allowed
    if kind == AFTER_COLON and i >= 2 and tokens[i - 2].amb & (PROPER_NOUN | WRITTEN) and tokens[i - 2].shape & 7 == 1:
        return False  # a title after a word the lexicon knows capitalised, a place (`Tunisie : Le tribunal …`)
    if kind == AFTER_WORD and p1.amb and (
            not merged(p1.amb) & ~FUNCTION_WORDS or merged(p1.amb) & (DETERMINER | CONTENT_WORDS) == DETERMINER):
        return False  # after `et`, `le`, `de`: a title or a name goes on (`et L'examen de minuit`)
    if lower & CLAUSE_OPENERS:
        return True
    if kind in (AFTER_COLON, BEFORE_DASH, AFTER_SEMICOLON):
        return True
    run = capitals_run(tokens, i)
    if run >= 1:
        return run >= 2 or n1.shape & 7 == CAPITALS
    # A noun heading after a lowercase noun phrase, a number or a bracket, itself followed by
    # a lowercase word (`… vasculaires Effets indésirables`), not a name of several
    # capitalised words (`le restaurant Mer Rouge`).
    p1 = tokens[i - 1]
    if n1.shape & 7 != 1 or (n2 is not None and n2.shape & 7 not in (0, 4)):
        return False
    return p1.shape & 7 == NUMBER_SHAPE or kind == AFTER_BRACKET or (
        p1.shape & 7 == 0 and merged(p1.amb) & PHRASE_ENDS != 0)


def capitals_run(tokens, i):
    """How many all-capital tokens end just before token i (at most 3)."""
    run = 0
    while i - 1 - run >= 0 and run < 3 and tokens[i - 1 - run].shape & 7 == CAPITALS:
        run += 1
    return run


VERB = 1 << 15
# The norm hashes of a colon and of list dashes (tagger_features.Token.word).
SEPARATORS = {Token(form, 0).word for form in (":", "-", "\u2013", "\u2014")}
NOMINAL = (1 << 0) | (1 << 7)  # ADJ, NOUN


def segment(tokens, start, i):
    """What the text since the last sentence start (token `start`) up to the gap before token
    i looks like: (whether it has a word the lexicon knows only as a verb, its length in
    tokens, 9 for nine or more)."""
    verb = 0
    for t in tokens[start:i]:
        classes = (t.amb >> 17) | (t.amb & ((1 << 17) - 1))
        if classes & VERB and not classes & NOMINAL:
            verb = 1
            break
    return verb, min(i - start, 9)


def segment_allowed(tokens, i, start, kind, j=None):
    """What the text since the last sentence start (token `start`) allows: after a colon, a
    sentence starts only when that text has no word the lexicon knows only as a verb (a
    heading, `Absorption : La …`), not after a clause that announces speech (`… a ajouté :
    Il faudra …`)."""
    if kind == BEFORE_DASH and tokens[i - 1].shape & 7 not in (0, NUMBER_SHAPE):
        # A dash after a capitalised word or a bracket: after a capitalised word only in a list
        # (a colon or a dash before it in the sentence: `Catégories : Désinformation -
        # Communication - Médias`), after a bracket only once a verb was read; not a dateline
        # (`Bruxelles - Le …`, `Paris , 5 mai ( AFP ) - Le …`) nor a name (`la filiale de
        # Vivendi - Générale des Eaux`).
        if tokens[i - 1].shape & 7 == 1:
            return any(t.word in SEPARATORS for t in tokens[start:i])
        return segment(tokens, start, i)[0] == 1
    return kind != AFTER_COLON or not segment(tokens, start, i)[0]


NOUN = 1 << 7
NUMERAL = 1 << 8
AUXILIARY = 1 << 3
PRONOUN = 1 << 10


def lowercased(amb):
    """The lexicon classes of a token once lowercased (its norm's, else its own)."""
    return amb >> 17 if amb >> 17 else amb


def ends_short_heading(tokens, i, start, nlen):
    """Whether the gap before token i (`nlen` characters) ends a short heading without a verb,
    the whole sentence so far (tokens `start`..i-1, 1 to 6 words, none known only as a verb),
    before a capitalised word the lexicon knows, not as a name: the splitter decides these
    gaps before the model (SentenceBoundaryModel.endsShortHeading, BoundaryFeatures.endsShortHeading
    in Swift). The heading's first word is capitalised, a noun or an adjective once lowercased
    and not a function word, a clause opener, a numeral nor a name (`Contre-indications | Le
    …`, not `Mais comme | …`); the word before the gap is lowercase and neither a function word
    nor a clause opener, or the heading's one capitalised word before a noun followed by a
    lowercase word that is no verb, determiner or pronoun (`Posologie | Dose recommandée`, not
    `Demi | Mondaine est`); not before a determiner of a name."""
    length = i - start
    n1, p1, first = tokens[i], tokens[i - 1], tokens[start] if start < i else None
    n2 = tokens[i + 1] if i + 1 < len(tokens) else None
    if not 1 <= length <= 6 or nlen < 2 or n1.shape & 7 != 1 or n1.amb == 0 or n1.amb & PROPER_NOUN:
        return False
    if any(t.shape & 7 > 2 for t in tokens[start:i]) or segment(tokens, start, i)[0]:
        return False
    opening = lowercased(first.amb)
    if first.shape & 7 != 1 or first.amb == 0 or first.amb & PROPER_NOUN or not opening & NOMINAL \
            or opening & (CLAUSE_OPENERS | FUNCTION_WORDS | NUMERAL):
        return False
    if p1.shape & 7 > 1 or p1.amb == 0 or p1.amb & PROPER_NOUN or merged(p1.amb) & (FUNCTION_WORDS | CLAUSE_OPENERS):
        return False
    lower = lowercased(n1.amb)
    if lower & DETERMINER and n2 is not None and n2.shape & 7 in (1, 2):
        return False
    if p1.shape & 7 == 0:
        return True
    return (length == 1 and lower & NOUN != 0 and n2 is not None and n2.shape & 7 == 0
            and not merged(n2.amb) & (VERB | AUXILIARY | DETERMINER | PRONOUN))


def ends_heading(tokens, i, start):
    """Whether the gap before token i, after a word or a number that `allowed` let through
    (candidate kind AFTER_WORD), ends a heading or a reference line before the model is asked
    (SentenceBoundaryModel.startsSentence, BoundaryFeatures.endsHeading in Swift): the next word
    is capitalised and followed by a lowercase word, a clause opener once lowercased, and either
    the gap follows a number, the sentence so far (tokens `start`..i-1) not being a fronted date
    (a clause opener and at most three more tokens: `Le 5 mai 1999 | Le préfet`), as in `… le
    Courrier picard, 3 mars 2011 | Le tribunal a …`; or it follows a lowercase word the lexicon
    knows only as a noun, an adjective or a numeral, the next word is unknown as written, and
    the sentence so far has no word known only as a verb or only as a pronoun (a verbless
    heading: `Un village sans boulangerie | Depuis deux ans`, not a title in a clause: `il sort
    les albums Un homme …`)."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    p1, n1, n2 = tokens[i - 1], tokens[i], tokens[i + 1]
    if n1.shape & 7 != 1 or n2.shape & 7 != 0 or not lowercased(n1.amb) & CLAUSE_OPENERS:
        return False
    if p1.shape & 7 == NUMBER_SHAPE:
        return not (i - start <= 4 and lowercased(tokens[start].amb) & CLAUSE_OPENERS)
    is_clause = segment(tokens, start, i)[0] or any(merged(t.amb) == PRONOUN for t in tokens[start:i])
    return (not is_clause and p1.shape & 7 == 0 and p1.amb != 0 and not merged(p1.amb) & ~(NOMINAL | NUMERAL)
            and not n1.amb & WRITTEN)


def context_group(kind, p1, run, n1=None, n2=None, verb=1):
    """1 when the gap is one that running text rarely has: after a heading in capitals, a
    number, a bracket or a colon, or before a capitalised clause opener followed by a word
    that is not capitalised right after a lowercase word, the sentence so far having no word
    the lexicon knows only as a verb (`verb`, see `segment`): a heading (`… de l'affaire Elf |
    En 1997 ,`), not a title of a work in running text (`Elle a relu le roman | Une vie …`);
    0 after any other word in lowercase or capitalised (`… le restaurant | Baratte`, `… du
    groupe Rimonville | Demain`, where news has names and titles)."""
    if not (kind in (AFTER_WORD, BEFORE_DASH) and p1.shape & 7 in (0, 1) and run == 0):
        return 1
    if kind == AFTER_WORD and not verb and p1.shape & 7 == 0 and n1 is not None and opens_clause(n1) and (
            n2 is None or n2.shape & 7 not in (1, 2)):
        return 1
    return 0


def opens_clause(token):
    """Whether the lexicon knows a token, lowercased, as a clause opener (a determiner, a
    pronoun, an adposition, an adverb, a subordinating conjunction)."""
    lower = token.amb >> 17 if token.amb >> 17 else token.amb
    return lower & CLAUSE_OPENERS != 0


def context_bias(kind, p1, run, n1=None, n2=None, verb=1):
    """The feature whose weight is the margin of the gap's `context_group`: not learned, set
    by the training script (--context-margin)."""
    return mix(135, context_group(kind, p1, run, n1, n2, verb))


CONTEXT_BIASES = (mix(135, 0), mix(135, 1))


def features(tokens, i, start, kind=AFTER_WORD, j=None):
    """The hashed features of the gap before token i (tokens: tagger_features.Token), the
    current sentence starting at token `start`, `kind` what comes before the gap and token
    j (i, or after a dash, i + 1) the first word after it."""
    j = i if j is None else j
    n1 = tokens[j]
    p1 = tokens[i - 1]
    p2 = tokens[i - 2] if i >= 2 else None
    n2 = tokens[j + 1] if j + 1 < len(tokens) else None
    s = lambda x: x.shape if x else 16
    a = lambda x: x.amb if x else BOUNDARY
    w = lambda x: x.word if x else BOUNDARY
    run = capitals_run(tokens, i)
    verb, length = segment(tokens, start, i)
    feats = [
        mix(101, 0),
        mix(102, n1.word),
        mix(103, p1.word),
        mix(104, n1.amb),
        mix(105, p1.amb),
        mix(106, a(n2)),
        mix(107, s(n2), n1.amb),
        mix(108, p1.amb, n1.amb),
        mix(109, s(p1), s(n1)),
        mix(110, mix(s(p2), s(p1)), mix(s(n1), s(n2))),
        mix(111, run, s(n1)),
        mix(112, mix(run, s(n1)), s(n2)),
        mix(113, p1.suffixes[2]),
        mix(114, n1.word, s(n2)),
        mix(115, a(p2), p1.amb),
        mix(116, w(n2)),
        mix(117, p1.word, n1.amb),
        mix(118, verb, n1.amb),
        mix(119, verb, length),
        mix(120, mix(verb, s(p1)), s(n1)),
        mix(121, kind),
        mix(122, kind, n1.amb),
        mix(123, kind, p1.amb),
        mix(124, mix(kind, verb), length),
        mix(125, mix(kind, s(p1)), mix(s(n1), s(n2))),
        mix(126, mix(kind, n1.word), s(n2)),
    ]
    if kind not in SEPARATE_KINDS:
        return feats + [context_bias(kind, p1, run, n1, n2, verb)]
    # A separate model after a semicolon or before a dash after a colon or a semicolon: its
    # own feature space (`mix(900, …)`), and what the heading before the separator looks like.
    feats += [
        mix(127, mix(kind, length), n1.amb),
        mix(128, mix(kind, length), mix(s(p2), a(p2))),
        mix(129, mix(kind, verb), mix(n1.amb, s(n2))),
        mix(130, mix(kind, p1.word), mix(s(p2), length)),
    ]
    return [mix(900, f) for f in feats]
