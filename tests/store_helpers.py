"""Hand-made sites, mentions and articles for the store, resolution and ledger tests.

Coordinates are approximate public values (OpenStreetMap / Wikipedia), good enough for
distance checks; the real gazetteer lives in extraction/rules/gazetteer.csv.
"""

from __future__ import annotations

import hashlib
from datetime import date

from extraction.records import ArticleMeta, ArticleResult, Claim, DateInfo, Mention, Site, Span
from extraction.resolve import SourcedMention

SITES = {
    "deir_ez_zor_province": Site("deir_ez_zor_province", "Deir ez-Zor province", 35.0, 40.5, "province"),
    "al_omar_oil_field": Site(
        "al_omar_oil_field", "Al-Omar oil field", 35.04, 40.57, "facility", "oil_field",
        "deir_ez_zor_province", "east",
    ),
    "green_village": Site(
        "green_village", "Green Village", 35.05, 40.55, "facility", "base", "al_omar_oil_field", "east"
    ),
    "conoco_gas_field": Site(
        "conoco_gas_field", "Conoco gas field", 35.27, 40.31, "facility", "gas_field",
        "deir_ez_zor_province", "east",
    ),
    "al_mayadin": Site(
        "al_mayadin", "Al-Mayadin", 35.02, 40.45, "town", "town", "deir_ez_zor_province", "west"
    ),
    "albu_kamal": Site(
        "albu_kamal", "Albu Kamal", 34.45, 40.92, "town", "town", "deir_ez_zor_province", "west"
    ),
    "ayash": Site("ayash", "Ayash", 35.38, 40.05, "town", "town", "deir_ez_zor_province", "west"),
    "qamishli": Site("qamishli", "Qamishli", 37.05, 41.23, "town", "town", None, "east"),
}  # fmt: skip

ATTACK = "shelling/artillery/missile attack"
STRIKE = "air/drone strike"
MILITIA = "Iran-backed militias"
COALITION = "US-led coalition"


def claim(claimant: str, ctype: str, attribute: str, value: str, quote: str = "") -> Claim:
    """A claim with a made-up quote."""
    return Claim(claimant, ctype, attribute, value, quote or f"{claimant} said {value}", 0, 10)


def mention(
    day: str | None = "2021-06-28",
    *,
    precision: str = "day",
    site: str | None = "al_omar_oil_field",
    event_type: str = ATTACK,
    direction: str = "militia->us",
    perpetrator: str = MILITIA,
    target: str = COALITION,
    weapons: tuple[str, ...] = (),
    killed: int | None = None,
    wounded: int | None = None,
    casualties: str = "unknown",
    damage: str | None = None,
    claims: tuple[Claim, ...] = (),
    evidence: str = "Militias fired rockets at the base.",
    start: int = 0,
    role: str = "main",
    time_local: str | None = None,
    part_of_day: str | None = None,
    place: str | None = None,
) -> Mention:
    """A mention with sensible defaults: militia indirect fire on Al-Omar, 28 June 2021."""
    d = date.fromisoformat(day) if day else None
    return Mention(
        date=DateInfo(
            d, precision if d else "unknown", day or "", None, time_local, "absolute", part_of_day
        ),
        site=SITES[site] if site else None,
        place_text=place if place is not None else (SITES[site].name if site else ""),
        event_type=event_type,
        weapons=weapons,
        perpetrator=perpetrator,
        target=target,
        killed=killed,
        wounded=wounded,
        casualties_reported=casualties,
        damage=damage,
        claims=claims,
        evidence=(Span(start, start + len(evidence), evidence),),
        role=role,
        direction=direction,
    )


def strike(day: str = "2021-06-28", **kw) -> Mention:
    """A US/coalition strike on militias (the other direction)."""
    kw.setdefault("site", "al_mayadin")
    kw.setdefault("event_type", STRIKE)
    kw.setdefault("evidence", "The coalition responded with strikes on the launch sites.")
    kw.setdefault("direction", "us->militia")
    kw.setdefault("perpetrator", COALITION)
    kw.setdefault("target", MILITIA)
    return mention(day, **kw)


def sourced(
    key: str,
    m: Mention,
    *,
    article: str | None = None,
    outlet: str | None = None,
    wire: str | None = None,
) -> SourcedMention:
    """A mention carried by an article (article id defaults to the key's prefix)."""
    return SourcedMention(
        key=key, article_id=article or key.split(":")[0], mention=m, outlet=outlet, wire=wire
    )


def article(
    text: str,
    mentions: tuple[Mention, ...] = (),
    *,
    outlet: str | None = "Test Wire",
    wire: str | None = None,
    published: str | None = "2021-06-29",
    status: str = "ok",
    reason: str = "",
) -> ArticleResult:
    """An ArticleResult as the pipeline would return it (id = sha256 of the text)."""
    return ArticleResult(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        meta=ArticleMeta(
            title=text.split("\n", 1)[0][:80],
            outlet=outlet,
            wire=wire,
            published=date.fromisoformat(published) if published else None,
            published_source="manifest" if published else "unknown",
            language="en",
        ),
        status=status,
        reason=reason,
        incidents=mentions,
    )
