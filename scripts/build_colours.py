#!/usr/bin/env python3
"""Derive the prompt reader's colour-name table from matplotlib's shipped colour data.

Source: matplotlib's `_color_data.py` (the XKCD colour-survey names, CC0, and the CSS4/X11 names),
taken from the matplotlib wheel on PyPI at build time (`pip download`), never at run time. The
output is committed: src/assetsmith/shapes/lexicon/data/colours.tsv (`name<TAB>#rrggbb<TAB>source`),
one name a line, multiword names with single spaces, sorted. XKCD names win over CSS4 names
(survey colours read as natural material colours; CSS "red" is a pure #ff0000).

    python scripts/build_colours.py                   # pip download the pinned wheel, then build
    python scripts/build_colours.py --wheel FILE.whl  # build from a wheel or sdist already here
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

MATPLOTLIB = "matplotlib==3.11.2"
OUT = Path(__file__).resolve().parents[1] / "src/assetsmith/shapes/lexicon/data/colours.tsv"
# XKCD survey names a game-asset prompt should never be answered with; the rest are kept as named.
EXCLUDED_WORDS = frozenset(["shit", "puke", "vomit", "poo", "poop", "barf", "booger", "piss"])


def _fetch(dest: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--platform",
            "manylinux2014_x86_64",
            "--python-version",
            "3.11",
            "-d",
            str(dest),
            MATPLOTLIB,
        ],
        check=True,
    )
    found = sorted(dest.glob("matplotlib-*"))
    if not found:
        raise SystemExit("pip download produced no matplotlib archive")
    return found[0]


def _color_data_source(archive: Path) -> str:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            name = next(n for n in zf.namelist() if n.endswith("matplotlib/_color_data.py"))
            return zf.read(name).decode("utf-8")
    with tarfile.open(archive) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("matplotlib/_color_data.py"))
        handle = tf.extractfile(member)
        assert handle is not None
        return handle.read().decode("utf-8")


def _dicts(source: str) -> dict[str, dict[str, str]]:
    """The module's literal dicts, read with ast (the fetched code is parsed, never executed)."""
    out: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            target = node.targets[0]
            if isinstance(target, ast.Name):
                value = ast.literal_eval(node.value)
                if all(isinstance(v, str) for v in value.values()):
                    out[target.id] = value
    return out


def build(archive: Path) -> list[tuple[str, str, str]]:
    data = _dicts(_color_data_source(archive))
    rows: dict[str, tuple[str, str]] = {}
    for name, hexval in data["CSS4_COLORS"].items():
        rows[name.lower()] = (hexval.lower(), "css4")
    for name, hexval in data["XKCD_COLORS"].items():
        plain = " ".join(re.sub(r"[^a-z ]", " ", name.removeprefix("xkcd:").lower()).split())
        if not plain or EXCLUDED_WORDS.intersection(plain.split()):
            continue
        rows[plain] = (hexval.lower(), "xkcd")
    return sorted((name, hexval, src) for name, (hexval, src) in rows.items())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--wheel", type=Path, help="a matplotlib wheel or sdist to read instead of fetching"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = args.wheel or _fetch(Path(tmp))
        rows = build(archive)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = (
        f"# colour names: XKCD colour survey (CC0) and CSS4, from {MATPLOTLIB} _color_data.py\n"
    )
    args.out.write_text(header + "".join(f"{n}\t{h}\t{s}\n" for n, h, s in rows), encoding="utf-8")
    print(f"{len(rows)} colour names -> {args.out}")


if __name__ == "__main__":
    main()
