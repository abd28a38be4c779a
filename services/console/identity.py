"""Who may sign in and which areas each person sees.

`IdentityProvider` is the seam: today `LocalUsers` (a TOML file of argon2 hashes and areas);
later the force's identity provider over OIDC, whose callback would build the same `User` from
the token's claims and whose `find` would answer from its user directory.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
_HASHER = PasswordHasher()
# Verified when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("not a real password")


class UsersFileError(ValueError):
    """The users file is missing, unreadable or malformed."""


@dataclass(frozen=True, slots=True)
class User:
    username: str
    areas: frozenset[str]

    def may_see(self, area: str) -> bool:
        return area in self.areas


class IdentityProvider(Protocol):
    def authenticate(self, username: str, password: str) -> User | None:
        """The user when the credentials are right, else None. May be slow (password hashing)."""
        ...

    def find(self, username: str) -> User | None:
        """The user as they are now (current areas), None when unknown or disabled."""
        ...


@dataclass(frozen=True, slots=True)
class _Entry:
    user: User
    password_hash: str


class LocalUsers:
    """Users from a TOML file: `[users.<name>]` with `password_hash` (argon2) and `areas`."""

    def __init__(self, entries: dict[str, _Entry]) -> None:
        self._entries = entries

    @classmethod
    def load(cls, path: Path) -> LocalUsers:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsersFileError(f"cannot read users file {path}: {exc}") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: dict[str, object]) -> LocalUsers:
        users = data.get("users")
        if not isinstance(users, dict) or not users:
            raise UsersFileError("users file has no [users.<name>] tables")
        return cls({name: _entry(name, spec) for name, spec in users.items()})

    def authenticate(self, username: str, password: str) -> User | None:
        entry = self._entries.get(username)
        try:
            _HASHER.verify(entry.password_hash if entry else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        return entry.user if entry else None

    def find(self, username: str) -> User | None:
        entry = self._entries.get(username)
        return entry.user if entry else None


def _entry(name: str, spec: object) -> _Entry:
    if not USERNAME.match(name):
        raise UsersFileError(f"bad username {name!r}: letters, digits and ._@- only")
    if not isinstance(spec, dict):
        raise UsersFileError(f"users.{name} must be a table")
    password_hash, areas = spec.get("password_hash"), spec.get("areas")
    if not isinstance(password_hash, str) or not password_hash.startswith("$argon2"):
        raise UsersFileError(f"users.{name}.password_hash must be an argon2 hash")
    if not isinstance(areas, list) or not all(isinstance(a, str) and a for a in areas):
        raise UsersFileError(f"users.{name}.areas must be a list of area names")
    return _Entry(User(name, frozenset(areas)), password_hash)


def hash_password(password: str) -> str:
    """An argon2id hash for the users file."""
    return _HASHER.hash(password)
