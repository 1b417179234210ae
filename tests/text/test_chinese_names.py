"""Chinese names in the Russian (Palladius), Ukrainian and Hungarian transcriptions of their pinyin."""

from __future__ import annotations

import pytest

from translate.text.chinese_names import chinese_name_forms, is_chinese_name


@pytest.mark.parametrize(("name", "ru", "uk", "hu"), [
    # As the press writes them (Wikipedia's article titles in each language).
    ("Xi Jinping", "Си Цзиньпин", "Сі Цзіньпін", "Hszi Csin-ping"),
    ("Li Qiang", "Ли Цян", "Лі Цян", "Li Csiang"),
    ("Wang Yi", "Ван И", "Ван І", "Vang Ji"),
    ("Hu Jintao", "Ху Цзиньтао", "Ху Цзіньтао", "Hu Csin-tao"),
    ("Mao Zedong", "Мао Цзэдун", "Мао Цзедун", "Mao Ce-tung"),
    ("Deng Xiaoping", "Дэн Сяопин", "Ден Сяопін", "Teng Hsziao-ping"),
    ("Zhou Enlai", "Чжоу Эньлай", "Чжоу Еньлай", "Csou En-laj"),
    ("Li Hui", "Ли Хуэй", "Лі Хуей", "Li Huj"),
])
def test_pinyin_names_in_the_three_transcriptions(name: str, ru: str, uk: str, hu: str) -> None:
    assert chinese_name_forms(name, "ru") == (ru,)
    assert chinese_name_forms(name, "uk") == (uk,)
    assert chinese_name_forms(name, "hu") == (hu,)


@pytest.mark.parametrize("name", ["Kim Jong Un", "Li Ann Smith", "Lee Anderson", "Wang", "Hu Kevin", "Ma Ying-jeou"])
def test_other_names_are_not_transcribed(name: str) -> None:
    assert not is_chinese_name(name)
    assert chinese_name_forms(name, "ru") == ()


def test_only_the_three_languages_have_forms() -> None:
    assert chinese_name_forms("Xi Jinping", "en") == ()
