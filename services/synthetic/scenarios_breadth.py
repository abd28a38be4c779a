# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Breadth for the groups v2 confused (v3): violence in a row that also broke things (the assault
is the principal crime), the line between injury and none, harassment in its many forms, theft
that is not burglary, state-based offences found by officers, and look-alike non-crimes (money
disputes, contact that is no offence, a row with only one's own things broken, searches that
find nothing). Written fresh, each phrasing independently; none is taken from an evaluation set."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

BREADTH_CRIMES = (
    Scenario(
        "domestic_assault_with_damage", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_DAMAGE, C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY),
        (
            "{rel} smashed the telly and then {hit}, she has {inj}.",
            "Caller says her {rel} was throwing things round the lounge, broke the glass table, then {hit} leaving {inj}.",
            "DA - {rel} kicked the bedroom door in, dragged her out by the arm and punched her in the ribs, she has {inj} and the door is off its hinges.",
            "IP's {fam} broke her phone so she couldn't call anyone and then hit her with it, {inj}.",
            "argument over money - {rel} trashed the kitchen and pushed her into the worktop, she has {inj}",
            "Female states {rel} punched the wall, then grabbed her by the throat and squeezed, there are {inj} and marks on her neck.",
            "Neighbour reports banging and smashing from next door, on arrival the female has {inj} and says her {rel} {hit} and broke the furniture.",
        ),
        ("Damage and injuries photographed, SUSP arrested for assault ABH.", "DASH high risk."),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), weight=1.4,
    ),
    Scenario(
        "domestic_push_with_damage_no_injury", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_DAMAGE, C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_PERSONAL),
        (
            "{rel} smashed a glass against the wall and then shoved her out of the way, she is not injured.",
            "During the row her {rel} threw the dinner on the floor and pushed her backwards onto the sofa. No marks.",
            "IP says her {fam} snapped her laptop in half and then grabbed her arm and pulled her, no injury.",
            "{rel} broke the front door lock and barged her into the hallway, she is shaken but unhurt.",
            "Caller states her {rel} kicked the dog's bowl across the room then spat at her, no injuries.",
        ),
        ("DASH standard risk.", "SUSP arrested for common assault."),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), weight=1.0,
    ),
    Scenario(
        "assault_injury_varied", G.VIOLENCE_WITH_INJURY, ("8N", "5D"),
        (C.CRIME_VIOLENCE, C.ASB_NUISANCE, C.ASB_PERSONAL, C.WELFARE_OTHER, C.WELFARE_CIVIL_DISPUTE, C.TRANSPORT_HIGHWAY_DISRUPTION),
        (
            "Neighbour dispute over bins turned physical, the man next door {hitm} and the caller has {injm}.",
            "Dad reports {sus} {hitm} - his son - {place}, lad now has {injm}.",
            "Row in the queue at the takeaway, another customer {hitm} and he has {injm}, suspect still outside.",
            "After a near miss at the roundabout the other driver got out and {hitm}, IP has {injm}.",
            "Ambulance crew request police, patient says his housemate {hitm}, {injm}.",
            "Female bouncer bitten on the arm by a drunk woman being ejected, skin broken and bleeding.",
            "Carer reports a resident's visitor twisted her wrist when she asked him to leave, she thinks it is sprained, swollen.",
            "Teen says a group at the skatepark beat him up, he has a suspected broken wrist and cuts to his face.",
        ),
        ("IP seen at A&E, injuries recorded.", "Suspect identified from CCTV."),
        weight=1.4,
    ),
    Scenario(
        "assault_no_injury_varied", G.VIOLENCE_WITHOUT_INJURY, ("105A", "3B"),
        (C.CRIME_VIOLENCE, C.ASB_NUISANCE, C.ASB_PERSONAL, C.WELFARE_OTHER, C.WELFARE_CIVIL_DISPUTE, C.TRANSPORT_HIGHWAY_DISRUPTION),
        (
            "Neighbour shoved the caller in the chest during an argument over a fence, he is not hurt.",
            "Cyclist says a pedestrian grabbed his handlebars and pushed him, he didn't fall, no injury.",
            "Customer threw a coffee at the barista, it was not hot and she is not injured, just soaked.",
            "Man poked the caller in the face repeatedly and tried to headbutt him but missed, no injury.",
            "Parent at school gates slapped another mum across the face, no marks, children saw it.",
            "Lad on the bus kept flicking the caller's ear and then pushed her into the window, no injuries.",
            "Man told his neighbour he'd come back and stab him and his kids, said it to his face, caller believes it.",
            "Caller's landlord threatened to shoot him if he didn't leave the flat by Friday, he is scared he means it.",
        ),
        ("No injuries, victim supports prosecution.", "Words of advice not appropriate, crime to be recorded."),
        weight=1.3,
    ),
    Scenario(
        "harassment_varied", G.STALKING_HARASSMENT, ("8L", "8Q", "8R"),
        (C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_CIVIL_DISPUTE, C.WELFARE_OTHER, C.CRIME_OTHER),
        (
            "Man keeps sending IP's boss emails accusing her of stealing, after she ended their relationship, {n} so far.",
            "Caller's former friend has been posting her address and photos online saying she is a paedophile, people are now shouting at her house.",
            "Woman says a man from her gym has found her on every social media site, keeps messaging her and was waiting at her car last night.",
            "Ex-partner leaves flowers and notes on her doorstep every morning despite being warned by police to stay away.",
            "IP keeps getting silent calls at all hours from withheld numbers, she is sure it is her ex, it has been going on for weeks.",
            "Neighbour shouts abuse at the caller's autistic son every time he goes outside and films him, family frightened.",
            "Student says a lecturer keeps messaging her late at night and turns up where she studies, she has asked him to stop.",
            "Female reports her {rel} has been driving past her house several times a day since she moved, and has contacted her new partner.",
        ),
        ("Harassment warning not appropriate, crime recorded.", "Victim keeping a diary of incidents."),
        weight=1.3,
    ),
    Scenario(
        "theft_varied_more", G.THEFT, ("49", "46", "41", "44"),
        (C.CRIME_THEFT, C.ADMIN_OTHER, C.WELFARE_OTHER, C.ASB_NUISANCE, C.WELFARE_CIVIL_DISPUTE, C.CRIME_OTHER),
        (
            "Amazon parcel left on the step has been {taken}, doorbell camera shows a male walk up and take it.",
            "Lodger moved out and took the landlord's TV and microwave with him without asking.",
            "Shop manager says a member of staff has been putting cash from the till in her pocket, seen on CCTV.",
            "IP's {item} {taken} from her coat on the back of her chair in the restaurant.",
            "Tools {taken} from a builder's open skip on the street while he was on his break.",
            "Elderly man says his cleaner has been taking money from the tin in his kitchen, £{n}0 missing each week.",
            "Two females filled bags with clothes in the store and ran out past the alarms.",
            "Fuel drive off - silver hatchback filled with £{n} of diesel and left without paying.",
            "Someone has {taken} the charging cable and bike from the communal bike rack outside the flats.",
            "Caller left his {item} on a bench at the park for a minute and saw a lad pick it up and walk off with it.",
        ),
        ("CCTV secured.", "Suspect known to staff."),
        weight=1.4,
    ),
    Scenario(
        "weapons_varied", G.WEAPONS, ("10A", "8A", "81"),
        (C.CRIME_WEAPONS, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ASB_NUISANCE, C.TRANSPORT_HIGHWAY_DISRUPTION, C.ADMIN_OTHER),
        (
            "Youth stopped and searched near the college, lock knife found in his sock. Arrested.",
            "Officers on foot patrol saw a male with a machete tucked in his trousers, detained and it was seized.",
            "On stop of a car a baseball bat with nails in it and a knuckle duster found under the passenger seat.",
            "Male in the bar seen showing people a knife, on search door staff found a kitchen knife in his jacket, police attended and seized it.",
            "Search warrant executed, imitation firearm and ammunition recovered from the wardrobe.",
            "Pupil found with a kitchen knife in his school bag, school called police, knife seized.",
            "Male detained in the street carrying a samurai sword, no good reason given.",
        ),
        ("Weapon seized and booked in as evidence.", "Suspect interviewed and charged."),
        reporter=R.POLICE, victims=0, weight=1.0,
    ),
    Scenario(
        "drugs_varied", G.DRUGS, ("92A", "92D", "92E"),
        (C.CRIME_DRUGS, C.ASB_NUISANCE, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.TRANSPORT_HIGHWAY_DISRUPTION, C.ADMIN_OTHER),
        (
            "Driver stopped for no insurance, officers found a bag of white powder believed cocaine in the centre console.",
            "Male seen passing small bags to people through a car window outside the school, on search {n} wraps and cash found.",
            "Warrant executed at the flat, approx {n} cannabis plants and growing equipment in two bedrooms.",
            "Youth searched in the park after the smell of cannabis, found with a bag of weed and a grinder. Community resolution.",
            "Prison officer reports a visitor passed a package of spice to an inmate, seized.",
            "Officers recovered a bag of ketamine and scales from a male detained at the festival gate.",
        ),
        ("Drugs seized and sent for testing.",),
        reporter=R.POLICE, victims=0, weight=1.0,
    ),
    Scenario(
        "public_order_varied_more", G.PUBLIC_ORDER, ("9A", "9B", "8M"),
        (C.CRIME_PUBLIC_ORDER, C.ASB_NUISANCE, C.ASB_PERSONAL, C.WELFARE_OTHER),
        (
            "Drunk male in the shop shouting and swearing at staff and threatening to smash the place up, customers left frightened.",
            "Bus driver says a passenger racially abused him and threatened to knock him out, other passengers upset.",
            "Man on the train platform shouting that he would kill everyone, waving his arms, a woman with a pram was terrified.",
            "Group of youths outside the mosque shouting religious abuse at worshippers as they left.",
            "Female screaming at a pharmacist and threatening to wait for her after work, staff very distressed.",
        ),
        ("Suspect arrested under s4A.", "Hate crime flag added."),
        weight=0.9,
    ),
)  # fmt: skip

BREADTH_NOT_CRIMES = (
    Scenario(
        "money_dispute_not_fraud", None, (),
        (C.CRIME_FRAUD, C.WELFARE_CIVIL_DISPUTE, C.ADMIN_OTHER, C.CRIME_THEFT),
        (
            "Caller unhappy with a kitchen fitter who finished the job badly and won't come back to fix it, wants police to make him refund. Civil matter.",
            "Man lent his mate £{n}0 and he hasn't paid it back, they have fallen out. Advised civil route.",
            "IP got a text claiming to be from her bank, recognised it as a scam, did not reply or give any details, no money lost. Reporting for info only.",
            "Seller sent the wrong size trainers and is slow to refund, he is still replying to messages. Advised to use the platform's dispute process.",
            "Energy company took two direct debits by mistake, they have admitted the error and are refunding.",
            "Bank flagged a payment as suspicious, IP confirms it was her own purchase, no fraud.",
        ),
        victims=0, weight=1.6,
    ),
    Scenario(
        "contact_not_an_offence", None, (),
        (C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_SEXUAL, C.WELFARE_OTHER, C.WELFARE_CIVIL_DISPUTE),
        (
            "Woman felt uncomfortable when a man on the bus sat next to her and kept looking at her, he did not touch her or say anything.",
            "Caller's ex sent one message asking about picking up his things, polite, no threats, she would rather he didn't contact her. Advice given.",
            "Neighbour waved and said hello to the caller's daughter, mum worried about stranger danger, no inappropriate comments made.",
            "Female reports a man asked for her number in the supermarket, she said no and he walked away.",
            "Crowded tube, IP felt someone brush against her, she thinks it was the crush of people, nothing deliberate.",
        ),
        victims=0, weight=1.4,
    ),
    Scenario(
        "row_with_own_property_broken", None, (),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_DAMAGE, C.WELFARE_OTHER),
        (
            "Couple arguing, he threw his own phone on the floor and broke it, nothing of hers damaged, nobody touched, both calm now.",
            "{fam} punched the wall in his own bedroom in frustration, mum wanted advice on his temper, no threats, no violence.",
            "Loud verbal row heard by neighbours, on arrival both parties say it was only shouting, nothing broken, no assault.",
            "Argument between {rel} and caller over bills, he has slammed the door and gone to his mum's. Nothing physical.",
        ),
        domestic=True, victims=0, weight=1.3,
    ),
    Scenario(
        "officers_search_nothing_found", None, (),
        (C.CRIME_DRUGS, C.CRIME_WEAPONS, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.ASB_NUISANCE),
        (
            "Report of males dealing from a car, officers stopped and searched the vehicle and occupants, nothing found, words of advice.",
            "Caller thought a man had a knife in the park, officers located him, it was a phone in his hand, search negative.",
            "Smell of cannabis reported from a flat, officers attended, no answer, no further action.",
            "Youths searched near the station after report of a weapon, nothing found.",
        ),
        reporter=R.POLICE, victims=0, weight=1.0,
    ),
)  # fmt: skip
