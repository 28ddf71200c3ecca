"""Faster, same-result matching for the rules' case-insensitive regexes.

Python's `re` finds no fast start for a case-insensitive alternation ("kill|dead|wound|...",
"air strikes|raids|shelled|..."), so it tries every alternative at every position of the
text.  Both helpers here read the regex's own parse tree once and then call `re` only where a
match is possible, so every result is exactly the regex's own:

- `Anchored` knows the first few characters a match can start with ("air", "rai", "she") and
  runs `regex.match` only where one of them stands in a lower-cased copy of the text;
- `Screened`, for a regex whose start cannot be told, knows literals of which every match
  contains one and skips a text (a clause, a sentence) that holds none of them.

`screened()` picks the one that applies.  Texts are folded so that whatever `re.IGNORECASE`
equates with an ASCII letter is that letter, with offsets kept (`fold`).
"""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _constants as C  # noqa: N812 - the parse tree's opcodes
from re import _parser
from re._casefix import _EXTRA_CASES  # letters re.IGNORECASE equates beyond lower case
from typing import NamedTuple

import ahocorasick

# Characters `re.IGNORECASE` equates with an ASCII letter although `str.lower()` does not
# ("İ" even lower-cases to two characters): mapped first, so a folded text keeps its offsets.
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_MAX_EXACT = 64  # strings a sub-pattern may spell before it counts as open-ended
_SCREEN_CHARS = 6  # a needed literal's first characters are needed too, and make a shorter list
_CACHED_TEXT = 512  # texts at least this long are articles searched many times: fold them once
_OPEN = "\x00"  # ends a prefix that an open-ended item cut short: it is not extended further
_DIGIT = "\x01"  # in a prefix, stands for any character of \\d
_SPACE = "\x03"  # in a prefix read in an edge copy (_edges), stands for any character of \\s: _EDGE there
_DIGITS = re.compile(r"\d")
# Where a word may start.  WORD_START: not after a letter, digit, "_" or "-", or where a glued
# word begins ("attackOn"); the rule files' alternations begin with it (lexicon.py).  A pattern
# that begins with it, or with \b, can match only at such places.
WORD_START = r"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))"
_EDGE = "\x02"  # marks, in a copy of the folded text, a character a word cannot continue from
_NOT_WORD = re.compile(r"[^\w]")
_NOT_WORD_OR_HYPHEN = re.compile(r"[^\w-]")
# where a glued word starts: a capital after a small letter (the capital is looked for first)
_GLUED = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def fold(text: str) -> str:
    """`text` lower-cased so that whatever `re.IGNORECASE` equates with an ASCII letter is that
    letter; same length, so offsets into `text` index the folded copy too."""
    last = _last_folded[0]  # read once: another thread may replace it
    if text is last[0]:  # a sentence asked about by several patterns in turn
        return last[1]
    folded = _fold_cached(text) if len(text) >= _CACHED_TEXT else _fold(text)
    _last_folded[0] = (text, folded)
    return folded


def _fold(text: str) -> str:
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_FOLD_FIXES)
    return text.lower()


_fold_cached = lru_cache(maxsize=8)(_fold)
_last_folded: list[tuple[str, str]] = [("", "")]  # the text fold() was last asked about, folded
_NOTHING: Iterator = iter(())  # an iterator with nothing (left) in it
_NO_STARTS: tuple[list[int], str] = ([], "")  # no place in the range where a match may start (not to be changed)
_UNSEEN = object()  # not in a memo
_last: list[tuple] = [(None, None)]  # (the text an Anchored was last asked about as an article, its _Article)


# ASCII characters a word cannot continue from, mapped to _EDGE by bytes.translate (a table
# lookup per byte); runs of other characters are marked by regex
_ASCII_EDGES = {c: _EDGE for c in map(chr, range(128)) if not (c.isalnum() or c == "_")}
_EDGE_TABLES = {joins: bytes(ord(_ASCII_EDGES.get(chr(i), chr(i))) if not (joins and chr(i) == "-") else i
                             for i in range(128)) + bytes(range(128, 256))
                for joins in (False, True)}
# a run of non-ASCII characters; it starts with a character class, so `re` skips to one fast
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f][^\x00-\x7f]*)")


def _edges(folded: str, hyphen_joins: bool) -> str:
    """_EDGE + the folded text with every character a word cannot continue from replaced by
    _EDGE (one longer: index i + 1 is text index i, index 0 stands before the text)."""
    table = _EDGE_TABLES[hyphen_joins]
    if folded.isascii():
        return _EDGE + folded.encode("ascii").translate(table).decode("ascii")
    parts = _NON_ASCII_RUN.split(folded)  # ASCII runs at even indexes, other runs at odd ones
    parts[::2] = [run.encode("ascii").translate(table).decode("ascii") for run in parts[::2]]
    not_word = _NOT_WORD_OR_HYPHEN if hyphen_joins else _NOT_WORD
    parts[1::2] = [not_word.sub(_EDGE, run) for run in parts[1::2]]
    return _EDGE + "".join(parts)


class _Article(NamedTuple):
    """What `Anchored` reads in an article it is asked about many times, made once per article."""

    folded: str
    word_edges: str  # _edges for a pattern that starts a word (a hyphen joins words) or at \\b
    glued: tuple[int, ...]  # where a glued word starts ("strikesOn")
    starts: dict  # Anchored -> its _Starts in this article, made when first asked (and _DIGIT + mode -> _digit_starts)


@lru_cache(maxsize=8)
def _article(text: str) -> _Article:
    folded = fold(text)
    return _Article(folded, _edges(folded, True), _glued(text), {})


# An ASCII text's characters by kind, as bytes.translate maps them (a table lookup per byte): the
# places where a glued word or a digit starts are then found by bytes.find, not a regex at every character.
_CASE_KINDS = bytes(ord("a") if 97 <= i <= 122 else ord("A") if 65 <= i <= 90 else ord(" ") for i in range(256))
_WORD_KINDS = bytes(ord("1") if 48 <= i <= 57 else ord("w") if chr(i).isalpha() and i < 128 or i == 95 else
                    ord("-") if i == 45 else ord(" ") for i in range(256))


def _glued(text: str) -> tuple[int, ...]:
    """Where a glued word starts: a capital right after a small letter, as _GLUED finds them
    (its letters are ASCII ones: any other character, a "?" in the bytes, is neither)."""
    kinds = text.encode("ascii", "replace").translate(_CASE_KINDS)
    found = []
    i = kinds.find(b"aA")
    while i != -1:
        found.append(i + 1)
        i = kinds.find(b"aA", i + 1)
    return tuple(found)


class _Starts(NamedTuple):
    """Where, in a whole article, a prefix of one `Anchored` stands: asked of many clauses, the
    article is read once and each clause takes its range (bisect) of the same offsets."""

    at: list[int]  # sorted offsets where a key starts (it may run past a range's end: checked then);
    # an offset stands once (no key goes on from another: _shortest)
    extra: list[int]  # sorted offsets where a glued word starts with a prefix (it need not fit the range)
    every: list[int]  # `at`, `extra` and, for a pattern that may start at any digit, the article's digits
    # (sorted, once each; `at` itself when there is nothing to add): what `finditer` and `search` read first


# The Anchored patterns asked about articles, by the copy of the text they read ("word" for
# those that start a word or at \\b, "plain"), and one automaton of all their keys each: an article is read once for
# all of them.  A key's value: how far back from its last character it starts, and whose it is.
_MAX_MEMBERS = 64


class _Combined(NamedTuple):
    """The automaton of one mode's members, published whole (threads read it without a lock)."""

    automaton: ahocorasick.Automaton
    groups: list[tuple[int, tuple[Anchored, ...]]]  # a key's value indexes its (start back, owners)
    members: tuple[Anchored, ...]
    member_set: frozenset[Anchored]


_combined: dict[str, _Combined] = {}
_join_lock = threading.Lock()


def _join(mode: str, anchored: Anchored) -> _Combined | None:
    """The automaton of `anchored`'s mode, with it added; None when that holds too many already."""
    with _join_lock:
        current = _combined.get(mode)
        members = current.members if current is not None else ()
        if anchored in members:
            return current
        if len(members) >= _MAX_MEMBERS:
            return None
        members = (*members, anchored)
        owners: dict[str, list[Anchored]] = {}
        for m in members:
            for key in m._keys:
                owners.setdefault(key, []).append(m)
        groups: dict[tuple, int] = {}
        found = ahocorasick.Automaton()
        for key, whose in owners.items():
            found.add_word(key, groups.setdefault((len(key) - 1, tuple(whose)), len(groups)))
        found.make_automaton()
        combined = _combined[mode] = _Combined(found, list(groups), members, frozenset(members))
        return combined


def _scan(article: _Article, mode: str, combined: _Combined) -> dict[Anchored, list[list[int]]]:
    """One pass of the mode's automaton over the article: for each member, sorted lists of the
    offsets where one of its keys starts (one list per set of keys sharing length and owners)."""
    text = article.folded if mode == "plain" else article.word_edges
    automaton, groups = combined.automaton, combined.groups
    buckets: list[list[int]] = [[] for _ in groups]
    for end, group in automaton.iter(text):
        buckets[group].append(end)
    parts: dict[Anchored, list[list[int]]] = {}
    for (back, whose), ends in zip(groups, buckets, strict=True):
        if not ends:
            continue
        starts = [e - back for e in ends]
        for m in whose:
            if m in parts:
                parts[m].append(starts)
            else:
                parts[m] = [starts]
    article.starts[mode] = (automaton, parts)
    return parts


def read_article(text: str) -> None:
    """Make `text` the article read last: the patterns read in the plain copy, too, then ask
    about its lines and sentences by the offsets found once in it (a long text only)."""
    if len(text) >= _CACHED_TEXT and _last[0][0] is not text:
        _last[0] = (text, _article(text))


def _digit_starts(article: _Article, start: str) -> list[int]:
    """Where, in the article, a digit stands that a pattern may start at, by how it starts
    (Anchored._start, or "plain"): any digit; for one that starts a word or at \\b, only a digit
    the pattern's start can hold before (no glued word starts with a digit)."""
    folded = article.folded
    if not folded.isascii():
        return [m.start() for m in _DIGIT_AFTER[start].finditer(folded)]
    # in an ASCII text a digit is 0-9 (as \\d reads it there), a word's character a letter, a digit
    # or "_": the same places are found in its bytes mapped to those kinds, where a digit is a "1"
    # (a literal: `re` skips to one fast)
    kinds = folded.encode("ascii").translate(_WORD_KINDS)
    return [m.start() for m in _KIND_DIGIT_AFTER[start].finditer(kinds)]


# a digit (looked for first: `re` skips to one fast) not after a character a word goes on from
_DIGIT_AFTER = {"plain": _DIGITS, "word": re.compile(r"\d(?<![\w-]\d)"), "boundary": re.compile(r"\d(?<!\w\d)")}
# the same in an ASCII text's _WORD_KINDS
_KIND_DIGIT_AFTER = {"plain": re.compile(rb"1"), "word": re.compile(rb"1(?<![1w\-]1)"), "boundary": re.compile(rb"1(?<![1w]1)")}


def _automaton(keys: list[str] | tuple[str, ...]) -> ahocorasick.Automaton:
    found = ahocorasick.Automaton()
    for key in keys:
        found.add_word(key, len(key))
    found.make_automaton()
    return found


def _literal(code: int) -> str | None:
    """The folded form of a pattern character, or None when a text character that matches it
    could fold to something else (a letter with extra case forms, such as "µ" and "μ")."""
    c = chr(code)
    low = c.lower()
    if c in (_OPEN, _DIGIT, _SPACE):
        return None  # the markers of _prefixes
    if c.isascii():
        return low  # "ı", "ſ" and "İ" are folded to "i" and "s" (_FOLD_FIXES); "K" (kelvin) lowers to "k"
    if len(low) != 1 or ord(low) in _EXTRA_CASES or code in _EXTRA_CASES:
        return None
    return low


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    return frozenset(x + y for x in a for y in b) if len(a) * len(b) <= _MAX_EXACT else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two sets of needed literals (longer shortest literal, then fewer)."""
    usable = [s for s in (a, b) if s and "" not in s]
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _analyse(seq: _parser.SubPattern | list) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, needed) for a sequence of parse-tree items: `exact` is every string it can match
    (None when open-ended or too many); `needed` is a set of literals every match contains one of."""
    run: frozenset[str] | None = frozenset({""})
    exact_all = True
    needed: frozenset[str] | None = None
    for item in seq:
        exact, need = _analyse_item(*item)
        needed = _better(needed, need)
        joined = _product(run, exact) if run is not None and exact is not None else None
        if joined is None:
            exact_all = False
            needed = _better(needed, run)
            joined = exact
        run = joined
    needed = _better(needed, run)
    return (run if exact_all else None), needed


def _analyse_item(op, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:  # noqa: ANN001
    if op is C.LITERAL:
        lit = _literal(av)
        return (frozenset({lit}), frozenset({lit})) if lit is not None else (None, None)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset({""}), None  # zero-width: the text around it is still contiguous
    if op is C.SUBPATTERN:
        return _analyse(av[-1])
    if op is C.ATOMIC_GROUP:
        return _analyse(av)
    if op is C.BRANCH:
        results = [_analyse(alt) for alt in av[1]]
        exacts = [e for e, _ in results]
        exact = frozenset().union(*exacts) if None not in exacts else None
        if exact is not None and len(exact) > _MAX_EXACT:
            exact = None
        needs = [_better(n, e) for e, n in results]
        return exact, (frozenset().union(*needs) if None not in needs else None)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        exact, need = _analyse(sub)
        if lo == 0:
            return (exact | {""} if exact is not None and hi == 1 else None), None
        return (exact if lo == hi == 1 else None), _better(need, exact)
    if op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 8:
        lits = [_literal(a) for _, a in av]
        if None not in lits:
            return frozenset(lits), frozenset(lits)
    return None, None


def needed_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded literals of which every match of `pattern` contains at least one, or None."""
    return _analyse(_parser.parse(pattern, flags))[1]


def _screen(regex: re.Pattern[str]) -> tuple[str, ...]:
    """The (folded) literals of which every match of `regex` holds one, shortened; () when none can be told."""
    needed = {s[:_SCREEN_CHARS] for s in needed_literals(regex.pattern, regex.flags) or ()}
    # one literal inside another makes the longer one redundant
    return tuple(sorted(s for s in needed if not any(o != s and o in s for o in needed)))


def _hopeless(screen: tuple[str, ...], string: str, pos: int, endpos: int) -> bool:
    """Whether string[pos:endpos] holds none of the literals of `screen` (so no match)."""
    if not screen:
        return False
    folded, pos = fold(string), max(pos, 0)
    for literal in screen:  # (found in place: a long article's range is not copied)
        if folded.find(literal, pos, endpos) >= 0:
            return False
    return True


class Screened:
    """A compiled regex that skips, with the same result, texts lacking every literal it needs."""

    __slots__ = ("regex", "screen", "pattern", "flags", "groupindex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern, self.flags, self.groupindex = regex.pattern, regex.flags, regex.groupindex
        self.screen = _screen(regex)

    def _hopeless(self, string: str, pos: int, endpos: int) -> bool:
        return _hopeless(self.screen, string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._hopeless(string, pos, endpos) else self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._hopeless(string, pos, endpos) else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._hopeless(string, pos, endpos) else self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._hopeless(string, pos, endpos) else self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return [] if self._hopeless(string, pos, endpos) else self.regex.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Screened({self.regex!r})"


# --------------------------------------------------------------------------- where a match can start

_PREFIX_CHARS = 8  # a match's first characters that locate it (fewer when that many make too long a list)
_MIN_PREFIX_CHARS = 3
_DISPATCH_CHARS = 8  # a match's first characters that tell which rule patterns may match there
_MAX_PREFIXES = 400
_FEW_PREFIXES = 12


def _prefixes(seq: _parser.SubPattern | list, k: int, spaces: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of a sequence of parse-tree items starts with: its
    first `k` characters (folded), or fewer, ended by _OPEN, where an item of unknown text
    (a class, a category) follows.  None when they are too many.  With `spaces`, a \\s stands
    in them as _SPACE (one or more of them as _SPACE, _OPEN), for keys read in an edge copy."""
    out = frozenset({""})
    for op, av in seq:
        if all(len(s) >= k or s.endswith(_OPEN) for s in out):
            break
        nxt = _item_prefixes(op, av, k, spaces)
        out = _extend(out, nxt if nxt is not None else frozenset({_OPEN}), k)
        if len(out) > _MAX_PREFIXES:
            return None
    return out


def match_prefixes(pattern: str, k: int) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` starts with: its first `k` characters
    (folded), or fewer where an item of unknown text (a class, a category) follows; None when
    they are too many.  For a caller that locates matches itself, like `Anchored`."""
    found = _prefixes(_parser.parse(pattern), k)
    if found is None:
        return None
    return frozenset(p.split(_OPEN)[0].split(_DIGIT)[0] for p in found)


def _extend(heads: frozenset[str], tails: frozenset[str], k: int) -> frozenset[str]:
    return frozenset(h if len(h) >= k or h.endswith(_OPEN) else (h + t)[:k] for h in heads for t in tails)


def _item_prefixes(op, av, k: int, spaces: bool = False) -> frozenset[str] | None:  # noqa: ANN001
    if op is C.LITERAL:
        lit = _literal(av)
        return frozenset({lit}) if lit is not None else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset({""})
    if op is C.SUBPATTERN:
        return _prefixes(av[-1], k, spaces)
    if op is C.ATOMIC_GROUP:
        return _prefixes(av, k, spaces)
    if op is C.BRANCH:
        alts = [_prefixes(alt, k, spaces) for alt in av[1]]
        return None if None in alts else frozenset().union(*alts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        one = _prefixes(sub, k, spaces)
        if one is None:
            return None
        if one == {_SPACE}:  # a run of spaces: its length is not told (none, when it may be empty)
            return frozenset({_SPACE + _OPEN, ""} if lo == 0 else {_SPACE + _OPEN})
        # k copies of a non-empty string already give k characters; an empty one may repeat any number of times
        lo = 0 if "" in one else min(lo, k)
        found, copies = set(), frozenset({""})
        for i in range(min(hi, k) + 1):
            if i >= lo:
                found |= copies
            copies = _extend(copies, one, k)
        return frozenset(found)
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        lits = [_literal(a) for _, a in av]
        return None if None in lits else frozenset(lits)
    if op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        return frozenset({_DIGIT})
    if spaces and op is C.IN and av == [(C.CATEGORY, C.CATEGORY_SPACE)]:
        return frozenset({_SPACE})
    return None


def _shortest(keys: Iterable[str]) -> tuple[str, ...]:
    """The keys, sorted, less those that go on from another ("in a us" after "in"): the shorter
    one stands wherever the longer does, and two keys that start at one offset would try it twice."""
    kept: list[str] = []
    for key in sorted(set(keys)):
        if not (kept and key.startswith(kept[-1])):  # (sorted: a key's own prefix comes right before those it starts)
            kept.append(key)
    return tuple(kept)


def _longest_prefixes(parsed: _parser.SubPattern) -> tuple[int, set[str], bool] | None:
    """(k, prefixes, at digits): the longest prefixes (`_prefixes`, of k = _PREFIX_CHARS characters
    down to _MIN_PREFIX_CHARS) one of which starts every match, each cut at its first digit, and
    whether a match may start with any digit; None when they cannot be told (too many, or an
    open start)."""
    for k in range(_PREFIX_CHARS, _MIN_PREFIX_CHARS - 1, -1):
        found = _prefixes(parsed, k)
        if found is None:
            continue
        # a prefix is searched for up to its first digit; one that starts with a digit makes
        # every digit a possible start
        prefixes = {p.rstrip(_OPEN).split(_DIGIT)[0] if not p.startswith(_DIGIT) else _DIGIT for p in found}
        at_digits = _DIGIT in prefixes
        prefixes.discard(_DIGIT)
        if "" not in prefixes and (prefixes or at_digits):
            return k, prefixes, at_digits
    return None


class Branches(NamedTuple):
    """How a regex is assembled from rule patterns: `head`, then one alternation of `groups`
    (each a named group or, with name None, bare alternatives) of patterns in order, then `tail`.
    `pattern()` is the regex itself; `pattern(keep)` the same regex with only the (group, pattern)
    alternatives in `keep` (an emptied named group stays, matching nothing, so names keep)."""

    head: str
    groups: tuple[tuple[str | None, tuple[str, ...]], ...]
    tail: str

    def pattern(self, keep: frozenset[tuple[int, int]] | None = None) -> str:
        parts = []
        for gi, (name, pats) in enumerate(self.groups):
            alts = "|".join(f"(?:{p})" for pi, p in enumerate(pats) if keep is None or (gi, pi) in keep)
            if name is None:
                if alts:
                    parts.append(alts)
            else:
                parts.append(f"(?P<{name}>{alts or '(?!)'})")
        return f"{self.head}(?:{'|'.join(parts) or '(?!)'}){self.tail}"


def _keys(pattern: str, flags: int, k: int) -> set[str] | None:
    """The folded strings of up to `k` characters (or _DIGIT) one of which starts every match of
    `pattern`, as `Anchored` looks them up; None when they cannot be told."""
    found = _prefixes(_parser.parse(pattern, flags), k)
    if found is None:
        return None
    keys = {p.rstrip(_OPEN).split(_DIGIT)[0] if not p.startswith(_DIGIT) else _DIGIT for p in found}
    return None if "" in keys else keys


class _Dispatch:
    """For a regex that is one long alternation of rule patterns (`Branches`): at a place where a
    match may start, the same regex with only the alternatives that can start with the text there
    ("air s" keeps "air strikes", not "airstrike" nor "shelling"; "the b" keeps "the base of", not
    "the attack").  A place where no alternative can start is not tried at all.  `re` tries alternatives in order and
    takes the first that leads to a match; dropping ones that cannot match there changes nothing,
    and the match (its text, span and named group) is the full regex's own."""

    _MAX_WINDOWS = 50_000

    def __init__(self, branches: Branches, regex: re.Pattern[str]) -> None:
        self.branches, self.regex = branches, regex
        self.always: set[tuple[int, int]] = set()  # alternatives whose start cannot be told
        self.digit: set[tuple[int, int]] = set()  # alternatives that may start with any digit
        self.by_key: dict[str, set[tuple[int, int]]] = {}
        for gi, (_, pats) in enumerate(branches.groups):
            for pi, pat in enumerate(pats):
                # the longest keys that can be told: the fewer places the pattern is tried at
                keys = next(filter(None, (_keys(pat, regex.flags, k)
                                          for k in range(_DISPATCH_CHARS, _MIN_PREFIX_CHARS - 1, -1))), None)
                if keys is None:
                    self.always.add((gi, pi))
                    continue
                for key in keys:
                    if key == _DIGIT:
                        self.digit.add((gi, pi))
                    else:
                        self.by_key.setdefault(key, set()).add((gi, pi))
        self.lengths = sorted({len(k) for k in self.by_key})
        self.n_alts = sum(len(p) for _, p in branches.groups)
        self._by_window: dict[str, re.Pattern[str] | None] = {}
        self._by_set: dict[frozenset[tuple[int, int]], re.Pattern[str] | None] = {}

    def regex_at(self, folded: str, pos: int) -> re.Pattern[str] | None:
        """The regex to try at `pos` of the folded text (None: nothing can match there)."""
        window = folded[pos : pos + _DISPATCH_CHARS]
        try:
            return self._by_window[window]
        except KeyError:
            pass
        chosen = set(self.always)
        for n in self.lengths:
            if len(window) >= n:
                chosen |= self.by_key.get(window[:n], set())
        if window[:1].isdigit():
            chosen |= self.digit
        keep = frozenset(chosen)
        if keep not in self._by_set:
            if len(keep) == self.n_alts:
                rx = self.regex
            elif not keep:
                rx = None
            else:
                rx = re.compile(self.branches.pattern(keep), self.regex.flags)
            self._by_set[keep] = rx
        if len(self._by_window) >= self._MAX_WINDOWS:
            self._by_window.clear()
        rx = self._by_window[window] = self._by_set[keep]
        return rx


class Anchored:
    """A compiled regex whose matches are looked for only where one of their possible first
    characters (folded) stands in the text.

    A long case-insensitive alternation ("air strikes|raids|shelled|...") costs `re` a try of
    every alternative at every word; its matches, though, can only start at a few dozen
    three-letter prefixes ("air", "rai", "she").  `finditer()` finds those in a folded copy of
    the text in one Aho-Corasick pass (in an article, only where a word starts, for a pattern
    that starts with a word boundary) and runs `regex.match` at each in turn (where the
    previous match left off), which yields exactly the matches `regex.finditer` would.  A regex
    whose prefixes cannot be told (or that can match the empty string) is run as it is."""

    __slots__ = ("regex", "pattern", "flags", "groupindex", "_prefixes", "_at_digits", "_automaton", "_start", "_at_edges",
                 "_dispatch", "_mode", "_keys", "_reach", "_few", "_digits_key", "_screen")

    def __init__(self, regex: re.Pattern[str], branches: Branches | None = None, screen: bool = False) -> None:
        self.regex = regex
        self.pattern, self.flags, self.groupindex = regex.pattern, regex.flags, regex.groupindex
        # with `screen`, a text (or range) holding none of the literals every match needs is
        # passed over before its starts are looked for (a pattern that may start at many places,
        # such as every number, but needs a rarer word further on)
        self._screen = _screen(regex) if screen else ()
        # the longest prefixes that can be told: the longer, the fewer places to try
        parsed = _parser.parse(regex.pattern, regex.flags)
        # a regex assembled from rule patterns (`branches`) starts as one of them does: each
        # pattern's own longest prefixes ("they said", not the "the" that the whole alternation's
        # too many prefixes would be cut to); else the regex's own
        alternatives = None
        if branches is not None and branches.pattern() == regex.pattern:
            alternatives = [_parser.parse(p, regex.flags) for _, pats in branches.groups for p in pats]
        told = [_longest_prefixes(alt) for alt in alternatives or ()]
        if not told or None in told:
            told = [_longest_prefixes(parsed)]
            alternatives = [parsed]
        usable = None not in told
        prefixes = set().union(*(t[1] for t in told)) if usable else set()
        self._at_digits = usable and any(t[2] for t in told)
        self._prefixes = tuple(sorted(prefixes)) if usable else None
        # A pattern that can only match where a word starts looks its prefixes up behind an
        # edge mark (_edges): far fewer places to try than every occurrence of "the" or "air".
        self._start = ""
        if self._prefixes and all(p[0].isalnum() or p[0] == "_" for p in self._prefixes):
            if regex.pattern.startswith(WORD_START):
                self._start = "word"
            elif not regex.flags & re.ASCII and _at_boundary(parsed):
                self._start = "boundary"
        # all prefixes found in one pass over the text (Aho-Corasick), not one str.find scan each;
        # in an article's edge copy, only where a word starts (a prefix's own spaces and stops read
        # _EDGE there too: a few more tries, none missed). The same keys are what an article's
        # combined automaton looks up (_join), in the copy of the text they are read in.
        # the copy of an article it is read in: a pattern that starts at \\b is read in the copy for
        # word starts too (a hyphen before it stays one there: its keys come in two forms, _EDGE or
        # "-" first), so one automaton reads an article for both
        self._mode = "word" if self._start else "plain"
        self._digits_key = _DIGIT + (self._start or "plain")  # where, in an article, its digits are kept (_digit_starts)
        self._keys: tuple[str, ...] = ()
        self._automaton = self._at_edges = None
        # in a short text, a few prefixes are found faster one by one (str.find) than by the automaton
        self._few = self._prefixes if self._prefixes and len(self._prefixes) <= _FEW_PREFIXES else None
        if self._prefixes:
            self._keys = _shortest(self._prefixes)
            self._automaton = _automaton(self._keys)
            if self._start:
                # read in the edge copy, a prefix goes on past a \s (an _EDGE there): "a" + _EDGE, not every "a..."
                edged: set[str] = set()
                for alt, (k, plain, _) in zip(alternatives, told, strict=True):
                    spaced = _prefixes(alt, k, spaces=True)
                    edged |= ({p.rstrip(_OPEN).split(_DIGIT)[0] for p in spaced if not p.startswith(_DIGIT)}
                              if spaced is not None else plain)
                blank = sorted({_NOT_WORD_OR_HYPHEN.sub(_EDGE, p) for p in edged})
                after = (_EDGE,) if self._start == "word" else (_EDGE, "-")  # what may stand before a match
                self._keys = _shortest(before + p for p in blank for before in after)
                self._at_edges = _automaton(self._keys)
        # a key read in the edge copy starts with the character before the match
        self._reach = max(map(len, self._keys), default=0) - (1 if self._start else 0)
        # a regex assembled from rule patterns tries, at each place, only the patterns that can start there
        self._dispatch = None
        if self._prefixes and branches is not None and branches.pattern() == regex.pattern:
            self._dispatch = _Dispatch(branches, regex)

    def _starts(self, string: str, pos: int, endpos: int) -> list[int]:
        """Sorted offsets in [pos, endpos) where a match may start: a prefix occurs in the folded
        text (behind an edge mark, for a pattern that starts a word)."""
        return self._locate(string, pos, endpos)[0]

    def _locate(self, string: str, pos: int, endpos: int) -> tuple[list[int], str]:
        """`_starts`, and the folded text it read."""
        if endpos <= pos:
            return [], ""
        article = None
        if len(string) >= _CACHED_TEXT:
            # an article, searched many times: its offsets found once (a pattern read in the plain
            # copy asks only about the article the patterns of words were last asked about)
            last = _last[0]  # read once: another thread may replace it
            if string is last[0]:
                article = last[1]
            elif self._at_edges is not None:
                article = _article(string)
                _last[0] = (string, article)
        if article is not None:
            index = article.starts.get(self)
            if index is None:
                index = self._index(article)
            if index is not None:
                at = index.at
                lo = bisect_left(at, pos)
                hi = bisect_left(at, endpos, lo)
                if lo == hi:
                    found = []
                elif at[hi - 1] > endpos - self._reach:
                    # a key that starts in the range but runs past its end is not found there
                    mid = bisect_left(at, endpos - self._reach, lo, hi)
                    found = at[lo:mid] + self._fitting(article, at[mid:hi], endpos)
                else:
                    found = at[lo:hi]
                if index.extra:
                    extra = index.extra
                    more = extra[bisect_left(extra, pos) : bisect_left(extra, endpos)]
                    if more:
                        found = sorted(set(found).union(more))
                if self._at_digits:
                    digits = self._article_digits(article)
                    more = digits[bisect_left(digits, pos) : bisect_left(digits, endpos)]
                    if more:
                        found = sorted(set(found).union(more))
                return found, article.folded
            if self._at_edges is not None:
                # a key "\x02air" ending at index e of the edge copy is "air" starting at text index e - 3.
                folded = article.folded
                at = 1
                found = [end - n + at for end, n in self._at_edges.iter(article.word_edges, pos, endpos + 1)]
                if self._start == "word" and article.glued:  # glued words ("strikesOn"): rare, checked one by one
                    glued = article.glued
                    found.extend(i for i in glued[bisect_left(glued, pos) : bisect_left(glued, endpos)]
                                 if folded.startswith(self._prefixes, i))
                if self._at_digits:
                    found.extend(m.start() for m in _DIGITS.finditer(folded, pos, endpos))
                return (sorted(set(found)) if len(found) > 1 else found), folded
        folded = fold(string)
        found = []
        if self._few is not None:
            for key in self._few:  # every occurrence, as the automaton finds them
                i = folded.find(key, pos, endpos)
                while i != -1:
                    found.append(i)
                    i = folded.find(key, i + 1, endpos)
        elif self._automaton is not None:
            # (the range read in place, no slice made; few: a loop costs less than a list comprehension)
            for end, n in self._automaton.iter(folded, pos, endpos):
                found.append(end - n + 1)
        if self._at_digits:
            found.extend(m.start() for m in _DIGITS.finditer(folded, pos, endpos))
        return (sorted(set(found)) if len(found) > 1 else found), folded

    def _fitting(self, article: _Article, near: list[int], endpos: int) -> list[int]:
        """The offsets of `near` (close to the range's end) where one of the keys fits before it."""
        if self._mode == "plain":
            text, automaton, limit = article.folded, self._automaton, endpos
        else:
            text = article.word_edges
            automaton, limit = self._at_edges, endpos + 1
        # (the automaton reads a slice: given the whole text and a range, it converts the whole text)
        return [p for p in near if any(end + 1 == n for end, n in automaton.iter(text[p:limit]))]

    def _index(self, article: _Article) -> _Starts | None:
        """Every offset of the article where one of the keys starts (`_locate` reads ranges of
        it): the mode's automaton reads the article once for all its members.  None (the text
        is read range by range) when the automaton holds too many patterns already."""
        mode = self._mode
        combined = _combined.get(mode)
        if combined is None or self not in combined.member_set:
            combined = _join(mode, self)
            if combined is None:
                return None
        scan = article.starts.get(mode)
        parts = scan[1] if scan is not None and scan[0] is combined.automaton else _scan(article, mode, combined)
        lists = parts.get(self)
        if not lists:
            at = []
        elif len(lists) == 1:
            at = lists[0]
        else:
            at = []
            for starts in lists:
                at += starts
            at.sort()
        extra = self._extra(article)
        every = at
        if extra or self._at_digits:
            every = sorted(set(at).union(extra, self._article_digits(article) if self._at_digits else ()))
        index = article.starts[self] = _Starts(at, extra, every)
        return index

    def _article_digits(self, article: _Article) -> list[int]:
        """The article's digits this pattern may start at, found once for every pattern of the mode asking."""
        digits = article.starts.get(self._digits_key)
        if digits is None:
            digits = article.starts[self._digits_key] = _digit_starts(article, self._start or "plain")
        return digits

    def _extra(self, article: _Article) -> list[int]:
        """Offsets of glued words ("strikesOn") where a prefix stands: rare, checked one by one."""
        if self._start == "word" and article.glued:
            return [i for i in article.glued if article.folded.startswith(self._prefixes, i)]
        return []

    @property
    def anchored(self) -> bool:
        """Whether the first characters of a match could be told (else the regex runs as it is)."""
        return self._prefixes is not None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        # When `string` is the article read last and this pattern's offsets in it are known (glued
        # words and digits merged in: `_Starts.every`), one bisect in them answers, for most ranges
        # asked about (a sentence, a clause) hold none; else, with a screen or a key near the range's
        # end that may run past it (_fitting), `_locate` does.  (Written out here and in `search`,
        # not in a helper: they are asked about every sentence.)
        last = _last[0]  # read once: another thread may replace it
        if string is last[0] and (index := last[1].starts.get(self)) is not None:
            at = index.every
            lo = bisect_left(at, pos)
            if lo == len(at) or at[lo] >= endpos:
                return _NOTHING
            if not self._screen:
                end = endpos if endpos < len(string) else len(string)
                hi = bisect_left(at, end, lo)
                if at[hi - 1] <= end - self._reach:
                    return self._finditer(string, pos if pos > 0 else 0, end, at[lo:hi], last[1].folded)
        if self._prefixes is None:
            return self.regex.finditer(string, pos, endpos)
        if pos < 0:
            pos = 0
        if endpos > len(string):
            endpos = len(string)
        if self._screen and _hopeless(self._screen, string, pos, endpos):
            return _NOTHING
        starts, folded = self._locate(string, pos, endpos)
        return self._finditer(string, pos, endpos, starts, folded) if starts else _NOTHING

    def _finditer(self, string: str, pos: int, endpos: int, starts: list[int], folded: str) -> Iterator[re.Match[str]]:
        dispatch = self._dispatch
        if dispatch is None:
            match = self.regex.match
            for p in starts:
                if p < pos:
                    continue  # inside the previous match
                m = match(string, p, endpos)
                if m is not None:
                    yield m
                    pos = m.end()
            return
        regex_at, by_window = dispatch.regex_at, dispatch._by_window
        for p in starts:
            if p < pos:
                continue
            rx = by_window.get(folded[p : p + _DISPATCH_CHARS], _UNSEEN)  # (regex_at's own memo, asked first)
            if rx is _UNSEEN:
                rx = regex_at(folded, p)
            if rx is not None and (m := rx.match(string, p, endpos)) is not None:
                yield m
                pos = m.end()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match `finditer` would yield (without making the iterator)."""
        # the starts as `finditer` finds them (see there)
        last = _last[0]  # read once: another thread may replace it
        known = False
        if string is last[0] and (index := last[1].starts.get(self)) is not None:
            at = index.every
            lo = bisect_left(at, pos)
            if lo == len(at) or at[lo] >= endpos:
                return None
            if not self._screen:
                if endpos > len(string):
                    endpos = len(string)
                hi = bisect_left(at, endpos, lo)
                if at[hi - 1] <= endpos - self._reach:
                    starts, folded, known = at[lo:hi], last[1].folded, True
        if not known:
            if self._prefixes is None:
                return self.regex.search(string, pos, endpos)
            if pos < 0:
                pos = 0
            if endpos > len(string):
                endpos = len(string)
            if self._screen and _hopeless(self._screen, string, pos, endpos):
                return None
            starts, folded = self._locate(string, pos, endpos)
        dispatch = self._dispatch
        if dispatch is None:
            match = self.regex.match
            for p in starts:
                if (m := match(string, p, endpos)) is not None:
                    return m
            return None
        regex_at, by_window = dispatch.regex_at, dispatch._by_window
        for p in starts:
            rx = by_window.get(folded[p : p + _DISPATCH_CHARS], _UNSEEN)  # (regex_at's own memo, asked first)
            if rx is _UNSEEN:
                rx = regex_at(folded, p)
            if rx is not None and (m := rx.match(string, p, endpos)) is not None:
                return m
        return None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.regex.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Anchored({self.regex!r})"


def _at_boundary(seq: _parser.SubPattern | list) -> bool:
    """Whether every match of a sequence of parse-tree items starts at a \\b (after any other
    zero-width assertions): the first item, or each alternative of a group that opens it."""
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the \b that follows holds at the same place
        if op is C.AT:
            return av is C.AT_BOUNDARY
        if op is C.SUBPATTERN:
            return not av[1] & re.ASCII and _at_boundary(av[-1])
        if op is C.ATOMIC_GROUP:
            return _at_boundary(av)
        if op is C.BRANCH:
            return all(_at_boundary(alt) for alt in av[1])
        return False
    return False


def _looks_back(regex: re.Pattern[str]) -> bool:
    """Whether the regex holds a lookbehind or a start anchor (^, \\A): what it finds at a position
    may then depend on more than whether a word character stands before it."""
    def walk(seq: _parser.SubPattern | list) -> bool:
        for op, av in seq:
            if op in (C.ASSERT, C.ASSERT_NOT):
                if av[0] < 0 or walk(av[1]):
                    return True
            elif op is C.AT:
                if av in (C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING):
                    return True
            elif op is C.SUBPATTERN:
                if walk(av[-1]):
                    return True
            elif op is C.ATOMIC_GROUP:
                if walk(av):
                    return True
            elif op is C.BRANCH:
                if any(walk(alt) for alt in av[1]):
                    return True
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if walk(av[2]):
                    return True
            elif op is C.GROUPREF_EXISTS:
                if walk(av[1]) or (av[2] is not None and walk(av[2])):
                    return True
        return False
    return walk(_parser.parse(regex.pattern, regex.flags))


_LOOKS_BACK: dict[re.Pattern[str], bool] = {}
_SCREENS = (Anchored, Screened)


def found_in(rx: Anchored | Screened | re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `rx.search(text[start:end])` finds a match, asked of the whole text: an article's
    offsets are found once for all its sentences.  Searching `text` from `start` reads the same
    as searching the slice when no word character stands before `start` (\\b holds alike) and
    the regex does not look behind or anchor at a start; else the slice is searched."""
    regex = rx.regex if isinstance(rx, _SCREENS) else rx
    back = _LOOKS_BACK.get(regex)
    if back is None:
        back = _LOOKS_BACK[regex] = _looks_back(regex)
    if back or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
        return rx.search(text[start:end]) is not None
    return rx.search(text, start, end) is not None


def screened(pattern: str | re.Pattern[str], flags: int = 0, branches: Branches | None = None,
             screen: bool = False) -> Anchored | Screened:
    """`re.compile(pattern, flags)`, tried only where a match can start (`Anchored`) or, when
    that cannot be told, only on texts holding a literal every match needs (`Screened`).
    `branches`, when the pattern is `branches.pattern()`, lets `Anchored` try at each place only
    the alternatives that can start there; `screen` makes `Anchored` pass over, first, a text
    holding no literal every match needs (both)."""
    anchored = Anchored(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags), branches, screen)
    return anchored if anchored.anchored else Screened(anchored.regex)
