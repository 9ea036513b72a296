"""The S3-compatible artifact store (AWS S3, Cloudflare R2, MinIO; moto in the tests).

Layout: the file `job_x/pack.zip` is the object `<s3_prefix>/job_x/pack.zip` in `s3_bucket`. Every
object carries its SHA-256 as the user metadata `sha256`, so `list()` answers digests without
reading a byte: one LIST per 1000 keys plus one HEAD per object, in parallel, and the HEADs only
for objects this process has not seen yet (digests are cached per key and ETag; S3 gives a changed
object a new ETag).

Commit semantics (S3 has no rename and no multi-object transaction):
- the staged files are uploaded first (files over `s3_multipart_threshold_mb` as multipart
  uploads), and only then are the earlier commit's keys that the new set lacks deleted, so a
  reader never finds a prefix with files missing. During a re-commit a reader may see a mix of old
  and new files; re-commits only happen when a job re-runs after its worker died, and a re-run of
  the same request writes the same bytes.
- a commit that fails part-way deletes what it uploaded under new keys (best effort) and raises;
  keys it had already overwritten keep their new bytes.
- staging folders are local: `<data_dir>/staging/.staging-*`, removed after the upload, swept by
  retention when a crashed run left one behind.

boto3 is imported when the first request is made (the `s3` extra). Failures are translated into
StorageUnavailable (transient: endpoint unreachable, throttling, 5xx) or StorageMisconfigured
(permanent: no bucket, bad credentials, access denied), each naming the setting to fix.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, NoReturn

from ..errors import (
    AssetsmithError,
    InvalidInput,
    NotFound,
    StorageMisconfigured,
    StorageUnavailable,
    import_extra,
)
from ..settings import Settings
from .base import ArtifactInfo, check_key
from .local import (
    new_staging_folder,  # the same names: jobs/folders.py sweeps both stores' leftovers
)

MIB = 1024 * 1024
_DELETE_BATCH = 1000  # DeleteObjects takes at most 1000 keys
_PARALLEL = 16  # concurrent uploads in a commit, HEADs in a list
_SHA_CACHE_SIZE = 8192
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MISSING_KEY_CODES = {"NoSuchKey", "404", "NotFound"}
_CREDENTIAL_CODES = {
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "AccessDenied",
    "403",
    "InvalidToken",
    "ExpiredToken",
    "AuthorizationHeaderMalformed",
    "AllAccessDisabled",
}
_TRANSIENT_CODES = {
    "SlowDown",
    "InternalError",
    "ServiceUnavailable",
    "RequestTimeout",
    "RequestTimeTooSkewed",
    "Throttling",
    "ThrottlingException",
    "500",
    "502",
    "503",
    "504",
}
CREDENTIALS_HINT = (
    "Set ASSETSMITH_S3_ACCESS_KEY_ID and ASSETSMITH_S3_SECRET_ACCESS_KEY, or give boto3 its usual "
    "credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, an instance role)."
)


def _content_disposition(filename: str, inline: bool) -> str:
    # Keys may hold any printable character; a quote or backslash would end the header's string.
    safe = (
        "".join("_" if ch in '"\\' or not ch.isprintable() else ch for ch in filename) or "download"
    )
    return f'{"inline" if inline else "attachment"}; filename="{safe}"'


def _file_digest(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(MIB):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


class S3Store:
    """Artifacts as objects under `<prefix>/` in one bucket. See the module docstring for semantics."""

    name = "s3"

    def __init__(self, settings: Settings) -> None:
        if not settings.s3_bucket:
            raise StorageMisconfigured(
                "The s3 artifact store has no bucket.", "Set ASSETSMITH_S3_BUCKET."
            )
        key_id, secret = settings.s3_access_key_id, settings.s3_secret_access_key
        if (key_id is None) != (secret is None):
            raise StorageMisconfigured(
                "Only one of the S3 access key id and secret is set.", CREDENTIALS_HINT
            )
        prefix = settings.s3_prefix.strip("/")
        if prefix:
            try:
                prefix = check_key(prefix)
            except InvalidInput:
                raise StorageMisconfigured(
                    "ASSETSMITH_S3_PREFIX is not a valid key prefix.",
                    "Use a relative path such as 'assetsmith' or 'teams/a'.",
                ) from None
        self.settings = settings
        self.bucket: str = settings.s3_bucket
        self.prefix = prefix
        self.staging_root = Path(settings.data_dir) / "staging"
        self._sha_cache: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._cache_lock = threading.Lock()

    # --- plumbing -------------------------------------------------------------------------------
    @cached_property
    def _client(self) -> Any:
        return self._make_client(self.settings.s3_endpoint_url)

    @cached_property
    def _presigner(self) -> Any:
        """The client that signs download URLs: one on s3_public_endpoint_url when clients reach the
        store at another address than the servers do (SigV4 signs the host, so it cannot be swapped
        into a finished URL)."""
        public = self.settings.s3_public_endpoint_url
        return (
            self._make_client(public)
            if public and public != self.settings.s3_endpoint_url
            else self._client
        )

    def _make_client(self, endpoint_url: str | None) -> Any:
        boto3 = import_extra("boto3", "s3", "The s3 artifact store")
        from botocore.config import Config  # botocore comes with boto3

        s = self.settings
        session = boto3.session.Session(
            aws_access_key_id=s.s3_access_key_id.get_secret_value() if s.s3_access_key_id else None,
            aws_secret_access_key=s.s3_secret_access_key.get_secret_value()
            if s.s3_secret_access_key
            else None,
            region_name=s.s3_region,
        )
        config = Config(
            signature_version="s3v4",
            s3={"addressing_style": s.s3_addressing_style},
            retries={"mode": "standard", "total_max_attempts": s.backend_retries + 1},
            connect_timeout=10,
            read_timeout=60,
            max_pool_connections=2 * _PARALLEL,
        )
        return session.client("s3", endpoint_url=endpoint_url, config=config)

    @cached_property
    def _transfer(self) -> Any:
        from boto3.s3.transfer import TransferConfig

        return TransferConfig(
            multipart_threshold=self.settings.s3_multipart_threshold_mb * MIB,
            multipart_chunksize=self.settings.s3_multipart_chunk_mb * MIB,
        )

    def _full(self, key: str) -> str:
        key = check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _rel(self, full: str) -> str:
        return full[len(self.prefix) + 1 :] if self.prefix else full

    def _call(self, op: str, **params: Any) -> Any:
        """One S3 request, its failures translated (NoSuchKey and 404 become NotFound)."""
        try:
            return getattr(self._client, op)(Bucket=self.bucket, **params)
        except Exception as exc:
            _raise_translated(exc)

    def _entries(self, prefix: str) -> list[dict]:
        """The objects under `prefix` as a folder (or the one object named `prefix`), with their
        keys, sizes and ETags, from LIST alone."""
        full = self._full(prefix)
        out: list[dict] = []
        token: str | None = None
        while True:
            page = self._call(
                "list_objects_v2",
                Prefix=full + "/",
                **({"ContinuationToken": token} if token else {}),
            )
            out.extend(o for o in page.get("Contents", ()) if not o["Key"].endswith("/"))
            token = page.get("NextContinuationToken")
            if not page.get("IsTruncated") or not token:
                break
        if not out:
            exact = self._exact(full)
            out = [exact] if exact else []
        return out

    def _exact(self, full: str) -> dict | None:
        """The object named exactly `full`, or None. A LIST rather than a HEAD: a HEAD answers a bare
        404 for a missing bucket too, and the store must tell those apart. The key itself is the
        first key of its own prefix, so one result is enough."""
        page = self._call("list_objects_v2", Prefix=full, MaxKeys=1)
        first = (page.get("Contents") or [None])[0]
        return first if first is not None and first["Key"] == full else None

    def _sha256(self, entry: dict) -> str:
        """An object's SHA-256: cached, else its `sha256` metadata, else computed by reading it
        (objects that were not written by this store)."""
        cache_key = (entry["Key"], entry.get("ETag", ""))
        with self._cache_lock:
            if cache_key in self._sha_cache:
                self._sha_cache.move_to_end(cache_key)
                return self._sha_cache[cache_key]
        head = self._call("head_object", Key=entry["Key"])
        digest = (head.get("Metadata") or {}).get("sha256", "")
        if not _HEX64.fullmatch(digest):
            h = hashlib.sha256()
            with self._call("get_object", Key=entry["Key"])["Body"] as body:
                while chunk := body.read(MIB):
                    h.update(chunk)
            digest = h.hexdigest()
        with self._cache_lock:
            self._sha_cache[cache_key] = digest
            while len(self._sha_cache) > _SHA_CACHE_SIZE:
                self._sha_cache.popitem(last=False)
        return digest

    def _delete_keys(self, keys: Iterable[str]) -> int:
        keys = list(keys)
        for i in range(0, len(keys), _DELETE_BATCH):
            batch = [{"Key": k} for k in keys[i : i + _DELETE_BATCH]]
            resp = self._call("delete_objects", Delete={"Objects": batch, "Quiet": True})
            if resp.get("Errors"):
                code = resp["Errors"][0].get("Code", "error")
                raise StorageUnavailable(
                    f"S3 refused to delete {len(resp['Errors'])} object(s) ({code}).",
                    "Check the bucket policy allows s3:DeleteObject; retention retries later.",
                )
        return len(keys)

    # --- the protocol ---------------------------------------------------------------------------
    def staging(self, prefix: str) -> Path:
        return new_staging_folder(self.staging_root, prefix)

    def commit(self, prefix: str, folder: Path) -> list[ArtifactInfo]:
        """Upload every staged file under `prefix`, then delete the earlier commit's leftovers.

        Each file is hashed before its upload starts: the digest travels as metadata in the
        request that opens the upload, so it cannot be computed from the bytes as they stream."""
        check_key(prefix)
        folder = Path(folder)
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        keys = {p: check_key(f"{prefix}/{p.relative_to(folder).as_posix()}") for p in files}
        earlier = {e["Key"] for e in self._entries(prefix)}
        uploaded: list[str] = []

        def upload(path: Path) -> ArtifactInfo:
            size, digest = _file_digest(path)
            full = self._full(keys[path])
            if (
                size < self._transfer.multipart_threshold
            ):  # one PUT: no transfer manager and its threads
                with open(path, "rb") as body:
                    self._call("put_object", Key=full, Body=body, Metadata={"sha256": digest})
            else:
                try:
                    self._client.upload_file(
                        str(path),
                        self.bucket,
                        full,
                        ExtraArgs={"Metadata": {"sha256": digest}},
                        Config=self._transfer,
                    )
                except Exception as exc:
                    _raise_translated(exc)
            uploaded.append(full)
            return ArtifactInfo(keys[path], size, digest)

        try:
            with ThreadPoolExecutor(max_workers=_PARALLEL, thread_name_prefix="s3-commit") as pool:
                infos = list(pool.map(upload, files))
        except BaseException:
            with contextlib.suppress(AssetsmithError):  # if the store is failing, the orphans stay
                self._delete_keys(k for k in uploaded if k not in earlier)
            raise
        self._delete_keys(sorted(earlier - {self._full(k) for k in keys.values()}))
        shutil.rmtree(folder, ignore_errors=True)
        return sorted(infos, key=lambda a: a.key)

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def put_bytes(self, key: str, data: bytes) -> ArtifactInfo:
        """One PUT: S3 replaces an object whole, so readers see the old bytes or the new ones."""
        full = self._full(key)
        digest = hashlib.sha256(data).hexdigest()
        self._call("put_object", Key=full, Body=data, Metadata={"sha256": digest})
        return ArtifactInfo(check_key(key), len(data), digest)

    def get_bytes(self, key: str) -> bytes:
        with self.open(key) as body:
            return body.read()

    def open(self, key: str) -> BinaryIO:
        try:
            return self._call("get_object", Key=self._full(key))["Body"]
        except NotFound:
            raise NotFound(f"No artifact '{key}'.", "List the job's files first.") from None

    def exists(self, key: str) -> bool:
        return self._exact(self._full(key)) is not None

    def list(self, prefix: str) -> list[ArtifactInfo]:
        entries = self._entries(prefix)
        if not entries:
            return []
        with ThreadPoolExecutor(
            max_workers=min(_PARALLEL, max(1, len(entries))), thread_name_prefix="s3-list"
        ) as pool:
            digests = list(pool.map(self._sha256, entries))
        return sorted(
            (
                ArtifactInfo(self._rel(e["Key"]), int(e["Size"]), d)
                for e, d in zip(entries, digests, strict=True)
            ),
            key=lambda a: a.key,
        )

    def size(self, prefix: str) -> int:
        return sum(int(e["Size"]) for e in self._entries(prefix))

    def delete_prefix(self, prefix: str) -> int:
        return self._delete_keys(e["Key"] for e in self._entries(prefix))

    def local_path(self, key: str) -> Path | None:
        return None

    def presigned_url(
        self,
        key: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        inline: bool = False,
    ) -> str | None:
        """A GET URL valid for `s3_presign_ttl_s`, made now (a local computation: no request) and
        never stored. S3 answers it with the Content-Disposition and Content-Type given here."""
        full = self._full(key)
        params = {
            "Bucket": self.bucket,
            "Key": full,
            "ResponseContentDisposition": _content_disposition(
                filename or PurePosixPath(key).name, inline
            ),
        }
        if content_type:
            params["ResponseContentType"] = content_type
        try:
            return self._presigner.generate_presigned_url(
                "get_object", Params=params, ExpiresIn=self.settings.s3_presign_ttl_s
            )
        except Exception as exc:
            _raise_translated(exc)


def _raise_translated(exc: Exception) -> NoReturn:
    """Raise a boto failure as one of ours (looking through boto3's wrappers, such as the upload
    error that carries a ClientError as its context); anything else is raised as it is."""
    seen: Exception | None = exc
    for _ in range(4):
        if seen is None:
            break
        err = _translate(seen)
        if err is not None:
            raise err from None
        seen = seen.__cause__ or seen.__context__  # type: ignore[assignment]
    raise exc


def _translate(exc: BaseException) -> AssetsmithError | None:
    """A boto/botocore failure as one of ours, naming the setting to fix; None for anything else."""
    if isinstance(exc, AssetsmithError):
        return exc
    from botocore import exceptions as bx

    if isinstance(exc, bx.NoCredentialsError | bx.PartialCredentialsError):
        return StorageMisconfigured("No S3 credentials were found.", CREDENTIALS_HINT)
    if isinstance(
        exc,
        bx.EndpointConnectionError
        | bx.ConnectTimeoutError
        | bx.ReadTimeoutError
        | bx.ConnectionClosedError,
    ):
        return StorageUnavailable(
            "The S3 endpoint could not be reached.",
            "Check ASSETSMITH_S3_ENDPOINT_URL (and ASSETSMITH_S3_REGION) and the network; "
            "retrying later may work.",
        )
    if isinstance(exc, bx.ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        if code in _MISSING_KEY_CODES:
            return NotFound("No such artifact.", "List the job's files first.")
        if code == "NoSuchBucket":
            return StorageMisconfigured(
                "The S3 bucket does not exist.",
                "Create it, or fix ASSETSMITH_S3_BUCKET (and ASSETSMITH_S3_ENDPOINT_URL).",
            )
        if code in _CREDENTIAL_CODES:
            return StorageMisconfigured(
                f"S3 refused the request ({code}).",
                f"Check the credentials and the bucket policy. {CREDENTIALS_HINT}",
            )
        if code in _TRANSIENT_CODES:
            return StorageUnavailable(f"S3 is unavailable ({code}).", "Retrying later may work.")
        return StorageMisconfigured(
            f"S3 refused the request ({code or 'unknown error'}).",
            "Check the ASSETSMITH_S3_* settings.",
        )
    if isinstance(exc, bx.BotoCoreError):
        return StorageUnavailable(
            f"The S3 request failed ({type(exc).__name__}).",
            "Check the ASSETSMITH_S3_* settings; retrying later may work.",
        )
    return None


def s3_store(settings: Settings) -> S3Store:
    """Objects in `s3_bucket` under `s3_prefix` (AWS S3, R2, MinIO...)."""
    return S3Store(settings)


STORES = {"s3": s3_store}  # collected by storage/stores.py
