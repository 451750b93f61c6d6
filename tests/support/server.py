"""Run an ASGI app under uvicorn on an ephemeral loopback port in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


class _PromptServer(uvicorn.Server):
    """uvicorn's Server, noticing `should_exit` within 10 ms instead of at its next 100 ms tick (a few
    hundred tests stop a server in their tear-down); `on_tick` still runs every 100 ms."""

    async def main_loop(self) -> None:
        polls = 0
        should_exit = await self.on_tick(0)
        while not should_exit:
            await asyncio.sleep(0.01)
            polls += 1
            if self.should_exit:
                break
            if polls % 10 == 0:
                should_exit = await self.on_tick(polls // 10 % 864000)


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Yield the base URL (http://127.0.0.1:PORT) while the server runs; stop it afterwards."""
    # proto=IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it a response written in two parts (head, then body) waits for the client's delayed ACK
    # (~40 ms per request on loopback). uvicorn's own bind_socket does the same.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
    server = _PromptServer(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
