"""The /studio page in a real browser: add the API key, submit a prompt, follow live progress to
completion, see the preview and the provenance verdict, download the zip; then the same page at
phone width, and readable errors. A screenshot of each step is kept in test-output/screenshots/."""

from __future__ import annotations

import zipfile

import pytest

pytestmark = pytest.mark.slow  # Chromium

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _page(browser, viewport):
    ctx = browser.new_context(viewport=viewport, accept_downloads=True)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return ctx, page, errors


def _no_horizontal_overflow(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width


# Every text the step line under the progress bar shows, kept in window.__steps: a 512-px job can
# finish between two polls of the test, but not before the page has shown its steps.
RECORD_STEPS = """
window.__steps = [];
document.addEventListener("DOMContentLoaded", () => {
  const line = document.getElementById("detail-step");
  // each textContent assignment adds a new text node: the records keep every one, even when
  // several events arrive in one chunk of the stream
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      const t = n.textContent;
      if (t && window.__steps[window.__steps.length - 1] !== t) window.__steps.push(t);
    }
  }).observe(line, { childList: true });
});
"""


def test_submit_follow_preview_download(browser, studio, shots, tmp_path):
    srv, key = studio
    ctx, page, errors = _page(browser, DESKTOP)
    page.add_init_script(RECORD_STEPS)
    try:
        page.goto(f"{srv.url}/studio/")
        banner = page.locator("#banner")
        banner.wait_for(state="visible")
        assert "API key" in banner.inner_text()
        page.screenshot(path=shots / "01-desktop-needs-key.png")

        page.click("#key-toggle")
        page.fill("#api-key", key)
        page.click("#key-form button[type=submit]")
        page.wait_for_selector("#usage:has-text('3000 credits')")
        assert page.evaluate("localStorage.getItem('assetsmith.apiKey')") == key
        page.screenshot(path=shots / "02-desktop-key-saved.png")

        page.fill("#prompt", "weathered oak barrel with iron bands")
        page.click(".options summary")
        page.select_option("#resolution", "512")
        page.click("label:has(input[value=godot])")
        page.click("#submit")
        page.wait_for_selector(
            "#detail-status[data-status=queued], #detail-status[data-status=running]"
        )
        # live progress: the stage line moves past 0% while the job runs
        page.wait_for_function(
            "() => /[1-9][0-9]*%/.test(document.querySelector('#detail-stage').textContent)"
            " || document.querySelector('#detail-status').dataset.status === 'succeeded'",
            timeout=180_000,
        )
        # the step the job is on shows under the bar, from the same progress events as the CLI's
        page.wait_for_function(
            "() => !document.querySelector('#detail-step').hidden"
            " || document.querySelector('#detail-status').dataset.status === 'succeeded'",
            timeout=180_000,
        )
        page.screenshot(path=shots / "03-desktop-running.png")
        seen = page.evaluate("document.querySelector('#detail-stage').textContent")

        page.wait_for_selector("#detail-status[data-status=succeeded]", timeout=240_000)
        preview = page.locator("#previews img").first
        preview.wait_for(state="visible")
        page.wait_for_function(
            "() => { const i = document.querySelector('#previews img');"
            " return i && i.complete && i.naturalWidth > 0; }"
        )
        verdicts = page.inner_text("#verdicts")
        assert "Signed" in verdicts and "Original" in verdicts
        assert (
            "barrel" in verdicts and "named in the prompt" in verdicts
        )  # which recipe was built, and why
        captions = page.inner_text("#previews")
        assert "Hero shot" in captions and "Texture maps" in captions
        assert page.locator("#previews img").count() >= 3
        assert page.locator(".job").count() == 1 and "Succeeded" in page.inner_text(".job .badge")
        page.wait_for_selector("#usage:has-text('2998 credits')")
        page.screenshot(path=shots / "04-desktop-succeeded.png")

        with page.expect_download() as dl:
            page.click("#download-zip")
        target = tmp_path / dl.value.suggested_filename
        dl.value.save_as(target)
        assert target.name.startswith("assetsmith-job_") and target.suffix == ".zip"
        with zipfile.ZipFile(target) as z:
            names = z.namelist()
        assert "manifest.json" in names and any(n.endswith(".glb") for n in names)
        assert any(n.startswith("Previews/") for n in names)
        page.click("#logs summary")
        page.screenshot(path=shots / "05-desktop-downloaded.png")

        # layout at 1280x800: form and result side by side, nothing wider than the window
        form, detail = (
            page.locator(".form-card").bounding_box(),
            page.locator(".detail-card").bounding_box(),
        )
        assert form["x"] + form["width"] <= detail["x"] and abs(form["y"] - detail["y"]) < 2
        _no_horizontal_overflow(page, DESKTOP["width"])
        assert not errors, errors
        assert seen  # the running state was captured with its stage
        steps = page.evaluate("window.__steps")
        # the stages' own step messages, not only "stage · n%": each stage as it starts, and inside
        # the materials stage the texture set synthesised or the map encoded; none left on the
        # page once the job has finished
        assert any(t.startswith("geometry: ") for t in steps), steps
        assert any(
            t.startswith("materials: ")
            and (t.endswith(" synthesised") or t.endswith(" map encoded"))
            for t in steps
        ), steps
        assert page.locator("#detail-step").is_hidden()
    finally:
        ctx.close()


def _a_finished_job(srv, key) -> str:
    """A succeeded job of this tenant: the one the desktop test made when it ran on this server
    (xdist may run this module's tests in different workers), else a new small one."""
    from tests.api.live import wait_for

    with srv.client(key) as c:
        done = [j for j in c.get("/api/v1/jobs").json()["jobs"] if j["status"] == "succeeded"]
        if done:
            return done[0]["job_id"]
        jid = c.post("/api/v1/jobs", json={"prompt": "small oak crate", "resolution": 512}).json()[
            "job_id"
        ]
        wait_for(lambda: c.get(f"/api/v1/jobs/{jid}").json()["status"] == "succeeded", timeout=240)
        return jid


def test_phone_width(browser, studio, shots):
    srv, key = studio
    _a_finished_job(srv, key)
    ctx, page, errors = _page(browser, PHONE)
    try:
        page.goto(f"{srv.url}/studio/")
        page.evaluate("k => localStorage.setItem('assetsmith.apiKey', k)", key)
        page.reload()
        page.wait_for_selector(".job")
        page.wait_for_function(
            "() => { const i = document.querySelector('#previews img');"
            " return i && i.complete && i.naturalWidth > 0; }",
            timeout=60_000,
        )
        _no_horizontal_overflow(page, PHONE["width"])
        # one column: the result sits below the form, full width
        form, detail = (
            page.locator(".form-card").bounding_box(),
            page.locator(".detail-card").bounding_box(),
        )
        assert (
            detail["y"] > form["y"] + form["height"] - 1
            and abs(detail["width"] - form["width"]) < 2
        )
        img = page.locator("#previews img").first.bounding_box()
        assert img["width"] > 250  # the preview uses the width it has
        page.screenshot(path=shots / "06-phone.png", full_page=True)
        assert not errors, errors
    finally:
        ctx.close()


@pytest.mark.parametrize("case", ["empty", "blocked", "bad-key"])
def test_errors_are_readable(browser, studio, shots, case):
    srv, key = studio
    ctx, page, errors = _page(browser, DESKTOP)
    try:
        page.goto(f"{srv.url}/studio/")
        page.evaluate(
            "k => localStorage.setItem('assetsmith.apiKey', k)",
            "asm_" + "x" * 43 if case == "bad-key" else key,
        )
        page.reload()
        if case == "empty":
            page.click("#submit")
            expected = "Describe the asset first."
        elif case == "blocked":
            page.fill("#prompt", "a forbiddenword crate")
            page.click("#submit")
            expected = "does not accept"
        else:
            expected = "not valid"
        page.wait_for_selector(f"#banner:has-text('{expected}')")
        text = page.inner_text("#banner")
        assert "{" not in text and "Traceback" not in text  # words for people, not JSON or traces
        if case == "bad-key":
            assert page.is_visible("#key-panel")
        page.screenshot(path=shots / f"07-error-{case}.png")
        assert all("401" in e or "422" in e for e in errors), (
            errors
        )  # only the failed requests themselves
    finally:
        ctx.close()
