"""Writing a document into the -o folder: files only, never over an input, never over a file the tool
did not write (unless --force), and the list of files written."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .common import LOG

if TYPE_CHECKING:
    from ..files import OutputGuard
    from ..types import Document


def planned_outputs(folder: Path, stem: str, keys: Iterable[str], formats: Sequence[str]) -> list[Path]:
    """The files write_outputs will write for these translation keys and formats (checked before the slow part)."""
    from ..render.outputs import output_paths

    return output_paths(folder, stem, keys, formats)


def prepare(args: argparse.Namespace, stem: str, keys: Iterable[str], formats: Sequence[str], inputs: Iterable[str | Path]) -> OutputGuard:
    """Check the -o folder before any model loads: writable, and no file in the way."""
    from ..files import OutputGuard, check_writable_folder

    check_writable_folder(args.output)
    guard = OutputGuard(args.output, inputs, force=args.force)
    guard.check(planned_outputs(args.output, stem, keys, formats))
    return guard


def write(document: Document, args: argparse.Namespace, stem: str, formats: Sequence[str], guard: OutputGuard) -> list[Path]:
    from ..render import write_outputs

    guard.check(planned_outputs(args.output, stem, document.translations, formats))  # again: files may have appeared
    written = write_outputs(document, args.output, stem, formats)
    guard.record(written)
    for path in written:
        LOG.info(f"wrote {path}")
    if stale := guard.left_over(written, stem):
        LOG.warning(
            f"notice: {len(stale)} file{'s' if len(stale) > 1 else ''} in {args.output} from an earlier run of this article "
            f"{'were' if len(stale) > 1 else 'was'} not written this time and may not match {stem}.json: "
            f"{', '.join(p.name for p in stale)}; delete {'them' if len(stale) > 1 else 'it'} if not needed"
        )
    return written
