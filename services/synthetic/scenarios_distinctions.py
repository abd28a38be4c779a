# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""The points that separate neighbouring groups, written fresh for v3 (second round, from the
kinds of situation the dev set still confused, never its wording): a vehicle is not a building;
a victim who held on and was hit is robbed; a sexual touching the victim fought off stays a
sexual offence; theft in a position of trust over many visits is theft, not harassment; a
weapon found in a house search; abuse shouted at the public; a push with no injury is still an
assault; and non-crimes with injuries, damage or an "intruder" that turn out to be nothing."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

DISTINCTION_CRIMES = (
    Scenario(
        "vehicle_not_a_building", G.VEHICLE_OFFENCES, ("45", "48", "126"),
        (C.CRIME_BURGLARY, C.CRIME_THEFT, C.CRIME_DAMAGE, C.CRIME_VEHICLE, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ASB_NUISANCE),
        (
            "Work {veh} parked outside the house had its back window put through overnight, drills and a generator gone from inside it.",
            "{veh} gone from the road where it was parked, owner still has both sets of keys, no one has permission.",
            "Sat nav and sunglasses taken from the caller's {veh} on the street, driver's window smashed.",
            "Lad seen leaning into parked cars along the road, opened an unlocked {veh} and took a purse from the glovebox.",
            "Steering column of the {veh} broken open and the dashboard pulled apart, they failed to start it and left it.",
            "Caller's {veh} found burnt out on wasteland two days after it was taken from outside her flat.",
            "Back of the builder's {veh} jemmied open on the street, power tools missing.",
            "IP returned to the supermarket car park, passenger window of her {veh} smashed and her gym bag gone from the seat.",
        ),
        ("Vehicle circulated, forensics requested.",),
        weight=1.2,
    ),
    Scenario(
        "robbery_victim_held_on", G.ROBBERY, ("34B",),
        (C.CRIME_VIOLENCE, C.CRIME_THEFT, C.WELFARE_OTHER, C.ASB_NUISANCE),
        (
            "Male tried to pull the caller's phone from her hand, she gripped it and he elbowed her in the face until she let go, she has {inj}.",
            "Pensioner kept hold of her shopping trolley bag when a youth tugged it, he kicked her legs from under her and took it, cut to her knee.",
            "IP refused to hand over his bike, the two males punched him to the ground and rode off on it, he has {injm}.",
            "Woman's necklace ripped from her neck by a male who shoved her into a wall when she grabbed his arm, scratches to her neck.",
            "Delivery driver fought to keep his parcels when a man jumped him in the lift, he was hit in the face and the bags taken, {injm}.",
        ),
        weight=0.9,
    ),
    Scenario(
        "sexual_touching_fought_off", G.OTHER_SEXUAL_OFFENCES, ("17A", "20A"),
        (C.WELFARE_OTHER, C.ASB_PERSONAL, C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_SEXUAL),
        (
            "Colleague cornered IP in the stockroom, tried to kiss her and grabbed her breast, she shoved him away and ran out.",
            "Male at the party put his hand up her dress, she pushed him off and slapped him, friends took her home.",
            "Female says a man on the bus rubbed her thigh and moved his hand to her crotch, she elbowed him and moved seats.",
            "IP was pulled onto a man's lap at the bar and he groped her, she struggled free and told security.",
            "Man forced his tongue into the caller's mouth and touched her bottom after walking her home, she pushed him out of the door.",
        ),
        weight=0.9,
    ),
    Scenario(
        "theft_in_trust_over_time", G.THEFT, ("41", "44"),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.CRIME_THEFT, C.ADMIN_OTHER, C.WELFARE_CIVIL_DISPUTE),
        (
            "Son says his mum's home help has been taking notes from her purse for weeks, he counted the cash before and after each visit.",
            "Shop owner reports a cashier has been pocketing money from the till most shifts since March, caught on camera several times.",
            "Elderly man's jewellery has been going missing piece by piece since a new carer started, the carer sold a ring to a pawn shop.",
            "Bar manager keeps finding the takings short after the same barman's shifts, he was seen slipping notes into his sock.",
            "Nursing home resident's savings tin emptied bit by bit over a month, only two staff have a key.",
        ),
        weight=0.9,
    ),
    Scenario(
        "weapon_found_at_an_address", G.WEAPONS, ("81", "10A", "8A"),
        (C.ADMIN_OTHER, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_WEAPONS, C.CRIME_DRUGS, C.WELFARE_OTHER),
        (
            "Officers executing a drugs warrant found a pistol and rounds in a shoebox on top of the wardrobe.",
            "Arrest enquiry at the flat, a loaded crossbow and two machetes found behind the sofa.",
            "During a search of the loft officers recovered a revolver wrapped in a carrier bag.",
            "Landlord clearing a flat after eviction found a shotgun under the floorboards and called police, firearm seized.",
            "Stop of a car on the ring road, a taser disguised as a torch found in the door pocket.",
        ),
        reporter=R.POLICE, victims=0, weight=0.8,
    ),
    Scenario(
        "abuse_shouted_at_the_public", G.PUBLIC_ORDER, ("9A",),
        (C.ASB_NUISANCE, C.ASB_PERSONAL, C.WELFARE_MENTAL_HEALTH, C.WELFARE_OTHER),
        (
            "Male outside the bookies shouting that he'll knock out anyone who looks at him, swearing at shoppers, an elderly couple hurried away scared.",
            "Drunk female on the high street screaming obscenities at passers-by and threatening to glass people, families crossing the road to avoid her.",
            "Man on the bus shouting and swearing at passengers, threatening to fight the driver, a child was crying and people got off.",
            "Group of men outside the pub chanting abuse and threatening people walking past, staff and customers intimidated.",
        ),
        weight=0.8,
    ),
    Scenario(
        "push_no_injury_but_upset", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.ASB_PERSONAL, C.ASB_NUISANCE, C.WELFARE_OTHER, C.WELFARE_CIVIL_DISPUTE),
        (
            "Elderly lady was barged out of the way by a man at the till, she stumbled but did not fall, no injury, very upset.",
            "Caller was shoved in the back by a stranger on the escalator for walking too slowly, not hurt but shaken.",
            "Woman was pushed off the pavement by a man who said she was in his way, no injuries, she is shaken up.",
            "Teen was slapped on the back of the head by a man on the bus after an argument over a seat, no injury, mum furious.",
        ),
        weight=0.9,
    ),
)  # fmt: skip

DISTINCTION_NOT_CRIMES = (
    Scenario(
        "injury_or_damage_by_accident", None, (),
        (C.WELFARE_OTHER, C.CRIME_VIOLENCE, C.CRIME_DAMAGE, C.WELFARE_CONCERN_FOR_SAFETY, C.TRANSPORT_COLLISION),
        (
            "Man tripped on the kerb outside the pub after a few drinks and split his head open, friends called the ambulance, nobody else involved.",
            "High winds blew a neighbour's trampoline into the caller's conservatory, glass broken, insurance matter.",
            "Lady slipped in the shower and has a large bruise on her face, daughter worried people will think she was hit, no concerns.",
            "Roof tiles came off in the storm and smashed the windscreen of the car below.",
            "Boy broke his arm falling off the climbing frame at school, school wanted it logged.",
        ),
        victims=0, weight=1.0,
    ),
    Scenario(
        "intruder_that_was_not", None, (),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_THEFT),
        (
            "Caller heard noises downstairs and thought someone had broken in, officers searched, it was the cat knocking things off the side.",
            "Report of an intruder in the garden, on arrival it was the neighbour fetching his football.",
            "Alarm activation at the house, officers found all doors and windows secure, a spider on the sensor.",
            "Woman thought someone had been in the flat because the door was unlocked, her partner had popped out to the shop.",
        ),
        victims=0, weight=1.0,
    ),
)  # fmt: skip
