"""A broker of a module's own, started fresh for the module (see own_broker.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.own_broker import OwnBroker


@pytest.fixture(scope="module")
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnBroker]:
    broker = OwnBroker(tmp_path_factory.mktemp("own-broker"))
    broker.up()
    try:
        yield broker
    finally:
        broker.down()
