"""Per-key rate limits shared by every server process: fixed one-minute windows counted in the job
database (one upsert per limited request), or in Redis when `redis_url` is configured."""

from __future__ import annotations

import hashlib
import time
from typing import Protocol

from sqlalchemy import Connection, delete
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import RateLimited, import_extra
from ..jobs.store import JobStore
from ..settings import Settings
from .schema import rate_windows


class RateLimiter(Protocol):
    """Counts hits per bucket (an API key id) in the current minute; `hit` raises RateLimited
    once the bucket is over `limit`."""

    def hit(self, bucket: str, limit: int) -> int:
        """Count one request; returns the count so far this minute, or raises RateLimited."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def _refuse(count: int, limit: int, now: float) -> None:
    if count > limit:
        retry = max(1, int(60 - now % 60) + 1)
        raise RateLimited(
            f"More than {limit} requests this minute with this key.",
            f"Retry in {retry} s.",
            retry_after=retry,
        )


BUCKET_COLUMN = 80  # rate_windows.bucket is a String(80)


def _bucket_key(bucket: str) -> str:
    """The bucket as stored: itself when it fits the column, else a digest of the whole name (cut
    to the column, two long names that share a prefix would share a window)."""
    if len(bucket) <= BUCKET_COLUMN:
        return bucket
    return "sha256:" + hashlib.sha256(bucket.encode()).hexdigest()


class DatabaseRateLimiter:
    """Windows as rows of `rate_windows`; an INSERT ... ON CONFLICT DO UPDATE ... RETURNING per hit."""

    def __init__(self, store: JobStore) -> None:
        self.store = store
        self._last_cleanup = 0.0

    def hit(self, bucket: str, limit: int) -> int:
        now = time.time()
        window = int(now // 60)
        mod = sqlite if self.store.sqlite else postgresql
        ins = mod.insert(rate_windows).values(bucket=_bucket_key(bucket), minute=window, count=1)
        stmt = ins.on_conflict_do_update(
            index_elements=["bucket", "minute"], set_={"count": rate_windows.c.count + 1}
        ).returning(rate_windows.c.count)

        def write(conn: Connection) -> int:
            count = int(conn.execute(stmt).scalar_one())
            if now - self._last_cleanup > 60:
                conn.execute(delete(rate_windows).where(rate_windows.c.minute < window - 1))
            return count

        count = self.store.tx(write)
        if now - self._last_cleanup > 60:
            self._last_cleanup = now
        _refuse(count, limit, now)
        return count

    def close(self) -> None:
        return None


class RedisRateLimiter:
    """Windows as Redis keys `assetsmith:rl:<bucket>:<minute>` (INCR, expiring after two minutes)."""

    def __init__(self, url: str) -> None:
        redis = import_extra("redis", "server", "Shared rate limits (ASSETSMITH_REDIS_URL)")
        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)

    def hit(self, bucket: str, limit: int) -> int:
        now = time.time()
        key = f"assetsmith:rl:{bucket}:{int(now // 60)}"
        pipe = self.client.pipeline()
        pipe.incr(key)
        pipe.expire(key, 120)
        count = int(pipe.execute()[0])
        _refuse(count, limit, now)
        return count

    def ping(self) -> bool:
        """Whether Redis answers (for the health route)."""
        try:
            return bool(self.client.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.client.close()


def make_rate_limiter(settings: Settings, store: JobStore) -> RateLimiter:
    """Redis when configured, else the job database."""
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url)
    return DatabaseRateLimiter(store)
