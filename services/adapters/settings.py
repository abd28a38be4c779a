"""Deployment settings shared by every process: read once from `NCRS_*` environment variables.

Library code never reads the environment: a process calls `load_settings()` at start-up and
passes plain values on. Secrets are `SecretStr`, masked in repr, str and error messages.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.adapters.topics import Topics

ENV_PREFIX = "NCRS_"
SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class SettingsError(ValueError):
    """Invalid configuration; the message names the environment variables, never their values."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, frozen=True, extra="ignore", case_sensitive=False
    )

    kafka_bootstrap: str = Field(default="127.0.0.1:9092", min_length=1)
    topic_prefix: str = Field(default="", max_length=100, pattern=r"^[A-Za-z0-9._-]*$")
    """Kafka topic names allow only these characters (and 249 of them)."""
    app_id: str = Field(default="ncrs-watch", min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    state_dir: Path = Path(".state")
    metrics_port: int = Field(default=9108, ge=0, le=65535)  # 0 turns the metrics endpoint off

    kafka_security_protocol: SecurityProtocol = "PLAINTEXT"
    kafka_sasl_mechanism: SaslMechanism | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    kafka_ssl_key_password: SecretStr | None = None

    @model_validator(mode="after")
    def _sasl_is_complete(self) -> Settings:
        if self.kafka_security_protocol.startswith("SASL_"):
            missing = [
                _env_name(name)
                for name in ("kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(
                    f"{', '.join(missing)} must be set when "
                    f"{_env_name('kafka_security_protocol')} is {self.kafka_security_protocol}"
                )
        return self

    @property
    def topics(self) -> Topics:
        return Topics(prefix=self.topic_prefix)

    @property
    def uses_ssl(self) -> bool:
        return self.kafka_security_protocol in ("SSL", "SASL_SSL")


def load_settings() -> Settings:
    """Read the environment once; invalid configuration becomes one readable `SettingsError`."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(describe(exc)) from None


def describe(exc: ValidationError) -> str:
    """`NCRS_METRICS_PORT: Input should be a valid integer`, one line per problem, no values."""
    lines = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        loc = error["loc"]
        where = _env_name(str(loc[0])) + ": " if loc else ""
        lines.append(f"{where}{error['msg'].removeprefix('Value error, ')}")
    return "invalid configuration: " + "; ".join(lines)


def _env_name(field: str) -> str:
    return ENV_PREFIX + field.upper()


def kafka_client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka producers, consumers and admin clients."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    password = settings.kafka_sasl_password
    if settings.kafka_security_protocol.startswith("SASL_") and password is not None:
        options |= {  # the settings validator made sure all three are set
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": settings.kafka_sasl_username,
            "sasl_plain_password": password.get_secret_value(),
        }
    if settings.uses_ssl:
        options["ssl_context"] = ssl_context(settings)
    return options


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """Verifying TLS context: the system CAs, or the configured CA file; a client cert if set."""
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_ssl_certfile is not None:
        password = settings.kafka_ssl_key_password
        context.load_cert_chain(
            settings.kafka_ssl_certfile,
            settings.kafka_ssl_keyfile,
            password.get_secret_value() if password is not None else None,
        )
    return context
