"""HTML fragments of the web page: the aligned view, its toolbar and legend, progress bars, messages.

Nothing here imports Gradio. Every string that came from a user or a model goes through
:mod:`translate.render.escaping`; attribute values that the page's script reads (``data-ent``,
``data-row``, ``data-col``, ``data-act``) are built from integers and constants only, never
from text. Styles and the script live in :mod:`translate.render.page_assets`.

The view is a table for assistive technology (``role="table"``, rows, column headers, cells),
every cell carries the ``lang`` of its text, each sentence is bidi-isolated (CSS) with its
invisible controls shown, and every version's omissions and additions are written out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..languages import key_language, language_name
from ..types import RELATION_COVERAGE, Document, Translation
from .escaping import escape_html as esc
from .escaping import escape_visible
from .flags import flag_explanation, flag_label, pivot_note, shown_flags
from .mentions import Spans, entity_colour, highlight, mention_index
from .report_html import also_note, only_in_outlet_note
from .rows import NOT_IN_VERSION, ONLY_IN_VERSION, Group, alignment_groups, column_keys, excerpt


@dataclass(frozen=True)
class Column:
    """One column of the view: a language version of the document."""

    key: str  # translation key (the source language for the first column)
    title: str
    subtitle: str
    translation: Translation | None  # None for the source, and for a language still being made
    incomplete: bool = False  # only its first sentences are here; the other rows wait for the rest

    @property
    def note(self) -> str:
        return pivot_note(self.translation)

    @property
    def lang(self) -> str:
        return key_language(self.key)


def page_columns(document: Document, pending: Sequence[str] = (), incomplete: Collection[str] = ()) -> list[Column]:
    """The source column, then each translation in column order (the order of ``pending`` while
    languages are being made, so that columns do not move as they arrive)."""
    columns = [Column(document.source_lang, language_name(document.source_lang), "source", None)]
    keys = column_keys(document)
    order = list(pending)
    keys.sort(key=lambda k: order.index(k) if k in order else len(order))
    for key in keys:
        translation = document.translations[key]
        provided = translation.origin == "provided"
        title = language_name(key) + ("" if provided or key == key_language(key) else " (MT)")
        subtitle = "provided translation" if provided else (translation.model or "machine translation")
        subtitle = "independent coverage" if translation.relation == RELATION_COVERAGE else subtitle
        if translation.back_translation_of:
            subtitle = f"machine translation of {translation.back_translation_of}" + (f" · {translation.model}" if translation.model else "")
        columns.append(Column(key, title, subtitle, translation, key in incomplete))
    waiting = [lang for lang in order if lang not in document.translations]
    for lang in waiting:
        columns.append(Column(lang, language_name(lang), "translating…", None))
    return columns


def render_sentence(text: str, spans: Spans = ()) -> str:
    """The sentence's text, escaped, invisible controls shown, entity mentions wrapped in coloured marks."""

    def mark(number: int, inner: str) -> str:
        return (
            f'<mark class="ent" data-ent="e{number}" style="--ec:{entity_colour(number)}" '
            f'tabindex="0" role="button" aria-pressed="false">{inner}</mark>'
        )

    return highlight(text, spans, mark, escape_visible)


def render_flags(flags: Sequence[str]) -> str:
    """A badge per flag; its explanation shows on hover, on focus (keyboard) and on tap (touch)."""
    return "".join(
        f'<span class="flag" tabindex="0" data-flag="{esc(flag)}">{esc(flag_label(flag))}'
        f'<span class="tip"><span class="sr">: </span>{esc(flag_explanation(flag))}</span></span>'
        for flag in flags
    )


def render_legend(document: Document) -> str:
    if not document.entities:
        return ""
    items = []
    for number, entity in enumerate(document.entities):
        counts = " ".join(f"{esc(lang)}&nbsp;{len(ms)}" for lang, ms in entity.mentions.items())
        items.append(
            f'<button type="button" class="legend-item" data-ent="e{number}" title="{counts}" aria-pressed="false">'
            f'<span class="swatch" style="--ec:{entity_colour(number)}"></span>'
            f'<span class="legend-text" lang="{esc(document.source_lang)}">{esc(entity.text)}</span>'
            f'<span class="legend-label">{esc(entity.label)}</span></button>'
        )
    return (
        '<div class="legend" role="group" aria-label="Entities"><span class="legend-title">Entities</span>'
        + "".join(items)
        + '<span class="legend-hint">choose a name to find it in every language</span></div>'
    )


def _toolbar(columns: Sequence[Column], marked: int) -> str:
    switch = "".join(
        f'<button type="button" data-act="show" data-col="{number}" aria-pressed="false">{esc(column.title)}</button>'
        for number, column in enumerate(columns)
        if number
    )
    return (
        '<div class="tools" role="toolbar" aria-label="View">'
        f'<button type="button" data-act="filter" aria-pressed="false">Only rows with flags, omissions or additions ({marked})</button>'
        '<button type="button" data-act="show-all" hidden>Show all columns</button>'
        f'<span class="switch" role="group" aria-label="Version to read next to the source">{switch}'
        '<button type="button" data-act="show" data-col="-1" aria-pressed="true">All</button></span>'
        '<span class="tool-status" role="status" aria-live="polite"></span></div>'
    )


def _head(columns: Sequence[Column]) -> str:
    cells = ['<div class="row head" role="row"><span class="num" role="columnheader"><span class="sr">Row</span></span>']
    for number, column in enumerate(columns):
        state = " pending" if number and column.translation is None else ""
        name = esc(column.title)
        note = f'<span class="pivot">{esc(column.note)}</span>' if column.note else ""
        cells.append(
            f'<div class="cell{state}" data-lang="{esc(column.key)}" data-col="{number}" role="columnheader">'
            f'<span class="lang">{name}</span><span class="code">{esc(column.key)}</span>'
            f'<span class="model">{esc(column.subtitle)}</span>{note}<span class="col-tools">'
            f'<button type="button" data-act="copy-col" data-col="{number}" aria-label="Copy the {name} column">Copy</button>'
            f'<button type="button" data-act="left" data-col="{number}" aria-label="Move the {name} column left">◀</button>'
            f'<button type="button" data-act="right" data-col="{number}" aria-label="Move the {name} column right">▶</button>'
            f'<button type="button" data-act="hide" data-col="{number}" aria-label="Hide the {name} column">Hide</button>'
            "</span></div>"
        )
    cells.append("</div>")
    return "".join(cells)


def _cell(number: int, column: Column, body: str, classes: str = "cell", *, copy: bool = True) -> str:
    button = f'<button type="button" class="copy" data-act="copy-cell" aria-label="Copy this {esc(column.title)} text">Copy</button>'
    copy_button = button if body and copy else ""
    return (
        f'<div class="{classes}" data-lang="{esc(column.key)}" lang="{esc(column.lang)}" data-col="{number}" '
        f'data-name="{esc(column.title)}" role="cell">{body}{copy_button}</div>'
    )


def _target(document: Document, group: Group, column: Column, mentions: Mapping[tuple[str, int], Spans]) -> str:
    assert column.translation is not None
    sentences = column.translation.sentences
    parts = []
    for sid in group.targets.get(column.key, ()):
        sentence = sentences[sid]
        text = render_sentence(sentence.text, mentions.get((column.key, sid), ()))
        only = f'<span class="only">{ONLY_IN_VERSION}</span>' if sid in group.added.get(column.key, ()) and group.source else ""
        also = also_note(column.translation, sid)
        parts.append(f'<span class="sent" data-sid="{sid}">{text}</span>{only}{render_flags(shown_flags(sentence.flags, column.translation))}{also}')
    for sid in group.omitted.get(column.key, ()):
        quote = esc(excerpt(document.sentences[sid].text))
        parts.append(f'<span class="gap">{NOT_IN_VERSION}: <span class="quote" lang="{esc(document.source_lang)}">“{quote}”</span></span>')
    return " ".join(parts)


def render_document(document: Document, *, pending: Sequence[str] = (), incomplete: Collection[str] = ()) -> str:
    """The aligned view: toolbar, legend, a header, one row per alignment group, cells side by side.

    ``pending``: languages still being made (a waiting column each); ``incomplete``: keys whose
    translation holds only its first sentences (rows without them wait).
    """
    columns = page_columns(document, pending, incomplete)
    groups = alignment_groups(document, [c.key for c in columns[1:] if c.translation is not None])
    mentions = mention_index(document)
    waiting = '<span class="wait"></span><span class="sr">translating…</span>'
    pivoted = {c.key for c in columns if c.note}  # their `pivoted` flags are the column's note, not marks of a row
    body = []
    marked = 0
    for number, group in enumerate(groups):
        source = " ".join(
            f'<span class="sent" data-sid="{sid}">{render_sentence(document.sentences[sid].text, mentions.get((document.source_lang, sid), ()))}</span>'
            for sid in group.source
        )
        source = source or (only_in_outlet_note() if document.coverage is not None else "")
        cells = [_cell(0, columns[0], source)]
        for index, column in enumerate(columns[1:], 1):
            if column.translation is None or (column.incomplete and not group.targets.get(column.key)):
                cells.append(_cell(index, column, waiting, "cell pending", copy=False))
                continue
            text = _target(document, group, column, mentions)
            cells.append(_cell(index, column, text, "cell" if text else "cell empty"))
        is_marked = group.marked(document, ignore=pivoted)
        marked += is_marked
        classes = "row para" if group.paragraph_start else "row"
        flag = ' data-marked="1"' if is_marked else ""
        body.append(
            f'<div class="{classes}" data-row="{number}"{flag} role="row" tabindex="0">'
            f'<span class="num" role="rowheader">{number + 1}</span>{"".join(cells)}</div>'
        )
    signature = f'<div class="signature">{esc(document.signature)}</div>' if document.signature else ""
    table_label = "The article side by side: one row per group of aligned sentences, one column per version"
    return (
        f'<div class="align" style="--cols:{len(columns)}" data-columns="{len(columns)}" data-rows="{len(groups)}">'
        + _toolbar(columns, marked)
        + render_legend(document)
        + f'<div class="grid" role="table" aria-label="{table_label}">'
        + _head(columns)
        + "".join(body)
        + "</div>"
        + signature
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
        '<div class="placeholder">Paste an article in English, Ukrainian, Russian or Hungarian, upload a .txt or .md file, or load the sample '
        "article, then press <b>Translate</b>. The versions appear side by side, one row per sentence.</div>"
    )
