"""The literal pre-check in front of a regex (extraction/screen.py) never changes a result."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import claims, events, pipeline, screen
from extraction.lexicon import _spans_line, rules
from extraction.screen import Anchored, Screened, fold, needed_literals, screened


@pytest.mark.parametrize(("pattern", "flags", "needed"), [
    (r"kill|dead|wound", re.I, {"kill", "dead", "wound"}),
    (r"\bair ?strikes?\b", re.I, {"air strike", "air strikes", "airstrike", "airstrikes"}),
    (r"(?:in|at) the (?:town|city) of", re.I, {"in the town of", "in the city of", "at the town of", "at the city of"}),
    (r"\d[:.]\d\d", 0, {":", "."}),
    (r"\d+", 0, None),
    (r"kill|\w+", re.I, None),  # one open-ended alternative: no screen
    (r"(?:killed)?\s+by", re.I, {"by"}),
    (r"TÜRKIYE|syria", re.I, {"türkiye", "syria"}),
    (r"\u00b5g|syria", re.I, {"g", "syria"}),  # "µ" is also "μ" to re.IGNORECASE: not a literal
    (r".*©.*", 0, {"©"}),
])
def test_needed_literals(pattern: str, flags: int, needed: set[str] | None) -> None:
    got = needed_literals(pattern, flags)
    assert (set(got) if got is not None else None) == needed


@pytest.mark.parametrize("text", [
    "Five were KILLED", "five were kİlled", "ſmoke rose", "killed by a \u212aILLER drone", "DIYARBAKIR strike", "no match here",
    "İn June", "ıt was", "",
])
@pytest.mark.parametrize("pattern", [r"kill|smoke|strike", r"\bin June\b", r"\bit was\b", r"killer"])
def test_screen_agrees_with_the_regex(text: str, pattern: str) -> None:
    rx = re.compile(pattern, re.I)
    s = screened(rx)
    assert bool(s.search(text)) == bool(rx.search(text))
    assert [m.span() for m in s.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_fold_keeps_offsets() -> None:
    text = "İstanbul, ſ and \u212a: Deir ez-Zor " * 40
    assert len(fold(text)) == len(text)
    assert fold(text[:30]) == fold(text)[:30]


def _screened_rules() -> list[Screened | Anchored]:
    t = rules().triggers
    found = [t.ignore, t.response, t.prior, t.background, t.hypothetical, t.negated, t.attribution, t.denial,
             t.responsibility, pipeline._FACT_WORDS, pipeline._PLURAL_REF,
             pipeline._SYRIA, pipeline._PRONOUN_SPEAKER, pipeline._REPORTED_BEFORE,
             events._RESPONSE_OPENER, events._RESPONDED_TO, events._RELATIVE, events._WHO_CLAUSE, events._PROPER_NAMES,
             claims.CASUALTY_WORDS, claims.DAMAGE_WORDS, claims._NO_CASUALTIES, claims._UNKNOWN_CASUALTIES,
             claims._DAMAGE, *claims._CAS_PATTERNS]
    assert all(isinstance(s, (Screened, Anchored)) for s in found)
    return found


_WORDS = st.sampled_from(
    "killed wounded said denied claimed responsibility after following in response to the attacks strikes "
    "could have repeatedly been targeted 12 ٣ several times which who İ ı ſ \u212a KILLED Damage smoke 4:30 p.m. , ; : . no one was hurt "
    "Operation Inherent Resolve prompting responded to an attack Syria Euphrates he they the spokesman "
    "previously reported on this strike both the two attacks".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.integers(0, 40), st.integers(0, 400))
def test_screened_rules_agree_with_their_regexes(words: list[str], start: int, end: int) -> None:
    text = " ".join(words)
    for s in _screened_rules():
        got, want = s.search(text, start, end), s.regex.search(text, start, end)
        assert (got.span() if got else None) == (want.span() if want else None)
        assert [m.span() for m in s.finditer(text, start, end)] == [m.span() for m in s.regex.finditer(text, start, end)]


@pytest.mark.parametrize(("pattern", "prefixes"), [
    (r"\b(?:air ?strikes?|raids?)\b", {"air stri", "airstrik", "raid", "raids"}),
    (r"(?:the )?u\.?s\.? forces", {"the u.s ", "the u.s.", "the us f", "the us. ", "u.s forc", "u.s. for", "us force", "us. forc"}),
    (r"\d+ killed", set()),  # tried at every digit
    (r"x*", None),  # can match the empty string
])
def test_anchored_prefixes(pattern: str, prefixes: set[str] | None) -> None:
    a = Anchored(re.compile(pattern, re.I))
    assert (set(a._prefixes) if a._prefixes is not None else None) == prefixes


def test_anchored_prefixes_shorten_when_too_many() -> None:
    # 7 * 7 * 7 * 2 four-letter starts make too long a list: the 343 three-letter ones are looked up
    a = Anchored(re.compile("(?:a|b|c|d|e|f|g)(?:a|b|c|d|e|f|g)(?:a|b|c|d|e|f|g)(?:a|b)x"))
    assert a._prefixes is not None and len(a._prefixes) == 343 and {len(p) for p in a._prefixes} == {3}
    assert [m.span() for m in a.finditer("zz abgbx gggax")] == [(3, 8), (9, 14)]


def _anchored_rules() -> list[Anchored]:
    r = rules()
    found = [r.triggers.regex, r.actors.regex, r.weapons.regex, r.claimants.regex]
    assert all(isinstance(a, Anchored) and a._prefixes for a in found)
    return found


_TEXT_WORDS = st.sampled_from(
    "US forces the coalition struck airstrikes Iran-backed militias drone rockets fired at al-Omar SOHR said "
    "İran ſtrike \u212aATAIB projectilesDeir forcesAccording shelled - , . ’ \n Syria Observatory Reuters".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_WORDS, max_size=40), st.integers(-2, 60), st.integers(-2, 500))
def test_anchored_rules_agree_with_their_regexes(words: list[str], start: int, end: int) -> None:
    text = " ".join(words)
    for a in _anchored_rules():
        want = [(m.span(), m.lastgroup) for m in a.regex.finditer(text, start, end)]
        assert [(m.span(), m.lastgroup) for m in a.finditer(text, start, end)] == want
        first = a.regex.search(text, start, end)
        got = a.search(text, start, end)
        assert (got.span() if got else None) == (first.span() if first else None)


@pytest.mark.parametrize(("pattern", "spans"), [
    (r".*\bphoto\b.*", True), (r".*©.*", True), (r".*a|b.*", False), (r"x\.*", False), (r".*x\.*", False),
    (r".*x\\.*", True), (r"tags?:.*", False), (r".*", False),
])
def test_spans_line(pattern: str, spans: bool) -> None:
    assert _spans_line(pattern) is spans


_LINE_WORDS = st.sampled_from(
    "photo Photo: AP / AP/ © Getty Images via handout satellite image in this file picture is seen during "
    "the ceremony credit source Reuters (Reuters) , 1920, 04.01.2022 we use cookies Read more: Tags: share "
    "loader 12 comments İ ſ".split(" ")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE_WORDS, min_size=1, max_size=14))
def test_line_rules_match_as_their_full_patterns(words: list[str]) -> None:
    bp = rules().boilerplate
    for line in (" ".join(words), "".join(words)):
        for rule in (bp.cut_after, bp.drop_line, bp.caption):
            assert rule.matches(line) == (rule.full.fullmatch(line) is not None)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT_WORDS, min_size=120, max_size=200), st.integers(-2, 400), st.integers(300, 2000))
def test_anchored_rules_agree_with_their_regexes_on_articles(words: list[str], start: int, end: int) -> None:
    """Texts of an article's length take the cached path (folded once, edge copies, glued words)."""
    text = " ".join(words)
    text += "\n" + "." * max(0, screen._CACHED_TEXT - len(text))  # at least an article's length
    for a in _anchored_rules():
        want = [(m.span(), m.lastgroup) for m in a.regex.finditer(text, start, end)]
        assert [(m.span(), m.lastgroup) for m in a.finditer(text, start, end)] == want


_MIXED_WORDS = st.sampled_from(
    "US forces the coalition struck airstrikes killed 12 wounded 3 civilians death toll rose to 7 , who said "
    ", which damaged fire smoke retaliated responded in response to the attack Operation Inherent Resolve "
    "İran ſtrike forcesAccording - . ’ \n 2024 no casualties were reported 25% 3 per cent of the attacks "
    "x12 -40 1,200 ٣ most of the strikes -where pro-Operation Inherent x-retaliated re-damaged".split(" ")
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_MIXED_WORDS, min_size=120, max_size=200),
       st.lists(st.tuples(st.integers(-2, 1500), st.integers(0, 400)), min_size=1, max_size=6))
def test_anchored_ranges_of_an_article_agree_with_their_regexes(words: list[str], ranges: list[tuple[int, int]]) -> None:
    """An article's offsets are found once for every pattern asked about it (one automaton per
    copy of the text: word and \\b starts, plain) and each range takes its share: every
    range, of every kind of pattern, finds what the regex finds."""
    text = " ".join(words)
    text += "\n" + "." * max(0, screen._CACHED_TEXT - len(text))
    kinds = [*_anchored_rules(), *(p for p in claims._CAS_PATTERNS if isinstance(p, Anchored)),
             claims.CASUALTY_WORDS, claims.DAMAGE_WORDS, events._WHO_CLAUSE, events._RELATIVE,
             rules().triggers.background,  # (may start at a digit that starts a word: "25% of the attacks")
             # a pattern with no word boundary before its figure may start at any digit, inside a number too
             screened(r"(?:at least\s+)?(?P<n>\d{1,4}|two|three)\s+(?:\w+\s+){0,3}?(?:killed|wounded)", re.I, screen=True)]
    assert {a._start or "plain" for a in kinds} == {"word", "boundary", "plain"}
    assert any(a._at_digits and a._start == "word" for a in kinds) and any(a._at_digits and a._mode == "plain" for a in kinds)
    for start, length in ranges:
        end = start + length
        for a in kinds:
            want = [(m.span(), m.lastgroup) for m in a.regex.finditer(text, start, end)]
            assert [(m.span(), m.lastgroup) for m in a.finditer(text, start, end)] == want
            first = a.regex.search(text, start, end)
            got = a.search(text, start, end)
            assert (got and got.span()) == (first and first.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab-_ 9.,\n’éİſ\u212a\u00a0🔴")), st.booleans())
def test_edge_copy_marks_every_place_a_word_cannot_continue(text: str, hyphen_joins: bool) -> None:
    """The translate-and-regex edge copy equals the plain substitution it speeds up."""
    folded = fold(text)
    not_word = screen._NOT_WORD_OR_HYPHEN if hyphen_joins else screen._NOT_WORD
    assert screen._edges(folded, hyphen_joins) == screen._EDGE + not_word.sub(screen._EDGE, folded)


def test_rule_alternations_try_only_the_patterns_that_can_start_there() -> None:
    t = rules().triggers
    for a in [*_anchored_rules(), t.attribution, t.background, t.hypothetical, t.ignore]:
        assert a._dispatch is not None and a._dispatch.branches.pattern() == a.pattern
    d = rules().weapons.regex._dispatch
    rx = d.regex_at(fold("Rockets hit the base"), 0)
    assert rx is not None and len(rx.pattern) < len(d.regex.pattern)
    assert rx.match("Rockets hit the base").lastgroup == d.regex.match("Rockets hit the base").lastgroup
    assert d.regex_at(fold("xqz"), 0) is None  # no pattern starts so: nothing to try


def test_anchored_keys_go_on_past_spaces_and_group_boundaries() -> None:
    """Read in an article's edge copy, a \\s is an edge mark like any space: "an?\\s+" is looked up
    as "a" or "an" followed by one, not at every word that starts with "a"; a pattern whose
    alternatives each open on \\b (after a lookbehind, too) is read where words start."""
    a = Anchored(re.compile(r"\b(?P<n>an?|one|another)\s+(?:drone|rocket)s?\b", re.I))
    assert a._start == "boundary" and set(a._prefixes) == {"a", "an", "one", "another"}
    assert screen._EDGE + "a" + screen._EDGE in a._keys and screen._EDGE + "a" not in a._keys
    b = Anchored(re.compile(r"(?:\bby\s+(?:the\s+)?gunmen\b|\bfrom\s*the east\b)", re.I))
    assert b._start == "boundary" and screen._EDGE + "by" + screen._EDGE in b._keys
    c = Anchored(re.compile(r"(?<!\ba )\b(?:second|third|\d+(?:st|nd|rd|th))\s+attacks?\b", re.I))
    assert c._start == "boundary" and c._at_digits
    assert Anchored(re.compile(r"(?:\bby the gunmen|from the east)", re.I))._start == ""  # one alternative not at \b


_SPACED_WORDS = st.sampled_from(
    ["a", "an", "A", "another", "one", "drone", "drones", "rocket", "by", "By", "the", "gunmen", "from", "east",
     "second", "2nd", "21st", "attack", "attacks", "a second", "x-by", "about", "onerous", "\u00a0", "\t", "\n",
     "-", ",", "anA", "İ", "ſ"])
_SPACED_PATTERNS = [
    r"\b(?P<n>an?|one|another)\s+(?:drone|rocket)s?\b",
    r"(?:\bby\s+(?:the\s+)?gunmen\b|\bfrom\s*the\s?east\b)",
    r"(?<!\ba )\b(?:second|third|\d+(?:st|nd|rd|th))\s+(?:such\s+)?attacks?\b",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(_SPACED_WORDS, min_size=150, max_size=260),
       st.lists(st.tuples(st.integers(-2, 1500), st.integers(0, 400)), min_size=1, max_size=5))
def test_keys_past_spaces_find_what_the_regex_finds(words: list[str], ranges: list[tuple[int, int]]) -> None:
    text = " ".join(words)
    text += "\n" + "." * max(0, screen._CACHED_TEXT - len(text))
    patterns = [screened(p, re.I) for p in _SPACED_PATTERNS]
    for start, length in [(0, len(text)), *ranges]:
        end = start + length
        for a in patterns:
            for string in (text, text[:300]):  # an article (its offsets found once) and a short text
                want = [(m.span(), m.lastgroup) for m in a.regex.finditer(string, start, end)]
                assert [(m.span(), m.lastgroup) for m in a.finditer(string, start, end)] == want
                first = a.regex.search(string, start, end)
                got = a.search(string, start, end)
                assert (got and got.span()) == (first and first.span())


def test_rule_alternations_are_looked_up_by_each_patterns_own_longest_start() -> None:
    """An alternation of rule patterns whose prefixes, taken together, are too many for long keys
    is looked up by each pattern's own: "they said" only where "they said" stands, not at every
    "the"; and only the patterns whose own key stands at a place are tried there."""
    verbs = "directed|orchestrated|masterminded|planned|financed|funded|coordinated|ordered|facilitated|led|staged"
    sides = "us|uk|un|sdf|ypg|idf|pmf|isis|irgc"
    pats = (f"(?:that|which|who|they said|it said) (?:has |have |had )?(?:allegedly |reportedly )?(?:{verbs}) "
            "(?:[\\w-]+ ){0,2}?attacks",
            f"(?:the|a|an|its|one|two|six) (?:{sides}) (?:air|gun|war|drone|rocket)",
            f"(?:in|on|at|by|of) (?:a|an|two|six|ten|its) (?:{sides}) (?:strike|raid|attack)",
            "in (?:[\\w-]+ ){0,2}(?:retaliation|response)")
    branches = screen.Branches(screen.WORD_START, ((None, pats),), "")
    a = screened(branches.pattern(), re.I, branches)
    assert isinstance(a, Anchored) and a._start == "word"
    assert {"they sai", "that has", "the sdf ", "in a us ", "in "} <= set(a._prefixes) and "the" not in a._prefixes
    assert screen._prefixes(screen._parser.parse(a.pattern, re.I), 8) is None  # the whole's eight-letter ones: too many
    assert a._dispatch is not None and a._dispatch.regex_at(fold("they have left"), 0) is None
    text = ("They said the SDF drone, which they said had planned two deadly attacks, came in swift retaliation "
            "for a US strike; the other attacks, in a YPG raid, were not claimed. ") * 6
    assert len(a.regex.findall(text)) == 24
    for string in (text, text[:90]):  # an article (its offsets found once) and a short text
        assert [m.span() for m in a.finditer(string)] == [m.span() for m in a.regex.finditer(string)]
        assert [m.span() for m in a.finditer(string, 5, 200)] == [m.span() for m in a.regex.finditer(string, 5, 200)]


def test_a_key_that_goes_on_from_another_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where "raids on" stands, "raid" does too: only the shorter key is looked up, and an offset
    two keys would start at is tried once."""
    a = Anchored(re.compile(r"\b(?:raids? on|raid|raided|strikes?|strike on)\b", re.I))
    assert a._start == "boundary"
    assert set(a._keys) == {screen._EDGE + "raid", "-raid", screen._EDGE + "strike", "-strike"}
    b = Anchored(re.compile(r"(?:raids? on|raid|air ?strikes?|airstrike on)", re.I))
    assert b._mode == "plain" and set(b._keys) == {"raid", "air stri", "airstrik"}
    text = ("Coalition raids on Hajin and an airstrike on a depot near al-Susah followed the raid, "
            "a local monitor said. Two more raids hit the town.\n") * 5
    monkeypatch.setattr(screen, "_combined", {})  # automata of their own (those of the rules may be full)
    for rx in (a, b):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.regex.finditer(text)]
        starts = screen._article(text).starts[rx].at
        assert len(starts) == len(set(starts)) > 0
