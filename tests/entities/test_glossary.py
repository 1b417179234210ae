"""Glossary files: JSON and CSV, messages that name the file, line and fix, linear reading, the entry cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.guards import hang_guard

from translate.entities import GlossaryEntry, TooManyEntries, load_glossary, parse_glossary
from translate.errors import InputError


def test_glossary_json_and_csv(tmp_path: Path) -> None:
    json_file = tmp_path / "names.json"
    json_file.write_text(
        json.dumps([{"text": "Volodymyr Zelensky", "label": "PER", "forms": {"uk": ["Зеленський"], "hu": ["Zelenszkij"]}}]),
        encoding="utf-8",
    )
    csv_file = tmp_path / "names.csv"
    csv_file.write_text("text,label,forms_uk,forms_ru,forms_hu\nWhite House,ORG,Білий дім,Белый дом,Fehér Ház|Fehér-ház\nKyiv,LOC,,,\n", encoding="utf-8")
    assert load_glossary(json_file) == (GlossaryEntry("Volodymyr Zelensky", "PER", {"uk": ("Зеленський",), "hu": ("Zelenszkij",)}),)
    assert load_glossary(csv_file) == (
        GlossaryEntry("White House", "ORG", {"uk": ("Білий дім",), "ru": ("Белый дом",), "hu": ("Fehér Ház", "Fehér-ház")}),
        GlossaryEntry("Kyiv", "LOC", {}),
    )


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('[{"text": "Kyiv", "label": "LOC"},\n {"text": "X", ', "json", r"^g\.json line 2: not valid JSON \(Expecting property name enclosed in double quotes\); write a list of objects"),
        ('{"text": "Kyiv"}', "json", r"^g\.json line 1: the file is not a JSON list; write a list of objects"),
        ('[\n{"text": "Kyiv", "label": "LOC"},\n{"text": "Putin", "label": "PERSON"}\n]', "json", r"^g\.json line 3: label 'PERSON' of 'Putin' is not known; use one of: PER, LOC, ORG, MISC$"),
        ('[\n{"label": "LOC"}\n]', "json", r'^g\.json line 2: an entry has no "text"; each entry needs "text" and "label"'),
        ('[{"text": "Kyiv", "forms": {"de": ["Kiew"]}}]', "json", r"^g\.json line 1: forms of 'Kyiv' name language 'de'; use one of: uk, ru, hu$"),
        ('[{"text": "Kyiv", "forms": ["Київ"]}]', "json", r'^g\.json line 1: "forms" of \'Kyiv\' is not an object; write e\.g\.'),
        ("name,label\nKyiv,LOC\n", "csv", r"^g\.json line 1: the header has no 'text' column; start the file with: text,label,forms_uk,forms_ru,forms_hu$"),
        ("text,label,forms_de\nKyiv,LOC,Kiew\n", "csv", r"^g\.json line 1: unknown column 'forms_de'; use only: text, label, forms_uk, forms_ru, forms_hu$"),
        ("text,label\nKyiv,LOC\nPutin,PRS\n", "csv", r"^g\.json line 3: label 'PRS' of 'Putin' is not known; use one of: PER, LOC, ORG, MISC$"),
        ('[{"text": ".", "label": "LOC"}]', "json", r"^g\.json line 1: the entry '\.' has no letter or digit; write the name itself"),
        ('[{"text": "Kyiv", "label": "LOC"},\n{"text": "Calin Georgescu", "label": "PER", "froms": {}}]', "json",
         r"^g\.json line 2: unknown key 'froms' in 'Calin Georgescu'; use only: text, label, forms$"),
    ],
)
def test_bad_glossary_messages_name_file_line_and_fix(text: str, fmt: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_glossary(text, "g.json", fmt)


def test_glossary_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^glossary .*nope\.json does not exist or is not a file; check the --entities path$"):
        load_glossary(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'[\n{"text": "\xff"}]')
    with pytest.raises(InputError, match=r"bad\.json line 2: not valid UTF-8; save the glossary as UTF-8$"):
        load_glossary(bad)


def test_a_large_json_glossary_is_read_in_linear_time_with_exact_lines() -> None:
    # Finding each entry's line by rescanning the file made 5,000 entries take 45 s.
    items = [f'{{"text": "Name {i}", "label": "PER"}}' for i in range(20_000)]
    text = "[\n" + ",\n".join(items[:-1] + ['{"text": "Bad", "label": "PERSON"}']) + "\n]"
    with hang_guard(60):  # about 0.1 s
        with pytest.raises(InputError, match=r"^g\.json line 20001: label 'PERSON' of 'Bad' is not known"):
            parse_glossary(text, "g.json", "json")
        entries = parse_glossary("[\n" + ",\n".join(items) + "\n]", "g.json", "json")
    assert len(entries) == 20_000 and entries[-1] == GlossaryEntry("Name 19999", "PER")


def test_item_lines_count_strings_brackets_and_non_objects() -> None:
    text = '[\n"not an object",\n{"text": "a]b,c{", "label": "LOC"}, 3\n]'
    with pytest.raises(InputError, match=r"^g\.json line 2: an entry is not an object"):
        parse_glossary(text, "g.json", "json")
    with pytest.raises(InputError, match=r"^g\.json line 3: an entry is not an object"):
        parse_glossary('[{"text": "a]b,c{", "label": "LOC"},\n{"text": "[x]"},\n 3]', "g.json", "json")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_entry_cap_is_checked_before_entries_are_built(fmt: str) -> None:
    if fmt == "json":
        text = json.dumps([{"text": f"N{i}", "label": "BAD"} for i in range(1001)])  # every entry is invalid
    else:
        text = "text,label\n" + "".join(f"N{i},BAD\n" for i in range(1001))
    with pytest.raises(TooManyEntries, match=r"^g: the glossary has 1,001 entries; at most 1,000 are accepted$") as caught:
        parse_glossary(text, "g", fmt, max_entries=1000)
    assert (caught.value.count, caught.value.cap) == (1001, 1000)
    assert isinstance(caught.value, InputError)
    ok = text.replace("BAD", "PER")
    assert len(parse_glossary(ok, "g", fmt, max_entries=1001)) == 1001


def test_load_glossary_passes_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("text\nKyiv\nLviv\n", encoding="utf-8")
    with pytest.raises(TooManyEntries):
        load_glossary(path, max_entries=1)


def test_an_entry_without_a_label_takes_the_place_tables_kind_or_misc_with_a_note() -> None:
    notes: list[str] = []
    entries = parse_glossary("text\nKyiv\nWhite House\nCold War\nOlaf Scholz\nKuala Lumpur\n", "names.csv", "csv", log=notes.append)
    assert [(e.text, e.label) for e in entries] == [("Kyiv", "LOC"), ("White House", "ORG"), ("Cold War", "MISC"), ("Olaf Scholz", "MISC"), ("Kuala Lumpur", "LOC")]  # a CLDR city too
    assert notes == [
        "notice: names.csv: Olaf Scholz has no label and is taken as MISC (a thing); label a person PER, so that the surname alone is found"
    ]
    notes.clear()
    parse_glossary('[{"text": "A B"}, {"text": "C D"}, {"text": "E F"}, {"text": "G H"}, {"text": "Kyiv", "label": "PER"}]', "g.json", "json", log=notes.append)
    assert notes == ["notice: g.json: A B, C D, E F and 1 more have no label and are taken as MISC (a thing); label a person PER, so that the surname alone is found"]


def test_glossary_forms_take_the_language_codes_the_command_line_takes() -> None:
    (entry,) = parse_glossary('[{"text": "Kyiv", "label": "LOC", "forms": {"ua": ["Київ"], "uk": ["Києва"]}}]', "g.json", "json")
    assert entry.forms == {"uk": ("Київ", "Києва")}
    document_entity = '[{"id": "E1", "label": "LOC", "text": "Kyiv", "mentions": {"en": [[0, 0, 4]]}}]'
    assert parse_glossary(document_entity, "doc.json", "json") == (GlossaryEntry("Kyiv", "LOC", {}),)


def test_a_csv_glossary_may_use_semicolons_or_tabs() -> None:
    expected = (GlossaryEntry("Kyiv", "LOC", {"uk": ("Київ",)}), GlossaryEntry("Olaf Scholz", "PER", {}))
    assert parse_glossary("text;label;forms_uk\nKyiv;LOC;Київ\nOlaf Scholz;PER;\n", "names.csv", "csv") == expected
    assert parse_glossary("text\tlabel\tforms_uk\nKyiv\tLOC\tКиїв\nOlaf Scholz\tPER\t\n", "names.tsv", "csv") == expected
