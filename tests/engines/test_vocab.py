"""The Marian tokenization both engines share."""

from __future__ import annotations

import pytest

from translate.errors import ModelFormatError


def test_vocab_matches_transformers_tokenizer(tiny_models) -> None:
    """Our shared tokenization gives the ids MarianTokenizer gives (no punctuation normalisation in these texts)."""
    from transformers import MarianTokenizer

    from translate.engines.vocab import MarianVocab

    folder = tiny_models["zle"]
    reference = MarianTokenizer.from_pretrained(str(folder))
    ours = MarianVocab(folder)
    for text in [
        "Trump met Putin in Budapest",
        ">>ukr<< The U.S. has been using Tomahawk missiles",
        "Kyiv 1991 abc",
    ]:
        token = text.split()[0] if text.startswith(">>") else None
        body = text[len(token) + 1 :] if token else text
        assert ours.to_ids(ours.encode(body, token)) == reference(text)["input_ids"]


def test_vocab_encodes_with_token_and_eos_and_decodes(tiny_models) -> None:
    from translate.engines.vocab import MarianVocab

    vocab = MarianVocab(tiny_models["zle"])
    pieces = vocab.encode("Kyiv", ">>ukr<<")
    assert pieces[0] == ">>ukr<<" and pieces[-1] == "</s>"
    assert vocab.decode(["▁Ky", "iv", "<unk>", "</s>"]) == ("Kyiv", 1)
    assert set(vocab.language_tokens) == {">>bel<<", ">>rus<<", ">>ukr<<"}


def test_a_folder_without_tokenizer_files_is_refused(tmp_path) -> None:
    from translate.engines.vocab import MarianVocab

    with pytest.raises(ModelFormatError, match=r"has no tokenizer files \(source.spm, target.spm, vocab.json missing\)"):
        MarianVocab(tmp_path)
