"""Provenance errors: each says what failed and what to do, without paths, PINs or key material."""

from __future__ import annotations

from ..errors import AssetsmithError, InvalidInput


class SigningFailed(AssetsmithError):
    """The signer could not sign (key missing, HSM/KMS/remote signer refused or unreachable).
    A job whose signing fails fails: a pack is never silently left unsigned."""

    code = "signing_failed"
    exit_code = 11
    http_status = 502


class VerificationFailed(AssetsmithError):
    """A pack, file or statement did not verify; `details` lists every failed check."""

    code = "verification_failed"
    exit_code = 12
    http_status = 422


class WalletError(InvalidInput):
    """A wallet address or authorisation was refused (bad checksum, wrong signer, expired)."""

    code = "wallet_invalid"


class ExtraMissing(AssetsmithError):
    """An optional library for a provenance backend is not installed."""

    code = "extra_missing"
    exit_code = 6
    http_status = 503


def need(module: str, extra: str = "provenance", what: str = ""):
    """Import an optional module or raise ExtraMissing naming the extra that provides it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ExtraMissing(f"{what or module} needs the Python package behind '{module}', which is not installed.",
                           f"Install it with: pip install 'assetsmith[{extra}]'.") from None
