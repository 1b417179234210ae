"""The static HTML export: one self-contained page, one column per language, one row per alignment group.

No scripts and no external resources (a Content-Security-Policy forbids both); every string from
the user or a model goes through :func:`~translate.render.escaping.escape_html`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..languages import key_language, language_name
from ..types import FLAG_EXPLANATIONS, Document
from .escaping import escape_html as esc
from .mentions import PALETTE, entity_colour, highlight, mention_index
from .report_html import EXPORT_CSS, also_note, coverage_fragment, only_in_outlet_note
from .rows import alignment_groups, column_keys

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.4rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
td p{margin:0 0 .3rem}
mark{border-radius:3px;padding:0 2px;color:inherit}
.flag{display:inline-block;font-size:.7rem;background:#fde2e1;color:#8a1c1c;border:1px solid #e0a3a0;border-radius:3px;padding:0 .3rem;margin-left:.3rem;cursor:help}
.legend span{display:inline-block;margin:0 .6rem .3rem 0}
.meta{color:#666;font-size:.8rem}
.sig{color:#666;font-size:.75rem;word-break:break-all}
"""


def _flags(flags: Sequence[str]) -> str:
    return "".join(
        f'<span class="flag" title="{esc(FLAG_EXPLANATIONS.get(flag, flag))}">{esc(flag.replace("_", " "))}</span>'
        for flag in flags
    )


def to_html(document: Document) -> str:
    """The page as one string (see the module docstring)."""
    keys = column_keys(document)
    mentions = mention_index(document)

    def mark(number: int, inner: str) -> str:
        entity = document.entities[number]
        title = f"{entity.id} · {entity.label} · {entity.text}"
        return f'<mark class="e{number}" data-entity="{esc(entity.id)}" title="{esc(title)}">{inner}</mark>'

    colours = max(len(PALETTE), len(document.entities))
    palette_css = "".join(f"mark.e{i},.legend .e{i}{{background:{entity_colour(i)}}}\n" for i in range(colours))
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<title>Side by side</title>\n<style>",
        _STYLE,
        palette_css,
        EXPORT_CSS if document.coverage is not None else "",
        "</style>\n</head>\n<body>\n<h1>Side by side</h1>\n",
    ]
    if document.entities:
        parts.append('<div class="legend" aria-label="entities"><strong>Entities:</strong> ')
        for number, entity in enumerate(document.entities):
            parts.append(
                f'<span><mark class="e{number}">{esc(entity.id)}</mark> '
                f"{esc(entity.text)} <small>({esc(entity.label)})</small></span>"
            )
        parts.append("</div>\n")
    parts.append("<table>\n<thead><tr>")
    source = esc(document.source_lang)
    parts.append(f'<th lang="{source}">{esc(language_name(document.source_lang))} ({source})<div class="meta">source</div></th>')
    for key in keys:
        translation = document.translations[key]
        meta = translation.origin
        if translation.model:
            meta += f" · {translation.model}"
        if translation.alignment_mode:
            meta += f" · aligned: {translation.alignment_mode}"
        parts.append(f'<th lang="{esc(key_language(key))}">{esc(language_name(key))} ({esc(key)})<div class="meta">{esc(meta)}</div></th>')
    parts.append("</tr></thead>\n<tbody>\n")
    for group in alignment_groups(document, keys):
        parts.append("<tr>")
        cell = [
            f"<p>{highlight(document.sentences[sid].text, mentions.get((document.source_lang, sid), ()), mark)}</p>"
            for sid in group.source
        ] or ([only_in_outlet_note()] if document.coverage is not None else [])
        parts.append(f'<td lang="{source}">{"".join(cell)}</td>')
        for key in keys:
            translation = document.translations[key]
            sentences = translation.sentences
            cell = [
                f"<p>{highlight(sentences[tid].text, mentions.get((key, tid), ()), mark)}{_flags(sentences[tid].flags)}"
                f"{also_note(translation, tid)}</p>"
                for tid in group.targets[key]
            ]
            parts.append(f'<td lang="{esc(key_language(key))}">{"".join(cell)}</td>')
        parts.append("</tr>\n")
    parts.append("</tbody>\n</table>\n")
    parts.append(coverage_fragment(document, interactive=False))
    parts.append(f'<p class="sig">{esc(document.signature)}</p>\n</body>\n</html>\n')
    return "".join(parts)
