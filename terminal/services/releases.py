"""Releases sent on the spot: the `Releases` port for a till whose composition root gives it no
background releaser (service tests with hand-written fakes, a till without a backend).

The till's own releaser is sync/releases.py (a loop of its own, wired in terminal/app.py): a release
there never holds up the caller. Here the caller waits for `send()`, which is only fine where no
network is behind it. A failure is logged, never raised: the hold lapses at the backend by itself.
"""

from __future__ import annotations

import logging

from terminal.services.ports import ReleaseSend

log = logging.getLogger(__name__)


class SendNow:
    """`Releases` that sends in the caller's thread."""

    def release(self, what: str, send: ReleaseSend) -> None:
        try:
            send()
        except Exception as exc:  # best effort: the hold lapses by itself; said in the log
            log.warning("%s not released (%s); left to lapse at the backend", what, exc)
