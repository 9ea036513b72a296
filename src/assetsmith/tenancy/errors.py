"""Errors of the tenancy layer; each carries its HTTP status like the rest of the error tree."""

from __future__ import annotations

from ..errors import AssetsmithError


class Unauthorized(AssetsmithError):
    """No API key, or one that is unknown or revoked."""

    code = "unauthorized"
    exit_code = 2
    http_status = 401


class Forbidden(AssetsmithError):
    """The tenant's plan does not include this (model textures on the free tier)."""

    code = "forbidden"
    exit_code = 2
    http_status = 403


class ConcurrencyLimit(AssetsmithError):
    """The tenant already has as many jobs in flight as its plan allows."""

    code = "concurrency_limit"
    exit_code = 7
    http_status = 429
    transient = True


class RateLimited(AssetsmithError):
    """Too many requests with one key in the current minute."""

    code = "rate_limited"
    exit_code = 7
    http_status = 429
    transient = True

    def __init__(self, message: str, hint: str = "", *, retry_after: int = 60) -> None:
        super().__init__(message, hint)
        self.retry_after = retry_after
