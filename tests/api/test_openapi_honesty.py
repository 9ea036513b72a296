"""Issue 13 item 9: the OpenAPI document says what the server enforces, and the server does what
the document says. Allow lists every method of a path; exactly one of prompt/spec, the sha256
format and the upload limits are in the schema; `"mock": 0` is not a boolean."""

from __future__ import annotations

import jsonschema
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.storage.base import check_key

from .conftest import make_settings
from .live import LiveServer

pytestmark = pytest.mark.slow  # a live server


SIGNER_TOKEN = "signer-token-for-the-openapi-tests-0123456789"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    # the signing routes are off without their own credential
    settings = make_settings(
        tmp_path_factory.mktemp("honesty"), provenance_signer_token=SIGNER_TOKEN
    )
    with LiveServer(settings) as srv:
        t = srv.app.state.assetsmith.tenancy
        key = t.issue_key(t.create_tenant("Honest", "team")["tenant_id"], "k")["api_key"]
        with srv.client(key) as c:
            yield srv, c


def test_allow_lists_every_method_of_a_path(live):
    _, c = live
    doc = c.get("/openapi.json").json()
    for path in ("/api/v1/jobs", "/api/studio/queue/jobs", "/api/v1/provenance/signer"):
        documented = sorted(m.upper() for m in doc["paths"][path])
        assert documented == ["GET", "POST"]
        for method in ("OPTIONS", "PUT", "PATCH"):
            r = c.request(method, path)
            assert r.status_code == 405 and r.headers["allow"] == "GET, POST", (
                path,
                method,
                r.headers.get("allow"),
            )


def test_exactly_one_of_prompt_and_spec_is_in_the_schema_and_enforced(live):
    _, c = live
    doc = c.get("/openapi.json").json()
    schema = {**doc["components"]["schemas"]["SubmitJob"], "components": doc["components"]}
    spec = c.post("/api/studio/generate-spec", json={"prompt": "crate"}).json()["spec"]
    for body, valid in (
        ({"prompt": "crate"}, True),
        ({"spec": spec}, True),
        ({"prompt": "crate", "spec": None}, True),
        ({}, False),
        ({"prompt": "crate", "spec": spec}, False),
        ({"prompt": None}, False),
    ):
        ok = jsonschema.Draft202012Validator(schema).is_valid(body)
        assert ok is valid, body
        status = c.post("/api/v1/jobs", json=body).status_code
        assert (status == 202) is valid, (body, status)


def test_sha256_format_is_in_the_schema_and_enforced(live):
    _, c = live
    doc = c.get("/openapi.json").json()
    props = doc["components"]["schemas"]["SignRequest"]["properties"]
    patterns = {p.get("pattern") for p in props["sha256"]["anyOf"]}
    assert "^([sS][hH][aA]256:)?[0-9a-fA-F]{64}$" in patterns
    assert (
        "anyOf" in doc["components"]["schemas"]["SignRequest"]
    )  # one of sha256 / hash is required
    auth = {"Authorization": f"Bearer {SIGNER_TOKEN}"}
    assert c.post("/sign", json={"sha256": "abc"}, headers=auth).status_code == 422
    assert c.post("/sign", json={}, headers=auth).status_code == 422


def test_upload_limits_are_in_the_schema(live):
    srv, c = live
    doc = c.get("/openapi.json").json()
    body = doc["paths"]["/api/v1/originality/audit"]["post"]["requestBody"]["content"]["image/png"][
        "schema"
    ]
    assert body["maxLength"] == srv.settings.max_upload_bytes and body["minLength"] == 1
    assert (
        body["x-max-pixels"] == srv.settings.originality_max_pixels and "413" in body["description"]
    )
    verify = doc["paths"]["/api/v1/verify"]["post"]["requestBody"]["content"]
    assert all(
        m["schema"]["maxLength"] == srv.settings.max_upload_bytes
        for m in verify.values()
        if m["schema"].get("format") == "binary"
    )


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/studio/generate-spec", {"prompt": "crate", "mock": 0}),
        ("/api/studio/generate-spec", {"prompt": "crate", "mock": "true"}),
        ("/api/v1/jobs", {"prompt": "crate", "export_usd": 0}),
        ("/api/v1/jobs", {"prompt": "crate", "seed": "7"}),
        ("/api/studio/queue/jobs", {"prompt": "crate", "generate_textures": 1}),
    ],
)
def test_types_are_strict(live, path, body):
    _, c = live
    r = c.post(path, json=body)
    assert r.status_code == 422, (path, body, r.status_code, r.text[:200])


def test_generate_spec_still_takes_a_real_boolean(live):
    _, c = live
    assert (
        c.post("/api/studio/generate-spec", json={"prompt": "crate", "mock": True}).status_code
        == 200
    )


def test_artifact_keys_are_bounded():
    """A path segment longer than a file name may be answered 500 (ENAMETOOLONG) by a local store:
    refused as invalid first (the files route turns it into 404)."""
    with pytest.raises(InvalidInput, match="too long"):
        check_key("job_x/pack/" + "0" * 300)
    with pytest.raises(InvalidInput, match="too long"):
        check_key("/".join(["d" * 200] * 6))
    assert check_key("job_x/pack/" + "0" * 255) == "job_x/pack/" + "0" * 255
