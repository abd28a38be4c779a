"""Canonical incident codes (contract section 3) and offence groups (section 4)."""

from __future__ import annotations

from enum import StrEnum


class IncidentCode(StrEnum):
    """The canonical incident categories every force maps its local codes to."""

    CRIME_VIOLENCE = "crime.violence"
    CRIME_SEXUAL = "crime.sexual"
    CRIME_ROBBERY = "crime.robbery"
    CRIME_BURGLARY = "crime.burglary"
    CRIME_VEHICLE = "crime.vehicle"
    CRIME_THEFT = "crime.theft"
    CRIME_DAMAGE = "crime.damage"
    CRIME_PUBLIC_ORDER = "crime.public_order"
    CRIME_WEAPONS = "crime.weapons"
    CRIME_DRUGS = "crime.drugs"
    CRIME_FRAUD = "crime.fraud"
    CRIME_OTHER = "crime.other"
    ASB_PERSONAL = "asb.personal"
    ASB_NUISANCE = "asb.nuisance"
    ASB_ENVIRONMENTAL = "asb.environmental"
    WELFARE_CONCERN_FOR_SAFETY = "welfare.concern_for_safety"
    WELFARE_DOMESTIC_INCIDENT = "welfare.domestic_incident"
    WELFARE_MISSING_PERSON = "welfare.missing_person"
    WELFARE_MENTAL_HEALTH = "welfare.mental_health"
    WELFARE_SUSPICIOUS_CIRCUMSTANCES = "welfare.suspicious_circumstances"
    WELFARE_CIVIL_DISPUTE = "welfare.civil_dispute"
    WELFARE_SUDDEN_DEATH = "welfare.sudden_death"
    WELFARE_ABANDONED_CALL = "welfare.abandoned_call"
    WELFARE_OTHER = "welfare.other"
    TRANSPORT_COLLISION = "transport.collision"
    TRANSPORT_HIGHWAY_DISRUPTION = "transport.highway_disruption"
    ADMIN_DUPLICATE = "admin.duplicate"
    ADMIN_HOAX = "admin.hoax"
    ADMIN_OTHER = "admin.other"

    @property
    def is_crime(self) -> bool:
        return self.startswith("crime.")


CRIME_RELATED_INCIDENT = "crime_related_incident"
"""Closing-only code: the incident led to a crime record kept elsewhere."""


class OffenceGroup(StrEnum):
    VIOLENCE_WITH_INJURY = "violence_with_injury"
    VIOLENCE_WITHOUT_INJURY = "violence_without_injury"
    STALKING_HARASSMENT = "stalking_harassment"
    RAPE = "rape"
    OTHER_SEXUAL_OFFENCES = "other_sexual_offences"
    ROBBERY = "robbery"
    BURGLARY = "burglary"
    VEHICLE_OFFENCES = "vehicle_offences"
    THEFT = "theft"
    CRIMINAL_DAMAGE_ARSON = "criminal_damage_arson"
    PUBLIC_ORDER = "public_order"
    WEAPONS = "weapons"
    DRUGS = "drugs"
    FRAUD = "fraud"
    MODERN_SLAVERY = "modern_slavery"
    OTHER = "other"


SEXUAL_OR_INJURY_GROUPS = frozenset(
    {OffenceGroup.RAPE, OffenceGroup.OTHER_SEXUAL_OFFENCES, OffenceGroup.VIOLENCE_WITH_INJURY}
)
"""Groups whose cancellation needs the force crime registrar or a designated decision maker."""

N100 = "N100"
"""A rape report not (yet) recorded as a confirmed rape: not a recorded crime."""
