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
NUMBER_MISMATCH = "number_mismatch"
ENTITY_MISSING = "entity_missing"

FLAG_EXPLANATIONS: dict[str, str] = {
    SPLIT_LONG_INPUT: "The source sentence was longer than the model accepts; it was translated in parts.",
    LENGTH_LIMIT_HIT: "The translation reached the length limit before the model finished; it may be cut short.",
    REPETITION: "The translation repeats the same words over and over; the model may have looped.",
    WRONG_SCRIPT: "The translation does not look like the requested language (wrong alphabet or letters).",
    NUMBER_MISMATCH: "A number in the source sentence does not appear in the translation.",
    ENTITY_MISSING: "A name from the source sentence was not found in the aligned translation.",
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
    target_token: str = ""  # the >>xxx<< token a multi-target model was given ("" for single-target models)

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
            target_token=str(data.get("target_token") or ""),
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "text": self.text,
            "mentions": {lang: [m.to_list() for m in ms] for lang, ms in self.mentions.items()},
        }

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
        )
