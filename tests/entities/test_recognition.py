"""Recognition: a tiny real NER model through the user path, its errors, and the one "auto"/"none" choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.entity_documents import GLOSSARY, check_offsets, make_document
from support.tiny_ner import build_tiny_ner

from translate.entities import (
    AUTO_NER,
    DEFAULT_NER,
    annotate,
    find_entities,
    ner_choice,
    recognise,
    wants_model,
)
from translate.errors import ModelFormatError, ModelNotAvailableError


@pytest.fixture(scope="module")
def tiny_ner(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ner")
    return {"random": build_tiny_ner(root / "random", seed=1), "none": build_tiny_ner(root / "none", bias="O")}


def test_tiny_ner_model_loads_through_the_user_path_and_gives_plain_spans(tiny_ner: dict[str, Path]) -> None:
    sentences = [s.text for s in make_document().sentences]
    spans = recognise(sentences, str(tiny_ner["random"]))
    assert len(spans) == len(sentences)
    for text, found in zip(sentences, spans, strict=True):
        for start, end, label in found:
            assert type(start) is int and type(end) is int and 0 <= start < end <= len(text)
            assert label in ("PER", "LOC", "ORG", "MISC")
    doc = find_entities(make_document(), ner=str(tiny_ner["random"]), glossary=GLOSSARY[:2])
    check_offsets(doc)
    assert doc.entities[0].text == "Donald Trump"  # the glossary wins over the model where both speak
    assert json.loads(json.dumps(doc.to_dict()))["entities"]  # plain data only


def test_ner_that_finds_nothing_leaves_the_glossary(tiny_ner: dict[str, Path], tmp_path: Path) -> None:
    glossary = tmp_path / "g.json"
    glossary.write_text('[{"text": "Budapest", "label": "LOC"}]', encoding="utf-8")
    doc = annotate(make_document(), ner=str(tiny_ner["none"]), entities_file=glossary)
    assert [e.text for e in doc.entities] == ["Budapest"]
    assert annotate(make_document(), ner="none").entities == ()


def test_ner_model_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailableError, match=r"^NER model dslim/bert-base-NER is not cached and HF_HUB_OFFLINE is set; download it on a connected machine"):
        recognise(["Kyiv."], "dslim/bert-base-NER")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFormatError, match=r"^NER model folder .*empty is incomplete \(config\.json, model\.safetensors, tokenizer\.json missing\); point --ner at a token-classification model"):
        recognise(["Kyiv."], str(tmp_path / "empty"))
    with pytest.raises(ModelNotAvailableError, match=r"^NER model folder .*missing does not exist; pass --ner HUB_ID, --ner PATH or --ner none$"):
        recognise(["Kyiv."], str(tmp_path / "missing"))


@pytest.mark.parametrize("spec", [None, "", "none", " NONE "])
def test_no_model_is_chosen_for_none(spec: str | None) -> None:
    assert not wants_model(spec)
    assert ner_choice(spec) is None


def test_auto_uses_the_default_model_when_it_can_be_had(tiny_ner: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from translate.entities import recognition

    monkeypatch.setattr(recognition, "resolve_ner", lambda spec, revision, allow_download: tiny_ner["none"])
    assert ner_choice(AUTO_NER) == DEFAULT_NER


def test_auto_falls_back_to_the_glossary_with_one_notice() -> None:
    notices: list[str] = []
    assert ner_choice("auto", log=notices.append) is None
    assert len(notices) == 1 and notices[0].startswith("notice: NER model dslim/bert-base-NER is not cached and HF_HUB_OFFLINE is set;")
    assert notices[0].endswith("; finding entities with the glossary alone")
    notices.clear()
    assert ner_choice("auto", log=notices.append, glossary=False) is None  # none given: say how to mark names
    assert notices[0].endswith("; no names are marked without it: give a glossary of the English names with --entities FILE")


def test_auto_falls_back_on_a_broken_default_model_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The page fell back on any error, compare only on a missing model; "auto" now always means
    # "the default model if it can be used", so a broken cache of it falls back with the notice.
    from translate.entities import recognition

    def broken(spec: str, revision: str | None, allow_download: bool) -> Path:
        raise ModelFormatError("NER model folder x is incomplete")

    monkeypatch.setattr(recognition, "resolve_ner", broken)
    notices: list[str] = []
    assert ner_choice("auto", log=notices.append) is None
    assert notices == ["notice: NER model folder x is incomplete; finding entities with the glossary alone"]


def test_an_explicit_model_is_checked_at_once(tiny_ner: dict[str, Path], tmp_path: Path) -> None:
    assert ner_choice(str(tiny_ner["none"])) == str(tiny_ner["none"])
    with pytest.raises(ModelNotAvailableError, match=r"^NER model folder .*missing does not exist; pass --ner HUB_ID, --ner PATH or --ner none$"):
        ner_choice(str(tmp_path / "missing"))


def test_annotate_reads_auto_like_compare() -> None:
    # annotate (the translate command) once passed "auto" on as a model id.
    assert annotate(make_document(), ner="auto").entities == ()
