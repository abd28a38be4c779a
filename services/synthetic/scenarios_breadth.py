# ruff: noqa: E501, N817  (phrasings read best one per line; short enum aliases)
"""Breadth for the groups v2 confused (v3): fraud in its many forms (messages, debts and money
taken from accounts that are not harassment, slavery or theft), sexual offences apart from
harassment, violence in a row that also broke things (the assault is the principal crime), the
line between injury and none, theft that is not burglary, and state-based offences found by
officers. Written fresh, each phrasing independently; none is taken from an evaluation set."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.domain.events import Qualifier as Q
from services.domain.events import Reporter as R
from services.synthetic.scenario import Scenario

_FRAUD_OPENINGS = (
    C.CRIME_FRAUD,
    C.ADMIN_OTHER,
    C.WELFARE_CONCERN_FOR_SAFETY,
    C.WELFARE_OTHER,
    C.CRIME_THEFT,
    C.ASB_PERSONAL,
)

BREADTH_CRIMES = (
    Scenario(
        "fraud_impersonation", G.FRAUD, ("NFIB1H",),
        _FRAUD_OPENINGS,
        (
            "Caller had a text from 'her daughter' on an unknown number asking for £{n}0 for a bill, she paid it, daughter never sent it.",
            "Male rang by someone claiming to be from the council tax office, told he was in arrears and would be arrested, paid £{n}0 over the phone.",
            "IP contacted by a 'detective' from the Met who said her bank staff were corrupt and she needed to buy gold bars to help the investigation. She handed £{n}00 to a courier.",
            "elderly female called by 'BT' about her broadband, let them onto her laptop with an app, then noticed £{n}00 moved out of her ISA",
            "Text claiming to be from her bank asked her to confirm a payment, she gave the code, account drained of £{n}00 within the hour.",
            "c/r got an email that looked like it was from HMRC offering a tax refund, entered his card details and has since had {n} transactions he did not make",
            "Son's facebook was hacked and messages went to all his family asking to borrow money, his nan sent £{n}0 by bank transfer.",
            "Victim phoned by a man saying he was from the fraud team at her bank, persuaded to move her savings to a 'safe account', £{n},000 lost.",
        ),
        ("Action Fraud reference obtained, bank notified.", "Victim advised re: Take Five, safeguarding referral for vulnerable adult.", "Bank has frozen the account."),
        weight=1.4,
    ),
    Scenario(
        "fraud_purchase_or_investment", G.FRAUD, ("NFIB3A", "NFIB2E"),
        _FRAUD_OPENINGS,
        (
            "Paid £{n}0 to a seller on marketplace for a puppy, sent a deposit by bank transfer, seller now not answering and the advert has gone.",
            "IP bought a used {veh} from an online advert, paid in full, the seller disappeared and the logbook is fake.",
            "Holiday let booked through a website turned out not to exist, family arrived and the address is someone's house. £{n}00 paid.",
            "Man met a woman on a dating site who never video called, he has sent her £{n},000 over months for 'hospital bills' and flights that never happened.",
            "Caller invested in a crypto scheme a friend recommended online, told he had made profits but has to pay a fee to withdraw, now lost £{n},000.",
            "Online shop took payment for trainers, nothing delivered, emails bounce, {n} other people on a facebook group say the same.",
            "IP sent money for concert tickets to someone on twitter, received a screenshot of fake tickets and was then blocked.",
            "Woman persuaded by a man she'd been messaging for weeks to pay off his 'customs debt' so he could fly over to see her, £{n}00 sent, messages have stopped.",
        ),
        ("Advised to report to Action Fraud.", "Screenshots of the advert and payment provided."),
        weight=1.3,
    ),
    Scenario(
        "fraud_identity_or_doorstep", G.FRAUD, ("NFIB5A", "NFIB90"),
        (*_FRAUD_OPENINGS, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Loans have been taken out in the caller's name, he has had letters from two lenders demanding repayment of a debt he knows nothing about.",
            "Someone used IP's details to open a bank account and apply for a car finance deal, she found out when the debt collectors called.",
            "Rogue traders told an 84yo man his driveway needed resurfacing, charged £{n}00 up front, did 20 minutes of work and left. He now owes them more they say.",
            "Gardener charged an elderly couple £{n},000 for cutting a hedge, drove the husband to the bank to withdraw it.",
            "Neighbour concerned - builders keep returning to an old lady's house saying more work is needed and taking cash each time, nothing appears done.",
            "Cloned bank card used in shops in {town}, IP still has her card, bank confirms {n} payments she did not make.",
            "Carer has been using the client's debit card to buy shopping for herself, statements show £{n}00 of spending the client did not agree to.",
            "Benefits paid into IP's account have been redirected to another account after someone rang DWP pretending to be him.",
        ),
        ("Bank fraud department contacted. Action Fraud referral.",),
        weight=1.2,
    ),
    Scenario(
        "sexual_touching_or_exposure", G.OTHER_SEXUAL_OFFENCES, ("20A", "88E", "17A"),
        (C.CRIME_SEXUAL, C.ASB_PERSONAL, C.ASB_NUISANCE, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_OTHER, C.WELFARE_SUSPICIOUS_CIRCUMSTANCES),
        (
            "Woman waiting for a taxi says a stranger came up behind her and squeezed her bum, then laughed and walked off.",
            "Female states a man on the packed train pressed his groin into her from behind for several stops and would not move.",
            "Lady reports male in a car pulled up beside her and asked for directions, when she looked in he was naked from the waist down touching himself.",
            "IP says her driving instructor put his hand on her leg and then between her legs during the lesson, she froze.",
            "Teenager at the swimming baths says a man in the pool kept touching her chest under the water.",
            "c/r states a delivery driver asked her for a hug at the door and then grabbed her breast.",
            "Male in the park flashing at women walking past, has done it twice this week, described as 50s wearing a long coat.",
            "IP disclosed to her {prof} that an older cousin touched her private parts at a family party last year, she is 11.",
            "Barber touched a male customer's penis through his trousers while cutting his hair and made sexual comments.",
            "Woman woke on the night bus to find the man next to her had his hand inside her top.",
        ),
        ("Suspect described, CCTV requested.", "Victim to be seen by specially trained officer."),
        weight=1.6,
    ),
    Scenario(
        "sexual_images_or_grooming", G.OTHER_SEXUAL_OFFENCES, ("88C", "71", "88A"),
        (C.WELFARE_CONCERN_FOR_SAFETY, C.ASB_PERSONAL, C.WELFARE_OTHER, C.CRIME_SEXUAL, C.ADMIN_OTHER),
        (
            "Woman found a camera hidden in the bathroom of her rented room, the landlord had been recording her showering.",
            "Man took photos up a woman's skirt on the escalator at the shopping centre, witness saw the images on his phone.",
            "Parent reports a man in his 40s has been chatting to her 13yo son on a gaming app, asking him to send pictures of himself with no clothes on.",
            "School DSL reports a teacher has been messaging a Year 10 pupil late at night, telling her she is beautiful and asking to meet her alone.",
            "IP received an unsolicited picture of a man's genitals by airdrop on the tube from someone nearby.",
            "Caller's 14yo daughter has been given gifts and a phone by a 25yo man who picks her up from school, mum found sexual messages from him.",
            "Youth club leader reports an adult male has been sending a 12yo member links to porn and asking for photos.",
        ),
        ("Devices seized.", "Strategy meeting with children's social care arranged."),
        weight=1.3,
    ),
    Scenario(
        "rape_disclosed", G.RAPE, ("19C", "19D", "19E"),
        (C.CRIME_SEXUAL, C.WELFARE_CONCERN_FOR_SAFETY, C.WELFARE_DOMESTIC_INCIDENT, C.WELFARE_OTHER, C.ADMIN_OTHER),
        (
            "Woman says a man she met at a bar took her back to his flat and had sex with her when she was too drunk to stand, she kept saying no.",
            "IP states her {rel} made her have sex with him last night after she told him she didn't want to, he held her wrists down.",
            "Sexual assault referral centre reports a 17yo female attended, she says she was raped by a boy she knows at a party on Saturday.",
            "Male discloses he was raped by another man after being given a lift home, he passed out in the car and woke in pain.",
            "Historic: female caller says her stepfather raped her from age 12 until she left home, she is now 35 and ready to report.",
            "Girl (14) told her teacher that an 18yo has been having sex with her in his car after school.",
            "Female says her ex came round to collect his things, pushed her onto the bed and forced himself on her.",
        ),
        ("Victim taken to SARC, forensic medical examination arranged.", "Early evidence kit used."),
        weight=1.1,
    ),
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
