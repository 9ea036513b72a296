"""The ArtifactStore contract, run against every registered store: the local folder, and S3 (moto's
server on loopback, a fresh bucket per test)."""

from __future__ import annotations

import hashlib
import os
import threading

import httpx
import pytest

from assetsmith.errors import InvalidInput, NotFound
from assetsmith.settings import Settings
from assetsmith.storage import STORES, ArtifactStore, get_artifact_store

MIB = 1024 * 1024


# every store in the registry; those that need a server (s3: moto on loopback) run in the slow lane
@pytest.fixture(
    params=[pytest.param(n, marks=pytest.mark.slow) if n == "s3" else n for n in sorted(STORES)]
)
def store_settings(request, tmp_path) -> Settings:
    extra = request.getfixturevalue("s3_fields") if request.param == "s3" else {}
    return Settings(data_dir=tmp_path / "data", **{"artifact_store": request.param, **extra})


@pytest.fixture
def artifacts(store_settings) -> ArtifactStore:
    return get_artifact_store(store_settings)


def stage(store: ArtifactStore, prefix: str, files: dict[str, bytes]):
    folder = store.staging(prefix)
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return folder


def test_it_is_an_artifact_store(artifacts):
    assert isinstance(artifacts, ArtifactStore) and artifacts.name in STORES


def test_staged_files_appear_only_on_commit(artifacts):
    folder = stage(artifacts, "job_a", {"pack/manifest.json": b"{}", "pack.zip": b"PK"})
    assert folder.parent == artifacts.staging_root and folder.name.startswith(".staging-")
    assert (
        list(folder.iterdir())
        and artifacts.list("job_a") == []
        and not artifacts.exists("job_a/pack.zip")
    )
    committed = artifacts.commit("job_a", folder)
    assert [a.key for a in committed] == ["job_a/pack.zip", "job_a/pack/manifest.json"]
    assert committed[0].bytes == 2 and len(committed[0].sha256) == 64
    assert artifacts.get_bytes("job_a/pack/manifest.json") == b"{}"
    with artifacts.open("job_a/pack.zip") as f:
        assert f.read() == b"PK"
    assert artifacts.size("job_a") == 4


def test_commit_replaces_earlier_files_whole(artifacts):
    artifacts.commit("job_b", stage(artifacts, "job_b", {"old.txt": b"old", "same.txt": b"1"}))
    artifacts.commit("job_b", stage(artifacts, "job_b", {"new.txt": b"new", "same.txt": b"2"}))
    assert [a.key for a in artifacts.list("job_b")] == ["job_b/new.txt", "job_b/same.txt"]
    assert artifacts.get_bytes("job_b/same.txt") == b"2"


def test_recommit_replaces_files_and_keeps_neighbours(artifacts):
    artifacts.commit(
        "job_r",
        stage(
            artifacts,
            "job_r",
            {
                "pack/a.png": b"a1",
                "pack/deep/b.glb": b"b1",
                "pack.zip": b"z1",
                "old/only.txt": b"gone",
            },
        ),
    )
    artifacts.commit(
        "job_rr", stage(artifacts, "job_rr", {"x": b"neighbour"})
    )  # shares the prefix's text
    artifacts.put_bytes("job_r2/keep", b"k")
    folder = stage(
        artifacts, "job_r", {"pack/a.png": b"a2", "pack/deep/c.glb": b"c2", "pack.zip": b"z2"}
    )
    committed = artifacts.commit("job_r", folder)
    assert not folder.exists()
    want = {"job_r/pack.zip": b"z2", "job_r/pack/a.png": b"a2", "job_r/pack/deep/c.glb": b"c2"}
    listed = artifacts.list("job_r")
    assert listed == committed
    assert [(a.key, a.bytes, a.sha256) for a in listed] == [
        (k, len(v), hashlib.sha256(v).hexdigest()) for k, v in sorted(want.items())
    ]
    assert all(artifacts.get_bytes(k) == v for k, v in want.items())
    assert not artifacts.exists("job_r/pack/deep/b.glb") and not artifacts.exists(
        "job_r/old/only.txt"
    )
    assert artifacts.get_bytes("job_rr/x") == b"neighbour" and artifacts.exists("job_r2/keep")
    assert [a.key for a in artifacts.list("job_r/pack")] == [
        "job_r/pack/a.png",
        "job_r/pack/deep/c.glb",
    ]
    assert artifacts.list("job_r/pack.zip") == [listed[0]]  # a key lists as itself


def test_large_files_commit_and_read_back_whole(store_settings, tmp_path):
    """Over the multipart threshold (5 MiB here) a file goes up in parts (S3: its ETag ends in
    `-<parts>`) and reads back byte for byte."""
    artifacts = get_artifact_store(
        store_settings.model_copy(
            update={"s3_multipart_threshold_mb": 5, "s3_multipart_chunk_mb": 5}
        )
    )
    big = os.urandom(11 * MIB)
    committed = artifacts.commit(
        "job_m", stage(artifacts, "job_m", {"pack.zip": big, "small.json": b"{}"})
    )
    assert committed[0].bytes == len(big) and committed[0].sha256 == hashlib.sha256(big).hexdigest()
    assert artifacts.get_bytes("job_m/pack.zip") == big and artifacts.list("job_m") == committed
    if store_settings.artifact_store == "s3":
        from tests.helpers.s3 import raw_client

        s3 = raw_client(store_settings.s3_endpoint_url)
        etag = s3.head_object(Bucket=store_settings.s3_bucket, Key="job_m/pack.zip")["ETag"].strip(
            '"'
        )
        assert etag.endswith("-3")  # 5 + 5 + 1 MiB
        assert (
            "-"
            not in s3.head_object(Bucket=store_settings.s3_bucket, Key="job_m/small.json")["ETag"]
        )


def test_presigned_urls(artifacts, store_settings):
    """A store that serves files itself gives None; one that presigns gives a URL, made per call and
    never stored, that answers the bytes with the Content-Disposition and Content-Type asked for."""
    artifacts.put_bytes("job_p/pack.zip", b"PK\x03\x04" * 1000)
    artifacts.put_bytes("job_p/pack/Previews/hero.png", b"\x89PNG")
    url = artifacts.presigned_url(
        "job_p/pack.zip", filename="assetsmith-job_p.zip", content_type="application/zip"
    )
    if artifacts.local_path("job_p/pack.zip") is not None:
        assert url is None
        return
    r = httpx.get(url)
    assert r.status_code == 200 and r.content == b"PK\x03\x04" * 1000
    assert r.headers["content-disposition"] == 'attachment; filename="assetsmith-job_p.zip"'
    assert r.headers["content-type"] == "application/zip"
    assert f"X-Amz-Expires={store_settings.s3_presign_ttl_s}" in url
    img = artifacts.presigned_url(
        "job_p/pack/Previews/hero.png", content_type="image/png", inline=True
    )
    r = httpx.get(img)
    assert (
        r.content == b"\x89PNG"
        and r.headers["content-disposition"] == 'inline; filename="hero.png"'
    )
    assert r.headers["content-type"] == "image/png"
    # nothing was written by presigning: the prefix holds the two files it held
    assert [a.key for a in artifacts.list("job_p")] == [
        "job_p/pack.zip",
        "job_p/pack/Previews/hero.png",
    ]
    short = get_artifact_store(store_settings.model_copy(update={"s3_presign_ttl_s": 60}))
    assert short.presigned_url("job_p/pack.zip") != artifacts.presigned_url("job_p/pack.zip")


def test_discard_leaves_nothing(artifacts):
    folder = stage(artifacts, "job_c", {"x": b"x"})
    artifacts.discard(folder)
    assert not folder.exists() and artifacts.list("job_c") == []


def test_put_bytes_is_atomic_for_readers(artifacts):
    artifacts.put_bytes("job_d/blob.bin", b"a" * 100_000)
    torn, reads, stop = [], [0], threading.Event()

    def reader():
        while not stop.is_set():
            data = artifacts.get_bytes("job_d/blob.bin")
            reads[0] += 1
            if len(data) != 100_000 or len(set(data)) != 1:
                torn.append(len(data))

    t = threading.Thread(target=reader)
    t.start()
    for i in range(30):
        artifacts.put_bytes("job_d/blob.bin", bytes([97 + i % 2]) * 100_000)
    stop.set()
    t.join()
    assert reads[0] > 0 and torn == []  # every read saw one whole version, never a mix
    assert artifacts.list("job_d")[0].bytes == 100_000


def test_missing_keys_and_prefixes(artifacts):
    with pytest.raises(NotFound):
        artifacts.get_bytes("job_e/nothing")
    with pytest.raises(NotFound):
        artifacts.open("job_e/nothing")
    assert artifacts.delete_prefix("job_e") == 0 and artifacts.size("job_e") == 0


def test_delete_prefix(artifacts):
    artifacts.commit("job_f", stage(artifacts, "job_f", {"a": b"1", "b/c": b"2"}))
    artifacts.put_bytes("job_g/keep", b"k")
    assert artifacts.delete_prefix("job_f") == 2
    assert artifacts.list("job_f") == [] and artifacts.exists("job_g/keep")


@pytest.mark.parametrize(
    "key",
    ["", "/etc/passwd", "../outside", "job/../../x", "a//b", ".staging-x/y", "job\\x", "job/\x00"],
)
def test_keys_that_escape_the_store_are_refused(artifacts, key):
    with pytest.raises(InvalidInput):
        artifacts.put_bytes(key, b"x")
    with pytest.raises(InvalidInput):
        artifacts.exists(key)
    with pytest.raises(InvalidInput):
        artifacts.presigned_url(key)


def test_unknown_store_names_the_choices(tmp_path):
    with pytest.raises(InvalidInput, match="local"):
        get_artifact_store(Settings(data_dir=tmp_path, artifact_store="floppy"))
