"""Turn a Document into files: JSON (the contract), plain text, HTML, TMX, Markdown; written atomically.

Translation keys may carry a variant (``"uk-mt"`` next to a provided ``"uk"`` in comparison
mode): every export writes one column / variant per key, and names its language by the part
before the hyphen.

Rows: the side-by-side exports (HTML, TMX, Markdown) have one row per *alignment group*: the
smallest runs of source sentences that no link of any language splits, with every target
sentence linked to them. Merged (2-1) and split (1-2) sentences therefore sit side by side.
Target sentences linked to no source sentence (0-1) join the group of the source sentence
before them.

Text safety: HTML escapes every string with :func:`html.escape` (and ``=`` as ``&#61;``); TMX and HTML drop the
characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; lone
surrogates; U+FFFE and U+FFFF), since no escape can represent them; Markdown backslash-escapes
``\\ ` * _ [ ] < > & # ! | ~`` (no emphasis, code span, link, tag or extra column can form) and
turns line breaks into spaces.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import UsageError
from .files import prepare_output_folder, write_atomic
from .languages import key_language, language_name
from .types import FLAG_EXPLANATIONS, Document

FORMATS = ("text", "side", "json", "html", "tmx", "md")
EXTENSIONS = {"json": "json", "html": "html", "tmx": "tmx", "md": "md", "side": "side.txt"}


def to_json(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False, indent=1) + "\n"


def to_text(document: Document) -> str:
    """A readable view: each language's full text under a heading, paragraphs as in the source."""
    blocks = []
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


# ---- alignment groups -------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """One row of a side-by-side view: source sentence ids and, per translation key, target ids."""

    source: tuple[int, ...]
    targets: dict[str, tuple[int, ...]]


def alignment_groups(document: Document) -> list[Group]:
    """Rows shared by all languages (see the module docstring)."""
    n = len(document.sentences)
    # A source sentence joins the one before it when some link of any language holds both.
    joined = [False] * n
    for translation in document.translations.values():
        for link in translation.links:
            ids = [i for i in link.source if 0 <= i < n]
            if len(ids) > 1:
                for i in range(min(ids) + 1, max(ids) + 1):
                    joined[i] = True
    groups: list[Group] = []
    group_of = [0] * n
    for i in range(n):
        if not groups or not joined[i]:
            groups.append(Group((), {}))
        group_of[i] = len(groups) - 1
    groups = [Group(tuple(i for i in range(n) if group_of[i] == k), {}) for k in range(len(groups))]
    if not groups:
        groups = [Group((), {})]
    for key, translation in document.translations.items():
        per_group: dict[int, list[int]] = {}
        current = 0
        for link in translation.links:
            ids = [i for i in link.source if 0 <= i < n]
            if ids:
                current = group_of[ids[0]]
            for tid in link.target:
                per_group.setdefault(current, []).append(tid)
        for index, group in enumerate(groups):
            group.targets[key] = tuple(sorted(set(per_group.get(index, ()))))
    return groups


def to_side_by_side(document: Document) -> str:
    """A terminal view sentence by sentence: each source sentence group, then its counterpart in every language."""
    keys = list(document.translations)
    width = max([2, *(len(k) for k in keys)])
    blocks = []
    paragraph = None
    for group in alignment_groups(document):
        if group.source:
            first = document.sentences[group.source[0]].paragraph
            if paragraph is not None and first != paragraph:
                blocks.append("")  # an extra blank line marks a paragraph break
            paragraph = document.sentences[group.source[-1]].paragraph
        lines = [f"{'en':<{width}} │ " + " ".join(document.sentences[i].text for i in group.source)]
        for key in keys:
            sentences = document.translations[key].sentences
            ids = [i for i in group.targets.get(key, ()) if 0 <= i < len(sentences)]
            flags = sorted({flag for i in ids for flag in sentences[i].flags})
            mark = f"  ⚑ {', '.join(flags)}" if flags else ""
            lines.append(f"{key:<{width}} │ " + " ".join(sentences[i].text for i in ids) + mark)
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


# ---- text safety ------------------------------------------------------------------------------

_XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (they cannot be escaped, only dropped)."""
    return _XML_FORBIDDEN.sub("", text)


def _esc(text: object) -> str:
    # "=" too, so that not even the text of an escaped payload reads like an attribute (onerror=).
    return html.escape(xml_safe(str(text)), quote=True).replace("=", "&#61;")


# ---- HTML -------------------------------------------------------------------------------------

_PALETTE = (
    "#ffe08a", "#a8e6cf", "#ffb3ba", "#bae1ff", "#d7bde2", "#f9cb9c", "#b6d7a8", "#f4cccc",
    "#c9daf8", "#fff2cc", "#d9ead3", "#ead1dc", "#cfe2f3", "#fce5cd", "#d0e0e3", "#e6b8af",
)

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


def _mention_index(document: Document) -> dict[tuple[str, int], list[tuple[int, int, int]]]:
    """(language key, sentence id) -> [(start, end, entity index)], non-overlapping, in order."""
    index: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for number, entity in enumerate(document.entities):
        for lang, mentions in entity.mentions.items():
            for mention in mentions:
                index.setdefault((lang, mention.sentence), []).append((mention.start, mention.end, number))
    for key, spans in index.items():
        spans.sort()
        kept: list[tuple[int, int, int]] = []
        for span in spans:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        index[key] = kept
    return index


def _highlight(text: str, spans: Sequence[tuple[int, int, int]], document: Document) -> str:
    out: list[str] = []
    cursor = 0
    for start, end, number in spans:
        if not 0 <= start < end <= len(text) or start < cursor:
            continue  # offsets that do not fit this sentence are ignored, never trusted
        entity = document.entities[number]
        out.append(_esc(text[cursor:start]))
        title = f"{entity.id} · {entity.label} · {entity.text}"
        out.append(
            f'<mark class="e{number % len(_PALETTE)}" data-entity="{_esc(entity.id)}" title="{_esc(title)}">'
            f"{_esc(text[start:end])}</mark>"
        )
        cursor = end
    out.append(_esc(text[cursor:]))
    return "".join(out)


def _flags_html(flags: Sequence[str]) -> str:
    return "".join(
        f'<span class="flag" title="{_esc(FLAG_EXPLANATIONS.get(flag, flag))}">{_esc(flag.replace("_", " "))}</span>'
        for flag in flags
    )


def to_html(document: Document) -> str:
    """A static side-by-side page: one column per language, one row per alignment group.

    Self-contained (no scripts, no external resources, a Content-Security-Policy that forbids
    both); every string from the user or a model is escaped.
    """
    keys = list(document.translations)
    mentions = _mention_index(document)
    palette_css = "".join(f"mark.e{i},.legend .e{i}{{background:{colour}}}\n" for i, colour in enumerate(_PALETTE))
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<title>Side by side</title>\n<style>",
        _STYLE,
        palette_css,
        "</style>\n</head>\n<body>\n<h1>Side by side</h1>\n",
    ]
    if document.entities:
        parts.append('<div class="legend" aria-label="entities"><strong>Entities:</strong> ')
        for number, entity in enumerate(document.entities):
            parts.append(
                f'<span><mark class="e{number % len(_PALETTE)}">{_esc(entity.id)}</mark> '
                f"{_esc(entity.text)} <small>({_esc(entity.label)})</small></span>"
            )
        parts.append("</div>\n")
    parts.append("<table>\n<thead><tr>")
    source_name = language_name(document.source_lang)
    parts.append(f'<th lang="{_esc(document.source_lang)}">{_esc(source_name)} ({_esc(document.source_lang)})<div class="meta">source</div></th>')
    for key in keys:
        translation = document.translations[key]
        meta = translation.origin
        if translation.model:
            meta += f" · {translation.model}"
        if translation.alignment_mode:
            meta += f" · aligned: {translation.alignment_mode}"
        parts.append(f'<th lang="{_esc(key_language(key))}">{_esc(language_name(key))} ({_esc(key)})<div class="meta">{_esc(meta)}</div></th>')
    parts.append("</tr></thead>\n<tbody>\n")
    for group in alignment_groups(document):
        parts.append("<tr>")
        cell = []
        for sid in group.source:
            sentence = document.sentences[sid]
            cell.append(f"<p>{_highlight(sentence.text, mentions.get((document.source_lang, sid), ()), document)}</p>")
        parts.append(f'<td lang="{_esc(document.source_lang)}">{"".join(cell)}</td>')
        for key in keys:
            translation = document.translations[key]
            cell = []
            for tid in group.targets.get(key, ()):
                if not 0 <= tid < len(translation.sentences):
                    continue
                target = translation.sentences[tid]
                body = _highlight(target.text, mentions.get((key, tid), ()), document)
                cell.append(f"<p>{body}{_flags_html(target.flags)}</p>")
            parts.append(f'<td lang="{_esc(key_language(key))}">{"".join(cell)}</td>')
        parts.append("</tr>\n")
    parts.append("</tbody>\n</table>\n")
    parts.append(f'<p class="sig">{_esc(document.signature)}</p>\n</body>\n</html>\n')
    return "".join(parts)


# ---- TMX --------------------------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def to_tmx(document: Document) -> str:
    """TMX 1.4b: one translation unit per alignment group, a variant (tuv) per language key.

    A key with a variant (``uk-mt``) is written as ``xml:lang="uk"`` with ``x-key`` and
    ``x-origin`` properties, so both Ukrainian versions survive in one unit.
    """
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "translate",
            "creationtoolversion": __version__,
            "segtype": "block",
            "o-tmf": "translate-json",
            "adminlang": "en",
            "srclang": xml_safe(document.source_lang),
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    for number, group in enumerate(alignment_groups(document), 1):
        if not group.source and not any(group.targets.values()):
            continue
        tu = ET.SubElement(body, "tu", {"tuid": str(number)})
        if group.source:
            tuv = ET.SubElement(tu, "tuv", {_XML_LANG: xml_safe(document.source_lang)})
            ET.SubElement(tuv, "seg").text = xml_safe(" ".join(document.sentences[i].text for i in group.source))
        for key, translation in document.translations.items():
            ids = [i for i in group.targets.get(key, ()) if 0 <= i < len(translation.sentences)]
            if not ids:
                continue
            tuv = ET.SubElement(tu, "tuv", {_XML_LANG: xml_safe(key_language(key))})
            ET.SubElement(tuv, "prop", {"type": "x-key"}).text = xml_safe(key)
            ET.SubElement(tuv, "prop", {"type": "x-origin"}).text = xml_safe(translation.origin)
            flags = sorted({f for i in ids for f in translation.sentences[i].flags})
            if flags:
                ET.SubElement(tuv, "prop", {"type": "x-flags"}).text = xml_safe(" ".join(flags))
            ET.SubElement(tuv, "seg").text = xml_safe(" ".join(translation.sentences[i].text for i in ids))
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ---- Markdown ---------------------------------------------------------------------------------


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&#!|~])")


def _md(text: str) -> str:
    """One table cell or list item: Markdown punctuation backslash-escaped (so that no emphasis, code
    span, link, HTML tag, entity or extra column can form, and ``&`` stays ``&``), line breaks spaces."""
    return " ".join(_MD_SPECIAL.sub(r"\\\1", xml_safe(text)).split())


def to_markdown(document: Document) -> str:
    """A Markdown table, one row per alignment group; entities and flags listed below it."""
    keys = list(document.translations)
    header = [f"{language_name(document.source_lang)} ({document.source_lang})"] + [f"{language_name(k)} ({k})" for k in keys]
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    for group in alignment_groups(document):
        cells = [" ".join(document.sentences[i].text for i in group.source)]
        for key in keys:
            translation = document.translations[key]
            pieces = []
            for tid in group.targets.get(key, ()):
                if 0 <= tid < len(translation.sentences):
                    sentence = translation.sentences[tid]
                    pieces.append(sentence.text + "".join(f" ⚠{flag}" for flag in sentence.flags))
            cells.append(" ".join(pieces))
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    if document.entities:
        lines += ["", "Entities:", ""]
        for entity in document.entities:
            seen = []
            for lang, mentions in entity.mentions.items():
                sentences = document.sentences if lang == document.source_lang else (
                    document.translations[lang].sentences if lang in document.translations else ()
                )
                forms = []
                for m in mentions:
                    if 0 <= m.sentence < len(sentences):
                        form = sentences[m.sentence].text[m.start : m.end]
                        if form not in forms:
                            forms.append(form)
                seen.append(f"{lang}: {', '.join(forms)}")
            lines.append(f"- {_md(entity.id)} ({_md(entity.label)}) {_md(entity.text)} — {_md('; '.join(seen))}")
    flagged = flag_summary(document)
    if flagged:
        lines += ["", "Flags:", ""] + [f"- {_md(line)}" for line in flagged]
    return "\n".join(lines) + "\n"


def render(document: Document, fmt: str) -> str:
    """The document in one of :data:`FORMATS`."""
    renderers = {"text": to_text, "side": to_side_by_side, "json": to_json, "html": to_html, "tmx": to_tmx, "md": to_markdown}
    if fmt not in renderers:
        raise UsageError(f"format '{fmt}' is not known; choose one of: {', '.join(FORMATS)}")
    return renderers[fmt](document)


# ---- files ------------------------------------------------------------------------------------


def write_outputs(document: Document, folder: Path, stem: str, formats: Sequence[str] = ()) -> list[Path]:
    """One text file per language plus the JSON document (and any of html, tmx, md asked for), each atomic."""
    prepare_output_folder(folder)
    written = []
    for lang, translation in document.translations.items():
        path = folder / f"{stem}.{lang}.txt"
        write_atomic(path, translation.text)
        written.append(path)
    path = folder / f"{stem}.json"
    write_atomic(path, to_json(document))
    written.append(path)
    for fmt in formats:
        if fmt in EXTENSIONS and fmt != "json":
            path = folder / f"{stem}.{EXTENSIONS[fmt]}"
            write_atomic(path, render(document, fmt))
            written.append(path)
    return written
