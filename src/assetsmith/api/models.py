"""Request and response bodies of our own routes (/api/v1). The reference routes' bodies are in
studio_models.py. Requests forbid unknown fields so a typo is an error, not a silent default."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Category = Literal["prop", "environment_piece", "character_base", "material_library"]
StylePreset = Literal["realistic_hd_pbr", "anime_stylized", "toon_bold"]
EngineName = Literal["unity", "godot", "unreal"]
Resolution = Literal[512, 1024, 2048, 4096]
SHA256_PATTERN = r"^([sS][hH][aA]256:)?[0-9a-fA-F]{64}$"
JobStatus = Literal["queued", "waiting", "running", "succeeded", "failed", "dead", "cancelled"]


# Exactly one of prompt and spec (a null counts as absent, as the server reads it).
ONE_OF_PROMPT_SPEC: list[Any] = [
    {"required": ["prompt"], "properties": {"prompt": {"type": "string"}}},
    {"required": ["spec"], "properties": {"spec": {"type": "object"}}},
]


class SubmitJob(BaseModel):
    """A pack to build: exactly one of a prompt and a spec, and options."""

    model_config = ConfigDict(
        extra="forbid", strict=True, json_schema_extra={"oneOf": ONE_OF_PROMPT_SPEC}
    )

    prompt: str | None = Field(
        default=None, min_length=1, max_length=2000, description="What to make, in words."
    )
    spec: dict[str, Any] | None = Field(
        default=None, description="A v0.1, v0.2 or v0.3 asset spec instead of a prompt."
    )
    strict: bool = Field(
        default=False,
        description="Fail (no_fitting_shape, HTTP 422, exit 23) when no recipe of the library fits the prompt, instead of building a stand-in and saying so.",
    )
    category: Category | None = None
    style_preset: StylePreset | None = None
    engine: EngineName = Field(default="unity", description="Engine layout of the pack.")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)
    resolution: Resolution | None = Field(default=None, description="Texture size in pixels.")
    poly_budget: int | None = Field(
        default=None, ge=1, le=1_000_000, description="Triangle budget for LOD0."
    )
    export_usd: bool = Field(default=True, description="Write .usda and .usdz beside the GLB.")
    textures: bool = Field(
        default=False,
        description="Model-generated albedo maps (6 credits, indie and team "
        "plans); procedural PBR maps are always made.",
    )
    sign: bool = Field(default=True, description="Sign the pack's provenance statement.")
    max_attempts: int = Field(
        default=3, ge=1, le=10, description="Attempts before the job is dead."
    )
    idempotency_key: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Repeat a submission safely: the same key returns the same job "
        "and charges nothing again.",
    )


class Links(BaseModel):
    """Where to find more about a job."""

    self: str
    events: str
    logs: str
    files: str
    result: str
    download: str


class SubmitResult(BaseModel):
    """The queued job."""

    job_id: str
    status: JobStatus
    deduplicated: bool = Field(
        description="True: an earlier job with this idempotency key was returned."
    )
    cost: int = Field(
        description="Credits charged for this submission (0 when deduplicated or limits are off)."
    )
    links: Links


class JobError(BaseModel):
    """Why a job failed."""

    error: str
    message: str
    hint: str | None = None
    details: Any = None


class JobView(BaseModel):
    """A job's state."""

    job_id: str
    status: JobStatus
    progress: float = Field(ge=0, le=1)
    stage: str | None
    prompt: str | None
    engine: str | None
    summary: str | None
    error: JobError | None
    attempts: int
    max_attempts: int
    cancel_requested: bool
    created_at: float
    started_at: float | None
    finished_at: float | None
    links: Links


class JobList(BaseModel):
    """Jobs, newest first."""

    jobs: list[JobView]


class CancelResult(BaseModel):
    """What cancelling did: cancelled (it never runs) or cancelling (it stops at its next stage)."""

    job_id: str
    status: Literal["cancelled", "cancelling"]


class JobLogs(BaseModel):
    """The job's log lines (stage messages, fallbacks, warnings)."""

    job_id: str
    lines: list[str]


class FileEntry(BaseModel):
    """One file of a job."""

    path: str = Field(description="Relative to the job, e.g. pack/Models/crate/crate.glb.")
    bytes: int
    sha256: str
    url: str


class FileList(BaseModel):
    """A finished job's files."""

    job_id: str
    files: list[FileEntry]


class JobResultView(BaseModel):
    """A finished job's product: summary, previews, downloads and verdicts where they exist."""

    job_id: str
    summary: str | None
    asset_id: str | None
    timings: dict[str, float]
    previews: list[FileEntry]
    files: int
    download: str
    provenance: dict[str, Any] | None = Field(
        description="The pack's signing summary from its manifest."
    )
    originality: dict[str, Any] | None = Field(
        description="The originality verdict, when the audit ran."
    )
    shape: dict[str, Any] | None = Field(
        default=None,
        description=(
            "Which recipe was built and why: recipe, matched_words, confidence, fallback (null, or the reason "
            "no recipe fitted in plain words), how, suggestions, params."
        ),
    )


class Usage(BaseModel):
    """Plan, credits and jobs in flight (the reference tool's fields and ours)."""

    limits_enforced: bool
    tier_id: str
    tier_name: str
    period: str
    credits_used: int
    credits_cap: int | None
    credits_remaining: int | None
    credits_generate_spec: int
    credits_run_job: int
    credits_run_job_textures: int
    textures_allowed: bool
    max_concurrent_jobs: int | None
    active_jobs: int


class LedgerRow(BaseModel):
    """One credits ledger row (charges are negative)."""

    id: int
    period: str
    kind: Literal["charge", "refund", "grant"]
    amount: int
    job_id: str | None
    reason: str
    created_at: float


class Ledger(BaseModel):
    """The newest ledger rows."""

    rows: list[LedgerRow]


class Me(BaseModel):
    """Who the API key belongs to."""

    tenant_id: str
    name: str
    tier: str | None
    key_id: str | None
    auth_required: bool


class SignRequest(BaseModel):
    """The reference `/sign` body: an artifact digest to sign."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "anyOf": [
                {"required": ["sha256"], "properties": {"sha256": {"type": "string"}}},
                {"required": ["hash"], "properties": {"hash": {"type": "string"}}},
            ]
        },
    )

    sha256: str | None = Field(
        default=None, pattern=SHA256_PATTERN, description="64 hex digits (or sha256:...)."
    )
    hash: str | None = Field(
        default=None, pattern=SHA256_PATTERN, description="The same, under the reference's name."
    )
    name: str | None = Field(default=None, max_length=200)
    scene: str | None = Field(default=None, max_length=200)
    wallet: str | None = Field(
        default=None,
        pattern=r"^(0x[0-9a-fA-F]{40})?$",
        description="An EIP-55 checksummed Ethereum address (0x...).",
    )


class SignResult(BaseModel):
    """A DSSE envelope over an in-toto statement naming the digest."""

    signature: dict[str, Any]
    keyid: str
    algorithm: str
    statement_sha256: str


class VerifyCheck(BaseModel):
    """One verified fact."""

    name: str
    status: Literal["ok", "fail", "untrusted", "unchecked"]
    detail: str
    file: str | None


class VerifyResult(BaseModel):
    """Every check of a pack.zip or a stored job."""

    target: str
    kind: str
    ok: bool
    keyid: str | None
    trusted: bool
    wallet: str | None
    checks: list[VerifyCheck]
