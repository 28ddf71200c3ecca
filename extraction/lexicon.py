"""Load the rule files in extraction/rules/ (TOML), validate them and compile them once.

The rules are data an analyst can read and extend; this module turns them into compiled
regexes.  A missing, empty or malformed entry raises RuleError naming the file and entry.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from re import _constants as C  # noqa: N812 - the parse tree's opcodes
from re import _parser
from typing import Any

from .errors import RuleError
from .screen import WORD_START, Anchored, Branches, Screened, found_in, needed_literals, screened
from .settings import RULES_DIR

FLAGS = re.IGNORECASE
# A word starts after a non-word character, or where a translation artefact glued two words
# together ("projectilesDeir", "forcesAccording"): a lower-case letter followed by a capital.
# WORD_START (not after a letter, digit, "_" or "-", or where a glued word begins) lives in screen.py,
# which relies on it to try the alternations only where a word starts.
WORD_END = r"(?:(?![\w])|(?-i:(?<=[a-z])(?=[A-Z][a-z])))"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise RuleError(f"rules file missing: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path.name}: not valid TOML: {exc}") from exc
    if not data:
        raise RuleError(f"{path.name}: file is empty")
    return data


def _patterns(path: Path, where: str, value: Any) -> list[str]:
    """A non-empty list of non-empty regex strings, each of which compiles."""
    if not isinstance(value, list) or not value:
        raise RuleError(f"{path.name}: {where}: 'patterns' must be a non-empty list")
    for p in value:
        if not isinstance(p, str) or not p.strip():
            raise RuleError(f"{path.name}: {where}: empty or non-string pattern {p!r}")
        try:
            re.compile(p, FLAGS)
        except re.error as exc:
            raise RuleError(f"{path.name}: {where}: bad regex {p!r}: {exc}") from exc
    return value


def alternation(patterns: list[str]) -> str:
    """One regex alternation, longest pattern first so the longest phrase wins."""
    return "|".join(f"(?:{p})" for p in sorted(set(patterns), key=len, reverse=True))


def word_regex(patterns: list[str]) -> Anchored | Screened:
    """Compile patterns as one word-bounded, case-insensitive alternation: screened (most
    clauses hold none of its words) and anchored where they do (screen.py)."""
    branches = Branches(WORD_START, ((None, tuple(sorted(set(patterns), key=len, reverse=True))),), WORD_END)
    return screened(rf"{WORD_START}(?:{alternation(patterns)}){WORD_END}", FLAGS, branches)


def named_regex(groups: dict[str, list[str]]) -> tuple[Anchored, list[str]]:
    """One alternation whose named groups say which entry matched (g0, g1, ... -> names);
    anchored: it is tried only where one of its words can begin (screen.py)."""
    names = list(groups)
    parts = [f"(?P<g{i}>{alternation(groups[n])})" for i, n in enumerate(names)]
    # Longest-first across entries: order entries by their longest pattern.
    order = sorted(range(len(names)), key=lambda i: -max(len(p) for p in groups[names[i]]))
    rx = re.compile(rf"{WORD_START}(?:{'|'.join(parts[i] for i in order)}){WORD_END}", FLAGS)
    branches = Branches(WORD_START, tuple((f"g{i}", tuple(sorted(set(groups[names[i]]), key=len, reverse=True)))
                                          for i in order), WORD_END)
    return Anchored(rx, branches), names


def group_name(match: re.Match[str], names: list[str]) -> str:
    """The entry name of the named group that matched."""
    return names[int(match.lastgroup[1:])]  # type: ignore[index]


@dataclass(frozen=True)
class Actors:
    regex: Anchored
    names: list[str]
    side: dict[str, str]
    site_holders: dict[str, str]  # site id -> actor holding it
    metonyms: frozenset[str] = frozenset()  # capitals that stand for governments unless located
    held_until: dict[str, date] = field(default_factory=dict)  # actor -> the day it no longer held its sites


@dataclass(frozen=True)
class Weapons:
    regex: Anchored
    names: list[str]
    kind: dict[str, str]


@dataclass(frozen=True)
class Triggers:
    regex: Anchored
    names: list[str]  # event types, one per trigger group
    ignore: Screened
    response: Screened
    prior: Screened
    background: Screened  # every recall cue, the [lasting] ones included
    hypothetical: Screened
    negated: Screened
    attribution: Screened
    denial: Screened
    responsibility: Screened
    blame: Screened  # "accused", "likely Israeli": a perpetrator named in one party's account
    statement_before: Anchored  # "said on Tuesday": a time just after a verb of speaking
    statement_after: re.Pattern[str]  # "on Monday condemned": a time just before one
    housekeeping: Screened  # "Good afternoon, everyone.": a briefing's opening, not its lead
    periodic: Screened  # "Weekly report: security events (08/07 - 14/07)": a page that reports a period's events
    reaction: Screened  # "has condemned the US attacks": a lead that reacts to attacks told elsewhere
    lasting: Screened  # "the funeral of the commander killed in ...": a recall that a recent day does not undo


@dataclass(frozen=True)
class Claimants:
    regex: Anchored
    names: list[str]
    type: dict[str, str]
    generic: frozenset[str]
    side: dict[str, str]  # the actor a claimant speaks for ("Islamic Resistance in Iraq" -> "Iran-backed militias")


class LineRule:
    """Patterns one of which must match a whole line of a page.

    A pattern `.*X.*` matches a line (which holds no newline) exactly when X is found
    anywhere in it, so those are searched for, screened and anchored (screen.py), rather than
    full-matched: `re` would try every one of them at every character of every line."""

    def __init__(self, patterns: list[str]) -> None:
        self.full = re.compile(rf"(?:{alternation(patterns)})", FLAGS)
        inner = [p[2:-2] for p in patterns if _spans_line(p)]
        rest = [p for p in patterns if not _spans_line(p)]
        self._inner = screened(alternation(inner), FLAGS) if inner else None
        self._rest = re.compile(rf"(?:{alternation(rest)})", FLAGS) if rest else None

    def matches(self, line: str) -> bool:
        """Whether one of the patterns matches the whole of `line`."""
        return self.matches_in(line, 0, len(line))

    def matches_in(self, text: str, start: int, end: int) -> bool:
        """`matches(text[start:end])` for a line of a page: its patterns found anywhere are
        looked for in the page's own offsets (found_in), read once for all its lines."""
        line = text[start:end]
        if "\n" in line:
            return self.full.fullmatch(line) is not None
        return bool((self._inner is not None and found_in(self._inner, text, start, end))
                    or (self._rest is not None and self._rest.fullmatch(line)))


def _spans_line(pattern: str) -> bool:
    """Whether `pattern` is `.*X.*` with X a pattern of its own (not `.*a|b.*`, not `x\\.*`)."""
    if len(pattern) < 5 or not pattern.startswith(".*") or not pattern.endswith(".*"):
        return False
    backslashes = len(pattern[:-2]) - len(pattern[:-2].rstrip("\\"))
    if backslashes % 2:
        return False
    items = list(_parser.parse(pattern, FLAGS))
    any_run = (C.MAX_REPEAT, (0, C.MAXREPEAT, [(C.ANY, None)]))

    def is_any_run(item: tuple) -> bool:
        op, av = item
        return op is any_run[0] and av[:2] == any_run[1][:2] and list(av[2]) == any_run[1][2]

    return (len(items) >= 3 and is_any_run(items[0]) and is_any_run(items[-1])
            and len(list(_parser.parse(pattern[2:-2], FLAGS))) == len(items) - 2)


@dataclass(frozen=True)
class Boilerplate:
    cut_after: LineRule
    drop_line: LineRule
    caption: LineRule


@dataclass(frozen=True)
class Outlets:
    outlets: list[tuple[str, Anchored | Screened]]
    wires: list[tuple[str, Anchored | Screened]]
    # per outlet and wire: folded literals one of which every match contains (screen.needed_literals),
    # or () when a pattern has none; a page holding none of them is not searched
    outlet_keys: tuple[frozenset[str] | tuple[()], ...] = ()
    wire_keys: tuple[frozenset[str] | tuple[()], ...] = ()


def load_actors(path: Path | None = None) -> Actors:
    path = path or RULES_DIR / "actors.toml"
    data = _read(path)
    entries = data.get("actors")
    if not isinstance(entries, dict) or not entries:
        raise RuleError(f"{path.name}: no [actors.*] entries")
    groups, side = {}, {}
    for name, entry in entries.items():
        if not name.strip() or not isinstance(entry, dict):
            raise RuleError(f"{path.name}: actor {name!r}: malformed entry")
        groups[name] = _patterns(path, f"actor {name!r}", entry.get("patterns"))
        side[name] = str(entry.get("side") or name)
    holders: dict[str, str] = {}
    for actor, sites in (data.get("site_holders") or {}).items():
        if actor not in groups:
            raise RuleError(f"{path.name}: site_holders names unknown actor {actor!r}")
        for site in sites:
            holders[site] = actor
    until: dict[str, date] = {}
    for actor, day in (data.get("site_holders_until") or {}).items():
        if actor not in groups or not isinstance(day, date):
            raise RuleError(f"{path.name}: site_holders_until wants a known actor and a date, got {actor!r} = {day!r}")
        until[actor] = day
    rx, names = named_regex(groups)
    metonyms = frozenset((data.get("metonyms") or {}).get("sites", []))
    return Actors(rx, names, side, holders, metonyms, until)


def load_weapons(path: Path | None = None) -> Weapons:
    path = path or RULES_DIR / "weapons.toml"
    data = _read(path)
    entries = data.get("weapons")
    if not isinstance(entries, dict) or not entries:
        raise RuleError(f"{path.name}: no [weapons.*] entries")
    groups, kind = {}, {}
    for name, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("kind") not in {"air", "indirect", "explosive", "small_arms"}:
            raise RuleError(f"{path.name}: weapon {name!r}: kind must be air|indirect|explosive|small_arms")
        groups[name] = _patterns(path, f"weapon {name!r}", entry.get("patterns"))
        kind[name] = entry["kind"]
    rx, names = named_regex(groups)
    return Weapons(rx, names, kind)


def load_triggers(path: Path | None = None) -> Triggers:
    path = path or RULES_DIR / "triggers.toml"
    data = _read(path)
    entries = data.get("trigger")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{path.name}: no [[trigger]] entries")
    groups: dict[str, list[str]] = {}
    for i, entry in enumerate(entries):
        et = entry.get("event_type") if isinstance(entry, dict) else None
        if not et:
            raise RuleError(f"{path.name}: trigger #{i + 1}: missing event_type")
        groups.setdefault(et, []).extend(_patterns(path, f"trigger #{i + 1}", entry.get("patterns")))
    rx, names = named_regex(groups)

    def patterns(name: str) -> list[str]:
        sec = data.get(name)
        if not isinstance(sec, dict):
            raise RuleError(f"{path.name}: missing [{name}] section")
        return _patterns(path, f"[{name}]", sec.get("patterns"))

    def section(name: str) -> Screened:
        return word_regex(patterns(name))

    # the [lasting] recall cues are recall cues too: read with [background]
    sections = [word_regex(patterns(name) + patterns("lasting")) if name == "background" else section(name)
                for name in ("ignore", "response", "prior", "background", "hypothetical", "negated",
                             "attribution", "denial", "responsibility", "blame")]
    lasting = section("lasting")
    housekeeping = section("housekeeping")
    periodic = section("periodic")
    reaction = section("reaction")
    sec = data.get("statement")
    if not isinstance(sec, dict):
        raise RuleError(f"{path.name}: missing [statement] section")
    speech = alternation(_patterns(path, "[statement]", sec.get("patterns")))
    return Triggers(
        rx, names, *sections,
        # "said on Tuesday", "posted a video on Telegram on Saturday": the day of the saying (asked of the
        # words before a time, it is tried only where a verb of speaking starts: screened)
        screened(rf"\b(?:{speech})(?:\s+(?:an?\s+|the\s+|its\s+)?(?:video|statement|footage|message|post|photos?|images?|clip))?"
                   # "said in a statement issued in Washington on Thursday"
                   rf"(?:\s+(?:issued|released|published|posted|read out)(?:\s+(?:in|from)\s+[\w'’-]+)?)?"
                   rf"(?:\s+(?:on|via|to)\s+(?:its\s+|their\s+)?(?:Telegram|X|Twitter|Facebook|channel|account|website|social media)"
                   # "announced, on Wednesday, that it had attacked": the same, set off by commas (but not
                   # "As you saw in the Secretary's statement, last night, ... forces conducted strikes")
                   rf"(?:\s+(?:channel|account|page))?)?(?:(?<!statement),)?\s+(?:on\s+|late\s+|early\s+)?$"
                   # "announced today, Saturday (3 February 2024), that...": the calendar date in brackets
                   # after the day of the saying (a translation's convention) is that day too
                   rf"|\b(?:{speech})\s+(?:(?:today|yesterday),?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*)?"
                   rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*)$", FLAGS),
        re.compile(rf"\s*,?\s*(?:also\s+|again\s+|strongly\s+)?(?:{speech})\b", FLAGS),
        housekeeping,
        periodic,
        reaction,
        lasting,
    )


def load_claimants(path: Path | None = None) -> Claimants:
    path = path or RULES_DIR / "claimants.toml"
    data = _read(path)
    entries = data.get("claimant")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{path.name}: no [[claimant]] entries")
    groups, types, generic, sides = {}, {}, set(), {}
    for i, entry in enumerate(entries):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not name or not entry.get("type"):
            raise RuleError(f"{path.name}: claimant #{i + 1}: needs name and type")
        if name in groups:
            raise RuleError(f"{path.name}: claimant {name!r} listed twice")
        groups[name] = _patterns(path, f"claimant {name!r}", entry.get("patterns"))
        types[name] = entry["type"]
        if entry.get("generic"):
            generic.add(name)
        if entry.get("side"):
            sides[name] = entry["side"]
    rx, names = named_regex(groups)
    return Claimants(rx, names, types, frozenset(generic), sides)


def load_boilerplate(path: Path | None = None) -> Boilerplate:
    path = path or RULES_DIR / "boilerplate.toml"
    data = _read(path)

    def full(name: str) -> LineRule:
        sec = data.get(name)
        if not isinstance(sec, dict):
            raise RuleError(f"{path.name}: missing [{name}] section")
        return LineRule(_patterns(path, f"[{name}]", sec.get("patterns")))

    return Boilerplate(full("cut_after"), full("drop_line"), full("caption"))


def load_outlets(path: Path | None = None) -> Outlets:
    path = path or RULES_DIR / "outlets.toml"
    data = _read(path)

    def table(name: str) -> list[tuple[str, Anchored | Screened]]:
        sec = data.get(name)
        if not isinstance(sec, dict) or not sec:
            raise RuleError(f"{path.name}: missing or empty [{name}] table")
        return [  # searched in whole pages: tried only where a match can start (screen.py)
            (k, screened(alternation(_patterns(path, f"{name} {k!r}", v)), FLAGS | re.MULTILINE))
            for k, v in sec.items()
        ]

    def keys(name: str) -> tuple[frozenset[str] | tuple[()], ...]:
        out: list[frozenset[str] | tuple[()]] = []
        for pats in data[name].values():
            # per pattern, so that "with afp" stays a literal of its own rather than "afp" or "with"
            lits = [needed_literals(p, FLAGS) for p in pats]
            out.append(() if any(not x or "" in x for x in lits) else frozenset().union(*lits))
        return tuple(out)

    return Outlets(table("outlets"), table("wires"), keys("outlets"), keys("wires"))


@dataclass(frozen=True)
class Scope:
    """The area the monitor covers: gazetteer regions, extra sites, and a radius around those sites."""

    regions: frozenset[str]
    sites: tuple[str, ...]
    near_km: float
    excluded: tuple[str, ...] = ()
    # the sources of the area itself ("Deir Ezzor 24", "the Deir ez-Zor Military Council"): a story
    # that cites one is of the area, so a village it names that the gazetteer does not know is ours
    local: re.Pattern[str] | None = None
    # a monitor of the whole country (SOHR) is a sign of the area only in a story that also names a force
    # of the area ("killing an SDF fighter, SOHR reported") and no force or town of the north-west
    monitors: re.Pattern[str] | None = None
    area_signs: re.Pattern[str] | None = None
    away_signs: re.Pattern[str] | None = None


def _regex_list(data: dict, key: str, path: Path) -> re.Pattern[str] | None:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(s, str) and s for s in items):
        raise RuleError(f"{path.name}: '{key}' must be a list of regexes")
    try:
        return re.compile(r"\b(?:" + "|".join(items) + r")\b", re.I) if items else None
    except re.error as e:
        raise RuleError(f"{path.name}: bad '{key}' pattern: {e}") from None


def load_scope(path: Path | None = None) -> Scope:
    path = path or RULES_DIR / "scope.toml"
    data = _read(path)
    regions, sites, near = data.get("regions"), data.get("sites", []), data.get("near_km", 0)
    if not isinstance(regions, list) or not regions or not all(isinstance(r, str) and r for r in regions):
        raise RuleError(f"{path.name}: 'regions' must be a non-empty list of region names")
    if not isinstance(sites, list) or not all(isinstance(s, str) and s for s in sites):
        raise RuleError(f"{path.name}: 'sites' must be a list of site ids")
    if not isinstance(near, (int, float)) or near < 0:
        raise RuleError(f"{path.name}: 'near_km' must be a non-negative number")
    excluded = data.get("excluded", [])
    if not isinstance(excluded, list) or not all(isinstance(s, str) and s for s in excluded):
        raise RuleError(f"{path.name}: 'excluded' must be a list of site ids")
    local_rx = _regex_list(data, "local_sources", path)
    return Scope(frozenset(regions), tuple(sites), float(near), tuple(excluded), local_rx,
                 _regex_list(data, "national_monitors", path), _regex_list(data, "area_signs", path),
                 _regex_list(data, "away_signs", path))


@dataclass(frozen=True)
class Rules:
    """Every compiled rule set the pipeline needs."""

    actors: Actors
    weapons: Weapons
    triggers: Triggers
    claimants: Claimants
    boilerplate: Boilerplate
    outlets: Outlets
    scope: Scope


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The default rules, compiled once per process."""
    return Rules(
        load_actors(), load_weapons(), load_triggers(), load_claimants(), load_boilerplate(), load_outlets(),
        load_scope(),
    )
