import pytest

from assetsmith.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings over a fresh data directory, so no test sees another's jobs."""
    return Settings(data_dir=tmp_path / "data", workers=2)
