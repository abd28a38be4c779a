"""Label values from closed sets only: anything else becomes `other`.

Metric labels must never carry an incident id, a name or free text, and must not let bad input
grow the number of series. Values with a domain enum are checked against it; values without one
(force codes, reject reasons, state tables) must match a strict pattern and are capped in number.
"""

from __future__ import annotations

import re
import threading

from services.adapters.topics import (
    ALERT_ACTIONS,
    ALERTS,
    ASSESSMENTS,
    DEAD_LETTERS,
    INCIDENT_EVENTS,
)
from services.domain.codes import OffenceGroup
from services.domain.events import EVENT_TYPES
from services.domain.outputs import AlertStatus, Rule, Severity

OTHER = "other"
NO_GROUP = "none"
"""Offence group label of an assessment that is not crimeable."""

EVENT_TYPE_VALUES = frozenset(EVENT_TYPES)
RULE_VALUES = frozenset(rule.value for rule in Rule)
SEVERITY_VALUES = frozenset(severity.value for severity in Severity)
STATUS_VALUES = frozenset(status.value for status in AlertStatus)
OFFENCE_GROUP_VALUES = frozenset(group.value for group in OffenceGroup)
TOPIC_VALUES = (DEAD_LETTERS, INCIDENT_EVENTS, ASSESSMENTS, ALERTS, ALERT_ACTIONS)
"""Contract topic names; the dead-letter name first, as it extends the events topic's name."""
MAX_PARTITION = 1023


def closed(value: object, allowed: frozenset[str]) -> str:
    text = str(value.value if hasattr(value, "value") else value)
    return text if text in allowed else OTHER


def offence_group(value: object | None) -> str:
    return NO_GROUP if value is None else closed(value, OFFENCE_GROUP_VALUES)


def topic(name: str) -> str:
    """The contract name of a (prefixed) topic, so dashboards do not depend on the prefix."""
    for contract_name in TOPIC_VALUES:
        if name.endswith(contract_name):
            return contract_name
    return OTHER


def partition(number: int) -> str:
    return str(number) if 0 <= number <= MAX_PARTITION else OTHER


class BoundedLabel:
    """Values matching `pattern`, at most `limit` distinct ones; the rest map to `other`."""

    def __init__(self, pattern: str, limit: int, allowed: frozenset[str] | None = None) -> None:
        self._pattern = re.compile(pattern)
        self._limit = limit
        self._allowed = allowed
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, value: object) -> str:
        text = str(value.value if hasattr(value, "value") else value)
        if self._allowed is not None:
            return text if text in self._allowed else OTHER
        if not self._pattern.fullmatch(text) or text == OTHER:
            return OTHER
        with self._lock:
            if text in self._seen:
                return text
            if len(self._seen) >= self._limit:
                return OTHER
            self._seen.add(text)
            return text


def force_label(allowed: frozenset[str] | None = None, limit: int = 64) -> BoundedLabel:
    """Force codes (`WMP`, `GMP`): 43 territorial forces and a few national ones fit in 64."""
    return BoundedLabel(r"[A-Za-z0-9_-]{2,16}", limit, allowed)


def reason_label(limit: int = 32) -> BoundedLabel:
    """Reject reasons: snake_case identifiers from the codec's closed list."""
    return BoundedLabel(r"[a-z][a-z0-9_]{0,39}", limit)


def name_label(limit: int = 32) -> BoundedLabel:
    """Names the code chooses (state tables, console routes, actions)."""
    return BoundedLabel(r"[A-Za-z/][A-Za-z0-9_./{}-]{0,63}", limit)


VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")


def version(value: str) -> str:
    return value if VERSION.fullmatch(value) else OTHER
