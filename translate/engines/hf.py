"""The reference engine: transformers' MarianMTModel and ``generate``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..errors import EngineNotAvailableError, ModelFormatError
from ..models import ResolvedModel, max_positions
from .base import DecodeOptions, Hypothesis
from .vocab import MarianVocab, MarianVocabEngine


class TransformersEngine(MarianVocabEngine):
    name = "transformers"

    def __init__(
        self,
        model: ResolvedModel,
        *,
        device: str = "cpu",
        quantization: str = "none",
        threads: int = 0,
        log: Callable[[str], None] | None = None,
    ) -> None:
        try:
            import torch
            from transformers import MarianMTModel
        except ImportError as error:
            raise EngineNotAvailableError(
                f"engine 'transformers' needs torch and transformers ({error.name} is missing); "
                "run: pip install 'torch>=2.6' 'transformers>=4.53'"
            ) from None
        if model.is_ct2:
            raise ModelFormatError(
                f"model folder {model.path} is a CTranslate2 model; use --engine ctranslate2 with it, "
                "or point --model at the original transformers folder"
            )
        self.model_id = model.model_id
        self.revision = model.revision
        self.vocab = MarianVocab(model.path)
        self.max_input_tokens = max_positions(model.path)
        if threads > 0:
            torch.set_num_threads(threads)
        self.device = "cuda" if device == "auto" and torch.cuda.is_available() else ("cpu" if device == "auto" else device)
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # loading takes a second; its bar would only clutter stderr and logs
        loaded = MarianMTModel.from_pretrained(str(model.path))
        self.model = loaded.to(self.device).eval()  # type: ignore[arg-type]
        if quantization == "int8" and self.device == "cpu":
            self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        self._torch = torch

    def translate_batches(
        self,
        batches: Sequence[Sequence[str]],
        target_token: str | None,
        max_new_tokens: Sequence[Sequence[int]],
        options: DecodeOptions,
    ) -> Iterator[list[Hypothesis]]:
        torch = self._torch
        pad = self.vocab.pad_id
        for batch, caps in zip(batches, max_new_tokens, strict=True):
            rows = [self.vocab.to_ids(self.vocab.encode(text, target_token)) for text in batch]
            width = max(len(r) for r in rows)
            ids = torch.full((len(rows), width), pad, dtype=torch.long)
            mask = torch.zeros((len(rows), width), dtype=torch.long)
            for i, row in enumerate(rows):
                ids[i, : len(row)] = torch.tensor(row)
                mask[i, : len(row)] = 1
            with torch.inference_mode():
                output = self.model.generate(
                    input_ids=ids.to(self.device),
                    attention_mask=mask.to(self.device),
                    num_beams=options.beam_size,
                    do_sample=False,
                    max_new_tokens=max(caps),
                    no_repeat_ngram_size=options.no_repeat_ngram_size or None,
                    num_return_sequences=1,
                    forced_eos_token_id=None,  # a forced end at the cap would hide that the cap was hit
                )
            hypotheses = []
            for sequence, cap in zip(output.tolist(), caps, strict=True):
                tokens = sequence[1:]  # drop the decoder start token
                if self.vocab.eos_id in tokens:
                    tokens = tokens[: tokens.index(self.vocab.eos_id)]
                tokens = [t for t in tokens if t != pad][:cap]
                text, unknown = self.vocab.decode_ids(tokens)
                hypotheses.append(Hypothesis(text, len(tokens), unknown))
            yield hypotheses
