"""The CLI: commands, --json output, exit codes and error messages (run in-process through main())."""

import json

import pytest
from tests.helpers.cli import run_cli as run

pytestmark = pytest.mark.slow  # whole jobs through the CLI


@pytest.fixture
def data(tmp_path):
    return ["--data-dir", str(tmp_path / "data")]


def test_generate_and_validate_spec(capsys, tmp_path, data):
    code, out, _ = run(capsys, *data, "generate-spec", "--prompt", "wooden barrel", "--mock")
    assert code == 0
    spec = json.loads(out)
    assert spec["shape"] == {"recipe": "barrel"}
    f = tmp_path / "spec.json"
    code, out, _ = run(
        capsys, *data, "generate-spec", "-p", "brass lantern", "-o", str(f), "--json"
    )
    assert code == 0 and json.loads(out)["shape"]["recipe"] == "lantern" and f.is_file()
    code, out, _ = run(capsys, *data, "validate-spec", "--file", str(f))
    assert code == 0 and "valid v0.3" in out
    code, out, _ = run(capsys, *data, "validate-spec", "--file", str(f), "--json")
    assert json.loads(out)["valid"] is True


def test_validate_spec_lists_every_problem(capsys, tmp_path, data):
    f = tmp_path / "bad.json"
    f.write_text(json.dumps({"spec_version": "0.1", "asset_id": "X Y", "category": "boat"}))
    code, _, err = run(capsys, *data, "validate-spec", "--file", str(f))
    assert code == 3
    assert "$.asset_id" in err and "$.category" in err and "$.unity" in err
    code, out, _ = run(capsys, *data, "validate-spec", "--file", str(f), "--json")
    report = json.loads(out)
    assert code == 3 and report["valid"] is False and len(report["problems"]) >= 5


def test_truncated_spec_file_is_a_clear_error(capsys, tmp_path, data):
    f = tmp_path / "cut.json"
    f.write_text('{"spec_version": "0.2", "asset_id": "x", "materials": [')
    code, _, err = run(capsys, *data, "validate-spec", "--file", str(f))
    assert code == 3 and err.startswith("Error:") and "truncated" in err
    code, _, err = run(
        capsys,
        *data,
        "pack",
        "--spec",
        str(tmp_path / "missing.json"),
        "--output",
        str(tmp_path / "o"),
    )
    assert code == 2 and "does not exist" in err and not (tmp_path / "o").exists()


def test_run_job_jobs_list_show_rm(capsys, data):
    code, out, _ = run(
        capsys, *data, "run-job", "--prompt", "oak table", "--resolution", "512", "--json"
    )
    assert code == 0
    res = json.loads(out)
    assert res["status"] == "succeeded" and res["shape"]["recipe"] == "table"
    assert res["shape"]["fallback"] is None and res["shape"]["matched_words"] == ["table"]
    code, out, _ = run(capsys, *data, "jobs", "list", "--json")
    assert [j["id"] for j in json.loads(out)] == [res["job_id"]]
    code, out, _ = run(capsys, *data, "jobs", "show", res["job_id"], "--json")
    info = json.loads(out)
    assert info["status"] == "succeeded" and info["zip_path"].endswith("pack.zip")
    code, out, _ = run(capsys, *data, "jobs", "show", res["job_id"])
    assert "succeeded" in out and "pack:" in out
    code, out, _ = run(capsys, *data, "jobs", "rm", res["job_id"])
    assert code == 0
    code, _, err = run(capsys, *data, "jobs", "show", res["job_id"])
    assert code == 4 and "No job" in err


@pytest.mark.parametrize(
    "args, code, needle",
    [
        (["run-job", "--prompt", ""], 2, "prompt"),
        (["run-job", "--prompt", "barrel", "--engine", "cryengine"], 2, "engine"),
        (["run-job", "--prompt", "barrel", "--resolution", "3"], 2, "resolution"),
        (["run-job", "--prompt", "barrel", "--poly-budget", "5"], 2, "too small"),
        (["run-job", "--prompt", "quantum happiness", "--strict"], 23, "not a physical object"),
        (["generate-spec", "--prompt", "zorblax", "--strict"], 23, "not a word the reader knows"),
        (["run-job"], 2, "--prompt"),
        (["generate-spec", "--prompt", "barrel", "--style-preset", "pixel"], 2, "style preset"),
    ],
)
def test_bad_input_exit_codes(capsys, data, args, code, needle):
    got, out, err = run(capsys, *data, *args)
    assert got == code, (out, err)
    assert err.startswith("Error:") and needle in err
    assert "Traceback" not in err


def test_a_stand_in_is_said_plainly(capsys, data):
    code, out, err = run(
        capsys, *data, "run-job", "--prompt", "quantum happiness", "--resolution", "512"
    )
    assert code == 0
    assert "stand-in crate: no recipe fits" in out and "not a physical object" in err


def test_json_errors_are_json(capsys, data):
    code, out, _ = run(capsys, *data, "run-job", "--prompt", "barrel", "--engine", "x", "--json")
    assert code == 2 and json.loads(out)["error"] == "invalid_input"


def test_doctor(capsys, data):
    code, out, _ = run(capsys, *data, "doctor", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert {c["name"] for c in report["checks"]} >= {
        "python",
        "numpy",
        "job database",
        "usd-core",
        "artifact store",
        "renderer",
        "signing key",
        "originality audit",
        "billing",
        "blender engine",
        "unity engine",
    }
    assert "sk_" not in out and "whsec_" not in out


def test_doctor_fails_on_an_unusable_artifact_store(capsys, data, monkeypatch):
    monkeypatch.setenv("ASSETSMITH_ARTIFACT_STORE", "s3")  # and no bucket
    code, out, _ = run(capsys, *data, "doctor", "--json")
    store = next(c for c in json.loads(out)["checks"] if c["name"] == "artifact store")
    assert code == 1 and store["ok"] is False and store["required"] is True
    assert "ASSETSMITH_S3_BUCKET" in store["detail"] + store["fix"]
