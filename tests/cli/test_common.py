"""The options every command shares, in process (no subprocess)."""

from __future__ import annotations

import pytest

from translate.cli import build_parser, lang_pairs, settings_from_args
from translate.errors import UsageError


def test_lang_pairs_parses_and_refuses() -> None:
    assert lang_pairs(["uk=./a", " HU = b "], "--model", "MODEL", "uk=x") == {"uk": "./a", "hu": "b"}
    with pytest.raises(UsageError, match=r"--model 'uk' is not LANG=MODEL; write e.g. --model uk=x"):
        lang_pairs(["uk"], "--model", "MODEL", "uk=x")
    with pytest.raises(UsageError, match=r"language 'de' is not supported; choose from: uk, ru, hu"):
        lang_pairs(["de=x"], "--model", "MODEL", "uk=x")
    with pytest.raises(UsageError, match=r"--model uk=… is given twice"):
        lang_pairs(["uk=a", "uk=b"], "--model", "MODEL", "uk=x")


def test_settings_come_from_the_model_options() -> None:
    args = build_parser().parse_args(
        ["translate", "f.txt", "--engine", "transformers", "--beam", "2", "--model", "hu=/m", "--device", "auto", "--threads", "1"]
    )
    settings = settings_from_args(args)
    assert (settings.engine, settings.beam_size, dict(settings.models), settings.device, settings.threads) == (
        "transformers", 2, {"hu": "/m"}, "auto", 1
    )


def test_every_command_is_registered_in_order() -> None:
    from translate.cli import COMMANDS

    assert list(COMMANDS) == ["translate", "split", "models", "align", "compare", "serve", "batch", "detect"]
    help_text = build_parser().format_help()
    assert all(name in help_text for name in COMMANDS)
