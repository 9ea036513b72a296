"""A stage: a name, a function over the JobContext, and the options it runs with.

Modelled on glTF-Transform's `createTransform(NAME, fn)`: each stage module defines an options
dataclass with defaults (`DEFAULTS`), a function `fn(ctx, options)`, and exports
`create_stage(NAME, fn, DEFAULTS, ...)`. The plan (pipeline/plan.py) lists the stages in order and
binds each to options derived from Settings in one place (`with_options`); a stage never reads
Settings. A new stage is a new module plus one line in the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from .context import JobContext

OptionsT = TypeVar("OptionsT")  # a stage's options type

StageFn = Callable[[JobContext, OptionsT], None]


@dataclass(frozen=True)
class Stage(Generic[OptionsT]):
    """A named step over a JobContext with its options. `weight` is its share of the progress
    bar. `prepare`, when given, is called for every planned stage before the first one runs: a
    quick, non-blocking kick-off of slow set-up (e.g. the GL context) that then overlaps the
    stages before it."""

    name: str
    fn: Callable[[JobContext, OptionsT], None]
    options: OptionsT
    weight: float = 1.0
    description: str = ""
    prepare: Callable[[JobContext, OptionsT], None] | None = None

    def run(self, ctx: JobContext) -> None:
        """Run the stage over `ctx` with its options."""
        self.fn(ctx, self.options)

    def kick_off(self, ctx: JobContext) -> None:
        """Start the stage's slow set-up, if it has any (see `prepare`)."""
        if self.prepare is not None:
            self.prepare(ctx, self.options)

    def with_options(self, options: OptionsT) -> Stage[OptionsT]:
        """The same stage with other options (the plan binds options from Settings this way)."""
        return replace(self, options=options)


def create_stage(
    name: str,
    fn: Callable[[JobContext, OptionsT], None],
    defaults: OptionsT,
    *,
    weight: float = 1.0,
    description: str = "",
    prepare: Callable[[JobContext, OptionsT], None] | None = None,
) -> Stage[OptionsT]:
    """A stage called `name` that runs `fn(ctx, options)`, with `defaults` as its options until the
    plan binds others. The description defaults to the first line of `fn`'s docstring."""
    return Stage(
        name,
        fn,
        defaults,
        weight,
        description or (fn.__doc__ or "").strip().split("\n")[0],
        prepare,
    )


AnyStage = Stage[Any]
