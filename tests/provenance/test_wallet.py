"""Wallet identity: EIP-55 addresses, EIP-712 authorisations of the signing key, and what verify
says about packs that carry them."""

from __future__ import annotations

import json
import threading
import time
import urllib.request

import pytest
from eth_account import Account

import assetsmith
from assetsmith.provenance import PROVENANCE_FILE, WalletError
from assetsmith.provenance.link import LinkPage, complete_link, start_link
from assetsmith.provenance.packsign import sign_pack_files
from assetsmith.provenance.signers import open_signer
from assetsmith.provenance.statement import pack_predicate
from assetsmith.provenance.verify import verify_path
from assetsmith.provenance.wallet import checksum_address, load_wallet, save_wallet
from assetsmith.settings import Settings

from .helpers import build_small_job, small_context, small_pack_files, stage, wallet_sign


@pytest.fixture
def wallet():
    return Account.create()


def _link(settings: Settings, account, **kw) -> dict:
    typed = start_link(settings, account.address, **kw)
    return complete_link(settings, account.address, wallet_sign(account, typed))


def test_eip55_checksums_are_enforced(wallet):
    assert checksum_address(wallet.address) == wallet.address
    body = wallet.address[2:]
    i = next(i for i, c in enumerate(body) if c.isalpha())
    typo = "0x" + body[:i] + body[i].swapcase() + body[i + 1 :]
    with pytest.raises(WalletError, match="checksum"):
        checksum_address(typo)
    with pytest.raises(WalletError, match="no EIP-55 checksum"):
        checksum_address(wallet.address.lower())
    with pytest.raises(WalletError, match="not an Ethereum address"):
        checksum_address("0x1234")


def test_linked_wallet_is_carried_and_verified(settings, tmp_path, wallet):
    auth = _link(settings, wallet, days=30)
    msg = auth["typedData"]["message"]
    assert msg["wallet"] == wallet.address and msg["keyId"] == open_signer(settings).keyid
    assert "may sign assets for wallet" in msg["statement"]
    job = build_small_job(settings, tmp_path / "job")
    manifest = json.loads((job / "pack" / "manifest.json").read_text())
    assert manifest["provenance"]["wallet"] == wallet.address
    report = assetsmith.verify(job, settings=settings)
    assert report.ok and report.wallet == wallet.address
    assert any(c.name == "wallet" and "authorised key" in c.detail for c in report.checks)
    assert (
        "private" not in json.dumps(load_wallet(settings)).lower()
    )  # we never hold the wallet's key


def test_signature_from_another_wallet_is_refused(settings, wallet):
    typed = start_link(settings, wallet.address)
    other = Account.create()
    with pytest.raises(WalletError, match="signed by"):
        complete_link(settings, wallet.address, wallet_sign(other, typed))


def test_key_the_wallet_did_not_authorise_fails_the_wallet_check(settings, tmp_path, wallet):
    auth = _link(settings, wallet)  # authorises this installation's key A
    rogue = Settings(data_dir=tmp_path / "rogue")  # key B, never authorised
    signer_b = open_signer(rogue)
    files = small_pack_files()
    predicate = pack_predicate(
        build_id="b",
        request=None,
        request_digest="",
        spec_sha256=None,
        asset_id="crate",
        seeds={},
        toolchain={},
        created_at="1980-01-01T00:00:00Z",
        signer=signer_b,
        creator={"wallet": wallet.address, "authorization": auth},
        originality=None,
    )
    signed, _ = sign_pack_files(files, predicate, signer_b)
    out = tmp_path / "forged"
    for name, data in signed.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    report = assetsmith.verify(out, settings=settings)
    assert not report.ok
    wallet_fail = [c for c in report.failures if c.name == "wallet"]
    assert wallet_fail and "not the signing key" in wallet_fail[0].detail
    assert wallet_fail[0].file == PROVENANCE_FILE
    # and the stage refuses to sign with key B while B's wallet file names no authorisation of B
    save_wallet(rogue, load_wallet(settings))
    with pytest.raises(WalletError, match="has not authorised the signing key"):
        stage("provenance", rogue).run(small_context(None))


def test_expired_authorisation_fails(settings, tmp_path, wallet):
    _link(settings, wallet, days=1)
    job = build_small_job(settings, tmp_path / "job")
    assert verify_path(job / "pack", settings).ok
    later = time.time() + 3 * 86400
    report = verify_path(job / "pack", settings, now=later)
    assert not report.ok
    assert any(c.name == "wallet" and "expired" in c.detail for c in report.failures)


def test_signing_with_an_expired_authorisation_fails_the_job(settings, wallet):
    past = time.time() - 10 * 86400
    typed = start_link(settings, wallet.address, days=1, now=past)
    with pytest.raises(WalletError, match="expired"):
        complete_link(settings, wallet.address, wallet_sign(wallet, typed))
    data = load_wallet(settings)  # as if it had been linked then and ran out since
    data["authorizations"] = [{"typedData": typed, "signature": wallet_sign(wallet, typed)}]
    save_wallet(settings, data)
    with pytest.raises(WalletError, match="expired"):
        stage("provenance", settings).run(small_context(None))


def test_browser_page_on_loopback_accepts_the_wallet_signature(settings, wallet):
    typed = start_link(settings, wallet.address)
    page = LinkPage(settings, wallet.address, typed)
    assert page.url.startswith("http://127.0.0.1:")
    result = {}
    t = threading.Thread(target=lambda: result.setdefault("auth", page.wait(20)))
    t.start()
    html = urllib.request.urlopen(page.url, timeout=5).read().decode()
    assert "eth_signTypedData_v4" in html and wallet.address in html
    bad = urllib.request.Request(
        page.url + "signature",
        data=json.dumps({"signature": "0x00"}).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(bad, timeout=5)
    assert exc.value.code == 400
    good = urllib.request.Request(
        page.url + "signature",
        method="POST",
        data=json.dumps({"signature": wallet_sign(wallet, typed)}).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert b"Linked" in urllib.request.urlopen(good, timeout=5).read()
    t.join(10)
    assert result["auth"]["typedData"] == typed
    assert load_wallet(settings)["authorizations"][0]["signature"] == result["auth"]["signature"]
    wrong_path = page.url.replace(page.secret, "guess")
    with pytest.raises(OSError):
        urllib.request.urlopen(wrong_path, timeout=2)


def test_checking_a_wallet_leaves_the_recursion_limit_so_deep_json_is_refused_not_fatal():
    """py_ecc (under eth-account) raises the interpreter's recursion limit to 100,000 when first
    imported; with that limit json.loads of a deeply nested document overflows the C stack and the
    process dies (a server, a worker) instead of refusing it. A fresh interpreter checks a wallet
    address and a signature, then reads a 200,000-deep document."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "before = sys.getrecursionlimit()\n"
        "from assetsmith.provenance import WalletError\n"
        "from assetsmith.provenance.wallet import checksum_address, recover_signer\n"
        "checksum_address('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')\n"
        "try:\n    recover_signer({}, '0x00')\nexcept WalletError:\n    pass\n"
        "assert sys.getrecursionlimit() == before, sys.getrecursionlimit()\n"
        "try:\n    json.loads('[' * 200_000 + ']' * 200_000)\nexcept RecursionError:\n    print('refused')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "refused"
