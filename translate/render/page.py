"""HTML fragments of the web page: the aligned view, its legend, progress bars and messages.

Nothing here imports Gradio. Every string that came from a user or a model goes through
:func:`~translate.render.escaping.escape_html`; attribute values that the page's script reads
(``data-ent``, ``data-row``) are built from integers only, never from text. Styles and the
script live in :mod:`translate.render.page_assets`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..languages import key_language, language_name
from ..types import FLAG_EXPLANATIONS, RELATION_COVERAGE, Document, Translation
from .escaping import escape_html as esc
from .mentions import Spans, entity_colour, highlight, mention_index
from .report_html import also_note, only_in_outlet_note
from .rows import alignment_groups, column_keys

FLAG_SHORT = {
    "split_long_input": "split",
    "length_limit_hit": "cut short?",
    "repetition": "repeats",
    "wrong_script": "language?",
    "number_mismatch": "number",
    "entity_missing": "name missing",
}


@dataclass(frozen=True)
class Column:
    """One column of the view: a language version of the document."""

    key: str  # translation key (the source language for the first column)
    title: str
    subtitle: str
    translation: Translation | None  # None for the source, and for a language still being made
    incomplete: bool = False  # only its first sentences are here; the other rows wait for the rest


def page_columns(document: Document, pending: Sequence[str] = (), incomplete: Collection[str] = ()) -> list[Column]:
    """The source column, then each translation in column order, then languages still being made."""
    columns = [Column(document.source_lang, language_name(document.source_lang), "source", None)]
    for key in column_keys(document):
        translation = document.translations[key]
        provided = translation.origin == "provided"
        title = language_name(key) + ("" if provided or key == key_language(key) else " (MT)")
        subtitle = "provided translation" if provided else (translation.model or "machine translation")
        subtitle = "independent coverage" if translation.relation == RELATION_COVERAGE else subtitle
        columns.append(Column(key, title, subtitle, translation, key in incomplete))
    for lang in pending:
        if lang not in document.translations:
            columns.append(Column(lang, language_name(lang), "translating…", None))
    return columns


def render_sentence(text: str, spans: Spans = ()) -> str:
    """The sentence's text, escaped, with entity mentions wrapped in coloured marks."""

    def mark(number: int, inner: str) -> str:
        return f'<mark class="ent" data-ent="e{number}" style="--ec:{entity_colour(number)}">{inner}</mark>'

    return highlight(text, spans, mark)


def render_flags(flags: Sequence[str]) -> str:
    badges = []
    for flag in flags:
        explanation = FLAG_EXPLANATIONS.get(flag, flag)
        short = FLAG_SHORT.get(flag, flag.replace("_", " "))
        badges.append(f'<span class="flag" title="{esc(explanation)}" data-flag="{esc(flag)}">{esc(short)}</span>')
    return "".join(badges)


def render_legend(document: Document) -> str:
    if not document.entities:
        return ""
    items = []
    for number, entity in enumerate(document.entities):
        counts = " ".join(f"{esc(lang)}&nbsp;{len(ms)}" for lang, ms in entity.mentions.items())
        items.append(
            f'<button type="button" class="legend-item" data-ent="e{number}" title="{counts}">'
            f'<span class="swatch" style="--ec:{entity_colour(number)}"></span>'
            f'<span class="legend-text">{esc(entity.text)}</span>'
            f'<span class="legend-label">{esc(entity.label)}</span></button>'
        )
    return (
        '<div class="legend" aria-label="Entities"><span class="legend-title">Entities</span>'
        + "".join(items)
        + '<span class="legend-hint">click a name to find it in every language</span></div>'
    )


def _sentences(
    key: str, translation_sentences: Sequence, ids: Sequence[int], mentions: Mapping, flags: bool,
    translation: Translation | None = None,
) -> str:
    parts = []
    for sid in ids:
        sentence = translation_sentences[sid]
        text = render_sentence(sentence.text, mentions.get((key, sid), ()))
        badges = render_flags(sentence.flags) if flags else ""
        badges += also_note(translation, sid) if translation is not None else ""
        parts.append(f'<span class="sent" data-sid="{sid}">{text}{badges}</span>')
    return " ".join(parts)


def render_document(document: Document, *, pending: Sequence[str] = (), incomplete: Collection[str] = ()) -> str:
    """The aligned view: a header, one row per alignment group, cells side by side.

    ``pending``: languages still being made (a waiting column each); ``incomplete``: keys whose
    translation holds only its first sentences (rows without them wait).
    """
    columns = page_columns(document, pending, incomplete)
    targets = columns[1:]
    groups = alignment_groups(document, [c.key for c in targets if c.translation is not None])
    mentions = mention_index(document)
    source_lang = columns[0].key
    head = ['<div class="row head">']
    for number, column in enumerate(columns):
        state = " pending" if number and column.translation is None else ""
        head.append(
            f'<div class="cell{state}" data-lang="{esc(column.key)}"><span class="lang">{esc(column.title)}</span>'
            f'<span class="code">{esc(column.key)}</span><span class="model">{esc(column.subtitle)}</span></div>'
        )
    head.append("</div>")
    waiting = '<div class="cell pending" data-lang="{}"><span class="wait"></span></div>'
    body = []
    for number, group in enumerate(groups):
        source = _sentences(source_lang, document.sentences, group.source, mentions, flags=False)
        source = source or (only_in_outlet_note() if document.coverage is not None else "")
        cells = [f'<div class="cell" data-lang="{esc(source_lang)}">{source}</div>']
        for column in targets:
            ids = group.targets.get(column.key, ())
            if column.translation is None or (column.incomplete and not ids):
                cells.append(waiting.format(esc(column.key)))
                continue
            text = _sentences(column.key, column.translation.sentences, ids, mentions, flags=True, translation=column.translation)
            empty = "" if text else " empty"
            cells.append(f'<div class="cell{empty}" data-lang="{esc(column.key)}">{text}</div>')
        classes = "row para" if group.paragraph_start else "row"
        body.append(f'<div class="{classes}" data-row="{number}"><span class="num">{number + 1}</span>{"".join(cells)}</div>')
    foot = f'<div class="signature">{esc(document.signature)}</div>' if document.signature else ""
    return (
        f'<div class="align" style="--cols:{len(columns)}" data-columns="{len(columns)}" data-rows="{len(groups)}">'
        + render_legend(document)
        + "".join(head)
        + "".join(body)
        + foot
        + "</div>"
    )


def render_progress(progress: Mapping[str, tuple[int, int]], targets: Sequence[str], done: Sequence[str] = ()) -> str:
    """One bar per target language: sentences translated of the total."""
    bars = []
    for lang in targets:
        count, total = progress.get(lang, (0, 0))
        finished = lang in done
        percent = 100 if finished else (int(100 * count / total) if total else 0)
        label = "done" if finished else (f"{count} / {total} sentences" if total else "waiting")
        bars.append(
            f'<div class="progress-item{" done" if finished else ""}" data-lang="{esc(lang)}">'
            f'<span class="progress-lang">{esc(language_name(lang))}</span>'
            f'<span class="progress-bar"><span style="width:{percent}%"></span></span>'
            f'<span class="progress-label">{esc(label)}</span></div>'
        )
    return f'<div class="progress">{"".join(bars)}</div>'


def render_message(message: str, kind: str = "error") -> str:
    """A message in place: kind is "error" or "info". Every character of ``message`` is kept."""
    role = ' role="alert"' if kind == "error" else ""
    kind = kind if kind in ("error", "info") else "info"
    return f'<div class="message {kind}"{role}>{esc(message, keep_forbidden=True)}</div>'


def render_placeholder() -> str:
    return (
        '<div class="placeholder">Paste an English article, upload a .txt or .md file, or load the sample '
        "article, then press <b>Translate</b>. The versions appear side by side, one row per sentence.</div>"
    )
