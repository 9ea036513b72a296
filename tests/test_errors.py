"""The error tree: one module, one exit code per family, the documented table is the real one,
and a missing extra or an unknown name is reported one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from assetsmith import errors
from assetsmith.errors import AssetsmithError, ExtraMissing, UnknownName, import_extra

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "assetsmith"


def error_classes() -> list[type[AssetsmithError]]:
    out, todo = [], [AssetsmithError]
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo += cls.__subclasses__()
    return [c for c in out if c.__module__ == "assetsmith.errors"]


def test_every_error_class_is_defined_in_errors_py():
    names = {c.__name__ for c in error_classes()}
    elsewhere = []
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py" and path.parent == SRC:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                bases = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                if bases & names or node.name in names:
                    elsewhere.append(f"{path.relative_to(SRC)}: {node.name}")
    assert elsewhere == []


def test_no_two_error_families_share_an_exit_code():
    declared: dict[int, str] = {}
    for cls in error_classes():
        if "exit_code" in vars(cls):
            assert cls.exit_code not in declared, (
                f"{cls.__name__} and {declared[cls.exit_code]} both exit {cls.exit_code}"
            )
            declared[cls.exit_code] = cls.__name__
    for cls in error_classes():  # a class that declares none shares its nearest ancestor's
        owner = next(c for c in cls.__mro__ if "exit_code" in vars(c))
        assert declared[cls.exit_code] == owner.__name__
    assert all(0 < code < 126 for code in declared)  # 126+ mean "not run" / signals to shells


def test_codes_are_unique_per_declaring_class():
    seen: dict[str, str] = {}
    for cls in error_classes():
        if "code" in vars(cls):
            assert cls.code not in seen, (
                f"{cls.__name__} reuses {seen[cls.code]}'s code '{cls.code}'"
            )
            seen[cls.code] = cls.__name__


def _table(text: str) -> dict[str, tuple[set[str], int, int, bool]]:
    rows = {}
    for m in re.finditer(r"^\| `(\w+)` \| ([\w, ]+) \| (\d+) \| (\d+) \| (yes|no) \|$", text, re.M):
        rows[m[1]] = ({n.strip() for n in m[2].split(",")}, int(m[3]), int(m[4]), m[5] == "yes")
    return rows


def _actual() -> dict[str, tuple[set[str], int, int, bool]]:
    rows: dict[str, tuple[set[str], int, int, bool]] = {}
    for cls in error_classes():
        names, *_ = rows.get(cls.code, (set(), 0, 0, False))
        rows[cls.code] = (names | {cls.__name__}, cls.exit_code, cls.http_status, cls.transient)
    return rows


def test_the_docstring_table_is_the_error_tree():
    assert _table(errors.__doc__ or "") == _actual()


def test_the_readme_table_is_the_error_tree():
    assert _table((ROOT / "README.md").read_text()) == _actual()


def test_import_extra_names_the_extra():
    with pytest.raises(ExtraMissing) as info:
        import_extra("assetsmith_no_such_module.sub", "render", "The headless renderer")
    err = info.value
    assert err.extra == "render" and err.module == "assetsmith_no_such_module"
    assert "'render' extra" in err.message and "pip install 'assetsmith[render]'" in err.hint
    assert (err.exit_code, err.http_status, err.transient) == (6, 503, False)
    assert import_extra("json", "render", "JSON") is __import__("json")


def test_unknown_name_has_one_shape():
    err = UnknownName("artifact store", "ftp", ["s3", "local"])
    assert (err.message, err.hint) == ("Unknown artifact store 'ftp'.", "Use one of: local, s3.")
    assert (err.code, err.exit_code, err.http_status) == ("invalid_input", 2, 422)
