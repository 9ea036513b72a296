"""The deployment files do what they say: the image runs CI's install command as a non-root user
with a working healthcheck, the compose file is valid Compose and names only real settings, the
systemd units pass systemd's own verifier, and the guide covers every piece."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from tests.api.live import free_port
from tests.helpers.availability import missing

from assetsmith.settings import env_names

pytestmark = pytest.mark.slow  # docker compose, systemd-analyze and a served API

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "deploy" / "compose.yaml"
EXAMPLE_ENV = ROOT / "deploy" / "example.env"
SYSTEMD = ROOT / "deploy" / "systemd"
GUIDE = ROOT / "docs" / "deployment.md"


def instructions(path: Path) -> list[tuple[str, str]]:
    """Dockerfile instructions as (KEYWORD, arguments), continuation lines joined, comments dropped."""
    text = re.sub(
        r"\\\n",
        " ",
        "\n".join(
            line for line in path.read_text().splitlines() if not line.lstrip().startswith("#")
        ),
    )
    out = []
    for line in text.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def exec_form(args: str) -> list[str]:
    assert args.startswith("["), f"use the exec form: {args}"
    return json.loads(args)


def settings_env_names() -> set[str]:
    """Every environment variable Settings reads."""
    return {n for names in env_names().values() for n in names}


# --- the image -------------------------------------------------------------------------------------
def test_image_runs_as_a_fixed_non_root_user_with_a_healthcheck():
    steps = instructions(DOCKERFILE)
    users = [args for word, args in steps if word == "USER"]
    assert users, "the image must drop root"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0, (
        "USER must be a numeric non-root uid (Kubernetes runAsNonRoot checks it)"
    )
    health = [args for word, args in steps if word == "HEALTHCHECK"]
    assert len(health) == 1 and "CMD" in health[0]
    # Everything after USER runs unprivileged; the install happens before it.
    words = [w for w, _ in steps]
    assert words.index("RUN") < words.index("USER") and words[-1] in ("CMD", "ENTRYPOINT")


def test_image_installs_with_the_command_ci_runs():
    runs = [args for word, args in instructions(DOCKERFILE) if word == "RUN"]
    install = [r for r in runs if "scripts/install.sh" in r]
    assert install == ["scripts/install.sh deploy"]
    test_sh = (ROOT / "scripts" / "test.sh").read_text()
    assert re.search(r"^scripts/install\.sh --editable test\b", test_sh, re.M), (
        "CI must use the same script"
    )
    # `deploy` expands to extras pyproject really declares.
    script = (ROOT / "scripts" / "install.sh").read_text()
    deploy = re.search(r'extras="([a-z0-9,_-]+)"; fi', script).group(1).split(",")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert set(deploy) <= set(declared), set(deploy) - set(declared)
    assert {"server", "postgres", "s3"} <= set(deploy)


def test_the_image_install_command_resolves(tmp_path):
    """The image's exact install step, as pip would run it in the build (dry run: resolve, no install)."""
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    proc = subprocess.run(
        ["scripts/install.sh", "deploy", "--dry-run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "does not provide the extra" not in proc.stderr, proc.stderr


def test_image_command_serves_and_its_healthcheck_sees_it(tmp_path):
    """Run the image's ENTRYPOINT + CMD (on loopback and a free port) and its HEALTHCHECK against it."""
    steps = dict(instructions(DOCKERFILE))
    cmd = exec_form(steps["ENTRYPOINT"]) + exec_form(steps["CMD"])
    assert cmd[:2] == ["assetsmith", "serve"] and "--auth" in cmd
    port = free_port()
    cmd[cmd.index("--host") + 1] = "127.0.0.1"
    cmd[cmd.index("--port") + 1] = str(port)
    check = exec_form(steps["HEALTHCHECK"].split("CMD", 1)[1].strip())
    check = [part.replace("8787", str(port)) for part in check]
    check[0] = sys.executable if check[0] in ("python", "python3") else check[0]

    def healthy() -> int:
        return subprocess.run(check, capture_output=True, timeout=10).returncode

    exe = shutil.which("assetsmith") or pytest.fail("the assetsmith script is not on PATH")
    env = {
        **os.environ,
        "ASSETSMITH_DATA_DIR": str(tmp_path / "data"),
        "ASSETSMITH_API_KEY_PEPPER": "pepper",
    }
    env.pop("DATABASE_URL", None)
    env.pop("ASSETSMITH_DATABASE_URL", None)
    assert healthy() != 0  # nothing listening yet
    proc = subprocess.Popen(
        [exe, *cmd[1:]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while healthy() != 0:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "the healthcheck never passed"
            time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.stderr.close()
    assert healthy() != 0  # and it notices when the service is gone


# --- compose -----------------------------------------------------------------------------------------
def compose_command() -> list[str]:
    if (
        shutil.which("docker")
        and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0
    ):
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    missing("neither `docker compose` nor `docker-compose` is installed", "the compose validation")
    return []


def compose_config(
    extra_env: dict[str, str] | None = None, *args: str
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTGRES_", "S3_", "API_"))}
    env.update(extra_env or {})
    return subprocess.run(
        [*compose_command(), "-f", str(COMPOSE), "--env-file", str(EXAMPLE_ENV), "config", *args],
        cwd=COMPOSE.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_compose_file_is_valid_compose():
    proc = compose_config()
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for service in ("postgres", "minio", "create-bucket", "migrate", "api", "worker"):
        assert re.search(rf"^  {re.escape(service)}:$", out, re.M), f"service {service} missing"
    # The API and the workers run the image built from this repository's Dockerfile.
    assert "dockerfile: Dockerfile" in out
    assert out.count("image: assetsmith:latest") >= 3


def test_compose_refuses_to_start_without_secrets(tmp_path):
    empty = tmp_path / "empty.env"
    empty.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTGRES_", "S3_", "API_"))}
    proc = subprocess.run(
        [*compose_command(), "-f", str(COMPOSE), "--env-file", str(empty), "config", "-q"],
        cwd=COMPOSE.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0 and "POSTGRES_PASSWORD" in proc.stderr


def test_compose_and_systemd_set_only_real_settings():
    """A typo in a variable name would be silently ignored by Settings (extra='ignore'): catch it here."""
    known = settings_env_names()
    compose_vars = set(
        re.findall(r"^\s+(ASSETSMITH_[A-Z0-9_]+|DATABASE_URL):", COMPOSE.read_text(), re.M)
    )
    systemd_vars = set(
        re.findall(
            r"^(ASSETSMITH_[A-Z0-9_]+|DATABASE_URL)=",
            (SYSTEMD / "assetsmith.env.example").read_text(),
            re.M,
        )
    )
    assert compose_vars and systemd_vars
    unit_vars = {"ASSETSMITH_WORKER_CONCURRENCY"}  # the worker unit's own knob, not a setting
    assert (compose_vars | systemd_vars) - known == set()
    assert unit_vars.isdisjoint(known)


# --- systemd -----------------------------------------------------------------------------------------
def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    if not shutil.which("systemd-analyze"):
        missing("systemd-analyze is not installed", "the systemd unit checks")
    exe = shutil.which("assetsmith") or pytest.fail("the assetsmith script is not on PATH")
    env_file = tmp_path / "assetsmith.env"
    env_file.write_text((SYSTEMD / "assetsmith.env.example").read_text())
    units = []
    for src in sorted(SYSTEMD.glob("*.service")):
        text = src.read_text().replace("/opt/assetsmith/venv/bin/assetsmith", exe)
        text = text.replace("/etc/assetsmith/assetsmith.env", str(env_file))
        name = src.name.replace("@.service", "@1.service")  # verify an instance of a template
        (tmp_path / name).write_text(text)
        units.append(str(tmp_path / name))
    assert len(units) == 2
    proc = subprocess.run(
        ["systemd-analyze", "verify", *units], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and proc.stderr.strip() == "", proc.stderr
    worker = (SYSTEMD / "assetsmith-worker@.service").read_text()
    assert re.search(r"^ExecStart=.*queue-worker", worker, re.M) and "TimeoutStopSec=" in worker


def test_systemd_unit_commands_are_real_cli_invocations():
    """Each ExecStart/ExecStartPre names a real command with options it accepts."""
    for src in SYSTEMD.glob("*.service"):
        for line in re.findall(r"^ExecStart(?:Pre)?=(.*)$", src.read_text(), re.M):
            argv = shlex.split(
                line.replace("${ASSETSMITH_WORKER_CONCURRENCY}", "1").replace("%H-%i", "host-1")
            )
            assert argv[0].endswith("/assetsmith")
            options = [a for a in argv[1:] if a.startswith("--")]
            helptext = subprocess.run(
                [sys.executable, "-m", "assetsmith", argv[1], "--help"],
                capture_output=True,
                text=True,
                timeout=60,
                env={**os.environ, "COLUMNS": "200"},
            )
            assert helptext.returncode == 0, helptext.stderr
            for opt in options:
                assert opt in helptext.stdout, f"{src.name}: {argv[1]} has no option {opt}"


# --- the guide ---------------------------------------------------------------------------------------
def test_guide_covers_settings_migrations_scaling_backups_and_upgrades():
    text = GUIDE.read_text().lower()
    for topic in (
        "settings",
        "assetsmith migrate",
        "scal",
        "backup",
        "upgrad",
        "docker compose",
        "systemd",
        "dockerfile",
        "s3",
    ):
        assert topic in text, f"docs/deployment.md does not cover {topic}"
