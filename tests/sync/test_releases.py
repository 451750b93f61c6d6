"""The releases' loop (sync/releases.py) on its own: a release is queued and the caller goes on, a
failed one is tried again until it succeeds, one that keeps failing is left to lapse (and the log
says so), and one still queued when the till stops is named in the log. Sends are plain functions
here; the loop against the real backend is in tests/sync/test_releases_backend.py."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

from sync.releases import BackgroundReleases
from terminal.domain.errors import TillError


@pytest.fixture
def loop() -> Iterator[BackgroundReleases]:
    releases = BackgroundReleases(delays=(0.01,), lapse=60.0)
    stop = threading.Event()
    thread = threading.Thread(target=releases.run, args=(stop,), daemon=True)
    thread.start()
    yield releases
    stop.set()
    releases.wake()
    thread.join(5)


def test_the_caller_never_waits_for_the_send(loop: BackgroundReleases) -> None:
    gate, sent = threading.Event(), []

    def slow() -> None:
        gate.wait(5)
        sent.append("offer claim c-1")

    loop.release("offer claim c-1", slow)  # returns although the send waits
    assert sent == []
    assert loop.pending() == 1
    gate.set()
    assert loop.wait_idle(5)
    assert sent == ["offer claim c-1"]


def test_a_failed_release_is_tried_again_until_it_goes_through(
    loop: BackgroundReleases, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    def flaky() -> None:
        attempts.append(1)
        if len(attempts) < 3:
            raise TillError("customer.offline")

    with caplog.at_level(logging.INFO, logger="sync.releases"):
        loop.release("offer claim c-2", flaky)
        assert loop.wait_idle(5)
    assert len(attempts) == 3
    assert [r.levelname for r in caplog.records if "c-2" in r.getMessage()] == ["INFO", "INFO", "INFO"]
    assert "released after 2 failed attempt(s)" in caplog.records[-1].getMessage()


def test_one_that_keeps_failing_is_left_to_lapse_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    releases = BackgroundReleases(delays=(0.01,), lapse=0.2)
    stop = threading.Event()
    thread = threading.Thread(target=releases.run, args=(stop,), daemon=True)
    attempts: list[int] = []

    def down() -> None:
        attempts.append(1)
        raise TillError("voucher.offline")

    with caplog.at_level(logging.INFO, logger="sync.releases"):
        thread.start()
        releases.release("voucher hold h-1", down)
        assert releases.wait_idle(5)  # given up: nothing is tried after the hold has lapsed
        stop.set()
        releases.wake()
        thread.join(5)
    assert len(attempts) >= 2
    last = caplog.records[-1]
    assert last.levelname == "WARNING"
    assert "voucher hold h-1 not released" in last.getMessage()
    assert "left to lapse" in last.getMessage()


def test_what_is_queued_when_the_till_stops_is_named_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    releases = BackgroundReleases()
    stop = threading.Event()
    stop.set()  # the till is stopping: the loop sends nothing more
    releases.release("return claim r-1", lambda: None)
    with caplog.at_level(logging.WARNING, logger="sync.releases"):
        releases.run(stop)
    assert releases.pending() == 0
    assert "return claim r-1 not released before the till stopped" in caplog.records[-1].getMessage()
