"""The originality routes (/embed, /index, /audit) over HTTP: uploads as the body, a job id only
for the caller's own jobs, and a corpus that only a single-tenant server lets clients extend."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest
from PIL import Image

from .conftest import make_settings
from .live import LiveServer, WorkerThread, wait_for

pytestmark = pytest.mark.slow  # a live server auditing packs


def _png(seed: int, size: int = 600) -> bytes:
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
    img = Image.fromarray(base).resize(
        (size, size), Image.BICUBIC
    )  # smooth, so it has structure to hash
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_multi_tenant_server(server, tenants, api_settings):
    (_, key_a), (_, key_b) = tenants["A"], tenants["B"]
    png = _png(1)
    assert (
        len(png) > api_settings.max_request_bytes
    )  # an upload route takes more than a JSON body may
    with server.client(key_a) as a, server.client(key_b) as b:
        r = a.post("/embed", content=png, headers={"Content-Type": "image/png"})
        assert r.status_code == 200, r.text
        e = r.json()
        assert e["dim"] == len(e["embedding"]) and math.isclose(
            sum(x * x for x in e["embedding"]), 1.0, rel_tol=1e-3
        )
        assert (
            a.post(
                "/api/v1/originality/embed", content=png, headers={"Content-Type": "image/png"}
            ).json()["embedding"]
            == e["embedding"]
        )
        r = a.post("/index", content=png, headers={"Content-Type": "image/png"})
        assert r.status_code == 403 and "operator" in r.json()["message"]
        assert (
            a.post("/embed", content=png, headers={"Content-Type": "text/plain"}).status_code == 422
        )
        assert (
            b.post(
                "/embed", content=b"not an image", headers={"Content-Type": "image/png"}
            ).status_code
            == 422
        )

        with WorkerThread(api_settings):
            jid = a.post("/api/v1/jobs", json={"prompt": "oak barrel", "resolution": 512}).json()[
                "job_id"
            ]
            wait_for(lambda: a.get(f"/api/v1/jobs/{jid}").json()["status"] == "succeeded", 180)
        mine = a.post("/audit", json={"job_id": jid})
        assert mine.status_code == 200 and mine.json()["verdict"] == "pass"
        theirs = b.post("/audit", json={"job_id": jid})
        nobody = b.post("/audit", json={"job_id": "job_00000000000000000000"})
        assert theirs.status_code == nobody.status_code == 404
        assert a.post("/audit", json={"job_id": jid, "path": "/etc/passwd"}).status_code == 422
        up = a.post("/audit", content=png, headers={"Content-Type": "image/png"})
        assert up.status_code == 200 and up.json()["verdict"] == "pass"
        # the job's result shows the verdict the pipeline recorded
        assert a.get(f"/api/v1/jobs/{jid}/result").json()["originality"]["verdict"] == "pass"


def test_single_tenant_server_indexes_and_audits(tmp_path):
    settings = make_settings(tmp_path, auth_required=False)
    png, other = _png(2), _png(3)
    with LiveServer(settings) as srv, srv.client() as c:
        first = c.post("/index?name=known.png", content=png, headers={"Content-Type": "image/png"})
        assert first.status_code == 200 and first.json()["created"] is True
        again = c.post("/index", content=png, headers={"Content-Type": "image/png"}).json()
        assert again["created"] is False and again["asset"] == first.json()["asset"]
        same = c.post("/audit", content=png, headers={"Content-Type": "image/png"}).json()
        assert same["verdict"] == "block" and same["matches"][0]["name"] == "known.png"
        assert same["originality"] < 0.05
        fresh = c.post("/audit", content=other, headers={"Content-Type": "image/png"}).json()
        assert fresh["originality"] > same["originality"]
