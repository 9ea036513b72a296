"""ComfyUI's HTTP and WebSocket protocol, as its own front end speaks it.

A graph in API format is queued with `POST /prompt {"prompt", "client_id"}`; progress arrives on
`/ws?clientId=...` as JSON messages (`status`, `execution_start`, `executing`, `progress`,
`executed`, `execution_success`, `execution_error`, `execution_interrupted`; binary frames are
previews and are skipped). When the socket cannot be opened or drops, `/history/{id}` is polled
instead. Images come from `/view`, reference images go up with `/upload/image`, checkpoints are
listed by `/object_info/CheckpointLoaderSimple`, and `/interrupt` stops a cancelled prompt.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import time
import uuid
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from assetsmith.backends.base import import_extra
from assetsmith.backends.http import HttpService, never
from assetsmith.errors import AssetsmithError, BackendUnavailable, Cancelled, PromptTimeout

log = logging.getLogger("assetsmith.backends.comfyui")


def ws_url(base: str, client_id: str) -> str:
    parts = urlsplit(base)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit(
        (scheme, parts.netloc, parts.path.rstrip("/") + "/ws", f"clientId={client_id}", "")
    )


def decode_png(data: bytes) -> np.ndarray:
    """PNG bytes -> (H, W, 3) uint8 RGB."""
    image_mod = import_extra("PIL.Image", "comfyui", "Reading ComfyUI's images")
    try:
        with image_mod.open(io.BytesIO(data)) as im:
            return np.asarray(im.convert("RGB"), dtype=np.uint8).copy()
    except Exception:
        raise BackendUnavailable("ComfyUI returned an image that cannot be decoded.") from None


def _combo_options(spec) -> list[str]:
    """An input's choices: `[[...], {...}]` (classic) or `["COMBO", {"options": [...]}]` (newer)."""
    if isinstance(spec, list) and spec:
        if isinstance(spec[0], list):
            return [str(x) for x in spec[0]]
        if len(spec) > 1 and isinstance(spec[1], dict):
            return [str(x) for x in spec[1].get("options", [])]
    return []


class ComfyUIClient:
    """One ComfyUI server (base URL from Settings).

    Every run opens its own WebSocket under a fresh client id: ComfyUI routes a prompt's
    messages to the one socket registered under the prompt's `client_id`, and a second socket
    with the same id would take them over (two materials painted in parallel would then wait on
    each other's messages).
    """

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 30.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        poll_s: float = 0.5,
    ) -> None:
        self.base_url = url
        self.poll_s = poll_s
        self.quiet_s = max(1.0, 10 * poll_s)
        self.http = HttpService(
            url,
            label="ComfyUI",
            timeout_s=timeout_s,
            retries=retries,
            backoff_s=backoff_s,
            setting="ASSETSMITH_COMFYUI_URL",
            extra="comfyui",
        )

    # -- small requests -------------------------------------------------------------------------
    def system_stats(self) -> dict:
        return self.http.get_json("/system_stats", retry=False)

    def checkpoints(self) -> list[str]:
        """Checkpoint file names CheckpointLoaderSimple offers."""
        info = self.http.get_json("/object_info/CheckpointLoaderSimple")
        node = info.get("CheckpointLoaderSimple", {}) if isinstance(info, dict) else {}
        return _combo_options(node.get("input", {}).get("required", {}).get("ckpt_name"))

    def has_nodes(self, *class_types: str) -> bool:
        """True when every node class is installed (unknown classes answer `{}`)."""
        for ct in class_types:
            info = self.http.get_json(f"/object_info/{ct}")
            if not isinstance(info, dict) or ct not in info:
                return False
        return True

    def upload_image(self, png: bytes, name: str) -> str:
        """Upload a reference image into ComfyUI's input folder; returns the name to load it by."""
        files = {"image": (name, png, "image/png")}
        data = self.http.json_of(
            self.http.request(
                "POST", "/upload/image", files=files, data={"overwrite": "true", "type": "input"}
            )
        )
        sub = data.get("subfolder") or ""
        return f"{sub}/{data['name']}" if sub else str(data["name"])

    def view(self, image: dict) -> bytes:
        params = {
            "filename": image["filename"],
            "subfolder": image.get("subfolder", ""),
            "type": image.get("type", "output"),
        }
        return self.http.request("GET", "/view", params=params).content

    def interrupt(self, prompt_id: str) -> None:
        """Stop the prompt if it runs, drop it if it waits; best effort."""
        for path, body in (
            ("/interrupt", {"prompt_id": prompt_id}),
            ("/queue", {"delete": [prompt_id]}),
        ):
            try:
                self.http.request("POST", path, json=body, retry=False, timeout_s=5.0)
            except AssetsmithError as exc:
                log.warning("ComfyUI %s failed: %s", path, exc.message)

    def queue_prompt(self, graph: dict, client_id: str) -> str:
        data = self.http.post_json("/prompt", {"prompt": graph, "client_id": client_id})
        if data.get("node_errors"):
            raise BackendUnavailable(
                f"ComfyUI rejected the graph: {json.dumps(data['node_errors'])[:200]}"
            )
        return str(data["prompt_id"])

    # -- one run ----------------------------------------------------------------------------------
    def run(
        self,
        graph: dict,
        *,
        is_cancelled: Callable[[], bool] = never,
        timeout_s: float = 300.0,
        on_progress: Callable[[float], None] | None = None,
    ) -> tuple[str, list[dict]]:
        """Queue `graph` and wait for it; returns (prompt_id, output image descriptors)."""
        client_id = uuid.uuid4().hex
        with contextlib.ExitStack() as stack:
            ws = self._open_ws(client_id, stack)  # before queueing, so no message is missed
            prompt_id = self.queue_prompt(graph, client_id)
            deadline = time.monotonic() + timeout_s
            try:
                images = None
                if ws is not None:
                    images = self._follow_ws(ws, prompt_id, deadline, is_cancelled, on_progress)
                if images is None:
                    images = self._poll_history(prompt_id, deadline, is_cancelled)
            except (Cancelled, PromptTimeout):
                self.interrupt(prompt_id)  # do not leave the GPU busy with a result nobody reads
                raise
            return prompt_id, images

    def _open_ws(self, client_id: str, stack: contextlib.ExitStack):
        client = import_extra("websockets.sync.client", "comfyui", "ComfyUI progress")
        try:
            return stack.enter_context(
                client.connect(ws_url(self.base_url, client_id), open_timeout=5, max_size=2**24)
            )
        except Exception as exc:  # the HTTP poll below still works without the socket
            log.warning(
                "ComfyUI WebSocket unavailable (%s); polling /history instead", type(exc).__name__
            )
            return None

    def _follow_ws(self, ws, prompt_id, deadline, is_cancelled, on_progress) -> list[dict] | None:
        """Images from `executed` messages; None when the socket dropped (poll instead)."""
        from websockets.exceptions import ConnectionClosed

        images: list[dict] = []
        quiet_since = time.monotonic()
        while True:
            _check(prompt_id, deadline, is_cancelled)
            try:
                raw = ws.recv(timeout=0.2)
            except TimeoutError:
                if (
                    time.monotonic() - quiet_since > self.quiet_s
                ):  # a silent socket may have missed the end
                    quiet_since = time.monotonic()
                    done = self._history_images(prompt_id)
                    if done is not None:
                        return done
                continue
            except ConnectionClosed:
                log.warning(
                    "ComfyUI WebSocket closed during prompt %s; polling /history", prompt_id
                )
                return None
            quiet_since = time.monotonic()
            if isinstance(raw, bytes):
                continue  # latent previews
            msg = json.loads(raw)
            kind, data = msg.get("type"), msg.get("data") or {}
            if data.get("prompt_id") not in (None, prompt_id):
                continue
            if kind == "progress" and on_progress and data.get("max"):
                on_progress(float(data["value"]) / float(data["max"]))
            elif kind == "executed":
                images += (data.get("output") or {}).get("images", [])
            elif kind == "execution_error":
                raise _execution_error(data)
            elif kind == "execution_interrupted":
                raise BackendUnavailable(
                    "ComfyUI interrupted the prompt (another client or the server)."
                )
            elif kind == "execution_success" or (
                kind == "executing"
                and data.get("node") is None
                and data.get("prompt_id") == prompt_id
            ):
                return images or self._history_images(prompt_id)

    def _history_images(self, prompt_id: str) -> list[dict] | None:
        entry = self.http.get_json(f"/history/{prompt_id}").get(prompt_id)
        if not entry:
            return None
        status = entry.get("status") or {}
        if status.get("status_str") == "error":
            msgs = [m for m in status.get("messages", []) if m and m[0] == "execution_error"]
            raise _execution_error(msgs[0][1] if msgs and isinstance(msgs[0][1], dict) else {})
        if not status.get("completed", True):
            return None
        return [
            img for out in (entry.get("outputs") or {}).values() for img in out.get("images", [])
        ]

    def _poll_history(self, prompt_id, deadline, is_cancelled) -> list[dict]:
        while True:
            _check(prompt_id, deadline, is_cancelled)
            images = self._history_images(prompt_id)
            if images is not None:
                return images
            end = min(deadline, time.monotonic() + self.poll_s)
            while time.monotonic() < end:
                if is_cancelled():
                    break
                time.sleep(0.05)

    def close(self) -> None:
        self.http.close()


def _execution_error(data: dict) -> BackendUnavailable:
    """One message for a failed prompt, whether the socket or /history reported it first."""
    why = str(data.get("exception_message") or "unknown error").strip()[:200]
    return BackendUnavailable(f"ComfyUI failed in node {data.get('node_type', '?')}: {why}")


def _check(prompt_id: str, deadline: float, is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise Cancelled("The job was cancelled while ComfyUI was painting a texture.")
    if time.monotonic() > deadline:
        raise PromptTimeout(
            f"ComfyUI did not finish prompt {prompt_id[:8]} in time.",
            "Raise ASSETSMITH_TEXTURE_TIMEOUT_S or lower the steps.",
        )
