"""Bodies of the reference routes under /api/studio: the reference tool's field names, so its web
client and scripts keep working. Unknown request fields are ignored there, as they were; field
types are strict (`"mock": 0` is not a boolean), as the OpenAPI document says.

Where the reference answered with a server path (output_dir, zip_path, jobs_root) these answer
with the URL of the same thing: clients that follow the value keep working; no path leaks."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .models import Category, StylePreset

URP_HINT = "6000.0.x LTS (pin when smoke-tested)"


class GenerateSpecRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    prompt: str = Field(min_length=1, max_length=2000)
    category: Category = "prop"
    style_preset: StylePreset = "toon_bold"
    mock: bool = Field(
        default=False, description="Use the offline generator (it is used anyway without a model)."
    )


class GenerateSpecResponse(BaseModel):
    spec: dict[str, Any]
    meta: dict[str, Any]


class PackRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    spec: dict[str, Any]
    output_name: str = Field(default="StudioPack", pattern=r"^[\w\-]+$", max_length=100)
    unity_urp_hint: str = Field(default=URP_HINT, max_length=200)
    write_spec_json: bool = True


class PackResponse(BaseModel):
    manifest: dict[str, Any]
    output_dir: str = Field(
        description="URL of the pack's file listing (the reference gave a server path)."
    )


class RunJobRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    prompt: str = Field(min_length=1, max_length=2000)
    category: Category = "prop"
    style_preset: StylePreset = "toon_bold"
    mock: bool = False
    generate_textures: bool = Field(
        default=False, description="Model-generated albedo maps (6 credits)."
    )
    export_mesh: bool = Field(
        default=False, description="Accepted for compatibility: meshes are always exported."
    )
    unity_urp_hint: str = Field(default=URP_HINT, max_length=200)
    engine_target: Literal["unity", "unreal", "godot"] = "unity"


class RunJobResponse(BaseModel):
    job_id: str
    folder: str
    manifest: dict[str, Any]
    spec: dict[str, Any]
    output_dir: str
    zip_path: str = Field(description="URL of pack.zip (the reference gave a server path).")
    texture_logs: list[str]
    mesh_logs: list[str]
    errors: list[str]


class EnqueueJobRequest(RunJobRequest):
    max_attempts: int = Field(default=3, ge=1, le=50)
    idempotency_key: str | None = Field(default=None, max_length=128)
    comfy_base_url: str | None = Field(
        default=None,
        description="Refused unless empty: backend URLs come from the server's configuration only.",
    )

    @field_validator("comfy_base_url")
    @classmethod
    def _no_client_urls(cls, v: str | None) -> None:
        if v is not None and v.strip():
            raise ValueError("backend URLs come from the server's configuration, not from requests")
        return None


class EnqueueJobResponse(BaseModel):
    queue_id: str
    deduplicated: bool = False


class QueueRow(BaseModel):
    """A queue row as the reference tool showed it. Status: pending | running | completed | dead
    (failed and cancelled jobs show as dead; `state` has our exact status)."""

    id: str
    status: Literal["pending", "running", "completed", "dead"]
    state: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    last_error: str | None
    result: dict[str, Any] | None
    studio_job_id: str | None
    worker_id: str | None = None
    created_at: str
    updated_at: str
    tenant_id: str
    idempotency_key: str | None
    progress: float


class QueueList(BaseModel):
    jobs: list[QueueRow]


class JobIndexEntry(BaseModel):
    """A row of the reference tool's job index."""

    job_id: str
    folder: str | None
    created_at: str
    status: str
    summary: str | None
    has_textures: bool
    error: str | None
    tenant_id: str


class JobIndex(BaseModel):
    jobs: list[JobIndexEntry]
    jobs_root: str = Field(description="URL of the job list (the reference gave a server path).")


class HealthResponse(BaseModel):
    status: Literal["ok", "degraded"]
    auth_required: bool
    stripe_webhook_configured: bool = False
    worker_version: str
    backends: dict[str, dict[str, Any]] = Field(
        description="Each backend: ok, kind and what it reports."
    )


class QueueSlo(BaseModel):
    pending_oldest_age_seconds: float | None = None
    running_oldest_age_seconds: float | None = None
    pending_claimable_count: int = 0
    running_count: int = 0


class MetricsResponse(BaseModel):
    queue: dict[str, int]
    jobs_indexed: int
    slo: QueueSlo


class ComfyStatus(BaseModel):
    configured: bool
    reachable: bool | None
    version: str | None = None
    checkpoint: str | None = None
    detail: str


class BillingStatus(BaseModel):
    stripe_checkout_available: bool = Field(
        description="Checkout is configured and the caller is a tenant."
    )
    checkout_tiers: list[str] = Field(description="The tiers Checkout can sell here.")
    portal_needs_customer: bool = Field(
        description="The portal opens only for a tenant with a Stripe customer."
    )
    portal_available: bool = Field(
        description="The portal is configured and the caller has a Stripe customer."
    )
    stripe_customer_linked: bool
    stripe_subscription_id: str | None
    subscription_status: str | None = Field(
        description="The subscription's Stripe status (active, past_due...)."
    )
    tier_id: str


class CheckoutSessionRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    tier: Literal["indie", "team"] = Field(description="The plan to subscribe to.")


class CheckoutSessionResponse(BaseModel):
    url: str = Field(description="Stripe Checkout page to send the browser to.")
    id: str = Field(description="The Checkout Session id (cs_...).")


class PortalSessionResponse(BaseModel):
    url: str = Field(description="Stripe customer-portal page to send the browser to.")


class WebhookAck(BaseModel):
    received: bool = Field(description="Always true: the event is recorded (or was, before).")
    duplicate: bool = Field(
        description="The event had been processed before; nothing was done again."
    )
