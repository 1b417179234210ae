"""The plain data: every to_dict/from_dict (to_list/from_list) pair gives back what it was given."""

from __future__ import annotations

import json

from translate.types import (
    FLAG_EXPLANATIONS,
    LENGTH_LIMIT_HIT,
    Document,
    Entity,
    Link,
    Mention,
    Sentence,
    TargetSentence,
    Translation,
)

SENTENCES = (Sentence(0, "Trump met Putin.", 0, 16, 0), Sentence(1, "They talked.", 18, 30, 1))
TARGET = (
    TargetSentence(0, "Trump találkozott Putyinnal.", (LENGTH_LIMIT_HIT,), 0),
    TargetSentence(1, "Beszéltek.", (), 1),
)
TRANSLATION = Translation(
    "hu", "Trump találkozott Putyinnal.\n\nBeszéltek.", TARGET, (Link((0,), (0,)), Link((1,), (1,))),
    model="m", revision="r", engine="ctranslate2", origin="provided", alignment_mode="model", target_token=">>hun<<",
)
ENTITY = Entity("E1", "PER", "Trump", {"en": (Mention(0, 0, 5),), "hu": (Mention(0, 0, 5),)})
DOCUMENT = Document("en", "Trump met Putin.\n\nThey talked.", SENTENCES, {"hu": TRANSLATION}, "engine=x|version=0", (ENTITY,))


def through_json(data: object) -> object:
    return json.loads(json.dumps(data))


def test_sentence_round_trip() -> None:
    for sentence in SENTENCES:
        assert Sentence.from_dict(through_json(sentence.to_dict())) == sentence  # type: ignore[arg-type]


def test_target_sentence_round_trip_and_defaults() -> None:
    for sentence in TARGET:
        assert TargetSentence.from_dict(through_json(sentence.to_dict())) == sentence  # type: ignore[arg-type]
    assert TargetSentence.from_dict({"id": 3, "text": "x"}) == TargetSentence(3, "x", (), 0)


def test_link_round_trip_with_empty_sides() -> None:
    for link in (Link((0, 1), (2,)), Link((), (4,)), Link((5,), ())):
        assert Link.from_list(through_json(link.to_list())) == link


def test_translation_round_trip_and_optional_fields() -> None:
    assert Translation.from_dict("hu", through_json(TRANSLATION.to_dict())) == TRANSLATION  # type: ignore[arg-type]
    plain = Translation("uk", "x", (), ())
    assert "alignment_mode" not in plain.to_dict()
    assert Translation.from_dict("uk", plain.to_dict()) == plain


def test_entity_round_trip() -> None:
    assert Entity.from_dict(through_json(ENTITY.to_dict())) == ENTITY  # type: ignore[arg-type]
    assert Mention(1, 2, 3).to_list() == [1, 2, 3]


def test_document_round_trip_with_and_without_entities() -> None:
    assert Document.from_dict(through_json(DOCUMENT.to_dict())) == DOCUMENT  # type: ignore[arg-type]
    bare = Document("en", "x", (), {}, "")
    assert "entities" not in bare.to_dict()
    assert Document.from_dict(bare.to_dict()) == bare


def test_document_keys_are_the_json_contract() -> None:
    data = DOCUMENT.to_dict()
    assert list(data) == ["source", "translations", "signature", "entities"]
    assert list(data["translations"]["hu"]) == [
        "model", "revision", "engine", "target_token", "origin", "text", "sentences", "links", "alignment_mode"
    ]


def test_every_flag_has_an_explanation() -> None:
    assert all(text.endswith(".") for text in FLAG_EXPLANATIONS.values())
    assert LENGTH_LIMIT_HIT in FLAG_EXPLANATIONS


def test_a_pivoted_translation_keeps_its_pivot_in_json() -> None:
    from translate.types import FLAG_EXPLANATIONS, PIVOTED, Translation

    translation = Translation("hu", "Szia.", (), (), model="a+b", revision="r1+r2", pivot="en")
    assert translation.to_dict()["pivot"] == "en"
    assert Translation.from_dict("hu", translation.to_dict()) == translation
    assert "pivot" not in Translation("hu", "Szia.", (), ()).to_dict()
    assert "English" in FLAG_EXPLANATIONS[PIVOTED]


def test_back_translation_and_similarity_round_trip_and_stay_out_of_the_json_when_unset() -> None:
    from translate.types import CoverageLink, LinkEvidence, Translation

    plain = Translation("ru", "Т.", (), ())
    assert "back_translation_of" not in plain.to_dict()
    back = Translation("ru-en", "T.", (), (), back_translation_of="ru")
    assert back.to_dict()["back_translation_of"] == "ru"
    assert Translation.from_dict("ru-en", back.to_dict()) == back
    link = CoverageLink(0, 1, 0.5, LinkEvidence(similarity=0.61234))
    assert link.to_dict()["evidence"]["similarity"] == 0.612
    assert CoverageLink.from_dict(link.to_dict()).evidence.similarity == 0.612
    assert "similarity" not in CoverageLink(0, 1, 0.5).to_dict()["evidence"]
