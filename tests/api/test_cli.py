"""`assetsmith serve` refuses a public address with auth off; `assetsmith tenants ...` manages
tenants, keys and plans (and the keys it prints work against a running server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from assetsmith.cli.api_cmds import is_loopback

from .live import ServerProcess

pytestmark = pytest.mark.slow  # serves the API in subprocesses


def run(data_dir, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assetsmith", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    "host,loop",
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.com", False),
    ],
)
def test_loopback_detection(host, loop):
    assert is_loopback(host) is loop


def test_serve_refuses_a_public_address_without_auth(tmp_path):
    out = run(tmp_path, "serve", "--host", "0.0.0.0", "--no-auth", "--queue-workers", "0")
    assert out.returncode == 2
    assert (
        "Refusing to serve on 0.0.0.0" in out.stderr
        and "--auth" in out.stderr
        and "--insecure" in out.stderr
    )


def test_tenants_commands_and_a_served_key(tmp_path):
    def js(*args: str) -> dict | list:
        out = run(tmp_path, "tenants", *args, "--json")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    t = js("create", "--name", "Pixel Friends", "--tier", "indie")
    assert (t["tier"], t["credits_per_month"], t["max_concurrent_jobs"], t["textures"]) == (
        "indie",
        600,
        2,
        True,
    )
    key = js("issue-key", "--tenant-id", t["tenant_id"], "--label", "lead-dev-laptop")
    assert key["api_key"].startswith("asm_")
    listed = js("list", "--keys")
    assert listed[0]["keys"][0]["label"] == "lead-dev-laptop" and key["api_key"] not in json.dumps(
        listed
    )
    assert (
        js("set-tier", "--tenant-id", t["tenant_id"], "--tier", "team")["credits_per_month"] == 3000
    )
    bad = run(tmp_path, "tenants", "set-tier", "--tenant-id", t["tenant_id"], "--tier", "platinum")
    assert bad.returncode == 2 and "Unknown tier 'platinum'" in bad.stderr
    missing = run(tmp_path, "tenants", "usage", "--tenant-id", "tn_nope")
    assert missing.returncode == 4 and "No tenant" in missing.stderr

    # the key works on a server started with --auth; after revoke-key it does not
    with ServerProcess(tmp_path, {}, args=("--auth", "--queue-workers", "0")) as srv:
        headers = {"X-API-Key": key["api_key"]}
        assert httpx.get(f"{srv.url}/api/v1/me", headers=headers).json()["tier"] == "team"
        assert (
            httpx.post(
                f"{srv.url}/api/v1/jobs", json={"prompt": "crate"}, headers=headers
            ).status_code
            == 202
        )
        assert httpx.get(f"{srv.url}/api/v1/jobs").status_code == 401
        js("revoke-key", "--key-id", key["key_id"])
        assert httpx.get(f"{srv.url}/api/v1/me", headers=headers).status_code == 401
    usage = js("usage", "--tenant-id", t["tenant_id"])
    assert (usage["credits_used"], usage["active_jobs"]) == (2, 1)
    assert (
        js("grant", "--tenant-id", t["tenant_id"], "--credits", "10")["credits_remaining"]
        == 3000 + 10 - 2
    )
