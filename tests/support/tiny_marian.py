"""Build tiny, real Marian models on disk: random weights, SentencePiece trained in seconds.

They load through the same code path users take (a local folder), so every engine and the
whole pipeline run for real; their output is nonsense words, so tests assert structure.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

SOURCE_LINES = [
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest.",
    "Ukrainian President Volodymyr Zelensky is scheduled to visit the White House on Friday.",
    "The U.S. has been using Tomahawk missiles for over four decades, from the Gulf War in 1991.",
    "Russia has intensified its attacks on energy infrastructure in eastern Ukraine.",
    "Top officials from both countries are expected to hold initial discussions next week.",
    "The missiles have a range of about 1,000 miles (1,600 kilometers) and could reach deep into Russia.",
    "«I believe we made substantial progress in today's call,» Trump stated on Thursday.",
    "There was no immediate response from the Kremlin or from Kyiv.",
    "Energy has been a critical concern throughout the conflict, and India would cease purchasing oil.",
    "How will the leaders respond? Nobody knows yet! The meeting is still uncertain...",
    "Secretary of State Marco Rubio, Israel, Hamas, Gaza, Alaska, Moscow, Washington, Raytheon.",
    "0123456789 .,;:!?-()[]\"'/ %€$ abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
]

TARGET_LINES = [
    "Президент Дональд Трамп оголосив, що планує зустрітися з Путіним у Будапешті.",
    "Президент України Володимир Зеленський відвідає Білий дім у п'ятницю. Їхня ґанок є.",
    "Президент Дональд Трамп объявил, что планирует встретиться с Путиным в Будапеште.",
    "Россия усилила удары по энергетической инфраструктуре на востоке Украины. Съезд, этот, ёж.",
    "Donald Trump elnök bejelentette, hogy Budapesten találkozik Vlagyimir Putyinnal.",
    "Az Egyesült Államok több mint négy évtizede használ Tomahawk rakétákat, az 1991-es öbölháborútól.",
    "Zelenszkij pénteken látogat a Fehér Házba. Árvíztűrő tükörfúrógép.",
    "0123456789 .,;:!?-()[]\"'«»/ %€$ абвгдеєжзиіїйклмнопрстуфхцчшщьюя ыэъё áéíóöőúüű",
]


def _train_spm(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 4),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        bos_id=-1,
        eos_id=1,
        unk_id=0,
        minloglevel=2,
        num_threads=1,
    )
    return buffer.getvalue()


def marian_vocab(source_spm: bytes, target_spm: bytes, target_tokens: tuple[str, ...] = ()) -> dict[str, int]:
    """A Marian vocab.json laid out like OPUS-MT's: </s> 0, <unk> 1, target tokens, then every piece
    of both SentencePiece models (``<pad>`` is left for the caller to put last)."""
    import sentencepiece as spm

    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for token in target_tokens:
        vocab.setdefault(token, len(vocab))
    for model_bytes in (source_spm, target_spm):
        processor = spm.SentencePieceProcessor(model_proto=model_bytes)
        for i in range(processor.get_piece_size()):
            piece = processor.id_to_piece(i)
            if piece not in ("<unk>", "<s>", "</s>"):
                vocab.setdefault(piece, len(vocab))
    return vocab


def marian_config(
    vocab_size: int, pad: int, *, d_model: int, layers: int, heads: int, ffn: int, max_positions: int,
    activation: str, **extra: object,
) -> object:
    """A MarianConfig laid out like OPUS-MT's: shared vocabulary, </s> = 0, <pad> starts decoding."""
    from transformers import MarianConfig

    return MarianConfig(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        bos_token_id=None,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
        scale_embedding=True,
        activation_function=activation,
        **extra,
    )


def build_tiny_marian(
    folder: Path,
    *,
    target_tokens: tuple[str, ...] = (),
    max_positions: int = 512,
    seed: int = 0,
    d_model: int = 16,
    init_std: float = 0.5,
    source_lines: list[str] | None = None,
    target_lines: list[str] | None = None,
    target_vocab_size: int = 200,
    whole_words: bool = False,
    end_bias: float = 6.0,
) -> Path:
    """Write a tiny MarianMT model + tokenizer to ``folder`` and return it.

    ``source_lines`` and ``target_lines`` train its SentencePiece models (English in, uk/ru/hu out by
    default). ``whole_words``: a bias on the output layer lets it produce only the whole words of
    ``target_lines`` (and commas), so its nonsense reads as that language to a language identifier;
    ``end_bias`` (on ``</s>``) then sets how soon its sentences end (higher: sooner).
    """
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    source_spm = _train_spm(source_lines or SOURCE_LINES, 160)
    target_spm = _train_spm(target_lines or TARGET_LINES, target_vocab_size)
    (folder / "source.spm").write_bytes(source_spm)
    (folder / "target.spm").write_bytes(target_spm)

    vocab = marian_vocab(source_spm, target_spm, target_tokens)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    config = marian_config(
        len(vocab), vocab["<pad>"], d_model=d_model, layers=1, heads=2, ffn=32, max_positions=max_positions,
        activation="swish", init_std=init_std, max_length=max_positions,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.eval()
    if whole_words:
        model.final_logits_bias.copy_(word_bias(vocab, target_spm, end_bias))
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer = MarianTokenizer(
        str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json")
    )
    tokenizer.save_pretrained(folder)
    return folder


def word_bias(vocab: dict[str, int], target_spm: bytes, end_bias: float) -> object:
    """Output-layer bias: 0 for whole words of the target SentencePiece model (3+ letters), -1 for a
    comma, ``end_bias`` for </s>, -20 (never chosen) for everything else."""
    import sentencepiece as spm
    import torch

    processor = spm.SentencePieceProcessor(model_proto=target_spm)
    words = {
        piece
        for piece in (processor.id_to_piece(i) for i in range(processor.get_piece_size()))
        if piece.startswith("\u2581") and len(piece) > 3 and piece[1:].replace("'", "").isalpha()
    }
    bias = torch.full((1, len(vocab)), -20.0)
    for piece, index in vocab.items():
        if piece in words:
            bias[0, index] = 0.0
        elif piece == "</s>":
            bias[0, index] = end_bias
        elif piece == ",":
            bias[0, index] = -1.0
    return bias
