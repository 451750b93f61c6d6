"""The first-run step machine: order, next only from a done step, store changes reopen enrolment."""

from __future__ import annotations

import pytest

from terminal.domain.errors import TillError
from terminal.domain.first_run import STEPS, FirstRunFlow, Step


def test_the_steps_come_in_the_set_up_order() -> None:
    assert STEPS == (Step.LANGUAGE, Step.STORE, Step.BACKEND, Step.PRINTER, Step.SCANNER)


def test_the_language_step_is_done_from_the_start() -> None:
    flow = FirstRunFlow()
    assert flow.current is Step.LANGUAGE
    assert flow.can_advance
    assert flow.advance().current is Step.STORE


def test_next_waits_for_the_current_step() -> None:
    flow = FirstRunFlow().advance()
    assert not flow.can_advance
    with pytest.raises(TillError) as caught:
        flow.advance()
    assert (caught.value.code, caught.value.params) == ("first_run.step_incomplete", {"step": "store"})
    assert flow.complete(Step.STORE).advance().current is Step.BACKEND


def test_changing_the_store_after_enrolment_reopens_the_backend_step() -> None:
    flow = FirstRunFlow().complete(Step.STORE).complete(Step.BACKEND)
    assert Step.BACKEND in flow.done
    assert Step.BACKEND not in flow.complete(Step.STORE).done


def test_the_scanner_test_is_optional_and_finish_needs_every_other_step() -> None:
    flow = FirstRunFlow()
    for step in (Step.STORE, Step.BACKEND, Step.PRINTER):
        flow = flow.advance().complete(step)
    last = flow.advance()
    assert last.current is Step.SCANNER
    assert last.is_last
    assert last.can_finish
    assert last.finish() is last
    with pytest.raises(TillError, match=r"first_run\.no_next_step"):
        last.advance()
    with pytest.raises(TillError) as caught:
        FirstRunFlow().finish()
    assert caught.value.params == {"step": "store"}


def test_back_stops_at_the_first_step() -> None:
    flow = FirstRunFlow().advance()
    assert flow.back().current is Step.LANGUAGE
    assert flow.back().back().current is Step.LANGUAGE
