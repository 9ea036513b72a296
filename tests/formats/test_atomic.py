import json
import os

import numpy as np
import pytest

from assetsmith.errors import OutputError
from assetsmith.formats.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    atomic_writer,
    write_json,
)


def test_write_bytes_text_and_json(tmp_path):
    atomic_write_bytes(tmp_path / "deep" / "a.bin", b"\x00\x01", fsync=True)
    assert (tmp_path / "deep" / "a.bin").read_bytes() == b"\x00\x01"
    atomic_write_text(tmp_path / "a.txt", "h\u00e9llo\n")
    assert (tmp_path / "a.txt").read_bytes() == "h\u00e9llo\n".encode()
    obj = {
        "b": np.float32(0.5),
        "a": [np.int64(3), np.arange(2)],
        "c": {"z": 1, "y": tmp_path / "x"},
    }
    write_json(tmp_path / "a.json", obj)
    text = (tmp_path / "a.json").read_text()
    assert text.endswith("}\n") and text.index('"a"') < text.index('"b"') < text.index('"c"')
    assert json.loads(text)["a"] == [3, [0, 1]]
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert sorted(os.listdir(tmp_path)) == ["a.json", "a.txt", "deep"]  # no temp files left
    assert os.listdir(tmp_path / "deep") == ["a.bin"]
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


def test_json_refuses_nan(tmp_path):
    with pytest.raises(ValueError):
        write_json(tmp_path / "n.json", {"x": float("nan")})
    assert not (tmp_path / "n.json").exists() and list(tmp_path.iterdir()) == []


def test_exception_keeps_old_file(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_writer(target) as f:
        f.write(b"half of the new")
        raise RuntimeError("boom")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["f.txt"]


def test_unwritable_location_raises_output_error(tmp_path):
    (tmp_path / "blocker").write_text("a file where a folder should be")
    with pytest.raises(OutputError) as err:
        atomic_write_bytes(tmp_path / "blocker" / "out.glb", b"x")
    assert "out.glb" in err.value.message and str(tmp_path) not in str(err.value)
    (tmp_path / "adir").mkdir()
    with pytest.raises(OutputError):
        atomic_write_bytes(tmp_path / "adir", b"x")  # a folder in the way
    assert os.listdir(tmp_path / "adir") == []
