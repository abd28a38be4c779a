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
    r"\b(withdr[ae]w\w*|withdrawn|does ?n[o']t (wish|want|support)|not support\w*|unwilling|"
    r"no longer (wish|want|support)\w*|not (willing|prepared) to|"
    r"(refus|declin)\w* to (engage|support|provide|give|make|co-?operate|attend|proceed)|"
    r"(won'?t|will not|would not) (engage|support|provide|give|make|co-?operate|proceed)|"
    r"not engag\w*|retract\w*)\b",
    re.IGNORECASE,
)
"""A victim's withdrawal, refusal or retraction: their choice or word, not verifiable fact."""
_EVIDENCE = re.compile(
    r"\b(cctv|footage|video|body ?worn|bwv|witness\w*|receipt|records? show|"
    r"confirm\w*|verified|found|located|returned|recovered|misplaced|dropped|prov(es?|ed)|"
    r"show(s|ed|n)?|medical|gps|phone data|bank confirm|in another force|no such)\b",
    re.IGNORECASE,
)
"""Checkable facts that can stand beside a withdrawal (a statement alone is not one: "will
not give a statement" is a withdrawal)."""


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
    rule's authority test is for cancellations. But a transfer after an unsupported
    cancellation is the later decision that could put it right: it does so only with the
    authority the cancellation needed."""
    if crime.criterion is None:
        return True
    if crime.criterion is Criterion.C1:
        earlier = crime.before_transfer
        if earlier is None or _decision_supported(crime, incident_group, *earlier):
            return True
        return _authorised(crime, incident_group, crime.authorised_by)
    return _decision_supported(
        crime, incident_group, crime.criterion, crime.avi, crime.authorised_by
    )


def _decision_supported(
    crime: CrimeRecord,
    incident_group: OffenceGroup | None,
    criterion: Criterion,
    avi: str,
    authorised_by: Authority | None,
) -> bool:
    if criterion is Criterion.C2 and not avi_is_substantive(avi):
        return False
    return _authorised(crime, incident_group, authorised_by)


def _authorised(
    crime: CrimeRecord, incident_group: OffenceGroup | None, authorised_by: Authority | None
) -> bool:
    return not needs_senior_authority(crime, incident_group) or authorised_by in (
        Authority.FCR,
        Authority.DDM,
    )


def contradicts_report(crime: CrimeRecord, incident_group: OffenceGroup | None) -> bool:
    """A supported C2 (AVI shows no notifiable crime occurred, in the contract's own words) is
    credible evidence against the report. A C3 (duplicate) or C4 (recorded in error) says
    nothing of whether a crime occurred: the crime only stops counting."""
    return crime.criterion is Criterion.C2 and cancellation_supported(crime, incident_group)
