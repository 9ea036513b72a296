"""HTTP plumbing shared by the remote backends: one httpx client per service, transient failures
(refused or dropped connections, 429 and 5xx) retried with exponential backoff, everything else
turned into BackendUnavailable with a message that carries no URL, path or secret.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from assetsmith.backends.base import import_extra
from assetsmith.errors import BackendUnavailable, Cancelled

log = logging.getLogger("assetsmith.backends")

TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})
T = TypeVar("T")


def never() -> bool:
    return False


def _sleep_unless_cancelled(seconds: float, is_cancelled: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if is_cancelled():
            raise Cancelled("The job was cancelled while waiting to retry a model backend.")
        time.sleep(min(0.05, max(0.0, end - time.monotonic())))


class HttpService:
    """A base URL plus retry policy. `label` names the service in messages ("Ollama")."""

    def __init__(
        self,
        base_url: str,
        *,
        label: str,
        timeout_s: float,
        retries: int = 2,
        backoff_s: float = 0.5,
        headers: dict[str, str] | None = None,
        setting: str = "",
        extra: str = "llm",
    ) -> None:
        httpx = import_extra("httpx", extra, label)
        self.label = label
        self.retries = retries
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s
        self.setting = setting  # the settings variable that holds the URL, for hints
        timeout = httpx.Timeout(timeout_s, connect=min(10.0, timeout_s))
        self.client = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers=headers or {},
            follow_redirects=False,
            trust_env=False,
        )
        self._httpx = httpx

    def close(self) -> None:
        self.client.close()

    @property
    def hint(self) -> str:
        where = f" at {self.setting}" if self.setting else ""
        return f"Check that {self.label} runs and is reachable{where} (`assetsmith doctor`)."

    def request(
        self,
        method: str,
        path: str,
        *,
        is_cancelled: Callable[[], bool] = never,
        retry: bool = True,
        timeout_s: float | None = None,
        **kwargs: Any,
    ):
        """Send one request; retry transient failures; return the 2xx response or raise."""
        httpx = self._httpx
        attempts = 1 + (self.retries if retry else 0)
        if timeout_s is not None:
            kwargs["timeout"] = httpx.Timeout(timeout_s, connect=min(10.0, timeout_s))
        problem = ""
        for attempt in range(attempts):
            if attempt:
                _sleep_unless_cancelled(self.backoff_s * 2 ** (attempt - 1), is_cancelled)
            try:
                resp = self.client.request(method, path, **kwargs)
            except httpx.TimeoutException as exc:
                if isinstance(exc, httpx.ConnectTimeout):
                    problem = "the connection timed out"
                    continue
                raise BackendUnavailable(
                    f"{self.label} did not answer within {timeout_s or self.timeout_s:g} s.",
                    "The model may still be loading or the server is overloaded; raise the timeout or retry later.",
                ) from None
            except (
                httpx.ConnectError,
                httpx.RemoteProtocolError,
                httpx.ReadError,
                httpx.WriteError,
            ) as exc:
                problem = (
                    "the connection was refused"
                    if isinstance(exc, httpx.ConnectError)
                    else "the connection dropped"
                )
                log.warning(
                    "%s %s %s: %s (attempt %d/%d)",
                    self.label,
                    method,
                    path,
                    type(exc).__name__,
                    attempt + 1,
                    attempts,
                )
                continue
            if resp.status_code in TRANSIENT_STATUS:
                problem = f"it answered HTTP {resp.status_code}"
                log.warning(
                    "%s %s %s: HTTP %d (attempt %d/%d)",
                    self.label,
                    method,
                    path,
                    resp.status_code,
                    attempt + 1,
                    attempts,
                )
                continue
            if resp.status_code >= 400:
                raise BackendUnavailable(
                    f"{self.label} refused the request (HTTP {resp.status_code}: "
                    f"{_short(resp.text)}).",
                    self.hint,
                )
            return resp
        raise BackendUnavailable(
            f"{self.label} failed: {problem} ({attempts} attempt{'s' if attempts > 1 else ''}).",
            self.hint,
        )

    def get_json(self, path: str, **kwargs: Any) -> Any:
        return self.json_of(self.request("GET", path, **kwargs))

    def post_json(self, path: str, body: Any, **kwargs: Any) -> Any:
        return self.json_of(self.request("POST", path, json=body, **kwargs))

    def json_of(self, resp) -> Any:
        try:
            return resp.json()
        except ValueError:
            raise BackendUnavailable(
                f"{self.label} answered with something that is not JSON ({_short(resp.text)!r}).",
                self.hint,
            ) from None


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def call_cancellable(
    fn: Callable[[], T], is_cancelled: Callable[[], bool], poll_s: float = 0.05
) -> T:
    """Run a blocking call in a helper thread and return its result, or raise Cancelled as soon as
    `is_cancelled()` turns true (the abandoned call ends at its own timeout)."""
    if is_cancelled is never:
        return fn()
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="assetsmith-backend-call", daemon=True)
    thread.start()
    while thread.is_alive():
        if is_cancelled():
            raise Cancelled("The job was cancelled while waiting for a model backend.")
        thread.join(poll_s)
    if "error" in box:
        raise box["error"]
    return box["value"]
