"""How to translate: one frozen record of every choice that ends up in a result's signature."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..engines import QUANTIZATIONS, default_engine, device_problem, engine_class
from ..errors import UsageError
from ..languages import DEFAULT_MODELS
from ..limits import DEFAULT_BEAM, beam_problem


@dataclass(frozen=True)
class Settings:
    """How to translate. Every field ends up in the result's signature."""

    engine: str = ""  # "" -> CTranslate2 when installed, else transformers
    beam_size: int = DEFAULT_BEAM
    models: Mapping[str, str] = field(default_factory=dict)  # lang -> hub id or local folder
    revision: str | None = None
    device: str = "cpu"
    quantization: str = "int8"  # CTranslate2 compute type on CPU; "none" keeps float32
    batch_tokens: int = 1536  # padded source tokens per batch
    max_batch_size: int = 12
    threads: int = 0  # 0 = decide from the CPU count
    allow_download: bool = True

    def resolved_engine(self) -> str:
        return self.engine or default_engine()

    def model_spec(self, lang: str) -> tuple[str, str | None]:
        """(hub id or folder, target token known for it) for a target language."""
        if lang in self.models:
            return self.models[lang], None
        if lang not in DEFAULT_MODELS:
            raise UsageError(f"no default model for '{lang}'; pass --model {lang}=HUB_ID_OR_PATH")
        choice = DEFAULT_MODELS[lang]
        return choice.model_id, choice.target_token

    def validate(self) -> None:
        engine_class(self.resolved_engine())  # raises UsageError for an unknown name
        beam_problem_ = beam_problem(self.beam_size)
        if beam_problem_:
            raise UsageError(beam_problem_)
        device = device_problem(self.device)
        if device:
            raise UsageError(device)
        if self.threads < 0:
            raise UsageError(f"threads {self.threads} is not allowed; give 1 or more (0: decided from the CPU count)")
        if self.quantization not in QUANTIZATIONS:
            raise UsageError(f"quantization '{self.quantization}' is not known; choose int8 or none")
