"""The worker refuses to start, with one line that says why, when it cannot run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.worker_harness import ROOT


def _start(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.cli", "worker", "--clock", "event"],
        cwd=ROOT,
        env=os.environ | {"NCRS_METRICS_PORT": "0", "NCRS_SCORER": "rules"} | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_worker_refuses_to_start_when_kafka_is_unreachable(tmp_path: Path) -> None:
    done = _start(NCRS_KAFKA_BOOTSTRAP="127.0.0.1:1", NCRS_STATE_DIR=str(tmp_path))
    assert done.returncode == 3
    assert "Kafka is not reachable at 127.0.0.1:1" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_state_dir_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    """Regression: a FileNotFoundError traceback."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    done = _start(NCRS_KAFKA_BOOTSTRAP="127.0.0.1:1", NCRS_STATE_DIR=str(blocked / "state"))
    assert done.returncode == 2
    assert f"cannot use NCRS_STATE_DIR {blocked / 'state'}" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.kafka
def test_a_metrics_port_in_use_is_named(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """Regression: an OSError traceback ("Address already in use")."""
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _start(
            NCRS_KAFKA_BOOTSTRAP=kafka_bootstrap,
            NCRS_TOPIC_PREFIX=topic_prefix,
            NCRS_STATE_DIR=str(tmp_path),
            NCRS_METRICS_PORT=str(port),
        )
    assert done.returncode == 2
    assert f"cannot serve metrics on port {port} (NCRS_METRICS_PORT)" in done.stderr
    assert "Traceback" not in done.stderr
