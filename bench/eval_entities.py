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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.goldsets import entity_gold_files, evaluate_entities, rebuild_mentions  # noqa: E402

gold_files = entity_gold_files
evaluate = evaluate_entities


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
