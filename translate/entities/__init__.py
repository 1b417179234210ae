"""Named entities: recognised in the English source, projected onto every aligned translation.

* :mod:`.glossary`: glossary (watch list) files, JSON or CSV;
* :mod:`.recognition`: the NER model, and :func:`ner_choice` for ``"auto"``/``"none"``/a model;
* :mod:`.sources`: the source's entities, glossary and model spans merged;
* :mod:`.word_match`: whether one word is one word of a name (stems, case endings, transliteration keys);
* :mod:`.projection`: finding each entity in another language (forms, CLDR, transliteration);
* :mod:`.annotation`: :func:`find_entities` over a whole document, ids and ``entity_missing`` flags.

Model objects (pipelines, tensors) never leave :mod:`.recognition`: callers get plain data.
"""

from .annotation import FLAGGED_LABELS, annotate, find_entities
from .glossary import (
    GLOSSARY_LANGS,
    LABELS,
    MAX_NAME_CHARS,
    GlossaryEntry,
    TooManyEntries,
    load_glossary,
    parse_glossary,
)
from .projection import TranslateFn, phrase_translator
from .recognition import AUTO_NER, DEFAULT_NER, NO_NER, ner_choice, recognise, resolve_ner, wants_model
from .sources import SourceEntity, source_entities

__all__ = [
    "AUTO_NER",
    "DEFAULT_NER",
    "FLAGGED_LABELS",
    "GLOSSARY_LANGS",
    "LABELS",
    "MAX_NAME_CHARS",
    "NO_NER",
    "GlossaryEntry",
    "SourceEntity",
    "TooManyEntries",
    "TranslateFn",
    "annotate",
    "find_entities",
    "load_glossary",
    "ner_choice",
    "parse_glossary",
    "phrase_translator",
    "recognise",
    "resolve_ner",
    "source_entities",
    "wants_model",
]
