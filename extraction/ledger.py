"""Claim ledger, contradictions, agreement, independence and grade for one incident.

Pure: the member mentions of an incident (with the outlet and wire that carried them) in,
an `IncidentSummary` out.  Outlet, wire and primary claimant are kept apart: an AFP story
quoting SOHR carried by three outlets is one independent source (SOHR), not three.

Grade (README "Grade"):
  A  two or more independent claimants, at least one an official party
     (military, government or state media);
  B  two or more independent claimants;
  C  a single named claimant;
  D  a single unattributed source (the outlet's own unsourced account).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .records import EVENT_TYPES, Claim, Site
from .resolve import GENERIC_EVENT_TYPES, UNKNOWN_ACTORS, SourcedMention, parse_minutes

OFFICIAL_TYPES = frozenset({"military", "government", "state_media"})
# Weapon words -> a class; two claimants whose classes do not overlap disagree on the weapon.
# None = generic ("projectiles"), compatible with any class.
WEAPON_CLASSES: tuple[tuple[str, str | None], ...] = (
    (r"projectile|indirect[- ]fire|munition|ordnance", None),
    (r"missile", "missiles"),
    (r"rocket", "rockets"),
    (r"drone|uav|unmanned", "drones"),
    (r"shell|mortar|artillery|howitzer|cannon", "shells"),
    (
        r"air ?strike|air ?raid|aircraft|warplane|plane|jet|bomber|helicopter|f-\d+|a-10|aerial",
        "aircraft",
    ),
    (r"\bied\b|explosive device|roadside|landmine|land mine|car bomb|vbied|sticky bomb", "ied"),
    (r"gun|rifle|small arms|rpg|grenade|light weapons", "small arms"),
)
_WEAPON_RX = [(re.compile(p, re.IGNORECASE), cls) for p, cls in WEAPON_CLASSES]
NEGATIVE = re.compile(r"^\s*(?:none|no|zero|0|nil|false|denied|did not|not)\b", re.IGNORECASE)
LEDGER_ATTRIBUTES = (
    "occurrence",
    "date",
    "time",
    "weapon",
    "perpetrator",
    "target",
    "killed",
    "wounded",
    "casualties",
    "damage",
    "responsibility",
    "denial",
)
SITE_PRECISION_RANK = {"facility": 0, "site": 0, "village": 1, "town": 1, "city": 2, "district": 3}


@dataclass(frozen=True)
class LedgerRow:
    """One claimant's value for one attribute, with the outlets and wires that carried it."""

    claimant: str
    claimant_type: str
    attribute: str
    value: str
    quote: str
    outlets: tuple[str, ...]
    wires: tuple[str, ...]
    article_ids: tuple[str, ...]
    source: str  # independence key: the primary claimant (or the unattributed outlet/wire)
    implicit: bool = False  # made here from the mention's fields (the article attributes nothing)
    unattributed: bool = False  # the outlet's own account, not a named claimant

    def to_json(self) -> dict:
        return {
            "claimant": self.claimant,
            "claimant_type": self.claimant_type,
            "outlets": list(self.outlets),
            "wires": list(self.wires),
            "attribute": self.attribute,
            "value": self.value,
            "quote": self.quote,
            "article_id": self.article_ids[0] if self.article_ids else None,
            "article_ids": list(self.article_ids),
            "implicit": self.implicit,
            "unattributed": self.unattributed,
        }


@dataclass(frozen=True)
class Contradiction:
    """Claimants disagree on `attribute`; `values` are the competing values."""

    attribute: str
    values: tuple[str, ...]
    explanation: str
    claimants: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "attribute": self.attribute,
            "values": list(self.values),
            "explanation": self.explanation,
            "claimants": list(self.claimants),
        }


@dataclass(frozen=True)
class Agreement:
    """A value that independent claimants agree on."""

    attribute: str
    value: str
    claimants: tuple[str, ...]
    independent: int

    def to_json(self) -> dict:
        return {
            "attribute": self.attribute,
            "value": self.value,
            "claimants": list(self.claimants),
            "independent": self.independent,
        }


@dataclass(frozen=True)
class IncidentSummary:
    """Everything an incident record shows, computed from its member mentions."""

    date: date | None
    date_precision: str
    time_local: str | None
    site: Site | None
    place_text: str
    event_type: str
    direction: str
    weapons: tuple[str, ...]
    perpetrator: str
    target: str
    killed: int | None
    wounded: int | None
    casualties_reported: str
    damage: str | None
    role: str
    ledger: tuple[LedgerRow, ...]
    contradictions: tuple[Contradiction, ...]
    agreements: tuple[Agreement, ...]
    claimants: tuple[str, ...]
    outlets: tuple[str, ...]
    wires: tuple[str, ...]
    independent_sources: int
    article_count: int
    mention_count: int
    grade: str


# --------------------------------------------------------------------------- normalising


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def weapon_class(value: str) -> str | None:
    """The weapon class a claim names ('home-made missile' -> 'missiles'); None if generic."""
    for rx, cls in _WEAPON_RX:
        if rx.search(value or ""):
            return cls
    return None


def parse_count(value: str | int | None) -> int | None:
    """6 from '6', 'at least 6', 'six'... ; 0 from 'none'/'no casualties'; None otherwise."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    if NEGATIVE.search(value):
        return 0
    m = re.search(r"\d+", value)
    if m:
        return int(m.group())
    words = {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
    }  # fmt: skip
    for w, n in words.items():
        if re.search(rf"\b{w}\b", value, re.IGNORECASE):
            return n
    return None


def date_label(d: date, precision: str) -> str:
    """'2021-06-28' for a day, '2021-06' for a month, '2021' for a year, 'week of ...' etc."""
    if precision == "month":
        return d.strftime("%Y-%m")
    if precision == "year":
        return str(d.year)
    if precision in ("week", "season"):
        return f"{precision} of {d.isoformat()}"
    return d.isoformat()


def _is_unattributed(claim: Claim, implicit: bool = False) -> bool:
    name = _norm(claim.claimant)
    return (
        implicit
        or claim.claimant_type == "outlet"
        or name in ("", "unknown", "unnamed source")
        or name.startswith("unattributed")
    )


def source_key(claim: Claim, outlet: str | None, wire: str | None, implicit: bool = False) -> str:
    """Independence key: the primary claimant; an unattributed claim counts as its wire/outlet."""
    if _is_unattributed(claim, implicit):
        return "unattributed:" + _norm(wire or outlet or "unknown outlet")
    return "claimant:" + _norm(claim.claimant)


def _implicit_claims(sm: SourcedMention) -> list[Claim]:
    """An article that attributes nothing: its own account, claimed by the outlet (or wire)."""
    m = sm.mention
    who = sm.wire or sm.outlet or "unattributed"
    quote = m.evidence[0].text if m.evidence else ""
    start = m.evidence[0].start if m.evidence else 0
    end = m.evidence[0].end if m.evidence else 0

    def c(attribute: str, value: str) -> Claim:
        return Claim(who, "", attribute, value, quote, start, end)

    out = [c("occurrence", "yes")]
    if m.date.date:
        out.append(c("date", date_label(m.date.date, m.date.precision)))
    if m.date.time_local:
        out.append(c("time", m.date.time_local))
    out += [c("weapon", w) for w in m.weapons]
    if m.perpetrator not in UNKNOWN_ACTORS:
        out.append(c("perpetrator", m.perpetrator))
    if m.target not in UNKNOWN_ACTORS:
        out.append(c("target", m.target))
    if m.killed is not None:
        out.append(c("killed", str(m.killed)))
    if m.wounded is not None:
        out.append(c("wounded", str(m.wounded)))
    if m.casualties_reported in ("none", "some"):
        out.append(c("casualties", m.casualties_reported))
    if m.damage:
        out.append(c("damage", m.damage))
    return out


# --------------------------------------------------------------------------- ledger


@dataclass
class _Acc:
    claimant: str
    claimant_type: str
    attribute: str
    value: str
    quote: str
    source: str
    implicit: bool
    unattributed: bool
    outlets: dict[str, None]
    wires: dict[str, None]
    articles: dict[str, None]


def build_ledger(members: Sequence[SourcedMention]) -> list[LedgerRow]:
    """One row per (claimant, attribute, value), with every outlet and wire that carried it."""
    acc: dict[tuple[str, str, str], _Acc] = {}
    for sm in sorted(members, key=lambda s: s.key):
        claims = list(sm.mention.claims)
        implicit = not claims
        if implicit:
            claims = _implicit_claims(sm)
        for cl in claims:
            src = source_key(cl, sm.outlet, sm.wire, implicit)
            k = (src, cl.attribute, _norm(cl.value))
            a = acc.get(k)
            if a is None:
                unattributed = _is_unattributed(cl, implicit)
                name = (sm.wire or sm.outlet or "unattributed") if unattributed else cl.claimant
                a = acc[k] = _Acc(
                    claimant=name,
                    claimant_type="outlet" if unattributed else (cl.claimant_type or "unknown"),
                    attribute=cl.attribute,
                    value=cl.value,
                    quote=cl.quote,
                    source=src,
                    implicit=implicit,
                    unattributed=unattributed,
                    outlets={},
                    wires={},
                    articles={},
                )
            if sm.outlet:
                a.outlets[sm.outlet] = None
            if sm.wire:
                a.wires[sm.wire] = None
            a.articles[sm.article_id] = None
    order = {a: i for i, a in enumerate(LEDGER_ATTRIBUTES)}
    rows = [
        LedgerRow(
            claimant=a.claimant,
            claimant_type=a.claimant_type,
            attribute=a.attribute,
            value=a.value,
            quote=a.quote,
            outlets=tuple(sorted(a.outlets)),
            wires=tuple(sorted(a.wires)),
            article_ids=tuple(a.articles),
            source=a.source,
            implicit=a.implicit,
            unattributed=a.unattributed,
        )
        for a in acc.values()
    ]
    rows.sort(
        key=lambda r: (_norm(r.claimant), order.get(r.attribute, 99), r.attribute, _norm(r.value))
    )
    return rows


def independent_keys(ledger: Iterable[LedgerRow]) -> set[str]:
    """The independent sources: every named claimant, plus the unattributed account of an
    outlet/wire for articles that name no claimant (an article quoting SOHR and telling the
    story in its own words has one source, SOHR)."""
    rows = list(ledger)
    named = {r.source for r in rows if not r.unattributed}
    with_named = {a for r in rows if not r.unattributed for a in r.article_ids}
    own = {
        r.source for r in rows if r.unattributed and any(a not in with_named for a in r.article_ids)
    }
    return named | own


def independent_sources(ledger: Iterable[LedgerRow]) -> int:
    """How many independent sources back the incident (see `independent_keys`)."""
    return len(independent_keys(ledger))


def grade(ledger: Sequence[LedgerRow]) -> str:
    """A-D source grade (see module docstring)."""
    sources = independent_keys(ledger)
    if len(sources) >= 2:
        official = any(
            r.claimant_type in OFFICIAL_TYPES and not r.unattributed and r.source in sources
            for r in ledger
        )
        return "A" if official else "B"
    if any(not r.unattributed for r in ledger):
        return "C"
    return "D"


# --------------------------------------------------------------------------- contradictions


def _by_claimant(rows: Iterable[LedgerRow]) -> dict[str, list[LedgerRow]]:
    out: dict[str, list[LedgerRow]] = defaultdict(list)
    for r in rows:
        out[r.source].append(r)
    return out


def _label(rows: Sequence[LedgerRow]) -> str:
    return rows[0].claimant


def _weapon_contradiction(ledger: Sequence[LedgerRow]) -> Contradiction | None:
    per: dict[str, tuple[str, set[str], list[str]]] = {}
    for src, rows in _by_claimant(r for r in ledger if r.attribute == "weapon").items():
        classes = {c for c in (weapon_class(r.value) for r in rows) if c}
        if classes:
            per[src] = (_label(rows), classes, [r.value for r in rows])
    srcs = sorted(per)
    disjoint = any(not (per[a][1] & per[b][1]) for i, a in enumerate(srcs) for b in srcs[i + 1 :])
    if not disjoint:
        return None
    values = sorted({c for _, classes, _ in per.values() for c in classes})
    parts = "; ".join(f"{per[s][0]}: {', '.join(dict.fromkeys(per[s][2]))}" for s in srcs)
    return Contradiction(
        "weapon",
        tuple(values),
        f"{len(srcs)} claimants name different weapons ({' vs '.join(values)}) — {parts}.",
        tuple(per[s][0] for s in srcs),
    )


def _count_values(ledger: Sequence[LedgerRow], attribute: str) -> dict[str, tuple[str, set[int]]]:
    """Per claimant: the counts it gives for killed/wounded ('none' casualties -> 0)."""
    per: dict[str, tuple[str, set[int]]] = {}
    for src, rows in _by_claimant(ledger).items():
        vals: set[int] = set()
        for r in rows:
            if r.attribute == attribute:
                n = parse_count(r.value)
                if n is not None:
                    vals.add(n)
            elif r.attribute == "casualties" and _norm(r.value) in (
                "none",
                "no",
                "no casualties",
                "0",
            ):
                vals.add(0)
        if vals:
            per[src] = (_label(rows), vals)
    return per


def _casualty_contradiction(ledger: Sequence[LedgerRow], attribute: str) -> Contradiction | None:
    per = _count_values(ledger, attribute)
    # A claimant saying "no casualties" contradicts only numbers others give for this attribute.
    explicit = {
        src
        for src, rows in _by_claimant(ledger).items()
        if any(r.attribute == attribute for r in rows)
    }
    if not explicit:
        return None
    values = {v for _, vals in per.values() for v in vals}
    if len(values) < 2:
        return None

    def show(n: int) -> str:
        return "none" if n == 0 else str(n)

    shown = sorted(values)
    parts = "; ".join(
        f"{label}: {' / '.join(show(v) for v in sorted(vals))}"
        for label, vals in sorted(per.values())
    )
    if 0 in values:
        expl = f"some claimants report no casualties, others {attribute} — {parts}."
    else:
        expl = f"claimants give different numbers {attribute} — {parts}."
    return Contradiction(
        attribute,
        tuple(show(v) for v in shown),
        expl,
        tuple(sorted(label for label, _ in per.values())),
    )


def _actor_contradiction(ledger: Sequence[LedgerRow], attribute: str) -> Contradiction | None:
    per: dict[str, tuple[str, set[str]]] = {}
    for src, rows in _by_claimant(r for r in ledger if r.attribute == attribute).items():
        vals = {r.value for r in rows if r.value not in UNKNOWN_ACTORS}
        if vals:
            per[src] = (_label(rows), vals)
    values = sorted({v for _, vals in per.values() for v in vals})
    if len(values) < 2:
        return None
    parts = "; ".join(f"{label}: {', '.join(sorted(vals))}" for label, vals in sorted(per.values()))
    return Contradiction(
        attribute,
        tuple(values),
        f"claimants name different {attribute}s — {parts}.",
        tuple(sorted(label for label, _ in per.values())),
    )


def _is_denial(r: LedgerRow) -> bool:
    return r.attribute == "denial" or (
        r.attribute in ("occurrence", "responsibility") and bool(NEGATIVE.search(r.value or ""))
    )


def _denial_contradictions(ledger: Sequence[LedgerRow]) -> list[Contradiction]:
    """One entry per denying claimant, set against what the others assert."""
    by_source: dict[str, list[LedgerRow]] = defaultdict(list)
    for r in ledger:
        if _is_denial(r):
            by_source[r.source].append(r)
    out = []
    for src, rows in by_source.items():
        denied = list(dict.fromkeys(r.value for r in rows))
        about_occurrence = all(r.attribute == "occurrence" for r in rows)
        wanted = ("occurrence",) if about_occurrence else ("responsibility", "perpetrator")
        others = [
            r
            for r in ledger
            if r.source != src
            and r.attribute in wanted
            and not _is_denial(r)
            and r.value not in UNKNOWN_ACTORS
        ]
        who = rows[0].claimant
        if others:
            vs = "; ".join(dict.fromkeys(f"{r.claimant}: {r.attribute} {r.value}" for r in others))
            expl = f"{who} denies ({'; '.join(denied)}) — against {vs}."
        else:
            expl = f"{who} denies ({'; '.join(denied)}); no other claimant here addresses it."
        values = tuple(f"denied: {d}" for d in denied) + tuple(
            dict.fromkeys(r.value for r in others)
        )
        claimants = (who,) + tuple(dict.fromkeys(r.claimant for r in others))
        attribute = "occurrence" if about_occurrence else "responsibility"
        out.append(Contradiction(attribute, values, expl, claimants))
    return out


def _date_contradiction(members: Sequence[SourcedMention]) -> Contradiction | None:
    """Day-precise reports that date the incident differently (coarser ones are compatible)."""
    by_date: dict[str, dict[str, None]] = defaultdict(dict)
    for sm in members:
        d = sm.mention.date
        if d.date and d.precision == "day":
            by_date[d.date.isoformat()][sm.outlet or sm.wire or sm.article_id] = None
    if len(by_date) < 2:
        return None
    parts = "; ".join(f"{d}: {', '.join(who)}" for d, who in sorted(by_date.items()))
    return Contradiction(
        "date",
        tuple(sorted(by_date)),
        f"reports date it differently (an overnight event or a time-zone difference?) — {parts}.",
        tuple(dict.fromkeys(w for who in by_date.values() for w in who)),
    )


def _time_contradiction(ledger: Sequence[LedgerRow]) -> Contradiction | None:
    times = {}
    for r in ledger:
        if r.attribute == "time":
            m = parse_minutes(r.value)
            if m is not None:
                times.setdefault(r.value, (m, r.claimant))
    mins = [m for m, _ in times.values()]
    if len(mins) < 2 or max(mins) - min(mins) <= 60:
        return None
    parts = "; ".join(f"{who}: {v}" for v, (_, who) in times.items())
    return Contradiction(
        "time",
        tuple(times),
        f"reported times differ by more than an hour — {parts}.",
        tuple(dict.fromkeys(w for _, w in times.values())),
    )


def _casualties_contradiction(ledger: Sequence[LedgerRow], already: bool) -> Contradiction | None:
    """'No casualties' from one claimant, 'casualties' (no number) from another."""
    if already:
        return None
    none = {
        r.source: r.claimant
        for r in ledger
        if r.attribute == "casualties" and _norm(r.value) in ("none", "no", "0")
    }
    some = {
        r.source: r.claimant
        for r in ledger
        if (r.attribute == "casualties" and _norm(r.value) == "some")
        or (r.attribute in ("killed", "wounded") and (parse_count(r.value) or 0) > 0)
    }
    if not none or not some or set(none) == set(some):
        return None
    expl = (
        f"{', '.join(sorted(set(none.values())))} report no casualties; "
        f"{', '.join(sorted(set(some.values())))} report casualties."
    )
    return Contradiction(
        "casualties", ("none", "some"), expl, tuple(sorted(set(none.values()) | set(some.values())))
    )


def _damage_contradiction(ledger: Sequence[LedgerRow]) -> Contradiction | None:
    rows = [r for r in ledger if r.attribute == "damage"]
    neg = [r for r in rows if NEGATIVE.search(r.value or "") or "no damage" in _norm(r.value)]
    pos = [r for r in rows if r not in neg]
    if not neg or not pos or {r.source for r in neg} == {r.source for r in pos}:
        return None
    parts = "; ".join(f"{r.claimant}: {r.value}" for r in neg + pos)
    return Contradiction(
        "damage",
        tuple(dict.fromkeys(r.value for r in neg + pos)),
        f"one side reports no damage, another reports damage — {parts}.",
        tuple(dict.fromkeys(r.claimant for r in neg + pos)),
    )


def find_contradictions(
    members: Sequence[SourcedMention], ledger: Sequence[LedgerRow]
) -> list[Contradiction]:
    """Every disagreement between claimants, each with a one-line explanation."""
    found = [
        _date_contradiction(members),
        _time_contradiction(ledger),
        _weapon_contradiction(ledger),
        _actor_contradiction(ledger, "perpetrator"),
        _actor_contradiction(ledger, "target"),
        killed := _casualty_contradiction(ledger, "killed"),
        wounded := _casualty_contradiction(ledger, "wounded"),
        _casualties_contradiction(ledger, bool(killed or wounded)),
        _damage_contradiction(ledger),
    ]
    out = [c for c in found if c is not None]
    out += _denial_contradictions(ledger)
    return out


# --------------------------------------------------------------------------- agreement


def find_agreements(ledger: Sequence[LedgerRow]) -> list[Agreement]:
    """Values two or more independent claimants share (each claimant asserts occurrence by
    reporting the incident unless it denies it)."""
    support: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    display: dict[tuple[str, str], str] = {}
    denied = {
        r.source
        for r in ledger
        if r.attribute in ("denial", "occurrence") and NEGATIVE.search(r.value or "")
    }
    for r in ledger:
        if r.attribute in ("denial", "responsibility", "occurrence"):
            continue
        if r.attribute == "weapon":
            v = weapon_class(r.value)
            if v is None:
                continue
        elif r.attribute in ("killed", "wounded"):
            n = parse_count(r.value)
            v = str(n) if n is not None else _norm(r.value)
        else:
            v = _norm(r.value)
        support[(r.attribute, v)][r.source] = r.claimant
        display.setdefault((r.attribute, v), v if r.attribute == "weapon" else r.value)
    counted = independent_keys(ledger)
    for r in ledger:
        if r.source not in denied and r.source in counted:
            support[("occurrence", "reported")][r.source] = r.claimant
            display.setdefault(("occurrence", "reported"), "reported")
    out = [
        Agreement(attr, display[(attr, v)], tuple(sorted(set(who.values()))), len(who))
        for (attr, v), who in support.items()
        if len(who) >= 2
    ]
    order = {a: i for i, a in enumerate(LEDGER_ATTRIBUTES)}
    out.sort(key=lambda a: (order.get(a.attribute, 99), -a.independent, a.value))
    return out


# --------------------------------------------------------------------------- incident fields


def _most_common(values: Iterable, order_key=None):  # noqa: ANN001, ANN202
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    return sorted(
        counts.items(), key=lambda t: (-t[1], order_key(t[0]) if order_key else str(t[0]))
    )[0][0]


def _pick_site(members: Sequence[SourcedMention]) -> tuple[Site | None, str]:
    sites = [sm.mention.site for sm in members if sm.mention.site]
    if not sites:
        return None, _most_common(sm.mention.place_text for sm in members) or ""
    parents = {s.parent for s in sites if s.parent}
    freq = Counter(s.id for s in sites)

    def rank(s: Site) -> tuple:
        return (
            s.id in parents,  # a site that contains another reported site is less specific
            SITE_PRECISION_RANK.get(s.precision, 5),
            -freq[s.id],
            s.id,
        )

    best = sorted({s.id: s for s in sites}.values(), key=rank)[0]
    place = next(
        (
            sm.mention.place_text
            for sm in members
            if sm.mention.site and sm.mention.site.id == best.id
        ),
        "",
    )
    return best, place or best.name


def summarize(members: Sequence[SourcedMention]) -> IncidentSummary:
    """The incident record its member mentions support, with ledger and contradictions.

    Field rules: the most specific site; the date most day-precise reports give; the most
    common specific event type and known actors; fatalities the lowest reported number
    (ACLED's conservative rule), with disagreements listed as contradictions.
    """
    ms = [sm.mention for sm in members]
    precision_rank = {
        p: i for i, p in enumerate(("day", "week", "month", "season", "year", "unknown"))
    }
    dated = [m.date for m in ms if m.date.date]
    best_prec = min((precision_rank.get(d.precision, 5) for d in dated), default=5)
    same = [d for d in dated if precision_rank.get(d.precision, 5) == best_prec]
    the_date = _most_common((d.date for d in same), order_key=lambda d: d.toordinal())
    precision = same[0].precision if same else "unknown"
    time_local = _most_common(d.time_local for d in same if d.date == the_date)
    site, place = _pick_site(members)
    specific = [m.event_type for m in ms if m.event_type not in GENERIC_EVENT_TYPES]
    type_order = {t: i for i, t in enumerate(EVENT_TYPES)}
    event_type = _most_common(specific, order_key=lambda t: type_order.get(t, 99)) or (
        "attack" if any(m.event_type == "attack" for m in ms) else "other"
    )
    weapons = tuple(w for w, _ in Counter(w for m in ms for w in m.weapons).most_common())
    # "No casualties" counts as 0 for both; the lowest report wins (ACLED's conservative rule).
    killed_vals = [
        0 if m.casualties_reported == "none" and m.killed is None else m.killed for m in ms
    ]
    wounded_vals = [
        0 if m.casualties_reported == "none" and m.wounded is None else m.wounded for m in ms
    ]
    killed_vals = [v for v in killed_vals if v is not None]
    wounded_vals = [v for v in wounded_vals if v is not None]
    states = {m.casualties_reported for m in ms}
    casualties = "some" if "some" in states else "none" if "none" in states else "unknown"
    ledger = build_ledger(members)
    contradictions = find_contradictions(members, ledger)
    return IncidentSummary(
        date=the_date,
        date_precision=precision if the_date else "unknown",
        time_local=time_local,
        site=site,
        place_text=place,
        event_type=event_type,
        direction=_most_common(m.direction for m in ms) or "",
        weapons=weapons,
        perpetrator=_most_common(m.perpetrator for m in ms if m.perpetrator not in UNKNOWN_ACTORS)
        or "unknown",
        target=_most_common(m.target for m in ms if m.target not in UNKNOWN_ACTORS) or "unknown",
        killed=min(killed_vals) if killed_vals else None,
        wounded=min(wounded_vals) if wounded_vals else None,
        casualties_reported=casualties,
        damage=_most_common(m.damage for m in ms),
        role="main" if any(m.role == "main" for m in ms) else "background",
        ledger=tuple(ledger),
        contradictions=tuple(contradictions),
        agreements=tuple(find_agreements(ledger)),
        claimants=tuple(dict.fromkeys(r.claimant for r in ledger if not r.unattributed)),
        outlets=tuple(sorted({sm.outlet for sm in members if sm.outlet})),
        wires=tuple(sorted({sm.wire for sm in members if sm.wire})),
        independent_sources=independent_sources(ledger),
        article_count=len({sm.article_id for sm in members}),
        mention_count=len(members),
        grade=grade(ledger),
    )
