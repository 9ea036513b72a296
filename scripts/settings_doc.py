"""Write docs/settings.md: every setting assetsmith reads, from the Settings class itself.

python scripts/settings_doc.py          # rewrite docs/settings.md
python scripts/settings_doc.py --check  # exit 1 when docs/settings.md is stale (the tests do this)
"""

from __future__ import annotations

import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def _default(field) -> str:
    if field.default_factory is not None:
        return "(computed)"
    value = field.default
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "(empty)"
    return str(value)


def render() -> str:
    from assetsmith.settings import Settings, env_names

    env = env_names()

    lines = [
        "# Settings",
        "",
        "Every setting is read from the environment (names below; `.env` files are not read) or passed",
        "to `Settings(...)` in the SDK. Generated from `assetsmith.settings.Settings` by",
        "`python scripts/settings_doc.py`; the test suite fails when this page is out of date.",
        "",
        "| variable | default | meaning |",
        "|---|---|---|",
    ]
    for name, field in Settings.model_fields.items():
        names = " / ".join(f"`{n}`" for n in env[name])
        desc = " ".join((field.description or "").split()).replace("|", "\\\\|")
        lines.append(f"| {names} | `{_default(field)}` | {desc} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    text = render()
    if "--check" in sys.argv:
        if not DOC.is_file() or DOC.read_text() != text:
            sys.exit(f"{DOC} is out of date: run python scripts/settings_doc.py")
        return
    DOC.write_text(text)
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
