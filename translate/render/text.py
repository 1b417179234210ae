"""Plain-text views: each language's full text, a terminal side-by-side view, the flag summary."""

from __future__ import annotations

import textwrap

from ..languages import language_name
from ..types import FLAG_EXPLANATIONS, RELATION_COVERAGE, Document
from .rows import ONLY_IN_OUTLET, alignment_groups, column_keys, flags_of, joined_text, reported_text

WIDTH = 100  # columns of the terminal views (side by side, the coverage report)


def _side_lines(label: str, width: int, text: str) -> list[str]:
    """``label │ text``, the text wrapped so that a long sentence stays in its column in a terminal."""
    lead = f"{label:<{width}} │ "
    lines = textwrap.wrap(text, max(40, WIDTH - len(lead)), break_long_words=False, break_on_hyphens=False)
    if not lines:
        return [lead]
    return [lead + lines[0], *(f"{'':<{width}} │ " + line for line in lines[1:])]


def to_text(document: Document) -> str:
    """A readable view: each language's full text under a heading, paragraphs as in the source; the
    English article first when the document compares texts given to it (``translate compare``)."""
    blocks = []
    if any(t.origin == "provided" for t in document.translations.values()):
        source = document.source_lang
        blocks.append(f"=== {language_name(source)} ({source}) · the article ===\n{document.source_text.strip()}\n")
    for lang, translation in document.translations.items():
        heading = f"=== {language_name(lang)} ({lang}) · {translation.model or translation.origin} ==="
        blocks.append(f"{heading}\n{translation.text.strip()}\n")
    return "\n".join(blocks)


def flag_summary(document: Document) -> list[str]:
    """One line per flagged target sentence, then one line explaining each flag that occurred."""
    lines, seen = [], []
    for lang, translation in document.translations.items():
        for sentence in translation.sentences:
            if sentence.flags:
                lines.append(f"{lang} sentence {sentence.id}: {', '.join(sentence.flags)}")
                seen += [flag for flag in sentence.flags if flag not in seen]
    return lines + [f"{flag}: {FLAG_EXPLANATIONS.get(flag, flag)}" for flag in seen]


def to_side_by_side(document: Document) -> str:
    """A terminal view row by row: each source sentence group, then its counterpart in every language."""
    keys = column_keys(document)
    width = max([len(document.source_lang), *(len(k) for k in keys)])
    blocks = []
    for group in alignment_groups(document, keys):
        if group.paragraph_start:
            blocks.append("")  # an extra blank line marks a paragraph break
        # A comparison's sentences are numbered as in the report (from 1), so that a row can be found there.
        numbered = document.coverage is not None
        english = joined_text(document, None, group.source) or (f"({ONLY_IN_OUTLET})" if numbered else "")
        if numbered and group.source:
            english = f"[{', '.join(str(i + 1) for i in group.source)}] {english}"
        lines = _side_lines(document.source_lang, width, english)
        for key in keys:
            ids = group.targets[key]
            coverage = document.translations[key].relation == RELATION_COVERAGE
            if (not group.source or coverage) and len(ids) > 1:
                # An outlet's own sentences, or several of a report's linked to one row: one line each,
                # numbered as in the report (one run of text would hide where each begins).
                for n, i in enumerate(ids):
                    flags = flags_of(document, key, [i])
                    mark = f"  ⚑ {', '.join(flags)}" if flags else ""
                    lines += _side_lines(key if n == 0 else "", width, f"[{i + 1}] {reported_text(document, key, [i])}{mark}")
                continue
            flags = flags_of(document, key, ids)
            mark = f"  ⚑ {', '.join(flags)}" if flags else ""
            text = reported_text(document, key, ids)
            if ids and document.translations[key].relation == RELATION_COVERAGE:
                text = f"[{', '.join(str(i + 1) for i in ids)}] {text}"
            lines += _side_lines(key, width, text + mark)
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
