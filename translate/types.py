"""Plain data that crosses module boundaries: sentences with offsets, links, flags, documents.

Nothing here imports a framework. Every type converts to and from plain JSON-ready dicts;
``Document.to_dict`` is the JSON contract that the CLI, the web page and batch jobs share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Flag names, shared by the checks, the exports and the web page.
SPLIT_LONG_INPUT = "split_long_input"
LENGTH_LIMIT_HIT = "length_limit_hit"
REPETITION = "repetition"
WRONG_SCRIPT = "wrong_script"
WRONG_LANGUAGE = "wrong_language"
NUMBER_MISMATCH = "number_mismatch"
ENTITY_MISSING = "entity_missing"
PIVOTED = "pivoted"

FLAG_EXPLANATIONS: dict[str, str] = {
    SPLIT_LONG_INPUT: "The source sentence was longer than the model accepts; it was translated in parts.",
    LENGTH_LIMIT_HIT: "The translation reached the length limit before the model finished; it may be cut short.",
    REPETITION: "The translation repeats the same words over and over; the model may have looped.",
    WRONG_SCRIPT: "The translation does not look like the requested language (wrong alphabet or letters).",
    WRONG_LANGUAGE: "The translation reads as another language than the one requested (e.g. Russian for Ukrainian).",
    NUMBER_MISMATCH: "A number in the source sentence does not appear in the translation.",
    ENTITY_MISSING: "A name from the source sentence was not found in the aligned translation.",
    PIVOTED: "No model translates this pair directly: the sentence was translated into English and then into "
    "this language, so the mistakes of two models can add up.",
}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the source text: ``text == source_text[start:end]``."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(
            int(data["id"]), str(data["text"]), int(data["start"]), int(data["end"]), int(data["paragraph"])
        )


@dataclass(frozen=True)
class TargetSentence:
    """A sentence of a translation, with the flags raised on it."""

    id: int
    text: str
    flags: tuple[str, ...] = ()
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "flags": list(self.flags), "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TargetSentence:
        return cls(
            int(data["id"]), str(data["text"]), tuple(data.get("flags", ())), int(data.get("paragraph", 0))
        )


@dataclass(frozen=True)
class Link:
    """An alignment bead: source sentence ids tied to target sentence ids (either side may be empty)."""

    source: tuple[int, ...]
    target: tuple[int, ...]

    def to_list(self) -> list[list[int]]:
        return [list(self.source), list(self.target)]

    @classmethod
    def from_list(cls, pair: Any) -> Link:
        return cls(tuple(int(i) for i in pair[0]), tuple(int(i) for i in pair[1]))


# What a provided text is to the source (``Translation.relation``); the tool's own translations are translations.
RELATION_TRANSLATION = "translation"
RELATION_COVERAGE = "coverage"
RELATIONS = (RELATION_TRANSLATION, RELATION_COVERAGE)


@dataclass(frozen=True)
class RelationEvidence:
    """Why a provided text was classified as a translation of the source or as independent coverage.

    Measured on the best monotone alignment (:func:`translate.alignment.align`): ``aligned_share`` of the
    sentences of both sides in beads with a partner, ``anchor_agreement`` the share of aligned beads whose
    anchors (names, numbers, places) agree, ``length_ratio`` target characters per expected character
    of the source, ``one_to_one_share`` of the sentences of both sides in beads of one sentence each.
    ``score`` above 0 means translation; ``overridden`` when the caller chose the relation.
    """

    relation: str
    score: float
    aligned_share: float
    anchor_agreement: float
    length_ratio: float
    overridden: bool = False
    one_to_one_share: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "relation": self.relation,
            "score": round(self.score, 3),
            "aligned_share": round(self.aligned_share, 3),
            "anchor_agreement": round(self.anchor_agreement, 3),
            "length_ratio": round(self.length_ratio, 3),
            "one_to_one_share": round(self.one_to_one_share, 3),
            "overridden": self.overridden,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelationEvidence:
        return cls(
            str(data["relation"]), float(data["score"]), float(data["aligned_share"]),
            float(data["anchor_agreement"]), float(data["length_ratio"]), bool(data.get("overridden", False)),
            float(data.get("one_to_one_share", 1.0)),  # files written before it was measured
        )


@dataclass(frozen=True)
class LinkEvidence:
    """What a coverage link rests on, as written in the source: shared names (entity ids where the
    document has entities, else the English word), numbers, places, news terms, and shared quotation."""

    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    quote: bool = False
    # Model mode only: the character n-gram similarity (0–1) of the English sentence and the
    # back-translation of the other; None when no model ran (and then absent from the JSON).
    similarity: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "names": list(self.names), "numbers": list(self.numbers), "places": list(self.places),
            "terms": list(self.terms), "quote": self.quote,
        }
        if self.similarity is not None:
            data["similarity"] = round(self.similarity, 3)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkEvidence:
        similarity = data.get("similarity")
        return cls(
            tuple(data.get("names", ())), tuple(data.get("numbers", ())), tuple(data.get("places", ())),
            tuple(data.get("terms", ())), bool(data.get("quote", False)),
            None if similarity is None else float(similarity),
        )


@dataclass(frozen=True)
class CoverageLink:
    """One English sentence and one sentence of an independent text that report the same fact.

    Links of a coverage text are many-to-many and in any order; a sentence may have none. ``score``
    (0–1) is the idf-weighted share of anchors the two sentences have in common.
    """

    source: int
    target: int
    score: float
    evidence: LinkEvidence = field(default_factory=LinkEvidence)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "score": round(self.score, 3), "evidence": self.evidence.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoverageLink:
        return cls(int(data["source"]), int(data["target"]), float(data["score"]), LinkEvidence.from_dict(data.get("evidence", {})))


@dataclass(frozen=True)
class Translation:
    """One language's version of the document and how it was made."""

    lang: str
    text: str
    sentences: tuple[TargetSentence, ...]
    links: tuple[Link, ...]
    model: str = ""
    revision: str = ""
    engine: str = ""
    origin: str = "machine"  # "machine" (translated here) or "provided" (an existing translation)
    alignment_mode: str = ""
    pivot: str = ""  # the language a translation went through ("en"), when no model translates the pair directly
    # For provided texts: RELATION_TRANSLATION or RELATION_COVERAGE ("" for the tool's own translations).
    # A coverage text's ``links`` tie no sentences (each sentence alone, so every export still reads
    # it); its correspondences are ``coverage_links``.
    relation: str = ""
    relation_evidence: RelationEvidence | None = None
    coverage_links: tuple[CoverageLink, ...] = ()
    target_token: str = ""  # the >>xxx<< token a multi-target model was given ("" for single-target models)
    # For the tool's English translation of a provided text (a back-translation): that text's key.
    # Its sentences are the provided text's, one for one, so it carries that text's links, relation
    # and coverage links and sits next to it in every view; it is no outlet of its own.
    back_translation_of: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "model": self.model,
            "revision": self.revision,
            "engine": self.engine,
            **({"target_token": self.target_token} if self.target_token else {}),
            "origin": self.origin,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "links": [link.to_list() for link in self.links],
        }
        if self.alignment_mode:
            data["alignment_mode"] = self.alignment_mode
        if self.pivot:
            data["pivot"] = self.pivot
        if self.relation:
            data["relation"] = self.relation
        if self.relation_evidence is not None:
            data["relation_evidence"] = self.relation_evidence.to_dict()
        if self.relation == RELATION_COVERAGE:
            data["coverage_links"] = [link.to_dict() for link in self.coverage_links]
        if self.back_translation_of:
            data["back_translation_of"] = self.back_translation_of
        return data

    @classmethod
    def from_dict(cls, lang: str, data: dict[str, Any]) -> Translation:
        return cls(
            lang=lang,
            text=str(data["text"]),
            sentences=tuple(TargetSentence.from_dict(s) for s in data["sentences"]),
            links=tuple(Link.from_list(p) for p in data["links"]),
            model=str(data.get("model", "")),
            revision=str(data.get("revision", "")),
            engine=str(data.get("engine", "")),
            origin=str(data.get("origin", "machine")),
            alignment_mode=str(data.get("alignment_mode", "")),
            pivot=str(data.get("pivot", "")),
            relation=str(data.get("relation", "")),
            relation_evidence=RelationEvidence.from_dict(data["relation_evidence"]) if data.get("relation_evidence") else None,
            coverage_links=tuple(CoverageLink.from_dict(c) for c in data.get("coverage_links", ())),
            target_token=str(data.get("target_token") or ""),
            back_translation_of=str(data.get("back_translation_of") or ""),
        )


@dataclass(frozen=True)
class Mention:
    """Where an entity occurs: a sentence id and character offsets into that sentence's text."""

    sentence: int
    start: int
    end: int

    def to_list(self) -> list[int]:
        return [self.sentence, self.start, self.end]


@dataclass(frozen=True)
class Entity:
    """One real-world entity with its mentions in every language (the same id everywhere)."""

    id: str
    label: str
    text: str
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    # False for a glossary name the source does not mention, found only in coverage texts.
    in_source: bool = True

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "text": self.text,
            "mentions": {lang: [m.to_list() for m in ms] for lang, ms in self.mentions.items()},
        }
        if not self.in_source:
            data["in_source"] = False
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            label=str(data["label"]),
            text=str(data["text"]),
            mentions={
                lang: tuple(Mention(int(m[0]), int(m[1]), int(m[2])) for m in ms)
                for lang, ms in data.get("mentions", {}).items()
            },
            in_source=bool(data.get("in_source", True)),
        )


@dataclass(frozen=True)
class NumberDifference:
    """Two linked sentences that give different numbers of the same kind (unit) for what they report.

    ``source_number`` and ``target_number`` are the phrases as written (``"three hours"``, ``"два часа"``);
    amounts are compared after unit conversion, so "1,000 miles" and "1,600 km" are no difference.
    """

    key: str
    source: int
    target: int
    source_number: str
    target_number: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "source": self.source, "target": self.target,
                "source_number": self.source_number, "target_number": self.target_number}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NumberDifference:
        return cls(str(data["key"]), int(data["source"]), int(data["target"]), str(data["source_number"]), str(data["target_number"]))


@dataclass(frozen=True)
class QuoteGap:
    """A quotation one side has that no quoting sentence of the other side is linked to: ``side`` is
    ``"source"`` (the English sentence's quote, with no quoting sentence of text ``key`` linked to it) or
    ``"target"`` (the text's quote, linked to no quoting English sentence)."""

    key: str
    side: str
    sentence: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "side": self.side, "sentence": self.sentence, "quote": self.quote}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteGap:
        return cls(str(data["key"]), str(data["side"]), int(data["sentence"]), str(data["quote"]))


@dataclass(frozen=True)
class CoverageReport:
    """How the coverage texts report the English article (plain data; JSON key ``"coverage"``).

    ``reported_by[i]``: for English sentence ``i``, each coverage text's key with its sentences that
    report it (absent keys: not reported). ``unreported[key]``: the text's sentences that report nothing
    in the English. ``number_differences`` and ``quote_gaps`` as their types say.
    """

    reported_by: tuple[dict[str, tuple[int, ...]], ...]
    unreported: dict[str, tuple[int, ...]]
    number_differences: tuple[NumberDifference, ...] = ()
    quote_gaps: tuple[QuoteGap, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "reported_by": [{key: list(ids) for key, ids in row.items()} for row in self.reported_by],
            "unreported": {key: list(ids) for key, ids in self.unreported.items()},
            "number_differences": [d.to_dict() for d in self.number_differences],
            "quote_gaps": [g.to_dict() for g in self.quote_gaps],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoverageReport:
        return cls(
            reported_by=tuple({key: tuple(int(i) for i in ids) for key, ids in row.items()} for row in data["reported_by"]),
            unreported={key: tuple(int(i) for i in ids) for key, ids in data["unreported"].items()},
            number_differences=tuple(NumberDifference.from_dict(d) for d in data.get("number_differences", ())),
            quote_gaps=tuple(QuoteGap.from_dict(g) for g in data.get("quote_gaps", ())),
        )


@dataclass(frozen=True)
class Document:
    """The source article, its translations and entities: the JSON contract of the tool."""

    source_lang: str
    source_text: str
    sentences: tuple[Sentence, ...]
    translations: dict[str, Translation]
    signature: str
    entities: tuple[Entity, ...] = ()
    coverage: CoverageReport | None = None  # when some provided text is independent coverage

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": {
                "lang": self.source_lang,
                "text": self.source_text,
                "sentences": [s.to_dict() for s in self.sentences],
            },
            "translations": {lang: t.to_dict() for lang, t in self.translations.items()},
            "signature": self.signature,
        }
        if self.entities:
            data["entities"] = [e.to_dict() for e in self.entities]
        if self.coverage is not None:
            data["coverage"] = self.coverage.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        source = data["source"]
        return cls(
            source_lang=str(source["lang"]),
            source_text=str(source["text"]),
            sentences=tuple(Sentence.from_dict(s) for s in source["sentences"]),
            translations={lang: Translation.from_dict(lang, t) for lang, t in data["translations"].items()},
            signature=str(data.get("signature", "")),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            coverage=CoverageReport.from_dict(data["coverage"]) if data.get("coverage") else None,
        )
