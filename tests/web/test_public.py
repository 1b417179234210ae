"""What visitors see: model names, not paths; their own mistakes, not the operator's fixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.documents import fixed_document

from translate.errors import EngineNotAvailableError, InputError, ModelNotAvailableError
from translate.web.public import describe, public_document, public_model_name, public_signature, scrub_paths


def test_local_folders_are_named_hub_ids_kept(tmp_path: Path) -> None:
    folder = tmp_path / "en-zle"
    folder.mkdir()
    assert public_model_name(str(folder)) == "en-zle (local)"
    assert public_model_name("~/models/en-hu/") == "en-hu (local)"
    assert public_model_name("Helsinki-NLP/opus-mt-en-hu") == "Helsinki-NLP/opus-mt-en-hu"


def test_signatures_and_documents_lose_their_paths() -> None:
    signature = "engine=ctranslate2|beam=4|uk=/srv/m/en-zle@local|hu=Helsinki-NLP/opus-mt-en-hu@abc|ner=/srv/ner|version=1"
    assert public_signature(signature) == "engine=ctranslate2|beam=4|uk=en-zle (local)@local|hu=Helsinki-NLP/opus-mt-en-hu@abc|ner=ner (local)|version=1"
    assert public_signature("compare|uk=provided|version=1") == "compare|uk=provided|version=1"
    from dataclasses import replace

    document = fixed_document()
    document = replace(document, translations={**document.translations, "uk-mt": replace(document.translations["uk-mt"], model="/srv/m/x")})
    assert public_document(document).translations["uk-mt"].model == "x (local)"
    assert public_document(document).translations["uk"].model == ""


def test_server_problems_are_one_sentence_for_the_visitor_and_the_fix_goes_to_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    message = describe(ModelNotAvailableError("model X is not cached and HF_HUB_OFFLINE is set; run 'translate models pull uk'"))
    assert message.startswith("A model this needs is not available on this server right now")
    assert "translate models pull uk" in capsys.readouterr().err
    assert describe(EngineNotAvailableError("ctranslate2 is not installed")).startswith("A model this needs")
    assert describe(InputError("file /srv/upload/x.txt is empty")) == "file x.txt is empty"
    assert describe(ValueError("secret /etc/x")) == "Something went wrong while translating (ValueError). The page still works; try again."


def test_paths_in_messages() -> None:
    assert scrub_paths("cannot read /srv/data/a.txt: gone") == "cannot read a.txt: gone"
    assert scrub_paths("choose 1/2 of Helsinki-NLP/opus-mt-en-hu") == "choose 1/2 of Helsinki-NLP/opus-mt-en-hu"


def test_a_pivot_and_an_english_target_lose_their_paths_too() -> None:
    # Regression: the English column's model and both models of a pivot showed their server folders.
    signature = "engine=ctranslate2|from=ru|en=/srv/m/zle-en@local|hu=/srv/m/zle-en@local+Helsinki-NLP/opus-mt-tc-big-en-hu@abc|version=1"
    assert public_signature(signature) == (
        "engine=ctranslate2|from=ru|en=zle-en (local)@local|hu=zle-en (local)@local+Helsinki-NLP/opus-mt-tc-big-en-hu@abc|version=1"
    )
    assert public_model_name("/srv/m/zle-en+/srv/m/en-hu") == "zle-en (local)+en-hu (local)"
