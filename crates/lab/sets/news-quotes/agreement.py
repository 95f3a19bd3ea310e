#!/usr/bin/env python3
"""Agreement between the held-out part's speakers (annotations.jsonl) and a second,
independent annotation of the same quotes (heldout-second.jsonl).

Speakers are compared as `newsdex-lab eval-quotes` compares a prediction with the gold
(crates/lab/src/news_quotes.rs: `norm`, `same_description`), in both directions and over
each side's aliases, so the figure is the ceiling the scorer can see.

    python3 agreement.py [--list]
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DROP = ["the", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof",
        "professor", "rev"]
POST_MODIFIERS = ["at", "of", "in", "for", "from", "with", "on", "who", "which", "that",
                  "whose", "whom"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("’", "'").replace("‘", "'")


def norm(name):
    words = fold(name).replace(".", "").replace(",", "").split()
    while len(words) > 1 and words[0] in DROP:
        words.pop(0)
    joined = " ".join(words)
    return joined[:-2] if joined.endswith("'s") else joined


def norm_description(d):
    n = norm(d.replace("'s ", " ").replace("’s ", " "))
    for det in ["a ", "an ", "one ", "some ", "his ", "her ", "its ", "their "]:
        if n.startswith(det):
            return n[len(det):]
    return n


def head(d):
    words = d.split(" ")
    end = next((i + 1 for i, w in enumerate(words[1:]) if w in POST_MODIFIERS), len(words))
    return words[:end][-1] if words[:end] else ""


def same_description(g, p):
    g, p = norm_description(g), norm_description(p)
    if g == p:
        return True
    last = lambda s: s.rsplit(" ", 1)[-1]
    return (last(g) == last(p) or head(g) == head(p)) and (g in p or p in g)


def forms(q):
    return [q["speaker"]] + (q.get("aliases") or []) if q.get("speaker") else []


def same_speaker(a, b):
    if not a.get("speaker") or not b.get("speaker"):
        return a.get("speaker") == b.get("speaker")
    described = a["kind"] in ("description", "group") or b["kind"] in ("description", "group")
    return any(norm(x) == norm(y) or described and same_description(x, y)
               for x in forms(a) for y in forms(b))


def main():
    gold = {}
    with open(os.path.join(HERE, "annotations.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            gold[a["doc"]] = a
    total = agree = 0
    by_kind = {}
    differ = []
    with open(os.path.join(HERE, "heldout-second.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            g = gold[a["doc"]]
            if g["part"] != "heldout" or len(g["quotes"]) != len(a["quotes"]):
                sys.exit(f"{a['doc']}: not the held-out article's quotes")
            for x, y in zip(g["quotes"], a["quotes"]):
                if x["text"] != y["text"]:
                    sys.exit(f"{a['doc']}: quote {y['text']!r} is not {x['text']!r}")
                total += 1
                kind = by_kind.setdefault(x["kind"], [0, 0])
                kind[0] += 1
                if same_speaker(x, y):
                    agree += 1
                    kind[1] += 1
                else:
                    differ.append((a["doc"], x.get("speaker"), y.get("speaker")))
    print(f"quotes {total}, same speaker {agree} ({100 * agree / max(total, 1):.1f}%)")
    for k, (n, same) in sorted(by_kind.items()):
        print(f"  first annotation {k:<12} {n:>4} quotes, {same} the same")
    if "--list" in sys.argv:
        for doc, first, second in differ:
            print(f"{doc}\t{first}\t{second}")


if __name__ == "__main__":
    main()
