"""A restart rebuilds the console's view from Kafka: alerts, assessments and actions."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from services.adapters.topics import Topics
from tests.browser.conftest import ConsoleThread, publish
from tests.console_samples import PASSWORDS, alert, assessment, resolved

pytestmark = pytest.mark.kafka


async def _signed_in(url: str, username: str) -> tuple[httpx.AsyncClient, str]:
    client = httpx.AsyncClient(base_url=url)
    form = (await client.get("/signin")).text
    token = form.split('name="csrf_token" value="')[1].split('"')[0]
    await client.post(
        "/signin",
        data={"csrf_token": token, "username": username, "password": PASSWORDS[username]},
    )
    page = (await client.get("/alerts")).text
    return client, page.split('name="csrf_token" value="')[1].split('"')[0]


async def test_a_restarted_console_shows_what_it_showed_before(
    kafka_bootstrap: str, topics: Topics, producer: AIOKafkaProducer
) -> None:
    now = datetime.now(UTC)
    kept, gone = alert("R-1", now=now), alert("R-2", now=now)
    for item in (kept, gone):
        await publish(producer, topics.alerts, item.alert_id, item)
    await publish(producer, topics.alerts, gone.alert_id, resolved(gone, now))
    await publish(producer, topics.assessments, "R-1", assessment("R-1"))

    first = ConsoleThread(kafka_bootstrap, topics)
    client, csrf = await _signed_in(first.start(), "alice")
    try:
        posted = await client.post(
            "/actions",
            data={"csrf_token": csrf, "alert_id": kept.alert_id, "action": "assign",
                  "payload": "PC 4711"},
            headers={"accept": "application/json"},
        )  # fmt: skip
        assert posted.status_code == 201
        before = (await client.get("/api/alerts")).json()
    finally:
        await client.aclose()
        first.stop()

    second = ConsoleThread(kafka_bootstrap, topics)  # healthy only once rebuilt
    client, _ = await _signed_in(second.start(), "alice")
    try:
        after = (await client.get("/api/alerts")).json()
    finally:
        await client.aclose()
        second.stop()

    assert [a["alert_id"] for a in after["open"]] == [kept.alert_id]
    assert [a["alert_id"] for a in after["resolved"]] == [gone.alert_id]
    assert after["open"][0]["assigned"]["detail"] == "PC 4711"
    assert after["open"][0]["reasons"] == list(assessment("R-1").reasons)
    assert after["open"][0]["actions"] == before["open"][0]["actions"]
