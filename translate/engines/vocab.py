"""Marian tokenization shared by both engines: SentencePiece pieces looked up in ``vocab.json``.

Both engines tokenize through this one class so they see the same tokens for the same text.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ModelFormatError
from .base import Engine

TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json")
SPECIAL = ("</s>", "<pad>", "<unk>", "<s>")


class MarianVocab:
    def __init__(self, folder: Path) -> None:
        import sentencepiece as spm

        missing = [name for name in TOKENIZER_FILES if not (folder / name).is_file()]
        if missing:
            raise ModelFormatError(
                f"model folder {folder} has no tokenizer files ({', '.join(missing)} missing); "
                "point --model at a complete Marian model folder (source.spm, target.spm, vocab.json, config.json, weights)"
            )
        self.source = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
        self.target = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))
        with open(folder / "vocab.json", encoding="utf-8") as handle:
            self.ids: dict[str, int] = json.load(handle)
        # Some Marian models keep a separate target vocabulary (tokenizer_config: separate_vocabs).
        target_ids = self.ids
        config_file, target_file = folder / "tokenizer_config.json", folder / "target_vocab.json"
        if config_file.is_file() and target_file.is_file():
            with open(config_file, encoding="utf-8") as handle:
                if json.load(handle).get("separate_vocabs"):
                    with open(target_file, encoding="utf-8") as target_handle:
                        target_ids = json.load(target_handle)
        self.pieces = {i: p for p, i in target_ids.items()}
        self.unk_id = self.ids["<unk>"]
        self.eos_id = self.ids["</s>"]
        self.pad_id = self.ids.get("<pad>", len(self.ids) - 1)
        self.language_tokens = tuple(p for p in self.ids if p.startswith(">>") and p.endswith("<<"))
        self._char_known: dict[str, bool] = {}

    def encode(self, text: str, target_token: str | None = None) -> list[str]:
        """Source pieces with the target token first and ``</s>`` last."""
        pieces = [p if p in self.ids else "<unk>" for p in self.source.encode(text, out_type=str)]
        return ([target_token] if target_token else []) + pieces + ["</s>"]

    def to_ids(self, pieces: list[str]) -> list[int]:
        return [self.ids.get(p, self.unk_id) for p in pieces]

    def decode(self, pieces: list[str]) -> tuple[str, int]:
        """Text from target pieces, and how many <unk> pieces were dropped."""
        unknown = sum(1 for p in pieces if p == "<unk>")
        kept = [p for p in pieces if p not in SPECIAL and not (p.startswith(">>") and p.endswith("<<"))]
        # SentencePiece detokenization is concatenation with "▁" as the space; doing it by hand also
        # covers pieces of a shared vocabulary that the target model does not know.
        return "".join(kept).replace("\u2581", " ").strip(), unknown

    def decode_ids(self, ids: list[int]) -> tuple[str, int]:
        return self.decode([self.pieces.get(i, "<unk>") for i in ids])

    def unknown_characters(self, text: str) -> set[str]:
        unknown = set()
        for char in set(text):
            if char.isspace():
                continue
            known = self._char_known.get(char)
            if known is None:
                pieces = self.source.encode(char, out_type=str)
                known = all(p in self.ids and p != "<unk>" for p in pieces if p != "▁")
                self._char_known[char] = known
            if not known:
                unknown.add(char)
        return unknown


class MarianVocabEngine(Engine):
    """The token-level half of the interface, the same for every engine that tokenizes with MarianVocab."""

    vocab: MarianVocab

    def count_tokens(self, text: str, target_token: str | None = None) -> int:
        return len(self.vocab.encode(text, target_token))

    def unknown_characters(self, text: str) -> set[str]:
        return self.vocab.unknown_characters(text)

    def target_tokens(self) -> tuple[str, ...]:
        return self.vocab.language_tokens
