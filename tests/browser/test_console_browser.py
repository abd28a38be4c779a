"""The console in headless Chromium against the real broker: live alerts, acknowledging,
access by area, sign-in redirects, and the README screenshot."""

from __future__ import annotations

import os
import re
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from playwright.async_api import Page, expect

from services.domain.codes import OffenceGroup
from services.domain.outputs import Alert, Rule, Severity
from tests.browser.conftest import RunningConsole, next_actions, publish, sign_in
from tests.console_samples import alert, assessment, resolved

pytestmark = [pytest.mark.browser, pytest.mark.kafka]
# The README's screenshot is refreshed only on request, so a test run leaves the tree clean.
SCREENSHOT = (
    Path(__file__).resolve().parents[2] / "docs" / "console.png"
    if os.environ.get("NCRS_UPDATE_SCREENSHOT")
    else Path(tempfile.gettempdir()) / f"ncrs-console-{os.getpid()}.png"
)


def _live_alert(area: str, **kwargs: object) -> Alert:
    incident = f"INC-{uuid.uuid4().hex[:6].upper()}"
    return alert(incident, area=area, now=datetime.now(UTC), **kwargs)  # type: ignore[arg-type]


def _card(page: Page, alert_id: str):  # type: ignore[no-untyped-def]
    return page.locator(f'[data-alert-id="{alert_id}"]')


async def test_a_signed_out_browser_is_sent_to_sign_in(page: Page, console: RunningConsole) -> None:
    await page.goto(console.url + "/alerts?area=north")

    await expect(page).to_have_url(re.compile(r"/signin\?next="))
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    response = await page.request.get(console.url + "/api/alerts")
    assert response.status == 401


async def test_a_published_alert_appears_live_and_acknowledging_it_is_an_event(
    page: Page, console: RunningConsole, producer: AIOKafkaProducer
) -> None:
    await sign_in(page, console, "alice")
    fresh = _live_alert("north", severity=Severity.CRITICAL)

    await publish(producer, console.topics.alerts, fresh.alert_id, fresh)
    published = time.monotonic()
    await expect(_card(page, fresh.alert_id)).to_be_visible(timeout=2000)
    appeared = time.monotonic() - published

    button = page.get_by_role("button", name=re.compile(f"^Acknowledge.*{fresh.incident_id}"))
    await button.focus()
    await page.keyboard.press("Enter")  # operable from the keyboard
    [(key, event)] = await next_actions(console.bootstrap, console.topics.alert_actions, 1)
    assert key == fresh.incident_id
    assert event["alert_id"] == fresh.alert_id
    assert event["action"] == "acknowledge"
    assert event["actor"] == "alice"
    await expect(_card(page, fresh.alert_id)).to_contain_text("Acknowledged by alice")
    assert appeared < 2.0


async def test_a_user_of_one_area_never_sees_another_areas_alerts(
    page: Page, console: RunningConsole, producer: AIOKafkaProducer
) -> None:
    north, south = _live_alert("north"), _live_alert("south")
    await publish(producer, console.topics.alerts, north.alert_id, north)
    await publish(producer, console.topics.alerts, south.alert_id, south)

    await sign_in(page, console, "bob")  # south only
    await expect(_card(page, south.alert_id)).to_be_visible(timeout=2000)
    await expect(_card(page, north.alert_id)).to_have_count(0)
    assert north.incident_id not in await page.content()

    body = await (await page.request.get(console.url + "/api/alerts")).json()
    assert [a["alert_id"] for a in body["open"]] == [south.alert_id]
    incident = await page.request.get(f"{console.url}/incidents/{north.incident_id}")
    assert incident.status == 404
    token = await page.locator('input[name="csrf_token"]').first.input_value()
    refused = await page.request.post(
        console.url + "/actions",
        form={"csrf_token": token, "alert_id": north.alert_id, "action": "acknowledge"},
    )
    assert refused.status == 403


SHIFT = [  # (incident, rule, severity, deadline in, DA, group, summary, reasons)
    ("WM-24-0113", Rule.RECORDING_OVERDUE, Severity.CRITICAL, timedelta(minutes=-35), True,
     OffenceGroup.STALKING_HARASSMENT,
     "Harassment reported 24 h ago under asb.personal; no crime recorded",
     ("repeated unwanted contact after being told to stop", "domestic_abuse qualifier")),
    ("WM-24-0127", Rule.CRIME_INDICATED, Severity.WARNING, timedelta(hours=2, minutes=10), False,
     OffenceGroup.VIOLENCE_WITH_INJURY,
     "Assault with injury described under welfare.concern_for_safety",
     ("injury described: cut to the head", "victim identified")),
    ("WM-24-0131", Rule.SAFEGUARDING_OVERDUE, Severity.CRITICAL, timedelta(hours=5), True,
     OffenceGroup.VIOLENCE_WITHOUT_INJURY,
     "Domestic abuse flagged; no risk assessment or referral within 24 h",
     ("domestic_abuse qualifier", "threats of violence described")),
]  # fmt: skip


async def test_screenshot_of_a_shift_for_the_readme(
    page: Page, console: RunningConsole, producer: AIOKafkaProducer
) -> None:
    now = datetime.now(UTC)
    for incident, rule, severity, due, da, group, summary, reasons in SHIFT:
        item = alert(incident, rule, severity=severity, deadline_in=due, domestic_abuse=da,
                     group=group, now=now).model_copy(update={"summary": summary})  # fmt: skip
        facts = assessment(incident).model_copy(update={"reasons": reasons, "assessed_at": now})
        await publish(producer, console.topics.alerts, item.alert_id, item)
        await publish(producer, console.topics.assessments, incident, facts)
    done = alert("WM-24-0098", Rule.CRIME_INDICATED, group=OffenceGroup.THEFT, now=now)
    await publish(producer, console.topics.alerts, done.alert_id, done)
    await publish(producer, console.topics.alerts, done.alert_id, resolved(done, now))

    await sign_in(page, console, "alice")
    await expect(page.locator(".cards > li")).to_have_count(3, timeout=3000)
    await page.get_by_role("button", name=re.compile("Acknowledge.*WM-24-0127")).click()
    await expect(_card(page, "WM-24-0127/crime-indicated")).to_contain_text("Acknowledged by")
    await expect(page.locator(".resolved tbody tr")).to_have_count(1)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    await page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000
