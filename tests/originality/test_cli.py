"""`assetsmith corpus add|list|rm|stats` and `assetsmith audit`, through the real entry point."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assetsmith.cli.main import main

from .conftest import jpeg_bytes, png_bytes

pytestmark = pytest.mark.slow  # the CLI in subprocesses


def _cli(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out = capsys.readouterr()
    return exc.value.code or 0, out.out, out.err


def test_corpus_commands_and_audit(tmp_path, capsys, textures):
    data = str(tmp_path / "data")
    folder = tmp_path / "known"
    folder.mkdir()
    (folder / "brick.png").write_bytes(png_bytes(textures["brick"]))
    (folder / "marble.png").write_bytes(png_bytes(textures["marble"]))
    (folder / "notes.txt").write_text("ignored: not an asset")
    (folder / "empty.png").write_bytes(b"")

    code, out, err = _cli(capsys, "--data-dir", data, "corpus", "add", str(folder))
    assert code == 0 and "2 added" in out and "empty.png" in err and "empty" in err

    code, out, _ = _cli(capsys, "--data-dir", data, "corpus", "list", "--json")
    assert sorted(a["name"] for a in json.loads(out)) == ["brick.png", "marble.png"]

    code, out, _ = _cli(capsys, "--data-dir", data, "corpus", "stats", "--json")
    stats = json.loads(out)
    assert (
        stats["assets"] == 2
        and stats["vectors"]["phash"] == 2
        and stats["embedder"] == "descriptor-v1"
    )

    copy = tmp_path / "copy.jpg"
    copy.write_bytes(jpeg_bytes(np.ascontiguousarray(textures["brick"][:, ::-1]), 50))
    code, out, _ = _cli(capsys, "--data-dir", data, "audit", str(copy))
    assert code in (1, 11) and "brick.png" in out

    stranger = tmp_path / "fabric.png"
    stranger.write_bytes(png_bytes(textures["fabric"]))
    code, out, _ = _cli(capsys, "--data-dir", data, "audit", str(stranger), "--json")
    assert code == 0 and json.loads(out)["verdict"] == "pass"

    code, out, _ = _cli(capsys, "--data-dir", data, "corpus", "rm", "brick.png")
    assert code == 0 and "removed" in out
    code, out, _ = _cli(capsys, "--data-dir", data, "audit", str(copy))
    assert code == 0

    code, _, err = _cli(capsys, "--data-dir", data, "corpus", "rm", "brick.png")
    assert code == 4 and "No known asset" in err

    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image at all")
    code, _, err = _cli(capsys, "--data-dir", data, "audit", str(bad))
    assert code == 2 and "Error:" in err and "not an image" in err
