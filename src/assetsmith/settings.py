"""One Settings object. The environment is read here and nowhere else.

Every setting can be given as an environment variable `ASSETSMITH_<NAME>` (for example
`ASSETSMITH_DATA_DIR`), or passed explicitly by the app, CLI or worker factory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _http_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"'{value}' is not an http(s) URL with a host")
    return value.strip().rstrip("/")


HttpUrlText = Annotated[str, AfterValidator(_http_url)]


def default_data_dir() -> Path:
    """XDG data home: `$XDG_DATA_HOME/assetsmith`, else `~/.local/share/assetsmith`."""
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "assetsmith"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSETSMITH_", extra="ignore")

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where jobs, the job database and keys live."
    )
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "ASSETSMITH_DATABASE_URL", "database_url"
        ),  # also DATABASE_URL
        description="SQLAlchemy URL of the job store; default: SQLite at <data_dir>/assetsmith.db.",
    )
    jobs_max_count: int = Field(
        default=200, ge=1, description="Retention: keep at most this many job folders."
    )
    jobs_max_bytes: int = Field(
        default=5 * 1024**3,
        ge=1,
        description="Retention: keep job folders under this many bytes in total.",
    )
    default_resolution: int = Field(
        default=1024, description="Texture size when a spec does not say."
    )
    max_resolution: int = Field(default=4096, description="Largest texture size accepted.")
    max_texture_units: int = Field(
        default=64,
        ge=1,
        le=4096,
        description="Largest job accepted, in texture units: the sum over its texture "
        "sets (materials x variants) of (side / 1024)^2; refused at submit.",
    )
    png_compress_level: int = Field(
        default=6,
        ge=0,
        le=12,
        description=(
            "libdeflate level for PNG maps and previews: 1 fastest, 4 (20% smaller than zlib's level 1 "
            "in less time), 6 the default (23% smaller, 1.5x zlib 1's time), 12 smallest and very slow."
        ),
    )
    glb_textures: Literal["shared", "embed_lod0"] = Field(
        default="shared",
        description=(
            "How a pack's GLBs hold their maps: `shared` (every GLB names the pack's one copy of each PNG "
            "by relative URI) or `embed_lod0` (LOD0 self-contained for single-file glTF viewers; the "
            "LODs still share)."
        ),
    )
    usdz_textures: Literal["jpeg", "png"] = Field(
        default="jpeg",
        description=(
            "How the self-contained USDZ stores its copy of the maps: `jpeg` (opaque albedo and ORM as "
            "quality-90 4:4:4 JPEG, normals PNG; needs Pillow, else PNG) or `png` (lossless)."
        ),
    )
    workers: int = Field(default=2, ge=1, le=64, description="Threads used for texture encoding.")
    source_date_epoch: int | None = Field(
        default=None,
        validation_alias="SOURCE_DATE_EPOCH",
        description="Timestamp written into zips and manifests (reproducible-builds convention).",
    )
    # --- queue (issue 3) ---
    database_auto_migrate: bool = Field(
        default=True,
        description="Apply job-store migrations when a store opens (else: `assetsmith migrate`).",
    )
    queue_lease_s: float = Field(
        default=30.0, gt=0, description="How long a claimed job stays leased without a heartbeat."
    )
    queue_heartbeat_s: float | None = Field(
        default=None, gt=0, description="Heartbeat interval; default: a third of the lease."
    )
    queue_max_attempts: int = Field(
        default=3, ge=1, le=100, description="Attempts before a job is dead."
    )
    queue_retry_base_s: float = Field(
        default=2.0, ge=0, description="First retry delay; doubles per attempt, jittered."
    )
    queue_retry_max_s: float = Field(default=300.0, ge=0, description="Longest retry delay.")
    queue_idle_check_s: float = Field(
        default=5.0,
        gt=0,
        description="An idle worker checks the queue at least this often, even without a wake-up.",
    )
    queue_sqlite_poll_s: float = Field(
        default=0.01,
        gt=0,
        description="How often an idle SQLite worker looks for a commit (PRAGMA data_version).",
    )
    queue_shutdown_grace_s: float = Field(
        default=30.0,
        ge=0,
        description="On SIGTERM, how long a worker lets its job finish before releasing it.",
    )
    queue_noop_log: Path | None = Field(
        default=None,
        description="Testing aid: noop jobs append one line per run to this file (O_APPEND).",
    )
    artifact_store: str = Field(
        default="local",
        description="Where job artifacts go: local (a folder under data_dir) or s3 (an S3-compatible "
        "bucket shared by workers and API servers; see the s3_* settings).",
    )

    # --- model backends (issue 8) ---
    # URLs come from here only (operator configuration), never from a request: no SSRF.
    spec_backend: Literal["offline", "ollama", "openai"] = Field(
        default="offline",
        description="Who writes specs from prompts: the offline reader or a language model.",
    )
    ollama_url: HttpUrlText = Field(
        default="http://127.0.0.1:11434", description="Ollama base URL."
    )
    ollama_model: str = Field(
        default="llama3.2", min_length=1, description="Ollama chat model name."
    )
    openai_url: HttpUrlText = Field(
        default="http://127.0.0.1:8080/v1",
        description="OpenAI-compatible server base URL (llama.cpp, vLLM...).",
    )
    openai_model: str = Field(
        default="default", min_length=1, description="Model name sent to that server."
    )
    openai_api_key: SecretStr | None = Field(
        default=None, description="Bearer key for that server, if it wants one."
    )
    llm_temperature: float = Field(
        default=0.2, ge=0.0, le=2.0, description="Sampling temperature for specs."
    )
    llm_repair_rounds: int = Field(
        default=2,
        ge=0,
        le=5,
        description="Times a model's invalid spec is sent back with the validator's messages.",
    )
    llm_timeout_s: float = Field(
        default=120.0, gt=0, description="Seconds to wait for one model reply."
    )
    texture_backend: Literal["procedural", "comfyui", "diffusers"] = Field(
        default="procedural",
        description="Where albedo maps come from; normal and ORM are always derived.",
    )
    comfyui_url: HttpUrlText = Field(
        default="http://127.0.0.1:8188", description="ComfyUI base URL."
    )
    comfyui_profile: Literal["sd15", "sdxl"] = Field(
        default="sd15", description="Graph profile (latent size, sampler)."
    )
    comfyui_checkpoint: str | None = Field(
        default=None,
        description="Checkpoint file name as ComfyUI lists it; default: the first one it offers.",
    )
    diffusers_checkpoint: Path | None = Field(
        default=None,
        description="Local checkpoint: a .safetensors/.ckpt file or a diffusers folder.",
    )
    diffusers_device: Literal["auto", "cuda", "cpu"] = Field(
        default="auto", description="auto: CUDA when present."
    )
    texture_steps: int = Field(default=20, ge=1, le=150, description="Sampler steps per albedo.")
    texture_timeout_s: float = Field(
        default=300.0, gt=0, description="Seconds to wait for one generated albedo."
    )
    backend_retries: int = Field(
        default=2, ge=0, le=10, description="Retries of transient backend failures."
    )
    model_fallback: bool = Field(
        default=True,
        description="On a backend failure use the offline generators (logged) instead of failing.",
    )

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, v):
        return Path(os.path.expanduser(str(v))) if v is not None else v

    @property
    def jobs_dir(self) -> Path:
        return self.data_dir / "jobs"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'assetsmith.db'}"

    # --- provenance (issue 5) ---
    signing_key: str | None = Field(
        default=None,
        description="Key URI that signs packs: file:PATH[?alg=ed25519|p256], pkcs11:..., awskms://[HOST:PORT]/KEY "
        "or https://SIGNER; default: an Ed25519 key file under <data_dir>/keys, made on first use.",
    )
    keyring_path: Path | None = Field(
        default=None, description="Trusted public keys; default <data_dir>/keyring.json."
    )
    wallet_path: Path | None = Field(
        default=None,
        description="The linked creator wallet and its key authorisations; default <data_dir>/wallet.json.",
    )
    content_credentials: Literal["auto", "on", "off"] = Field(
        default="auto",
        description=(
            "C2PA Content Credentials embedded in every PNG of the pack (maps and previews): auto = when "
            "c2pa-python is installed. Off gives byte-identical packs (c2pa salts manifests at random)."
        ),
    )
    c2pa_cert_dir: Path | None = Field(
        default=None,
        description="C2PA CA and signing certificate (`assetsmith keys init`); default <data_dir>/keys/c2pa.",
    )
    provenance_signer_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("provenance_signer_url", "assetsmith_provenance_signer_url"),
        description="Remote signer endpoint (PROVENANCE_SIGNER_URL), used when signing_key is unset.",
    )
    provenance_signer_token: SecretStr | None = Field(
        default=None,
        description="The signer's own bearer token (a secret, never an API key): a worker sends it to "
        "PROVENANCE_SIGNER_URL, and `serve` requires it on its signer endpoint and `/sign`. "
        "Unset: those routes are off (404).",
    )
    provenance_signer_rate_per_minute: int = Field(
        default=600,
        ge=1,
        description="Requests per client address per minute to the signer endpoint and `/sign`.",
    )
    provenance_signer_ca: Path | None = Field(
        default=None,
        description="CA certificate (PEM) that the remote signer's TLS certificate chains to.",
    )
    pkcs11_pin: SecretStr | None = Field(
        default=None, description="User PIN for pkcs11: keys whose URI carries none."
    )

    # --- render/batch (issue 4) ---
    previews: bool = Field(
        default=True,
        description="Render a hero shot and a turntable into every pack "
        "(needs the render extra; without it the pack keeps its contact sheet).",
    )
    preview_size: int = Field(
        default=512, ge=64, le=4096, description="Hero shot size in pixels (square)."
    )
    preview_turntable_size: int = Field(
        default=256, ge=32, le=2048, description="Turntable frame size in pixels."
    )
    preview_views: int = Field(
        default=8, ge=0, le=64, description="Turntable views (0: hero shot only)."
    )
    preview_samples: int = Field(
        default=1,
        ge=1,
        le=16,
        description="MSAA samples of the hero shot (1: none, "
        "FXAA smooths it; 4 doubles its cost under llvmpipe).",
    )
    preview_turntable_samples: int = Field(
        default=1,
        ge=1,
        le=16,
        description="MSAA samples of turntable frames (1: none, FXAA smooths them).",
    )
    preview_fxaa: bool = Field(
        default=True,
        description="Smooth the edges of single-sample previews with an FXAA "
        "pass (about 1.5 ms for 512x512 under llvmpipe).",
    )
    unity_bin: Path = Field(
        default=Path("/opt/Unity/Editor/Unity"),
        validation_alias=AliasChoices("unity_bin", "UNITY_BIN", "ASSETSMITH_UNITY_BIN"),
        description="The Unity editor binary batch jobs start (UNITY_BIN).",
    )
    unity_project: Path | None = Field(
        default=None,
        description="Unity project for batch jobs; default: the "
        "`unity/` folder beside the job config.",
    )
    unity_timeout_s: float = Field(
        default=3600.0, gt=0, description="Longest a Unity batch run may take."
    )
    blender_bin: str = Field(
        default="blender", description="Blender binary for the blender batch engine."
    )
    batch_chunk_frames: int = Field(
        default=0,
        ge=0,
        description="Split batch frame ranges into chunks of this many frames (0: one chunk).",
    )

    # --- http service (issue 7) ---
    # Browser origins, blocklists and limits are operator configuration; nothing here is taken
    # from a request. List values may be given in the environment comma-separated.
    auth_required: bool = Field(
        default=False,
        description="Require an API key on every /api route (multi-tenant mode). Off: one local "
        "tenant, no credit limits, and `serve` binds to loopback only.",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed to call the API (comma-separated); none by default.",
    )
    max_request_bytes: int = Field(
        default=1024 * 1024, ge=1024, description="Largest request body accepted (JSON requests)."
    )
    max_upload_bytes: int = Field(
        default=256 * 1024 * 1024,
        ge=1024,
        description="Largest upload accepted (a pack.zip sent to be verified).",
    )
    prompt_blocklist: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Case-insensitive words or phrases refused in prompts (comma-separated).",
    )
    moderation: bool = Field(
        default=True, description="Apply the prompt blocklist (off: accept every prompt)."
    )
    rate_limit_per_minute: int = Field(
        default=120,
        ge=0,
        description="Write requests (POST/DELETE) per API key per minute; 0: no limit.",
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis for rate-limit counters (redis://...); default: the job database.",
    )
    api_key_pepper: SecretStr | None = Field(
        default=None,
        description="Server secret mixed into API-key hashes; default: a random one kept under "
        "<data_dir>/keys. Set it when several hosts share one database.",
    )
    api_run_timeout_s: float = Field(
        default=600.0,
        gt=0,
        description="How long POST /api/studio/jobs/run waits for its job to finish.",
    )
    sse_poll_s: float = Field(
        default=0.25, gt=0, le=10, description="How often event streams look for new job events."
    )
    prometheus_multiproc_dir: Path | None = Field(
        default=None,
        validation_alias=AliasChoices("PROMETHEUS_MULTIPROC_DIR", "prometheus_multiproc_dir"),
        description="prometheus_client's multiprocess folder (PROMETHEUS_MULTIPROC_DIR) when several server "
        "processes share one /metrics.",
    )

    @field_validator("cors_origins", "prompt_blocklist", mode="before")
    @classmethod
    def _csv(cls, v, info):
        items = [
            s.strip() for s in (v.split(",") if isinstance(v, str) else v or ()) if s and s.strip()
        ]
        # Browsers send an Origin without a trailing slash; tolerate one in the setting.
        return (
            [s.rstrip("/") if s != "*" else s for s in items]
            if info.field_name == "cors_origins"
            else items
        )

    # --- originality (issue 6) ---
    originality: Literal["enforce", "report", "off"] = Field(
        default="enforce",
        description="The originality stage: enforce (a block fails the job), report (blocks "
        "become flags), off (the stage records nothing).",
    )
    originality_embedder: Literal["descriptor", "clip"] = Field(
        default="descriptor",
        description="Image embedding layer: the built-in descriptor (no weights) or CLIP.",
    )
    originality_clip_weights: Path | None = Field(
        default=None,
        description="Local CLIP weights: an open_clip checkpoint (.pt/.bin/.safetensors) or an "
        "image-tower .onnx file. Never downloaded.",
    )
    originality_clip_model: str = Field(
        default="ViT-B-32", description="open_clip architecture of those weights."
    )
    originality_device: Literal["auto", "cpu", "cuda"] = Field(
        default="auto", description="auto: CUDA when present."
    )
    originality_index: Literal["usearch", "pgvector"] = Field(
        default="usearch",
        description="Vector index: usearch files under <data_dir>/originality, or pgvector.",
    )
    originality_pgvector_url: str | None = Field(
        default=None,
        description="PostgreSQL with pgvector for the index; default: the job database URL.",
    )
    originality_flag_image: float = Field(
        default=0.98, ge=0, le=1, description="Image-embedding cosine that flags."
    )
    originality_block_image: float = Field(
        default=0.99, ge=0, le=1, description="Image-embedding cosine that blocks."
    )
    originality_flag_perceptual: float = Field(
        default=0.95,
        ge=0,
        le=1,
        description="Perceptual-hash similarity (1 - Hamming/64) that flags.",
    )
    originality_block_perceptual: float = Field(
        default=0.98, ge=0, le=1, description="Perceptual-hash similarity that blocks."
    )
    originality_flag_geometry: float = Field(
        default=0.983, ge=0, le=1, description="Shape-descriptor cosine that flags."
    )
    originality_block_geometry: float = Field(
        default=0.995, ge=0, le=1, description="Shape-descriptor cosine that blocks."
    )
    originality_exact: Literal["block", "flag", "pass"] = Field(
        default="block",
        description="Verdict for an identical file or an identical canonical geometry hash.",
    )
    originality_max_pixels: int = Field(
        default=64_000_000,
        ge=1024,
        description="Largest image (width x height) an audit or corpus decodes; "
        "larger ones are refused from their header (HTTP 413).",
    )
    originality_max_concurrent: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Image audits, embeds and corpus uploads one server "
        "process runs at once; more get 503 with Retry-After.",
    )

    # --- billing (issue 9) ---
    # Stripe's REST API, spoken directly over httpx. Checkout and the portal need the secret key and
    # the redirect URLs; the webhook needs only its signing secret. Nothing here is ever answered to
    # a client: routes and `assetsmith billing status` say which settings are set, never their values.
    stripe_secret_key: SecretStr | None = Field(
        default=None,
        description="Stripe secret API key (sk_live_... or sk_test_...); enables checkout and the "
        "customer portal.",
    )
    stripe_webhook_secret: SecretStr | None = Field(
        default=None,
        description="Signing secret (whsec_...) of the webhook endpoint /api/studio/billing/webhook.",
    )
    stripe_api_base: HttpUrlText = Field(
        default="https://api.stripe.com",
        description="Stripe API base URL (tests point it at a loopback fake).",
    )
    stripe_api_version: str = Field(
        default="2024-06-20",
        min_length=1,
        description="Stripe-Version header sent with every Stripe API request.",
    )
    stripe_price_map: dict[Literal["indie", "team"], str] = Field(
        default_factory=dict,
        description='Tier -> Stripe Price id, as JSON: {"indie": "price_...", "team": '
        '"price_..."}. Checkout sells these; a Price\'s metadata `tier` wins.',
    )
    billing_success_url: HttpUrlText | None = Field(
        default=None,
        description="Where Stripe Checkout sends the browser after payment (may carry "
        "{CHECKOUT_SESSION_ID}).",
    )
    billing_cancel_url: HttpUrlText | None = Field(
        default=None,
        description="Where Stripe Checkout sends the browser when the customer backs out.",
    )
    billing_portal_return_url: HttpUrlText | None = Field(
        default=None, description="Where the Stripe customer portal's return link points."
    )
    stripe_webhook_tolerance_s: int = Field(
        default=300,
        ge=1,
        le=86400,
        description="Oldest webhook signature timestamp accepted, in seconds (replays "
        "of older deliveries are refused).",
    )
    stripe_timeout_s: float = Field(
        default=20.0, gt=0, le=120, description="Seconds to wait for one Stripe API reply."
    )

    @field_validator("stripe_price_map")
    @classmethod
    def _price_ids(cls, v: dict[str, str]) -> dict[str, str]:
        out = {tier: price.strip() for tier, price in v.items()}
        if not all(out.values()):
            raise ValueError("every tier in the price map needs a Stripe Price id")
        if len(set(out.values())) != len(out):
            raise ValueError("two tiers share one Stripe Price id")
        return out

    # --- s3 artifact store (issue 9) ---
    # Used when artifact_store = "s3": workers upload packs, API servers answer downloads with
    # presigned redirects. Credentials: these two, else boto3's default chain (env, profile, role).
    s3_bucket: str | None = Field(
        default=None, description="Bucket that holds job artifacts (it must exist)."
    )
    s3_prefix: str = Field(
        default="", description="Key prefix inside the bucket, e.g. `assetsmith` (default: none)."
    )
    s3_endpoint_url: HttpUrlText | None = Field(
        default=None,
        description="S3-compatible endpoint (MinIO, Cloudflare R2, moto); default: AWS S3.",
    )
    s3_public_endpoint_url: HttpUrlText | None = Field(
        default=None,
        description="Endpoint written into presigned download URLs, when browsers reach the store at "
        "another address than the servers do (compose: http://localhost:9000); "
        "default: s3_endpoint_url.",
    )
    s3_region: str | None = Field(
        default=None,
        description="Region (R2: auto; MinIO: us-east-1); default: boto3's (AWS_DEFAULT_REGION).",
    )
    s3_access_key_id: SecretStr | None = Field(
        default=None, description="Access key id; default: boto3's credential chain."
    )
    s3_secret_access_key: SecretStr | None = Field(
        default=None, description="Secret access key that goes with s3_access_key_id."
    )
    s3_presign_ttl_s: int = Field(
        default=300,
        ge=1,
        le=7 * 24 * 3600,
        description="Lifetime of the presigned download URLs the API redirects to.",
    )
    s3_multipart_threshold_mb: int = Field(
        default=8,
        ge=1,
        description="Files at least this large (MiB) are uploaded in parts (multipart upload).",
    )
    s3_multipart_chunk_mb: int = Field(
        default=8,
        ge=5,
        le=5120,
        description="Part size of multipart uploads in MiB (S3's minimum is 5).",
    )
    s3_addressing_style: Literal["auto", "path", "virtual"] = Field(
        default="auto",
        description="Bucket in the host name (virtual) or in the path (path: MinIO, moto).",
    )


def env_names() -> dict[str, list[str]]:
    """Each setting's environment variables: its declared aliases when it has them (pydantic-settings
    then reads only those, case-insensitively), else ASSETSMITH_<NAME>. For docs and deploy checks."""
    out: dict[str, list[str]] = {}
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        if alias is None:
            out[name] = [f"ASSETSMITH_{name.upper()}"]
            continue
        choices = [alias] if isinstance(alias, str) else list(getattr(alias, "choices", ()) or ())
        names: list[str] = []
        for choice in choices:
            if isinstance(choice, str) and choice.upper() not in names:
                names.append(choice.upper())
        out[name] = names
    return out
