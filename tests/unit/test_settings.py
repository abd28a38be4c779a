"""Settings: NCRS_* environment read once, errors that name the variable, secrets never shown."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.adapters.settings import (
    Settings,
    SettingsError,
    kafka_client_options,
    load_settings,
)

SECRET = "hunter2-do-not-print"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("NCRS_"):
            monkeypatch.delenv(name)


def sasl(monkeypatch: pytest.MonkeyPatch, protocol: str = "SASL_PLAINTEXT") -> None:
    monkeypatch.setenv("NCRS_KAFKA_SECURITY_PROTOCOL", protocol)
    monkeypatch.setenv("NCRS_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("NCRS_KAFKA_SASL_USERNAME", "ncrs")
    monkeypatch.setenv("NCRS_KAFKA_SASL_PASSWORD", SECRET)


def test_defaults() -> None:
    settings = load_settings()
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.topic_prefix == ""
    assert settings.app_id == "ncrs-watch"
    assert settings.state_dir == Path(".state")
    assert settings.metrics_port == 9108
    assert settings.kafka_security_protocol == "PLAINTEXT"
    assert settings.topics.incident_events == "ncrs.incident-events.v1"


def test_values_come_from_ncrs_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCRS_KAFKA_BOOTSTRAP", "broker-1:9093,broker-2:9093")
    monkeypatch.setenv("NCRS_TOPIC_PREFIX", "staging.")
    monkeypatch.setenv("NCRS_METRICS_PORT", "0")
    monkeypatch.setenv("NCRS_STATE_DIR", "/var/lib/ncrs")
    monkeypatch.setenv("KAFKA_BOOTSTRAP", "ignored:1")  # no prefix, not ours
    settings = load_settings()
    assert settings.kafka_bootstrap == "broker-1:9093,broker-2:9093"
    assert settings.topics.dead_letters == "staging.ncrs.incident-events.v1.dlq"
    assert settings.metrics_port == 0
    assert settings.state_dir == Path("/var/lib/ncrs")


def test_settings_are_frozen() -> None:
    settings = load_settings()
    with pytest.raises(ValidationError):
        settings.metrics_port = 1  # type: ignore[misc]


def test_an_error_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCRS_METRICS_PORT", "nine-one-oh-eight")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value) == (
        "invalid configuration: NCRS_METRICS_PORT: Input should be a valid integer, "
        "unable to parse string as an integer"
    )


def test_a_topic_prefix_kafka_would_refuse_is_a_settings_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: the worker met it only when creating its topics, with a traceback."""
    monkeypatch.setenv("NCRS_TOPIC_PREFIX", "bad prefix/")
    with pytest.raises(SettingsError, match="NCRS_TOPIC_PREFIX"):
        load_settings()


def test_every_problem_is_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCRS_METRICS_PORT", "70000")
    monkeypatch.setenv("NCRS_KAFKA_SECURITY_PROTOCOL", "TLS")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert "NCRS_METRICS_PORT: Input should be less than or equal to 65535" in message
    assert "NCRS_KAFKA_SECURITY_PROTOCOL: Input should be 'PLAINTEXT', 'SSL'," in message


def test_sasl_needs_mechanism_user_and_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCRS_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("NCRS_KAFKA_SASL_USERNAME", "ncrs")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value) == (
        "invalid configuration: NCRS_KAFKA_SASL_MECHANISM, NCRS_KAFKA_SASL_PASSWORD must be set "
        "when NCRS_KAFKA_SECURITY_PROTOCOL is SASL_SSL"
    )


def test_secrets_are_masked_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    sasl(monkeypatch)
    settings = load_settings()
    assert SECRET not in repr(settings)
    assert SECRET not in str(settings)
    assert SECRET not in settings.model_dump_json()
    assert settings.kafka_sasl_password is not None
    assert settings.kafka_sasl_password.get_secret_value() == SECRET


def test_an_error_never_shows_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    sasl(monkeypatch)
    monkeypatch.setenv("NCRS_KAFKA_SASL_MECHANISM", SECRET)  # a secret pasted in the wrong place
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert SECRET not in str(caught.value)
    assert caught.value.__cause__ is None
    assert "NCRS_KAFKA_SASL_MECHANISM: Input should be 'PLAIN'" in str(caught.value)


def test_plaintext_client_options() -> None:
    assert kafka_client_options(Settings()) == {
        "bootstrap_servers": "127.0.0.1:9092",
        "security_protocol": "PLAINTEXT",
    }


def test_sasl_plaintext_client_options(monkeypatch: pytest.MonkeyPatch) -> None:
    sasl(monkeypatch)
    assert kafka_client_options(load_settings()) == {
        "bootstrap_servers": "127.0.0.1:9092",
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "ncrs",
        "sasl_plain_password": SECRET,
    }


def test_sasl_ssl_client_options_verify_the_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    sasl(monkeypatch, "SASL_SSL")
    options = kafka_client_options(load_settings())
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_plain_password"] == SECRET
    context = options["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname


def test_a_missing_ca_file_fails_at_start_up(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NCRS_KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("NCRS_KAFKA_SSL_CAFILE", str(tmp_path / "missing.pem"))
    with pytest.raises(FileNotFoundError):
        kafka_client_options(load_settings())
