"""The NCRS engine: folds an incident's events, judges it, and runs its alert lifecycle.

Pure: the current time is an argument. The same functions run in the live workers and in
`ncrs-watch replay`, which is how the two agree.

Events settle in event-time order once the clock passes them, interleaved with the rules'
deadlines; alerts come only from settled history, so any arrival order within the allowed
lateness gives the same alerts. Assessments are emitted at once from everything received.
An event older than the settled history (later than the lateness) makes the incident
recompute from its first event; records already emitted are never emitted again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import NamedTuple

from services.domain.events import IncidentEvent, IncidentReported, IncidentUpdated
from services.domain.incident import Facts
from services.domain.incident_state import Checkpoint, IncidentState, share_fields_set
from services.domain.judgement import NOT_SCORED, Judgement, judge
from services.domain.outputs import (
    Alert,
    AlertAssessment,
    AlertStatus,
    Assessment,
    Resolution,
    alert_id,
)
from services.domain.rulebook import RuleBook, RuleSet
from services.domain.rules import (
    FIRES_ONLY_ON_REPORT_OR_UPDATE,
    SEVERITY,
    Condition,
    deadlines,
    evaluate,
    may_hold,
    may_start_holding_later,
    resolution,
    summary,
)
from services.domain.scoring import Score, Scorer

UNKNOWN_AREA = "unknown"
END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)
_TRIGGERS = (IncidentReported, IncidentUpdated)


class Step(NamedTuple):
    state: IncidentState
    assessments: tuple[Assessment, ...] = ()
    alerts: tuple[Alert, ...] = ()


class Engine:
    def __init__(self, rulebook: RuleBook, scorer: Scorer) -> None:
        self.rulebook = rulebook
        self.scorer = scorer
        # The common configuration, one rule set for every force: skip the dated look-up.
        dated = len(rulebook.rule_sets) > 1 or any(f.rule_sets for f in rulebook.forces.values())
        self._only_rules = None if dated else rulebook.rule_sets[0]

    def handle(
        self, state: IncidentState | None, event: IncidentEvent, now: datetime | None
    ) -> Step:
        """Take one event of an incident; `now` is the clock (None before it has a time)."""
        state = state or IncidentState(event.incident_id)
        if state.has_seen(event.event_id):
            return Step(state)
        index = state.insert(event)
        if index != len(state.events) - 1:
            state.received_judged = None  # the events before others changed
        checkpoint = state.checkpoint
        if checkpoint is not None and self._before_settled(state, event, index):
            state.checkpoint = None  # arrived after its place was settled: recompute
        elif checkpoint is not None:
            checkpoint.at_rest = False  # the event may change what can fire
        alerts = self._settle(state, now)
        assessment = self._assess(state, event, index)
        self._plan(state)
        return Step(state, (assessment,) if assessment else (), tuple(alerts))

    def advance(self, state: IncidentState, now: datetime) -> Step:
        """Move an incident's clock to `now`: settle events and fire passed deadlines."""
        alerts = self._settle(state, now)
        self._plan(state)
        return Step(state, (), tuple(alerts))

    # -- settling -------------------------------------------------------------------------

    def _before_settled(self, state: IncidentState, event: IncidentEvent, index: int) -> bool:
        checkpoint = state.checkpoint
        assert checkpoint is not None
        if index < checkpoint.settled:
            return True
        if state.cursor is None or event.occurred_at > state.cursor:
            return False
        rules = self._rules(checkpoint.facts, event)
        return any(
            event.occurred_at <= d <= state.cursor for d in self._deadlines(checkpoint.facts, rules)
        )

    def _settle(self, state: IncidentState, now: datetime | None) -> list[Alert]:
        recompute = state.checkpoint is None
        if recompute:
            state.checkpoint = Checkpoint()
            state.cursor = None
        checkpoint = state.checkpoint
        assert checkpoint is not None
        if now is None:
            return []
        if not recompute and self._quiet(state, checkpoint, now):
            if state.cursor is None or now > state.cursor:
                state.cursor = now
            return []
        out = [a for a in self._run(state, checkpoint, now) if self._is_new(state, a)]
        if recompute or (checkpoint.unjudged is not None and checkpoint.unjudged <= now):
            out += self._retract(state, checkpoint, now)
        for alert in out:
            share_fields_set(alert)
            state.emitted[alert.alert_id] = alert
        if state.cursor is None or now > state.cursor:
            state.cursor = now
        return out

    @staticmethod
    def _quiet(state: IncidentState, cp: Checkpoint, now: datetime) -> bool:
        """Whether nothing settles and no deadline passes by `now`: before the planned
        wake-up (which no deadline precedes), with no event received since due by then."""
        wakeup = state.next_wakeup
        if wakeup is None or now >= wakeup:
            return False
        events = state.events
        return cp.settled == len(events) or events[cp.settled].occurred_at > now

    def _run(self, state: IncidentState, cp: Checkpoint, now: datetime) -> Iterator[Alert]:
        """Fold settled events and passed deadlines in event-time order, yielding transitions.

        At equal times an event settles before a deadline: a crime recorded at the limit is
        on time.
        """
        ticks_done = state.cursor  # every deadline at or before it has been processed
        events = state.events
        # Time never runs backwards: a deadline before the last settled event (a report that
        # moves `reported_at` earlier) was judged with that event, at the event's time.
        floor = events[cp.settled - 1].occurred_at if cp.settled else None
        while not cp.at_rest:
            event = events[cp.settled] if cp.settled < len(events) else None
            if event is not None and event.occurred_at > now:
                event = None
            rules = self._rules(cp.facts, event)
            tick = None  # the earliest deadline not yet processed that `now` has reached
            for due in self._deadlines(cp.facts, rules):
                if (
                    (ticks_done is None or due > ticks_done)
                    and due <= now
                    and (floor is None or due >= floor)
                ):
                    tick = due if tick is None or due < tick else tick
            if event is not None and (tick is None or event.occurred_at <= tick):
                # Events at one instant settle together, then are judged once: a crime recorded
                # in the same second as the update that made the incident crimeable was never
                # missing, whatever order the types sort in.
                at, trigger = event.occurred_at, False
                while event is not None and event.occurred_at == at:
                    cp.facts.apply(event)
                    cp.settled += 1
                    trigger = trigger or isinstance(event, _TRIGGERS)
                    event = events[cp.settled] if cp.settled < len(events) else None
                floor = at
                self._reuse_received_judgement(state, cp)
                rules = self._rules(cp.facts, events[cp.settled - 1])
                yield from self._transitions(state, cp, rules, at, trigger)
                # At rest only with nothing pending: a rest skips only deadlines at which
                # nothing can happen, so the alerts do not depend on when it is reached.
                cp.at_rest = cp.settled == len(events) and self._nothing_can_fire(state, cp, rules)
            elif tick is not None:
                ticks_done = tick
                # The facts were evaluated when last changed: only time can change anything.
                if may_start_holding_later(cp.facts, self._judge(state, cp.facts, rules)):
                    yield from self._transitions(state, cp, rules, tick, trigger=False)
            else:
                return

    def _transitions(
        self, state: IncidentState, cp: Checkpoint, rules: RuleSet, at: datetime, trigger: bool
    ) -> Iterator[Alert]:
        facts = cp.facts
        j = self._judge(state, facts, rules)
        if not cp.fired and not may_hold(facts, j):
            return  # nothing firing to resolve, nothing that could fire
        statuses = cp.statuses
        for condition in evaluate(facts, j, rules, at, cp.fired):
            key = (condition.rule, condition.crime_id)
            status = statuses.get(key)
            if condition.holds and status is None:
                if condition.rule in FIRES_ONLY_ON_REPORT_OR_UPDATE and not trigger:
                    continue
                aid = alert_id(state.incident_id, condition.rule, condition.crime_id)
                alert = self._firing(state, facts, j, condition, aid=aid, at=at)
                statuses[key] = AlertStatus.FIRING
                cp.fired[key] = alert
                yield alert
            elif not condition.holds and status is AlertStatus.FIRING:
                statuses[key] = AlertStatus.RESOLVED
                firing = cp.fired.pop(key)  # a resolved condition never fires again
                yield self._resolved(firing, j, at, resolution(condition.rule, facts, j))

    def _is_new(self, state: IncidentState, alert: Alert) -> bool:
        previous = state.emitted.get(alert.alert_id)
        if previous is None:
            return True
        return previous.status is AlertStatus.FIRING and alert.status is AlertStatus.RESOLVED

    def _retract(self, state: IncidentState, cp: Checkpoint, now: datetime) -> list[Alert]:
        """Close alerts emitted before late input showed their condition never held.

        Only those raised by `now` (or all, once at rest): settled history has
        not reached the others yet (a restored incident settled from a clock behind the lost
        process's), so they wait until it has.
        """
        stale = []
        cp.unjudged = None
        for a in state.emitted.values():
            if a.status is AlertStatus.FIRING and (a.rule, a.crime_id) not in cp.statuses:
                if a.raised_at <= now or cp.at_rest:
                    stale.append(a)
                elif cp.unjudged is None or a.raised_at < cp.unjudged:
                    cp.unjudged = a.raised_at
        if not stale:
            return []
        j = self._judge(state, cp.facts, self._rules(cp.facts, None))
        return [self._resolved(a, j, now, Resolution.RETRACTED) for a in stale]

    # -- judging and records ----------------------------------------------------------------

    def _rules(self, facts: Facts, event: IncidentEvent | None) -> RuleSet:
        if self._only_rules is not None:
            return self._only_rules
        if facts.report is not None:
            return self.rulebook.rules_for(facts.report.force, facts.report.reported_at)
        if event is not None:
            return self.rulebook.rules_for(event.force, event.occurred_at)
        return self.rulebook.rule_sets[-1]

    @staticmethod
    def _deadlines(facts: Facts, rules: RuleSet) -> tuple[datetime, ...]:
        memo = facts.due
        if memo is not None and memo[0] is rules:
            return memo[1]
        due = deadlines(facts, rules)
        facts.due = (rules, due)
        return due

    def _score(self, state: IncidentState, facts: Facts) -> Score:
        key = facts.fact_key
        score = state.scores.get(key)
        if score is None:
            scorer_input = facts.scorer_input()
            if scorer_input is None:
                return NOT_SCORED
            score = self.scorer.score(scorer_input)
            state.scores[key] = score
        return score

    def _judge(self, state: IncidentState, facts: Facts, rules: RuleSet) -> Judgement:
        """Judged once per revision of the facts: ticks and re-checks reuse it."""
        memo = facts.judged
        if memo is not None and memo[0] is rules:
            return memo[1]
        j = judge(facts, self._score(state, facts), rules)
        facts.judged = (rules, j)
        return j

    @staticmethod
    def _reuse_received_judgement(state: IncidentState, cp: Checkpoint) -> None:
        """Settled facts equal to what was received earlier take that judgement."""
        received = state.received_judged
        if received is not None and received[0] == cp.settled:
            cp.facts.judged = received[1:]
            state.received_judged = None

    def _firing(
        self,
        state: IncidentState,
        facts: Facts,
        j: Judgement,
        condition: Condition,
        *,
        aid: str,
        at: datetime,
    ) -> Alert:
        report = facts.report
        return Alert(
            alert_id=aid,
            rule=condition.rule,
            status=AlertStatus.FIRING,
            severity=SEVERITY[condition.rule],
            incident_id=state.incident_id,
            force=report.force if report else state.events[0].force,
            area=report.data.area if report else UNKNOWN_AREA,
            raised_at=at,
            deadline=condition.deadline,
            summary=summary(condition.rule, facts, j, condition.crime_id),
            assessment=_alert_assessment(j),
            crime_id=condition.crime_id,
        )

    def _resolved(self, firing: Alert, j: Judgement, at: datetime, why: Resolution) -> Alert:
        return firing.model_copy(
            update={
                "status": AlertStatus.RESOLVED,
                "resolved_at": max(at, firing.raised_at),
                "resolution": why,
                "assessment": _alert_assessment(j),
            }
        )

    def _assess(self, state: IncidentState, event: IncidentEvent, index: int) -> Assessment | None:
        """The assessment from everything received, emitted when it changed."""
        facts = self._received(state, index)
        report = facts.report
        if report is None:
            return None
        rules = self._rules(facts, event)
        j = self._judge(state, facts, rules)
        state.received_judged = (len(state.events), rules, j)
        last = state.last_assessment
        if last is not None and _same_assessment(last, report, j, rules, self.scorer.version):
            return None
        assessment = Assessment(
            incident_id=state.incident_id,
            force=report.force,
            area=report.data.area,
            assessed_at=event.occurred_at,
            crimeable=j.crimeable,
            probability=j.probability,
            offence_group=j.offence_group,
            offence_codes=j.offence_codes,
            domestic_abuse=j.domestic_abuse,
            expected_crimes=j.expected_crimes,
            recording_deadline=j.recording_deadline,
            reasons=j.reasons,
            model_version=self.scorer.version,
            rules_version=rules.version,
        )
        share_fields_set(assessment)
        state.last_assessment = assessment
        return assessment

    @staticmethod
    def _received(state: IncidentState, index: int) -> Facts:
        """The facts of every event received, settled or pending, kept folded as they come.

        The same as the settled facts with the pending events applied: an event that sorts
        last is applied to the fold; one that sorts earlier means folding again.
        """
        events = state.events
        received = state.received
        if received is not None and index == len(events) - 1 == state.received_count:
            received.apply(events[index])
        else:
            received = Facts()
            for event in events:
                received.apply(event)
            state.received = received
        state.received_count = len(events)
        return received

    # -- planning -------------------------------------------------------------------------------

    def _plan(self, state: IncidentState) -> None:
        """When the incident next needs the clock, and whether its retention has ended it."""
        cp = state.checkpoint
        assert cp is not None
        events = state.events
        settled = len(events) == cp.settled
        deadlines = self._deadlines(cp.facts, self._rules(cp.facts, None))
        expiry = self._expiry(events, deadlines)
        cursor = state.cursor
        if cursor is not None and expiry is not None and cursor >= expiry and settled:
            state.finished, state.next_wakeup = True, None
            return
        state.finished = False
        if cp.at_rest:  # only its retention, or another event, can end the rest
            state.next_wakeup = expiry
            return
        wakeup = expiry if settled else events[cp.settled].occurred_at
        if cp.unjudged is not None and (wakeup is None or cp.unjudged < wakeup):
            wakeup = cp.unjudged
        for due in deadlines:
            if (cursor is None or due > cursor) and (wakeup is None or due < wakeup):
                wakeup = due
        if expiry is not None and wakeup is not None and expiry < wakeup:
            wakeup = expiry
        state.next_wakeup = wakeup

    def _expiry(
        self, events: list[IncidentEvent], deadlines: tuple[datetime, ...]
    ) -> datetime | None:
        """The retention after the last event, and never before the incident's deadlines: a
        rule time longer than the retention (all are configurable) still fires."""
        if not events:
            return None
        expiry = events[-1].occurred_at + self.rulebook.retention
        return max(expiry, *deadlines) if deadlines else expiry

    def _nothing_can_fire(self, state: IncidentState, cp: Checkpoint, rules: RuleSet) -> bool:
        facts = cp.facts
        if facts.closure is None or facts.report is None:
            return False
        if cp.fired:
            return False
        if any(crime.criterion is None for crime in facts.crimes.values()):
            return False  # crimes are cancelled days after closure: keep watching (retention)
        j = self._judge(state, facts, rules)
        if not may_hold(facts, j):
            return True
        for condition in evaluate(facts, j, rules, END_OF_TIME):
            if (
                condition.holds
                and condition.rule not in FIRES_ONLY_ON_REPORT_OR_UPDATE
                and (condition.rule, condition.crime_id) not in cp.statuses
            ):
                return False
        return True


def _same_assessment(
    last: Assessment, report: IncidentReported, j: Judgement, rules: RuleSet, model_version: str
) -> bool:
    """Whether an assessment now would equal the last one but for `assessed_at`."""
    return (
        last.force == report.force
        and last.area == report.data.area
        and last.crimeable == j.crimeable
        and last.probability == j.probability
        and last.offence_group == j.offence_group
        and last.offence_codes == j.offence_codes
        and last.domestic_abuse == j.domestic_abuse
        and last.expected_crimes == j.expected_crimes
        and last.recording_deadline == j.recording_deadline
        and last.reasons == j.reasons
        and last.model_version == model_version
        and last.rules_version == rules.version
    )


def _alert_assessment(j: Judgement) -> AlertAssessment:
    return AlertAssessment(
        probability=j.probability,
        offence_group=j.offence_group,
        domestic_abuse=j.domestic_abuse,
        expected_crimes=j.expected_crimes,
    )
