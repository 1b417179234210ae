"""Markdown: a table with one row per alignment group; entities and flags listed below it."""

from __future__ import annotations

from ..languages import language_name
from ..types import RELATION_COVERAGE, Document
from .escaping import escape_markdown as md
from .rows import ONLY_IN_OUTLET, alignment_groups, column_keys, joined_text, reported_text
from .text import flag_summary


def to_markdown(document: Document) -> str:
    """Every cell goes through :func:`~translate.render.escaping.escape_markdown`; flags follow their sentence as ``⚠flag``."""
    keys = column_keys(document)
    header = [f"{language_name(document.source_lang)} ({document.source_lang})"] + [f"{language_name(k)} ({k})" for k in keys]
    lines = ["| " + " | ".join(md(h) for h in header) + " |", "|" + "---|" * len(header)]
    for group in alignment_groups(document, keys):
        comparison = document.coverage is not None
        english = joined_text(document, None, group.source)
        if comparison and group.source:  # numbered as in the report, so that a row can be found there
            english = f"[{', '.join(str(i + 1) for i in group.source)}] {english}"
        cells = [english or (f"({ONLY_IN_OUTLET})" if comparison else "")]
        for key in keys:
            targets = document.translations[key].sentences
            ids = group.targets[key]
            # An outlet's own sentences share one cell, and a report's sentences are numbered as in the report:
            # each so numbered can be told apart.
            numbered = (not group.source and len(ids) > 1) or document.translations[key].relation == RELATION_COVERAGE
            cells.append(" ".join(
                (f"[{i + 1}] " if numbered else "") + reported_text(document, key, [i])
                + "".join(f" ⚠{flag}" for flag in targets[i].flags) for i in ids
            ))
        lines.append("| " + " | ".join(md(c) for c in cells) + " |")
    if document.entities:
        lines += ["", "Entities:", ""]
        for entity in document.entities:
            seen = []
            for lang, mentions in entity.mentions.items():
                sentences = document.sentences if lang == document.source_lang else (
                    document.translations[lang].sentences if lang in document.translations else ()
                )
                forms: list[str] = []
                for m in mentions:
                    if 0 <= m.sentence < len(sentences):
                        form = sentences[m.sentence].text[m.start : m.end]
                        if form not in forms:
                            forms.append(form)
                seen.append(f"{lang}: {', '.join(forms)}")
            lines.append(f"- {md(entity.id)} ({md(entity.label)}) {md(entity.text)} — {md('; '.join(seen))}")
    flagged = flag_summary(document)
    if flagged:
        lines += ["", "Flags:", ""] + [f"- {md(line)}" for line in flagged]
    return "\n".join(lines) + "\n"
