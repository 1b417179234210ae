"""What a batch job reports: its summary and exit code, and the hooks of a progress display."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK = 0
EXIT_REJECTS = 3  # finished; some records were rejected (see rejects.jsonl)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@dataclass
class Summary:
    records: int = 0
    flagged: int = 0
    rejected: int = 0
    sentences: int = 0
    translated: int = 0  # distinct sentences sent to the engines, per language, in this run
    shards: int = 0
    seconds: float = 0.0
    output: Path | None = None
    resumed_shards: int = 0
    resumed_records: int = 0  # records and sentences of shards an earlier run committed: not in the rates
    resumed_sentences: int = 0
    notes: list[str] = field(default_factory=list)  # what a resume found broken and repaired

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTS if self.rejected else EXIT_OK

    def describe(self) -> str:
        """One line; the rates count only what this run translated (a resume's earlier shards are not in them)."""
        rate = (self.records - self.resumed_records) / self.seconds if self.seconds else 0.0
        srate = (self.sentences - self.resumed_sentences) / self.seconds if self.seconds else 0.0
        return (
            f"{plural(self.records, 'record')} ok ({self.flagged} flagged), {self.rejected} rejected, "
            f"{plural(self.shards, 'shard')} ({self.resumed_shards} already done) in {self.seconds:.1f}s: "
            f"{rate:.1f} records/s, {srate:.1f} sentences/s; output {self.output}"
        ) + "".join(f"\n{note}" for note in self.notes)


class Progress:
    """Hooks for a progress display; the default shows nothing."""

    def start(self, total: int) -> None:
        """``total``: approximate number of input items."""

    def advance(self, records: int, sentences: int) -> None:
        """Called after each shard (committed now or earlier)."""

    def close(self) -> None:
        pass
