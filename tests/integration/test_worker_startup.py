"""The worker refuses to start, with a message that says why, when Kafka is unreachable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.integration.worker_harness import ROOT


def test_worker_refuses_to_start_when_kafka_is_unreachable(tmp_path: Path) -> None:
    env = os.environ | {
        "NCRS_KAFKA_BOOTSTRAP": "127.0.0.1:1",
        "NCRS_STATE_DIR": str(tmp_path),
        "NCRS_METRICS_PORT": "0",
        "NCRS_SCORER": "rules",
    }
    done = subprocess.run(
        [sys.executable, "-m", "services.cli", "worker", "--clock", "event"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert "Kafka is not reachable at 127.0.0.1:1" in done.stderr
    assert "Traceback" not in done.stderr
