"""Delivering the outbox over real channels: a webhook receiver and an SMTP server on loopback.

The worker's clock is a fake one that tests move through the backoff (an hour down in a few hundred
rounds, no sleeping); the network, the servers and the database are real.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import random
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta

import pytest
import requests
import segno
from sqlalchemy import select

from backend.app import create_app
from backend.cli import main
from backend.db import Database
from backend.models import Notification, Store, WebOrder
from backend.notify.mail import grouped
from backend.notify.signature import sign, verify
from backend.notify.webhook import HttpWebhookTransport
from backend.notify.worker import DeliveryWorker
from backend.services import notifications
from backend.services.outbox import BASE_S, CAP_S, claim, settle
from backend.settings import Settings
from contract.pickup import qr_payload
from tests.backend.notify_parts import (
    FakeClock,
    MailBox,
    WebhookReceiver,
    png_modules,
    receiving,
    smtp_server,
)
from tests.backend.test_notifications import notify, place, rows
from tests.support.server import free_port, serve_in_thread

SECRET = "shop-secret"


class RecordingTransport:
    """The real HTTP transport, noting when (by the worker's clock) each attempt was made."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.inner, self.at = clock, HttpWebhookTransport(2.0), list[datetime]()
        self.sent: list[tuple[str, bytes, dict[str, str]]] = []

    def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> int:
        self.at.append(self.clock())
        self.sent.append((url, body, dict(headers)))
        return self.inner.post(url, body, headers)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def box() -> Iterator[tuple[MailBox, int]]:
    mailbox = MailBox()
    with smtp_server(mailbox) as port:
        yield mailbox, port


def worker_for(
    db: Database, clock: FakeClock, *, smtp_port: int | None = None, max_attempts: int = 15, **kw: object
) -> DeliveryWorker:
    settings = Settings(
        db_url=db.url,
        smtp_host="127.0.0.1" if smtp_port else None,
        smtp_port=smtp_port or 25,
        smtp_from="Baumarkt <store@example.test>",
        notify_max_attempts=max_attempts,
    )
    return DeliveryWorker(db, settings, clock=clock, rng=random.Random(7).random, **kw)  # type: ignore[arg-type]


def subscribe(db: Database, url: str) -> int:
    with db.write() as session:
        return notifications.add_subscription(session, url, SECRET)


def test_ready_is_delivered_by_mail_in_the_stores_language_and_by_signed_webhook(
    db: Database, clock: FakeClock, box: tuple[MailBox, int], base_url: str, shop: dict[str, str]
) -> None:
    mailbox, port = box
    with db.write() as session:
        store = session.get(Store, "S001")
        assert store is not None
        store.language, store.address = "hu", "Váci utca 1, 1052 Budapest"
    receiver = WebhookReceiver(SECRET, clock)
    with receiving(receiver) as url:
        subscribe(db, url)
        place(db, "W-1")
        notify(db, "W-1", "ready", status="ready")
        assert worker_for(db, clock, smtp_port=port).run_once() == {"delivered": 2}
    with db.read() as session:
        code = session.get(WebOrder, "W-1").pickup_code  # type: ignore[union-attr]
    (raw,) = mailbox.messages
    assert mailbox.recipients == [["julia@example.test"]]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == "A(z) W-1 számú rendelése átvehető"
    assert message["To"] == "julia@example.test"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    payload = qr_payload("W-1", code)
    assert f"Átvételi kód: {code[:4]} {code[4:]}" in text
    assert f"A QR-kód szövege: {payload}" in text
    assert "Store S001, Váci utca 1, 1052 Budapest" in text
    assert "Kedves Julia Hoffmann!" in text
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    (image,) = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert f'src="cid:{image["Content-ID"].strip().strip("<>")}"' in html
    expected = [list(row) for row in segno.make_qr(payload, error="m", boost_error=False).matrix]
    assert png_modules(image.get_content(), scale=6, border=4) == expected
    (post,) = receiver.accepted
    assert post.body["event_id"] == message["X-Store-Event-Id"] == post.event_id
    assert post.body["type"] == "web_order.ready"
    assert post.body["order"]["status"] == "ready"
    assert post.body["order"]["pickup_code"] == code
    assert set(post.body) == {"event_id", "type", "occurred_at", "order", "data"}
    order = requests.get(f"{base_url}/v1/web-orders/W-1", headers=shop, timeout=10).json()
    assert order["status"] == "ready"  # notified is not collected
    assert sorted((n["channel"], n["status"], n["attempts"]) for n in order["notifications"]) == [
        ("email", "delivered", 1),
        ("webhook", "delivered", 1),
    ]
    assert all(n["delivered_at"] for n in order["notifications"])


def test_grouped_code() -> None:
    assert grouped("48271930") == "4827 1930"


@pytest.mark.parametrize("lose_acks", [0, 1], ids=["acks", "one-ack-lost"])
def test_a_receiver_down_for_an_hour_gets_each_event_after_it_is_back(
    db: Database, clock: FakeClock, lose_acks: int
) -> None:
    port = free_port()  # nothing listens here: connections are refused
    subscribe(db, f"http://127.0.0.1:{port}/hooks/orders")
    numbers = ["W-1", "W-2", "W-3"]
    for n, number in enumerate(numbers):
        place(db, number, email=None, customer=f"C{n}")
        notify(db, number, "ready", status="ready")
    transport = RecordingTransport(clock)
    worker = worker_for(db, clock, webhooks=transport)
    start = clock()
    while clock() < start + timedelta(hours=1):
        worker.run_once()
        clock.advance(10)
    down = [r for number in numbers for r in rows(db, number)]
    assert {r.status for r in down} == {"pending"}
    assert all(6 <= r.attempts <= 9 for r in down), [r.attempts for r in down]
    assert all("Connection" in r.last_error for r in down), down[0].last_error
    first = [t for t, (_u, body, _h) in zip(transport.at, transport.sent, strict=True) if b'"W-1"' in body]
    for n, (before, after) in enumerate(itertools.pairwise(first), start=1):
        delay = min(CAP_S, BASE_S * 2 ** (n - 1))
        assert delay / 2 <= (after - before).total_seconds() <= delay + 10  # one 10 s round of slack
    receiver = WebhookReceiver(SECRET, clock, lose_acks=lose_acks)
    with receiving(receiver, port):
        while any(r.status == "pending" for number in numbers for r in rows(db, number)):
            assert clock() < start + timedelta(hours=3), "not delivered after the receiver came back"
            worker.run_once()
            clock.advance(10)
    assert {r.status for number in numbers for r in rows(db, number)} == {"delivered"}
    assert len(receiver.seen) == 3  # each event id, once after the receiver's dedupe
    assert len(receiver.accepted) == 3 + lose_acks  # at least once: a lost ack means one more post


@pytest.mark.parametrize("refusal", ["421 4.3.2 Service not available", "550 5.7.1 Mailbox unavailable"])
def test_a_refusing_mail_server_is_retried_then_dead_lettered_and_retried_by_a_manager(  # noqa: PLR0917  # pytest passes fixtures by position
    db: Database,
    clock: FakeClock,
    box: tuple[MailBox, int],
    backend_db_url: str,
    capsys: pytest.CaptureFixture[str],
    refusal: str,
) -> None:
    mailbox, port = box
    mailbox.refuse = refusal
    place(db, "W-1")
    notify(db, "W-1", "reminder", status="ready")
    worker = worker_for(db, clock, smtp_port=port, max_attempts=4)
    for attempt in range(1, 4):
        assert worker.run_once() == {"pending": 1}
        (row,) = rows(db, "W-1")
        assert (row.status, row.attempts) == ("pending", attempt)
        assert refusal.split(maxsplit=1)[0] in row.last_error
        assert "SMTPDataError" in row.last_error
        assert worker.run_once() == {}  # backing off: nothing due yet
        clock.advance(3600)
    assert worker.run_once() == {"dead": 1}
    (row,) = rows(db, "W-1")
    assert (row.status, row.attempts, mailbox.refused) == ("dead", 4, 4)
    assert main(["--db", backend_db_url, "notifications", "list", "--status", "dead"]) == 0
    listing = capsys.readouterr().out
    assert f"{row.notification_id}\tW-1\treminder\temail\tdead\t4 attempts\t" in listing
    assert refusal.split(maxsplit=1)[0] in listing
    mailbox.refuse = None
    assert main(["--db", backend_db_url, "notifications", "retry", str(row.notification_id)]) == 0
    assert worker.run_once() == {"delivered": 1}
    assert len(mailbox.messages) == 1
    (row,) = rows(db, "W-1")
    assert (row.status, row.attempts, row.delivered_at) == ("delivered", 1, clock())


def test_a_notification_older_than_its_max_age_is_dead_after_its_next_failure(
    db: Database, clock: FakeClock
) -> None:
    subscribe(db, f"http://127.0.0.1:{free_port()}/down")
    place(db, "W-1", email=None)
    notify(db, "W-1", "placed")
    worker = worker_for(db, clock, max_attempts=100)
    assert worker.run_once() == {"pending": 1}
    clock.advance(25 * 3600)
    assert worker.run_once() == {"dead": 1}
    assert [(r.status, r.attempts) for r in rows(db, "W-1")] == [("dead", 2)]


def test_a_wrong_secret_or_a_replay_is_refused_by_the_receiver(db: Database, clock: FakeClock) -> None:
    receiver = WebhookReceiver("the receiver's other secret", clock)
    transport = RecordingTransport(clock)
    with receiving(receiver) as url:
        subscribe(db, url)
        place(db, "W-1", email=None)
        notify(db, "W-1", "picking", status="picking")
        assert worker_for(db, clock, webhooks=transport).run_once() == {"pending": 1}
        (post,) = receiver.posts
        assert not post.signed
        assert not receiver.seen
        (row,) = rows(db, "W-1")
        assert row.last_error == f"HTTP 401 from {url}"
        receiver.secret = SECRET  # now the right one: a replay of that request ten minutes on is stale
        _url, body, headers = transport.sent[0]
        assert verify(
            SECRET,
            timestamp=headers["X-Store-Timestamp"],
            signature=headers["X-Store-Signature"],
            body=body,
            now=clock().timestamp(),
        )
        clock.advance(600)
        assert requests.post(url, data=body, headers=headers, timeout=5).status_code == 401
        assert receiver.posts[-1].signed
        assert not receiver.posts[-1].fresh


def test_several_workers_never_deliver_one_row_twice(db: Database, clock: FakeClock) -> None:
    receiver = WebhookReceiver(SECRET, clock, delay_s=0.02)
    with receiving(receiver) as url:
        subscribe(db, url)
        place(db, "W-1", email=None)
        for kind in notifications.KINDS * 3:  # 30 events of one order
            notify(db, "W-1", kind)
        databases = [Database(db.url) for _ in range(4)]  # one per "process"
        workers = [worker_for(d, clock, batch=3) for d in databases]  # type: ignore[arg-type]
        threads = [threading.Thread(target=w.run_once) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        for database in databases:
            database.dispose()
    assert len(receiver.posts) == len(receiver.seen) == 30
    with db.read() as session:
        assert {(r.status, r.attempts) for r in session.execute(select(Notification)).scalars()} == {
            ("delivered", 1)
        }


def test_a_lease_of_a_worker_that_died_expires_and_the_row_is_delivered_again(
    db: Database, clock: FakeClock
) -> None:
    receiver = WebhookReceiver(SECRET, clock)
    with receiving(receiver) as url:
        subscribe(db, url)
        place(db, "W-1", email=None)
        notify(db, "W-1", "ready", status="ready")
        with db.write() as session:
            (stale,) = claim(session, now=clock(), lease=timedelta(seconds=300), limit=5)
        worker = worker_for(db, clock)
        assert worker.run_once() == {}  # leased: nobody else takes it
        assert not receiver.posts
        clock.advance(301)
        assert worker.run_once() == {"delivered": 1}
    with db.write() as session:  # the dead worker's late outcome changes nothing
        assert settle(session, stale, now=clock(), error="late", max_attempts=5, rng=random.random) is None
    assert [(r.status, r.attempts, r.last_error) for r in rows(db, "W-1")] == [("delivered", 1, "")]


def test_a_delivery_starts_only_while_its_lease_outlasts_the_time_out(db: Database, clock: FakeClock) -> None:
    class Slow(RecordingTransport):
        def post(self, url: str, body: bytes, headers: Mapping[str, str]) -> int:
            status = super().post(url, body, headers)
            clock.advance(200)  # each delivery takes most of the 300 s lease
            return status

    receiver = WebhookReceiver(SECRET, clock)
    with receiving(receiver) as url:
        subscribe(db, url)
        place(db, "W-1", email=None)
        for kind in ("placed", "picking", "ready"):
            notify(db, "W-1", kind)
        transport = Slow(clock)
        outcome = worker_for(db, clock, webhooks=transport, batch=3).run_once()
    assert outcome["delivered"] == 3
    assert outcome["released"] >= 1  # given back instead of sent on a lease about to run out
    assert len(receiver.posts) == len(receiver.seen) == 3
    assert [(r.status, r.attempts) for r in rows(db, "W-1")] == [("delivered", 1)] * 3


def test_without_smtp_server_mail_is_skipped_and_a_removed_webhook_too(
    db: Database, clock: FakeClock
) -> None:
    gone = subscribe(db, "http://127.0.0.1:9/gone")
    place(db, "W-1")
    notify(db, "W-1", "ready", status="ready")
    with db.write() as session:
        notifications.deactivate_subscription(session, gone)
    assert worker_for(db, clock).run_once() == {"skipped": 2}
    assert sorted(r.last_error for r in rows(db, "W-1")) == [
        "no SMTP server configured",
        "the webhook subscription was removed",
    ]


def test_the_served_app_delivers_in_its_own_thread(db: Database, backend_db_url: str) -> None:
    receiver = WebhookReceiver(SECRET, FakeClock())
    settings = Settings(db_url=backend_db_url, notify_worker=True, notify_poll_seconds=0.05)
    with receiving(receiver) as url, serve_in_thread(create_app(settings)):
        subscribe(db, url)
        place(db, "W-1", email=None)
        notify(db, "W-1", "ready", status="ready")
        deadline = time.monotonic() + 10
        while not receiver.seen:
            assert time.monotonic() < deadline, "the delivery thread delivered nothing"
            time.sleep(0.02)
    assert [r.status for r in rows(db, "W-1")] == ["delivered"]


def test_cli_webhook_subscriptions_and_one_delivery_round(
    db: Database,
    backend_db_url: str,
    box: tuple[MailBox, int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox, port = box
    receiver = WebhookReceiver(SECRET, FakeClock())
    with receiving(receiver) as url:
        assert main(["--db", backend_db_url, "webhook", "add", url, "--secret", SECRET]) == 0
        sub_id = int(capsys.readouterr().out)
        assert main(["--db", backend_db_url, "webhook", "add", "ftp://x", "--secret", "s"]) == 2
        assert main(["--db", backend_db_url, "webhook", "list"]) == 0
        assert capsys.readouterr().out == f"{sub_id}\tactive\t{url}\n"
        place(db, "W-1")
        notify(db, "W-1", "cancelled", status="cancelled")
        monkeypatch.setenv("STORE_BACKEND_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("STORE_BACKEND_SMTP_PORT", str(port))
        assert main(["--db", backend_db_url, "deliver", "--once"]) == 0
        assert capsys.readouterr().out == "2 delivered\n"
        assert main(["--db", backend_db_url, "deliver", "--once"]) == 0
        assert capsys.readouterr().out == "nothing due\n"
        assert main(["--db", backend_db_url, "webhook", "remove", str(sub_id)]) == 0
        assert main(["--db", backend_db_url, "webhook", "remove", "999"]) == 2
    message = email.message_from_bytes(mailbox.messages[0], policy=email.policy.default)
    assert message["Subject"] == "Ihre Bestellung W-1 wurde storniert"
    assert not [p for p in message.walk() if p.get_content_type() == "image/png"]  # no code when cancelled
    assert len(receiver.seen) == 1


def test_the_signature_covers_timestamp_and_body() -> None:
    body = b'{"event_id":"e1"}'
    good = sign("secret", 1_700_000_000, body)
    assert good.startswith("sha256=")
    assert len(good) == 7 + 64
    assert verify("secret", timestamp="1700000000", signature=good, body=body, now=1_700_000_100)
    assert not verify("other", timestamp="1700000000", signature=good, body=body, now=1_700_000_100)
    assert not verify("secret", timestamp="1700000001", signature=good, body=body, now=1_700_000_100)
    assert not verify("secret", timestamp="1700000000", signature=good, body=body + b" ", now=1_700_000_100)
    assert not verify("secret", timestamp="1700000000", signature=good, body=body, now=1_700_000_301)


def test_managers_list_dead_notifications_and_retry_them(
    db: Database, base_url: str, shop: dict[str, str]
) -> None:
    place(db, "W-1")
    notify(db, "W-1", "ready", status="ready")
    (row,) = rows(db, "W-1")
    with db.write() as session:
        session.get(Notification, row.notification_id).status = "dead"  # type: ignore[union-attr]
    listed = requests.get(f"{base_url}/v1/notifications", params={"status": "dead"}, headers=shop, timeout=10)
    assert [n["notification_id"] for n in listed.json()["notifications"]] == [row.notification_id]
    assert requests.get(f"{base_url}/v1/notifications", timeout=10).status_code == 401
    retried = requests.post(
        f"{base_url}/v1/notifications/{row.notification_id}/retry", headers=shop, timeout=10
    )
    assert retried.status_code == 200
    assert retried.json()["status"] == "pending"
    again = requests.post(
        f"{base_url}/v1/notifications/{row.notification_id}/retry", headers=shop, timeout=10
    )
    assert again.status_code == 409
    assert again.json()["error"] == "notification.not_retryable"
    missing = requests.post(f"{base_url}/v1/notifications/999999/retry", headers=shop, timeout=10)
    assert missing.status_code == 404
