"""The state machine tells the outbox: every change of a web order, made by the web shop or by a till's
events over HTTP, leaves its notifications in the same transaction, and the worker delivers them over
a real webhook receiver and a real SMTP server. "Notified" never reads as "collected"."""

from __future__ import annotations

import email
import email.policy
import random
from collections.abc import Iterator

import pytest
import requests

from backend.db import Database
from backend.notify.worker import DeliveryWorker
from backend.services import notifications
from backend.settings import Settings
from tests.backend.notify_parts import FakeClock, MailBox, WebhookReceiver, receiving, smtp_server
from tests.backend.pickups import handed_over, handover_visit, place, push, ready, shown, started
from tests.backend.tills import Till, web_order

SECRET = "shop-secret"
LINES = [
    {"sku": "SKU-2", "quantity": "2", "unit_price_minor": 299},
    {"sku": "SKU-3", "quantity": "1", "unit_price_minor": 399},
]


@pytest.fixture
def box() -> Iterator[tuple[MailBox, int]]:
    mailbox = MailBox()
    with smtp_server(mailbox) as port:
        yield mailbox, port


def _worker(db: Database, clock: FakeClock, smtp_port: int) -> DeliveryWorker:
    settings = Settings(
        db_url=db.url, smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_from="Baumarkt <store@example.test>"
    )
    return DeliveryWorker(db, settings, clock=clock, rng=random.Random(3).random)


def _ok(answer: requests.Response) -> None:
    assert answer.status_code == 200, answer.text
    assert all(r["status"] in ("applied", "duplicate") for r in answer.json()["results"]), answer.text


def test_each_change_of_an_order_reaches_the_shop_and_the_customer_once(
    till: Till, db: Database, base_url: str, shop: dict[str, str], box: tuple[MailBox, int]
) -> None:
    mailbox, port = box
    clock = FakeClock()
    receiver = WebhookReceiver(SECRET, clock)
    with receiving(receiver) as url:
        with db.write() as session:
            notifications.add_subscription(session, url, SECRET)
        order = web_order("W-7", lines=LINES)
        order["customer"]["email"] = "julia@example.test"
        placed = place(base_url, shop, order)
        _ok(push(till, started(till, "W-7")))
        _ok(push(till, ready(till, "W-7", (1, "SKU-2", "2", "0"), (2, "SKU-3", "1", "0"))))
        # A double tap at the till: the same figures again change nothing and tell nobody again.
        _ok(push(till, ready(till, "W-7", (1, "SKU-2", "2", "0"), (2, "SKU-3", "1", "0"))))
        worker = _worker(db, clock, port)
        assert worker.run_once() == {"delivered": 4}  # placed, picking, ready by webhook; ready by mail
        assert shown(base_url, shop, "W-7")["status"] == "ready"  # notified is not collected

        # The customer takes the drill and refuses the second article: it settles itself.
        visit = handover_visit(till, "W-7", (1, "SKU-2", "2"))
        handover = handed_over(
            till,
            "W-7",
            {"order_line_no": 1, "sku": "SKU-2", "collected": "2"},
            {"order_line_no": 2, "sku": "SKU-3", "collected": "0", "refused": "1", "reason": "damaged"},
        )
        _ok(push(till, visit, handover))
        worker.run_once()

    kinds = [post.body["type"] for post in receiver.accepted]
    assert kinds[:3] == ["web_order.placed", "web_order.picking", "web_order.ready"]
    assert "web_order.partially_collected" in kinds
    assert "web_order.refund_requested" in kinds
    assert "web_order.collected" not in kinds
    assert len({post.event_id for post in receiver.accepted}) == len(receiver.accepted)  # once per event
    subjects = [
        email.message_from_bytes(raw, policy=email.policy.default)["Subject"] for raw in mailbox.messages
    ]
    assert len(subjects) >= 2  # ready, and what became of the refused article
    ready_mail = email.message_from_bytes(mailbox.messages[0], policy=email.policy.default)
    text = ready_mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    code = placed["pickup_code"]
    assert f"{code[:4]} {code[4:]}" in text
    assert f"P:W-7:{code}" in text
    view = shown(base_url, shop, "W-7")
    assert view["status"] == "partially_collected"
    assert {n["status"] for n in view["notifications"]} == {"delivered"}
    assert {n["kind"] for n in view["notifications"]} >= {"placed", "ready", "partially_collected"}


@pytest.mark.parametrize("handover_first", [False, True])
def test_one_handover_tells_collected_once_whichever_of_its_two_events_comes_first(
    till: Till, db: Database, base_url: str, shop: dict[str, str], handover_first: bool
) -> None:
    """A handover reaches the backend as its visit's lines and as `pickup.handed_over`: one
    `collected` in the history and one notification, not one per event."""
    clock = FakeClock()
    receiver = WebhookReceiver(SECRET, clock)
    with receiving(receiver) as url:
        with db.write() as session:
            notifications.add_subscription(session, url, SECRET)
        place(base_url, shop, web_order("W-8", lines=LINES[:1]))
        line = {"order_line_no": 1, "sku": "SKU-2", "collected": "2"}
        receipt = f"{till.store_id}-{till.terminal_id}-{till.receipts + 1:06d}"
        if handover_first:  # e.g. the visit's event was held back: the till's seq order decides
            events = [handed_over(till, "W-8", line, receipt=receipt)]
            events.append(handover_visit(till, "W-8", (1, "SKU-2", "2")))
        else:
            events = [handover_visit(till, "W-8", (1, "SKU-2", "2"))]
            events.append(handed_over(till, "W-8", line, receipt=receipt))
        for event in events:  # one batch each, in this order
            _ok(push(till, event))
        _worker(db, clock, 0).run_once()
    view = shown(base_url, shop, "W-8")
    assert view["status"] == "collected"
    assert view["lines"][0]["collected"] == "2"
    assert [h["status"] for h in view["history"]] == ["placed", "collected"]
    assert [p.body["type"] for p in receiver.accepted] == ["web_order.placed", "web_order.collected"]
