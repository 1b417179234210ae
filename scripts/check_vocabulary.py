#!/usr/bin/env python3
"""Check translate/alignment/news_vocabulary.tsv against real word lists (a maintainer's tool).

For each stem of the table it lists the frequent words of its language (wordfreq's top list) that the
stem matches under the table's rule (a word matches a stem when it starts with it; a stem ending in
``$`` matches the whole word only; a stem with a space is a phrase, each word matched on its own), most
frequent first, and flags:

- ``format``  a line or stem that breaks the table's format (columns, names, case, short stems);
- ``nomatch`` a stem (or a word of a phrase) that matches no word of the top list: a typo or a wrong form;
- ``broad``   a stem that matches very many different words, so likely words of other meanings;
- ``overlap`` a frequent word that stems of two different concepts both match (this table or TERMS).

A flag is kept, not fixed, by a comment line ``# keep: LANG STEM[;STEM...] -- reason``; kept flags are
counted, not listed. Needs ``wordfreq`` (pip install wordfreq); not part of the package.

    python scripts/check_vocabulary.py                 # flags and summary
    python scripts/check_vocabulary.py --show ru самолет  # a stem's top matches
    python scripts/check_vocabulary.py --concept plane    # every stem of one concept with matches
    python scripts/check_vocabulary.py --all              # every stem with its first matches
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "translate" / "alignment" / "news_vocabulary.tsv"
LANGS = ("en", "uk", "ru", "hu")
TOP_N = 200_000
BROAD = 120  # a stem matching more different words than this is flagged as broad
OVERLAP_TOP = 60_000
# Languages whose wordfreq list is small (Hungarian: about 47,000 words), so that a real compound or
# rarer form is often missing: a stem of these that matches nothing is listed with --unlisted and
# counted, not flagged (read them for typos by eye).
SMALL = {"hu"}  # overlaps are looked for among the most frequent words only
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
KEEP = re.compile(r"^#\s*keep:\s*(en|uk|ru|hu)\s+(.+?)\s+--")


def normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def folded(text: str) -> str:
    """For looking up in wordfreq's lists, which write the apostrophe as ' (not ’ or ʼ)."""
    return text.replace("\u2019", "'").replace("\u02bc", "'")


def read_table(path: Path):
    """(concepts, keeps, problems): concepts as (line, domain, name, {lang: [stems]})."""
    concepts, problems = [], []
    keeps: set[tuple[str, str]] = set()
    domain = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith("# --"):
                domain = line[4:].strip()
            m = KEEP.match(line)
            if m:
                for stem in m.group(2).split(";"):
                    keeps.add((m.group(1), stem))
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            problems.append((number, f"{len(cols)} columns, not 5: {line[:60]!r}"))
            continue
        name, *columns = cols
        if not NAME.match(name):
            problems.append((number, f"concept name {name!r} is not lower-case ASCII with hyphens"))
        stems = {}
        for lang, col in zip(LANGS, columns, strict=False):
            items = col.split(";")
            if not col or any(not s for s in items):
                problems.append((number, f"{name}: empty stem list or empty stem in {lang}"))
            for s in items:
                if s != s.strip() or "  " in s:
                    problems.append((number, f"{name}: spaces around stem {s!r} ({lang})"))
                if s != normal(s):
                    problems.append((number, f"{name}: stem {s!r} ({lang}) is not lower case NFC"))
                core = s.rstrip("$")
                if "$" in core:
                    problems.append((number, f"{name}: '$' inside stem {s!r} ({lang})"))
                if " " not in core and len(core) < 4 and not s.endswith("$"):
                    problems.append((number, f"{name}: stem {s!r} ({lang}) is under 4 letters and not whole-word"))
            for s in sorted({s for s in items if items.count(s) > 1}):
                problems.append((number, f"{name}: stem {s!r} ({lang}) is written twice"))
            stems[lang] = [s for s in items if s]
        concepts.append((number, domain, name, stems))
    return concepts, keeps, problems


def terms_concepts() -> dict[str, dict[str, tuple[str, ...]]]:
    sys.path.insert(0, str(ROOT))
    try:
        from translate.alignment.lexicon import TERMS
    except Exception as exc:  # the table can be checked without the package
        print(f"(TERMS not loaded: {exc})", file=sys.stderr)
        return {}
    return TERMS


def word_matcher(stem: str):
    """A predicate on one word for a one-word stem ($ or trailing space: whole word)."""
    if stem.endswith("$") or stem.endswith(" "):
        whole = stem.rstrip("$ ")
        return lambda w: w == whole
    return lambda w: w.startswith(stem)


def parts(stem: str) -> list[str]:
    """The words of a stem as looked up: a phrase's words each match as a prefix, the last keeps a
    '$'; a hyphenated word is looked up by its parts (wordfreq's lists split at hyphens), each part
    but the last as a whole word."""
    words = folded(stem).rstrip(" ").split()
    if stem.endswith(" ") and words:
        words[-1] += "$"
    out = []
    for w in words:
        pieces = [p for p in w.split("-") if p and p != "$"]
        if len(pieces) > 1:
            out += [p if p.endswith("$") else p + "$" for p in pieces[:-1]] + [pieces[-1]]
        elif pieces:
            out.append(pieces[0])
    return out


class Index:
    """The top list of one language with a prefix index on its first two letters."""

    def __init__(self, lang: str):
        import wordfreq

        self.words = [normal(w) for w in wordfreq.top_n_list(lang, TOP_N)]
        self.rank = {}
        for i, w in enumerate(self.words):
            self.rank.setdefault(w, i)
        self.by_head = defaultdict(list)
        for i, w in enumerate(self.words):
            self.by_head[w[:2]].append(i)

    def matches(self, word_stem: str) -> list[str]:
        match = word_matcher(word_stem)
        core = word_stem.rstrip("$")
        pool = self.by_head.get(core[:2], []) if len(core) >= 2 else range(len(self.words))
        return [self.words[i] for i in pool if match(self.words[i])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--show", nargs=2, metavar=("LANG", "STEM"), help="print a stem's top matches")
    ap.add_argument("--concept", help="print every stem of one concept with its top matches")
    ap.add_argument("--all", action="store_true", help="print every stem with its first matches")
    ap.add_argument("-n", type=int, default=12, help="matches printed per stem")
    ap.add_argument("--unlisted", action="store_true", help="list the stems of small lists (hu) that match nothing")
    ap.add_argument("--no-overlap", action="store_true", help="skip the overlap check")
    args = ap.parse_args()

    indexes: dict[str, Index] = {}

    def index(lang: str) -> Index:
        if lang not in indexes:
            indexes[lang] = Index(lang)
        return indexes[lang]

    def stem_matches(lang: str, stem: str) -> list[list[str]]:
        return [index(lang).matches(p) for p in parts(stem)]

    def describe(lang: str, stem: str) -> str:
        out = []
        for p, found in zip(parts(stem), stem_matches(lang, stem), strict=True):
            out.append(f"{p}: {len(found)} words: " + " ".join(found[: args.n]))
        return " | ".join(out)

    if args.show:
        lang, stem = args.show
        print(describe(lang, normal(stem)))
        return 0

    concepts, keeps, problems = read_table(args.table)
    terms = terms_concepts()
    names = [c[2] for c in concepts]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append((0, f"concept {name!r} appears more than once"))
    for number, _domain, name, _stems in concepts:
        if name in terms:
            problems.append((number, f"concept {name!r} is already in TERMS (lexicon.py)"))

    if args.concept:
        for _number, _domain, name, stems in concepts:
            if name == args.concept:
                for lang in LANGS:
                    for s in stems[lang]:
                        print(f"{lang} {s!r}: {describe(lang, s)}")
        return 0

    flags: list[tuple[str, str, str, str]] = []  # (kind, lang, stem, detail)
    kept = 0
    unlisted: list[tuple[str, str, str]] = []
    per_lang = {lang: 0 for lang in LANGS}
    for _number, _domain, name, stems in concepts:
        for lang in LANGS:
            for s in stems[lang]:
                per_lang[lang] += 1
                found = stem_matches(lang, s)
                if args.all:
                    print(f"{name} {lang} {s!r}: {describe(lang, s)}")
                raised = []
                for p, words in zip(parts(s), found, strict=True):
                    if not words and lang in SMALL:
                        unlisted.append((lang, s, name))
                    elif not words:
                        raised.append(("nomatch", f"{p!r} matches no word of the top {TOP_N}"))

                # A phrase is as narrow as its narrowest word ("на борту": "борту", not "на").
                narrowest = min(zip(parts(s), found, strict=True), key=lambda pw: len(pw[1]) or 10**9)
                if 0 < len(narrowest[1]) and len(narrowest[1]) > BROAD:
                    p, words = narrowest
                    raised.append(("broad", f"{p!r} matches {len(words)} words: " + " ".join(words[:10])))
                for kind, detail in raised:
                    if (lang, s) in keeps:
                        kept += 1
                    else:
                        flags.append((kind, lang, s, f"{name}: {detail}"))

    if not args.no_overlap:
        # Which concepts (this table and TERMS) match each frequent word; phrases are left out.
        for lang in LANGS:
            owners: dict[str, set[str]] = defaultdict(set)
            stem_of: dict[tuple[str, str], str] = {}
            sources = [(name, stems[lang], False) for _n, _d, name, stems in concepts]
            sources += [(name, [s for s in st.get(lang, ())], True) for name, st in terms.items()]
            words = index(lang).words[:OVERLAP_TOP]
            head = defaultdict(list)
            for w in words:
                head[w[:2]].append(w)
            for name, stems, _from_terms in sources:
                for s in stems:
                    if " " in s.rstrip(" "):
                        continue
                    match = word_matcher(folded(s))
                    core = folded(s).rstrip("$ ")
                    for w in head.get(core[:2], []):
                        if match(w):
                            owners[w].add(name)
                            stem_of.setdefault((w, name), s)
            ours = set(names)
            grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
            for w, who in owners.items():
                if len(who) > 1 and who & ours:
                    for c in sorted(who & ours):
                        if (lang, stem_of[(w, c)]) in keeps:
                            continue
                        for other in sorted(who - {c}):
                            if (other, c) not in grouped:  # each pair once
                                grouped[(c, other)].append(w)
            for (c, other), ws in grouped.items():
                a, b = stem_of[(ws[0], c)], stem_of[(ws[0], other)]
                flags.append(("overlap", lang, a, f"{c} ({a}) and {other} ({b}) both match {len(ws)} words: " + " ".join(ws[:6])))

    for number, message in problems:
        print(f"format line {number}: {message}")
    for kind, lang, stem, detail in sorted(flags):
        print(f"{kind} {lang} {stem!r}: {detail}")
    if args.unlisted:
        for lang, stem, name in unlisted:
            print(f"unlisted {lang} {stem!r}: {name}")
    domains = defaultdict(int)
    for c in concepts:
        domains[c[1]] += 1
    print()
    print(f"concepts: {len(concepts)} in {len(domains)} domains")
    for d, n in domains.items():
        print(f"  {n:4d}  {d}")
    print("stems: " + ", ".join(f"{lang} {per_lang[lang]}" for lang in LANGS))
    kinds = defaultdict(int)
    for f in flags:
        kinds[f[0]] += 1
    print(f"format problems: {len(problems)}")
    print(f"unlisted (not in the small {'/'.join(sorted(SMALL))} list, not flagged): {len(unlisted)}")
    print("flagged: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none") + f"; kept by comment: {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
