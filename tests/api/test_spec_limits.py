"""Issue 13 item 3 over HTTP, auth on: an invalid 10,000-material spec is refused at submit (422,
every problem with its JSON path, nothing queued or charged), and a job is priced and limited by
its texture units per plan."""

from __future__ import annotations

import pytest

from assetsmith.spec import generate_spec

from .conftest import make_settings
from .live import LiveServer

pytestmark = pytest.mark.slow  # a live server


def _spec(materials: int, resolution: int) -> dict:
    spec = generate_spec("oak barrel with iron bands", seed=3)
    base = spec["materials"][0]
    spec["materials"] = [dict(base, id=f"m{i}", resolution=resolution) for i in range(materials)]
    spec["material_slots"] = [
        {"id": f"m{i}", "role": r, "resolution_hint": resolution}
        for i in range(materials)
        for r in ("albedo", "normal", "orm")
    ]
    spec["parts"] = [dict(p, material="m0") for p in spec["parts"]]
    return spec


def _key(srv, tier: str) -> str:
    t = srv.app.state.assetsmith.tenancy
    tid = t.create_tenant(f"T {tier}", tier)["tenant_id"]
    return t.issue_key(tid, "k")["api_key"]


def test_specs_are_validated_bounded_and_priced_at_submit(tmp_path):
    settings = make_settings(tmp_path, max_request_bytes=2 * 1024 * 1024, max_resolution=4096)
    with LiveServer(settings) as srv:
        with srv.client(_key(srv, "team")) as c:
            bad = _spec(1, 1024)
            bad["materials"] = [{"id": "x", "family": "unobtainium", "base_color": "red"}] * 10_000
            r = c.post("/api/v1/jobs", json={"spec": bad})
            assert r.status_code == 422, r.text
            body = r.json()
            assert body["error"] == "spec_invalid"
            assert {
                "path": "$.spec.materials",
                "message": "has 10000 items; at most 32 are allowed",
            } in body["details"]
            r = c.post("/api/v1/jobs", json={"spec": _spec(52, 2048)})  # the issue's 52 materials
            assert r.status_code == 422 and "$.spec.materials" in {
                d["path"] for d in r.json()["details"]
            }
            assert c.get("/api/v1/jobs").json()["jobs"] == []
            assert c.get("/api/v1/usage").json()["credits_used"] == 0
            # 16 materials at 2048 px = 64 texture units: the team plan's largest job, 16 x 2 credits
            r = c.post("/api/v1/jobs", json={"spec": _spec(16, 2048)})
            assert r.status_code == 202 and r.json()["cost"] == 32, r.text
            assert c.get("/api/v1/usage").json()["credits_used"] == 32
        with srv.client(_key(srv, "indie")) as c:
            r = c.post("/api/v1/jobs", json={"spec": _spec(16, 2048)})
            assert r.status_code == 403 and "32 texture units" in r.json()["message"]
            r = c.post("/api/v1/jobs", json={"spec": _spec(2, 1024), "resolution": 4096})
            assert r.status_code == 403 and "2048 px" in r.json()["message"]
            r = c.post("/api/v1/jobs", json={"spec": _spec(2, 2048)})  # 8 units: 2 x 2 credits
            assert r.status_code == 202 and r.json()["cost"] == 4
        with srv.client(_key(srv, "free")) as c:
            assert c.post("/api/v1/jobs", json={"prompt": "crate"}).json()["cost"] == 2  # unchanged
