# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Acquisitive crime told apart by its points to prove, written fresh for the groups that share
words: burglary (entry to a building), theft (no entry, no force), vehicle offences (the vehicle
or something in or on it), robbery (force or a threat to steal). Opening codes vary widely."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

ACQUISITIVE = (
    Scenario(
        "burglary_dwelling_told_many_ways", G.BURGLARY, ("28E",),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_THEFT, C.CRIME_DAMAGE, C.ADMIN_OTHER),
        (
            "Someone got in through the downstairs toilet window while the family slept, {loot} gone from the lounge.",
            "Back door lock snapped, drawers pulled out upstairs, {loot} missing. Occupier at work all day.",
            "resident came home from the school run and found the patio door prised, {loot} taken",
            "Caller heard glass breaking at 0200, went down and saw a figure leaving through the kitchen with {loot}.",
            "Flat door kicked in while IP was at her mums, place turned over, {loot} and passport gone",
            "Entry gained via insecure front door during the night, {loot} and a {item} taken from the hallway. Nobody heard anything.",
            "NEIGHBOUR SAW TWO MALES CLIMB THROUGH THE BACK WINDOW OF NO.{n} AND COME OUT WITH {loot}. OCCUPANT ON HOLIDAY.",
            "IP returned from hospital to find her bungalow had been entered, bedroom searched, {loot} not there",
            "Male walked into the caller's house through the unlocked door while they were in the garden and left with {loot}.",
            "intruder in the house - caller's husband disturbed a man in the spare room who ran off with {loot}",
            "Lodger's room broken into by another tenant, door forced, {loot} taken.",
        ),
        ("Scenes of crime to attend for fingerprints.", "Door-to-door enquiries, no witnesses.", "Point of entry photographed."),
        weight=1.6,
    ),
    Scenario(
        "burglary_outbuilding_or_business", G.BURGLARY, ("28F", "30C"),
        (C.CRIME_BURGLARY, C.CRIME_THEFT, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ADMIN_OTHER, C.CRIME_DAMAGE),
        (
            "Garden shed jemmied open overnight, lawnmower and {loot} taken.",
            "Lock-up garage broken into, two {veh} wheels and {loot} gone.",
            "Takeaway owner arrived to open up, back door forced, cash from the till and {loot} taken.",
            "Church hall entered through a skylight, the PA system taken.",
            "Office manager reports the building was entered over the weekend, two laptops taken, window pane removed.",
            "Farm outbuilding broken into, quad bike and {loot} stolen. Padlock cut.",
            "Someone has got into the caller's detached garage by the side door and helped himself to {loot}",
            "Keyholder called by alarm company, warehouse roller shutter bent up, stock missing.",
        ),
        reporter=R.THIRD_PARTY, weight=1.2,
    ),
    Scenario(
        "distraction_burglary", G.BURGLARY, ("28E",),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_FRAUD, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Two men said they were checking the gas supply, while one kept the 86yo busy in the garden the other went upstairs. {loot} now missing.",
            "Bogus caller claiming to be from the council got inside the elderly IP's home, afterwards she found {loot} gone from the bedroom.",
            "Female asked to use the toilet, elderly occupier let her in, cash from the kitchen drawer later found missing.",
        ),
        weight=0.6,
    ),
    Scenario(
        "theft_no_entry_no_force", G.THEFT, ("49", "39", "46", "44"),
        (C.CRIME_THEFT, C.ADMIN_OTHER, C.WELFARE_OTHER, C.ASB_NUISANCE, C.CRIME_OTHER),
        (
            "Pickpocketed at the football, her {item} went from a zipped pocket, she did not feel a thing.",
            "Her {item} was lifted from the pram basket in the shopping centre.",
            "Staff member suspected of pocketing cash from the till over several shifts, manager has footage.",
            "Customer at the petrol station filled a jerry can and drove off without paying.",
            "Someone walked off with the caller's {item} left on the seat at the bus station.",
            "Male seen putting bottles of spirits inside his jacket and leaving the store, staff did not approach.",
            "Gardening tools taken from the front lawn while the caller went in for lunch.",
            "Caller's pushbike taken from where it was leaning outside the newsagents, not locked.",
            "Delivery left in the communal hallway has been taken by someone.",
            "Elderly man's {item} taken by a carer, family have noticed it missing after visits.",
            "Lead flashing stripped off the roof of the community centre, no entry to the building.",
            "Charity shop volunteer says a woman slipped a jacket into her bag and walked out.",
        ),
        ("CCTV to be reviewed.", "No suspect description, crime number issued."),
        weight=1.8,
    ),
    Scenario(
        "vehicle_theft_of_or_from", G.VEHICLE_OFFENCES, ("48", "45", "126"),
        (C.CRIME_VEHICLE, C.CRIME_THEFT, C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ADMIN_OTHER, C.CRIME_DAMAGE),
        (
            "Her {veh} is not where she parked it last night, keys are in the house, no one has permission to use it.",
            "{veh} taken from the works yard overnight, tracker shows it on the motorway.",
            "Quarter light of the {veh} broken and a laptop bag lifted from the footwell.",
            "Tools stolen from the back of the {veh} parked on the street, rear doors peeled.",
            "Keyless theft - caller's {veh} driven off the drive at 3am, doorbell camera caught two males.",
            "Number plates removed from the caller's {veh} outside her flat.",
            "Someone has tried to force the door lock of the {veh}, scratches round the lock, nothing taken.",
            "male seen going along the row of parked cars trying handles, got into a {veh} and took a coat",
            "Diesel siphoned from the tank of the {veh} at the depot, fuel cap forced.",
            "Wing mirrors and badges taken off the {veh} overnight.",
            "Caller's motorbike pushed off from outside the gym, steering lock broken.",
            "IP's {veh} has had its ignition tampered with, plastic panel off and wires pulled.",
        ),
        ("Vehicle circulated on PNC.", "ANPR checks requested."),
        weight=1.8,
    ),
    Scenario(
        "robbery_force_or_threat", G.ROBBERY, ("34B", "34A"),
        (C.CRIME_ROBBERY, C.CRIME_VIOLENCE, C.CRIME_THEFT, C.WELFARE_OTHER, C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY),
        (
            "Male says he was pinned against a wall {place} and his {item} taken from his hand.",
            "Teenager approached by {sus} who said 'give us your phone or you get shanked', handed it over.",
            "Woman knocked over from behind and her {item} yanked from her shoulder, grazed knees.",
            "Taxi driver held by the collar by a passenger who demanded the night's takings, took the cash bag.",
            "IP punched twice by {sus} who then went through his pockets and took his {item}.",
            "Student made to transfer money from his banking app after being surrounded and told he'd be stabbed.",
            "Off-licence worker confronted by a male with a bat who demanded cigarettes and cash, he took both.",
            "Elderly female was shoved into a hedge {place} and her {item} wrenched from her.",
            "Courier says two men threatened him with a knife and drove off in his van with the parcels.",
            "CALLER BEATEN UP BY 3 LADS WHO TOOK HIS TRAINERS AND {item}",
        ),
        ("Area search negative.", "Victim shown images, no identification yet."),
        weight=1.6,
    ),
)  # fmt: skip
