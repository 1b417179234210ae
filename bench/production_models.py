"""Random-weight Marian models with the exact architecture of the production OPUS-MT models.

Speed does not depend on weight values, so a model with the right shapes (layers, widths, heads,
vocabulary size) costs exactly what the real one costs. The tokenizers are small SentencePiece
models trained on the seed article; ``vocab.json`` is padded to the real vocabulary size so the
embedding and the output projection have their real size.

With ``suppress_eos=True`` the end-of-sentence logit gets a bias of -1e4 (``final_logits_bias``,
which CTranslate2 converts as the output projection's bias), so no engine can stop early: every
sentence runs to its length cap, and every engine does the same work.

Usage: python bench/production_models.py OUT_DIR [--only NAME ...] [--keep-eos]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "trump-putin-budapest.txt"


@dataclass(frozen=True)
class Spec:
    """The architecture values of a hub model's config.json (and where they come from)."""

    name: str
    model_id: str
    d_model: int
    layers: int  # encoder and decoder each
    heads: int
    ffn: int
    vocab_size: int  # shared source/target vocabulary, <pad> included
    max_positions: int
    activation: str
    target_tokens: tuple[str, ...] = ()
    source: str = ""


SPECS: dict[str, Spec] = {
    # Helsinki-NLP/opus-mt-tc-big-en-zle (main, 708be1d): generation_config.json has
    # pad_token_id = decoder_start_token_id = 61576, so vocab_size = 61577 (pad is the last id);
    # transformer-big: d_model 1024, 6+6 layers, 16 heads, FFN 4096, relu, max_position_embeddings 1024,
    # as in every opus-mt-tc-big config.json (e.g. opus-mt-tc-big-zle-en/config.json).
    "tc-big-en-zle": Spec(
        "tc-big-en-zle", "Helsinki-NLP/opus-mt-tc-big-en-zle", 1024, 6, 16, 4096, 61577, 1024, "relu",
        (">>bel<<", ">>rus<<", ">>ukr<<"),
        "hf.co/Helsinki-NLP/opus-mt-tc-big-en-zle generation_config.json (pad 61576); tc-big config.json values",
    ),
    # Helsinki-NLP/opus-mt-tc-big-en-hu: the same transformer-big shape. Its config.json was not
    # reachable from here; the joint en/hu SentencePiece vocabulary of opus-mt-tc-big-hu-en
    # (config.json: vocab_size 56973; its vocab.json has the same 1.5 MB size as en-hu's) is used.
    "tc-big-en-hu": Spec(
        "tc-big-en-hu", "Helsinki-NLP/opus-mt-tc-big-en-hu", 1024, 6, 16, 4096, 56973, 1024, "relu", (),
        "hf.co/Helsinki-NLP/opus-mt-tc-big-hu-en config.json (vocab_size 56973, same joint vocabulary size)",
    ),
    # Helsinki-NLP/opus-mt-en-ru: the older base-size model (transformer-align).
    "en-ru": Spec(
        "en-ru", "Helsinki-NLP/opus-mt-en-ru", 512, 6, 8, 2048, 62518, 512, "swish", (),
        "hf.co/Helsinki-NLP/opus-mt-en-ru config.json: d_model 512, 6+6 layers, 8 heads, FFN 2048, vocab 62518",
    ),
}

# Which model serves which target language in the production defaults (translate.languages.DEFAULT_MODELS).
DEFAULT_FOR_LANG = {"uk": "tc-big-en-zle", "ru": "tc-big-en-zle", "hu": "tc-big-en-hu"}


def _tiny_marian():
    """tests/support/tiny_marian.py, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("tiny_marian", ROOT / "tests" / "support" / "tiny_marian.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source_lines() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _train_bpe(lines: list[str], vocab_size: int) -> bytes:
    import io

    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=buffer, vocab_size=vocab_size, model_type="bpe",
        character_coverage=1.0, hard_vocab_limit=False, bos_id=-1, eos_id=1, unk_id=0, minloglevel=2, num_threads=1,
    )
    return buffer.getvalue()


def build(folder: Path, spec: Spec, *, suppress_eos: bool = True, seed: int = 0) -> Path:
    """Write a random-weight model of ``spec``'s shape and its tokenizer files to ``folder``."""
    import torch
    from transformers import MarianMTModel

    tiny = _tiny_marian()
    folder.mkdir(parents=True, exist_ok=True)
    # 1,000 BPE pieces trained on the article split it into 888 source tokens (end-of-sentence
    # included), about what the real 32k-piece OPUS-MT tokenizers give for it (~870).
    source_spm = _train_bpe(_source_lines() + tiny.SOURCE_LINES, 1000)
    target_spm = tiny._train_spm(tiny.TARGET_LINES, 200)
    (folder / "source.spm").write_bytes(source_spm)
    (folder / "target.spm").write_bytes(target_spm)

    vocab = tiny.marian_vocab(source_spm, target_spm, tuple(spec.target_tokens))
    # Pad to the real size ("<pad>" takes the last id) with pieces of math symbols, not letters: a
    # random model emits mostly these, and word-like fillers would make every forced-length output
    # look like a runaway loop to the pipeline's repetition check (and trigger its retry), which
    # real outputs of real models do not.
    symbols = [chr(c) for c in range(0x2200, 0x2300)]
    filler = 0
    while len(vocab) < spec.vocab_size - 1:
        a, b = divmod(filler, len(symbols))
        vocab.setdefault("\u2581" + symbols[a % len(symbols)] + symbols[b], len(vocab))
        filler += 1
    vocab["<pad>"] = len(vocab)
    assert len(vocab) == spec.vocab_size
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    pad = vocab["<pad>"]
    config = _tiny_marian().marian_config(
        spec.vocab_size, pad, d_model=spec.d_model, layers=spec.layers, heads=spec.heads, ffn=spec.ffn,
        max_positions=spec.max_positions, activation=spec.activation,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    with torch.no_grad():
        if suppress_eos:
            model.final_logits_bias[0, 0] = -1e4
        model.final_logits_bias[0, pad] = -1e4  # the real models never emit <pad> (bad_words_ids)
    model.save_pretrained(folder, safe_serialization=True)
    (folder / "bench_model.json").write_text(
        json.dumps({"spec": spec.__dict__, "suppress_eos": suppress_eos, "seed": seed}, indent=1), encoding="utf-8"
    )
    return folder


def ensure(root: Path, name: str, *, suppress_eos: bool = True) -> Path:
    """Build the model once under ``root`` and return its folder."""
    folder = root / (name if suppress_eos else f"{name}-eos")
    if not (folder / "bench_model.json").is_file():
        started = time.perf_counter()
        build(folder, SPECS[name], suppress_eos=suppress_eos)
        print(f"built {folder} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*", default=list(SPECS), choices=list(SPECS))
    parser.add_argument("--keep-eos", action="store_true", help="do not suppress end-of-sentence")
    args = parser.parse_args()
    for name in args.only:
        print(ensure(args.out, name, suppress_eos=not args.keep_eos))


if __name__ == "__main__":
    main()
