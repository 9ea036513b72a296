"""mypy over all of src/ (the [tool.mypy] table in pyproject.toml): no errors; the pipeline, its
stages and the protocols backends implement are held to every flag `--strict` turns on (an
override, since mypy takes `strict` only globally). A module joins the strict list once it is
clean under those flags; nothing in src/ is exempted from checking."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What `mypy --strict` switches on that mypy accepts per module (mypy --help, "--strict").
STRICT_FLAGS = {
    "disallow_any_generics": True,
    "disallow_subclassing_any": True,
    "disallow_untyped_calls": True,
    "disallow_untyped_defs": True,
    "disallow_incomplete_defs": True,
    "check_untyped_defs": True,
    "disallow_untyped_decorators": True,
    "warn_unused_ignores": True,
    "warn_return_any": True,
    "implicit_reexport": False,
    "strict_equality": True,
    "extra_checks": True,
}


def _mypy() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT / "src").with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _covered(module: str, patterns: list[str]) -> bool:
    return any(module == p or (p.endswith(".*") and module.startswith(p[:-1])) for p in patterns)


def test_all_of_src_is_checked_and_nothing_is_exempted():
    cfg = _mypy()
    assert cfg["files"] == ["src/assetsmith"]
    assert cfg.get("warn_redundant_casts") and cfg.get("warn_unused_configs")
    for override in cfg.get("overrides", []):
        assert not override.get("ignore_errors"), override["module"]
        if override.get("ignore_missing_imports"):  # third-party modules without types only
            mods = (
                override["module"] if isinstance(override["module"], list) else [override["module"]]
            )
            assert not [m for m in mods if m.split(".")[0] == "assetsmith"]


def test_the_strict_modules_include_the_pipeline_stages_and_protocols():
    strict = [o for o in _mypy().get("overrides", []) if o.get("disallow_untyped_defs")]
    assert len(strict) == 1
    assert {k: strict[0].get(k) for k in STRICT_FLAGS} == STRICT_FLAGS
    modules = strict[0]["module"]
    for name in (
        "assetsmith.pipeline.stages",
        "assetsmith.pipeline.plan",
        "assetsmith.render.stage",
        "assetsmith.originality.stage",
        "assetsmith.provenance.stage",
        "assetsmith.provenance.attest",
    ):
        assert _covered(name, modules), name
    protocols = [_module(p) for p in (ROOT / "src").rglob("*.py") if "(Protocol)" in p.read_text()]
    assert protocols
    assert [m for m in protocols if not _covered(m, modules)] == [], (
        "a module with a Protocol is not strict"
    )


@pytest.mark.slow
def test_mypy_is_clean():
    if importlib.util.find_spec("mypy") is None:
        from tests.helpers.availability import missing

        missing("mypy is not installed (it comes with the test extra)", "the mypy check")
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "no issues found in" in out.stdout
