"""Browser-test fixtures: the console in-process on a free port against the real broker, and
Debian's headless Chromium driven by Playwright (no `playwright install`: it cannot download)."""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from pydantic import BaseModel

from services.adapters.topics import Topics
from services.console.app import create_app
from services.console.feed import KafkaActionPublisher, KafkaFeed
from services.console.parts import ConsoleParts
from services.console.sessions import SessionCodec
from services.console.view import AlertView
from tests.console_samples import PASSWORDS, users

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TABLET = {"width": 1024, "height": 768}


@dataclass
class RunningConsole:
    url: str
    topics: Topics
    bootstrap: str


class ConsoleThread:
    """uvicorn serving the console in a thread with its own event loop, stopped cleanly."""

    def __init__(self, bootstrap: str, topics: Topics) -> None:
        view = AlertView()
        feed = KafkaFeed(bootstrap, topics, view, client_id="console-browser-test")
        publisher = KafkaActionPublisher(bootstrap, topics, client_id="console-browser-test")
        parts = ConsoleParts(
            view=view,
            identity=users(),
            publisher=publisher,
            sessions=SessionCodec("b" * 40, timedelta(hours=1), lambda: datetime.now(UTC)),
            clock=lambda: datetime.now(UTC),
            health=feed,
            services=(feed, publisher),
            cookie_secure=False,  # plain http on 127.0.0.1
        )
        config = uvicorn.Config(
            create_app(parts),
            host="127.0.0.1",
            port=0,  # the OS picks a free port: no race with other tests
            log_config=None,
            timeout_graceful_shutdown=2,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="console", daemon=True)

    def start(self) -> str:
        """Start, wait until the view is rebuilt (/healthz 200), return the base URL."""
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.thread.is_alive():
            if self.server.started:
                port = self.server.servers[0].sockets[0].getsockname()[1]
                url = f"http://127.0.0.1:{port}"
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    return url
            time.sleep(0.05)
        self.stop()
        raise AssertionError("the console did not start and rebuild its view within 20 s")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture
def console(kafka_bootstrap: str, topics: Topics) -> Iterator[RunningConsole]:
    running = ConsoleThread(kafka_bootstrap, topics)
    url = running.start()
    yield RunningConsole(url, topics, kafka_bootstrap)
    running.stop()


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    assert os.access(CHROMIUM, os.X_OK), (
        "Debian chromium is missing: run `make browser` (apt-get install chromium)"
    )
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield launched
        await launched.close()


@pytest.fixture
async def context(browser: Browser) -> AsyncIterator[BrowserContext]:
    ctx = await browser.new_context(viewport=TABLET, locale="en-GB", timezone_id="Europe/London")
    yield ctx
    await ctx.close()


@pytest.fixture
async def page(context: BrowserContext) -> Page:
    return await context.new_page()


async def sign_in(page: Page, console: RunningConsole, username: str) -> None:
    await page.goto(console.url + "/alerts")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(PASSWORDS[username])
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(console.url + "/alerts")
    await page.locator('body[data-live="on"]').wait_for(timeout=5000)  # live stream connected


@pytest.fixture
async def producer(kafka_bootstrap: str) -> AsyncIterator[AIOKafkaProducer]:
    p = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await p.start()
    yield p
    await p.stop()


async def publish(producer: AIOKafkaProducer, topic: str, key: str, model: BaseModel) -> None:
    await producer.send_and_wait(topic, model.model_dump_json().encode(), key=key.encode())


async def next_actions(
    bootstrap: str, topic: str, count: int, wait_s: float = 10.0
) -> list[tuple[str, dict[str, object]]]:
    """The first `count` (key, value) records of the actions topic, read from the beginning."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    found: list[tuple[str, dict[str, object]]] = []
    try:
        async with asyncio.timeout(wait_s):
            while len(found) < count:
                record = await consumer.getone()
                found.append((record.key.decode(), json.loads(record.value)))
    finally:
        await consumer.stop()
    return found
