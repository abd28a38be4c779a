# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Contrasts written fresh: damage in a domestic row with nobody touched (criminal damage, not
assault), damage and arson in the street, exploitation (modern slavery, including for sex) apart
from sexual assault, and look-alike non-crimes (accidental damage, mislaid property)."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.synthetic.scenario import Scenario

CONTRAST_CRIMES = (
    Scenario(
        "domestic_damage_nobody_touched", G.CRIMINAL_DAMAGE_ARSON, ("58A",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_DAMAGE, C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_PERSONAL),
        (
            "Her {rel} lost it when she asked for space, threw the telly off the stand and snapped the remote. He never touched her.",
            "{rel} put his foot through the bathroom door and pulled the curtain pole off the wall. IP not hurt, scared.",
            "IP says her {fam} smashed the plates and the glass coffee table in a rage. Nobody was assaulted.",
            "During the row her {rel} stamped on her phone and broke her glasses. She confirms he did not hit her.",
            "DA - {rel} ripped the kitchen cupboard doors off and kicked a hole in the plasterboard, IP uninjured",
            "{rel} cut up her clothes with scissors and poured bleach on her bedding after the split",
            "female states ex came round and smashed the front window with a brick because she would not let him in, he has left",
            "{fam} has trashed his bedroom and broken the banister, mum states no violence towards her",
        ),
        ("Damage photographed. DASH completed.", "IP wants the damage recorded, SUSP not present."),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), weight=1.5,
    ),
    Scenario(
        "damage_or_fire_in_the_street", G.CRIMINAL_DAMAGE_ARSON, ("58C", "58B", "56B", "58D"),
        (C.CRIME_DAMAGE, C.ASB_NUISANCE, C.ASB_ENVIRONMENTAL, C.ASB_PERSONAL, C.WELFARE_OTHER),
        (
            "Wing mirrors kicked off three cars along the road overnight.",
            "Kids set fire to the recycling bins behind the flats, the fence caught and is charred.",
            "Someone has etched words into the glass of the caller's shop window.",
            "Glass panel in the library door put through overnight, nothing taken, blood on the frame.",
            "Tyres on the caller's van let down and the windscreen cracked with a stone, second time this month.",
            "Football pitch goal nets cut and the clubhouse door spray painted.",
            "Neighbour poured paint over the caller's car bonnet after a parking row.",
            "Fire crew report a deliberate fire set in a derelict house, doors and stairs burnt out.",
            "Flowerbeds dug up and the bench at the memorial garden broken.",
        ),
        ("Enquiries with council CCTV.",),
        weight=1.2,
    ),
    Scenario(
        "exploitation_labour_or_sex", G.MODERN_SLAVERY, ("106",),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_OTHER, C.WELFARE_OTHER, C.CRIME_SEXUAL),
        (
            "Men at the hand car wash sleep in a container on site, their boss keeps their IDs and says they owe him for the journey.",
            "Young woman found at a brothel says she was recruited abroad for a bar job, now made to see clients every night and gets none of the money.",
            "{prof} concerned a patient is a domestic servant, cooks and cleans for a family 16 hours a day, not paid, not allowed out alone.",
            "Boy of 15 found in a trap house 80 miles from home, says older males give him drugs to sell and hurt him if he comes back short.",
            "Factory workers transported in a minibus each morning, a man takes their wages into his account and gives them a few pounds.",
            "Female says her 'boyfriend' brought her over from Albania and now advertises her online for sex, he keeps her passport and all the money.",
            "Anonymous call - people being dropped off at a house and locked in at night, believed to work in nail bars, they look frightened.",
            "Man on a building site says he was promised work but is now forced to work for food only and threatened if he tries to leave.",
        ),
        ("NRM referral made, first responder informed.", "Reception centre arranged."),
        weight=1.1,
    ),
)  # fmt: skip

CONTRAST_NOT_CRIMES = (
    Scenario(
        "damage_without_an_offender", None, (),
        (C.CRIME_DAMAGE, C.CRIME_VEHICLE, C.WELFARE_CIVIL_DISPUTE, C.TRANSPORT_COLLISION),
        (
            "Caller's fence blown down in the wind onto the neighbour's car, they want police involved. No offence.",
            "Car scratched in the supermarket car park, most likely a trolley, no one seen, advised insurance.",
            "Window at the caller's house cracked by a stone flicked up from the strimmer of the council worker. accidental",
            "Son broke his own bedroom door in temper, it is his own property, mum just wants advice, no threats or violence.",
            "Water leaking from the flat above has damaged the ceiling, landlord matter.",
        ),
        victims=0, weight=1.0,
    ),
    Scenario(
        "taking_explained", None, (),
        (C.CRIME_THEFT, C.CRIME_BURGLARY, C.CRIME_VEHICLE, C.CRIME_ROBBERY),
        (
            "Reported {veh} stolen from outside the house - her partner had taken it to work, all fine.",
            "Caller thought the shed had been broken into, later found her dad had borrowed the mower and left the door open.",
            "{item} reported taken from the gym lockers, later found in the lost property box.",
            "Owner reports van missing, it had been towed by the council for parking on a double yellow line.",
            "Alleged mugging withdrawn - caller admits he lost his {item} and was worried what his parents would say.",
        ),
        victims=0, weight=1.0,
    ),
)  # fmt: skip
