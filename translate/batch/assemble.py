"""One shard's output bytes, assembled from its records and their sentences' translations.

Plain functions of the shard and the translations: the same inputs give the same bytes, whichever
runner translated and whenever.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, cast

from .. import corpus
from ..corpus import InputSpec, Record, Reject, Shard, non_finite_path
from ..directions import short_key
from ..errors import InputError
from ..languages import SOURCE_LANGUAGE
from ..pipeline import build_translation
from ..types import Sentence
from .cache import Translated
from .sources import RecordSource, targets_of


@dataclass(frozen=True)
class EngineInfo:
    """What build_translation reads from an engine: enough to label results without a loaded model."""

    model_id: str  # both models of a pivot, in order: "ZLE_EN+EN_HU"
    revision: str
    name: str
    pivot: str = ""  # "en" when the direction goes through English


@dataclass
class Layout:
    """The shape of the output: format, languages and, for CSV/Parquet, the columns and schemas."""

    format: str
    targets: tuple[str, ...]
    columns: list[str] = field(default_factory=list)
    schema: Any = None  # the input's Arrow schema when it is Parquet
    out_columns: list[str] = field(default_factory=list)
    out_schema: Any = None


@dataclass
class ShardOutput:
    data: bytes
    rejects: list[Reject]
    records: int
    flagged: int
    sentences: int


def layout_for(spec: InputSpec, fmt: str, targets: tuple[str, ...]) -> Layout:
    """The output layout; reads the input up to its first record (so header and column errors show now)."""
    layout = Layout(fmt, targets)
    kind = spec.kind
    if fmt == "jsonl":
        if kind in ("csv", "tsv", "parquet"):
            corpus.first_item(spec)  # a bad header or missing text column: refused before any work
        return layout
    if kind == "parquet":
        layout.schema = corpus.parquet_schema(spec.path)
        layout.columns = list(layout.schema.names)
    else:
        for item in corpus.read_items(spec):
            if isinstance(item, Record):
                layout.columns = list(item.fields)
                break
    added = {corpus.RESULT_FIELD, *(f"{corpus.RESULT_FIELD}_{lang}" for lang in targets)}
    for column in layout.columns:
        if column in added:
            raise InputError(
                f"the input has a column '{column}', which the {fmt} output adds; "
                "rename that column in the input (or use --format jsonl)"
            )
    layout.out_columns = corpus.output_columns(layout.columns, targets)
    layout.out_schema = corpus.arrow_schema(layout.schema, layout.columns, targets) if fmt == "parquet" else None
    return layout


def record_result(
    record: Record, sentences: list[Sentence], lookups: dict[str, dict[str, Translated]],
    targets: tuple[str, ...], engines: dict[str, EngineInfo], signature: str, source: RecordSource | None = None,
) -> tuple[dict[str, Any], bool]:
    """The result a record gains (its sentences, each language's translation and links) and whether it is flagged.

    ``source``: the record's language (``--from`` other than en); the result then says it (``source_lang``,
    ``source_lang_confidence``: the identifier's, None when ``--from`` named it) and leaves out that
    language among the targets."""
    lang_from = source.lang if source is not None and source.lang else SOURCE_LANGUAGE
    translations = {}
    flagged = False
    for lang in targets_of(lang_from, targets):
        key = short_key(lang_from, lang)
        results = [lookups[key][s.text] for s in sentences]
        engine = engines[key]
        translation = build_translation(record.text, sentences, results, lang, cast(Any, engine))
        if engine.pivot:
            translation = replace(translation, pivot=engine.pivot)
        translations[lang] = translation.to_dict()
        flagged = flagged or any(flags for _, flags in results)
    result: dict[str, Any] = {}
    if source is not None:
        result["source_lang"] = lang_from
        result["source_lang_confidence"] = source.confidence
    result.update({
        "sentences": [s.to_dict() for s in sentences],
        "translations": translations,
        "signature": signature,
        "flagged": flagged,
    })
    return result, flagged


def assemble_shard(
    layout: Layout, shard: Shard, split: dict[int, list[Sentence]], lookups: dict[str, dict[str, Translated]],
    engines: dict[str, EngineInfo], signature: str, *,
    sources: dict[int, RecordSource] | None = None, signatures: dict[str, str] | None = None,
) -> ShardOutput:
    """The shard file's bytes and its rejects (the shard's own, records whose language was not identified
    or is the only target, records that do not fit a tabular output).

    ``sources``: each record's language by ordinal (None: every record is English, and the results say
    nothing of it, as before ``--from``); ``signatures``: the signature of each source language's records."""
    rejects = list(shard.rejects)
    lines: list[str] = []
    rows: list[dict[str, Any]] = []
    flagged = 0
    sentences = 0
    for record in shard.records:
        source = sources[record.ordinal] if sources is not None else None
        if source is not None and source.lang is None:
            rejects.append(Reject(record.ordinal, record.file, record.line, source.reason,
                                  corpus.excerpt(record.raw or corpus.dumps(record.fields))))
            continue
        if layout.format != "jsonl" and layout.schema is None:
            extra = [name for name in record.fields if name not in layout.columns]
            if extra:
                rejects.append(Reject(
                    record.ordinal, record.file, record.line,
                    f"field '{extra[0]}' is not among the columns of the first record ({', '.join(layout.columns)}); "
                    "tabular output needs the same fields in every record, use --format jsonl",
                    corpus.excerpt(record.raw or corpus.dumps(record.fields)),
                ))
                continue
        if layout.format == "jsonl" and record.raw is None:
            bad = non_finite_path(record.fields)
            if bad is not None:
                rejects.append(Reject(
                    record.ordinal, record.file, record.line,
                    f"field '{bad}' is NaN or infinite, which JSON Lines output cannot hold; use --format parquet or csv",
                    corpus.excerpt(corpus.dumps(record.fields)),
                ))
                continue
        lang = source.lang if source is not None and source.lang else SOURCE_LANGUAGE
        record_signature = (signatures or {}).get(lang, signature)
        result, is_flagged = record_result(
            record, split[record.ordinal], lookups, layout.targets, engines, record_signature, source
        )
        flagged += is_flagged
        sentences += len(split[record.ordinal])
        if layout.format == "jsonl":
            lines.append(corpus.jsonl_line(record, result))
        else:
            typed = layout.schema is not None and layout.format == "parquet"
            rows.append(corpus.tabular_row(record, result, layout.columns, typed=typed))
    rejects.sort(key=lambda r: r.ordinal)
    if layout.format == "jsonl":
        data = "".join(lines).encode("utf-8")
    elif layout.format == "csv":
        data = corpus.encode_csv_rows(rows, layout.out_columns)
    else:
        data = corpus.encode_parquet_rows(rows, layout.out_schema)
    records = len(shard.records) - (len(rejects) - len(shard.rejects))
    return ShardOutput(data, rejects, records, flagged, sentences)


def rejects_bytes(rejects: list[Reject]) -> bytes:
    return "".join(corpus.dumps(r.to_dict()) + "\n" for r in rejects).encode("utf-8")
