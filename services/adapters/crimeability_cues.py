# ruff: noqa: E501  (one cue a line reads best)
"""Domain cues for the learned crimeability model: a few dozen named facts a registrar looks for.

Each cue is a regular expression over the negation-marked text (so "no injuries" never counts as
an injury) with a plain-words label a supervisor can read. Combinations encode the points that
separate groups sharing words: force or a threat plus a taking is robbery; entry to a building is
burglary; a vehicle plus a taking, entry or damage is a vehicle offence; damage with no contact
with a person is criminal damage. The model learns how much each cue weighs; the labels are also
how the scorer explains itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.domain.required_literals import LiteralIndex

# (name, label, pattern): an alternation of words and short phrases, matched on word bounds.
_ATOMS: tuple[tuple[str, str, str], ...] = (
    ("push", "describes a push or shove", r"push\w*|shov\w*|barg\w*|pinned|knock\w* (?:her|him|me|them) (?:to|over|down|off)"),
    ("strike", "describes a punch, slap or blow", r"punch\w*|slap\w*|hit|hits|hitting|struck|headbutt\w*|backhand\w*|smack\w*|elbow\w*|batter\w*|beat (?:her|him|me)|beaten|assault\w*|attack\w*|jumped (?:him|her|me)|set about|glassed|stamp\w*|bit (?:her|him|me)"),
    ("kick", "describes a kick", r"kick\w*|boot\w* (?:him|her|me)|kneed"),
    ("grab", "describes grabbing or holding a person", r"grab\w* (?:her|him|me|them)|held (?:her|him|me) (?:down|against|by)|dragg?\w* (?:her|him|me)|twist\w* (?:her|his|my) arm"),
    ("strangle", "describes strangling or choking", r"strangl\w*|chok\w*|throat|neck"),
    ("spit", "describes spitting at someone", r"spat|spit\w*"),
    ("at_a_person", "force aimed at a person, not at things", r"(?:was|were|been|got|being) (?:punched|hit|struck|slapped|kicked|kneed|headbutted|pushed|shoved|grabbed|dragged|strangled|choked|bitten|spat on|elbowed|assaulted|attacked|barged|knocked|jumped|beaten|glassed|stabbed)|(?:punch\w*|hit|hits|struck|slap\w*|kick\w*|kneed|headbutt\w*|push\w*|shov\w*|grabb?\w*|dragg?\w*|strangl\w*|chok\w*|bit|spat|elbow\w*|stamp\w* on|pinned|threw|thrown|barg\w*|attack\w*|assault\w*) (?:at |into |on )?(?:her|him|me|them|ip|the ip|victim|the victim|caller|the caller|(?:his|her|my|their) (?:dad|mum|father|mother|son|daughter|brother|sister|partner|wife|husband|girlfriend|boyfriend|nan|gran|grandad))\b(?! (?:phone|laptop|tablet|tv|telly|glasses|car|keys|bag|handbag|purse|things|clothes|belongings|bank|passport|door|mobile|wallet|bike|stuff)\b)"),
    ("threat", "describes a threat to harm", r"threat\w*|kill (?:you|her|him|me)|stab (?:you|her|him|me)|going to (?:kill|hurt|stab|batter|shoot)|you'?re dead|in the ground|end you|burn (?:the|your) house"),
    ("weapon", "a weapon is mentioned", r"knife|knives|knifepoint|blade|machete|gun|firearm|hammer|bat|screwdriver|baton|knuckle\w*|crowbar|axe|bottle"),
    ("injury_cut", "injury: cut or bleeding", r"cut (?:to|on|above|below|across)|cuts|laceration|bleed\w*|blood\w*|split lip|stab wound|stabbed"),
    ("injury_bruise", "injury: bruising or swelling", r"bruis\w*|swell\w*|swollen|black eye|lump|red marks|graze\w*|scratch(?:es|ed) (?:to|on|down)"),
    ("injury_serious", "injury: broken bone or hospital treatment", r"broken (?:nose|finger|arm|wrist|jaw|rib\w*)|fractur\w*|a&e|hospital|unconscious|knocked (?:him|her|me) out"),
    ("injury_any", "injury described", r"injur\w*|inj|injs|hurt|in pain|marks"),
    ("no_injury", "says no injury", r"neg_injur\w*|neg_inj|neg_injs|neg_hurt|neg_marks|uninjured|unhurt"),
    ("no_contact", "says nobody was touched", r"neg_touch\w*|neg_lay|neg_physical|neg_assault\w*|neg_hit|verbal only|words only|nothing physical"),
    ("taking", "something was taken", r"took|taken|take|stole|stolen|steal\w*|nick\w*|swip\w*|lift\w*|pinch\w*|snatch\w*|missing|gone|emptied|made off with|hand over|handed over|went through (?:his|her|my) pockets|grabb?\w* (?:her|his|my|the|a) (?:hand)?(?:bag|purse|phone|wallet|chain|necklace|watch|keys|cash|money)|empty (?:his|her|my|your) pockets|demand\w*|helped (?:him|her)self"),
    ("entry", "describes entry to a building", r"broke in|broken into|break in|break-in|broke into|forced|jemm\w*|got in|gained entry|entered|entry|climbed in|prised|lock (?:snapped|cut|broken)|padlock|smashed (?:the )?(?:window|door|glass)|burgl\w*|ransack\w*|intruder|creeper"),
    ("building", "a home, shed or premises", r"house|home|flat|bedroom|kitchen|hallway|garage|shed|outbuilding|loft|premises|shop|store|office|school|church|vestry|unit|pharmacy|warehouse|cabin|allotment|address|property"),
    ("vehicle", "a vehicle is involved", r"car|cars|van|vans|vehicle|ford|fiesta|focus|golf|polo|corsa|astra|clio|bmw|audi|mercedes|vauxhall|toyota|nissan|honda|kia|transit|range rover|motorbike|motorcycle|moped|scooter|lorry|truck|catalytic|cat converter|number plates?|reg(?:istration)? plates?|ignition|steering|wing mirror|tyres?|wheels|windscreen|sat nav|driveway|parked"),
    ("damage", "describes damage to property", r"smash\w*|damag\w*|snapped|broke (?:the|his|her|my)|broken (?:window|door|glass)|punched (?:a )?holes?|kicked (?:the|in)|ripped \w+ off|keyed|scratched (?:the|into)|slash\w*|graffiti|sprayed|vandal\w*|threw (?:the|her|his|my) (?:phone|laptop|tv)|thrown (?:the|her|his|my)|put (?:his|her) fist through"),
    ("fire", "describes a fire being set", r"set (?:on )?fire|set it alight|alight|arson|petrol(?! station)|burnt|burned|blaze|lit"),
    ("sexual", "describes sexual touching, exposure or images", r"sex\w*|rap\w*|grop\w*|breasts?|bottom(?! of\b)|genital\w*|expos\w*|mastur\w*|naked|nudes?|explicit|indecent\w*|touch\w* (?:her|him|me) (?:between|up|inappropriately)|hand (?:up|down) (?:her|his|the front)"),
    ("exploitation", "signs of exploitation: debt, documents held, unpaid or forced work", r"passports?|documents|id was taken|owes?|debt|no pay|not paid|unpaid|no wages|wages|forced to work|made to work|not allowed to leave|locked in|brought (?:to|from|over)|trafficked|traffick\w*|run(?:ning)? lines|county lines|sent (?:him|her) there|living on site|holds her phone|keeps? (?:her|his|their) (?:documents|passport|phone)"),
    ("repeat_contact", "repeated unwanted contact", r"keeps? (?:messag|call|text|turn|com)\w*|messages|texts|calls|every (?:day|night)|daily|nightly|again and again|blocked|new accounts|follow\w*|turning up|watching"),
    ("control", "controlling behaviour", r"controls?|controlling|isolat\w*|checks (?:her|his) phone|tracking|monitors|not allowed|won't let"),
    ("partner", "an intimate partner or family member", r"partner|husband|wife|boyfriend|girlfriend|bf|gf|fianc\w*|ex|ex-\w+|spouse|son|daughter|brother|sister|mum|mother|dad|father|stepdad"),
    ("contrary", "points away from a crime: found, mislaid, accident or civil matter", r"civil|found it|left (?:my|her|his|it)|can't neg_find|cannot neg_find|not neg_sure|handed in|lost property|located|lost|mislaid|misplaced|dropped it|left it|accident\w*|fell|slipped (?:on|and|over|down|in)|(?:he|she|i|they) slipped(?! (?:a|an|the|it|some|her|his|into)\b)|tripped (?:over|on|up)|by mistake|with permission|borrowed|forgot|returned|nfa"),
    ("explained", "the report is explained away: found intact, own payments, made up, nobody else involved", r"(?:no|not|nil) (?:neg_a )?neg_(?:crimes?|offences?)|neg_(?:fraud\w*|scam|burglary|theft)|neg_(?:third|3rd) neg_party|neg_else neg_involved|neg_suspicious|made (?:it|it all|this|that|the (?:whole )?(?:story|thing|allegation|attack|assault)) up|made up the \w+|making (?:it|the \w+) up|invented (?:it|the \w+)|(?:her|his|my|their) own (?:\w+ )?(?:transactions?|payments?|purchases?|subscriptions?|direct debits?|shopping|spending)|all intact|everything (?:still )?(?:in it|inside|there)|(?:all )?(?:items )?accounted for|contents (?:all )?(?:present|intact)"),
    ("police_found", "officers found an item on a person or in a vehicle", r"found in possession|in possession|on search|search\w*|seized|located \d+|recovered from"),
    ("drugs", "drugs are described", r"cannabis|cocaine|crack|heroin|wraps?|plants|mda|dealing"),
    ("public_fear", "people were alarmed or distressed", r"alarm\w*|distress\w*|frighten\w*|scared|intimidat\w*|in fear|abuse at|shouting abuse|squar\w* up"),
    ("deception", "describes a deception for money", r"scam\w*|fraud\w*|pretend\w*|sent (?:him |her |them )?£|sent money|bank transfer|new number|invest\w*|crypto\w*|in (?:his|her|my|their) name|identity|cloned|rogue traders?|cold call\w*|overcharg\w*|gift cards?|claiming to be|posing as|safe account|bank details|card details|phishing|remote access|remoted? into|paid (?:a )?deposit|never arrived|hacked|fake|bogus|conned|transferred (?:£|money|\d)"),
)  # fmt: skip
# (name, label, all of, any of): fires when every `all` cue and one `any` cue fire.
_COMBOS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("robbery", "force or a threat used to take property", ("taking",), ("push", "strike", "kick", "grab", "threat", "weapon")),
    ("burglary", "entry to a building to steal or damage", ("entry", "building"), ("entry",)),
    ("vehicle_crime", "a vehicle was stolen, broken into or tampered with", ("vehicle",), ("taking", "entry", "damage")),
    ("damage_only", "damage to property with nobody hurt", ("damage",), ("no_contact", "no_injury")),
    ("domestic_damage", "damage to property in a family or partner row", ("damage", "partner"), ("damage",)),
    ("domestic_violence", "violence by a partner or family member", ("partner", "at_a_person"), ("push", "strike", "kick", "grab", "strangle", "spit")),
    ("violence_injury", "violence causing injury", ("injury_any",), ("push", "strike", "kick", "grab", "strangle", "weapon")),
    ("exploitation_sexual", "exploitation for sex", ("exploitation", "sexual"), ("exploitation",)),
)  # fmt: skip
_INJURY_KINDS = ("injury_cut", "injury_bruise", "injury_serious")
_THINGS_ONLY = ("damage_to_things_only", "damage with no force aimed at a person")

NAMES: tuple[str, ...] = (
    tuple(n for n, _, _ in _ATOMS) + tuple(n for n, *_ in _COMBOS) + (_THINGS_ONLY[0],)
)
LABELS: dict[str, str] = (
    {n: label for n, label, _ in _ATOMS} | {c[0]: c[1] for c in _COMBOS} | dict([_THINGS_ONLY])
)
_ATOM_PATTERNS = {name: re.compile(rf"\b(?:{pattern})\b") for name, _, pattern in _ATOMS}


# One Aho-Corasick pass finds the cues whose required literals occur; only those are searched.
_INDEX = LiteralIndex(tuple(_ATOM_PATTERNS.values()))
_ATOM_NAMES = tuple(_ATOM_PATTERNS)


def find_cues(marked: str) -> frozenset[str]:
    """Names of the cues present in negation-marked, lower-cased text."""
    regexes = _INDEX.regexes
    found = {_ATOM_NAMES[i] for i in _INDEX.candidates(marked) if regexes[i].search(marked)}
    if found & set(_INJURY_KINDS):
        found.add("injury_any")
    for name, _, every, some in _COMBOS:
        if all(c in found for c in every) and any(c in found for c in some):
            found.add(name)
    if "damage" in found and "at_a_person" not in found:
        found.add(_THINGS_ONLY[0])
    return frozenset(found)


@lru_cache(maxsize=65536)  # bounded by the model's word vocabulary
def cue_of_phrase(phrase: str) -> str | None:
    """The cue a word n-gram expresses, if any ("pushed" -> "push"), for readable reasons."""
    for name, pattern in _ATOM_PATTERNS.items():
        if pattern.search(phrase):
            return name
    return None
