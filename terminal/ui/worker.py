"""One-off work off the UI thread: run a callable on the QThreadPool, get the answer back as a signal.

`Worker.submit(fn, *args)` returns a `Task`; its `sig_task_finished(result)` or `sig_task_failed(exc)`
arrive on the GUI thread through a queued connection (the Task lives in the GUI thread, the pool
thread only emits). Never touch a widget from `fn`. Anything long-lived (print queue, serial reader,
sync engine) is not a Task: it publishes through `terminal/ui/bridge.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Task(QObject):
    """The GUI-thread end of one piece of background work.

    A Task has no Qt parent and keeps itself alive (`_ALIVE`) until its answer was delivered on the
    GUI thread, so closing a window while a query runs never deletes the object a pool thread emits on.
    """

    sig_task_finished = Signal(object)
    """The callable returned this value."""

    sig_task_failed = Signal(object)
    """The callable raised this exception."""

    def __init__(self, owner: QObject, on_done: Callback | None, on_error: ErrorCallback | None) -> None:
        super().__init__(None)
        self._owner = owner
        self.on_done = on_done
        self.on_error = on_error
        self.job: QRunnable | None = None  # released here, on the GUI thread, never by the pool
        _ALIVE.add(self)
        # Receivers are this object's own slots; it lives in the GUI thread, so the pool thread's
        # emit is queued here. A bare lambda would run in the emitting thread.
        self.sig_task_finished.connect(self.on_task_finished)
        self.sig_task_failed.connect(self.on_task_failed)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def on_task_finished(self, result: object) -> None:
        self.job = None
        _ALIVE.discard(self)
        self.deleteLater()
        if self.on_done is not None and self._owner_alive():
            self.on_done(result)

    @Slot(object)
    def on_task_failed(self, exc: object) -> None:
        self.job = None
        _ALIVE.discard(self)
        self.deleteLater()
        if self.on_error is not None and self._owner_alive() and isinstance(exc, BaseException):
            self.on_error(exc)


_ALIVE: set[Task] = set()


class _Job(QRunnable):
    """The pool-thread end. Not auto-deleted: Qt would destroy the Python-made runnable on the pool
    thread right after `run()`, which crashed the interpreter now and then (a segfault in a thread with
    no Python frame, ~40 % of UI test runs). The Task drops it on the GUI thread instead."""

    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._task = task
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # every failure goes back to the screen, none is lost in a thread
            self._task.sig_task_failed.emit(exc)
        else:
            self._task.sig_task_finished.emit(result)


class Worker(QObject):
    """Submits callables to a thread pool; answers reach the callbacks while the Worker lives."""

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._lanes: dict[str, Worker] = {}

    def lane(self, name: str) -> Worker:
        """A worker with one thread of its own, for slow work (network look-ups).

        An unreachable backend holds a look-up for its whole connect timeout; on the shared pool a
        few of them would hold up search as you type. One thread also means the look-up's HTTP
        session is only ever used by one thread at a time.
        """
        lane = self._lanes.get(name)
        if lane is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            lane = Worker(self, pool=pool)
            self._lanes[name] = lane
        return lane

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Task:
        """Run `fn(*args)` on the pool; `on_done(result)` / `on_error(exc)` run on the GUI thread.

        Pass the callbacks here: a connection made to the returned Task afterwards may miss a fast job.
        Once this Worker (usually owned by a window) is destroyed, late answers are dropped.
        """
        task = Task(self, on_done, on_error)
        task.job = _Job(task, fn, args)
        self._pool.start(task.job)
        return task

    def pending(self) -> int:
        """Answers not yet delivered (all Workers)."""
        return len(_ALIVE)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Wait for the pool and the lanes (shutdown and tests only; never on the hot path)."""
        done = all(lane.wait_for_done(msecs) for lane in self._lanes.values())
        return self._pool.waitForDone(msecs) and done
