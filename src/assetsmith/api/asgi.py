"""An app factory for ASGI servers started by import string (uvicorn with several worker
processes, gunicorn): `uvicorn --factory assetsmith.api.asgi:app_from_settings`. Settings come from
the environment, read by Settings as everywhere else."""

from __future__ import annotations

from ..settings import Settings
from .app import create_app


def app_from_settings():
    """The app over `Settings()`."""
    return create_app(Settings())
