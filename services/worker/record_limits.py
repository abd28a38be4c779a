"""The largest records the worker writes, and so its topics' max.message.bytes.

A record larger than its topic accepts is retried for ever (a transaction is all or nothing),
so its partition would stop: nothing lost, nothing more processed.
"""

from __future__ import annotations

DEAD_LETTER_MAX_BYTES = 2 * 1024 * 1024
"""A dead letter is an input record (up to the input topic's default 1 MiB: anything over
256 KiB is rejected, and still dead-lettered whole) plus its `ncrs-*` headers."""
STATE_RECORD_MAX_BYTES = 8 * 1024 * 1024
"""An incident's state record holds all its events, narratives included (up to 20,000
characters each), so a long-running incident's can pass the usual 1 MiB."""
OUTPUT_RECORD_MAX_BYTES = max(DEAD_LETTER_MAX_BYTES, STATE_RECORD_MAX_BYTES) + 64 * 1024
"""The largest record the worker may write (its producers' max_request_size)."""
