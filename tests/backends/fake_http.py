"""A loopback HTTP server for backend fakes: real sockets, real HTTP/1.1, scripted misbehaviour
(delays, 5xx, bodies that are not JSON, connections dropped without a response)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    json: object = None
    body: bytes | None = None
    content_type: str = "application/json"
    delay: float = 0.0  # seconds before answering (the server's stop event cuts it short)
    drop: bool = False  # close the connection without any response


@dataclass
class Seen:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes
    json: object = None


@dataclass
class FakeServer:
    """Routes map (METHOD, path) to a handler(Seen) -> Reply; unknown routes answer 404.
    A path ending in '*' matches any path with that prefix."""

    routes: dict[tuple[str, str], Callable[[Seen], Reply]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command, parts.path, parse_qs(parts.query), dict(self.headers), raw
                )
                try:
                    seen.json = json.loads(raw) if raw else None
                except ValueError:
                    seen.json = None
                fake.seen.append(seen)
                handler = fake.find(self.command, parts.path)
                reply = handler(seen) if handler else Reply(404, {"error": "not found"})
                if not fake.upgrade(self, reply):
                    fake.send(self, reply)

            do_GET = do_POST = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, client_address: None
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def find(self, method: str, path: str):
        if (method, path) in self.routes:
            return self.routes[(method, path)]
        for (m, p), h in self.routes.items():
            if m == method and p.endswith("*") and path.startswith(p[:-1]):
                return h
        return None

    def upgrade(self, handler, reply) -> bool:
        """Subclasses take over the connection here (WebSocket); False: answer with `reply`."""
        return False

    def send(self, h: BaseHTTPRequestHandler, reply: Reply) -> None:
        if reply.delay and self.stopping.wait(reply.delay):
            return
        if reply.drop:
            h.close_connection = True
            h.connection.shutdown(socket.SHUT_RDWR)
            return
        body = reply.body if reply.body is not None else json.dumps(reply.json).encode()
        h.send_response(reply.status)
        h.send_header("Content-Type", reply.content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def requests(self, method: str, path: str) -> list[Seen]:
        return [s for s in self.seen if s.method == method and s.path == path]

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Script:
    """Replies in order; the last one repeats."""

    def __init__(self, *replies: Reply | Callable[[Seen], Reply]) -> None:
        self.replies = list(replies)
        self.calls = 0

    def __call__(self, seen: Seen) -> Reply:
        r = self.replies[min(self.calls, len(self.replies) - 1)]
        self.calls += 1
        return r(seen) if callable(r) else r
