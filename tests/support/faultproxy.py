"""A small TCP proxy that forwards requests to a server and can drop the response on the floor.

`drop_responses = n` makes the next n connections forward the client's request, wait for the
server's answer to begin (so the server has committed), then close the client connection without
relaying a byte: the client sees a broken connection although the server applied the request.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class FaultProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.drop_responses = 0
        self.dropped = 0
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

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self._stopped.set()
        # Closing the listener does not wake a thread blocked in accept() (Linux): a connection does.
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
            pass
        self._thread.join(5)
        assert not self._thread.is_alive(), "the proxy's accept loop did not stop"
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
            with self._lock:
                drop = self.drop_responses > 0
                if drop:
                    self.drop_responses -= 1
            threading.Thread(target=self._handle, args=(client, drop), daemon=True).start()

    def _handle(self, client: socket.socket, drop: bool) -> None:
        upstream = socket.create_connection(self.target, timeout=30)
        threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
        try:
            if drop:
                upstream.recv(1)  # the response has started: the server's transaction is committed
                with self._lock:
                    self.dropped += 1
                return
            self._pump(upstream, client)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):
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
