"""Byte identity of packs across a refactor: the same requests, built by this checkout and by a
baseline commit in the same run, must give the same pack.zip (issue 14's "behaviour unchanged").

    python benchmarks/pack_identity.py [--baseline REV]

The requests: `run-job --prompt barrel --seed 1 --resolution 512` for each engine layout,
`pack` of a v0.1 spec (upgraded on the way in) with `--zip`, `pack` of a v0.1 spec with a glowing
(emissive) material for Unreal and Godot, and the barrel again with the non-default texture settings
(`glb_textures = embed_lod0`, `usdz_textures = png`). Each run gets a fresh data folder; all share
one fixed Ed25519 signing key (from a constant seed: a benchmark key, never a secret) and
SOURCE_DATE_EPOCH, so every pack is signed and the hashes hold from run to run on one machine
(library versions, e.g. libdeflate's, can change PNG bytes on another). Content Credentials are
turned off (ASSETSMITH_CONTENT_CREDENTIALS=off): c2pa salts every manifest at random, so packs with
credentials differ from run to run by design. The baseline's `src/` is exported with `git archive`
(no checkout). Prints the sha256 of every pack.zip and exits 1 when the two trees differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

EPOCH = "1700000000"
V01_SPEC = {
    "spec_version": "0.1",
    "asset_id": "guard_sword",
    "display_name": "Guard sword",
    "category": "prop",
    "style_preset": "toon_bold",
    "poly_budget_tris": 2000,
    "tags": ["weapon"],
    "material_slots": [
        {"id": "blade", "role": "albedo", "resolution_hint": 512},
        {"id": "blade", "role": "orm", "resolution_hint": 512},
    ],
    "variants": [{"variant_id": "v1", "label": "Steel"}, {"variant_id": "v2", "label": "Rusty"}],
    "generation": {"source_prompt": "steel sword with leather grip"},
    "unity": {"import_subfolder": "Weapons/Sword", "collider": "box"},
}
GLOWING_V01_SPEC = {  # an `emissive` slot: the upgrade makes the material glow in its own colour
    "spec_version": "0.1",
    "asset_id": "glowing_stone",
    "display_name": "Glowing stone",
    "category": "prop",
    "style_preset": "toon_bold",
    "poly_budget_tris": 3000,
    "tags": ["magic"],
    "material_slots": [
        {"id": "stone", "role": r, "resolution_hint": 512} for r in ("albedo", "orm", "emissive")
    ],
    "variants": [{"variant_id": "v1", "label": "Glowing"}],
    "generation": {"source_prompt": "stone with glowing veins"},
    "unity": {"import_subfolder": "Props/GlowingStone", "collider": "box"},
}
BARREL = ["run-job", "--prompt", "barrel", "--seed", "1", "--resolution", "512", "--json"]
PACK = ["pack", "--output", "{out}/pack", "--zip", "{out}/pack.zip", "--json"]
# name -> (arguments, settings in the environment)
REQUESTS: dict[str, tuple[list[str], dict[str, str]]] = {
    **{
        f"run-job barrel seed 1 512 px {e}": ([*BARREL, "--engine", e], {})
        for e in ("unity", "godot", "unreal")
    },
    "pack v0.1 spec (unity)": ([*PACK, "--spec", "{spec}"], {}),
    **{
        f"pack v0.1 glowing spec ({e})": ([*PACK, "--spec", "{glowing}", "--engine", e], {})
        for e in ("unreal", "godot")
    },
    "run-job barrel, LOD0 embeds its maps, USDZ PNGs (unity)": (
        [*BARREL, "--engine", "unity"],
        {"ASSETSMITH_GLB_TEXTURES": "embed_lod0", "ASSETSMITH_USDZ_TEXTURES": "png"},
    ),
}


def export_tree(rev: str, dest: Path) -> Path:
    """`src/` of commit `rev`, extracted under `dest` (no checkout, no worktree)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
        check=True,
        capture_output=True,
    ).stdout
    (dest / "src.tar").write_bytes(archive)
    with tarfile.open(dest / "src.tar") as t:
        t.extractall(dest, filter="data")
    return dest / "src"


def write_fixed_key(path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.from_private_bytes(
        hashlib.sha256(b"assetsmith pack identity").digest()
    )
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)


def build(
    src: Path,
    work: Path,
    key: Path,
    specs: dict[str, Path],
    name: str,
    argv: list[str],
    settings: dict[str, str],
) -> str:
    """sha256 of the pack.zip that `argv` makes with the package under `src`."""
    out = work / hashlib.sha1(f"{src}{name}".encode()).hexdigest()[:12]
    out.mkdir()
    env = dict(
        os.environ,
        PYTHONPATH=str(src),
        SOURCE_DATE_EPOCH=EPOCH,
        ASSETSMITH_DATA_DIR=str(out / "data"),
        ASSETSMITH_SIGNING_KEY=f"file:{key}",
        ASSETSMITH_CONTENT_CREDENTIALS="off",
        **settings,
    )
    args = [a.format(out=out, **specs) for a in argv]
    proc = subprocess.run(
        [sys.executable, "-m", "assetsmith", *args], env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed under {src} ({proc.returncode}): {proc.stderr[-2000:]}")
    doc = json.loads(proc.stdout)
    zip_path = Path(doc.get("zip_path") or doc.get("zip"))
    return hashlib.sha256(zip_path.read_bytes()).hexdigest()


def hashes(label: str, src: Path, work: Path, key: Path, specs: dict[str, Path]) -> dict[str, str]:
    out = {}
    for name, (argv, settings) in REQUESTS.items():
        out[name] = build(src, work, key, specs, name, argv, settings)
        print(f"[{label}] {name}: {out[name]}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--baseline", help="A commit to build the same requests with (e.g. the branch's first)."
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        key = work / "signing-key.pem"
        specs = {"spec": work / "v01.json", "glowing": work / "v01-glowing.json"}
        specs["spec"].write_text(json.dumps(V01_SPEC))
        specs["glowing"].write_text(json.dumps(GLOWING_V01_SPEC))
        write_fixed_key(key)
        now = hashes("this tree", ROOT / "src", work, key, specs)
        if not args.baseline:
            return
        (work / "baseline").mkdir()
        base = hashes(
            f"baseline {args.baseline}",
            export_tree(args.baseline, work / "baseline"),
            work,
            key,
            specs,
        )
    differ = [n for n in REQUESTS if now[n] != base[n]]
    print("identical: all packs" if not differ else f"DIFFERENT: {', '.join(differ)}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
