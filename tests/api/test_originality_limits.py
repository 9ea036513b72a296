"""Issue 13 item 2 over HTTP, auth on: an image over the pixel limit is refused from its header
with 413 naming the limit, and heavy originality requests beyond `originality_max_concurrent`
are answered 503 with Retry-After at once instead of piling decodes into memory."""

from __future__ import annotations

import io
import struct
import threading
import zlib

import numpy as np
import pytest
from PIL import Image

from .conftest import make_settings
from .live import LiveServer

pytestmark = pytest.mark.slow  # a live server


def _header_png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (16, 16)).save(buf, "PNG")
    data = buf.getvalue()
    chunk = b"IHDR" + struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        data[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]
    )


def _big_png() -> bytes:
    rng = np.random.default_rng(5)
    small = Image.fromarray(rng.integers(0, 255, (32, 32, 3), dtype=np.uint8))
    buf = io.BytesIO()
    small.resize((7999, 8000), Image.Resampling.NEAREST).save(buf, "PNG")
    return buf.getvalue()


def _tenant_key(srv) -> str:
    t = srv.app.state.assetsmith.tenancy
    tenant = t.create_tenant("Tenant A", "team")
    return t.issue_key(tenant["tenant_id"], "key")["api_key"]


def test_over_the_pixel_limit_is_413_naming_the_limit(tmp_path):
    with LiveServer(make_settings(tmp_path)) as srv, srv.client(_tenant_key(srv)) as c:
        for path in ("/api/v1/originality/audit", "/api/v1/originality/embed"):
            r = c.post(path, content=_header_png(9000, 8000), headers={"Content-Type": "image/png"})
            assert r.status_code == 413, r.text
            body = r.json()
            assert body["error"] == "too_large" and "64,000,000" in body["message"]
            assert "originality_max_pixels" in body["message"] and body.get("hint")


def test_heavy_requests_over_the_limit_get_503_with_retry_after(tmp_path):
    settings = make_settings(tmp_path, originality_max_concurrent=1, rate_limit_per_minute=10_000)
    png = _big_png()  # the issue's 7999x8000: a second or more of decoding each
    with LiveServer(settings) as srv:
        key = _tenant_key(srv)
        results: list = []

        def post() -> None:
            with srv.client(key, timeout=300) as c:
                r = c.post(
                    "/api/v1/originality/audit", content=png, headers={"Content-Type": "image/png"}
                )
                results.append((r.status_code, r.headers.get("retry-after"), r.json()))

        threads = [threading.Thread(target=post) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        codes = sorted(code for code, _, _ in results)
        assert len(results) == 4 and set(codes) <= {200, 503} and 200 in codes and 503 in codes, (
            codes
        )
        for code, retry, body in results:
            if code == 503:
                assert retry is not None and int(retry) > 0
                assert (
                    body["error"] == "server_busy"
                    and "originality_max_concurrent" in body["message"]
                )
        with srv.client(key, timeout=300) as c:  # the slots were all given back
            r = c.post(
                "/api/v1/originality/audit", content=png, headers={"Content-Type": "image/png"}
            )
            assert r.status_code == 200, r.text
