"""The corpus (rows in the job database, vectors in the index) and the audit verdicts, on both
index backends, through the service functions the HTTP routes call."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import select

from assetsmith.errors import InvalidInput, NotFound
from assetsmith.originality.records import originality_items
from assetsmith.originality.service import audit_upload, embed_upload, index_upload
from assetsmith.settings import Settings

from .conftest import jpeg_bytes, png_bytes

pytestmark = pytest.mark.slow  # builds packs and corpora; pgvector


@pytest.fixture(params=["usearch", "pgvector"])
def csettings(request, tmp_path) -> Settings:
    if request.param == "usearch":
        yield Settings(data_dir=tmp_path / "data")
        return
    url = request.getfixturevalue("pgvector_url")
    import secrets

    from assetsmith.jobs.db import create_scratch_database, drop_database

    db = create_scratch_database(url, f"oc_{secrets.token_hex(2)}")
    yield Settings(data_dir=tmp_path / "data", database_url=db, originality_index="pgvector")
    drop_database(db)


def test_embed_gives_a_unit_vector_and_hashes(osettings, textures):
    out = embed_upload(png_bytes(textures["brick"]), osettings)
    v = np.array(out["embedding"])
    assert len(v) == out["dim"] and np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)
    assert out["embedder"] == "descriptor-v1" and len(out["phash"]) == 16


def test_an_edited_copy_is_found_a_stranger_passes_and_removal_forgets(csettings, textures):
    wood = textures["wood_planks"]
    added = index_upload(png_bytes(wood), csettings, name="../../etc/wood.png")
    assert added["created"] and added["asset"]["name"] == "wood.png"  # a display name, never a path
    assert index_upload(png_bytes(wood), csettings)["created"] is False  # same bytes: same asset
    index_upload(png_bytes(textures["marble"]), csettings, name="marble.png")

    copy = audit_upload(jpeg_bytes(np.ascontiguousarray(wood[8:-24, ::-1]), 45), csettings)
    assert copy["verdict"] in ("flag", "block")
    assert copy["matches"][0]["name"] == "wood.png" and copy["originality"] < 0.5
    assert copy["matches"][0]["layers"]["image"]["similarity"] >= csettings.originality_flag_image

    stranger = audit_upload(png_bytes(textures["fabric"]), csettings)
    assert stranger["verdict"] == "pass" and stranger["originality"] > 0.5

    exact = audit_upload(png_bytes(wood), csettings)
    assert exact["verdict"] == "block" and "exact" in exact["matches"][0]["layers"]

    from assetsmith.originality.manage import corpus_remove, corpus_stats

    assert corpus_stats(csettings)["vectors"]["image"] == 20
    corpus_remove("wood.png", csettings)
    assert audit_upload(png_bytes(wood), csettings)["verdict"] == "pass"
    assert corpus_stats(csettings)["vectors"]["image"] == 10
    with pytest.raises(NotFound):
        corpus_remove("wood.png", csettings)


def test_report_mode_turns_a_block_into_a_flag(tmp_path, textures):
    s = Settings(data_dir=tmp_path / "d", originality="report")
    index_upload(png_bytes(textures["brick"]), s)
    assert audit_upload(png_bytes(textures["brick"]), s)["verdict"] == "flag"


def test_an_empty_corpus_passes(osettings, textures):
    out = audit_upload(png_bytes(textures["brick"]), osettings)
    assert out["verdict"] == "pass" and out["originality"] == 1.0 and out["matches"] == []


def _bomb_png(width: int, height: int) -> bytes:
    """A valid PNG header claiming a huge image, with a tiny compressed body."""
    import struct
    import zlib

    def chunk(kind, payload):
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * (1 + 3 * width) * 64, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _zip_bomb() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Textures/a/default_wood_albedo.png", b"\0" * 50_000_000)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"just some text, not an image", "not an image"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "not a readable image"),
        (_bomb_png(30_000, 30_000), "decompression bomb|over this server's limit"),
        (_zip_bomb(), "zip bomb"),
        (b"PK\x03\x04 broken", "not a readable zip"),
        (b"glTF" + b"\0" * 40, "Malformed GLB"),
    ],
    ids=["empty", "text", "truncated-png", "png-bomb", "zip-bomb", "broken-zip", "broken-glb"],
)
def test_bad_uploads_are_refused_clearly_and_never_indexed(osettings, data, message):
    for call in (lambda: index_upload(data, osettings), lambda: audit_upload(data, osettings)):
        with pytest.raises(InvalidInput, match=message) as err:
            call()
        assert err.value.hint  # says what to do
    from assetsmith.originality.corpus import Corpus

    assert Corpus(osettings).count() == 0


def test_huge_images_and_oversized_uploads_are_refused(tmp_path, textures):
    small = Settings(
        data_dir=tmp_path / "d", originality_max_pixels=100 * 100, max_upload_bytes=4096
    )
    with pytest.raises(InvalidInput, match="over this server's limit"):
        index_upload(png_bytes(textures["brick"]), small)
    roomy = Settings(data_dir=tmp_path / "d", originality_max_pixels=100 * 100)
    with pytest.raises(InvalidInput, match="pixels, over this server's limit"):
        index_upload(png_bytes(textures["brick"]), roomy)
    tiny = np.zeros((8, 8, 3), np.uint8)
    with pytest.raises(InvalidInput, match="only 8x8"):
        index_upload(png_bytes(tiny), roomy)


def test_audit_takes_a_job_id_never_a_path(osettings):
    with pytest.raises(InvalidInput, match="not a job id"):
        audit_upload(job_id="/etc/passwd", settings=osettings)
    with pytest.raises(NotFound):
        audit_upload(job_id="job_0123456789abcdef", settings=osettings)
    with pytest.raises(InvalidInput, match="bytes"):
        audit_upload("/etc/passwd", osettings)
    with pytest.raises(InvalidInput, match="exactly one"):
        audit_upload(settings=osettings)


def test_items_are_rows_in_the_job_database(osettings, textures):
    index_upload(png_bytes(textures["marble"]), osettings, name="m.png")
    from assetsmith.originality.corpus import Corpus

    with Corpus(osettings).engine.connect() as conn:
        kinds = sorted(r.kind for r in conn.execute(select(originality_items.c.kind)))
    assert kinds == ["file", "image"]
