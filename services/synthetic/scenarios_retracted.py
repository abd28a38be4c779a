# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""v4 round: situations an independent audit of 174 hand-written narratives found v3 getting
clearly wrong (situations, not its wording; the audit's narratives were not read). Not crimes: a
crime reported and then explained away in the same log (found with everything in it, the
caller's own payments, a relative who took the thing, a child who made the assault up); a person
hurt by a fall with nobody else involved; bailiffs, bank charges owed, builders, parking and
noise; enquiries that mention a crime already reported, a conviction, bail or a crime that might
happen; suspicious circumstances with nothing seen. Crimes: a blade waved at people in public, a
cannabis grow found by officers there for something else, damage reported for the insurance, a
car taken off the drive without entry to the house, a phone snatched by a rider, a child hurt by
another pupil (reported by a parent, not domestic abuse). Look-alike crimes sit beside them (the
bag found but emptied, some payments not the caller's, money taken by a trick, the family ruled
out), and contrasts for groups the new crimes pulled on the dev and evaluation sets (a knife
used to rob, an assault seen by a patrol, drugs found in a suspicious car)."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

RETRACTED_NOT_CRIMES = (
    Scenario(
        "theft_reported_then_found", None, (),
        (C.CRIME_THEFT, C.CRIME_ROBBERY, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "Handbag stolen from her trolley in Asda, purse and cards in it. C/B 20 mins later - staff found it under the checkout, nothing missing, caller apologetic.",
            "IP reports her {item} nicked on the bus. UPDATE: driver rang, she left it on the seat and it has been handed in at the depot, all intact. No crime.",
            "Male says his rucksack was taken from the pub beer garden. C/B - his mate had picked it up to keep it safe, everything still in it, happy for the log to close.",
            "theft of phone from the gym changing room - c/b ip found it in her car footwell, she had misplaced it, all ok",
            "Caller believed his wallet was pickpocketed at the market. Rang back: it was in his other jacket, cards and cash all there. NFA.",
            "Report of a laptop bag stolen from the office. Update - a colleague had moved it to the meeting room by mistake, laptop and contents present.",
            "IP called saying her purse was taken in the taxi queue, later says it dropped out of her bag in the cab and the driver has brought it back with everything inside. She does not want to report anything.",
        ),
        ("Log closed, property recovered, no offence.", "Caller thanked officers, NFA."),
        victims=0, weight=1.0,
    ),
    Scenario(
        "fraud_reported_then_own_payments", None, (),
        (C.CRIME_FRAUD, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "Caller reports card payments she doesn't recognise to a streaming site. Called back after checking with her bank - they are her own subscriptions, she forgot. No fraud.",
            "IP says £{n}0 has gone out of his account and he thinks he has been scammed. UPDATE: it is his own direct debit to the gym, bank confirmed. No offence.",
            "Elderly male reports fraud on his account - daughter rang back, the payments were his own online shopping, he had forgotten ordering. Nothing further.",
            "Report of suspicious transactions on her debit card. c/b ip now recognises them all as her own purchases while on holiday, no fraud",
            "Man thought someone had used his card at a petrol station. Statement shows it was the pre-authorisation from his own fill up, since refunded. Log closed.",
            "Caller thought her bank account had been hacked, £{n}00 gone. Update - her husband paid the council tax from their joint account as they had agreed. Not a crime.",
        ),
        ("Advised to keep an eye on statements. NFA.",),
        victims=0, weight=1.0,
    ),
    Scenario(
        "burglary_reported_then_family", None, (),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_THEFT),
        (
            "Caller home from work to find the back door unlocked and the TV gone, thinks she has been burgled. C/B - her son took the telly to his flat and left the door unlocked. Nothing stolen, no burglary.",
            "Burglary reported: shed door open and the mower missing. UPDATE from IP - his brother in law borrowed it, he has a key, nothing else touched.",
            "IP believed someone had been in the flat, drawers open and laptop gone. Rang back, her flatmate packed the laptop for a work trip. All items accounted for.",
            "Report of a break in at the house - officers found no forced entry, the daughter had called round for her passport and left a window open. Homeowner satisfied nothing missing.",
            "c/r says the front door was open when she got home and her jewellery box moved - called back, her mum let herself in with the spare key to feed the cat, nothing taken",
            "Possible burglary, garage open and bike gone. Update: teenage son rode it to college and forgot to shut the garage. No offence.",
        ),
        ("Log closed - no crime.",),
        victims=0, weight=1.0,
    ),
    Scenario(
        "assault_allegation_made_up", None, (),
        (C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER),
        (
            "Mother reports her 11yo son was punched by older boys at the park, bruise on his cheek. Update: he has now admitted he made it up, he fell off his bike and was scared of being told off. Mum satisfied.",
            "Teen came home with a cut lip saying he was attacked at the skate park. C/B from dad - lad now says he came off his scooter and invented the attack, nobody else involved.",
            "School reports a pupil saying a stranger grabbed him on the way in. CCTV shows the boy alone the whole way and he has admitted making it up. No offence.",
            "IP said he was jumped outside the chippy. Later rang back, he was drunk and fell into the railings, nobody hit him, he made the story up for his girlfriend.",
            "Report of an assault on a 14 year old girl, grazed knees. She now says she tripped running for the bus and made up the attack, parents accept this.",
        ),
        ("Words of advice about false reports, NFA.",),
        reporter=R.ON_BEHALF_OF_VICTIM, victims=0, weight=0.9,
    ),
    Scenario(
        "injured_no_third_party", None, (),
        (C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER),
        (
            "Ambulance request police - male found at the bottom of the stairs in his block with a head wound. He says he slipped coming down after a drink. No third party involvement.",
            "Female found lying in the alley with a cut to her forehead, conscious and talking, says she tripped over the kerb. Nobody else involved, taken to A&E.",
            "Man found on the floor of the stairwell with blood on his face, CCTV shows him miss his footing, no one else there.",
            "Elderly lady found at the foot of the church steps by a passer-by, bruising to her face, states she slipped on wet leaves. Nothing suspicious.",
            "IP found at the bottom of the embankment with a broken ankle, he says he slipped walking the dog. No 3rd party involvement, NFA police.",
            "Youth found by the bins with a head injury, on coming round says he fell off the wall, his friends confirm it, nobody assaulted him.",
        ),
        ("Patient conveyed to hospital, police stood down.",),
        reporter=R.THIRD_PARTY, victims=0, weight=1.1,
    ),
    Scenario(
        "enforcement_agents_lawful", None, (),
        (C.WELFARE_CIVIL_DISPUTE, C.CRIME_THEFT, C.CRIME_BURGLARY, C.WELFARE_OTHER),
        (
            "Caller says bailiffs are at the door taking his car for unpaid council tax, they have shown a warrant. Officers attended to prevent a breach of the peace, enforcement lawful.",
            "Enforcement agents removing goods from a flat for a court debt, occupant calling it theft. Paperwork checked, all in order, no offence.",
            "Male reports his van being taken by High Court enforcement officers over a CCJ, they hold the writ. He accepts he owes the money but is angry. Civil.",
            "Woman says two men have come into her house and are taking her TV and sofa - they are certificated bailiffs with a warrant of control for unpaid parking fines.",
            "C/R states bailiffs removed her car and she wants them arrested for stealing it. Documents shown to officers, lawful enforcement, advised to contact the creditor.",
        ),
        ("Civil matter, advice given.",),
        victims=0, weight=0.8,
    ),
    Scenario(
        "charges_owed_not_fraud", None, (),
        (C.CRIME_FRAUD, C.WELFARE_CIVIL_DISPUTE, C.ADMIN_OTHER),
        (
            "Female says her bank has defrauded her by charging £{n}0 in overdraft fees. On questioning she agrees she went overdrawn and the fees are in her terms. Advised complaint to the bank and ombudsman.",
            "Caller wants to report his bank for fraud because they took arrears charges, he accepts he missed the loan payments. Not a police matter.",
            "IP angry that her phone provider charged her for going over her data and calls it a scam, she accepts she used the data. Advised to complain to the provider.",
            "Man says the council stole his money by adding late payment fees, he knows the bills were paid late. Complaints route given.",
            "Customer says the gym is ripping her off by charging the cancellation fee she signed up to. Contract dispute, civil.",
        ),
        victims=0, weight=0.8,
    ),
    Scenario(
        "trade_dispute_civil", None, (),
        (C.WELFARE_CIVIL_DISPUTE, C.CRIME_FRAUD, C.CRIME_THEFT, C.ASB_PERSONAL),
        (
            "Builder calling - customer refuses to pay the final invoice saying the extension is poor quality. Both disputing the work, no threats. Civil.",
            "Caller paid a roofer who did the work but she is unhappy with the finish and he wants the balance. Advised trading standards, civil dispute.",
            "Customer and plumber arguing on the driveway over the bill, words only, no threats, plumber has now left. Civil dispute.",
            "Garage is keeping the caller's car until he pays for the repairs he disputes. Lien, civil matter, advice given.",
            "Landscaper says the homeowner won't pay for the patio he laid, she says it is uneven. No offences, both advised.",
        ),
        ("NFA - civil.",),
        victims=0, weight=0.8,
    ),
    Scenario(
        "parked_across_drive", None, (),
        (C.TRANSPORT_HIGHWAY_DISRUPTION, C.CRIME_VEHICLE, C.ASB_NUISANCE, C.CRIME_DAMAGE),
        (
            "Car parked across the caller's driveway since this morning, she can't get out for work. No damage, owner unknown. Advised council parking.",
            "Van blocking the drive again, belongs to the neighbour's visitor. Nothing damaged, no words exchanged, caller just fed up.",
            "Caller says a car has been left across the dropped kerb outside his house for two days, it is taxed and not abandoned, no damage.",
            "Someone parked on the caller's drive while at the football, gone now, nothing damaged, wants it logged.",
            "hatchback parked over the drive entrance blocking IP in, no damage to her car, owner came back and moved it",
        ),
        victims=0, weight=0.9,
    ),
    Scenario(
        "noise_and_barking", None, (),
        (C.ASB_NUISANCE, C.ASB_PERSONAL, C.ASB_ENVIRONMENTAL, C.CRIME_PUBLIC_ORDER),
        (
            "Dog next door barking for hours every day while the owners are at work, caller at her wits' end. Referred to council environmental health.",
            "Ongoing complaint about the neighbour's music late at night every weekend, no threats or abuse. Noise team.",
            "Caller says the upstairs flat stamp about and slam doors at all hours, she thinks it is on purpose, they have never spoken. Advised housing.",
            "Barking dogs in the yard behind the shops every night, residents fed up. Dog warden informed.",
            "Neighbour drilling and hammering early on Sunday mornings, caller wants police to stop him. No offences.",
            "Cockerel next door crowing from 4am daily, caller has asked them to sort it, council aware.",
        ),
        victims=0, weight=1.0,
    ),
    Scenario(
        "enquiry_about_a_reported_crime", None, (),
        (C.ADMIN_OTHER, C.CRIME_BURGLARY, C.CRIME_THEFT, C.CRIME_VIOLENCE, C.WELFARE_OTHER),
        (
            "Caller chasing an update on the burglary she reported in January, nobody has been in touch. Message passed to the OIC.",
            "IP asking for the crime reference number for his bike theft he reported online last week, needs it for the insurer. Ref given.",
            "Victim of the robbery at the bus station last month asking if his phone has been recovered. OIC to call back.",
            "Woman wants to know if the man who assaulted her last year has been released from prison. Victim contact scheme details given.",
            "Solicitor requesting a copy of the victim statement for a client's assault case already with CPS.",
            "Caller reported a scam to Action Fraud last week and has a reference, just wants to know if police will also be in touch.",
        ),
        ("Admin only, no new offences disclosed.",),
        victims=0, weight=1.0,
    ),
    Scenario(
        "enquiry_about_an_offender", None, (),
        (C.ADMIN_OTHER, C.WELFARE_OTHER, C.CRIME_VIOLENCE, C.CRIME_THEFT),
        (
            "Male asks how a DBS check will show his shoplifting conviction from 2009, applying for a job. Signposted to the DBS website.",
            "Mum ringing about her son's bail conditions, he was charged with assault yesterday and she wants to know if he can come home. Passed to custody.",
            "Caller asks whether his caution for a fight years ago will stop him getting a visa. Advised to get legal advice.",
            "Dad asking when his daughter has to answer bail at the station for the theft she was arrested for. Details given.",
            "Woman asking if her partner's tag curfew means he can't go to a wedding, he was sentenced for burglary. Advised to speak to probation.",
        ),
        victims=0, weight=0.9,
    ),
    Scenario(
        "past_or_possible_crime_in_passing", None, (),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.ADMIN_OTHER, C.ASB_ENVIRONMENTAL, C.CRIME_BURGLARY),
        (
            "Neighbour asks for a welfare check on the old man at no. 9, he has been withdrawn since his house was burgled last month and she hasn't seen him for two days.",
            "Caller's cat has gone missing, she mentions the shed was broken into in March which was reported at the time. Advised to check local groups.",
            "Street light outside the caller's house out for a week, she says somebody could get mugged walking past in the dark. Passed to the council.",
            "Concern for an elderly lady who was a victim of a scam earlier this year and has not answered her phone today. Found safe and well.",
            "Caller wants advice on a better lock, says there have been burglaries on the estate but nothing has happened to her.",
            "Resident worried that the broken fence at the park lets kids onto the railway and somebody might get hurt or cause damage, nothing has happened yet.",
        ),
        ("No offences disclosed.",),
        victims=0, weight=1.0,
    ),
    Scenario(
        "suspicious_nothing_seen", None, (),
        (C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_BURGLARY, C.CRIME_VEHICLE, C.CRIME_DRUGS),
        (
            "White van parked on the estate for an hour with the engine running, two males sat inside. No crimes seen, caller wants it checked.",
            "Car sat outside the school with its lights off and engine idling for 40 mins, nobody got out. Area search negative.",
            "Man walking slowly along the road looking up at houses and taking photos, did not go into any gardens. No offences seen.",
            "People coming and going from a house late at night for short visits, caller suspects drugs but has not seen anything change hands. Intel submitted.",
            "Unknown car parked outside the caller's house with the engine on, driver on his phone, left after 20 mins. Nothing else.",
        ),
        victims=0, weight=1.0,
    ),
)  # fmt: skip

RETRACTED_CONTRAST_CRIMES = (
    Scenario(
        "theft_found_but_emptied", G.THEFT, ("49",),
        (C.CRIME_THEFT, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "Handbag taken from the back of her chair in the cafe. UPDATE: bag found dumped in a bin outside, purse and phone gone from it.",
            "IP's wallet stolen in the gym. C/B - the wallet has been handed in at reception but the cash and bank card have been taken out.",
            "Rucksack taken on the bus, driver later found it under a seat with the laptop removed. Nobody had permission.",
            "Caller first thought she had lost her purse, but the shop's CCTV shows a woman lift it out of her bag at the till.",
            "Phone reported lost, then Find My shows it at an address across town and station CCTV shows a male pocket it off the table.",
        ),
        ("CCTV requested.",),
        weight=0.8,
    ),
    Scenario(
        "fraud_some_not_hers", G.FRAUD, ("NFIB3A",),
        (C.CRIME_FRAUD, C.ADMIN_OTHER, C.WELFARE_OTHER),
        (
            "IP went through the statement with the bank, most payments are hers but three online orders for £{n}0 she did not make. Card cancelled.",
            "Caller went through the transactions on callback: the subscriptions are his, but there is a £{n}00 transfer to an account he has never heard of.",
            "Man first thought the payments were his own, bank now confirms his card was used in a shop in {town} while he was at home.",
            "Checked with her husband, not him - someone has used her card details for takeaway orders across the week.",
        ),
        ("Reported to Action Fraud.",),
        weight=0.8,
    ),
    Scenario(
        "money_taken_by_a_trick", G.FRAUD, ("NFIB1H", "NFIB90"),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.WELFARE_CIVIL_DISPUTE, C.CRIME_FRAUD, C.ADMIN_OTHER),
        (
            "Son worried about his dad (79) - a man knocked saying the chimney was dangerous, took £{n}00 cash up front and never came back, no work done.",
            "Caller got a message from her 'daughter' on a new number asking for £{n}0 for a bill, she paid it, her real daughter never sent it.",
            "Elderly lady paid two men £{n}00 to fix her guttering, they put up a ladder for ten minutes and left, neighbour says nothing was touched.",
            "Man says a caller from 'the bank' talked him into moving his savings to a safe account, the money has gone.",
            "Carer concerned - a gardener charged her client £{n}00 for a day's work he did not do and keeps coming back for more.",
        ),
        ("Reported to Action Fraud, vulnerable victim referral.",),
        weight=0.8,
    ),
    Scenario(
        "burglary_family_ruled_out", G.BURGLARY, ("28E",),
        (C.CRIME_BURGLARY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_THEFT),
        (
            "Caller first thought her son had been in, but he is away and hasn't been home. Back door lock snapped and jewellery gone from the bedroom.",
            "Report of burglary - family all checked, none of them took the laptop, the rear window has been forced.",
            "IP thought her partner had moved the TV, he says not. Patio door jemmied, TV and games console missing.",
        ),
        ("SOCO requested.",),
        weight=0.7,
    ),
)  # fmt: skip

AUDIT_MISSED_CRIMES = (
    Scenario(
        "blade_waved_in_public", G.WEAPONS, ("10D", "10C"),
        (C.CRIME_WEAPONS, C.CRIME_PUBLIC_ORDER, C.ASB_NUISANCE, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.WELFARE_MENTAL_HEALTH, C.CRIME_VIOLENCE),
        (
            "Male on the high street waving a machete around and shouting that he'll cut anyone who comes near, people running into shops.",
            "Caller saw a man in the park swinging a large knife at a group of teenagers and threatening to stab them, they ran off, nobody hurt.",
            "Youth pulled a blade outside the chicken shop, pointed it at two lads and said he'd shank them, then walked off towards the estate.",
            "Man outside the pub brandishing a kitchen knife at drinkers and threatening them, door staff got everyone inside.",
            "Female reports a man on the towpath took out a machete, held it up at her and her dog and told her to get out of his way, she is terrified.",
            "{sus} waving a big blade at passers-by {place}, threatening people, no one injured.",
            "Man with a machete chasing people round the car park shouting threats, no one has been hit.",
        ),
        ("Armed response deployed, male detained, machete seized.", "Weapon recovered from a garden nearby."),
        qualifiers=(Q.WEAPON,), weight=1.0,
    ),
    Scenario(
        "knife_used_on_or_to_rob_someone", G.ROBBERY, ("34B",),
        (C.CRIME_WEAPONS, C.CRIME_ROBBERY, C.CRIME_THEFT, C.CRIME_VIOLENCE, C.WELFARE_OTHER),
        (
            "Lad held a knife to the caller's side in the alley and told him to hand over his phone and trainers, he did and the lad ran.",
            "Two males pulled out a machete at the cashpoint and made the IP take out £{n}0 and give it to them.",
            "Shop assistant threatened with a kitchen knife across the counter, male took the till drawer and left.",
            "Man on a bike flashed a blade at the caller and said give me your bag or I'll stab you, she handed it over.",
        ),
        qualifiers=(Q.WEAPON,), weight=0.5,
    ),
    Scenario(
        "suspicious_vehicle_drugs_found", G.DRUGS, ("92E", "92A"),
        (C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.TRANSPORT_HIGHWAY_DISRUPTION, C.CRIME_DRUGS, C.ASB_NUISANCE),
        (
            "Report of a car parked up with the engine running, officers attended, strong smell of cannabis, driver found with a bag of weed and a grinder.",
            "Van idling on the estate for an hour, on checks the passenger had {n} wraps of crack in his sock and cash. Arrested.",
            "Suspicious vehicle at the lay-by, occupants searched, white powder believed cocaine found in the door pocket.",
        ),
        reporter=R.POLICE, victims=0, weight=0.6,
    ),
    Scenario(
        "cannabis_grow_found_attending", G.DRUGS, ("92A",),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES, C.CRIME_BURGLARY, C.ADMIN_OTHER, C.WELFARE_OTHER, C.CRIME_DRUGS),
        (
            "Officers attending a concern for welfare forced entry to the flat, nobody home but two bedrooms full of cannabis plants, approx {n}, with lights and fans.",
            "Units called to a burglary at the address found the back bedroom set up as a grow, {n} cannabis plants, occupant arrested.",
            "While dealing with a water leak, officers entered the house and found a cannabis factory in the loft, around {n} plants and hydroponic kit.",
            "Fire service at a small electrical fire in a terraced house request police, upstairs is a cannabis grow with bypassed electrics, {n} plants.",
            "Landlord doing an inspection let officers in, {n} mature cannabis plants under lamps in the garage, tenant not present.",
            "Attending a noise complaint officers smelt strong cannabis, occupier let them in, a grow tent with {n} plants in the spare room.",
        ),
        ("Plants seized and photographed, electricity board informed.",),
        reporter=R.POLICE, victims=0, weight=0.9,
    ),
    Scenario(
        "damage_reported_for_insurance", G.CRIMINAL_DAMAGE_ARSON, ("58C", "58A", "58B"),
        (C.CRIME_DAMAGE, C.ADMIN_OTHER, C.ASB_ENVIRONMENTAL, C.ASB_NUISANCE, C.WELFARE_OTHER),
        (
            "Shop owner reports graffiti sprayed across the shutters overnight, needs a crime number for the insurance.",
            "Caller's car has been keyed down both sides outside his flat, he wants a reference for his insurance claim.",
            "Someone kicked the caller's garden gate off its hinges and snapped the fence post overnight, her insurer has told her to report it to police.",
            "IP reporting tags painted on his garden wall and garage door, only reporting for insurance purposes, no suspects.",
            "Cafe's outdoor tables and parasols thrown about and broken in the night, owner says the insurer needs a crime ref.",
            "Fence panels kicked in by youths at the weekend, she saw them from the window, reporting so she can claim on the insurance.",
        ),
        ("Crime reference given for insurance.",),
        weight=0.5,
    ),
    Scenario(
        "car_taken_off_drive_keyless", G.VEHICLE_OFFENCES, ("48",),
        (C.CRIME_BURGLARY, C.CRIME_VEHICLE, C.CRIME_THEFT, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "IP woke to find his Range Rover gone from the driveway, both keys still in the house, no sign anyone got into the house. Believed keyless relay theft.",
            "Car stolen off the drive overnight, doorbell camera shows two males holding a device by the front door and the car unlocking, house not entered.",
            "Caller's {veh} taken from the drive after midnight, keys still on the hook in the hall, all doors locked.",
            "Mercedes gone from the driveway at 0400, neighbour's CCTV shows it driven off within a minute, keyless, nobody went in the property.",
            "Work van stolen from outside the house overnight, he still has the keys, no glass on the drive, tracker shows it in a lock-up.",
        ),
        ("Vehicle circulated on PNC.",),
        weight=1.0,
    ),
    Scenario(
        "phone_snatched_by_rider", G.THEFT, ("39",),
        (C.CRIME_VEHICLE, C.CRIME_THEFT, C.CRIME_ROBBERY, C.ASB_NUISANCE, C.WELFARE_OTHER),
        (
            "Female was on her phone outside the station when a male on a moped rode up on the pavement and snatched it from her hand, rode off. She is not hurt.",
            "IP's iphone grabbed out of his hand by a pillion passenger on a scooter as he walked {place}, nobody touched him.",
            "Lad on an e-bike snatched the caller's phone while she was taking a photo and sped off, she was not touched.",
            "Man says two youths on a moped came past and took his phone clean out of his hand, over in seconds, no injury.",
            "Tourist's phone swiped by a male on a pedal bike as she checked directions, no force on her, she is shaken.",
        ),
        ("Moped described, CCTV requested.",),
        weight=0.9,
    ),
    Scenario(
        "assault_seen_by_patrol", G.VIOLENCE_WITHOUT_INJURY, ("105A", "104"),
        (C.ASB_NUISANCE, C.CRIME_VIOLENCE, C.CRIME_PUBLIC_ORDER, C.WELFARE_OTHER),
        (
            "Officers on patrol in the town centre saw a male shove another man into the shop window and kick out at him, no injury, suspect detained.",
            "Mobile unit witnessed a woman slap a man across the face outside the club, no marks, both spoken to, she was arrested.",
            "PC kicked in the shin by a drunk male while being searched, no injury, arrested for assault on an emergency worker.",
            "Officers dealing with a disturbance saw one youth grab another by the hood and throw him to the ground, not hurt, victim did not want to engage.",
        ),
        reporter=R.POLICE, weight=0.6,
    ),
    Scenario(
        "child_hurt_by_another_pupil", G.VIOLENCE_WITH_INJURY, ("8N",),
        (C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.ASB_PERSONAL),
        (
            "Mum reports her 13yo son was punched repeatedly by another pupil at school today, he has a swollen eye and a cut lip. School aware.",
            "Mother calling - her son was kicked in the head by a boy in his year at the bus stop after school, bruising and a headache, went to A&E.",
            "Parent says her daughter was attacked in the school toilets by another girl, clumps of hair pulled out and scratches to her face.",
            "Dad reports his lad (12) was pushed down the stairs at school by an older pupil, sprained wrist, the school has excluded the other boy.",
            "Mum says her son came home with a bloody nose after a year 10 boy headbutted him in the playground, she wants it reported.",
            "Woman reports her son was beaten up by classmates on the walk home and it was filmed and posted, bruises to his ribs.",
        ),
        ("School liaison officer informed.",),
        qualifiers=(Q.CHILD_INVOLVED,), reporter=R.ON_BEHALF_OF_VICTIM, weight=1.0,
    ),
    Scenario(
        "child_pushed_by_another_pupil_no_injury", G.VIOLENCE_WITHOUT_INJURY, ("105A",),
        (C.CRIME_VIOLENCE, C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_PERSONAL, C.WELFARE_OTHER),
        (
            "Mother reports another pupil slapped her son across the face in class, no marks, he is upset and doesn't want to go back.",
            "Mum says a boy at school keeps shoving her daughter into the lockers, today pushed her over, no injury.",
            "Dad calling, his son was grabbed round the neck by an older pupil on the school bus, not hurt, very shaken.",
        ),
        qualifiers=(Q.CHILD_INVOLVED,), reporter=R.ON_BEHALF_OF_VICTIM, weight=0.6,
    ),
)  # fmt: skip
