# ruff: noqa: E501  (phrase lists read best one pattern per line)
"""The phrase lists of the rule-based scorer: evidence per offence group, negations, contradictions.

Patterns run on lower-cased text. Each carries a weight (log-odds it adds) and a plain-English
label for the reason shown to a supervisor. Negations are masked out before evidence is matched,
so "no injuries" never counts as an injury.
"""

from __future__ import annotations

from services.domain.codes import IncidentCode, OffenceGroup

G = OffenceGroup
Pattern = tuple[str, float, str]

_PRON = r"(?:him|her|me|them|his|my|their|the|a|an|c/r|ip|caller|victim|v|partner|son|daughter)"
_HIT = (
    r"(?:punch(?:ed|ing)?|kick(?:ed|ing)?|push(?:ed|ing)?|shov(?:ed|ing)|slapp?(?:ed|ing)?|"
    r"hit(?:ting)?|headbutt(?:ed)?|strangl(?:ed|ing)|chok(?:ed|ing)|throttled|stamp(?:ed)? on|"
    r"assault(?:ed|ing)?|attack(?:ed|ing)?|beat(?:en|ing)? (?:up)?|bit (?:her|him)|"
    r"grabbed (?:her|him|me) by|dragged|threw (?:a|an|the)? ?\w+ at|spat at|pinned)"
)
# An injury, when an assault is described too.
INJURY = (
    r"\b(?:cut|cuts|bleed(?:ing)?|blood(?:y)?|bruis(?:e|ed|es|ing)|swollen|swelling|broken|"
    r"fractur\w*|black eye|lump|graze[ds]?|laceration|wound(?:ed)?|split lip|bust lip|"
    r"injur(?:y|ies|ed)|stitches|concussion|marks? (?:on|to|around) (?:her |his |the )?(?:neck|arm|face|throat)|"
    r"hospital|a&e|loose tooth|teeth knocked)\b"
)
ASSAULT = rf"\b{_HIT}\b"

EVIDENCE: dict[OffenceGroup, tuple[Pattern, ...]] = {
    G.VIOLENCE_WITH_INJURY: (
        (
            r"\b(?:abh|gbh|s\.? ?47|s\.? ?18|s\.? ?20|sec(?:tion)? 47)\b",
            3.0,
            "names an assault with injury",
        ),
        (r"\b(?:stabbed|glassed|slashed (?:him|her)|knifed)\b", 3.5, "describes a wounding"),
    ),
    G.VIOLENCE_WITHOUT_INJURY: (
        (ASSAULT, 2.2, "describes an assault"),
        (
            r"\bthreat(?:s|en(?:ed|ing)?)? to (?:kill|stab|shoot|burn)\b",
            3.0,
            "describes threats to kill",
        ),
        (r"\b(?:going to|gonna|will) (?:kill|stab|shoot|slit)\b", 2.6, "describes threats to kill"),
        (r"\bcommon assault\b|\bbattery\b", 3.0, "names a common assault"),
    ),
    G.STALKING_HARASSMENT: (
        (r"\b(?:harass\w*|stalk\w*)\b", 2.6, "describes harassment or stalking"),
        (
            r"\b\d{1,3}\+? (?:messages|texts|calls|missed calls|emails|voicemails)\b",
            2.4,
            "describes repeated messages",
        ),
        (
            r"\b(?:keeps|constantly|repeatedly|continually|persistently) (?:messag|text|call|ring|turn|contact|follow|post)\w*",
            2.4,
            "describes repeated unwanted contact",
        ),
        (
            r"\b(?:waiting|hanging around|sat|parked) outside (?:her|his|my|the) (?:house|home|address|work|flat)",
            2.4,
            "describes waiting outside the victim's home",
        ),
        (
            r"\b(?:following|followed) (?:her|him|me|c/r|the caller)\b",
            2.0,
            "describes following the victim",
        ),
        (
            r"\b(?:coercive|controlling behaviou?r|controls (?:her|his) (?:money|finances|phone))",
            2.6,
            "describes controlling or coercive behaviour",
        ),
        (
            r"\b(?:not allowed|isn't allowed|won't let (?:her|him)) (?:to )?(?:see|go out|leave|have)",
            1.6,
            "describes controlling behaviour",
        ),
        (
            r"\bthreatening (?:messages|texts|calls|voicemails|letters)\b",
            2.4,
            "describes threatening messages",
        ),
        (
            r"\b(?:malicious comm\w*|revenge porn|shared (?:intimate|private|nude) (?:images|photos|pictures))",
            2.6,
            "describes malicious communications",
        ),
        (
            r"\bbreach(?:ed|ing)? (?:of )?(?:a |the |her |his )?(?:non-molestation|restraining|injunction)",
            2.6,
            "describes a breach of a protective order",
        ),
    ),
    G.RAPE: (
        (
            r"\b(?:rape[ds]?|raping|forced (?:her|him) to have sex|had sex with (?:her|him) while (?:she|he) was asleep)\b",
            3.5,
            "describes rape",
        ),
    ),
    G.OTHER_SEXUAL_OFFENCES: (
        (
            r"\bsexual(?:ly)? assault\w*|\bindecent(?:ly)? assault\w*",
            3.2,
            "describes a sexual assault",
        ),
        (
            r"\b(?:grop(?:ed|ing)|touched inappropriately|inappropriate(?:ly)? touch\w*|touched (?:her|him|me) (?:inappropriately|sexually|between|on (?:her|his) (?:breast|bottom|bum|chest|groin)))",
            3.0,
            "describes sexual touching",
        ),
        (
            r"\b(?:exposed (?:himself|herself|his genitals)|indecent exposure|flash(?:ed|ing) (?:at|himself))",
            2.8,
            "describes indecent exposure",
        ),
        (
            r"\b(?:groom(?:ed|ing)|sexual (?:images|messages|photos) (?:to|from) (?:a )?(?:child|\d{1,2} ?(?:yo|year old)))",
            2.8,
            "describes sexual grooming",
        ),
        (
            r"\b(?:upskirt\w*|voyeur\w*|filmed (?:her|him) in the (?:shower|toilet|changing))",
            2.8,
            "describes voyeurism",
        ),
    ),
    G.ROBBERY: (
        (
            r"\b(?:robbed|robbery|mugged|mugging|at knife ?point|at gun ?point)\b",
            3.0,
            "describes a robbery",
        ),
        (
            r"\b(?:demanded|made (?:him|her) hand over|forced (?:him|her) to hand over) (?:his|her|their|my)? ?(?:phone|wallet|money|bag|cash|watch|keys)",
            2.8,
            "describes items demanded by force",
        ),
    ),
    G.BURGLARY: (
        (
            r"\b(?:burglary|burgled|break[- ]in|broke in(?:to)?|broken into|intruder|ransacked|creeper)\b",
            3.0,
            "describes a break-in",
        ),
        (
            r"\b(?:forced entry|forced (?:the )?(?:back |front |rear |patio )?(?:door|window|lock)|(?:door|window|lock) (?:has been |had been |was )?forced|jemmied|snapped the lock)",
            3.0,
            "describes forced entry",
        ),
        (
            r"\b(?:entered|got into|been in) (?:the |her |his |my |their )?(?:house|home|property|flat|shed|garage|premises|address)",
            1.5,
            "describes entry to a building",
        ),
    ),
    G.VEHICLE_OFFENCES: (
        (
            r"\b(?:car|van|vehicle|motorbike|moped|truck|lorry) (?:has been |was |been )?(?:stolen|taken|broken into|nicked)\b",
            3.0,
            "describes a vehicle crime",
        ),
        (
            r"\b(?:stole|stolen|nicked|took) (?:my |her |his |their |the )?(?:car|van|vehicle|motorbike|moped)\b",
            3.0,
            "describes a vehicle theft",
        ),
        (
            r"\b(?:catalytic converter|theft from (?:motor )?vehicle|twoc|items? taken from (?:the |her |his |my )?(?:car|van|vehicle))",
            3.0,
            "describes theft from a vehicle",
        ),
    ),
    G.THEFT: (
        (
            r"\b(?:stolen|stole|stealing|nicked|pinched|theft|shoplift\w*|pickpocket\w*|swiped)\b",
            2.4,
            "describes a theft",
        ),
        (
            r"\b(?:walked out|left|made off|drove off|ran off) without paying\b|\bmake off without payment\b|\bbilk(?:ed)?\b",
            2.6,
            "describes making off without payment",
        ),
        (
            r"\b(?:taken|took) (?:from|out of) (?:her|his|my|the) (?:bag|pocket|garden|shed|desk|locker|handbag)",
            2.0,
            "describes property taken",
        ),
    ),
    G.CRIMINAL_DAMAGE_ARSON: (
        (
            r"\b(?:smashed|smash(?:ing)?|broke|kicked in|put through|cracked) (?:the |her |his |my |their |a )?(?:window|windscreen|windows|door|fence|wing mirror|tv|phone|car)",
            2.4,
            "describes damage to property",
        ),
        (
            r"\b(?:keyed|graffiti|slashed (?:the |her |his |my )?tyres|criminal damage|vandali[sz]ed|damaged (?:the|her|his|my|their))",
            2.8,
            "describes criminal damage",
        ),
        (
            r"\b(?:arson|set fire|set alight|set on fire|torched|petrol through the letterbox)",
            3.0,
            "describes arson",
        ),
    ),
    G.PUBLIC_ORDER: (
        (
            r"\b(?:threatening behaviou?r|s\.? ?4a? poa|s\.? ?5 poa|section [45] public order|public order offence)",
            2.4,
            "describes threatening or abusive behaviour",
        ),
        (
            r"\b(?:racial(?:ly)?|homophobic|religious(?:ly)?) (?:abuse|abused|aggravated|slurs?|comments)",
            2.6,
            "describes hate-motivated abuse",
        ),
        (
            r"\bcaus(?:ed|ing) (?:her |him |them |c/r |the caller )?(?:harassment, )?alarm (?:and|or) distress",
            2.4,
            "describes alarm and distress caused",
        ),
        (r"\b(?:violent disorder|affray|mass brawl)\b", 2.6, "describes violent disorder"),
    ),
    G.WEAPONS: (
        (
            r"\b(?:found|seized|recovered|located) (?:in possession of |with )?(?:a |an |the )?(?:knife|blade|machete|lock ?knife|knuckle ?duster|baton|firearm|gun|pistol|shotgun|crossbow)",
            3.0,
            "describes a weapon found on a person",
        ),
        (
            r"\b(?:brandish\w*|waving|pulled (?:out )?a|produced a|armed with a|carrying a) ?(?:knife|blade|machete|gun|firearm|bat|hammer|weapon)",
            2.6,
            "describes a weapon carried or shown",
        ),
    ),
    G.DRUGS: (
        (
            r"\b(?:found|seized|recovered|located|in possession of|possession of) (?:\w+ ){0,3}(?:cannabis|cocaine|heroin|crack|mdma|ketamine|spice|wraps|deals|bags of|class [abc])",
            3.0,
            "describes drugs found",
        ),
        (
            r"\b(?:dealing|supplying|selling) (?:drugs|cannabis|cocaine|heroin|crack)|\bcannabis (?:farm|factory|grow)\b|\bcounty lines?\b",
            2.6,
            "describes drug supply or production",
        ),
    ),
    G.FRAUD: (
        (
            r"\b(?:scam(?:med)?|fraud\w*|conned|phishing|cloned (?:card|bank)|identity theft|courier fraud|romance scam)\b",
            2.8,
            "describes a fraud",
        ),
        (
            r"\bpretend(?:ed|ing)? to be (?:from )?(?:the |her |his |my )?(?:bank|hmrc|police|amazon|bt|microsoft)",
            2.8,
            "describes impersonation to obtain money",
        ),
        (
            r"\b(?:transactions? (?:she|he|they|i) (?:didn't|did not) make|money (?:taken|gone) from (?:her|his|my|their) (?:bank )?account|unauthori[sz]ed (?:payments?|transactions?))",
            2.8,
            "describes unauthorised payments",
        ),
    ),
    G.MODERN_SLAVERY: (
        (
            r"\b(?:modern slavery|traffick\w*|nrm referral|forced labou?r|debt bondage)\b",
            3.0,
            "describes modern slavery",
        ),
        (
            r"\b(?:forced to work|made to work|working for no pay|not paid and|passport (?:was )?(?:taken|kept|held)|not allowed to leave (?:the )?(?:house|site|farm|premises))",
            2.4,
            "describes forced work or control of movement",
        ),
    ),
}

# Phrases that negate one kind of evidence; masked out before evidence is matched.
NEGATIONS: tuple[tuple[str, str], ...] = (
    (
        "injury",
        r"\b(?:no|not|nil|without|denies any|no visible|no obvious) (?:\w+ )?(?:injur\w*|marks?|blood|bruis\w*|cuts?)\b|\b(?:uninjured|unhurt|not hurt|not injured)\b",
    ),
    (
        "assault",
        r"\b(?:denies|denied|deny) (?:being |having been |that (?:he|she) was )?(?:\w+ )?(?:hit|assaulted|touched|pushed|punched|attacked|threatened)\w*|\b(?:no|nothing|not) (?:physical|violence|assault|contact|been hit|hit)\w*|\bnobody (?:was )?(?:hit|hurt|assaulted)|\bno one (?:was )?(?:hit|hurt|assaulted)|\bnot (?:been )?(?:hit|assaulted|touched)"
        r"|\b(?:hit|struck|clipped) (?:a|an) (?:deer|fox|badger|animal|kerb|pothole|bollard|lamp ?post|wall|tree|post)\b",
    ),
    ("threat", r"\bno threats?(?: \w+)?\b|\bnot threatened\b|\bwithout threats\b"),
    (
        "theft",
        r"\b(?:nothing|nobody|no one|none) (?:\w+ )?(?:taken|stolen|took|missing|stole)\b|\bnot stolen\b|\bnobody took\b"
        r"|\b(?:doesn'?t|does not|don'?t|do not|didn'?t) (?:think|believe) (?:it was |it's |its |it has been )?(?:stolen|taken)\b",
    ),
    ("damage", r"\bno (?:\w+ )?damage\b|\bnot damaged\b"),
    ("sexual", r"\b(?:no sexual|nothing sexual|not sexual|consensual)\w*"),
    ("weapon", r"\bno (?:weapons?|knife|knives|blade)(?: \w+)?\b"),
    (
        "fraud",
        r"\bnot a scam\b|\bno (?:money )?(?:lost|taken|transferred)\b|\bbank (?:has )?confirmed (?:it was )?genuine"
        r"|\b(?:transactions|payments|purchases) (?:were|are) (?:all )?(?:her|his|my|their) own\b",
    ),
)

# Credible evidence to the contrary, or a clear statement that no offence happened.
CONTRADICTIONS: tuple[Pattern, ...] = (
    (r"\b(?:civil matter|civil dispute|civil issue)\b", -2.2, "says it is a civil matter"),
    (
        r"\bno (?:offences?|crimes?|criminality)(?: \w+)? (?:disclosed|identified|committed|made out)\b|\bno offences?\b",
        -3.0,
        "says no offence was disclosed",
    ),
    (
        r"\b(?:verbal (?:only|argument|dispute)|argument only|words only)\b",
        -1.6,
        "describes a verbal argument only",
    ),
    (r"\bcctv (?:shows|showed|confirms|confirmed|reviewed)\b", -2.2, "CCTV contradicts the report"),
    (
        r"\b(?:lost|misplaced|mislaid|dropped) (?:her|his|my|their|the|a) (?:\w+ )?(?:wallet|purse|phone|keys|bag|card|bike|passport|ring|watch|item)",
        -2.8,
        "describes lost property",
    ),
    (
        r"\b(?:think|thinks|believes|thought) (?:i|she|he|they) (?:left|dropped|lost)\b|\bcan'?t find\b|\bmisplaced\b",
        -2.2,
        "describes lost property",
    ),
    (
        r"\b(?:found safe|found (?:it|them) (?:at|in|under)|has turned up|later (?:found|located)|returned home safe)",
        -2.8,
        "item or person found",
    ),
    (
        r"\b(?:made (?:it|this|the (?:story|whole thing)) up|made up (?:the|a|his|her) (?:story|allegation)|false (?:report|allegation)|retracted|withdr[ae]w(?:n)? (?:the |her |his )?allegation|mistaken|misunderst\w+)\b",
        -2.6,
        "report withdrawn or shown mistaken",
    ),
    (
        r"\b(?:non[- ]suspicious|no suspicious circumstances|natural causes|expected death)\b",
        -3.0,
        "death not suspicious",
    ),
    (
        r"\b(?:damage only|no injuries reported|minor collision|shunt)\b",
        -1.2,
        "collision with damage only",
    ),
    (
        r"\b(?:warned and (?:complied|left)|behaviou?r (?:stopped|ceased)|dispersed when asked|complied with advice)\b",
        -1.6,
        "behaviour stopped when warned",
    ),
    (
        r"\b(?:smell of cannabis|smells of cannabis|suspected drug use)\b(?!.{0,60}(?:found|seized))",
        -1.0,
        "suspicion only, no drugs found",
    ),
    (
        r"\b(?:with (?:\w+ )?permission|gave (?:him|her|them) permission|had (?:\w+ )?permission|was allowed to|lent (?:it|him|her))\b",
        -1.4,
        "says the owner consented",
    ),
    (
        r"\bno (?:theft|burglary|break[- ]in|fraud|robbery|assault|crime)\b|\bfalse alarm\b",
        -4.0,
        "says no offence happened",
    ),
    (r"\bno third party(?: involvement)?\b", -4.0, "says nobody else was involved"),
    (r"\b(?:storm|wind|weather|flood) damage\b|\bhigh winds\b", -2.6, "damage by the weather"),
    (
        r"\b(?:removed|towed|lifted|taken) (?:away )?by (?:the )?(?:council|police|dvla|bailiffs|finance company)\b|\b(?:at|in|to) the pound\b",
        -4.0,
        "the vehicle was removed lawfully",
    ),
    (
        r"\b(?:(?:has|have|had) (?:now |since )?been|now|since been) returned\b",
        -3.4,
        "the property was returned",
    ),
    (
        r"\b(?:update on|an update|chasing (?:up )?(?:the|her|his|an)|(?:crime|incident) (?:ref|reference|number) (?:for|of)|already (?:has|have|got|given) (?:a |the )?(?:crime|incident) (?:ref|reference|number))\b",
        -3.6,
        "an enquiry about a crime already reported",
    ),
    (
        r"\b(?:conviction|convicted) (?:for|of)\b|\bcharged with\b|\bbail conditions\b|\bdbs (?:check|disclosure)\b",
        -3.6,
        "about an offence already dealt with",
    ),
    (
        r"\b(?:could|might|may) get (?:mugged|robbed|attacked|hurt|stabbed)\b",
        -2.2,
        "a hypothetical",
    ),
    (r"\bboth parties (?:deny|denied|calm)|\ball parties calm\b", -1.0, "parties deny or are calm"),
)

OPENING_PRIOR: dict[IncidentCode, float] = (
    dict.fromkeys(IncidentCode, -2.6)
    | {code: 1.2 for code in IncidentCode if code.is_crime}
    | {
        IncidentCode.WELFARE_DOMESTIC_INCIDENT: -1.4,
        IncidentCode.ASB_PERSONAL: -1.8,
        IncidentCode.WELFARE_CONCERN_FOR_SAFETY: -2.2,
        IncidentCode.WELFARE_SUSPICIOUS_CIRCUMSTANCES: -2.0,
        IncidentCode.ADMIN_DUPLICATE: -3.5,
        IncidentCode.ADMIN_HOAX: -3.5,
    }
)

CODE_GROUP: dict[IncidentCode, OffenceGroup] = {
    IncidentCode.CRIME_VIOLENCE: G.VIOLENCE_WITHOUT_INJURY,
    IncidentCode.CRIME_SEXUAL: G.OTHER_SEXUAL_OFFENCES,
    IncidentCode.CRIME_ROBBERY: G.ROBBERY,
    IncidentCode.CRIME_BURGLARY: G.BURGLARY,
    IncidentCode.CRIME_VEHICLE: G.VEHICLE_OFFENCES,
    IncidentCode.CRIME_THEFT: G.THEFT,
    IncidentCode.CRIME_DAMAGE: G.CRIMINAL_DAMAGE_ARSON,
    IncidentCode.CRIME_PUBLIC_ORDER: G.PUBLIC_ORDER,
    IncidentCode.CRIME_WEAPONS: G.WEAPONS,
    IncidentCode.CRIME_DRUGS: G.DRUGS,
    IncidentCode.CRIME_FRAUD: G.FRAUD,
    IncidentCode.CRIME_OTHER: G.OTHER,
}

# Which negation kind cancels which group's evidence.
NEGATED_BY: dict[OffenceGroup, str] = {
    G.VIOLENCE_WITHOUT_INJURY: "assault",
    G.THEFT: "theft",
    G.CRIMINAL_DAMAGE_ARSON: "damage",
    G.OTHER_SEXUAL_OFFENCES: "sexual",
    G.WEAPONS: "weapon",
    G.FRAUD: "fraud",
}

# Principal crime order: when evidence ties, the more serious group wins.
SERIOUSNESS: tuple[OffenceGroup, ...] = (
    G.RAPE, G.VIOLENCE_WITH_INJURY, G.ROBBERY, G.OTHER_SEXUAL_OFFENCES, G.MODERN_SLAVERY,
    G.BURGLARY, G.STALKING_HARASSMENT, G.VIOLENCE_WITHOUT_INJURY, G.WEAPONS,
    G.CRIMINAL_DAMAGE_ARSON, G.VEHICLE_OFFENCES, G.THEFT, G.FRAUD, G.PUBLIC_ORDER, G.DRUGS,
    G.OTHER,
)  # fmt: skip

STRANGER = (
    r"\b(?:stranger|never (?:met|seen) (?:him|her|them|before)|a (?:man|male|woman|female|lad) "
    r"(?:i|she|he|they|we) (?:have |has |had )?never (?:met|seen)|unknown (?:male|man|female|"
    r"woman|person|suspect|offender)|(?:do|does|did)(?: not|n'?t) know (?:him|her|them|the "
    r"(?:man|male|woman|female)))"
)
"""The suspect is a stranger: the relationship words of the narrative are about others."""

RELATIONSHIP = (
    r"\b(?:partner|ex[- ]?partner|husband|ex[- ]?husband|wife|ex[- ]?wife|boyfriend|girlfriend|"
    r"ex[- ]?boyfriend|ex[- ]?girlfriend|fianc[eé]e?|spouse|his ex|her ex|my ex|the ex|son|daughter|"
    r"mother|father|mum|mom|dad|step-?(?:dad|father|son|mum)|brother|sister|da\b|domestic)"
)
