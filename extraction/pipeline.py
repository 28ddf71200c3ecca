"""extract(text, metadata) -> ArticleResult: the pure core of the extractor.

Steps: check the input; separate body from page furniture; read the page's metadata; cut the
body into sentences and clauses; read each clause as a candidate incident; group the
candidates of one article into incidents (an attack and its response stay apart); attach
casualty figures, damage and claims; resolve dates against the publication date.
"""

from __future__ import annotations

import copy
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from . import dates
from .claims import (
    CASUALTY_WORDS,
    DAMAGE_WORDS,
    Speaker,
    find_casualties,
    find_damage,
    find_speakers,
    parse_number,
)
from .clean import clean, count_letters, sentences
from .events import (
    Candidate,
    air_strike_by,
    dateline_spans,
    described_ranges,
    far_from,
    inside,
    is_night,
    read_clause,
    split_clauses,
    went_to,
)
from .lexicon import Scope, rules
from .metadata import build_meta
from .places import ARTICLE_PREFIX, Gazetteer, load_gazetteer
from .records import (
    ArticleMeta,
    ArticleResult,
    Claim,
    DateInfo,
    Mention,
    PlaceMatch,
    Site,
    Span,
    as_day,
)
from .screen import Anchored, Screened, found_in, screened
from .settings import Settings, load_settings

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_SYRIA = screened(r"\bsyria|\bsyrian\b|\beuphrates\b|\bdeir\b|\bdayr\b", re.I)
# anchored by its first 8 characters ("the atta", "both str"): not tried at every "the"
_PLURAL_REF = screened(r"\b(?:both|the two|these|the|all the|all) (?:attacks|strikes|incidents|raids|explosions)\b", re.I)
_PRONOUN_SPEAKER = screened(r"\b(?:he|she|they|the spokes(?:man|woman|person)|the official|the statement)\b", re.I)
# Sides that share bases and operations: a drone on the al-Omar base hits "US forces" in one report
# and "SDF commandos" in another.
_ALLIES = {"sdf": "us"}
# Sides that strike as one camp when two accounts of one day and place are matched: Russian jets
# and the Syrian government's ("Russian and Syrian government warplanes")
_SAME_CAMP = {"russia": "government"}
_JOINT_STRIKE = re.compile(r"\bRussian\b(?:\s+[\w-]+){0,2}\s+and\s+(?:the\s+)?(?:Syrian|regime|government)\b"
                           r"|\b(?:Syrian|regime|government)\b(?:\s+[\w-]+){0,2}\s+and\s+(?:the\s+)?Russian\b")
# Plural nouns that, undated and with no weapon named, speak of attacks in general
_GENERIC_PLURALS = frozenset({"attacks", "strikes", "airstrikes", "air strikes", "raids", "air raids", "assaults", "incidents",
                              "operations", "bombings"})
# "57 attacks through January 7", "since October 17": a tally's bounds, not an event's day (the word
# stands before the time, or opens it when the time was read whole; "by Thursday, forces had been
# targeted at least 19 times")
_TALLY_WORD = r"(?:through|thru|until|till|up to|as of|since|by)"
# a toll told as the news: "eight service members were treated for minor injuries", "two soldiers died"
# (or told by who was among them: "children were among the dead after coalition strikes on Hajin")
_HURT = re.compile(r"\b(?:(?:were|was|have been|has been)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt|treated)|died|suffered"
                   # "a young man lost his life on Saturday after gunmen opened fire on him"
                   r"|lost\s+(?:his|her|their)\s+li(?:fe|ves)|succumbed"
                   # a monitor's count: "activists documented the death of two fighters after gunmen opened fire"
                   r"|(?:documented|recorded|confirmed|reported|announced)\s+the\s+(?:deaths?|killing|martyrdom)\s+of"
                   r"|among\s+the\s+(?:dead|killed|victims|wounded|injured|casualties))\b", re.I)
# the place tag that opens a channel's post: "🔴 Urgent | #Jadid_Akidat | Unknown gunmen attacked..."
_PLACE_TAG = re.compile(r"[^\w#\n]{0,12}(?:(?:urgent|breaking)\s*\|\s*)?#([A-Z][A-Za-z]*(?:[_-][A-Za-z]+){0,3})\s*\|", re.I)
# a digest's dated item: "- Tuesday 22/11/2022:", "• 14.03.2024 –"
_ITEM_STAMP = r"\W{0,4}(?:[A-Za-z]+day,?\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*"
_DATED_ITEM = re.compile(_ITEM_STAMP + r"[:–—-]")
# ... and its place: "08/07/2020 – Diban: Gunmen shot dead a council member near his house"
_ITEM_PLACE = re.compile(_ITEM_STAMP + r"[–—-]\s*([^:\n]{2,40}?)\s*:")
# ... or an undated item headed by its place alone: "Deir Ezzor city: Mortar shells fell on the al-Jorah
# neighbourhood" (a known place of ours, checked where it is used)
_PLACE_HEAD = re.compile(r"\W{0,4}([A-Z][\w'’-]*(?:[ -][\w'’()-]+){0,3}?)\s*:\s+[A-Z]")
# what is heard of a drill: "residents heard loud explosions"
_HEARD = frozenset({"explosion", "explosions", "blast", "blasts", "fire", "firing", "gunfire", "detonations"})
# a drill, not an attack: "conducted a large exercise with live ammunition ... residents heard explosions"
# (live rounds alone are no drill: "fired live ammunition to disperse the protesters")
_EXERCISE = screened(r"\b(?:live[- ]fire\b(?! (?:at|on|against)\b)|(?:military|joint|training) (?:exercise|drill|manoeuvre|maneuver)s?\b"
                     r"|(?:exercises?|drills?|manoeuvres?|maneuvers?)\b[^.;]{0,80}?\blive[- ]ammunition\b)", re.I)
# (a transliterated name may open on its lowercase article: "In al-Mayadin, another strike targeted...")
# (and a side of the border: "On the Syrian side, the sites lay on the edge of al-Mayadin; ...")
_PLACE_OPENER = re.compile(rf"\s*(?:(?:In|At|Near|Around)\s+(?:the\s+)?(?:(?:{ARTICLE_PREFIX})[-‑])?[A-Z][^,.;]{{1,40}}"
                           r"|On\s+the\s+(?:Syrian|Iraqi)\s+side(?:\s+of\s+the\s+border)?),")
# a relative clause that tells a deed in passing: "the groups that toppled the regime in Damascus on"
_IN_PASSING = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?[a-z]+ed\b[^,;.]*$", re.I)
# a sentence that announces another event: "In a separate incident, ...", "Separately, ...", "Elsewhere, ..."
_SEPARATE = re.compile(r"\W{0,3}(?:in (?:a |another )?separate (?:incident|attack|development|operation)s?|separately|"
                       r"in (?:another|a second|a further|an unrelated) (?:incident|attack|development)|elsewhere)\b", re.I)
_MEANWHILE = re.compile(r"\W{0,3}meanwhile\s*,", re.I)
# a sentence that tells the next event of the story: "In response, US forces shelled launch sites near
# Mahkan", "In retaliation for the attack, ...", "Meanwhile, a bomb wounded three soldiers in al-Mayadin"
_NEXT_EVENT = re.compile(r"\W{0,3}(?:(?:in (?:response|retaliation|reprisal)(?: (?:to|for) (?:the|this|that|these|those) "
                         r"(?:[\w-]+ ){0,2}?[\w-]+)?|meanwhile)\s*,"
                         # a next deed of its own: "It also targeted the Kharab al-Jir base in Hasakah countryside",
                         # "Gunmen also killed an SDF commander in al-Busayrah", "Clashes also broke out in Thiban"
                         # (but not more of the event told: "The strike also hit a house")
                         r"|(?!(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|blasts?|explosions?|"
                         r"shelling|bombing|barrage|drones?|rockets?|missiles?|shells?|bombs?)\s)"
                         r"(?:[\w'’-]+\s+){1,3}?(?:also|then|later)\s+(?:targeted|attacked|struck|hit|shelled|bombed|killed|"
                         r"ambushed|stormed|clashed|broke\s+out|erupted|opened\s+fire|shot\s+dead|gunned\s+down)\b)",
                         re.I)
# a vague time that goes on from the time told before: "within days", "weeks later", "in the days that followed"
_LATER = re.compile(r"\b(?:later|within|followed|afterwards?|after that)\b", re.I)
_TALLY_END = re.compile(rf"\b{_TALLY_WORD}\s+(?:the\s+)?$", re.I)
# the members of a series the news belongs to: "Tuesday's operation is one of a series carried out
# against US bases in the past week, including the al-Tanf base": what follows "including" is recalled
# (its day too: "has carried out a series of strikes, including strikes on Dec. 16 that killed twelve")
_SERIES_INCLUDING = re.compile(r"\b(?:series|string|wave|spate|succession|campaign)\b[^.;]*?\bincluding\b", re.I)
_SINCE_DAY_OPENING = re.compile(r"\W*since\s+[^,;.]{1,40},\s*", re.I)  # "Since October 17, |..."
# a present perfect, what has gone on over a period: "have hit", "has also attacked", "have repeatedly shelled"
_PERFECT = re.compile(r"\b(?:have|has|'ve)\s+(?:(?:also|again|repeatedly|since|now|already|reportedly)\s+){0,2}(?!to\b|no\b|not\b)[a-z]+", re.I)
# a digest's label for an item recalled from earlier issues: "Earlier: Israeli strike on al-Mayadin (Sept 8) -
# see yesterday's brief", "Previously: ...", "From the archive: ..."
# (and a live blog's catch-up for newcomers: "If you're just joining us, the US military said ...", "To recap, ...")
_RECALL_LABEL = re.compile(r"\W*(?:(?:earlier|previously|background|context|recap|catch[ -]up|looking back|from the archives?"
                           r"|in case you missed it|reminder)\s*[:—–]|(?:(?:if\s+you(?:['’]re|\s+are)|for\s+(?:those|readers)(?:\s+who\s+are)?)"
                           r"\s+(?:just\s+)?joining\s+us|to\s+recap)\s*,)\s*", re.I)
# a sub-heading over a list of earlier events: "Timeline of recent attacks:", "Previous attacks on US
# forces", "Chronology" (the dated items under it are recalled for context, not the day's news)
_TIMELINE_HEADING = re.compile(r"\W*(?:a\s+)?(?:(?:brief\s+)?timeline|chronology|(?:recent|previous|earlier|past|prior|other)\s+"
                               r"(?:[\w-]+\s+)?(?:attacks|strikes|incidents))\b", re.I)
_TALLY_START = re.compile(rf"{_TALLY_WORD}\b", re.I)
# "burned until the early hours of Sunday", "lasted till Friday": the end of a span of time
# (also with the hour first: "until the dawn of today, Thursday"; and told as its close: "strikes continued
# for three hours, ending in the early hours of Thursday", "shelling that went on into Friday")
# ("went on into Friday" ends a span; "overnight into Tuesday", "the night into Tuesday" name a night)
_UNTIL_END = screened(r"(?:\b(?:until|till|end(?:ing|ed|s))|(?<!night)(?<!night\s)(?<!night\sand\s)\binto)\s+(?:the\s+)?(?:(?:dawn|morning|evening|night|early|late|small|hours)\s+"
                        r"(?:hours\s+)?of\s+)?(?:(?:today|tonight|yesterday),?\s+)?$", re.I)
_UNTIL = re.compile(r"(?:until|till)\b", re.I)
# a time that opens or closes a range "between <time> and <time>"
_RANGE_OPEN = re.compile(r"\bbetween\s+$", re.I)
_RANGE_CLOSE = re.compile(r"\bbetween\s+[^.;]{2,40}?\s+and\s+$", re.I)
_RANGE_AND = re.compile(r"\s+and\s+", re.I)
# "in the night to Tuesday" (German, French), "overnight into Tuesday" (wire)
# "overnight to Tuesday", "overnight and into Friday morning", "the night into the early hours of Monday"
_NIGHT_TO = re.compile(r"\b(?:over)?night\s+(?:and\s+)?(?:to|into|before)\s+(?:the\s+)?(?:early\s+(?:hours\s+of\s+)?)?$", re.I)


@dataclass(eq=False)
class _Group:
    """Candidates of one article that report the same incident."""

    members: list[Candidate] = field(default_factory=list)
    date: DateInfo | None = None
    sites: list[str] = field(default_factory=list)
    place_text: str = ""
    place_span: Span | None = None
    perpetrator: str = "unknown"
    target: str = "unknown"
    responds: bool = False
    background: bool = False
    order: int = 0
    soft_date: DateInfo | None = None  # the day a statement reported it, when nothing else dates it
    lapse_date: DateInfo | None = None  # "a day after <it>": the day counted back from the news it came before
    context_date: DateInfo | None = None  # the article's date in force where it was first reported
    site_basis: str = ""  # how the site was chosen when the incident's own sentences name none
    listed: bool = False  # one of several sites a sentence lists as hit ("near Abu Kamal and near al-Mayadin")
    taken_up: bool = False  # a sentence of its own tells where its targets were: told for itself, not as a cause
    unresolved: DateInfo | None = None  # a time told that cannot be resolved ("on Monday night" on an undated page)

    @property
    def sides(self) -> tuple[str, str]:
        side = rules().actors.side
        return (side.get(self.perpetrator, "unknown"), side.get(self.target, "unknown"))


def article_id(text: str) -> str:
    """Content hash: the same text is the same article, whatever file it came in."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_input(text: str, settings: Settings) -> tuple[str, str] | None:
    """(status, reason) when the text cannot be read as an article, else None."""
    if len(text) > settings.max_article_chars:
        return "too_large", f"{len(text):,} characters; the limit is {settings.max_article_chars:,}"
    if not text.strip():
        return "empty", "the file has no text"
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    if "\x00" in sample or bad > max(3, 0.01 * len(sample)):
        return "not_text", f"{bad} control or undecodable characters in the first {len(sample):,}: binary data, not an article"
    # the letters of a short head nearly always suffice; the full count only decides a rejection
    if count_letters(text[:1000]) >= settings.min_article_chars:
        return None
    letters = count_letters(text[:20000])
    if letters < settings.min_article_chars:
        return "empty", f"only {letters} letters: too little text to be an article"
    return None


def extract(
    text: str,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    wire: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> ArticleResult:
    """Every incident an article reports, each field with the span of text it came from.

    `published` is the caller's publication day (a date, a datetime or 'YYYY-MM-DD'), used when
    the page prints none; a value that is not a day raises InputError."""
    settings = settings or load_settings()
    published = as_day(published, "published")
    aid = article_id(text)
    problem = check_input(text, settings)
    if problem:
        meta = ArticleMeta(title=title or "", outlet=outlet, wire=wire, url=url, published=published,
                           published_source="metadata" if published else "unknown")
        return ArticleResult(aid, meta, problem[0], problem[1])
    cleaned = clean(text)
    end = len(text.rstrip())
    trailing = next((s.start for s in cleaned.removed if s.end == end and "\n" in s.text), None)  # related headlines
    meta = build_meta(text, title=cleaned.title, published=published, outlet=outlet, url=url, wire=wire,
                      given_title=title, trailing=trailing)
    if meta.language and meta.language not in settings.languages:
        return ArticleResult(aid, meta, "unsupported_language",
                             f"language detected as {meta.language!r}; supported: {', '.join(settings.languages)}",
                             body_spans=cleaned.body, captions=cleaned.captions, removed=cleaned.removed)
    mentions = _incidents(text, cleaned.body, meta, settings, cleaned.title)
    return ArticleResult(aid, meta, "ok", "", tuple(mentions), cleaned.body, cleaned.captions, cleaned.removed)


# --- reading ------------------------------------------------------------------------------


def _statement_time(text: str, expr: dates.TimeExpr, clause: Span) -> bool:
    """'said on Tuesday', 'confirmed Wednesday': the day of a statement, not of the event (but a
    night is no day of speaking: "a drone attack during the night from Tuesday to Wednesday, announced
    the OSDH" dates the attack)."""
    if expr.kind == "night_range":
        return False
    lo = max(clause.start, expr.span.start - 60)
    t = rules().triggers
    if t.statement_after.match(text, expr.span.end, clause.end):
        return True
    said = t.statement_before.search(text[lo : expr.span.start])
    if said is None:
        return False
    # "The ministry on Thursday condemned the US aggression on Wednesday on al-Mayadin": the act judged
    # has its own day once the judgement has been given one before its verb
    at = lo + said.start()
    return not (_JUDGED.match(text, at) and _statement_day_before().search(text, max(clause.start, at - 40), at))


# a judgement that names the act it judges (the [statement] rule of the same shape)
_JUDGED = re.compile(r"(?:condemned|denounced|decried|slammed|criticised|criticized)\s+(?:the|these|those|this|that)\s", re.I)


@lru_cache(maxsize=1)
def _statement_day_before() -> re.Pattern[str]:
    """A day told right before a verb of judging: "on Thursday condemned", "Thursday, condemned", "today denounced"."""
    return re.compile(rf"\b(?:on\s+)?(?:{dates.weekday_names()}|today|yesterday)\s*,?\s*$", re.I)


def _spoken_day(text: str, sent: Span, expr: dates.TimeExpr, times: list[dates.TimeExpr] | None,
                pub: date | None, told: DateInfo | None = None) -> date | None:
    """'"Earlier today there was an attack," Kirby told reporters late Wednesday': a "today" quoted
    counts from the day it was spoken, when the sentence gives that day.  When it gives none, a
    story published the day after the event it tells (`told`) quotes a speaker of that day:
    '"Today there was an attack on At-Tanf," Kirby told reporters' under Wednesday's attack."""
    if expr.kind != "relative_day" or not _quoted(text, sent.start, expr.span.start):
        return None
    for t in _saying_days(text, sent, expr, times):
        if not _quoted(text, sent.start, t.span.start):
            return dates.resolve(t, pub, pub).date
    if told is not None and told.date is not None and pub is not None and (pub - told.date).days == 1 \
            and expr.offset == 0 and expr.unit in {None, "day"}:
        return told.date
    return None


def _said_on(text: str, sent: Span, expr: dates.TimeExpr, times: list[dates.TimeExpr] | None,
             pub: date | None) -> date | None:
    """The day of the statement told before a day counted back in the same sentence ("the Centre said on
    Friday that militants had fired on a checkpoint the previous evening"): what "the previous" counts from."""
    if expr.offset is None or expr.offset >= 0:
        return None
    for t in _saying_days(text, sent, expr, times):
        if t.span.end <= expr.span.start:
            d = dates.resolve(t, pub, pub)
            return d.date if d.precision == "day" else None
    return None


def _saying_days(text: str, sent: Span, expr: dates.TimeExpr, times: list[dates.TimeExpr] | None) -> list[dates.TimeExpr]:
    """The weekdays and calendar dates of a sentence, other than `expr`, that tell when something was said
    ("Kirby told reporters late Wednesday", "the Centre said on Friday"), in order."""
    return [t for t in times or [] if t is not expr and t.kind in {"weekday", "absolute"} and _statement_time(text, t, sent)]


# the day of publication told by its hours: "loud explosions were heard this evening in al-Omar oil field"
_THIS_DAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|tonight|today)\b", re.I)


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened after `start`."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _bounds_a_range(text: str, t: dates.TimeExpr, start: int) -> bool:
    """'between October 17th and today': either bound of a range of days (over which attacks are
    counted), not the day of one event."""
    before = text[max(start, t.span.start - 60) : t.span.start]
    return bool(_RANGE_CLOSE.search(before)
                or (_RANGE_OPEN.search(before) and _RANGE_AND.match(text, t.span.end)))


def _statement_date(text: str, cand: Candidate) -> dates.TimeExpr | None:
    """The day of the statement reporting the event ("U.S. officials said on Thursday"): breaking
    news is reported the day it happens, so it dates an event the text dates no other way."""
    return next((t for t in cand.times if t.kind in {"weekday", "relative_day", "absolute"}
                 and not _ends_a_span(text, t, cand.clause.start)), None)  # "ending in the early hours of Sunday"


def _ends_a_span(text: str, t: dates.TimeExpr, start: int) -> bool:
    """'until the early hours of Sunday', 'clashes that continued until the dawn of today': the end of
    a span of time (of a fire, of fighting), not the day of the event, which is dated by its start."""
    return bool(_UNTIL.match(t.span.text) or _UNTIL_END.search(text[max(start, t.span.start - 40) : t.span.start]))


_AS_ANOTHER = re.compile(r"\s*,?\s*as\s+(?:another|a|an|more|further|fresh|new)\s", re.I)


def _as_it_was_said(text: str, clause: Span, sent: Span, times: list[dates.TimeExpr] | None) -> dates.TimeExpr | None:
    """The day of a statement that a clause opened by "as another ..." follows ("..., a monitor said on
    Wednesday, as another explosion struck a market"): the clause tells what happened as it was said."""
    if not times:
        return None
    for t in _saying_days(text, sent, None, times):  # type: ignore[arg-type]
        if t.span.end <= clause.start + 4 and (m := _AS_ANOTHER.match(text, t.span.end, clause.end)) \
                and m.end() > clause.start:
            return t
    return None


# "on the eve of the elections, which took place on Monday", "on the eve of Monday's vote"
_EVE_OF = re.compile(r"\b(?:on|in)\s+the\s+eve\s+of\s+[^.;:!?\n]{0,60}$", re.I)


def _on_the_eve(text: str, clause: Span, t: dates.TimeExpr) -> str | None:
    """The "on the eve of" that the clause's day is told after: the event fell the day before it."""
    if t.kind not in {"weekday", "absolute", "relative_day"}:
        return None
    before = text[max(clause.start, t.span.start - 90) : t.span.start]
    m = _EVE_OF.search(before) if "eve" in before else None
    return m.group().strip() if m else None


# between an hour and the day it is of: "in the evening| of |yesterday", "at dawn| of yesterday, |Wednesday"
_OF_THE_DAY = re.compile(r"\s+of\s+(?:(?:yesterday|today)\s*,\s*)?", re.I)
_HOUR_ONLY = re.compile(r"(?:overnight|(?:at|during the|in the|late at|early in the) (?:night|morning|evening|afternoon|dawn)|at dawn|before dawn|after midnight)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_NTH_OF_THE_PERIOD = re.compile(
    r"\s*[,;(–—-]\s*(?:in\s+|marking\s+|making\s+it\s+|which\s+was\s+|it\s+was\s+)?(?:the|its|their)\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|[\w-]+est)\s+"
    r"[^.;:!?\n]{0,80}?\s+(?:in\s+|of\s+|over\s+|during\s+)?(?:the\s+)?", re.I)


def _choose_time(text: str, cand: Candidate) -> dates.TimeExpr | None:
    """The clause's own time for the event, not the day someone spoke of it."""
    usable = [t for t in cand.times if t.kind != "vague" and not _statement_time(text, t, cand.clause)]
    # "a fire that crews fought until the early hours of Sunday": the end of what followed, not the
    # event's day (an event is dated by its start)
    usable = [t for t in usable if not _ends_a_span(text, t, cand.clause.start)]
    # "Between October 17th and today, U.S. forces have been attacked at least 13 times": the bounds
    # of a range over which things are counted date no one event
    usable = [t for t in usable if not _bounds_a_range(text, t, cand.clause.start)]
    # "in the night to Tuesday": the weekday (read as the night that ended on it), not "in the night"
    usable = [t for t in usable if not ((t.kind == "part_of_day" or t.span.text.lower() == "overnight" or (
        t.kind == "relative_day" and t.span.text.lower().endswith("night"))) and any(
        o is not t and 0 <= o.span.start - t.span.end <= 30 and _NIGHT_TO.search(text[t.span.start : o.span.start])
        for o in usable))]
    # "on Thursday, the third attack on the base this week": the period counts the attacks of which the
    # day's is one; it does not date it
    usable = [t for t in usable if not (t.kind in {"week", "month", "season", "year"} and any(
        o.kind in {"weekday", "absolute", "relative_day"} and o.span.end <= t.span.start
        and _NTH_OF_THE_PERIOD.fullmatch(text, o.span.end, t.span.start) for o in usable))]
    # "The Hasakah strike came as Ankara widened a campaign it launched on Sunday": the news told again as
    # the subject, and the days after "came as" / "came a day after" are those of what it came with or after
    link = _NEWS_CAME_AS.match(text, cand.clause.start, cand.clause.end)
    if link is not None and min(t.start for t in cand.triggers) < link.start(1):
        usable = [t for t in usable if t.span.start < link.start(1)]
    # "As part of the operation our forces launched on 27 August, they today took the town": the day a campaign
    # began dates the campaign, not what the clause tells of it, when the clause names another time
    begun = [t for t in usable if _CAMPAIGN_BEGUN.search(text, max(cand.clause.start, t.span.start - 80), t.span.start)]
    if begun and len(begun) < len(usable):
        usable = [t for t in usable if t not in begun]
    if not usable:
        return None
    # "around 6 p.m. EST Thursday, which was shortly after 1 a.m. Friday local time": the area's own day
    told = usable
    usable = [t for t in usable if dates.local_marker_at(text, t.span.end)] or usable
    # "struck, this evening, Monday 20-11-2023, the base": the day named in apposition says which evening
    usable = [t for t in usable if not (t.kind in {"relative_day", "part_of_day"} and any(
        o.kind in {"weekday", "absolute"} and _APPOSED.fullmatch(text, t.span.end, o.span.start) for o in usable))]
    anchors = [t.start for t in cand.triggers]
    best = min(usable, key=lambda t: min(abs(t.span.start - a) for a in anchors))
    if best.kind == "part_of_day":
        # "in the evening of yesterday, Wednesday", "in the early hours of Monday": the day the hour is
        # told of (the weekday in apposition to "yesterday" was kept above, "yesterday" itself not)
        of_day = [t for t in usable if t.kind in {"absolute", "weekday", "relative_day"}
                  and _OF_THE_DAY.fullmatch(text, best.span.end, t.span.start)]
        if of_day:
            return of_day[0]
        # "On Thursday, 31 August, fighters took the town after clashes that lasted until late in the
        # evening": an hour of a day the clause has named is that day's hour
        # (also when only the hour is marked local: "yesterday, October 23rd, at 6:30 in the evening local time")
        day = [t for t in told if t.kind in {"absolute", "weekday"} and t.span.end <= best.span.start]
        if day:
            return day[-1]
    if best.kind in {"part_of_day", "relative_day"} and _HOUR_ONLY.fullmatch(best.span.text):
        # "In September 2019, a wave of overnight strikes hit depots": an hour told within a month the
        # clause names with its year is that month's, not the night before the page
        month = [t for t in usable if t.kind == "month" and _YEAR.search(t.span.text)]
        if month:
            return month[0]
    return best


def _site_of(cand: Candidate, text: str = "") -> tuple[str | None, str, Span | None]:
    """The most specific known site of a clause, else the unknown place's text. A village the
    gazetteer does not know wins over a known town that only locates it ("in the village of
    Gharanij, near Hajin"): the event is not snapped to the neighbouring town."""
    gaz = load_gazetteer()
    known = [p for p in cand.places if p.site is not None]
    named_out = [p for p in known if p.site.id in rules().scope.excluded]
    if named_out:  # "Tower 22, a few km from al-Tanf": the excluded base is the place, not its neighbour
        return named_out[0].site.id, named_out[0].span.text, named_out[0].span
    # "in Iraq and Syria": the Syrian place is ours ("near the border with Syria" never reaches here:
    # read_clause drops a country named across a border)
    # but "near the town of Jarablus in northern Syria": a Syrian place outside the area is not ours
    syrian_out = any(_outside_area(p.site.id) and p.site.precision != "country" and gaz.within(p.site.id, "syria")
                     for p in known)
    inside = [p for p in known if not _outside_area(p.site.id) and not (syrian_out and p.site.precision == "country")]
    known = inside or known
    unknown = [p for p in cand.places if p.site is None]
    if text and known:  # "the al-Hamdan neighbourhood, in the north of Albu Kamal city": a part of the town, not a village near it
        unknown = [p for p in unknown if not (_PART_OF_TOWN_AFTER.match(text, p.span.end)
                                              or _PART_OF_TOWN_BEFORE.search(text, max(0, p.span.start - 30), p.span.start))]
    if known and unknown and text and all(
            p.site.precision != "facility"
            and (_NOT_A_LIST.search(text[max(cand.clause.start, p.span.start - 40) : p.span.start])
                 or _names_a_road(text, cand.clause.start, p.span)
                 or p.site.precision in {"province", "district"}) for p in known):
        # "near the town of Maysalun in Deir ez-Zor province": the province only locates the town
        if all(_names_a_road(text, cand.clause.start, p.span) for p in cand.places
               if p.site is None or p.site.precision not in {"province", "district"}) \
                and any(p.site.precision == "town" for p in known) \
                and all(_VILLAGE_BEFORE.search(text, max(0, p.span.start - 20), p.span.start) for p in unknown):
            # "on the road between al-Busayrah and the village of al-Zir": a road out of a town to a village
            # the gazetteer does not know runs by that town
            town = next(p for p in known if p.site.id == gaz.most_specific([q.site.id for q in known if q.site.precision == "town"]))
            return town.site.id, town.span.text, town.span
        out = [p for p in known if p.site.precision != "country" and _outside_area(p.site.id)]
        if out and len(out) == len(known):
            # "the Balad air base north of Baghdad": located by a place outside the area, it is outside
            return out[0].site.id, out[0].span.text, out[0].span
        u = unknown[0]
        return None, u.span.text, u.span
    if known and text and not unknown and all(_names_a_road(text, cand.clause.start, p.span) for p in known):
        # "an IED hit an army vehicle on the Deir ez-Zor–Palmyra road": the towns only name the road,
        # which runs through their province
        first = known[0]
        province = next((a for a in gaz.ancestors(first.site.id) if gaz.get(a).precision == "province"), None)
        if province is not None:
            return province, first.span.text, first.span
    if len(known) > 1 and text:
        # "an IED hit a vehicle on the Deir ez-Zor-Hasakah road near al-Busayrah": the towns that only name
        # the road say which road; the town it was near says where on it (not "the road linking the
        # village of al-Hari with the border east of Albukamal", whose ends locate it)
        off_road = [p for p in known if not _ROAD_NAME.match(text, p.span.end)]
        known = off_road or known
    if len(known) > 1 and text:
        # "units moving south of Hasakah came under attack near Al-Shaddadi": a bearing from a town
        # only points the way; the place named without one is where it happened
        plain = [p for p in known if not _BEARING_OF.search(text, max(cand.clause.start, p.span.start - 30), p.span.start)]
        known = plain or known
    if known:
        best = gaz.most_specific([p.site.id for p in known])
        span = next((p.span for p in known if p.site.id == best), None)
        return best, span.text if span else "", span
    unknown = [p for p in cand.places if p.site is None]
    if unknown:
        return None, unknown[0].span.text, unknown[0].span
    return None, "", None


_VILLAGE_BEFORE = re.compile(r"\bvillage\s+of\s+(?:the\s+)?$", re.I)  # "the village of |al-Zir"
# "the Ayash camp, a militia compound and weapons depot northwest of the city of Deir ez-Zor": an
# apposition that locates the first place by the second
_APPOSITION = re.compile(r"\s*,\s+(?:an?|the)\s", re.I)
_PART_OF_TOWN_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|district|quarter|street|square|market|roundabout)\b", re.I)
_PART_OF_TOWN_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|district|quarter|street|square)\s+of\s+(?:the\s+)?$", re.I)
_NOT_A_LIST = re.compile(
    r"\b(?:near|outside|outskirts of|close to|next to|adjacent to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|"
    # "al-Shafa, on the east bank facing Albu Kamal": the town across the river only locates the village
    # (but "al-Qaim, on the border opposite Albu Kamal" is a town of its own, hit in its own right)
    r"(?:bank|side|shore)\s+(?:facing|opposite)|across\s+the\s+(?:river|Euphrates)\s+from|"
    # "near al-Jafra village in the eastern suburbs of Deir Ez-Zor city": the suburbs of a town locate the village
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:suburbs|outskirts|countryside|environs|vicinity)\s+of|"
    r"(?:near|outside|close to) the (?:town|city|village) of|direction of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)


# "the base at the al-Omar oil field, also in Deir ez-Zor": where the first place lies, not a second one
_LOCATED_IN = re.compile(r"\s*,?\s*(?:also\s+|both\s+|which\s+is\s+|located\s+)?(?:in|inside|of|within)\s", re.I)
# "on the road between Deir ez-Zor and Palmyra": the towns a road links only locate what happened on it
_ROAD_END = re.compile(r"\b(?:road|highway)\s+(?:between|linking|connecting|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:and|to|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2})?$", re.I)
# "on the Deir Ezzor – Palmyra road", "the Damascus-Baghdad highway": towns that name a road (the far
# one of up to three words: "the Hasakah-Deir ez-Zor road")
_ROAD_NAME = re.compile(r"(?:\s*[–—-]\s*[\w'’]+(?:[ -][\w'’]+){0,2})?\s+(?:road|highway|motorway)\b", re.I)


def _names_a_road(text: str, clause_start: int, span: Span) -> bool:
    """Whether the town at `span` only names a road: "the road between Deir ez-Zor and Palmyra",
    "on the Deir Ezzor – Palmyra road"."""
    return bool(_ROAD_NAME.match(text, span.end) or _ROAD_END.search(text[max(clause_start, span.start - 70) : span.start]))


# "between the city of Deir ez-Zor, Mayadin and Albu Kamal": three towns or more, listed with a comma after
# the first, are the towns the event was spread over (not a road's or a front's two ends)
_BETWEEN_MANY = re.compile(r"\s*,\s*(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+|villages?\s+|cities\s+)?(?:of\s+)?$", re.I)
# "six in the city of Deir Ezzor, two others in a strike near the town of Al-Mayadine": another
# strike, not where the first one was
# ...or another thing hit, placed by its own locator: "a depot in Deir ez-Zor city, a site near the town of Mayadeen"
_ANOTHER_HIT = re.compile(r"[,;]\s+(?:(?:\w+\s+){0,3}?(?:in|by)\s+(?:a|an|another|the)\s+(?:\w+\s+)?(?:strike|raid|attack|bombing|shelling)\b"
                          # a next clause with its own subject and verb: "A drone hit X in the morning, rockets
                          # fell near Y in the afternoon", "..., and a second drone struck Y"
                          r"|(?:and\s+)?(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:rockets?|drones?|missiles?|shells?|mortars?|bombs?)"
                          r"\s+(?:also\s+)?(?:fell|landed|struck|hit|targeted|exploded|slammed)\s"
                          r"|(?:a|an|another|one|a second|a third)\s+(?:[\w-]+\s+){0,2}?(?:near|in|at|close to|outside)\s"
                          # a tally shared out over places: "six died at a depot in X, two at a post near Y"
                          r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|others?)\s+(?:(?:more|others?|of them|died|were killed|killed)\s+)?"
                          r"(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:near|in|at|close to|outside)\s)", re.I)
# an event told "there": "a building was hit there", "two fighters were killed there", "shells fell there"
_HIT_THERE = re.compile(r"\b(?:hit|struck|killed|wounded|injured|fell|landed|exploded|targeted|attacked|shelled|bombed|"
                        r"raided|destroyed|died)\s+there\b", re.I)
_WHERE_BEFORE = re.compile(r"\W*where\b", re.I)
# "Thiban and the nearby villages of al-Shuhail": the surroundings of one place, not a second target
_VICINITY = re.compile(r"\b(?:nearby|neighbou?ring|surrounding|adjacent|adjoining|outlying)\b", re.I)
# "al-Kishkiyah, in the Hajin area", "al-Susah village, Hajin area": a town named as the area only locates
# the place before it (a comma, maybe "in the", then the town and "area")
_AREA_COMMA = re.compile(r"(?:\s+village)?\s*,\s*(?:in\s+(?:the\s+)?)?", re.I)
_AREA_AFTER = re.compile(r"\s+(?:area|region|countryside|subdistrict)\b", re.I)
# what lies between a mountain range and the town that gives its bearing: "the Jabal al-Bishri mountains north-west
# of Deir ez-Zor", "Jabal al-Bishri, some 60 km north-west of the city of Deir ez-Zor"
_BEARING_OF_WIDE = re.compile(r"(?:[^\S\n]+(?:mountains?|hills|desert|area|region|plain))?,?[^\S\n]+(?:(?:some|about)[^\S\n]+)?"
                             r"(?:[0-9]+[^\S\n]*(?:km|kilometres?|kilometers?|miles?)[^\S\n]+)?"
                             r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[^\S\n]+of[^\S\n]+"
                             r"(?:the[^\S\n]+)?(?:(?:town|city)[^\S\n]+of[^\S\n]+)?", re.I)
# "the village Ayash northwest of the city Deir ez-Zor": a translation's town named without "of" after a bearing
_BEARING_OF_TOWN = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+the\s+(?:town|city)\s+$", re.I)
_NEXT_ITEM = re.compile(r"\s*,\s+the\s+(outskirts|outer\s+edges|surroundings|environs|desert|countryside)\s+of\s+"
                        r"(?:the\s+(?:town|city)\s+of\s+)?", re.I)
# two places hit, told as a list: "Tower 22 and on the al-Tanf garrison", "al-Tanf with rockets, and the Tower 22 base"
_PLACE_JOINT = re.compile(r"\s*(?:(?:base|outpost|garrison)\s*)?(?:with\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s+(?:and|as\s+well\s+as)\s+"
                          r"(?:(?:at|on|against)\s+)?(?:the\s+)?(?:(?:US|American)\s+)?(?:(?:base|garrison|outpost)\s+(?:at|in|of)\s+)?", re.I)
_GOES_ON = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s", re.I)
_BARE_AND = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)


def _per_site(text: str, cand: Candidate) -> list[tuple[Candidate, tuple[str | None, str, Span | None]]]:
    """One reading per listed site: 'warehouses near Deir Ezzor city, positions in the Mayadeen desert
    and sites near Albu Kamal' are three incidents (one per location, as ACLED codes them)."""
    first = _site_of(cand, text)
    # (a town that only names a road is not a place hit: "near Kabajeb, on the Deir ez-Zor-Palmyra road")
    listed = [p for p in cand.places if p.site is not None and p.site.precision in {"town", "facility"}
              and not _outside_area(p.site.id) and not _names_a_road(text, cand.clause.start, p.span)]
    # (nor a town that only gives the bearing of a wider place named just before it: "in the Jabal al-Bishri mountains
    # north-west of Deir ez-Zor and in the desert south of al-Mayadin"): the wider place is the list's item
    # (a mountain range or a desert, not a province: "the countryside east of al-Mayadin" is the town's)
    wide = [q for q in cand.places if q.site is not None and q.site.precision not in {"town", "facility", "country"}
            and q.site.kind not in {"province", "country"} and not _outside_area(q.site.id)]
    listed = [next((q for q in wide if q.span.end <= p.span.start and _BEARING_OF_WIDE.fullmatch(text, q.span.end, p.span.start)), p)
              for p in listed]
    if first[2] is not None and first[0] in rules().scope.excluded and len(listed) == 1 and (
            _PLACE_JOINT.fullmatch(text, first[2].end, listed[0].span.start)
            or _PLACE_JOINT.fullmatch(text, listed[0].span.end, first[2].start)):
        # "claimed attacks on Tower 22 and on the al-Tanf garrison": two places hit, the one outside the area
        # (read on its own, left out) does not take the one of ours with it
        out = []
        for place in sorted([(first[2], first), (listed[0].span, (listed[0].site.id, listed[0].span.text, listed[0].span))],
                            key=lambda x: x[0].start):
            clone = copy.copy(cand)
            clone.places = [q for q in cand.places if q.span == place[0]] or cand.places
            clone.listed = True
            out.append((clone, place[1]))
        return out
    # a recall cue told after the list ("..., the third round of strikes since October") does not make it one
    if len(listed) < 2 or (cand.background is not None and cand.background.start < listed[-1].span.end) \
            or (_BETWEEN.search(text, max(0, listed[0].span.start - 40), listed[0].span.start)
                and not (len(listed) > 2 and _BETWEEN_MANY.fullmatch(text, listed[0].span.end, listed[1].span.start))):
        # "on the road between al-Quriyah and al-Mayadin": one place, not two (but "strikes hit depots
        # between the city of Deir ez-Zor, Mayadin and Albu Kamal" spreads them over the towns it lists)
        return [(cand, first)]
    keep = [listed[0]]
    # a town that only locates the last place kept ("a depot near Ayash, northwest of the city of Deir
    # ez-Zor, as well as a post in al-Mayadin") belongs to that place's words: the list goes on after it
    chained = True
    for prev, p in zip(listed, listed[1:], strict=False):
        between = text[prev.span.end : p.span.start]
        locates = bool(_NOT_A_LIST.search(between) or _BEARING_OF_TOWN.search(between))  # "..., near the town of X": X may only locate the first
        locates = locates or bool(_AREA_COMMA.fullmatch(between) and _AREA_AFTER.match(text, p.span.end))
        another = bool(_ANOTHER_HIT.search(between))  # "..., a site near the town of X": one more thing hit
        # "the Hamdan airfield near Albu Kamal, the outskirts of al-Mayadin and ...": after a town that only
        # located the thing before it, the outskirts of another town are the list's next item, not its locator
        # (or of a town too far for its outskirts to hold the place before: "a depot near al-Mayadin, the
        # outskirts of Albu Kamal and ...")
        nxt = _NEXT_ITEM.fullmatch(between)
        # (the list going on after it: "..., the outskirts of X and the Y", not "..., the outskirts of X, a source said")
        another = another or bool(nxt and _GOES_ON.match(text, p.span.end) and (prev is not keep[-1] or (
            nxt.group(1).lower() not in {"desert", "countryside"}
            and load_gazetteer().distance_km(prev.site.id, p.site.id) >= 15)))
        if prev is not keep[-1] and (not chained or _BARE_AND.fullmatch(between)):
            continue  # ("the plant near Khasham and al-Omar": near both, maybe; no new thing hit is told)
        chained = False
        if (" and " in between or " as well as " in between
                                 or (("," in between or ";" in between) and (not locates or another))) \
                and not (_APPOSITION.match(between) and locates and ", and " not in between
                         and not (another and prev.site.precision == "town")) \
                and not _VICINITY.search(between) \
                and not (_LOCATED_IN.match(between) and prev.site.precision == "facility" and p.site.precision == "town") \
                and all(_apart(p.site.id, k.site.id) for k in keep):
            keep.append(p)
            chained = True
        elif locates and not another:
            chained = True
    if len(keep) < 2:
        return [(cand, first)]
    out = []
    dated = [t for t in cand.times if t.kind != "vague"]
    for i, p in enumerate(keep):
        clone = copy.copy(cand)
        clone.places = [p]
        if len(dated) > 1:
            # "near al-Mayadin on 08/11 and near Albu Kamal on 26/10": each place its own date, the
            # one told between it and the next place
            nxt = keep[i + 1].span.start if i + 1 < len(keep) else cand.clause.end
            own = [t for t in dated if p.span.end <= t.span.start < nxt]
            if own and all(t.kind == "part_of_day" for t in own):
                # "twice on Sunday: a drone at the Conoco base in the morning and rockets at the Green Village
                # in the evening": the hours of each place, on the day told before the list
                own += [t for t in dated if t.kind in _DAY_KINDS and t.span.end <= keep[0].span.start]
            if own:
                clone.times = [t for t in cand.times if t.kind == "vague" or t in own]
        clone.anaphoric = cand.claimed and cand.anaphoric  # it names its own place
        clone.listed = True
        out.append((clone, (p.site.id, p.span.text, p.span)))
    return out


# two days of one place joined: "on Thursday night and again early on Friday", "on March 11 and March 12"
_AND_AGAIN = re.compile(r"\s*,?\s*(?:and|&)\s+(?:again\s+|then\s+|once more\s+)?(?:(?:early|late)\s+)?(?:on\s+)?", re.I)
_DAY_KINDS = frozenset({"weekday", "absolute", "relative_day"})
_AGAIN = re.compile(r"\b(?:again|once more|a second time)\b", re.I)


def _per_day(text: str, cand: Candidate, site: tuple[str | None, str, Span | None]
             ) -> list[tuple[Candidate, tuple[str | None, str, Span | None]]]:
    """One reading per day when a clause tells its place hit on two days ('an ISIS cell attacked a checkpoint
    in Hajin on Thursday night and again early on Friday'): one incident per date and site."""
    days = [t for t in cand.times if t.kind in _DAY_KINDS]
    if len(days) != 2 or len(cand.places) > 1 or not _AND_AGAIN.fullmatch(text, days[0].span.end, days[1].span.start) \
            or _BETWEEN.search(text, max(0, days[0].span.start - 30), days[0].span.start) \
            or any(_statement_time(text, t, cand.clause) for t in days):
        return [(cand, site)]
    out = []
    for day in days:
        clone = copy.copy(cand)
        clone.times = [t for t in cand.times if t not in days or t is day]
        out.append((clone, site))
    return out


_OUTSIDE: dict[str, tuple[object, object, bool]] = {}  # site id -> (gazetteer, scope, answer)


def _outside_area(site_id: str) -> bool:
    """True for sites outside what the monitor covers (rules/scope.toml); country-level sites
    ("in Syria") are not outside, they only place nothing.  (Asked thousands of times per hundred
    articles: the answer is kept per site for the rules it was computed with.)"""
    gaz = load_gazetteer()
    scope = rules().scope
    known = _OUTSIDE.get(site_id)
    if known is not None and known[0] is gaz and known[1] is scope:
        return known[2]
    answer = _outside_of(gaz, scope, site_id)
    _OUTSIDE[site_id] = (gaz, scope, answer)
    return answer


def _outside_of(gaz: Gazetteer, scope: Scope, site_id: str) -> bool:
    site = gaz.get(site_id)
    if site.precision == "country":
        return site_id != "syria"
    if site_id in scope.excluded:
        return True
    if gaz.region_of(site_id) in scope.regions or site_id in scope.sites:
        return False
    if site.precision == "province":
        return True
    return not any(s in gaz.sites and gaz.distance_km(site_id, s) <= scope.near_km for s in scope.sites)


def _coarse(site: Site) -> bool:
    return site.precision in {"province", "country", "district", "region"}


def _nested(a: str, b: str) -> bool:
    """The same site, or one inside the other."""
    gaz = load_gazetteer()
    return a == b or gaz.within(a, b) or gaz.within(b, a)


def _sites_compatible(a: str, b: str) -> bool:
    if _nested(a, b):
        return True
    gaz = load_gazetteer()
    sa, sb = gaz.get(a), gaz.get(b)
    if sa.precision == "facility" and sb.precision == "facility":
        return False
    if _coarse(sa) or _coarse(sb):
        return False  # coarse but not containing: a different province
    # a town and a facility a few km apart are one place named at two granularities; two towns
    # are two places unless they are the same spot under two names
    return gaz.distance_km(a, b) <= 60.0 if "facility" in {sa.precision, sb.precision} else gaz.distance_km(a, b) <= 3.0


_STAMP_DAY = "the day of the post's stamp"


# the clock printed after a post's date on its stamp line: "Sat 3 Feb 2024 01.15 GMT"
_STAMP_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:at[^\S\n]+)?([01]?[0-9])[.:h]([0-5][0-9])(?![0-9])")


def _small_hours_stamp(text: str, stamp: Span) -> bool:
    """A live page's post stamped in the small hours ("Sat 3 Feb 2024 01.15 GMT", before 04:00): what
    it reports with no day of its own is the night that goes on, told the evening before ("Here is a
    recap of the night's main developments", "More from Syria. ... one strike flattened a building")."""
    m = _STAMP_CLOCK.match(text, stamp.end)
    return m is not None and int(m.group(1)) < 4


def _told_after_midnight(g: _Group, c_date: DateInfo | None) -> bool:
    """A group dated only by its post's stamp, and a report of the day before: a post stamped
    after midnight may tell of the evening before (but a week's span, "4-10 August", is no such report)."""
    stamped = g.context_date if g.date is None else None
    return stamped is not None and stamped.basis == _STAMP_DAY and stamped.date is not None \
        and c_date is not None and c_date.date is not None and 0 <= (stamped.date - c_date.date).days <= 1 \
        and dates.RANGE_START not in c_date.basis


def _dates_compatible(a: DateInfo | None, b: DateInfo | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return True
    if a.date == b.date:
        return True
    coarse, fine = (a, b) if _span_days(a) >= _span_days(b) else (b, a)
    if coarse.date <= fine.date < coarse.date + timedelta(days=_span_days(coarse)) and _span_days(coarse) > 1:
        return True
    if not (_is_night_day(a) or _is_night_day(b)) or abs((a.date - b.date).days) != 1:
        return False
    # ...but a night and the next day's hours after its morning are two times ("rockets on the night of
    # Tuesday to Wednesday ... a drone hit the base on Wednesday afternoon")
    early, late = (a, b) if a.date < b.date else (b, a)
    return not (_is_night_day(early) and late.part_of_day in {"afternoon", "evening"})


def _is_night_day(d: DateInfo) -> bool:
    return d.part_of_day == "night" or is_night(d.text)


def _span_days(d: DateInfo) -> int:
    return {"day": 1, "week": 7, "month": 31, "season": 92, "year": 366}.get(d.precision, 1)


def _compatible(g: _Group, c: Candidate, c_date: DateInfo | None, c_site: str | None) -> bool:
    if g.background != bool(c.background):
        return False
    gp, gt = g.sides
    cp, ct = c.side_pair
    if c.event_type == "armed clash" or any(m.event_type == "armed clash" for m in g.members):
        # a clash has two sides, not a direction: the parties named must overlap
        gs, cs = {gp, gt} - {"unknown"}, {cp, ct} - {"unknown"}
        if gs and cs and not gs & cs:
            return False
        gp = gt = cp = ct = "unknown"
    gp, gt, cp, ct = (_ALLIES.get(s, s) for s in (gp, gt, cp, ct))
    gt = "unknown" if gt == gp else gt  # "the coalition and the SDF killed": partners, not a target
    ct = "unknown" if ct == cp else ct
    if gt != ct and "civilians" in {gt, ct} and c_site and c_site in g.sites and cp in {"unknown", gp} \
            and _fine(c_site) and load_gazetteer().within(c_site, "syria"):
        # one strike, two sides' tolls: "jets hit a depot of the militias near al-Mayadin ... state media said
        # two civilians were killed near al-Mayadin" (one incident per day, town and author; a town across
        # the border, where the strikes of the night were many, is left apart)
        gt = ct = "unknown"
    if (gp != "unknown" and cp != "unknown" and gp != cp) or (gt != "unknown" and ct != "unknown" and gt != ct):
        return False
    # an attack and the response it drew are two incidents even when one side is unnamed
    if (gp != "unknown" and gp == ct) or (cp != "unknown" and cp == gt):
        return False
    if not _dates_compatible(g.date or g.context_date, c_date) and not _told_after_midnight(g, c_date):
        return False
    gd = g.date or g.context_date
    if gd is not None and c_date is not None and gd.date != c_date.date and _AGAIN.search(c.clause.text) \
            and any(m.clause == c.clause for m in g.members):
        # one clause's two days told as a repeat ("on Thursday night and again early on Friday", _per_day):
        # two incidents, where "late on Thursday and early on Friday" is one night
        return False
    if gd is not None and c_date is not None and gd.date is not None and c_date.date is not None \
            and gd.date != c_date.date and _span_days(gd) == _span_days(c_date) == 1 and c_site and g.sites \
            and not any(_nested(c_site, s) for s in g.sites):
        # "Rockets were fired overnight at the Conoco base. On Friday morning, gunmen ambushed a patrol in
        # Thiban": a night and the next day, told at two places, are two incidents
        return False
    if g.date is None and c_date is not None and _span_days(c_date) > 7 and g.members:
        return False  # "the third exchange this month" sums up; it does not date tonight's shelling
    if c_date is not None and _span_days(c_date) > 1 and g.date is not None and g.date.precision == "day" \
            and c_site and c_site not in g.sites:
        # "gunmen opened fire on Sunday evening in the Deir ez-Zor countryside ... Last week, a council
        # member was shot dead in al-Shuhail": an item dated only by a week or a month is another
        # incident, and it does not move the day's incident to its town
        return False
    if c_date is None and c.context is not None and g.date is not None and g.date.precision == "day" \
            and g.date.date is not None and abs((g.date.date - c.context).days) > 1:
        return False  # an undated report belongs to the days the text is talking about
    if c.responds and c_date is None and c.context is not None and not g.responds and g.date is None \
            and g.context_date is not None and g.context_date.date is not None and g.context_date.date != c.context \
            and g.sides[1] != c.side_pair[0]:
        # "On Monday evening, rockets hit the al-Omar field ... adding that US forces responded with artillery":
        # an undated answer is to the day just told, not more of an undated report of the day before (a toll
        # state media gave of Sunday's strikes)
        return False
    # a dated report of the response and an undated one of an unanswering strike (or the reverse)
    # are not the same incident: "coalition responded..." vs "on the night of Sunday, US strikes..."
    if g.responds and not c.responds and g.date is None and c_date is not None:
        return False
    if c.responds and not g.responds and (g.date is None) != (c_date is None) \
            and not (c.side_pair[1] != "unknown" and c.side_pair[1] == g.sides[1] and c.side_pair[0] in {"unknown", g.sides[0]}
                     and _FIRED_ON.search(c.clause.text)):
        # (but the side attacked telling it "came under fire" and "returned fire" tells the same attack)
        return False
    if c_site and g.sites and not _sites_compatible(c_site, load_gazetteer().most_specific(g.sites)):
        return False
    if c_site and not g.sites and g.place_text and _fine(c_site) and not any(
            p.site is not None and _fine(p.site.id) and _sites_compatible(c_site, p.site.id)
            for m in g.members for p in m.places) and g.place_text.lower() not in c.clause.text.lower():
        # "strikes on the town of Al-Susah [a village the gazetteer lacks] ... In the same night, strikes on
        # the outskirts of Hajin": a town of ours the first report did not locate it by is another place
        # (but "houses in al-Sha'fa, in the area of Hajin" names the first place again and locates it)
        return False
    if c.listed and c_site and g.listed and c_site not in g.sites and any(m.sentence == c.sentence for m in g.members):
        return False  # "near the airport of Deir Ezzor and in the sector of al-Mayadin": two places hit
    if any(c.sentence - m.sentence <= 1 for m in g.members) and _told_as_new(c):
        # "the US launched strikes on Thursday. ..., while a fresh rocket barrage was reported on
        # Friday": a new incident told beside the one just told, not more of it
        return False
    return True


# "a fresh / a new / another / a further / a second (rocket) attack": an incident beside the one just told (but
# not a name given to the one told: 'describing the attack as "a new aggression"')
_FRESH_BEFORE = re.compile(r"(?<![\"“])(?<!\bas )(?<!\bas \")(?<!\bas “)\b(?:a\s+fresh|a\s+new|another|a\s+further|a\s+(?:second|third|fourth))\s+(?:[\w-]+\s+){0,2}$", re.I)


# the side attacked tells it was attacked: "the patrol came under small arms fire", "had been fired upon"
_FIRED_ON = re.compile(r"\b(?:c[oa]me?s?|coming)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack)\b"
                       r"|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked|fired\s+(?:on|upon|at)|shot\s+at|ambushed)\b", re.I)


def _cue_before(c: Candidate, rx: re.Pattern[str], width: int, skip: re.Pattern[str] | None = None) -> bool:
    """Whether `rx` ends just before one of the clause's triggers (in the `width` characters before it);
    triggers whose words match `skip` are not asked."""
    return any(_cue_before_one(c.clause, t, rx, width) for t in c.triggers if not (skip and skip.match(t.text)))


def _cue_before_one(clause: Span, t: Span, rx: re.Pattern[str], width: int) -> bool:
    return t.start >= clause.start and rx.search(clause.text, max(0, t.start - clause.start - width), t.start - clause.start) is not None


def _told_as_new(c: Candidate) -> bool:
    """The clause tells its event as a new one: 'a fresh rocket barrage', 'another drone attack'."""
    return _cue_before(c, _FRESH_BEFORE, 30)


def _fine(site_id: str) -> bool:
    """A town or a facility (not a district, province or country)."""
    return load_gazetteer().get(site_id).precision in {"town", "facility"}


def _score(g: _Group, c: Candidate, c_date: DateInfo | None, c_site: str | None, context: date | None = None) -> tuple:
    same_date = bool(c_date and g.date and c_date.date and c_date.date == g.date.date)
    if c_date is None and context is not None:
        gd = g.date or g.context_date
        same_date = bool(gd and gd.date == context)  # an undated report belongs with the day in force
    same_site = bool(c_site and c_site in g.sites)
    reported = any(m.kind != "prior" for m in g.members)  # not only named as a cause
    # "US jets struck ... on Thursday night" goes on with the airstrikes the lead told, not with the
    # fresh rocket barrage the lead told after them: a report opened as a new incident takes only its kind
    own_kind = not (g.members and _told_as_new(g.members[0]) and c.event_type not in {m.event_type for m in g.members})
    return (same_site + same_date, reported, g.responds == c.responds, own_kind, g.order)


def _incidents(text: str, body: tuple[Span, ...], meta: ArticleMeta, settings: Settings,
               title_span: Span | None = None) -> list[Mention]:
    r = rules()
    pub = meta.published
    skip = dateline_spans(text)
    sents = sentences(text, body)
    # an article of ours: it names Syria, or a place of ours ("near the town of al-Quriyah" in a story
    # that never says "Syria"), so an unplaced report in it may be placed by the sentences around it
    syrian = any(_SYRIA.search(s.text) for s in sents)
    if syrian and not _names_a_site_in_scope(text, body):
        syrian = False  # "bases in Iraq and Syria" in a story about Ain al-Asad: nothing here is ours
    # a story that never says "Syria" but names a town of ours ("near the town of al-Quriyah"), or one of
    # our provinces ("Turkish drone kills two in Hasakah countryside"), or cites a source of the area: a
    # dated report there that places nothing, or only a village the gazetteer does not know, is ours
    ours = syrian or _names_a_site_in_scope(text, body, near=True) or _cites_a_local_source(text, body)
    groups: list[_Group] = []
    focus: DateInfo | None = None
    recent: DateInfo | None = None  # the day of the event told last
    told_last: DateInfo | None = None  # ...or of any event told last, a recalled one too
    told_away: tuple[int, DateInfo] | None = None  # the day of news outside our area told last, and its sentence
    told_last_at = -1  # the sentence of the event of ours told last
    outside_news = False  # an incident placed outside the area was read (and left out)
    last_group: _Group | None = None
    article_speakers: list[Speaker] = []
    sentence_facts: list[tuple[int, Span, list[_Group]]] = []
    unplaced_news: set[int] = set()  # the sentences that tell an event of the day but name no place for it
    answered_at: set[int] = set()  # the "after" clauses placed at the base whose forces answered them
    memo = _SentenceMemo()  # one reading of a sentence's times (and later its tolls) for every rule that asks
    speakers_of: dict[int, list[Speaker]] = {}

    # Headlines and sub-headings come last: they compress the story, carry no date, and may only
    # confirm an incident the body reports (or stand alone when the body reports none).
    # One pass over the article for trigger words and fact cues; sentences then ask by position.
    trigger_ms = list(r.triggers.regex.finditer(text))
    trigger_at = [m.start() for m in trigger_ms]
    # where a count ("the third attack"), a drill, "previously reported", "both attacks" or "he said" may stand
    counted, exercise, reported, plural, pronoun = (_Cue(rx, text) for rx in (
        _COUNTED, _EXERCISE, _REPORTED_BEFORE, _PLURAL_REF, _PRONOUN_SPEAKER))
    # the stems of a figure, damage, denial or claim, and clock times, found once for the article
    fact_at = sorted([m.start() for m in _FACT_WORDS.finditer(text)] + dates.clock_digit_starts(text))
    headings = {si for si, s in enumerate(sents) if _is_heading(text, s) or (title_span is not None and title_span.start <= s.start < title_span.end)}
    short_headings = set(headings)  # the lead of the story is told after these only
    headings |= {si for si, s in enumerate(sents) if si not in headings and _long_headline(text, s)}
    order = [i for i in range(len(sents)) if i not in headings] + sorted(headings)
    stamps = dates.post_stamps(text, pub)  # a digest of dated posts: each post counts from its own stamp
    digest_day = _digest_day(text, pub)  # "Monday's digest:" over bulleted items: their day
    list_items = _list_items(text, sents)
    stamp_at = [span.start for _, span in stamps]
    clocks = dates.post_clocks(text)  # the clock-stamped posts of a live page: each speaks of itself
    days_back = dates.post_days_back(text, clocks)  # "00:40 ..., 23:25 ...": newest first, past midnight
    post = None  # the post being read: (its dated stamp, how many clock stamps open before it)
    opening: tuple[int, DateInfo] | None = None  # the day an eventless sentence opened on
    # the one place an eventless sentence put its actors at, worked out only when a later sentence asks
    # (most articles never do): (index of the latest eventless sentence, the pending one before it)
    placing: _Placing | None = None
    scene_set: set[int] = set()  # the sentences that go on from such a sentence
    scene: DateInfo | None = None  # a day named before any event was told
    # the last sentence that told no event (its index, the sentence, the publication and main dates in force
    # there): the day it names is read only when the next sentence asks (most never do)
    eventless: tuple[int, Span, date | None, DateInfo | None] | None = None
    told_in: dict[int, list[_Told]] = {}  # the incidents each sentence told (retold ones too)
    tallied: set[int] = set()  # the sentences that count the event among others ("the third attack since...")
    recalled_in: set[int] = set()  # the sentences that name an earlier event as a cause ("a day after strikes on...")
    aside = _asides(text, sents)  # the sentences of a paragraph opened by "It is worth noting that ..."
    # the first sub-heading over a list of earlier events that follows some of the story ("Timeline of
    # recent attacks:"): the dated items after it are recalled
    timeline = next((sents[si] for si in sorted(short_headings) if si and any(j not in headings for j in range(si))
                     and _TIMELINE_HEADING.match(text, sents[si].start, sents[si].end)), None)
    night_named = False  # an incident told so far names its night ("overnight Tuesday to Wednesday")
    drilled = any(exercise.in_span(sents[i]) for i in headings)  # told of an exercise
    for si in order:
        sent = sents[si]
        is_heading = si in headings
        stamp = stamps[bisect_right(stamp_at, sent.start) - 1] if stamps and stamp_at[0] <= sent.start else None
        opened = bisect_right(clocks, sent.start)
        spub = stamp[0] if stamp else pub
        if stamp is None and pub is not None and opened and days_back[opened - 1]:
            spub = pub - timedelta(days=days_back[opened - 1])  # a post from before midnight on a page of the day after
        if (stamp is not None or opened) and (stamp, opened) != post:
            # "at dawn" in a new post is that post's dawn, not the last one's; a live page's clock-stamped
            # post counts "shortly after midnight" from its own day, not from the "overnight" of the post above
            post, recent, told_last, told_away = (stamp, opened), None, None, None
        touched: list[_Group] = []
        main_date: DateInfo | None = None
        sentence_background: Span | None = None
        readings = []
        stimes: list[dates.TimeExpr] | None = None
        sentence_date: DateInfo | None = None
        if not is_heading and counted.in_span(sent):
            tallied.add(si)
        drill = exercise.in_span(sent)
        drilled = drilled or drill
        if _any_between(trigger_at, sent.start, sent.end) and not drill:
            # most sentences report nothing: skip them fast (and a drill's explosions are no attack)
            described = described_ranges(text, sent.start, sent.end)
            stimes = [t for t in memo.get_or_read(dates.find_time_expressions, text, sent) if not inside(t.span.start, described)]
            clauses = list(split_clauses(text, sent))
            # "strikes ... in response to a drone attack in Jordan last weekend": not the strikes' day
            # (nor an earlier event's told at the place: "near Albu Kamal, where a similar raid on Thursday killed three")
            earlier = [(c.start, c.end) for c, kind in clauses if kind == "prior" and (_ANSWERS.match(c.text) or _WHERE_BEFORE.match(c.text))]
            sentence_date = _sentence_date(text, sent, spub, focus, skip_statements=True,
                                           times=[t for t in stimes if not inside(t.span.start, skip)
                                                  and not inside(t.span.start, earlier)])
            if sentence_date is None and opening is not None and opening[0] == si - 1 \
                    and "\n\n" not in text[sents[si - 1].end : sent.start]:
                sentence_date = opening[1]  # "This Friday, the tension rose again. At 08.05, ten rockets fell..."
                scene_set.add(si)
            if sentence_date is None and stamp is not None:
                day = stamp[0] - timedelta(days=1) if _small_hours_stamp(text, stamp[1]) else stamp[0]
                sentence_date = DateInfo(day, "day", stamp[1].text, stamp[1], None, _STAMP_DAY)
            purpose = False  # "efforts by terrorists to plan, organize, and conduct attacks": still the purpose
            hurt_first = False  # the sentence opens with a toll and no event of its own
            for n, (clause, kind) in enumerate(clauses):
                if purpose and kind == "coord":
                    continue
                if kind == "prior" and hurt_first:
                    kind = "main"  # "Eight service members were treated for injuries after a drone struck the base on Friday"
                hyp = r.triggers.hypothetical.search(text, clause.start, clause.end)
                purpose = bool(hyp)
                lo, hi = bisect_left(trigger_at, clause.start), bisect_left(trigger_at, clause.end)
                cand = read_clause(text, clause, kind, si, skip, stimes, trigger_ms[lo:hi], hyp)
                hurt_first = n == 0 and cand is None and kind == "main" and bool(_HURT.search(clause.text))
                if cand is not None and drilled and all(t.text.lower() in _HEARD for t in cand.triggers):
                    cand = None  # "Residents heard loud explosions for hours" after the drill was told
                if cand is not None:
                    if stamp is not None:
                        cand.post = stamp[1].start
                    readings.extend(r for one in _per_site(text, cand) for r in _per_day(text, *one))
                    if kind == "prior":
                        recalled_in.add(si)
                elif readings and (recall := r.triggers.background.search(text, clause.start, clause.end)):
                    # "Attacks on bases at al-Omar, Conoco and Shaddadi, and at al-Tanf, accounted for
                    # roughly half": a list of places the sentence then sums up as part of a tally; also
                    # "Militias have targeted the al-Omar field, the largest base, and the Conoco plant several
                    # times": an object list that goes on with no event word of its own and ends in a count
                    go_on = kind == "coord" and lo == hi
                    for listed, _ in readings:
                        if (listed.listed or go_on) and listed.time is None and not listed.times and listed.background is None:
                            listed.background = Span(recall.start(), recall.end(), recall.group())
        listed_at: dict[int, list[_Group]] = {}  # the incidents one clause lists by place
        referred = _referred_days(text, readings, groups)  # the day of the strikes an undated list refers to
        for cand, (site_id, place_text, place_span) in readings:
            clause, kind = cand.clause, cand.kind
            if not site_id and not place_text and (base_hit := _answerers_post(text, cand, readings, pub)) is not None:
                # "Coalition forces at the al-Omar field responded with artillery shells ..., after a new rocket
                # attack in the morning": the attack they answered hit the base they answered from, told for itself
                site_id, place_text, place_span = base_hit.site.id, base_hit.span.text, base_hit.span
                answered_at.add(clause.start)
            if site_id is None and not place_text and kind == "main" and placing is not None and placing.si == si - 1 \
                    and clause.start == sent.start \
                    and _GOES_ON_WITH_THEM.match(text, sent.start, sent.end) \
                    and (there := placing.place(text, sents)) is not None:
                # "A force moved on an SDF headquarters near the village of Khasham. [...] // They opened fire
                # with artillery": the place the sentences before put them at, with no event of their own
                site_id, place_text, place_span = there.site.id, there.span.text, there.span
            if site_id and cand.target == "unknown" and place_span is not None and _named_as_target(
                text, place_span, clause, loose=cand.side_pair[0] != "us" and any(
                    rules().weapons.kind[w] in {"indirect", "air"} for w, _ in cand.weapons)):
                holder = _holder(site_id, pub)
                if holder and holder != cand.perpetrator:
                    cand.target = holder
            outside = bool(site_id and _outside_area(site_id))
            if outside:
                news = not cand.background and kind == "main" and load_gazetteer().get(site_id).precision != "country"
                outside_news = outside_news or news
                if not news:
                    continue
                # kept as a group of its own, left out at the end: the sentences that go on about a
                # strike in Baghdad attach to it, not to an incident of ours
            if site_id and load_gazetteer().get(site_id).precision == "country":
                site_id, place_text, place_span = None, "", None  # "in Syria" places nothing
            if not site_id and not place_text and (_HIT_THERE.search(text, clause.start, clause.end)
                                                   or kind == "prior" and _WHERE_BEFORE.match(clause.text)):
                # "In Syria, the targets were near al-Bukamal; SANA said a child was killed when a building
                # was hit there": "there" is the one place of ours the sentence named before the clause
                # (also an earlier event told at the place just named: "near the town of Albu Kamal, where a
                # similar raid on Thursday killed three": placed, it is one more event, not the news retold)
                before = [p for p in load_gazetteer().find(text, sent.start, clause.start, unknown=False)
                          if p.site is not None and p.site.precision in {"town", "facility"} and not _outside_area(p.site.id)]
                if len({p.site.id for p in before}) == 1:
                    site_id, place_text, place_span = before[-1].site.id, before[-1].span.text, before[-1].span
                    if kind == "prior" and _WHERE_BEFORE.match(clause.text):
                        cand.anaphoric = False
            # (an answer to the sentence's event is of its day: "..., adding that US troops responded with artillery")
            if not site_id and not syrian and not (ours and (_choose_time(text, cand) is not None or kind == "response")) and not any(
                    p.site is not None and p.site.precision != "country" and not _outside_area(p.site.id) for p in cand.places):
                if kind == "main" and not cand.background and not is_heading:
                    unplaced_news.add(si)  # "A drone struck a militia base near the town": the headline's strike
                continue  # no place of ours: not "in the Badia south of al-Mayadin", which locates it
            if not site_id and ((head := _ITEM_PLACE.match(text, sent.start, sent.end))
                                or (sent.start == 0 or "\n" in text[max(0, sent.start - 2) : sent.start])
                                and (head := _PLACE_HEAD.match(text, sent.start, sent.end))):
                # the item's place, told in its head, where the report's words name no known one
                known = [p for p in load_gazetteer().find(text, head.start(1), head.end(1), unknown=False) if p.site]
                if known and not _outside_area(known[0].site.id):
                    site_id, place_text, place_span = known[0].site.id, known[0].span.text, known[0].span
            if not site_id and not place_text and cand.kind == "main":
                tag = _PLACE_TAG.match(text, sent.start, sent.end)
                tagged = [p for p in load_gazetteer().find(text, tag.start(1), tag.end(1), unknown=False) if p.site] if tag else []
                if tag and not tagged:
                    # "🔴 #Jadid_Akidat | Unknown gunmen attacked a checkpoint...": a channel's place tag
                    place_text, place_span = tag.group(1), Span(tag.start(1), tag.end(1), tag.group(1))
                elif tagged and tagged[0].site.precision in {"town", "facility"} and not _outside_area(tagged[0].site.id):
                    # "#Hajin | Gunmen assassinated a former SDF member in the town": a known town's tag
                    site_id, place_text, place_span = tagged[0].site.id, tagged[0].span.text, tagged[0].span
            cand.time = _choose_time(text, cand)
            # "Hours later", "the day before": from the event told last, else the article's main day
            # "- Tuesday 22/11/2022: A cell attacked a checkpoint ... in the evening hours": the item's day
            item_day = sentence_date if sentence_date is not None and _DATED_ITEM.match(sent.text) else None
            ref = main_date or item_day or recent or (focus if post is None else None)
            if ref is None and cand.time is not None and cand.time.kind == "part_of_day" and scene is not None:
                ref = scene  # "For the residents, the night of Sunday to Monday began with drones. [...] The
                # drones struck an army post shortly after midnight": that night's midnight
            if ref is None and cand.time is not None and cand.time.kind == "part_of_day" and told_last is not None \
                    and told_last.date is not None and (pub is None or told_last.date >= pub - timedelta(days=settings.news_days)):
                # "Tribal fighters crossed the river on Wednesday, 7 August [...]. The attack started at dawn": the
                # dawn of the day just told, though that telling was read as a recall
                ref = told_last
            if cand.time is not None and cand.time.base == "anchor" and main_date is None and told_last is not None:
                # "weeks after a drone struck the base on March 23. U.S. forces struck back the same
                # night": "the same night", "hours later" count from the event told last, recalled or not
                ref = told_last
            if cand.time is not None and cand.time.base == "anchor" and main_date is None and told_away is not None \
                    and told_away[0] >= max(si - 1, told_last_at):
                # "A drone killed three US soldiers at Tower 22 in Jordan on Sunday. On the same day, rockets were
                # launched at the al-Omar base": the same day as the news just told, though it lies outside our area
                ref = told_away[1]
            # "* Rockets fired at U.S. forces hours later": a summary line that counts from an event it has
            # not told yet has no day of its own to give the article
            unanchored = cand.time is not None and cand.time.base == "anchor" and ref is None
            anchor = ref.date if ref else spub
            if unanchored and (said := _said_on(text, sent, cand.time, stimes, spub)) is not None:
                # "The SDF said on Friday it had raided a house the previous night": counted from the statement
                anchor, unanchored = said, False
            spoken = _spoken_day(text, sent, cand.time, stimes, spub, ref) if cand.time else None
            c_date = dates.resolve(cand.time, spoken or spub, anchor) if cand.time else None
            if spoken is not None and c_date is not None:
                c_date = replace(c_date, basis=f"{c_date.basis}, counted from the day it was said ({spoken:%A})")
            if c_date is not None and c_date.date is not None and c_date.precision == "day" and cand.time.kind != "part_of_day":
                c_date = _in_local_time(text, clause, c_date, not night_named)
            if c_date is not None and c_date.date is not None and cand.time.kind == "part_of_day" and ref is not None \
                    and ref.part_of_day not in {"night", "morning"} and _AFTER_MIDNIGHT.search(cand.time.span.text):
                # "a drone struck at 1:38 p.m. on Thursday ... the strikes took place shortly after midnight": Friday
                c_date = replace(c_date, date=c_date.date + timedelta(days=1),
                                 basis=f"{c_date.basis}; after the midnight that followed it")
            if c_date is not None and c_date.date is not None and cand.time is not None and _NIGHT_TO.search(
                    text[max(0, cand.time.span.start - 40) : cand.time.span.start]):
                c_date = replace(c_date, date=c_date.date - timedelta(days=1), part_of_day="night",
                                 basis=f"the night that ended on {c_date.date:%A}: dated by the day it began")
            if c_date is not None and c_date.date is not None and c_date.precision == "day" \
                    and (eve := _on_the_eve(text, clause, cand.time)):
                # "on the eve of the elections, which took place on Monday": the day before the day named
                c_date = replace(c_date, date=c_date.date - timedelta(days=1), part_of_day=None,
                                 basis=f"the eve of {c_date.date:%A} ({eve})")
            stated = _statement_date(text, cand) if cand.time is None else None
            soft = dates.resolve(stated, spub, anchor) if stated else None
            unresolved = c_date if c_date is not None and c_date.date is None and c_date.span is not None else None
            if c_date is not None and c_date.date is None:
                c_date = None
            if c_date is not None and c_date.date is not None and c_date.part_of_day == "night" \
                    and cand.time is not None and cand.time.kind != "absolute" \
                    and not _SMALL_HOURS.search(cand.time.span.text):  # "after midnight" is already the next date
                clock = dates.find_local_time(text, clause.start, clause.end)
                if clock:  # "last night, at approximately 4:30 a.m.": the small hours belong to the next date
                    c_date = _in_small_hours(c_date, clock[0])
            if cand.background is not None and c_date is not None and c_date.precision == "day" \
                    and (pub is None or c_date.date >= pub - timedelta(days=settings.news_days)) \
                    and not _years_back(cand.background.text, c_date.date) \
                    and not r.triggers.lasting.fullmatch(text, cand.background.start, cand.background.end) \
                    and not _TALLY_START.match(cand.time.span.text) \
                    and not _TALLY_END.search(text[max(clause.start, cand.time.span.start - 12) : cand.time.span.start]) \
                    and not ((member := _SERIES_INCLUDING.search(text, clause.start, clause.end))
                             and (place_span is not None and cand.time.span.end <= member.end() <= place_span.start
                                  or cand.time.span.start >= member.end())):
                # "a series of strikes overnight": news, whatever the wording; but an event told only through what is
                # done for its dead or its damage stays recalled, whichever day the clause tells ("the funeral in
                # al-Mayadin on Monday of the commander killed in an American strike on Saturday": Monday is the
                # funeral's, and Saturday's strike is recalled in a clause)
                cand.background = None
            if cand.background is None and c_date is not None and cand.time is not None and cand.time.base == "anchor" \
                    and ref is recent and recent is not None and focus is not None and recent.date is not None \
                    and focus.date is not None and (focus.date - recent.date).days > settings.context_days:
                # "On 19 October, two drones were shot down near al-Tanf. A week later, the Conoco site was
                # targeted": counted from an event the article recalls, it goes on with the recall
                cand.background = cand.time.span
            if kind == "main" and not cand.background and si - 1 in recalled_in \
                    and (those := _THOSE.match(text, clause.start, clause.end)) \
                    and all(those.start(1) <= t.start < those.end(1) for t in cand.triggers):
                # "...less than a day after strikes on Deir ez-Zor. Those strikes, conducted on Aug. 23 near
                # Ayash, ...": a far-pointing "those"/"that" goes on with the event just recalled as a cause
                # (but "Those strikes were a response to a drone attack on Thursday" tells another event)
                cand.background = Span(those.start(1), those.end(1), those.group(1))
            if not cand.background and si - 1 in tallied and c_date is not None and c_date.precision == "day" \
                    and focus is not None and focus.date is not None and c_date.date < focus.date:
                # "It is the third attack on the base since October. On October 26, ... and on November 1,
                # rockets were launched towards Conoco": the earlier items of the count just made
                cand.background = cand.time.span if cand.time is not None else clause
            if not cand.background and kind == "main" and (label := _RECALL_LABEL.match(text, sent.start, clause.end)):
                cand.background = Span(label.start(), label.end(), label.group())  # "Earlier: ... (Sept 8)"
            if not cand.background and kind == "main" and timeline is not None and sent.start > timeline.start \
                    and c_date is not None and c_date.precision == "day":
                cand.background = timeline  # "Timeline of recent attacks: | May 3: rockets fired at the Green Village"
            if not cand.background and si in aside:
                cand.background = aside[si]  # "It is worth noting that the tension has been escalating since ..."
            if not cand.background and kind == "main" and (since := _SINCE_DAY_OPENING.fullmatch(text, sent.start, clause.start)) \
                    and any(since.start() <= t.span.start < since.end()
                            and (t.kind == "absolute" or _PERFECT.search(text, clause.start, clause.end))
                            for t in stimes or ()):
                # "Since October 17, the Islamic Resistance has announced operations targeting the bases in al-Tanf,
                # al-Omar and Conoco": what has happened since a date is a tally of the period, not the day's news;
                # so is what has gone on since a nearer day ("Since Saturday, drones have struck Qamishli and
                # Amuda"), but not what happened from it ("Since dawn on Monday, gunmen attacked the village")
                cand.background = Span(since.start(), since.end(), since.group())
            if kind == "main" and cand.background:
                sentence_background = cand.background
            elif sentence_background is not None:
                cand.background = sentence_background  # an earlier event recalled by a context clause
            announced = kind == "coord" and soft is not None and soft.date is not None  # "as X announced on Monday a drone operation"
            if c_date is None and (said_then := _as_it_was_said(text, clause, sent, stimes)) is not None:
                # "The toll of Monday's car bomb rose to 15, a monitor said on Wednesday, as another explosion
                # struck a market in Albu Kamal": what happened as it was said, on the day of saying
                c_date = dates.resolve(said_then, spub, spub)
                c_date = c_date if c_date.date is not None and c_date.precision == "day" else None
            if c_date is None and cand.listed and clause.start in referred:
                when, recalled = referred[clause.start]
                c_date = replace(when, part_of_day=None, text="", span=None,
                                 basis=f"the day of the strikes it refers to ({when.basis})")
                if recalled and not cand.background:
                    cand.background = cand.triggers[0]  # the places of an event told as context

            if c_date is None and si and any(t.kind == "vague" and _LATER.search(t.span.text) for t in cand.times):
                # "The SDF detained him in late August. Within days, tribesmen attacked checkpoints in
                # Thiban": the narrative of the month told before goes on, no nearer day given
                before: list[dates.TimeExpr] = []
                for back in range(si - 1, max(-1, si - 4), -1):  # the last time told in the sentences before
                    before = [t for t in dates.find_time_expressions(text, sents[back].start, sents[back].end)
                              if t.kind != "vague" and not _statement_time(text, t, sents[back])]
                    if before:
                        break
                then = dates.resolve(before[-1], spub, spub) if before else None
                if then is not None and then.precision in {"month", "season", "year"}:
                    c_date = replace(then, basis=f"later than the time told before ({then.basis})")
            if c_date is None and cand.listed and clause.start in listed_at:
                first = listed_at[clause.start][0]
                when = first.date or first.context_date
                # (not a place already told that night or day: "strikes hit depots between the city of Deir ez-Zor,
                # Mayadin and Albu Kamal" after "the raids hit positions in the surroundings of Mayadin" at 1 a.m.
                # Wednesday goes on with that incident, not dated by the night the first town's report began)
                told_there = site_id is not None and when is not None and when.date is not None and any(
                    site_id in g.sites and not g.background and (gd := g.date or g.context_date) is not None
                    and gd.date is not None and gd.precision == "day" and abs((gd.date - when.date).days) == 1
                    for g in groups)
                if when is not None and when.date is not None and not told_there:  # "a depot in Deir ez-Zor, as well as a position near al-Mayadin"
                    c_date = replace(when, part_of_day=None, text="", span=None,
                                     basis=f"the date of a place listed with it ({when.basis})")
            if c_date is None and digest_day is not None and kind != "prior" and sent.start > digest_day[0] \
                    and _BULLET_LINE.match(text, text.rfind("\n", 0, sent.start) + 1):
                # "Monday's digest:\n- Gunmen killed an SDF member in al-Tayyana.": the heading's day
                c_date = replace(digest_day[1], part_of_day=None, text="", span=None,
                                 basis=f"the day the digest's heading names ({digest_day[1].basis})")
            if c_date is None and si in scene_set and sentence_date is not None and kind != "prior" and not cand.anaphoric:
                # "On the night of Feb. 7, 2018, a force advanced on the SDF headquarters. U.S. aircraft
                # pounded the column for hours.": the day the sentence before opened on
                c_date = replace(sentence_date, basis=f"the day the sentence before opens on ({sentence_date.basis})")
            if c_date is None and kind in {"response", "coord"} and (main_date or sentence_date) is not None and not announced:
                c_date = main_date or sentence_date  # "prompting retaliatory fire": the same night
            if c_date is not None and c_date.precision == "day" and not cand.background and kind != "prior" and not outside:
                recent = c_date
            if c_date is not None and c_date.precision == "day" and not outside:
                told_last, told_last_at = c_date, si
            if c_date is not None and c_date.precision == "day" and outside and kind == "main" and not cand.background:
                told_away = (si, c_date)
            if kind == "main" and c_date is not None:
                main_date = c_date
            if c_date is not None and not cand.background and focus is None and kind != "prior" and not outside \
                    and not unanchored:
                if c_date.precision in {"day", "week"} and not _old(c_date, pub, settings):
                    focus = c_date
            pool = [g for g in groups if not (kind == "prior" and g in touched)]
            if kind == "prior" and not touched and last_group is not None \
                    and _NEWS_CAME_AFTER.match(text, sent.start, clause.start):
                # "Drones hit a base in eastern Syria on Friday. It came a week after Israeli jets struck depots
                # near Hatla": what the news just told came after is another event, not more of it
                pool = [g for g in pool if g is not last_group]
            told_before = _told_just_before(told_in.get(si - 1, []), site_id)
            para_day = _paragraph_day(text, sents, last_group, cand, si)
            # "On Monday evening, rockets were fired at the al-Omar field. U.S. forces responded with
            # counter-battery fire": an undated answer is of the day of the attack told just before it
            answers = told_last if cand.responds and kind == "main" and c_date is None and told_last is not None \
                and told_last.precision == "day" else None
            # "U.S. troops responded with counter-battery fire at the launch positions": fire sent back is of the
            # day of the attack on that side told before it
            if cand.responds and kind == "main" and c_date is None and cand.side_pair[0] != "unknown" \
                    and _AT_THE_LAUNCH.search(cand.clause.text):
                answers = next((g.date for g in reversed(groups) if not g.background and g.date is not None
                                and g.date.precision == "day" and g.sides[1] == cand.side_pair[0]), None) or answers
                told_before = None if answers is not None else told_before
            in_force = main_date or sentence_date or told_before or answers or para_day or focus
            context = in_force.date if in_force is not None and kind != "prior" else None
            cand.context = context
            if kind == "main" and _SEPARATE.match(text, sent.start, sent.end) and clause.start - sent.start < 40:
                # "In a separate incident, a bomb went off near an SDF vehicle in Jadid Ekaidat": another event
                pool = [g for g in pool if any(m.sentence == si for m in g.members)]
            elif kind == "main" and site_id is not None and _fine(site_id) and _MEANWHILE.match(text, sent.start, sent.end) \
                    and clause.start - sent.start < 40:
                # "Meanwhile, ISIS fired mortar shells on neighbourhoods of Deir Ezzor city" after an attack on its
                # airport: a next event at a place of its own, not more of the one told at another place
                pool = [g for g in pool if site_id in g.sites or any(m.sentence == si for m in g.members)]
            group = _place(pool, cand, c_date, site_id, anchor, context)
            fine_site = site_id is not None and _fine(site_id)
            if group is None and cand.anaphoric and c_date is None and not fine_site:
                group = _place(pool, cand, None, None, anchor, context)  # "the attack is the first in Hasakah"
                site_id = None if group is not None else site_id

            if group is None and cand.day_named and c_date is not None:
                # "...killed in a drone strike on Friday. [...] The Friday strike hit a car": it tells more of the
                # event recalled with that day, and stays recalled
                group = next((g for g in pool if g.background and g.date is not None and g.date.date == c_date.date), None)
            if group is None and (cand.anaphoric or is_heading) and (any(not g.background for g in groups)
                                                                     or (is_heading and groups and not cand.places)) \
                    and not (cand.anaphoric and c_date is None and fine_site and not _outside_area(site_id)
                             and _elsewhere(site_id, groups, cand.perpetrator)) \
                    and not (cand.listed and cand.claimed and fine_site and clause.start in listed_at):
                # (a base a claim lists with one just taken as news is news too: "claimed three drone attacks
                # on Sunday, on al-Tanf and on two other bases, al-Shaddadi and Rukban")
                if not is_heading and kind != "prior":
                    told_in.setdefault(si, []).append(_Told([site_id] if site_id else [], c_date, bool(cand.background)))
                continue  # "the attack" retold; but "the aggression on al-Qaim", far from the places told, is another
            if group is None and _is_question(text, sent):
                continue  # "Q: ... the reports of a rocket attack today at Shaddadi?" asks; it does not report
            took_up = None
            if group is None:
                group = _Group(order=len(groups), background=bool(cand.background))
                if c_date is None and kind != "prior" and not announced:
                    # (the first event of a story that opened on a day of the last few before telling it: "Khaled
                    # and his brother had walked out to the fields on Saturday afternoon. [...] The boys were
                    # killed when a landmine exploded")
                    opened_on = scene if scene is not None and scene.date is not None and spub is not None \
                        and 0 <= (spub - scene.date).days <= 3 and not any(not g.background for g in groups) else None
                    # (an event told right after a sentence of its paragraph that tells no event but names a day:
                    # "On September 8 the military learned of a meeting of commanders near X. Aircraft struck
                    # the place of the meeting")
                    group.context_date = main_date or sentence_date or told_before or answers or para_day \
                        or (_named_day(text, eventless, memo) if eventless is not None and eventless[0] == si - 1
                            and "\n\n" not in text[sents[si - 1].end : sent.start] else None) \
                        or focus or opened_on
                if cand.anaphoric and not is_heading and c_date is None and fine_site and not cand.background \
                        and any(not g.background for g in groups) \
                        and any(t.text.lower().endswith("s") for t in cand.triggers):
                    # "the raids hit positions in the surroundings of Mayadin", far from the places told: one
                    # more of the places the raids told (a plural) hit, not a passing mention
                    group.listed = True
                if cand.anaphoric and not is_heading and c_date is None and fine_site and not cand.background \
                        and kind != "prior":
                    # "In Albu Kamal, the bombing targeted a depot", a paragraph of a town-by-town rundown after
                    # the round was told: the side the event taken up was told of, when it names none of its own
                    took_up = next((g for g in groups[::-1] if not g.background), None)
                groups.append(group)
            elif group.date is None and group.context_date is None and focus is None and c_date is None \
                    and kind != "prior" and not announced:
                # told first with no day while no day was in force ("Coalition artillery shelled Hatla"
                # under the headline): the lead that retells it gives the day in force there
                in_force_day = main_date or sentence_date or told_before
                if in_force_day is None and eventless is not None and eventless[0] == si - 1 \
                        and "\n\n" in text[sents[max(m.sentence for m in group.members)].end : sents[si - 1].start] \
                        and ("\n\n" not in text[sents[si - 1].end : sent.start]
                             or "\n\n" in text[sents[si - 2].end : sents[si - 1].start]):
                    # "Helicopters struck an army checkpoint near Qamishli, state media said. // A US patrol tried to
                    # pass a checkpoint near the village of X on Monday. The troops opened fire and helicopters
                    # struck the checkpoint": the paragraph telling the lead's event in detail names its day in
                    # the sentence that sets the scene before the event is told again (a wire's one-sentence
                    # paragraph too: "Intelligence carried out an operation on Monday near X. // The two were
                    # targeted while travelling on the road to Y")
                    in_force_day = _named_day(text, eventless, memo)
                if in_force_day is not None and in_force_day.precision == "day":
                    group.context_date = in_force_day
            if is_heading and (group.sites or (group.place_text and site_id is not None
                                               and load_gazetteer().get(site_id).precision in {"province", "district"})):
                # a headline compresses the place ("in Deir al-Zor", "in Hasakah countryside"); the body's is
                # finer, a village the gazetteer does not know too
                site_id = None
            _absorb(group, cand, c_date, site_id, place_text, place_span)
            if took_up is not None:
                for attr in ("perpetrator", "target"):
                    if getattr(group, attr) == "unknown":
                        setattr(group, attr, getattr(took_up, attr))
            if unresolved is not None and group.unresolved is None:
                group.unresolved = unresolved  # kept as the text an analyst can read, never as a date
            if c_date is None and kind != "prior" and group.date is not None and group.date.precision == "day" \
                    and not outside:
                # "The drone hit a housing area around 5 a.m.": a retelling with no day of its own makes
                # its incident's day the one told last ("Hours later, jets struck..." counts from it)
                told_last = group.date
            night_named = night_named or _names_the_night(cand)
            group.listed = group.listed or cand.listed
            if kind == "prior" and c_date is None and group.lapse_date is None and main_date is not None \
                    and site_id is not None and len(group.members) == 1 \
                    and main_date.precision == "day" and main_date.date is not None and clause.start - sent.start > 12 \
                    and (lapse := _LAPSE_BEFORE.search(text, max(sent.start, clause.start - 30), min(clause.end, clause.start + 24))) \
                    and lapse.end() > clause.start:
                # "Rockets struck the Conoco base on Thursday, a day after a drone attack on the al-Omar field": a
                # cause no sentence dates is as many days before the news as the lapse says
                back = _LAPSE_DAYS[lapse.group(1).lower()]
                group.lapse_date = replace(main_date, date=main_date.date - timedelta(days=back), part_of_day=None,
                                           text="", span=None, basis=f"{lapse.group().strip()} {main_date.date:%A}'s news")
            if soft is not None and soft.date is not None and (group.soft_date is None or soft.date < group.soft_date.date):
                # the earliest day it was reported: "CENTCOM said on Friday its aircraft had struck" before
                # "Kanaani on Saturday condemned the strikes"
                group.soft_date = replace(soft, basis=f"the day it was reported ({soft.basis})")
            touched.append(group)
            if cand.listed:
                listed_at.setdefault(clause.start, []).append(group)
        for siblings in listed_at.values():
            _share_sides(siblings)
        if not readings and not is_heading and scene is None and focus is None and recent is None:
            # a day named before any event is told sets the scene for the hours told next
            # (but not a day told of someone in passing: "the groups that toppled the regime on Sunday
            # entered the city on Wednesday" sets Wednesday)
            scene = next((d for t in memo.get_or_read(dates.find_time_expressions, text, sent)
                          if (t.kind in {"weekday", "night_range", "absolute"} or t.kind == "relative_day"
                              and _THIS_DAY.search(t.span.text) and not _quoted(text, sent.start, t.span.start))
                          and not _statement_time(text, t, sent)
                          and not _IN_PASSING.search(text, max(sent.start, t.span.start - 60), t.span.start)
                          and (d := dates.resolve(t, spub, spub)).precision == "day" and d.date is not None), None)
        if not readings and not is_heading and _opening_day(dates.default_rules()).match(text, sent.start, sent.end):
            # a sentence with no event that opens on a day sets the scene for the next one
            first = [t for t in memo.get_or_read(dates.find_time_expressions, text, sent) if t.span.start - sent.start <= 6]
            resolved = dates.resolve(first[0], spub, spub) if first else None
            opening = (si, resolved) if resolved is not None and resolved.precision == "day" else None
        placing = None if readings or is_heading else _Placing(si, placing)
        if not readings and not is_heading:
            eventless = (si, sent, spub, focus)
        if not touched and last_group is not None and _opens_the_list(text, sents, si, last_group):
            groups.extend(_place_from_bullets(text, sents, si, last_group))
        if not touched and not is_heading and last_group is not None:
            _date_from_next(text, sents, si, last_group, spub, focus, stimes)
            groups.extend(_locate_from_next(text, sents, si, last_group))
            if _THE_THING.match(text, sent.start):
                # "The position lies close to the village of Khasham": it may place an earlier report than the last
                for g in groups[::-1]:
                    if g is not last_group and not g.sites and not g.place_text and not g.background and g.members:
                        groups.extend(_locate_from_next(text, sents, si, g))
                        break
            if reported.in_span(sent):
                last_group.background = True  # "CTP-ISW previously reported on this strike": old news retold
        if touched and not is_heading and _PREVIOUS_ISSUE.search(text, sent.start, sent.end):
            for g in touched:
                g.background = True  # "Drone attack on the garrison (reported in the previous digest)": old news
        if is_heading:
            targets = []
        elif touched:
            last_group = touched[-1]
            told_in.setdefault(si, []).extend(  # not an event named as the cause ("two days after strikes on Friday")
                _Told(list(g.sites), g.date, g.background) for g in touched
                if any(m.sentence == si and m.kind != "prior" for m in g.members))
            targets = list(dict.fromkeys(touched))
        elif _is_heading(text, sent):
            targets = []  # a sub-heading ("No victim") speaks of what follows, not what precedes
        elif groups and plural.in_span(sent):
            targets = [g for g in groups if not g.background] or ([last_group] if last_group else [])
        elif not _any_between(fact_at, sent.start, sent.end):
            targets = []  # no figure, damage, time, denial or claim of responsibility to attach
        else:
            targets = [last_group] if last_group else []
            if last_group is not None and len(groups) > 1:
                # "Three service members at MSS Conoco were hurt" after a sentence naming two bases: the site named
                named = _group_of_named_site(text, sent, groups, last_group)
                targets = [named] if named is not None else targets
            if last_group is not None and targets == [last_group] and _on_the_other_side(text, sent, last_group):
                targets = []  # "at least five fighters were killed on the Syrian side" of strikes told at al-Qaim
            if last_group is not None:
                own = _sentence_date(text, sent, spub, focus, times=stimes)
                if own is not None and not _dates_compatible(last_group.date or focus, own):
                    targets = []  # "About twenty were killed in the first, in February": another event
        targets = [g for g in targets if g is not None]
        if targets or touched:  # who speaks matters only where a sentence says something of an incident
            speakers_of[si] = find_speakers(text, sent.start, sent.end)
            article_speakers.extend(speakers_of[si])
        sentence_facts.append((si, sent, targets))

    for g in groups:
        if any(m.clause.start in answered_at for m in g.members) and all(m.kind == "prior" for m in g.members):
            g.taken_up = True
    groups, merged_into = _merge_duplicates(groups)
    sentence_facts = [(si, s, list(dict.fromkeys(merged_into.get(id(g), g) for g in ts))) for si, s, ts in sentence_facts]
    named_monitor = next((s.name for s in article_speakers if s.type == "monitor" and s.name not in r.claimants.generic), None)
    mentions: list[tuple[int, Mention]] = []
    facts_by_group: dict[int, list[tuple[Span, list[Speaker]]]] = {}
    last_speaker: Speaker | None = None
    for si, sent, targets in sentence_facts:
        speakers = speakers_of.get(si, [])
        if not speakers and last_speaker and pronoun.in_span(sent) and r.triggers.attribution.search(sent.text):
            speakers = [last_speaker]
        if speakers:
            last_speaker = speakers[0]
        for g in targets:
            facts_by_group.setdefault(id(g), []).append((sent, speakers))

    not_before = _latest_named_day(text, body) if pub is None else None
    gaz = load_gazetteer()
    # the stories placed outside the area (Baghdad, Ain al-Asad) were read only to keep their details
    # from other incidents: they are left out here
    excluded_news = [g for g in groups if not g.background and g.sites and gaz.most_specific(g.sites) in rules().scope.excluded]
    groups = [g for g in groups if not (g.sites and _outside_area(gaz.most_specific(g.sites)))]
    for g in groups:
        if not g.background and g.sites and not g.listed and any(_mislocated(g, e) for e in excluded_news):
            # "Jordan first said the attack had taken place on the Syrian side, at al-Tanf": the Tower 22
            # strike told at its neighbour, the same day, is that strike, not news of ours (but not a base
            # listed with others as hit: "claimed drone attacks on three bases: al-Shaddadi, al-Tanf and Rukban")
            g.background = True
    only_site = _only_site(groups, text, sents)
    for g in groups:
        if not g.background and not g.sites and not g.place_text and g.date is None and g.members \
                and any(o is not g and not o.background and o.sites for o in groups) \
                and all(_ATTACKS_AS_A_CLASS.search(m.clause.text) and not _ONE_ACT.search(m.clause.text) for m in g.members):
            # "these Iranian-backed attacks against U.S. forces are unacceptable", "if attacks by Iran's proxies
            # continue": the attacks spoken of as a class, with no day or place, are the series the story sums
            # up, not one more incident at the place it names
            g.background = True
    own_sentences = {id(g): {m.sentence for m in g.members} for g in groups}
    cause_sentences: dict[str, set[int]] = {}  # where each place is named as the event answered
    for g in groups:
        if g.sites:
            place = gaz.most_specific(g.sites)
            cause_sentences.setdefault(place, set()).update(
                m.sentence for m in g.members if m.kind == "prior" and _ANSWERS.match(m.clause.text))
    busy = {m.sentence: g for g in groups for m in g.members}
    lead0 = next((i for i in range(len(sents)) if i not in headings), -1)  # the first sentence of the story
    for g in list(groups):
        if not g.members or g.sites or g.place_text or g.background:
            continue
        spots, basis = _next_places(text, sents, g, busy, lead0), "the next sentence locates it"
        if not spots and g.responds:
            spots, basis = _launch_origin(text, sents, g, groups), "where the answered fire came from"
        if not spots and (base := _base_named_before(g, groups)) is not None:
            spots, basis = [base], "the base the sentence named before it"
        lent_across_days = only_site is not None and _held_on_other_days(g, only_site, groups)
        if not spots and only_site and not outside_news and not (own_sentences[id(g)] & cause_sentences.get(only_site, set())) \
                and not _told_in_countries(g) and not _told_in_the_open(g) and not lent_across_days:
            # "the strike" of a Baghdad story is not in Hasakah; nor are "strikes in response to a rocket
            # attack on the Green Village base" at that base: the place is the earlier event's
            spots, basis = [only_site], "the only place the article names"
        if not spots and not outside_news and (city := _dateline_city(text)) is not None \
                and any(_IN_THE_CITY.search(text, sents[m.sentence].start, sents[m.sentence].end) for m in g.members):
            # "DEIR EZ-ZOR - ... Residents of two districts said fighters exchanged fire near the hospital": the
            # city the story is filed from, which its words place the event in
            spots, basis = [city], "the dateline's city, which the report places it in"
        spots = [s for s in spots if not (g.responds and _holder(s) == g.perpetrator)]  # not fired at one's own base
        if not spots and (area := _answered_area(text, sents, g, groups)) is not None:
            # "In response, US forces engaged the launch crews with Apache helicopters": fired back at
            # the launch sites near the base hit that day, which lie in that base's province
            spots, basis = [area], "the province of the attack it answered"
        for i, spot in enumerate(spots):
            h = g if i == 0 else replace(g, members=list(g.members))  # "The first near Albu Kamal, the second near Mayadin"
            h.sites, h.site_basis = [spot], basis
            if h is not g:
                groups.insert(groups.index(g) + i, h)
    groups = _fold_origins(groups, text, sents)
    groups = _merge_retold(groups, facts_by_group, focus, sents, headings, text)
    # An article whose opening sentences report no incident is a reaction, an analysis or a feature:
    # the incidents it goes on to name, days old, are its context, not its news.
    body_order = [i for i in range(len(sents)) if i not in short_headings
                  and not r.triggers.housekeeping.search(text, sents[i].start, sents[i].end)]
    lead = set(body_order[:2])
    # "Two people were killed in two separate assassinations in the eastern countryside during the past
    # two days": a lead that sums up the last days reports the incidents of those days the story goes on to tell
    lead_days = max((_window_days(w) for i in lead for w in _PAST_DAYS.finditer(text, sents[i].start, sents[i].end)), default=0)
    # (a lead that condemns attacks told elsewhere reports none: "the spokesman has condemned the US
    # military attacks on Iraq and Syria" opens a reaction whose incidents, days old, are its context)
    # (nor does the lead of an opinion page, labelled so on a line of its own: "Editorial", "OPINION")
    opinion = _OPINION_LABEL.match(text) is not None
    reported_in_lead = not opinion and any(
        m.sentence in lead and not r.triggers.reaction.search(text, sents[m.sentence].start, sents[m.sentence].end)
        for g in groups if not g.background for m in g.members)
    # "Drone strike hits militia base in al-Mayadin on December 17 | A drone struck a militia base near
    # the town, killing three": a lead that tells the headline's event without naming its place reports it
    reported_in_lead = reported_in_lead or (bool(lead & unplaced_news) and any(
        not g.background and any(m.sentence in short_headings for m in g.members) for g in groups))
    # "Weekly report: security events in Deir Ezzor (08/07/2020 - 14/07/2020)": a page that presents
    # itself as a period's report lists that period's dated events as its news
    period = _report_period(text, sents, headings, body_order)
    period_end = pub or not_before
    if pub is not None and meta.published_source.endswith(dates.HEADING_MONTH):
        # "SECURITY DIGEST — February 2026, week 2": the page is dated by the month its heading names,
        # and what it tells of that month, up to the week named, is its news
        period = max(period, pub - pub.replace(day=1))
    # "For the residents of al-Mayadin, the night of Sunday to Monday began with the buzz of drones":
    # a lead that sets the scene of a night reports what the next paragraphs tell of it
    scene_day = scene.date if scene is not None and scene.span is not None and any(
        sents[i].start <= scene.span.start < sents[i].end for i in lead) else None
    finals: list[tuple[_Group, DateInfo, str]] = []
    _same_night_at_scene(groups)
    _local_day_past_midnight(text, sents, groups)
    # the incidents told as of a day of their own or of the page (not "last month", not only as a cause)
    settled = {id(g): _finalise_date(g, focus, pub, settings, not_before) for g in groups if g.members}
    dated_news = [g for g in groups if g.members and settled[id(g)][1] == "main"]
    for g in groups:
        if not g.members:
            continue
        date_info, role = settled[id(g)]
        own_story = _told_for_itself(text, sents, g, date_info, headings, list_items, pub, memo)
        if role == "background" and own_story and not _old(date_info, pub or not_before, settings):
            role = "main"  # "On August 15, drones struck the garrison. No one was hurt": a paragraph of its own
        if g.date is None and date_info.date is not None and _when_untold(text, body, g):
            # "The ministry did not specify when exactly the shelling took place": the day of the report
            # is not the day of the event, and the text tells no other
            date_info = DateInfo(None, "unknown", basis="the report says it did not tell when it happened")
        in_period = bool(period) and period_end is not None and date_info.precision == "day" and date_info.date is not None \
            and period_end - period <= date_info.date <= period_end and (not g.background or _named_with_its_day(text, g)) \
            and any(m.kind != "prior" for m in g.members)
        if in_period:
            role = "main"  # an item of the period the page reports on
        if role == "background" and not g.background and g.sites and _told_only_as_cause(g, groups, date_info, pub):
            role = "main"
        if role == "background" and not g.background and g.sites and not g.site_basis \
                and _cause_with_its_toll(g, date_info, pub, facts_by_group.get(id(g), [])):
            role = "main"
        if role == "background" and date_info.date is None and not g.background and g.sites \
                and (answer := _answer_beside(text, g, groups)) is not None:
            date_info, role = answer, "main"
        if role == "main" and not reported_in_lead and pub is not None and date_info.date is not None \
                and date_info.date < pub - timedelta(days=1) and date_info.date != scene_day and not in_period \
                and date_info.date < pub - timedelta(days=lead_days) \
                and not _on_its_posts_day(sents, g, date_info, stamps, stamp_at) and not own_story \
                and not _the_only_incident_told(text, sents, g, date_info, dated_news, headings, pub, memo) \
                and not _told_with_its_toll_beside_news(text, sents, g, groups, date_info, dated_news, headings, pub,
                                                        facts_by_group.get(id(g), [])):
            role = "background"
        if role == "main" and not reported_in_lead and g.date is None and g.context_date is None \
                and g.soft_date is None and date_info.basis == _UNDATED_PAGE_DAY:
            # "Two years on, the strikes that followed a drone on a coalition base in Hasakah still shape
            # the bases": an analysis whose lead tells no incident, naming one with no day at all, recalls it
            role = "background"
        if role == "main" and period > timedelta(days=2) and date_info.basis.startswith("publication date") \
                and any(rules().triggers.periodic.search(text, sents[m.sentence].start, sents[m.sentence].end)
                        for m in g.members):
            # "The monitor released its monthly report today, documenting the killing of 40 civilians in
            # Deir ez-Zor": a weekly or monthly report tells its items with their own days; what the sentence
            # presenting the report tells, dated by the page's own day, is the period's sum
            role = "background"
        if role == "main" and outside_news and _unplaced(g) and not g.place_text:
            role = "background"  # "the strike hit a vehicle" in a Baghdad story: the story's news, outside the area
        if role == "main" and _unplaced(g) and not g.place_text and any(
                o is not g and not o.background and not _unplaced(o) for o in groups):
            role = "background"  # "strikes in Syria" beside incidents the article does place: context
        if role == "main" and g.date is None and g.context_date is None and not any(m.weapons for m in g.members) \
                and all(t.text.lower() in _GENERIC_PLURALS for m in g.members for t in m.triggers):
            role = "background"  # "the bases became magnets for attacks by militias": no date, no weapon, only plurals
        if role == "main" and g.date is None and not any(m.weapons for m in g.members) and not g.listed \
                and len({m.sentence for m in g.members if m.sentence not in headings}) <= 1 \
                and not any(_PLACE_OPENER.match(sents[m.sentence].text) or m.sentence in scene_set
                            or _SEPARATE.match(text, sents[m.sentence].start, sents[m.sentence].end)
                            or _NEXT_EVENT.match(text, sents[m.sentence].start, sents[m.sentence].end)
                            or (m.responds and _AT_THE_LAUNCH.search(m.clause.text)) for m in g.members) \
                and not _hit_beside(g, groups) and not _own_post(g, groups) and not _goes_on_with_news(g) \
                and not any(m.sentence in list_items for m in g.members) \
                and not _with_its_own_toll(text, sents, g, groups, date_info, headings, facts_by_group.get(id(g), [])) \
                and any(o is not g and not o.background for o in groups):
            # one sentence (and its headline), no date or weapon of its own beside other news: a passing
            # mention (but not a paragraph that opens on its place: "In Al Bukamal, strikes hit positions...",
            # nor one whose day was set by the sentence before: "On Friday, tribesmen took Hajin. Six were killed",
            # nor one announced as another event: "In a separate incident, gunmen shot dead a shepherd in X",
            # "In response, US forces shelled launch sites near Mahkan", nor fire sent back at the launch sites,
            # nor a sentence that tells its own toll at a place of its own: "A monitor said six fighters were
            # killed in al-Kasrah")
            role = "background"
        if role == "main" and not reported_in_lead and _judged_only(text, sents, g, opinion):
            role = "background"  # "The Arab League condemned on Tuesday the attacks on al-Hasakah": the news is the statement
        if role == "main" and _illustrates_a_trend(g, groups, date_info, focus, body_order):
            role = "background"
        if role == "main" and _sums_up_the_towns(g, groups, date_info):
            role = "background"
        if role == "main" and not in_period and _came_before_the_news(text, sents, g, groups, date_info, focus, pub):
            role = "background"
        if role == "main" and not in_period and _an_item_of_the_tally(text, sents, g, date_info, focus, pub):
            role = "background"
        finals.append((g, date_info, role))
    facts_of = _retold_facts(finals, facts_by_group)
    recalled = [m.clause for g, _, _ in finals for m in g.members if m.kind == "prior"]  # clauses that tell an earlier event
    for g, date_info, role in finals:
        mention = _mention(text, g, date_info, role, facts_of.get(id(g), []), meta, named_monitor, memo,
                           [c for c in recalled if not any(m.clause.start < c.end and c.start < m.clause.end for m in g.members)])
        mentions.append((g.members[0].clause.start, mention))
    mentions = _headline_tolls(text, sents, headings, mentions, memo)
    mentions = _attributed_elsewhere(text, sents, mentions, meta, named_monitor)
    mentions = _witnessed_again(mentions)
    mentions.sort(key=lambda t: t[0])
    return _share_event_types([m for _, m in mentions])


def _witnessed_again(mentions: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """"Shells hit Thiban on Monday, killing two. Residents of the town condemned the shelling": an act
    read with the residents as its doer, on the day, at the place and of the kind of an act told with
    another doer, is that act as its witnesses or victims tell it (its evidence joins it), not a second one."""
    def key(m: Mention) -> tuple:
        return m.date.date, m.site.id if m.site else None, m.event_type
    out = list(mentions)
    for _, m in list(mentions):
        if m.role != "main" or m.perpetrator != "civilians" or m.site is None or m.date.date is None:
            continue
        told = next((i for i, (_, o) in enumerate(out) if o is not m and o.role == "main"
                     and o.perpetrator not in {"civilians", "unknown"} and key(o) == key(m)), None)
        if told is None:
            continue
        o_pos, o = out[told]
        # (the witnesses' claims too, but not the doer they were misread as: "residents said two shells landed")
        out[told] = (o_pos, replace(o, evidence=tuple(sorted({*o.evidence, *m.evidence}, key=lambda s: (s.start, s.end))),
                                    claims=tuple(dict.fromkeys((*o.claims, *(c for c in m.claims
                                                                       if c.attribute not in {"perpetrator", "target"}))))))
        out = [(p, x) for p, x in out if x is not m]
    return out


# the thing just told, named again as it lands: "the rockets landed near the perimeter", "the drone exploded
# in an open area" (not an answer to it: "US forces responded with helicopters")
_RETOLD_THING = re.compile(r"\b(?:the|that|this|both)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|drones?|missiles?|shells?|projectiles?|"
                           r"mortars?|rounds|attack|explosion|blast)\s+(?:(?:had|have|has|was|were|then|also|reportedly)\s+)?"
                           r"(?:landed|exploded|fell|crashed|detonated|struck|hit|impacted|went off)\b", re.I)
_ANSWER = re.compile(r"\b(?:respond|retaliat|in response|in return|returned fire|counter)", re.I)


def _retold_facts(finals: list[tuple[_Group, DateInfo, str]],
                  facts: dict[int, list[tuple[Span, list[Speaker]]]]) -> dict[int, list[tuple[Span, list[Speaker]]]]:
    """"Two rockets struck a coalition position at the Tanak field on Wednesday night. The source said the
    rockets landed near the perimeter. No injuries were reported.": sentences that retell the news just told
    with no place or day of their own (left as context, not news) tell its facts too (its toll, "none")."""
    out = dict(facts)
    for g, _d, role in finals:
        if role != "background" or g.background or g.sites or g.place_text or g.date is not None \
                or not any(_RETOLD_THING.search(m.clause.text) for m in g.members) \
                or any(_ANSWER.search(m.clause.text) for m in g.members):
            continue
        first = min(m.sentence for m in g.members)
        before = [(max(m.sentence for m in o.members), o) for o, _, r in finals
                  if r == "main" and o is not g and o.members and min(m.sentence for m in o.members) < first]
        if not before:
            continue
        last, news = max(before, key=lambda t: t[0])
        if first - last > 2:
            continue
        own = {s.start for s, _ in out.get(id(news), [])}
        out[id(news)] = sorted(out.get(id(news), []) + [f for f in facts.get(id(g), []) if f[0].start not in own],
                               key=lambda f: f[0].start)
    return out


# a headline's running or cumulative toll ("Death toll of Deir ez-Zor clashes rises to 25", "Since January,
# 40 killed in Albu Kamal") is no one incident's
_RUNNING_TOLL = re.compile(r"\b(?:toll|tally|total|since|so far|ris(?:es|ing)|rose|climbs?|climbed|reach(?:es|ed)?|"
                           r"this\s+(?:year|month|week)|past|last|weeks?|months?|years?)\b", re.I)


def _headline_tolls(text: str, sents: list[Span], headings: set[int], mentions: list[tuple[int, Mention]],
                    memo: _SentenceMemo) -> list[tuple[int, Mention]]:
    """"SOHR: 6 killed in US strike on Albu Kamal | US warplanes struck militia positions in Albu Kamal on
    Tuesday night": a toll told only in the headline is the toll of the one main incident at the place the
    headline names, when the body gives none for it (a headline naming several places, or a place with
    several main incidents, gives none)."""
    gaz = load_gazetteer()
    tolls: list[tuple[str, int | None, int | None]] = []  # (the one place named, killed, wounded)
    for si in sorted(headings):
        cas = memo.get_or_read(find_casualties, text, sents[si])
        killed = {c.count for c in cas if c.attribute == "killed" and c.count is not None}
        wounded = {c.count for c in cas if c.attribute == "wounded" and c.count is not None}
        if len(killed) > 1 or len(wounded) > 1 or not (killed or wounded) \
                or _RUNNING_TOLL.search(text, sents[si].start, sents[si].end):
            continue
        places = [p for p in gaz.find(text, sents[si].start, sents[si].end) if p.site is None or p.site.precision != "country"]
        if len({p.site.id if p.site else p.span.text.lower() for p in places}) != 1:
            continue
        p = places[0]
        tolls.append((p.site.id if p.site else p.span.text.lower(), next(iter(killed), None), next(iter(wounded), None)))
    if not tolls:
        return mentions

    def place(m: Mention) -> str | None:
        return m.site.id if m.site else (m.place_text.lower() or None)

    out = []
    for start, m in mentions:
        here = place(m)
        if m.role == "main" and here is not None and m.killed is None and m.wounded is None \
                and sum(o.role == "main" and place(o) == here for _, o in mentions) == 1:
            told = {(k, w) for at, k, w in tolls if at == here}
            if len(told) == 1:
                k, w = told.pop()
                m = replace(m, killed=k, wounded=w, casualties_reported="some" if (k or w) else m.casualties_reported)
        out.append((start, m))
    return out


def _share_event_types(mentions: list[Mention]) -> list[Mention]:
    """'The Israeli enemy carried out an aerial aggression ... targeting Deir Ezzor and Albu Kamal. ... the
    aggression targeted sites in the desert around Albu Kamal': one side's strikes of one day at several places
    are one kind of strike, which the words of one place's sentence may be the only ones to tell."""
    out = []
    for m in mentions:
        if m.role == "main" and m.event_type == "attack" and m.perpetrator != "unknown" and m.date.date is not None:
            kinds = {o.event_type for o in mentions if o is not m and o.role == "main" and o.date.date == m.date.date
                     and o.perpetrator == m.perpetrator} - {"attack", "other"}
            if len(kinds) == 1:
                kind = kinds.pop()
                claims = tuple(replace(c, value=kind) if c.attribute == "occurrence" and c.value == "attack" else c
                               for c in m.claims)
                m = replace(m, event_type=kind, claims=tuple(dict.fromkeys(claims)))
        out.append(m)
    return out


def _judged_only(text: str, sents: list[Span], g: _Group, opinion: bool = False) -> bool:
    """"The Arab League condemned on Tuesday the attacks on civilians in al-Hasakah", "the governor told state
    TV on Monday that the US strikes on al-Mayadin were aggression": an event told only where someone condemns
    or judges it (or told at all on an opinion page, `opinion`), with no day of its own (the day told before it is the statement's), is the statement's
    subject, not the page's news. A day told after it is its own ("condemned the strike on Hajin on Friday")."""
    reaction = rules().triggers.reaction
    return all(m.kind == "main" and (opinion or reaction.search(text, sents[m.sentence].start, sents[m.sentence].end))
               and (m.time is None or m.time.span.start < min(t.start for t in m.triggers)
                    or _STATEMENT_SETTING.search(text, max(t.end for t in m.triggers), m.time.span.start) is not None)
               for m in g.members)


# the last few days a lead sums up: "during the past two days", "over the last 72 hours"
_PAST_DAYS = re.compile(r"\b(?:over|during|in|within)\s+the\s+(?:past|last)\s+(?:(two|three|four|five|few|[2-7])\s+days|(48|72)\s+hours)\b", re.I)


def _window_days(m: re.Match[str]) -> int:
    if m.group(2):
        return int(m.group(2)) // 24
    return parse_number(m.group(1)) or 3  # ("the past few days": three)


# an opinion page's label on a line of its own at the head of the page: "Editorial", "OPINION", "Comment"
_OPINION_LABEL = re.compile(r"\s*(?:[^\n]{0,60}\n\s*)?(?:editorial|opinion|commentary|comment|op-ed|viewpoint)[ \t]*\n", re.I)


# The setting of a statement told between an event and a day: "described the US strikes on al-Mayadin as a
# mistake during a press conference in Tehran on Tuesday", "a talk show discussed the bombing of al-Mayadin with two
# retired generals on Tuesday": the day is the statement's, not the event's (for _judged_only)
_STATEMENT_SETTING = re.compile(
    r"\b(?:during|at|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:press conference|news conference|"
    r"interview|speech|briefing|address|talk show|summit)\b|\bwith\s+(?:[\w-]+\s+){0,3}?(?:generals|experts|analysts|guests|officials)\b",
    re.I)


_TOLL_AFTER = re.compile(r"\b(?:killed|wounded|injured|dead|died)\b", re.I)


def _cause_with_its_toll(g: _Group, d: DateInfo, pub: date | None, facts: list[tuple[Span, list[Speaker]]]) -> bool:
    """"The takeover came a day after heavy fighting on Saturday in the town of X. The monitor said seven
    people were killed there": an event of the day before publication, named as what the news came after,
    whose toll a sentence of its own then tells, is told for itself: it is news too."""
    if pub is None or d.precision != "day" or d.date is None or not 0 <= (pub - d.date).days <= 1 \
            or not all(m.kind == "prior" for m in g.members):
        return False
    return any(_TOLL_AFTER.search(sent.text) for sent, _ in facts
               if not any(sent.start <= m.clause.start < sent.end for m in g.members))


# "a day after", "weeks after": a cause told with a lapse of days before the event it caused
_DAYS_BEFORE = re.compile(r"\b(?:days?|nights?|weeks?|months?|years?)\s*$", re.I)


def _answer_beside(text: str, g: _Group, groups: list[_Group]) -> DateInfo | None:
    """"US warplanes pounded pro-government forces overnight after they attacked an SDF headquarters near
    Khasham": an attack with no day of its own, told only as what an answer at its place came right after,
    against the side that answered, is of the answer's day, and news with it. Returns that day."""
    gaz = load_gazetteer()
    here = gaz.most_specific(g.sites)
    if g.site_basis or not _fine(here) or not all(m.kind == "prior" for m in g.members) or any(
            _DAYS_BEFORE.search(text, max(0, m.clause.start - 12), m.clause.start) for m in g.members):
        return None
    hit = _ALLIES.get(g.sides[1], g.sides[1])
    own = {m.sentence for m in g.members}
    for o in groups:
        d = o.date
        if o is g or o.background or not o.sites or d is None or d.precision != "day" or d.date is None \
                or all(m.kind == "prior" for m in o.members) or not own & {m.sentence for m in o.members}:
            continue
        if hit != "unknown" and _ALLIES.get(o.sides[0], o.sides[0]) == hit and _nested(here, gaz.most_specific(o.sites)):
            return d
    return None


def _told_only_as_cause(g: _Group, groups: list[_Group], d: DateInfo, pub: date | None) -> bool:
    """"The attackers fled towards the desert after the attack on the al-Quriyah checkpoint on Tuesday
    night": an event of the last day or two, told only in an "after" clause, is the article's news when
    the article reports no other event."""
    return pub is not None and d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days <= 1 \
        and all(m.kind == "prior" for m in g.members) \
        and not any(o is not g and o.members and not all(m.kind == "prior" for m in o.members) for o in groups)


# a recall cue that names an earlier year ("the 2019 bombing"): a day told in the same sentence is the day of the
# trial or the commemoration, not the event's (as for the [lasting] cues of rules/triggers.toml: "four years ago")
_YEAR_IN_CUE = re.compile(r"\b(?:19|20)\d\d\b")


_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)


def _years_back(cue: str, day: date) -> bool:
    """The cue names a year before the day's: "the 2019 bombing", "airstrikes last year"."""
    return any(int(y) < day.year for y in _YEAR_IN_CUE.findall(cue)) or bool(_LAST_YEAR.fullmatch(cue))


_NEXT_DAY = "the calendar date is the next day"
_APPOSED = re.compile(r"\s*,\s*")  # "yesterday evening, Sunday,": a day set beside another by a comma
_AFTER_MIDNIGHT = re.compile(r"\bafter\s+midnight\b", re.I)
_SMALL_HOURS = re.compile(r"midnight|small hours|early hours|dawn|daybreak", re.I)


# "It is worth noting that ...", "It is worth mentioning that ...", "It is noteworthy that ...": a monitor's
# formula that opens a paragraph of context (the backstory, an earlier toll, where the bases are)
# (and a Russian agency's "We recall that ..." / "Recall that ..." ("napomnim"), "It should be recalled that")
_ASIDE = re.compile(r"\W*(?:it\s+is\s+(?:worth\s+(?:noting|mentioning|recalling)|noteworthy)|(?:we\s+|let\s+us\s+)?recall|"
                    r"it\s+(?:should|must|is\s+to)\s+be\s+recalled)\s+that\b", re.I)


def _asides(text: str, sents: list[Span]) -> dict[int, Span]:
    """The sentences, by index, of each paragraph that opens with an aside formula, with the formula:
    "It is worth noting that the tension has been escalating since the SDF arrested its commander on
    Sunday. Clashes erupted afterwards in several towns, including Thiban": both recall the backstory."""
    out: dict[int, Span] = {}
    cue: Span | None = None
    for si, sent in enumerate(sents):
        if si and "\n" in text[sents[si - 1].end : sent.start]:
            cue = None  # a new paragraph
        if (m := _ASIDE.match(text, sent.start, sent.end)) is not None:
            cue = Span(m.start(), m.end(), m.group())
        if cue is not None:
            out[si] = cue
    return out


# "CTP-ISW previously reported on this strike": the incident just told is old news
# "the third attack on the base since October", "the second such incident in less than a month" (but "a second
# strike hit a truck near al-Mayadin" is the same night's other hit)
_COUNTED = screened(r"(?<!\ba )\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                    r"(?:such\s+|similar\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|incidents?|time|operations?)\b", re.I)
# "Those strikes, conducted on Aug. 23", "That attack": a far-pointing demonstrative opening a clause
_THOSE = screened(r"\W*((?:those|that)\s+(?:[\w-]+\s+)?(?:strikes?|air ?strikes?|raids?|attacks?|bombings?|"
                  r"operations?|shelling|assaults?))\b", re.I)

_REPORTED_BEFORE = screened(
    r"\b(?:previously|already|earlier)\s+reported\s+(?:on\s+)?(?:this|that|the)\s+(?:strike|attack|incident|raid|clash)",
    re.I)


# an item a digest, bulletin or live page already told in its last issue: "(reported in the previous digest)",
# "as covered in last week's report"
_PREVIOUS_ISSUE = re.compile(
    r"\b(?:reported|covered|listed|mentioned|included)\s+in\s+(?:the|our|a|last\s+week's|yesterday's)\s+"
    r"(?:previous|last|earlier|prior)?\s*(?:digest|report|update|bulletin|edition|issue|sitrep|round-?up|newsletter)\b",
    re.I)


_ZONE_GAP = re.compile(r"\)?\s*,?\s*(?:(?:on|of)\s+)?")  # after a clock's zone: "2310 GMT| Tuesday", "6 p.m. EST| on Thursday",
# "23.10 GMT| of Tuesday" (a translation of "23.10 GMT del martes")


def _in_local_time(text: str, clause: Span, d: DateInfo, told_with_clock: bool = True) -> DateInfo:
    """'Strikes began at 4 p.m. Eastern time on February 2': the day the clock of the area read
    (3 February), when the clause tells the hour only in another zone. With `told_with_clock`, a
    weekday told beside a foreign clock is read in that zone even when a local clock is given too
    ("at 1:10 a.m. local time (2310 GMT Tuesday)": Wednesday); the caller turns it off when the
    article has named the night ("overnight Tuesday to Wednesday"), which dates the story by its eve."""
    clocks = dates.find_clock_times(text, clause.start, clause.end)
    if not clocks or d.date is None:
        return d
    # "at 1:10 a.m. local time (2310 GMT Tuesday)": the weekday told with a foreign clock is that zone's day
    told_with = [c for c in clocks if told_with_clock and c.zone not in {"local", ""} and d.span is not None
                 and c.zone_end is not None and c.zone_end <= d.span.start and _ZONE_GAP.fullmatch(text, c.zone_end, d.span.start)]
    if not told_with and any(c.zone in {"local", ""} for c in clocks):
        return d
    clock = told_with[0] if told_with else clocks[0]
    day = dates.local_day(d.date, clock)
    if day == d.date:
        return d
    return replace(d, date=day, basis=f"{d.basis}; {clock.span.text} is {day:%-d %B} in Syria")


def _in_small_hours(d: DateInfo, clock: str) -> DateInfo:
    """A night dated by the day it began, at a local clock time ("HH:MM") before 6 a.m.: the next day."""
    if d.date is None or int(clock[:2]) >= 6:
        return d
    return replace(d, date=d.date + timedelta(days=1), basis=f"{d.basis}; at {clock} {_NEXT_DAY}")


# "the US strikes", "those raids": a definite event noun refers to an event already told
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these|both)\s+(?:[\w.’'-]+\s+){0,2}$", re.I)


def _referred_days(text: str, readings: list, groups: list[_Group]) -> dict[int, tuple[DateInfo, bool]]:
    """The day of each undated clause that lists the places of an event it refers to: "11 fighters were
    killed in the US strikes, which hit depots in the city of Deir ez-Zor and positions near al-Mayadin
    and Albu Kamal" after "US warplanes struck sites in Deir ez-Zor province late on Thursday" is
    Thursday, whatever day is in force (a Friday rocket attack the strikes preceded). The event referred
    to is the one incident told before, of the same kind and side, with a day of its own, at a place
    that takes in one of the listed places. Keyed by the clause's start; the flag says the event referred
    to was told as context (the funeral on Monday of fighters killed in US strikes on Friday: "The strikes
    hit sites in al-Mayadin and Albu Kamal" lists the places of that recalled event, no news of its own)."""
    gaz = load_gazetteer()
    out: dict[int, tuple[DateInfo, bool]] = {}
    for cand, (site_id, _, _) in readings:
        clause = cand.clause
        if not cand.listed or site_id is None or clause.start in out or not cand.triggers \
                or _choose_time(text, cand) is not None:
            continue
        if not any(_DEFINITE_BEFORE.search(text, max(clause.start, t.start - 30), t.start) for t in cand.triggers):
            continue
        sites = {s for c, (s, _, _) in readings if c.clause.start == clause.start and s is not None}
        told = [g for g in groups
                if g.sites and g.date is not None and g.date.precision == "day"
                and g.date.date is not None and cand.event_type in {m.event_type for m in g.members}
                and cand.perpetrator in {"unknown", g.perpetrator}
                and any(_sites_compatible(s, gaz.most_specific(g.sites)) for s in sites)]
        days = {g.date.date: g.date for g in told if not g.background}
        if len(days) == 1:
            out[clause.start] = (next(iter(days.values())), False)
        elif not days and len(recalled := {g.date.date: g.date for g in told}) == 1:
            out[clause.start] = (next(iter(recalled.values())), True)
    return out


def _share_sides(siblings: list[_Group]) -> None:
    """'The strikes hit Deir el-Zour, Mayadeen and Boukamal': the places one clause lists share who
    struck whom, which the incident told before may have given to only one of them."""
    for attr in ("perpetrator", "target"):
        known = {getattr(g, attr) for g in siblings} - {"unknown"}
        if len(known) == 1:
            for g in siblings:
                setattr(g, attr, next(iter(known)))


def _merge_duplicates(groups: list[_Group]) -> tuple[list[_Group], dict[int, _Group]]:
    """Join groups the one-pass reading kept apart though they agree on everything: the same day,
    sides that fit, places that nest or lie close (one incident told twice in an article)."""
    out: list[_Group] = []
    merged_into: dict[int, _Group] = {}
    for g in groups:
        twin = None
        if not g.background and g.date is not None and g.date.precision == "day":
            for o in out:
                if o.background or o.date is None or o.responds != g.responds:
                    continue
                if o.date.date != g.date.date and not _goes_on_from(g, o) and not _goes_on_from(o, g):
                    continue
                if _told_apart(g, o):
                    continue
                if all(_compatible(o, m, o.date, s) for m in g.members for s in (g.sites or [None])):
                    twin = o
                    break
        if twin is None:
            out.append(g)
            continue
        if _goes_on_from(twin, g):
            twin.date = g.date  # "Clashes continued on Friday, a day after ISIS attacked the prison": Thursday's
        merged_into[id(g)] = twin
        for m in g.members:
            _absorb(twin, m, g.date, None, "", None)
        for s in g.sites:
            if s not in twin.sites:
                twin.sites.append(s)
        if not twin.place_text:
            twin.place_text, twin.place_span = g.place_text, g.place_span
    return out, merged_into


def _told_apart(g: _Group, o: _Group) -> bool:
    """`g` is told in a sentence that opens as another event ("Separately, two soldiers were hurt when
    rockets hit the Conoco base") and `o` is not told in that sentence: two incidents, however close."""
    apart = {m.sentence for m in g.members if m.kind == "main" and _SEPARATE.match(m.clause.text)}
    return bool(apart) and not any(m.sentence in apart for m in o.members)


# "Clashes continued on Friday", "the fighting went on until dawn this Monday"
_CONTINUED = re.compile(r"\b(?:continued|continuing|continues|went on|raged on|dragged on|still raging)\b", re.I)


def _goes_on_from(g: _Group, o: _Group) -> bool:
    """Whether `g` is dated by the day after `o`'s with words that say the fighting went on: the
    same incident (dated by its start) told at the same place, not a new one."""
    if g.date is None or o.date is None or g.date.date is None or o.date.date is None or g.date.span is None \
            or o.date.precision != "day" or (g.date.date - o.date.date).days != 1:
        return False
    if g.sites and o.sites and load_gazetteer().most_specific(g.sites) != load_gazetteer().most_specific(o.sites):
        return False  # (one told with no place is at the other's)
    return any(m.clause.start <= g.date.span.start < m.clause.end and _CONTINUED.search(m.clause.text) for m in g.members)


def _blamed(g: _Group, sents: list[Span], facts: dict[int, list[tuple[Span, list[Speaker]]]]) -> bool:
    """Whether a group's attacker is in dispute: it names none, or one of its sentences (its own or a
    claim or denial attached to it) accuses, blames or guesses ("SANA blamed the coalition", "Israel was
    likely behind the strike", "unidentified aircraft", "dismissed the accusation"). Two such accounts of
    one day and place differ in whom they blame, not in what happened; a group that answers another
    (a response or retaliation) is never in dispute."""
    if any(m.responds or m.kind == "response" for m in g.members):
        return False
    blame = rules().triggers.blame
    told = [m for m in g.members if m.perpetrator not in {"unknown", "civilians"}]
    return not told or any(blame.search(sents[m.sentence].text) for m in g.members) \
        or any(blame.search(sent.text) for sent, _ in facts.get(id(g), []))


def _headline_of(a: _Group, b: _Group, headings: set[int] | frozenset[int]) -> _Group | None:
    """Of two groups, the one told only by headlines with no day of its own, when the other tells its
    day and lies in the same province: "Coalition strike on Syrian militia in Deir ez-Zor" over a body
    that places the strike near Khasham (a headline compresses the place and misreads who did what)."""
    gaz = load_gazetteer()
    for head, body in ((a, b), (b, a)):
        told = [m for m in head.members if m.kind != "prior"]
        if head.date is None and body.date is not None and any(m.sentence in headings for m in told) \
                and all(m.sentence in headings or all(p.site is not None and p.site.precision == "country" for p in m.places)
                        for m in told) \
                and any(m.sentence not in headings for m in body.members):
            # (the body's sentences that only go on about "the incident" in Syria place nothing)
            hs, bs = gaz.most_specific(head.sites), gaz.most_specific(body.sites)
            province = next((x for x in [hs, *gaz.ancestors(hs)] if gaz.get(x).precision == "province"), None)
            if province is not None and (bs == province or gaz.within(bs, province)):
                return head
    return None


def _province_retold(a: _Group, b: _Group, that_day: list[_Group]) -> _Group | None:
    """Of two groups of one day, the one told at a province with no day of its own, when the other tells
    its day at a place in that province and is the only place there that day's news names: "IS fighters
    ambushed a bus near al-Mayadin on Thursday night ... SANA spoke of ten dead in an attack on a bus in
    the Deir ez-Zor countryside". The undated account goes on about the dated one and only widens its
    place. (Beside strikes at two towns, an undated toll "in Deir ez-Zor" may be a third target.)"""
    gaz = load_gazetteer()
    for wide, fine in ((a, b), (b, a)):
        ws, fs = gaz.most_specific(wide.sites), gaz.most_specific(fine.sites)
        if wide.date is None and fine.date is not None and gaz.get(ws).precision == "province" \
                and gaz.get(fs).precision != "province" and gaz.within(fs, ws) \
                and not any(x is not fine and x is not wide and (xs := gaz.most_specific(x.sites)) not in {fs, ws}
                            and gaz.within(xs, ws) for x in that_day):
            return wide
        if wide.date is not None and fine.date is None and gaz.get(ws).precision == "province" \
                and gaz.get(fs).precision != "province" and gaz.within(fs, ws) \
                and any(_EXCHANGED.search(m.clause.text) for m in wide.members):
            # "the army and the SDF exchanged artillery fire across the Euphrates in Deir ez-Zor province on
            # Saturday night ... the ministry said the SDF shelled al-Mayadin; the SDF said the army shelled
            # Dhiban": each side's account places its half of the exchange the lead told at the province
            return wide
    return None


# "exchanged artillery and mortar fire", "traded fire": one exchange between two sides
_EXCHANGED = re.compile(r"\b(?:exchanged|traded|exchanging|trading)\s+(?:[\w-]+\s+){0,4}?(?:fire|shelling|strikes|shells)\b", re.I)


def _located_by(g: _Group, own: str, other: str) -> bool:
    """Whether one of `g`'s clauses names its place and then locates it by the town `other`: "a position
    in the village of al-Hari, south-east of Bukamal". Another account of that day that puts the event
    at Bukamal tells the same event at the town that locates it, not a second target."""
    if load_gazetteer().get(other).precision != "town":
        return False
    for m in g.members:
        if _ANOTHER_ONE.search(m.clause.text):
            continue  # "another strike targeted a headquarters in al-Sukkariyah, west of Albu Kamal": a second target
        for here, there in zip(m.places, m.places[1:], strict=False):
            if here.site is None or here.site.id != own or there.site is None or there.site.id != other:
                continue
            between = m.clause.text[here.span.end - m.clause.start: there.span.start - m.clause.start]
            if _LOCATOR_AFTER.match(between) and (_NOT_A_LIST.search(between) or _BEARING_OF.search(between)):
                return True  # the town is set beside the place by a comma: "al-Hari, south-east of Bukamal"
            if _APPOSITIVE_LOCATOR.match(between):
                # "al-Hari, a village on the Euphrates a few kilometres south-east of Albu Kamal", "the Ayyash
                # camp northwest of Deir ez-Zor city": a description of the place that ends on its bearing
                return True
    return False


# ", south-east of the town of", ", near": a locator set beside a place by a comma
_LOCATOR_AFTER = re.compile(r"\s*,\s*[^,;.]{0,40}$")
_APPOSITIVE_LOCATOR = re.compile(r"(?:\s*,\s*(?:an?|the)\s+[^,;.()]{0,60}?|\s+(?:(?:camp|village|base|area|field|depots?)\s+)?"
                                 r"(?:(?:some|about)\s+)?(?:\d+\s*(?:km|kilometres?|kilometers?|miles?)\s+)?)"
                                 r"(?<![\w-])(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
                                 r"(?:(?:border\s+)?(?:city|town)\s+of\s+)?$", re.I)
_ANOTHER_ONE = re.compile(r"\b(?:another|other|second|third|separate|same time|meanwhile|also)\b", re.I)


def _merge_retold(groups: list[_Group], facts: dict[int, list[tuple[Span, list[Speaker]]]],
                  focus: DateInfo | None, sents: list[Span], headings: set[int] | frozenset[int], text: str) -> list[_Group]:
    """One incident per day and place: two reports of the same day at the same site are one incident even when their readings of who did what disagree (a misread role,
    a claim and a denial) -- unless one answers the other (A hit B, B hit back at A). A report at a town and
    one at a place it locates by that town ("the village of al-Hari, south-east of Bukamal") are one place; so
    are a headline's town and the place in its province where the body tells the event that day. An event
    told only as what the news came after ("It came a week after drones struck the Conoco base") is another
    incident, whatever day it is given by default."""
    gaz = load_gazetteer()
    side = rules().actors.side
    out: list[_Group] = []
    def day(g: _Group) -> date | None:
        d = g.date or g.context_date or (focus if g.soft_date is None else None)  # as _finalise_date dates it
        return d.date if d is not None and d.precision == "day" else None

    for g in groups:
        twin = None
        located: str | None = None
        if g.members and not g.background and g.sites and day(g) is not None:
            gs = gaz.most_specific(g.sites)
            that_day = [x for x in groups if not x.background and x.sites and day(x) == day(g)]
            apart = _recalled_apart(text, sents, g)
            for o in out:
                if o.background or not o.sites:
                    continue
                title = _title_retold(o, g, sents, text) if gaz.most_specific(o.sites) == gs else None
                if title is not None and (od := day(o)) is not None and abs((od - day(g)).days) <= 1 and sum(  # type: ignore[operator]
                        1 for x in groups if not x.background and x.date is not None and x.sites
                        and gaz.most_specific(x.sites) == gs) == 1:
                    # (a title compresses the news and misreads who did what: the body's reading stands)
                    twin, located = o, None
                    if title is o:
                        o.date, o.perpetrator, o.target = g.date, g.perpetrator, g.target
                    break
                if day(o) != day(g):
                    continue
                if apart != _recalled_apart(text, sents, o) or _prior_beside(g, o) or _prior_beside(o, g):
                    continue
                if o.responds != g.responds or (gaz.get(gs).precision == "province" and _province_retold(o, g, that_day) is None):
                    continue
                os_ = gaz.most_specific(o.sites)
                locator = os_ != gs and (_located_by(g, gs, os_) or _located_by(o, os_, gs))
                headline = _headline_of(o, g, headings) if os_ != gs else None
                if headline is None and os_ != gs and (headline := _province_retold(o, g, that_day)) is not None \
                        and _opposed(o, g, side):
                    # "coalition strikes near Khasham ... after pro-government forces attacked the SDF
                    # headquarters in Deir ez-Zor province": the attack answered, told at the province, is
                    # another incident, not the strikes retold
                    headline = None
                    continue
                if headline is not None:
                    twin, located = o, gs if headline is o else os_
                    break
                if os_ != gs and not locator:
                    continue
                # "Russian and regime aircraft struck the SDF": where one account names the allies striking
                # together, another may name either flag; they strike as one camp, not at each other
                camp = _SAME_CAMP if any(_JOINT_STRIKE.search(sents[m.sentence].text) for x in (o, g) for m in x.members) else {}
                sides = [tuple("unknown" if v == "civilians" else camp.get(v, v)
                               for v in (side.get(x.perpetrator, "unknown"), side.get(x.target, "unknown")))
                         for x in (o, g)]  # civilians neither strike nor answer
                if camp:
                    sides = [(p, "unknown" if t == p else t) for p, t in sides]
                perps = {p for p, _ in sides} - {"unknown"}
                answered = sides[0][0] == sides[1][1] != "unknown" or sides[1][0] == sides[0][1] != "unknown"
                if (len(perps) > 1 or (answered and not locator)) and not (_blamed(o, sents, facts) and _blamed(g, sents, facts)):
                    continue
                twin = o
                located = (gs if _located_by(g, gs, os_) else os_) if locator else None
                break
        if twin is None:
            out.append(g)
            continue
        twin.members.extend(g.members)
        if twin.date is None and g.date is not None:
            twin.date = g.date
        for s_ in g.sites:
            if s_ not in twin.sites:
                twin.sites.append(s_)
        if located:  # the village the other account locates by the town is the finer place
            twin.sites.sort(key=lambda s_: s_ != located)
        if twin.perpetrator in {"unknown", "civilians"} and g.perpetrator not in {"unknown", "civilians"}:
            twin.perpetrator = g.perpetrator
        if twin.target == "unknown":
            twin.target = g.target
        facts.setdefault(id(twin), []).extend(facts.pop(id(g), []))
    return out


def _fold_origins(groups: list[_Group], text: str, sents: list[Span]) -> list[_Group]:
    """A group placed only by the words that tell where fire came from ("The launch sites were near the
    town of Mayadeen", "identified the launch area in al-Quriyah", "the rockets were fired from near
    Hatla") is the attack on the base retold at its origin, when the article tells that day (or the one
    beside it) an attack by the same camp, or by no named one, on another place: one incident, not a
    second one at the launch site."""
    for g in groups:
        if g.background or g.responds or g.place_span is None or not g.sites or g.sides[0] in {"us", "unknown"} \
                or g.sides[1] == "us":
            continue
        sent = next((s for s in sents if s.start <= g.place_span.start < s.end), None)
        if sent is None or not _LAUNCH_SITE_BEFORE.search(text, sent.start, g.place_span.start):
            continue
        gd = g.date or g.context_date
        for o in groups:
            od = o.date or o.context_date
            if o is g or o.background or not o.sites or o.sides[1] != "us" \
                    or o.sides[0] not in {g.sides[0], "unknown"} or set(o.sites) & set(g.sites) \
                    or gd is None or od is None or gd.date is None or od.date is None or abs((gd.date - od.date).days) > 1:
                continue
            g.background = True  # told again, as where it came from
            break
    return groups


# the words before a place that tell it is where the fire came from: "launched from", "the launch sites were
# near", "the zone of launch of the rockets in", "fired from positions in" (read over the sentence up to the
# place; events._ORIGIN_BEFORE reads only the place's own last words, when the clause is read)
_LAUNCH_SITE_BEFORE = re.compile(r"\b(?:(?:launched|fired|shot|came|originated)\s+from|(?:launch(?:ing)?|firing)\s+(?:sites?|points?|positions?|"
                            r"areas?|zones?|pads?)|(?:sites?|points?|positions?|areas?|zones?|place)\s+of\s+(?:the\s+)?"
                            r"(?:launch(?:ing)?|firing|origin)|points?\s+of\s+origin)\b[^.;]{0,80}$", re.I)


# attacks named only as a class: "these attacks", "such strikes", "further attacks", "attacks ... continue"
_ATTACKS_AS_A_CLASS = re.compile(r"\b(?:(?:these|those|such|any|further|future|more|repeated|continued|continuing|ongoing)\s+"
                                 r"(?:[\w'-]+\s+){0,2}?(?:attacks|strikes|raids|assaults)\b|(?:attacks|strikes|raids)\b[^;]{0,60}?"
                                 r"\b(?:continue|persist|go on|stop)\b)", re.I)
# a word of one act: "the attack", "a drone", "rockets hit"
_ONE_ACT = re.compile(r"\b(?:attack|strike|raid|assault|bombing|shelling|drone|rocket|missile|explosion|blast)\b(?![\w-])", re.I)


def _title_retold(a: _Group, b: _Group, sents: list[Span], text: str) -> _Group | None:
    """Of two groups at one site, the one with no day of its own told only by title lines ("15:40 GMT - Pentagon
    confirms drone attack on al-Tanf", "- Drone attack on US base kills six fighters": a live page's entry
    or key point, with no full stop), when the other tells its day: the title announces the entry that
    dates the event, whatever day the page is in force where the title stands."""
    for head, body in ((a, b), (b, a)):
        if head.date is None and body.date is not None and body.date.precision == "day" \
                and head.responds == body.responds and head.members \
                and all(_TITLE_LINE.fullmatch(sents[m.sentence].text.strip()) for m in head.members):
            return head
    return None


# a title line: short, no sentence's end ("Drone attack hits base in eastern Syria, casualties reported")
_TITLE_LINE = re.compile(r"[^\n]{10,110}(?<![.!?\"\u201d:;,])")


def _prior_beside(a: _Group, b: _Group) -> bool:
    """`a` is only told as an earlier event in a sentence that reports `b` ("It was the second strike near
    Albu Kamal, where a similar raid on Thursday killed three"): the sentence tells them apart."""
    return bool(a.members) and all(m.kind == "prior" for m in a.members) \
        and bool({m.sentence for m in a.members} & {m.sentence for m in b.members if m.kind != "prior"})


def _opposed(a: _Group, b: _Group, side: dict[str, str]) -> bool:
    """Two accounts of a day whose named attackers differ, one striking the other's attacker, one told as
    what the other answered ("struck them after they attacked the SDF"): an attack and its response, not
    one incident retold."""
    if not any(m.kind == "prior" for x in (a, b) for m in x.members):
        return False  # (an exchange of fire in the province that each side tells at a town of the other is one)
    sides = [(side.get(x.perpetrator, "unknown"), side.get(x.target, "unknown")) for x in (a, b)]
    (pa, ta), (pb, tb) = sides
    return pa != "unknown" and pb != "unknown" and pa != pb and (ta == pb or tb == pa)


def _names_a_site_in_scope(text: str, body: tuple[Span, ...], fine: bool = False, near: bool = False) -> bool:
    """Whether the body names any place the monitor covers (not only countries or places abroad; with
    `fine`, a town or a facility; with `near`, not one named as far from the event)."""
    gaz = load_gazetteer()
    for span in body:
        for p in gaz.find(text, span.start, span.end, unknown=False):
            if p.site is not None and p.site.precision != "country" and not _outside_area(p.site.id) \
                    and (not (fine or near) or not far_from(text, p.span.start)) \
                    and (not fine or p.site.precision in {"town", "facility"}):
                return True
    return False


def _cites_a_local_source(text: str, body: tuple[Span, ...]) -> bool:
    """Whether the body cites a source of the area itself (scope.toml `local_sources`: "Deir Ezzor 24",
    "the Deir ez-Zor Military Council"), or a monitor of the whole country ("SOHR") on a force of the
    area ("an SDF fighter") and of no force of the north-west, which places its story in the area."""
    scope = rules().scope

    def said(rx: re.Pattern[str] | None) -> bool:
        return rx is not None and any(rx.search(text, s.start, s.end) for s in body)

    return said(scope.local) or (said(scope.monitors) and said(scope.area_signs) and not said(scope.away_signs))


# a sentence that goes on with the actors of the one before: "They opened fire", "The attackers shelled"
_GOES_ON_WITH_THEM = re.compile(
    r"(?:they|the (?:force|column|fighters|attackers|assailants|gunmen|militants|militiamen|convoy))\s", re.I)


# the end of a dateline's place: "DEIR EZ-ZOR, ANHA - ...", "Hasakah (Kurdistan24) - ..."
_DATELINE_END = re.compile(r"\s*(?:,\s*[\w .]{1,20}?\s*)?(?:\(|[-–—])")


@dataclass
class _Placing:
    """An eventless sentence that may put the actors at a place for the next sentence to go on from:
    its own one place, else the place of the eventless sentence before it, still there when this one
    names no place of ours in the same paragraph ("That position is roughly eight kilometers east of the
    line."). Worked out on demand, once."""

    si: int
    before: _Placing | None
    _place: PlaceMatch | None = None
    _done: bool = False

    def place(self, text: str, sents: list[Span]) -> PlaceMatch | None:
        if not self._done:
            self._done = True
            self._place = _placed_without_event(text, sents, self.si)
            if self._place is None and self.before is not None:
                prev = self.before.place(text, sents)
                if prev is not None and "\n\n" not in text[sents[self.before.si].end : sents[self.si].start] \
                        and not _places_of_ours(text, sents[self.si]):
                    self._place = prev
            self.before = None  # the chain is read once: let it go
        return self._place


def _placed_without_event(text: str, sents: list[Span], si: int) -> PlaceMatch | None:
    """'A force of pro-regime fighters moved on an SDF headquarters near the village of Khasham.': the
    one fine place of ours (and no other) a sentence that tells no event puts its actors at, for a later
    sentence of its paragraph to go on from."""
    gaz = load_gazetteer()
    found = [p for p in gaz.find(text, sents[si].start, sents[si].end, unknown=False)
             if p.site is not None and p.site.precision != "country" and not _outside_area(p.site.id)
             and not (p.span.start == sents[si].start and _DATELINE_END.match(text, p.span.end))]
    inner = gaz.innermost(p.site.id for p in found)
    if len(inner) != 1 or gaz.get(inner[0]).precision not in {"town", "facility"}:
        return None
    return next(p for p in found if p.site is not None and p.site.id == inner[0])


def _places_of_ours(text: str, sent: Span, fine: bool = False) -> list[str]:
    """The innermost sites of ours a sentence names (towns and facilities only, with `fine`)."""
    gaz = load_gazetteer()
    return gaz.innermost(
        p.site.id for p in gaz.find(text, sent.start, sent.end, unknown=False)
        if p.site is not None and p.site.precision != "country" and not _outside_area(p.site.id)
        and (not fine or p.site.precision in {"town", "facility"})
        and not went_to(text, p.span.start, sent.start))  # "before the SDF withdrew toward Hasakeh province"


_BORDER_SIDE = re.compile(r"\bon the (Syrian|Iraqi) side\b", re.I)


def _border_side(text: str, sent: Span) -> str | None:
    """The country a sentence tells "the Syrian side" or "the Iraqi side" of the border of, if any."""
    side = _BORDER_SIDE.search(text, sent.start, sent.end)
    return None if side is None else "syria" if side.group(1).lower() == "syrian" else "iraq"


def _in_country(g: _Group, country: str) -> bool:
    gaz = load_gazetteer()
    return any(gaz.within(s, country) for s in g.sites)


def _on_the_other_side(text: str, sent: Span, g: _Group) -> bool:
    """A sentence that tells of the other side of the border than the incident's place ("on the Syrian
    side" of strikes placed at al-Qaim in Iraq)."""
    country = _border_side(text, sent)
    return country is not None and bool(g.sites) and not _in_country(g, country)


def _group_of_named_site(text: str, sent: Span, groups: list[_Group], last: _Group) -> _Group | None:
    """The one incident, other than the last one told, whose site a sentence with no event of its own
    names ("Three service members at MSS Conoco were hurt" after "rockets hit Conoco and Green Village");
    None when it names none, several, or the last one's."""
    named = {p.site.id for p in load_gazetteer().find(text, sent.start, sent.end, unknown=False) if p.site}
    country = _border_side(text, sent) if not named else None
    if country is not None:
        # "... said at least five fighters were killed on the Syrian side" after strikes told at a town on
        # each side of the border: the one incident in that country
        if _in_country(last, country):
            return None
        hits = [g for g in groups if not g.background and g is not last and _in_country(g, country)]
        return hits[0] if len(hits) == 1 else None
    if not named or named & set(last.sites):
        return None
    hits = [g for g in groups if not g.background and g is not last and named & set(g.sites)]
    return hits[0] if len(hits) == 1 else None


def _locate_from_next(text: str, sents: list[Span], si: int, g: _Group) -> list[_Group]:
    """'Rockets struck a base in north-eastern Syria. The troops were hurt at Mission Support Site
    Conoco.': a sentence right after an unplaced incident that reports no event of its own places
    it, when it names one fine place of ours. A sentence that takes up what was struck ("The Syrian
    targets were in the area of Albu Kamal, the Iraqi target near al-Qaim") may open the next
    paragraph and may name places far apart: one incident each. An incident placed only by the town
    an unnamed base lies near may be placed at the base the next sentence names (`_name_the_base`).
    Returns the incidents added."""
    if g.background or not g.members:
        return []
    last = max(m.sentence for m in g.members)
    gap = si - last
    if 0 < gap <= 4 and g.sites and (gap <= 2 or _IDENTIFIES.search(text, sents[si].start, sents[si].end)) \
            and _near_an_unnamed(text, g):
        # "... did not name the base, but local sources identified it as ...": told a little later
        return _name_the_base(text, sents, si, last, g)
    taken_up = _TARGETS_WERE.match(text, sents[si].start)
    # (a sentence that says where the targets were may come after a few more of the round's details)
    if not 0 < gap <= 2 and not (0 < gap <= 3 and _takes_up_the_thing(text, g, sents[si])) \
            and not (0 < gap <= 4 and taken_up):
        return []
    if g.sites and taken_up and _SYRIAN_SITES.search(taken_up.group()) and not _in_country(g, "syria"):
        # "US jets struck PMF positions in the al-Qaim district ... A source said the Syrian sites were
        # located near Albu Kamal, opposite al-Qaim": the round's other side of the border, one more incident
        gaz = load_gazetteer()
        leaves = [s for s in _places_of_ours(text, sents[si], fine=True) if gaz.within(s, "syria")
                  and all(_apart(s, o) for o in g.sites)]
        added = [replace(g, members=list(g.members), sites=[leaf], site_basis="the next sentence locates it", place_text="", place_span=None,
                         taken_up=True, listed=True) for leaf in leaves[:3]]
        return added
    if g.sites and (_TOLD_WHEN.match(text, sents[si].start, sents[si].end) or taken_up) \
            and not _RECALLS.search(text, sents[si].start, sents[si].end) \
            and "\n\n" not in text[sents[last].end : sents[si].start]:
        # "Coalition jets struck militia positions in Deir Ezzor countryside. They came shortly after midnight
        # and hit sites near al-Quriyah": the towns in the province told that the sentence taking it up names
        return _refine_from_next(text, sents[si], g)
    if g.sites or g.place_text:
        return []
    if "\n\n" in text[sents[last].end : sents[si].start] and not taken_up \
            and not _takes_up_the_thing(text, g, sents[si]):
        # (but a paragraph that opens on the thing the report introduced takes it up: "...advanced on an
        # SDF position. // The position lies close to the village of Khasham")
        return []
    leaves = _places_of_ours(text, sents[si], fine=True)
    if len(leaves) > 1 and not _far_apart(leaves) and _takes_up_the_thing(text, g, sents[si]):
        leaves = leaves[:1]  # "The position lies close to the village of Khasham and to the Conoco gas plant"
    if not leaves or len(leaves) > 1 and not (taken_up and _far_apart(leaves)):
        return []
    added = [replace(g, members=list(g.members), sites=[]) for _ in leaves[1:]]
    for h, leaf in zip([g, *added], leaves, strict=True):
        h.sites.append(leaf)
        h.site_basis = "the next sentence locates it"
        h.taken_up = bool(taken_up)
    return added


# "They took place at about 4 a.m. on Sunday", "It happened near the village of ...", "The targets were
# located on the outskirts of ...", "This occurred in the vicinity of ...": a sentence whose subject takes
# up the event just told and which tells only when or where it was (a speaker may open it: "SANA said
# the attack came ...")
_TOLD_WHEN = re.compile(
    r"(?:(?:[\w.’'-]+\s+){1,5}?(?:said|says|added|confirmed|reported)\s+(?:that\s+)?)?"
    r"(?i:they|it|this|(?:both|all)(?:\s+of\s+them)?|all\s+(?:three|four)"
    r"|(?:the|both|all|two|three|one\s+of\s+the|both\s+of\s+the|all\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|sites?|facilities|locations|positions\s+(?:struck|hit)|incident|operations?))\s+"
    r"(?:all\s+|both\s+|reportedly\s+|also\s+|then\s+)?"
    r"(?:took\s+place|happened|occurred|came|unfolded|(?:was|were)\s+(?:carried\s+out|conducted|launched)"
    r"|(?:(?:was|were|is|are)\s+(?:located|situated)|lie|lay|lies|sit|sat|(?:was|were|is|are))\s+"
    r"(?=(?:in|near|at|on|outside|around|close\s+to|about|some|just|south|north|east|west)\b))\b")
# ("It came two days after a drone attack on ...", "They followed rocket fire on ...": a recalled event's day)
# (nor a tally: "It was at least the third time this month that the coalition had used force around ...")
_RECALLS = re.compile(r"\b(?:after(?!\s+(?:midnight|dawn|daybreak|sunrise|sunset|dusk|nightfall|noon|\d))|following|since"
                      r"|in\s+response|retaliation|earlier\s+(?:this|that|in)|at\s+least\s+the|such\s+(?:attack|strike|raid|incident)"
                      r"|(?:first|second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+|time|attack|strike|raid|incident))\b", re.I)


def _date_from_next(text: str, sents: list[Span], si: int, g: _Group, pub: date | None, focus: DateInfo | None,
                    times: list[dates.TimeExpr] | None) -> None:
    """"U.S. jets struck two facilities used by the IRGC in eastern Syria. They took place at about 4:30
    a.m. on October 27": a sentence right after an incident with no day of its own, which takes it up
    and tells only when it was, gives it that day."""
    if g.background or not g.members or g.date is not None:
        return
    sent = sents[si]
    last = max(m.sentence for m in g.members)
    if not 0 < si - last <= 2 or not _TOLD_WHEN.match(text, sent.start, sent.end) \
            or _RECALLS.search(text, sent.start, sent.end):
        return
    d = _sentence_date(text, sent, pub, focus, skip_statements=True, times=times)
    if d is not None and d.precision == "day":
        g.date = d


# the short line that opens it, on what was hit: "Targets included:", "The targets were:", "Sites hit:",
# "The strikes hit the following:", "Among the locations struck:"
_LIST_INTRO = re.compile(r"(?:(?:[\w’'-]+\s+){0,4}?(?:targets?|sites|locations|facilities|positions)"
                         r"|(?:[\w’'-]+\s+){0,2}?(?:strikes?|raids?|airstrikes|attacks?)\s+(?:hit|struck|targeted))"
                         r"(?:\s+[\w’'-]+){0,3}\s*:\s*", re.I)


# "Earlier strikes hit:", "Previous targets included:": a list of other rounds ("Launch sites:", "Sites the
# rockets were fired from:": of where the attack came from, not of what it hit)
_EARLIER_LIST = re.compile(r"\b(?:earlier|previous|past|prior|former|last|recent|other|launch(?:ing)?|firing|fired|staging)\b", re.I)


def _opens_the_list(text: str, sents: list[Span], si: int, g: _Group) -> bool:
    """Whether sentence `si` is the first line of a list whose opening line follows the incident's report."""
    if g.background or not g.members or si < 1:
        return False
    gap = si - max(m.sentence for m in g.members)
    return 0 < gap <= 2 and bool(_BULLET_LINE.match(text, sents[si].start)) and not _BULLET_LINE.match(text, sents[si - 1].start) \
        and bool(_LIST_INTRO.fullmatch(text, sents[si - 1].start, sents[si - 1].end)) \
        and not _EARLIER_LIST.search(text, sents[si - 1].start, sents[si - 1].end)


def _place_from_bullets(text: str, sents: list[Span], si: int, g: _Group) -> list[_Group]:
    """An incident told with no town, or only at a province, placed by the verbless list that follows the line
    opening it ("... struck facilities in eastern Syria. Targets included: / - a weapons depot, Albu Kamal /
    - a command post, al-Mayadin"): one incident per town of ours apart from the ones kept. Returns those added."""
    gaz = load_gazetteer()
    best = gaz.most_specific(g.sites) if g.sites else None
    if g.place_text and best is None or best is not None and gaz.get(best).precision not in {"province", "district", "region"}:
        return []
    leaves: list[str] = []
    for sent in sents[si:]:
        if not _BULLET_LINE.match(text, sent.start) or rules().triggers.background.search(text, sent.start, sent.end) \
                or _RECALLS.search(text, sent.start, sent.end) or any(
                    t.kind != "vague" for t in dates.find_time_expressions(text, sent.start, sent.end)):
            break  # ("- Albu Kamal, in January": a line with a time of its own tells another day's strike)
        for leaf in _places_of_ours(text, sent, fine=True):
            if (best is None or gaz.within(leaf, best)) and all(_apart(leaf, k) for k in leaves):
                leaves.append(leaf)
    if not leaves:
        return []
    return _spread_over(g, leaves, "the list that follows places it", listed=True)


def _refine_from_next(text: str, sent: Span, g: _Group) -> list[_Group]:
    """An incident placed only at a province or district, which a sentence taking it up places at one or
    more towns or facilities of ours inside it (far-apart ones: one incident each). Returns the incidents added."""
    gaz = load_gazetteer()
    best = gaz.most_specific(g.sites)
    if gaz.get(best).precision not in {"province", "district", "region"}:
        return []
    leaves = [x for x in _places_of_ours(text, sent, fine=True) if gaz.within(x, best)]
    if not leaves or len(leaves) > 1 and not _far_apart(leaves):
        return []
    return _spread_over(g, leaves, "the next sentence locates it")


def _spread_over(g: _Group, leaves: list[str], basis: str, listed: bool = False) -> list[_Group]:
    """Place `g` at the first of `leaves` (places inside its own) and a copy of it at each of the others:
    one incident per far-apart town. `listed` marks them as places a list told. Returns the copies."""
    added = [replace(g, members=list(g.members), sites=[*g.sites, leaf], place_text="", place_span=None,
                     site_basis=basis, listed=listed or g.listed) for leaf in leaves[1:]]
    g.sites.append(leaves[0])
    g.place_text, g.place_span = "", None
    g.site_basis = basis
    g.listed = g.listed or (listed and bool(added))
    return added


# "a maintenance facility on a coalition base near Hasakah": an unnamed base the town only locates
_NEAR_AN_UNNAMED = re.compile(
    r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:base|outpost|garrison|facility|compound|position|post|camp)\s+"
    r"(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+(?:town|city)\s+of\s+)?$", re.I)


def _near_an_unnamed(text: str, g: _Group) -> bool:
    """Whether the incident's place is only a town an unnamed base lies near ("a coalition base near Hasakah")."""
    span = g.place_span
    return span is not None and len(g.sites) == 1 and load_gazetteer().get(g.sites[0]).precision == "town" \
        and bool(_NEAR_AN_UNNAMED.search(text, max(0, span.start - 60), span.start))


# "a rocket attack on the base", "fired at the garrison": the one base the text has just named
_THE_BASE = re.compile(r"\b(?:on|at|against|targeting|targeted|hit|struck)\s+the\s+(?:same\s+)?(?:base|garrison|outpost)\b(?!\s+(?:of|in|at|near)\b)", re.I)


# the forces that answer, told at their base: "Coalition forces at the al-Omar field", "US troops stationed in
# the Conoco base", "American soldiers based at the Green Village" (right before the facility's name)
_FORCES_AT = re.compile(r"\b(?:forces|troops|soldiers|units|personnel)\s+(?:(?:stationed|positioned|deployed|based)\s+)?"
                        r"(?:in|at)\s+(?:the\s+)?(?:(?:base|garrison)\s+(?:in|at)\s+(?:the\s+)?)?$", re.I)


def _answerers_post(text: str, cand: Candidate, readings: list, pub: date | None) -> PlaceMatch | None:
    """The base of ours an unplaced attack, named only as the cause of an answer, hit: the base the answering
    forces of the same sentence are told at, held by their side ("Coalition forces at the al-Omar field
    responded ..., after a rocket attack in the morning"). None unless there is exactly one."""
    if cand.kind != "prior" or cand.places:
        return None
    gaz = load_gazetteer()
    posts: dict[str, PlaceMatch] = {}
    for other, _ in readings:
        side = other.perpetrator
        if other is cand or other.kind == "prior" or other.sentence != cand.sentence or side == "unknown" \
                or side == cand.perpetrator or other.background is not None:
            continue
        for p in gaz.find(text, other.clause.start, other.clause.end, unknown=False):
            if p.site is not None and p.site.precision == "facility" and not _outside_area(p.site.id) \
                    and _FORCES_AT.search(text, max(other.clause.start, p.span.start - 60), p.span.start) \
                    and _holder(p.site.id, pub) == side:
                posts[p.site.id] = p
    return next(iter(posts.values())) if len(posts) == 1 else None


def _base_named_before(g: _Group, groups: list[_Group]) -> str | None:
    """"Wednesday's attack at Tanf was followed by a rocket attack on the base on Thursday": an
    unplaced attack on "the base" is at the base that an incident told in the same sentence, or in the
    sentence before, was placed at (a facility of ours, and only one)."""
    if not any(_THE_BASE.search(m.clause.text) for m in g.members if m.kind != "prior"):
        return None
    first = min(m.sentence for m in g.members)
    gaz = load_gazetteer()
    named = {gaz.most_specific(o.sites) for o in groups if o is not g and o.sites
             and any(first - 1 <= m.sentence <= first and m.kind != "prior" for m in o.members)}
    bases = [s_ for s_ in named if gaz.get(s_).precision == "facility" and not _outside_area(s_)]
    return bases[0] if len(bases) == 1 else None


def _name_the_base(text: str, sents: list[Span], si: int, last: int, g: _Group) -> list[_Group]:
    """"...the drone attack, which hit a coalition base near Hasakah. U.S. officials said the base was at
    Rmeilan": the next sentence of the paragraph that names the base again places it at the one fine
    place of ours it names in the same province, which the town only located. Returns no new incident."""
    gaz = load_gazetteer()
    if "\n\n" in text[sents[last].end : sents[si].start] and not _IDENTIFIES.search(text, sents[si].start, sents[si].end) \
            or not _names_again(text, g, sents[si]):
        return []  # (a sentence that says which base it was may open the next paragraph)
    leaves = [x for x in _places_of_ours(text, sents[si], fine=True) if x not in g.sites]
    if len(leaves) != 1:
        return []
    province = {a for a in gaz.ancestors(g.sites[0]) if gaz.get(a).precision == "province"}
    if not province & set(gaz.ancestors(leaves[0])):
        return []
    g.sites, g.place_text, g.place_span = [leaves[0]], "", None
    g.site_basis = "the next sentence names the base it was near"
    return []


# "local sources identified it as the Rmeilan airbase", "officials named the base as ...": which base it was
_IDENTIFIES = re.compile(r"\b(?:identified|named|described)\s+(?:it|the\s+(?:base|site|facility|garrison|outpost))\s+as\b", re.I)


_opening: list[tuple] = [(None, None)]  # (the date rules, the regex made from them)


# a digest's bulleted or numbered item: "- Gunmen killed...", "• A drone struck...", "2- An IED hit...", "3) ..."
_BULLET_MARK = r"[^\S\n]*(?:[-•*–—▪►]|\d{1,2}[^\S\n]?[-–—.)])"
_BULLET_LINE = re.compile(_BULLET_MARK + r"\s")
_FIRST_BULLET = re.compile(r"(?m)^" + _BULLET_MARK + r"[^\S\n]")


def _list_items(text: str, sents: list[Span]) -> set[int]:
    """The sentences that open the items of a bulleted or numbered list (two items at least): each is
    an event of its own, however short ("1- Gunmen wounded an SDF fighter in Gharanij.")."""
    items = set()
    for si, s in enumerate(sents):
        ls = text.rfind("\n", 0, s.start) + 1
        if (m := _BULLET_LINE.match(text, ls)) is not None and m.end() >= s.start - 1 \
                and not text[m.end():s.start].strip():
            items.add(si)
    return items if len(items) >= 2 else set()


def _digest_day(text: str, pub: date | None) -> tuple[int, DateInfo] | None:
    """The day a digest's heading names over its bulleted items ("Monday's digest:", "Security
    digest, Sunday 12 May"), with where the heading ends: the short line just before the page's first
    bullet, near its top, naming one day. Its items that tell no day of their own happened that day."""
    first = _FIRST_BULLET.search(text, 0, 400)
    if first is None:
        return None
    le = len(text[: first.start()].rstrip())
    ls = text.rfind("\n", 0, le) + 1
    if le <= ls or le - ls > 80:
        return None
    found = [t for t in dates.find_time_expressions(text, ls, le) if t.kind != "vague"]
    if len(found) != 1 or _statement_time(text, found[0], Span(ls, le, text[ls:le])):
        return None  # "The SDF said on Tuesday:" dates what was said, not the items
    day = dates.resolve(found[0], pub, pub)
    return (le, day) if day.precision == "day" and day.date is not None else None


def _opening_day(date_rules: dates.DateRules) -> re.Pattern[str]:
    """A sentence that opens on a day ("This Friday, the tension rose again."), the weekdays as
    rules/dates.toml names them: a cheap test before its time expressions are read."""
    made = _opening[0]  # read once: another thread may replace it
    if made[0] is not date_rules:
        days = "|".join(sorted(map(re.escape, date_rules.weekdays), key=len, reverse=True))
        months = "|".join(sorted(map(re.escape, [*date_rules.months, *date_rules.month_abbrevs]), key=len, reverse=True))
        made = _opening[0] = (date_rules, re.compile(
            rf"(?:(?:on|this|last|early|late|on the (?:evening|morning|night) of)\s+)?(?:{days}|yesterday|today)\b"
            # "On the night of Feb. 7, 2018, a force advanced on the SDF headquarters."
            rf"|on\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{months})\b", re.I))
    return made[1]


def _names_the_night(c: Candidate) -> bool:
    """Whether a reading's time names a night ("in the night from Tuesday to Wednesday"), which
    dates it by its eve whatever clock another sentence gives."""
    return c.time is not None and c.time.kind == "night_range"


@dataclass
class _Told:
    """An incident as a sentence told it: its places and day then (a retelling joins no group)."""

    sites: list[str]
    date: DateInfo | None
    background: bool


def _told_just_before(told: list[_Told], site_id: str | None) -> DateInfo | None:
    """The day of the incident the previous sentence told at this same place: "...nearly all in two
    drone attacks on Oct. 18 at al-Tanf garrison. At al-Tanf, U.S. forces shot down one of two drones"
    goes on with that day, not with the article's main one. So does a sentence that places an
    incident the previous one told with a day but no place: "Jets carried out the raids late on
    Thursday. The monitor said the strikes hit a depot in Deir al-Zor" is Thursday, whatever day the
    lead told first.
    `told` holds the incidents the previous sentence told, retold ones too."""
    dated = [g for g in told if g.date is not None and g.date.precision == "day" and g.date.date is not None]
    if site_id is None:
        # "Rockets hit the al-Omar field at 7:45 p.m. on Monday. U.S. forces responded with artillery
        # fire at the launch positions": an unplaced report goes on with the day just told
        days = {g.date.date for g in dated if not g.background}
        return next(g.date for g in dated if not g.background) if len(days) == 1 else None
    here = [g for g in dated if site_id in g.sites]
    if here:
        return here[-1].date
    unplaced = {g.date.date for g in dated if not g.sites and not g.background}
    if len(unplaced) == 1:  # one day told with no place; two would leave the choice open
        return next(g.date for g in dated if not g.sites and not g.background)
    return None


def _paragraph_day(text: str, sents: list[Span], g: _Group | None, c: Candidate, si: int) -> DateInfo | None:
    """The day of the incident the paragraph is telling, for an undated report of the same kind in it:
    "On Sunday night, US jets struck ... near al-Qaim. The Pentagon said two targets were in Syria. A
    monitor said the raids near Albu Kamal killed five fighters" is Sunday, whatever the lead's day."""
    if g is None or g.background or g.date is None or g.date.precision != "day" or g.date.date is None:
        return None
    last = max(m.sentence for m in g.members)
    if not 0 < si - last <= 2 or "\n\n" in text[sents[last].end : sents[si].start]:
        return None
    if c.event_type not in {m.event_type for m in g.members} or c.perpetrator not in {"unknown", g.perpetrator}:
        return None
    return g.date


def _elsewhere(site_id: str, groups: list[_Group], perpetrator: str) -> bool:
    """Whether a town or facility lies 10 km or more from every place the article's news has named,
    and inside none of them, in a strike by the same named party ("the US aggression on al-Qaim"), or
    by no party named when all the news is one party's ("the raids also hit Mayadin")."""
    news = [g for g in groups if not g.background]
    gaz = load_gazetteer()
    # each incident's innermost place ("Deir ez-Zor city", not the province it was first told in)
    named = [s for g in news for s in gaz.innermost(g.sites)]
    parties = {g.perpetrator for g in news}
    if perpetrator == "unknown" and len(parties) == 1:
        # "the Israeli enemy carried out an air aggression on Deir ez-Zor and Albu Kamal ... the raids hit
        # positions in the surroundings of Mayadin": the raids told are that one party's
        perpetrator = next(iter(parties))
    return perpetrator != "unknown" and any(g.perpetrator == perpetrator for g in news) and bool(named) and all(
        _apart(site_id, s) for s in named)


def _far_apart(leaves: list[str]) -> bool:
    """Towns or facilities at least 10 km from each other: places of separate incidents."""
    gaz = load_gazetteer()
    return all(gaz.get(s).precision in {"town", "facility"} for s in leaves) and all(
        _apart(a, b) for i, a in enumerate(leaves) for b in leaves[i + 1 :])


def _apart(a: str, b: str) -> bool:
    """Two sites neither of which holds the other, 10 km or more from each other: the places of
    separate incidents."""
    gaz = load_gazetteer()
    return not gaz.within(a, b) and not gaz.within(b, a) and gaz.distance_km(a, b) >= 10


def _next_places(text: str, sents: list[Span], g: _Group, busy: dict[int, _Group], lead0: int = -1) -> list[str]:
    """Where the sentence after an unplaced incident puts it: "U.S. forces struck two facilities
    last night. The facilities are located near Albu Kamal." Only a following sentence of the same
    paragraph that reports no other event; one place, or places far apart that it lists ("The first
    was a training facility near Albu Kamal, and the second a safe house near Mayadin")."""
    for first in sorted({m.sentence for m in g.members}):
        for si in range(first + 1, min(first + 3, len(sents))):
            if busy.get(si, g) is not g:
                break
            if "\n\n" in text[sents[si - 1].end : sents[si].start] and not _names_again(text, g, sents[si]) \
                    and not (first == lead0 and si == first + 1):
                # a new paragraph, unless it opens on the things the report named ("the safe house was
                # near..."), or follows a one-sentence lead that told the event "in eastern Syria"
                break
            if rules().triggers.background.search(text, sents[si].start, sents[si].end):
                break  # "Many of those attacks have been at Green Village and Conoco": a tally's places
            leaves = _places_of_ours(text, sents[si])
            if len(leaves) == 1:
                return leaves
            if leaves and _far_apart(leaves):
                return leaves
            if leaves:
                return []
    return []


# "The position lies close to the village of Khasham": a sentence that opens by placing a thing
_THE_THING = re.compile(r"The\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]{3,})\s+(?:lies|lay|is|was|sits|stands)\s+(?:close\s+to|near|next\s+to|outside|in|on|at)\b")


def _takes_up_the_thing(text: str, g: _Group, sent: Span) -> bool:
    """Whether a sentence opens by placing a thing the incident's report introduced: "...advanced on an
    SDF position." ... "The position lies close to the village of Khasham"."""
    m = _THE_THING.match(text, sent.start)
    return m is not None and any(n.group(1) == m.group("noun") for c in g.members for n in _INDEFINITE_NOUN.finditer(c.clause.text))


_INDEFINITE_NOUN = re.compile(r"\b(?:an?|two|three|several)\s+(?:[\w-]+\s+)?([a-z][\w-]{3,})\b")


# "The Syrian targets were in the area of Albu Kamal": what was struck, told where it was
# ("The sites in Syria were on the outskirts of Abu Kamal": the country the sites were in, then where)
# (also "Two of the targets were ...", "Both sites lay ...", and after an attribution: "According to
# officials and the militias' own statements, the two Syrian targets were ...")
_TARGETS_WERE = re.compile(r"(?:(?:According\s+to|Per)\s+[^,.]{1,80},\s+"
                           # "A security source told the agency that the Syrian sites were located near ..."
                           r"|(?:[\w.’'-]+\s+){1,5}?(?:(?:said|says|added|confirmed)\s+|told\s+(?:[\w.’'-]+\s+){1,3}?)(?:that\s+)?)?"
                           r"(?:[Tt]he|(?:One|Two|Three|Four|Both|All|Most|Some)(?:\s+of\s+the)?)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:targets?|sites|locations)\s+(?:in\s+(?:Syria|Iraq)\s+)?"
                           r"(?:struck\s+|hit\s+)?(?:were|was|are|is|lay)\b"
                           # "Officials identified the Syrian sites as being in and around ...", "Local
                           # sources named the locations as a depot in ... and a school in ..."
                           r"|(?:[\w.’'-]+\s+){1,6}?(?:identified|named|described|listed)\s+the\s+(?:[\w-]+\s+){0,2}"
                           r"(?:targets|sites|locations|facilities)\s+(?:struck\s+|hit\s+)?as\b"
                           # "In Syria, two of the facilities were near al-Mayadin and one near Abu Kamal", "Of the
                           # sites, two were near Albu Kamal and one near al-Quriyah"
                           r"|(?:In\s+Syria,\s+|Of\s+the\s+(?:[\w-]+\s+){0,2}?(?:targets|sites|locations|facilities),\s+)"
                           r"(?:(?:one|two|three|four|five|both|all)(?:\s+of\s+(?:the|them)(?:\s+[\w-]+){0,2}?(?:\s+(?:targets|sites|locations|facilities))?)?"
                           r"|the\s+(?:[\w-]+\s+){0,2}?(?:targets|sites|locations|facilities))\s+(?:struck\s+|hit\s+)?(?:were|was|lay)\b")


_SYRIAN_SITES = re.compile(r"\b(?:Syrian\s+(?:targets|sites|locations)|(?:targets|sites|locations)\s+in\s+Syria|In\s+Syria,)")


def _names_again(text: str, g: _Group, sent: Span) -> bool:
    """Whether a sentence takes up a thing the incident's report introduced ('struck a training facility
    and a safe house' ... 'the training facility was near Albu Kamal')."""
    said = text[sent.start : sent.end]
    if _TARGETS_WERE.match(said):
        return True
    nouns = {m.group(1) for c in g.members for m in _INDEFINITE_NOUN.finditer(c.clause.text)}
    return any(re.search(rf"\bthe\s+(?:[\w-]+\s+)?{re.escape(n)}\b", said) for n in nouns)


def _mislocated(g: _Group, news: _Group) -> bool:
    """Whether `g` is the outside incident `news` (at an excluded site, Tower 22) told at a site
    of ours next to it (al-Tanf, about 20 km away) on the same or an adjacent day."""
    gaz = load_gazetteer()
    here, there = gaz.most_specific(g.sites), gaz.most_specific(news.sites)
    if gaz.distance_km(here, there) > rules().scope.near_km / 2:
        return False
    a = (g.date or g.context_date)
    b = (news.date or news.context_date)
    if a is None or b is None or a.date is None or b.date is None:
        return True
    # a weekday or a date of its own ("A drone attack on Tower 22 killed three soldiers on Sunday. On
    # Monday, rockets were fired at al-Tanf") tells another day, hence another event; a day read from
    # the context ("at the same time") may be one off
    named = a.span is not None and any(m.time is not None and m.time.span == a.span and m.time.kind in {"weekday", "absolute"}
                                       for m in g.members)
    return abs((a.date - b.date).days) <= (0 if named else 1)


def _unplaced(g: _Group) -> bool:
    """No site, or only a country."""
    gaz = load_gazetteer()
    return not g.sites or gaz.get(gaz.most_specific(g.sites)).precision == "country"


# the facts of its own an answer is told with: "killing two or three militants", "destroyed three vehicles"
_ANSWER_TOLL = re.compile(r"\b(?:kill(?:ed|ing)|destroy(?:ed|ing)|eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|dead)\b", re.I)


# where an answer is aimed when it fires back: "the launch sites", "the firing positions", "the militants
# conducting the attacks"
_AT_THE_LAUNCH = re.compile(r"\b(?:launch(?:ing)?\s+(?:sites?|points?|positions?|areas?|crews?|teams?|pads?)|firing\s+(?:points?|positions?)|"
                            r"points?\s+of\s+origin|(?:conducting|carrying\s+out|behind)\s+the\s+(?:attacks?|strikes?))\b", re.I)


# where the fire answered came from: "the rockets were launched from the area of X", "the rockets came from
# an area near the town of X", "the launch site was on the outskirts of X"
_LAUNCH_ORIGIN = re.compile(r"\b(?:(?:launched|fired|shot|came|originated)\s+from|launch(?:ing)?\s+(?:sites?|points?|positions?|"
                            r"areas?)\s+(?:was|were|lay|lies|is|are)(?:\s+located)?)\b", re.I)


# a bearing given from another town: ", east of Deir ez-Zor city", ", some 10 km south of al-Mayadin"
_BEARING_FROM = re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\b", re.I)


def _side_placed_that_day(g: _Group, groups: list[_Group], day: DateInfo | None, not_at_itself: bool = False) -> bool:
    """Whether the side of an unplaced answer has another incident placed on `day` (with `not_at_itself`,
    one not told as fire on its own side): the answer told with its place elsewhere."""
    side = g.sides[0]
    return day is not None and any(
        o is not g and not o.background and o.sites and o.sides[0] == side and not (not_at_itself and o.sides[1] == side)
        and (od := o.date or o.context_date) is not None and od.date == day.date for o in groups)


def _launch_origin(text: str, sents: list[Span], g: _Group, groups: list[_Group]) -> list[str]:
    """An unplaced answer aimed at the launch positions, placed by the next sentences telling where the
    fire it answered came from: "US forces responded with artillery at the launch positions. ... An
    official said the rockets came from an area near the town of al-Quriyah"."""
    if not any(_AT_THE_LAUNCH.search(text, m.clause.start, m.clause.end) for m in g.members):
        return []
    if _side_placed_that_day(g, groups, g.date or g.context_date):
        return []  # the answer is told with its place elsewhere: "the US artillery hit an area near Mayadin"
    for first in sorted({m.sentence for m in g.members})[:1]:
        for si in range(first + 1, min(first + 3, len(sents))):
            o = _LAUNCH_ORIGIN.search(text, sents[si].start, sents[si].end)
            if o is None:
                continue
            # (not the town a bearing is given from: "on the outskirts of Hatla, east of Deir ez-Zor city")
            bearing = _BEARING_FROM.search(text, o.end(), sents[si].end)
            stop = bearing.start() if bearing else sents[si].end
            leaves = _places_of_ours(text, Span(o.end(), stop, text[o.end():stop]), fine=True)
            return leaves if len(leaves) == 1 else []
    return []


def _answered_area(text: str, sents: list[Span], g: _Group, groups: list[_Group]) -> str | None:
    """The province of the base an unplaced answer fired back from: the one province of the
    attacks on that side's bases told for the same day (an answer: told as one, or aimed at the
    attackers' side)."""
    day = g.date or g.context_date  # "In response, US forces engaged the launch crews": the day in force
    if day is None and g.responds and g.sides[0] != "unknown":
        # "U.S. helicopters then struck back, killing two": no day of its own, the day of the attacks it answers
        days = {o.date.date: o.date for o in groups if o is not g and not o.background and o.sites and o.date is not None
                and o.date.precision == "day" and o.sides[1] == g.sides[0]}
        day = next(iter(days.values())) if len(days) == 1 else None
    if day is None or day.date is None or day.precision != "day" or g.sides[0] == "unknown":
        return None
    if not any(_ANSWER_TOLL.search(text, m.clause.start, sents[m.sentence].end) for m in g.members):
        return None  # "US troops responded with artillery fire": told as part of the attack, with no facts of its own
    gaz = load_gazetteer()
    side = g.sides[0]
    if _side_placed_that_day(g, groups, day, not_at_itself=True):
        return None  # the answer is told with its place elsewhere: "responded with artillery on launch sites near Mayadeen"
    areas = set()
    for o in groups:
        if o is g or o.background or not o.sites or o.date is None or o.date.date != day.date or o.sides[1] != side:
            continue  # (an attack on the side's base, even one whose author was misread as the side itself)
        if not g.responds and (o.sides[0] not in {g.sides[1], "unknown"} or not any(
                _AT_THE_LAUNCH.search(text, m.clause.start, m.clause.end) for m in g.members)):
            return None  # "Apache helicopters engaged the militants conducting the attacks": an answer by whom it hit
        site = gaz.most_specific(o.sites)
        areas.add(next((a for a in [site, *gaz.ancestors(site)] if gaz.get(a).precision == "province"), None))
    if len(areas) != 1 or None in areas:
        return None
    if g.date is None and g.context_date is None:
        g.date = replace(day, span=None, text="", basis=f"the day of the attack it answered ({day.text})")
    return areas.pop()


# "... two days after", "a week after", "hours following": an event set apart in time before the one told
_SPELLED_AFTER = re.compile(r"(?:hours?|days?|nights?|weeks?|months?)\s+(?:after|following)\b", re.I)
_SPELLED_BEFORE = re.compile(r"\b(?:hours?|days?|nights?|weeks?|months?)\s+$", re.I)


def _recalled_apart(text: str, sents: list[Span], g: _Group) -> bool:
    """Whether an incident is only told as an earlier event the news came after, set apart from it:
    "It came two days after US jets struck ...", "The attack followed ...", "..., a week after ..."."""
    return bool(g.members) and all(
        m.kind == "prior" and (_SPELLED_AFTER.match(m.clause.text) is not None
                               or _SPELLED_BEFORE.search(text, max(0, m.clause.start - 12), m.clause.start) is not None
                               or m.clause.start - sents[m.sentence].start < 30
                               and _NEWS_CAME_AFTER.match(text, sents[m.sentence].start, m.clause.end) is not None)
        for m in g.members)


# words that place an event inside a city without naming it: "residents of two districts", "the city's main square"
_IN_THE_CITY = re.compile(r"\b(?:districts?|neighbou?rhoods?|the\s+city(?:'s|’s)?|city\s+cent(?:re|er)|downtown)\b", re.I)


def _held_on_other_days(g: _Group, site: str, groups: list[_Group]) -> bool:
    """Whether the only site an article names is that of incidents told on other days than an unplaced one:
    "Aircraft struck a weapons depot on Tuesday. On Monday, a roadside bomb hit a patrol near Thiban" --
    Thiban is Monday's place, not Tuesday's."""
    if g.date is None or g.date.date is None or g.date.precision != "day":
        return False
    gaz = load_gazetteer()
    holders = [o for o in groups if o is not g and not o.background
               and any(s == site or gaz.within(s, site) for s in o.sites)]
    return bool(holders) and all(o.date is not None and o.date.precision == "day" and o.date.date is not None
                                 and not _dates_compatible(g.date, o.date) and abs((o.date.date - g.date.date).days) <= 3
                                 for o in holders)


def _dateline_city(text: str) -> str | None:
    """The one town of ours a filing dateline names ("DEIR EZ-ZOR - ", "QAMISHLI, Syria (AP) -"), if any."""
    spans = dateline_spans(text)
    if not spans:
        return None
    start, end = spans[0]
    found = {p.site.id for p in load_gazetteer().find(text, start, end, unknown=False)
             if p.site is not None and p.site.precision == "town" and not _outside_area(p.site.id)}
    return found.pop() if len(found) == 1 else None


def _only_site(groups: list[_Group], text: str, sents: list[Span]) -> str | None:
    """Where an article's unplaced incidents most likely happened: the one site it names (a
    province holding several named sites proved a poor guess on the tuning corpora, so none). A place
    only an earlier event the news is said to have come after holds is that event's ("Rockets hit a US
    base in eastern Syria on Tuesday. It came two days after US jets struck militia positions near Albu
    Kamal"): it places no other."""
    gaz = load_gazetteer()
    leaves = gaz.innermost(s for g in groups for s in g.sites if gaz.get(s).precision != "country")
    if len(leaves) != 1:
        return None
    if all(_recalled_apart(text, sents, g) for g in groups if any(s == leaves[0] or gaz.within(s, leaves[0]) for s in g.sites)):
        return None
    return leaves[0]


# Word stems without which a sentence holds no figure, damage, clock time, denial or claim of
# responsibility (a superset of what claims.py and the [denial]/[responsibility] rules read);
# clock digits apart, so the words can be screened (screen.py).
_FACT_WORDS = screened(
    CASUALTY_WORDS.pattern + "|" + DAMAGE_WORDS.pattern
    + r"|[ap]\.m|local time|gmt|utc|deni|deny|not (?:carried|conduct|launch|behind|responsible|involved)"
    r"|no (?:link|role|involvement|connection)|responsib|behind|blame|attribut|carried out by|claim|dismiss|reject",
    re.IGNORECASE,
)


class _Cue:
    """A screened pattern's match starts in one article, found once: a sentence asks the full
    pattern only where one starts in it (most sentences hold none)."""

    def __init__(self, rx: Screened | Anchored, text: str) -> None:
        self.rx, self.text = rx, text
        self.at = [m.start() for m in rx.finditer(text)]

    def in_span(self, span: Span) -> bool:
        return _any_between(self.at, span.start, span.end) and found_in(self.rx, self.text, span.start, span.end)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in [start, end)."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _is_question(text: str, sent: Span) -> bool:
    """A reporter's question in a transcript, or any sentence that asks."""
    return sent.text.rstrip(" \"'”’)").endswith("?") or sent.text.lstrip().startswith(("Q:", "Q.", "QUESTION:"))


def _is_heading(text: str, sent: Span) -> bool:
    """A short line of its own with no closing punctuation: a sub-heading."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line != sent.text.strip() or line.endswith((".", "!", "?", "”", '"')):
        return False
    words = line.split()
    return len(words) <= 8 or len(words) <= 16 and _title_case(words)


def _is_headline(text: str, sent: Span) -> bool:
    """A sub-heading, or a longer headline in sentence case: a paragraph of its own, set apart by blank
    lines, with no closing punctuation ("Coalition strike on Syrian militia kills 14 in Deir ez-Zor, says
    the Russian ministry of defence"). Such a line is read last, as headlines are; the lead of the story is
    still counted after the short headings only."""
    return _is_heading(text, sent) or _long_headline(text, sent)


def _long_headline(text: str, sent: Span) -> bool:
    """The longer headline of `_is_headline` (callers that have asked `_is_heading` ask only this)."""
    if sent.text.rstrip().endswith((".", "!", "?", "”", '"')):
        return False  # most sentences: closing punctuation (asked first, it is the cheapest test)
    line_start = text.rfind("\n", 0, sent.start) + 1
    if line_start and text[max(0, line_start - 2) : line_start] != "\n\n":
        return False  # not a paragraph of its own (asked first: most sentences fail here)
    line_end = text.find("\n", sent.end)
    if line_end >= 0 and not text.startswith("\n\n", line_end):
        return False
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line == sent.text.strip() and len(line.split()) <= 20


def _title_case(words: list[str]) -> bool:
    """'US Strikes Weapons Near Deir ez-Zor After Mortar Attack on Base': a headline's capitals."""
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


# "a day after", "less than a day after", "two days after": the lapse between the news and a cause told after it
_LAPSE_BEFORE = re.compile(r"\b(?:less\s+than\s+|just\s+|only\s+|barely\s+)?(a|one|two|three|2|3)\s+days?\s+(?:after|following)\b", re.I)
_LAPSE_DAYS = {"a": 1, "one": 1, "two": 2, "2": 2, "three": 3, "3": 3}
# a clause that names what the news answered: "in (a long-promised) response to ...", "in retaliation for ..."
# a sentence whose subject is the news just told, linked to what it came after: "The attack followed ...",
# "It was a reaction to ...", "The strikes came two days after ..."
_NEWS_CAME_AFTER = re.compile(r"\W{0,3}(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|exchange|bombardment|"
                              r"shelling|operation|assault|barrage|fire|escalation|incident)s?)\s+"
                              r"(?:was|were|is|are|came|comes|followed|follows)\b", re.I)
# the start of a campaign told in a clause about it: "the operation that our forces launched on", "the offensive,
# which began in", "a campaign launched by the SDF on"
_CAMPAIGN_BEGUN = re.compile(r"\b(?:operation|campaign|offensive)\b,?\s+(?:(?:that|which)\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:launched|began|started|begun|announced|kicked\s+off)\s+(?:(?:by|in)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                             r"(?:on|in|at)?\s*$", re.I)
_NEWS_CAME_AS = re.compile(r"\W{0,3}the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|raids?|bombardment|shelling|"
                           r"assault|barrage|ambush|incident)\s+(?:came|comes)\s+((?:as|amid|while|just\s+as|"
                           r"(?:[\w-]+\s+){0,3}?(?:after|before))\b)", re.I)
_DAY_OPENER = re.compile(r"\W{0,3}(?:(?:late|early|earlier|later)\s+)?(?:on\s+|in\s+the\s+(?:night|evening|morning)\s+of\s+)?", re.I)
# (also in apposition, "its first response to ...", or as one of several: "the first of several rounds of
# retaliation for ...")
_ANSWERS = re.compile(r"(?:(?:in|as)\s(?:[\w-]+\s){0,3}?|(?:its|their)\s(?:[\w-]+\s){0,2}?|rounds?\s+of\s+"
                      # "in the first wave of retaliation for", "as part of Washington's response to"
                      r"|(?:in|as)\s(?:[\w-]+\s){0,2}?(?:wave|phase|stage|salvo|part|step|round)s?\s+of\s+(?:[\w'-]+\s){0,2}?)"
                      r"(?:response|retaliation|reprisal|revenge|answer|reply)\s+(?:to|for)\b", re.I)


def _named_day(text: str, eventless: tuple[int, Span, date | None, DateInfo | None], memo: _SentenceMemo) -> DateInfo | None:
    """The day a sentence that told no event names (not a statement's), resolved as it was in force there."""
    _, sent, pub, focus = eventless
    day = _sentence_date(text, sent, pub, focus, skip_statements=True, times=memo.get_or_read(dates.find_time_expressions, text, sent))
    return day if day is not None and day.precision == "day" else None


def _sentence_date(text: str, sent: Span, pub: date | None, focus: DateInfo | None,
                   skip_statements: bool = False, times: list[dates.TimeExpr] | None = None) -> DateInfo | None:
    """The first resolvable date a sentence names, if any (optionally not a statement's date)."""
    for expr in times if times is not None else dates.find_time_expressions(text, sent.start, sent.end):
        if expr.kind == "vague" or (skip_statements and _statement_time(text, expr, sent)) \
                or _ends_a_span(text, expr, sent.start):
            continue
        d = dates.resolve(expr, pub, focus.date if focus else pub)
        if d.date is not None:
            return d
    return None


def _old(d: DateInfo, pub: date | None, settings: Settings) -> bool:
    if pub is None or d.date is None:
        return False
    end = d.date + timedelta(days=_span_days(d) - 1)
    return end < pub - timedelta(days=settings.background_days)


def _place(groups: list[_Group], cand: Candidate, c_date: DateInfo | None, site_id: str | None,
           anchor: date | None, context: date | None = None) -> _Group | None:
    fits = [g for g in groups if _compatible(g, cand, c_date, site_id)]
    if cand.kind == "prior":  # an earlier event does not date or join an undated report of the news
        fits = [g for g in fits if g.date is not None or all(m.kind == "prior" for m in g.members)]
    if cand.kind == "prior" and c_date is None and anchor is not None:
        fits = [g for g in fits if g.date is None or g.date.date is None or g.date.date < anchor] or []
    if not fits:
        return None
    return max(fits, key=lambda g: _score(g, cand, c_date, site_id, context))


def _absorb(g: _Group, c: Candidate, c_date: DateInfo | None, site_id: str | None, place_text: str,
            place_span: Span | None) -> None:
    g.members.append(c)
    if c_date is not None and (g.date is None or _span_days(c_date) < _span_days(g.date)):
        g.date = c_date
    if site_id and site_id not in g.sites:
        g.sites.append(site_id)
        best = load_gazetteer().most_specific(g.sites)
        if best == site_id:
            g.place_text, g.place_span = place_text, place_span
    elif not g.sites and place_text and not g.place_text:
        g.place_text, g.place_span = place_text, place_span
    if g.perpetrator == "unknown" and c.perpetrator != "unknown":
        g.perpetrator = c.perpetrator
    if g.target == "unknown" and c.target != "unknown":
        g.target = c.target
    g.responds = g.responds or c.responds


def _report_period(text: str, sents: list[Span], headings: set[int], body_order: list[int]) -> timedelta:
    """How far back the dated items of a page that presents itself as a period's report reach (zero
    for any other page): a month for a monthly tally, two days for a daily update ("Iran Update,
    January 5", a data cut-off), a week otherwise (rules/triggers.toml [periodic])."""
    first_body = body_order[0] if body_order else len(sents)
    top = [i for i in sorted(headings) if i < first_body] + body_order[:3]
    cue = next((m for i in top if (m := rules().triggers.periodic.search(text, sents[i].start, sents[i].end))), None)
    if cue is None:
        return timedelta(0)
    said = cue.group().lower()
    daily = "daily" in said or "cut" in said or said.startswith("update")
    monthly = "month" in said or _NAMED_MONTH.search(said) is not None  # "during March 2022"
    return timedelta(days=35 if monthly else 2 if daily else 9)


_NAMED_MONTH = re.compile(r"\b(?:during|throughout) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _named_with_its_day(text: str, g: _Group) -> bool:
    """An item a count names with its own place and day: "several other attacks, including a grenade thrown
    at a house in Hajin on May 24" (in a page that reports the period, one of its items)."""
    d = g.date
    return d is not None and d.precision == "day" and d.span is not None and bool(g.sites) and any(
        m.clause.start <= d.span.start < m.clause.end and _INCLUDING.search(text, m.clause.start, d.span.start)
        for m in g.members)


_INCLUDING = re.compile(r"\bincluding\b", re.I)


def _latest_named_day(text: str, body: tuple[Span, ...]) -> date | None:
    """The latest day with a year the body names ("By mid-December 2024", "on 2 February 2024"): a
    page with no publication date was written no earlier."""
    latest = None
    for span in body:
        for t in dates.find_time_expressions(text, span.start, span.end):
            if t.kind in {"absolute", "month", "year"} and t.year is not None:
                try:
                    day = date(t.year, t.month or 1, t.day or 1)
                except ValueError:
                    continue
                latest = day if latest is None or day > latest else latest
    return latest


def _illustrates_a_trend(g: _Group, groups: list[_Group], d: DateInfo, focus: DateInfo | None,
                         body_order: list[int]) -> bool:
    """An incident of two or more days before the day's news, told in one sentence right after a
    sentence that sums up a trend ("ISIS cells have intensified their attacks in recent weeks. On
    Saturday, gunmen opened fire on a checkpoint in Hajin"): an example given for the trend, context."""
    if focus is None or focus.precision != "day" or focus.date is None or d.date is None \
            or (focus.date - d.date).days < 2:
        return False  # the day before the news is part of it ("On Tuesday, two were killed" told on Wednesday)
    own = {m.sentence for m in g.members}
    if len(own) != 1 or next(iter(own)) not in body_order:
        return False
    at = body_order.index(next(iter(own)))
    if at == 0:
        return False
    before = body_order[at - 1]
    # an example is one of the trend's own acts: by its author or by unnamed hands, not the answer to it;
    # and a trend is told over a region ("have also targeted the al-Omar field several times" counts
    # the hits on a base: what follows is news of its own)
    return any(o is not g and o.background and o.date is None and g.perpetrator in {"unknown", o.perpetrator}
               and not any(_fine(s) for s in o.sites)
               and any(m.sentence == before and m.background is not None for m in o.members) for o in groups)


def _before_the_news_day(d: DateInfo, focus: DateInfo | None, pub: date | None) -> bool:
    """Whether an event's day is before the day the story is about and before the day before
    publication (an event of the day before publication is news however it is told)."""
    return pub is not None and focus is not None and focus.date is not None and d.date is not None \
        and d.precision == "day" and d.date < focus.date and d.date < pub - timedelta(days=1)


def _came_before_the_news(text: str, sents: list[Span], g: _Group, groups: list[_Group], d: DateInfo,
                          focus: DateInfo | None, pub: date | None) -> bool:
    """An event of an earlier day that the story first names as what its news came after.

    "Rockets hit the base on Friday, hours after US jets struck militias" (published Saturday): the
    Thursday strikes are what the Friday attack followed, context however fully they are told later;
    an event of the day before publication stays news.
    """
    if not _before_the_news_day(d, focus, pub) or focus.precision != "day":
        return False
    first = min(g.members, key=lambda m: m.clause.start)
    if g.taken_up:
        return False  # "The sites in Syria were on the edge of Albu Kamal": its targets placed for themselves
    sent = sents[first.sentence]
    link = _NEWS_CAME_AFTER.match(text, sent.start, sent.end)
    linked = link is not None and any(t.start >= link.end() for t in first.triggers)  # the event after the link
    if (first.kind != "prior" and not linked) or any(
            m.kind != "prior" and m.time is not None and _DAY_OPENER.fullmatch(text, sents[m.sentence].start, m.time.span.start)
            for m in g.members):
        return False  # "On Tuesday, jets struck nine bunkers in the Ayash area": told in a paragraph of its own
    if len({m.sentence for m in g.members if m.kind != "prior"}) > 1:
        return False  # told for itself over several sentences
    return any(o is not g and not o.background and o.date is not None and o.date.date == focus.date
               and any(m.kind != "prior" and (m.sentence < first.sentence if linked else
                                              m.sentence == first.sentence and m.clause.start < first.clause.start)
                       for m in o.members) for o in groups)


# a running count over a period: "has claimed more than 15 operations against US bases since October 17",
# "dozens of attacks ... since mid-October"
_SINCE_TALLY = re.compile(r"\b(?:dozens|scores|hundreds|more\s+than\s+\d+|at\s+least\s+\d+|over\s+\d+|\d+)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:attacks|operations|strikes|raids|assaults)\b[^.;]{0,120}?\bsince\b", re.I)

# "It was at least the third time in less than a month that the coalition used force there", "the fourth such
# attack on the base this week": a count of the like events of a recent span, which the next sentences list
_ORDINAL_TALLY = re.compile(r"\b(?:is|was|marks?|marked)\s+(?:at\s+least\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|"
                            r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:time|attack|strike|raid|incident)s?\s+"
                            r"(?:[\w-]+\s+){0,4}?(?:in|within|since|this|over)\b", re.I)

def _an_item_of_the_tally(text: str, sents: list[Span], g: _Group, d: DateInfo, focus: DateInfo | None,
                          pub: date | None) -> bool:
    """An earlier day's event told, in a sentence or two, just after a running count it belongs to.

    "The group has claimed more than 15 attacks on US bases since October 17 ... On Wednesday, it said it
    targeted the base at al-Tanf" (a Friday story): the Wednesday claim illustrates the count; it is not
    the day's news.  (Never an event of the day before publication.)
    """
    if not _before_the_news_day(d, focus, pub) or g.taken_up:
        return False
    told = sorted({m.sentence for m in g.members if m.kind != "prior"})  # (not "following attacks on US forces")
    if not told:
        return False
    if len(told) > 2 or told[-1] - told[0] > 1:
        return False
    first = told[0]
    return any(_SINCE_TALLY.search(text, sents[i].start, sents[i].end) or _ORDINAL_TALLY.search(text, sents[i].start, sents[i].end)
               for i in range(max(0, first - 2), first + 1))


def _sums_up_the_towns(g: _Group, groups: list[_Group], d: DateInfo) -> bool:
    """A day's strikes told at a province, when the article tells that day's strikes at towns of that
    province ("Israeli jets struck targets in Deir ez-Zor province overnight ... In the city, depots were
    hit; in al-Mayadin, positions; near Albukamal, a base"): the province account sums up the towns'."""
    if not g.sites or d.precision != "day" or d.date is None:
        return False
    gaz = load_gazetteer()
    ws = gaz.most_specific(g.sites)
    if gaz.get(ws).precision != "province":
        return False
    side = rules().actors.side
    def camp(x: _Group) -> str:
        return side.get(x.perpetrator, "unknown")

    towns = [o for o in groups if o is not g and not o.background and o.sites and o.responds == g.responds
             and (od := o.date or o.context_date) is not None and od.date == d.date
             and gaz.get(fs := gaz.most_specific(o.sites)).precision != "province" and gaz.within(fs, ws)
             and (camp(o) == camp(g) or "unknown" in {camp(o), camp(g)})]  # not another side's act that day
    # (a province named with no day of its own may be one more target, "the aggression on the region", unless
    # the day's strikes are told at three of its towns already: then it sums them up too)
    return len(towns) >= (2 if g.date is not None else 3)


def _own_post(g: _Group, groups: list[_Group]) -> bool:
    """A digest's post that tells this incident and no other ("[15/07/2022 13:47] #al-Busayrah Unknown
    gunmen assassinated a young man ..."): the post is its news, not a passing mention."""
    post = g.members[0].post
    return post >= 0 and all(m.post == post for m in g.members) and not any(
        o is not g and any(m.post == post for m in o.members) for o in groups)


# a clause that adds a hit to the news told before it: "The strikes also hit ...", "Another strike hit ...",
# "A second raid targeted ...", "US jets further struck ..." (the word just before the trigger, at most two
# words between; not a toll: "two operatives were also killed")
_ALSO = re.compile(r"\b(?:also|another|a (?:second|third|fourth|further)|further|(?:the )?other)\s+(?:[\w-]+\s+){0,2}$", re.I)
_TOLL_WORD = re.compile(r"kill|martyr|wound|injur|dead|die", re.I)


def _with_its_own_toll(text: str, sents: list[Span], g: _Group, groups: list[_Group], d: DateInfo,
                       headings: set[int], facts: list[tuple[Span, list[Speaker]]]) -> bool:
    """"The Observatory said at least six militiamen were killed in al-Kasrah": a sentence (not a headline)
    that tells a toll of its own (or goes on with it in the next sentence: "Clashes broke out near X. Four
    soldiers were killed"), at a place where no other news of the page is placed that day, reports an
    incident with its own facts (the convention's main), not a passing mention of the news told elsewhere;
    so does a province's desert or countryside ("four fighters were killed in the Deir ez-Zor desert" beside
    news at al-Tanf), as long as nothing else of the day is told inside it (not a country or a region)."""
    if not g.sites or g.site_basis:
        return False
    gaz = load_gazetteer()
    own = gaz.most_specific(g.sites)
    if gaz.get(own).kind in {"country", "region", "territory"} or any(
            o is not g and not o.background and o.sites and _sites_compatible(own, gaz.most_specific(o.sites))
            and (o.date is None or o.date.date == d.date) for o in groups):
        return False
    told = {f.start for f, _ in facts}
    spans = []
    for m in g.members:
        if m.kind not in {"main", "coord"} or m.sentence in headings:
            continue
        spans.append((m.sentence, m.clause.start, m.clause.end))
        nxt = m.sentence + 1
        if nxt < len(sents) and nxt not in headings and sents[nxt].start in told \
                and "\n\n" not in text[sents[m.sentence].end : sents[nxt].start]:
            spans.append((nxt, sents[nxt].start, sents[nxt].end))
    return any(cas.count and cas.attribute in {"killed", "wounded"} and not _running_total(text, sents[si], cas.span)
               for si, start, end in spans for cas in find_casualties(text, start, end))


def _told_with_its_toll_beside_news(text: str, sents: list[Span], g: _Group, groups: list[_Group], d: DateInfo,
                                    dated_news: list[_Group], headings: set[int], pub: date | None,
                                    facts: list[tuple[Span, list[Speaker]]]) -> bool:
    """"Clashes broke out near al-Busayrah on Saturday [...]. The SDF said government factions attacked its
    positions in al-Kasrah on Thursday night, killing three of its fighters": an incident of a few days before
    the page, with a day of its own and a toll of its own at a place of its own, told beside other news the page
    places in sentences of their own, is news too, though the page's lead tells no incident (not so in an analysis
    that places no other news: "The confrontation near X on Monday, in which a soldier was killed, illustrates
    ..."; nor beside news told in its own sentence: "rejected reports that advisers were killed in the raids
    near A and B")."""
    if pub is None or g.date is None or g.date.precision != "day" or d.date is None or d.date < pub - timedelta(days=3):
        return False
    own = {m.sentence for m in g.members}
    return any(o is not g and o.sites and not o.site_basis and not own & {m.sentence for m in o.members}
               for o in dated_news) and _with_its_own_toll(text, sents, g, groups, d, headings, facts)


def _goes_on_with_news(g: _Group) -> bool:
    """A group whose own clause says it adds to the news told before (its hits, its places): the same
    event's other place, not a passing mention."""
    return any(m.kind in {"main", "coord"} and _cue_before(m, _ALSO, 40, skip=_TOLL_WORD) for m in g.members)


def _hit_beside(g: _Group, groups: list[_Group]) -> bool:
    """A group told in a coordinate clause of a sentence whose other clause is news of another place:
    "the aircraft targeted the outskirts of al-Mayadin, while another strike hit land near Albu Kamal"
    tells a second hit of the same raid, not a passing mention."""
    if not g.sites:
        return False
    gaz = load_gazetteer()
    own = gaz.most_specific(g.sites)
    return any(m.kind == "coord" and any(
        o is not g and not o.background and o.sites and not _sites_compatible(own, gaz.most_specific(o.sites))
        and any(om.sentence == m.sentence for om in o.members) for o in groups) for m in g.members) or any(
        # (the first of the two too, when the day is told after the second: "gunmen staged an ambush near
        # Thiban, and an attack on a checkpoint in al-Busayrah on Tuesday")
        m.kind == "main" and any(
            o is not g and not o.background and o.sites and o.date is not None
            and not _sites_compatible(own, gaz.most_specific(o.sites))
            and any(om.kind == "coord" and om.sentence == m.sentence and om.clause.start >= m.clause.end
                    and om.clause.start - m.clause.end < 3 and om.places and o.date.span is not None
                    and o.date.span.start >= om.places[-1].span.end for om in o.members) for o in groups) for m in g.members)


def _wider_than_a_day(g: _Group, d: DateInfo) -> bool:
    """An unresolved date whose words name a week, month, season or year ("last week", "earlier this
    month" in a page with no publication date): the precision it would have, were it resolved."""
    if d.date is not None or d.span is None:
        return False
    # the kind its own clause read it as ("week" for "last week"), not a second parse of its words
    return any(m.time is not None and m.time.span == d.span and m.time.kind in {"week", "month", "season", "year"}
               for m in g.members)


def _on_its_posts_day(sents: list[Span], g: _Group, d: DateInfo, stamps: tuple[tuple[date, Span], ...],
                      stamp_at: list[int]) -> bool:
    """A digest of dated posts: what a post tells of its own stamp's day is that post's news, however
    many days of posts follow it ("[03/05/2024 22:10] Gunmen attacked a checkpoint in Hajin an hour ago")."""
    return bool(stamps) and d.date is not None and d.precision == "day" and any(
        (k := bisect_right(stamp_at, sents[m.sentence].start) - 1) >= 0 and stamps[k][0] == d.date
        and m.kind != "prior" for m in g.members)


# "did not specify when exactly the shelling took place", "without saying when the strike happened"
_WHEN_UNTOLD = screened(  # tried only where "did/does/has/have/didn/without/declin/refus" starts
    r"\b(?:(?:did|does|has|have)\s+not|didn[’']t|without|(?:declined|declining|refused|refusing)\s+to)\s+(?:specify|specifying|say|saying|"
    r"give|giving|disclose|disclosing|reveal|revealing|indicate|indicating|state|stating)\s+(?:exactly\s+)?when\s+"
    r"(?:exactly\s+)?(?:the|this|that)\s+([\w-]+)\s+(?:took\s+place|happened|occurred|was\s+(?:carried\s+out|conducted|launched|fired))", re.I)


def _when_untold(text: str, body: tuple[Span, ...], g: _Group) -> bool:
    """Whether the text says it was not told when the group's event happened (its kind named again)."""
    kinds = {m.group(1).lower()[:5] for span in body for m in _WHEN_UNTOLD.finditer(text, span.start, span.end)}
    return bool(kinds) and not kinds.isdisjoint(
        w[:5] for m in g.members for t in m.triggers for w in re.findall(r"[\w-]+", t.text.lower()))


# a fact a paragraph tells of its incident: a toll (or none), damage, a claim, a count of weapons
_OWN_FACT = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing|ies)|hurt|dead|died|casualt(?:y|ies)|damag(?:e|ed|ing)|destroy(?:ed|ing)|claimed"
                       r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:rockets|drones|missiles|shells|mortar))", re.I)
# what may stand before the day a sentence opens on: "On", "Early on", "On the night of"
_OPENS_ON_DAY = re.compile(r"[\W_]*(?:(?:early|late)\s+)?(?:on\s+)?(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?", re.I)


def _told_for_itself(text: str, sents: list[Span], g: _Group, d: DateInfo, headings: set[int],
                     list_items: set[int], pub: date | None, memo: _SentenceMemo) -> bool:
    """"US jets struck depots on Tuesday to answer the attacks of August 15. [...] On August 15, militia
    drones struck the al-Tanf garrison. No US personnel were hurt": an incident the news is told against,
    that a sentence of its own then opens on with its day and its paragraph tells with its own facts (a
    toll, damage, a claim), is reported for itself: news, even days before the page's main event (not so an item of a
    list or timeline, nor one told with a recall cue: "last year", "earlier this month"; nor an earlier
    attack the page adds to the story unannounced: "On August 2, a rocket hit the base, causing no damage")."""
    if g.background or not g.sites or g.site_basis or d.precision != "day" or d.date is None:
        return False
    for m in g.members:
        si = m.sentence
        if m.kind != "main" or si in headings or si in list_items:
            continue
        sent = sents[si]
        if not any(_OPENS_ON_DAY.fullmatch(text, sent.start, t.span.start) and dates.resolve(t, pub, pub).date == d.date
                   for t in memo.get_or_read(dates.find_time_expressions, text, sent)):
            continue  # the paragraph does not open on the incident's day
        if not _paragraph_tells_a_fact(text, sents, si):
            continue
        # the day named before, where the page tells what its news answered
        if any(j not in headings and dates.resolve(t, pub, pub).date == d.date
               for j in range(si) for t in memo.get_or_read(dates.find_time_expressions, text, sents[j])):
            return True
    return False


def _the_only_incident_told(text: str, sents: list[Span], g: _Group, d: DateInfo, dated_news: list[_Group],
                            headings: set[int], pub: date | None, memo: _SentenceMemo) -> bool:
    """"The drawdown has been quiet. But two days ago, a rocket landed near the perimeter of the airstrip. No one
    was hurt": the one incident a page tells as of a day, placed, in a sentence that opens on its day and whose
    paragraph gives its facts (a toll or none, damage, a claim), is the page's news however many days before the
    page it happened (not so an incident told as what illustrates the page's subject: "The confrontation near X
    on Monday, in which a soldier was killed, is an illustration of ...")."""
    if g.background or not g.sites or g.site_basis or d.precision != "day" or d.date is None \
            or any(o is not g for o in dated_news):
        return False
    for m in g.members:
        si = m.sentence
        if m.kind != "main" or si in headings:
            continue
        sent = sents[si]
        if not any(_OPENS_ON_DAY.fullmatch(text, _after_a_conjunction(text, sent), t.span.start)
                   and dates.resolve(t, pub, pub).date == d.date
                   for t in memo.get_or_read(dates.find_time_expressions, text, sent)):
            continue
        if _paragraph_tells_a_fact(text, sents, si):
            return True
    return False


def _paragraph_tells_a_fact(text: str, sents: list[Span], si: int) -> bool:
    """Whether sentence `si` or the next ones of its paragraph (up to four sentences in all) tell a fact of
    their own (_OWN_FACT: a toll or none, damage, a claim, a count of weapons)."""
    end = si + 1
    while end < len(sents) and end - si < 4 and "\n" not in text[sents[end - 1].end : sents[end].start]:
        end += 1
    return any(_OWN_FACT.search(text, sents[j].start, sents[j].end) for j in range(si, end))


_CONJUNCTION = re.compile(r"[\W_]*(?:but|and|yet|then|still|however|meanwhile)\b,?\s*", re.I)


def _after_a_conjunction(text: str, sent: Span) -> int:
    """Where the sentence starts once a leading "But", "And", "Yet", "However," is passed over."""
    m = _CONJUNCTION.match(text, sent.start, sent.end)
    return m.end() if m else sent.start


# "The strike took place at around 6:30 p.m. Eastern Time, which was after midnight in Syria", "at 11 p.m.
# Washington time (early Friday local time)": a day told in the clock of Washington or Greenwich, which the
# text says was already past midnight where it happened
_PAST_MIDNIGHT_THERE = re.compile(
    r"\b(?:Eastern|EST|EDT|ET|Washington|GMT|UTC|Zulu)\b[^.;]{0,40}?"
    r"\b(?:(?:already\s+)?(?:after|past)\s+midnight|the\s+(?:early\s+hours|small\s+hours)\s+of\s+the\s+next\s+day"
    r"|the\s+next\s+day)\s+(?:in\s+Syria|local\s+time|there|in\s+the\s+region|on\s+the\s+ground)\b")


def _local_day_past_midnight(text: str, sents: list[Span], groups: list[_Group]) -> None:
    """An event whose day the text tells in a far clock, said to be past midnight where it happened, took
    place the next day there ("struck a facility in eastern Syria on Wednesday [...] The strike took place at
    6:30 p.m. Eastern Time, which was after midnight in Syria": Thursday)."""
    for g in groups:
        if g.background or not g.members or g.date is None or g.date.precision != "day" or g.date.date is None:
            continue
        near = {i for m in g.members if m.kind != "prior" for i in range(m.sentence, min(m.sentence + 3, len(sents)))}
        if any(_PAST_MIDNIGHT_THERE.search(text, sents[i].start, sents[i].end) for i in near):
            g.date = replace(g.date, date=g.date.date + timedelta(days=1), part_of_day=None,
                             basis=f"the next day where it happened: told in a far clock, past midnight there "
                                   f"({g.date.basis})")


def _same_night_at_scene(groups: list[_Group]) -> None:
    """An event dated only by the day a statement told it, at the place of an event told of the evening
    or night before, took place that night ("The coalition said on Thursday it had struck the attackers
    near X [...] The assault on the SDF post near X began late on Wednesday"): a night is dated by the
    day it began, and the statement the next morning reports it."""
    for g in groups:
        if g.date is not None or g.context_date is not None or g.soft_date is None or g.soft_date.date is None \
                or g.background or not g.members or not g.sites:
            continue
        night_before = g.soft_date.date - timedelta(days=1)
        h = next((h for h in groups if h is not g and not h.background and h.members and h.date is not None
                  and h.date.precision == "day" and h.date.date == night_before
                  and (h.date.part_of_day in {"evening", "night"} and set(h.sites) & set(g.sites) or _answers(g, h))), None)
        if h is not None:
            g.context_date = replace(h.date, time_local=None,
                                     basis="the night told at the same place, reported the next day")


_UNDATED_PAGE_DAY = "publication date (the text gives no date)"


def _answers(g: _Group, h: _Group) -> bool:
    """`g` is the answer to `h`: it struck back for the side `h` hit ("rockets hit the al-Omar field on
    Monday ... a coalition statement on Tuesday said its helicopters had engaged the launch sites near X"):
    counter-fire answers within hours, so the statement of the next day tells an answer of the attack's day."""
    return g.responds and not h.responds and g.sides[0] != "unknown" and g.sides[0] == h.sides[1]


def _finalise_date(g: _Group, focus: DateInfo | None, pub: date | None, settings: Settings,
                   not_before: date | None = None) -> tuple[DateInfo, str]:
    """The group's date (own, else the article's main date, else publication) and its role."""
    # ("a day after US jets struck facilities on both sides of the border. The sites in Syria were near
    # Abu Kamal, ...": a cause whose targets a sentence of their own places is told for itself)
    only_prior = all(m.kind == "prior" for m in g.members) and not g.taken_up
    d = g.date or (g.lapse_date if g.context_date is None else None)
    if only_prior:
        # named only as the cause of something else ("a day after the US strikes on Tuesday"): context
        return (d or DateInfo(None, "unknown", basis="an earlier event mentioned without a date")), "background"
    if d is None:
        if only_prior or g.background:
            d = DateInfo(None, "unknown", basis="an earlier event mentioned without a date")
            return d, "background"
        if g.context_date is not None and g.context_date.date is not None:
            c = g.context_date
            d = DateInfo(c.date, c.precision, c.text, c.span, None,
                         "the date in force where the text reports it (it gives none of its own)", c.part_of_day)
        elif g.soft_date is not None:
            d = g.soft_date
        elif focus is not None and (focus.precision == "day" or pub is None):  # "this week" does not date tonight's news
            d = DateInfo(focus.date, focus.precision, focus.text, focus.span, None,
                         "the date of the article's main event (the text gives none for this one)", focus.part_of_day)
        elif pub is not None:
            d = DateInfo(pub, "day", "", None, None, _UNDATED_PAGE_DAY)
        elif g.unresolved is not None:  # "on Monday night" with no publication date: told, not resolved
            d = g.unresolved
        else:
            d = DateInfo(None, "unknown", basis="no date in the text and no publication date")
    # with no publication date, the latest day the text names is the least the page's date can be
    role = "background" if g.background or _old(d, pub or not_before, settings) else "main"
    if d.precision in {"week", "month", "season", "year"} or _wider_than_a_day(g, d):
        role = "background"  # "last week", "this spring", "this year": a summary or recall, not the day's news
    if focus is not None and focus.date and d.date and d.precision == "day" and (focus.date - d.date).days > settings.context_days:
        role = "background"  # days before the day the article is about: recalled as context
    if role == "main" and focus is not None and focus.date and focus.precision == "day" and d.precision == "week":
        role = "background"  # "last week, aircraft hit a depot" beside the day's news: context
    if role == "main" and (not g.sites or g.site_basis) and not g.place_text and d.precision not in {"day", "unknown"}:
        role = "background"  # "last week, strikes elsewhere in Syria": context for the day's news
    return d, role


# a period a figure sums up: "since the outbreak of the fighting", "since early 2024", "in the first six months
# of 2024", "during the week", "In total"
@lru_cache(maxsize=1)
def _period() -> re.Pattern[str]:
    return re.compile(rf"\bsince (?:the (?:beginning|start|outbreak|onset|launch)\b|(?:early |late |mid-?)?(?:(?:{dates.month_names()}) )?\d{{4}}\b)"
                      r"|\bin total\b|\bin the first (?:\w+ )?(?:days|weeks|months|half|quarter)\b"
                      r"|\b(?:during|over|throughout|in) the (?:(?:past|last|previous) )?(?:week|month|year|(?:\w+ )(?:days|weeks|months|years))\b",
                      re.I)


# what makes a figure after it the incident's own, the total told after: "..., bringing the toll since ... to 54"
_BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing|to bring|to raise)\b", re.I)


def _running_total(text: str, sent: Span, figure: Span) -> bool:
    """A casualty figure that sums up a period rather than tells an incident: the period told before it in
    its sentence ("since early 2024, ... in which 231 people were killed"), or after it with nothing that
    makes it an addition to the total ("200 civilians have been killed in the raids since the start of the
    battle"; but not "two were killed on Monday, bringing the toll since the outbreak to 54")."""
    for m in _period().finditer(text, sent.start, sent.end):
        if m.start() < figure.start:
            return True
        if not _BRINGING.search(text, figure.end, m.start()):
            return True
    return False


# "..., the Observatory said, while the Pentagon put the toll at four": one source set against another
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b", re.I)


_FULL_STOP = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")  # a sentence closed inside a span the splitter left whole


def _mention(text: str, g: _Group, d: DateInfo, role: str, facts: list[tuple[Span, list[Speaker]]],
             meta: ArticleMeta, named_monitor: str | None, memo: _SentenceMemo, others: list[Span] | None = None) -> Mention:
    r = rules()
    gaz = load_gazetteer()
    site_id = gaz.most_specific(g.sites) if g.sites else None
    site = gaz.get(site_id) if site_id else None
    votes = Counter(m.event_type for m in g.members if m.event_type != "attack")
    event_type = max(votes, key=lambda t: (votes[t], -next(i for i, m in enumerate(g.members) if m.event_type == t))) if votes else "attack"
    kinds = Counter(r.weapons.kind[w] for m in g.members for w, _ in m.weapons)
    if event_type in {"air/drone strike", "shelling/artillery/missile attack", "attack"} and kinds:
        # what was fired decides between air and ground fire better than verbs ("raids", "strikes")
        # aircraft or drones make it an air/drone strike whatever they fired ("warplanes ... with missiles")
        # both named ("rockets hit the base; coalition aircraft flew over"): the kind the report names first
        if kinds["air"] and kinds["indirect"]:
            first = min((s.start, r.weapons.kind[w]) for m in g.members for w, s in m.weapons if r.weapons.kind[w] in {"air", "indirect"})
            event_type = "air/drone strike" if first[1] == "air" else "shelling/artillery/missile attack"
        else:
            event_type = "air/drone strike" if kinds["air"] else "shelling/artillery/missile attack" if kinds["indirect"] else event_type
    weapons = list(dict.fromkeys(w for m in g.members for w, _ in m.weapons))
    perp, target = g.perpetrator, g.target
    unidentified = bool(g.members) and g.members[0].unidentified
    if unidentified:
        perp = "unknown"  # "unidentified aircraft struck": the report that tells it leaves the attacker open
    if target == "unknown" and site_id:
        holder = _holder(site_id, d.date)
        if holder and holder != perp:
            target = holder
        if target == "Iran-backed militias" and any(_BARE_SOLDIERS.search(m.clause.text) for m in g.members):
            # "Two soldiers were killed in an ISIS ambush near al-Mayadin": soldiers at a militia-held town
            # are the army's (a militia has fighters); a US or SDF soldier is named as such
            target = "Syrian government"
    if target == "unknown" and r.actors.side.get(perp) == "us":
        target = "Iran-backed militias" if any("militia" in m.clause.text.lower() for m in g.members) else "unknown"
    if perp == "unknown" and r.actors.side.get(target) == "us" and _names_militias(text, g, facts):
        perp = "Iran-backed militias"  # "fired from areas where Iran-backed militias are deployed"

    if event_type in {"attack", "shelling/artillery/missile attack"} and air_strike_by(perp, [t.text for m in g.members for t in m.triggers], weapons):
        event_type = "air/drone strike"  # "the strikes" told across sentences, by an air force named in another
    time_local = None
    killed: list[int] = []
    wounded: list[int] = []
    none_said = False
    disputed: set[str] = set()  # attributes two named claimants give different figures of in one sentence
    damage: str | None = None
    claims: list[Claim] = []
    evidence: list[Span] = []
    for sent, speakers in facts:
        claimant, ctype = _claimant(speakers, meta, named_monitor)
        if time_local is None:
            t = memo.get_or_read(dates.find_local_time, text, sent)
            if t:
                time_local = t[0]
                claims.append(Claim(claimant, ctype, "time", t[0], sent.text, sent.start, sent.end))
        clauses = [m for m in g.members if sent.start <= m.clause.start < sent.end]
        if clauses:
            claims.append(Claim(claimant, ctype, "occurrence", event_type, sent.text, sent.start, sent.end))
            for w in dict.fromkeys(w for m in clauses for w, _ in m.weapons):
                claims.append(Claim(claimant, ctype, "weapon", w, sent.text, sent.start, sent.end))
            for m in clauses:
                if m.time is not None and d.date is not None and d.span == m.time.span:
                    claims.append(Claim(claimant, ctype, "date", d.date.isoformat(), sent.text, sent.start, sent.end))
                if m.perpetrator == "civilians" and g.perpetrator not in {"civilians", "unknown"}:
                    continue  # "Residents of X reported heavy explosions": witnesses of the act its doer did, not a rival doer
                if m.perpetrator != "unknown":
                    claims.append(Claim(claimant, ctype, "perpetrator", m.perpetrator, sent.text, sent.start, sent.end))
                    break
        told: dict[str, dict[str, set[int]]] = {"killed": {}, "wounded": {}}  # this sentence's figures by named claimant
        for cas in memo.get_or_read(find_casualties, text, sent):
            if clauses and others and any(c.start <= cas.span.start < c.end and not _FULL_STOP.search(text, c.start, cas.span.start)
                                          for c in others):
                # "It was the second strike near Albu Kamal, where a similar raid on Thursday killed three": a
                # toll told in the clause of an earlier event another incident holds is that event's
                continue
            who, wtype = (claimant, ctype) if len(speakers) < 2 else _claimant(
                _speakers_of_part(text, sent, speakers, cas.span.start), meta, named_monitor)
            claims.append(Claim(who, wtype, cas.attribute, cas.value, sent.text, sent.start, sent.end))
            evidence.append(cas.span)
            if cas.count is not None and cas.attribute in {"killed", "wounded"} and _running_total(text, sent, cas.span):
                pass  # "since the outbreak of the fighting, 90 have been killed": a running total, no incident's
            elif cas.attribute == "killed" and cas.count is not None:
                killed.append(cas.count)
            elif cas.attribute == "wounded" and cas.count is not None:
                wounded.append(cas.count)
            elif cas.value == "none":
                none_said = True
            if cas.count is not None and cas.attribute in told and wtype != "outlet" and who not in r.claimants.generic:
                told[cas.attribute].setdefault(who, set()).add(cas.count)
        for attr, by_who in told.items():
            if len(by_who) > 1 and len({max(v) for v in by_who.values()}) > 1 and _CONTRAST.search(text, sent.start, sent.end):
                disputed.add(attr)
        dmg = memo.get_or_read(find_damage, text, sent)
        if dmg:
            claims.append(Claim(claimant, ctype, "damage", dmg[0], sent.text, sent.start, sent.end))
            damage = damage or dmg[0]
            evidence.append(dmg[1])
        for m in r.triggers.denial.finditer(text, sent.start, sent.end):
            who, wtype = claimant, ctype
            outside = [s for s in speakers if not m.start() <= s.span.start <= m.end() + 60]  # not the denied party
            if len(speakers) > 1 and outside:
                near = min(outside, key=lambda s: min(abs(s.span.start - m.start()), abs(s.span.end - m.start())))
                who, wtype = _claimant([near], meta, named_monitor)
            claims.append(Claim(who, wtype, "denial", _phrase(text, m.start(), sent.end), sent.text, sent.start, sent.end))
            break
        for m in r.triggers.responsibility.finditer(text, sent.start, sent.end):
            if not r.triggers.denial.search(text, sent.start, sent.end):
                claims.append(Claim(claimant, ctype, "responsibility", _phrase(text, m.start(), sent.end), sent.text, sent.start, sent.end))
            break
    for m in g.members:
        evidence.append(m.clause)
    if perp == "unknown" and not unidentified:
        # "the Islamic Resistance in Iraq claimed the attack": who claims it is who the article says did it
        owners = {r.claimants.side[c.claimant] for c in claims if c.claimant in r.claimants.side and (
            c.attribute == "responsibility" or (c.attribute == "occurrence" and c.claimant_type == "militia"))}
        if len(owners) == 1:
            perp = owners.pop()
            if target == perp:  # "the mujahideen of the Islamic Resistance targeted...": its name, not its target
                holder = _holder(site_id, d.date) if site_id else None
                target = holder if holder and holder != perp else "unknown"
    evidence = sorted(set(evidence), key=lambda s: (s.start, s.end))
    k = max(killed) if killed else (0 if none_said else None)
    w = max(wounded) if wounded else (0 if none_said else None)
    if "killed" in disputed:
        k = None
    if "wounded" in disputed:
        w = None
    reported = "some" if (killed and max(killed) > 0) or (wounded and max(wounded) > 0) else ("none" if none_said else "unknown")
    if time_local and not d.time_local:
        if d.part_of_day == "night" and d.date is not None and d.basis.startswith("publication date - 1") \
                and _NEXT_DAY not in d.basis \
                and not any(_names_the_night(m) for m in g.members):
            # (not when the text names the night: "in the night from Tuesday to Wednesday" is Tuesday)
            d = _in_small_hours(d, time_local)  # "overnight", and "about 4.30am local time" in another sentence
        d = replace(d, time_local=time_local)
    return Mention(
        date=d, site=site, place_text=g.place_text, event_type=event_type, weapons=tuple(weapons),
        perpetrator=perp, target=target, killed=k, wounded=w, casualties_reported=reported, damage=damage,
        claims=tuple(dict.fromkeys(claims)), evidence=tuple(evidence), role=role,
        direction=f"{r.actors.side.get(perp, 'unknown')}->{r.actors.side.get(target, 'unknown')}",
        place_span=g.place_span,
        site_basis=g.site_basis or ("named in the report" if site else ""),
    )


_TARGET_PREP = re.compile(
    r"\b(?:at|on|against|targeted|targeting|hit|hitting|struck|striking|into|inside|in|shelled|attacked|toward|towards)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?$", re.I
)


def _named_as_target(text: str, place: Span, clause: Span, loose: bool = False) -> bool:
    """'rockets hit the Conoco field' names the site as the target; 'a strike near al-Tanf' does not
    (but with `loose`, rockets that 'landed near' a base were aimed at it)."""
    before = text[max(clause.start, place.start - 50) : place.start]
    if loose and re.search(r"\b(?:near|around|close to|next to|in the vicinity of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", before, re.I):
        return True
    if re.search(r"\b(?:near|around|close to|outside|from|toward|towards|east of|west of|north of|south of|direction of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", before, re.I):
        return False
    return bool(_TARGET_PREP.search(before)) or place.start - clause.start < 3


def _names_militias(text: str, g: _Group, facts: list[tuple[Span, list[Speaker]]]) -> bool:
    """Whether the report of an attack on US forces names Iran-backed militias anywhere in it."""
    return any(_militias_as_attackers(text, s) for s in [m.clause for m in g.members] + [s for s, _ in facts])


def _militias_as_attackers(text: str, span: Span, blamed: bool = False) -> bool:
    """Whether `span` names the Iran-backed militias other than as what was struck or whose it was
    (_STRUCK_OR_OWNER_BEFORE); with `blamed`, also as whom an attack is "blamed on"."""
    r = rules()
    return any(r.actors.names[int(m.lastgroup[1:])] == "Iran-backed militias"
               and (not _STRUCK_OR_OWNER_BEFORE.search(text, max(span.start, m.start() - 60), m.start())
                    or (blamed and _BLAMED_ON_BEFORE.search(text, max(span.start, m.start() - 80), m.start())))
               for m in r.actors.regex.finditer(text, span.start, span.end))


# militias named as what another strike hit or as the owners of what it hit ("a day after US jets struck
# facilities used by Iran-backed militias", "positions of Iraq's Popular Mobilization Units"): no attackers
_STRUCK_OR_OWNER_BEFORE = re.compile(
    r"\b(?:against|on|at|targeting|targeted|struck|striking|hit|hitting|bombed|bombing|pounded|of|(?:used|run|held|operated|manned|occupied)\s+by|to|with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$", re.I)


# A sentence that says who was behind an attack told in other sentences: "The Islamic Resistance in Iraq
# claimed the attack on its Telegram channel", "CENTCOM blamed the attack on Iran-backed militants", "US
# intelligence assessed the drone to be of Iranian origin" (not a tally of the group's attacks over months,
# nor "no group claimed the attack", nor a monitor that "claimed that 19 militiamen were killed")
_ATTRIBUTES = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|the\s+(?:attack|strike|operation|bombing)|(?:both|the\s+two)\s+attacks)"
    r"|blam(?:ed|es|ing)\b|attribut(?:ed|es|ing)\b|responsib|(?:conducted|carried\s+out|launched|fired)\s+by\b"
    r"|(?:was|were|is|are)\s+behind\b|suspected\b|of\s+iranian\s+origin|iranian[- ]made)", re.I)
_IRANIAN_DRONE = re.compile(r"\b(?:of\s+iranian\s+origin|iranian[- ]made)\b", re.I)
_NOT_THIS_ATTACK = re.compile(
    r"\b(?:no\s+(?:group|one|side|party|faction)|nobody|not\s+(?:immediately\s+)?(?:claimed|clear)|unclaimed|denied|denies|"
    r"previous|earlier\s+attacks|dozens|scores|more\s+than\s+[0-9]+|over\s+[0-9]+|[0-9]{2,}\s+(?:attacks|operations)|since\b|series|"
    r"repeatedly|regularly|in\s+recent\s+(?:days|weeks|months|years)|hundreds|campaign|wave\s+of|have\s+(?:claimed|carried)|has\s+(?:claimed|carried))",
    re.I)
_BLAMED_ON_BEFORE = re.compile(r"\bblam(?:ed|es|ing)\b[^.;]{0,60}?\bon\s+(?:[\w'’-]+\s+){0,3}?$", re.I)  # "blamed the attack on | Iran-backed militants"
_DRONE_WORD = re.compile(r"\b(?:drones?|uavs?|one-way)\b", re.I)
_FIRE_WORD = re.compile(r"\b(?:rockets?|missiles?|shells?|mortars?|katyushas?|salvos?)\b", re.I)


def _attributed_elsewhere(text: str, sents: list[Span], mentions: list[tuple[int, Mention]], meta: ArticleMeta,
                          named_monitor: str | None) -> list[tuple[int, Mention]]:
    """An attack on US forces told with no attacker gets the Iran-backed militias when a sentence of its
    own says they were behind it ("The Islamic Resistance in Iraq claimed the attack", "The Pentagon
    said the drone was of Iranian origin"); that sentence is its evidence, as a claim of its speaker."""
    r = rules()
    open_ = [i for i, (_, m) in enumerate(mentions)
             if m.perpetrator == "unknown" and r.actors.side.get(m.target) == "us" and m.role == "main"]
    if not open_:
        return mentions
    found: list[tuple[Span, bool, bool, bool]] = []  # (sentence, by name, names drones, names rockets or shells)
    for sent in sents:
        if not _ATTRIBUTES.search(text, sent.start, sent.end) or _NOT_THIS_ATTACK.search(text, sent.start, sent.end):
            continue
        named = _militias_as_attackers(text, sent, blamed=True)
        if named or _IRANIAN_DRONE.search(text, sent.start, sent.end):
            found.append((sent, named, bool(_DRONE_WORD.search(text, sent.start, sent.end)),
                          bool(_FIRE_WORD.search(text, sent.start, sent.end))))
    out = list(mentions)
    for i in open_:
        pos, m = out[i]
        kinds = {r.weapons.kind.get(w) for w in m.weapons}
        for sent, named, says_drone, says_fire in found:
            if not named and "air" not in kinds:
                continue  # "a drone of Iranian origin" says who sent the drone, not who fired the rockets
            if (says_drone or says_fire) and not ((says_drone and "air" in kinds) or (says_fire and "indirect" in kinds)):
                continue
            claimant, ctype = _claimant(find_speakers(text, sent.start, sent.end), meta, named_monitor)
            claim = Claim(claimant, ctype, "perpetrator", "Iran-backed militias", sent.text, sent.start, sent.end)
            out[i] = (pos, replace(m, perpetrator="Iran-backed militias", claims=(*m.claims, claim),
                                   evidence=tuple(sorted({*m.evidence, sent}, key=lambda s: (s.start, s.end)))))
            break
    return out


class _SentenceMemo(dict):
    """One reading per sentence and reader within one article, though a sentence may speak of
    several incidents (made afresh for every article, so nothing leaks between articles)."""

    def get_or_read(self, func, text: str, sent: Span):  # noqa: ANN001, ANN201
        key = (func.__name__, sent.start, sent.end)
        if key not in self:
            self[key] = func(text, sent.start, sent.end)
        return self[key]


def _told_in_countries(g: _Group) -> bool:
    """"US bombers hit more than 85 targets in Iraq and Syria": told across countries, the strikes are not at
    the one town the article names elsewhere."""
    countries = {p.site.id for m in g.members for p in m.places if p.site is not None and p.site.precision == "country"}
    return bool(countries - {"syria"})  # (two countries always name one that is not Syria)


# "strikes on ISIS hideouts in the desert", "in the eastern Badia": a place of its own, out of any town
_IN_THE_OPEN = re.compile(r"\b(?:in|into|across|through)\s+the\s+(?:[a-z-]+\s+)?(?:desert|badia|steppe)\b", re.I)


def _told_in_the_open(g: _Group) -> bool:
    """"In response, Russian warplanes carried out 20 strikes on ISIS hideouts in the desert": told in the
    desert, the strikes are not at the one town the article names elsewhere."""
    return any(_IN_THE_OPEN.search(m.clause.text) for m in g.members)


def _holder(site_id: str, on: date | None = None) -> str | None:
    """Who holds a site, so that an attack on it has a target; `on` is the day (none: any day)."""
    gaz = load_gazetteer()
    actors = rules().actors
    for sid in [site_id, *gaz.ancestors(site_id)]:
        if sid in actors.site_holders:
            holder = actors.site_holders[sid]
            until = actors.held_until.get(holder)
            return None if until and on and on >= until else holder
    return None


# soldiers told with no army of their own: "two soldiers were killed" (see _mention)
_BARE_SOLDIERS = re.compile(r"(?<!\bus )(?<!\bu\.s\. )(?<!\bamerican )(?<!\bsdf )\b(?:soldiers?|conscripts?|army (?:officers?|personnel))\b", re.I)


# where a sentence passes from one source's account to another's: "..., the Observatory said, while the
# Pentagon put the toll at seven", "SANA said five were killed; the SDF said none"
_ACCOUNTS_APART = re.compile(r",?\s+(?:while|whereas|but)\s+|;\s*")


def _speakers_of_part(text: str, sent: Span, speakers: list[Speaker], pos: int) -> list[Speaker]:
    """The speakers of the part of a sentence of several accounts that holds `pos`, in their order of
    priority (all of them when that part names none)."""
    cuts = [m.start() for m in _ACCOUNTS_APART.finditer(text, sent.start, sent.end)]
    lo = max((c for c in cuts if c <= pos), default=sent.start)
    hi = min((c for c in cuts if c > pos), default=sent.end)
    return [sp for sp in speakers if lo <= sp.span.start < hi] or speakers


def _claimant(speakers: list[Speaker], meta: ArticleMeta, named_monitor: str | None) -> tuple[str, str]:
    if speakers:
        sp = speakers[0]
        if sp.name == "unnamed monitor" and named_monitor:
            return named_monitor, "monitor"
        return sp.name, sp.type
    return (meta.outlet or "unattributed (outlet's own reporting)"), "outlet"


def _phrase(text: str, start: int, limit: int, words: int = 8) -> str:
    """A short phrase from `start`: the words of a denial or responsibility claim."""
    chunk = text[start:limit]
    cut = re.split(r"[,;.“”\"]|(?<=[a-z])(?=[A-Z][a-z])", chunk, maxsplit=1)[0]
    return " ".join(cut.split()[:words])
