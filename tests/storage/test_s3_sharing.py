"""A worker and an API server on two machines' worth of data directories, sharing one job database
and one S3 bucket (moto on loopback) and nothing else: the worker (data dir A) builds a real job and
uploads it; the API (data dir B) lists it, answers downloads with 307 redirects to presigned URLs,
verifies and audits it, all without a pack file ever landing in B."""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from tests.api.live import LiveServer, WorkerThread, wait_for

from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # moto's S3 shared by API and workers

PEPPER = "test-pepper-not-a-secret-elsewhere"


def side(root: Path, database: Path, s3: dict) -> Settings:
    """One machine's settings: its own data dir; the shared database and bucket."""
    return Settings(
        data_dir=root,
        database_url=f"sqlite:///{database}",
        auth_required=True,
        api_key_pepper=PEPPER,
        workers=1,
        default_resolution=512,
        max_resolution=1024,
        previews=False,
        rate_limit_per_minute=0,
        sse_poll_s=0.05,
        **s3,
    )


@pytest.fixture
def two_hosts(tmp_path, s3_fields):
    database = tmp_path / "shared.db"
    return side(tmp_path / "worker-a", database, s3_fields), side(
        tmp_path / "api-b", database, s3_fields
    )


def files_in(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_worker_and_api_share_packs_only_through_s3(two_hosts):
    worker_settings, api_settings = two_hosts
    with LiveServer(api_settings) as server:
        tenancy = server.app.state.assetsmith.tenancy
        tenant = tenancy.create_tenant("Studio", "team")["tenant_id"]
        key = tenancy.issue_key(tenant, "s3 test")["api_key"]
        api = server.client(key)
        with WorkerThread(worker_settings, "worker-a"):
            sub = api.post(
                "/api/v1/jobs",
                json={
                    "prompt": "iron-banded oak barrel",
                    "resolution": 512,
                    "engine": "godot",
                    "seed": 7,
                },
            )
            assert sub.status_code == 202, sub.text
            jid = sub.json()["job_id"]
            done = wait_for(
                lambda: (
                    (r := api.get(f"/api/v1/jobs/{jid}").json())["status"]
                    in ("succeeded", "failed", "dead")
                    and r
                ),
                timeout=300,
            )
            assert done["status"] == "succeeded", done

        files = {f["path"]: f for f in api.get(f"/api/v1/jobs/{jid}/files").json()["files"]}
        assert {"pack.zip", "pack/manifest.json"} <= set(files) and any(
            p.endswith(".glb") for p in files
        )

        # pack.zip: a 307 to a presigned URL made for this request, never cached
        r = api.get(f"/api/v1/jobs/{jid}/pack.zip")
        assert r.status_code == 307 and r.headers["cache-control"] == "no-store"
        location = r.headers["location"]
        assert location.startswith(api_settings.s3_endpoint_url) and "X-Amz-Signature=" in location
        zipped = httpx.get(location)
        assert zipped.status_code == 200 and zipped.headers["content-type"] == "application/zip"
        assert (
            zipped.headers["content-disposition"] == f'attachment; filename="assetsmith-{jid}.zip"'
        )
        assert hashlib.sha256(zipped.content).hexdigest() == files["pack.zip"]["sha256"]
        assert "manifest.json" in zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
        time.sleep(
            1.1
        )  # presigned URLs carry their signing time (to the second): a later request gets another
        assert api.get(f"/api/v1/jobs/{jid}/pack.zip").headers["location"] != location

        # one file, followed the way a browser does; images stay inline; the studio route too
        glb = next(f for p, f in files.items() if p.endswith(".glb"))
        fetched = api.get(glb["url"], follow_redirects=True)
        assert fetched.status_code == 200 and fetched.headers["content-type"] == "model/gltf-binary"
        assert hashlib.sha256(fetched.content).hexdigest() == glb["sha256"]
        assert api.get(f"/api/studio/jobs/{jid}/download").status_code == 307
        missing = api.get(f"/api/v1/jobs/{jid}/files/pack/nothing.png")
        assert missing.status_code == 404 and missing.json()["error"] == "not_found"

        # work that needs the files themselves reads them from S3 on B
        result = api.get(f"/api/v1/jobs/{jid}/result").json()
        assert result["provenance"]["signed"] is True
        # B trusts only keys in its keyring (issue 13.8): the operator trusts worker A's key on B
        report = api.get(f"/api/v1/jobs/{jid}/verify").json()
        assert report["ok"] is False and report["trusted"] is False
        from assetsmith.provenance.keyring import trust_key
        from assetsmith.provenance.signers import open_signer

        trust_key(api_settings, open_signer(worker_settings).public_key, name="worker-a")
        report = api.get(f"/api/v1/jobs/{jid}/verify").json()
        assert report["ok"] is True and report["kind"] == "job" and report["target"] == jid
        audit = api.post("/api/v1/originality/audit", json={"job_id": jid})
        assert audit.status_code == 200 and audit.json()["verdict"] in ("pass", "flag")

        health = api.get("/api/v1/health").json()
        assert health["backends"]["artifact_store"] == {"ok": True, "required": True, "kind": "s3"}
        csp = api.get("/studio/").headers["content-security-policy"]
        assert f"connect-src 'self' {api_settings.s3_endpoint_url}" in csp
        api.close()

    # B never held a pack file; A kept nothing once the upload was done
    assert not [
        p for p in files_in(api_settings.data_dir) if p.endswith((".zip", ".glb", ".png", ".usda"))
    ]
    assert not (api_settings.data_dir / "jobs").exists()
    assert not (worker_settings.data_dir / "jobs").exists()
    assert files_in(worker_settings.data_dir / "staging") == []
