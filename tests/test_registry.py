"""The one Registry type, and every registry of the project against its contract: names in table
order, every entry loads (Lazy ones on first use, once), and an unknown name fails one way."""

from __future__ import annotations

import pytest

from assetsmith.backends.registry import LLM_BACKENDS, TEXTURE_BACKENDS
from assetsmith.batch.engines import ENGINES
from assetsmith.errors import InvalidInput, UnknownName
from assetsmith.geometry.archetypes import ARCHETYPE_BUILDERS
from assetsmith.jobs.kinds import KINDS
from assetsmith.originality.embedders import EMBEDDERS
from assetsmith.originality.indexes import INDEXES
from assetsmith.packs import LAYOUTS
from assetsmith.provenance.signers import SIGNER_KINDS
from assetsmith.registry import Lazy, Registry
from assetsmith.storage import STORES

REGISTRIES = {
    "stores": STORES,
    "indexes": INDEXES,
    "embedders": EMBEDDERS,
    "layouts": LAYOUTS,
    "engines": ENGINES,
    "job kinds": KINDS,
    "signers": SIGNER_KINDS,
    "llm": LLM_BACKENDS.registry,
    "texture": TEXTURE_BACKENDS.registry,
    "archetypes": ARCHETYPE_BUILDERS,
}


def test_names_keep_table_order_and_get_returns_the_entry():
    reg: Registry[int] = Registry("number", {"one": 1, "two": 2})
    assert reg.names() == ("one", "two") and list(reg) == ["one", "two"] and len(reg) == 2
    assert reg.get("two") == 2 and reg["one"] == 1 and "one" in reg and "three" not in reg


def test_unknown_name_is_unknown_name():
    reg: Registry[int] = Registry("number", {"two": 2, "one": 1})
    with pytest.raises(UnknownName) as info:
        reg.get("three")
    assert isinstance(info.value, InvalidInput)
    assert (info.value.message, info.value.hint) == (
        "Unknown number 'three'.",
        "Use one of: one, two.",
    )
    with pytest.raises(UnknownName):
        reg.get(None)  # type: ignore[arg-type]  (a value from untrusted JSON)


def test_lazy_entries_load_once_on_first_use():
    reg: Registry[object] = Registry(
        "codec", {"json": Lazy("json:dumps"), "path": Lazy("os:path.join")}
    )
    assert isinstance(reg.entry("json"), Lazy)  # listed, not imported
    import json
    import os

    assert reg.get("json") is json.dumps and reg.get("path") is os.path.join
    assert reg.entry("json") is json.dumps  # resolved once, kept


def test_lazy_targets_are_module_colon_attribute():
    with pytest.raises(ValueError, match="module:attribute"):
        Lazy("json.dumps")


def test_adding_a_taken_name_needs_replace():
    reg: Registry[int] = Registry("number", {"one": 1})
    with pytest.raises(ValueError, match="already registered"):
        reg.add("one", 11)
    reg.add("one", 11, replace=True)
    reg.add("two", 2)
    assert reg.get("one") == 11 and reg.names() == ("one", "two")
    reg.remove("two")
    assert reg.names() == ("one",)
    with pytest.raises(UnknownName):
        reg.remove("two")


@pytest.mark.parametrize("name", REGISTRIES, ids=str)
def test_every_project_registry_keeps_the_contract(name):
    reg = REGISTRIES[name]
    assert isinstance(reg, Registry) and len(reg) >= 1
    for entry_name, entry in reg.items():  # every Lazy target exists and loads
        assert entry is not None and not isinstance(entry, Lazy), entry_name
    with pytest.raises(UnknownName) as info:
        reg.get("no-such-name")
    assert info.value.message == f"Unknown {reg.kind} 'no-such-name'."
    assert info.value.hint == f"Use one of: {', '.join(sorted(reg.names()))}."


def test_offline_backend_names_are_valid_choices():
    assert LLM_BACKENDS.names()[0] == "offline" and LLM_BACKENDS.create("offline", None) is None
    with pytest.raises(UnknownName, match="Use one of: offline, ollama, openai"):
        LLM_BACKENDS.create("gpt", None)
