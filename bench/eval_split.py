"""Sentence splitting scored on the dev splits of five Universal Dependencies treebanks.

The data lives outside the repository (two of its licences are non-commercial) and is read at run
time from ``../shared/ud-dev/`` (relative to the repository root, or the nearest folder above it that
has ``shared/ud-dev``; ``--data`` overrides it). Its
README says how to score, and this script does exactly that:

* a paragraph is a list of gold sentences; the text to split is those sentences joined by one space;
* only paragraphs whose every gold sentence ends in terminal punctuation (``.``, ``!``, ``?``, ``…``,
  optionally followed by closing quotes or brackets) are scored;
* CoNLL 2018 style: a predicted sentence is right when its start and end offsets (whitespace at the
  edges ignored) both match a gold sentence; precision, recall and F1 over sentences per treebank.

Every splitter runs on the same texts in one run: ``translate`` (``split_sentences``),
sentence-splitter (Moses nonbreaking prefixes), pySBD and syntok. The other three are the
``bench`` extra (``pip install -e .[bench]``); a splitter that is not installed is left out of the
table with a note. Languages a splitter has no rules for get the nearest ones it has, as the README
says: Russian for Ukrainian (sentence-splitter, pySBD), English for Hungarian (pySBD); syntok has
one rule set for all languages.

    python bench/eval_split.py                       # the table
    python bench/eval_split.py --errors uk_iu        # also print translate's errors on one treebank
    python bench/eval_split.py --splitters translate --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.text.segmentation import split_sentences  # noqa: E402

# ../shared/ud-dev from the repository root; a git worktree one level deeper finds it one folder up.
DATA = next(
    (d / "shared" / "ud-dev" for d in ROOT.parents if (d / "shared" / "ud-dev").is_dir()),
    ROOT.parent / "shared" / "ud-dev",
)
TREEBANKS = {"en_ewt": "en", "uk_iu": "uk", "ru_gsd": "ru", "ru_taiga": "ru", "hu_szeged": "hu"}
TERMINAL = frozenset(".!?…")

Span = tuple[int, int]
Splitter = Callable[[str, str], list[Span]]


# --- data and scoring ----------------------------------------------------------------------------


def is_closer(ch: str) -> bool:
    return ch in "\"'" or unicodedata.category(ch) in ("Pe", "Pf", "Pi")


def ends_in_terminal(sentence: str) -> bool:
    s = sentence.rstrip()
    while s and is_closer(s[-1]):
        s = s[:-1]
    return bool(s) and s[-1] in TERMINAL


def load(data: Path, treebank: str) -> list[list[str]]:
    """The scored paragraphs of one treebank's dev file."""
    paragraphs = json.loads((data / f"{treebank}-ud-dev.paragraphs.json").read_text(encoding="utf-8"))
    return [p for p in paragraphs if p and all(ends_in_terminal(s) for s in p)]


def gold_spans(paragraph: list[str]) -> tuple[str, list[Span]]:
    spans: list[Span] = []
    pos = 0
    for sentence in paragraph:
        lead = len(sentence) - len(sentence.lstrip())
        spans.append((pos + lead, pos + len(sentence.rstrip())))
        pos += len(sentence) + 1
    return " ".join(paragraph), spans


def strip_span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def spans_of_strings(text: str, sentences: list[str]) -> list[Span]:
    """Offsets of sentences a splitter returned as strings: each covers the next run of the text's
    non-whitespace characters of its own length (splitters may change whitespace, not letters)."""
    visible = [i for i, ch in enumerate(text) if not ch.isspace()]
    spans: list[Span] = []
    k = 0
    for sentence in sentences:
        n = sum(1 for ch in sentence if not ch.isspace())
        if n == 0:
            continue
        if k + n > len(visible):
            raise ValueError(f"splitter returned text that is not in the input: {sentence[:60]!r}")
        spans.append((visible[k], visible[k + n - 1] + 1))
        k += n
    return spans


class Score:
    def __init__(self) -> None:
        self.gold = self.predicted = self.correct = 0
        self.seconds = 0.0

    def add(self, gold: list[Span], predicted: list[Span]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.correct += len(set(gold) & set(predicted))

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --- splitters -----------------------------------------------------------------------------------


def translate_splitter(text: str, lang: str) -> list[Span]:
    return [strip_span(text, s.start, s.end) for s in split_sentences(text, lang)]


def make_sentence_splitter() -> Splitter:
    from sentence_splitter import SentenceSplitter

    cache: dict[str, SentenceSplitter] = {}

    def split(text: str, lang: str) -> list[Span]:
        code = {"uk": "ru"}.get(lang, lang)
        if code not in cache:
            cache[code] = SentenceSplitter(language=code)
        return spans_of_strings(text, cache[code].split(text))

    return split


def make_pysbd() -> Splitter:
    import pysbd

    cache: dict[str, pysbd.Segmenter] = {}

    def split(text: str, lang: str) -> list[Span]:
        code = {"uk": "ru", "hu": "en"}.get(lang, lang)
        if code not in cache:
            cache[code] = pysbd.Segmenter(language=code, clean=False)
        return spans_of_strings(text, cache[code].segment(text))

    return split


def make_syntok() -> Splitter:
    from syntok import segmenter

    def split(text: str, lang: str) -> list[Span]:
        spans: list[Span] = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                if sentence:
                    spans.append((sentence[0].offset, sentence[-1].offset + len(sentence[-1].value)))
        return spans

    return split


FACTORIES: dict[str, tuple[str, Callable[[], Splitter]]] = {
    "translate": ("`translate split`", lambda: translate_splitter),
    "sentence-splitter": ("sentence-splitter (Moses prefixes; ru for uk)", make_sentence_splitter),
    "pysbd": ("pySBD (ru rules for uk, en for hu)", make_pysbd),
    "syntok": ("syntok (one rule set)", make_syntok),
}


def version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    dist = {"translate": "newsalign-translate"}.get(name, name)
    try:
        return package_version(dist)
    except PackageNotFoundError:
        return "?"


# --- report ---------------------------------------------------------------------------------------


def print_errors(name: str, text: str, gold: list[Span], predicted: list[Span]) -> None:
    gold_set, pred_set = set(gold), set(predicted)
    if gold_set == pred_set:
        return
    print(f"--- {name}")
    for start, end in predicted:
        if (start, end) not in gold_set:
            print(f"  predicted: {text[start:end]!r}")
    for start, end in gold:
        if (start, end) not in pred_set:
            print(f"  gold:      {text[start:end]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA, help=f"folder of the dev files (default {DATA})")
    parser.add_argument("--treebanks", default=",".join(TREEBANKS), help="comma-separated treebank names")
    parser.add_argument("--splitters", default=",".join(FACTORIES), help="comma-separated splitter names")
    parser.add_argument(
        "--errors", default="", help="comma-separated treebanks whose translate errors to print"
    )
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    args = parser.parse_args()

    treebanks = [t for t in args.treebanks.split(",") if t]
    unknown = [t for t in treebanks if t not in TREEBANKS]
    if unknown:
        parser.error(f"unknown treebank {unknown[0]!r}; choose from: {', '.join(TREEBANKS)}")
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder; pass --data with the folder of the UD dev files")
    show_errors = {t for t in args.errors.split(",") if t}

    splitters: dict[str, Splitter] = {}
    for name in [s for s in args.splitters.split(",") if s]:
        if name not in FACTORIES:
            parser.error(f"unknown splitter {name!r}; choose from: {', '.join(FACTORIES)}")
        try:
            splitters[name] = FACTORIES[name][1]()
        except ImportError as exc:
            print(f"note: {name} left out ({exc}); install the bench extra: pip install -e .[bench]")

    data = {t: load(args.data, t) for t in treebanks}
    scores: dict[str, dict[str, Score]] = {name: {} for name in splitters}
    for treebank, paragraphs in data.items():
        lang = TREEBANKS[treebank]
        for name, split in splitters.items():
            score = scores[name][treebank] = Score()
            for p, paragraph in enumerate(paragraphs):
                text, gold = gold_spans(paragraph)
                began = time.perf_counter()
                predicted = split(text, lang)
                score.seconds += time.perf_counter() - began
                score.add(gold, predicted)
                if name == "translate" and treebank in show_errors:
                    print_errors(f"{treebank} paragraph {p}", text, gold, predicted)

    counts = " ".join(f"{t} {sum(len(p) for p in ps)}" for t, ps in data.items())
    print(f"\nF1 over sentences, dev splits (scored sentences: {counts})\n")
    print("| splitter | " + " | ".join(treebanks) + " |")
    print("|---|" + "---|" * len(treebanks))
    for name in splitters:
        label = f"{FACTORIES[name][0]} {version(name)}"
        cells = " | ".join(f"{scores[name][t].f1:.3f}" for t in treebanks)
        print(f"| {label} | {cells} |")
    print()
    for name in splitters:
        detail = ", ".join(
            f"{t} P {s.precision:.3f} R {s.recall:.3f} ({s.seconds:.2f} s)" for t, s in scores[name].items()
        )
        print(f"{name}: {detail}")

    if args.json:
        out = {
            name: {
                t: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "gold": s.gold,
                    "predicted": s.predicted,
                }
                for t, s in per.items()
            }
            for name, per in scores.items()
        }
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
