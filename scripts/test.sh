#!/usr/bin/env bash
# The whole test suite, installing what it needs first: the package with its test extra (PyPI), the
# Khronos glTF-Validator (npm, into tools/node_modules) and, with apt-get, the tools the tests drive
# for real (Mesa EGL, SoftHSM2, Chromium, Blender, Mono's C# compiler, docker-compose). Safe to run
# again; extra arguments go to pytest (e.g. scripts/test.sh -k glb).
#
#   scripts/test.sh --quick [pytest args]   the fast lane: unit tests only (not the ones marked
#                                           slow: whole jobs, live servers, PostgreSQL, S3, browsers,
#                                           engines), no installs, under a minute on two cores.
#                                           Run the whole script once first so the extras are there.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive  # apt-get below never stops to ask

if [ "${1:-}" = "--quick" ]; then
  shift
  # Modules marked slow as a whole, and folders of only such modules, are not even imported
  # (tests/conftest.py); the plugins that only the slow tests use (schemathesis, hypothesis,
  # benchmarks) and the ones no test uses (anyio's, platformdirs') are not loaded. Bytecode is
  # written (the image sets PYTHONDONTWRITEBYTECODE): without it every run recompiles src/ and
  # re-rewrites every test module's asserts, half of each worker's collection time.
  unset PYTHONDONTWRITEBYTECODE
  exec python3 -m pytest -n 2 -q -p no:cacheprovider -m "not slow" \
    -p no:schemathesis -p no:hypothesispytest -p no:benchmark -p no:anyio -p no:platformdirs "$@"
fi

scripts/install.sh --editable test  # the same install command the Dockerfile runs
# The local-diffusion tests build a tiny random-weight pipeline: torch (the pinned CPU wheel),
# diffusers, transformers. About a minute to install once; skipped when already importable.
if ! python3 -c "import importlib.util as u, sys; sys.exit(not all(u.find_spec(m) for m in ('torch', 'diffusers', 'transformers')))"; then
  echo "Installing the diffusion extra for the tiny-pipeline tests (pip, ~1 min once)..." >&2
  python3 -m pip install --quiet --disable-pip-version-check -e ".[diffusion]"
fi
# The CLIP embedder tests build a tiny random-weight open_clip model and its ONNX export (the clip
# extra: open_clip, onnxruntime; torch stays pinned to the CPU wheel). Skipped when importable.
if ! python3 -c "import importlib.util as u, sys; sys.exit(not all(u.find_spec(m) for m in ('open_clip', 'onnxruntime')))"; then
  echo "Installing the clip extra for the tiny-CLIP tests (pip, once)..." >&2
  python3 -m pip install --quiet --disable-pip-version-check -e ".[clip]"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm for the glTF validator (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
# Mesa's EGL and llvmpipe for the headless renderer tests (moderngl comes with the test extra).
if ! ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1 ' || ! ldconfig -p 2>/dev/null | grep -q 'libGL.so.1 ' \
   || ! ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1; then
  echo "Installing Mesa EGL and llvmpipe for the renderer tests (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq libegl1 libegl-mesa0 libgl1 libgl1-mesa-dri libgbm1 >/dev/null
fi
# SoftHSM2 (Debian) for the PKCS#11 signer tests; moto (the KMS server) comes with the test extra.
if ! command -v softhsm2-util >/dev/null 2>&1; then
  echo "Installing SoftHSM2 for the PKCS#11 signer tests (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq softhsm2 >/dev/null
fi
# Debian's Chromium for the /studio browser tests (Playwright drives it via executable_path; no
# browser download). In CI a missing Chromium fails those tests instead of skipping them.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
# Blender (Debian's build and its NumPy) for the blender batch-engine tests.
if ! command -v blender >/dev/null 2>&1 || ! dpkg -s python3-numpy >/dev/null 2>&1; then
  echo "Installing Blender for the blender engine tests (apt-get, ~170 MB once)..." >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends blender python3-numpy >/dev/null
fi
# Debian's Godot 3 (the only Godot the registries ship; the packs target Godot 4) and Xvfb, since its
# build has no headless editor: the Godot 3 import test of a Godot pack's GLBs.
if ! command -v godot3 >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null 2>&1; then
  echo "Installing godot3 and Xvfb for the Godot 3 import test (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends godot3 xvfb xauth >/dev/null
fi
# Mono's C# compiler, to syntax-check the Unity package's C# (no Unity editor here).
if ! command -v mcs >/dev/null 2>&1; then
  echo "Installing mono-mcs for the Unity C# syntax check (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends mono-mcs >/dev/null
fi
# Compose, to validate deploy/compose.yaml with `docker compose config` (the Compose v2 plugin when
# the Docker client has it, else Debian's docker-compose).
if ! (command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1) \
   && ! command -v docker-compose >/dev/null 2>&1; then
  echo "Installing docker-compose to validate the compose file (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null
fi
# systemd-analyze, to verify the systemd units under deploy/systemd.
if ! command -v systemd-analyze >/dev/null 2>&1; then
  echo "Installing systemd to verify the units (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq systemd >/dev/null
fi
if [ ! -f tools/node_modules/gltf-validator/package.json ]; then
  npm install --prefix tools --no-audit --no-fund --loglevel=error >/dev/null
fi

# The queue, tenancy and pgvector suites talk to the machine's PostgreSQL (127.0.0.1:5432) and the
# rate-limit suite to Redis (127.0.0.1:6379); start them if they have stopped.
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
fi
if command -v redis-server >/dev/null 2>&1 && ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no || true
fi

# -n 2: this project's reference machine has two cores.
exec python3 -m pytest -n 2 -q -p no:cacheprovider "$@"
