"""Dead letters: a refused input record kept byte for byte, with why and where it came from.

On the dead-letter topic the record's key and value are the original ones, unchanged, and the
facts travel in `ncrs-*` headers, so a fixed record can be replayed by copying key and value
back. In files (replay `--rejects`, audits) one dead letter is one JSON line with the original
bytes in base64.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from services.adapters.codec import Rejection, RejectReason
from services.domain.timestamps import format_timestamp, parse_timestamp

REASON = "ncrs-reason"
DETAIL = "ncrs-detail"
SOURCE_TOPIC = "ncrs-source-topic"
SOURCE_PARTITION = "ncrs-source-partition"
SOURCE_OFFSET = "ncrs-source-offset"
REJECTED_AT = "ncrs-rejected-at"
HEADER_NAMES = (REASON, DETAIL, SOURCE_TOPIC, SOURCE_PARTITION, SOURCE_OFFSET, REJECTED_AT)
MAX_DETAIL_CHARS = 500

Headers = list[tuple[str, bytes]]


class DeadLetterError(ValueError):
    """A record or line that does not hold a dead letter (missing or malformed fields)."""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    key: bytes | None
    value: bytes | None
    reason: RejectReason
    detail: str
    source_topic: str
    partition: int
    offset: int
    rejected_at: datetime

    @classmethod
    def of(
        cls,
        rejection: Rejection,
        *,
        key: bytes | None,
        value: bytes | None,
        topic: str,
        partition: int,
        offset: int,
        rejected_at: datetime,
    ) -> DeadLetter:
        return cls(
            key=key,
            value=value,
            reason=rejection.reason,
            detail=rejection.detail[:MAX_DETAIL_CHARS],
            source_topic=topic,
            partition=partition,
            offset=offset,
            rejected_at=rejected_at,
        )

    def to_headers(self) -> Headers:
        """Kafka record headers (UTF-8 values); the record's key and value are the originals."""
        fields = (
            self.reason.value,
            self.detail,
            self.source_topic,
            str(self.partition),
            str(self.offset),
            format_timestamp(self.rejected_at),
        )
        return [(name, text.encode()) for name, text in zip(HEADER_NAMES, fields, strict=True)]

    @classmethod
    def from_record(
        cls, key: bytes | None, value: bytes | None, headers: Iterable[tuple[str, bytes]]
    ) -> DeadLetter:
        """Read back a dead-letter topic record; unknown headers are ignored."""
        found = {name: raw.decode("utf-8", errors="replace") for name, raw in headers}
        missing = [name for name in HEADER_NAMES if name not in found]
        if missing:
            raise DeadLetterError(f"dead-letter record lacks headers {', '.join(missing)}")
        return cls._from_fields(key, value, [found[name] for name in HEADER_NAMES])

    def to_json_line(self) -> str:
        """One JSON object (no newline): originals in base64, facts as in the headers."""
        return json.dumps(
            {
                "reason": self.reason.value,
                "detail": self.detail,
                "source_topic": self.source_topic,
                "partition": self.partition,
                "offset": self.offset,
                "rejected_at": format_timestamp(self.rejected_at),
                "key_b64": _b64(self.key),
                "value_b64": _b64(self.value),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json_line(cls, line: str | bytes) -> DeadLetter:
        try:
            obj = json.loads(line)
            fields = [obj[name] for name in _LINE_FIELDS]
            key, value = _unb64(obj["key_b64"]), _unb64(obj["value_b64"])
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise DeadLetterError(f"not a dead-letter line: {type(exc).__name__}") from None
        return cls._from_fields(key, value, [str(field) for field in fields])

    @classmethod
    def _from_fields(cls, key: bytes | None, value: bytes | None, fields: list[str]) -> DeadLetter:
        reason, detail, topic, partition, offset, rejected_at = fields
        try:
            return cls(
                key=key,
                value=value,
                reason=RejectReason(reason),
                detail=detail,
                source_topic=topic,
                partition=int(partition),
                offset=int(offset),
                rejected_at=parse_timestamp(rejected_at),
            )
        except ValueError as exc:  # PydanticCustomError (bad timestamp) is a ValueError too
            raise DeadLetterError(f"malformed dead-letter field: {exc}") from None


_LINE_FIELDS = ("reason", "detail", "source_topic", "partition", "offset", "rejected_at")


def _b64(raw: bytes | None) -> str | None:
    return None if raw is None else base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError("base64 field is not a string")
    return base64.b64decode(text, validate=True)
