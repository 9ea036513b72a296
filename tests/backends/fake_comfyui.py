"""A loopback fake of ComfyUI: its HTTP routes and its `/ws?clientId=` WebSocket on one port.

The WebSocket side is RFC 6455 written out by hand (handshake, unmasked server frames, masked
client frames, ping/pong, close), so the client library under test talks to a real socket. A
queued graph "executes" in a thread that sends the messages ComfyUI sends to the prompt's client
(status, execution_start, executing, progress, a binary preview, executed, execution_success,
executing with node None), then stores /history and the image for /view. The image tiles when
the graph carries SeamlessTile + CircularVAEDecode (as circular padding would make it) and has
a seam otherwise; its mean colour is the `#RRGGBB` named in the prompt.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import socket
import struct
import threading
import uuid
from email.parser import BytesParser
from email.policy import default as email_policy

import numpy as np
from PIL import Image
from tests.backends.fake_http import FakeServer, Reply, Seen

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
KNOWN_NODES = {
    "CheckpointLoaderSimple",
    "CLIPTextEncode",
    "EmptyLatentImage",
    "KSampler",
    "VAEDecode",
    "SaveImage",
    "LoadImage",
    "VAEEncode",
}
SEAMLESS = {"SeamlessTile", "CircularVAEDecode"}


class WsConn:
    def __init__(self, sock) -> None:
        self.sock = sock
        self.lock = threading.Lock()
        self.closed = threading.Event()

    def send(self, payload: bytes | str) -> None:
        opcode = 0x1 if isinstance(payload, str) else 0x2
        data = payload.encode() if isinstance(payload, str) else payload
        self._frame(opcode, data)

    def _frame(self, opcode: int, data: bytes) -> None:
        n = len(data)
        head = bytes([0x80 | opcode]) + (
            bytes([n])
            if n < 126
            else bytes([126]) + struct.pack(">H", n)
            if n < 65536
            else bytes([127]) + struct.pack(">Q", n)
        )
        with self.lock:
            if not self.closed.is_set():
                try:
                    self.sock.sendall(head + data)
                except OSError:
                    self.closed.set()

    def read_loop(self) -> None:
        """Answer pings, honour close; the client sends nothing else to ComfyUI."""
        f = self.sock.makefile("rb")
        try:
            while True:
                b0, b1 = f.read(2)
                n = b1 & 0x7F
                if n == 126:
                    n = struct.unpack(">H", f.read(2))[0]
                elif n == 127:
                    n = struct.unpack(">Q", f.read(8))[0]
                mask = f.read(4) if b1 & 0x80 else b"\0\0\0\0"
                data = bytes(c ^ mask[i % 4] for i, c in enumerate(f.read(n)))
                op = b0 & 0x0F
                if op == 0x9:
                    self._frame(0xA, data)
                elif op == 0x8:
                    self._frame(0x8, data[:2])
                    break
        except (OSError, ValueError):
            pass
        finally:
            self.drop()

    def drop(self) -> None:
        self.closed.set()
        try:
            self.sock.shutdown(
                socket.SHUT_RDWR
            )  # a FIN now, even while the reader holds the socket
            self.sock.close()
        except OSError:
            pass


class FakeComfyUI(FakeServer):
    """Modes: ok | error (execution_error) | slow (steps until interrupted) | ws_drop (socket
    closed mid-run; the client must poll /history) | no_ws (WebSocket refused)."""

    def __init__(
        self,
        *,
        checkpoints=("v1-5-pruned-emaonly.safetensors", "sd_xl_base_1.0.safetensors"),
        seamless_nodes=True,
        mode="ok",
        step_s=0.0,
        fail_prompt_times=0,
    ) -> None:
        self.checkpoints = list(checkpoints)
        self.seamless_nodes = seamless_nodes
        self.mode = mode
        self.step_s = step_s
        self.fail_prompt_times = fail_prompt_times
        self.clients: dict[str, WsConn] = {}
        self.history: dict[str, dict] = {}
        self.files: dict[tuple[str, str], bytes] = {}  # (type, name) -> bytes
        self.interrupted = threading.Event()
        self.graphs: list[dict] = []
        super().__init__(
            routes={
                ("GET", "/system_stats"): lambda s: Reply(
                    json={
                        "system": {"comfyui_version": "0.3.40", "os": "posix"},
                        "devices": [{"name": "cuda:0", "type": "cuda"}],
                    }
                ),
                ("GET", "/object_info/*"): self.object_info,
                ("POST", "/prompt"): self.prompt,
                ("GET", "/history/*"): self.get_history,
                ("GET", "/view"): self.view,
                ("POST", "/upload/image"): self.upload,
                ("POST", "/interrupt"): self.interrupt,
                ("POST", "/queue"): lambda s: Reply(json={}),
                ("GET", "/ws"): lambda s: Reply(404, {"error": "no websocket"}),
            }
        )

    # -- WebSocket ---------------------------------------------------------------------------
    def upgrade(self, h, reply) -> bool:
        if urlsplit_path(h.path) != "/ws" or h.headers.get("Upgrade", "").lower() != "websocket":
            return False
        if self.mode == "no_ws":
            return False
        client_id = re.search(r"clientId=([^&]+)", h.path).group(1)
        accept = base64.b64encode(
            hashlib.sha1((h.headers["Sec-WebSocket-Key"] + WS_GUID).encode()).digest()
        )
        h.wfile.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        h.wfile.flush()
        conn = WsConn(h.connection)
        self.clients[client_id] = conn
        conn.send(
            json.dumps(
                {
                    "type": "status",
                    "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": client_id},
                }
            )
        )
        h.close_connection = True
        conn.read_loop()
        return True

    def _say(self, client_id: str, kind: str, data: dict) -> None:
        conn = self.clients.get(client_id)
        if conn is not None:
            conn.send(json.dumps({"type": kind, "data": data}))

    # -- HTTP routes ---------------------------------------------------------------------------
    def object_info(self, s: Seen) -> Reply:
        node = s.path.rsplit("/", 1)[1]
        if node == "CheckpointLoaderSimple":
            return Reply(
                json={
                    node: {
                        "input": {"required": {"ckpt_name": [self.checkpoints, {}]}},
                        "output": ["MODEL", "CLIP", "VAE"],
                    }
                }
            )
        if node in SEAMLESS and self.seamless_nodes:
            return Reply(json={node: {"input": {"required": {}}}})
        return Reply(json={})

    def prompt(self, s: Seen) -> Reply:
        if self.fail_prompt_times > 0:
            self.fail_prompt_times -= 1
            return Reply(
                503, body=b"<html>503 Service Unavailable</html>", content_type="text/html"
            )
        graph, client_id = s.json["prompt"], s.json.get("client_id")
        errors = self.validate(graph)
        if errors:
            return Reply(
                400,
                {
                    "error": {"type": "prompt_outputs_failed_validation", "message": "invalid"},
                    "node_errors": errors,
                },
            )
        self.graphs.append(graph)
        pid = str(uuid.uuid4())
        threading.Thread(target=self.execute, args=(pid, graph, client_id), daemon=True).start()
        return Reply(json={"prompt_id": pid, "number": len(self.graphs), "node_errors": {}})

    def validate(self, graph: dict) -> dict:
        errors = {}
        allowed = KNOWN_NODES | (SEAMLESS if self.seamless_nodes else set())
        for nid, node in graph.items():
            if node["class_type"] not in allowed:
                errors[nid] = {"errors": [{"message": f"unknown node {node['class_type']}"}]}
            for v in node["inputs"].values():
                if isinstance(v, list) and len(v) == 2 and str(v[0]) not in graph:
                    errors[nid] = {"errors": [{"message": f"link to missing node {v[0]}"}]}
            if (
                node["class_type"] == "CheckpointLoaderSimple"
                and node["inputs"]["ckpt_name"] not in self.checkpoints
            ):
                errors[nid] = {"errors": [{"message": "Value not in list: ckpt_name"}]}
            if (
                node["class_type"] == "LoadImage"
                and ("input", node["inputs"]["image"]) not in self.files
            ):
                errors[nid] = {"errors": [{"message": "Invalid image file"}]}
        return errors

    def get_history(self, s: Seen) -> Reply:
        pid = s.path.rsplit("/", 1)[1]
        return Reply(json={pid: self.history[pid]} if pid in self.history else {})

    def view(self, s: Seen) -> Reply:
        key = (s.query.get("type", ["output"])[0], s.query["filename"][0])
        if key not in self.files:
            return Reply(404, {"error": "no such file"})
        return Reply(body=self.files[key], content_type="image/png")

    def upload(self, s: Seen) -> Reply:
        msg = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + s.headers["Content-Type"].encode() + b"\r\n\r\n" + s.body
        )
        fields = {p.get_param("name", header="content-disposition"): p for p in msg.iter_parts()}
        image = fields["image"]
        name = image.get_filename()
        self.files[("input", name)] = image.get_payload(decode=True)
        return Reply(json={"name": name, "subfolder": "", "type": "input"})

    def interrupt(self, s: Seen) -> Reply:
        self.interrupted.set()
        return Reply(json={})

    # -- execution -----------------------------------------------------------------------------
    def execute(self, pid: str, graph: dict, client_id: str) -> None:
        say = lambda kind, **data: self._say(client_id, kind, {**data, "prompt_id": pid})  # noqa: E731
        say("execution_start", timestamp=0)
        say("execution_cached", nodes=[])
        sampler = next(n for n in graph.values() if n["class_type"] == "KSampler")["inputs"]
        steps = int(sampler["steps"]) if self.mode != "slow" else 10_000
        for nid in graph:
            say("executing", node=nid, display_node=nid)
        for step in range(1, steps + 1):
            if self.interrupted.is_set() or self.stopping.wait(self.step_s):
                say("execution_interrupted", node_id="5", node_type="KSampler", executed=[])
                self.history[pid] = {
                    "outputs": {},
                    "status": {
                        "status_str": "error",
                        "completed": False,
                        "messages": [["execution_interrupted", {}]],
                    },
                }
                return
            say("progress", value=step, max=steps, node="5")
            if step == 1:
                conn = self.clients.get(client_id)
                if conn is not None:
                    conn.send(b"\x00\x00\x00\x01\x00\x00\x00\x02preview")  # a binary preview frame
                if self.mode == "ws_drop" and conn is not None:
                    conn.drop()
        if self.mode == "error":
            err = {
                "node_id": "5",
                "node_type": "KSampler",
                "exception_message": "CUDA out of memory",
                "exception_type": "torch.OutOfMemoryError",
                "traceback": [],
                "executed": [],
            }
            say("execution_error", **err)
            self.history[pid] = {
                "outputs": {},
                "status": {
                    "status_str": "error",
                    "completed": False,
                    "messages": [["execution_error", err]],
                },
            }
            return
        name = f"assetsmith_albedo_{len(self.files):05d}_.png"
        self.files[("output", name)] = self.render(graph)
        images = [{"filename": name, "subfolder": "", "type": "output"}]
        self.history[pid] = {
            "prompt": [0, pid, graph, {}, ["7"]],
            "outputs": {"7": {"images": images}},
            "status": {"status_str": "success", "completed": True, "messages": []},
        }
        say("executed", node="7", display_node="7", output={"images": images})
        say("execution_success", timestamp=1)
        say("executing", node=None)

    def render(self, graph: dict) -> bytes:
        by_type = {n["class_type"]: n["inputs"] for n in graph.values()}
        size = by_type["EmptyLatentImage"]["width"] if "EmptyLatentImage" in by_type else 512
        prompt = next(n["inputs"]["text"] for nid, n in graph.items() if nid == "2")
        m = re.search(r"#([0-9a-fA-F]{6})", prompt)
        base = np.array(
            [int(m.group(1)[i : i + 2], 16) for i in (0, 2, 4)] if m else [128, 128, 128],
            np.float32,
        )
        rng = np.random.default_rng(int(by_type["KSampler"]["seed"]))
        y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
        field = np.zeros((size, size), np.float32)
        for _ in range(6):  # integer frequencies: periodic over the tile
            fx, fy = rng.integers(1, 6, 2)
            field += np.sin(2 * np.pi * (fx * x + fy * y) + rng.uniform(0, 6.28)).astype(np.float32)
        field *= 6.0
        if not set(by_type) >= SEAMLESS:
            field += (x - 0.5) * 120.0 + (
                y - 0.5
            ) * 80.0  # no circular padding: a gradient, so a seam
        img = np.clip(base[None, None, :] + field[..., None], 0, 255).astype(np.uint8)
        out = io.BytesIO()
        Image.fromarray(img).save(out, format="PNG")
        return out.getvalue()


def urlsplit_path(path: str) -> str:
    return path.split("?", 1)[0]
