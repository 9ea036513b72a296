"""Prometheus metrics: HTTP latencies (per process, or across processes in prometheus_client's
multiprocess mode), and job counts and stage durations computed from the job database at scrape
time, so every API process reports the same numbers and nothing is lost when a worker dies."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily
from sqlalchemy import func, select

from ..jobs.records import STATUSES
from ..jobs.schema import jobs
from ..jobs.store import JobStore

HTTP_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
STAGE_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300)
STAGE_SAMPLE = 500  # newest succeeded jobs whose stage timings feed the histogram


class JobCollector:
    """Jobs by status (all tenants) and the stage-duration histogram of the newest jobs."""

    def __init__(self, store: JobStore) -> None:
        self.store = store

    def collect(self) -> Iterable:
        with self.store.reader.connect() as conn:
            counts: dict[str, int] = {
                s: n
                for s, n in conn.execute(
                    select(jobs.c.status, func.count()).group_by(jobs.c.status)
                )
            }
            results = (
                conn.execute(
                    select(jobs.c.result)
                    .where(jobs.c.status == "succeeded", jobs.c.kind == "run_job")
                    .order_by(jobs.c.finished_at.desc())
                    .limit(STAGE_SAMPLE)
                )
                .scalars()
                .all()
            )
        g = GaugeMetricFamily(
            "assetsmith_jobs", "Jobs in the database by status.", labels=["status"]
        )
        for s in STATUSES:
            g.add_metric([s], counts.get(s, 0))
        yield g
        yield self._stages(results)

    @staticmethod
    def _stages(results: Sequence[Any]) -> HistogramMetricFamily:
        per_stage: dict[str, list[float]] = {}
        for r in results:
            if isinstance(r, str):
                try:
                    r = json.loads(r)
                except ValueError:
                    continue
            for stage, secs in ((r or {}).get("timings") or {}).items():
                if isinstance(secs, int | float):
                    per_stage.setdefault(stage, []).append(float(secs))
        h = HistogramMetricFamily(
            "assetsmith_stage_duration_seconds",
            f"Pipeline stage durations over the newest {STAGE_SAMPLE} succeeded jobs.",
            labels=["stage"],
        )
        for stage, values in sorted(per_stage.items()):
            buckets = [(str(b), sum(1 for v in values if v <= b)) for b in STAGE_BUCKETS]
            buckets.append(("+Inf", len(values)))
            h.add_metric([stage], buckets, sum(values))
        return h


class ApiMetrics:
    """The app's registry and its HTTP latency histogram."""

    def __init__(self, store: JobStore, multiprocess_dir: str | None = None) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.multiprocess = bool(multiprocess_dir)
        self.http = Histogram(
            "assetsmith_http_request_duration_seconds",
            "HTTP request latency.",
            ["method", "route", "status"],
            buckets=HTTP_BUCKETS,
            registry=None if self.multiprocess else self.registry,
        )
        self.jobs = JobCollector(store)
        self.registry.register(self.jobs)
        self.started = time.time()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Record one request (route: the path template, never the raw path)."""
        self.http.labels(method, route, str(status)).observe(seconds)

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        if self.multiprocess:
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            registry.register(self.jobs)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
