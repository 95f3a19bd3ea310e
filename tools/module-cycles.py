#!/usr/bin/env python3
"""Fails when a crate's modules import each other in a cycle.

Each `.rs` file under crates/*/src (and src/) is a module; an edge A -> B is any `crate::b`,
`super::b` or sibling-module path in A that names B. Crates themselves cannot form cycles
(Cargo refuses them), so together this checks that data flows one way at both levels.
Usage: tools/module-cycles.py [ROOT]   (exit 1 and the cycle when one exists)
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
crates = [os.path.join(root, "src")] + sorted(
    os.path.join(root, "crates", c, "src") for c in os.listdir(os.path.join(root, "crates"))
)


def module_of(src, path):
    rel = os.path.relpath(path, src)[:-3]
    parts = rel.split(os.sep)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def resolve(mods, here, path):
    """The longest known module that `path` (a tuple of names) refers to from `here`."""
    for k in range(len(path), 0, -1):
        if path[:k] in mods:
            return path[:k]
    return None


failed = False
for src in crates:
    if not os.path.isdir(src):
        continue
    files = {}
    for d, _, names in os.walk(src):
        for n in names:
            if n.endswith(".rs"):
                p = os.path.join(d, n)
                files[module_of(src, p)] = p
    mods = set(files)
    edges = {m: set() for m in mods}
    for m, p in files.items():
        text = open(p, encoding="utf-8").read()
        # the test module of a file may use anything: it is not part of the flow
        text = text.split("#[cfg(test)]")[0]
        text = re.sub(r"//.*", "", text)
        parent = m[:-1] if not files[m].endswith(("mod.rs", "lib.rs", "main.rs")) else m[:-1]
        for path in re.findall(r"\b((?:crate|super)(?:::\w+)+)", text):
            parts = path.split("::")
            if parts[0] == "crate":
                target = tuple(parts[1:])
            else:
                base = m if files[m].endswith(("mod.rs", "lib.rs", "main.rs")) else m
                base = base[:-1]
                i = 0
                while i < len(parts) and parts[i] == "super":
                    i += 1
                    if i > 1:
                        base = base[:-1]
                target = base + tuple(parts[i:])
            t = resolve(mods, m, target)
            if t is not None and t != m and not (len(m) > len(t) and m[: len(t)] == t):
                edges[m].add(t)
    # cycle search
    state = {}
    stack = []

    def visit(m):
        global failed
        state[m] = 1
        stack.append(m)
        for t in sorted(edges[m]):
            if state.get(t) == 1:
                cyc = stack[stack.index(t):] + [t]
                print(f"{os.path.relpath(src, root)}: cycle " + " -> ".join("::".join(x) or "lib" for x in cyc))
                failed = True
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(mods):
        if m not in state:
            visit(m)
    n = sum(len(e) for e in edges.values())
    print(f"{os.path.relpath(src, root)}: {len(mods)} modules, {n} imports between them")
sys.exit(1 if failed else 0)
