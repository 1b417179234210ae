"""The engine interface: strings in, strings out. Tokenization stays inside the engine.

Batching, order restoration, span protection and splitting of over-long input live once,
in the pipeline; an engine only turns a list of batches of sentences into hypotheses.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class DecodeOptions:
    beam_size: int = 4
    no_repeat_ngram_size: int = 0


@dataclass(frozen=True)
class Hypothesis:
    text: str
    tokens: int  # generated target tokens, end-of-sentence excluded
    unknown: int = 0  # <unk> tokens the model produced (dropped from the text)


class Engine(ABC):
    """A loaded translation model. One instance may serve several target languages."""

    name: str = ""
    model_id: str = ""
    revision: str = ""
    max_input_tokens: int = 512
    # Whether Settings.quantization is passed to the constructor (and so recorded in the signature).
    takes_quantization: ClassVar[bool] = False

    @abstractmethod
    def count_tokens(self, text: str, target_token: str | None = None) -> int:
        """Source tokens the model sees for ``text`` (target token and end-of-sentence included)."""

    @abstractmethod
    def unknown_characters(self, text: str) -> set[str]:
        """Characters of ``text`` the model's vocabulary cannot represent (they would become <unk>)."""

    @abstractmethod
    def target_tokens(self) -> tuple[str, ...]:
        """The ``>>xxx<<`` target-language tokens a multi-target model knows; empty otherwise."""

    @abstractmethod
    def translate_batches(
        self,
        batches: Sequence[Sequence[str]],
        target_token: str | None,
        max_new_tokens: Sequence[Sequence[int]],
        options: DecodeOptions,
    ) -> Iterator[list[Hypothesis]]:
        """Translate each batch; yield one list of hypotheses per batch, in order.

        ``max_new_tokens[i][j]`` caps the output of sentence ``j`` of batch ``i``: the batch decodes up
        to its largest cap and every hypothesis is cut at its own, so a sentence's result does not
        depend on what else shares its batch (exactly so with greedy decoding).
        """

    def translate_batches_as_completed(
        self,
        batches: Sequence[Sequence[str]],
        target_token: str | None,
        max_new_tokens: Sequence[Sequence[int]],
        options: DecodeOptions,
    ) -> Iterator[tuple[int, list[Hypothesis]]]:
        """Like :meth:`translate_batches`, but yield ``(batch index, hypotheses)`` as each batch finishes,
        so progress can be reported as work completes. Engines that run batches in parallel override it."""
        yield from enumerate(self.translate_batches(batches, target_token, max_new_tokens, options))

    def close(self) -> None:  # noqa: B027 - optional hook
        """Free resources early (the garbage collector does it otherwise)."""
