"""Templates, filter parsing, and the alert lists the page, the live stream and the API share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.templating import Jinja2Templates

from services.console.access import CSRF_FIELD, Visitor
from services.console.parts import ConsoleParts
from services.console.presenter import RULE_LABELS, AlertCard, card, label
from services.console.view import Filters
from services.domain.codes import OffenceGroup
from services.domain.outputs import Rule
from services.domain.timestamps import parse_timestamp

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")


def _clock_text(value: str | None) -> str:
    if not value:
        return ""
    return parse_timestamp(value).strftime("%a %d %b %H:%M UTC")


TEMPLATES.env.filters["clock"] = _clock_text


@dataclass(frozen=True, slots=True)
class AlertLists:
    open: list[AlertCard]
    resolved: list[AlertCard]
    generated_at: datetime

    @property
    def alert_ids(self) -> list[str]:
        return [c.alert_id for c in (*self.open, *self.resolved)]


def parse_filters(params: Mapping[str, str]) -> Filters:
    """Filters from a query string; an unknown value means no filter on that field."""
    rules = {r.value: r for r in Rule}
    groups = {g.value: g for g in OffenceGroup}
    return Filters(
        rule=rules.get(params.get("rule", "")),
        area=params.get("area") or None,
        offence_group=groups.get(params.get("offence_group", "")),
    )


def alert_lists(parts: ConsoleParts, visitor: Visitor, filters: Filters) -> AlertLists:
    now = parts.clock()
    areas = visitor.user.areas
    view = parts.view

    def cards(entries: list[Any]) -> list[AlertCard]:
        return [card(e, view.assessment(e.alert.incident_id), now) for e in entries]

    return AlertLists(
        open=cards(view.open_alerts(areas, filters)),
        resolved=cards(view.resolved_alerts(areas, filters, parts.resolved_shown)),
        generated_at=now,
    )


def page_context(visitor: Visitor, **values: object) -> dict[str, object]:
    """What every signed-in page needs: the user, their CSRF token, the filter options."""
    return {
        "user": visitor.user,
        "areas": sorted(visitor.user.areas),
        "csrf_field": CSRF_FIELD,
        "csrf_token": visitor.session.csrf,
        "rule_options": [(r.value, RULE_LABELS[r]) for r in Rule],
        "group_options": [(g.value, label(g.value)) for g in OffenceGroup],
        **values,
    }


def render(name: str, context: Mapping[str, object]) -> str:
    return TEMPLATES.get_template(name).render(context)
