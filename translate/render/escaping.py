"""Text safety for every output: HTML and XML escaping, the characters XML forbids, Markdown cells.

One rule set, used by the static HTML export, the web page, TMX and Markdown:

- HTML: :func:`html.escape` with quotes, and ``=`` as ``&#61;`` too, so that not even the text of an
  escaped payload reads like an attribute (``onerror=``).
- XML 1.0 forbids some characters outright (C0 controls other than tab, line feed and carriage
  return; lone surrogates; U+FFFE and U+FFFF). No escape can represent them, so document text
  loses them (:func:`xml_safe`) in TMX and in HTML alike.
- Markdown: the punctuation that could form emphasis, a code span, a link, a tag, an entity or an
  extra table column is backslash-escaped, and line breaks become spaces.
"""

from __future__ import annotations

import html
import re

_XML_FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&#!|~])")


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


def escape_markdown(text: str) -> str:
    """One Markdown table cell or list item: punctuation backslash-escaped (``&`` stays ``&``), line breaks spaces."""
    return " ".join(_MD_SPECIAL.sub(r"\\\1", xml_safe(text)).split())
