"""moto's S3 served on loopback for the s3 artifact-store tests: one server per session (the
`moto_s3` fixture in tests/conftest.py), a fresh bucket per test. Tests talk to it over real HTTP
with boto3, exactly as the store does against AWS S3, R2 or MinIO."""

from __future__ import annotations

import logging
import uuid
from typing import Any

MOTO_CREDENTIALS = {
    "s3_access_key_id": "testing",
    "s3_secret_access_key": "testing",
    "s3_region": "us-east-1",
}


def start_moto_server() -> tuple[Any, str]:
    """moto's threaded server on a free loopback port: (server, endpoint URL)."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one log line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return server, f"http://{host}:{port}"


def raw_client(endpoint: str):
    """A plain boto3 S3 client on the server, for arranging and inspecting buckets in tests."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def new_bucket(endpoint: str) -> str:
    """Create a bucket with a unique name and return the name."""
    name = f"assetsmith-{uuid.uuid4().hex[:16]}"
    raw_client(endpoint).create_bucket(Bucket=name)
    return name


def s3_settings(endpoint: str, bucket: str, **extra: Any) -> dict[str, Any]:
    """Settings fields that select the s3 artifact store on this server and bucket."""
    return {
        "artifact_store": "s3",
        "s3_bucket": bucket,
        "s3_endpoint_url": endpoint,
        "s3_addressing_style": "path",
        **MOTO_CREDENTIALS,
        **extra,
    }
