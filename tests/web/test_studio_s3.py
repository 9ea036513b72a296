"""The /studio page on a deployment whose packs live in S3 (moto on loopback): the API answers file
requests with 307 redirects to presigned URLs, and the page's fetches must follow them across
origins: previews appear and the zip downloads. This checks the page's content-security policy
and its redirect handling; the bucket gets the CORS rule docs/storage.md tells operators to add,
but moto's server answers CORS permissively whatever the rule, so the rule itself is not proven
here (real S3, R2 and MinIO enforce it)."""

from __future__ import annotations

import zipfile

import pytest
from tests.api.conftest import make_settings
from tests.api.live import LiveServer, WorkerThread
from tests.helpers.s3 import raw_client

pytestmark = pytest.mark.slow  # Chromium and moto's S3

DESKTOP = {"width": 1280, "height": 800}


def test_previews_and_download_through_presigned_redirects(browser, tmp_path, s3_fields, moto_s3):
    settings = make_settings(tmp_path, sse_poll_s=0.1, previews=True, **s3_fields)
    with LiveServer(settings) as srv, WorkerThread(settings, "s3-browser-worker"):
        raw_client(moto_s3).put_bucket_cors(
            Bucket=s3_fields["s3_bucket"],
            CORSConfiguration={
                "CORSRules": [
                    {
                        "AllowedOrigins": [srv.url],
                        "AllowedMethods": ["GET"],
                        "AllowedHeaders": ["*"],
                        "MaxAgeSeconds": 300,
                    }
                ]
            },
        )
        t = srv.app.state.assetsmith.tenancy
        key = t.issue_key(t.create_tenant("S3 team", "team")["tenant_id"], "browser")["api_key"]
        ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True)
        ctx.add_init_script(f"localStorage.setItem('assetsmith.apiKey', {key!r})")
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        s3_hits: list[int] = []
        page.on(
            "response", lambda r: s3_hits.append(r.status) if r.url.startswith(moto_s3) else None
        )
        try:
            page.goto(f"{srv.url}/studio/")
            page.wait_for_selector("#usage:has-text('3000 credits')")
            page.fill("#prompt", "small pine crate")
            page.click(".options summary")
            page.select_option("#resolution", "512")
            page.click("#submit")
            page.wait_for_selector("#detail-status[data-status=succeeded]", timeout=240_000)
            page.wait_for_function(
                "() => { const i = document.querySelector('#previews img');"
                " return i && i.complete && i.naturalWidth > 0; }",
                timeout=60_000,
            )
            with page.expect_download() as dl:
                page.click("#download-zip")
            target = tmp_path / dl.value.suggested_filename
            dl.value.save_as(target)
            with zipfile.ZipFile(target) as z:
                assert "manifest.json" in z.namelist()
            assert s3_hits and all(
                status == 200 for status in s3_hits
            )  # the bytes came from the bucket
            assert not (settings.data_dir / "jobs").exists() or not any(
                (settings.data_dir / "jobs").iterdir()
            )
            assert errors == []
        finally:
            ctx.close()
