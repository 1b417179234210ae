"""HTML for the web page, built from the plain Document dict (``Document.to_dict()``).

Nothing here imports Gradio. Every string that came from a user or a model goes through
``html.escape`` before it is put into markup; attribute values that the page's script reads
(``data-ent``, ``data-row``) are built from integers only, never from text.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .languages import key_language, language_name
from .types import FLAG_EXPLANATIONS

# Colours for entities: light enough for dark text, distinct from each other; then golden-angle hues.
PALETTE = (
    "#ffd8a8", "#b2f2bb", "#a5d8ff", "#fcc2d7", "#d0bfff", "#ffec99",
    "#99e9f2", "#ffc9c9", "#c0eb75", "#eebefa", "#96f2d7", "#dee2e6",
)

FLAG_SHORT = {
    "split_long_input": "split",
    "length_limit_hit": "cut short?",
    "repetition": "repeats",
    "wrong_script": "language?",
    "number_mismatch": "number",
    "entity_missing": "name missing",
}

# Event delegation on the component root: no handler attributes in the markup, ever.
SCRIPT = """
const root = element;
function clear(cls) { root.querySelectorAll('.' + cls).forEach(n => n.classList.remove(cls)); }
root.addEventListener('click', (ev) => {
  const ent = ev.target.closest('[data-ent]');
  if (ent && root.contains(ent)) {
    const id = ent.getAttribute('data-ent');
    const on = !ent.classList.contains('ent-on');
    clear('ent-on');
    root.querySelectorAll('.align').forEach(n => n.classList.toggle('ent-focus', on));
    if (on && /^e[0-9]+$/.test(id)) {
      root.querySelectorAll('[data-ent="' + id + '"]').forEach(n => n.classList.add('ent-on'));
    }
    return;
  }
  const row = ev.target.closest('.row[data-row]');
  if (row && root.contains(row)) {
    const was = row.classList.contains('row-on');
    clear('row-on');
    if (!was) row.classList.add('row-on');
  }
});
"""


def esc(value: Any) -> str:
    """Escape any value for text or a quoted attribute."""
    return html.escape(str(value), quote=True)


def entity_colour(index: int) -> str:
    if index < len(PALETTE):
        return PALETTE[index]
    hue = (index * 137.508) % 360
    return f"hsl({hue:.0f}, 80%, 82%)"


@dataclass(frozen=True)
class Column:
    """One column of the view: a language version of the document."""

    key: str  # language code of the sentences' entity mentions
    title: str
    subtitle: str
    translation: Mapping[str, Any] | None  # Translation dict; None while it is being made
    note: str = ""


@dataclass
class Row:
    source: list[int]
    targets: list[list[int]] = field(default_factory=list)  # per column (after the source column)
    paragraph: int = 0


def build_rows(document: Mapping[str, Any], columns: Sequence[Column]) -> list[Row]:
    """One row per group of source sentences that every column's links agree on.

    Source sentences that any column links together (a 2-1 bead, say) share a row; target
    sentences linked to no source sentence join the row before them.
    """
    sentences = document.get("source", {}).get("sentences", [])
    ids = [int(s["id"]) for s in sentences]
    position = {sid: i for i, sid in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for column in columns:
        for link in (column.translation or {}).get("links", []):
            members = [position[i] for i in link[0] if i in position]
            for other in members[1:]:
                a, b = find(members[0]), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    rows: list[Row] = []
    row_of: dict[int, int] = {}
    for i, sid in enumerate(ids):
        root = find(i)
        if root == i:
            row_of[i] = len(rows)
            paragraph = int(sentences[i].get("paragraph", 0))
            rows.append(Row([sid], [[] for _ in columns], paragraph))
        else:
            row_of[i] = row_of[root]
            rows[row_of[i]].source.append(sid)
    if not rows:
        rows.append(Row([], [[] for _ in columns]))
    for c, column in enumerate(columns):
        last: int | None = None
        pending: list[int] = []
        for link in (column.translation or {}).get("links", []):
            targets = [int(t) for t in link[1]]
            members = [position[i] for i in link[0] if i in position]
            if not members:
                if last is None:
                    pending.extend(targets)
                else:
                    rows[last].targets[c].extend(targets)
                continue
            last = row_of[members[0]]
            rows[last].targets[c].extend(pending + targets)
            pending = []
        if pending:
            rows[0].targets[c].extend(pending)
    return rows


def _mentions(document: Mapping[str, Any]) -> dict[tuple[str, int], list[tuple[int, int, int]]]:
    """(lang, sentence id) -> [(start, end, entity index)]."""
    found: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for index, entity in enumerate(document.get("entities", []) or []):
        for lang, mentions in (entity.get("mentions") or {}).items():
            for mention in mentions:
                try:
                    sid, start, end = int(mention[0]), int(mention[1]), int(mention[2])
                except (TypeError, ValueError, IndexError):
                    continue
                found.setdefault((str(lang), sid), []).append((start, end, index))
    return found


def render_sentence(text: str, spans: Sequence[tuple[int, int, int]] = ()) -> str:
    """The sentence's text, escaped, with entity mentions wrapped in coloured marks."""
    out: list[str] = []
    cursor = 0
    for start, end, index in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue  # overlapping or out of range: keep the text, skip the mark
        out.append(esc(text[cursor:start]))
        out.append(
            f'<mark class="ent" data-ent="e{index}" style="--ec:{entity_colour(index)}">{esc(text[start:end])}</mark>'
        )
        cursor = end
    out.append(esc(text[cursor:]))
    return "".join(out)


def render_flags(flags: Sequence[str]) -> str:
    badges = []
    for flag in flags:
        explanation = FLAG_EXPLANATIONS.get(flag, flag)
        short = FLAG_SHORT.get(flag, flag.replace("_", " "))
        badges.append(f'<span class="flag" title="{esc(explanation)}" data-flag="{esc(flag)}">{esc(short)}</span>')
    return "".join(badges)


def _cell(lang: str, sentences: Sequence[Mapping[str, Any]], ids: Sequence[int], mentions: Mapping) -> str:
    parts = []
    for sid in ids:
        sentence = sentences[sid] if 0 <= sid < len(sentences) else None
        if sentence is None:
            continue
        text = render_sentence(str(sentence.get("text", "")), mentions.get((lang, sid), ()))
        flags = render_flags(sentence.get("flags", ()))
        parts.append(f'<span class="sent" data-sid="{sid}">{text}{flags}</span>')
    return " ".join(parts)


def render_legend(document: Mapping[str, Any]) -> str:
    entities = document.get("entities", []) or []
    if not entities:
        return ""
    items = []
    for index, entity in enumerate(entities):
        counts = " ".join(
            f"{esc(lang)}&nbsp;{len(ms)}" for lang, ms in (entity.get("mentions") or {}).items()
        )
        items.append(
            f'<button type="button" class="legend-item" data-ent="e{index}" title="{counts}">'
            f'<span class="swatch" style="--ec:{entity_colour(index)}"></span>'
            f'<span class="legend-text">{esc(entity.get("text", ""))}</span>'
            f'<span class="legend-label">{esc(entity.get("label", ""))}</span></button>'
        )
    return (
        '<div class="legend" aria-label="Entities"><span class="legend-title">Entities</span>'
        + "".join(items)
        + '<span class="legend-hint">click a name to find it in every language</span></div>'
    )


def default_columns(document: Mapping[str, Any], pending: Sequence[str] = ()) -> list[Column]:
    """The source column, then each translation (a machine translation "uk-mt" right after its
    provided "uk"), then languages still being made."""
    source = document.get("source", {})
    source_lang = str(source.get("lang", "en"))
    columns = [Column(source_lang, language_name(source_lang), "source", None)]
    translations = document.get("translations") or {}
    keys = list(translations)
    order = sorted(range(len(keys)), key=lambda i: (_base_position(keys, keys[i]), keys[i] != key_language(keys[i]), i))
    for i in order:
        key = str(keys[i])
        translation = translations[key]
        lang = key_language(key)
        provided = translation.get("origin", "machine") == "provided"
        title = language_name(lang) + ("" if provided or key == lang else " (MT)")
        subtitle = "provided translation" if provided else (translation.get("model") or "machine translation")
        columns.append(Column(key, title, str(subtitle), translation))
    for lang in pending:
        if lang not in translations:
            columns.append(Column(lang, language_name(lang), "translating…", None))
    return columns


def _base_position(keys: Sequence[str], key: str) -> int:
    base = key_language(key)
    for i, other in enumerate(keys):
        if key_language(other) == base:
            return i
    return len(keys)


def render_document(
    document: Mapping[str, Any], columns: Sequence[Column] | None = None, *, pending: Sequence[str] = ()
) -> str:
    """The aligned view: a header, one row per source-sentence group, cells side by side."""
    columns = list(columns) if columns is not None else default_columns(document, pending)
    sentences = document.get("source", {}).get("sentences", [])
    by_id = {int(s["id"]): s for s in sentences}
    targets = [c for c in columns[1:]]
    rows = build_rows(document, targets)
    mentions = _mentions(document)
    source_lang = columns[0].key
    head = ['<div class="row head">']
    for column in columns:
        state = " pending" if column is not columns[0] and column.translation is None else ""
        head.append(
            f'<div class="cell{state}" data-lang="{esc(column.key)}"><span class="lang">{esc(column.title)}</span>'
            f'<span class="code">{esc(column.key)}</span><span class="model">{esc(column.subtitle)}</span></div>'
        )
    head.append("</div>")
    body = []
    previous_paragraph: int | None = None
    for number, row in enumerate(rows):
        paragraph_start = previous_paragraph is not None and row.paragraph != previous_paragraph
        previous_paragraph = row.paragraph
        source_parts = []
        for sid in row.source:
            sentence = by_id.get(sid)
            if sentence is None:
                continue
            text = render_sentence(str(sentence.get("text", "")), mentions.get((source_lang, sid), ()))
            source_parts.append(f'<span class="sent" data-sid="{sid}">{text}</span>')
        cells = [f'<div class="cell" data-lang="{esc(source_lang)}">{" ".join(source_parts)}</div>']
        for c, column in enumerate(targets):
            if column.translation is None:
                cells.append(f'<div class="cell pending" data-lang="{esc(column.key)}"><span class="wait"></span></div>')
                continue
            if column.translation.get("partial") and not row.targets[c]:  # not translated yet
                cells.append(f'<div class="cell pending" data-lang="{esc(column.key)}"><span class="wait"></span></div>')
                continue
            text = _cell(column.key, column.translation.get("sentences", []), row.targets[c], mentions)
            empty = "" if text else " empty"
            cells.append(f'<div class="cell{empty}" data-lang="{esc(column.key)}">{text}</div>')
        classes = "row para" if paragraph_start else "row"
        body.append(f'<div class="{classes}" data-row="{number}"><span class="num">{number + 1}</span>{"".join(cells)}</div>')
    signature = document.get("signature", "")
    foot = f'<div class="signature">{esc(signature)}</div>' if signature else ""
    return (
        f'<div class="align" style="--cols:{len(columns)}" data-columns="{len(columns)}" data-rows="{len(rows)}">'
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
    """A message in place: kind is "error" or "info"."""
    role = ' role="alert"' if kind == "error" else ""
    kind = kind if kind in ("error", "info") else "info"
    return f'<div class="message {kind}"{role}>{esc(message)}</div>'


def render_placeholder() -> str:
    return (
        '<div class="placeholder">Paste an English article, upload a .txt or .md file, or load the sample '
        "article, then press <b>Translate</b>. The versions appear side by side, one row per sentence.</div>"
    )


def standalone_page(document: Mapping[str, Any], title: str = "Aligned article") -> str:
    """A self-contained HTML file of the view (styles and the small script included)."""
    body = render_document(document)
    script = "(function(){const element=document.getElementById('view');" + SCRIPT + "})();"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head>"
        f'<body><main id="view" class="tr-view">{body}</main><script>{script}</script></body></html>\n'
    )


CSS = """
.tr-view { font-family: "Inter", "Segoe UI", system-ui, -apple-system, sans-serif; color: #1f2933; }
.tr-view .align { display: flex; flex-direction: column; font-size: 15px; line-height: 1.55;
  background: #fff; color: #1f2933; border-radius: 10px; padding: 4px 8px 0; }
.tr-view .row { display: grid; grid-template-columns: 2.2em repeat(var(--cols), minmax(0, 1fr));
  border-bottom: 1px solid #eceff3; cursor: pointer; }
.tr-view .row.head { position: sticky; top: 0; z-index: 2; background: #f8fafc; cursor: default;
  border-bottom: 2px solid #cbd2d9; }
.tr-view .row.head::before { content: ""; }
.tr-view .row.para { border-top: 10px solid #f8fafc; }
.tr-view .row .num { color: #9aa5b1; font-size: 12px; padding: 10px 4px 0 0; text-align: right;
  font-variant-numeric: tabular-nums; }
.tr-view .cell { padding: 8px 12px; overflow-wrap: anywhere; border-left: 1px solid #eceff3; }
.tr-view .head .cell { padding: 10px 12px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.tr-view .head .lang { font-weight: 650; font-size: 15px; }
.tr-view .head .code { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #fff;
  background: #52606d; border-radius: 4px; padding: 1px 5px; }
.tr-view .head .model { flex-basis: 100%; font-size: 11.5px; color: #7b8794; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.tr-view .head .pending .model { color: #2680c2; }
.tr-view .row:not(.head):hover { background: #f0f7ff; }
.tr-view .row.row-on { background: #dcecff; box-shadow: inset 3px 0 0 #2680c2; }
.tr-view .cell.empty::after { content: "—"; color: #cbd2d9; }
.tr-view .cell.pending .wait { display: block; height: 0.9em; margin-top: .4em; border-radius: 4px;
  background: linear-gradient(90deg, #eef2f6 25%, #dde4ec 50%, #eef2f6 75%); background-size: 200% 100%;
  animation: tr-shimmer 1.4s infinite linear; }
@keyframes tr-shimmer { from { background-position: 200% 0; } to { background-position: -200% 0; } }
.tr-view mark.ent { background: var(--ec); color: inherit; border-radius: 3px; padding: 0 2px;
  cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.tr-view .ent-focus mark.ent:not(.ent-on) { background: transparent; box-shadow: inset 0 -2px 0 var(--ec); }
.tr-view mark.ent.ent-on { outline: 2px solid #1f2933; outline-offset: 0; }
.tr-view .flag { display: inline-block; margin-left: 4px; padding: 0 6px; font-size: 10.5px; line-height: 1.6;
  border-radius: 9px; background: #fff3bf; color: #8a5a00; border: 1px solid #ffd43b; vertical-align: 2px;
  cursor: help; white-space: nowrap; }
.tr-view .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px 0 12px; }
.tr-view .legend-title { font-weight: 650; font-size: 13px; margin-right: 4px; }
.tr-view .legend-item { display: inline-flex; align-items: center; gap: 5px; border: 1px solid #d9e2ec;
  border-radius: 14px; padding: 2px 10px 2px 6px; background: #fff; font: inherit; font-size: 13px; cursor: pointer; }
.tr-view .legend-item.ent-on { border-color: #1f2933; box-shadow: 0 0 0 1px #1f2933; }
.tr-view .swatch { width: 12px; height: 12px; border-radius: 50%; background: var(--ec); border: 1px solid #0001; }
.tr-view .legend-label { font-size: 10.5px; color: #7b8794; text-transform: uppercase; letter-spacing: .04em; }
.tr-view .legend-hint { font-size: 12px; color: #9aa5b1; margin-left: 6px; }
.tr-view .signature { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; color: #9aa5b1;
  padding: 10px 0; overflow-wrap: anywhere; }
.tr-view .message { padding: 10px 14px; border-radius: 8px; font-size: 14.5px; margin: 4px 0; }
.tr-view .message.error { background: #fff0f0; color: #a61b1b; border: 1px solid #ffc9c9; }
.tr-view .message.info { background: #f0f7ff; color: #1c4f80; border: 1px solid #bcdcff; }
.tr-view .placeholder { color: #7b8794; padding: 28px; text-align: center; border: 1px dashed #cbd2d9;
  border-radius: 10px; font-size: 14.5px; }
.tr-view .progress { color: #1f2933; display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: 13px; }
.tr-view .progress-item { display: flex; align-items: center; gap: 8px; min-width: 240px; }
.tr-view .progress-lang { width: 6.5em; font-weight: 600; }
.tr-view .progress-bar { flex: 1; height: 7px; background: #e4e7eb; border-radius: 4px; overflow: hidden; min-width: 80px; }
.tr-view .progress-bar span { display: block; height: 100%; background: #2680c2; transition: width .3s; }
.tr-view .progress-item.done .progress-bar span { background: #3ebd93; }
.tr-view .progress-label { color: #7b8794; font-variant-numeric: tabular-nums; min-width: 8em; }
"""
