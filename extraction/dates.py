"""Find temporal expressions in article text and resolve them to dates with a precision.

Finding is regex work over a lexicon kept in `rules/dates.toml`, compiled once.  To stay
fast on long articles the finder never sweeps a big regex over the whole text: it looks
for trigger words with `str.find` (C speed), walks back over the modifier words before each
one ("late on", "on the evening of") and tries anchored regexes from those few starts.

Resolving is date arithmetic against the article's publication date (never today) or, for
"the day before" and kin, against the date of the event being talked about.  Nothing is
invented: a date that cannot be fixed without guessing comes back as date None with
precision "unknown", and `basis` says why.
"""

from __future__ import annotations

import calendar
import re
import sys
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import ahocorasick
from hijridate import Hijri

from .errors import RuleError
from .records import DateInfo, Span
from .settings import RULES_DIR

DATES_RULES = RULES_DIR / "dates.toml"
KINDS = (
    "absolute",
    "weekday",
    "relative_day",
    "anchor_relative",
    "night_range",
    "month",
    "week",
    "season",
    "year",
    "vague",
    "part_of_day",
)
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_BASES = ("published", "anchor")
_REL_UNITS = ("day", "week", "weekend", "month", "year")
_COUNT_UNITS = ("hour", "day", "week", "month", "year")
_MIN_PUB_YEAR, _MAX_PUB_YEAR = 1990, 2100


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression found in a text: what its words say, not yet a date.

    `weekday` 0 = Monday; `weekday_end`/`day_end` close a night or day range; `unit` and
    `offset` describe relative expressions from `base` ("published", "anchor" or "named":
    relative to an event the text names, see `reference`); `which` is "last", "this",
    "next", "previous" or "following"; `year_offset` is set by "June last year".
    """

    span: Span
    kind: str
    weekday: int | None = None
    weekday_end: int | None = None
    day: int | None = None
    day_end: int | None = None
    month: int | None = None
    year: int | None = None
    year_offset: int | None = None
    season: str | None = None
    unit: str | None = None
    offset: int = 0
    base: str = "published"
    which: str = ""
    modifier: str = ""
    part_of_day: str | None = None
    reference: str = ""
    swappable: bool = False  # "03/12/2024": read day/month/year, but month/day/year is possible too


@dataclass(frozen=True)
class ClockTime:
    """A clock time in the text: `value` is "HH:MM"; `zone` is "local", "utc", "eastern" (US
    Eastern time, as Washington tells the hour) or ""."""

    value: str
    span: Span
    zone: str
    zone_end: int | None = None  # where the zone's marker ends ("2310 GMT|"); None when unmarked


@dataclass(frozen=True)
class _Relative:
    base: str
    unit: str
    offset: int
    part_of_day: str | None
    named_reference: bool


@dataclass(frozen=True)
class _Direction:
    base: str
    sign: int
    named_reference: bool


@dataclass(frozen=True)
class DateRules:
    """The dates lexicon, validated, with its regexes and trigger tables compiled once."""

    weekdays: dict[str, int]
    weekday_abbrevs: dict[str, int]
    months: dict[str, int]
    month_abbrevs: dict[str, int]
    context_months: frozenset[str]
    seasons: dict[str, tuple[str, int]]
    season_starts: dict[str, int]
    part_of_day: dict[str, str]
    modifier_part_of_day: dict[str, str]
    pod_phrases: dict[str, str]
    relative: dict[str, _Relative]
    vague: frozenset[str]
    numbers: dict[str, int]
    fuzzy: frozenset[str]
    units: dict[str, str]
    directions: dict[str, _Direction]
    local_markers: tuple[str, ...]
    utc_markers: tuple[str, ...]
    eastern_markers: tuple[str, ...]
    stamp_words: frozenset[str]
    stamp_months: dict[str, int]  # a foreign page's month names, read on its stamp lines only
    hijri_months: dict[str, int]  # the Hijri calendar's month names, read on a stamp line of its own
    feasts: dict[str, tuple[int, int]]  # a day of the year named by a feast with a fixed date: (month, day)
    regex: dict[str, re.Pattern[str]]
    trigger_names: dict[str, tuple[str, ...]]
    vocab: frozenset[str]
    firsts: dict[str, frozenset[str]]
    clock: re.Pattern[str]
    pod_word: re.Pattern[str]
    zone_local: re.Pattern[str]
    zone_utc: re.Pattern[str]
    zone_eastern: re.Pattern[str]


# ---------------------------------------------------------------------------------------
# Loading and validating the lexicon


def _norm(s: str) -> str:
    """Lower-case, straight apostrophes, single spaces: the key a phrase is looked up by."""
    return " ".join(s.lower().replace("\u2019", "'").replace("\u2018", "'").split())


def _bad(path: Path, where: str, msg: str) -> RuleError:
    return RuleError(f"{path.name}: {where}: {msg}")


def _strings(path: Path, where: str, value: Any, *, allow_empty: bool = False) -> list[str]:
    """A list of non-empty strings, normalised; an empty or non-string entry is an error."""
    if not isinstance(value, list) or (not value and not allow_empty):
        raise _bad(path, where, "must be a non-empty list of strings")
    out = []
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise _bad(path, where, f"empty or non-string entry {v!r}")
        out.append(_norm(v))
    return out


def _table(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise _bad(path, key, "missing or empty table")
    return value


def _tables(path: Path, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise _bad(path, key, "missing or empty array of tables")
    return value


def _int(path: Path, where: str, value: Any, lo: int, hi: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise _bad(path, where, f"must be an integer in {lo}..{hi}, got {value!r}")
    return value


def _pod_map(path: Path, where: str, table: dict[str, Any]) -> dict[str, str]:
    out = {}
    for k, v in table.items():
        if not k.strip() or v not in PARTS_OF_DAY:
            raise _bad(path, where, f"entry {k!r} = {v!r}: part of day must be one of {PARTS_OF_DAY}")
        out[_norm(k)] = v
    return out


def _unique(path: Path, where: str, seen: dict[str, str], name: str, owner: str) -> None:
    if name in seen and seen[name] != owner:
        raise _bad(path, where, f"{name!r} is listed twice ({seen[name]} and {owner})")
    seen[name] = owner


def _numbered_names(path: Path, table: dict, key: str) -> dict[str, int]:
    """publication_stamp's `[[key]]` tables ({number = 2, names = [...]}): each name, lower case with
    straight apostrophes, and its month's number."""
    out: dict[str, int] = {}
    for i, entry in enumerate(_tables(path, table, key) if key in table else []):
        num = _int(path, f"publication_stamp.{key}[{i}].number", entry.get("number"), 1, 12)
        for name in _strings(path, f"publication_stamp.{key}[{i}].names", entry.get("names")):
            out[name.lower().replace("\u2019", "'")] = num
    return out


def load_rules(path: Path | None = None) -> DateRules:
    """Read, validate and compile a dates lexicon; any missing, empty or malformed entry
    raises RuleError naming the file and the entry."""
    path = Path(path) if path is not None else DATES_RULES
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise RuleError(f"rules file missing: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path.name}: not valid TOML: {exc}") from exc
    if not data:
        raise RuleError(f"{path.name}: file is empty")

    seen: dict[str, str] = {}
    weekdays: dict[str, int] = {}
    weekday_abbrevs: dict[str, int] = {}
    for i, entry in enumerate(_tables(path, data, "weekday")):
        where = f"weekday[{i}]"
        idx = _int(path, where + ".index", entry.get("index"), 0, 6)
        for name in _strings(path, where + ".names", entry.get("names")):
            _unique(path, where, seen, name, f"weekday {idx}")
            weekdays[name] = idx
        for name in _strings(path, where + ".abbreviations", entry.get("abbreviations", []), allow_empty=True):
            _unique(path, where, seen, name, f"weekday {idx}")
            weekday_abbrevs[name] = idx
    if sorted(set(weekdays.values())) != list(range(7)):
        raise _bad(path, "weekday", "needs exactly the seven weekdays, index 0 (Monday) to 6")

    months: dict[str, int] = {}
    month_abbrevs: dict[str, int] = {}
    context_months: set[str] = set()
    for i, entry in enumerate(_tables(path, data, "month")):
        where = f"month[{i}]"
        num = _int(path, where + ".number", entry.get("number"), 1, 12)
        needs = entry.get("needs_context", False)
        if not isinstance(needs, bool):
            raise _bad(path, where + ".needs_context", "must be true or false")
        for name in _strings(path, where + ".names", entry.get("names")):
            _unique(path, where, seen, name, f"month {num}")
            months[name] = num
            if needs:
                context_months.add(name)
        for name in _strings(path, where + ".abbreviations", entry.get("abbreviations", []), allow_empty=True):
            _unique(path, where, seen, name, f"month {num}")
            month_abbrevs[name] = num
    if sorted(set(months.values())) != list(range(1, 13)):
        raise _bad(path, "month", "needs exactly the twelve months, number 1 to 12")

    seasons: dict[str, tuple[str, int]] = {}
    season_starts: dict[str, int] = {}
    for i, entry in enumerate(_tables(path, data, "season")):
        where = f"season[{i}]"
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _bad(path, where + ".name", "missing or empty")
        start = _int(path, where + ".start_month", entry.get("start_month"), 1, 12)
        season_starts[name] = start
        for word in _strings(path, where + ".names", entry.get("names")):
            _unique(path, where, seen, word, f"season {name}")
            seasons[word] = (name, start)

    part_of_day = _pod_map(path, "part_of_day", _table(path, data, "part_of_day"))
    modifier_pod = _pod_map(path, "modifier_part_of_day", _table(path, data, "modifier_part_of_day"))
    pod_phrases = _pod_map(path, "part_of_day_phrases", _table(path, data, "part_of_day_phrases"))

    relative: dict[str, _Relative] = {}
    for i, entry in enumerate(_tables(path, data, "relative")):
        where = f"relative[{i}]"
        base = entry.get("base")
        unit = entry.get("unit")
        if base not in _BASES:
            raise _bad(path, where + ".base", f"must be one of {_BASES}, got {base!r}")
        if unit not in _REL_UNITS:
            raise _bad(path, where + ".unit", f"must be one of {_REL_UNITS}, got {unit!r}")
        offset = _int(path, where + ".offset", entry.get("offset"), -1000, 1000)
        pod = entry.get("part_of_day")
        if pod is not None and pod not in PARTS_OF_DAY:
            raise _bad(path, where + ".part_of_day", f"must be one of {PARTS_OF_DAY}")
        named = entry.get("named_reference", False)
        if not isinstance(named, bool):
            raise _bad(path, where + ".named_reference", "must be true or false")
        rel = _Relative(base, unit, offset, pod, named)
        for phrase in _strings(path, where + ".phrases", entry.get("phrases")):
            if phrase in relative:
                raise _bad(path, where, f"phrase {phrase!r} is listed twice")
            relative[phrase] = rel

    vague = frozenset(_strings(path, "vague.phrases", _table(path, data, "vague").get("phrases")))

    numbers: dict[str, int] = {}
    for k, v in _table(path, data, "numbers").items():
        if not k.strip():
            raise _bad(path, "numbers", "empty number word")
        numbers[_norm(k)] = _int(path, f"numbers.{k}", v, 1, 1000)
    fuzzy = frozenset(_strings(path, "fuzzy_numbers.words", _table(path, data, "fuzzy_numbers").get("words")))

    units: dict[str, str] = {}
    for k, v in _table(path, data, "units").items():
        if not k.strip() or v not in _COUNT_UNITS:
            raise _bad(path, f"units.{k}", f"must be one of {_COUNT_UNITS}, got {v!r}")
        units[_norm(k)] = v

    directions: dict[str, _Direction] = {}
    for k, v in _table(path, data, "directions").items():
        where = f"directions.{k}"
        if not k.strip() or not isinstance(v, dict):
            raise _bad(path, where, "must be a table with base and sign")
        if v.get("base") not in _BASES:
            raise _bad(path, where + ".base", f"must be one of {_BASES}")
        if v.get("sign") not in (-1, 1) or isinstance(v.get("sign"), bool):
            raise _bad(path, where + ".sign", "must be -1 or 1")
        named = v.get("named_reference", False)
        if not isinstance(named, bool):
            raise _bad(path, where + ".named_reference", "must be true or false")
        directions[_norm(k)] = _Direction(v["base"], v["sign"], named)

    clock = _table(path, data, "clock")
    local_markers = tuple(_strings(path, "clock.local_markers", clock.get("local_markers")))
    utc_markers = tuple(_strings(path, "clock.utc_markers", clock.get("utc_markers")))
    eastern_markers = tuple(_strings(path, "clock.eastern_markers", clock.get("eastern_markers")))
    stamp = _table(path, data, "publication_stamp")
    stamp_words = frozenset(_norm(w) for w in _strings(path, "publication_stamp.words", stamp.get("words")))
    stamp_months = _numbered_names(path, stamp, "months")
    hijri_months = _numbered_names(path, stamp, "hijri_months")
    feasts: dict[str, tuple[int, int]] = {}
    for k, v in data.get("feasts", {}).items():
        fm = re.fullmatch(r"(1[0-2]|0[1-9])-(3[01]|[12][0-9]|0[1-9])", v) if isinstance(v, str) else None
        if not k.strip() or fm is None or not _valid_day(int(fm[2]), int(fm[1]), None):
            raise _bad(path, f"feasts.{k}", f"must be a day of the year as 'MM-DD', got {v!r}")
        feasts[_norm(k)] = (int(fm[1]), int(fm[2]))

    return _compile(
        DateRules(
            weekdays=weekdays,
            weekday_abbrevs=weekday_abbrevs,
            months=months,
            month_abbrevs=month_abbrevs,
            context_months=frozenset(context_months),
            seasons=seasons,
            season_starts=season_starts,
            part_of_day=part_of_day,
            modifier_part_of_day=modifier_pod,
            pod_phrases=pod_phrases,
            relative=relative,
            vague=vague,
            numbers=numbers,
            fuzzy=fuzzy,
            units=units,
            directions=directions,
            local_markers=local_markers,
            utc_markers=utc_markers,
            eastern_markers=eastern_markers,
            stamp_words=stamp_words,
            stamp_months=stamp_months,
            hijri_months=hijri_months,
            feasts=feasts,
            regex={},
            trigger_names={},
            vocab=frozenset(),
            firsts={},
            clock=re.compile(""),
            pod_word=re.compile(""),
            zone_local=re.compile(""),
            zone_utc=re.compile(""),
            zone_eastern=re.compile(""),
        )
    )


# ---------------------------------------------------------------------------------------
# Compiling the grammar.  All regexes run on the folded text (lower case, straight
# apostrophes, plain hyphens: same length as the original, so offsets carry over).

_S = r"(?:[^\S\n]{1,4}|[^\S\n]{0,3}\n[^\S\n]{0,3})"  # a gap between words: one line break at most
_L = r"(?<![a-z0-9])"
_R = r"(?![a-z0-9])"
_DL = r"(?<![\w.:/-])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)[0-9][0-9](?![0-9])"

# Words before a day or date that change what it means ("late on", "since", "last").
_DAY_MODIFIERS = (
    "late", "early", "earlier", "later", "overnight", "since", "by", "until", "till", "from",
    "during", "before", "after", "through", "in", "around", "last", "this", "next", "past",
    "coming", "previous", "following", "the previous", "the following", "this past",
    "this coming", "the past",
)
_AT_POD = (
    "at", "before", "after", "around", "about", "shortly before", "shortly after", "just before",
    "just after", "until", "by", "in the", "late in the", "early in the", "late at", "during the",
)
_MONTH_MODIFIERS = (
    "in", "during", "since", "by", "until", "till", "from", "through", "throughout", "before",
    "after", "last", "this", "next", "past", "this past", "coming", "of", "for", "between",
    "the", "around", "early", "late", "mid", "as of", "starting", "beginning", "ending",
)
_MONTH_PARTS = (
    "early", "late", "mid", "the start of", "the beginning of", "the end of", "the middle of",
    "the first half of", "the second half of", "the first week of", "the last week of",
    "the first days of", "the last days of", "the first days of", "the closing days of",
)
_YEAR_MODIFIERS = (
    "in", "since", "during", "throughout", "until", "till", "by", "from", "before", "after",
    "the end of", "the start of", "the beginning of", "the middle of", "the first half of",
    "the second half of", "as of", "in the year", "through", "spring", "summer", "autumn",
    "winter", "fall", "between",
)
_SEASON_MODIFIERS = (
    "in", "during", "over", "this", "last", "next", "past", "this past", "coming", "since",
    "until", "till", "by", "throughout", "through", "the", "of", "before", "after", "early",
    "late", "mid", "in the", "during the", "over the", "through the", "throughout the",
    "since the", "by the", "until the", "in early", "in late",
)
_COUNT_LEADS = (
    "in the last", "in the past", "within the last", "within the past", "within", "over the last",
    "over the past", "during the last", "during the past", "for the last", "for the past",
    "in less than", "less than", "in under", "under", "in the previous", "in the next",
    "in the coming", "over the next", "over the coming", "within the next", "over", "for",
    "nearly", "almost", "about", "around", "some", "just", "only", "roughly", "approximately",
    "more than", "at least", "barely", "exactly", "precisely", "a full", "fully",
)
_WINDOW_LEADS = frozenset(
    _norm(w)
    for w in _COUNT_LEADS
    if w.split()[0] in ("in", "within", "over", "during", "for", "less", "under")
)
_WHICH = {
    "last": "last", "past": "last", "this past": "last", "the past": "last",
    "this": "this", "next": "next", "coming": "next", "this coming": "next",
    "previous": "previous", "the previous": "previous",
    "following": "following", "the following": "following",
}
_MODIFIER_WORDS = (
    "late", "early", "mid", "earlier", "later", "overnight", "since", "by", "until", "till",
    "from", "before", "after", "through", "throughout", "during", "around",
)
_PART_WORDS = {"start": "early", "beginning": "early", "end": "late", "middle": "mid", "closing": "late"}
# Words too common to be worth a `str.find` pass: a phrase is found through its other words.
_STOP = frozenset(
    "the a an of in on at to by for that this so over from since one s as with and "
    "before after last next same early late earlier later past previous following few "
    "less than more within under around about some time first start beginning coming far "
    "long followed during shortly soon small light eve".split()
)
_ORDINALS = ("st", "nd", "rd", "th")
# "the 2nd anniversary", "the 3rd brigade": an ordinal adjective, not a day of the month
_ORDINAL_NOUNS = (
    "anniversary", "time", "times", "day", "round", "rounds", "floor", "brigade", "division", "regiment", "battalion",
    "corps", "century", "attack", "attacks", "strike", "strikes", "consecutive", "straight", "largest", "biggest",
    "person", "people", "of its kind", "such", "year", "week", "month", "session", "meeting", "edition", "place",
)
_REGEX_ORDER = ("wdr", "wd1", "dm", "md", "num", "ord", "feast", "month", "year", "season", "rel", "count", "vague", "pod")
_PRIORITY = {
    "absolute": 0, "night_range": 0, "weekday": 1, "relative_day": 2, "anchor_relative": 2,
    "week": 3, "month": 3, "season": 4, "year": 4, "part_of_day": 5, "vague": 6,
}


def _phrase(p: str) -> str:
    return _S.join(re.escape(w) for w in p.split())


def _alt(phrases: Any) -> str:
    """One alternation, longest phrase first so the longest wins at a given start."""
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=lambda x: (-len(x), x)))


def _number_regex(numbers: dict[str, int]) -> str:
    tens = [w for w, v in numbers.items() if v >= 20 and v % 10 == 0 and " " not in w]
    small = [w for w, v in numbers.items() if v < 10 and " " not in w and w not in ("a", "an")]
    compound = rf"(?:{_alt(tens)})(?:-|{_S})(?:{_alt(small)})" if tens and small else ""
    parts = [compound] if compound else []
    parts.append(_alt(numbers))
    return "|".join(f"(?:{p})" for p in parts)


def _compile(r: DateRules) -> DateRules:
    """Build the grammar regexes and the trigger tables from the validated lexicon."""
    wd = _alt(r.weekdays)
    wdx = _alt(list(r.weekdays) + list(r.weekday_abbrevs))
    # a weekday abbreviation alone ("on Mon.", "on Thurs."): only right after "on", with its
    # period, so that "The Sun." or a verb "sat." is not read as a day
    wdab = rf"(?<=on[^\S\n])(?:{_alt(r.weekday_abbrevs)})\."
    monf = _alt(r.months)
    monx = _alt(list(r.months) + list(r.month_abbrevs))
    abbr = _alt(r.month_abbrevs)
    pod = _alt(r.part_of_day)
    seasons = _alt(r.seasons)

    pfx = (
        rf"(?P<mods>(?:(?:{_alt(_DAY_MODIFIERS)}){_S}){{0,2}})"
        rf"(?:(?:{_alt(_AT_POD)}){_S}(?:{pod}){_S})?"
        rf"(?:on{_S})?"
        rf"(?:(?:in{_S})?the{_S}(?:{pod}){_S}(?:of|between|from){_S})?"
    )
    sfx = rf"(?:{_S}(?P<sfxpod>(?:(?:{_alt(_AT_POD)}){_S})?(?:{pod})){_R})?"
    wdabs = rf"(?:(?P<awd>{wdx})(?![a-z0-9])\.?,?{_S})?(?:the{_S})?"
    rng = rf"(?:{_S}?(?:-|/|to|into|and){_S}?(?P<day2>{_DAY}){_ORD})?"
    rel_year = rf"(?:last|this|next|the{_S}previous|the{_S}following)"
    # "30 August 2023", "30 August, 2023", "30 August ,2023"; "on October 7 last year", "on 3 May this year"
    year_tail = rf"(?:(?:,?{_S}|{_S},)(?:(?P<year>{_YEAR})|(?P<rely>last|this|the{_S}previous){_S}year{_R}))?"

    regex = {
        "wd1": (
            rf"{_L}{pfx}(?P<wd>{wd}|{wdab}){_R}"
            # "on Thursday last week", "Monday of last week": that weekday of the week before publication's
            rf"(?:,?{_S}(?:of{_S})?(?P<wkrel>last|the{_S}previous|this){_S}week{_R})?{sfx}"
        ),
        "wdr": (
            rf"{_L}{pfx}(?P<wd>{wd}){_R}(?:{_S}(?P<rnight>night|evening){_R})?"
            rf"(?P<join>{_S}(?:to|into|and|until|till|through){_S}|{_S}?[-/]{_S}?)"
            rf"(?:(?:early|the{_S}early{_S}hours{_S}of){_S})?(?P<wd2>{wd}){_R}"
            rf"(?:{_S}(?P<sfxpod>{pod}){_R})?"
        ),
        "dm": (
            rf"{_L}{pfx}{wdabs}{_DL}(?P<day>{_DAY}){_ORD}{rng}(?:{_S}of)?{_S}"
            rf"(?P<mon>{monf}|(?:{abbr})(?![a-z0-9])\.?)(?![a-z0-9]){year_tail}{sfx}"
        ),
        "md": (
            rf"{_L}{pfx}{wdabs}(?P<mon>{monx})(?![a-z0-9])\.?{_S}(?:the{_S})?(?P<day>{_DAY}){_ORD}"
            # "January 14-15", "between January 14 and 15," (not "on January 14 and 15 people")
            rf"(?:(?:{_S}?(?:-|/|to|into){_S}?|{_S}and{_S}(?=[0-9]{{1,2}}{_ORD}(?:{_S}?[,;)]|,?{_S}{_YEAR})))"
            rf"(?P<day2>{_DAY}){_ORD})?"
            rf"(?![.:,][0-9]){year_tail}{sfx}"
        ),
        "num": (
            # a night or a span of days told before one full date: "the night of 14 to 15.01.2019",
            # "14-15.01.2019", "14./15.01.2019"
            rf"{_L}{pfx}{wdabs}{_DL}(?:(?P<nd0>3[01]|[12][0-9]|0?[1-9])\.?{_S}?(?:-|/|to|and){_S}?(?=[0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}))?"
            rf"(?:(?P<nd>3[01]|[12][0-9]|0?[1-9])(?P<sep>[./-])"
            rf"(?P<nm>3[01]|[12][0-9]|0?[1-9])(?P=sep)(?P<ny>{_YEAR})"
            rf"|(?P<iy>{_YEAR})(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)"
            rf"(?P<id>3[01]|[12][0-9]|0?[1-9])"
            rf"|(?P<sd>3[01]|[12][0-9]|0?[1-9])(?P<ssep>[./])(?P<sm>1[0-2]|0?[1-9])(?:(?P=ssep)(?P<sy>[0-9]{{2}}))?)"
            rf"(?![0-9])(?![./-][0-9]){sfx}"
        ),
        "month": (
            rf"{_L}(?:(?:{_alt(_MONTH_MODIFIERS)}){_S}){{0,2}}"
            rf"(?:(?P<mpart>{_alt(_MONTH_PARTS)})(?:{_S}|{_S}?-{_S}?))?(?P<mon>{monf}){_R}"
            rf"(?:,?{_S}(?:of{_S})?(?P<year>{_YEAR})|{_S}(?:of{_S})?(?P<rely>{rel_year}){_S}year{_R})?"
        ),
        "year": (
            rf"{_L}(?:(?:{_alt(_YEAR_MODIFIERS)}){_S}){{0,2}}(?:(?P<ypart>early|late|mid)(?:{_S}|{_S}?-{_S}?))?"
            rf"(?<![\w.:/])(?P<year>{_YEAR})(?![0-9a-z])(?!{_S}?[-/.]{_S}?[0-9])(?![.,][0-9])"
            rf"(?!{_S}(?:hours|hrs|gmt|utc|local|h){_R})"
        ),
        "season": (
            rf"{_L}(?:(?:{_alt(_SEASON_MODIFIERS)}){_S}){{0,2}}(?:(?P<spart>early|late|mid)(?:{_S}|{_S}?-{_S}?))?"
            rf"(?P<season>{seasons}){_R}(?:(?:{_S}of)?{_S}(?P<year>{_YEAR})"
            rf"|{_S}of{_S}(?P<rely>last|this|next){_S}year{_R}|{_S}(?P<rely2>last|this){_S}year{_R})?"
        ),
        "rel": (
            rf"{_L}(?:(?P<rmod>late|early|earlier|later){_S}(?:on{_S})?)?(?P<phrase>{_alt(r.relative)}){_R}"
            rf"(?:{_S}(?:in{_S}the{_S}|at{_S})?(?P<rpod>{pod}){_R})?"
        ),
        # "on the 26th", "on the 5th of this month": a day of the current (or named relative) month
        "ord": (
            rf"{_L}(?P<mods>(?:(?:{_alt(_DAY_MODIFIERS)}){_S}){{0,2}})(?:(?P<on>on|since|by|until|till|from){_S})?"
            rf"(?P<podof>(?:in{_S})?the{_S}(?:{pod}){_S}of{_S})?"  # "on the morning of the 17th"
            rf"the{_S}(?P<day>{_DAY})(?:st|nd|rd|th)(?![a-z0-9])"
            rf"(?:{_S}of{_S}(?P<relm>this|last|the{_S}same|the{_S}previous|the{_S}current){_S}month{_R})?"
            rf"(?!{_S}(?:{_alt(_ORDINAL_NOUNS)}){_R}){sfx}"
        ),
        "vague": rf"{_L}(?P<phrase>{_alt(r.vague)}){_R}",
        # "on Christmas Day", "late on New Year's Eve 2023"
        "feast": rf"{_L}{pfx}(?P<feast>{_alt(r.feasts) if r.feasts else '(?!)'}){_R}{year_tail}{sfx}",
        "pod": rf"{_L}(?P<phrase>{_alt(r.pod_phrases)}){_R}",
        "count": (
            rf"{_L}(?:(?P<lead>{_alt(_COUNT_LEADS)}){_S})?"
            rf"(?P<num>[0-9]{{1,3}}(?![0-9.,][0-9])|{_number_regex(r.numbers)}|{_alt(r.fuzzy)})"
            rf"(?:{_S}|-)(?P<unit>{_alt(r.units)}){_R}(?:{_S}(?P<dir>{_alt(r.directions)}){_R})?"
        ),
    }
    compiled = {k: re.compile(v) for k, v in regex.items()}
    # Trigger words -> the regexes worth trying there.  Digits are triggers of their own (_triggers).
    trig: dict[str, set[str]] = {}
    for w in r.weekdays:
        trig.setdefault(w, set()).update(("wd1", "wdr"))
    for w in r.weekday_abbrevs:
        trig.setdefault(w, set()).add("wd1")
    for w in r.months:
        trig.setdefault(w, set()).update(("dm", "md", "month"))
    for w in r.month_abbrevs:
        trig.setdefault(w, set()).update(("dm", "md"))
    for w in r.seasons:
        trig.setdefault(w, set()).add("season")
    for name, phrases in (("rel", r.relative), ("vague", r.vague), ("pod", r.pod_phrases), ("count", r.units),
                          ("feast", r.feasts)):
        for phrase in phrases:
            words = phrase.replace("'", " ").split()
            for w in [w for w in words if w not in _STOP] or words[-1:]:
                trig.setdefault(w, set()).add(name)
    vocab: set[str] = set()
    for group in (
        _DAY_MODIFIERS, _AT_POD, _MONTH_MODIFIERS, _MONTH_PARTS, _YEAR_MODIFIERS,
        _SEASON_MODIFIERS, _COUNT_LEADS, r.part_of_day, r.relative, r.vague, r.pod_phrases,
        r.numbers, r.fuzzy, r.weekdays, r.weekday_abbrevs, r.months, r.month_abbrevs,
        ("the", "on", "of", "between", "and", "to", "into", "night", "evening", "hours"),
    ):
        for phrase in group:
            vocab.update(phrase.replace("'", " ").replace("-", " ").split())
    vocab.update(["late", "early", "earlier", "later", "mid"])

    local_alt = _alt(r.local_markers)
    utc_alt = _alt(r.utc_markers)
    eastern_alt = _alt(r.eastern_markers)
    return DateRules(
        **{
            **{f: getattr(r, f) for f in r.__dataclass_fields__},
            "regex": compiled,
            "trigger_names": {w: tuple(n for n in _REGEX_ORDER if n in names) for w, names in trig.items()},
            "vocab": frozenset(vocab),
            "firsts": _first_words(r),
            "clock": re.compile(_CLOCK),
            "pod_word": re.compile(rf"{_L}(?:{pod}){_R}"),
            "zone_local": re.compile(rf"[^\S\n]*[(,\[]?[^\S\n]*(?:{local_alt}){_R}"),
            "zone_utc": re.compile(rf"[^\S\n]*[(,\[]?[^\S\n]*(?:{utc_alt}){_R}(?P<off>[+-][0-9]{{1,2}}(?::?[0-9]{{2}})?)?"),
            "zone_eastern": re.compile(rf"[^\S\n]*[(,\[]?[^\S\n]*(?:{eastern_alt}){_R}"),
        }
    )


def _firsts(*groups: Any) -> set[str]:
    return {p.replace("-", " ").split()[0] for g in groups for p in g}


def _first_words(r: DateRules) -> dict[str, frozenset[str]]:
    """For each grammar regex, the words a match can start with ("#" = a number): a start
    whose first word is not among them is not worth a regex call."""
    pfx = _firsts(_DAY_MODIFIERS, _AT_POD, ("on", "in", "the"))
    days = set(r.weekdays) | set(r.weekday_abbrevs)
    parts = {"early", "late", "mid"}
    firsts = {
        "wd1": pfx | days,
        "wdr": pfx | set(r.weekdays),
        "dm": pfx | days | {"#"},
        "md": pfx | days | set(r.months) | set(r.month_abbrevs),
        "num": pfx | days | {"#"},
        "month": _firsts(_MONTH_MODIFIERS, _MONTH_PARTS, r.months),
        "year": _firsts(_YEAR_MODIFIERS) | parts | {"#"},
        "season": _firsts(_SEASON_MODIFIERS, r.seasons) | parts,
        "rel": _firsts(r.relative) | {"late", "early", "earlier", "later"},
        "vague": _firsts(r.vague),
        "pod": _firsts(r.pod_phrases),
        "count": _firsts(_COUNT_LEADS, r.numbers, r.fuzzy) | {"#"},
        "ord": pfx,
        "feast": pfx | _firsts(r.feasts),
    }
    return {k: frozenset(v) for k, v in firsts.items()}


_CLOCK = (
    r"(?<![0-9.:,/])(?:"
    r"(?P<h12>1[0-2]|0?[1-9])(?:[.:](?P<m12>[0-5][0-9]))?[^\S\n]?(?P<ap>[ap])\.?[^\S\n]?m(?![a-z])\.?"
    r"|(?P<h24>[01]?[0-9]|2[0-3])(?:[:h])(?P<m24>[0-5][0-9])(?![0-9:])"
    r"|(?P<hd>[01]?[0-9]|2[0-3])\.(?P<md>[0-5][0-9])(?![0-9])"
    r"(?=[^\S\n]*(?:local|gmt|utc|hrs|hours|h\b|\(|damascus|syria|baghdad))"
    r"|(?P<h4>[01][0-9]|2[0-3])(?P<m4>[0-5][0-9])(?=[^\S\n]?(?:hrs|hours|h\b|local|gmt|utc|z\b|lt\b))"
    r"|(?<=at )(?P<word>noon|midday|midnight)(?![a-z])"
    r")"
)


@lru_cache(maxsize=1)
def default_rules() -> DateRules:
    """The project lexicon, loaded and compiled once per process."""
    return load_rules(DATES_RULES)


# ---------------------------------------------------------------------------------------
# Finding


@lru_cache(maxsize=16)
def _fold(text: str) -> tuple[str, str]:
    """The text in lower case with straight apostrophes and hyphens (same length), and reversed."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u2013", "-"), ("\u2014", "-"),
                 ("\u2010", "-"), ("\u2011", "-"), ("\u00a0", " "), ("\u060c", ",")):
        if a in low:
            low = low.replace(a, b)
    # Other non-ASCII characters become "?" (one for one): the grammar is ASCII, and an
    # ASCII string makes `str.find` and the regexes several times faster.
    low = low.encode("ascii", "replace").decode("ascii")
    return low, low[::-1]


_REV_WORD = re.compile(
    r"(?:[^\S\n]{0,3}[,.\-/][^\S\n]{0,3}|[^\S\n]{1,4}|[^\S\n]{0,3}\n[^\S\n]{0,3})([a-z0-9']+)"
)
_DIGITS = re.compile(r"[0-9][0-9]*")


def _is_number_token(w: str) -> bool:
    return w.isdigit() or (w[-2:] in _ORDINALS and w[:-2].isdigit())


def _prefix_starts(rules: DateRules, low: str, rlow: str, pos: int, start: int) -> list[tuple[int, str]]:
    """(start, first word) of the run of modifier-like words right before `pos`, farthest
    first; numbers are reported as "#"."""
    n = len(low)
    q, limit = n - pos, n - start
    starts = []
    for _ in range(6):
        m = _REV_WORD.match(rlow, q, limit)
        if not m:
            break
        word = m.group(1)[::-1]
        if word not in rules.vocab:
            if not _is_number_token(word):
                break
            word = "#"
        q = m.end()
        starts.append((n - q, word))
    starts.reverse()
    return starts


_LETTER_RUN = re.compile(r"[a-z]+")
_trigger_words: list = [None, None]  # the rules whose trigger words the automaton finds, and it
# The copy of the folded (ASCII) text the trigger words are looked up in: a letter a-z stands as
# itself, a digit as "#", any other character as "\x02", one more "\x02" before and after the text
# (index i + 1 is text index i).  A word's keys, "\x02" + word + "\x02" or "#", are found only where
# it is a whole run of letters not after a digit, as a trigger word must be (_trigger_words_in); in
# that copy the automaton's root has one way on, and most characters are passed over at once.
_WORD_EDGE = "\x02"
_TRIGGER_KINDS = bytes(c if 97 <= c <= 122 else ord("#") if 48 <= c <= 57 else ord(_WORD_EDGE) for c in range(256))


def _trigger_automaton(rules: DateRules) -> ahocorasick.Automaton | None:
    """Every trigger word of `rules`, found in one pass of the text's copy `_TRIGGER_KINDS` (the
    rules are kept, so `is` tells them); None when there are none."""
    if _trigger_words[0] is not rules:
        found = None
        if any(map(_LETTER_RUN.fullmatch, rules.trigger_names)):
            found = ahocorasick.Automaton()
            for word in rules.trigger_names:
                if _LETTER_RUN.fullmatch(word):  # only a run of letters a-z is read as a word
                    for after in (_WORD_EDGE, "#"):  # (a digit may follow it: "march2024")
                        found.add_word(_WORD_EDGE + word + after, len(word))
            found.make_automaton()
        _trigger_words[:] = [rules, found]
    return _trigger_words[1]


def _trigger_words_in(rules: DateRules, text: str, low: str) -> tuple[list, list, list, list]:
    """(starts, entries, run ends, runs): every trigger word of the whole text, as (start, end,
    regex names to try), sorted, and their starts (for bisect); its runs of digits (start, end)
    and their ends.  Whether a word counts does not depend on the range asked about (a whole
    run of letters, not after a digit), so an article's lines and sentences take theirs from
    one pass, kept for the text asked about last."""
    known = _words_in[0]  # read once: another thread may replace it
    if known[0] is rules and known[1] is low:
        return known[2]
    names_of = rules.trigger_names
    entries = []
    # A trigger word is a whole run of letters a-z, not after a digit: in the copy of the text
    # _TRIGGER_KINDS makes, its key ends one past the word (the copy is one longer at the front)
    words = _trigger_automaton(rules)
    kinds = _WORD_EDGE + low.encode("ascii").translate(_TRIGGER_KINDS).decode("ascii") + _WORD_EDGE if words is not None else ""
    for e, size in words.iter(kinds) if words is not None else ():
        e -= 1  # (the key's last character stands at e in the copy: right after the word, at e - 1 in the text)
        s = e - size
        word = low[s:e]
        names = names_of[word]
        if not names:
            continue
        if names[0] != "dm" or text[s].isupper() or (word in rules.months and word not in rules.context_months):
            entries.append((s, e, names))
    entries.sort()
    # the runs of digits too (`low` is ASCII: a digit is 0-9): a range's own are these, cut at its edges
    runs = [m.span() for m in _DIGITS.finditer(low)]
    found = ([s for s, _, _ in entries], entries, [e for _, e in runs], runs)
    _words_in[0] = (rules, low, found)
    return found


# (the rules, the folded text, its trigger words) asked about last (_trigger_words_in)
_words_in: list[tuple] = [(None, None, None)]


def _triggers(rules: DateRules, text: str, low: str, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, regex names to try) for every trigger word and date-like number in low[start:end]."""
    found: dict[int, tuple[int, tuple[str, ...]]] = {}
    # a word of the range: one of the text's that starts in it and ends by its end (a word cut
    # by an edge of the range is a piece of a longer run of letters: none)
    starts, entries, run_ends, runs = _trigger_words_in(rules, text, low)
    for s, e, names in entries[bisect_left(starts, start) : bisect_left(starts, end)]:
        if e <= end:
            found[s] = (e, names)
    # the numbers of the range: the text's runs of digits that reach into it, cut at its edges
    # (what `_DIGITS.finditer(low, start, end)` finds)
    for s, e in runs[bisect_right(run_ends, start) :]:
        if s >= end:
            break
        s, e = max(s, start), min(e, end)
        tok = low[s:e]
        nxt = low[e : e + 2]
        # "14.01.2019", and the German "14./15.01.2019"
        numeric = len(nxt) == 2 and nxt[0] in "./-" and (nxt[1].isdigit() or nxt == "./")
        if len(tok) == 4 and tok[:2] in ("19", "20"):
            found[s] = (e, ("num", "year") if numeric else ("year",))
        elif len(tok) <= 2 and numeric:
            found[s] = (e, ("num",))
        elif len(tok) <= 2 and nxt in _ORDINALS and low[max(0, s - 4) : s] == "the ":
            found[s] = (e, ("ord",))
    return sorted((s, e, names) for s, (e, names) in found.items())


# (the rules, the text, {(start, end): its expressions}) for the text asked about last: an article's
# lines and sentences are asked about again (its publication date, its posts' stamps, its incidents)
_asked: list[tuple] = [(None, None, {})]


# the basis of a date that opens a range of days ("4-10 August 2024"): a span, not the day of one event
RANGE_START = "first day of the range"


def find_time_expressions(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """All temporal expressions in text[start:end], offsets into `text`, sorted, non-overlapping (longest wins)."""
    rules = default_rules()
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    if start >= end:
        return []
    asked = _asked[0]  # read once: another thread may replace it
    if asked[0] is not rules or asked[1] is not text:
        asked = _asked[0] = (rules, text, {})
    found = asked[2].get((start, end))
    if found is None:
        found = asked[2][start, end] = _find_time_expressions(rules, text, start, end)
    return list(found)


def _find_time_expressions(rules: DateRules, text: str, start: int, end: int) -> list[TimeExpr]:
    low, rlow = _fold(text)
    triggers = _triggers(rules, text, low, start, end)
    weekday_starts = [s for s, _, names in triggers if "wd1" in names]
    tried: dict[tuple[str, int], re.Match[str] | None] = {}
    cands: dict[tuple[int, int], TimeExpr] = {}
    for t_start, t_end, names in triggers:
        word = low[t_start:t_end]
        starts = _prefix_starts(rules, low, rlow, t_start, start)
        starts.append((t_start, "#" if word[0].isdigit() else word))
        for name in names:
            if name == "wdr" and not any(t_end < w <= t_end + 48 for w in weekday_starts):
                continue  # a night range needs a second weekday close by
            rx = rules.regex[name]
            firsts = rules.firsts[name]
            for s, first in starts:
                if first not in firsts:
                    continue
                key = (name, s)
                if key not in tried:
                    tried[key] = rx.match(low, s, end)
                m = tried[key]
                if m is None or m.end() <= t_start:
                    continue
                expr = _BUILDERS[name](rules, text, low, m)
                if expr is not None:
                    span_key = (expr.span.start, expr.span.end)
                    old = cands.get(span_key)
                    if old is None or _PRIORITY[expr.kind] < _PRIORITY[old.kind]:
                        cands[span_key] = expr
                    break
    return _hour_then_day(text, _longest_first(list(cands.values())))


def _hour_then_day(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"at dawn today", "at noon yesterday": a part of the day written just before the day it
    belongs to is one expression, the day's, as "today at dawn" is."""
    out: list[TimeExpr] = []
    for e in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "part_of_day" and e.kind in {"relative_day", "weekday"} \
                and e.part_of_day is None and not text[prev.span.end : e.span.start].strip():
            out[-1] = replace(e, span=_span(text, prev.span.start, e.span.end), part_of_day=prev.part_of_day)
            continue
        out.append(e)
    return out


def _longest_first(cands: list[TimeExpr]) -> list[TimeExpr]:
    """Keep the longest of overlapping expressions (ties: the more specific kind, then the earlier)."""
    cands.sort(key=lambda x: (-(x.span.end - x.span.start), _PRIORITY[x.kind], x.span.start))
    starts: list[int] = []
    chosen: list[TimeExpr] = []
    for c in cands:
        i = bisect_right(starts, c.span.start)
        if i and chosen[i - 1].span.end > c.span.start:
            continue
        if i < len(chosen) and chosen[i].span.start < c.span.end:
            continue
        starts.insert(i, c.span.start)
        chosen.insert(i, c)
    return chosen


# ---------------------------------------------------------------------------------------
# Turning matches into TimeExpr


def _span(text: str, s: int, e: int) -> Span:
    return Span(s, e, text[s:e])


def _mods(m: re.Match[str]) -> list[str]:
    """The modifier words ("late on", "last") that lead a day or date expression."""
    return (m.group("mods") or "").split()


def _words_before(low: str, m: re.Match[str], group: str) -> list[str]:
    return low[m.start() : m.start(group)].replace("-", " ").replace(",", " ").split()


_WHICH_RX = re.compile(
    r"(?<![a-z])(?:" + "|".join(re.escape(k) for k in sorted(_WHICH, key=len, reverse=True)) + r")(?![a-z])"
)


def _which_and_modifier(words: list[str]) -> tuple[str, str]:
    """("last"/"this"/"next"/"previous"/"following" or "", modifiers such as "late since")."""
    m = _WHICH_RX.search(" ".join(words))
    mods: list[str] = []
    for w in words:
        w = _PART_WORDS.get(w, w)
        if w in _MODIFIER_WORDS and w not in mods:
            mods.append(w)
    return (_WHICH[m.group()] if m else ""), " ".join(mods)


def _pod_of(rules: DateRules, phrase: str | None) -> str | None:
    """The part of day a phrase names ("in the early hours" -> morning), or None."""
    if not phrase:
        return None
    words = _norm(phrase).split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if tail in rules.pod_phrases:
            return rules.pod_phrases[tail]
        if tail in rules.part_of_day:
            return rules.part_of_day[tail]
    return None


def _day_pod(rules: DateRules, low: str, m: re.Match[str], core: str) -> str | None:
    """Part of day for a day expression: an explicit word wins over "late"/"early"/"overnight"."""
    pod = _pod_of(rules, m.groupdict().get("sfxpod"))
    if pod:
        return pod
    before = low[m.start() : m.start(core)]
    if not before:
        return None
    found = rules.pod_word.findall(before)
    if found:
        return rules.part_of_day[_norm(found[-1])]
    for w in before.split():
        if w in rules.modifier_part_of_day:
            return rules.modifier_part_of_day[w]
    return None


def _capitalised(text: str, i: int) -> bool:
    return text[i : i + 1].isupper()


@lru_cache(maxsize=1)
def weekday_names() -> str:
    """A regex alternation of the lexicon's weekday names ("wednesday|thursday|..."), for a rule
    elsewhere that names a day (match it case-insensitively)."""
    return _alt(default_rules().weekdays)


@lru_cache(maxsize=1)
def month_names() -> str:
    """A regex alternation of the lexicon's full month names ("september|february|..."), for a rule
    elsewhere that names a month (match it case-insensitively)."""
    return _alt(default_rules().months)


def _weekday_index(rules: DateRules, name: str) -> int:
    """0 = Monday, for a full name or an abbreviation with its period ("Thurs.")."""
    key = _norm(name)
    return rules.weekdays[key] if key in rules.weekdays else rules.weekday_abbrevs[key.rstrip(".")]


def _build_weekday(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    which, modifier = _which_and_modifier(_mods(m))
    if m.groupdict().get("wkrel"):
        which = "this" if m.group("wkrel") == "this" else "last week"
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="weekday",
        weekday=_weekday_index(rules, m.group("wd")),
        which=which,
        modifier=modifier,
        part_of_day=_day_pod(rules, low, m, "wd"),
    )


def _build_weekday_range(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    before = low[m.start() : m.start("wd")]
    dash = m.group("join").strip() in ("-", "/")
    nightly = (
        "night" in before
        or "evening" in before
        or m.group("rnight") is not None
        or (dash and m.group("sfxpod") in ("night", "evening"))
    )
    if not nightly:
        return None
    if (rules.weekdays[_norm(m.group("wd2"))] - rules.weekdays[_norm(m.group("wd"))]) % 7 != 1:
        return None  # "on Friday — Thursday evening in Washington": one time in two zones, not a night
    pod = "evening" if "evening" in (before + (m.group("rnight") or "")) else "night"
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="night_range",
        weekday=rules.weekdays[_norm(m.group("wd"))],
        weekday_end=rules.weekdays[_norm(m.group("wd2"))],
        modifier=_which_and_modifier(_mods(m))[1],
        part_of_day=pod,
    )


def _month_number(rules: DateRules, text: str, m: re.Match[str]) -> int | None:
    """The month of a calendar date; a lower-case name counts only if it is not also an
    ordinary word ("17 december" yes, "3 may" no) and never as an abbreviation."""
    name = _norm(m.group("mon")).rstrip(".")
    if not _capitalised(text, m.start("mon")) and (name in rules.context_months or name not in rules.months):
        return None
    return rules.months.get(name) or rules.month_abbrevs.get(name)


def _abs_weekday(rules: DateRules, text: str, m: re.Match[str]) -> tuple[bool, int | None]:
    """(ok, weekday index) for an optional weekday before a calendar date."""
    if m.group("awd") is None:
        return True, None
    name = _norm(m.group("awd"))
    if name in rules.weekdays:
        return True, rules.weekdays[name]
    if not _capitalised(text, m.start("awd")):
        return False, None
    return True, rules.weekday_abbrevs.get(name)


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(day: int, month: int, year: int | None) -> bool:
    if year is None:
        return 1 <= day <= _MONTH_DAYS[month - 1]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _first_group(m: re.Match[str], names: tuple[str, ...]) -> str:
    """The matched group among `names` that starts first."""
    return min((n for n in names if m.group(n) is not None), key=m.start)


def _build_calendar(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    month = _month_number(rules, text, m)
    ok, weekday = _abs_weekday(rules, text, m)
    if month is None or not ok:
        return None
    day = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    rely = m.group("rely")
    day2 = int(m.group("day2")) if m.group("day2") else None
    if not _valid_day(day, month, year) or (day2 is not None and not _valid_day(day2, month, year)):
        return None
    if day2 is not None and day2 <= day:
        return None  # "Deir Ezzor 24 – 19 January 2025": an outlet's name before a date, not days 24 to 19
    core = _first_group(m, ("awd", "day", "mon"))
    first = m.start(core)
    which, modifier = _which_and_modifier(_mods(m))
    pod = _day_pod(rules, low, m, core)
    before = low[m.start() : first]
    night = day2 is not None and ("night" in before or "overnight" in before or pod == "night")
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="night_range" if night else "absolute",
        weekday=weekday,
        day=day,
        day_end=day2,
        month=month,
        year=year,
        year_offset=_year_offset(rely),
        which=which,
        modifier=modifier,
        part_of_day="night" if night else pod,
    )


# "on 08/11", and a night told by its day: "in the night of 22.08", "the night from 5.2. to 6.2."
_ON_BEFORE = re.compile(r"\b(?:on|(?:night|evening|morning|afternoon|hours|dawn)\s+(?:of|from|between|to|into))\s+$")
# (in the folded text: a dash is "-", a bullet "?")
_LINE_OPEN = re.compile(r"[^\S\n]*(?:[-*?][^\S\n]*)?")
_ITEM_DASH = re.compile(r"\.?[^\S\n]*[-:|][^\S\n]")


def _build_numeric(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    ok, weekday = _abs_weekday(rules, text, m)
    if not ok:
        return None
    swappable = False
    if m.group("nd"):
        day, month, year = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
        if month > 12:  # 03/25/2023 cannot be day-month-year: read it month-day-year
            if day > 12:
                return None
            day, month = month, day
        swappable = m.group("sep") == "/" and day <= 12 and month <= 12 and day != month
    elif m.group("iy"):
        day, month, year = int(m.group("id")), int(m.group("im")), int(m.group("iy"))
    else:
        # "struck a depot near al-Mayadin on 08/11": day and month, only after "on" (not "24/7", not a score)
        # or a day in a digest's brackets: "Shaddadi (20.12, drone shot down)"
        bracketed = low[m.start("sd") - 1 : m.start("sd")] == "(" and low[m.end("sm") : m.end("sm") + 1] in {",", ")"} \
            and len(m.group("sd")) == len(m.group("sm")) == 2
        # or a day a weekday names: "Thu 05.02 — IED hit ...", "Sunday 08.02, late night"
        named = weekday is not None and len(m.group("sd")) == len(m.group("sm")) == 2
        # or a digest's item that opens on its day: "14.01 - an IED killed ...", "- 16/01: jets struck ..."
        leading = len(m.group("sd")) == len(m.group("sm")) == 2 and _LINE_OPEN.fullmatch(low, low.rfind("\n", 0, m.start("sd")) + 1, m.start("sd")) is not None \
            and _ITEM_DASH.match(low, m.end("sm")) is not None
        if not (bracketed or named or leading or _ON_BEFORE.search(low[max(0, m.start("sd") - 20) : m.start("sd")])) \
                or m.group("sd", "sm") == ("24", "7"):
            return None
        day, month, year = int(m.group("sd")), int(m.group("sm")), None
        if m.group("sy"):  # "on 16/12/23", "on 16.12.23": a two-digit year
            year = 2000 + int(m.group("sy"))
            swappable = m.group("ssep") == "/" and day <= 12 and day != month
    if not _valid_day(day, month, year):
        return None
    core = "awd" if m.group("awd") else ("nd0" if m.group("nd0") else "nd" if m.group("nd") else "iy" if m.group("iy") else "sd")
    pod = _day_pod(rules, low, m, core)
    day_end = None
    if m.group("nd0"):  # "14 to 15.01.2019": the span starts on its first day
        if not 0 < day - int(m.group("nd0")) <= 2 or swappable:
            return None
        day, day_end = int(m.group("nd0")), day
    night = day_end is not None and ("night" in low[m.start() : m.start(core)] or pod == "night")
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="night_range" if night else "absolute",
        weekday=weekday,
        day=day,
        day_end=day_end,
        month=month,
        year=year,
        modifier=_which_and_modifier(_mods(m))[1],
        part_of_day="night" if night else pod,
        swappable=swappable,
    )


_CONTEXT_WORDS = frozenset(
    "in during since by until till from through throughout before after last this next past "
    "coming early late mid of for between around as starting beginning ending end start middle "
    "half week days closing".split()
)


def _build_month(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    name = _norm(m.group("mon"))
    if name not in rules.months:
        return None
    words = _words_before(low, m, "mon")
    context = bool(set(words) & _CONTEXT_WORDS) or m.group("year") or m.group("rely")
    capital = _capitalised(text, m.start("mon"))
    if (name in rules.context_months or not capital) and not context:
        return None
    if not capital and name in rules.context_months:
        return None
    if not context and not words:
        # A bare month name: "February's strikes" yes, "August Pfluger" (a name) no.
        after = text[m.end() : m.end() + 2]
        if after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper()):
            return None
    which, modifier = _which_and_modifier(words)
    rely = m.group("rely")
    year_offset = _year_offset(rely)
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="month",
        month=rules.months[name],
        year=int(m.group("year")) if m.group("year") else None,
        year_offset=year_offset,
        which="" if rely else which,
        modifier=modifier,
    )


# "• 2021: rockets hit the al-Omar oil field": a timeline's item stamped by its year alone
_ITEM_OPENING = re.compile(r"[ \t]*(?:[^\w\s]{1,3}[ \t]*)?")  # (the bullet may be folded to "?" in `low`)
_ITEM_STAMP_END = re.compile(r"[ \t]*[:–—]|[ \t]+-[ \t]")


def _stamps_an_item(low: str, m: re.Match[str]) -> bool:
    """Whether the year opens a line (after a bullet, if any) and is set off by a colon or a dash."""
    line_start = low.rfind("\n", 0, m.start()) + 1
    return _ITEM_OPENING.fullmatch(low, line_start, m.start()) is not None and _ITEM_STAMP_END.match(low, m.end()) is not None


def _build_year(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    words = _words_before(low, m, "year")
    if not words and not _stamps_an_item(low, m):
        return None
    _, modifier = _which_and_modifier(words)
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="year",
        year=int(m.group("year")),
        modifier=modifier,
    )


_OF_SOMETHING = re.compile(rf"{_S}of{_S}(?!(?:19|20)[0-9][0-9])")


def _build_season(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    word = _norm(m.group("season"))
    words = _words_before(low, m, "season")
    rely = m.group("rely") or m.group("rely2")
    year = int(m.group("year")) if m.group("year") else None
    which, modifier = _which_and_modifier(words)
    if year is None and not rely:
        if _OF_SOMETHING.match(low, m.end()):  # "the fall of Raqqa", "the summer of discontent"
            return None
        strong = set(words) - {"the", "of"}
        if not strong:
            return None
        if word == "fall" and not (which or modifier in ("early", "late", "mid") or {"in", "during", "over"} & strong and "the" in words):
            return None
    year_offset = {"last": -1, "this": 0, "next": 1}[rely] if rely else None
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="season",
        season=rules.seasons[word][0],
        year=year,
        year_offset=year_offset,
        which="" if (rely or year) else which,
        modifier=modifier,
    )


_NON_NOUN = frozenset(
    "and or but when while as in at on with amid according said says say to from near north "
    "south east west inside outside against around after before by yesterday today earlier later "
    "then that was were is are had has have would could will also again".split()
)
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}([a-z][a-z'-]*)")
_REFERENCE = re.compile(r"[^\S\n]{1,3}([^.,;:!?()\n\"]{1,60})")


def _named_reference(low: str, text: str, end: int) -> str:
    """The event a "before"/"after" phrase is relative to ("the day after the anniversary"), or ""."""
    m = _NEXT_WORD.match(low, end)
    if not m or m.group(1) in _NON_NOUN:
        return ""
    ref = _REFERENCE.match(text, end)
    return ref.group(1).strip() if ref else m.group(1)


def _relative_kind(base: str, unit: str) -> str:
    if base != "published":
        return "anchor_relative"
    return {"day": "relative_day", "week": "week", "weekend": "week", "month": "month", "year": "year"}[unit]


def _build_relative(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    phrase = _norm(m.group("phrase"))
    entry = rules.relative[phrase]
    if phrase == "today" and _after_capitalised_word(text, m.start("phrase")):
        return None  # "USA Today", "Syria Today": an outlet, not a date
    end = m.end()
    pod = entry.part_of_day
    if m.group("rpod"):
        if entry.unit == "day" and pod is None:
            pod = rules.part_of_day[_norm(m.group("rpod"))]
        else:
            end = m.end("phrase")
    rmod = m.group("rmod")
    if pod is None and rmod in rules.modifier_part_of_day and entry.unit == "day":
        pod = rules.modifier_part_of_day[rmod]
    base, reference = entry.base, ""
    if entry.named_reference and end == m.end("phrase"):
        reference = _named_reference(low, text, end)
        if reference:
            base = "named"
    return TimeExpr(
        span=_span(text, m.start(), end),
        kind=_relative_kind(entry.base, entry.unit),
        unit=entry.unit,
        offset=entry.offset,
        base=base,
        modifier=rmod or "",
        part_of_day=pod,
        reference=reference,
    )


def _after_capitalised_word(text: str, i: int) -> bool:
    if not _capitalised(text, i):
        return False
    j = i - 1
    if j < 0 or text[j] != " ":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < j and text[k].isupper()


def _build_vague(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    return TimeExpr(span=_span(text, m.start(), m.end()), kind="vague")


_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1, "previous": -1, "following": 1}


def _year_offset(rely: str | None) -> int | None:
    """The year a "last year", "this year", "the previous year" after a day or month counts from publication."""
    return _YEAR_OFFSETS[_norm(rely).split()[-1]] if rely else None


def _build_feast(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    month, day = rules.feasts[_norm(m.group("feast"))]
    rely = m.group("rely")
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="absolute",
        day=day,
        month=month,
        year=int(m.group("year")) if m.group("year") else None,
        year_offset=_year_offset(rely),
        modifier=_which_and_modifier(_mods(m))[1],
        part_of_day=_day_pod(rules, low, m, "feast"),
    )


def _build_pod(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="part_of_day",
        part_of_day=rules.pod_phrases[_norm(m.group("phrase"))],
    )


def _count(rules: DateRules, token: str) -> int | None:
    token = _norm(token.replace("-", " "))
    if token.isdigit():
        return int(token)
    if token in rules.numbers:
        return rules.numbers[token]
    words = token.split()
    if len(words) == 2 and all(w in rules.numbers for w in words):
        return rules.numbers[words[0]] + rules.numbers[words[1]]
    return None


def _build_count(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    lead = _norm(m.group("lead") or "")
    direction = _norm(m.group("dir") or "")
    num = _count(rules, m.group("num"))
    span = _span(text, m.start(), m.end())
    if not direction:
        if lead in _WINDOW_LEADS:
            return TimeExpr(span=span, kind="vague")  # "in the past 24 hours", "within two days"
        return None  # a duration ("three days of fighting"), not a point in time
    if num is None or num == 0 and direction not in ("later", "after"):
        return TimeExpr(span=span, kind="vague")  # "a few days ago"
    d = rules.directions[direction]
    unit = rules.units[_norm(m.group("unit"))]
    pod = "night" if _norm(m.group("unit")).startswith("night") else None
    if unit == "hour":
        unit, num = "day", num // 24
    base, reference = d.base, ""
    if d.named_reference:
        reference = _named_reference(low, text, m.end())
        if reference:
            base = "named"
    return TimeExpr(
        span=span,
        kind=_relative_kind(d.base, unit),
        unit=unit,
        offset=d.sign * num,
        base=base,
        part_of_day=pod,
        reference=reference,
    )


def _build_ordinal(rules: DateRules, text: str, low: str, m: re.Match[str]) -> TimeExpr | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    relm = m.group("relm") or ""
    if not (m.group("on") or relm or m.group("podof")):
        return None  # "the 26th" alone is too often something else; "on the 26th", "the night of the 26th" are days
    return TimeExpr(
        span=_span(text, m.start(), m.end()),
        kind="absolute",
        day=day,
        which="last" if relm.startswith(("last", "the previous")) else ("this" if relm else ""),
        modifier=_which_and_modifier(_mods(m))[1],
        part_of_day=_day_pod(rules, low, m, "day"),
    )


_BUILDERS = {
    "wd1": _build_weekday,
    "wdr": _build_weekday_range,
    "dm": _build_calendar,
    "md": _build_calendar,
    "num": _build_numeric,
    "month": _build_month,
    "year": _build_year,
    "season": _build_season,
    "rel": _build_relative,
    "vague": _build_vague,
    "pod": _build_pod,
    "count": _build_count,
    "ord": _build_ordinal,
    "feast": _build_feast,
}


# ---------------------------------------------------------------------------------------
# Resolving

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_Resolved = tuple[date | None, str, str]


def _unknown(basis: str) -> _Resolved:
    return None, "unknown", basis


def _as_date(value: date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _days(n: int) -> str:
    return f"{'+' if n > 0 else '-'} {abs(n)} day{'s' if abs(n) != 1 else ''}"


def _resolve_weekday(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    wd = e.weekday if e.weekday is not None else 0
    name = _DAY_NAMES[wd]
    if e.which == "next":
        return _unknown(f"future weekday ('next {name}'): not a past date")
    if e.which in ("previous", "following"):
        ref = anchor or pub
        label = "event date" if anchor else "publication date"
        if ref is None:
            return _unknown(f"'{e.which} {name}' with no event or publication date")
        if e.which == "previous":
            return _on_or_before(ref - timedelta(days=1), wd), "day", f"the {name} before the {label}"
        d = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        if pub is not None and d > pub:
            return _unknown(f"the {name} after the {label} is after publication (future)")
        return d, "day", f"the {name} after the {label}"
    if pub is None:
        return _unknown(f"{name} with no publication date: not resolved")
    if e.which == "last":
        d = _on_or_before(pub - timedelta(days=1), wd)
        return d, "day", f"the {name} before publication ('last {name}')"
    if e.which == "last week":
        d = _monday(pub) - timedelta(days=7 - wd)
        return d, "day", f"the {name} of the week before publication ('{name} last week')"
    if e.which == "this":
        d = _monday(pub) + timedelta(days=wd)
        if d > pub:
            # translated copy ("este domingo", "ce dimanche") means the one just past: an event is not in the future
            return _on_or_before(pub, wd), "day", f"'this {name}' after publication in the week: the most recent {name}"
        return d, "day", f"the {name} of the publication week"
    return _on_or_before(pub, wd), "day", f"most recent {name} on or before publication"


def _weekday_note(d: date, weekday: int | None) -> str:
    if weekday is None or d.weekday() == weekday:
        return ""
    return f"; the text's {_DAY_NAMES[weekday]} does not match (it was a {_DAY_NAMES[d.weekday()]})"


def _recent_day_month(pub: date, month: int, day: int) -> date | None:
    for year in range(pub.year, pub.year - 9, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= pub:
            return d
    return None


def _resolve_ordinal_day(e: TimeExpr, pub: date | None) -> _Resolved:
    """'on the 26th': the most recent 26th on or before publication ('of last month': the month before)."""
    if pub is None:
        return _unknown("a day of the month without a month, and no publication date")
    year, month = pub.year, pub.month
    if e.which == "last" or (e.which != "this" and (e.day or 0) > pub.day):
        year, month = _add_months(year, month, -1)
    for _ in range(1 if e.which else 3):  # a bare "on the 31st" in a 30-day month: the month before
        if _valid_day(e.day or 0, month, year):
            found = date(year, month, e.day or 1)
            if found > pub:
                return _unknown("a day of this month after publication")
            return found, "day", "day of the month; month from publication (most recent on or before it)"
        year, month = _add_months(year, month, -1)
    return _unknown("no such day of the month before publication")


def _resolve_absolute(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    if e.month is None and e.day is not None:
        return _resolve_ordinal_day(e, pub)
    month, day = e.month or 1, e.day or 1
    if e.year is not None:
        d = date(e.year, month, day)
        basis = "calendar date"
        if e.swappable and pub is not None and d > pub and date(e.year, day, month) <= pub:
            d = date(e.year, day, month)  # an American 03/12/2024 in a page published in March
            basis = "calendar date read month/day/year (day/month/year would be after publication)"
    elif pub is None:
        return _unknown("day and month without a year, and no publication date")
    elif e.year_offset is not None:  # "on October 7 last year"
        year = pub.year + e.year_offset
        if not _valid_day(day, month, year) or date(year, month, day) > pub:
            return _unknown("that day of that year is not on or before publication")
        d, basis = date(year, month, day), f"day and month of the year {year} (relative to publication)"
    else:
        found = _recent_day_month(pub, month, day)
        if (pub + timedelta(days=1)).timetuple()[1:3] == (month, day):
            # "on October 27" in a page dated October 26: already the next day where it happened (a
            # later time zone), not a day a year back that the page would have told with its year
            d, basis = pub + timedelta(days=1), "day and month; the day after publication (a later time zone)"
        elif found is None:
            return _unknown("no such day and month before publication")
        else:
            d = found
            basis = "day and month; year from publication (most recent on or before it)"
    basis += _weekday_note(d, e.weekday)
    if e.day_end is not None and e.kind == "absolute":
        basis += f"; {RANGE_START} {e.day}-{e.day_end}"
    return d, "day", basis


def _resolve_night(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    if e.day is not None:
        d, precision, basis = _resolve_absolute(e, pub, anchor)
        return d, precision, basis + "; a night is dated by the day it began"
    start_wd = e.weekday if e.weekday is not None else 0
    end_wd = e.weekday_end if e.weekday_end is not None else (start_wd + 1) % 7
    first, last = _DAY_NAMES[start_wd], _DAY_NAMES[end_wd]
    if pub is None:
        return _unknown(f"night of {first} to {last} with no publication date: not resolved")
    end = _on_or_before(pub, end_wd)
    gap = (end_wd - start_wd) % 7 or 7
    d = end - timedelta(days=gap)
    return d, "day", f"night of {first} to {last}, dated by the {first} it began ({last} on or before publication)"


def _resolve_relative(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    text = e.span.text
    if e.base == "named":
        return _unknown(f"relative to a named event ('{e.reference}'), not to a known date")
    if e.base == "anchor":
        ref = anchor or pub
        label = "event date" if anchor else "publication date (no event date given)"
        if ref is None:
            return _unknown(f"'{text}' with no event or publication date")
    else:
        ref, label = pub, "publication date"
        if ref is None:
            return _unknown(f"'{text}' with no publication date")
        if e.offset > 0:
            return _unknown(f"'{text}' is after publication (future)")
    d, precision, basis = _shift(ref, e.unit or "day", e.offset, label)
    if pub is not None and d > pub:
        return _unknown(f"'{text}' falls after publication (future)")
    return d, precision, basis


def _shift(ref: date, unit: str, k: int, label: str) -> _Resolved:
    """`ref` moved by k units, at that unit's precision."""
    if unit == "day":
        d = ref + timedelta(days=k)
        return d, "day", label if k == 0 else f"{label} {_days(k)}"
    if unit == "week":
        d = _monday(ref) + timedelta(days=7 * k)
        shift = "" if k == 0 else f" {'+' if k > 0 else '-'} {abs(k)} week{'s' if abs(k) != 1 else ''}"
        return d, "week", f"week of the {label}{shift} (dated by its Monday)"
    if unit == "weekend":
        if k < 0:  # the last weekend that is over: on a Saturday or a Sunday, the one before
            saturday = _on_or_before(ref - timedelta(days=2), 5)
            return _monday(saturday), "week", f"weekend of Saturday {saturday.isoformat()}, the last one over by the {label} (week dated by its Monday)"
        saturday = _on_or_before(ref, 5)
        return _monday(saturday), "week", f"weekend of Saturday {saturday.isoformat()}, on or before the {label} (week dated by its Monday)"
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, k)
        shift = "" if k == 0 else f" {'+' if k > 0 else '-'} {abs(k)} month{'s' if abs(k) != 1 else ''}"
        return date(y, m, 1), "month", f"month of the {label}{shift}"
    shift = "" if k == 0 else f" {'+' if k > 0 else '-'} {abs(k)} year{'s' if abs(k) != 1 else ''}"
    return date(ref.year + k, 1, 1), "year", f"year of the {label}{shift}"


def _resolve_month(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    if e.unit is not None:
        return _resolve_relative(e, pub, anchor)
    month = e.month or 1
    name = _MONTH_NAMES[month - 1]
    if e.year is not None:
        return date(e.year, month, 1), "month", "month and year"
    if pub is None:
        return _unknown(f"{name} without a year, and no publication date")
    if e.year_offset is not None:
        d = date(pub.year + e.year_offset, month, 1)
        if d > pub:
            return _unknown(f"{name} of that year is after publication (future)")
        return d, "month", f"{name} of the year {pub.year + e.year_offset} (relative to publication)"
    if e.which == "next":
        return _unknown(f"'next {name}' is after publication (future)")
    if e.which == "this":
        if month > pub.month:
            return _unknown(f"'this {name}' is after publication (future)")
        return date(pub.year, month, 1), "month", f"{name} of the publication year"
    if e.which == "last":
        year = pub.year if month < pub.month else pub.year - 1
        return date(year, month, 1), "month", f"the {name} before the publication month ('last {name}' said in {name} is a year ago)"
    year = pub.year if month <= pub.month else pub.year - 1
    return date(year, month, 1), "month", f"most recent {name} on or before publication"


def _resolve_year(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    if e.unit is not None:
        return _resolve_relative(e, pub, anchor)
    year = e.year or 1
    if pub is not None and year > pub.year:
        return date(year, 1, 1), "year", "year after publication (future)"
    return date(year, 1, 1), "year", "year"


def _resolve_season(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    name = e.season or "summer"
    start_month = default_rules().season_starts.get(name, 6)
    if e.year is not None:
        return date(e.year, start_month, 1), "season", f"{name} {e.year}, dated by its first day"
    if pub is None:
        return _unknown(f"{name} without a year, and no publication date")
    if e.year_offset is not None:
        d = date(pub.year + e.year_offset, start_month, 1)
        if d > pub:
            return _unknown(f"{name} of that year is after publication (future)")
        return d, "season", f"{name} of the year {d.year}, dated by its first day"
    year = pub.year if date(pub.year, start_month, 1) <= pub else pub.year - 1
    current = date(year, start_month, 1)
    y2, m2 = _add_months(year, start_month, 3)
    inside = pub < date(y2, m2, 1)
    if e.which == "next":
        return _unknown(f"'next {name}' is after publication (future)")
    if e.which == "this":
        # The season under way, or the one just gone ("this summer" said in January).
        if inside or (pub - date(y2, m2, 1)).days <= 183:
            return current, "season", f"this {name}: the one under way or just gone at publication, dated by its first day"
        return _unknown(f"'this {name}' is after publication (future)")
    if e.which == "last":
        d = date(year - 1, start_month, 1) if inside else current
        return d, "season", f"the {name} before publication ('last {name}' said in {name} is a year ago), dated by its first day"
    return current, "season", f"most recent {name} on or before publication, dated by its first day"


def _resolve_vague(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    return _unknown("vague time expression (background)")


def _resolve_part_of_day(e: TimeExpr, pub: date | None, anchor: date | None) -> _Resolved:
    if anchor is not None:
        return anchor, "day", "part of the day of the event date"
    return _unknown("part of day with no day named")


_RESOLVERS = {
    "absolute": _resolve_absolute,
    "weekday": _resolve_weekday,
    "relative_day": _resolve_relative,
    "anchor_relative": _resolve_relative,
    "week": _resolve_relative,
    "night_range": _resolve_night,
    "month": _resolve_month,
    "season": _resolve_season,
    "year": _resolve_year,
    "vague": _resolve_vague,
    "part_of_day": _resolve_part_of_day,
}


def resolve(expr: TimeExpr, published: date | None, anchor: date | None = None) -> DateInfo:
    """Resolve an expression against the publication date; `anchor` (the date of the event
    being talked about) serves "the day before", "the same day", "that night" and kin."""
    published, anchor = _as_date(published), _as_date(anchor)
    resolver = _RESOLVERS.get(expr.kind, _resolve_vague)
    try:
        value, precision, basis = resolver(expr, published, anchor)
    except (ValueError, OverflowError):
        value, precision, basis = None, "unknown", "date out of range"
    if value is None:
        precision = "unknown"
    return DateInfo(
        date=value,
        precision=precision,
        text=expr.span.text,
        span=expr.span,
        time_local=None,
        basis=basis,
        part_of_day=expr.part_of_day,
    )


# ---------------------------------------------------------------------------------------
# Clock times


def _clock_value(m: re.Match[str]) -> str | None:
    if m.group("h12"):
        h = int(m.group("h12")) % 12 + (12 if m.group("ap") == "p" else 0)
        return f"{h:02d}:{int(m.group('m12') or 0):02d}"
    for hg, mg in (("h24", "m24"), ("hd", "md"), ("h4", "m4")):
        if m.group(hg):
            return f"{int(m.group(hg)):02d}:{int(m.group(mg)):02d}"
    if m.group("word"):
        return "00:00" if m.group("word") == "midnight" else "12:00"
    return None


def find_clock_times(text: str, start: int = 0, end: int | None = None) -> list[ClockTime]:
    """Every clock time in text[start:end] with its zone: "local" (marked local time, or
    GMT+2/+3), "utc" (marked GMT/UTC) or "" (unmarked)."""
    rules = default_rules()
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    low, _ = _fold(text)
    # A clock time starts at a digit or at "noon"/"midday"/"midnight": try only there.
    starts = [m.start() for m in _DIGITS.finditer(low, start, end)]
    for word in ("noon", "midday", "midnight"):
        i = low.find(word, start, end)
        while i >= 0:
            starts.append(i)
            i = low.find(word, i + 1, end)
    out: list[ClockTime] = []
    done = start
    for pos in sorted(starts):
        if pos < done:
            continue
        m = rules.clock.match(low, pos, end)
        if m is None:
            continue
        done = m.end()
        value = _clock_value(m)
        if value is None:
            continue
        zone, marker = "", None
        if z := rules.zone_local.match(low, m.end(), end):
            zone, marker = "local", z
        elif z := rules.zone_eastern.match(low, m.end(), end):
            zone, marker = "eastern", z
        elif z := rules.zone_utc.match(low, m.end(), end):
            off = z.group("off")
            zone = "local" if off and off.lstrip("+").split(":")[0].lstrip("0") in ("2", "3") else "utc"
            marker = z
        out.append(ClockTime(value, _span(text, m.start(), m.end()), zone, marker.end() if marker else None))
    return out


def local_marker_at(text: str, pos: int) -> bool:
    """Whether a marker of the area's clock ("local time", "Damascus time": rules/dates.toml
    [clock] local_markers) stands at text[pos:], after spaces and maybe a comma or bracket:
    "1 a.m. Friday local time"."""
    low, _ = _fold(text)
    return default_rules().zone_local.match(low, pos) is not None


_ZONES = {"utc": "UTC", "eastern": "America/New_York"}
_LOCAL_ZONE = "Asia/Damascus"  # the area's clocks (the tz database knows Syria's 2022 move to UTC+3)


def local_day(day: date, clock: ClockTime) -> date:
    """The calendar date in Syria of a clock time told in another zone on `day`: "4 p.m.
    Eastern time on February 2" is midnight on 3 February in Deir ez-Zor."""
    zone = _ZONES.get(clock.zone)
    if zone is None:
        return day
    hours, minutes = (int(x) for x in clock.value.split(":"))
    moment = datetime(day.year, day.month, day.day, hours, minutes, tzinfo=ZoneInfo(zone))
    return moment.astimezone(ZoneInfo(_LOCAL_ZONE)).date()


def find_local_time(text: str, start: int = 0, end: int | None = None) -> tuple[str, Span] | None:
    """A local clock time such as '7.44 p.m.', '19:44', 'around 10 pm', 'at 2300 local time'
    -> ('19:44', span).  A time marked local wins over GMT/UTC ones; then an unmarked one;
    a time given only in GMT/UTC is not converted (returns None)."""
    times = find_clock_times(text, start, end)
    for zone in ("local", ""):
        for t in times:
            if t.zone == zone:
                return t.value, t.span
    return None


# ---------------------------------------------------------------------------------------
# Publication date printed on a scraped page

# (?:19|20)[0-9][0-9], written to start with a character class: `re` skips to a 1 or a 2 fast
# rather than trying the alternation at every character
_YEAR_HINT = re.compile(r"[12](?:(?<=1)9|(?<=2)0)[0-9][0-9]")
# its two forms, each starting with a literal (`re` skips to one fast, but tries a pattern that
# starts with a character class at every character)
_YEAR_FORMS = (re.compile(r"19(?=[0-9][0-9])"), re.compile(r"20(?=[0-9][0-9])"))  # (every one: overlapping too)
_YEAR_HINT_LEN = 4  # every match of _YEAR_HINT is this long


def _leftmost(starts: Iterable[int], length: int) -> list[int]:
    """Of the places where a match `length` characters long may start, those `finditer` keeps:
    leftmost first, none overlapping the one kept before (for a pattern found from its literal
    forms, each of which can also find a start inside another's match)."""
    found: list[int] = []
    free = 0  # where a match may start: past the one kept last
    for at in sorted(starts):
        if at >= free:
            found.append(at)
            free = at + length
    return found


def _year_hints(text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[tuple[int, int]]:
    """The spans `_YEAR_HINT.finditer(text, pos, endpos)` finds, from its two forms."""
    starts = _leftmost((m.start() for rx in _YEAR_FORMS for m in rx.finditer(text, pos, endpos)), _YEAR_HINT_LEN)
    return [(at, at + _YEAR_HINT_LEN) for at in starts]
_PUB_KEYWORD = re.compile(
    r"[^\S\n]*(?:first[^\S\n]+)?(?:published|posted|updated|last[^\S\n]+updated|modified|date|dated|publication[^\S\n]+date"
    # the same stamp in a foreign page's words, folded to ASCII ("é", "ö", "ı" are "?" in `low`): French "Publié le",
    # "Mis à jour le", Spanish "Publicado el", "Actualizado el", German "Veröffentlicht am", "Aktualisiert am",
    # Italian "Pubblicato il", "Aggiornato il", Turkish "Yayınlanma (tarihi)", "Güncelleme"
    r"|publi[e?]e?[^\S\n]+le|mis[^\S\n]+[a?][^\S\n]+jour(?:[^\S\n]+le)?|(?:publicado|actualizado)(?:[^\S\n]+el)?"
    r"|ver(?:o|oe|\?)ffentlicht(?:[^\S\n]+am)?|aktualisiert(?:[^\S\n]+am)?|(?:pubblicato|aggiornato)(?:[^\S\n]+il)?"
    r"|yay[i?]nlanma(?:[^\S\n]+tarihi)?|g[u?]ncelle(?:me|nme)(?:[^\S\n]+tarihi)?)\b"
)
# A wire dateline: a place in capitals, the date, the agency ("DEIR EZ-ZOR, 12.12.2017 - ANHA")
_CAPS_PLACE = re.compile(r"[^\S\n]*[A-Z][A-Z .'/-]{2,40},[^\S\n]*")
_AGENCY_TAIL = re.compile(r"[^\S\n]*[-–—(][^\S\n]*[A-Za-z][\w .&'-]{0,30}\)?[^\S\n]*")
# A wire dateline leading the first paragraph: "HASAKAH, 19/12/2023 (SANA) - A helicopter raid ...",
# "Deir Ezzor, Syria, 17 December 2023 (ANHA) — ..." (a capitalised place, perhaps its country, the
# date, perhaps the agency, a dash; the story runs on after it on the same line)
# ("WASHINGTON/BAGHDAD, Jan. 5, 2024 (Xinhua) -- ", "ERBIL, Kurdistan Region, Feb. 3, 2024 — ",
# "Deir Ezzor, 3 February 2024, SANA – ": the agency after a comma; "/PRNewswire/ --")
_LEAD_PLACE = re.compile(r"[^\S\n]*[A-Z][\w.'’ /-]{1,30},(?:[^\S\n]*[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?,)?[^\S\n]*")
_CAPS_LEAD = re.compile(r"[^\S\n]*[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}[^\S\n]+")  # "ISTANBUL Dec 12, 2024 - 10:14 am"
# a dateline whose date is in brackets after the place: "DEIR EZ-ZOR (20.05.2019) – ", "Qamishli (3 March 2022) - "
_PAREN_LEAD = re.compile(r"[^\S\n]*[A-Z][\w.'’ -]{1,30}?[^\S\n]*\(")
_PAREN_TAIL = re.compile(r"\)[^\S\n]*[-–—]{1,2}[^\S\n]")
# a dateline with no place, its date opening the line and the agency in brackets after it: "Dec. 18, 2023 (IRNA) - "
_AGENCY_DASH = re.compile(r"[^\S\n]*\(([A-Za-z][\w .&'-]{0,30})\)[^\S\n]*\.?[-–—]{1,2}[^\S\n]")
_LEAD_TAIL = re.compile(r"[^\S\n]*(?:\([A-Za-z][\w .&'-]{0,30}\)[^\S\n]*|,[^\S\n]*[A-Z][A-Za-z]{1,15}[^\S\n]*"
                        r"|/[A-Za-z][\w .-]{0,20}/[^\S\n]*)?\.?[-–—]{1,2}[^\S\n]")  # "(EFE).- "
# A segment that ends by saying the date after it is the page's: "This page was published on"
_PUBLISHED_ON = re.compile(r"\b(?:published|posted|updated)(?:[^\S\n]+on)?[^\S\n]*:?[^\S\n]*$")
# A short line that signs off a bulletin or statement with its date: "Bulletin compiled 28/10/2018. Sources are ...",
# "Report issued on 3 March 2024.", "Signed: 06.09.2023"; the date ends its line or its sentence
_SIGNED_OFF = re.compile(r"[^\S\n]*(?:[a-z]+[^\S\n]+){0,2}(?:compiled|issued|released|prepared|signed|filed|sent)"
                         r"(?:[^\S\n]+(?:on|at))?[^\S\n]*:?[^\S\n]*")
_SIGNED_OFF_END = re.compile(r"[^\S\n]*(?:\.(?:[^\S\n]|$)|$)")
# What may follow a post's stamp on its line: a clock time ("21 Nov 2023, 09:12")
_STAMP_TAIL = re.compile(r"[\s,]*(?:at\s+)?[0-9]{1,2}[:.][0-9]{2}(?:\s*(?:[ap]\.?m\.?|gmt|utc|local|ast|et))?[\s)\]]*"
                         r"(?:(?:forwarded from|reposted from|repost from|via)\b[^\n]{0,60})?")  # "[22.11.2023 06:31] Forwarded from: Sabereen News"
# Segment separators; on the ASCII-folded text "·" and "•" read "?" (see _fold)
_SEGMENT_SPLIT = re.compile(r"[|\u2022\u00b7?]|\s/\s")  # and a wire's signature: "dpa-AFX / jk / 12.11.2024 / 10:14"
_CREDIT = re.compile(r"(?:^|[-|\u00a9:\u2013\u2014])[^-|\u00a9:\u2013\u2014\n]{0,80},[^\S\n]*(?:[0-9]{2,4},[^\S\n]*)?$")
# a caption's credit in brackets after its date: "..., Nov. 22, 2022. (Photo: SDF media center)", "..., 3 March 2024 (AFP)"
_CAPTION_CREDIT = re.compile(r"[^\S\n]*\.?[^\S\n]*\((?:photo|image|picture)?[^()\n]{1,40}\)[^\S\n]*\.?[^\S\n]*")
_ARCHIVE_PHOTO = re.compile(r"\b(?:archive|archives|file)[^\S\n]+(?:photo|image|picture)|\bfile\b", re.I)
# the outlet's name after a date that leads its line: "14 June 2025 – Deir Ezzor 24", "11/11/2024 - Alhurra"
# a chat export's stamp in brackets leading its line, the sender's name after it: "[06/10/2020 18:32] Sharqiya 24: ..."
_BRACKET_OPEN = re.compile(r"[^\S\n]*\[[^\S\n]*")
_BRACKET_CLOSE = re.compile(r"(?:[^\S\n]*,?[^\S\n]*[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?[^\S\n]*\]")
_OUTLET_AFTER = re.compile(r"[^\S\n]*[-–—|][^\S\n]*[A-Z][\w.'’&-]*(?:[^\S\n]+(?:[A-Z][\w.'’&-]*|[0-9]{1,3})){0,2}[^\S\n]*")


@lru_cache(maxsize=1)
def _pub_filler() -> re.Pattern[str]:
    rules = default_rules()
    names = "|".join(sorted(list(rules.weekdays) + list(rules.weekday_abbrevs), key=len, reverse=True))
    return re.compile(
        r"(?<![a-z])(?:published|publication|updated?|last|first|posted|modified|created|edited|dated?|"
        r"on|at|time|gmt|utc|z|et|est|edt|ct|cst|cdt|pt|pst|pdt|cet|cest|bst|ast|ist|msk|eet|eest|"
        rf"local|hrs?|am|pm|a\.m|p\.m|{names}|{_alt(rules.stamp_words)})(?![a-z])"
        r"|t?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?|[+-][0-9]{2}:?[0-9]{2}|[0-9]+"
    )


_WORDS_2 = re.compile(r"[a-z]{2,}")
_UPDATED = re.compile(r"updat|modif|mis[^\S\n]+[a?][^\S\n]+jour|actualiz|aktualisiert|aggiornat|g[u?]ncelle")
# "By Jane Doe | Jan 5, 2022" names who wrote the page; "By mid-November, the base had been hit six
# times ... on November 12, 2023" opens a paragraph with a time, and its date is an event's
_BYLINE_NAME = re.compile(
    r"(?:(?:Written|Posted|Reported|Edited|Compiled)[^\S\n]+by[^\S\n]+|By[^\S\n]+)(?!(?:the|mid|late|early|end|then|now|this|last|next|that|dawn|nightfall|noon|midnight|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]")
# a byline's opening: "By Jane Doe | ...", "Written by Ahmad al-Hasan on 24 March 2023", "Posted by admin on ..."
_BYLINE_START = re.compile(r"(?:(?:written|posted|reported|edited|compiled)[^\S\n]+)?by[^\S\n]")
# A byline in the page's language before or after its date, set off by a dash or a bar
_BYLINE_WORD = r"(?i:by|par|von|por|di|da)[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,3}[^\S\n]*"
_BYLINE_BEFORE = re.compile(rf"[^\S\n]*{_BYLINE_WORD}[-–—|,][^\S\n]*")
_BYLINE_AFTER = re.compile(rf"[^\S\n]*(?:[0-2]?[0-9][:.h][0-5][0-9][^\S\n]*)?[-–—|,][^\S\n]*{_BYLINE_WORD}")
# the zones of an American page's clock, whose dates read month/day/year
_US_ZONE = re.compile(r"[^\S\n,]*(?:[0-9]{1,2}[:.][0-9]{2}[^\S\n]*(?:[ap]\.?m\.?[^\S\n]*)?)?(?:E|C|M|P)[SD]?T\b", re.I)
_LEADING_MODIFIERS = re.compile(r"(?:(?:on|the|late|early|since|by|from|in)[^\S\n]+)+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stamp_date_rx() -> re.Pattern[str]:
    rules = default_rules()
    foreign = _alt(rules.stamp_months)
    english = _alt(rules.months)
    return re.compile(
        # "4 février 2024", "3. Februar 2024", "3 de febrero de 2024", "31 déc 2020", "16 Gennaio 2024", "3 Şubat 2024"
        rf"(?<![\w.])(?P<d>[0-3]?[0-9])\.?[^\S\n]+(?:de[^\S\n]+)?(?P<m>{foreign})\.?(?:[^\S\n]+de)?,?[^\S\n]+(?P<y>(?:19|20)[0-9]{{2}})(?![\w])"
        # "February, 03, 2024 - 10:14": the month, a comma, then the day
        rf"|(?<![\w])(?P<m2>{english}),[^\S\n]*(?P<d2>[0-3]?[0-9]),[^\S\n]*(?P<y2>(?:19|20)[0-9]{{2}})(?![\w])"
        # "15-Jan-2019", "03-FEB-2024": day, month and year joined by hyphens
        rf"|(?<![\w-])(?P<d3>[0-3]?[0-9])-(?P<m3>{english}|{foreign})-(?P<y3>(?:19|20)[0-9]{{2}})(?![\w-])"
        # a scraped stamp whose year runs into its clock: "February 3, 20246:32 PM GMT+3Updated 2 hours ago"
        rf"|(?<![\w])(?P<m4>{english})\.?[^\S\n]+(?P<d4>[0-3]?[0-9]),[^\S\n]*(?P<y4>(?:19|20)[0-9]{{2}})(?=[0-2]?[0-9]:[0-5][0-9])",
        re.IGNORECASE,
    )


def _stamp_dates(text: str, start: int, end: int, found: list[TimeExpr]) -> list[TimeExpr]:
    """Dates of a stamp line in forms the grammar leaves to stamps: a foreign page's month names
    ("Publié le 4 février 2024", "03. Februar 2024, 10:12 Uhr") and "February, 03, 2024"."""
    rules = default_rules()
    out = []
    for m in _stamp_date_rx().finditer(text, start, end):
        if any(e.kind == "absolute" and e.year and e.span.start < m.end() and m.start() < e.span.end for e in found):
            continue
        name = (m.group("m") or m.group("m2") or m.group("m3") or m.group("m4")).lower()
        month = rules.stamp_months.get(name) or rules.months.get(name)
        day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4"))
        year = int(m.group("y") or m.group("y2") or m.group("y3") or m.group("y4"))
        if month is None or not _valid_day(day, month, year):
            continue
        s = m.start("d") if m.group("d") else m.start("d3") if m.group("d3") else m.start("m4") if m.group("m4") else m.start("m2")
        out.append(TimeExpr(span=_span(text, s, m.end()), kind="absolute", day=day, month=month, year=year))
    return out


def _trim_modifiers(text: str, span: Span) -> Span:
    """Drop leading words such as "on" or "late" from a dateline date's span."""
    s = span.start
    m = _LEADING_MODIFIERS.match(text[s : span.end])
    if m:
        s += m.end()
    return Span(s, span.end, text[s : span.end])


def find_publication_date(text: str, limit: int = 4000, latest: bool = False) -> tuple[date, Span, str] | None:
    """A publication date printed in the first `limit` characters: a dateline line
    ('2021-07-13 |', 'Published on: 12/03/2023'), a byline ('By X | Jan 5, 2022') or a photo
    credit stamp ending a caption line ('- Sputnik International, 1920, 04.01.2022').
    Dates inside running text (an image's capture date) are not publication dates.
    With `latest`, the latest such stamp wins (a page of timestamped posts was put out no
    earlier than its last post)."""
    head_end = min(len(text), max(0, limit))
    low, _ = _fold(text)
    lines: list[tuple[int, int]] = []
    for hint_start, hint_end in _year_hints(low, 0, head_end):
        ls = low.rfind("\n", 0, hint_start) + 1
        le = low.find("\n", hint_end)
        le = len(low) if le < 0 else le
        if not lines or lines[-1] != (ls, le):
            lines.append((ls, le))
    best: tuple[int, int, date, Span, str] | None = None
    top_update: tuple[int, int, date, Span, str] | None = None  # the first "Updated ..." stamp
    filler = _pub_filler()
    for ls, le in lines:
        line_low = low[ls:le]
        if le - ls > 300 and not _SEGMENT_SPLIT.search(line_low) and not _YEAR_HINT.search(line_low, 0, 80) \
                and not _YEAR_HINT.search(line_low, len(line_low) - 40):
            continue  # a paragraph of running text: a stamp stands alone, leads its line or ends it
        exprs = find_time_expressions(text, ls, le)
        for expr in [*exprs, *_stamp_dates(text, ls, le, exprs)]:
            if expr.kind != "absolute" or expr.year is None or expr.span.start >= head_end:
                continue
            if not _MIN_PUB_YEAR <= expr.year <= _MAX_PUB_YEAR:
                continue
            day, month = expr.day_end or expr.day or 1, expr.month or 1
            if expr.swappable and day <= 12 and _US_ZONE.match(text, expr.span.end, le):
                day, month = month, day  # "Updated: 02/04/2024 09:14 PM EST": an American page reads month/day
            try:
                # a period's heading ("16 - 22 October 2023") was put out no earlier than its last day
                value = date(expr.year, month, day)
            except ValueError:
                continue
            before = line_low[: expr.span.start - ls]
            after = line_low[expr.span.end - ls :]
            # The date's own segment of a "Title | 13 July 2021 | Outlet" line.
            seg_before = _SEGMENT_SPLIT.split(before)[-1]
            if seg_before == before and (lead := _LEAD_PLACE.match(text, ls, expr.span.start) or _CAPS_LEAD.match(text, ls, expr.span.start)):
                seg_before = before[lead.end() - ls:]  # "Tehran, IRNA - January 29, 2024 - 12:06": the place it is filed from
            seg_after = _SEGMENT_SPLIT.split(after)[0]
            residue = filler.sub(" ", seg_before + " " + seg_after)
            words = _WORDS_2.findall(residue)
            stripped = line_low.strip()
            keyword = _PUB_KEYWORD.match(before)
            updated = bool(_UPDATED.search(before))
            words_before = _WORDS_2.findall(filler.sub(" ", before))
            if _BYLINE_START.match(stripped) and len(stripped) <= 200 and _BYLINE_NAME.match(text, ls + len(line_low) - len(line_low.lstrip())):
                rank, label = 1, "byline"
            elif (_BYLINE_BEFORE.fullmatch(text, ls, expr.span.start) and not _WORDS_2.findall(filler.sub(" ", after))) \
                    or (not _WORDS_2.findall(filler.sub(" ", before)) and _BYLINE_AFTER.fullmatch(text, expr.span.end, le)):
                rank, label = 1, "byline"  # "Par Jean Dupont - 4 févr. 2024 à 10:12", "16 Gennaio 2024 - di Redazione Esteri"
            elif _CAPS_PLACE.fullmatch(text[ls : expr.span.start]) and _AGENCY_TAIL.fullmatch(text[expr.span.end : le]):
                rank, label = 1, "dateline"  # "DEIR EZ-ZOR, 12.12.2017 - ANHA"
            elif _LEAD_PLACE.fullmatch(text, ls, expr.span.start) and _LEAD_TAIL.match(text, expr.span.end):
                rank, label = 1, "dateline"  # "HASAKAH, 19/12/2023 (SANA) - A raid on ..."
            elif _PAREN_LEAD.fullmatch(text, ls, expr.span.start) and _PAREN_TAIL.match(text, expr.span.end):
                rank, label = 1, "dateline"  # "DEIR EZ-ZOR (20.05.2019) – An explosive device ..."
            elif not before.strip() and not _LEADING_MODIFIERS.match(text, expr.span.start, expr.span.end) \
                    and (tail := _AGENCY_DASH.match(text, expr.span.end)) and _norm(tail.group(1)) not in default_rules().weekdays:
                rank, label = 1, "dateline"  # "Monday, Dec. 18, 2023 (IRNA) - Resistance fighters ...": no place
            elif not words or (keyword and len(before) <= 40):
                rank, label = (2 if updated else 0), "dateline"
            elif not after.strip(" \t.)]") and not _WORDS_2.findall(filler.sub(" ", seg_before.split(" - ")[-1])):
                rank, label = 2, "dateline"  # "Daily summary of events in Deir Ezzor – 19.05.2021": weaker than a line of its own
            elif _PUBLISHED_ON.search(seg_before) and len(seg_before.split()) <= 8:
                rank, label = (2 if updated else 1), "dateline"  # "© 2022 SOHR | This page was published on 13 October 2022."
            elif _SIGNED_OFF.fullmatch(before) and _SIGNED_OFF_END.match(after):
                rank, label = 1, "dateline"  # "Bulletin compiled 28/10/2018. Sources are local correspondents."
            elif _BRACKET_OPEN.fullmatch(text, ls, expr.span.start) and _BRACKET_CLOSE.match(text, expr.span.end, le):
                rank, label = 1, "stamp"  # "[06/10/2020 18:32] Sharqiya 24: ..."
            elif not words_before and _OUTLET_AFTER.fullmatch(text, expr.span.end, le):
                rank, label = 1, "dateline"  # "14 June 2025 – Deir Ezzor 24": the outlet signs its date
            elif (not after.strip(" \t.)]") or (_CAPTION_CREDIT.fullmatch(text, expr.span.end, le)
                                                and not _ARCHIVE_PHOTO.search(line_low))) and _CREDIT.search(before):
                rank, label = 3, "caption"
            elif latest and len(stripped) <= 150 and _STAMP_TAIL.fullmatch(after):
                rank, label = 1, "stamp"  # "1/ @channel, 21 Nov 2023, 09:12": a post's stamp ends its line
            else:
                continue
            if latest:
                if rank in (0, 1) and (best is None or value >= best[2]):
                    best = (rank, expr.span.start, value, _trim_modifiers(text, expr.span), "timestamp (the latest in the text)")
            else:
                if updated and rank == 2 and top_update is None:
                    top_update = (rank, expr.span.start, value, _trim_modifiers(text, expr.span), "dateline (updated)")
                if best is None or (rank, expr.span.start) < best[:2]:
                    best = (rank, expr.span.start, value, _trim_modifiers(text, expr.span), label)
        if best is not None and best[0] == 0 and not latest:
            break  # the best rank, and what the lines after it print stands later: none can win
    if best is None:
        return _short_year_stamp(text, head_end)
    if top_update is not None and top_update[2] > best[2] and best[1] - top_update[1] > 300:
        # "Live | Updated Saturday February 03 2024" over posts grouped under "Friday February 02
        # 2024": a live page shows its latest update first, and its top posts are of that day (a
        # "Published" line right under an "Updated" one is the page's first day, as usual)
        best = top_update
    return best[2], best[3], best[4]


# "Mundo | 17/08/20 | 18:52 | Por Lusa": a page header's date with a two-digit year, as a segment
# of its own between bars (in running text "17/08/20" could be anything)
_SHORT_YEAR = re.compile(r"(?:^|\|)[ \t]*(\d{1,2})([/.])(\d{1,2})\2(\d{2})[ \t]*(?=\||$)", re.M)
# ...or a chat export's stamp that opens a post's line: "[19.10.23 08:14] Channel: Overnight, drones ..."
_BRACKET_SHORT_YEAR = re.compile(r"^[ \t]*\[(\d{2})([/.])(\d{2})\2(\d{2})(?:,?[ \t]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\]", re.M)


def _short_year_stamp(text: str, head_end: int) -> tuple[date, Span, str] | None:
    """A header stamp with a two-digit year ("17/08/20"), read day/month (month/day when the
    month would be over 12), when the page's head prints no fuller date."""
    for m in [*_SHORT_YEAR.finditer(text, 0, head_end), *_BRACKET_SHORT_YEAR.finditer(text, 0, head_end)]:
        a, b, yy = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day, month = (b, a) if b > 12 else (a, b)
        year = 2000 + yy
        if not _MIN_PUB_YEAR <= year <= _MAX_PUB_YEAR or not _valid_day(day, month, year):
            continue
        return date(year, month, day), _span(text, m.start(1), m.end(4)), "dateline (two-digit year)"
    return None


# "— February 2026, week 2": a digest's or a monthly report's heading names the month (and maybe
# the week) it covers
_HEADING_WEEK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:\(?[^\S\n]*)?week[^\S\n]+([1-5])\b", re.I)


HEADING_MONTH = "heading (month covered)"  # the source of a page's date read by heading_month


def heading_month(text: str) -> tuple[date, Span, str] | None:
    """The month a page's heading names ("SECURITY DIGEST — February 2026, week 2", "Monthly
    toll: March 2022"), when the page prints no day of its own: the page was put out no earlier
    than the end of that month (of the week named, if any), so its "on the 3rd" and "Thu 05.02"
    fall in that month.  Only the first line that holds words is read, and only a short one."""
    ls = len(text) - len(text.lstrip())
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if le - ls > 150:
        return None
    for expr in find_time_expressions(text, ls, le):
        if expr.kind != "month" or expr.year is None or expr.month is None:
            continue
        if not _MIN_PUB_YEAR <= expr.year <= _MAX_PUB_YEAR:
            return None
        last = calendar.monthrange(expr.year, expr.month)[1]
        week = _HEADING_WEEK.match(text, expr.span.end, le)
        day = min(7 * int(week.group(1)), last) if week else last
        return date(expr.year, expr.month, day), expr.span, HEADING_MONTH
    return None


# an embedded post's signature: "— Eastern Syria Watch (@esw_monitor) March 24, 2023" (a quoted tweet under its text)
_POST_SIGNATURE = re.compile(r"^[^\S\n]*(?:pic\.twitter\.com/\w+[^\S\n]*)?[—–-]{1,2}[^\S\n]*[^\n()]{1,60}\(@\w{1,30}\)[^\S\n]*(?P<date>[^\n]{6,30}?)[^\S\n]*$", re.M)
EMBEDDED_POST = "signature of an embedded post (the latest)"  # the source of a page's date read by embedded_post_day


def _page_day(expr: TimeExpr) -> date | None:
    """The calendar day a full date names ("March 24, 2023"), if it is a real day of a year a page
    can be from."""
    if expr.kind != "absolute" or expr.year is None or expr.month is None or expr.day is None \
            or not _MIN_PUB_YEAR <= expr.year <= _MAX_PUB_YEAR:
        return None
    try:
        return date(expr.year, expr.month, expr.day)
    except ValueError:
        return None


def embedded_post_day(text: str) -> tuple[date, Span, str] | None:
    """For a page that prints no date of its own: the latest day among the signatures of the posts it
    embeds ("— Name (@handle) March 24, 2023"); the page was put out no earlier than the posts it quotes."""
    found: tuple[date, Span] | None = None
    for m in _POST_SIGNATURE.finditer(text):
        for expr in find_time_expressions(text, m.start("date"), m.end("date")):
            if (value := _page_day(expr)) is not None and (found is None or value > found[0]):
                found = (value, expr.span)
    return (found[0], found[1], EMBEDDED_POST) if found else None


_TODAY_BEFORE = re.compile(r"\btoday[^\S\n]*,?[^\S\n]*(?:[a-z]+[^\S\n]*,?[^\S\n]*)?\(?[^\S\n]*$")
# a verb of telling just before the date ("said on Thursday, 9 November 2023", "warned on Monday, 28/6/2021"):
# the day of the telling (a few words between: "said in a statement on ..."; not a quote's "said: 'At 11:50 pm on Friday
# 2/2/2024, ...'"), where a date alone leading a story ("On Sunday, February 4, 2024, a drone hit ...") is the event's
_TELLING_BEFORE = re.compile(r"\b(?:said|says|announced|stated|reported|confirmed|declared|claimed|denied|warned|threatened|"
                             r"told|added|noted|issued|published|condemned|vowed)(?:[^\S\n]+[a-z]+){0,4}[^\S\n]*$")
STATED_DAY = "body (the day its story states)"  # the source of a page's date read by stated_day


def stated_day(text: str, limit: int = 2500) -> tuple[date, Span, str] | None:
    """The day a page's story says it speaks on, for a page that prints no date of its own: a date
    its lead gives as "today" ("announced today, Saturday (3 February 2024), that ...") or with its
    own weekday after a verb of telling ("said on Thursday, 9 November 2023, that ...", "threatened
    on Monday, 28/6/2021").  The weekday must be the date's (a check that the words are the date of the telling); the latest
    such date wins, as a story is told no earlier than what it dates."""
    head = min(len(text), limit)
    low = text[:head].lower()
    rules = default_rules()
    found: tuple[date, Span] | None = None
    exprs = find_time_expressions(text, 0, head)
    for i, expr in enumerate(exprs):
        if expr.day_end or (value := _page_day(expr)) is None:
            continue
        weekday = expr.weekday
        today = _TODAY_BEFORE.search(low, max(0, expr.span.start - 30), expr.span.start)
        if weekday is None and i > 0 and exprs[i - 1].kind == "weekday" and expr.span.start - exprs[i - 1].span.end <= 4:
            weekday = exprs[i - 1].weekday  # "Saturday (3 February 2024)"
        if weekday is None and today is not None:
            named = [w for w in re.findall(r"[a-z]+", today.group()) if w in rules.weekdays]
            weekday = rules.weekdays[named[0]] if named else None
        if weekday is not None and weekday != value.weekday():
            continue
        if today is None and (weekday is None or not _TELLING_BEFORE.search(low, max(0, expr.span.start - 50), expr.span.start)):
            continue
        if found is None or value > found[0]:
            found = (value, _trim_modifiers(text, expr.span))
    return (found[0], found[1], STATED_DAY) if found else None


# A post's stamp on a line of its own: "[09.11.2023 14:05]", "12 Nov 2023, 23:58", "— 13.11.2023 —"
_STAMP_LINE_FILL = re.compile(r"[\W_]*")  # only marks and symbols ("🗓 13.02.2025", "[07.01.2024]")
_HEADER_END = re.compile(r"\s[·•|]\s*$")
# an update's label before its stamp: "UPDATE, June 28, 2021:", "Update (12.03.2024 – 21:40):", "EDIT 3 Feb 2024"
# (a page's own "Updated 14.02.2025" is its date, not an update's heading)
_UPDATE_LABEL = re.compile(r"[\W_]*(?:(?:latest[^\S\n]+)?update|edit|addendum|correction)[^\S\n]*[,:(\[–—-][^\S\n]*", re.I)


# A day's heading in a day-by-day roundup, on a line of its own and with no year: "Monday 5 August",
# "Wednesday, August 7:", "7 August".  Its year is the page's (see post_stamps).
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_HEADING = re.compile(
    r"^[^\S\n]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+)?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?" + _MONTH_WORD + r"|" + _MONTH_WORD
    + r"[^\S\n]+[0-9]{1,2}(?:st|nd|rd|th)?)[^\S\n]*[:.\u2013\u2014-]?[^\S\n]*$", re.M | re.I)


@lru_cache(maxsize=8)  # asked by the page's metadata and by the reading of its incidents
def post_stamps(text: str, pub: date | None = None) -> tuple[tuple[date, Span], ...]:
    """The stamps of a page of dated posts (a Telegram digest, a live blog over several days), in
    order: lines that hold nothing but a full date and maybe a clock time.  Relative words in a post
    ("this evening", "about an hour ago") count from its stamp, not from the page's date.  A page
    whose stamps name fewer than two days has no posts to tell apart (a lone dateline): none.
    Given the page's date `pub`, a day-by-day roundup's headings without a year ("Monday 5 August")
    are stamps too, of the latest such day not after the page's date."""
    headed: list[tuple[date, Span]] = []
    for m in _line_matches(_DAY_HEADING, text) if pub is not None else ():
        for expr in find_time_expressions(text, m.start(), m.end()):
            if expr.kind != "absolute" or expr.year is not None or expr.month is None or expr.day is None:
                continue
            for year in (pub.year, pub.year - 1):
                try:
                    day = date(year, expr.month, expr.day)
                except ValueError:
                    continue
                if day <= pub:
                    headed.append((day, expr.span))
                    break
            break
    found = [*_dated_stamps(text), *headed]
    found.sort(key=lambda s: s[1].start)
    return tuple(found) if len({d for d, _ in found}) >= 2 else ()


def dated_stamps(text: str) -> tuple[tuple[date, Span], ...]:
    """The lines of a page that hold a full date (and maybe a clock) and nothing else, in order
    (a chat post's "[06.10.20 06:12]" too)."""
    return _dated_stamps(text)


@lru_cache(maxsize=8)  # the same for a page asked with and without its date
def _dated_stamps(text: str) -> tuple[tuple[date, Span], ...]:
    """The lines of a page that hold a full date (and maybe a clock) and nothing else, in order."""
    found: list[tuple[date, Span]] = []
    for hint_start, hint_end in _year_hints(text):
        ls = text.rfind("\n", 0, hint_start) + 1
        le = text.find("\n", hint_end)
        le = len(text) if le < 0 else le
        if le - ls > 150 or (found and found[-1][1].start >= ls):
            continue
        for expr in find_time_expressions(text, ls, le):
            if expr.kind != "absolute" or expr.year is None or expr.month is None or expr.day is None:
                continue
            after = _STAMP_TAIL.sub(" ", text[expr.span.end : le].lower().lstrip(" ·•|-–—"), count=1)
            before = text[ls : expr.span.start]
            # the line holds only the stamp, or a source's header ends with it: "[Telegram] Channel · 07.01.2024 19:42"
            if not _STAMP_LINE_FILL.fullmatch(after) or not (
                    _STAMP_LINE_FILL.fullmatch(before) or _UPDATE_LABEL.fullmatch(before)
                    or (len(before) <= 100 and _HEADER_END.search(before))):
                continue
            try:
                found.append((date(expr.year, expr.month, expr.day), expr.span))
            except ValueError:
                pass
            break
    # a chat export's own stamp with a two-digit year, on a line of its own: "[13.02.26 22:47]"
    # (one line holds the whole stamp, "13.02" with it: the lines before the first "digit.digit" hold none)
    first = _DOT_BETWEEN_DIGITS.search(text)  # the "." of the first "[0-9].[0-9]"
    for m in _line_matches(_SHORT_STAMP, text, text.rfind("\n", 0, first.start() - 1) + 1) if first else ():
        try:
            found.append((date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))),
                          Span(m.start("d"), m.end("y"), text[m.start("d") : m.end("y")])))
        except ValueError:
            pass
    return tuple(found)


# "[0-9].[0-9]" found from its ".": a pattern that starts with a literal is skipped to fast by
# `re`, one that starts with a character class is tried at every character
_DOT_BETWEEN_DIGITS = re.compile(r"\.(?<=[0-9]\.)(?=[0-9])")
# the separators of "\d[:.]\d\d" (a clock's digits: "08:30", "8.30"), the same way
_CLOCK_SEPARATORS = (re.compile(r":(?<=\d:)(?=\d\d)"), re.compile(r"\.(?<=\d\.)(?=\d\d)"))
_CLOCK_DIGITS_LEN = 4  # every match of "\d[:.]\d\d" is this long


def clock_digit_starts(text: str) -> list[int]:
    """Where `re.finditer(r"\\d[:.]\\d\\d", text)` finds its matches, found from their
    separators (see _CLOCK_SEPARATORS)."""
    return _leftmost((m.start() - 1 for rx in _CLOCK_SEPARATORS for m in rx.finditer(text)), _CLOCK_DIGITS_LEN)


def _line_matches(rx: re.Pattern[str], text: str, pos: int = 0) -> list[re.Match[str]]:
    """`rx.finditer(text, pos)` for a pattern that matches a whole line (anchored at its start, holding
    no newline) and `pos` at a line's start: it is tried at each line's start only, not at every character."""
    found = []
    while True:
        m = rx.match(text, pos)
        if m is not None:
            found.append(m)
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return found


_SHORT_STAMP = re.compile(
    r"^[^\S\n]*\[?(?P<d>3[01]|[12][0-9]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>[0-9]{2})"
    r"(?:[^\S\n]*,?[^\S\n]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?\]?[^\S\n]*$", re.M)


# A post's clock stamp opening its line: "13:52 GMT", "6:47 p.m. ET", "10.12 BST", "22:50 GMT (2
# February)", "09:40 GMT – Iran denies any role", "🔴 09:52 — Local page: ...", "8:14 PM · Apr 21, 2024",
# "[22.11.2023 06:31] Forwarded from: ...", "3 Feb 2024, 10:12 GMT": the clock stands alone or before a
# separator, never inside running text ("12.5 million", "At 10:30, rockets fell")
_POST_CLOCK = re.compile(
    r"^[^\w\n]{0,6}"
    r"(?:[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}[^\S\n]*[|,—–-]?[^\S\n]*"  # "[22.11.2023 | 06:31]"
    r"|[0-9]{1,2}[^\S\n]+[A-Z][a-z]{2,8}[^\S\n]+[0-9]{4},?[^\S\n]*)?"  # "3 Feb 2024, 10:12 GMT"
    r"[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9])?[^\S\n]*(?:[ap]\.?[^\S\n]?m\.?)?[^\S\n]*"
    r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|AST|local(?:[^\S\n]+time)?)?\]?[^\S\n]*"
    r"(?:\([^)\n]{0,30}\))?[^\S\n]*(?:$|[–—|·-]|Forwarded\b)", re.M | re.I)


@lru_cache(maxsize=4)
def post_clocks(text: str) -> tuple[int, ...]:
    """Where the posts of a live page or a channel's feed open: the starts of lines led by a
    post's clock stamp, in order.  A post's words ("overnight", "shortly after midnight", "the
    attack") speak of that post, not of the one printed above it.  A page with fewer than two such
    lines has no posts to tell apart: none."""
    found = tuple(m.start() for m in _line_matches(_POST_CLOCK, text))  # (a stamp holds no newline)
    return found if len(found) >= 2 else ()


# "Beirut, 13 Jan (EFE).-", "DAMASCUS, Jan 13 (SANA) -": a wire's dateline prints the day and month only
_YEARLESS_DATELINE = re.compile(
    r"^[A-Z][\w.'’ /-]{1,30},[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]+)?(?:(\d{1,2})[ \t]+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?[ \t]+(\d{1,2}))"
    # the agency in brackets or after a comma ("Deir Ezzor, August 10, SANA –", "Tehran, Dec 6, IRNA --")
    r"[ \t]*(?:\([A-Za-z][\w .-]{1,20}\)[ \t]*|,[ \t]*[A-Z][A-Za-z]{1,15}[ \t]*)?(?:\.?[ \t]*[-–—]|\.[ \t]*/[A-Za-z]{2,10}/)", re.M)  # "MOSCOW, February 8. /TASS/."
# "(c) EFE 2021. All rights reserved.", "© 2024 Reuters", "Copyright 2019 AFP": the year the page was put out
_FOOTER_YEAR = re.compile(r"(?:\(c\)|©|\bcopyright\b)[ \t]*(?:[A-Za-z][\w.&' -]{0,30}?[ \t]+)?((?:19|20)\d\d)\b", re.I)


# A stamp line of its own with no year, a clock after it: "3 FEB, 10:14"
_YEARLESS_STAMP = re.compile(r"^[ \t]*(\d{1,2})[ \t]+([A-Za-z]{3,9})\.?,?[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]*$", re.M)


def yearless_dateline(text: str, near: date | None = None) -> tuple[date, Span, str] | None:
    """The day a wire story was filed, from a dateline that prints only the day and month, with the year
    of the page's copyright line at its foot (an agency's own copy rarely carries a page date).  With
    `near` (a photo credit's date), the dateline's day in the week after it: "Deir Ezzor, March 10 (SANA)"
    over a photo of "(SANA, 09/03/2026)" was filed on 10 March 2026."""
    head = min(len(text), 800)
    m = _YEARLESS_DATELINE.search(text, 0, head) or _YEARLESS_STAMP.search(text, 0, head)
    if m is None:
        return None
    if near is not None:
        years = [near.year]
    else:
        years = [int(y.group(1)) for y in _FOOTER_YEAR.finditer(text, max(0, len(text) - 600))]
    if len(set(years)) != 1 or not _MIN_PUB_YEAR <= years[0] <= _MAX_PUB_YEAR:
        return None
    rules = default_rules()
    day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = rules.months.get(name.lower()) or rules.month_abbrevs.get(name.lower())
    if month is None:
        return None
    try:
        value = date(years[0], month, int(day))
    except ValueError:
        return None
    start, end = (m.start(1), m.end(2)) if m.group(1) else (m.start(3), m.end(4))
    if near is not None:
        if not 0 <= (value - near).days <= 7:
            return None
        return value, Span(start, end, text[start:end]), "dateline (the year of the photo credit)"
    return value, Span(start, end, text[start:end]), "dateline (the year of the copyright line)"


# A wire's signature that packs the day: a date-time group under the text ("291406 Jan 24": the 29th,
# 14:06, January 2024; "030214 GMT Feb 24"), a dpa story's number ("dpa:241001-930-248713/1": 1 October
# 2024), a press release's number in the page's head ("Press Release 20211211-01")
_DTG = re.compile(r"^[ \t]*([0-3][0-9])[0-2][0-9][0-5][0-9][ \t]*(?:GMT|UTC|Z)?[ \t]+([A-Z][a-zä]{2})[ \t]+([0-9]{2})[ \t]*$", re.M)
_DPA_NUMBER = re.compile(r"\bdpa:([0-9]{2})([0-9]{2})([0-9]{2})-[0-9]{2,4}-[0-9]+")
_RELEASE_NUMBER = re.compile(r"\b(?:press[ \t]+)?release(?:[ \t]+(?:no\.?|number|#))?[ \t]*:?[ \t]*(20[0-9]{2})([01][0-9])([0-3][0-9])-[0-9]{1,3}\b",
                             re.I)


def signature_stamp(text: str) -> tuple[date, Span, str] | None:
    """The day a wire's signature or a press release's number packs (see _DTG), when the page prints no date."""
    rules = default_rules()
    tail = max(0, len(text) - 600)
    found: list[tuple[int, int, int, int, int]] = []  # year, month, day, start, end
    for m in _DTG.finditer(text, tail):
        name = m.group(2).lower()  # "Dez", "Okt" under a German wire's copy
        month = rules.month_abbrevs.get(name) or rules.stamp_months.get(name)
        if month is not None:
            found.append((2000 + int(m.group(3)), month, int(m.group(1)), m.start(1), m.end(3)))
    for m in _DPA_NUMBER.finditer(text, tail):
        found.append((2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)), m.start(1), m.end(3)))
    for m in _RELEASE_NUMBER.finditer(text, 0, min(len(text), 600)):
        found.append((int(m.group(1)), int(m.group(2)), int(m.group(3)), m.start(1), m.end(3)))
    for year, month, day, start, end in found:
        if _MIN_PUB_YEAR <= year <= _MAX_PUB_YEAR and 1 <= month <= 12 and _valid_day(day, month, year):
            return date(year, month, day), Span(start, end, text[start:end]), "signature"
    return None


@lru_cache(maxsize=1)
def _hijri_rx() -> re.Pattern[str]:
    rules = default_rules()
    names = "|".join(re.escape(n).replace("'", "['’]?").replace(r"\-", r"[\s-]") for n in sorted(rules.hijri_months, key=len, reverse=True))
    return re.compile(rf"(?:\b(?P<wd>{weekday_names()}),?[^\S\n]+)?(?P<d>[0-3]?[0-9])[^\S\n]+(?P<m>{names}),?[^\S\n]+"
                      r"(?P<y>1[34][0-9]{2})(?:[^\S\n]*(?:AH|A\.H\.|H))?[^\S\n]*$", re.I | re.M)


@lru_cache(maxsize=1)
def _hijri_months_bare() -> dict[str, int]:
    """The Hijri months by their names written with no apostrophe ("rabi al-awwal" for "Rabi' al-Awwal")."""
    return {n.replace("'", ""): num for n, num in default_rules().hijri_months.items()}


def hijri_stamp(text: str) -> tuple[date, Span, str] | None:
    """A page that stamps only its Hijri day, at the end of a short line of its head ("Translated by
    the editorial team | Monday 4 Dhu al-Hijjah 1445"): the day of the Umm al-Qura calendar, set to
    the weekday the stamp names (the calendars in use differ from it by a day)."""
    rules = default_rules()
    for m in _hijri_rx().finditer(text, 0, min(len(text), 800)):
        ls = text.rfind("\n", 0, m.start()) + 1
        if m.end() - ls > 120:
            continue
        key = re.sub(r"[\s-]+", lambda w: "-" if "-" in w.group() else " ", m.group("m").lower())
        month = _hijri_months_bare().get(key.replace("’", "").replace("'", ""))
        day, year = int(m.group("d")), int(m.group("y"))
        if month is None or not 1 <= day <= 30:
            continue
        try:  # the Umm al-Qura calendar (hijridate), which covers 1343-1500 AH
            value = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        if m.group("wd"):
            want = _weekday_index(rules, m.group("wd").lower())
            shift = (want - value.weekday() + 3) % 7 - 3  # the nearest day of that weekday
            if abs(shift) > 1:  # a sighting calendar differs from Umm al-Qura by a day at most
                continue
            value += timedelta(days=shift)
        if not _MIN_PUB_YEAR <= value.year <= _MAX_PUB_YEAR:
            continue
        s = m.start("wd") if m.group("wd") else m.start("d")
        return value, Span(s, m.end("y"), text[s : m.end("y")]), "dateline (Hijri calendar)"
    return None


_CLOCK_OF_POST = re.compile(r"([0-2]?[0-9])[:.]([0-5][0-9])")
_DATE_IN_STAMP = re.compile(r"\d[./]\d|\d{4}")  # a stamp that prints its date: "12.02 00:40", "2024 23:25"


def post_days_back(text: str, clocks: tuple[int, ...]) -> tuple[int, ...]:
    """For each clock-stamped post of a live page, how many days before the page's day it was posted.
    A page prints its newest post first and its day is that post's: when the clocks, going down the
    page, jump up again ("00:40", then "23:25"), the posts from there on are of the day before. Posts
    whose stamp prints a date, or a page whose clocks do not run newest first, are all of its day."""
    minutes = []
    for start in clocks:
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        m = _CLOCK_OF_POST.search(line)
        if m is None or _CLOCK_OF_POST.search(line, 0, m.start()) is not None or _DATE_IN_STAMP.search(line, 0, m.start()):
            return (0,) * len(clocks)
        minutes.append(int(m.group(1)) * 60 + int(m.group(2)))
    drops = sum(b < a for a, b in zip(minutes, minutes[1:], strict=False))
    rises = sum(b > a for a, b in zip(minutes, minutes[1:], strict=False))
    if rises != 1 or drops < 2:
        return (0,) * len(clocks)  # not newest first, or no wrap past midnight
    out, back = [0], 0
    for a, b in zip(minutes, minutes[1:], strict=False):
        back += b > a + 60
        out.append(back)
    return tuple(out)
