"""The batch and corpus packages: imports point down, no private names cross modules, ray stays in its runner."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "translate"


def imports(module: Path) -> list[tuple[str, list[str]]]:
    """(absolute module, imported names) of every import in ``module``."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    base = module.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".").split(".")
    if module.name == "__init__.py":
        base = base[:-1] + ["__init__"]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                name = ".".join(base[: len(base) - node.level] + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((name, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
    return found


def test_corpus_and_batch_layers() -> None:
    for area, forbidden in (("corpus", ("translate.batch", "translate.pipeline", "translate.cli", "translate.web")),
                            ("batch", ("translate.cli", "translate.web"))):
        for module in (PACKAGE / area).glob("*.py"):
            for name, names in imports(module):
                assert not name.startswith(forbidden), f"{module.name} imports {name}"
                if name.startswith("translate"):
                    private = [n for n in names if n.startswith("_")]
                    assert not private, f"{area}/{module.name} imports private {private} from {name}"
                if name.split(".")[0] == "ray":
                    assert module.name == "ray_runner.py", f"{module.name} imports ray"


def test_no_cycle_inside_batch() -> None:
    graph = {
        module.stem: {name.rsplit(".", 1)[-1] for name, _ in imports(module) if name.startswith("translate.batch.")}
        for module in (PACKAGE / "batch").glob("*.py") if module.stem != "__init__"
    }
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        assert node not in visiting, f"import cycle: {' -> '.join([*path, node])}"
        if node in done:
            return
        visiting.add(node)
        for target in graph.get(node, ()):
            visit(target, [*path, node])
        visiting.discard(node)
        done.add(node)

    for node in graph:
        visit(node, [])
