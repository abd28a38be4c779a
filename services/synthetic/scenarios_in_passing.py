# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""v3 contrasts from the dev set's remaining confusions (situations, not its wording)."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.synthetic.scenario import Scenario

# Second round, from the dev set's remaining confusions (situations, not its wording): a vehicle
# mentioned in passing does not make a vehicle offence; breaking things in a row with nobody
# touched stays criminal damage even when the log says "not hurt"; force used to take property
# is robbery even with an injury; sex without consent is rape, not sexual assault.
CONTRAST_MORE_CRIMES = (
    Scenario(
        "vehicle_in_passing", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.TRANSPORT_HIGHWAY_DISRUPTION, C.TRANSPORT_COLLISION, C.ASB_PERSONAL, C.CRIME_VIOLENCE),
        (
            "Taxi driver says a passenger leaned over from the back seat and grabbed him round the neck, then got out of the car. He is not injured.",
            "After a minor bump in the car park the other driver got out of his van and shoved the caller against her car door, no injuries.",
            "Cyclist banged on a car roof, the driver jumped out and pushed him off his bike, no injury, bike fine.",
            "Man parked across the caller's drive, when asked to move he spat at her and drove off.",
        ),
        weight=0.8,
    ),
    Scenario(
        "stalking_with_a_car", G.STALKING_HARASSMENT, ("8Q",),
        (C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY, C.TRANSPORT_HIGHWAY_DISRUPTION, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Her {rel} keeps parking his car at the end of her road and watching the house, he has done it most nights for a fortnight.",
            "Female says the same van follows her to work every morning, the driver is a man she rejected at the gym, he also messages her constantly.",
            "IP found notes tucked under her windscreen wiper every day this week from a man who says he is in love with her and knows where she goes.",
            "A woman the caller went on two dates with keeps driving past his house sounding her horn, and has turned up at his work {n} times.",
        ),
        weight=0.8,
    ),
    Scenario(
        "burglary_keys_and_car", G.BURGLARY, ("28E",),
        (C.CRIME_VEHICLE, C.CRIME_BURGLARY, C.CRIME_THEFT, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Someone came into the house through an insecure back door overnight and took the car keys from the kitchen, the {veh} has gone from the drive.",
            "Letterbox fished - keys hooked off the hall table and the caller's {veh} driven away, nothing else disturbed in the house.",
            "Intruder got into the hallway while the family slept, took a wallet and the keys to the {veh}, which was then stolen.",
            "Front door found open in the morning, handbag and van keys gone from the side and the van taken.",
        ),
        weight=0.8,
    ),
    Scenario(
        "robbery_with_injury", G.ROBBERY, ("34B",),
        (C.CRIME_VIOLENCE, C.CRIME_THEFT, C.WELFARE_OTHER, C.TRANSPORT_COLLISION, C.ASB_NUISANCE),
        (
            "Male punched in the face {place} by {sus} who then took his {item}, IP has {injm}.",
            "Woman dragged to the ground by her bag strap until she let go, she has grazes to her hands and knees, bag taken.",
            "Delivery rider knocked off his scooter by two males who rode away on it, rider has a cut to his hand.",
            "Elderly man shoved over in the street by a youth who snatched his wallet, he has a bleeding head wound.",
            "IP beaten up by three lads who took his trainers and phone, {injm}.",
            "Lad hit over the head with a bottle and his chain ripped off his neck, cuts to his scalp.",
        ),
        ("IP taken to hospital, robbery squad informed.",),
        weight=1.0,
    ),
    Scenario(
        "rape_without_consent", G.RAPE, ("19C",),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.CRIME_SEXUAL, C.WELFARE_DOMESTIC_INCIDENT),
        (
            "IP states a man she had been seeing had sex with her even though she told him to stop and tried to push him off.",
            "Female says her housemate got into her bed while she was asleep and had sex with her, she woke up and he carried on.",
            "Caller says her partner had sex with her while she was unconscious after drinking, she found out from a video on his phone.",
            "Woman reports she was pinned down by a man from the party and he penetrated her with his fingers while she said no.",
            "Young man says his date forced him to perform oral sex after he said he wanted to go home.",
        ),
        weight=0.8,
    ),
)  # fmt: skip

CONTRAST_MORE_DAMAGE = (
    Scenario(
        "row_damage_nobody_touched_more", G.CRIMINAL_DAMAGE_ARSON, ("58A",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_DAMAGE, C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY),
        (
            "{rel} threw her tablet against the wall and smashed it, she is not hurt, he never went near her.",
            "During an argument {rel} kicked the wardrobe doors in and broke the bed frame. IP not injured, no contact.",
            "{fam} put a chair through the patio doors when his mum refused him money, she is fine, not assaulted.",
            "IP says her {rel} punched the TV screen and pulled the shelves off the wall, nothing physical towards her, no injuries.",
            "{rel} snapped her bank cards and ripped up her passport in a temper, she was not touched.",
            "Ex came to the address and slashed all four tyres on her car then left, she is not hurt.",
        ),
        ("Damage recorded, photographs taken.",),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), weight=1.0,
    ),
)  # fmt: skip
