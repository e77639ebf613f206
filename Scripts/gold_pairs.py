"""What the scripts that list errors against a gold set share: `../shared/tools/score.py`
loaded as a module (so that spans are found and paired exactly as the scorer does), the
gold files of a set read with their predicted document, quotes paired the scorer's way, and
the blind sets no script may learn from or list (Evaluation/blind-sets.txt).
Standard library only; the scripts in Scripts/*/ import it from their parent folder.
"""
import importlib.util, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
SCORE = os.path.join(SHARED, "tools", "score.py")


def blind_sets():
    """The set names listed in Evaluation/blind-sets.txt (`#` lines are comments)."""
    path = os.path.join(ROOT, "Evaluation", "blind-sets.txt")
    if not os.path.exists(path):
        return set()
    lines = (line.strip() for line in open(path, encoding="utf-8"))
    return {line for line in lines if line and not line.startswith("#")}


def load_score(path=SCORE):
    """score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_documents(gold_dir, preds):
    """Each gold file of `gold_dir` in name order, with its predicted document (empty when missing)."""
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            yield gold, preds.get(gold["id"], {"text": ""})


def quote_pairs(score, gold, doc):
    """`(g, p, pairs)`: the gold quotes found in the document's text as (trimmed span, index in
    the gold file), the predicted quotes as (trimmed span, quote), and score.py's one-to-one
    matching of the two at overlap 0.5, as index pairs into `g` and `p`."""
    body = doc.get("text", "")
    g = []
    for index, item in enumerate(gold.get("quotes", [])):
        span = score.find(body, item["text"], item.get("occurrence", 0))
        if span is not None:
            g.append((score.trim(body, *span), index))
    p = [(score.trim(body, q["start"], q["end"]), q) for q in doc.get("quotes", [])]
    return g, p, score.match(g, p, 0.5)
