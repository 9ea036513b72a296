"""Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium, no downloaded browser)
against a live server with a queue worker. Screenshots go to test-output/screenshots/.

Outside CI a machine without Chromium skips these tests with the reason; in CI (CI=true) a
missing Chromium fails them: scripts/test.sh installs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.api.conftest import make_settings
from tests.api.live import LiveServer, WorkerThread
from tests.helpers.availability import missing

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; scripts/test.sh does it)"
        missing(reason, "the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    """A live server (auth on) with one worker, and a team tenant's key: (server, key)."""
    # previews on: the pack carries the renderer's hero shot and turntable beside the texture sheet
    settings = make_settings(tmp_path_factory.mktemp("studio"), sse_poll_s=0.1, previews=True)
    with LiveServer(settings) as srv, WorkerThread(settings, "browser-worker"):
        t = srv.app.state.assetsmith.tenancy
        key = t.issue_key(t.create_tenant("Browser team", "team")["tenant_id"], "browser")[
            "api_key"
        ]
        yield srv, key


@pytest.fixture
def shots():
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
