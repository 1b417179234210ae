"""Build a tiny, real token-classification model (BERT, WordPiece) on disk for the NER code path.

Random weights: its labels are nonsense, so tests assert structure. ``bias`` forces one label
for every token (e.g. ``"O"``) when a test needs a predictable answer.
"""

from __future__ import annotations

from pathlib import Path

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
WORDS = (
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest . "
    "Ukrainian Volodymyr Zelensky is scheduled visit the White House on Friday , Russia Ukraine Kyiv Moscow "
    "Hungary Kremlin said a and of to with from"
).split()


def build_tiny_ner(folder: Path, *, seed: int = 0, bias: str | None = None) -> Path:
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(WORDS), *letters, *(f"##{c}" for c in letters)]
    vocab += [c for c in ".,;:!?'\"()-0123456789" if c not in vocab]
    (folder / "vocab.txt").write_text("\n".join(dict.fromkeys(vocab)) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=False)
    config = BertConfig(
        vocab_size=len(dict.fromkeys(vocab)),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=128,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(seed)
    model = BertForTokenClassification(config).eval()
    if bias is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.fill_(-10.0)
            model.classifier.bias[LABELS.index(bias)] = 10.0
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return folder
