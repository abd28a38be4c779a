"""Whether a transfer or cancellation of a recorded crime is supported (HOCR section C).

A `C2` cancellation needs additional verifiable information (AVI) in substance: objective,
checkable facts showing no notifiable crime occurred. A victim's withdrawal or wish not to
support a prosecution is not AVI. Cancelling a sexual offence or a violence-with-injury crime
needs the force crime registrar (`fcr`) or a designated decision maker (`ddm`).
"""

from __future__ import annotations

import re

from services.domain.codes import SEXUAL_OR_INJURY_GROUPS, OffenceGroup
from services.domain.events import Authority, Criterion
from services.domain.incident import CrimeRecord
from services.domain.offences import group_of_offence_code

MIN_AVI_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_PLACEHOLDER = re.compile(
    r"^\W*(n/?a|none|nil|no avi|not applicable|unknown|tbc|see (log|above|crime)|no crime|"
    r"nfa|no further action|no offences?|not a crime|cancel(led)?|-+|\.+)\W*$",
    re.IGNORECASE,
)
_NOT_EVIDENCE = re.compile(
    r"\b(withdr[ae]w|withdrawn|does ?n[o']t (wish|want|support)|not support|unwilling|"
    r"refus\w* to (engage|support|provide)|no longer wish|won'?t (engage|support)|"
    r"declin\w* to (engage|support|provide)|not engag\w*|victim retracts?)\b",
    re.IGNORECASE,
)
_EVIDENCE = re.compile(
    r"\b(cctv|footage|video|body ?worn|bwv|witness|statement|receipt|records? show|"
    r"confirmed|verified|found|located|returned|recovered|misplaced|dropped|proves?|shows?|"
    r"medical|gps|phone data|bank confirm|in another force|no such)\b",
    re.IGNORECASE,
)


def avi_is_substantive(avi: str) -> bool:
    """True when the AVI states checkable facts, not a placeholder or a withdrawal."""
    text = avi.strip()
    if len(_WORD.findall(text)) < MIN_AVI_WORDS or _PLACEHOLDER.match(text):
        return False
    return not (_NOT_EVIDENCE.search(text) and not _EVIDENCE.search(text))


def needs_senior_authority(crime: CrimeRecord, incident_group: OffenceGroup | None) -> bool:
    group = group_of_offence_code(crime.offence_code) if crime.offence_code else None
    return (group or incident_group) in SEXUAL_OR_INJURY_GROUPS


def cancellation_supported(crime: CrimeRecord, incident_group: OffenceGroup | None) -> bool:
    """Whether this crime's cancellation meets section C (True if not cancelled). A C1 is a
    transfer, not a cancellation, in the contract's words ("transferred or cancelled"): the
    rule's authority test is for cancellations."""
    if crime.criterion is None or crime.criterion is Criterion.C1:
        return True
    if crime.criterion is Criterion.C2 and not avi_is_substantive(crime.avi):
        return False
    if needs_senior_authority(crime, incident_group):
        return crime.authorised_by in (Authority.FCR, Authority.DDM)
    return True


def contradicts_report(crime: CrimeRecord, incident_group: OffenceGroup | None) -> bool:
    """A supported C2 (AVI shows no notifiable crime occurred, in the contract's own words) is
    credible evidence against the report. A C3 (duplicate) or C4 (recorded in error) says
    nothing of whether a crime occurred: the crime only stops counting."""
    return crime.criterion is Criterion.C2 and cancellation_supported(crime, incident_group)
