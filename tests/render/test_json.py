"""The JSON document: golden file and a lossless round trip."""

from __future__ import annotations

import json

from support.documents import fixed_document
from support.golden import assert_golden

from translate.render.json import to_json
from translate.types import Document


def test_golden() -> None:
    assert_golden("document.json", to_json(fixed_document()))


def test_json_round_trips_with_variant_keys() -> None:
    doc = fixed_document()
    again = Document.from_dict(json.loads(to_json(doc)))
    assert to_json(again) == to_json(doc)
    assert again.translations["uk-mt"].origin == "machine"
