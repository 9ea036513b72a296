"""What importing the package and starting the CLI cost, here and at a baseline commit (issue 14).

    python benchmarks/startup.py [--baseline REV] [--repeats 10]

Measured for this checkout's `src/` and, when `--baseline` is given, for that commit's `src/`
(exported with `git archive` into a temporary folder, never checked out), in the same run:

- `python -X importtime -c "import assetsmith.errors"`: the modules it adds to a fresh interpreter,
  its cumulative import time, and whether SQLAlchemy, NumPy or pydantic came with it;
- `import assetsmith`: modules loaded (package modules and all);
- `assetsmith --help` and `assetsmith --version` as fresh processes (`python -m assetsmith`):
  median and spread of wall time over `--repeats` runs, the two trees' runs interleaved.

Both trees are byte-compiled first, as `pip install` leaves a package (this machine may run with
PYTHONDONTWRITEBYTECODE=1, which would make every process recompile every module).
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import compileall  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "numpy", "pydantic")
COUNT_IMPORT = (
    "import importlib, sys; before = set(sys.modules); importlib.import_module({name!r}); "
    "new = set(sys.modules) - before; "
    "print(len(new), sum(m.startswith('assetsmith') for m in new))"
)


def export_tree(rev: str, dest: Path) -> Path:
    """`src/` of commit `rev`, extracted under `dest` (no checkout, no worktree)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
        check=True,
        capture_output=True,
    ).stdout
    tar = dest / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(dest, filter="data")
    return dest / "src"


def env_for(src: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # use the .pyc compiled below, write none
    return env


def importtime_errors(src: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import assetsmith.errors"],
        env=env_for(src),
        check=True,
        capture_output=True,
        text=True,
    )
    modules, cumulative_us = [], 0
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        modules.append(name.strip())
        if name.strip() == "assetsmith.errors":
            cumulative_us = int(cumulative)  # assetsmith.errors with everything it pulled in
        if name.strip() == "assetsmith":
            cumulative_us = max(cumulative_us, int(cumulative))  # the package root ran first
    heavy = sorted({h for h in HEAVY for m in modules if m == h or m.startswith(h + ".")})
    total, own = import_count(src, "assetsmith.errors")
    return {
        "modules": total,
        "assetsmith_modules": own,
        "cumulative_ms": cumulative_us / 1000,
        "heavy": heavy,
    }


def import_count(src: Path, module: str) -> tuple[int, int]:
    """Modules that importing `module` adds to a fresh interpreter: (all, the package's)."""
    out = subprocess.run(
        [sys.executable, "-c", COUNT_IMPORT.format(name=module)],
        env=env_for(src),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]), int(out[1])


def wall_times(trees: dict[str, Path], args: list[str], repeats: int) -> dict[str, list[float]]:
    """Wall time of `python -m assetsmith ARGS` per tree, the trees' runs interleaved so that load
    from other processes on the machine falls on both alike."""
    cmd = [sys.executable, "-m", "assetsmith", *args]
    for src in trees.values():
        subprocess.run(cmd, env=env_for(src), check=True, capture_output=True)  # page cache
    samples: dict[str, list[float]] = {label: [] for label in trees}
    for _ in range(repeats):
        for label, src in trees.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env_for(src), check=True, capture_output=True)
            samples[label].append(time.perf_counter() - t0)
    return samples


def measure(trees: dict[str, Path], repeats: int) -> dict[str, dict]:
    figures: dict[str, dict] = {}
    for label, src in trees.items():
        compileall.compile_dir(str(src / "assetsmith"), quiet=1)
        errors = importtime_errors(src)
        total, own = import_count(src, "assetsmith")
        figures[label] = {"errors": errors, "import_assetsmith": (total, own)}
        print(
            f"[{label}] import assetsmith.errors: {errors['modules']} modules "
            f"({errors['assetsmith_modules']} of the package), {errors['cumulative_ms']:.1f} ms cumulative, "
            f"heavy: {', '.join(errors['heavy']) or 'none'}"
        )
        print(f"[{label}] import assetsmith: {total} modules ({own} of the package)")
    for name in ("--help", "--version"):
        for label, s in wall_times(trees, [name], repeats).items():
            figures[label][name] = s
            print(
                f"[{label}] assetsmith {name}: median {statistics.median(s) * 1000:.0f} ms "
                f"(min {min(s) * 1000:.0f}, max {max(s) * 1000:.0f}, n={len(s)})"
            )
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--baseline", help="A commit to measure in the same run (e.g. the branch's first)."
    )
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"this tree": ROOT / "src"}
        if args.baseline:
            trees = {f"baseline {args.baseline}": export_tree(args.baseline, Path(tmp)), **trees}
        figures = measure(trees, args.repeats)
    if not args.baseline:
        return
    base, now = figures[f"baseline {args.baseline}"], figures["this tree"]
    print("ratios (this tree / baseline):")
    print(
        f"  import assetsmith.errors modules: {now['errors']['modules']} / {base['errors']['modules']} = "
        f"{now['errors']['modules'] / base['errors']['modules']:.3f}; cumulative time "
        f"{now['errors']['cumulative_ms'] / base['errors']['cumulative_ms']:.3f}"
    )
    print(
        f"  import assetsmith modules: {now['import_assetsmith'][0]} / {base['import_assetsmith'][0]} = "
        f"{now['import_assetsmith'][0] / base['import_assetsmith'][0]:.3f}"
    )
    for name in ("--help", "--version"):
        ratio = statistics.median(now[name]) / statistics.median(base[name])
        print(f"  assetsmith {name} median: {ratio:.3f}")


if __name__ == "__main__":
    main()
