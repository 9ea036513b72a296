"""The package root's public names (after httpx's tests/test_exported_members.py): `__all__` is
sorted, every name in it resolves, and nothing public is reachable from the root that `__all__`
does not list. The root imports lazily, so `import assetsmith.errors` stays cheap (checked too)."""

from __future__ import annotations

import inspect
import subprocess
import sys

import assetsmith


def test_all_is_sorted_and_unique():
    assert assetsmith.__all__ == sorted(set(assetsmith.__all__))


def test_every_exported_name_resolves():
    missing = [name for name in assetsmith.__all__ if getattr(assetsmith, name, None) is None]
    assert missing == []


def test_nothing_public_is_left_out_of_all():
    for name in assetsmith.__all__:
        getattr(assetsmith, name)  # resolve every lazy name into the module's namespace
    public = {
        name
        for name, value in vars(assetsmith).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert public | {"__version__"} == set(assetsmith.__all__)
    assert set(dir(assetsmith)) >= set(assetsmith.__all__)


def test_unknown_attribute_is_an_attribute_error():
    try:
        assetsmith.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("assetsmith.no_such_name did not raise AttributeError")


def test_version_matches_the_version_module():
    from assetsmith._version import __version__

    assert assetsmith.__version__ == __version__ and __version__.count(".") == 2


def test_importing_errors_loads_only_what_errors_need():
    code = (
        "import sys; before = set(sys.modules); import assetsmith.errors; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    ours = sorted(m for m in loaded if m.startswith("assetsmith"))
    assert ours == ["assetsmith", "assetsmith._version", "assetsmith.errors"]
    assert not [
        m for m in loaded if m.split(".")[0] in ("numpy", "pydantic", "sqlalchemy", "typer", "rich")
    ]
