#!/usr/bin/env python3
"""Scores quote speakers on crates/lab/sets/written-news (see its README).

Usage: tools/score-written-news.py [NEWSDEX_BINARY] [PART ...]
       (default binary target/release/newsdex, default parts a b c d e f)

Runs `newsdex extract --json` on each article and, for every line `quote head => speaker`
of its .exp file, finds the first quote whose text contains the head and compares its
speaker, case-folded and without a leading article. Prints each miss and a total per part.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "crates", "lab", "sets", "written-news")


def norm(s):
    s = (s or "").lower()
    for art in ("the ", "a ", "an "):
        if s.startswith(art):
            return s[len(art):]
    return s


def main():
    args = sys.argv[1:]
    binary = os.path.join(HERE, "..", "target", "release", "newsdex")
    if args and not len(args[0]) == 1:
        binary = args.pop(0)
    parts = args or list("abcdef")
    total_ok = total = 0
    for part in parts:
        folder = os.path.join(SET, part)
        ok = n = 0
        for name in sorted(os.listdir(folder), key=lambda f: (len(f), f)):
            if not name.endswith(".txt"):
                continue
            out = subprocess.run([binary, "extract", "--json", os.path.join(folder, name)],
                                 capture_output=True, text=True, check=True).stdout
            quotes = [(q["text"].replace("\n", " "), q.get("speaker"))
                      for q in json.loads(out)["quotes"]]
            with open(os.path.join(folder, name[:-4] + ".exp"), encoding="utf-8") as exp:
                for line in exp:
                    if " => " not in line:
                        continue
                    head, want = line.rstrip("\n").split(" => ", 1)
                    got = next((s for t, s in quotes if head in t), None)
                    n += 1
                    if norm(got) == norm(want):
                        ok += 1
                    else:
                        print(f"{part}/{name}: {head} => want {want!r} got {got!r}")
        print(f"part {part}: {ok}/{n}")
        total_ok += ok
        total += n
    print(f"all: {total_ok}/{total}")


if __name__ == "__main__":
    main()
