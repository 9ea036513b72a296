"""The ArtifactStore contract, run against every registered store (today: the local folder)."""

from __future__ import annotations

import threading

import pytest

from assetsmith.errors import InvalidInput, NotFound
from assetsmith.settings import Settings
from assetsmith.storage import STORES, ArtifactStore, get_artifact_store


@pytest.fixture(params=sorted(STORES) or ["local"])
def artifacts(request, tmp_path) -> ArtifactStore:
    settings = Settings(data_dir=tmp_path / "data", artifact_store=request.param)
    return get_artifact_store(settings)


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
    assert list(folder.iterdir()) and artifacts.list("job_a") == [] and not artifacts.exists("job_a/pack.zip")
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


@pytest.mark.parametrize("key", ["", "/etc/passwd", "../outside", "job/../../x", "a//b", ".staging-x/y",
                                 "job\\x", "job/\x00"])
def test_keys_that_escape_the_store_are_refused(artifacts, key):
    with pytest.raises(InvalidInput):
        artifacts.put_bytes(key, b"x")
    with pytest.raises(InvalidInput):
        artifacts.exists(key)


def test_unknown_store_names_the_choices(tmp_path):
    with pytest.raises(InvalidInput, match="local"):
        get_artifact_store(Settings(data_dir=tmp_path, artifact_store="floppy"))
