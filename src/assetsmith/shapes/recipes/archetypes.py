"""The procedural archetypes as recipes: each is one `macro` part (the tuned builders of
geometry/archetypes keep their looks and their speed; a lone macro is built by build_geometry).
The pillar is written in the language instead (recipes/castle.py: fluting, a broken variant).
Material roles are named by what they are (iron, oak, glass), never by a slot."""

from __future__ import annotations

from ..dsl import macro, part, program
from ..recipe import MaterialRole, Recipe, RecipePart, SizePrior

M = MaterialRole


def _macro_recipe(name: str, category: str, nouns, synsets, dims, height: float,
                  parts: list[tuple[str, str, tuple[str, ...]]], materials: dict[str, MaterialRole],
                  collider: str, tolerance: float = 0.25, round_: bool = False,
                  long_axis: str = "y", description: str = "") -> Recipe:
    mapping = {pid: role for pid, role, _ in parts}

    def build(p):
        return program(part(name, None, macro(name, height, mapping)))

    return Recipe(name=name, category=category, nouns=tuple(nouns), synsets=tuple(synsets),
                  size=SizePrior(dims, tolerance), materials=materials,
                  parts=tuple(RecipePart(pid, role, words) for pid, role, words in parts),
                  build=build, collider=collider, round=round_, long_axis=long_axis,
                  description=description)


RECIPES = [
    _macro_recipe("barrel", "containers", ["barrel", "keg", "cask", "tun"], ["barrel.n.02", "keg.n.02"],
                  (0.71, 1.0, 0.71), 1.0,
                  [("body", "wood", ("staves", "body", "stave")), ("hoops", "iron", ("hoops", "hoop", "bands", "rings")),
                   ("lids", "end_grain", ("lid", "lids", "top", "head"))],
                  {"wood": M("wood_planks"), "iron": M("iron"), "end_grain": M("end_grain")},
                  "mesh_convex", round_=True, description="A wooden barrel with iron hoops."),
    _macro_recipe("crate", "containers", ["crate", "box", "supply crate", "cargo box"], ["crate.n.01", "box.n.01"],
                  (0.8, 0.8, 0.8), 0.8,
                  [("panels", "wood", ("planks", "panels", "boards", "sides")),
                   ("frame", "frame_wood", ("frame", "battens", "edges", "braces"))],
                  {"wood": M("wood_planks"), "frame_wood": M("wood_planks", "#6f4626")},
                  "box", description="A planked wooden crate with a braced frame."),
    _macro_recipe("chest", "containers", ["chest", "treasure chest", "coffer", "trunk", "strongbox"],
                  ["chest.n.02", "coffer.n.02", "trunk.n.02"], (0.84, 0.6, 0.5), 0.6,
                  [("body", "wood", ("body", "box")), ("lid", "wood", ("lid",)),
                   ("bands", "iron", ("bands", "straps", "band")), ("lock", "brass", ("lock", "latch", "clasp"))],
                  {"wood": M("wood_planks"), "iron": M("iron"), "brass": M("brass")},
                  "box", description="A wooden chest with a rounded lid, iron bands and a lock."),
    _macro_recipe("bottle", "containers", ["bottle", "potion", "flask", "vial", "phial", "elixir"],
                  ["bottle.n.01", "flask.n.01", "phial.n.01", "potion.n.01"], (0.21, 0.3, 0.21), 0.3,
                  [("glass", "glass", ("glass", "bottle")), ("liquid", "liquid", ("liquid", "potion", "contents")),
                   ("stopper", "cork", ("stopper", "cork"))],
                  {"glass": M("crystal", "#9fd3e6"), "liquid": M("crystal", "#5a8fd8"), "cork": M("end_grain", "#b08a5a")},
                  "capsule", tolerance=0.3, round_=True, description="A glass potion bottle with liquid and a cork."),
    _macro_recipe("lantern", "lights", ["lantern", "hand lantern", "oil lamp", "lamp"], ["lantern.n.01"],
                  (0.23, 0.45, 0.23), 0.45,
                  [("frame", "iron", ("frame", "cage", "roof")), ("glass", "glass", ("glass", "panes", "windows")),
                   ("handle", "iron", ("handle", "ring")), ("candle", "wax", ("candle", "wax"))],
                  {"iron": M("iron"), "glass": M("crystal", "#cfe6ee"), "wax": M("ceramic", "#efe6cf")},
                  "box", round_=True, description="An iron hand lantern with glass panes and a candle."),
    _macro_recipe("sword", "weapons", ["sword", "longsword", "broadsword", "blade", "sabre", "saber", "katana"],
                  ["sword.n.01", "broadsword.n.01", "saber.n.01"], (0.27, 1.0, 0.056), 1.0,
                  [("blade", "steel", ("blade", "edge")), ("guard", "brass", ("guard", "crossguard", "hilt")),
                   ("grip", "leather", ("grip", "handle", "hilt")), ("pommel", "brass", ("pommel",))],
                  {"steel": M("iron", "#8a8f96"), "brass": M("brass"), "leather": M("leather")},
                  "box", tolerance=0.3, description="A longsword, point up."),
    _macro_recipe("shield", "armour", ["shield", "round shield", "buckler"], ["shield.n.02"],
                  (0.8, 0.8, 0.11), 0.8,
                  [("face", "painted_wood", ("face", "front", "boards")), ("rim", "iron", ("rim", "edge")),
                   ("boss", "iron", ("boss", "center", "centre"))],
                  {"painted_wood": M("painted_wood"), "iron": M("iron")},
                  "mesh_convex", description="A round wooden shield with an iron rim and boss."),
    _macro_recipe("rock", "nature", ["rock", "boulder", "stone", "crag"], ["rock.n.01", "boulder.n.01"],
                  (1.65, 0.8, 1.3), 0.8,
                  [("rock", "stone", ("rock", "stone"))], {"stone": M("rough_stone")},
                  "mesh_convex", tolerance=0.3, description="A weathered boulder with chiselled facets."),
    _macro_recipe("wall", "dungeon_castle", ["wall", "brick wall", "stone wall", "wall section", "rampart",
                                             "battlement", "castle wall"],
                  ["wall.n.01", "stone_wall.n.01", "wall.n.07"],
                  (2.08, 2.5, 0.48), 2.5,
                  [("wall", "brick", ("wall", "bricks")), ("coping", "stone", ("coping", "top", "cap"))],
                  {"brick": M("brick"), "stone": M("rough_stone")}, "box", long_axis="x",
                  description="A section of brick wall with a stone coping."),
    _macro_recipe("floor_tile", "dungeon_castle", ["floor tile", "tile", "paving", "flagstone", "paving stone",
                                                   "slab", "cobblestones", "floor"],
                  ["tile.n.01", "flag.n.06", "paving_stone.n.01"], (1.0, 0.1, 1.0), 0.1,
                  [("tile", "paving", ("tile", "stones", "surface"))], {"paving": M("cobblestone")},
                  "box", description="A square cobbled floor tile."),
    _macro_recipe("stump", "nature", ["stump", "tree stump"], ["stump.n.01"], (0.63, 0.5, 0.67), 0.5,
                  [("trunk", "bark", ("bark", "trunk", "roots")), ("top", "end_grain", ("top", "rings", "cut"))],
                  {"bark": M("bark"), "end_grain": M("end_grain")}, "mesh_convex", round_=True,
                  description="A sawn-off tree stump with roots."),
    _macro_recipe("tree", "nature", ["tree", "oak", "deciduous tree"], ["tree.n.01"], (3.1, 4.0, 3.0), 4.0,
                  [("trunk", "bark", ("trunk", "bark", "branches")), ("canopy", "foliage", ("canopy", "leaves", "crown", "foliage"))],
                  {"bark": M("bark"), "foliage": M("ground_moss", "#4f7a2f")}, "capsule", round_=True,
                  description="A broadleaf tree with a round canopy."),
    _macro_recipe("table", "furniture", ["table", "dining table", "kitchen table"], ["table.n.02"],
                  (1.2, 0.75, 0.7), 0.75,
                  [("top", "wood", ("top", "tabletop", "surface")), ("legs", "wood", ("legs", "leg", "frame"))],
                  {"wood": M("wood_planks")}, "box", long_axis="x", description="A wooden table on four legs."),
    _macro_recipe("chair", "furniture", ["chair", "wooden chair", "dining chair"], ["chair.n.01"],
                  (0.45, 0.95, 0.48), 0.95,
                  [("seat", "wood", ("seat",)), ("legs", "wood", ("legs", "leg")),
                   ("back", "wood", ("back", "backrest", "slats"))],
                  {"wood": M("wood_planks")}, "box", description="A wooden chair with a slatted back."),
    _macro_recipe("door", "dungeon_castle", ["door", "wooden door", "plank door", "dungeon door", "castle door",
                                             "oak door"], ["door.n.01"],
                  (0.96, 2.1, 0.134), 2.1,
                  [("panel", "wood", ("planks", "panel", "boards")),
                   ("bands", "iron", ("bands", "hinges", "straps", "studs", "ironwork")),
                   ("handle", "iron", ("handle", "ring", "knocker"))],
                  {"wood": M("wood_planks"), "iron": M("iron")}, "box", tolerance=0.3,
                  description="A planked door with iron bands and a ring pull."),
    _macro_recipe("fence", "farm", ["fence", "picket fence", "railing", "palisade"], ["fence.n.01"],
                  (2.01, 1.0, 0.155), 1.0,
                  [("posts", "wood", ("posts", "post", "pickets")), ("rails", "wood", ("rails", "rail"))],
                  {"wood": M("wood_planks")}, "box", tolerance=0.3, long_axis="x",
                  description="A two-metre section of wooden fence."),
    _macro_recipe("mannequin", "characters", ["mannequin", "dummy", "figure", "humanoid"], ["mannequin.n.02", "dummy.n.03"],
                  (0.91, 1.8, 0.61), 1.8,
                  [("body", "body", ("body", "figure")), ("stand", "iron", ("stand", "base", "pole"))],
                  {"body": M("plastic", "#e8e4dc"), "iron": M("iron")}, "capsule",
                  description="A tailor's mannequin on a stand."),
]
