"""ComfyUI over real HTTP and WebSocket against a loopback fake: the graph sent, progress over
/ws, polling when the socket is missing or drops, errors, retries, timeouts and cancellation."""

import io
import threading
import time

import numpy as np
import pytest
from PIL import Image
from tests.backends.fake_http import closed_port_url

from assetsmith.backends.texture.base import TextureRequest
from assetsmith.backends.texture.comfyui import ComfyUIBackend, build_graph, pick_checkpoint
from assetsmith.backends.texture.seams import seam_ratio
from assetsmith.errors import BackendUnavailable, Cancelled

REQ = TextureRequest(
    prompt="seamless tileable texture of oak planks, base colour #804020",
    negative_prompt="text",
    seed=123,
    steps=4,
    cfg=5.0,
)


def backend(server, **kw) -> ComfyUIBackend:
    kw.setdefault("backoff_s", 0.01)
    kw.setdefault("poll_s", 0.05)
    return ComfyUIBackend(server.url if not isinstance(server, str) else server, **kw)


def test_success_over_websocket(make_comfyui):
    server = make_comfyui()
    progress = []
    result = backend(server, poll_s=0.5).generate(REQ, on_progress=progress.append)
    assert result.albedo.shape == (512, 512, 3) and result.albedo.dtype == np.uint8
    assert np.allclose(
        result.albedo.reshape(-1, 3).mean(0), [0x80, 0x40, 0x20], atol=3
    )  # the fake read the prompt
    assert seam_ratio(result.albedo) < 1.6  # the seamless nodes were in the graph
    assert (
        result.info["seamless_nodes"] is True
        and result.info["checkpoint"] == "v1-5-pruned-emaonly.safetensors"
    )
    assert progress == [0.25, 0.5, 0.75, 1.0]
    (graph,) = server.graphs
    types = {nid: n["class_type"] for nid, n in graph.items()}
    assert types["10"] == "SeamlessTile" and types["6"] == "CircularVAEDecode"
    assert graph["5"]["inputs"]["model"] == ["10", 0]
    assert graph["5"]["inputs"]["seed"] == 123 and graph["5"]["inputs"]["steps"] == 4
    assert graph["3"]["inputs"]["text"] == "text"
    prompt_req = server.requests("POST", "/prompt")[0]
    ws_req = server.requests("GET", "/ws")[0]
    assert ws_req.query["clientId"] == [
        prompt_req.json["client_id"]
    ]  # messages routed to our socket
    assert not server.requests(
        "GET", "/history/" + result.info["prompt_id"]
    )  # the socket was enough
    assert server.requests("GET", "/view")[0].query["type"] == ["output"]


def test_sdxl_profile_picks_an_xl_checkpoint_and_1024_latent(make_comfyui):
    server = make_comfyui()
    result = backend(server, profile="sdxl").generate(REQ)
    assert result.albedo.shape == (1024, 1024, 3)
    assert server.graphs[0]["1"]["inputs"]["ckpt_name"] == "sd_xl_base_1.0.safetensors"


def test_without_seamless_nodes_the_plain_graph_runs_and_has_a_seam(make_comfyui):
    server = make_comfyui(seamless_nodes=False)
    result = backend(server).generate(REQ)
    types = {n["class_type"] for n in server.graphs[0].values()}
    assert "SeamlessTile" not in types and "VAEDecode" in types
    assert result.info["seamless_nodes"] is False
    assert seam_ratio(result.albedo) > 3  # the caller's seam check must repair this


def test_reference_image_is_uploaded_for_image_to_image(make_comfyui):
    server = make_comfyui()
    buf = io.BytesIO()
    Image.fromarray(np.full((512, 512, 3), 90, np.uint8)).save(buf, format="PNG")
    req = TextureRequest(
        prompt="stone #777777", seed=1, steps=2, reference_png=buf.getvalue(), strength=0.55
    )
    backend(server).generate(req)
    (upload,) = server.requests("POST", "/upload/image")
    assert upload.headers["Content-Type"].startswith("multipart/form-data")
    graph = server.graphs[0]
    assert graph["11"] == {"class_type": "LoadImage", "inputs": {"image": "assetsmith_ref_1.png"}}
    assert (
        graph["5"]["inputs"]["latent_image"] == ["12", 0]
        and graph["5"]["inputs"]["denoise"] == 0.55
    )
    assert "4" not in graph


def test_configured_checkpoint_must_exist(make_comfyui):
    server = make_comfyui()
    with pytest.raises(BackendUnavailable, match="no checkpoint 'dreamshaper_8.safetensors'"):
        backend(server, checkpoint="dreamshaper_8.safetensors").generate(REQ)
    assert not server.requests("POST", "/prompt")
    assert (
        pick_checkpoint(["a.ckpt", "juggernautXL.safetensors"], None, "sdxl")
        == "juggernautXL.safetensors"
    )
    assert pick_checkpoint(["juggernautXL.safetensors", "a.ckpt"], None, "sd15") == "a.ckpt"
    with pytest.raises(BackendUnavailable, match="no checkpoints"):
        pick_checkpoint([], None, "sd15")


def test_execution_error_is_reported(make_comfyui):
    server = make_comfyui(mode="error")
    with pytest.raises(BackendUnavailable, match="KSampler: CUDA out of memory"):
        backend(server).generate(REQ)


def test_without_websocket_history_is_polled(make_comfyui):
    server = make_comfyui(mode="no_ws", step_s=0.02)
    result = backend(server).generate(REQ)
    assert result.albedo.shape == (512, 512, 3)
    assert len(server.requests("GET", "/history/" + result.info["prompt_id"])) >= 1


def test_dropped_websocket_falls_back_to_polling(make_comfyui):
    server = make_comfyui(mode="ws_drop", step_s=0.02)
    result = backend(server).generate(REQ)
    assert result.albedo.shape == (512, 512, 3)
    assert server.requests("GET", "/history/" + result.info["prompt_id"])


def test_polled_error_is_reported(make_comfyui):
    server = make_comfyui(mode="error")
    server.upgrade = lambda h, reply: False  # no socket: the error must come from /history
    with pytest.raises(BackendUnavailable, match="CUDA out of memory"):
        backend(server).generate(REQ)


def test_5xx_on_prompt_is_retried(make_comfyui):
    server = make_comfyui(fail_prompt_times=2)
    result = backend(server, retries=2).generate(REQ)
    assert result.albedo.shape == (512, 512, 3) and len(server.requests("POST", "/prompt")) == 3


def test_5xx_beyond_the_retries(make_comfyui):
    server = make_comfyui(fail_prompt_times=5)
    with pytest.raises(BackendUnavailable, match="HTTP 503"):
        backend(server, retries=1).generate(REQ)


def test_unreachable_server():
    with pytest.raises(BackendUnavailable, match="refused"):
        backend(closed_port_url(), retries=0).generate(REQ)


def test_timeout_interrupts_the_prompt(make_comfyui):
    server = make_comfyui(mode="slow", step_s=0.05)
    t0 = time.monotonic()
    with pytest.raises(BackendUnavailable, match="did not finish"):
        backend(server, timeout_s=0.5).generate(REQ)
    assert time.monotonic() - t0 < 3
    assert server.interrupted.wait(2)


def test_cancellation_interrupts_and_dequeues(make_comfyui):
    server = make_comfyui(mode="slow", step_s=0.05)
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    with pytest.raises(Cancelled):
        backend(server).generate(REQ, is_cancelled=flag.is_set)
    assert server.interrupted.wait(2)
    (intr,) = server.requests("POST", "/interrupt")
    (dq,) = server.requests("POST", "/queue")
    assert intr.json["prompt_id"] == dq.json["delete"][0]
    for _ in range(40):  # the fake records the interrupted prompt in its history
        if server.history:
            break
        time.sleep(0.05)
    assert list(server.history) == [intr.json["prompt_id"]]


def test_check_reports_version_checkpoint_and_nodes(make_comfyui):
    server = make_comfyui(seamless_nodes=False)
    st = backend(server).check()
    assert st.ok and st.version == "0.3.40" and st.model == "v1-5-pruned-emaonly.safetensors"
    assert "repaired after generation" in st.detail
    missing = backend(server, checkpoint="nope.safetensors").check()
    assert missing.reachable and not missing.ok
    down = backend(closed_port_url(), retries=0).check()
    assert not down.reachable


def test_graph_without_seamless_or_reference_is_the_template():
    g = build_graph("sd15", REQ, checkpoint="x.safetensors", seamless=False)
    assert sorted(g) == ["1", "2", "3", "4", "5", "6", "7"]
    assert g["4"]["inputs"]["width"] == 512 and g["5"]["inputs"]["latent_image"] == ["4", 0]
