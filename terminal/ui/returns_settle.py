"""Preparing return lines for the visit off the UI thread, with a manager's approval when a rule is
overridden: the preparation runs on the worker; refused for want of an approval, a manager is asked
(`ask_approval`) and the preparation runs again with it. The Returns area puts the prepared lines
into the visit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.services.container import Services
from terminal.services.returns import Prepared
from terminal.ui.approval_dialog import ask_approval
from terminal.ui.worker import Worker


def prepare_approved(
    parent: QWidget,
    services: Services,
    worker: Worker,
    prepare: Callable[[Any], Prepared],
    approval: Any,
    *,
    on_prepared: Callable[[Prepared], Any],
    on_refused: Callable[[BaseException], Any],
) -> None:
    """Run `prepare(approval)` off the UI thread; `on_prepared` gets the lines, `on_refused` a refusal
    (also a manager's approval refused or cancelled into an error)."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ApprovalRequiredError) and approval is None:
            ask_approval(parent, services.staff, services.returns.check_override, approved)
            return
        on_refused(exc)

    def approved(outcome: Callable[[], Any]) -> None:
        try:
            given = outcome()
        except TillError as exc:
            on_refused(exc)
            return
        prepare_approved(
            parent, services, worker, prepare, given, on_prepared=on_prepared, on_refused=on_refused
        )

    worker.submit(prepare, approval, on_done=on_prepared, on_error=failed)
