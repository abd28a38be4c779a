# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""A second, independently written batch: wider vocabulary for crimes, more hard negatives."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

MORE_CRIMES = (
    Scenario(
        "da_assault_varied", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_NUISANCE, C.WELFARE_ABANDONED_CALL, C.CRIME_VIOLENCE),
        (
            "Her {rel} {hit} when she asked where he'd been. She's got {inj}.",
            "IP says her {rel} {hit} over the kids' bedtime, she has {inj}. Wants him out tonight.",
            "DA job - {rel} {hit} and took her phone off her. {inj}. He has gone to the pub.",
            "Female attended the front desk with {inj}. Says her {rel} {hit} on Sunday and she's too scared to go home.",
            "IP discloses that her {rel} {hit} on Friday after a night out. Old bruising visible, {inj}.",
        ),
        ("Bodycam on. Photos of injuries taken.", "SUSP circulated as wanted.", "IP taken to A&E for checks."),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), weight=1.8,
    ),
    Scenario(
        "assault_male_varied", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.CRIME_VIOLENCE, C.WELFARE_OTHER, C.TRANSPORT_COLLISION, C.ASB_NUISANCE),
        (
            "Caller says {sus} {hitm} {place}. He has {injm}.",
            "Update from scene: a bystander {hitm} after an argument, victim has {injm}.",
            "Queue outside the club, doorman {hitm} for no reason, {injm}.",
            "Builder on site says his foreman {hitm} in an argument over wages, {injm}.",
        ),
        weight=1.2,
    ),
    Scenario(
        "assault_minor_varied", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.ASB_PERSONAL, C.WELFARE_CIVIL_DISPUTE, C.WELFARE_OTHER),
        (
            "Her {rel} {hit} during the row. No marks, she says it didn't hurt much but she wants it stopped.",
            "Female says a stranger on the bus {hit} when she asked him to turn his music down. She is not hurt.",
            "Customer {hit} when she refused to serve him. No visible injuries.",
        ),
        domestic=False, weight=1.0,
    ),
    Scenario(
        "theft_varied", G.THEFT, ("49",),
        (C.ADMIN_OTHER, C.CRIME_THEFT, C.WELFARE_CIVIL_DISPUTE, C.WELFARE_OTHER),
        (
            "Her {item} was {taken} from the changing room at the gym while she swam.",
            "Someone has {taken} the charity collection tin off the shop counter.",
            "Caller's {item} {taken} from the table while she went to the bar.",
            "Plants and a bird bath {taken} from the front garden overnight.",
        ),
        weight=1.2,
    ),
    Scenario(
        "robbery_varied", G.ROBBERY, ("34B", "34A"),
        (C.CRIME_THEFT, C.WELFARE_OTHER, C.CRIME_ROBBERY),
        (
            "Two lads on bikes grabbed his {item} and said they'd stab him if he followed them.",
            "Delivery rider knocked off his scooter and his {item} {taken} by {sus}.",
            "Student threatened with a screwdriver and made to hand over his {item} and bank card.",
        ),
        weight=0.9,
    ),
    Scenario(
        "vehicle_varied", G.VEHICLE_OFFENCES, ("48", "45"),
        (C.ADMIN_OTHER, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_VEHICLE),
        (
            "All four wheels {taken} off the car overnight, left up on bricks.",
            "Someone tried to get into the car, lock punched, nothing {taken}.",
            "Caller's camper van {taken} from the storage yard, tracker shows it heading north.",
        ),
        weight=0.9,
    ),
    Scenario(
        "sexual_varied", G.OTHER_SEXUAL_OFFENCES, ("20A", "88A"),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_NUISANCE, C.WELFARE_OTHER),
        (
            "Woman says a male on the train rubbed himself against her and put his hand on her thigh.",
            "Teenager says her coach sent her explicit photos and asked her for nudes.",
            "Man followed a woman into the toilets at the station and tried to pull her top down.",
        ),
        weight=1.0,
    ),
    Scenario(
        "rape_varied", G.RAPE, ("19C", "19D"),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_MISSING_PERSON, C.ADMIN_OTHER),
        (
            "Student says a man she met on a dating app forced himself on her after she told him to stop.",
            "IP disclosed to the nurse that she was raped by two men at a house party, bruising noted.",
            "{rel} made her have sex when she said she didn't want to, says it has happened before.",
        ),
        weight=0.8,
    ),
    Scenario(
        "fraud_varied", G.FRAUD, ("NFIB1H",),
        (C.ADMIN_OTHER, C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_FRAUD),
        (
            "Caller paid \u00a3{n}0 for concert tickets on a social media page, tickets never arrived and seller blocked her.",
            "Text from 'Royal Mail' asked for a redelivery fee, her card was then used for purchases she didn't make.",
            "Caller's email hacked and used to send invoices to his customers, one paid \u00a3{n}00 to the fraudster.",
        ),
        weight=0.9,
    ),
    Scenario(
        "threats_varied", G.VIOLENCE_WITHOUT_INJURY, ("3B",),
        (C.ASB_PERSONAL, C.WELFARE_CIVIL_DISPUTE, C.WELFARE_DOMESTIC_INCIDENT),
        (
            "Work colleague told her he will get someone to shoot her when she leaves the building.",
            "Her {rel} said he'd set fire to the house with her in it, she believes he means it.",
            "Male neighbour told the caller's son he is going to kill him next time he sees him.",
        ),
        weight=0.8,
    ),
    Scenario(
        "public_order_varied", G.PUBLIC_ORDER, ("9A", "9B"),
        (C.ASB_NUISANCE, C.ASB_PERSONAL),
        (
            "Man outside the mosque shouting abuse at worshippers and threatening them, people frightened.",
            "Male swearing and threatening patients in the GP waiting room, receptionist scared.",
            "Woman harangued a shop worker with racist remarks and threatened her, staff member in tears.",
        ),
        qualifiers=(Q.HATE,), weight=0.8,
    ),
)  # fmt: skip

MORE_NOT_CRIMES = (
    Scenario(
        "accident_injury", None, (),
        (C.WELFARE_OTHER, C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_VIOLENCE),
        (
            "Cyclist came off his bike on ice, grazed and bruised, no other vehicle involved.",
            "Man cut his hand on glass while clearing up at home, accident, no one else there.",
            "Child hurt on a trampoline in the garden, broken wrist, parents took her to hospital.",
            "Worker injured at the factory when a pallet fell, HSE informed, no criminal concern.",
            "Elderly male fell in the street and cut his head, ambulance attended, no third party involved.",
        ),
        victims=0, weight=1.4,
    ),
    Scenario(
        "mistaken_report", None, (),
        (C.CRIME_THEFT, C.CRIME_FRAUD, C.CRIME_VEHICLE, C.CRIME_ROBBERY, C.CRIME_VIOLENCE),
        (
            "Report of stolen wallet - caller rang back, found it down the back of the sofa.",
            "Phone reported stolen was handed in at the bar, nothing taken from it.",
            "Caller thought someone had been in the house; her husband had come home early.",
            "Theft of purse reported, now withdrawn - it was in her other bag all along.",
        ),
        victims=0, weight=1.2,
    ),
    Scenario(
        "non_crime_contact", None, (),
        (C.ASB_PERSONAL, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "Caller upset that a neighbour didn't invite her to the street party.",
            "Man complaining a stranger sat in his usual seat on the bus.",
            "Woman wants advice about a one-off marketing call she found annoying.",
            "Caller annoyed that a friend posted an unflattering photo of her, nothing offensive said.",
        ),
        victims=0, weight=1.3,
    ),
    Scenario(
        "children_under_ten", None, (),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_NUISANCE),
        (
            "Six year old hit a classmate with a toy, school dealing with it.",
            "Young children knocking on doors and running off, no damage.",
            "A 9 year old took sweets from a shop, parent has paid and apologised.",
        ),
        victims=0, weight=0.7,
    ),
    Scenario(
        "police_found_nothing", None, (),
        (C.CRIME_WEAPONS, C.CRIME_DRUGS, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_BURGLARY),
        (
            "Report of drug dealing from a flat, officers attended, no evidence, intelligence submitted.",
            "Male reported carrying a machete - it was a walking stick.",
            "Broken window at the house was from a football, owner not concerned, no complaint.",
            "Noise of fighting reported, officers found two dogs fighting over a ball.",
        ),
        reporter=R.WITNESS, victims=0, weight=1.2,
    ),
    Scenario(
        "da_argument_varied", None, (),
        (C.WELFARE_DOMESTIC_INCIDENT, C.WELFARE_CIVIL_DISPUTE),
        (
            "Caller and her {rel} disagree about moving house, raised voices, nothing else.",
            "Caller wants her {rel} to leave after a break up, he is packing calmly, no threats.",
            "{rel} shouting about the state of the house, nothing physical, caller not scared.",
        ),
        domestic=True, victims=0, weight=1.4,
    ),
)  # fmt: skip
