"""The provenance commands: verify (pack folder, pack.zip, job folder, single file), keys, link-wallet."""

from __future__ import annotations

import json

import pytest
from eth_account import Account
from tests.helpers.cli import run_cli as run

from assetsmith.provenance import PROVENANCE_FILE

from .helpers import build_small_job, flip_byte, wallet_sign

pytestmark = pytest.mark.slow  # the CLI in subprocesses


@pytest.fixture
def job(settings, tmp_path):
    return build_small_job(settings, tmp_path / "job")


@pytest.fixture
def data(settings):
    return ["--data-dir", str(settings.data_dir)]


def test_verify_prints_what_holds(capsys, data, job):
    for target in (
        job,
        job / "pack",
        job / "pack.zip",
        job / "pack" / "Textures" / "crate" / "default_wood_normal.png",
        job / "pack" / PROVENANCE_FILE,
        job / "pack" / "Previews" / "crate_materials.png",
    ):
        code, out, err = run(capsys, *data, "verify", str(target))
        assert code == 0, (target, out, err)
        assert "VERIFIED (trusted key)" in out  # this installation's key, trusted from its creation
    code, out, _ = run(capsys, *data, "verify", str(job), "--json")
    report = json.loads(out)
    assert report["ok"] and report["kind"] == "job" and report["keyid"].startswith("sha256:")


def test_verify_names_the_tampered_file_and_exits_non_zero(capsys, data, job):
    flip_byte(job / "pack" / "Models" / "crate" / "crate.glb")
    (job / "pack" / "extra.txt").write_text("stray")
    code, out, err = run(capsys, *data, "verify", str(job / "pack"))
    assert code == 12
    assert "FAIL      file        Models/crate/crate.glb: modified" in out
    assert "FAIL      file        extra.txt: added" in out and "FAILED" in err
    code, out, _ = run(
        capsys, *data, "verify", str(job / "pack" / "Models" / "crate" / "crate.glb")
    )
    assert code == 12 and "modified" in out
    code, _, err = run(capsys, *data, "verify", str(job / "nothing-here"))
    assert code == 4 and "Nothing to verify" in err


def test_keys_init_show_and_trust(capsys, data, job, tmp_path):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "fresh"), "keys", "show")
    assert (
        code == 4 and "not been created yet" in err and not (tmp_path / "fresh" / "keys").exists()
    )
    code, out, _ = run(capsys, *data, "keys", "show", "--json")
    assert code == 0 and json.loads(out)["trusted"]  # trusted from its creation (issue 13.8)
    code, out, _ = run(capsys, *data, "keys", "init")
    assert code == 0 and "signing key: file ed25519 sha256:" in out and "BEGIN PUBLIC KEY" in out
    code, out, _ = run(capsys, *data, "verify", str(job), "--require-trusted")
    assert code == 0 and "VERIFIED (trusted key)" in out
    other = ["--data-dir", str(tmp_path / "other")]
    code, out, _ = run(capsys, *other, "verify", str(job), "--require-trusted")
    assert code == 12
    code, out, _ = run(capsys, *other, "verify", str(job))  # the default is as safe
    assert code == 12 and "VERIFIED" not in out and "--signature-only" in out
    code, out, _ = run(capsys, *other, "verify", str(job), "--signature-only")
    assert code == 0 and "SIGNATURE VALID, SIGNER NOT TRUSTED" in out and "VERIFIED" not in out
    code, _, err = run(capsys, *other, "verify", str(job), "--signature-only", "--require-trusted")
    assert code == 2 and "contradict" in err
    code, out, _ = run(capsys, *data, "keys", "show", "--json")
    pem = tmp_path / "key.pem"
    pem.write_text(json.loads(out)["public_key"])
    code, out, _ = run(capsys, *other, "keys", "trust", str(pem), "--name", "studio build server")
    assert code == 0 and "Trusted sha256:" in out
    code, out, _ = run(capsys, *other, "verify", str(job), "--require-trusted")
    assert code == 0


def test_link_wallet_by_pasting_a_signature(capsys, data, settings, tmp_path):
    account = Account.create()
    code, _, err = run(capsys, *data, "link-wallet", account.address.lower())
    assert code == 2 and "EIP-55" in err
    code, out, _ = run(capsys, *data, "link-wallet", account.address, "--days", "30", "--json")
    typed = json.loads(out)["pending"]
    assert (
        typed["primaryType"] == "KeyAuthorization" and typed["message"]["wallet"] == account.address
    )
    code, out, err = run(
        capsys, *data, "link-wallet", account.address, "--signature", wallet_sign(account, typed)
    )
    assert code == 0, err
    assert f"Linked wallet {account.address}" in out
    job = build_small_job(settings, tmp_path / "job")
    code, out, _ = run(capsys, *data, "verify", str(job))
    assert code == 0 and f"wallet {account.address}" in out
