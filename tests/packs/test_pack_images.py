"""Each image is stored once per pack: no two image files, and no image file and GLB-embedded
image, hold the same pixels (the USDZ, a self-contained package by definition, is the one
exception and is not looked into). Decoded pixels are compared, so a re-encoded copy counts too."""

from __future__ import annotations

import hashlib
import io
import json

import numpy as np
import pytest
from PIL import Image

import assetsmith
from assetsmith.formats.glb import read_glb
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # whole jobs


def _pixels_digest(data: bytes) -> str:
    img = np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))
    return hashlib.sha256(img.tobytes() + str(img.shape).encode()).hexdigest()


def pack_images(pack_dir) -> dict[str, str]:
    """{where: pixel digest} for every image file and every image embedded in a GLB."""
    out = {}
    for path in sorted(pack_dir.rglob("*")):
        rel = path.relative_to(pack_dir).as_posix()
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp") and path.is_file():
            if path.suffix.lower() == ".webp":
                continue  # the animated turntable: frames of the preview sheet, a different image
            out[rel] = _pixels_digest(path.read_bytes())
        elif path.suffix.lower() == ".glb":
            doc, binary = read_glb(path.read_bytes())
            for i, img in enumerate(doc.get("images", [])):
                if "bufferView" in img:
                    view = doc["bufferViews"][img["bufferView"]]
                    start = view.get("byteOffset", 0)
                    out[f"{rel}#images/{i}"] = _pixels_digest(
                        binary[start : start + view["byteLength"]]
                    )
    return out


@pytest.mark.parametrize("engine", ["unity", "godot", "unreal"])
def test_no_image_is_stored_twice_outside_the_usdz(packs, engine):
    images = pack_images(packs[engine].pack_dir)
    assert sum(1 for k in images if "Textures/" in k or "textures/" in k) >= 3 * len(
        packs[engine].spec["materials"]
    )
    assert not [k for k in images if "#images/" in k]  # every GLB references the shared maps
    seen: dict[str, str] = {}
    for where, digest in images.items():
        assert digest not in seen, f"{where} repeats {seen[digest]}"
        seen[digest] = where


def test_the_check_finds_a_copy(tmp_path):
    """With LOD0 made self-contained (glb_textures=embed_lod0) its embedded maps repeat the
    texture folder's: the same check names them."""
    settings = Settings(
        data_dir=tmp_path / "data", workers=2, previews=False, glb_textures="embed_lod0"
    )
    result = assetsmith.run_job("wooden crate", resolution=512, settings=settings)
    images = pack_images(result.pack_dir)
    embedded = [k for k in images if "#images/" in k]
    manifest = json.loads((result.pack_dir / "manifest.json").read_text())
    assert embedded and all(k.startswith(manifest["models"]["glb"]) for k in embedded)  # LOD0 only
    digests = list(images.values())
    assert len(set(digests)) < len(digests)
