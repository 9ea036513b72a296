import os
import time
import zipfile
from pathlib import Path

import pytest

from assetsmith.errors import OutputError
from assetsmith.formats import reproducible_zip
from assetsmith.formats._zip import ZipWriter
from assetsmith.formats.reproducible_zip import write_reproducible_zip

FILES = {
    "pack.json": b'{"name": "crate"}\n' * 20,
    "textures/crate_albedo.png": b"\x89PNG fake" * 50,
    "models/crate.glb": b"glTF" * 100,
    "models/crate.usdz": b"PK" * 100,
    "README.txt": b"hello\n" * 30,
    "unity/Crate.mat": b"%YAML 1.1\n" * 20,
    "docs/\u00fcber.md": b"# \xc3\xbcber\n",
}


def make_tree(root: Path, *, mtime: float) -> Path:
    for rel, data in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (mtime, mtime))
    return root


def test_same_tree_gives_identical_bytes(tmp_path):
    a = make_tree(tmp_path / "a", mtime=1_000_000_000)
    b = make_tree(tmp_path / "b", mtime=time.time())
    os.chmod(b / "README.txt", 0o600)
    write_reproducible_zip(a, tmp_path / "a.zip")
    write_reproducible_zip(b, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_entries_sorted_methods_times_and_modes(tmp_path):
    src = make_tree(tmp_path / "src", mtime=time.time())
    dest = tmp_path / "out" / "pack.zip"
    write_reproducible_zip(src, dest, arc_prefix="crate")
    with zipfile.ZipFile(dest) as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == sorted("crate/" + k for k in FILES)
        for info in infos:
            rel = info.filename.removeprefix("crate/")
            stored = Path(rel).suffix in {".png"}  # GLBs (geometry) and USDZs (text layer) deflate
            assert info.compress_type == (zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED), (
                rel
            )
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
            assert zf.read(info) == FILES[rel]
        assert zf.testzip() is None
    assert sorted(p.name for p in dest.parent.iterdir()) == ["pack.zip"]  # no temp file left
    assert dest.stat().st_mode & 0o777 == 0o644


def test_epoch_sets_timestamp(tmp_path):
    src = make_tree(tmp_path / "src", mtime=0)
    epoch = 1_700_000_001  # 2023-11-14 22:13:21 UTC; zip keeps 2-second steps
    write_reproducible_zip(src, tmp_path / "e.zip", epoch=epoch)
    with zipfile.ZipFile(tmp_path / "e.zip") as zf:
        assert {i.date_time for i in zf.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    write_reproducible_zip(src, tmp_path / "old.zip", epoch=0)  # before 1980: clamped
    with zipfile.ZipFile(tmp_path / "old.zip") as zf:
        assert zf.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


@pytest.mark.parametrize("kind", ["file", "dir"])
def test_symlinks_refused(tmp_path, kind):
    src = make_tree(tmp_path / "src", mtime=0)
    target = src / "README.txt" if kind == "file" else src / "textures"
    (src / "link").symlink_to(target)
    with pytest.raises(OutputError, match="symbolic link"):
        write_reproducible_zip(src, tmp_path / "pack.zip")
    assert not (tmp_path / "pack.zip").exists()


def test_failure_leaves_destination_untouched(tmp_path, monkeypatch):
    src = make_tree(tmp_path / "src", mtime=0)
    dest = tmp_path / "pack.zip"
    dest.write_bytes(b"previous pack")
    calls = []

    def failing_add(self, name, data, **kw):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return original(self, name, data, **kw)

    original = ZipWriter.add
    monkeypatch.setattr(ZipWriter, "add", failing_add)
    with pytest.raises(OutputError) as err:
        write_reproducible_zip(src, dest)
    assert str(tmp_path) not in str(err.value)  # no server paths in messages
    assert dest.read_bytes() == b"previous pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.zip", "src"]


def test_destination_inside_source_is_not_zipped(tmp_path):
    src = make_tree(tmp_path / "src", mtime=0)
    write_reproducible_zip(src, src / "pack.zip")
    first = (src / "pack.zip").read_bytes()
    write_reproducible_zip(src, src / "pack.zip")  # the old pack is in the tree now
    assert (src / "pack.zip").read_bytes() == first
    with zipfile.ZipFile(src / "pack.zip") as zf:
        assert "pack.zip" not in zf.namelist()


def test_stored_suffixes_cover_compressed_formats():
    assert {".png", ".jpg", ".zip", ".webp", ".exr", ".ktx2"} <= reproducible_zip.STORED_SUFFIXES
    # A pack's GLBs hold geometry only and a USDZ's root layer is text: both are worth deflating.
    assert not {".glb", ".usdz"} & reproducible_zip.STORED_SUFFIXES


def test_a_usdz_is_deflated_fast_and_its_text_shrinks(tmp_path):
    src = tmp_path / "pack"
    src.mkdir()
    (src / "a.usdz").write_bytes(b"#usda 1.0\n" + b"point3f[] points = [(0, 0, 0)]\n" * 2000)
    write_reproducible_zip(src, tmp_path / "pack.zip")
    with zipfile.ZipFile(tmp_path / "pack.zip") as zf:
        info = zf.getinfo("a.usdz")
        assert (
            info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size < info.file_size // 10
        )
        assert zf.read("a.usdz") == (src / "a.usdz").read_bytes()


def test_missing_source_folder(tmp_path):
    with pytest.raises(OutputError):
        write_reproducible_zip(tmp_path / "nope", tmp_path / "pack.zip")


def test_each_entry_is_reported_with_the_bytes_done(tmp_path):
    # The package stage's progress while it zips (it stood still 1-1.5 s at 4096 px).
    src = make_tree(tmp_path / "src", mtime=1_000_000_000)
    calls = []
    write_reproducible_zip(
        src,
        tmp_path / "p.zip",
        on_entry=lambda done, total, name: calls.append((done, total, name)),
    )
    total = sum(len(v) for v in FILES.values())
    assert sorted(name for _, _, name in calls) == sorted(FILES)
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls) and calls[-1][
        :2
    ] == (total, total)
    write_reproducible_zip(src, tmp_path / "q.zip")  # the callback does not change the bytes
    assert (tmp_path / "p.zip").read_bytes() == (tmp_path / "q.zip").read_bytes()
