"""Sign-in pieces: the users file, argon2 checks, sessions that expire and refuse tampering."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from services.console.identity import LocalUsers, UsersFileError, hash_password
from services.console.presenter import time_left
from services.console.security import safe_next
from services.console.sessions import SessionCodec
from tests.console_samples import NOW, PASSWORDS, users

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "console" / "users.example.toml"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def test_the_right_password_signs_in_with_the_users_areas() -> None:
    local = users()

    user = local.authenticate("carol", PASSWORDS["carol"])

    assert user is not None
    assert user.areas == {"north", "south"}
    assert local.authenticate("carol", "wrong") is None
    assert local.authenticate("nobody", PASSWORDS["carol"]) is None


def test_the_example_users_file_loads() -> None:
    local = LocalUsers.load(EXAMPLE)
    assert local.find("supervisor.north") is not None


@pytest.mark.parametrize(
    "spec",
    [
        {"password_hash": "plaintext", "areas": ["north"]},
        {"password_hash": hash_password("x"), "areas": "north"},
        {"password_hash": hash_password("x")},
    ],
)
def test_a_bad_users_file_is_refused(spec: dict[str, object]) -> None:
    with pytest.raises(UsersFileError):
        LocalUsers.from_mapping({"users": {"eve": spec}})


def test_a_session_expires_after_its_max_age() -> None:
    clock = Clock()
    codec = SessionCodec("s" * 40, timedelta(hours=8), clock)
    cookie = codec.encode(codec.new("alice"))

    clock.now = NOW + timedelta(hours=7, minutes=59)
    session = codec.decode(cookie)
    assert session is not None
    assert session.username == "alice"
    clock.now = NOW + timedelta(hours=8, seconds=1)
    assert codec.decode(cookie) is None


def test_a_tampered_or_foreign_cookie_is_refused() -> None:
    clock = Clock()
    codec = SessionCodec("s" * 40, timedelta(hours=8), clock)
    other = SessionCodec("t" * 40, timedelta(hours=8), clock)
    cookie = codec.encode(codec.new("alice"))

    payload, signature = cookie.rsplit(".", 1)
    middle = len(signature) // 2  # not the last characters: base64 may ignore their low bits
    flipped = "A" if signature[middle] != "A" else "B"
    tampered = f"{payload}.{signature[:middle]}{flipped}{signature[middle + 1 :]}"
    assert codec.decode(tampered) is None
    assert other.decode(cookie) is None
    assert codec.decode("garbage") is None


def test_csrf_tokens_differ_per_session_and_are_checked() -> None:
    codec = SessionCodec("s" * 40, timedelta(hours=8), Clock())
    first, second = codec.new("alice"), codec.new("alice")

    assert first.csrf != second.csrf
    assert first.csrf_ok(first.csrf)
    assert not first.csrf_ok(second.csrf)
    assert not first.csrf_ok(None)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/alerts?rule=crime-indicated", "/alerts?rule=crime-indicated"),
        ("//evil.example/x", "/alerts"),
        ("https://evil.example/", "/alerts"),
        ("/\\evil.example", "/alerts"),
        (None, "/alerts"),
    ],
)
def test_redirects_stay_on_the_console(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (3 * 3600 + 5 * 60, "3h 05m left"),
        (750, "12m 30s left"),
        (-(3600 + 600), "Overdue by 1h 10m"),
        (None, "No deadline"),
    ],
)
def test_time_left_reads_like_a_countdown(seconds: int | None, text: str) -> None:
    assert time_left(seconds) == text
