"""What each family added for the recipe library looks like, measured on its maps: leaves with
dark gaps, strands along V, the weave's and the roof's periods, panel seams, matte paper, pitted
bone... plus every new family at 512 px in every style (the size the pipeline uses most; speed
is measured by benchmarks/materials_speed.py)."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.materials import synthesize_material
from assetsmith.spec.catalog import MATERIAL_FAMILIES

from .conftest import STYLES, synth

NEW = (
    "foliage",
    "bone",
    "paper",
    "concrete",
    "painted_metal",
    "metal_panels",
    "organic",
    "soil",
    "straw",
    "wicker",
    "rope",
    "roof_tiles",
)


def lum(img: np.ndarray) -> np.ndarray:
    return img[..., :3].astype(float) @ np.array([0.2126, 0.7152, 0.0722])


def period_strength(profile: np.ndarray, period: float) -> float:
    """How much of a 1-D profile's variance sits at `period` samples (and its harmonics), 0..1."""
    x = profile - profile.mean()
    power = np.abs(np.fft.rfft(x)) ** 2
    k = round(len(x) / period)
    return float(power[k::k].sum() / power[1:].sum())


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("family", NEW)
def test_every_new_family_at_512(family, style):
    m = synthesize_material(
        family,
        base_color=MATERIAL_FAMILIES[family]["base_color"],
        wear=0.5,
        style=style,
        size=512,
        seed=11,
    )
    assert m.albedo.shape == (512, 512, 3) and m.orm.shape == (512, 512, 3)
    assert np.isfinite(m.height).all() and m.height.min() >= 0.0 and m.height.max() <= 1.0
    assert m.albedo.std() > 2.0 and m.normal[..., 2].min() > 128


def test_foliage_is_green_leaves_over_dark_gaps_and_yellows_with_wear():
    m = synth("foliage", wear=0.0)
    rgb = m.albedo.astype(float)
    dark = lum(m.albedo) < 50
    assert 0.02 < dark.mean() < 0.35  # gaps between the leaves, not a solid fill
    leaves = ~dark
    assert (rgb[leaves, 1] > rgb[leaves, 0]).mean() > 0.9  # green leaves
    old = synth("foliage", wear=1.0).albedo.astype(float)
    assert (old[..., 0] > old[..., 1]).mean() > (rgb[..., 0] > rgb[..., 1]).mean() + 0.1
    # Leaves are shapes: the height drops sharply at their edges (big normal tilts exist).
    tilt = np.abs(m.normal[..., :2].astype(float) - 128).max(-1)
    assert (tilt > 40).mean() > 0.02


def test_straw_strands_run_along_v():
    h = synth("straw", wear=0.0).height
    across = np.abs(np.diff(h, axis=1)).mean()
    along = np.abs(np.diff(h, axis=0)).mean()
    assert across > 2.0 * along


def test_wicker_weave_repeats_every_row_and_stake():
    h = synth("wicker", wear=0.0, size=128).height
    # 16 weavers down the tile, 8 stakes across: periods of 8 and 16 texels at 128 px.
    assert period_strength(h.mean(axis=1), 128 / 16) > 0.5
    assert period_strength(h[::8].mean(axis=0), 128 / 8) > 0.2


def test_roof_tiles_have_courses_with_shadowed_lower_edges():
    m = synth("roof_tiles", wear=0.0)
    rows = lum(m.albedo).mean(axis=1)
    assert period_strength(rows, 128 / 6) > 0.3  # six courses per tile
    occlusion = m.occlusion.astype(float).mean(axis=1)
    assert occlusion.max() - occlusion.min() > 40  # under each edge lies in shadow


def test_metal_panel_seams_cross_the_whole_tile():
    h = synth("metal_panels", wear=0.0).height
    rows = h.mean(axis=1)
    seams = rows < rows.mean() - 3 * rows.std() / 2
    assert 2 <= seams.sum() <= 24  # a few row seams, each a few texels wide
    assert h[seams].std(axis=1).mean() < h.std()  # straight: even along their length


def test_rope_strands_are_diagonal():
    h = synth("rope", wear=0.0).height
    power = np.abs(np.fft.fft2(h - h.mean())) ** 2
    # Three strands spiral across the tile: the strongest broad feature is the wave 3u + 3v
    # (three cycles along each axis, diagonal), not its mirror image or an axis-aligned one.
    low = {
        (ky, kx): power[ky, kx] for ky in range(-8, 9) for kx in range(0, 9) if (ky, kx) != (0, 0)
    }
    assert max(low, key=low.get) in ((3, 3), (-3, -3))
    assert power[3, 3] > 10 * max(power[-3, 3], power[3, 0], power[0, 3])


def test_bone_is_pitted_and_cracks_with_wear():
    new, old = synth("bone", wear=0.0), synth("bone", wear=1.0)

    def dark(m):
        return (lum(m.albedo) < np.percentile(lum(m.albedo), 50) * 0.85).mean()

    assert dark(new) > 0.005  # pores
    assert dark(old) > dark(new) * 1.5  # more and wider cracks, dirtier pores
    assert 90 < new.roughness.mean() < 200  # satin, not glossy, not chalky


def test_paper_is_matte_and_foxes_with_wear():
    new, old = synth("paper", wear=0.0), synth("paper", wear=1.0)
    assert new.roughness.mean() > 190
    assert lum(old.albedo).std() > lum(new.albedo).std() * 1.5


def test_concrete_is_rough_with_pores_and_cracks_when_worn():
    new, old = synth("concrete", wear=0.0), synth("concrete", wear=1.0)
    assert new.roughness.mean() > 190
    h = new.height
    assert np.percentile(h, 0.2) < h.mean() - 2.5 * h.std()  # a tail of sharp pits (bug holes)
    assert lum(old.albedo).mean() < lum(new.albedo).mean()


def test_organic_skin_is_glossier_than_soil_and_soil_dries_and_cracks():
    assert synth("organic").roughness.mean() < synth("soil").roughness.mean() - 60
    wet, dry = synth("soil", wear=0.0), synth("soil", wear=1.0)
    darkest = [np.percentile(lum(m.albedo), 0.5) for m in (wet, dry)]
    assert darkest[1] < darkest[0] - 3  # dark cracks open as it dries
