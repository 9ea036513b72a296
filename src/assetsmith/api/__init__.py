"""The HTTP service: `create_app(settings)` (FastAPI). Needs the `server` extra."""

from .app import create_app

__all__ = ["create_app"]
