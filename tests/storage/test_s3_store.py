"""What is particular to the s3 artifact store (the shared contract is in
test_artifact_store_contract.py): misconfiguration and outages as clear errors, keys checked before
any request, the bucket prefix, objects written by other tools, large deletes, retention and
staging sweeps through the store, and the SDK's in-process jobs on S3."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time

import httpx
import pytest
from tests.helpers.cli import run_cli as cli
from tests.helpers.s3 import raw_client, s3_settings

import assetsmith
from assetsmith.api.files import download_origin
from assetsmith.errors import InvalidInput, NotFound
from assetsmith.jobs.local import apply_retention
from assetsmith.jobs.records import new_job_id
from assetsmith.jobs.store import JobStore
from assetsmith.settings import Settings
from assetsmith.storage import StorageMisconfigured, StorageUnavailable, get_artifact_store

pytestmark = pytest.mark.slow  # moto's S3 on loopback


def closed_port_url() -> str:
    """An endpoint on loopback where nothing listens: every connection is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_no_bucket_setting_names_it(tmp_path):
    with pytest.raises(StorageMisconfigured, match="ASSETSMITH_S3_BUCKET") as err:
        get_artifact_store(Settings(data_dir=tmp_path, artifact_store="s3"))
    assert err.value.transient is False and err.value.http_status == 503


@pytest.mark.parametrize(
    "fields, setting",
    [
        ({"s3_access_key_id": "only-the-id"}, "ASSETSMITH_S3_SECRET_ACCESS_KEY"),
        ({"s3_prefix": "../escape"}, "ASSETSMITH_S3_PREFIX"),
    ],
)
def test_half_configured_settings_are_refused(tmp_path, fields, setting):
    with pytest.raises(StorageMisconfigured, match=setting):
        get_artifact_store(
            Settings(data_dir=tmp_path, artifact_store="s3", s3_bucket="b" * 3, **fields)
        )


def test_no_credentials_anywhere_is_a_clear_error(tmp_path, moto_s3, monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    fields = {k: v for k, v in s3_settings(moto_s3, "any-bucket").items() if "access_key" not in k}
    store = get_artifact_store(Settings(data_dir=tmp_path, **fields))
    with pytest.raises(StorageMisconfigured, match="No S3 credentials") as err:
        store.put_bytes("job_a/x", b"x")
    assert "ASSETSMITH_S3_ACCESS_KEY_ID" in err.value.hint and err.value.transient is False


def test_a_missing_bucket_is_a_clear_permanent_error(tmp_path, moto_s3):
    store = get_artifact_store(
        Settings(data_dir=tmp_path, **s3_settings(moto_s3, "no-such-bucket-here"))
    )
    for call in (
        lambda: store.put_bytes("job_a/x", b"x"),
        lambda: store.exists("job_a/x"),
        lambda: store.get_bytes("job_a/x"),
        lambda: store.list("job_a"),
        lambda: store.delete_prefix("job_a"),
        lambda: store.commit("job_a", store.staging("job_a")),
    ):
        with pytest.raises(StorageMisconfigured) as err:
            call()
        assert (
            err.value.message == "The S3 bucket does not exist."
            and "ASSETSMITH_S3_BUCKET" in err.value.hint
        )
        assert err.value.transient is False and "no-such-bucket" not in str(
            err.value
        )  # names the setting


def test_an_unreachable_endpoint_is_transient_and_names_the_setting(tmp_path):
    store = get_artifact_store(
        Settings(
            data_dir=tmp_path, backend_retries=0, **s3_settings(closed_port_url(), "some-bucket")
        )
    )
    with pytest.raises(StorageUnavailable, match="ASSETSMITH_S3_ENDPOINT_URL") as err:
        store.get_bytes("job_a/pack.zip")
    assert err.value.transient is True and err.value.code == "storage_unavailable"
    folder = store.staging("job_a")
    (folder / "pack.zip").write_bytes(b"PK")
    with pytest.raises(StorageUnavailable):
        store.commit("job_a", folder)


@pytest.mark.parametrize("key", ["../outside", "/etc/passwd", "a//b", ".staging-x/y", ""])
def test_bad_keys_are_refused_before_any_request(tmp_path, key):
    """The endpoint refuses every connection, so a request would raise StorageUnavailable: getting
    InvalidInput (at once) shows the key was checked first."""
    store = get_artifact_store(
        Settings(
            data_dir=tmp_path, backend_retries=0, **s3_settings(closed_port_url(), "some-bucket")
        )
    )
    calls = [
        lambda: store.put_bytes(key, b"x"),
        lambda: store.get_bytes(key),
        lambda: store.open(key),
        lambda: store.exists(key),
        lambda: store.list(key),
        lambda: store.size(key),
        lambda: store.delete_prefix(key),
        lambda: store.presigned_url(key),
        lambda: store.staging(key),
    ]
    t0 = time.monotonic()
    for call in calls:
        with pytest.raises(InvalidInput):
            call()
    assert time.monotonic() - t0 < 1.0


def test_prefix_places_every_object_under_it(tmp_path, s3_fields):
    store = get_artifact_store(
        Settings(data_dir=tmp_path, **{**s3_fields, "s3_prefix": "/teams/a/"})
    )
    folder = store.staging("job_a")
    (folder / "pack").mkdir()
    (folder / "pack" / "manifest.json").write_bytes(b"{}")
    store.commit("job_a", folder)
    store.put_bytes("job_b/x", b"x")
    s3 = raw_client(s3_fields["s3_endpoint_url"])
    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=s3_fields["s3_bucket"])["Contents"])
    assert keys == ["teams/a/job_a/pack/manifest.json", "teams/a/job_b/x"]
    assert [a.key for a in store.list("job_a")] == ["job_a/pack/manifest.json"]
    assert store.presigned_url("job_b/x").split("?")[0].endswith("/teams/a/job_b/x")
    assert store.delete_prefix("job_a") == 1 and store.exists("job_b/x")


def test_presigned_urls_can_name_a_public_endpoint(tmp_path, s3_fields):
    """Servers reach the store at one address, browsers at another (MinIO in compose): the URLs
    are signed for the public one and work there."""
    public = s3_fields["s3_endpoint_url"].replace("127.0.0.1", "localhost")
    store = get_artifact_store(
        Settings(data_dir=tmp_path, s3_public_endpoint_url=public, **s3_fields)
    )
    store.put_bytes("job_a/notes.txt", b"hi")
    url = store.presigned_url("job_a/notes.txt")
    assert url.startswith(f"{public}/") and httpx.get(url).content == b"hi"
    assert download_origin(store) == public


def test_objects_written_by_other_tools_list_with_their_real_digest(tmp_path, s3_fields):
    """No `sha256` metadata (uploaded with the AWS CLI, say): the digest is computed from the bytes."""
    s3 = raw_client(s3_fields["s3_endpoint_url"])
    s3.put_object(Bucket=s3_fields["s3_bucket"], Key="job_x/readme.txt", Body=b"hello")
    s3.put_object(
        Bucket=s3_fields["s3_bucket"],
        Key="job_x/liar.txt",
        Body=b"abc",
        Metadata={"sha256": "nothex"},
    )
    store = get_artifact_store(Settings(data_dir=tmp_path, **s3_fields))
    assert [(a.key, a.bytes, a.sha256) for a in store.list("job_x")] == [
        ("job_x/liar.txt", 3, hashlib.sha256(b"abc").hexdigest()),
        ("job_x/readme.txt", 5, hashlib.sha256(b"hello").hexdigest()),
    ]


@pytest.mark.slow  # ~6 s: moto serves 1001 PUTs in this process
def test_prefixes_over_a_thousand_objects_list_and_delete_in_batches(tmp_path, s3_fields):
    store = get_artifact_store(Settings(data_dir=tmp_path, **s3_fields))
    folder = store.staging("job_big")
    for i in range(1001):
        (folder / f"f{i:04d}").write_bytes(b"%d" % i)
    assert len(store.commit("job_big", folder)) == 1001
    assert store.size("job_big") == sum(len(b"%d" % i) for i in range(1001))
    assert store.delete_prefix("job_big") == 1001 and store.list("job_big") == []


def test_retention_deletes_through_the_store_and_sweeps_its_staging(tmp_path, s3_fields):
    settings = Settings(data_dir=tmp_path / "data", jobs_max_count=1, **s3_fields)
    artifacts = get_artifact_store(settings)
    store = JobStore.from_settings(settings)
    try:
        ids = []
        for _ in range(3):
            jid = new_job_id()
            artifacts.put_bytes(f"{jid}/pack.zip", b"PK")
            artifacts.put_bytes(f"{jid}/pack/manifest.json", b"{}")
            store.create(jid, {"prompt": "crate"}, status="succeeded", folder=jid, bytes=4)
            ids.append(jid)
        stale, fresh = artifacts.staging("job_crashed"), artifacts.staging("job_running")
        hours_ago = time.time() - 7200
        os.utime(stale, (hours_ago, hours_ago))
        assert sorted(apply_retention(store, settings)) == sorted(ids[:2])
    finally:
        store.close()
    assert [artifacts.list(j) for j in ids[:2]] == [[], []] and len(artifacts.list(ids[2])) == 2
    assert not stale.exists() and fresh.is_dir()


def s3_env(monkeypatch, fields: dict) -> None:
    """The s3 store selected through the environment, as the CLI reads it."""
    for name, value in fields.items():
        monkeypatch.setenv(f"ASSETSMITH_{name.upper()}", str(value))


def test_the_cli_reports_store_errors_without_a_trace(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSETSMITH_ARTIFACT_STORE", "s3")
    code, out, err = cli(capsys, "--data-dir", str(tmp_path / "data"), "run-job", "-p", "crate")
    assert (
        code == 6
        and err.strip() == "Error: The s3 artifact store has no bucket. Set ASSETSMITH_S3_BUCKET."
    )
    assert "Traceback" not in out + err


def test_sdk_and_cli_jobs_on_s3(tmp_path, s3_fields, monkeypatch, capsys):
    """run_job in-process: the pack goes to S3 (no local paths to show); show, verify and remove
    reach it there."""
    settings = Settings(data_dir=tmp_path / "data", previews=False, **s3_fields)
    result = assetsmith.run_job(
        "small oak crate", resolution=512, export_usd=False, settings=settings
    )
    assert (
        result.pack_dir is None and result.zip_path is None and result.to_dict()["zip_path"] is None
    )
    artifacts = get_artifact_store(settings)
    assert (
        artifacts.exists(f"{result.job_id}/pack.zip") and not (settings.data_dir / "jobs").exists()
    )
    shown = assetsmith.show_job(result.job_id, settings=settings)
    assert (
        shown["status"] == "succeeded"
        and shown["pack_dir"] is None
        and shown["folder"] == result.job_id
    )
    s3_env(monkeypatch, s3_fields)
    code, out, _ = cli(capsys, "--data-dir", str(settings.data_dir), "jobs", "show", result.job_id)
    assert code == 0 and f"under '{result.job_id}/' in the s3 artifact store" in out
    report = assetsmith.verify_job(result.job_id, settings=settings)
    assert report.ok and report.target == result.job_id
    assetsmith.remove_job(result.job_id, settings=settings)
    assert artifacts.list(result.job_id) == []
    with pytest.raises(NotFound):
        assetsmith.verify_job(result.job_id, settings=settings)


def test_jobs_download_copies_a_pack_out_of_s3(tmp_path, s3_fields, monkeypatch, capsys):
    settings = Settings(data_dir=tmp_path / "data", previews=False, **s3_fields)
    result = assetsmith.run_job(
        "small oak crate", resolution=512, export_usd=False, settings=settings
    )
    listed = {a.key: a for a in get_artifact_store(settings).list(result.job_id)}
    s3_env(monkeypatch, s3_fields)
    out = tmp_path / "pulled"
    code, text, err = cli(
        capsys,
        "--data-dir",
        str(settings.data_dir),
        "jobs",
        "download",
        result.job_id,
        "-o",
        str(out),
        "--json",
    )
    assert code == 0, err
    info = json.loads(text)
    assert info["files"] == sum(1 for k in listed if k.endswith("/pack.zip") or "/pack/" in k)
    zip_bytes = (out / "pack.zip").read_bytes()
    assert hashlib.sha256(zip_bytes).hexdigest() == listed[f"{result.job_id}/pack.zip"].sha256
    assert assetsmith.verify(
        out / "pack", settings=settings
    ).ok  # the copied pack verifies on its own
    # A non-empty destination is refused and left as it was; --zip-only copies one file.
    code, _, err = cli(
        capsys,
        "--data-dir",
        str(settings.data_dir),
        "jobs",
        "download",
        result.job_id,
        "-o",
        str(out),
    )
    assert (
        code == 2 and "not an empty folder" in err and (out / "pack.zip").read_bytes() == zip_bytes
    )
    only = tmp_path / "zip-only"
    assert (
        assetsmith.download_job(result.job_id, only, zip_only=True, settings=settings)["files"] == 1
    )
    assert [p.name for p in only.iterdir()] == ["pack.zip"]
    assert not list(tmp_path.glob(".zip-only.*")) and not list(
        tmp_path.glob(".pulled.*")
    )  # no staging left
