"""The webhook channel: POST the event's JSON, signed; any 2xx answer is a delivery.

`WebhookTransport` is the port (tests may pass their own); `HttpWebhookTransport` the real one over
`requests`, with a time-out and without following redirects (a redirect is not a receipt).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import orjson
import requests

from backend.notify.signature import sign


class DeliveryError(Exception):
    """A delivery that did not happen; its text is the row's `last_error`."""


class WebhookTransport(Protocol):
    def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> int:
        """Send one request; the HTTP status (raise OSError or requests' errors when none came)."""
        ...


class HttpWebhookTransport:
    def __init__(self, timeout_s: float) -> None:
        self._timeout_s = timeout_s
        self._http = requests.Session()

    def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> int:
        answer = self._http.post(
            url, data=body, headers=dict(headers), timeout=self._timeout_s, allow_redirects=False
        )
        answer.close()
        return answer.status_code


def deliver_webhook(
    transport: WebhookTransport, *, url: str, secret: str, event: dict[str, Any], timestamp: int
) -> None:
    """Send `event` to `url`, signed with `secret` at `timestamp`; DeliveryError unless a 2xx came."""
    body = orjson.dumps(event)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "store-backend-notifications/1",
        "X-Store-Event-Id": str(event["event_id"]),
        "X-Store-Timestamp": str(timestamp),
        "X-Store-Signature": sign(secret, timestamp, body),
    }
    try:
        status = transport.post(url, body, headers)
    except (OSError, requests.RequestException) as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
    if not 200 <= status < 300:
        raise DeliveryError(f"HTTP {status} from {url}")
