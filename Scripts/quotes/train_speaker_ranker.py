#!/usr/bin/env python3
"""Trains the speaker ranker (Resources/models/speaker-ranker.txt) from every gold set, and
measures it honestly, leaving one set out at a time.

  python3 Scripts/quotes/train_speaker_ranker.py [--cache DIR] [--loso] [--write]

For each set (../shared/gold/{seeds,dev,wikinews} with their ../shared/corpus, and
Evaluation/real-* but those of Evaluation/blind-sets.txt, Evaluation/written-*, each with corpus/ and gold/), runs the release
build twice: `parole analyze CORPUS --format jsonl` (the rules' output) and the hidden
`parole analyze CORPUS --speaker-candidates` (for each quote, its candidate speakers: the
rules' choice, the people, roles, groups and pronouns around it, "no speaker", each with
the features of Sources/ParoleQuotes/Speakers/SpeakerFeatures.swift). Quotes are paired with gold
quotes as ../shared/tools/score.py pairs them; a candidate is right when score.py would
accept it as the speaker (its text or canonical name folded among the gold's acceptable
strings; "no speaker" when the gold has none).

The model is a conditional logit (a softmax over each quote's candidates, the loss being
minus the log of the probability of the right ones, with an L2 penalty), a linear score
per candidate: the Swift side picks the candidate with the highest score (the first of
equal scores, the rules' choice being first). Training needs numpy (nothing at run time).

--loso: for each development set (wikinews and the real sets not blind), trains on every other set and scores the held-out
set: quote-with-speaker F1 of the rules and of the ranker, from the rules' own output with
each quote's speaker replaced by the ranker's choice, scored by score.py.
--margin M: a speaker the rules found is only replaced by a candidate that scores M more (and
never by another mention of the same speaker); the Swift side reads it from the model file.
--write: trains on every set and writes Resources/models/speaker-ranker.txt (with --margin).
"""
import argparse, datetime, json, os, subprocess, sys, tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_pairs import ROOT, SHARED, blind_sets, gold_documents, load_score, quote_pairs

PAROLE = os.path.join(ROOT, ".build", "release", "parole")
MODEL = os.path.join(ROOT, "Resources", "models", "speaker-ranker.txt")


def sets():
    """(name, corpus folder, gold folder) of every gold set but the blind ones
    (Evaluation/blind-sets.txt), which no model may learn from."""
    out = [(n, os.path.join(SHARED, "corpus", n), os.path.join(SHARED, "gold", n)) for n in ["seeds", "dev", "wikinews"]]
    evaluation = os.path.join(ROOT, "Evaluation")
    for name in sorted(os.listdir(evaluation)):
        if name in blind_sets():
            continue
        if name.startswith(("real-", "written-")) and os.path.isdir(os.path.join(evaluation, name, "gold")):
            out.append((name, os.path.join(evaluation, name, "corpus"), os.path.join(evaluation, name, "gold")))
    return out


def analyze(corpus, path, extra):
    if not os.path.exists(path):
        with open(path, "w") as handle:
            subprocess.run([PAROLE, "analyze", corpus, "--format", "jsonl", "--quiet"] + extra, stdout=handle, check=False)
    return {d["id"]: d for d in map(json.loads, filter(str.strip, open(path, encoding="utf-8")))}


def load_set(score, name, corpus, gold_dir, cache):
    """The set's rules output, and its training groups: for each predicted quote paired with a
    gold quote, (document id, quote index, features matrix, labels, rule index)."""
    preds = analyze(corpus, os.path.join(cache, name + ".jsonl"), [])
    dumps = analyze(corpus, os.path.join(cache, name + ".candidates.jsonl"), ["--speaker-candidates"])
    groups, names = [], None
    for gold, doc in gold_documents(gold_dir, preds):
        dump = dumps.get(gold["id"])
        if dump is None or not doc.get("quotes"):
            continue
        names = dump["features"]
        assert len(dump["quotes"]) == len(doc["quotes"]), gold["id"]
        g, p, pairs = quote_pairs(score, gold, doc)
        for i, j in pairs:
            aliases = gold["quotes"][g[i][1]].get("speaker", [])
            candidates = dump["quotes"][j]
            labels = [score.speaker_ok(aliases, speaker_of(c)) for c in candidates]
            rule = next((k for k, c in enumerate(candidates) if c["rule"]), 0)
            groups.append((gold["id"], j, np.array([c["f"] for c in candidates], dtype=float), np.array(labels), rule))
    return preds, dumps, groups, names


def speaker_of(candidate):
    if candidate.get("text") is None and candidate.get("canonical") is None:
        return None
    return {"text": candidate.get("text"), "canonical": candidate.get("canonical")}


def train(groups, dim, l2=0.01, steps=600, rate=0.05):
    """Weights of the conditional logit over `groups` (those with a right candidate), by Adam;
    each group may carry a weight as its sixth item."""
    usable = [(g[2], g[3]) for g in groups if g[3].any()]
    weight = np.array([g[5] if len(g) > 5 else 1.0 for g in groups if g[3].any()])
    x = np.concatenate([x for x, _ in usable])
    y = np.concatenate([y for _, y in usable]).astype(float)
    group = np.concatenate([np.full(len(yy), k) for k, (_, yy) in enumerate(usable)])
    n = len(usable)
    w = np.zeros(dim)
    m = np.zeros(dim)
    v = np.zeros(dim)
    for step in range(1, steps + 1):
        s = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.bincount(group, e, n)
        right = np.bincount(group, e * y, n)
        p_all = e / total[group]
        p_right = e * y / right[group]
        grad = (x * ((p_all - p_right) * weight[group])[:, None]).sum(0) / weight.sum() + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


RULE_FEATURE = None  # the column of the `rule` feature, set once the dumps are read


def choose(x, w, rule=0, rule_found=False, margin=0.0):
    """The candidate the Swift side picks: the first of the highest scores, except that a
    speaker the rules found (`rule_found`, candidate `rule`) is kept when the best names the
    same speaker (its `rule` feature), and is only replaced by one scoring at least `margin` more."""
    s = x @ w
    best = int(np.argmax(s))
    if rule_found and best != rule and (x[best][RULE_FEATURE] == 1 or s[best] - s[rule] < margin):
        return rule
    return best


def rescore(score, preds, dumps, gold_dir, w, margin=0.0):
    """Quote-with-speaker F1 of the rules' output with each quote's speaker chosen by `w`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for doc_id, doc in preds.items():
            doc = json.loads(json.dumps(doc))
            dump = dumps.get(doc_id)
            if w is not None and dump:
                for j, candidates in enumerate(dump["quotes"]):
                    x = np.array([c["f"] for c in candidates], dtype=float)
                    rule = next((k for k, c in enumerate(candidates) if c["rule"]), 0)
                    k = choose(x, w, rule, speaker_of(candidates[rule]) is not None or candidates[rule].get("pronoun") is not None, margin)
                    if not candidates[k]["rule"]:
                        doc["quotes"][j]["speaker"] = speaker_of(candidates[k])
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        path = handle.name
    result = subprocess.run([sys.executable, score.__file__, "gold", "--gold", gold_dir, "--pred", path, "--json"],
                            capture_output=True, text=True)
    os.unlink(path)
    return json.loads(result.stdout)["quotes_with_speaker"]["f1"]


def write_model(w, names, sources, args):
    lines = [
        "# Parole speaker ranker: the weights of a linear model that scores each candidate speaker of a",
        "# quote (Sources/ParoleQuotes/Speakers/SpeakerFeatures.swift); the highest score is the speaker.",
        "# One `feature weight` line per feature. A conditional logit (softmax over each quote's",
        f"# candidates, L2 {args.l2}, {args.steps} Adam steps, quotes of the written sets weighted {args.written_weight}),",
        f"# trained on the gold sets: {', '.join(sources)}.",
        f"# Trained {datetime.date.today().isoformat()}. Regenerate with: swift build -c release &&",
        f"#   python3 Scripts/quotes/train_speaker_ranker.py --write --l2 {args.l2} --written-weight {args.written_weight} --margin {args.margin}",
        "# (after a change to the features or to the rules, whose choice is a feature).",
        "# override_margin: how much more than a speaker the rules found another speaker must score",
        "# to replace it (chosen by the --loso figures).",
        "# Features: " + " ".join(names),
    ]
    lines += [f"override_margin {args.margin}"]
    lines += [f"{name} {weight:.4f}" for name, weight in zip(names, w)]
    open(MODEL, "w").write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", default=None, help="folder for the parole outputs (reused when present)")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--margin", type=float, default=0.0,
                        help="how much more than the rules' speaker a candidate must score to replace it (--loso)")
    parser.add_argument("--written-weight", type=float, default=1.0,
                        help="weight of the quotes of the sets written for Parole (seeds, dev, written-*) against real news")
    args = parser.parse_args()
    score = load_score()
    cache = args.cache or tempfile.mkdtemp()
    os.makedirs(cache, exist_ok=True)
    data, names = {}, None
    for name, corpus, gold in sets():
        preds, dumps, groups, found = load_set(score, name, corpus, gold, cache)
        names = names or found
        if not (name == "wikinews" or name.startswith("real-")):
            groups = [g + (args.written_weight,) for g in groups]
        data[name] = (preds, dumps, groups, gold)
        right = sum(1 for g in groups if g[3][g[4]])
        reachable = sum(1 for g in groups if g[3].any())
        print(f"{name}: {len(groups)} paired quotes, rules right {right}, a right candidate {reachable}", file=sys.stderr)
    dim = len(names)
    global RULE_FEATURE
    RULE_FEATURE = names.index("rule")
    if args.loso:
        print(f"{'held out':10} {'rules':>6} {'ranker':>6} {'gain':>6}")
        rows = []
        # Every development set is held out in turn: Wikinews and the real sets not blind.
        held_out = [name for name in data if name == "wikinews" or name.startswith("real-")]
        for held in held_out:
            train_groups = [g for name, d in data.items() if name != held for g in d[2]]
            w = train(train_groups, dim, args.l2, args.steps)
            preds, dumps, _, gold = data[held]
            rules, ranker = rescore(score, preds, dumps, gold, None), rescore(score, preds, dumps, gold, w, args.margin)
            rows.append((rules, ranker))
            print(f"{held:10} {rules:6.1f} {ranker:6.1f} {ranker - rules:+6.1f}", flush=True)
        rules, ranker = (sum(r[k] for r in rows) / len(rows) for k in (0, 1))
        better = sum(1 for r in rows if r[1] > r[0])
        worst = min(r[1] - r[0] for r in rows)
        print(f"{'average':10} {rules:6.1f} {ranker:6.1f} {ranker - rules:+6.1f}")
        print(f"ranker better on {better} of {len(rows)} sets; largest loss {min(0.0, worst):+.1f}")
    if args.write:
        w = train([g for d in data.values() for g in d[2]], dim, args.l2, args.steps)
        write_model(w, names, list(data), args)
        print(f"{'set':10} {'rules':>6} {'ranker (trained on all)':>6}")
        for name, (preds, dumps, _, gold) in data.items():
            print(f"{name:10} {rescore(score, preds, dumps, gold, None):6.1f} {rescore(score, preds, dumps, gold, w, args.margin):6.1f}")


if __name__ == "__main__":
    main()
