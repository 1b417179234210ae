"""Entity projection quality on the annotated set in tests/data/entities/.

For each article, the English sentences and their uk/ru/hu translations (one sentence per line)
are tied by the gold alignment links; :func:`translate.entities.find_entities` runs on them
with ``--ner none`` and a glossary, and its mentions are compared with the gold mentions.

Settings:
  forms    the glossary has each entity's English name, label and base forms per language
  names    the glossary has English names and labels only (forms come from CLDR and transliteration)

A mention counts as correct (exact) when language, sentence, start, end and entity all agree;
"lax" counts a predicted mention of the right entity that overlaps a gold one.

    python bench/eval_entities.py                 # the table
    python bench/eval_entities.py --json          # machine-readable
    python bench/eval_entities.py --rebuild-gold  # recompute gold mentions from the annotated surfaces
    python bench/eval_entities.py --predicted-links  # through the aligner's links instead of the gold ones

The real NER model is not used here (it is not available offline in this environment); the
English mentions come from the glossary, so the numbers measure projection, not recognition.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.entities import GlossaryEntry, find_entities  # noqa: E402
from translate.types import Document, Link, Sentence, TargetSentence, Translation  # noqa: E402

DATA = ROOT / "tests" / "data" / "entities"
LANGS = ("en", "uk", "ru", "hu")


def gold_files() -> list[Path]:
    return sorted(DATA.glob("*.json"))


def read_lines(gold: dict, gold_path: Path, lang: str) -> list[str]:
    path = (gold_path.parent / gold["texts"][lang]).resolve()
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_links(gold: dict, gold_path: Path, lang: str, n: int) -> list[Link]:
    spec = gold["links"][lang]
    if spec == "identity":
        return [Link((i,), (i,)) for i in range(n)]
    data = json.loads((gold_path.parent / spec).resolve().read_text(encoding="utf-8"))
    return [Link.from_list(pair) for pair in data]


def rebuild_mentions(gold: dict, gold_path: Path) -> dict[str, list[list]]:
    """Every word-bounded occurrence of an annotated surface form, longest first, without overlaps."""
    mentions: dict[str, list[list]] = {}
    for lang in LANGS:
        lines = read_lines(gold, gold_path, lang)
        pairs = [(s, e["id"]) for e in gold["entities"] for s in e["surfaces"].get(lang, [])]
        pairs += [(s, None) for s in gold.get("blockers", {}).get(lang, [])]
        pairs.sort(key=lambda p: (-len(p[0]), p[0]))
        found: list[list] = []
        for sid, line in enumerate(lines):
            taken: list[tuple[int, int]] = []
            for surface, entity_id in pairs:
                for match in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", line):
                    a, b = match.span()
                    if any(a < y and x < b for x, y in taken):
                        continue
                    taken.append((a, b))
                    if entity_id is not None:
                        found.append([sid, a, b, entity_id])
        mentions[lang] = sorted(found)
    return mentions


def build_document(gold: dict, gold_path: Path, predicted_links: bool = False) -> Document:
    english = read_lines(gold, gold_path, "en")
    text = "\n".join(english)
    sentences, cursor = [], 0
    for i, line in enumerate(english):
        sentences.append(Sentence(i, line, cursor, cursor + len(line), 0))
        cursor += len(line) + 1
    translations = {}
    for lang in LANGS[1:]:
        lines = read_lines(gold, gold_path, lang)
        translations[lang] = Translation(
            lang, "\n".join(lines), tuple(TargetSentence(i, s) for i, s in enumerate(lines)),
            tuple(predicted(english, lines, lang) if predicted_links else read_links(gold, gold_path, lang, len(lines))),
            origin="provided",
        )
    return Document("en", text, tuple(sentences), translations, "eval")


def predicted(english: list[str], lines: list[str], lang: str) -> list[Link]:
    from translate.alignment import align

    return list(align(english, lines, "en", lang).links)


def glossary(gold: dict, with_forms: bool) -> list[GlossaryEntry]:
    return [
        GlossaryEntry(e["text"], e["label"], {k: tuple(v) for k, v in e["forms"].items()} if with_forms else {})
        for e in gold["entities"]
    ]


def evaluate(setting: str, predicted_links: bool = False) -> dict[str, dict[str, float]]:
    counts = {lang: {"tp": 0, "lax": 0, "pred": 0, "gold": 0, "lax_gold": 0} for lang in LANGS}
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = find_entities(build_document(gold, path, predicted_links), ner=None, glossary=glossary(gold, setting == "forms"))
        text_to_id = {e["text"]: e["id"] for e in gold["entities"]}
        for lang in LANGS:
            truth = {tuple(m) for m in gold["mentions"][lang]}
            predicted = {
                (m.sentence, m.start, m.end, text_to_id[e.text])
                for e in document.entities
                for m in e.mentions.get(lang, ())
            }
            c = counts[lang]
            c["pred"] += len(predicted)
            c["gold"] += len(truth)
            c["tp"] += len(predicted & truth)
            c["lax"] += sum(1 for p in predicted if any(p[0] == t[0] and p[3] == t[3] and p[1] < t[2] and t[1] < p[2] for t in truth))
            c["lax_gold"] += sum(1 for t in truth if any(p[0] == t[0] and p[3] == t[3] and p[1] < t[2] and t[1] < p[2] for p in predicted))
    results: dict[str, dict[str, float]] = {}
    for lang, c in counts.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        lp = c["lax"] / c["pred"] if c["pred"] else 0.0
        lr = c["lax_gold"] / c["gold"] if c["gold"] else 0.0
        results[lang] = {
            "gold": c["gold"], "predicted": c["pred"],
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "lax_precision": lp, "lax_recall": lr, "lax_f1": 2 * lp * lr / (lp + lr) if lp + lr else 0.0,
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rebuild-gold", action="store_true")
    parser.add_argument("--predicted-links", action="store_true", help="align with translate.alignment (no model) instead of the gold links")
    args = parser.parse_args()
    if args.rebuild_gold:
        for path in gold_files():
            gold = json.loads(path.read_text(encoding="utf-8"))
            gold["mentions"] = rebuild_mentions(gold, path)
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    report = {setting: evaluate(setting, args.predicted_links) for setting in ("forms", "names")}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    links = "links from translate.alignment.align (lengths+anchors)" if args.predicted_links else "gold alignment links"
    print(f"{len(gold_files())} articles, --ner none, {links}")
    print("setting  lang  gold  pred   P     R     F1  | lax P  lax R  lax F1")
    for setting, results in report.items():
        for lang, r in results.items():
            print(
                f"{setting:7}  {lang:4} {r['gold']:5} {r['predicted']:5}  {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f} |"
                f" {r['lax_precision']:.3f}  {r['lax_recall']:.3f}  {r['lax_f1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
