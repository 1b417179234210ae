"""Import hygiene: the package is cheap to import, and imports point one way (top -> bottom).

Every module of translate/ is read as source (its AST, so imports inside functions count too);
each import is mapped to the module it names and checked against the layer table.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "translate"
HEAVY = ("torch", "transformers", "ctranslate2", "gradio", "ray", "sentencepiece", "pyarrow")

# The layer of each part of the package, by the first name after ``translate.``: 'alignment' covers
# translate/alignment.py as well as translate/alignment/*. A module may import its own layer or lower.
LAYERS: dict[str, int] = {
    "types": 0, "errors": 0, "languages": 0, "directions": 0, "limits": 0, "version": 0,
    "files": 1, "decoding": 1, "text": 1,
    "engines": 2, "models": 2,
    "alignment": 3, "entities": 3, "checks": 3, "corpus": 3, "render": 3,
    "pipeline": 4,
    "compare": 5, "batch": 5,
    "web": 6, "cli": 6,
}
TOP = {"web", "cli"}  # nothing below imports these
SPECIAL = {"translate", "translate.__main__"}  # the package's __init__ (lazy re-exports) and ``python -m translate``

# Exceptions to the rules below: none. (The sets stay so that a future exception is written down.)
UNDERSCORE_ALLOWED: set[tuple[str, str, str]] = set()
PACKAGE_INIT_ALLOWED: set[str] = set()
CYCLES_ALLOWED: set[frozenset[str]] = set()


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module name
    target: str  # dotted module the import reads from
    name: str | None  # the name taken from it (``from target import name``), None for ``import target``
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def is_module(name: str) -> bool:
    return name in modules()


def imports_of(name: str) -> list[Import]:
    path = modules()[name]
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("translate"):
                continue
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if is_module(submodule):  # `from . import corpus` imports the module translate.corpus
                    found.append(Import(name, submodule, None, node.lineno))
                else:
                    found.append(Import(name, target, alias.name, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("translate"):
                    found.append(Import(name, alias.name, None, node.lineno))
    return found


def private_uses(name: str) -> list[Import]:
    """``corpus._excerpt`` where ``corpus`` is a module of the package imported here: a private name read from it."""
    tree = ast.parse(modules()[name].read_text(encoding="utf-8"))
    bound: dict[str, str] = {}
    for imp in imports_of(name):
        if imp.name is None and imp.target in modules():
            bound[imp.target.rsplit(".", 1)[-1]] = imp.target
    for node in ast.walk(tree):  # `import translate.corpus as c` binds c
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in modules():
                    bound[alias.asname] = alias.name
    return [
        Import(name, bound[node.value.id], node.attr, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound
    ]


def part(name: str) -> str:
    """'translate.alignment.search' -> 'alignment'."""
    return name.split(".")[1]


def test_every_module_is_in_the_layer_table() -> None:
    unknown = sorted({part(name) for name in modules() if name not in SPECIAL} - set(LAYERS))
    assert not unknown, f"add these parts of the package to LAYERS: {unknown}"


def test_imports_point_to_the_same_or_a_lower_layer() -> None:
    problems = []
    for name in modules():
        if name in SPECIAL:
            continue
        for imp in imports_of(name):
            if imp.target == "translate":
                continue  # the package __init__: see test_nothing_imports_the_package_init
            if LAYERS[part(imp.target)] > LAYERS[part(name)]:
                problems.append(
                    f"{name}:{imp.line} (layer {LAYERS[part(name)]}) imports {imp.target} (layer {LAYERS[part(imp.target)]})"
                )
    assert not problems, "\n".join(problems)


def test_nothing_imports_the_cli_or_the_web_layer() -> None:
    problems = [
        f"{name}:{imp.line} imports {imp.target}"
        for name in modules()
        if name not in SPECIAL and part(name) not in TOP
        for imp in imports_of(name)
        if imp.target != "translate" and part(imp.target) in TOP
    ]
    assert not problems, "\n".join(problems)


def test_no_command_module_imports_the_cli_package_back() -> None:
    problems = [
        f"{name}:{imp.line} imports translate.cli"
        for name in modules()
        if name.startswith("translate.cli.")
        for imp in imports_of(name)
        if imp.target == "translate.cli"
    ]
    assert not problems, "\n".join(problems)


def test_nothing_imports_the_package_init() -> None:
    importers = {name for name in modules() if any(imp.target == "translate" for imp in imports_of(name))}
    assert importers <= PACKAGE_INIT_ALLOWED | SPECIAL, f"import from translate.version (or the module itself): {importers}"


def test_no_module_imports_a_private_name_from_another_module() -> None:
    problems = [
        f"{name}:{imp.line} imports {imp.name} from {imp.target}"
        for name in modules()
        for imp in imports_of(name) + private_uses(name)
        if imp.name and imp.name.startswith("_") and not imp.name.startswith("__") and imp.target != name
        and (name, imp.target, imp.name) not in UNDERSCORE_ALLOWED
    ]
    assert not problems, "make the name public or move it:\n" + "\n".join(problems)


def test_no_import_cycles_between_modules() -> None:
    graph = {name: {imp.target for imp in imports_of(name) if imp.target in modules() and imp.target != name} for name in modules()}
    cycles = set()
    for start in graph:
        stack = [(start, (start,))]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    members = frozenset(path)
                    # a package __init__ re-exporting its own modules is not a cycle between concepts
                    if not any(a != b and b.startswith(a + ".") for a in members for b in members):
                        cycles.add(members)
                elif nxt not in path and len(path) < 6:
                    stack.append((nxt, (*path, nxt)))
    unexpected = {cycle for cycle in cycles if cycle not in CYCLES_ALLOWED}
    assert not unexpected, [sorted(c) for c in unexpected]


def loaded_heavy(code: str) -> list[str]:
    probe = f"{code}; import sys; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return list(ast.literal_eval(out.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import translate",
        "import translate.cli, translate.pipeline, translate.render, translate.models, translate.engines",
        "import translate.web, translate.batch, translate.corpus, translate.compare, translate.alignment, translate.entities",
        "import translate.cli; translate.cli.build_parser().format_help()",
    ],
)
def test_importing_loads_no_heavy_library(code: str) -> None:
    assert loaded_heavy(code) == []


def test_help_loads_no_heavy_library() -> None:
    code = (
        "import contextlib, io, translate.cli\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    translate.cli.main(['--help'])\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    translate.cli.main(['translate', '--help'])"
    )
    probe = f"{code}\nimport sys\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_every_data_file_of_the_package_is_installed_with_it() -> None:
    """A data file the package reads (a table, the link model) must be listed in pyproject's package-data,
    or an installed copy (not an editable one) fails at first use."""
    import fnmatch
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["translate"]
    data = [path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*")
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts]
    assert data, "no data files found"
    assert [name for name in data if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)] == []
