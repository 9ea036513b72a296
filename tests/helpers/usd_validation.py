"""Run every validator USD ships (`pxr.UsdValidation`, usd-core 26.x) on a .usda/.usdc/.usdz file.

    from tests.helpers.usd_validation import validate_usd
    assert validate_usd(path) == []

This covers the stage metadata, composition, UsdShade (material bindings, shader compliance,
normal maps), UsdGeom and the usdz package validators (alignment, compression, encapsulation).
"""

from __future__ import annotations

from pathlib import Path

from pxr import Tf, Usd, UsdValidation

_KIND = {
    UsdValidation.ValidationErrorType.Error: "error",
    UsdValidation.ValidationErrorType.Warn: "warning",
    UsdValidation.ValidationErrorType.Info: "info",
}


def usd_issues(path: Path) -> list[tuple[str, str]]:
    """Every issue every registered validator reports: (severity, "validator: message")."""
    try:
        stage = Usd.Stage.Open(str(path))
    except Tf.ErrorException as exc:
        return [("error", f"the stage cannot be opened: {str(exc).strip()}")]
    if stage is None:
        return [("error", f"the stage cannot be opened: {path}")]
    validators = UsdValidation.ValidationRegistry().GetOrLoadAllValidators()
    found = UsdValidation.ValidationContext(validators).Validate(stage)
    out = []
    for err in found:
        if err.HasNoError():
            continue
        kind = _KIND.get(err.GetType(), "error")
        out.append((kind, err.GetErrorAsString()))
    return sorted(out)


def validate_usd(path: Path, *, include_warnings: bool = False) -> list[str]:
    """The errors (and, if asked, warnings) USD's validators report; [] for a valid file."""
    wanted = {"error", "warning"} if include_warnings else {"error"}
    return [f"{kind}: {text}" for kind, text in usd_issues(path) if kind in wanted]
