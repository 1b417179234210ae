"""Import hygiene: the package is cheap to import, and imports point one way (top -> bottom)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "translate"
HEAVY = ("torch", "transformers", "ctranslate2", "gradio", "ray", "sentencepiece", "pyarrow")


def test_import_translate_loads_no_heavy_library() -> None:
    code = (
        "import sys, translate, translate.cli, translate.pipeline, translate.render; "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = module.parent.relative_to(PACKAGE.parent).as_posix().replace("/", ".")
            parts = base.split(".")[: len(base.split(".")) - (node.level - 1)]
            name = ".".join(parts + ([node.module] if node.module else []))
            found.add(name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("translate"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("translate"))
    return found


def test_nothing_imports_the_cli_or_the_web_layer() -> None:
    def top(name: str) -> bool:
        return name in ("translate.cli", "translate.web") or name.startswith(("translate.cli_", "translate.web."))

    for module in PACKAGE.rglob("*.py"):
        name = module.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        if top(name) or name == "translate.__main__":
            continue
        bad = {i for i in _imports(module) if top(i)}
        assert not bad, f"{name} imports {bad}"


def test_bottom_layer_imports_only_the_bottom_layer() -> None:
    bottom = {"translate.types", "translate.errors", "translate.languages"}
    for name in bottom:
        module = PACKAGE / (name.split(".")[1] + ".py")
        assert _imports(module) <= bottom, f"{name} imports {_imports(module) - bottom}"
