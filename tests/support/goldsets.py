"""Reading and scoring the hand-made gold sets in tests/data (shared by the tests and bench/).

* ``alignment/``: five articles, each English with uk/ru/hu translations, one sentence per line,
  and gold links (``NAME.LANG.gold.json``).
* ``entities/``: annotated articles: entity surfaces per language, gold mentions, links.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from translate.entities import GlossaryEntry, find_entities
from translate.types import Document, Link, Sentence, TargetSentence, Translation

DATA = Path(__file__).resolve().parents[1] / "data"
ALIGNMENT = DATA / "alignment"
ENTITIES = DATA / "entities"
LANGS = ("en", "uk", "ru", "hu")

# ---- the alignment set ---------------------------------------------------------------------------


def alignment_articles() -> list[str]:
    """The names of the hand-aligned articles (``summit-talks``, …)."""
    return sorted(p.name[: -len(".en.txt")] for p in ALIGNMENT.glob("*.en.txt"))


def read_alignment_pair(name: str, lang: str) -> tuple[list[str], list[str], list[Link]]:
    """English lines, ``lang`` lines and the gold links of one article."""
    source = (ALIGNMENT / f"{name}.en.txt").read_text(encoding="utf-8").splitlines()
    target = (ALIGNMENT / f"{name}.{lang}.txt").read_text(encoding="utf-8").splitlines()
    gold = [Link.from_list(p) for p in json.loads((ALIGNMENT / f"{name}.{lang}.gold.json").read_text("utf-8"))]
    return source, target, gold


# ---- the entity set ------------------------------------------------------------------------------


def entity_gold_files() -> list[Path]:
    return sorted(ENTITIES.glob("*.json"))


def read_lines(gold: dict[str, Any], gold_path: Path, lang: str) -> list[str]:
    path = (gold_path.parent / gold["texts"][lang]).resolve()
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_links(gold: dict[str, Any], gold_path: Path, lang: str, n: int) -> list[Link]:
    spec = gold["links"][lang]
    if spec == "identity":
        return [Link((i,), (i,)) for i in range(n)]
    data = json.loads((gold_path.parent / spec).resolve().read_text(encoding="utf-8"))
    return [Link.from_list(pair) for pair in data]


def rebuild_mentions(gold: dict[str, Any], gold_path: Path) -> dict[str, list[list[Any]]]:
    """Every word-bounded occurrence of an annotated surface form, longest first, without overlaps."""
    mentions: dict[str, list[list[Any]]] = {}
    for lang in LANGS:
        lines = read_lines(gold, gold_path, lang)
        pairs = [(s, e["id"]) for e in gold["entities"] for s in e["surfaces"].get(lang, [])]
        pairs += [(s, None) for s in gold.get("blockers", {}).get(lang, [])]
        pairs.sort(key=lambda p: (-len(p[0]), p[0]))
        found: list[list[Any]] = []
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


def build_entity_document(gold: dict[str, Any], gold_path: Path, predicted_links: bool = False) -> Document:
    """The article as a document: English sentences, translations tied by gold (or aligner) links."""
    english = read_lines(gold, gold_path, "en")
    text = "\n".join(english)
    sentences, cursor = [], 0
    for i, line in enumerate(english):
        sentences.append(Sentence(i, line, cursor, cursor + len(line), 0))
        cursor += len(line) + 1
    translations = {}
    for lang in LANGS[1:]:
        lines = read_lines(gold, gold_path, lang)
        if predicted_links:
            from translate.alignment import align

            links = list(align(english, lines, "en", lang).links)
        else:
            links = read_links(gold, gold_path, lang, len(lines))
        translations[lang] = Translation(
            lang, "\n".join(lines), tuple(TargetSentence(i, s) for i, s in enumerate(lines)), tuple(links), origin="provided"
        )
    return Document("en", text, tuple(sentences), translations, "eval")


def entity_glossary(gold: dict[str, Any], with_forms: bool) -> list[GlossaryEntry]:
    return [
        GlossaryEntry(e["text"], e["label"], {k: tuple(v) for k, v in e["forms"].items()} if with_forms else {})
        for e in gold["entities"]
    ]


def evaluate_entities(setting: str, predicted_links: bool = False) -> dict[str, dict[str, float]]:
    """Mention precision, recall and F1 per language (exact and lax), ``--ner none``.

    ``setting`` is ``"forms"`` (the glossary has base forms per language) or ``"names"``
    (English names and labels only).
    """
    counts = {lang: {"tp": 0, "lax": 0, "pred": 0, "gold": 0, "lax_gold": 0} for lang in LANGS}
    for path in entity_gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = find_entities(
            build_entity_document(gold, path, predicted_links), ner=None, glossary=entity_glossary(gold, setting == "forms")
        )
        text_to_id = {e["text"]: e["id"] for e in gold["entities"]}
        for lang in LANGS:
            truth = {tuple(m) for m in gold["mentions"][lang]}
            predicted = {
                (m.sentence, m.start, m.end, text_to_id[e.text]) for e in document.entities for m in e.mentions.get(lang, ())
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
