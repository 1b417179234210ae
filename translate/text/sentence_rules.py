"""What the sentence splitter knows about each language, read from ``abbreviations/<code>.txt``.

Each file lists abbreviations (lower-case, without the final dot; ``т.зв`` for both ``т.зв.`` and
``т. зв.``) in classes, and the words that commonly begin a sentence:

``never``
    never end a sentence: titles before a name (``Mr.``, ``акад.``), street, house and flat before a
    name or number (``вул.``, ``ul.``), approximations (``ca.``, ``ок.``, ``kb.``), ``e.g.``, ``т. зв.``.
``number``
    stand before a number (``No. 10``, ``ст. 111``, ``рис. 3``): no end before a digit; before a
    capitalised word they are plain words and end one (``No. That was``).
``ending``
    may end a sentence (``etc.``, ``млн.``, ``Kft.``): end before a capitalised word, never before a
    digit or a lower-case word.
``ambiguous``
    end only before a common sentence starter (``Inc.``, ``Jr.``): ``Raytheon Inc. said`` does not
    end, ``Raytheon Inc. The company`` does.
``after-number``
    after a number they are a unit, a year or a century (``11 млн т.``, ``1905 гг.``, ``XX ст.``)
    and end a sentence before a capitalised word; anywhere else (``г. Москва``, ``т. зв.``) they
    belong to the class they are listed in besides, or ``never`` if none.
``multiplier``
    count as a number before an ``after-number`` abbreviation (``11 млн т.``).
``before-acronym``
    no end before an all-caps acronym: currencies and regions (``3 млн дол. США``,
    ``Гомельской обл. БССР``).
``ordinal-after``
    a number with a dot right after one of these words is an ordinal (Hungarian ``a 2. helyen``).
``prepositions``
    open a phrase of time or place (``В 1991 г.``, ``У XVII ст.``): a year, century or unit
    abbreviation does not end a sentence made of that phrase alone.
``starters``
    common first words of a sentence, lower-cased.
``options``
    ``ordinal-dots``: a number or Roman numeral with a dot is an ordinal (Hungarian ``4. évben``,
    ``65. §``, ``XIV. Lajos``): it ends a sentence only before a capitalised word, and a Roman
    numeral not even then.
    ``closed-abbreviations``: the lists are taken as complete, so a full stop after any other word
    or number ends a sentence even before a lower-case word (``call me at 555-0100. they``), as in
    informal text. Without it, a lower-case sentence start is trusted only when it is a common
    sentence starter (``іменем. ані``): languages that abbreviate by cutting any word short
    (``прил.``, ``сущ.``) or write ordinals with a dot (``4. évben``) need the stronger evidence.

Nothing is read at import time; each language's file is read once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["SECTIONS", "SentenceRules", "parse_rules", "sentence_rules"]

SECTIONS = (
    "never",
    "number",
    "ending",
    "ambiguous",
    "after-number",
    "multiplier",
    "before-acronym",
    "ordinal-after",
    "prepositions",
    "starters",
    "options",
)
_OPTIONS = frozenset({"ordinal-dots", "closed-abbreviations"})


@dataclass(frozen=True)
class SentenceRules:
    never: frozenset[str]
    number: frozenset[str]
    ending: frozenset[str]
    ambiguous: frozenset[str]
    after_number: frozenset[str]
    multipliers: frozenset[str]
    before_acronym: frozenset[str]
    ordinal_after: frozenset[str]
    prepositions: frozenset[str]
    starters: frozenset[str]
    ordinal_dots: bool
    closed_abbreviations: bool
    abbreviations: frozenset[str]  # every abbreviation of every class

    def is_abbreviation(self, key: str) -> bool:
        return key in self.abbreviations


def parse_rules(text: str, source: str = "<rules>") -> SentenceRules:
    """Rules from the text of one file: ``[section]`` headers, words separated by whitespace,
    ``#`` comments. Raises ``ValueError`` naming the line for an unknown section or option."""
    words: dict[str, set[str]] = {name: set() for name in SECTIONS}
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in words:
                raise ValueError(
                    f"{source}:{number}: unknown section [{section}]; choose from: {', '.join(SECTIONS)}"
                )
            continue
        if section is None:
            raise ValueError(f"{source}:{number}: words before the first [section]")
        for word in line.split():
            if section == "options" and word not in _OPTIONS:
                raise ValueError(
                    f"{source}:{number}: unknown option {word!r}; choose from: {', '.join(sorted(_OPTIONS))}"
                )
            words[section].add(word.lower())
    classes = ("never", "number", "ending", "ambiguous", "after-number", "multiplier", "before-acronym")
    return SentenceRules(
        never=frozenset(words["never"]),
        number=frozenset(words["number"]),
        ending=frozenset(words["ending"]),
        ambiguous=frozenset(words["ambiguous"]),
        after_number=frozenset(words["after-number"]),
        multipliers=frozenset(words["multiplier"]),
        before_acronym=frozenset(words["before-acronym"]),
        ordinal_after=frozenset(words["ordinal-after"]),
        prepositions=frozenset(words["prepositions"]),
        starters=frozenset(words["starters"]),
        ordinal_dots="ordinal-dots" in words["options"],
        closed_abbreviations="closed-abbreviations" in words["options"],
        abbreviations=frozenset().union(*(words[name] for name in classes)),
    )


@cache
def sentence_rules(code: str) -> SentenceRules:
    """The rules of a supported language code (``en``, ``uk``, ``ru``, ``hu``), read once."""
    path = resources.files(__package__).joinpath("abbreviations", f"{code}.txt")
    return parse_rules(path.read_text(encoding="utf-8"), f"abbreviations/{code}.txt")
