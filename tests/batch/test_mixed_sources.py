"""`translate batch --from auto`: a feed in mixed languages, each record translated from its own language
(tiny local models into English, pivots through English), rejects with reasons, resume, cache and Ray."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from support.batch import read_jsonl, snapshot
from support.paths import ENGINES, coverage_lines
from support.scripted import CrashAfter

from translate.batch import BatchOptions, run_batch
from translate.cli import main
from translate.errors import UsageError
from translate.pipeline import Settings
from translate.types import PIVOTED

GERMAN = "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland angekündigt."


def feed(path: Path) -> dict[int, str | None]:
    """A small monitoring feed (id -> expected source language; None: rejected) written to ``path``."""
    en, uk, ru, hu = (coverage_lines(lang) for lang in ("en", "uk", "ru", "hu"))
    records = [
        (0, " ".join(uk[0:2]), "uk"),
        (1, " ".join(ru[0:2]), "ru"),
        (2, GERMAN, None),
        (3, " ".join(hu[0:2]), "hu"),
        (4, " ".join(en[0:2]), "en"),
        (5, "Так.", None),  # too few words to tell
        (6, "", None),  # empty: a reject of the record rules
        (7, f"{ru[2]}\n\n{en[2]}", None),  # a mix
        (8, f"{uk[0]} {uk[2]}", "uk"),  # repeats a sentence of record 0
        (9, f"{ru[1]} {ru[3]}", "ru"),
        (10, hu[2], "hu"),
    ]
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t, _ in records), encoding="utf-8")
    return {i: lang for i, _, lang in records}


@pytest.fixture(scope="module")
def models(direction_models: dict[str, Path]) -> dict[str, str]:
    return {"uk-en": str(direction_models["zle-en"]), "ru-en": str(direction_models["zle-en"]),
            "hu-en": str(direction_models["hu-en"]), "uk": str(direction_models["en-uk"])}


def options(settings: Settings, corpus: Path, out: Path, **kw: object) -> BatchOptions:
    base: dict[str, object] = {"source": "auto", "targets": ("en",), "settings": settings, "shard_size": 3}
    base.update(kw)
    return BatchOptions(input=corpus, output=out, **base)  # type: ignore[arg-type]


def check_feed(out: Path, expected: dict[int, str | None], targets: tuple[str, ...]) -> dict[int, dict]:
    """Every record exactly once, in the output or among the rejects; the right source language for each."""
    rows = {row["id"]: row for row in read_jsonl(out / "translations.jsonl")}
    rejects = read_jsonl(out / "rejects.jsonl")
    kept = [i for i, lang in expected.items() if lang is not None and [t for t in targets if t != lang]]
    assert list(rows) == kept
    assert sorted([r["line"] - 1 for r in rejects] + list(rows)) == list(expected)
    for i, row in rows.items():
        result = row["translation"]
        assert result["source_lang"] == expected[i] and 0.75 <= result["source_lang_confidence"] <= 1
        assert list(result["translations"]) == [t for t in targets if t != expected[i]]
        assert f"|from={expected[i]}|" in result["signature"] or expected[i] == "en"
        for translation in result["translations"].values():
            assert sorted(i for link in translation["links"] for i in link[0]) == list(range(len(result["sentences"])))
    return rows


@pytest.mark.parametrize("engine", ENGINES)
def test_a_mixed_feed_into_english(engine: str, models: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    expected = feed(source)
    settings = Settings(engine=engine, beam_size=1, models=models)
    summary = run_batch(options(settings, source, tmp_path / "out"))
    out = tmp_path / "out"
    check_feed(out, expected, ("en",))
    reasons = {r["line"] - 1: r["reason"] for r in read_jsonl(out / "rejects.jsonl")}
    assert (summary.records, summary.rejected, summary.exit_code) == (6, 5, 3)
    assert reasons[2].startswith("language not identified: the text is not clearly one of en, uk, ru, hu (found: German")
    assert reasons[4] == "already in English (en), the only target language; nothing to translate"
    assert reasons[5].startswith("language not identified: the text has too few words to tell")
    assert reasons[6] == "text field 'text' is empty"
    assert reasons[7].startswith("language not identified: the text is not clearly one of") and "Russian" in reasons[7]
    job = json.loads((out / "manifest.json").read_text())["job"]
    assert job["source"] == "auto" and "|from=auto|uk-en=" in job["signature"] and "|hu-en=" in job["signature"]
    assert sorted(job["models"]) == ["hu-en", "ru-en", "uk-en"]


def test_pivots_resume_and_a_changed_from(models: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl"
    expected = feed(source)
    settings = Settings(engine="ctranslate2", beam_size=1, models=models)
    reference = tmp_path / "ref"
    run_batch(options(settings, source, reference, targets=("en", "uk")))
    rows = check_feed(reference, expected, ("en", "uk"))
    hu = rows[3]["translation"]["translations"]["uk"]  # hu -> uk: no direct model, through English
    assert hu["pivot"] == "en" and hu["model"] == f"{models['hu-en']}+{models['uk']}"
    assert all(PIVOTED in s["flags"] for s in hu["sentences"])
    assert rows[0]["translation"]["translations"]["en"].get("pivot") is None
    assert f"|uk={models['uk-en']}@local|" not in rows[0]["translation"]["signature"]
    assert "|from=hu|en=" in rows[3]["translation"]["signature"] and "+" in rows[3]["translation"]["signature"]
    keys = {json.loads(line)[0] for p in (reference / "shards").glob("sentences-*") for line in p.read_text().splitlines()}
    assert keys == {"uk", "uk-en", "ru-en", "ru-uk", "hu-en", "hu-uk"}
    # Killed after two shards, resumed: the same bytes as the uninterrupted run.
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(settings, source, out, targets=("en", "uk")), progress=CrashAfter(2))
    with pytest.raises(UsageError, match=r"cannot resume the job in .*: the source language \(--from\) changed \(was 'auto', now 'ru'\)\. Rerun"):
        run_batch(options(settings, source, out, targets=("en", "uk"), source="ru", resume=True))
    summary = run_batch(options(settings, source, out, targets=("en", "uk"), resume=True))
    assert summary.resumed_shards == 2 and snapshot(out) == snapshot(reference)
    # CSV: a record's own language has no translation column value.
    run_batch(options(settings, source, tmp_path / "csv", targets=("en", "uk"), format="csv"))
    with open(tmp_path / "csv" / "translations.csv", encoding="utf-8", newline="") as handle:
        table = {int(row["id"]): row for row in csv.DictReader(handle)}
    assert table[0]["translation_uk"] == "" and table[0]["translation_en"] and table[4]["translation_en"] == ""
    assert json.loads(table[1]["translation"])["source_lang"] == "ru"


def test_the_cache_never_mixes_directions(models: dict[str, str], tmp_path: Path) -> None:
    """One text translated as Ukrainian and then as Russian (same multi-source model): the second job finds
    nothing of the first's in the shared cache; the same job again finds everything."""
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": 1, "text": " ".join(coverage_lines("uk")[:2])}, ensure_ascii=False) + "\n")
    settings = Settings(engine="ctranslate2", beam_size=1, models=models)
    cache = tmp_path / "cache.sqlite"
    first = run_batch(options(settings, source, tmp_path / "a", source="uk", cache=cache))
    other = run_batch(options(settings, source, tmp_path / "b", source="ru", cache=cache))
    again = run_batch(options(settings, source, tmp_path / "c", source="uk", cache=cache))
    assert first.translated == other.translated == 2 and again.translated == 0
    ua, ru = (read_jsonl(tmp_path / name / "translations.jsonl")[0]["translation"] for name in ("a", "b"))
    assert (ua["source_lang"], ua["source_lang_confidence"], ru["source_lang"]) == ("uk", None, "ru")
    assert "|from=uk|" in ua["signature"] and "|from=ru|" in ru["signature"]


def test_the_command_line(direction_models: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "feed.jsonl"
    feed(source)
    zle, hu = direction_models["zle-en"], direction_models["hu-en"]
    base = ["batch", str(source), "--engine", "ctranslate2", "--beam", "1", "--quiet",
            "--model", f"uk-en={zle}", "--model", f"ru-en={zle}", "--model", f"hu-en={hu}"]
    assert main([*base, "--from", "auto", "-o", str(tmp_path / "o1")]) == 3  # --to defaults to en
    assert {r["translation"]["source_lang"] for r in read_jsonl(tmp_path / "o1" / "translations.jsonl")} == {"uk", "ru", "hu"}
    assert main([*base, "--from", "de", "-o", str(tmp_path / "o2")]) == 2
    assert "source language 'de' is not supported; choose from: auto, en, uk, ru, hu" in capsys.readouterr().err
    assert main([*base, "--from", "ru", "--to", "ru", "-o", str(tmp_path / "o3")]) == 2
    assert "target language 'ru' is the article's own language" in capsys.readouterr().err


def test_ray_runner_on_a_mixed_feed(models: dict[str, str], tmp_path: Path) -> None:
    import ray

    source = tmp_path / "feed.jsonl"
    feed(source)
    settings = Settings(engine="ctranslate2", beam_size=1, models=models)
    run_batch(options(settings, source, tmp_path / "local", targets=("en", "uk")))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        run_batch(options(settings, source, tmp_path / "ray", targets=("en", "uk"), runner="ray", workers=1))
    finally:
        ray.shutdown()
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")


def test_auto_needs_every_direction_s_models_and_names_all_that_are_missing(models: dict[str, str], tmp_path: Path) -> None:
    from translate.errors import ModelNotAvailableError

    source = tmp_path / "feed.jsonl"
    feed(source)
    settings = Settings(engine="ctranslate2", beam_size=1, models={"uk-en": models["uk-en"], "ru-en": models["ru-en"]})
    with pytest.raises(ModelNotAvailableError) as caught:
        run_batch(options(settings, source, tmp_path / "out", targets=("en", "uk")))
    assert "opus-mt-tc-big-en-zle" in str(caught.value) and "opus-mt-tc-big-hu-en" in str(caught.value)
    assert not (tmp_path / "out" / "manifest.json").exists()
