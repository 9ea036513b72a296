"""What one app instance holds: its settings and the open services every route shares."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from ..jobs.store import JobStore
from ..settings import Settings
from ..storage import ArtifactStore, get_artifact_store
from ..tenancy import Tenancy
from ..tenancy.ratelimit import RateLimiter, make_rate_limiter
from .fastread import FastReads
from .metrics import ApiMetrics


@dataclass
class AppState:
    """Opened by create_app, closed at shutdown. Routes reach it as `request.app.state.assetsmith`."""

    settings: Settings
    store: JobStore
    tenancy: Tenancy
    limiter: RateLimiter
    artifacts: ArtifactStore
    metrics: ApiMetrics
    fast: FastReads
    _signer_endpoint: object | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _probe_cache: tuple[float, dict] | None = None

    @classmethod
    def open(cls, settings: Settings) -> AppState:
        """Open the job store (migrating it), the tenancy tables, the rate limiter and the artifact store."""
        store = JobStore.from_settings(settings)
        try:
            tenancy = Tenancy(store, settings)
            limiter = make_rate_limiter(settings, store)
        except BaseException:
            store.close()
            raise
        mp = str(settings.prometheus_multiproc_dir) if settings.prometheus_multiproc_dir else None
        return cls(
            settings,
            store,
            tenancy,
            limiter,
            get_artifact_store(settings),
            ApiMetrics(store, mp),
            FastReads(store),
        )

    def signer_endpoint(self):
        """The remote-signer endpoint over this server's key, opened on first use."""
        with self._lock:
            if self._signer_endpoint is None:
                from ..provenance.service import signer_endpoint

                self._signer_endpoint = signer_endpoint(self.settings, self.store)
            return self._signer_endpoint

    def cached_probe(self, fn, ttl: float = 15.0) -> dict:
        """Backend probes (network calls) at most every `ttl` seconds."""
        now = time.monotonic()
        cached = self._probe_cache
        if cached is not None and now - cached[0] < ttl:
            return cached[1]
        value = fn()
        self._probe_cache = (now, value)
        return value

    def close(self) -> None:
        self.limiter.close()
        self.store.close()
