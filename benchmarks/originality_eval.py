"""Originality evaluation: precision and recall of the audit verdict at the default thresholds.

Builds a corpus from generated assets (albedo maps, hero shot and turntable views, models), derives
edited copies (resize, crop up to 25% of the area, recolour, JPEG quality 40-90, mirror, rotation
3-15 degrees; for models: rigid transform + uniform scale, re-triangulation, re-texturing), and
uses unrelated assets (archetypes and material families the corpus does not have) as negatives.

    python benchmarks/originality_eval.py                 # the report (about 10 minutes on 2 cores)
    python benchmarks/originality_eval.py --quick         # fewer assets
    python benchmarks/originality_eval.py --fit-center    # refit descriptor/_center.py (other seeds)

Precision per edit type is for a balanced set (as many unrelated images as edited copies):
recall / (recall + the negatives' false-positive rate). A copy counts as found when its verdict is
flag or block; "source named" and the model catch rate also need the source among the flagged
matches (the corpus holds look-alike pairs, e.g. two swords, so the source need not be first). Also printed: the negatives' overall
false-positive rate and, for information, look-alikes (same archetype, other seed).
"""

from __future__ import annotations

import argparse
import base64
import io
import math
import sys
import tempfile
import time
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's queue module: drop this folder from the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import numpy as np  # noqa: E402

CORPUS_ARCHETYPES = (
    "barrel",
    "crate",
    "chest",
    "bottle",
    "lantern",
    "sword",
    "shield",
    "pillar",
    "rock",
)
CORPUS_PROMPTS = (
    "wooden barrel with iron bands",
    "old oak crate",
    "treasure chest with brass trim",
    "glass bottle",
    "iron lantern",
    "steel sword",
    "round wooden shield",
    "marble pillar",
    "granite rock",
    "brass bottle",
    "crystal sword",
    "leather chest",
)
UNRELATED_PROMPTS = (
    "brick wall",
    "cobblestone floor tile",
    "tree stump with bark",
    "oak tree",
    "plastic chair",
    "painted wooden door",
    "wooden fence",
    "fabric mannequin",
    "painted table",
    "rusted metal door",
    "mossy stone wall",
    "plastic table",
)


def build_asset(prompt: str, seed: int, settings, resolution: int = 512):
    """(spec, {label: RGB array}, (positions, triangles)) for one generated asset."""
    from assetsmith.originality.geometry import mesh_from_parts
    from assetsmith.originality.images import over_grey
    from assetsmith.pipeline.context import JobContext
    from assetsmith.pipeline.plan import run_plan
    from assetsmith.pipeline.request import JobRequest

    ctx = JobContext(
        request=JobRequest.parse({"prompt": prompt, "resolution": resolution, "seed": seed}),
        job_id="eval",
    )
    run_plan(ctx, settings, ["spec", "materials", "geometry"])
    images = {f"{m}_albedo": over_grey(maps.albedo) for (_v, m), maps in ctx.maps.items()}
    families = {m["id"]: m["family"] for m in ctx.spec["materials"]}
    try:
        from assetsmith.render.previews import PreviewOptions, render_previews
        from assetsmith.render.scene import scene_from_geometry

        shots = render_previews(
            scene_from_geometry(
                ctx.geometry, {m: x for (_v, m), x in ctx.maps.items()}, name=ctx.asset_id
            ),
            PreviewOptions(
                hero_size=384, turntable_size=256, views=8, samples=2, turntable_samples=1
            ),
        )
        images["hero"] = np.ascontiguousarray(shots.hero[..., :3])
        for i in (0, 2, 4, 6):
            images[f"view{i}"] = np.ascontiguousarray(shots.turntable[i][..., :3])
    except Exception as exc:  # no EGL here: textures only
        print(f"  (no renders: {type(exc).__name__})", file=sys.stderr)
    return ctx.spec, families, images, mesh_from_parts(ctx.geometry.parts)


# --- image edits ---------------------------------------------------------------------------------
def _pil(a):
    from PIL import Image

    return Image.fromarray(a)


def e_resize(a, rng):
    from PIL import Image

    s = rng.uniform(0.3, 0.6) if rng.random() < 0.5 else rng.uniform(1.3, 2.0)
    im = _pil(a)
    return np.asarray(
        im.resize((max(16, round(im.width * s)), max(16, round(im.height * s))), Image.BICUBIC)
    )


def e_crop(a, rng):
    keep, r = rng.uniform(0.75, 0.97), rng.uniform(0.9, 1.1)
    h, w = a.shape[:2]
    cw, ch = round(w * min(1, math.sqrt(keep) * r)), round(h * min(1, math.sqrt(keep) / r))
    x0, y0 = rng.integers(0, w - cw + 1), rng.integers(0, h - ch + 1)
    return a[y0 : y0 + ch, x0 : x0 + cw]


def e_recolour(a, rng):
    from PIL import ImageEnhance

    kind = rng.integers(0, 4)
    if kind == 0:
        hsv = np.asarray(_pil(a).convert("HSV")).copy()
        hsv[..., 0] = (hsv[..., 0].astype(int) + rng.integers(30, 226)) % 256
        from PIL import Image

        return np.asarray(Image.fromarray(hsv, "HSV").convert("RGB"))
    if kind == 1:
        return np.ascontiguousarray(
            a[..., [(1, 2, 0), (2, 0, 1), (2, 1, 0), (0, 2, 1), (1, 0, 2)][rng.integers(0, 5)]]
        )
    if kind == 2:
        im = ImageEnhance.Color(_pil(a)).enhance(rng.uniform(0.2, 1.8))
        im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.7, 1.3))
        return np.asarray(ImageEnhance.Contrast(im).enhance(rng.uniform(0.6, 1.4)))
    f = (a.astype(np.float32) / 255) ** rng.uniform(0.6, 1.6) * rng.uniform(0.6, 1.2, size=3)
    return (np.clip(f, 0, 1) * 255 + 0.5).astype(np.uint8)


def e_jpeg(a, rng):
    from PIL import Image

    buf = io.BytesIO()
    _pil(a).save(buf, "JPEG", quality=int(rng.integers(40, 91)))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def e_mirror(a, rng):
    return np.ascontiguousarray(a[:, ::-1])


def e_rotate(a, rng):
    from PIL import Image

    ang = rng.uniform(3, 15) * (1 if rng.random() < 0.5 else -1)
    im = _pil(a).rotate(ang, resample=Image.BICUBIC, expand=False)
    k = 1 / (math.cos(math.radians(abs(ang))) + math.sin(math.radians(abs(ang))))
    w, h = im.size
    return np.asarray(
        im.crop(
            (
                round(w * (1 - k) / 2),
                round(h * (1 - k) / 2),
                round(w * (1 + k) / 2),
                round(h * (1 + k) / 2),
            )
        )
    )


EDITS = {
    "resize": e_resize,
    "crop": e_crop,
    "recolour": e_recolour,
    "jpeg": e_jpeg,
    "mirror": e_mirror,
    "rotate": e_rotate,
}


# --- model edits ---------------------------------------------------------------------------------
def _rotation(rng):
    w, x, y, z = (q := rng.normal(size=4)) / np.linalg.norm(q)
    return np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )


def m_rigid(p, t, rng):
    p = (p @ _rotation(rng).T) * rng.uniform(0.2, 5.0) + rng.normal(size=3) * 3
    return p.astype(np.float32).astype(np.float64), t[rng.permutation(len(t))]


def m_subdivide(p, t, rng):
    n, k = len(p), len(t)
    a, b, c = t.T
    mids = [(p[a] + p[b]) / 2, (p[b] + p[c]) / 2, (p[c] + p[a]) / 2]
    ab, bc, ca = n + np.arange(k), n + k + np.arange(k), n + 2 * k + np.arange(k)
    tri = np.concatenate(
        [np.stack(x, 1) for x in ((a, ab, ca), (ab, b, bc), (ca, bc, c), (ab, bc, ca))]
    )
    return m_rigid(np.concatenate([p, *mids]), tri, rng)


def m_split(p, t, rng):
    idx = len(p) + np.arange(len(t))
    a, b, c = t.T
    tri = np.concatenate([np.stack(x, 1) for x in ((a, b, idx), (b, c, idx), (c, a, idx))])
    return m_rigid(np.concatenate([p, p[t].mean(axis=1)]), tri, rng)


def m_unweld(p, t, rng):  # what a re-texture / re-UV export does: split vertices per face corner
    return m_rigid(p[t.reshape(-1)], np.arange(t.size).reshape(-1, 3), rng)


MODEL_EDITS = {
    "rigid+scale": m_rigid,
    "subdivide": m_subdivide,
    "centroid-split": m_split,
    "re-texture (unwelded)": m_unweld,
}


# --- the evaluation -----------------------------------------------------------------------------
def fit_center(settings, n_assets: int) -> None:
    from assetsmith.originality import descriptor

    descriptor.CENTER = 0.0
    rows = []
    prompts = CORPUS_PROMPTS + UNRELATED_PROMPTS
    for i in range(n_assets):
        _spec, _fam, images, _mesh = build_asset(prompts[i % len(prompts)], 90_000 + i, settings)
        for px in images.values():
            rows.append(descriptor.describe_augmented(px))
        print(f"fit {i + 1}/{n_assets}", file=sys.stderr)
    mean = np.concatenate(rows).mean(axis=0).astype("<f2")
    text = base64.b64encode(mean.tobytes()).decode()
    path = Path(descriptor.__file__).with_name("_center.py")
    src = path.read_text()
    start = src.index('_F16 = "') + len('_F16 = "')
    path.write_text(src[:start] + text + src[src.index('"', start) :])
    print(f"wrote {path} ({len(mean)} values from {sum(len(r) for r in rows)} vectors)")


def _image_fp(name, px, embedder, corpus):
    from assetsmith.originality.fingerprint import Fingerprint, image_prints

    fp = Fingerprint(name, "image", name, embedder.id)
    fp.images = image_prints([(name, px, None)], embedder, corpus)
    return fp


def _model_fp(name, p, t, embedder):
    from assetsmith.originality.fingerprint import Fingerprint, model_print

    fp = Fingerprint(name, "model", name, embedder.id)
    fp.models = [model_print(name, p, t, None)]
    return fp


def evaluate(settings, quick: bool) -> None:
    from assetsmith.originality.audit import audit_fingerprint
    from assetsmith.originality.corpus import Corpus
    from assetsmith.originality.embedders import get_embedder

    t0 = time.perf_counter()
    n = 6 if quick else len(CORPUS_PROMPTS)
    corpus_assets = [build_asset(p, 1000 + i, settings) for i, p in enumerate(CORPUS_PROMPTS[:n])]
    unrelated = [build_asset(p, 2000 + i, settings) for i, p in enumerate(UNRELATED_PROMPTS[:n])]
    lookalikes = [build_asset(p, 3000 + i, settings) for i, p in enumerate(CORPUS_PROMPTS[:n])]
    print(f"built {3 * n} assets in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    corpus_families = {f for _s, fam, _i, _m in corpus_assets for f in fam.values()}
    embedder = get_embedder(settings)
    corpus = Corpus(settings, embedder_id=embedder.id, image_dim=embedder.dim)
    originals = []
    for ai, (_spec, _fam, images, (p, t)) in enumerate(corpus_assets):
        for label, px in images.items():
            corpus.add(_image_fp(f"a{ai}/{label}", px, embedder, True))
            originals.append((ai, label, px))
        corpus.add(_model_fp(f"a{ai}/model", p, t, embedder))
    print(f"corpus: {corpus.count()} assets, {len(originals)} images", file=sys.stderr)

    layer_sims: dict[str, dict[str, list[float]]] = {}

    def verdict(fp, group: str = "other"):
        r = audit_fingerprint(fp, settings, corpus)
        for layer in ("perceptual", "image", "geometry"):
            best = max(
                (m["layers"][layer]["similarity"] for m in r.matches if layer in m["layers"]),
                default=0.0,
            )
            layer_sims.setdefault(group, {}).setdefault(layer, []).append(best)
        return r.verdict, {m["name"].split("/")[0] for m in r.matches if m["verdict"] != "pass"}

    negatives = [
        (f"u{ai}/{label}", px)
        for ai, (s, fam, images, _m) in enumerate(unrelated)
        for label, px in images.items()
        if s["archetype"] not in CORPUS_ARCHETYPES
        and fam.get(label.removesuffix("_albedo")) not in corpus_families
    ]
    neg_flags = np.array(
        [
            verdict(_image_fp(name, px, embedder, False), "negatives")[0] != "pass"
            for name, px in negatives
        ]
    )
    rng = np.random.default_rng(7)
    print(
        f"\nImages: {len(originals)} corpus images from {n} assets; {len(negatives)} unrelated negatives "
        f"(false positives: {int(neg_flags.sum())}, rate {neg_flags.mean():.3f})"
    )
    print(f"{'edit':<12}{'copies':>7}{'recall':>8}{'precision':>10}{'source named':>13}")
    total_tp = total_pos = 0
    for name, fn in EDITS.items():
        found, right = [], []
        for ai, _label, px in originals:
            v, top = verdict(_image_fp("query", fn(px, rng), embedder, False), name)
            found.append(v != "pass")
            right.append(f"a{ai}" in top)
        found = np.array(found)
        tp = found.sum()
        total_tp, total_pos = total_tp + tp, total_pos + len(found)
        # Balanced set: as many negatives as copies, at the negatives' measured false-positive rate.
        precision = found.mean() / max(found.mean() + neg_flags.mean(), 1e-9)
        print(
            f"{name:<12}{len(found):>7}{found.mean():>8.3f}{precision:>10.3f}{np.mean(right):>13.3f}"
        )
    recall_all = total_tp / total_pos
    print(
        f"{'all':<12}{total_pos:>7}{recall_all:>8.3f}{recall_all / (recall_all + neg_flags.mean()):>10.3f}"
    )
    look = [
        verdict(_image_fp("q", px, embedder, False))[0] != "pass"
        for _s, _f, images, _m in lookalikes
        for px in images.values()
    ]
    print(
        f"look-alikes (same prompt, other seed; not copies, information only): flagged {np.mean(look):.3f}"
    )

    print(f"\nModels: {n} corpus models; unrelated models as negatives")
    neg_models = [
        verdict(_model_fp("q", p, t, embedder), "model:neg")[0] != "pass"
        for s, _f, _i, (p, t) in unrelated
        if s["archetype"] not in CORPUS_ARCHETYPES
    ]
    print(f"{'re-export':<24}{'caught':>8}")
    caught_all = []
    for name, fn in MODEL_EDITS.items():
        caught = []
        for _ in range(3 if quick else 5):
            for ai, (_s, _f, _i, (p, t)) in enumerate(corpus_assets):
                q, tri = fn(p, t, rng)
                v, top = verdict(_model_fp("q", q, tri, embedder), "model:" + name)
                caught.append(f"a{ai}" in top)  # the source is among the flagged matches
        caught_all += caught
        print(f"{name:<24}{np.mean(caught):>8.3f}")
    print(
        f"{'all re-exports':<24}{np.mean(caught_all):>8.3f}   unrelated models flagged: "
        f"{int(np.sum(neg_models))}/{len(neg_models)}"
    )
    print("\nBest similarity per layer (quantiles 0.01 / 0.05 / 0.5 / 0.95 / 0.99):")
    for group, layers in layer_sims.items():
        for layer, vals in layers.items():
            q = np.quantile(vals, [0.01, 0.05, 0.5, 0.95, 0.99])
            print(f"  {group:<12}{layer:<11}" + " ".join(f"{x:.3f}" for x in q))
    print(f"\n(total {time.perf_counter() - t0:.0f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="6 assets per group instead of 12")
    ap.add_argument(
        "--fit-center",
        type=int,
        nargs="?",
        const=24,
        default=None,
        metavar="N",
        help="refit the descriptor's centre on N generated assets (seeds the eval never uses)",
    )
    args = ap.parse_args()
    from assetsmith.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        if args.fit_center:
            fit_center(settings, args.fit_center)
        else:
            evaluate(settings, args.quick)


if __name__ == "__main__":
    main()
