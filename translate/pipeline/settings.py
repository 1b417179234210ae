"""How to translate: one frozen record of every choice that ends up in a result's signature."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..directions import direction, direction_key, parse_model_key
from ..engines import QUANTIZATIONS, default_engine, device_problem, engine_class
from ..errors import UsageError
from ..limits import DEFAULT_BEAM, beam_problem


@dataclass(frozen=True)
class Settings:
    """How to translate. Every field ends up in the result's signature."""

    engine: str = ""  # "" -> CTranslate2 when installed, else transformers
    beam_size: int = DEFAULT_BEAM
    # hub id or local folder per direction: "ru-en", "hu-uk", or a target alone for English ("uk" = "en-uk")
    models: Mapping[str, str] = field(default_factory=dict)
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
        """(hub id or folder, target token known for it) for an English source and a target language."""
        found = self.model_for("en", lang)
        if found is None:
            raise UsageError(f"no default model for '{lang}'; pass --model {lang}=HUB_ID_OR_PATH")
        return found

    def model_for(self, source: str, target: str) -> tuple[str, str | None] | None:
        """(hub id or folder, known target token) of the direct model for ``source`` → ``target``: the one
        named in ``models``, else the table's default; None when the pair has neither (it goes through English)."""
        named = self.named_models().get((source, target))
        if named is not None:
            return named, None
        entry = direction(source, target)
        return (entry.default.model_id, entry.default.target_token) if entry else None

    def named_models(self) -> dict[tuple[str, str], str]:
        """``models`` by (source, target): ``"uk"`` and ``"en-uk"`` both name en → uk."""
        named: dict[tuple[str, str], str] = {}
        for key, spec in self.models.items():
            pair = parse_model_key(key)
            if pair in named and named[pair] != spec:
                raise UsageError(f"two models are named for {direction_key(*pair)} ('{key}' and another key); name one")
            named[pair] = spec
        return named

    def validate(self) -> None:
        engine_class(self.resolved_engine())  # raises UsageError for an unknown name
        self.named_models()  # raises UsageError for a key that is not a language or a direction
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
