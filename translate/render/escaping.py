"""Text safety for every output: HTML and XML escaping, the characters XML forbids, Markdown cells.

One rule set, used by the static HTML export, the web page, TMX and Markdown:

- HTML: :func:`html.escape` with quotes, and ``=`` as ``&#61;`` too, so that not even the text of an
  escaped payload reads like an attribute (``onerror=``).
- XML 1.0 forbids some characters outright (C0 controls other than tab, line feed and carriage
  return; lone surrogates; U+FFFE and U+FFFF). No escape can represent them, so document text
  loses them (:func:`xml_safe`) in TMX and in HTML alike.
- Invisible controls (bidi overrides and isolates, zero-width and other format characters, C1
  controls) change what a reader sees without being seen: in reading views (the page and the
  HTML export) each is shown as a small visible code instead (:func:`escape_visible`); the data
  exports (JSON, TMX, Markdown) keep them.
- Markdown: the punctuation that could form emphasis, a code span, a link, a tag, an entity or an
  extra table column is backslash-escaped, and line breaks become spaces.
"""

from __future__ import annotations

import html
import re
import unicodedata

_XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&#!|~])")
# Bidi embeddings, overrides, isolates and marks; zero-width space, word joiner, BOM; C1 controls;
# interlinear annotation and the invisible operators. Zero-width (non-)joiners stay: scripts and
# emoji sequences need them.
INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u0080-\u009f]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (they cannot be escaped, only dropped)."""
    return _XML_FORBIDDEN.sub("", text)


def escape_html(value: object, *, keep_forbidden: bool = False) -> str:
    """``value`` as HTML text or a double-quoted attribute value.

    Document text (sentences, names, model ids, keys, flags) drops the characters XML forbids;
    ``keep_forbidden`` keeps every character (the page's own messages, which quote input verbatim).
    """
    text = str(value) if keep_forbidden else xml_safe(str(value))
    return html.escape(text, quote=True).replace("=", "&#61;")


def control_name(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: how a reading view names an invisible character."""
    name = unicodedata.name(char, "") or {"\u0085": "NEXT LINE"}.get(char, "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}"


def escape_visible(text: str) -> str:
    """:func:`escape_html` for reading views: every invisible control becomes a visible, labelled code."""
    out: list[str] = []
    cursor = 0
    for match in INVISIBLE.finditer(text):
        char = match.group()
        out.append(escape_html(text[cursor : match.start()]))
        out.append(f'<span class="ctl" title="{escape_html(control_name(char))}">U+{ord(char):04X}</span>')
        cursor = match.end()
    out.append(escape_html(text[cursor:]))
    return "".join(out)


def escape_markdown(text: str) -> str:
    """One Markdown table cell or list item: punctuation backslash-escaped (``&`` stays ``&``), line breaks spaces."""
    return " ".join(_MD_SPECIAL.sub(r"\\\1", xml_safe(text)).split())
