"""The outbox's write side: enqueue per channel in the caller's transaction, the order view, the
templates of every kind and language, the manager's list and retry, subscriptions and the migration."""

from __future__ import annotations

from pathlib import Path
from string import Template

import pytest
import requests
from sqlalchemy import delete, select, text

from backend.db import Database
from backend.migrate import upgrade
from backend.models import Notification, Store, WebOrder
from backend.notify_templates import LANGUAGES, PLACEHOLDERS, TEMPLATES, render
from backend.services import notifications, webshop
from contract.webshop import WebOrderIn
from tests.backend.tills import web_order

ALL_KINDS_WITH_MAIL = (*notifications.EMAIL_KINDS, "collected")


def place(
    db: Database, number: str, *, email: str | None = "julia@example.test", customer: str = "C1"
) -> None:
    """Place an order, leaving no notification behind: placing it enqueues its own `placed` change
    (tests/backend/test_order_notifications.py), and these tests count the kinds they enqueue."""
    body = web_order(number, customer=customer)
    body["customer"]["email"] = email
    with db.write() as session:
        webshop.create_order(session, WebOrderIn.model_validate(body))
        session.flush()
        session.execute(delete(Notification).where(Notification.order_number == number))


def notify(db: Database, number: str, kind: str, *, status: str | None = None) -> None:
    """What the state machine will do: change the order and enqueue in the same transaction."""
    with db.write() as session:
        order = session.get(WebOrder, number)
        assert order is not None
        if status:
            order.status = status
        notifications.enqueue(session, order, kind, {"note": "test"})


def rows(db: Database, number: str) -> list[Notification]:
    with db.read() as session:
        return list(
            session.execute(
                select(Notification)
                .where(Notification.order_number == number)
                .order_by(Notification.notification_id)
            ).scalars()
        )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ALL_KINDS_WITH_MAIL)
def test_every_customer_kind_has_a_complete_text_in_every_language(language: str, kind: str) -> None:
    subject, body = TEMPLATES[language][kind]
    used = set(Template(subject).get_identifiers()) | set(Template(body).get_identifiers())
    assert used <= set(PLACEHOLDERS), f"unknown placeholders {used - set(PLACEHOLDERS)}"
    assert Template(subject).is_valid()
    assert Template(body).is_valid()
    assert "order_number" in used
    if kind in ("ready", "reminder"):
        assert {"pickup_code", "qr_payload", "store"} <= used
    values = {name: f"<{name}>" for name in PLACEHOLDERS}
    rendered_subject, rendered_body = render(language, kind, values)
    assert "$" not in rendered_subject + rendered_body
    assert "\n" not in rendered_subject
    if language != "de":  # translated, not a copy of the German text
        assert rendered_body != render("de", kind, values)[1]


def test_a_language_without_texts_falls_back_to_german() -> None:
    values = {name: name for name in PLACEHOLDERS}
    assert render("fr", "ready", values) == render("de", "ready", values)
    with pytest.raises(KeyError):
        render("de", "ready", {"order_number": "W-1"})  # never sent half-filled


def test_enqueue_writes_one_row_per_channel_under_one_event_id(db: Database) -> None:
    with db.write() as session:
        notifications.add_subscription(session, "http://127.0.0.1:9/a", "s1")
        gone = notifications.add_subscription(session, "http://127.0.0.1:9/b", "s2")
        notifications.add_subscription(session, "http://127.0.0.1:9/c", "s3")
        notifications.deactivate_subscription(session, gone)
    place(db, "W-1")
    notify(db, "W-1", "ready", status="ready")
    ready = rows(db, "W-1")
    assert sorted((r.channel, r.subscription_id is None) for r in ready) == [
        ("email", True),
        ("webhook", False),
        ("webhook", False),
    ]
    assert len({r.event_id for r in ready}) == 1
    email = next(r for r in ready if r.channel == "email")
    assert email.recipient == "julia@example.test"
    assert email.payload["store"] == {"name": "Store S001", "address": None, "language": "de"}
    assert email.payload["order"]["status"] == "ready"
    assert "notifications" not in email.payload["order"]
    assert email.payload["type"] == "web_order.ready"
    assert email.payload["data"] == {"note": "test"}
    notify(db, "W-1", "placed")  # not for the customer: the webhook only
    assert [r.channel for r in rows(db, "W-1")[3:]] == ["webhook", "webhook"]
    place(db, "W-2", email=None, customer="C2")
    notify(db, "W-2", "cancelled")
    assert [r.channel for r in rows(db, "W-2")] == ["webhook", "webhook"]
    with db.write() as session, pytest.raises(ValueError, match="unknown notification kind"):
        notifications.enqueue(session, session.get(WebOrder, "W-1"), "notified")  # type: ignore[arg-type]


def test_a_rolled_back_change_leaves_no_notification(db: Database) -> None:
    place(db, "W-1")

    def transition_that_fails_after_enqueue() -> None:
        with db.write() as session:
            order = session.get(WebOrder, "W-1")
            assert order is not None
            order.status = "ready"
            notifications.enqueue(session, order, "ready")
            raise RuntimeError("the transition failed after enqueue")

    with pytest.raises(RuntimeError):
        transition_that_fails_after_enqueue()
    assert rows(db, "W-1") == []


def test_the_order_view_shows_notifications_with_their_own_status(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(db, "W-1")
    notify(db, "W-1", "ready", status="ready")
    answer = requests.get(f"{base_url}/v1/web-orders/W-1", headers=shop, timeout=10).json()
    assert answer["status"] == "ready"
    assert [
        (n["kind"], n["channel"], n["status"], n["attempts"], n["delivered_at"])
        for n in answer["notifications"]
    ] == [("ready", "email", "pending", 0, None)]


def test_migration_0007_gives_existing_stores_the_language_of_their_country(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade(url, "0005")
    db = Database(url)
    with db.write() as session:
        for store_id, country in (("S1", "DE"), ("S2", "HU"), ("S3", "ID"), ("S4", "FR")):
            session.execute(
                text(
                    "INSERT INTO store (store_id, name, country, currency, price_list) "
                    "VALUES (:s, :s, :c, 'EUR', :c)"
                ),
                {"s": store_id, "c": country},
            )
    db.dispose()
    upgrade(url)
    db = Database(url)
    with db.read() as session:
        languages = {
            row.store_id: row.language for row in session.execute(select(Store.store_id, Store.language))
        }
    db.dispose()
    assert languages == {"S1": "de", "S2": "hu", "S3": "id", "S4": "de"}
