"""The CTranslate2 engine's own parts: thread layout and the quantization setting."""

from __future__ import annotations

from translate.engines import engine_class
from translate.engines.ct2 import thread_layout


def test_thread_layout_prefers_single_thread_workers_up_to_four() -> None:
    assert thread_layout(1) == (1, 1)
    assert thread_layout(2) == (2, 1)
    assert thread_layout(8) == (4, 2)


def test_ct2_takes_the_quantization_setting_and_transformers_does_not() -> None:
    assert engine_class("ctranslate2").takes_quantization
    assert not engine_class("transformers").takes_quantization
