"""Typed records that extraction produces; every extracted field keeps its evidence span.

Offsets (`start`, `end`) always index the article text exactly as the caller gave it,
so `text[start:end]` is the evidence.  Records are frozen: extraction is a pure function
and its output is a value.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from .errors import InputError

# Controlled vocabularies (documented in README "Schema").
DATE_PRECISIONS = ("day", "week", "month", "season", "year", "unknown")
EVENT_TYPES = (
    "shelling/artillery/missile attack",
    "air/drone strike",
    "armed clash",
    "remote explosive/landmine/IED",
    "attack",
    "other",
)
ROLES = ("main", "background")
CASUALTY_STATES = ("none", "some", "unknown")
# "error": the extractor itself failed on the article (recorded by ingest, retried on the next run).
ARTICLE_STATUSES = ("ok", "empty", "not_text", "too_large", "unsupported_language", "error")


def as_day(value: Any, what: str = "date") -> date | None:
    """The calendar day a caller gives: a date, a datetime (its own day) or ISO text ('2024-02-03',
    '2024-02-03T08:12:00Z'); None or empty text is no day. Anything else is a clear InputError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise InputError(f"{what}: not a date (YYYY-MM-DD): {value!r}") from exc


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A piece of the article text: `text == article[start:end]`."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # the dataclass's own frozen __init__ sets each field through object.__setattr__; made by
        # the hundred per article, a Span sets its slots directly (it stays frozen: no setting after)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_TEXT(self, text)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


_SET_START, _SET_END, _SET_TEXT = Span.start.__set__, Span.end.__set__, Span.text.__set__


@dataclass(frozen=True)
class Site:
    """A gazetteer entry: a place with coordinates, the source of those coordinates and
    how precise they are (facility, town, district, province)."""

    id: str
    name: str
    lat: float
    lon: float
    precision: str
    kind: str = ""
    parent: str | None = None
    bank: str = ""
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place named in the text: a known `site`, or only `text` when the gazetteer does
    not know it (then `site` is None and nothing is snapped to a wrong site)."""

    span: Span
    site: Site | None
    matched_alias: str = ""


@dataclass(frozen=True)
class DateInfo:
    """A resolved date with its precision and the words it came from.

    `basis` says how it was resolved (e.g. "weekday before publication", "absolute",
    "publication date", "inherited").  `date` is None when it cannot be resolved without
    inventing it.
    """

    date: date | None
    precision: str
    text: str = ""
    span: Span | None = None
    time_local: str | None = None
    basis: str = ""
    part_of_day: str | None = None


@dataclass(frozen=True)
class Claim:
    """One claimant's statement about one attribute of an incident, with its quote."""

    claimant: str
    claimant_type: str
    attribute: str
    value: str
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """One incident as one article reports it (many mentions resolve to one incident)."""

    date: DateInfo
    site: Site | None
    place_text: str
    event_type: str
    weapons: tuple[str, ...]
    perpetrator: str
    target: str
    killed: int | None
    wounded: int | None
    casualties_reported: str
    damage: str | None
    claims: tuple[Claim, ...]
    evidence: tuple[Span, ...]
    role: str
    direction: str = ""
    place_span: Span | None = None
    site_basis: str = ""  # "named in the report", or how it was inferred when the report names none

    def to_json(self) -> dict[str, Any]:
        d = self.date
        return {
            "date": d.date.isoformat() if d.date else None,
            "date_precision": d.precision,
            "date_text": d.text,
            "date_basis": d.basis,
            "date_span": d.span.to_json() if d.span else None,
            "time_local": d.time_local,
            "site": self.site.to_json() if self.site else None,
            "place_text": self.place_text,
            "place_span": self.place_span.to_json() if self.place_span else None,
            "site_basis": self.site_basis,
            "event_type": self.event_type,
            "direction": self.direction,
            "weapons": list(self.weapons),
            "perpetrator": self.perpetrator,
            "target": self.target,
            "killed": self.killed,
            "wounded": self.wounded,
            "casualties_reported": self.casualties_reported,
            "damage": self.damage,
            "claims": [c.to_json() for c in self.claims],
            "evidence": [s.to_json() for s in self.evidence],
            "role": self.role,
        }


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its incidents, and where each value came from."""

    title: str = ""
    outlet: str | None = None
    wire: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: str = "unknown"
    published_span: Span | None = None
    language: str | None = None


@dataclass(frozen=True)
class ArticleResult:
    """Extraction output for one article: its metadata, status and incident mentions."""

    id: str
    meta: ArticleMeta
    status: str
    reason: str
    incidents: tuple[Mention, ...] = ()
    body_spans: tuple[Span, ...] = field(default=(), repr=False)
    captions: tuple[Span, ...] = field(default=(), repr=False)
    removed: tuple[Span, ...] = field(default=(), repr=False)
    # a file given as a web page: "html", and the article text read out of it, which every offset
    # indexes (None when the offsets index the text as given)
    text_from: str | None = None
    text: str | None = field(default=None, repr=False)

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        m = self.meta
        return {
            "file": file,
            "id": self.id,
            "title": m.title,
            "outlet": m.outlet,
            "wire": m.wire,
            "url": m.url,
            "published": m.published.isoformat() if m.published else None,
            "published_source": m.published_source,
            "published_span": m.published_span.to_json() if m.published_span else None,
            "language": m.language,
            "status": self.status,
            "reason": self.reason,
            "incidents": [i.to_json() for i in self.incidents],
            "captions": [s.to_json() for s in self.captions],
            "removed": [s.to_json() for s in self.removed],
            "text_from": self.text_from,
            "text": self.text,
        }
