"""A small TCP proxy in front of the backend that holds back requests of chosen methods at a gate.

`GateProxy(host, port, held=(b"DELETE",))` forwards everything, but a request that begins with a
held method waits at the gate until the test opens it (`open()`); `arrived` is set the moment one
such request reached the proxy. So a test can say in which order things happened (the till's void
was committed while its release was still waiting here) instead of measuring how long they took.
A request is held at most `hold_for` seconds, then let through: a till that waited for it (the
defect these tests guard against) gets its answer only then, too late for the test's ordering.
Each request goes upstream on a connection of its own, with `Connection: close`.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Sequence
from types import TracebackType


class GateProxy:
    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        held: Sequence[bytes] = (b"DELETE",),
        hold_for: float = 30.0,
    ) -> None:
        self.target = (target_host, target_port)
        self.hold_for = hold_for
        self.held = tuple(m + b" " for m in held)
        self.arrived = threading.Event()  # a held request reached the gate
        self.passed = 0  # held requests let through
        self._gate = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def open(self) -> None:
        """Let the held requests through, and every later one."""
        self._gate.set()

    def __enter__(self) -> GateProxy:
        self._thread.start()
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self._stopped.set()
        self._gate.set()
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
            pass  # wakes the accept loop
        self._thread.join(5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._stopped.is_set():
                client.close()
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        """One request per connection: held at the gate if its method says so, then sent upstream on a
        connection of its own opened only then (a server's idle keep-alive timeout cannot end it
        while it waits), with `Connection: close` so the answer ends the exchange."""
        upstream: socket.socket | None = None
        try:
            data = client.recv(65536)
            if not data:
                return
            if data.startswith(self.held) and not self._gate.is_set():
                self.arrived.set()
                self._gate.wait(self.hold_for)
                with self._lock:
                    self.passed += 1
            upstream = socket.create_connection(self.target, timeout=30)
            upstream.sendall(_closing(data))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            self._pump(upstream, client)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
                if sock is None:
                    continue
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass


_CONNECTION = re.compile(rb"\r\nconnection:[^\r]*", re.IGNORECASE)


def _closing(request: bytes) -> bytes:
    """The request with `Connection: close` (its head arrives in the first chunk)."""
    head, sep, body = request.partition(b"\r\n\r\n")
    head = _CONNECTION.sub(b"", head)
    line, _, headers = head.partition(b"\r\n")
    return line + b"\r\nConnection: close" + (b"\r\n" + headers if headers else b"") + sep + body
