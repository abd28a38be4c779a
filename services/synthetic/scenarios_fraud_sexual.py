# ruff: noqa: E501  (phrasings read best one per line; short enum aliases)
"""Fraud and sexual offences written fresh for v3: fraud in its many forms (messages, debts and
money taken from accounts that are not harassment, slavery or theft; Action Fraud records it, it
is still a crime), sexual touching, exposure, images and grooming apart from harassment, and rape
disclosed by victims and professionals. No phrasing is taken from an evaluation set."""

from __future__ import annotations

from services.domain.codes import IncidentCode as C
from services.domain.codes import OffenceGroup as G
from services.synthetic.scenario import Scenario

_FRAUD_OPENINGS = (
    C.CRIME_FRAUD,
    C.ADMIN_OTHER,
    C.WELFARE_CONCERN_FOR_SAFETY,
    C.WELFARE_OTHER,
    C.CRIME_THEFT,
    C.ASB_PERSONAL,
)

FRAUD_AND_SEXUAL_CRIMES = (
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
)  # fmt: skip
