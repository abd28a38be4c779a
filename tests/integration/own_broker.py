"""A broker of a test's own (deploy/kafka/kafka.sh with KAFKA_STATE_DIR and free ports), which
the test may stop and start again: the suite's shared broker is never restarted."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SH = ROOT / "deploy" / "kafka" / "kafka.sh"


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


class OwnBroker:
    def __init__(self, state_dir: Path) -> None:
        port, controller = _free_ports(2)
        self.bootstrap = f"127.0.0.1:{port}"
        self._env = os.environ | {
            "KAFKA_STATE_DIR": str(state_dir),
            "KAFKA_PORT": str(port),
            "KAFKA_CONTROLLER_PORT": str(controller),
            "KAFKA_HEAP_OPTS": "-Xms256m -Xmx512m",
            "KAFKA_STOP_TIMEOUT": "20",
        }

    def up(self) -> None:
        self._run("up")

    def down(self) -> None:
        self._run("down")

    async def restart(self) -> None:
        """Stop (SIGTERM, as an orderly broker restart) and start again; ~10-15 s."""
        await asyncio.to_thread(self.down)
        await asyncio.to_thread(self.up)

    def _run(self, command: str) -> None:
        done = subprocess.run(
            [str(KAFKA_SH), command],
            check=False,
            env=self._env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, f"kafka.sh {command}: {done.stderr[-3000:]}"
