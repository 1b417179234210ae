"""Score the sentence aligner on the hand-aligned test set in tests/data/alignment.

    .venv/bin/python bench/eval_alignment.py [--model-dir DIR] [--details] [--speed]

Prints strict and lax precision/recall/F1 (vecalign's definitions, counts pooled over the
articles) per target language for the model-free mode ("lengths+anchors").

The "model" mode needs a real machine-translation model: pass ``--model-dir`` with a local
MarianMT folder (English to the target language; a multi-target model such as
opus-mt-tc-big-en-zle is given its ``>>ukr<<``-style token automatically) and the languages it
serves with ``--model-langs``. Without it, model mode is not scored: scoring it with the
reference translations standing in for a model would only measure the test set against itself.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.goldsets import alignment_articles, read_alignment_pair  # noqa: E402

from translate.alignment import MODE_LENGTHS, AlignmentScore, align, score_many  # noqa: E402
from translate.types import Link  # noqa: E402

LANGS = ("uk", "ru", "hu")
load_article = read_alignment_pair
articles = alignment_articles


def speed() -> None:
    """Time the aligner on long synthetic documents (the tests only guard against hangs)."""
    import random

    rnd = random.Random(3)
    words = "the of and to in a is that for it as was with be by on not he this are or his".split()
    source = [" ".join(rnd.choice(words) for _ in range(rnd.randint(4, 30))) + "." for _ in range(2000)]
    target = [s.upper() for i, s in enumerate(source) if i % 97 != 5]
    started = time.perf_counter()
    align(source, target, "en", "uk")
    print(f"2,000 sentences against {len(target):,}: {time.perf_counter() - started:.2f} s")
    rnd = random.Random(5)
    long_word = "Q" + "".join(rnd.choice("abcdefghijklmnop") for _ in range(100_000))
    started = time.perf_counter()
    align([long_word, "a." * 50_000, "9" * 5000], [long_word[::-1], "Б" * 100_000, "1,2,3," * 3000], "en", "uk")
    print(f"pathological input (300,000 characters): {time.perf_counter() - started:.2f} s")


def evaluate(
    lang: str, translate: Callable[[list[str]], list[str]] | None = None, details: bool = False
) -> AlignmentScore:
    pairs: list[tuple[list[Link], list[Link]]] = []
    for name in articles():
        source, target, gold = load_article(name, lang)
        result = align(source, target, "en", lang, translate=translate)
        pairs.append((gold, list(result.links)))
        if details:
            wrong = sorted(set(result.links) - set(gold), key=lambda link: (link.source, link.target))
            missed = sorted(set(gold) - set(result.links), key=lambda link: (link.source, link.target))
            print(f"  {name}.{lang}: wrong {[link.to_list() for link in wrong]}")
            print(f"  {' ' * len(name)}    missed {[link.to_list() for link in missed]}")
    return score_many(pairs)


def marian_translator(model_dir: str, lang: str) -> Callable[[list[str]], list[str]]:
    """A translate function over a local MarianMT folder (imports transformers only here)."""
    from transformers import MarianMTModel, MarianTokenizer

    tokenizer = MarianTokenizer.from_pretrained(model_dir)
    model = MarianMTModel.from_pretrained(model_dir)
    model.eval()
    iso3 = {"uk": "ukr", "ru": "rus", "hu": "hun"}[lang]
    token = f">>{iso3}<<"
    prefix = f"{token} " if token in tokenizer.get_vocab() else ""

    def translate(sentences: list[str]) -> list[str]:
        import torch

        out: list[str] = []
        with torch.inference_mode():
            for start in range(0, len(sentences), 8):
                batch = [prefix + s for s in sentences[start : start + 8]]
                inputs = tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=512)
                generated = model.generate(**inputs, num_beams=1, max_new_tokens=256)
                out.extend(tokenizer.batch_decode(generated, skip_special_tokens=True))
        return out

    return translate


def print_table(title: str, rows: dict[str, AlignmentScore]) -> None:
    print(title)
    print(
        f"  {'lang':4}  {'P strict':>8} {'R strict':>8} {'F1 strict':>9}   {'P lax':>6} {'R lax':>6} {'F1 lax':>6}"
    )
    for lang, s in rows.items():
        print(
            f"  {lang:4}  {s.precision_strict:8.3f} {s.recall_strict:8.3f} {s.f1_strict:9.3f}   "
            f"{s.precision_lax:6.3f} {s.recall_lax:6.3f} {s.f1_lax:6.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", help="local MarianMT folder for the model mode (optional)")
    parser.add_argument(
        "--model-langs", default="uk,ru", help="target languages the model serves (default: uk,ru)"
    )
    parser.add_argument("--details", action="store_true", help="list the wrong and missed links per article")
    parser.add_argument("--speed", action="store_true", help="also time the aligner on long synthetic documents")
    args = parser.parse_args(argv)
    if args.speed:
        speed()

    names = articles()
    counts = []
    for lang in LANGS:
        lines = sum(len(load_article(n, lang)[1]) for n in names)
        counts.append(f"{lang} {lines}")
    en_lines = sum(len(load_article(n, "uk")[0]) for n in names)
    print(f"test set: {len(names)} articles; sentences: en {en_lines}, {', '.join(counts)}")

    started = time.perf_counter()
    rows = {lang: evaluate(lang, details=args.details) for lang in LANGS}
    print_table(f"mode {MODE_LENGTHS} ({time.perf_counter() - started:.2f} s)", rows)

    if not args.model_dir:
        print("mode model: not scored (needs a real translation model: --model-dir DIR)")
        return 0
    model_rows: dict[str, AlignmentScore] = {}
    for lang in [code.strip() for code in args.model_langs.split(",") if code.strip()]:
        if lang not in LANGS:
            print(
                f"--model-langs: '{lang}' is not a target language; choose from {', '.join(LANGS)}",
                file=sys.stderr,
            )
            return 2
        model_rows[lang] = evaluate(
            lang, translate=marian_translator(args.model_dir, lang), details=args.details
        )
    print_table(f"mode model ({args.model_dir})", model_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
