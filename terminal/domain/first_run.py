"""The first-run set-up of a till as a state machine: which step is shown, which are done, what next.

The steps come in a fixed order: language, store and terminal, backend (enrolment), printer, scanner.
A step is done when its service call succeeded (`complete`); "next" moves on only from a done step,
"back" always works, and the set-up can finish only when every step is done. Changing the store or
terminal after enrolment reopens the backend step: the backend's token belongs to one store and till.
The wizard renders this; it never decides a transition itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from terminal.domain.errors import TillError


class Step(StrEnum):
    """The set-up's steps, in the order they are shown."""

    LANGUAGE = "language"
    STORE = "store"
    BACKEND = "backend"
    PRINTER = "printer"
    SCANNER = "scanner"


STEPS: tuple[Step, ...] = tuple(Step)

# Steps that become undone when the step on the left changes.
REOPENS: dict[Step, frozenset[Step]] = {Step.STORE: frozenset({Step.BACKEND})}

# Steps that are done by just being seen (a choice with a sensible default, or an optional check).
DONE_WHEN_SHOWN: frozenset[Step] = frozenset({Step.LANGUAGE, Step.SCANNER})


@dataclass(frozen=True)
class FirstRunFlow:
    """Where the set-up stands. Immutable: every transition returns a new flow."""

    current: Step = Step.LANGUAGE
    done: frozenset[Step] = field(default_factory=lambda: frozenset({Step.LANGUAGE}))

    @property
    def position(self) -> int:
        """0-based index of the current step."""
        return STEPS.index(self.current)

    @property
    def is_last(self) -> bool:
        return self.current is STEPS[-1]

    @property
    def can_advance(self) -> bool:
        return self.current in self.done and not self.is_last

    @property
    def can_finish(self) -> bool:
        return all(step in self.done for step in STEPS)

    def missing(self) -> tuple[Step, ...]:
        """Steps not done yet, in order."""
        return tuple(step for step in STEPS if step not in self.done)

    def complete(self, step: Step) -> FirstRunFlow:
        """`step` succeeded; the steps that depend on it must be done again."""
        return replace(self, done=(self.done - REOPENS.get(step, frozenset())) | {step})

    def advance(self) -> FirstRunFlow:
        """The next step; TillError("first_run.step_incomplete") while the current one is not done."""
        if self.current not in self.done:
            raise TillError("first_run.step_incomplete", step=self.current.value)
        if self.is_last:
            raise TillError("first_run.no_next_step")
        following = STEPS[self.position + 1]
        done = self.done | {following} if following in DONE_WHEN_SHOWN else self.done
        return replace(self, current=following, done=done)

    def back(self) -> FirstRunFlow:
        """The step before (the first step stays where it is)."""
        return replace(self, current=STEPS[max(self.position - 1, 0)])

    def finish(self) -> FirstRunFlow:
        """Check that everything is done; TillError("first_run.step_incomplete") names the first gap."""
        missing = self.missing()
        if missing:
            raise TillError("first_run.step_incomplete", step=missing[0].value)
        return self
