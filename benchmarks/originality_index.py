"""Vector index benchmark: query latency at 100k and 1M vectors (usearch HNSW), recall@10 against
exact search, ingest rate, and the reference service's approach (an exact scan of every row per
query) as the baseline, in the same run.

Vectors are real descriptors: the default descriptor of generated textures and renders under the
corpus augmentations (a pool of a few thousand), and, to reach 1M rows, mixtures of pool vectors
(a + 0.5 (b - c), renormalised), which stay on the descriptors' own distribution. Queries are
descriptors of edited copies of held-out images. The 1M index is built once and cached in /tmp.

    python benchmarks/originality_index.py            # 100k and 1M
    python benchmarks/originality_index.py --sizes 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import numpy as np  # noqa: E402

CACHE = Path("/tmp/assetsmith-originality-bench")


def real_pool(n_assets: int) -> tuple[np.ndarray, np.ndarray]:
    """(database pool, held-out queries) of real descriptors, cached."""
    path = CACHE / f"pool-{n_assets}.npz"
    if path.exists():
        z = np.load(path)
        return z["pool"], z["queries"]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "originality_eval", Path(__file__).with_name("originality_eval.py")
    )
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    CORPUS_PROMPTS, UNRELATED_PROMPTS, build_asset, e_crop, e_jpeg = (  # noqa: N806
        ev.CORPUS_PROMPTS,
        ev.UNRELATED_PROMPTS,
        ev.build_asset,
        ev.e_crop,
        ev.e_jpeg,
    )

    from assetsmith.originality import descriptor
    from assetsmith.settings import Settings

    settings = Settings(data_dir=CACHE / "data")
    prompts = CORPUS_PROMPTS + UNRELATED_PROMPTS
    pool, queries = [], []
    rng = np.random.default_rng(0)
    for i in range(n_assets):
        _s, _f, images, _m = build_asset(
            prompts[i % len(prompts)], 50_000 + i, settings, resolution=512
        )
        for px in images.values():
            if i % 5 == 4:  # held out: its edited copies are the queries
                queries.append(descriptor.describe(e_jpeg(e_crop(px, rng), rng)))
            else:
                pool.append(descriptor.describe_augmented(px))
        print(f"  pool {i + 1}/{n_assets}", file=sys.stderr)
    pool, queries = np.concatenate(pool), np.stack(queries)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, pool=pool, queries=queries)
    return pool, queries


def database(pool: np.ndarray, n: int) -> np.ndarray:
    rng = np.random.default_rng(1)
    out = np.empty((n, pool.shape[1]), np.float32)
    out[: min(n, len(pool))] = pool[:n]
    for start in range(len(pool), n, 100_000):
        m = min(100_000, n - start)
        a, b, c = (pool[rng.integers(0, len(pool), m)] for _ in range(3))
        v = a + 0.5 * (b - c)
        out[start : start + m] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)) * 1e3, float(np.percentile(samples, 99)) * 1e3


def bench(n: int, pool: np.ndarray, queries: np.ndarray, exact_queries: int) -> dict:
    from assetsmith.originality.usearch_index import UsearchIndex

    data = database(pool, n)
    path = CACHE / f"index-{n}.usearch"
    index = UsearchIndex(path, data.shape[1], dtype="f16", expansion_search=64)
    ingest = None
    done = (
        len(index) if path.exists() else 0
    )  # a run cut short left its finished chunks: go on from there
    if done < n:
        t0 = time.perf_counter()
        for start in range(
            done - done % 200_000, n, 200_000
        ):  # one load/save per chunk, as `corpus add` batches do
            index.add(np.arange(start, min(n, start + 200_000)), data[start : start + 200_000])
        ingest = (n - done) / (time.perf_counter() - t0)
    index.search(queries[:2], 10)  # map the file
    lat = []
    got = []
    for q in queries:
        t = time.perf_counter()
        got.append([k for k, _ in index.search(q[None], 10)[0]])
        lat.append(time.perf_counter() - t)
    p50, p99 = percentiles(lat)
    # The reference: every row compared with every query (here in memory, its best case).
    ex_lat, truth = [], []
    for q in queries:
        t = time.perf_counter()
        sims = data @ q
        top = np.argpartition(-sims, 10)[:10]
        truth.append(top[np.argsort(-sims[top])])
        ex_lat.append(time.perf_counter() - t)
        if len(ex_lat) >= exact_queries:
            break
    recall = float(np.mean([len(set(t) & set(g)) / 10 for t, g in zip(truth, got, strict=False)]))
    ep50, ep99 = percentiles(ex_lat)
    return {
        "n": n,
        "p50_ms": p50,
        "p99_ms": p99,
        "recall@10": recall,
        "exact_p50_ms": ep50,
        "exact_p99_ms": ep99,
        "ingest_vps": ingest,
        "file_mb": path.stat().st_size / 2**20,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument(
        "--assets", type=int, default=40, help="generated assets for the real-descriptor pool"
    )
    ap.add_argument(
        "--exact-queries", type=int, default=60, help="queries timed for the exact scan"
    )
    args = ap.parse_args()
    pool, queries = real_pool(args.assets)
    print(
        f"pool: {len(pool)} real descriptors ({pool.shape[1]}-d), {len(queries)} queries (edited held-out images)"
    )
    print(
        f"{'vectors':>9} {'p50 ms':>8} {'p99 ms':>8} {'recall@10':>10} {'exact p50':>10} {'exact p99':>10} "
        f"{'speed-up':>9} {'ingest/s':>10} {'file MB':>8}"
    )
    for n in args.sizes:
        r = bench(n, pool, queries, args.exact_queries)
        ingest = f"{r['ingest_vps']:,.0f}" if r["ingest_vps"] else "cached"
        print(
            f"{n:>9,} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['recall@10']:>10.3f} {r['exact_p50_ms']:>10.1f} "
            f"{r['exact_p99_ms']:>10.1f} {r['exact_p50_ms'] / r['p50_ms']:>8.0f}x {ingest:>10} {r['file_mb']:>8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
