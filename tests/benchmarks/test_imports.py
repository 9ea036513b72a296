"""Benchmarks are not run by CI (they take minutes and measure this machine), so a rename in the
package could break one unnoticed, as it once did. Every `from assetsmith... import name` in them,
at any depth (most import inside functions), must name something that exists."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[2] / "benchmarks").glob("*.py"))


def package_imports(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] == "assetsmith"
        ):
            out += [(node.module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.Import):
            out += [
                (alias.name, "", node.lineno)
                for alias in node.names
                if alias.name.split(".")[0] == "assetsmith"
            ]
    return out


def test_there_are_benchmarks_to_check():
    assert len(BENCHMARKS) >= 5 and any(package_imports(p) for p in BENCHMARKS)


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_imports_exist(path):
    missing = []
    for module, name, line in package_imports(path):
        mod = importlib.import_module(module)
        if name and name != "*" and not hasattr(mod, name):
            try:
                importlib.import_module(f"{module}.{name}")  # a submodule
            except ImportError:
                missing.append(f"{path.name}:{line}: {module}.{name}")
    assert not missing, "benchmarks import names the package no longer has: " + ", ".join(missing)
