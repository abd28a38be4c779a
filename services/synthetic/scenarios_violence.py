# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Crimes against the person: assaults, threats, harassment, stalking, coercive control."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.synthetic.scenario import Scenario

DA = (Q.DOMESTIC_ABUSE,)

VIOLENCE = (
    Scenario(
        "da_assault_injury", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY),
        (
            "C/R states her {rel} has punched her in the face during an argument, she has {inj}.",
            "Female caller crying, says {rel} grabbed her by the hair and threw her to the floor. She has {inj}. He is still in the house.",
            "DA. IP reports {rel} headbutted her after they argued about money. {inj} visible on arrival.",
            "caller whispering - her {rel} has been drinking and hit her with a mug, she has {inj}. kids upstairs",
            "IP attended front counter with {inj}, states {rel} kicked her repeatedly last night while she was on the floor.",
            "Report of domestic. Neighbour heard screaming, on arrival female IP has {inj} and states {rel} strangled her until she nearly passed out",
            "Female states her {rel} pushed her down the stairs, she has {inj} and is in pain. Ambulance requested.",
            "ip says {rel} slapped her repeatedly and bit her arm, {inj}. SUSP left addr prior to police arrival",
            "VERBAL ARGUMENT ESCALATED - {rel} HAS STRUCK IP WITH A CLOSED FIST CAUSING {inj}",
            "Caller states she was assaulted by her {rel} at approx 2300hrs, has {inj}, does not want an ambulance.",
        ),
        (
            "Officers on scene, injuries photographed, DASH completed - medium risk.",
            "SUSP arrested on suspicion of s47 ABH.",
            "IP provided first account on BWV. OIC to follow up re statement.",
            "IP reluctant to support prosecution but confirms the assault happened.",
        ),
        domestic=True, qualifiers=DA, weight=2.0,
    ),
    Scenario(
        "da_assault_no_injury", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_VIOLENCE, C.ASB_PERSONAL),
        (
            "Domestic incident, verbal only per caller. On arrival IP discloses {rel} pushed her into the wardrobe. No injuries.",
            "Caller says {rel} grabbed her wrists and shoved her out of the way to get to the door. Not injured.",
            "female states her {rel} spat in her face during row. no injuries",
            "IP reports {rel} threw a plate at her which missed, then pushed her against the wall. no visible injury",
            "argument over custody, {rel} has pushed caller in the chest. She is not hurt but scared.",
            "Call from female - {rel} slapped her once across the face, no marks, she wants him removed",
            "DA: c/r states partner pinned her down on the bed and shouted in her face. no injs.",
            "Domestic. verbal argument which turned physical, {rel} shoved IP over the sofa. No inj.",
        ),
        (
            "DASH standard risk. IP does not wish to make a statement.",
            "Words of advice given, SUSP left to stay with family.",
            "Officers spoke to both parties. IP confirms she was pushed.",
        ),
        domestic=True, qualifiers=DA, weight=1.6,
    ),
    Scenario(
        "street_assault_injury", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.CRIME_VIOLENCE, C.ASB_NUISANCE, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER),
        (
            "Male caller states he was punched by {sus} {place} and has {injm}.",
            "Fight outside pub, one male on floor with {injm}, offenders made off towards town.",
            "IP assaulted {place} by {sus}, kicked in the head whilst on the ground, {injm}. Ambulance en route",
            "C/R's son has come home with {injm} after being jumped by {sus} on the way back from school",
            "Door staff report a male glassed another male at the bar, victim bleeding heavily from the face",
            "male stabbed in the leg {place}, conscious and breathing, suspect ran off",
            "Taxi driver reports passenger punched him in the back of the head and ran without paying, he has {injm}",
            "GBH - victim hit over head with bottle {place}, taken to A&E",
        ),
        (
            "CCTV requested from council.", "IP conveyed to hospital, suspect outstanding.",
            "Area search negative.", "Witness details obtained.",
        ),
    ),
    Scenario(
        "assault_no_injury", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.CRIME_VIOLENCE, C.ASB_PERSONAL, C.ASB_NUISANCE, C.WELFARE_OTHER),
        (
            "Caller states {sus} pushed him over {place} for no reason, not injured.",
            "Shop worker reports customer grabbed her by the arm and shoved her when refused service, no injuries.",
            "neighbour came round and punched the caller on the shoulder during an argument about parking. no marks",
            "Caller's 15yo son was slapped by an older boy at the bus stop. No injuries but upset.",
            "Bus driver reports passenger spat at him when asked for a ticket.",
            "IP states {sus} threw a drink over her and pushed her in the club queue",
        ),
        ("Victim does not require medical attention.", "Suspect known to IP, details obtained."),
    ),
    Scenario(
        "group_assault", G.VIOLENCE_WITH_INJURY, ("8N", "105A"),
        (C.CRIME_VIOLENCE, C.ASB_NUISANCE),
        (
            "Two males were assaulted {place} by a group of youths, one has {injm}, the other was kicked.",
            "Caller and his brother were both punched by {sus} {place}, both have facial injuries.",
            "three students were attacked on the walk home, all with cuts and bruises",
        ),
        victims=2, weight=0.6,
    ),
    Scenario(
        "threats_to_kill", G.VIOLENCE_WITHOUT_INJURY, ("3B",),
        (C.CRIME_VIOLENCE, C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_DOMESTIC_INCIDENT),
        (
            "Caller states her {rel} has said he is going to kill her and bury her in the garden. She believes him.",
            "IP received voicemail from {name} saying he will stab him when he next sees him.",
            "Male neighbour stood at the door saying he'd slit the caller's throat. Caller genuinely in fear.",
            "c/r says ex threatened to burn the house down with her and the kids in it",
            "THREATS TO KILL - SUSP TOLD IP 'YOU'RE DEAD, I'LL END YOU' WHILE HOLDING A KNIFE",
        ),
        ("IP in fear for her safety, DASH high risk, MARAC referral.", "Suspect arrested for threats to kill."),
        weight=1.0,
    ),
    Scenario(
        "harassment_ex", G.STALKING_HARASSMENT, ("8L", "8Q"),
        (C.ASB_PERSONAL, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_OTHER),
        (
            "Caller's {rel} keeps messaging her despite being told to stop, {n} messages since Monday.",
            "IP reports her ex has been turning up at her workplace and waiting outside her house every night this week.",
            "female states {rel} is constantly calling from withheld numbers, over {n} calls today, she has blocked him on everything.",
            "C/R being followed home by her ex most evenings, he sits in his car across the road. She is terrified",
            "Ex-partner posting about the caller on facebook daily and contacting her friends and family to find where she lives.",
            "caller has had enough - ex bf sends abusive msgs every day, {n}+ in last week, has now sent flowers to her new address",
            "IP states {rel} has been tracking her phone and keeps appearing wherever she goes.",
        ),
        (
            "IP has screenshots of the messages. Stalking advice given, S-DASH completed.",
            "Suspect spoken to, denies contact. Phone download requested.",
        ),
        domestic=True, weight=1.6,
    ),
    Scenario(
        "harassment_neighbour", G.STALKING_HARASSMENT, ("8L",),
        (C.ASB_PERSONAL, C.ASB_NUISANCE, C.WELFARE_CIVIL_DISPUTE),
        (
            "Ongoing ASB - neighbour has been banging on the caller's door and shouting abuse at her every night for two weeks, she is now scared to leave the house.",
            "Caller states the family at no. {n} repeatedly film her and her children through the window and leave notes calling her names. Third time this month.",
            "C/R harassed by the lad next door who keeps following her to the shop and making comments. Has been going on since summer.",
            "Neighbour sends threatening letters through the door weekly, the latest says 'we know when you're alone'.",
            "Elderly male reports youths target his house nightly, knocking and running and shouting abuse through letterbox, he feels intimidated.",
        ),
        ("Previous logs show repeated reports from this address.", "PCSO visit arranged."),
        weight=1.0,
    ),
    Scenario(
        "coercive_control", G.STALKING_HARASSMENT, ("8U",),
        (C.WELFARE_DOMESTIC_INCIDENT, C.WELFARE_CONCERN_FOR_SAFETY, C.CRIME_OTHER),
        (
            "IP discloses that her {rel} controls all the money, checks her phone every night and won't let her see her friends.",
            "Caller states her husband takes her wages, tells her what to wear and she is not allowed out without him. This has been going on for years.",
            "DA disclosure via {prof}: patient's partner monitors her location, has taken her passport and decides when she can eat.",
            "female says partner isolates her from family, goes through her messages, calls her worthless. she is frightened of what he'll do",
        ),
        ("DASH high risk - coercive control. IDVA referral made.",),
        domestic=True, qualifiers=DA, weight=0.9,
    ),
    Scenario(
        "malicious_comms", G.STALKING_HARASSMENT, ("8R",),
        (C.ASB_PERSONAL, C.WELFARE_OTHER, C.CRIME_OTHER),
        (
            "IP's ex has shared intimate photos of her on a group chat without consent.",
            "Caller receiving threatening messages on instagram from an unknown account saying they know where she lives and will hurt her.",
            "Female reports someone has sent abusive and threatening texts, calling her racist names and saying she'll be 'dealt with'",
        ),
        weight=0.7,
    ),
)  # fmt: skip
