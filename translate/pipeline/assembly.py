"""Assembling one language's Translation from per-sentence results: text, sentences, 1-n links."""

from __future__ import annotations

from collections.abc import Sequence

from ..engines.base import Engine
from ..text.segmentation import split_sentences
from ..types import Link, Sentence, TargetSentence, Translation


def build_translation(
    text: str,
    sentences: Sequence[Sentence],
    results: Sequence[tuple[str, tuple[str, ...]]],
    lang: str,
    engine: Engine | None,
    target_token: str | None = None,
) -> Translation:
    """Assemble one language: the text rebuilt with the source's own separators, its sentences, 1-n links."""
    out_text: list[str] = []
    cursor = 0
    target: list[TargetSentence] = []
    links: list[Link] = []
    for sentence, (translated, flags) in zip(sentences, results, strict=True):
        out_text.append(text[cursor : sentence.start])
        out_text.append(translated)
        cursor = sentence.end
        pieces = [s.text for s in split_sentences(translated, lang)] if translated.strip() else []
        ids = []
        for piece in pieces:
            ids.append(len(target))
            target.append(TargetSentence(len(target), piece, tuple(flags), sentence.paragraph))
        links.append(Link((sentence.id,), tuple(ids)))
    out_text.append(text[cursor:])
    return Translation(
        lang=lang,
        text="".join(out_text),
        sentences=tuple(target),
        links=tuple(links),
        model=engine.model_id if engine else "",
        revision=engine.revision if engine else "",
        engine=engine.name if engine else "",
        target_token=target_token or "",
    )
