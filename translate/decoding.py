"""Bytes to text: UTF-8 first, a given encoding as the fallback, and a message that says what to do
for everything else (a PDF or Word document, UTF-16, a binary file, another encoding, named when
charset-normalizer can tell which)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import InputError, UsageError

__all__ = [
    "check_encoding", "decode_text", "document_kind", "likely_encoding", "looks_like_utf16", "not_utf16", "not_utf8",
    "utf16_encoding",
]


# Formats that are not plain text, by their first bytes, with the tool that extracts their text.
DOCUMENT_MAGIC = (
    (b"%PDF-", "a PDF document", "pdftotext -layout {name} {txt} (poppler-utils)"),
    (b"{\\rtf", "an RTF document", "pandoc -t plain {name} -o {txt} (or unrtf --text)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word document (DOC)", "libreoffice --headless --convert-to txt:Text {name} (or antiword {name} > {txt})"),
)
ZIP_DOCUMENTS = (
    ("word/", "a Word document (DOCX)", "pandoc -t plain {name} -o {txt} (or libreoffice --headless --convert-to txt:Text {name})"),
    ("application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT)", "pandoc -t plain {name} -o {txt} (or libreoffice --headless --convert-to txt:Text {name})"),
    ("application/epub+zip", "an EPUB book", "pandoc -t plain {name} -o {txt}"),
)


def document_kind(data: bytes) -> tuple[str, str] | None:
    """(what it is, the command that extracts its text) for PDF, DOC(X), ODT, RTF and EPUB data; None otherwise."""
    for magic, what, tool in DOCUMENT_MAGIC:
        if data.startswith(magic):
            return what, tool
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
        except (zipfile.BadZipFile, OSError, KeyError):
            names, mimetype = [], ""
        for marker, what, tool in ZIP_DOCUMENTS:
            if mimetype.startswith(marker) or any(name.startswith(marker) for name in names):
                return what, tool
        return "a ZIP archive", "unzip {name}"
    return None


# The single-byte encodings of the tool's languages, with the letters beyond ASCII each gives them: Ukrainian
# and Russian (cp1251), Hungarian (cp1250, the same letters as ISO 8859-2), Western European (cp1252).
_OUR_ENCODINGS = {
    "cp1251": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэ" + "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэ".upper() + "№«»–—’“”„…"),
    "cp1250": frozenset("áéíóöőúüűÁÉÍÓÖŐÚÜŰ–—’“”„…«»"),
    "cp1252": frozenset("áéíóöúüàèìòùâêîôûçñäëïÿßÁÉÍÓÖÚÜÀÈÌÒÙÂÊÎÔÛÇÑÄËÏ–—’“”„…«»"),
}


_WORD = re.compile(r"[^\W\d_]+")


def _mixed_words(text: str) -> list[str]:
    """Words with Latin letters and letters beyond ASCII of another script: Latin bytes read as Cyrillic ("Orbбn")."""
    return [w for w in _WORD.findall(text) if re.search("[a-zA-Z]", w) and any(ord(c) > 127 and not _latin(c) for c in w)]


def _latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


# C1 control characters: no text has them; a Windows code page's letters and dashes read as ISO 8859-1 do.
_C1_CONTROL = re.compile("[\x80-\x9f]")


_BOX_IN_WORD = re.compile(r"[^\W\d_]*(?:[^\W\d_][\u2500-\u257f]|[\u2500-\u257f][^\W\d_])[^\s]*")


def _misread(text: str, encoding: str) -> str | None:
    """Why ``text``, read as the ``encoding`` the user gave, is no text in it (None when it may well be)."""
    if (control := _C1_CONTROL.search(text)) is not None:
        return f"a control character (U+{ord(control.group()):04X}) that no text has"
    words = _WORD.findall(text)
    mixed = _mixed_words(text)
    if len(mixed) >= 3 and len(mixed) > 0.02 * len(words):
        return f"words that mix Latin letters with another script's ({mixed[0]})"
    # KOI8 and cp1251 put the small and the capital Cyrillic letters where the other has the opposite:
    # one read as the other writes words like "лНКДНБЁ".
    flipped = [w for w in words if any(ord(c) > 127 for c in w) and any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))]
    if len(flipped) >= 3 and len(flipped) > 0.05 * len(words):
        return f"words with capitals inside them ({flipped[0]})"
    # KOI8 read as cp1251 turns the small letters into capitals: most long words all capitals ("ТЕЪХМШФБФЕ").
    cyrillic = [w for w in words if len(w) >= 4 and all("\u0400" <= c <= "\u04ff" for c in w)]
    shouted = [w for w in cyrillic if w.isupper()]
    if sum(1 for w in shouted if len(w) >= 6) >= 3 and len(shouted) > 0.5 * len(cyrillic):
        return f"Cyrillic words in capitals throughout ({shouted[0]})"
    # KOI8-U's і, ї, є and ґ read as KOI8-R are box-drawing characters, inside words ("рос╕╖").
    boxed = _BOX_IN_WORD.findall(text)
    if len(boxed) >= 2:
        return f"box-drawing characters inside words ({boxed[0]})"
    # Cyrillic read as Latin-1 is accented letters almost throughout ("Ïóòèí"); Latin-script text is mostly ASCII.
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127 and _latin(c))
    if len(letters) >= 20 and accented > 0.5 * len(letters):
        return f"accented Latin letters in most words ({next(w for w in words if any(ord(c) > 127 for c in w))})"
    # Hungarian ő and ű are no Latin-1 letters: a Hungarian file read as Latin-1 writes them õ and û.
    if "õ" in text or "û" in text:
        if not any(c in text for c in "őűŐŰ") and sum(text.count(c) for c in "áéíóöúü") >= 3:
            return "Hungarian words with õ or û, which Hungarian writes ő and ű"
    return None


def _our_encoding(data: bytes) -> str | None:
    """The encoding of the tool's languages whose reading of ``data`` gives only their letters beyond ASCII
    (a Hungarian ISO 8859-2 file is cp1250, not the Baltic cp1257 a detector may find likelier)."""
    sample = data[:200_000]
    best: tuple[float, str] | None = None
    for encoding, letters in _OUR_ENCODINGS.items():
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        beyond = [c for c in text if ord(c) > 127 and not c.isspace()]
        if len(beyond) < 8:
            continue  # too few letters beyond ASCII to tell: a guess
        if encoding == "cp1251":
            # Latin bytes read as Cyrillic letters inside Latin words ("Orbбn"); KOI8-R read so is mostly capitals.
            words = _WORD.findall(text)
            mixed = len(_mixed_words(text))
            plausible = mixed <= 0.02 * len(words) and sum(1 for c in beyond if c.isupper()) < 0.5 * len(beyond)
        else:  # Hungarian or French read as Latin letters is mostly ASCII
            plausible = len(beyond) < 0.5 * sum(1 for c in text if c.isalpha())
        if plausible:
            share = sum(1 for c in beyond if c in letters) / len(beyond)
            if share >= 0.98 and (best is None or share > best[0]):
                best = (share, encoding)
    return best[1] if best else None


def likely_encoding(data: bytes) -> str | None:
    """An encoding of the tool's languages that reads ``data`` as their letters, else the one charset-normalizer
    finds most likely, when its reading looks like Latin or Cyrillic text."""
    if (found := _our_encoding(data)) is not None:
        return found
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with the package
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    letters = [c for c in str(best) if c.isalpha()]
    if not letters:
        return None
    ours = sum(1 for c in letters if unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")))
    return str(best.encoding) if ours >= 0.95 * len(letters) else None


UTF16_BOMS = {b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}


def utf16_encoding(data: bytes) -> str | None:
    """``utf-16`` for data with a UTF-16 BOM, ``utf-16-le`` or ``utf-16-be`` when the first kilobytes
    read as that give mostly Latin or Cyrillic words (binary data decodes to anything but those); else None."""
    if data[:2] in UTF16_BOMS:
        return UTF16_BOMS[data[:2]]
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    if len(head) < 8 or b"\x00" not in head:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = head.decode(encoding, errors="replace")
        wordy = sum(1 for ch in text if ch.isspace() or (ch.isalpha() and ord(ch) < 0x0530))
        if wordy >= 0.6 * len(text):
            return encoding
    return None


def looks_like_utf16(data: bytes) -> bool:
    """A UTF-16 BOM, or text whose NUL bytes are those of UTF-16 LE or BE (see :func:`utf16_encoding`)."""
    return utf16_encoding(data) is not None


def _unused_text_name(txt: str) -> str:
    """``txt``, or a name beside it that no file has: the command the error suggests must not overwrite one."""
    path = Path(txt)
    for n in range(1, 100):
        if not path.exists():
            return str(path)
        path = path.with_name(f"{Path(txt).stem}.extracted{'' if n == 1 else n}.txt")
    return str(path)


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Text from bytes: UTF-8 (a BOM is dropped) when the data is valid UTF-8, else the given ``encoding``
    (the fallback: a UTF-8 file is read as UTF-8 whatever ``encoding`` says). Documents (PDF, DOCX, ODT…),
    UTF-16, binary and mis-encoded data raise InputError naming the tool or the encoding that would help."""
    if encoding:
        check_encoding(encoding)
    document = document_kind(data)
    if document:
        what, tool = document
        txt = _unused_text_name("article.txt" if name == "standard input" else str(Path(name).with_suffix(".txt")))
        raise InputError(
            f"{name} is {what}, not plain text; extract its text first, e.g. {tool.format(name=name, txt=txt)}, "
            f"then give {txt} instead"
        )
    utf8_error: UnicodeDecodeError | None = None
    try:
        utf8: str | None = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8, utf8_error = None, error
    if utf8 is not None and "\x00" not in utf8:
        text = utf8
    elif encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise InputError(f"{name} is not valid {encoding} (byte {error.start}, line {line}); check --encoding") from None
        text = text.removeprefix("\ufeff")
        if "\x00" in text:
            raise InputError(f"{name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file")
        if (why := _misread(text, encoding)) is not None:
            guess = likely_encoding(data)
            if guess is None and why.startswith("box-drawing") and encoding.lower().replace("-", "_") == "koi8_r":
                guess = "koi8_u"  # Ukrainian KOI8: the same letters as KOI8-R but і, ї, є and ґ
            fix = f"it looks like {guess}: pass --encoding {guess}" if guess and guess != encoding else "check --encoding"
            raise InputError(f"{name} read as {encoding} has {why}; it is in another encoding: {fix}")
    elif utf16_encoding(data):
        raise not_utf16(name, str(utf16_encoding(data)))
    elif b"\x00" in data:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file")
    else:
        assert utf8_error is not None  # only data that is not UTF-8 comes here
        raise not_utf8(data, name, utf8_error) from None
    if not text.strip():
        raise InputError(f"{name} is empty; give an article with at least one sentence")
    return text


def check_encoding(encoding: str) -> None:
    """UsageError unless ``encoding`` is a codec Python knows (checked even where no file needs it)."""
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"encoding '{encoding}' is not known; give a Python codec name such as cp1251, latin1 or koi8_r") from None


def not_utf16(name: str, encoding: str) -> InputError:
    iconv = encoding.replace("-le", "le").replace("-be", "be")  # iconv's names: utf-16, utf-16le, utf-16be
    if name == "standard input":
        convert = f"… | iconv -f {iconv} -t utf-8 | translate -"
    else:
        convert = f"iconv -f {iconv} -t utf-8 {name} > {Path(name).with_suffix('.utf8.txt')}"
    return InputError(f"{name} is UTF-16, not UTF-8; convert it ({convert}) or pass --encoding {encoding}")


def _iconv_name(codec: str) -> str:
    """GNU iconv's name of a Python codec: koi8_r is KOI8-R there (cp1251 and cp1250 are the same in both)."""
    return codec.upper().replace("_", "-") if codec.lower().startswith("koi8") else codec


def not_utf8(data: bytes, name: str, error: UnicodeDecodeError) -> InputError:
    line = data[: error.start].count(b"\n") + 1
    guess = likely_encoding(data)
    source = _iconv_name(guess) if guess else "ENCODING"
    convert = (
        f"… | iconv -f {source} -t utf-8 | translate -" if name == "standard input" else f"iconv -f {source} -t utf-8 {name} > fixed.txt"
    )
    if guess:
        return InputError(
            f"{name} is not valid UTF-8 (byte {error.start}, line {line}); it looks like {guess}: "
            f"pass --encoding {guess}, or convert it first: {convert}"
        )
    return InputError(
        f"{name} is not valid UTF-8 (byte {error.start}, line {line}); pass --encoding ENCODING or convert it first: {convert} "
        "(ENCODING e.g. cp1251 for Cyrillic, latin1 or cp1252 for Western European text)"
    )
