"""A job through the HTTP service with a real worker: SSE progress, result, files with safe paths,
downloads, provenance verification, the reference routes, and the metrics that follow."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest

from .live import WorkerThread

pytestmark = pytest.mark.slow  # a live server with queue workers


def read_sse(
    client: httpx.Client, path: str, headers: dict | None = None, limit: float = 180
) -> list[tuple[str, dict]]:
    """Every (event, data) of a stream until it ends."""
    events, name, data = [], None, []
    with client.stream("GET", path, headers=headers or {}, timeout=limit) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data.append(line[6:])
            elif line == "" and name:
                events.append((name, json.loads("\n".join(data))))
                if name == "end":
                    break
                name, data = None, []
    return events


@pytest.fixture
def finished_job(server, tenants, api_settings):
    """A job of tenant A built by a real worker, followed over SSE: (client, job_id, events)."""
    _, key = tenants["A"]
    with WorkerThread(api_settings), server.client(key) as c:
        sub = c.post(
            "/api/v1/jobs",
            json={
                "prompt": "iron-banded oak barrel",
                "resolution": 512,
                "engine": "godot",
                "seed": 7,
            },
        )
        assert sub.status_code == 202
        jid = sub.json()["job_id"]
        events = read_sse(c, f"/api/v1/jobs/{jid}/events")
        yield c, jid, events


def test_events_stream_progress_to_completion(finished_job):
    c, jid, events = finished_job
    kinds = [e for e, _ in events]
    assert kinds[-1] == "end" and events[-1][1] == {"status": "succeeded"}
    snapshots = [d for e, d in events if e == "job"]
    assert snapshots[-1]["status"] == "succeeded" and snapshots[-1]["progress"] == 1.0
    stages = [d["data"]["stage"] for e, d in events if e == "progress"]
    assert {"spec", "materials", "geometry", "package"} <= set(stages)
    fractions = [d["data"]["fraction"] for e, d in events if e == "progress"]
    assert fractions == sorted(fractions)
    assert all("worker" not in d["data"] for e, d in events if e == "status")
    # resuming after the last event id replays nothing new but the final snapshot and end
    last_id = max(d["id"] for e, d in events if e in ("status", "progress", "log"))
    again = read_sse(c, f"/api/v1/jobs/{jid}/events", headers={"Last-Event-ID": str(last_id)})
    assert [e for e, _ in again] == ["job", "end"]


def test_result_previews_files_and_downloads(finished_job):
    c, jid, _ = finished_job
    result = c.get(f"/api/v1/jobs/{jid}/result").json()
    assert result["provenance"]["signed"] is True and result["timings"]["materials"] > 0
    assert result["previews"] and all(
        p["path"].startswith("pack/Previews/") for p in result["previews"]
    )
    png = c.get(result["previews"][0]["url"])
    assert (
        png.status_code == 200
        and png.headers["content-type"] == "image/png"
        and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    )
    assert png.headers["content-disposition"].startswith("inline")
    files = c.get(f"/api/v1/jobs/{jid}/files").json()["files"]
    paths = {f["path"] for f in files}
    assert "pack.zip" in paths and "pack/manifest.json" in paths
    glb = next(f for f in files if f["path"].endswith(".glb"))
    r = c.get(glb["url"])
    assert r.headers["content-type"] == "model/gltf-binary" and r.content[:4] == b"glTF"
    assert r.headers["content-disposition"].startswith("attachment")
    import hashlib

    assert hashlib.sha256(r.content).hexdigest() == glb["sha256"]
    z = c.get(f"/api/v1/jobs/{jid}/pack.zip")
    assert z.headers["content-type"] == "application/zip"
    assert f'filename="assetsmith-{jid}.zip"' in z.headers["content-disposition"]
    names = zipfile.ZipFile(io.BytesIO(z.content)).namelist()
    assert "manifest.json" in names and any(n.startswith("Previews/") for n in names)
    logs = c.get(f"/api/v1/jobs/{jid}/logs").json()["lines"]
    assert logs and all("\n" not in line for line in logs)
    shape = result["shape"]  # which recipe was built and why
    assert shape["recipe"] == "barrel" and shape["fallback"] is None and shape["confidence"] == 1.0
    assert shape["matched_words"] == ["barrel"]


def test_strict_refuses_a_prompt_no_recipe_fits_at_submit(server, tenants):
    _, key = tenants["A"]
    with server.client(key) as c:
        before = c.get("/api/v1/me").json()
        r = c.post("/api/v1/jobs", json={"prompt": "quantum happiness", "strict": True})
        assert r.status_code == 422
        body = r.json()
        assert body["error"] == "no_fitting_shape"
        assert "not a physical object" in body["message"] and body["hint"]
        assert c.get("/api/v1/me").json() == before  # nothing queued, nothing charged
        ok = c.post(
            "/api/v1/jobs", json={"prompt": "quantum happiness"}
        )  # without strict: a stand-in
        assert ok.status_code == 202


ESCAPES = [
    "../../assetsmith.db",
    "..%2F..%2Fassetsmith.db",
    "pack/../../x",
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "pack/%2e%2e/%2e%2e/assetsmith.db",
    ".staging-x/a",
    "pack/Textures/../../../keys/api_key_pepper",
    "pack\\..\\..\\assetsmith.db",
    "pack/nothing.png",
    "pack/Models",
    "pack//manifest.json",
    "%00",
    "pack/manifest.json%00.png",
    "..",
    "pack/..",
    "%2e%2e/%2e%2e/assetsmith.db",
]


def test_file_paths_cannot_escape_the_job(finished_job, server):
    """Raw request targets (http.client does not normalise dot segments the way httpx does)."""
    import http.client

    c, jid, _ = finished_job
    assert c.get(f"/api/v1/jobs/{jid}/files/pack/manifest.json").status_code == 200
    key = c.headers["authorization"]
    for path in ESCAPES:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        conn.request("GET", f"/api/v1/jobs/{jid}/files/{path}", headers={"Authorization": key})
        r = conn.getresponse()
        body = r.read()
        conn.close()
        assert r.status == 404, (path, r.status)
        assert json.loads(body)["error"] == "not_found"


def test_verify_stored_job_and_uploads(finished_job):
    c, jid, _ = finished_job
    report = c.get(f"/api/v1/jobs/{jid}/verify").json()
    assert report["ok"] is True and report["kind"] == "job" and report["target"] == jid
    data = c.get(f"/api/v1/jobs/{jid}/pack.zip").content
    good = c.post(
        "/api/v1/verify", content=data, headers={"Content-Type": "application/zip"}
    ).json()
    assert good["ok"] is True and good["keyid"]
    # tamper with one file inside the zip: verification names it
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(
                info,
                body + b" "
                if info.filename.endswith(".json") and "spec" in info.filename
                else body,
            )
    bad = c.post(
        "/api/v1/verify", content=out.getvalue(), headers={"Content-Type": "application/zip"}
    ).json()
    assert bad["ok"] is False and any(
        ch["status"] == "fail" and "spec.json" in (ch["file"] or "") for ch in bad["checks"]
    )
    r = c.post("/api/v1/verify", content=data, headers={"Content-Type": "text/plain"})
    assert r.status_code == 422


def test_sign_reference_needs_the_signer_token(server, tenants):
    """A tenant key never signs with the server's key; the reference `/sign` shape with the signer
    token is tested in test_signer.py."""
    _, key = tenants["A"]
    with server.client(key) as c:
        r = c.post("/sign", json={"sha256": "ab" * 32, "name": "frame_0001.exr", "scene": "Harbor"})
        assert r.status_code == 404 and "provenance_signer_token" in r.json()["message"]


def test_reference_routes_end_to_end(server, tenants, api_settings):
    _, key = tenants["A"]
    with WorkerThread(api_settings), server.client(key, timeout=300) as c:
        spec = c.post(
            "/api/studio/generate-spec",
            json={
                "prompt": "stone lantern",
                "style_preset": "toon_bold",
                "category": "prop",
                "mock": True,
            },
        ).json()
        assert spec["spec"]["style_preset"] == "toon_bold" and spec["meta"]["credits"] == 1
        run = c.post(
            "/api/studio/jobs/run",
            json={
                "prompt": "stone lantern",
                "style_preset": "toon_bold",
                "engine_target": "unreal",
                "mock": True,
                "export_mesh": True,
            },
        )
        assert run.status_code == 200, run.text
        body = run.json()
        assert set(body) == {
            "job_id",
            "folder",
            "manifest",
            "spec",
            "output_dir",
            "zip_path",
            "texture_logs",
            "mesh_logs",
            "errors",
        }
        assert body["manifest"]["engine_target"] == "unreal" and body["errors"] == []
        assert body["zip_path"] == f"/api/studio/jobs/{body['job_id']}/download"
        assert c.get(body["zip_path"]).content[:2] == b"PK"
        assert c.get(body["output_dir"]).status_code == 200
        q = c.post(
            "/api/studio/queue/jobs", json={"prompt": "stone lantern", "max_attempts": 2}
        ).json()
        assert q["deduplicated"] is False
        sse = read_sse(c, f"/api/studio/queue/jobs/{q['queue_id']}/events")
        assert sse[-2][0] == "job" and sse[-2][1]["status"] == "completed" and sse[-1][0] == "end"
        row = c.get(f"/api/studio/queue/jobs/{q['queue_id']}").json()
        assert (
            row["status"] == "completed"
            and row["max_attempts"] == 2
            and row["studio_job_id"] == q["queue_id"]
        )
        index = c.get("/api/studio/jobs").json()
        assert index["jobs_root"] == "/api/studio/jobs" and {
            e["job_id"] for e in index["jobs"]
        } >= {q["queue_id"]}
        assert c.get("/api/studio/billing/status").json()["tier_id"] == "team"
        assert c.get("/api/studio/comfy-status").json()["configured"] is False
        usage = c.get("/api/studio/usage").json()
        assert usage["credits_used"] == 1 + 2 + 2


def test_prometheus_metrics(finished_job, server):
    c, jid, _ = finished_job
    assert c.get(f"/api/v1/jobs/{jid}").status_code == 200
    text = httpx.get(f"{server.url}/metrics").text
    assert 'assetsmith_jobs{status="succeeded"} 1.0' in text
    assert 'assetsmith_stage_duration_seconds_count{stage="materials"} 1.0' in text
    assert (
        'assetsmith_http_request_duration_seconds_count{method="POST",route="/api/v1/jobs",status="202"} 1.0'
        in text
    )
    # latencies are labelled by route template, never by the raw path (ids would explode the series)
    assert 'route="/api/v1/jobs/{job_id}",status="200"' in text and jid not in text
