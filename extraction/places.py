"""Gazetteer: known sites with coordinates and their sources, and a fast matcher for place names.

The rules are data: `extraction/rules/gazetteer.csv` lists every site, its aliases and where
its coordinates come from.  Spelling variants that follow a rule are generated here, so the
file lists only genuinely different spellings:

- the Arabic article: `al-`, `Al `, `el-`, `ad-`, `ash-`, `az-` ... or none in front of a name
  written without one ("Mayadin" also matches "al-Mayadin"); a name written WITH an article
  needs one ("al-Omar" matches "Al Omar" and "el-Omar" but never a bare "Omar");
- an article inside a name takes any form ("Deir ez-Zor" = "Deir al-Zor" = "Deirezzor");
- hyphen, space or nothing between words; apostrophes optional where the alias has one;
- in words of six letters or more (a doubled letter counted once): doubled or single
  consonants, vowel spelling within a family (a~e, i~e~ee, o~u~ou, ai~ei: "Mayadeen",
  "Boukamal", "Shadadi"), a final -h ("Shaddadah" ~ "Shaddada") and a French -e ("Mayadine");
  such a tolerant match (not a listed spelling) must be capitalised in the text;
- in words of four or five letters, only an inner consonant single or doubled ("Hajjin" ~ "Hajin",
  "Raqa" ~ "Raqqa", "Mossul" ~ "Mosul"), under the same capital rule;
- a listed spelling matches in any case except that its first capitalised word (as the
  gazetteer writes it) must be capitalised in the text, so "a green village", "shell" or
  "victory" never become places;
- `{site_id}` inside an alias stands for every name of that site
  ("{deir_ez_zor_city} province" is "Deir ez-Zor province", "Deir al Zur province", ...).

Matching runs on a same-length normalised copy of the text (lower case, one kind of dash and
apostrophe, accents dropped), so offsets always index the caller's text.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from .errors import RuleError
from .records import PlaceMatch, Site, Span
from .screen import match_prefixes, screened
from .settings import RULES_DIR

__all__ = ["COLUMNS", "DEFAULT_PATH", "PRECISIONS", "Gazetteer", "load_gazetteer"]

DEFAULT_PATH = RULES_DIR / "gazetteer.csv"
COLUMNS = ("id", "name", "aliases", "lat", "lon", "precision", "kind", "parent", "bank",
           "region", "source", "notes")
PRECISIONS = ("facility", "town", "district", "province", "country")  # finest first
BANKS = ("", "east", "west")
# Every site below country level must lie in this box (lat_min, lat_max, lon_min, lon_max):
# the Levant, Iraq, Iran and Arabia; it also catches most swapped lat/lon pairs of Syrian sites.
MIDDLE_EAST = (12.0, 38.5, 25.0, 63.0)

_ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "ed", "er", "es", "esh", "et", "ez"}
)
# The Arabic article as it opens a hyphenated name in running text ("al-Mayadin", "an-Nasr", "ul-Haq"): the
# gazetteer's forms and two that it does not strip from names ("an" and "ul" are also English words)
ARTICLE_PREFIX = "|".join(sorted(_ARTICLES | {"an", "ul"}, key=lambda a: (-len(a), a)))
_VOWELS = frozenset("aeiou")
# A final common noun may take a plural -s ("the al-Omar and Tanak oil fields").
_PLURALISABLE = frozenset(
    "province governorate field oilfield base camp plant facility airport airbase depot".split()
)
_FLEX_MIN = 6  # words this long (doubled letters counted once) get spelling tolerance
_DOUBLING_MIN = 4  # words this long (and shorter than _FLEX_MIN) keep their letters but may double an inner consonant
_LETTER_RUN = re.compile(r"(.)\1*")
# Regex pieces (the text they run on is already lower-cased and normalised).
_SEP = r"[\s\-]{0,3}"
_INNER_ART = r"[ae](?:sh|th|dh|[ldrstz])"
# A leading article: al/el with hyphen, space or nothing; sun-letter forms (ash-, ad-) with a hyphen or
# apostrophe, or with a space before their own letter ("As Susah", "Ash Shafah": the coalition's releases),
# which counts only when capitalised (_capitalised), so the English words "as"/"at" never become an article.
_LEAD_ART = r"(?:[ae]l[\s\-']?|[ae](?:sh|th|dh|[drstz])[\-']|a(?:sh\s(?=sh)|s\s(?=s(?!h))|d\s(?=d)|t\s(?=t)|z\s(?=z)))"
_SPACED_ART = re.compile(r"[ae](?:sh|dh|th|[sdtz])\s", re.I)
_BEFORE_NAME = r"[^a-z0-9]"  # what stands before a name that does not open the text
_RIGHT = r"(?![a-z0-9])"
# Where a name may start is found by an Aho-Corasick pass for the first characters of every name
# (its article's included) in an "edge copy" of the text: _EDGE first (before the text), then the
# text with every character of _BEFORE_NAME (no letter or digit) replaced by _EDGE.
_EDGE = "\x02"
_START_CHARS = 5  # characters of a name's body (after its article) that the automaton looks for: the more, the fewer false starts
_START_ATOMS = 5  # the first atoms of a name's body that tell them (fewer characters where one is optional)
_EDGE_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 2 for c in range(128)) + bytes(range(128, 256))
_NOT_NAME_CHAR = re.compile(_BEFORE_NAME)
# "near al-Jafra village", "the village of Tabiyeh": a facility's bare name on a village is the village
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b")
_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+(?:the\s+)?$")
_FACILITY_WORD = re.compile(r"\b(?:field|fields|oilfield|gas|plant|base|airport|airbase|station|facility|camp|village)\b")
# "the (military) airport of X", "the air base near X": the town names the airfield it serves
_AIRPORT_OF = re.compile(r"\b(?:airport|air ?base|airfield|air field)\s+(?:of|in|near|outside)\s+(?:[\w'’-]+\s+){0,4}$")
_AIRPORT_KINDS = frozenset({"airport", "military_airport", "airbase"})
# After a place name, these make it the name of an outlet or an organisation, not a place:
# "Deir Ezzor 24" (a local monitor), "Deir ez-Zor Military Council" (an SDF unit), "Al-Mayadeen TV", "Deir ez-Zor News".
_NOT_A_PLACE_AFTER = re.compile(
    r"[\s\-]*(?:24(?![0-9])(?!\s*(?:hours?|hrs?|h\b|km|kilomet|miles?|people|persons?|of\b|"
    r"killed|dead|were|civilians?|fighters?|militants?|soldiers?|members?|rockets?|shells?|"
    r"missiles?|drones?|times?|percent|%))"
    # "[Deir ez-Zor News]", "Raqqa Press Network": a channel named after the place
    r"|military\s+council|(?:tv|television|channel|broadcaster|english|website|news|network|press)\b"
    r"|'s?\s+(?:correspondent|reporter|office|website|channel)\b)"  # "Al Mayadeen's correspondent in Deir Ezzor"
)
# ...and before it: "a pro-regime Lebanese television, Al-Mayadeen, spoke of"
# ("Syrian sources told Al Mayadeen that...": what one tells is an outlet or a person)
_OUTLET_BEFORE = re.compile(r"\b(?:television|tv|channel|broadcaster|network|outlet|newspaper|daily|agency)\s*,?\s*$|\btold\s+$"
                            # "Iraqi security sources who spoke to Al Mayadeen", "in an interview with Al Mayadeen"
                            r"|\b(?:spoke|speaking|talking|talked|spoken)\s+to\s+$|\bquoted\s+by\s+$|\binterview\s+with\s+$")

# Same-length normalisation: typographic dashes and apostrophes, accented Latin letters.
_PUNCT = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
_PUNCT.update({ord(c): "'" for c in "\u2018\u2019\u201b\u02bc\u02bf\u02be\u00b4`\u2032"})


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Translation tables: case-preserving (punctuation, accents) and lower-casing."""
    keep = dict(_PUNCT)
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            keep[cp] = base
    lower = dict(keep)
    for cp in range(ord("A"), ord("Z") + 1):
        lower[cp] = chr(cp).lower()
    for cp, ch in keep.items():
        if ch.isalpha():
            lower[cp] = ch.lower()
    return keep, lower


_KEEP_CASE, _LOWER = _build_tables()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _normalise(text: str, lower: bool = True) -> str:
    """A copy of `text` of the same length, lower-cased (optional) with unified punctuation."""
    out = text.lower() if lower else text
    if out.isascii():
        return out
    table = _LOWER if lower else _KEEP_CASE
    if len(out) != len(text):  # a rare character whose lower case is longer
        return text.translate(table)  # one character for one: same length
    return _NON_ASCII.sub(lambda m: table.get(ord(m.group()), m.group()), out)


def _skeleton(s: str) -> str:
    """A spelling-tolerant key: no separators, inner articles, vowels, doubled letters or final h."""
    tokens = [t for t in re.split(r"[\s\-']+", s) if t]
    tokens = [t for i, t in enumerate(tokens) if not (t in _ARTICLES and i < len(tokens) - 1)]
    out: list[str] = []
    for ch in "".join(tokens):
        if ch in _VOWELS:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    while len(out) > 1 and out[-1] == "h":
        out.pop()
    return "".join(out)


def _token_atoms(tok: str) -> list[str]:
    """Regex atoms for one word of an alias (see the module docstring for the tolerances);
    an apostrophe is optional and only the part before it gets the spelling tolerance."""
    head, *rest = tok.split("'")
    atoms = _word_atoms(head)
    for piece in rest:
        atoms.append("'?")
        atoms.extend(re.escape(ch) for ch in piece)
    return atoms


def _vowel_atom(run: str) -> str:
    """The spellings a vowel may take in transliteration: a~e, i~e~ee~ie, o~u~ou~oo, ai~ei.
    Only within a family, so "Mosul" never matches "missile"."""
    if run == "a":
        return "[ae]"
    if run == "e":
        return "(?:ee|e|a|i)"
    if run == "i":
        return "(?:ee|ie|ei|i|e)"
    if run in ("o", "u", "ou", "oo"):
        return "(?:ou|oo|o|u)"
    if run in ("ai", "ei"):
        return "(?:ai|ei|a|e)"
    if run in ("ee", "ie", "ea"):
        return "(?:ee|ie|ea|i)"
    return re.escape(run)


def _word_atoms(word: str) -> list[str]:
    """Atoms for a word without apostrophes: literal up to three letters, an inner consonant single or
    doubled in four or five, tolerant from six letters."""
    word_1 = re.sub(r"(.)\1+", r"\1", word)  # the flexible form carries its own doubling
    if not word.isalpha() or len(word_1) < _DOUBLING_MIN:
        return [re.escape(ch) for ch in word]
    if len(word_1) < _FLEX_MIN:  # a short word keeps its letters, but an inner consonant may be single or doubled ("Hajjin")
        runs = [m.group() for m in _LETTER_RUN.finditer(word)]
        return [run if run[0] in _VOWELS or run[0] == "h" or i in (0, len(runs) - 1) else run[0] + "{1,2}"
                for i, run in enumerate(runs)]
    word = word_1
    atoms = [re.escape(word[0])]
    i = 1
    while i < len(word):
        ch = word[i]
        if ch in _VOWELS:
            j = i
            while j < len(word) and word[j] in _VOWELS:
                j += 1
            if j == len(word) - 1 and word[j] == "h":  # a final -ah/-eh: the h is optional
                return [*atoms, _vowel_atom(word[i:j]), "h?"]
            atoms.append(_vowel_atom(word[i:j]))
            i = j
            continue
        atoms.append(re.escape(ch) + "{1,2}")
        i += 1
    atoms.append("h?" if word[-1] in _VOWELS else "e?")
    return atoms


_WORD_SEP = re.compile(r"[\s\-]+")


def _tokens(alias_norm: str) -> list[str]:
    """The words of a name, split at spaces and hyphens."""
    return [t for t in _WORD_SEP.split(alias_norm) if t]


def _parse_alias(alias_norm: str) -> tuple[bool, list[str]]:
    """(needs a leading article, body tokens) of a normalised alias."""
    toks = _tokens(alias_norm)
    if len(toks) > 1 and toks[0] in _ARTICLES:
        return True, toks[1:]
    return False, toks


def _body_atoms(body: list[str]) -> list[str]:
    """Regex atoms for the words of an alias after its leading article."""
    atoms: list[str] = []
    for i, tok in enumerate(body):
        if i:
            atoms.append(_SEP)
        if 0 < i < len(body) - 1 and tok in _ARTICLES:
            atoms.append(_INNER_ART)
        else:
            atoms.extend(_token_atoms(tok))
    if len(body) > 1 and body[-1] in _PLURALISABLE:
        atoms.append("s?")  # "Deir ez-Zor and Hasakah provinces"
    return atoms


def _alias_key(alias_norm: str) -> str:
    """Identity of an alias for duplicate detection: words, with every article written 'al'."""
    toks = _tokens(alias_norm.replace("'", ""))
    return " ".join("al" if t in _ARTICLES and len(toks) > 1 else t for t in toks)


def _edge_copy(low: str) -> str:
    """_EDGE + `low` with every character that is no ASCII letter or digit replaced by _EDGE
    (index i + 1 is text index i; index 0 stands before the text)."""
    if low.isascii():
        return _EDGE + low.encode("ascii").translate(_EDGE_BYTES).decode("ascii")
    return _EDGE + _NOT_NAME_CHAR.sub(_EDGE, low)


def _edge_prefixes(pattern: str, k: int) -> set[str]:
    """The first (up to) `k` characters of every match of `pattern`, as the edge copy has them
    (all separators read as _EDGE: a pattern's `\\s` is read as a space, which the prefixes can
    tell, then marked like the text's); {""} when they are too many to tell."""
    found = match_prefixes(pattern.replace(r"\s", " "), k)
    return {_NOT_NAME_CHAR.sub(_EDGE, p) for p in found} if found is not None else {""}


_ARTICLE_EDGES = frozenset(_edge_prefixes(_LEAD_ART, 8))  # every form of a leading article, whole


def _start_keys(needs_article: bool, head: str) -> set[str]:
    """The automaton's keys for an alias whose body starts with the atoms `head`: _EDGE, its
    article (if any) and the first characters of its body, as the edge copy has them."""
    bodies = _edge_prefixes(head, _START_CHARS)
    articles = _ARTICLE_EDGES if needs_article else _ARTICLE_EDGES | {""}
    return {_EDGE + a + b for a in articles for b in bodies}


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """One regex for many atom sequences, factored as a trie so matching is fast; at each
    fork the branch that can run longest is tried first."""
    root: dict = {}
    for atoms in sequences:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[None] = {}
    return _emit(root)[0]


def _emit(node: dict) -> tuple[str, int]:
    """(regex, depth of the longest path) for a trie node."""
    children = [(atom, *_emit(child)) for atom, child in node.items() if atom is not None]
    if not children:
        return "", 0
    children.sort(key=lambda c: (-c[2], c[0]))
    branches = [atom + rx for atom, rx, _ in children]
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if None in node:
        inner = "(?:" + inner + ")?" if len(branches) == 1 else inner + "?"
    return inner, 1 + children[0][2]


@dataclass(frozen=True)
class _Alias:
    site_id: str
    text: str  # as written in the gazetteer (templates expanded)
    needs_article: bool
    body_regex: str
    n_words: int  # words in the alias as written, article included
    capital_word: int  # index of the first word the gazetteer capitalises (-1: none)


# ---------------------------------------------------------------- places the gazetteer does not know
_KIND_WORDS = (
    "village villages town towns township city hamlet area camp base airport airbase airfield "
    "field oilfield district subdistrict sub-district neighborhood neighbourhood region desert "
    "countryside outskirts suburb suburbs locality crossing checkpoint farm farms hill hills "
    "mountain station compound settlement quarter sector zone"
).split() + ["military base", "air base", "oil field", "gas field", "border crossing"]
_NAME_WORD = r"[A-Z][A-Za-z0-9'\-]*[A-Za-z0-9]|[A-Z]"
_NAME = (
    r"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)[\-'\s])?(?:" + _NAME_WORD + r")"
    r"(?:[ \-](?:(?:al|el)[\- ])?(?:" + _NAME_WORD + r")){0,2}"
)
# Found on the lower-cased text (fast: it starts with literal words); the name is then read
# from the case-preserving copy, after "<kind> of" or before "<kind>" after "in/near/...".
# (anchored: tried only where one of the words starts, not at every letter of a sentence; the
# matches are the regex's own, screen.py)
_KIND_RE = screened(
    _trie_regex([[r"\s+" if c == " " else re.escape(c) for c in w] for w in _KIND_WORDS])
    + r"(?![a-z0-9])"
)
_NAME_AFTER_RE = re.compile(r"\s+(?:of|called|named)\s+(" + _NAME + r")")
_NAME_BEFORE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?i:the)|(?i:in|near|at|around|outside|from|to|towards?|into|on|of|"
    r"targeting|targeted|hit|struck|shelled|attacked|stormed)(?:\s+(?i:the))?)\s+"
    r"(" + _NAME + r")\s+\Z"
)
_LOOKBACK = 80
_HAS_CAPITAL = re.compile(r"[A-Z]")

# Capitalised words that are never an unknown place name (or never its first word).
_NOT_A_NAME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the a an this that these those its his
    her their our us u.s usa america american americans syria syrian syrians iraq iraqi iraqis
    iran iranian iranians israel israeli russia russian turkey turkish kurdish kurd kurds arab
    arabs sana sohr sdf isis isil is daesh euphrates tigris khabur coalition islamic state army
    forces force government regime hezbollah irgc quds operation inherent resolve centcom
    pentagon washington tehran moscow ankara eastern western northern southern central north
    south east west mission support site fatemiyoun fatimiyoun zainabiyoun nujaba kataib
    kata'ib militia militias international national military joint task reuters afp ap efe
    observatory republic global democratic popular mobilization shiite sunni christian
    it he she they we i new old upper lower greater""".split()
)


_TRAILING_NOISE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def _clean_name(name: str) -> str:
    """The captured name without trailing day/month words; '' if it is generic or an acronym."""
    words = name.split()
    while words and words[-1].lower() in _TRAILING_NOISE:
        words.pop()
    for word in words:
        core = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az)[\-']", "", word, flags=re.I)
        if core.lower() in _ARTICLES:
            continue
        bare = core.lower().removesuffix("'s").strip("'")
        if bare in _NOT_A_NAME or (core.isupper() and len(core) > 1):
            return ""
        if _HELD_BY.search(bare):
            return ""  # "shelled SDF-held villages near Thiban", "regime-controlled areas": who holds them, no name
    return " ".join(words)


_HELD_BY = re.compile(r"-(?:held|controlled|run|backed|led|occupied|dominated|affiliated|linked|aligned|allied|based|ruled)$")
_SINGLE_WORD = re.compile(r"[a-z0-9']+\Z")
_PREV_WORD = re.compile(r"(?<![A-Za-z'\-])([A-Z][a-z]+)[ \t]+\Z")


def _after_given_name(cased: str, pos: int) -> bool:
    """True when the text before `pos` ends in a capitalised word inside a sentence
    ("spokesman Mohammed al-Omar"): an article-name there is a family name, not a place."""
    m = _PREV_WORD.search(cased, max(0, pos - 30), pos)
    if m is None or m.group(1).lower() in _NOT_A_NAME:
        return False
    before = cased[max(0, m.start(1) - 4):m.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'([\u201c\u2018-"


# ---------------------------------------------------------------- the gazetteer
class Gazetteer:
    """Known sites (id -> Site) with their aliases, regions and a compiled matcher."""

    def __init__(self, sites: dict[str, Site], aliases: dict[str, tuple[str, ...]],
                 regions: dict[str, str], path: Path | None = None) -> None:
        self.sites = sites
        self.aliases = aliases
        self.regions = regions
        self.path = path
        self._compile()

    # -- matcher
    def _compile(self) -> None:
        self._by_skeleton: dict[tuple[bool, str], list[_Alias]] = {}
        self._exact: dict[tuple[bool, str], _Alias] = {}
        self._all: list[_Alias] = []
        needs: list[list[str]] = []
        free: list[list[str]] = []
        heads: set[tuple[bool, str]] = set()  # (needs an article, the first atoms of its body)
        for site_id, names in self.aliases.items():
            for text in names:
                norm = _normalise(text)
                needs_article, body = _parse_alias(norm)
                atoms = _body_atoms(body)
                words = _tokens(_normalise(text, lower=False))
                capital = next((i for i, w in enumerate(words)
                                if w[:1].isupper() and w.lower() not in _ARTICLES), -1)
                alias = _Alias(site_id, text, needs_article, "".join(atoms), len(words), capital)
                self._all.append(alias)
                key = (needs_article, _skeleton(" ".join(body)))
                self._by_skeleton.setdefault(key, []).append(alias)
                self._exact.setdefault((needs_article, _alias_key(" ".join(body))), alias)
                (needs if needs_article else free).append(atoms)
                heads.add((needs_article, "".join(atoms[:_START_ATOMS])))
        needs_rx = _trie_regex(needs) if needs else "(?!)"
        free_rx = _trie_regex(free) if free else "(?!)"
        name = f"(?P<n>(?P<r>{_LEAD_ART})(?P<rb>{needs_rx})|(?:{_LEAD_ART})?(?P<ob>{free_rx}))" + _RIGHT
        # A name stands after a character no word continues (or at the text's start): it is
        # tried only where the automaton of the names' first characters finds one (_search).
        self._regex_at_start = re.compile(name)
        keys = set().union(*(_start_keys(needs_article, head) for needs_article, head in heads))
        self._starts = ahocorasick.Automaton()
        for key in keys:
            self._starts.add_word(key, len(key))
        self._starts.make_automaton()
        self._fullmatch_cache: dict[str, re.Pattern[str]] = {}
        self._memo: dict[tuple[bool, str], tuple[_Alias | None, bool]] = {}
        self._surface_memo: dict[tuple[str, int, bool], _Alias | None] = {}
        self._chains: dict[str, tuple[str, ...]] = {}  # site id -> its ancestors (_chain)
        # `innermost`, memoised: an article's incidents ask about the same few sites again and again
        self._inner = functools.lru_cache(maxsize=4096)(self._innermost_of)

    def _alias_for(self, body: str, needs_article: bool) -> tuple[_Alias | None, bool]:
        """(the alias a matched body belongs to, whether it is a listed spelling up to
        separators and article form), memoised: the same spellings recur."""
        key = (needs_article, body)
        try:
            return self._memo[key]
        except KeyError:
            pass
        if len(self._memo) > 50_000:
            self._memo.clear()
        exact = self._exact.get((needs_article, _alias_key(body)))
        found = (exact, True) if exact else (self._resolve_alias(body, needs_article), False)
        self._memo[key] = found
        return found

    def _resolve_alias(self, body: str, needs_article: bool) -> _Alias | None:
        """By skeleton; an exact regex decides between look-alike aliases."""
        cands = self._by_skeleton.get((needs_article, _skeleton(body)))
        if cands and len(cands) == 1:
            return cands[0]
        pool = (cands or []) + [a for a in self._all if a.needs_article == needs_article]
        for cand in pool:
            rx = self._fullmatch_cache.get(cand.body_regex)
            if rx is None:
                rx = self._fullmatch_cache[cand.body_regex] = re.compile(cand.body_regex)
            if rx.fullmatch(body):
                return cand
        return cands[0] if cands else None

    def _site_alias(self, seg: str, m: re.Match[str], needs_article: bool) -> _Alias | None:
        """The alias a regex match names, or None when its capitals say it is no name
        (memoised on the matched words as written: the same spellings recur)."""
        body_group = "rb" if needs_article else "ob"
        key = (seg[m.start("n"):m.end()], m.start(body_group) - m.start("n"), needs_article)
        try:
            return self._surface_memo[key]
        except KeyError:
            pass
        alias, exact = self._alias_for(m.group(body_group), needs_article)
        if alias is not None and not self._capitalised(seg, m, m.start(body_group), alias, exact):
            alias = None
        if len(self._surface_memo) > 50_000:
            self._surface_memo.clear()
        self._surface_memo[key] = alias
        return alias

    @staticmethod
    def _capitalised(seg: str, m: re.Match[str], body_start: int, alias: _Alias,
                     exact: bool) -> bool:
        """A name counts only when the word the gazetteer capitalises is capitalised in the
        text ('the Green Village', never 'a green village' or 'victory'); words are aligned
        from the end, since an article may be added or fused in front ('Almayadin').  A
        tolerant spelling that is not listed must be capitalised ('Meyadeen')."""
        start = m.start("n")
        # a sun-letter article set off by a space ("As Susah", "Ash Shafah" of the coalition's releases) is one
        # only when capitalised: "such as Susah", "at Tanf" are English words before a name
        if _SPACED_ART.match(seg, start) and not seg[start].isupper():
            return False
        if exact and alias.capital_word < 0:
            return True
        words = _tokens(seg[start:m.end()])
        j = alias.capital_word + len(words) - alias.n_words
        if alias.capital_word >= 0 and 0 <= j < len(words):
            return words[j][:1].isupper()
        return seg[body_start].isupper() or seg[start].isupper()

    def _name_starts(self, low: str, pos: int, endpos: int) -> list[int]:
        """Sorted offsets in [pos, endpos) of `low` where a known name may start: after no
        letter or digit (or at 0), the first characters of one of the names stand there."""
        # a key "\x02may" ending at index e of the edge copy is "may" starting at text index e - 3;
        # a name that ends by `endpos` starts with a key that ends by it (edge index `endpos`)
        found = [end - n + 1 for end, n in self._starts.iter(_edge_copy(low), pos, endpos + 1)]
        return sorted(set(found)) if len(found) > 1 else found

    def _search(self, low: str, pos: int, endpos: int, starts: list[int]) -> re.Match[str] | None:
        """The first known name that starts at or after `pos` in `low[:endpos]` and stands
        after no letter or digit (group "n" of the match), tried at `starts` (_name_starts):
        what a search for _BEFORE_NAME + the name regex finds, without trying the names at
        every word."""
        k = bisect.bisect_left(starts, pos)
        match = self._regex_at_start.match
        while k < len(starts):
            m = match(low, starts[k], endpos)
            if m is not None:
                return m
            k += 1
        return None

    def find(self, text: str, start: int = 0, end: int | None = None, unknown: bool = True) -> list[PlaceMatch]:
        """Known sites named in text[start:end] (offsets into `text`, longest match wins, no
        overlaps), plus names the gazetteer does not know, as PlaceMatch(site=None): a
        capitalised name after 'village/town/city/area/camp/base... of' or before such a word
        after 'in/near/at...' ("the village of Kharita", "in al-Sabha town").  Without `unknown`,
        the known sites only (the same ones, in the same order)."""
        n = len(text)
        end = n if end is None else max(0, min(end, n))
        start = max(0, min(start, end))
        lo = max(0, start - 1)  # one character of context for the word-boundary check
        hi = min(n, end + 1)
        seg = text[lo:hi]
        low = _normalise(seg)
        out: list[PlaceMatch] = []
        blocked: list[tuple[int, int]] = []
        cased: str | None = None
        pos = start - lo
        starts = self._name_starts(low, pos, end - lo)
        while (m := self._search(low, pos, end - lo, starts)) is not None:
            pos = m.end()
            m_start = m.start("n")
            if _NOT_A_PLACE_AFTER.match(low, m.end()) or _OUTLET_BEFORE.search(low, max(0, m_start - 40), m_start):
                blocked.append((m_start, m.end()))
                continue
            needs_article = m.group("r") is not None
            body = m.group("rb") if needs_article else m.group("ob")
            if needs_article and _SINGLE_WORD.match(body):
                if cased is None:
                    cased = _normalise(seg, lower=False)
                if _after_given_name(cased, m_start):
                    continue  # "Mohammed al-Omar" is a person
            alias = self._site_alias(seg, m, needs_article)
            if alias is None:
                pos = m_start + 1  # "the city of Deir Ezzor" is no listed spelling, but "Deir Ezzor" within it is
                continue
            s, e = m_start + lo, m.end() + lo
            site = self.sites[alias.site_id]
            if site.precision == "facility" and not _FACILITY_WORD.search(low, m_start, m.end()) and (
                    _VILLAGE_AFTER.match(low, m.end()) or _VILLAGE_OF_BEFORE.search(low, max(0, m_start - 30), m_start)):
                continue  # the village, a place the gazetteer does not know (found below as such)
            if site.precision == "town" and _AIRPORT_OF.search(low, max(0, m_start - 60), m_start):
                site = self._airport_of(site) or site  # "the military airport of Syria's eastern city of Deir Ezzor"
            out.append(PlaceMatch(Span(s, e, text[s:e]), site, alias.text))
        if not unknown:
            return out  # in text order already: each search starts where the last match ended
        taken = sorted([(p.span.start - lo, p.span.end - lo) for p in out] + blocked)
        if cased is None:
            cased = _normalise(seg, lower=False)
        for s, e in self._unknown_names(low, cased, start - lo, end - lo):
            i = bisect.bisect_left(taken, (e,))  # intervals starting before e
            if i and taken[i - 1][1] > s:
                continue  # overlaps a known site (the known site wins) or an earlier name
            taken.insert(i, (s, e))
            out.append(PlaceMatch(Span(s + lo, e + lo, text[s + lo:e + lo]), None, ""))
        out.sort(key=lambda p: p.span.start)
        return out

    def _airport_of(self, town: Site) -> Site | None:
        """The airport or air base a town is named for, when the gazetteer lists one within 20 km."""
        near = min(((self.distance_km(town.id, x.id), x.id) for x in self.sites.values() if x.kind in _AIRPORT_KINDS),
                   default=None)
        return self.sites[near[1]] if near is not None and near[0] <= 20.0 else None

    @staticmethod
    def _unknown_names(low: str, cased: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        """Offsets of capitalised names next to a place word ('village of X', 'in X town')."""
        found: list[tuple[int, int]] = []
        for k in _KIND_RE.finditer(low, pos, endpos):
            if k.start() > 0 and low[k.start() - 1].isalnum():
                continue
            m = _NAME_AFTER_RE.match(cased, k.end(), endpos)
            if m is None:
                # Only a capital in the word just before makes "<Name> town" possible.
                w0 = max(pos, k.start() - _LOOKBACK)
                prev = cased.rfind(" ", w0, k.start() - 1)
                if prev < 0 or not _HAS_CAPITAL.search(cased, prev, k.start()):
                    continue
                m = _NAME_BEFORE_RE.search(cased, w0, k.start())
            if m is None:
                continue
            name = _clean_name(m.group(1))
            if name:
                found.append((m.start(1), m.start(1) + len(name)))
        return found

    # -- lookups
    def get(self, site_id: str) -> Site:
        """The site with this id (KeyError names the unknown id)."""
        try:
            return self.sites[site_id]
        except KeyError:
            raise KeyError(f"unknown site id {site_id!r}") from None

    def ancestors(self, site_id: str) -> list[str]:
        """The parent chain of a site, nearest first."""
        return list(self._chain(site_id))

    def _chain(self, site_id: str) -> tuple[str, ...]:
        """`ancestors`, kept: the incidents of an article ask again and again whether one of its
        sites lies in another."""
        try:
            return self._chains[site_id]
        except KeyError:
            pass
        chain: list[str] = []
        parent = self.get(site_id).parent
        while parent:
            chain.append(parent)
            parent = self.sites[parent].parent
        found = self._chains[site_id] = tuple(chain)
        return found

    def within(self, child_id: str, parent_id: str) -> bool:
        """True when `child_id` is `parent_id` or nested inside it."""
        return child_id == parent_id or parent_id in self._chain(child_id)

    def distance_km(self, a: str, b: str) -> float:
        """Great-circle (haversine) distance between two sites in kilometres."""
        sa, sb = self.get(a), self.get(b)
        return haversine_km(sa.lat, sa.lon, sb.lat, sb.lon)

    def innermost(self, site_ids: Iterable[str]) -> list[str]:
        """The known sites among `site_ids` (first-given order, once each) that contain none of
        the others: Green Village, not the al-Omar field or the province also named."""
        return list(self._inner(tuple(site_ids)))

    def _innermost_of(self, site_ids: tuple[str, ...]) -> tuple[str, ...]:
        cands = list(dict.fromkeys(s for s in site_ids if s in self.sites))
        return tuple(c for c in cands if not any(o != c and self.within(o, c) for o in cands))

    def most_specific(self, site_ids: Iterable[str]) -> str | None:
        """Among candidates, the one to place an event at: a site that contains another
        candidate gives way to it (a facility inside a town or province also mentioned), then
        the finest precision wins; ties keep the first given."""
        inner = self._inner(tuple(site_ids))
        return min(inner, key=lambda c: PRECISIONS.index(self.sites[c].precision)) if inner else None

    def region_of(self, site_id: str) -> str:
        """The site's region (deir_ez_zor, hasakah, iraq, ...), inherited from its parents."""
        for sid in [site_id, *self.ancestors(site_id)]:
            if self.regions.get(sid):
                return self.regions[sid]
        return ""

    def rows(self) -> list[dict[str, object]]:
        """Every site as a plain dict (id, name, lat, lon, precision, kind, parent, bank,
        region, source) for maps and tables."""
        return [
            {"id": s.id, "name": s.name, "lat": s.lat, "lon": s.lon, "precision": s.precision,
             "kind": s.kind, "parent": s.parent, "bank": s.bank, "region": self.region_of(s.id),
             "source": s.source}
            for s in self.sites.values()
        ]

    def __len__(self) -> int:
        return len(self.sites)

    def __contains__(self, site_id: object) -> bool:
        return site_id in self.sites


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- loading and validation
_ID_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
_ALIAS_CHARS = re.compile(r"[a-z0-9 '\-]+\Z")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")
_CALLS_IT_A_TOWN = re.compile(r"^(?:city|town)\s+of\s|\s(?:city|town)$", re.I)


def _float(value: str, what: str, where: str) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise RuleError(f"{where}: {what} {value!r} is not a number") from None
    if not math.isfinite(x):
        raise RuleError(f"{where}: {what} {value!r} is not a finite number")
    return x


def _read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read gazetteer: {exc}") from None
    # Comment lines (starting with #) become blank lines, so line numbers stay true.
    raw = "".join("\n" if ln.startswith("#") else ln for ln in raw.splitlines(keepends=True))
    reader = csv.DictReader(io.StringIO(raw), strict=True)
    try:
        header = reader.fieldnames
        if not header:
            raise RuleError(f"{path}: empty gazetteer (no header line)")
        header = [h.strip() for h in header]
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise RuleError(f"{path}:1: missing column(s) {', '.join(missing)}; "
                            f"expected {','.join(COLUMNS)}")
        reader.fieldnames = header
        rows = []
        for row in reader:
            line = reader.line_num
            if None in row:
                raise RuleError(f"{path}:{line}: more fields than the {len(header)} columns")
            row = {k: (v or "").strip() for k, v in row.items()}
            if not any(row.values()):
                continue
            rows.append((line, row))
    except csv.Error as exc:
        raise RuleError(f"{path}:{reader.line_num}: malformed CSV: {exc}") from None
    if not rows:
        raise RuleError(f"{path}: gazetteer has no sites")
    return rows


def _build(path: Path) -> Gazetteer:
    rows = _read_rows(path)
    sites: dict[str, Site] = {}
    lines: dict[str, int] = {}
    raw_aliases: dict[str, list[str]] = {}
    regions: dict[str, str] = {}
    for line, row in rows:
        where = f"{path}:{line}"
        sid, name = row["id"], row["name"]
        if not sid:
            raise RuleError(f"{where}: missing id")
        if not _ID_RE.match(sid):
            raise RuleError(f"{where}: id {sid!r} must be lower_snake_case")
        if not name:
            raise RuleError(f"{where}: site {sid!r} has no name")
        if sid in sites:
            raise RuleError(f"{where}: duplicate id {sid!r} (first on line {lines[sid]})")
        precision = row["precision"]
        if precision not in PRECISIONS:
            raise RuleError(f"{where}: unknown precision {precision!r} for {sid!r}; "
                            f"use one of {', '.join(PRECISIONS)}")
        lat = _float(row["lat"], "lat", where)
        lon = _float(row["lon"], "lon", where)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise RuleError(f"{where}: lat/lon {lat}, {lon} out of range for {sid!r}")
        la0, la1, lo0, lo1 = MIDDLE_EAST
        if precision != "country" and not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
            raise RuleError(f"{where}: {sid!r} at {lat}, {lon} is outside the Middle East box "
                            f"(lat {la0}..{la1}, lon {lo0}..{lo1}); lat/lon swapped?")
        if row["bank"] not in BANKS:
            raise RuleError(f"{where}: bank {row['bank']!r} for {sid!r} must be east, west or empty")
        if not row["source"]:
            raise RuleError(f"{where}: {sid!r} has no source for its coordinates")
        alias_field = row["aliases"]
        parts = [a.strip() for a in alias_field.split("|")] if alias_field else []
        if any(not a for a in parts):
            raise RuleError(f"{where}: empty alias in {alias_field!r} (stray '|')")
        sites[sid] = Site(sid, name, lat, lon, precision, row["kind"], row["parent"] or None,
                          row["bank"], row["source"])
        lines[sid] = line
        raw_aliases[sid] = [name, *parts]
        regions[sid] = row["region"]
    for sid, site in sites.items():
        where = f"{path}:{lines[sid]}"
        if site.parent and site.parent not in sites:
            raise RuleError(f"{where}: {sid!r} has unknown parent {site.parent!r}")
        seen = {sid}
        parent = site.parent
        while parent:
            if parent in seen:
                raise RuleError(f"{where}: parent chain of {sid!r} loops through {parent!r}")
            seen.add(parent)
            parent = sites[parent].parent
    aliases = _expand_aliases(raw_aliases, lines, path)
    return Gazetteer(sites, aliases, regions, path)


def _expand_aliases(raw: dict[str, list[str]], lines: dict[str, int],
                    path: Path) -> dict[str, tuple[str, ...]]:
    """Expand `{site_id}` templates, check every alias, reject one alias on two sites."""
    plain = {sid: [a for a in names if "{" not in a] for sid, names in raw.items()}
    owner: dict[str, str] = {}
    result: dict[str, tuple[str, ...]] = {}
    for sid, names in raw.items():
        where = f"{path}:{lines[sid]}"
        expanded: list[str] = []
        for alias in names:
            refs = _TEMPLATE.findall(alias)
            if not refs:
                expanded.append(alias)
                continue
            if len(refs) > 1 or "{" in _TEMPLATE.sub("", alias) or "}" in _TEMPLATE.sub("", alias):
                raise RuleError(f"{where}: alias {alias!r} may hold one {{site_id}} template")
            ref = refs[0]
            if ref not in plain:
                raise RuleError(f"{where}: alias {alias!r} refers to unknown site {ref!r}")
            # "eastern {deir_ez_zor_city}" is the province, but "the eastern city of Deir ez-Zor" is the
            # city: a spelling that calls the place a city or town names the town itself, in any frame
            expanded += [_TEMPLATE.sub(lambda _m, v=v: v, alias) for v in plain[ref] if not _CALLS_IT_A_TOWN.search(v)]
        kept: list[str] = []
        seen: set[str] = set()
        for alias in expanded:
            norm = _normalise(alias)
            if not _ALIAS_CHARS.match(norm) or not re.search(r"[a-z0-9]", norm):
                raise RuleError(f"{where}: alias {alias!r} of {sid!r} may hold only letters, "
                                "digits, spaces, hyphens and apostrophes")
            needs_article, body = _parse_alias(norm)
            if not body or (len(body) == 1 and body[0] in _ARTICLES and not needs_article):
                raise RuleError(f"{where}: alias {alias!r} of {sid!r} is only an article")
            key = _alias_key(norm)
            other = owner.get(key)
            if other is not None and other != sid:
                raise RuleError(f"{where}: alias {alias!r} of {sid!r} already names {other!r} "
                                f"(line {lines[other]})")
            owner[key] = sid
            if norm not in seen:
                seen.add(norm)
                kept.append(alias)
        result[sid] = tuple(kept)
    return result


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return _build(DEFAULT_PATH)


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """The gazetteer from `path` (default extraction/rules/gazetteer.csv, compiled once and
    cached); a malformed file raises RuleError naming the file and line."""
    if path is None:
        return _default_gazetteer()
    return _build(Path(path))
