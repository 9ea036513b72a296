"""Run `assetsmith ...` in-process through main(), capturing its output."""

from __future__ import annotations

from assetsmith.cli.main import main


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one CLI invocation."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err
