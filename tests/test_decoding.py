"""Bytes to text: UTF-8, the fallback encoding, UTF-16, documents and binary data, each with what to do."""

from __future__ import annotations

import pytest


def test_stdin_in_another_encoding_suggests_a_pipe() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    with pytest.raises(InputError, match=r"\| iconv -f ENCODING -t utf-8 \| translate -"):
        decode_text("Café.".encode("latin-1"), "standard input")

def test_decode_text_drops_a_bom_and_refuses_binary_and_empty() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    assert decode_text("\ufeffHello.".encode(), "f.txt") == "Hello."
    with pytest.raises(InputError, match=r"f.txt looks like a binary file"):
        decode_text(b"a\x00b", "f.txt")
    with pytest.raises(InputError, match=r"f.txt is empty"):
        decode_text(b" \n", "f.txt")
    with pytest.raises(InputError, match=r"f.txt is not valid UTF-8 \(byte 3, line 2\); pass --encoding ENCODING or convert it first: iconv -f ENCODING"):
        decode_text(b"a\nb\xff", "f.txt")

def test_the_likely_encoding_is_named_only_when_it_reads_as_our_scripts() -> None:
    from translate.decoding import likely_encoding

    assert likely_encoding("Трамп встретится с Путиным в Будапеште на следующей неделе.".encode("koi8_r")) == "koi8_r"
    assert likely_encoding("Café.".encode("latin-1")) is None  # too short to tell; no misleading guess
    # A Hungarian file in ISO 8859-2 or cp1250 (the same letters): cp1250, not the Baltic cp1257 a detector prefers.
    hungarian = "Orbán Viktor szerint a tűzszünet fontos, és ő is így látja a békét, mondta a miniszterelnök szerdán."
    assert likely_encoding(hungarian.encode("iso-8859-2")) == "cp1250"
    assert likely_encoding("Зеленський заявив, що Україна готова до переговорів з Росією.".encode("cp1251")) == "cp1251"

def test_an_explicit_encoding_is_used_and_checked() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError, UsageError

    assert decode_text("Привіт, світе".encode("cp1251"), "f.txt", "cp1251") == "Привіт, світе"
    with pytest.raises(UsageError, match=r"encoding 'nope' is not known"):
        decode_text(b"abc", "f.txt", "nope")
    with pytest.raises(InputError, match=r"f.txt is not valid ascii \(byte 1, line 1\); check --encoding"):
        decode_text("aé".encode("latin-1"), "f.txt", "ascii")

def test_encoding_is_the_fallback_for_files_that_are_not_utf8() -> None:
    """--encoding cp1251 (as the not-UTF-8 error advises) must not garble the UTF-8 files of the same command."""
    from translate.decoding import decode_text

    assert decode_text("Zelensky met Orbán in Kyiv.".encode(), "en.txt", "cp1251") == "Zelensky met Orbán in Kyiv."
    assert decode_text("\ufeffЗеленський зустрівся з Орбаном.".encode(), "uk.txt", "cp1251") == "Зеленський зустрівся з Орбаном."
    assert decode_text("Путин встретился с Орбаном.".encode("cp1251"), "ru.txt", "cp1251") == "Путин встретился с Орбаном."
    assert decode_text("Zelensky met Orbán.".encode("utf-16"), "x.txt", "utf-16") == "Zelensky met Orbán."

def test_utf16_is_named_not_called_binary() -> None:
    from translate.decoding import decode_text, utf16_encoding
    from translate.errors import InputError

    text = "Зеленський зустрівся з Орбаном у Києві. Zelensky met Orbán in Kyiv.\n"
    for encoding, named in (("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")):
        assert utf16_encoding(text.encode(encoding)) == named
    with pytest.raises(
        InputError, match=r"^x.txt is UTF-16, not UTF-8; convert it \(iconv -f utf-16 -t utf-8 x.txt > x.utf8.txt\) or pass --encoding utf-16$"
    ):
        decode_text(text.encode("utf-16"), "x.txt")
    with pytest.raises(
        InputError, match=r"^x.txt is UTF-16, not UTF-8; convert it \(iconv -f utf-16le -t utf-8 x.txt > x.utf8.txt\) or pass --encoding utf-16-le$"
    ):
        decode_text("Trump met Putin in Budapest.".encode("utf-16-le"), "x.txt")
    with pytest.raises(InputError, match=r"\(… \| iconv -f utf-16 -t utf-8 \| translate -\)"):
        decode_text(text.encode("utf-16"), "standard input")
    with pytest.raises(InputError, match=r"^x.txt looks like a binary file"):
        decode_text(b"\x00\x01\x02\x03" * 100, "x.txt")
    with pytest.raises(InputError, match=r"^x.txt looks like a binary file"):
        decode_text(b"\x00\x01\x02\x03" * 100, "x.txt", "latin1")


def test_a_file_read_in_the_wrong_single_byte_encoding_is_refused() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    # A Hungarian cp1250 file forced through latin1 (its dash is a C1 control there) or cp1251 (its letters are
    # Cyrillic inside Latin words) is not Hungarian text: the user is told the encoding it looks like.
    hungarian = ("Meg kell ismételni az egész elnökválasztást – írja a lap. Az alkotmánybíróság egyhangú döntéssel "
                 "érvénytelenítette a választás első fordulóját, és a kormány új időpontot jelöl ki.").encode("cp1250")
    with pytest.raises(InputError, match=r"^hu\.txt read as latin1 has a control character \(U\+0096\) that no text has; "
                                         r"it is in another encoding: it looks like cp1250: pass --encoding cp1250$"):
        decode_text(hungarian, "hu.txt", "latin1")
    with pytest.raises(InputError, match=r"^hu\.txt read as cp1251 has words that mix Latin letters with another script's "):
        decode_text(hungarian, "hu.txt", "cp1251")
    assert decode_text(hungarian, "hu.txt", "cp1250").startswith("Meg kell ismételni")
    russian = "Путин встретился с Орбаном в Москве; об этом сообщил iPhone-блогер.".encode("cp1251")
    assert decode_text(russian, "ru.txt", "cp1251").startswith("Путин")


def test_cyrillic_read_in_the_other_of_koi8_and_cp1251_and_hungarian_read_as_latin1_are_refused() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    russian = "Молдова проголосовала за вступление в Евросоюз, сообщила Центральная избирательная комиссия."
    with pytest.raises(InputError, match=r"^ru\.txt read as koi8-r has words with capitals inside them .*pass --encoding cp1251$"):
        decode_text(russian.encode("cp1251"), "ru.txt", "koi8-r")
    with pytest.raises(InputError, match=r"^ru\.txt read as cp1251 has words with capitals inside them "):
        decode_text(russian.encode("koi8-r"), "ru.txt", "cp1251")
    assert decode_text(russian.encode("koi8-r"), "ru.txt", "koi8-r") == russian
    # A short text with one capital: its small letters come out as capitals, its words all capitals.
    lower = "в результате взрывов в районе военного аэропорта погиб один человек, об этом сообщил глава"
    with pytest.raises(InputError, match=r"^ru\.txt read as cp1251 has Cyrillic words in capitals throughout "):
        decode_text(lower.encode("koi8-r"), "ru.txt", "cp1251")
    assert decode_text("НАТО и США: ЗСУ отступили.".encode("cp1251"), "ru.txt", "cp1251") == "НАТО и США: ЗСУ отступили."
    # Without a dash (no C1 control), ő and ű still come out as õ and û.
    hungarian = "Megkezdődtek a tárgyalások, a fő kérdés szűken dőlt el a választáson."
    with pytest.raises(InputError, match=r"^hu\.txt read as latin1 has Hungarian words with õ or û.*pass --encoding cp1250$"):
        decode_text(hungarian.encode("latin2"), "hu.txt", "latin1")
    assert decode_text("São Paulo, Põe, Tõnu.".encode("latin1"), "pt.txt", "latin1") == "São Paulo, Põe, Tõnu."


def test_cyrillic_read_as_latin_letters_is_refused_as_cyrillic_not_as_hungarian() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    russian = "Санду набрала 42,07% голосов, Стояногло — 26,27%; второй тур пройдёт 3 ноября.".encode("cp1251")
    for encoding in ("cp1252", "cp1250"):
        with pytest.raises(InputError, match=r"has accented Latin letters in most words .*pass --encoding cp1251$"):
            decode_text(russian, "ru.txt", encoding)


def test_ukrainian_koi8_u_read_as_koi8_r_is_refused_and_iconv_gets_its_own_codec_name() -> None:
    from translate.decoding import decode_text
    from translate.errors import InputError

    ukrainian = "Суд визначив, що лайнер було збито з підконтрольної росії території; їхні родини чекали вироку."
    with pytest.raises(InputError, match=r"^uk\.txt read as koi8-r has box-drawing characters inside words .*pass --encoding koi8_u$"):
        decode_text(ukrainian.encode("koi8_u"), "uk.txt", "koi8-r")
    assert decode_text(ukrainian.encode("koi8_u"), "uk.txt", "koi8_u") == ukrainian
    with pytest.raises(InputError, match=r"iconv -f KOI8-R -t utf-8 ru\.txt"):
        decode_text("Трамп встретится с Путиным в Будапеште на следующей неделе.".encode("koi8_r"), "ru.txt")
