#!/usr/bin/env bash
# Install assetsmith with a set of extras: the one install command shared by CI (scripts/test.sh:
# `scripts/install.sh --editable test`) and the container image (Dockerfile:
# `scripts/install.sh deploy`), so the image's build step is the command CI exercises every run.
#
#   scripts/install.sh [--editable] [EXTRAS] [PIP OPTIONS...]
#
# EXTRAS is a comma-separated list of pyproject extras, or `deploy` for what a server or worker
# runs with (HTTP service, PostgreSQL, S3, renderer, originality, provenance signers). Further
# arguments go to pip (the tests pass --dry-run to resolve the image's install without doing it).
set -euo pipefail
cd "$(dirname "$0")/.."

editable=()
if [ "${1:-}" = "--editable" ]; then editable=(-e); shift; fi
extras="${1:-}"
if [ $# -gt 0 ]; then shift; fi
if [ "$extras" = "deploy" ]; then extras="server,postgres,s3,render,originality,provenance"; fi

target="."
if [ -n "$extras" ]; then target=".[$extras]"; fi
exec python3 -m pip install --quiet --disable-pip-version-check "${editable[@]}" "$target" "$@"
