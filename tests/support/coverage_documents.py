"""A hand-made comparison with independent coverage, shared by the render and web tests.

Every link, relation and report entry is written here by hand (not computed by the aligner), so the
golden files of the coverage views change only when the views do.
"""

from __future__ import annotations

from dataclasses import replace

from translate.types import (
    RELATION_COVERAGE,
    RELATION_TRANSLATION,
    CoverageLink,
    CoverageReport,
    Document,
    Entity,
    Link,
    LinkEvidence,
    Mention,
    NumberDifference,
    QuoteGap,
    RelationEvidence,
    Sentence,
    TargetSentence,
    Translation,
)

ENGLISH = (
    "Donald Trump met Vladimir Putin in Alaska on Friday.",
    "The talks lasted three hours.",
    "Trump called the summit “extremely productive”.",
    "No deal was reached.",
)


def _coverage(key: str, sentences: tuple[str, ...], links: tuple[CoverageLink, ...], evidence: RelationEvidence) -> Translation:
    return Translation(
        key,
        " ".join(sentences),
        tuple(TargetSentence(i, text) for i, text in enumerate(sentences)),
        tuple(Link((i,), ()) for i in range(len(ENGLISH))) + tuple(Link((), (j,)) for j in range(len(sentences))),
        origin="provided",
        alignment_mode="coverage",
        relation=RELATION_COVERAGE,
        relation_evidence=evidence,
        coverage_links=links,
    )


def coverage_document(payload: str = "") -> Document:
    """English (4 sentences), two outlets (ru:RIA, uk:Pravda) and a translation (hu).

    ru:RIA [1] reports English [1] and [4], [2] reports [2] with another number, [3] only quotes;
    uk:Pravda [1] reports [3], [2] reports nothing. ``payload`` is put into every text and name.
    """
    english = tuple(text + payload for text in ENGLISH)
    offsets, start = [], 0
    for text in english:
        offsets.append(start)
        start += len(text) + 1
    sentences = tuple(Sentence(i, text, offsets[i], offsets[i] + len(text), 0) for i, text in enumerate(english))
    ria_key, pravda_key = "ru:RIA" + payload, "uk:Pravda" + payload
    ria = _coverage(
        ria_key,
        (
            "Путин и Трамп провели переговоры на Аляске, соглашения нет." + payload,
            "Переговоры длились два часа." + payload,
            "«В следующий раз в Москве», — сказал Путин." + payload,
        ),
        (
            CoverageLink(0, 0, 0.62, LinkEvidence(("E1", "E2", "putin"), (), ("US",), ("talks",), False)),
            CoverageLink(3, 0, 0.48, LinkEvidence((), (), (), ("deal", "talks"), False)),
            CoverageLink(1, 1, 0.71, LinkEvidence((), ("three hours",), (), ("talks",), False)),
        ),
        RelationEvidence(RELATION_COVERAGE, -1.5, 0.57, 0.5, 0.62, one_to_one_share=0.29),
    )
    pravda = _coverage(
        pravda_key,
        ("Трамп назвав саміт «надзвичайно продуктивним»." + payload, "Зустріч відбулася в Анкориджі." + payload),
        (CoverageLink(2, 0, 0.83, LinkEvidence(("E1", "trump"), (), (), ("summit",), True)),),
        RelationEvidence(RELATION_COVERAGE, 0.2, 0.95, 0.9, 0.95, overridden=True, one_to_one_share=0.86),
    )
    hu = Translation(
        "hu",
        "Donald Trump pénteken Alaszkában találkozott Vlagyimir Putyinnal. A tárgyalás három óráig tartott. "
        "Trump „rendkívül produktívnak” nevezte a csúcsot. Megállapodás nem született.",
        (
            TargetSentence(0, "Donald Trump pénteken Alaszkában találkozott Vlagyimir Putyinnal."),
            TargetSentence(1, "A tárgyalás három óráig tartott."),
            TargetSentence(2, "Trump „rendkívül produktívnak” nevezte a csúcsot."),
            TargetSentence(3, "Megállapodás nem született."),
        ),
        tuple(Link((i,), (i,)) for i in range(4)),
        origin="provided",
        alignment_mode="lengths+anchors",
        relation=RELATION_TRANSLATION,
        relation_evidence=RelationEvidence(RELATION_TRANSLATION, 0.8, 1.0, 1.0, 1.0),
    )
    entities = (
        Entity("E1", "PER", "Donald Trump" + payload, {
            "en": (Mention(0, 0, 12), Mention(2, 0, 5)), ria_key: (Mention(0, 8, 13),), pravda_key: (Mention(0, 0, 5),),
            "hu": (Mention(0, 0, 12), Mention(2, 0, 5)),
        }),
        Entity("E2", "PER", "Vladimir Putin", {"en": (Mention(0, 17, 31),), ria_key: (Mention(0, 0, 5), Mention(2, 37, 42))}),
    )
    report = CoverageReport(
        reported_by=({ria_key: (0,)}, {ria_key: (1,)}, {pravda_key: (0,)}, {ria_key: (0,)}),
        unreported={ria_key: (2,), pravda_key: (1,)},
        number_differences=(NumberDifference(ria_key, 1, 1, "three hours", "два часа"),),
        quote_gaps=(
            QuoteGap(ria_key, "source", 2, "extremely productive" + payload),
            QuoteGap(ria_key, "target", 2, "В следующий раз в Москве" + payload),
        ),
    )
    translations = {ria_key: ria, pravda_key: pravda, "hu": hu}
    signature = f"compare|{ria_key}=provided|{pravda_key}=provided|hu=provided|version=0.1.0"
    return Document("en", " ".join(english), sentences, translations, signature, entities, report)


# A second RIA sentence that reports nothing of the English: the row of the outlets' own sentences then holds two.
OUTLET_ONLY = "Саммит прошёл в формате «три на три»."


def with_a_second_outlet_only_sentence(document: Document) -> tuple[Document, TargetSentence]:
    """``document`` with :data:`OUTLET_ONLY` added to ru:RIA, linked to no English sentence, and that sentence."""
    ria = document.translations["ru:RIA"]
    extra = TargetSentence(len(ria.sentences), OUTLET_ONLY)
    ria = replace(ria, sentences=(*ria.sentences, extra), links=(*ria.links, replace(ria.links[-1], source=(), target=(extra.id,))))
    return replace(document, translations={**document.translations, "ru:RIA": ria}), extra
