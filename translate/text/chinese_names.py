"""Chinese names as the Ukrainian, Russian and Hungarian press writes them, from their pinyin.

English writes a Chinese name in pinyin ("Xi Jinping", "Li Qiang", "Wang Yi"); Russian writes it in the
Palladius system ("Си Цзиньпин", "Ли Цян", "Ван И"), Ukrainian in its own version of it ("Сі Цзіньпін",
"Лі Цян", "Ван І") and Hungarian in its popular transcription ("Hszi Csin-ping", "Li Csiang", "Vang Ji").
None of these is a letter-by-letter transliteration (x is с, hsz; j is цз, cs), so the match keys of
:mod:`.transliteration` cannot find them: entity projection asks this module for the local forms.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["CHINESE_SURNAMES", "chinese_name_forms", "is_chinese_name"]

# The commonest Chinese family names, as pinyin writes them (first in a Chinese name).
CHINESE_SURNAMES = frozenset({
    "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Hu", "Wen", "Jiang",
    "Xu", "Sun", "Ma", "Zhu", "Gao", "Lin", "He", "Guo", "Luo", "Liang", "Song", "Zheng", "Xie", "Tang",
    "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Yu", "Du", "Ye",
    "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Qin", "Mao", "Zhong", "Dai",
    "Fan", "Shi", "Cui", "Kong", "Qian", "Yan", "Bai", "Kang", "Hou", "Meng", "Xia", "Tan", "Qiao", "Zhai",
})

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
# Finals after an initial; ü is written u after j, q, x (and v in plain keyboards).
_FINALS = (
    "iang", "iong", "uang", "ueng", "ang", "eng", "ong", "iao", "ian", "uai", "uan", "ing", "van", "ai", "ei", "ao",
    "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve", "vn", "a", "o", "e", "i", "u", "v",
)
# Syllables with no initial, spelled with y and w, as the finals they stand for.
_Y_W = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in", "yang": "iang",
    "ying": "ing", "yong": "iong", "yu": "v", "yue": "ve", "yuan": "van", "yun": "vn",
    "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "ui", "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng",
}
_ZERO = frozenset({"a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"})
_I_FINALS = frozenset({"i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong"})
_V_FINALS = frozenset({"v", "ve", "van", "vn"})

# Palladius (Russian): the initials, then the finals after an initial (zero-initial ones differ, below).
_RU_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х",
    "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}
_RU_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ueng": "ун", "v": "юй", "ve": "юэ",
    "van": "юань", "vn": "юнь",
}
_RU_ZERO = {"ua": "ва", "uo": "во", "uai": "вай", "ui": "вэй", "uan": "вань", "un": "вэнь", "uang": "ван", "ueng": "вэн"}
# Hungarian popular transcription.
_HU_INITIALS = {
    "b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l", "g": "k", "k": "k", "h": "h",
    "j": "cs", "q": "cs", "x": "hsz", "zh": "cs", "ch": "cs", "sh": "s", "r": "zs", "z": "c", "c": "c", "s": "sz",
}
_HU_FINALS = {
    "ai": "aj", "ei": "ej", "ong": "ung", "ian": "ien", "iong": "iung", "uai": "uaj", "ui": "uj", "ueng": "ung",
    "v": "ü", "ve": "üe", "van": "üan", "vn": "ün",
}
_HU_ZERO = {"i": "ji", "ia": "ja", "ie": "je", "iao": "jao", "iu": "jou", "ian": "jen", "in": "jin", "iang": "jang",
            "ing": "jing", "iong": "jung", "v": "jü", "ve": "jüe", "van": "jüan", "vn": "jün",
            "u": "vu", "ua": "va", "uo": "vo", "uai": "vaj", "ui": "vej", "uan": "van", "un": "ven", "uang": "vang",
            "ueng": "veng"}


def _valid(initial: str, final: str) -> bool:
    if final in _V_FINALS:
        return initial in ("j", "q", "x", "n", "l")
    if initial in ("j", "q", "x"):
        return final in _I_FINALS
    if final in _I_FINALS - {"i"}:
        return initial in ("b", "p", "m", "d", "t", "n", "l")
    if final == "i":
        return initial not in ("f", "g", "k", "h")
    if final == "o":
        return initial in ("b", "p", "m", "f")
    return final != "er"


def _syllable(text: str) -> tuple[str, str] | None:
    """``(initial, final)`` of one pinyin syllable, ü written v; None when ``text`` is none."""
    if text in _Y_W:
        return "", _Y_W[text]
    if text in _ZERO:
        return "", text
    for initial in _INITIALS:
        if text.startswith(initial):
            final = text[len(initial):]
            if initial in ("j", "q", "x") and final.startswith("u"):
                final = "v" + final[1:]  # ju, xue, quan, jun are ü-finals
            if final in _FINALS and _valid(initial, final):
                return initial, final
            return None
    return None


@lru_cache(maxsize=1024)
def _syllables(word: str) -> tuple[tuple[str, str], ...] | None:
    """One word of a name split into pinyin syllables (Jinping: jin, ping), longest first, or None."""
    word = word.lower().replace("'", "").replace("-", "")
    if not word:
        return ()
    for cut in range(min(6, len(word)), 0, -1):
        first = _syllable(word[:cut])
        if first is not None:
            rest = _syllables(word[cut:])
            if rest is not None:
                return (first, *rest)
    return None


def is_chinese_name(name: str) -> bool:
    """Whether a person's name reads as a Chinese name in pinyin: a common family name first, then a given
    name of one to three syllables ("Xi Jinping", "Wang Yi"; not "Kim Jong Un", "Li Ann Smith")."""
    words = name.split()
    if len(words) != 2 or words[0] not in CHINESE_SURNAMES or not words[1][:1].isupper():
        return False
    given = _syllables(words[1])
    return given is not None and 1 <= len(given) <= 3


def _russian(initial: str, final: str) -> str:
    if not initial:
        return _RU_ZERO.get(final) or _RU_FINALS[final]
    if final == "i" and initial in ("z", "c", "s"):
        return _RU_INITIALS[initial] + "ы"  # zi, ci, si: цзы, цы, сы
    if final == "ui" and initial == "h":
        return "хуэй"
    return _RU_INITIALS[initial] + _RU_FINALS[final]


def _ukrainian(russian: str) -> str:
    return russian.translate(_RU_TO_UK)


_RU_TO_UK = str.maketrans({"и": "і", "ы": "и", "э": "е"})


def _hungarian(initial: str, final: str) -> str:
    if not initial:
        return _HU_ZERO.get(final) or _HU_FINALS.get(final, final)
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        return _HU_INITIALS[initial] + "e"  # shi, zi, si: se, ce, sze
    if final in _V_FINALS and initial in ("j", "q", "x"):
        return _HU_INITIALS[initial] + _HU_FINALS[final]
    return _HU_INITIALS[initial] + _HU_FINALS.get(final, final)


@lru_cache(maxsize=1024)
def chinese_name_forms(name: str, lang: str) -> tuple[str, ...]:
    """The name as ``lang`` (uk, ru, hu) writes it, when it is a Chinese name in pinyin (:func:`is_chinese_name`),
    else nothing: ``("Си Цзиньпин",)`` for "Xi Jinping" in Russian, ``("Hszi Csin-ping",)`` in Hungarian."""
    if lang not in ("uk", "ru", "hu") or not is_chinese_name(name):
        return ()
    words = []
    for word in name.split():
        syllables = _syllables(word) or ()
        if lang == "hu":
            written = "-".join(_hungarian(*s) for s in syllables)
        else:
            written = "".join(_russian(*s) for s in syllables)
            written = _ukrainian(written) if lang == "uk" else written
        words.append(written[:1].upper() + written[1:])
    return (" ".join(words),)
