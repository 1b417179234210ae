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

    assert list(COMMANDS) == ["translate", "split", "models", "align", "compare", "serve", "batch", "completion", "detect"]
    help_text = build_parser().format_help()
    assert all(name in help_text for name in COMMANDS)


def test_progress_bars_follow_a_growing_total_and_leave_nothing_behind(capsys) -> None:
    from translate.cli.common import ProgressBars

    bars = ProgressBars(enabled=True)
    bars.update("hu", 1, 4)
    bars.update("hu", 3, 6)  # a retry added work
    assert (bars.bars["hu"].n, bars.bars["hu"].total) == (3, 6)
    bars.close()
    assert bars.bars == {}


def test_log_lines_go_through_the_bars_while_a_command_runs(monkeypatch) -> None:
    """Messages are written above the live bars (tqdm.contrib.logging), not through them."""
    import translate.cli.app as cli_main
    from translate.cli.common import LOG

    seen: list[str] = []

    def fake_run(args) -> int:
        seen.extend(type(handler).__name__ for handler in LOG.handlers)
        return 0

    monkeypatch.setattr(cli_main.COMMANDS["split"], "run", fake_run)
    assert cli_main.main(["split", "whatever.txt"]) == 0
    assert "_TqdmLoggingHandler" in seen


def test_quiet_and_debug_set_the_log_level() -> None:
    import logging

    from translate.cli.common import LOG, setup_logging

    for flags, level in ((["--quiet"], logging.ERROR), (["--debug"], logging.DEBUG), ([], logging.INFO)):
        setup_logging(build_parser().parse_args(["split", "f.txt", *flags]))
        assert LOG.level == level
    assert sum(getattr(h, "translate_cli", False) for h in LOG.handlers) == 1  # set up twice, one handler


