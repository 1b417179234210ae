"""A scripted engine: a test double with canned outputs, so the pipeline's logic can be tested exactly."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from translate.batch import Progress
from translate.engines.base import DecodeOptions, Engine, Hypothesis


class ScriptedEngine(Engine):
    """Translates with a Python function; counts a token per whitespace-separated word (+1 for </s>)."""

    name = "scripted"

    def __init__(
        self,
        respond: Callable[[str, DecodeOptions], str] = lambda text, options: text,
        *,
        max_input_tokens: int = 512,
        unknown: str = "",
        targets: tuple[str, ...] = (),
    ) -> None:
        self.respond = respond
        self.max_input_tokens = max_input_tokens
        self.unknown = set(unknown)
        self.targets = targets
        self.model_id = "scripted-model"
        self.revision = "r1"
        self.calls: list[list[str]] = []  # every batch the pipeline sent
        self.options: list[DecodeOptions] = []
        self.tokens_seen: list[str | None] = []

    def count_tokens(self, text: str, target_token: str | None = None) -> int:
        return len(text.split()) + 1 + (1 if target_token else 0)

    def unknown_characters(self, text: str) -> set[str]:
        return {c for c in text if c in self.unknown}

    def target_tokens(self) -> tuple[str, ...]:
        return self.targets

    def translate_batches(
        self,
        batches: Sequence[Sequence[str]],
        target_token: str | None,
        max_new_tokens: Sequence[Sequence[int]],
        options: DecodeOptions,
    ) -> Iterator[list[Hypothesis]]:
        for batch, caps in zip(batches, max_new_tokens, strict=True):
            self.calls.append(list(batch))
            self.options.append(options)
            self.tokens_seen.append(target_token)
            out = []
            for text, cap in zip(batch, caps, strict=True):
                words = self.respond(text, options).split(" ")
                out.append(Hypothesis(" ".join(words[:cap]) if len(words) > cap else " ".join(words), min(len(words), cap)))
            yield out


class CrashAfter(Progress):
    """A batch-job progress sink that stops the job (as a crash would) after ``shards`` shards."""

    def __init__(self, shards: int) -> None:
        self.after = shards

    def advance(self, records: int, sentences: int) -> None:
        self.after -= 1
        if self.after == 0:
            raise KeyboardInterrupt
