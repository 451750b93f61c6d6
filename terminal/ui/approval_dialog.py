"""A manager's approval: the manager types their PIN on the keypad; the action is then retried.

`run_with_approval(parent, staff, call)` is how every screen calls a service that may answer
`ApprovalRequiredError`: it calls `call(None)`, and on that refusal opens this dialog and calls
`call(approval)` once more with the manager's Approval. Cancelling gives `approval.cancelled`.
`ask_approval` is the same without a nested event loop (the dialog opens with `open()` and the
outcome arrives in a callback); the screens use it, so the dialog can be driven like any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from terminal.domain.errors import ApprovalRequiredError, TillError
from terminal.domain.staff import Action, Approval
from terminal.ui.entry_dialog import EntryDialog
from terminal.ui.messages import action_name, message_for

T = TypeVar("T")


class Approver(Protocol):
    """The part of services.staff this dialog uses."""

    def approve(self, pin: str, action: Action) -> Approval: ...


class ApprovalDialog(EntryDialog):
    """Asks for a manager PIN for one action; `approval` is set when the dialog is accepted."""

    def __init__(self, staff: Approver, action: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=QCoreApplication.translate("ApprovalDialog", "Manager approval"),
            prompt=QCoreApplication.translate(
                "ApprovalDialog", "A manager must approve: {action}.\nManager, please enter your PIN."
            ).format(action=action_name(action)),
            masked=True,
        )
        self._staff = staff
        self._action = action
        self.approval: Approval | None = None
        self.ok_button.setText(self.tr("Approve (Enter)"))

    def accept_entry(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        try:
            action = Action(self._action)
        except ValueError:
            self.show_error(message_for(TillError("approval.required", action=self._action)))
            return
        try:
            self.approval = self._staff.approve(pin, action)
        except TillError as exc:
            self.show_error(message_for(exc))
            return
        self.accept()


def run_with_approval(parent: QWidget | None, staff: Approver, call: Callable[[Approval | None], T]) -> T:
    """`call(None)`; if a manager must approve, ask for the PIN and `call(approval)` once more."""
    try:
        return call(None)
    except ApprovalRequiredError as exc:
        dialog = ApprovalDialog(staff, exc.action, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approval is None:
            raise TillError("approval.cancelled", action=exc.action) from None
        return call(dialog.approval)


def ask_approval(
    parent: QWidget | None,
    staff: Approver,
    call: Callable[[Approval | None], T],
    done: Callable[[Callable[[], T]], None],
) -> ApprovalDialog | None:
    """`run_with_approval` without a nested event loop: the dialog opens with `open()` and returns.

    `done` receives a thunk that returns `call`'s result or raises its TillError (`approval.cancelled`
    when the manager cancelled), so the screen handles every outcome in one place. Returns the open
    dialog, or None when no approval was needed and `done` already ran.
    """
    try:
        result = call(None)
    except ApprovalRequiredError as exc:
        action = exc.action
        dialog = ApprovalDialog(staff, action, parent)

        def on_finished(code: int) -> None:
            dialog.deleteLater()
            approval = dialog.approval
            if code == QDialog.DialogCode.Accepted and approval is not None:
                done(lambda: call(approval))
            else:
                done(_raising(TillError("approval.cancelled", action=action)))

        dialog.finished.connect(on_finished)
        dialog.open()
        return dialog
    except TillError as exc:
        done(_raising(exc))
        return None
    done(lambda: result)
    return None


def _raising(exc: TillError) -> Callable[[], Any]:
    def thunk() -> Any:
        raise exc

    return thunk


def any_call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[Approval | None], T]:
    """Adapt `fn(*args, approval=..., **kwargs)` to the one-argument form `run_with_approval` takes."""
    return lambda approval: fn(*args, approval=approval, **kwargs)
