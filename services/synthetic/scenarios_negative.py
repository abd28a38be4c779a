# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Hard negatives: incidents that are not notifiable crimes, many under crime-sounding words."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.events import Qualifier as Q
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

NOT_CRIMES = (
    Scenario(
        "da_verbal_only", None, (),
        (C.WELFARE_DOMESTIC_INCIDENT, C.CRIME_VIOLENCE),
        (
            "Verbal argument between caller and her {rel} over money. No assault, no threats made. Both calm on arrival.",
            "Domestic - shouting heard by neighbour. Both parties spoken to, verbal only, no injuries, no offences disclosed.",
            "c/r wants her {rel} to leave after an argument about his drinking. she denies being hit or threatened, just wants him out",
            "Argument between mother and adult son about the washing up, verbal only, son has gone to stay with friends",
            "DA incident - words exchanged only, IP states nothing physical happened and she does not feel at risk.",
            "Couple arguing in the street, officers attended, both deny any assault, no injuries, sent on their way",
        ),
        ("DASH standard risk. No crimes disclosed.", "NFA - words of advice."),
        domestic=True, qualifiers=(Q.DOMESTIC_ABUSE,), victims=0, weight=2.0,
    ),
    Scenario(
        "civil_dispute", None, (),
        (C.WELFARE_CIVIL_DISPUTE, C.CRIME_THEFT, C.CRIME_DAMAGE),
        (
            "Caller in dispute with landlord over return of deposit. Civil matter, advised to seek legal advice.",
            "Neighbours arguing over a boundary fence, no damage, no threats. Civil matter.",
            "Caller says builder took payment and hasn't finished the job. Advised this is a civil dispute, Citizens Advice.",
            "Ex-partner hasn't returned the caller's sofa after the split, both agree it was bought jointly. civil",
            "Dispute over child contact arrangements, father wants police to attend handover. No offences.",
            "Customer refusing to pay for car repairs he says weren't done properly. Garage wants police. Civil matter.",
        ),
        ("NFA - civil matter.",),
        victims=0, weight=1.6,
    ),
    Scenario(
        "lost_property", None, (),
        (C.ADMIN_OTHER, C.CRIME_THEFT, C.WELFARE_OTHER),
        (
            "Caller has lost her {item} somewhere in town, not sure where. Nobody took it, needs a reference for insurance.",
            "I think I left my {item} on the train. It wasn't stolen I just can't find it.",
            "Male reports misplaced wallet, last had it in the pub, believes he dropped it.",
            "Report of theft of {item} - CCTV reviewed by store, shows she left it on the counter and another customer handed it in.",
            "C/R reported {item} stolen but has now found it in her car. No crime.",
            "Lost passport reported for travel purposes, no suspicion of theft.",
        ),
        victims=0, weight=1.5,
    ),
    Scenario(
        "welfare_found", None, (),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_MISSING_PERSON, C.WELFARE_MENTAL_HEALTH),
        (
            "Concern for welfare - elderly male not answering door, neighbour worried. Found safe and well inside, hard of hearing.",
            "MISPER 15yo female, failed to return home from school. Located at friend's house safe and well.",
            "Caller concerned for sister who has not been in contact for 3 days. Police attended, she is fine, phone broken.",
            "Male in mental health crisis on the bridge, talked down by officers, taken to hospital under s136. No offences.",
            "Female found asleep on bench, intoxicated, no injuries, taken home by officers.",
            "CFW - vulnerable adult missing from care home, returned of own accord at 2100.",
        ),
        victims=0, weight=1.6,
    ),
    Scenario(
        "sudden_death", None, (),
        (C.WELFARE_SUDDEN_DEATH,),
        (
            "Sudden death of 84yo male at home address, GP aware, long history of heart problems. Non-suspicious.",
            "Female found deceased in bed by her son. No suspicious circumstances, doctor to issue certificate.",
            "Expected death in the hospice, police attended for coroner. Nothing suspicious.",
        ),
        victims=0, weight=0.7,
    ),
    Scenario(
        "noise_asb", None, (),
        (C.ASB_NUISANCE, C.ASB_ENVIRONMENTAL, C.ASB_PERSONAL),
        (
            "Loud music from the flat upstairs again, caller can't sleep. Referred to council noise team.",
            "Group of youths congregating by the shops, being loud, no damage, dispersed on police arrival.",
            "Fly tipping in the back alley, mattress and bin bags. Council informed.",
            "Kids playing football against the caller's garage door, no damage caused, annoying.",
            "Party at neighbour's house, cars blocking the road. Words of advice given.",
        ),
        victims=0, weight=1.4,
    ),
    Scenario(
        "rtc_damage_only", None, (),
        (C.TRANSPORT_COLLISION, C.CRIME_DAMAGE),
        (
            "RTC, two cars, damage only, no injuries, details exchanged, road clear.",
            "Minor shunt at the lights, both drivers present, no injuries. Drivers exchanged details.",
            "Car has hit a lamp post, driver uninjured, recovery arranged. Damage only.",
        ),
        victims=0, weight=0.9,
    ),
    Scenario(
        "police_public_order_warned", None, (),
        (C.CRIME_PUBLIC_ORDER, C.ASB_NUISANCE),
        (
            "Male shouting and swearing at officers in the town centre, warned and complied, left the area. No other persons present.",
            "Drunk female being loud and abusive towards officers outside the kebab shop, behaviour stopped when warned. NFA.",
            "Youths swearing near the church, dispersed when asked by patrol.",
        ),
        reporter=R.POLICE, victims=0, weight=0.8,
    ),
    Scenario(
        "suspicion_only", None, (),
        (C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_DRUGS, C.CRIME_BURGLARY),
        (
            "Smell of cannabis coming from the flat downstairs. No one seen, intelligence submitted.",
            "Suspicious male seen looking into cars. Area search negative, nothing found, no damage.",
            "Caller heard a noise in the garden, checked, nothing taken, gate blown open by the wind.",
            "Report of man with knife - officers attended, male located, it was a phone in his hand. No weapon.",
            "Alarm activation at commercial premises, building secure on arrival, no sign of entry.",
        ),
        victims=0, weight=1.2,
    ),
    Scenario(
        "contrary_evidence", None, (),
        (C.CRIME_THEFT, C.CRIME_VIOLENCE, C.CRIME_DAMAGE),
        (
            "Caller reported her car stolen, now established her husband borrowed it with permission.",
            "Assault reported by door staff; CCTV reviewed, shows the male fell over by himself, no contact from anyone.",
            "Damage to car reported - CCTV confirms it was caused by a delivery lorry reversing, driver has reported it to his insurance. RTC damage only",
            "Theft of bike reported, now found, son had taken it to school. No crime.",
            "Report of burglary - homeowner had left the door open, nothing taken, nobody has been inside.",
        ),
        victims=0, weight=1.0,
    ),
    Scenario(
        "admin_other", None, (),
        (C.ADMIN_OTHER, C.WELFARE_ABANDONED_CALL, C.ADMIN_HOAX),
        (
            "Silent 999 call, no response on callback, no trace of any problem.",
            "Caller asking for advice about getting a copy of a collision report.",
            "Child playing with phone, called 999 by mistake, mum apologised.",
            "Request for police to attend to keep the peace while caller collects belongings. No issues.",
        ),
        victims=0, weight=1.0,
    ),
)  # fmt: skip
