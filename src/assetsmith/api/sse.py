"""Server-sent events for a job: its events as they are appended, a snapshot after each change,
and `end` once it has finished. Polls the events table (an indexed read) every `sse_poll_s`; no
thread is held between polls. Resumes after `Last-Event-ID`."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import StreamingResponse

from ..jobs.records import FINISHED, JobRecord
from .state import AppState
from .views import public_event

PING_S = 15.0
MAX_STREAM_S = 3600.0
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def frame(event: str, data: dict, event_id: int | None = None) -> bytes:
    """One SSE frame."""
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, separators=(',', ':'), default=str)}\n\n".encode()


def last_event_id(request: Request) -> int:
    raw = request.headers.get("last-event-id", "")
    return int(raw) if raw.isdigit() and len(raw) < 19 else 0


async def job_stream(
    request: Request,
    state: AppState,
    load: Callable[[], JobRecord],
    snapshot: Callable[[JobRecord], tuple[str, dict]],
    *,
    raw_events: bool,
) -> AsyncIterator[bytes]:
    """Frames for one job (already checked to be the caller's). `load` re-reads the row;
    `snapshot` turns it into (event name, data)."""
    after = last_event_id(request)
    job_id = load().id
    last_ping = started = time.monotonic()
    last_snapshot = None
    yield b"retry: 2000\n\n"
    while time.monotonic() - started < MAX_STREAM_S:
        # The job row first, then its events: a finishing transaction writes its status and its
        # last events at once, so a finished row here means every event is already readable.
        rec = await run_in_threadpool(load)
        events = await run_in_threadpool(state.store.events, job_id, after=after)
        for e in events:
            after = e["id"]
            if raw_events:
                pub = public_event(e)
                yield frame(pub["kind"], pub, pub["id"])
        name, data = snapshot(rec)
        text = json.dumps(data, sort_keys=True, default=str)
        if text != last_snapshot:
            last_snapshot = text
            yield frame(name, data, after or None)
        if rec.status in FINISHED:
            yield frame("end", {"status": rec.status})
            return
        if time.monotonic() - last_ping > PING_S:
            last_ping = time.monotonic()
            yield b": ping\n\n"
        if await request.is_disconnected():
            return
        await asyncio.sleep(state.settings.sse_poll_s)
    yield frame(
        "error", {"error": "timeout", "message": "The stream's time is up; reconnect to continue."}
    )


def sse_response(stream: AsyncIterator[bytes]) -> StreamingResponse:
    """A text/event-stream response."""
    return StreamingResponse(stream, media_type="text/event-stream", headers=HEADERS)
