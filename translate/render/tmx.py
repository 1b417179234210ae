"""TMX 1.4b: one translation unit per row, a variant (tuv) per language key."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..languages import key_language
from ..types import RELATION_COVERAGE, Document
from ..version import package_version
from .escaping import xml_safe
from .rows import alignment_groups, column_keys, flags_of, joined_text

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def to_tmx(document: Document) -> str:
    """One ``<tu>`` per row (see :mod:`translate.render.rows`), a ``<tuv>`` per key with sentences there.

    A key with a variant (``uk-mt``) is written as ``xml:lang="uk"`` with ``x-key`` and
    ``x-origin`` properties, so both Ukrainian versions survive in one unit. A translation memory holds
    translations: an independent report (a coverage text) is left out, and the header's note says so.
    """
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "translate",
            "creationtoolversion": package_version(),
            "segtype": "block",
            "o-tmf": "translate-json",
            "adminlang": "en",
            "srclang": xml_safe(document.source_lang),
            "datatype": "plaintext",
        },
    )
    coverage = [key for key in column_keys(document) if document.translations[key].relation == RELATION_COVERAGE]
    if coverage:
        ET.SubElement(root[0], "note").text = xml_safe(
            f"left out, as independent coverage and no translation of the English: {', '.join(coverage)}"
        )
    body = ET.SubElement(root, "body")
    keys = [key for key in column_keys(document) if key not in coverage]
    for number, group in enumerate(alignment_groups(document, keys), 1):
        if not group.source:
            continue
        tu = ET.SubElement(body, "tu", {"tuid": str(number)})
        if group.source:
            tuv = ET.SubElement(tu, "tuv", {_XML_LANG: xml_safe(document.source_lang)})
            ET.SubElement(tuv, "seg").text = xml_safe(joined_text(document, None, group.source))
        for key in keys:
            ids = group.targets[key]
            if not ids:
                continue
            tuv = ET.SubElement(tu, "tuv", {_XML_LANG: xml_safe(key_language(key))})
            ET.SubElement(tuv, "prop", {"type": "x-key"}).text = xml_safe(key)
            ET.SubElement(tuv, "prop", {"type": "x-origin"}).text = xml_safe(document.translations[key].origin)
            flags = flags_of(document, key, ids)
            if flags:
                ET.SubElement(tuv, "prop", {"type": "x-flags"}).text = xml_safe(" ".join(flags))
            ET.SubElement(tuv, "seg").text = xml_safe(joined_text(document, key, ids))
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
