import re
import sys
from pathlib import Path

import pytest

from assetsmith.settings import Settings

QUICK_LANE = "not slow"  # scripts/test.sh --quick
_SLOW_MODULE = re.compile(r"^pytestmark = .*\bpytest\.mark\.slow\b", re.M)


def _all_slow(path: Path) -> bool:
    """A test module marked slow as a whole, or a folder of only such modules."""
    if path.is_dir():
        modules = list(path.rglob("test_*.py"))
        return bool(modules) and all(_all_slow(m) for m in modules)
    return (
        path.suffix == ".py"
        and path.name.startswith("test_")
        and bool(_SLOW_MODULE.search(path.read_text()))
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """In the quick lane (`-m "not slow"`), do not even import a module that marks all its tests
    slow (a module-level `pytestmark` with pytest.mark.slow), nor the conftest of a folder holding
    only such modules: every test in them would be deselected, and importing them (torch, a live
    server, moto...) costs more than the quick lane's own tests."""
    if config.getoption("markexpr", "") != QUICK_LANE:
        return None
    return True if _all_slow(collection_path) else None


# Test modules import eth-account at the top; its py_ecc raises the recursion limit to 100,000 when
# imported, and under that limit json.loads of a deeply nested document (the hostile-input tests)
# overflows the C stack and kills the worker. The product imports it keeping the limit
# (provenance/wallet.py); the tests run under the limit the product sees.
_RECURSION_LIMIT = sys.getrecursionlimit()


def pytest_collection_finish(session: pytest.Session) -> None:
    sys.setrecursionlimit(_RECURSION_LIMIT)


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings over a fresh data directory, so no test sees another's jobs."""
    return Settings(data_dir=tmp_path / "data", workers=2)


@pytest.fixture(scope="session")
def moto_s3():
    """moto's S3 on a free loopback port for the whole session: its endpoint URL."""
    from tests.helpers.s3 import start_moto_server

    server, endpoint = start_moto_server()
    yield endpoint
    server.stop()


@pytest.fixture
def s3_fields(moto_s3) -> dict:
    """Settings fields for the s3 artifact store over a fresh bucket on moto (tests/helpers/s3.py)."""
    from tests.helpers.s3 import new_bucket, s3_settings

    return s3_settings(moto_s3, new_bucket(moto_s3))


@pytest.fixture(scope="session")
def gl_ok():
    """A headless GL context can be made here (the renderer tests need it): skipped with the reason
    outside CI, a failure in CI (scripts/test.sh installs Mesa's EGL)."""
    from tests.helpers.availability import missing

    from assetsmith.render import NO_RENDERER, renderer_info

    try:
        renderer_info()
    except NO_RENDERER as err:
        missing(f"no headless renderer here: {err}", "the renderer tests")
    return True
