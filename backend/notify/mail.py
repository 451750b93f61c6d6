"""The e-mail channel: a customer's message in the store's language, sent over SMTP.

`build_message` renders the kind's template (backend/notify_templates) into a text part and an HTML
alternative; "ready" and "reminder" carry the pickup code in two groups of four, the QR payload as
text, and the QR code as a PNG inline in the HTML (`cid:`) made with segno. The Message-ID derives
from the event id, so a mail sent twice (at least once) is recognisably the same message.
`MailTransport` is the port; `SmtpTransport` the real one (smtplib, optional STARTTLS and login).
"""

from __future__ import annotations

import html
import io
import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any, Protocol

import segno

from backend.notify.webhook import DeliveryError
from backend.notify_templates import render
from contract.pickup import qr_payload

WITH_CODE = ("ready", "reminder")


class MailTransport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Hand the message to the mail server; raise smtplib's or OSError's errors when it refuses."""
        ...


class SmtpTransport:
    def __init__(
        self,
        host: str,
        port: int,
        *,
        starttls: bool = False,
        user: str | None = None,
        password: str | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        self.host, self.port, self.starttls = host, port, starttls
        self.user, self.password, self.timeout_s = user, password, timeout_s

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(message)


def grouped(code: str) -> str:
    """A pickup code as customers read it: `4827 1930`."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def qr_png(payload: str) -> bytes:
    """The pickup QR code as a PNG (error correction M, 6 px per module, the standard quiet zone)."""
    out = io.BytesIO()
    segno.make_qr(payload, error="m", boost_error=False).save(out, kind="png", scale=6, border=4)
    return out.getvalue()


def build_message(event: dict[str, Any], *, recipient: str, sender: str, now: datetime) -> EmailMessage:
    """The customer's e-mail for one outbox row's payload (the event with `store` and `customer`)."""
    order, store, kind = event["order"], event["store"], event["type"].removeprefix("web_order.")
    payload = qr_payload(order["order_number"], order["pickup_code"])
    values = {
        "order_number": order["order_number"],
        "customer_name": event["customer"]["name"],
        "store_name": store["name"],
        "store": f"{store['name']}, {store['address']}" if store.get("address") else store["name"],
        "pickup_code": grouped(order["pickup_code"]),
        "qr_payload": payload,
    }
    subject, text = render(store["language"], kind, values)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = format_datetime(now)
    message["Message-ID"] = f"<{event['event_id']}@store-backend.invalid>"
    message["X-Store-Event-Id"] = event["event_id"]
    message["Content-Language"] = store["language"]
    message.set_content(text)
    paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    if kind not in WITH_CODE:
        message.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
        return message
    cid = f"pickup-qr-{event['event_id']}@store-backend.invalid"
    image = f'<p><img src="cid:{cid}" alt="{html.escape(payload)}" width="240" height="240"></p>'
    message.add_alternative(f"<html><body>{paragraphs}{image}</body></html>", subtype="html")
    parts = message.get_payload()
    assert isinstance(parts, list)  # [text, html] after add_alternative
    html_part = parts[1]
    assert isinstance(html_part, EmailMessage)
    html_part.add_related(
        qr_png(payload), "image", "png", cid=f"<{cid}>", disposition="inline", filename="pickup-qr.png"
    )
    return message


def deliver_mail(transport: MailTransport, message: EmailMessage) -> None:
    """Send; DeliveryError with the server's answer when it refuses or cannot be reached."""
    try:
        transport.send(message)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
