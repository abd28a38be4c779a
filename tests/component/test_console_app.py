"""The console app over httpx's ASGI transport (no broker): access, pages, API, actions, headers,
audit. Kafka is replaced by a view filled directly and a publisher that records what it gets."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from services.console.actions import AlertAction, PublishError
from services.console.app import create_app
from services.console.audit import AUDIT_LOGGER
from services.console.identity import LocalUsers
from services.console.parts import ConsoleParts
from services.console.sessions import COOKIE, SessionCodec
from services.console.view import AlertView
from tests.console_samples import NOW, PASSWORDS, alert, assessment, resolved, users

NORTH_ALERT = "N-1/crime-indicated"
SOUTH_ALERT = "S-1/crime-indicated"
SECRET_NOTE = "Victim Jane Example said her ex hit her"


class RecordingPublisher:
    def __init__(self) -> None:
        self.sent: list[AlertAction] = []
        self.fail = False

    async def publish(self, action: AlertAction) -> None:
        if self.fail:
            raise PublishError("broker down")
        self.sent.append(action)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


@pytest.fixture(scope="module")
def local_users() -> LocalUsers:
    return users()  # argon2 hashing is slow on purpose: once per module


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def publisher() -> RecordingPublisher:
    return RecordingPublisher()


@pytest.fixture
def view() -> AlertView:
    view = AlertView()
    view.apply_alert(alert("N-1", area="north", deadline_in=timedelta(hours=3)))
    view.apply_alert(alert("S-1", area="south"))
    view.apply_assessment(assessment("N-1"))
    done = alert("N-0", area="north")
    view.apply_alert(done)
    view.apply_alert(resolved(done))
    return view


@pytest.fixture
async def client(
    view: AlertView, local_users: LocalUsers, publisher: RecordingPublisher, clock: Clock
) -> AsyncIterator[httpx.AsyncClient]:
    parts = ConsoleParts(
        view=view,
        identity=local_users,
        publisher=publisher,
        sessions=SessionCodec("x" * 40, timedelta(hours=8), clock),
        clock=clock,
        cookie_secure=False,
    )
    transport = httpx.ASGITransport(app=create_app(parts))
    async with httpx.AsyncClient(transport=transport, base_url="http://console.test") as c:
        yield c


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


async def sign_in(client: httpx.AsyncClient, username: str) -> str:
    form = await client.get("/signin")
    response = await client.post(
        "/signin",
        data={
            "csrf_token": _csrf(form.text),
            "username": username,
            "password": PASSWORDS[username],
            "next": "/alerts",
        },
    )
    assert response.status_code == 303, response.text
    page = await client.get("/alerts")
    return _csrf(page.text)


async def test_signed_out_pages_redirect_to_sign_in_and_the_api_answers_401(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/alerts?rule=crime-indicated")
    assert page.status_code == 303
    assert page.headers["location"] == "/signin?next=%2Falerts%3Frule%3Dcrime-indicated"
    assert (await client.get("/incidents/N-1")).status_code == 303
    assert (await client.get("/api/alerts")).status_code == 401
    assert (await client.get("/alerts/live")).status_code == 401


async def test_healthz_needs_no_sign_in(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["ok"] is True


async def test_a_wrong_password_is_refused(client: httpx.AsyncClient) -> None:
    form = await client.get("/signin")
    response = await client.post(
        "/signin",
        data={"csrf_token": _csrf(form.text), "username": "alice", "password": "nope"},
    )
    assert response.status_code == 401
    assert "not right" in response.text
    assert (await client.get("/api/alerts")).status_code == 401


async def test_sign_in_without_the_form_token_is_refused(client: httpx.AsyncClient) -> None:
    await client.get("/signin")
    response = await client.post(
        "/signin", data={"username": "alice", "password": PASSWORDS["alice"]}
    )
    assert response.status_code == 403


async def test_the_page_shows_only_the_users_areas_with_what_a_supervisor_needs(
    client: httpx.AsyncClient,
) -> None:
    await sign_in(client, "alice")

    page = (await client.get("/alerts")).text

    assert NORTH_ALERT in page
    assert SOUTH_ALERT not in page
    assert "Crime indicated" in page
    assert "Warning" in page
    assert "sev-warning" in page
    assert "3h 00m left" in page
    assert "Violence with injury" in page
    assert "injury described" in page  # the assessment's reasons
    assert "Recently resolved" in page
    assert "N-0" in page


async def test_the_api_holds_the_same_alerts_under_the_same_rules(
    client: httpx.AsyncClient,
) -> None:
    await sign_in(client, "alice")

    body = (await client.get("/api/alerts")).json()

    assert [a["alert_id"] for a in body["open"]] == [NORTH_ALERT]
    assert [a["alert_id"] for a in body["resolved"]] == ["N-0/crime-indicated"]
    assert body["open"][0]["seconds_left"] == 3 * 3600
    assert body["open"][0]["reasons"] == ["injury described", "victim identified"]
    assert body["areas"] == ["north"]


async def test_filters_narrow_the_page_and_the_api(client: httpx.AsyncClient) -> None:
    await sign_in(client, "carol")

    theft = (await client.get("/api/alerts?offence_group=theft")).json()
    south = (await client.get("/api/alerts?area=south")).json()
    page = (await client.get("/alerts?rule=recording-overdue")).text

    assert theft["open"] == []
    assert [a["alert_id"] for a in south["open"]] == [SOUTH_ALERT]
    assert NORTH_ALERT not in page
    assert "match these filters" in page


async def test_the_incident_view_shows_history_and_hides_other_areas(
    client: httpx.AsyncClient,
) -> None:
    await sign_in(client, "alice")

    mine = await client.get("/incidents/N-0")
    theirs = await client.get("/incidents/S-1")

    assert mine.status_code == 200
    assert "Fired" in mine.text
    assert "Resolved" in mine.text
    assert theirs.status_code == 404


async def test_an_action_is_published_and_shown_with_who_and_when(
    client: httpx.AsyncClient, publisher: RecordingPublisher
) -> None:
    csrf = await sign_in(client, "alice")

    response = await client.post(
        "/actions",
        data={
            "csrf_token": csrf,
            "alert_id": NORTH_ALERT,
            "action": "crime_recorded",
            "payload": "CR/26/123",
            "next": "/incidents/N-1",
        },
    )

    assert response.status_code == 303
    assert response.headers["location"].startswith("/incidents/N-1#a")
    [action] = publisher.sent
    assert (action.action, action.ref, action.actor) == ("crime_recorded", "CR/26/123", "alice")
    assert action.incident_id == "N-1"
    page = (await client.get("/incidents/N-1")).text
    assert "alice" in page
    assert "CR/26/123" in page


async def test_actions_on_another_areas_alert_are_refused(
    client: httpx.AsyncClient, publisher: RecordingPublisher
) -> None:
    csrf = await sign_in(client, "alice")

    for alert_id in (SOUTH_ALERT, "no-such/alert"):
        response = await client.post(
            "/actions", data={"csrf_token": csrf, "alert_id": alert_id, "action": "acknowledge"}
        )
        assert response.status_code == 403
    assert publisher.sent == []


async def test_an_action_without_the_csrf_token_is_refused(
    client: httpx.AsyncClient, publisher: RecordingPublisher
) -> None:
    await sign_in(client, "alice")

    for token in (None, "forged"):
        data = {"alert_id": NORTH_ALERT, "action": "acknowledge"}
        if token:
            data["csrf_token"] = token
        assert (await client.post("/actions", data=data)).status_code == 403
    assert publisher.sent == []


async def test_an_action_missing_its_details_is_refused(
    client: httpx.AsyncClient, publisher: RecordingPublisher
) -> None:
    csrf = await sign_in(client, "alice")
    data = {"csrf_token": csrf, "alert_id": NORTH_ALERT, "action": "not_a_crime", "payload": " "}

    assert (await client.post("/actions", data=data)).status_code == 400
    assert publisher.sent == []


async def test_a_failed_publish_tells_the_user_and_changes_nothing(
    client: httpx.AsyncClient, publisher: RecordingPublisher, view: AlertView
) -> None:
    csrf = await sign_in(client, "alice")
    publisher.fail = True
    data = {"csrf_token": csrf, "alert_id": NORTH_ALERT, "action": "acknowledge"}

    response = await client.post("/actions", data=data)

    assert response.status_code == 503
    entry = view.visible(NORTH_ALERT, {"north"})
    assert entry is not None
    assert entry.actions == []


async def test_sessions_expire(client: httpx.AsyncClient, clock: Clock) -> None:
    await sign_in(client, "alice")
    clock.now = NOW + timedelta(hours=8, minutes=1)

    assert (await client.get("/api/alerts")).status_code == 401
    assert (await client.get("/alerts")).status_code == 303


async def test_sign_out_ends_the_session(client: httpx.AsyncClient) -> None:
    csrf = await sign_in(client, "alice")
    old_cookie = client.cookies[COOKIE]

    await client.post("/signout", data={"csrf_token": csrf})

    assert (await client.get("/api/alerts")).status_code == 401
    client.cookies.clear()
    client.cookies.set(COOKIE, old_cookie)  # the cookie itself still decodes: expiry guards it
    assert (await client.get("/api/alerts")).status_code == 200


async def test_every_response_carries_the_security_headers(client: httpx.AsyncClient) -> None:
    for path in ("/signin", "/healthz", "/alerts"):
        headers = (await client.get(path)).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"


async def test_the_session_cookie_is_http_only_and_same_site(client: httpx.AsyncClient) -> None:
    cookie = (await client.get("/signin")).headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


async def test_the_audit_log_has_views_and_actions_but_never_free_text(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    csrf = await sign_in(client, "alice")
    caplog.set_level(logging.INFO, logger=AUDIT_LOGGER)

    await client.get("/alerts")
    await client.post(
        "/actions",
        data={
            "csrf_token": csrf,
            "alert_id": NORTH_ALERT,
            "action": "note",
            "payload": SECRET_NOTE,
        },
    )
    await client.post(
        "/actions", data={"csrf_token": csrf, "alert_id": SOUTH_ALERT, "action": "acknowledge"}
    )

    records = [r for r in caplog.records if r.name == AUDIT_LOGGER]
    events = [(r.audit_event, r.user, r.path, r.alert_ids, r.outcome) for r in records]  # type: ignore[attr-defined]
    assert ("view", "alice", "/alerts", [NORTH_ALERT, "N-0/crime-indicated"], "ok") in events
    assert ("action", "alice", "/actions", [NORTH_ALERT], "ok") in events
    assert ("refused", "alice", "/actions", [SOUTH_ALERT], "forbidden") in events
    for record in records:
        assert "Jane" not in str(record.__dict__)
        assert "injury described" not in str(record.__dict__)
