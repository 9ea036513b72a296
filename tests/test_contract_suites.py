"""Every protocol has a contract suite, and every implementation runs it (issue 14, item 7).

The protocols are found by reading the source (every `class X(Protocol)` or `class X(ABC)` under
src/assetsmith), so a new protocol without a row in SUITES fails here. The implementations are the
names in the protocol's registry (or, for the two protocols without one, the classes of its module
that have all its methods); a suite covers an implementation when one of its test classes, a
subclass of the suite's mixin named `Test...`, says so in `impl` (the huey StorageTests model).
The two older suites parametrise a fixture instead of subclassing a mixin; their rows list the
parameters, and the test checks each appears in the suite's source.

The job queue's contract (tests/jobs/test_queue_contract.py: SQLite and PostgreSQL) is for the one
JobStore class over two databases, not for a protocol, and so has no row here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "assetsmith"


def _registry(path: str) -> Callable[[], set[str]]:
    """The names of a registry `module:attribute` (one name per distinct entry: aliases such as the
    signer's `http` scheme for the `https` factory count once, under their first name)."""

    def names() -> set[str]:
        module, _, attr = path.partition(":")
        reg = importlib.import_module(module)
        for part in attr.split("."):
            reg = getattr(reg, part)
        seen: dict[int, str] = {}
        for name, entry in reg.items():
            seen.setdefault(id(entry), name)
        return set(seen.values())

    return names


def _structural(protocol: str) -> Callable[[], set[str]]:
    """The classes of the protocol's module that have every method the protocol declares."""

    def names() -> set[str]:
        proto = _load(protocol)
        methods = [n for n, v in vars(proto).items() if callable(v) and not n.startswith("_")]
        module = inspect.getmodule(proto)
        return {
            n
            for n, c in vars(module).items()
            if inspect.isclass(c)
            and c.__module__ == module.__name__
            and c is not proto
            and all(callable(getattr(c, m, None)) for m in methods)
        }

    return names


def _load(path: str):
    module, _, attr = path.rpartition(".")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class Suite:
    path: str  # the suite's test module, from the repository root
    implementations: Callable[[], set[str]]  # what must be covered
    mixin: str | None = None  # the contract mixin; None: a parametrised fixture (the older suites)
    covered: tuple[str, ...] = ()  # for the older suites: their fixture's parameters
    attr: str = "impl"  # the test classes' attribute that names the implementation they build


SUITES: dict[str, Suite] = {
    "assetsmith.backends.llm.base.ChatBackend": Suite(
        "tests/backends/test_chat_contract.py",
        _registry("assetsmith.backends.registry:LLM_BACKENDS.registry"),
        "ChatBackendContract",
    ),
    "assetsmith.backends.texture.base.TextureBackend": Suite(
        "tests/backends/test_texture_contract.py",
        _registry("assetsmith.backends.registry:TEXTURE_BACKENDS.registry"),
        "TextureBackendContract",
    ),
    "assetsmith.provenance.signers.Signer": Suite(
        "tests/provenance/test_signer_contract.py",
        _registry("assetsmith.provenance.signers:SIGNER_KINDS"),
        "SignerContract",
        attr="kind",
    ),
    "assetsmith.packs.base.Layout": Suite(
        "tests/packs/test_layout_contract.py",
        _registry("assetsmith.packs:LAYOUTS"),
        "LayoutContract",
    ),
    "assetsmith.batch.engines.Engine": Suite(
        "tests/batch/test_engine_contract.py",
        _registry("assetsmith.batch.engines:ENGINES"),
        "EngineContract",
    ),
    "assetsmith.originality.embedders.ImageEmbedder": Suite(
        "tests/originality/test_embedder_contract.py",
        _registry("assetsmith.originality.embedders:EMBEDDERS"),
        "EmbedderContract",
    ),
    "assetsmith.tenancy.ratelimit.RateLimiter": Suite(
        "tests/tenancy/test_rate_limiter_contract.py",
        _structural("assetsmith.tenancy.ratelimit.RateLimiter"),
        "RateLimiterContract",
    ),
    "assetsmith.jobs.wakeup.Waiter": Suite(
        "tests/jobs/test_waiter_contract.py",
        _structural("assetsmith.jobs.wakeup.Waiter"),
        "WaiterContract",
    ),
    "assetsmith.jobs.kinds.JobKind": Suite(
        "tests/jobs/test_job_kind_contract.py",
        _registry("assetsmith.jobs.kinds:KINDS"),
        "JobKindContract",
    ),
    "assetsmith.storage.base.ArtifactStore": Suite(
        "tests/storage/test_artifact_store_contract.py",
        _registry("assetsmith.storage:STORES"),
        covered=("local", "s3"),
    ),
    "assetsmith.originality.vindex.VectorIndex": Suite(
        "tests/originality/test_index_contract.py",
        _registry("assetsmith.originality.indexes:INDEXES"),
        covered=("usearch", "pgvector", "exact"),
    ),
}


def protocols_in_source() -> set[str]:
    """`module.Class` of every class under src/assetsmith whose bases include Protocol or ABC."""
    found = set()
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        text = path.read_text()
        if "Protocol" not in text and "ABC" not in text:
            continue
        for node in ast.walk(ast.parse(text, str(path))):
            if isinstance(node, ast.ClassDef):
                bases = {
                    b.id
                    if isinstance(b, ast.Name)
                    else b.attr
                    if isinstance(b, ast.Attribute)
                    else ""
                    for b in node.bases
                }
                if bases & {"Protocol", "ABC"}:
                    found.add(f"{module}.{node.name}")
    return found


def test_every_protocol_has_a_contract_suite():
    found = protocols_in_source()
    assert len(found) >= 11  # the search itself works
    assert sorted(found - set(SUITES)) == [], "add a contract suite and a row in SUITES"
    assert sorted(set(SUITES) - found) == [], "a protocol in SUITES is gone from the source"


def _suite_module(suite: Suite):
    assert (ROOT / suite.path).is_file(), suite.path
    return importlib.import_module(suite.path.removesuffix(".py").replace("/", "."))


@pytest.mark.parametrize("protocol", sorted(SUITES), ids=lambda p: p.rsplit(".", 1)[1])
def test_every_implementation_runs_the_suite(protocol):
    suite = SUITES[protocol]
    _load(protocol)  # the row names a real class
    wanted = suite.implementations()
    assert wanted, f"no implementations of {protocol} found"
    module = _suite_module(suite)
    if suite.mixin is None:
        source = (ROOT / suite.path).read_text()
        assert all(f'"{name}"' in source for name in suite.covered)
        covered = set(suite.covered)
    else:
        mixin = getattr(module, suite.mixin)
        runs = [
            c
            for c in vars(module).values()
            if inspect.isclass(c) and issubclass(c, mixin) and c.__name__.startswith("Test")
        ]
        assert runs, f"no test class in {suite.path} runs {suite.mixin}"
        covered = {getattr(c, suite.attr) for c in runs}
        assert all(isinstance(name, str) for name in covered)
    assert sorted(wanted - covered) == [], f"{suite.path} does not run these implementations"
