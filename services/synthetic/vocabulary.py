"""Slot fillers for the scenarios: people, injuries, property, places. Kept small and plain."""

from __future__ import annotations

PARTNER = (
    "partner", "ex-partner", "husband", "boyfriend", "ex boyfriend", "ex", "fiance",
    "estranged husband", "ex-husband", "wife's ex", "partner of 6 yrs", "on/off partner",
)  # fmt: skip
FAMILY = ("son", "adult son", "brother", "stepdad", "father", "nephew", "daughter", "sister")
INJURY = (
    "a cut to her lip", "bruising to her arm", "a swollen eye", "a bloody nose",
    "a lump on the back of her head", "red marks to her neck", "a split lip", "a black eye",
    "bleeding from a cut above the eye", "scratches down her face", "a graze to her knee",
    "bruises on both arms", "a suspected broken finger", "swelling to her cheek",
)  # fmt: skip
INJURY_M = (
    "a cut to his head", "a bloody nose", "a swollen jaw", "a black eye", "a split lip",
    "a suspected broken nose", "bruising to his ribs", "a deep cut to his hand",
)  # fmt: skip
ITEM = (
    "phone", "iphone", "purse", "wallet", "handbag", "laptop", "bank card", "bike",
    "jewellery", "watch", "tablet", "keys", "rucksack", "air pods", "cash",
)  # fmt: skip
PLACE = (
    "outside the Co-op", "on the high street", "at the bus station", "near the park gates",
    "in the car park at Tesco", "by the canal", "outside the chip shop", "on Station Road",
    "at the taxi rank", "in the underpass", "outside the Red Lion", "at the retail park",
)  # fmt: skip
SUSPECT = (
    "a male", "an unknown male", "a white male in a grey hoody", "two youths",
    "a male on a pedal bike", "an asian male approx 20yrs", "a black male in a puffer jacket",
    "a female", "a group of lads", "a male wearing a balaclava", "an IC1 male",
)  # fmt: skip
NAMES = (
    "Darren", "Kelly", "Jason", "Shannon", "Mohammed", "Leanne", "Craig", "Aisha", "Wayne",
    "Chantelle", "Tomasz", "Priya", "Lee", "Gemma", "Dean", "Sophie", "Kyle", "Amina",
)  # fmt: skip
OTHER_FORCE = (
    "Manchester", "Leeds", "Cardiff", "Bristol", "Nottingham", "Liverpool", "Newcastle",
    "Sheffield", "Leicester", "Stoke",
)  # fmt: skip
PROFESSIONAL = (
    "GP surgery", "school DSL", "social worker", "health visitor", "A&E nurse",
    "hospital safeguarding team", "housing officer", "probation officer", "IDVA", "teacher",
)  # fmt: skip
HIT = (
    "punched her", "backhanded her", "kicked her", "slapped her", "headbutted her",
    "twisted her arm behind her back", "scratched her face", "bit her", "held her by the throat",
    "threw her against the wall", "dragged her by her hair", "stamped on her",
    "hit her with a belt",
    "elbowed her in the face", "pinned her against the fridge", "strangled her", "choked her",
    "struck her with a shoe", "smacked her round the head", "kneed her in the stomach",
    "hit her with the hoover pipe", "clawed at her", "rammed her head into the door",
)  # fmt: skip
HIT_M = (
    "punched him", "glassed him", "kicked him in the head", "headbutted him", "hit him with a bat",
    "jumped him", "battered him", "set about him", "knocked him out", "booted him in the ribs",
    "hit him with a bottle", "swung a hammer at him and caught his arm", "elbowed him",
)  # fmt: skip
TAKEN = (
    "taken", "stolen", "gone", "nicked", "swiped", "lifted", "pinched", "missing", "removed",
)  # fmt: skip
VEHICLE = (
    "car", "van", "Transit van", "motorbike", "moped", "Corsa", "work van", "pick-up",
    "hatchback", "Audi", "company car", "camper",
)  # fmt: skip
LOOT = (
    "the TV", "a games console", "cash from a drawer", "her jewellery", "his tools",
    "two laptops", "a bike", "car keys", "a safe", "medication", "perfume", "a handbag",
)  # fmt: skip
