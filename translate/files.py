"""The user's files: reading one article safely, and writing outputs so that no reader sees half a file.

Bytes become text in :mod:`translate.decoding` (UTF-8, the fallback encoding, UTF-16, documents).

Every file the tool writes goes through :func:`write_atomic` (or :func:`atomic_path` for writers
that need a path of their own, such as Parquet): a temporary name in the same folder, fsync, rename.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from .decoding import decode_text
from .errors import InputError, OutputError
from .limits import MAX_FILE_BYTES

DEFAULT_FIX = "choose another -o folder"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (a power cut after it keeps the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cannot_write(path: Path, error: OSError, fix: str) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}; {fix}")


@contextlib.contextmanager
def atomic_path(path: Path, *, fix: str = DEFAULT_FIX) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; on success it is fsynced and renamed onto ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
        os.close(handle)
    except OSError as error:
        raise _cannot_write(path, error, fix) from None
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, error, fix) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str | bytes | Iterable[bytes], *, fix: str = DEFAULT_FIX) -> None:
    """Write text (UTF-8), bytes or a stream of byte chunks to ``path`` atomically."""
    if isinstance(content, str):
        chunks: Iterable[bytes] = [content.encode("utf-8")]
    elif isinstance(content, bytes):
        chunks = [content]
    else:
        chunks = content
    with atomic_path(path, fix=fix) as temporary, open(temporary, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)


def write_all_atomic(contents: Sequence[tuple[Path, str]], *, fix: str = DEFAULT_FIX) -> None:
    """Write several texts, each atomically, and all or none of them: every temporary file is written
    before the first is renamed, so a full disk leaves the old files (or none) in place, never a part
    of the set that a rerun would take for someone else's files."""
    with contextlib.ExitStack() as stack:
        for path, content in contents:
            temporary = stack.enter_context(atomic_path(path, fix=fix))
            with open(temporary, "wb") as handle:
                handle.write(content.encode("utf-8"))


def prepare_output_folder(folder: Path) -> None:
    """Create the -o folder before any slow work, so a path that cannot be used fails at once."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"-o {folder} is a file; give a folder for the outputs")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the output folder {folder}: {error.strerror or error}; choose another -o folder") from None


def check_writable_folder(folder: Path) -> None:
    """Create the -o folder and prove a file can be made in it, before any slow work."""
    prepare_output_folder(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write in the output folder {folder}: {error.strerror or error}; choose another -o folder") from None
    os.close(handle)
    os.unlink(name)


MANIFEST = ".translate-written.json"  # in each -o folder: the files this tool wrote there, with their hashes


def file_hash(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class OutputGuard:
    """Never write over an input of the run; never replace a file this tool did not write (or that was
    changed since it wrote it) unless ``force``. What was written is recorded in the folder's manifest."""

    def __init__(self, folder: Path, inputs: Iterable[str | Path] = (), *, force: bool = False) -> None:
        self.folder = folder
        given = list(inputs)
        self.inputs = {Path(p).resolve() for p in given if str(p) != "-"}
        # The article the outputs are of (the first input; none from standard input).
        self.article = str(Path(given[0]).resolve()) if given and str(given[0]) != "-" else ""
        self.force = force

    def _read(self, section: str) -> dict[str, str]:
        import json

        try:
            data = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
            found = data.get(section, {}) if isinstance(data, dict) else {}
            return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
        except (OSError, ValueError):
            return {}

    def manifest(self) -> dict[str, str]:
        """File name -> hash of what this tool wrote there."""
        return self._read("files")

    def articles(self) -> dict[str, str]:
        """File name -> the article it was written from."""
        return self._read("articles")

    def check(self, paths: Iterable[Path]) -> None:
        """Raise OutputError for the first path that must not be written."""
        known = self.manifest()
        articles = self.articles()
        for path in paths:
            if path.resolve() in self.inputs:
                raise OutputError(
                    f"refusing to write {path}: it is an input of this run and would be overwritten; choose another -o folder"
                )
            if not path.exists() or self.force:
                continue
            if path.is_dir():
                raise OutputError(f"cannot write {path}: it is a folder; choose another -o folder")
            recorded = known.get(path.name)
            if recorded is None:
                raise OutputError(
                    f"refusing to overwrite {path}: this tool did not write it; move it away, choose another -o folder, "
                    "or pass --force to replace it"
                )
            if recorded != file_hash(path):
                raise OutputError(
                    f"refusing to overwrite {path}: it changed since this tool wrote it; move it away, choose another "
                    "-o folder, or pass --force to replace it"
                )
            source = articles.get(path.name, "")
            if self.article and source and source != self.article:
                raise OutputError(
                    f"refusing to overwrite {path}: it holds the output for another article ({source}); choose another "
                    "-o folder, or pass --force to replace it"
                )

    def left_over(self, written: Iterable[Path], stem: str) -> list[Path]:
        """Files an earlier run wrote here under ``stem`` for the same article, unchanged since, that this run
        did not write (a text no longer given, a format no longer asked for): they no longer match its JSON."""
        done = {path.name for path in written}
        known, articles = self.manifest(), self.articles()
        return [
            self.folder / name for name, digest in sorted(known.items())
            if name not in done and name.startswith(f"{stem}.") and articles.get(name) == self.article and self.article
            and (self.folder / name).is_file() and file_hash(self.folder / name) == digest
        ]

    def record(self, paths: Iterable[Path]) -> None:
        import json

        known, articles = self.manifest(), self.articles()
        for path in paths:
            known[path.name] = file_hash(path)
            if self.article:
                articles[path.name] = self.article
        content = {"files": dict(sorted(known.items())), "articles": dict(sorted(articles.items()))}
        write_atomic(self.folder / MANIFEST, json.dumps(content, indent=1) + "\n")


# Markup that only a web page has; a handful of these tags means the file is HTML, not an article.
HTML_TAGS = re.compile(r"<(?:!doctype\s+html|html|head|body|div|script|style|meta|nav|span|p|a|li)\b[^>]*>", re.IGNORECASE)
HTML_MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    head = text[:50_000]
    stripped = head.lstrip().lower()
    return stripped.startswith(("<!doctype html", "<html")) or len(HTML_TAGS.findall(head)) >= HTML_MIN_TAGS


def extract_article_text(html: str, name: str) -> str:
    """The article text of an HTML page (trafilatura: main text, no menus, scripts or comments)."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{name} is an HTML page and --extract-html needs trafilatura; run: pip install 'newsalign-translate[html]', "
            "or save the article as plain text"
        ) from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text was found in this HTML page; save the article as plain text")
    return str(text)


def file_name_part(key: str) -> str:
    """A text's key as part of a file name that Windows and SMB shares can hold: ``:`` becomes ``-``
    and a space ``_`` (``ru:Ukrainska Pravda`` -> ``ru-Ukrainska_Pravda``); other keys are kept."""
    return key.replace(":", "-").replace(" ", "_")


def output_stem(file: Path) -> str:
    """The name outputs are written under: the file name without its extension and without a
    language tag ('story.en.txt' -> 'story'; '2025.10.16-budapest.txt' keeps its dots)."""
    stem = file.stem.lstrip(".")
    base, _, tag = stem.rpartition(".")
    if base and tag.lower() in ("en", "uk", "ru", "hu"):
        stem = base
    return stem or "article"


def read_article(
    path: str,
    *,
    encoding: str | None = None,
    extract_html: bool = False,
    log: Callable[[str], None] | None = None,
) -> tuple[str, str]:
    """(text, stem for output names) from a path, or from stdin when path is '-'.

    An HTML page is refused (its markup and menus would be read as the article) unless
    ``extract_html``, which takes the article text out of it and says so through ``log``.
    """
    if path == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name, stem = "standard input", "stdin"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"file {path} does not exist; check the path")
        if file.is_dir():
            raise InputError(f"{path} is a folder; give one text file (use 'translate batch' for folders)")
        try:
            with open(file, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None
        name, stem = path, output_stem(file)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, too long for one article; "
            "split it or use 'translate batch'"
        )
    text = decode_text(data, name, encoding)
    if looks_like_html(text):
        if not extract_html:
            raise InputError(
                f"{name} looks like an HTML page; read as text, its markup, scripts and menus would be taken for the article. "
                "Pass --extract-html to use the article text found in it (needs trafilatura: "
                "pip install 'newsalign-translate[html]'), or save the article as plain text"
            )
        text = extract_article_text(text, name)
        if log:
            log(f"notice: {name} is an HTML page; translating the article text trafilatura found in it ({len(text)} characters)")
    else:
        text = _with_character_references_read(text, name, log)
    return text, stem


# An HTML character reference (&nbsp;, &#8217;, &laquo;): a text copied from a page's source keeps them, and
# "6&nbsp;декабря" is then no date, "Orb&aacute;n" no name.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _with_character_references_read(text: str, name: str, log: Callable[[str], None] | None) -> str:
    """``text`` with its HTML character references as the characters they stand for, said through ``log``."""
    import html

    found = [m.group() for m in _CHARACTER_REFERENCE.finditer(text) if html.unescape(m.group()) != m.group()]
    if not found:
        return text
    if log:
        shown = ", ".join(list(dict.fromkeys(found))[:3])
        log(f"notice: {name} has {len(found)} HTML character reference{'s' if len(found) > 1 else ''} ({shown}); "
            "read as the characters they stand for")
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
