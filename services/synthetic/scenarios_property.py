# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Sexual offences, acquisitive crime, damage, state-based offences, fraud and modern slavery."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

OTHER_CRIMES = (
    Scenario(
        "rape", G.RAPE, ("19C",),
        (C.CRIME_SEXUAL, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER),
        (
            "Female caller states she was raped last night by a male she met in town, she is at a friend's address.",
            "IP discloses her {rel} forced her to have sex while she was asleep after she had said no.",
            "Caller woke up in an unknown flat with no memory, believes she was raped, bruising to her thighs.",
            "Report from {prof}: 17yo female disclosed she was raped at a party last weekend.",
            "HISTORIC - IP reports she was raped by a family friend in 2009 when she was 19, wants to report it now",
        ),
        ("SOIT officer deployed, early evidence kit.", "IP conveyed to SARC."),
        weight=0.9,
    ),
    Scenario(
        "sexual_assault", G.OTHER_SEXUAL_OFFENCES, ("20A",),
        (C.CRIME_SEXUAL, C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_PERSONAL, C.WELFARE_OTHER),
        (
            "Female reports a male grabbed her bottom on the bus and tried to put his hand up her skirt.",
            "Caller states her manager touched her breasts in the stockroom and tried to kiss her.",
            "School reports a 14yo pupil disclosed her stepdad has been touching her inappropriately.",
            "IP was groped in a nightclub by a male in a white shirt, door staff have him.",
            "Male exposed himself to two schoolgirls by the park gates and masturbated.",
            "Concern for welfare - mum says a 30yo man has been sending sexual messages and photos to her 13 year old daughter on snapchat",
            "c/r sexually assaulted by a taxi driver on the way home, he touched her between her legs",
        ),
        ("Suspect identified.", "ABE interview to be arranged."),
        weight=1.2,
    ),
    Scenario(
        "robbery", G.ROBBERY, ("34B",),
        (C.CRIME_ROBBERY, C.CRIME_THEFT, C.ASB_NUISANCE),
        (
            "Caller was robbed of his {item} {place} by {sus} who threatened him with a knife.",
            "IP punched and his {item} taken by {sus}, offenders made off on foot.",
            "Two males demanded the caller's phone and wallet at knifepoint in the underpass.",
            "16yo mugged on way home, {sus} pushed him to the ground and took his {item}",
            "Shop worker threatened with a hammer, offender took cash from the till",
            "Female had her {item} snatched and was dragged along the ground when she held on",
        ),
        ("Area search with victim negative.", "Suspect description circulated."),
    ),
    Scenario(
        "burglary_home", G.BURGLARY, ("28E",),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_THEFT),
        (
            "Caller returned home to find the back door forced and the house ransacked, {item} and jewellery taken.",
            "Burglary - rear window smashed, offender entered and stole a laptop and car keys.",
            "Elderly female woke up to find a male in her bedroom, he has taken her handbag and left through the front door.",
            "IP states someone has broken into her flat while she was at work, door lock snapped, TV missing",
            "shed and garage broken into overnight, bikes and power tools stolen",
            "c/r's house burgled whilst on holiday, neighbour noticed patio door open",
            "Creeper burglary - keys taken from the hallway and car stolen from the drive",
        ),
        ("SOCO requested.", "House to house conducted, neighbours heard nothing."),
        weight=1.3,
    ),
    Scenario(
        "burglary_business", G.BURGLARY, ("30C",),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Keyholder reports the shop shutters forced overnight, cigarettes and cash taken.",
            "Alarm activation at the school, on arrival rear door forced and laptops missing",
            "Building site cabin broken into, tools worth 3k stolen",
        ),
        reporter=R.THIRD_PARTY, weight=0.6,
    ),
    Scenario(
        "vehicle_crime", G.VEHICLE_OFFENCES, ("45", "48"),
        (C.CRIME_VEHICLE, C.CRIME_THEFT, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Caller's car has been stolen from outside the house overnight, keys still in her possession.",
            "IP states someone smashed the window of his van and took power tools from inside.",
            "catalytic converter taken from the caller's car while parked at work",
            "Motorbike stolen from the driveway, chain cut.",
            "Items taken from vehicle - sat nav and a bag from the passenger seat, window broken.",
        ),
        weight=1.0,
    ),
    Scenario(
        "theft", G.THEFT, ("49", "46"),
        (C.CRIME_THEFT, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "Caller's {item} was stolen from her bag while she was in the cafe.",
            "Store detective reports a female has left without paying for £200 of perfume, detained at the door.",
            "Bike stolen from outside the library, lock cut.",
            "IP states a colleague has been taking money from her locker at work.",
            "Shoplifter - male put meat in his coat and walked out without paying, known to staff.",
            "pickpocket on the bus, IP felt someone brush past and her {item} was gone",
            "Customer filled up with fuel and drove off without paying.",
        ),
        weight=1.3,
    ),
    Scenario(
        "criminal_damage", G.CRIMINAL_DAMAGE_ARSON, ("58C", "58A"),
        (C.CRIME_DAMAGE, C.ASB_NUISANCE, C.ASB_PERSONAL, C.WELFARE_DOMESTIC_INCIDENT),
        (
            "Caller's car has been keyed down both sides overnight.",
            "Youths have smashed the windows of the community centre with bricks.",
            "IP's {rel} has smashed her phone and put his fist through the bedroom door.",
            "neighbour slashed all four tyres on the caller's car, seen on doorbell camera",
            "Someone has put petrol through the letterbox and set it alight, door scorched, nobody hurt.",
            "graffiti sprayed on the caller's garage door, third time this month",
            "Ex-partner kicked the front door in and damaged the frame.",
        ),
        weight=1.1,
    ),
    Scenario(
        "public_order_victim", G.PUBLIC_ORDER, ("9A", "9B"),
        (C.CRIME_PUBLIC_ORDER, C.ASB_PERSONAL, C.ASB_NUISANCE),
        (
            "Taxi driver reports passenger shouted racial abuse at him and threatened to smash his car, he was alarmed and distressed.",
            "Shop assistant states a customer screamed threats at her and squared up to her across the counter, she was very frightened.",
            "Caller states a male in the street shouted homophobic abuse at him and his partner and said he'd batter them.",
            "Male waving his arms and threatening to fight staff in the takeaway, customers scared.",
        ),
        weight=0.8,
    ),
    Scenario(
        "weapons_found", G.WEAPONS, ("10A",),
        (C.CRIME_WEAPONS, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ASB_NUISANCE),
        (
            "Stop search - male found in possession of a lock knife in his waistband on the high street. Arrested.",
            "Officers seized a machete from a youth during search in the park.",
            "Knife found on male after he was detained by security at the shopping centre.",
        ),
        reporter=R.POLICE, victims=0, weight=0.6,
    ),
    Scenario(
        "drugs_found", G.DRUGS, ("92E", "92D"),
        (C.CRIME_DRUGS, C.ASB_NUISANCE, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Search under s23 MDA, male found in possession of 3 bags of cannabis. Street disposal.",
            "Officers located 12 wraps of crack cocaine in the vehicle during stop. Driver arrested.",
            "Cannabis factory found in loft of address, approx 60 plants.",
            "Youth seen dealing drugs from a car, on search found with cocaine and cash.",
        ),
        reporter=R.POLICE, victims=0, weight=0.6,
    ),
    Scenario(
        "fraud", G.FRAUD, ("NFIB1H",),
        (C.CRIME_FRAUD, C.ADMIN_OTHER, C.WELFARE_OTHER, C.WELFARE_CONCERN_FOR_SAFETY),
        (
            "Elderly male received a call from someone pretending to be from his bank, he transferred £8,000 to a 'safe account'.",
            "Caller scammed buying a car online, paid a deposit and the seller has vanished.",
            "Courier fraud - female told by 'police officer' to withdraw cash and hand it to a courier.",
            "IP's bank has flagged transactions she did not make, £600 taken from her account.",
            "Romance scam - c/r has sent over £20k to a man she met online who she has never met.",
        ),
        ("Advised to report to Action Fraud, crime ref obtained.", "Bank fraud team informed."),
        weight=1.0,
    ),
    Scenario(
        "modern_slavery", G.MODERN_SLAVERY, ("106",),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_OTHER, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Car wash workers appear to be living on site, one said their passports are held by the boss and they are not paid.",
            "Female found at address says she was brought to the UK and forced to work in a nail bar to pay off a debt, not allowed to leave.",
            "{prof} reports concerns a young male is being made to work for no pay and sleeps in a locked outbuilding.",
        ),
        ("NRM referral submitted.",),
        weight=0.5,
    ),
)  # fmt: skip
