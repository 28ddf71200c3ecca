"""Deterministic synthetic corpora for the benchmarks: news articles and incident mentions.

Every sentence here is templated prose written for this project, in the manner of wire
services, state media, local monitors, machine-translated sites and scraped pages with
boilerplate.  The same seed always gives the same text (each article has its own
`random.Random` seeded by a string, which does not depend on PYTHONHASHSEED), so figures
are comparable between runs and machines.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from extraction.records import Claim, DateInfo, Mention, Site, Span

# --------------------------------------------------------------------------- lexicons

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
NUMBER_WORDS = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)

# Ways each site is written in the press (transliterations vary a lot between outlets).
SITE_PHRASES: dict[str, tuple[str, ...]] = {
    "al_omar_oil_field": (
        "the al-Omar oil field", "al-Omar oilfield", "the Omar oil field", "Al Omar field",
        "the US base at al-Omar", "the coalition base in the al-Omar oil field",
    ),
    "green_village": ("the Green Village", "the Green Village housing complex", "Green Village"),
    "conoco_gas_field": (
        "the Conoco gas field", "the Koniko gas field", "the Conoco field",
        "the coalition base at the Conoco gas plant",
    ),
    "tabiyeh_gas_plant": ("the Tabiyeh gas plant", "the al-Tabiyeh plant"),
    "deir_ez_zor_city": ("Deir ez-Zor city", "the city of Deir Ezzor", "Deir al-Zour city"),
    "deir_ez_zor_airport": ("the Deir ez-Zor military airport", "Deir Ezzor airport"),
    "al_mayadin": ("al-Mayadin", "Mayadeen", "the town of al-Mayadeen", "al-Mayadin city"),
    "albu_kamal": ("Albu Kamal", "Abu Kamal", "Boukamal", "the border town of al-Bukamal"),
    "ayash": ("the Ayash camp", "Ayyash", "the Ayash depots"),
    "al_jafra_oil_field": ("the al-Jafra oil field", "Jafra field"),
    "tanak_oil_field": ("the al-Tanak oil field", "Tanak oilfield"),
    "shaddadi": ("al-Shaddadi", "Shaddadi", "the coalition base at al-Shaddadi"),
    "rumailan": ("Rumailan", "Rmelan", "the Rumeilan base"),
    "kharab_al_jir": ("Kharab al-Jir", "the Kharab al-Jir airstrip"),
    "al_tanf": ("al-Tanf", "the al-Tanf garrison", "the Tanf base"),
    "hasakah_city": ("Hasakah city", "the city of al-Hasakah"),
    "qamishli": ("Qamishli", "the city of Qamishli"),
    "raqqa_city": ("Raqqa", "the city of Raqqa"),
    "deir_ez_zor_province": (
        "Deir ez-Zor province", "the eastern Deir Ezzor countryside", "Deir al-Zour governorate",
    ),
    "hasakah_province": ("Hasakah province", "the Hasakah countryside"),
    "al_qaim": ("al-Qaim", "the Iraqi border town of al-Qaim"),
    "damascus": ("Damascus",),
}

BASE_SITES = (
    "al_omar_oil_field", "green_village", "conoco_gas_field", "tabiyeh_gas_plant", "shaddadi",
    "rumailan", "kharab_al_jir", "al_tanf",
)
MILITIA_SITES = (
    "al_mayadin", "albu_kamal", "ayash", "deir_ez_zor_city", "deir_ez_zor_airport", "al_qaim",
)
SDF_SITES = ("al_jafra_oil_field", "tanak_oil_field", "hasakah_city", "deir_ez_zor_province")
# Villages outside the gazetteer: unknown places a good extractor keeps as text only.
VILLAGES = (
    "Hatla", "Marrat", "Khasham", "al-Salhiyah", "Dhiban", "al-Busayrah", "Theyban", "al-Husainiya",
    "Mohassan", "al-Quriyah", "al-Ashara", "Darnaj", "al-Suwaydan", "Gharanij", "al-Kishkiyeh",
)

MILITIA = (
    "Iran-backed militias", "pro-Iranian militias", "militias loyal to Tehran",
    "fighters of the Iranian-backed Fatemiyoun brigade", "groups affiliated with the IRGC",
    "Iraqi militiamen of Kataib Hezbollah", "Tehran-aligned armed factions",
)
US = (
    "US forces", "the US-led coalition", "American troops", "coalition forces",
    "the international coalition led by Washington", "US Central Command forces",
)
STATE_US = ("the US occupation forces", "the American occupation", "the occupation forces")
SDF = ("the Syrian Democratic Forces (SDF)", "SDF fighters", "the Kurdish-led SDF", "the SDF")
GOV = ("Syrian government forces", "regime forces", "the Syrian army", "forces loyal to Damascus")
ISIS = ("ISIS cells", "Islamic State militants", "Daesh remnants", "IS sleeper cells")

ROCKET_WEAPONS = (
    "rockets", "several Katyusha rockets", "mortar shells", "a locally made missile",
    "Grad rockets", "107mm rockets", "a volley of rockets", "artillery shells",
)
DRONE_WEAPONS = (
    "an explosive-laden drone", "two suicide drones", "a kamikaze drone", "armed drones",
)
AIR_WEAPONS = (
    "F-15E fighter jets", "warplanes", "unmanned aircraft", "precision air strikes",
    "AH-64 Apache helicopters", "F-16 jets",
)
IED_WEAPONS = ("a roadside bomb", "an improvised explosive device", "a landmine", "a car bomb")
CLASH_WEAPONS = ("heavy machine guns", "rocket-propelled grenades", "medium weapons", "sniper fire")

TIMES = (
    "at around 7:40 p.m. local time", "shortly after midnight", "at dawn", "in the early hours",
    "late in the evening", "around noon", "at about 10:15 a.m.", "after sunset",
)

CLAIMANTS_MONITOR = (
    "the Syrian Observatory for Human Rights said", "the Britain-based Observatory reported",
    "local activists of Deir Ezzor 24 said", "the Euphrates Post network reported",
    "sources told the monitor", "according to the SOHR network of sources",
)
CLAIMANTS_OFFICIAL = (
    "a coalition spokesperson said in a statement", "CENTCOM said on its website",
    "a Pentagon official told reporters", "the SDF media centre said",
    "a US defence official said, speaking on condition of anonymity",
)
CLAIMANTS_STATE = (
    "SANA's reporter said", "local sources told SANA", "the Syrian Foreign Ministry said",
    "state television reported", "a military source told the agency",
)

OUTLETS = {
    "wire": (("Reuters", "Reuters"), ("AFP", "AFP"), ("Associated Press", "AP")),
    "state": (("SANA", None), ("Tasnim News Agency", None), ("Sputnik International", None),
              ("Press TV", None), ("Al-Mayadeen English", None)),
    "monitor": (("SOHR", None), ("Deir Ezzor 24", None), ("North Press Agency", None),
                ("Hawar News Agency", None), ("Enab Baladi", None)),
    "translated": (("Infobae", "EFE"), ("France 24 (translated)", "AFP"), ("Anadolu Agency", None),
                   ("El Mundo (translated)", "EFE"), ("Rudaw", None)),
}
DOMAINS = {
    "Reuters": "reuters.com", "AFP": "afp.com", "Associated Press": "apnews.com",
    "SANA": "sana.sy", "Tasnim News Agency": "tasnimnews.com",
    "Sputnik International": "sputnikglobe.com", "Press TV": "presstv.ir",
    "Al-Mayadeen English": "english.almayadeen.net", "SOHR": "syriahr.com",
    "Deir Ezzor 24": "deirezzor24.net", "North Press Agency": "npasyria.com",
    "Hawar News Agency": "hawarnews.com", "Enab Baladi": "enabbaladi.net",
    "Infobae": "infobae.com", "France 24 (translated)": "france24.com",
    "Anadolu Agency": "aa.com.tr", "El Mundo (translated)": "elmundo.es", "Rudaw": "rudaw.net",
}

FIRST_NAMES = ("Lina", "Omar", "Sarah", "Kareem", "Maya", "Daniel", "Rania", "Yusuf", "Ellen", "Tariq")
LAST_NAMES = ("Haddad", "Kessler", "Mansour", "Okafor", "Brandt", "Saleh", "Dupont", "Rahimi", "Novak")

# Filler: slot-filled background sentences, so long articles do not repeat themselves.
FILLER_TEMPLATES = (
    "{actor_bg} {verb_bg} {object_bg} {since_bg}.",
    "{region} has seen {trend} since {year}, {observer} noted in a {report}.",
    "{analyst} said the {topic} was {assessment}, adding that {consequence}.",
    "In {month} {year}, {past_event}, an episode that {legacy}.",
    "{place_bg} lies on the {bank} bank of the Euphrates, which {river_fact}.",
    "About {troops} US troops remain in {zone}, where they {mission}.",
    "Prices of {good} in {market} rose by {pct} percent over the past {period}, traders said.",
    "{official} told a news conference in {capital} that {stance}.",
    "Tribal leaders in {village} {tribal_act} after {tribal_cause}.",
    "The {org} said {number} families had been displaced from {village} in recent {period}.",
)
FILLER_SLOTS: dict[str, tuple[str, ...]] = {
    "actor_bg": ("Washington", "Damascus", "Tehran", "Moscow", "Ankara", "Baghdad", "The SDF"),
    "verb_bg": ("has repeatedly rejected", "has long sought", "has quietly expanded",
                "continues to demand", "has publicly criticised", "has tried to limit"),
    "object_bg": ("the presence of foreign troops east of the river",
                  "control over the oil and gas fields of the east",
                  "a negotiated settlement of the conflict", "cross-border supply routes",
                  "the return of state institutions to the northeast", "new sanctions relief"),
    "since_bg": ("since the end of the territorial campaign against the Islamic State",
                 "since the fall of Baghouz", "for several years",
                 "since the Astana talks began", "since the 2019 Turkish incursion"),
    "region": ("Eastern Syria", "The middle Euphrates valley", "The Iraq-Syria border strip",
               "The Jazira region", "The Badia desert"),
    "trend": ("a steady rise in tit-for-tat attacks", "periodic waves of violence",
              "a sharp fall in oil output", "growing tribal discontent",
              "repeated Israeli air raids on supply convoys"),
    "year": ("2017", "2018", "2019", "2020", "2021", "2022", "2023"),
    "observer": ("a United Nations panel", "a Washington think tank", "a humanitarian coalition",
                 "an independent research group"),
    "report": ("report published last month", "briefing to donors", "quarterly assessment",
               "study of local security dynamics"),
    "analyst": ("A researcher at a Beirut institute", "One regional analyst",
                "A former State Department official", "A Damascus-based commentator",
                "An expert on Iraqi armed groups"),
    "topic": ("latest escalation", "pattern of retaliation", "diplomatic deadlock",
              "contest over the border crossings", "dispute over oil revenues"),
    "assessment": ("unlikely to change the balance on the ground", "carefully calibrated",
                   "a message aimed at Washington", "part of a broader regional struggle",
                   "driven by domestic politics in Baghdad"),
    "consequence": ("neither side wanted a wider war", "civilians would bear the cost",
                    "more strikes could follow within days", "talks might resume after the holidays",
                    "the militias had redeployed to the desert"),
    "month": MONTHS,
    "past_event": ("US strikes hit weapons depots near the border",
                   "the SDF announced the territorial defeat of the Islamic State",
                   "a drone struck a coalition outpost in the northeast",
                   "Turkish forces launched an offensive across the border",
                   "tribal fighters clashed with the SDF in several villages"),
    "legacy": ("still shapes the calculations of every party",
               "was followed by weeks of relative calm",
               "prompted a review of force protection measures",
               "drew condemnation from Damascus and Tehran"),
    "place_bg": ("Deir ez-Zor", "al-Mayadin", "Albu Kamal", "The town of Hajin", "Dhiban"),
    "bank": ("western", "eastern", "southern", "northern"),
    "river_fact": ("roughly divides government-held areas from those held by the SDF",
                   "is crossed by only a few working bridges", "has shrunk during recent droughts",
                   "serves as a smuggling route for fuel and livestock"),
    "troops": ("900", "nine hundred", "2,000", "700"),
    "zone": ("northeastern Syria", "the oil-rich east", "Hasakah and Deir ez-Zor provinces",
             "a handful of outposts along the border"),
    "mission": ("advise local partners fighting ISIS remnants", "guard the oil fields",
                "conduct counter-terrorism raids", "train SDF units"),
    "good": ("bread", "diesel", "cooking gas", "fodder", "medicine"),
    "market": ("Deir ez-Zor", "al-Mayadin", "Hasakah", "Raqqa", "Qamishli"),
    "pct": ("12", "20", "35", "8", "50"),
    "period": ("weeks", "months", "days", "quarters"),
    "official": ("A foreign ministry spokesman", "The Iraqi prime minister",
                 "A senior Iranian diplomat", "The Russian envoy", "A State Department spokesperson"),
    "capital": ("Damascus", "Tehran", "Baghdad", "Moscow", "Washington"),
    "stance": ("foreign forces must leave Syrian territory", "the strikes violated sovereignty",
               "all parties should show restraint", "dialogue remained the only path",
               "the attacks would not go unanswered"),
    "village": VILLAGES,
    "tribal_act": ("met local council officials", "called for calm",
                   "demanded the release of detainees", "announced a truce"),
    "tribal_cause": ("a week of raids", "the killing of a clan elder", "disputes over water",
                     "arrests at a checkpoint"),
    "org": ("UN humanitarian office", "Syrian Arab Red Crescent", "local relief committee",
            "International Rescue Committee"),
    "number": ("200", "dozens of", "about 150", "more than 300", "40"),
}

HEADLINE_TEMPLATES = (
    "{place} {noun} {verb} amid {issue}",
    "{who} warns of {issue} as {noun} {verb}",
    "Analysis: what the {noun} means for {place}",
    "{who} and {who2} discuss {issue} in {place}",
)
HEADLINE_SLOTS: dict[str, tuple[str, ...]] = {
    "place": ("Lebanon", "Jordan", "Iraq", "Turkey", "Gulf", "Egypt", "Cyprus", "Kuwait"),
    "noun": ("fuel prices", "election talks", "grain exports", "port workers", "currency",
             "football league", "heatwave", "tourism season"),
    "verb": ("surge", "stall", "recover", "slump", "resume"),
    "issue": ("inflation", "drought", "power cuts", "border delays", "strikes", "floods"),
    "who": ("IMF", "UN envoy", "Central bank", "Foreign minister", "Opposition leader"),
    "who2": ("EU officials", "Gulf donors", "Chinese investors", "Red Cross"),
}

NAV = (
    "Home | World | Middle East | Politics | Business | Opinion | Video",
    "Menu  Search  Subscribe  Log in",
    "Latest  Most read  Newsletters  Podcasts",
    "English | العربية | Kurdî",
)
FOOTER = (
    "Share this article: Facebook Twitter WhatsApp Telegram Email",
    "Comments are closed.",
    "© {year} {outlet}. All rights reserved.",
    "Sign up for our daily briefing",
    "Follow us on Telegram for breaking news",
    "Cookie settings  Privacy policy  Terms of use",
)


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article, with the metadata a feed would carry and the planted truth."""

    id: str
    text: str
    style: str
    outlet: str
    wire: str | None
    published: date
    url: str
    title: str
    site_id: str | None  # the main incident's site (None for articles with no incident)
    event_date: date | None

    @property
    def words(self) -> int:
        return len(self.text.split())


def _cap(text: str) -> str:
    """First letter upper-cased, the rest untouched (unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


def _pick(rng: random.Random, seq: Sequence[str]) -> str:
    return seq[rng.randrange(len(seq))]


def _fill(rng: random.Random, template: str, slots: dict[str, tuple[str, ...]]) -> str:
    keys = [k for k in slots if "{" + k + "}" in template]  # in order: a set's order changes with PYTHONHASHSEED
    return template.format(**{k: _pick(rng, slots[k]) for k in keys})


def _count(rng: random.Random, n: int) -> str:
    """A number as the press writes it: a word for small numbers, sometimes digits."""
    if n < len(NUMBER_WORDS) and rng.random() < 0.7:
        return NUMBER_WORDS[n]
    return str(n)


def _date_phrase(rng: random.Random, event: date, published: date, style: str) -> str:
    """How an article dated `published` names the day of an event on `event`."""
    days = (published - event).days
    wd = WEEKDAYS[event.weekday()]
    day_month = f"{event.day} {MONTHS[event.month - 1]}"
    month_day = f"{MONTHS[event.month - 1]} {event.day}"
    options: list[str] = [f"on {wd}"]
    if days == 0:
        options += ["earlier today", f"on {wd} morning", "this morning"]
    elif days == 1:
        options += ["yesterday", f"late on {wd}", f"on {wd} evening", "last night",
                    f"on the night of {wd} to {WEEKDAYS[published.weekday()]}"]
    else:
        options += [f"last {wd}", f"on {month_day}", f"on {day_month}"]
    if style in ("state", "monitor"):
        options += [f"on {day_month} {event.year}", f"on {wd}, {day_month}"]
    if style == "translated":
        options += [f"this {wd}", f"on {wd} {event.day}"]
    return _pick(rng, options)


def _casualties(rng: random.Random, victims: str) -> tuple[str, int | None, int | None]:
    """A casualty clause and the figures it states."""
    roll = rng.random()
    if roll < 0.3:
        return _pick(rng, ("no casualties were reported", "causing material damage only",
                           "without causing any victims",
                           "there was no immediate word on casualties")), 0, 0
    killed, wounded = rng.randint(1, 12), rng.randint(0, 9)
    k, w = _count(rng, killed), _count(rng, wounded)
    phrases = (
        f"killing {k} {victims}",
        f"leaving {k} {victims} dead and {w} others wounded",
        f"killing at least {k} {victims} and injuring {w}",
        f"{k} {victims} {'was' if killed == 1 else 'were'} killed, while {w} "
        f"{'was' if wounded == 1 else 'were'} wounded",
    )
    return _pick(rng, phrases), killed, wounded


def _incident(rng: random.Random, event: date, published: date, style: str,
              ) -> tuple[str, str, list[str]]:
    """(site_id, headline, paragraphs) for the article's main incident."""
    kind = _pick(rng, ("rocket", "rocket", "drone", "air", "air", "ied", "clash", "shelling"))
    when = _date_phrase(rng, event, published, style)
    at = _pick(rng, TIMES) if rng.random() < 0.5 and when.count(" ") < 2 else ""
    claim = _pick(rng, {"state": CLAIMANTS_STATE, "monitor": CLAIMANTS_MONITOR}.get(
        style, CLAIMANTS_MONITOR + CLAIMANTS_OFFICIAL))
    us = _pick(rng, STATE_US if style == "state" else US)
    if kind in ("rocket", "drone"):
        site = _pick(rng, BASE_SITES)
        weapon = _pick(rng, ROCKET_WEAPONS if kind == "rocket" else DRONE_WEAPONS)
        cas, _, _ = _casualties(rng, "soldiers")
        perp = _pick(rng, MILITIA)
        place = _pick(rng, SITE_PHRASES[site])
        lead = f"{_cap(perp)} targeted {place} with {weapon} {when} {at}".replace("  ", " ")
        lead = f"{lead.strip()}, {cas}, {claim}."
        head = f"{_cap(weapon)} hit {place.removeprefix('the ')} in eastern Syria"
        follow = [
            f"{_cap(us)} responded with artillery fire on the launch points near "
            f"{_pick(rng, VILLAGES)}, {_pick(rng, CLAIMANTS_MONITOR)}.",
            f"No group immediately claimed responsibility, although {_pick(rng, MILITIA)} "
            f"have vowed to drive American troops out of the region.",
        ]
    elif kind == "air":
        site = _pick(rng, MILITIA_SITES)
        weapon = _pick(rng, AIR_WEAPONS)
        cas, _, _ = _casualties(rng, _pick(rng, ("militiamen", "fighters", "members of the group")))
        place = _pick(rng, SITE_PHRASES[site])
        lead = (f"{_cap(us)} carried out strikes with {weapon} on positions of "
                f"{_pick(rng, MILITIA)} in {place} {when} {at}").replace("  ", " ").strip()
        lead = f"{lead}, {cas}, {claim}."
        head = f"Air strikes target militia positions near {place.removeprefix('the ')}"
        follow = [
            f"{_cap(_pick(rng, CLAIMANTS_OFFICIAL))} that the strikes hit weapons storage "
            f"facilities used by groups affiliated with the Revolutionary Guards.",
            f"Ambulances were seen heading towards {_pick(rng, VILLAGES)} after the raid, "
            f"{_pick(rng, CLAIMANTS_MONITOR)}.",
        ]
    elif kind == "ied":
        site = _pick(rng, SDF_SITES)
        weapon = _pick(rng, IED_WEAPONS)
        cas, _, _ = _casualties(rng, "SDF members")
        place = _pick(rng, SITE_PHRASES[site])
        lead = (f"{_cap(weapon)} exploded near a patrol of {_pick(rng, SDF)} close to "
                f"{place} {when}, {cas}, {claim}.")
        head = f"Blast strikes SDF patrol near {place.removeprefix('the ')}"
        follow = [f"Security sources blamed {_pick(rng, ISIS)}, which remain active in the area."]
    else:
        site = _pick(rng, SDF_SITES + MILITIA_SITES)
        place = _pick(rng, SITE_PHRASES[site])
        side = _pick(rng, GOV + MILITIA)
        weapon = _pick(rng, CLASH_WEAPONS if kind == "clash" else ROCKET_WEAPONS)
        cas, _, _ = _casualties(rng, "fighters")
        verb = "clashed with" if kind == "clash" else "shelled positions of"
        lead = (f"{_cap(side)} {verb} {_pick(rng, SDF)} near {place} using {weapon} "
                f"{when}, {cas}, {claim}.")
        head = f"Fighting flares across the Euphrates near {place.removeprefix('the ')}"
        follow = [f"The exchange of fire lasted several hours around {_pick(rng, VILLAGES)}, "
                  f"residents said."]
    return site, head, [lead, *follow]


def _background_incident(rng: random.Random, published: date) -> str:
    """A sentence about an older incident, which a good extractor marks as background."""
    old = published - timedelta(days=rng.randint(20, 400))
    site = _pick(rng, BASE_SITES + MILITIA_SITES)
    return (f"In {MONTHS[old.month - 1]} {old.year}, {_pick(rng, US + MILITIA)} attacked "
            f"{_pick(rng, SITE_PHRASES[site])} in a similar incident, "
            f"{_casualties(rng, 'people')[0]}.")


def _filler_paragraph(rng: random.Random) -> str:
    return " ".join(_fill(rng, _pick(rng, FILLER_TEMPLATES), FILLER_SLOTS)
                    for _ in range(rng.randint(3, 6)))


def _headline(rng: random.Random) -> str:
    return _fill(rng, _pick(rng, HEADLINE_TEMPLATES), HEADLINE_SLOTS)


def _frame(rng: random.Random, style: str, outlet: str, wire: str | None, published: date,
           title: str, body: list[str]) -> tuple[list[str], list[str]]:
    """Header and footer lines in the outlet's manner (datelines, bylines, credits)."""
    pub = published
    head: list[str] = [title, ""]
    foot: list[str] = []
    if style == "wire":
        city = _pick(rng, ("BEIRUT", "AMMAN", "BAGHDAD", "DEIR EZ-ZOR, Syria", "WASHINGTON"))
        body[0] = f"{city}, {MONTHS[pub.month - 1]} {pub.day} ({wire}) - {body[0]}"
        foot.append(f"Reporting by {_pick(rng, FIRST_NAMES)} {_pick(rng, LAST_NAMES)}; "
                    f"Editing by {_pick(rng, FIRST_NAMES)} {_pick(rng, LAST_NAMES)}")
    elif style == "state":
        body[0] = f"Deir Ezzor, {outlet.split()[0]} – {body[0]}"
        head.append(f"{pub.isoformat()} | {outlet}")
    elif style == "monitor":
        head.append(f"{pub.day:02d}.{pub.month:02d}.{pub.year}")
        foot.append(f"{outlet} documented the incident through its network of local sources.")
    else:  # translated
        head.append(f"Published on : {pub.day:02d}/{pub.month:02d}/{pub.year} - "
                    f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}")
        if wire:
            foot.append(f"(With information from {wire})")
    return head, foot


def _boilerplate(rng: random.Random, outlet: str, published: date) -> tuple[list[str], list[str]]:
    """Navigation above, headline lists and footer below, as in a scraped page."""
    top = [_pick(rng, NAV), _pick(rng, NAV)]
    caption = (f"A file photo shows smoke rising over {_pick(rng, VILLAGES)}. "
               f"Photo: {outlet} / {_pick(rng, LAST_NAMES)}")
    bottom = [_pick(rng, ("Read more:", "RELATED", "You might also like", "Latest news"))]
    bottom += [_headline(rng) for _ in range(rng.randint(3, 8))]
    bottom += [f.format(year=published.year, outlet=outlet) for f in rng.sample(FOOTER, 3)]
    return top + [caption], bottom


def make_article(seed: int | str, index: int, words: int | None = None) -> SyntheticArticle:
    """Article number `index` of the corpus `seed`, about `words` long (150-3,000 if drawn)."""
    rng = random.Random(f"dzm-bench:{seed}:{index}")
    if words is None:  # typical feed: median about 500 words, a long tail up to 3,000
        words = int(min(3000, max(150, rng.lognormvariate(6.2, 0.6))))
    style = rng.choices(("wire", "state", "monitor", "translated"), (3, 2, 3, 2))[0]
    outlet, wire = rng.choice(OUTLETS[style])
    scraped = rng.random() < 0.4
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    has_incident = rng.random() < 0.9
    site_id: str | None = None
    event: date | None = None
    if has_incident:
        event = published - timedelta(days=rng.choice((0, 1, 1, 1, 2, 3, 5)))
        site_id, title, body = _incident(rng, event, published, style)
        if rng.random() < 0.5:
            body.append(_background_incident(rng, published))
    else:
        title = _headline(rng)
        body = [_filler_paragraph(rng)]
    head, foot = _frame(rng, style, outlet, wire, published, title, body)
    top: list[str] = []
    bottom: list[str] = []
    if scraped:
        top, bottom = _boilerplate(rng, outlet, published)
    fixed = sum(len(p.split()) for p in top + head + body + foot + bottom)
    while fixed < words:
        para = _filler_paragraph(rng)
        body.insert(rng.randint(1, len(body)), para)
        fixed += len(para.split())
    text = "\n\n".join(top + head + body + foot + bottom) + "\n"
    slug = "-".join(title.lower().split()[:6]).strip(".,'")
    url = f"https://{DOMAINS[outlet]}/{published:%Y/%m/%d}/{slug}-{index}"
    return SyntheticArticle(
        id=f"syn-{seed}-{index}", text=text, style=style + ("+scraped" if scraped else ""),
        outlet=outlet, wire=wire, published=published, url=url, title=title,
        site_id=site_id, event_date=event,
    )


def make_corpus(n: int, seed: int | str = 0, words: int | None = None) -> list[SyntheticArticle]:
    """`n` articles of the typical length mix (or all about `words` long)."""
    return [make_article(seed, i, words) for i in range(n)]


# --------------------------------------------------------------------------- mentions

# Approximate coordinates, used only when the project gazetteer cannot be loaded.
FALLBACK_SITES: tuple[Site, ...] = (
    Site("al_omar_oil_field", "al-Omar oil field", 35.00, 40.55, "facility", "oil field"),
    Site("green_village", "Green Village", 35.03, 40.52, "facility", "base", "al_omar_oil_field"),
    Site("conoco_gas_field", "Conoco gas field", 35.42, 40.30, "facility", "gas field"),
    Site("tabiyeh_gas_plant", "Tabiyeh gas plant", 35.40, 40.27, "facility", "plant",
         "conoco_gas_field"),
    Site("deir_ez_zor_city", "Deir ez-Zor", 35.336, 40.14, "town", "city"),
    Site("deir_ez_zor_airport", "Deir ez-Zor airport", 35.285, 40.176, "facility", "airport"),
    Site("al_mayadin", "al-Mayadin", 35.017, 40.45, "town", "town"),
    Site("albu_kamal", "Albu Kamal", 34.45, 40.92, "town", "town"),
    Site("ayash", "Ayash", 35.38, 40.02, "town", "camp"),
    Site("al_jafra_oil_field", "al-Jafra oil field", 35.28, 40.33, "facility", "oil field"),
    Site("tanak_oil_field", "al-Tanak oil field", 34.82, 40.73, "facility", "oil field"),
    Site("shaddadi", "al-Shaddadi", 36.06, 40.73, "town", "base"),
    Site("rumailan", "Rumailan", 36.99, 41.93, "town", "base"),
    Site("kharab_al_jir", "Kharab al-Jir", 36.84, 41.96, "facility", "airstrip"),
    Site("al_tanf", "al-Tanf", 33.50, 38.66, "facility", "base"),
    Site("hasakah_city", "al-Hasakah", 36.50, 40.75, "town", "city"),
    Site("qamishli", "Qamishli", 37.05, 41.22, "town", "city"),
    Site("raqqa_city", "Raqqa", 35.95, 39.01, "town", "city"),
    Site("deir_ez_zor_province", "Deir ez-Zor province", 35.0, 40.5, "province", "province"),
    Site("hasakah_province", "Hasakah province", 36.5, 40.9, "province", "province"),
)


def load_sites() -> tuple[tuple[Site, ...], str]:
    """The project gazetteer's sites sorted by id, or the fallback list; and which one."""
    try:
        from extraction.places import load_gazetteer

        sites = tuple(sorted(load_gazetteer().sites.values(), key=lambda s: s.id))
        if sites:
            return sites, "gazetteer"
    except Exception:  # noqa: BLE001 - any failure means "not available yet"
        pass
    return FALLBACK_SITES, "fallback"


@dataclass(frozen=True)
class SyntheticMention:
    """A mention as one article reports it, with the article it came from and its true incident."""

    article_id: str
    outlet: str
    published: date
    mention: Mention
    incident: int


_EVENT_FOR_KIND = {
    "rocket": ("shelling/artillery/missile attack", "Iran-backed militias", "US-led coalition",
               ("rockets",)),
    "drone": ("air/drone strike", "Iran-backed militias", "US-led coalition", ("drone",)),
    "air": ("air/drone strike", "US-led coalition", "Iran-backed militias", ("aircraft",)),
    "ied": ("remote explosive/landmine/IED", "ISIS", "SDF", ("IED",)),
    "clash": ("armed clash", "Syrian government", "SDF", ("small arms",)),
}
_SIDES = {"Iran-backed militias": "militia", "US-led coalition": "us", "Syrian government": "government",
          "SDF": "sdf", "ISIS": "isis"}
_CLAIMANTS = (("SOHR", "monitor"), ("Deir Ezzor 24", "local_sources"), ("SANA", "state_media"),
              ("CENTCOM", "military"), ("Coalition spokesperson", "military"), ("SDF", "military"),
              ("local sources", "local_sources"), ("Islamic Resistance in Iraq", "militia"))
_MENTION_OUTLETS = tuple(o for group in OUTLETS.values() for o, _ in group)


def _claims(rng: random.Random, perp: str, event_type: str, weapon: str, day: date,
            killed: int | None) -> tuple[Claim, ...]:
    """What 1-3 claimants say about one incident, about 4-5 claims a mention as the extractor
    gives on real articles; each claim quotes the claimant's sentence (150-250 characters)."""
    out: list[Claim] = []
    offset = 200
    for name, kind in rng.sample(_CLAIMANTS, rng.choice((1, 1, 2, 2, 3))):
        k = killed if killed is None or rng.random() < 0.8 else killed + rng.randint(1, 4)
        quote = (f"{name} said that {perp} targeted the position with {weapon} on {day:%A %d %B}, "
                 f"{'leaving ' + str(k) + ' dead' if k else 'causing no casualties'}; the claim could "
                 f"not be independently verified.")
        attrs = [("occurrence", event_type)]
        for attr, value, p in (("perpetrator", perp, 0.6), ("date", day.isoformat(), 0.5),
                               ("weapon", weapon, 0.4), ("killed", str(k), 0.3 if k is not None else 0),
                               ("wounded", str(rng.randint(0, 6)), 0.2)):
            if rng.random() < p:
                attrs.append((attr, value))
        out += [Claim(name, kind, attr, value, quote, offset, offset + len(quote))
                for attr, value in attrs]
        offset += len(quote) + 1
    return tuple(out)


def make_mentions(n: int, seed: int | str = 0, sites: Sequence[Site] | None = None,
                  per_day: float = 40.0, per_incident: tuple[int, int] = (1, 6),
                  ) -> list[SyntheticMention]:
    """`n` mentions of about n/3.5 incidents, at a constant density of `per_day` mentions a day.

    The density is held constant (a desk keeps *years* of articles) so that the date span
    grows with n, as it does for a real archive; each incident is reported by 1-6 articles
    that disagree a little on the date precision, the casualty figures and the place
    (`per_incident` bounds how many).
    """
    rng = random.Random(f"dzm-mentions:{seed}")
    sites = tuple(sites) if sites else FALLBACK_SITES
    span_days = max(1, int(n / per_day))
    start = date(2017, 1, 1)
    out: list[SyntheticMention] = []
    incident = 0
    while len(out) < n:
        incident += 1
        kind = rng.choice(tuple(_EVENT_FOR_KIND))
        event_type, perp, target, weapons = _EVENT_FOR_KIND[kind]
        site = rng.choice(sites)
        day = start + timedelta(days=rng.randrange(span_days))
        killed = rng.choice((0, 0, 0, 1, 2, 3, 5, 8, None))
        for j in range(min(rng.randint(*per_incident), n - len(out))):
            published = day + timedelta(days=rng.choice((0, 1, 1, 2, 3)))
            precision = rng.choices(("day", "week", "month"), (85, 10, 5))[0]
            mention_site = site
            if rng.random() < 0.1 and site.parent:
                mention_site = next((s for s in sites if s.id == site.parent), site)
            k = killed if killed is None or rng.random() < 0.7 else killed + rng.randint(0, 3)
            perp_here = perp if rng.random() > 0.15 else "unknown"
            weapon = rng.choice(weapons)
            lead = (f"{perp_here} fired {weapon} at {mention_site.name} on {day:%d %B %Y}, "
                    f"{'killing ' + str(k) if k else 'without reported casualties'}, "
                    f"and the area was sealed off for several hours afterwards.")
            claims = _claims(rng, perp_here, event_type, weapon, day, k)
            mention = Mention(
                date=DateInfo(day, precision, text=day.isoformat(),
                              span=Span(0, 10, day.isoformat()), basis="absolute"),
                site=mention_site if rng.random() > 0.03 else None,
                place_text=mention_site.name,
                event_type=event_type if rng.random() > 0.1 else "attack",
                weapons=weapons,
                perpetrator=perp_here,
                target=target,
                killed=k,
                wounded=rng.choice((None, 0, 1, 2, 4)),
                casualties_reported="unknown" if k is None else ("none" if k == 0 else "some"),
                damage=None,
                claims=claims,
                evidence=(Span(0, len(lead), lead),
                          Span(claims[0].start, claims[0].end, claims[0].quote)),
                role="main" if rng.random() > 0.05 else "background",
                direction=f"{_SIDES.get(perp_here, 'unknown')}->{_SIDES.get(target, 'unknown')}",
            )
            out.append(SyntheticMention(
                article_id=f"m{seed}-{incident}-{j}", outlet=rng.choice(_MENTION_OUTLETS),
                published=published, mention=mention, incident=incident,
            ))
    out.sort(key=lambda m: (m.published, m.article_id))
    return out
