#!/usr/bin/env python3
"""How round 11's pages were chosen (prints round11-pages.txt).

Run from the repository root with the Go module cache warm and newsdex-lab built:
    NEWSDEX_CORPORA=../shared/corpora python3 crates/lab/sets/news-quotes/round11-select.py

1. Among go-htmldate's test pages (mediacloud/ and comparison/), keep English pages whose
   <p> text has at least 150 words and six double quotation marks.
2. Drop pages whose <title> (its first five words of four letters or more) is also a page of
   go-trafilatura, go-readability, GoOse or the shared html/warc samples: those were open to
   round 9's selection or read before.
3. Keep those whose text as newsdex reads it (`newsdex-lab check-news-quotes --text`) still
   holds six double quotation marks, less the pages in NOT_NEWS.
"""
import glob, html, os, re, subprocess

HTMLDATE = "github.com/markusmobius/go-htmldate@v1.10.1"
OTHERS = ["github.com/markusmobius/go-trafilatura@v1.12.2",
          "github.com/go-shiori/go-readability@v0.0.0-20251205110129-5db1dc9836f0",
          "github.com/advancedlogic/GoOse@v0.0.0-20191112112754-e742535969c1"]
# a dating-site spam page, chief executives' statements in a list, a columnist's list of TV
# programmes, a weekly round-up, a blog post of song lyrics
NOT_NEWS = {"1677010256.html", "1627298010.html", "1805697156.html",
            "positive.news-week.html", "1795915731.html"}
EN = set("the of and to in that is for on with as was said by at from his her he she it are "
         "were have has".split())
MARKS = re.compile('[“”"]')


def module_dir(m):
    out = subprocess.run(["go", "mod", "download", "-json", m], capture_output=True, check=True)
    return re.search(r'"Dir":\s*"([^"]+)"', out.stdout.decode()).group(1)


def title_key(raw):
    t = re.search(rb"(?is)<title[^>]*>(.*?)</title>", raw)
    if not t:
        t = re.search(rb'"title"\s*:\s*"([^"]+)"', raw)
    t = html.unescape(t.group(1).decode("utf-8", "replace")) if t else ""
    return " ".join(re.findall(r"[a-z]{4,}", t.lower())[:5])


corpora = os.environ["NEWSDEX_CORPORA"]
seen = set()
for root in [module_dir(m) for m in OTHERS] + [f"{corpora}/html-samples", f"{corpora}/warc-samples"]:
    for p in glob.glob(root + "/**/*", recursive=True):
        if os.path.isfile(p) and re.search(r"\.(html?|json|txt)$", p):
            k = title_key(open(p, "rb").read()[:400000])
            if k:
                seen.add(k)
base = module_dir(HTMLDATE) + "/test-files/"
pages = []
for sub in ("mediacloud", "comparison"):
    for f in sorted(os.listdir(base + sub)):
        raw = open(base + sub + "/" + f, "rb").read()
        body = raw.decode("utf-8", "replace")
        body = re.sub(r"(?is)<(script|style|noscript)[^>]*>.*?</\1>", " ", body)
        text = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", p))
                         for p in re.findall(r"(?is)<p[^>]*>(.*?)</p>", body))
        words = re.findall(r"[a-z]+", text.lower())
        if len(words) < 150 or sum(w in EN for w in words) / len(words) <= 0.2:
            continue
        if len(MARKS.findall(text)) < 6 or title_key(raw) in seen or f in NOT_NEWS:
            continue
        doc = f"web/{HTMLDATE}/test-files/{sub}/{f}"
        read = subprocess.run(["target/release/newsdex-lab", "check-news-quotes", "--text", doc],
                              capture_output=True, check=True).stdout.decode("utf-8", "replace")
        if len(MARKS.findall(read)) >= 6:
            pages.append(doc)
print("\n".join(sorted(pages)))
