"""The console's own settings (`NCRS_CONSOLE_*`); Kafka and topics come from the shared ones."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.adapters.settings import SettingsError, describe
from services.domain.timestamps import Duration


class ConsoleSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NCRS_CONSOLE_", frozen=True, extra="ignore", case_sensitive=False
    )

    # Signs session cookies; unset means a random one per start (everyone signs in again).
    session_secret: SecretStr | None = Field(default=None, min_length=32)
    session_max_age: Duration = timedelta(hours=8)
    # Off only for plain-http development and tests; browsers treat localhost as secure anyway.
    cookie_secure: bool = True
    hsts: bool = False
    resolved_shown: int = Field(default=20, ge=1, le=500)


def load_console_settings() -> ConsoleSettings:
    try:
        return ConsoleSettings()
    except ValidationError as exc:
        raise SettingsError(describe(exc).replace("NCRS_", "NCRS_CONSOLE_")) from None
