"""One registry type for everything that is picked by name: pipeline stages, artifact stores,
vector indexes, embedders, model backends, signers, engine layouts, job kinds, batch engines,
archetypes.

A registry is built from tables, never filled by importing modules for their side effects: each
module that provides entries exports a plain dict (or the registry's owner lists them), and one
place collects them, as trimesh collects its loaders from each format module's table. Entries
behind optional extras or heavy imports are `Lazy("module:attribute")` references, imported on
first use. An unknown name always fails the same way: `UnknownName` (code `invalid_input`, exit 2,
HTTP 422) with the message "Unknown <kind> '<name>'." and the hint "Use one of: <names>.".
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from .errors import UnknownName

T = TypeVar("T")


@dataclass(frozen=True)
class Lazy:
    """An entry imported on first use: `module:attribute` (dots after the colon walk attributes)."""

    target: str

    def __post_init__(self) -> None:
        module, _, attr = self.target.partition(":")
        if not module or not attr:
            raise ValueError(f"a Lazy target is 'module:attribute', not {self.target!r}")

    def load(self) -> object:
        module, _, attr = self.target.partition(":")
        value: object = importlib.import_module(module)
        for part in attr.split("."):
            value = getattr(value, part)
        return value


class Registry(Generic[T]):
    """Named entries of one kind, in the order given. `kind` is what the names pick, as a user
    would say it ("artifact store", "job kind"); it appears in the UnknownName message."""

    def __init__(self, kind: str, entries: Mapping[str, T | Lazy] | None = None) -> None:
        self.kind = kind
        self._entries: dict[str, T | Lazy] = {}
        self._lock = threading.Lock()
        for name, entry in (entries or {}).items():
            self.add(name, entry)

    def add(self, name: str, entry: T | Lazy, *, replace: bool = False) -> None:
        """Add an entry; a name that is taken is refused unless `replace` (plugins, tests)."""
        if not name or not isinstance(name, str):
            raise ValueError(f"a {self.kind} name must be a non-empty string, not {name!r}")
        with self._lock:
            if name in self._entries and not replace:
                raise ValueError(f"the {self.kind} '{name}' is already registered")
            self._entries[name] = entry

    def remove(self, name: str) -> None:
        """Drop an entry (tests that added one clean up with this)."""
        with self._lock:
            if name not in self._entries:
                raise UnknownName(self.kind, name, self._entries)
            del self._entries[name]

    def get(self, name: str) -> T:
        """The entry called `name` (a Lazy one is imported now, once), or UnknownName."""
        try:
            entry = self._entries[name]
        except (KeyError, TypeError):
            raise UnknownName(self.kind, str(name), self._entries) from None
        if isinstance(entry, Lazy):
            loaded = cast(T, entry.load())
            with self._lock:
                if self._entries.get(name) is entry:
                    self._entries[name] = loaded
            return loaded
        return entry

    def entry(self, name: str) -> T | Lazy:
        """The entry as registered, without importing a Lazy one."""
        try:
            return self._entries[name]
        except KeyError:
            raise UnknownName(self.kind, name, self._entries) from None

    def names(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def items(self) -> list[tuple[str, T]]:
        """Every (name, entry), importing Lazy entries."""
        return [(name, self.get(name)) for name in self.names()]

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, name: str) -> T:
        return self.get(name)

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, {list(self._entries)})"
