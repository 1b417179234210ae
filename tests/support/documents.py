"""Hand-made documents the render and web tests share."""

from __future__ import annotations

from typing import Any

from translate.types import (
    NUMBER_MISMATCH,
    Document,
    Entity,
    Link,
    Mention,
    Sentence,
    TargetSentence,
    Translation,
)


def fixed_document() -> Document:
    """Hand-made: a 2-1 merge and a 0-1 in the provided uk, a 1-2 split in uk-mt, a 1-0 in hu."""
    source = "Trump met Putin in Budapest. They talked. Prices rose 5% | A&B said \"no\". Zelensky was absent."
    sentences = (
        Sentence(0, "Trump met Putin in Budapest.", 0, 28, 0),
        Sentence(1, "They talked.", 29, 41, 0),
        Sentence(2, 'Prices rose 5% | A&B said "no".', 42, 73, 0),
        Sentence(3, "Zelensky was absent.", 74, 94, 0),
    )
    uk = Translation(
        "uk",
        "Трамп зустрівся з Путіним у Будапешті й поговорив. Ціни зросли на 5% | A&B сказали «ні». Зеленського не було. Так.",
        (
            TargetSentence(0, "Трамп зустрівся з Путіним у Будапешті й поговорив."),
            TargetSentence(1, "Ціни зросли на 5% | A&B сказали «ні»."),
            TargetSentence(2, "Зеленського не було."),
            TargetSentence(3, "Так."),
        ),
        (Link((0, 1), (0,)), Link((2,), (1,)), Link((3,), (2,)), Link((), (3,))),
        origin="provided",
        alignment_mode="lengths+anchors",
    )
    uk_mt = Translation(
        "uk-mt",
        "Трамп зустрів Путіна. У Будапешті. Вони говорили. Ціни зросли | A&B. Зеленський був відсутній.",
        (
            TargetSentence(0, "Трамп зустрів Путіна."),
            TargetSentence(1, "У Будапешті."),
            TargetSentence(2, "Вони говорили."),
            TargetSentence(3, "Ціни зросли | A&B.", (NUMBER_MISMATCH,)),
            TargetSentence(4, "Зеленський був відсутній."),
        ),
        (Link((0,), (0, 1)), Link((1,), (2,)), Link((2,), (3,)), Link((3,), (4,))),
        model="tiny/en-zle",
        revision="abc123",
        engine="transformers",
        origin="machine",
    )
    hu = Translation(
        "hu",
        "Trump Budapesten találkozott Putyinnal. Beszéltek. Az árak 5%-kal nőttek.",
        (
            TargetSentence(0, "Trump Budapesten találkozott Putyinnal."),
            TargetSentence(1, "Beszéltek."),
            TargetSentence(2, "Az árak 5%-kal nőttek."),
        ),
        (Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,)), Link((3,), ())),
        origin="provided",
        alignment_mode="lengths+anchors",
    )
    entities = (
        Entity("E1", "PER", "Trump", {"en": (Mention(0, 0, 5),), "uk": (Mention(0, 0, 5),), "uk-mt": (Mention(0, 0, 5),), "hu": (Mention(0, 0, 5),)}),
        Entity("E2", "PER", "Putin", {"en": (Mention(0, 10, 15),), "uk": (Mention(0, 18, 25),), "uk-mt": (Mention(0, 14, 20),), "hu": (Mention(0, 29, 38),)}),
        Entity("E3", "LOC", "Budapest", {"en": (Mention(0, 19, 27),), "uk": (Mention(0, 28, 37),), "uk-mt": (Mention(1, 2, 11),), "hu": (Mention(0, 6, 16),)}),
        Entity("E4", "PER", "Zelensky", {"en": (Mention(3, 0, 8),), "uk": (Mention(2, 0, 11),), "uk-mt": (Mention(4, 0, 10),)}),
    )
    translations = {"uk": uk, "uk-mt": uk_mt, "hu": hu}
    return Document("en", source, sentences, translations, "compare|uk=provided|hu=provided|version=0.1.0", entities)


def hand_made(payload: str = "Putin") -> dict[str, Any]:
    """A document with a 2-1 link in uk, a target-only sentence in hu, one entity in every language, a flag."""
    return {
        "source": {
            "lang": "en",
            "text": f"Trump met {payload}. They talked. It ended.",
            "sentences": [
                {"id": 0, "text": f"Trump met {payload}.", "start": 0, "end": 10 + len(payload) + 1, "paragraph": 0},
                {"id": 1, "text": "They talked.", "start": 0, "end": 0, "paragraph": 0},
                {"id": 2, "text": "It ended.", "start": 0, "end": 0, "paragraph": 1},
            ],
        },
        "translations": {
            "uk": {
                "model": "m<b>", "origin": "machine", "text": "",
                "sentences": [
                    {"id": 0, "text": "Трамп зустрів Путіна, і вони поговорили.", "flags": [NUMBER_MISMATCH], "paragraph": 0},
                    {"id": 1, "text": "Кінець.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0, 1], [0]], [[2], [1]]],
            },
            "ru": {
                "model": "m", "origin": "provided", "text": "",
                "sentences": [
                    {"id": 0, "text": "Трамп встретил Путина.", "flags": [], "paragraph": 0},
                    {"id": 1, "text": "Они поговорили.", "flags": [], "paragraph": 0},
                    {"id": 2, "text": "Конец.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0], [0]], [[1], [1]], [[2], [2]]],
            },
            "hu": {
                "model": "m", "origin": "machine", "text": "",
                "sentences": [
                    {"id": 0, "text": "Trump találkozott Putyinnal.", "flags": [], "paragraph": 0},
                    {"id": 1, "text": "Beszéltek.", "flags": [], "paragraph": 0},
                    {"id": 2, "text": "Extra.", "flags": [], "paragraph": 0},
                    {"id": 3, "text": "Vége.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0], [0]], [[1], [1]], [[], [2]], [[2], [3]]],
            },
        },
        "signature": "engine=test",
        "entities": [
            {
                "id": "E1", "label": "PER", "text": payload,
                "mentions": {"en": [[0, 10, 10 + len(payload)]], "uk": [[0, 14, 20]], "ru": [[0, 15, 21]], "hu": [[0, 18, 27]]},
            }
        ],
    }


def hand_made_document(payload: str = "Putin") -> Document:
    """:func:`hand_made` as a Document."""
    return Document.from_dict(hand_made(payload))
