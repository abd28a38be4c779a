"""Deterministic generator of labelled control-room logs from the scenario library.

Each case picks a scenario by weight, one of its independently written first entries, fills the
slots, and varies who reported it, how (professional referral, third party, historic, another
force area), the opening code (crimes under non-crime codes and the reverse), qualifiers, later
log entries, and the register (jargon, capitals, terse lower case, typos). The NCRS label comes
from the scenario and never changes with the wording.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from services.domain.codes import IncidentCode
from services.domain.events import Channel, Qualifier, Reporter, Victim
from services.synthetic import vocabulary as vocab
from services.synthetic.case import Labels, SyntheticCase
from services.synthetic.noise import roughen
from services.synthetic.scenario import Scenario
from services.synthetic.scenarios_acquisitive import ACQUISITIVE
from services.synthetic.scenarios_breadth import BREADTH_CRIMES, BREADTH_NOT_CRIMES
from services.synthetic.scenarios_contrast import CONTRAST_CRIMES, CONTRAST_NOT_CRIMES
from services.synthetic.scenarios_distinctions import DISTINCTION_CRIMES, DISTINCTION_NOT_CRIMES
from services.synthetic.scenarios_fraud_sexual import FRAUD_AND_SEXUAL_CRIMES
from services.synthetic.scenarios_in_passing import CONTRAST_MORE_CRIMES, CONTRAST_MORE_DAMAGE
from services.synthetic.scenarios_more import MORE_CRIMES, MORE_NOT_CRIMES
from services.synthetic.scenarios_negative import NOT_CRIMES
from services.synthetic.scenarios_property import OTHER_CRIMES
from services.synthetic.scenarios_retracted import (
    AUDIT_MISSED_CRIMES,
    RETRACTED_CONTRAST_CRIMES,
    RETRACTED_NOT_CRIMES,
)
from services.synthetic.scenarios_violence import VIOLENCE

SCENARIOS: tuple[Scenario, ...] = (
    VIOLENCE
    + OTHER_CRIMES
    + MORE_CRIMES
    + ACQUISITIVE
    + CONTRAST_CRIMES
    + FRAUD_AND_SEXUAL_CRIMES
    + BREADTH_CRIMES
    + CONTRAST_MORE_CRIMES
    + CONTRAST_MORE_DAMAGE
    + DISTINCTION_CRIMES
    + RETRACTED_CONTRAST_CRIMES
    + AUDIT_MISSED_CRIMES
    + NOT_CRIMES
    + MORE_NOT_CRIMES
    + CONTRAST_NOT_CRIMES
    + BREADTH_NOT_CRIMES
    + DISTINCTION_NOT_CRIMES
    + RETRACTED_NOT_CRIMES
)
_WEIGHTS = tuple(s.weight for s in SCENARIOS)
_CHANNELS = (Channel.EMERGENCY_CALL, Channel.NON_EMERGENCY_CALL, Channel.ONLINE, Channel.IN_PERSON)
_NOISE_QUALIFIERS = (Qualifier.ALCOHOL, Qualifier.MENTAL_HEALTH, Qualifier.REPEAT_VICTIM)
_PREFIXES = ("", "", "", "C/R states ", "Caller reports ", "Call from ", "LOG: ", "Per caller - ")
_HISTORIC = (
    " This happened in {year}, she is only reporting it now.",
    " Historic - occurred approx {year}.",
    " IP states this took place back in {year}.",
)
_ELSEWHERE = (
    " Offence took place in {town} while IP was visiting family.",
    " Incident occurred in {town} (other force area), IP now home.",
)
_PROFESSIONAL = (
    "Referral from {prof}: ",
    "{prof} calling on behalf of a patient - ",
    "Call from {prof} who has had a disclosure. ",
)
_ALREADY_ATTRIBUTED = re.compile(r"(?i)(?:c/r|caller|ip|female|male|report|[a-z]+ reports)\b")
_THIRD_PARTY = ("Neighbour calling - ", "Call from IP's friend: ", "Witness reports: ")
_DISTRACTORS = (" No weapons seen.", " No children present.", " Nobody else injured.", "")


def _slots(rng: random.Random) -> dict[str, str]:
    return {
        "rel": rng.choice(vocab.PARTNER),
        "fam": rng.choice(vocab.FAMILY),
        "inj": rng.choice(vocab.INJURY),
        "injm": rng.choice(vocab.INJURY_M),
        "item": rng.choice(vocab.ITEM),
        "place": rng.choice(vocab.PLACE),
        "sus": rng.choice(vocab.SUSPECT),
        "name": rng.choice(vocab.NAMES),
        "town": rng.choice(vocab.OTHER_FORCE),
        "prof": rng.choice(vocab.PROFESSIONAL),
        "n": str(rng.choice((3, 5, 8, 12, 15, 20, 30, 50))),
        "year": str(rng.randint(1995, 2023)),
        "hit": rng.choice(vocab.HIT),
        "hitm": rng.choice(vocab.HIT_M),
        "taken": rng.choice(vocab.TAKEN),
        "veh": rng.choice(vocab.VEHICLE),
        "loot": rng.choice(vocab.LOOT),
    }


def _opening(rng: random.Random, scenario: Scenario) -> IncidentCode:
    keep = 0.55 if scenario.crimeable else 0.75
    if len(scenario.opening) == 1 or rng.random() < keep:
        return scenario.opening[0]
    return rng.choice(scenario.opening[1:])


def _first_entry(
    rng: random.Random, scenario: Scenario, slots: dict[str, str], template: str
) -> tuple[str, Reporter, Channel]:
    text = template.format_map(slots)
    reporter, channel = scenario.reporter, rng.choice(_CHANNELS)
    roll = rng.random()
    if scenario.reporter is Reporter.VICTIM and roll < 0.12:
        text = rng.choice(_PROFESSIONAL).format_map(slots) + text
        reporter, channel = Reporter.PROFESSIONAL, Channel.AGENCY_REFERRAL
    elif scenario.reporter is Reporter.VICTIM and roll < 0.22:
        text = rng.choice(_THIRD_PARTY) + text
        reporter = Reporter.THIRD_PARTY
    elif reporter is Reporter.POLICE:
        channel = Channel.POLICE_GENERATED
    elif not _ALREADY_ATTRIBUTED.match(text):
        text = rng.choice(_PREFIXES) + text
    if scenario.crimeable and rng.random() < 0.07:
        text += rng.choice(_HISTORIC).format_map(slots)
    if scenario.crimeable and rng.random() < 0.05:
        text += rng.choice(_ELSEWHERE).format_map(slots)
    if rng.random() < 0.15:
        text += rng.choice(_DISTRACTORS)
    if "{name}" not in template and rng.random() < 0.15:
        text = text.replace(slots["rel"], f"{slots['rel']} {slots['name']}", 1)
    return text, reporter, channel


def _case(rng: random.Random, case_id: str) -> SyntheticCase:
    scenario = rng.choices(SCENARIOS, weights=_WEIGHTS)[0]
    slots = _slots(rng)
    template = rng.choice(scenario.core)
    first, reporter, channel = _first_entry(rng, scenario, slots, template)
    entries = [first]
    for update in rng.sample(
        scenario.updates, k=min(len(scenario.updates), rng.choice((0, 0, 1, 2)))
    ):
        entries.append(update.format_map(slots))
    entries = [roughen(rng, e) for e in entries]
    qualifiers = {q for q in scenario.qualifiers if rng.random() < 0.7}
    if rng.random() < 0.15:
        qualifiers.add(rng.choice(_NOISE_QUALIFIERS))
    listed = scenario.victims if scenario.crimeable else int(rng.random() < 0.3)
    if rng.random() < 0.25:
        listed = 0
    victims = tuple(Victim(ref=f"V{i + 1}", age=None) for i in range(listed))
    domestic = scenario.domestic or "{rel}" in template
    labels = Labels(
        crimeable=scenario.crimeable,
        offence_group=scenario.group,
        offence_codes=scenario.codes,
        domestic_abuse=domestic,
        victim_count=scenario.victims if scenario.crimeable else 0,
    )
    return SyntheticCase(
        case_id=case_id,
        scenario=scenario.key,
        entries=tuple(entries),
        opening_code=_opening(rng, scenario),
        qualifiers=frozenset(qualifiers),
        reporter=reporter,
        channel=channel,
        victims=victims,
        labels=labels,
    )


def iter_cases(seed: int) -> Iterator[SyntheticCase]:
    """An endless, deterministic stream of labelled cases for one seed."""
    rng = random.Random(seed)
    index = 0
    while True:
        yield _case(rng, f"S{seed}-{index}")
        index += 1


def generate_cases(seed: int, n: int) -> list[SyntheticCase]:
    """`n` labelled cases, the same for the same seed."""
    stream = iter_cases(seed)
    return [next(stream) for _ in range(n)]
