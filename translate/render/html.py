"""The static HTML export: one self-contained page, one column per language, one row per alignment group.

No scripts and no external resources (a Content-Security-Policy forbids both); every string from
the user or a model goes through :mod:`translate.render.escaping`. It reads as the web page does:
the same column order, entity colours and flag names, each sentence bidi-isolated (``<bdi>``) with
its invisible controls shown, every omission and addition written out, light and dark schemes,
a sticky header, and one language under another on a narrow screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..languages import key_language, language_name
from ..types import Document
from .escaping import INVISIBLE, escape_visible
from .escaping import escape_html as esc
from .flags import flag_explanation, flag_label, pivot_note, shown_flags
from .mentions import PALETTE, entity_colour, highlight, mention_index
from .report_html import EXPORT_CSS, also_note, coverage_fragment, only_in_outlet_note
from .rows import NOT_IN_VERSION, ONLY_IN_VERSION, alignment_groups, column_keys, document_title, excerpt

_STYLE = """
:root{color-scheme:light dark}
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1f2933;background:#fff}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #c4ccd4;padding:.4rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f0f3f6;position:sticky;top:0;z-index:1}
td p{margin:0 0 .3rem}
bdi{unicode-bidi:isolate}
mark{border-radius:3px;padding:0 2px;color:#1f2933}
.flag{display:inline-block;font-size:.75rem;background:#fff3bf;color:#6b4500;border:1px solid #e5b400;border-radius:3px;padding:0 .3rem;margin-left:.3rem;cursor:help}
.ctl{font:.7rem monospace;color:#9b1c1c;border:1px dashed #9b1c1c;border-radius:3px;padding:0 2px}
.gap{color:#9b1c1c;background:#fff0f0;border-radius:3px;padding:0 .3rem;font-size:.85rem}
.only{color:#1d6b3a;background:#e7f5ec;border-radius:3px;padding:0 .3rem;margin-left:.3rem;font-size:.75rem}
.legend span{display:inline-block;margin:0 .6rem .3rem 0}
.meta{color:#4b5866;font-size:.8rem}
.sig{color:#4b5866;font-size:.75rem;word-break:break-all}
@media (prefers-color-scheme:dark){
body{color:#e5e9ee;background:#111827}
th{background:#1a2332}
th,td{border-color:#3a4656}
.meta,.sig{color:#aab4bf}
.flag{background:#3d3100;color:#ffe27a;border-color:#8a6d00}
.ctl{color:#ffb8b8;border-color:#ffb8b8}
.gap{color:#ffb8b8;background:#3b1419}
.only{color:#9fe3b8;background:#123323}
}
@media (max-width:700px){
thead{display:none}
table,tbody,tr,td{display:block;width:auto}
tr{border-top:2px solid #c4ccd4;padding:.3rem 0}
td{border:0}
td::before{content:attr(data-name);display:block;font-size:.75rem;font-weight:600}
}
"""


def _flags(flags: Sequence[str]) -> str:
    return "".join(f'<span class="flag" title="{esc(flag_explanation(flag))}">{esc(flag_label(flag))}</span>' for flag in flags)


def _sentence(text: str, spans: Sequence[tuple[int, int, int]], mark: Callable[[int, str], str]) -> str:
    return f"<bdi>{highlight(text, spans, mark, escape_visible)}</bdi>"


def to_html(document: Document) -> str:
    """The page as one string (see the module docstring)."""
    keys = column_keys(document)
    mentions = mention_index(document)
    source = esc(document.source_lang)

    def mark(number: int, inner: str) -> str:
        entity = document.entities[number]
        title = f"{entity.id} · {entity.label} · {entity.text}"
        return f'<mark class="e{number}" data-entity="{esc(entity.id)}" title="{esc(title)}">{inner}</mark>'

    def numbered(sid: int) -> str:
        # A comparison's report and matrix name sentences [1], [2], …: the table says which is which.
        return f'<span class="sid">[{sid + 1}]</span> ' if document.coverage is not None else ""

    colours = max(len(PALETTE), len(document.entities))
    palette_css = "".join(f"mark.e{i},.legend .e{i}{{background:{entity_colour(i)}}}\n" for i in range(colours))
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>{esc(INVISIBLE.sub('', document_title(document)))}</title>\n<style>",
        _STYLE,
        palette_css,
        EXPORT_CSS if document.coverage is not None else "",
        f"</style>\n</head>\n<body>\n<h1><bdi>{escape_visible(document_title(document))}</bdi></h1>\n",
    ]
    if document.entities:
        parts.append('<div class="legend" role="group" aria-label="entities"><strong>Entities:</strong> ')
        for number, entity in enumerate(document.entities):
            parts.append(
                f'<span><mark class="e{number}">{esc(entity.id)}</mark> '
                f'<span lang="{source}">{esc(entity.text)}</span> <small>({esc(entity.label)})</small></span>'
            )
        parts.append("</div>\n")
    parts.append("<table>\n<thead><tr>")
    parts.append(f'<th>{esc(language_name(document.source_lang))} ({source})<div class="meta">source</div></th>')
    for key in keys:
        translation = document.translations[key]
        meta = translation.origin
        if translation.model:
            meta += f" · {translation.model}"
        if translation.alignment_mode:
            meta += f" · aligned: {translation.alignment_mode}"
        if pivot_note(translation):
            meta += f" · {pivot_note(translation)}"
        parts.append(f'<th>{esc(language_name(key))} ({esc(key)})<div class="meta">{esc(meta)}</div></th>')
    parts.append("</tr></thead>\n<tbody>\n")
    names = {key: f"{language_name(key)} ({key})" for key in keys}
    seen_flags: list[str] = []
    for group in alignment_groups(document, keys):
        parts.append("<tr>")
        cell = [
            f"<p>{numbered(sid)}{_sentence(document.sentences[sid].text, mentions.get((document.source_lang, sid), ()), mark)}</p>"
            for sid in group.source
        ] or ([only_in_outlet_note()] if document.coverage is not None else [])
        source_name = esc(f"{language_name(document.source_lang)} ({document.source_lang})")
        parts.append(f'<td lang="{source}" data-name="{source_name}">{"".join(cell)}</td>')
        for key in keys:
            translation = document.translations[key]
            sentences = translation.sentences
            cell = []
            for tid in group.targets[key]:
                seen_flags += [flag for flag in sentences[tid].flags if flag not in seen_flags]
                flags = shown_flags(sentences[tid].flags, translation)
                only = f'<span class="only">{ONLY_IN_VERSION}</span>' if tid in group.added[key] and group.source else ""
                cell.append(
                    f"<p>{numbered(tid)}{_sentence(sentences[tid].text, mentions.get((key, tid), ()), mark)}{only}{_flags(flags)}"
                    f"{also_note(translation, tid)}</p>"
                )
            for sid in group.omitted[key]:
                quote = esc(excerpt(document.sentences[sid].text))
                cell.append(f'<p class="gap">{NOT_IN_VERSION}: <bdi lang="{source}">“{quote}”</bdi></p>')
            parts.append(f'<td lang="{esc(key_language(key))}" data-name="{esc(names[key])}">{"".join(cell)}</td>')
        parts.append("</tr>\n")
    parts.append("</tbody>\n</table>\n")
    parts.append(coverage_fragment(document, interactive=False))
    if seen_flags:
        parts.append('<dl class="flags"><dt>Flags</dt>')
        parts += [f"<dd><strong>{esc(flag_label(flag))}</strong>: {esc(flag_explanation(flag))}</dd>" for flag in seen_flags]
        parts.append("</dl>\n")
    parts.append(f'<p class="sig">{esc(document.signature)}</p>\n</body>\n</html>\n')
    return "".join(parts)
