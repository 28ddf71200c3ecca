"""Article metadata found in the page itself: outlet, wire, publication date, language.

What the caller passes wins for outlet and URL; a date printed in the page wins over the
caller's date (the page is the primary evidence) and `published_source` records which it was.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

import ahocorasick

from . import dates
from .lexicon import rules
from .records import ArticleMeta, Span
from .screen import fold

# Frequent English function words: a cheap, robust check that a text is English, used together
# with the statistical language identifier (py3langid) so short English texts are not rejected.
_EN_STOPWORDS = frozenset(
    "the of and to in a is that for on was with as by at from it said were are has have had an be this which "
    "after their its or but not been who they he his more than also".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# The words are only counted and looked up among _EN_STOPWORDS, so they are split fast on bytes:
# an ASCII character is a word's if it is a letter; another one stands as a space, or as "q"
# when it is a letter (a word holding it is no stopword, and neither is one holding "q").
_NOT_LETTER = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_EN_STOPWORDS_ASCII = frozenset(w.encode("ascii") for w in _EN_STOPWORDS)
_STRETCH = 100  # words whose stopwords are counted before the share is checked
# Languages whose words are English ones: a short English headline or wire flash with no function
# word ("Sunday, 17 December 2023: US strikes hit militia depots near al-Mayadin, killing four.") is
# often taken for Nigerian Pidgin, and an article in them reads with the English rules anyway.
_ENGLISH_LEXIFIED = frozenset({"pcm"})


def _non_ascii_as_ascii(m: re.Match[str]) -> str:
    return "q" if _WORD.match(m.group()) else " "


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid's own type
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there are too few words to tell."""
    sample = text[:4000]
    # Lower-casing first splits the same words, save "İ" (lower-cased to "i" and a combining dot).
    if "\u0130" not in sample:
        low = sample.lower()
        if not low.isascii():
            low = _NON_ASCII.sub(_non_ascii_as_ascii, low)
        words = low.encode("ascii").translate(_NOT_LETTER).split()
        stopwords = _EN_STOPWORDS_ASCII
    else:
        words = [w.lower() for w in _WORD.findall(sample)]
        stopwords = _EN_STOPWORDS
    if len(words) < 3:
        return None
    # counted a stretch at a time: an English text passes the share long before its last word
    n, count = len(words), 0
    for i in range(0, n, _STRETCH):
        count += sum(map(stopwords.__contains__, words[i : i + _STRETCH]))
        if count / n >= 0.12:
            return "en"
    english_share = count / n
    lang, prob = _identifier().classify(sample)
    if lang in _ENGLISH_LEXIFIED:
        return "en"
    if lang == "en" or prob < 0.5:
        return "en" if english_share >= 0.05 else (lang if prob >= 0.5 else None)
    return lang


_FEW_LITERALS = 32  # up to this many literals, each is looked for on its own (str's search, in C)


@lru_cache(maxsize=8)
def _literal_finder(keys: tuple[frozenset[str] | tuple[()], ...]) -> tuple[Any, frozenset[int]]:
    """For the literals of a list of patterns (`keys[i]` for pattern i): what finds them, each
    naming the patterns it belongs to, and the patterns that have none (always possible).  A few
    literals are looked for one by one ((literal, patterns) pairs): a page holds one of them
    or not faster than an automaton reads it; more, by an automaton of them all (None: none)."""
    owners: dict[str, list[int]] = {}
    always: set[int] = set()
    for i, lits in enumerate(keys):
        if not lits or "" in lits:
            always.add(i)
        for lit in lits:
            owners.setdefault(lit, []).append(i)
    owners.pop("", None)
    if not owners:
        return None, frozenset(always)
    if len(owners) <= _FEW_LITERALS:
        return tuple((lit, tuple(whose)) for lit, whose in owners.items()), frozenset(always)
    found = ahocorasick.Automaton()
    for lit, whose in owners.items():
        found.add_word(lit, tuple(whose))
    found.make_automaton()
    return found, frozenset(always)


def _present(keys: tuple[frozenset[str] | tuple[()], ...], folded: str) -> set[int]:
    """The patterns the page may match: it holds one of their literals (no literals: it may)."""
    finder, always = _literal_finder(keys)
    found = set(always)
    if isinstance(finder, tuple):
        for lit, whose in finder:
            if lit in folded:
                found.update(whose)
    elif finder is not None:
        for _, whose in finder.iter(folded):  # one pass over the page
            found.update(whose)
    return found


def find_outlet(text: str) -> str | None:
    """The outlet whose name or address the page prints (first in the rules file that matches)."""
    o = rules().outlets
    # an outlet names itself in the page's head (masthead, dateline) or foot (credits, source line)
    window = text if len(text) <= 5000 else text[:2500] + "\n" + text[-2500:]
    present = _present(o.outlet_keys, fold(window))
    for i, (name, rx) in enumerate(o.outlets):
        if i in present and rx.search(window):
            return name
    return None


def find_wire(text: str) -> str | None:
    """The news agency whose copy the page carries, from credit lines and 'told AFP' phrasings."""
    o = rules().outlets
    present = _present(o.wire_keys, fold(text))
    found = [(m.start(), name) for i, (name, rx) in enumerate(o.wires) if i in present and (m := rx.search(text))]
    return min(found)[1] if found else None


def build_meta(
    text: str,
    *,
    title: Span | None,
    published: date | None,
    outlet: str | None,
    url: str | None,
    wire: str | None,
    given_title: str | None,
    trailing: int | None = None,
) -> ArticleMeta:
    """Combine what the caller knows with what the page prints, recording where the date came from.
    `trailing` is where the page's trailing block (related headlines, comments) starts, if it has one."""
    printed = dates.find_publication_date(text)
    if printed is not None and published is not None and trailing is not None and printed[1].start >= trailing:
        # "Related coverage / US strikes militias in Iraq, Syria - Feb 3, 2024": a linked story's date,
        # not this page's, which the caller gave
        printed = None
    if printed is None and len(text) > 4000:
        # footers print dates too ("Published 12 March 2024" under the last paragraph)
        tail_start = len(text) - 2500
        tail = dates.find_publication_date(text[tail_start:], limit=2500)
        if tail is not None:
            day, span, source = tail
            printed = (day, Span(span.start + tail_start, span.end + tail_start, span.text), f"{source} (page foot)")
    if printed is not None and printed[2].startswith("caption"):
        # a photo credit's date is the photo's: the wire's dateline above it tells the day filed
        printed = dates.yearless_dateline(text, near=printed[0]) or printed
    published_basis = "metadata"
    stamps = dates.post_stamps(text)
    if stamps and (printed is None or printed[0] < max(d for d, _ in stamps)):
        # a digest of posts over several days was put out no earlier than its last post
        day, span = max(stamps, key=lambda s: (s[0], s[1].start))
        printed = (day, span, "timestamp (the latest post)")
    if printed is None and published is None:
        # no date at the top or foot, none from the caller: timestamped posts still date the page
        printed = dates.find_publication_date(text, limit=len(text), latest=True)
    if printed is None and published is None:
        # a chat post's lone stamp with a two-digit year: "[06.10.20 06:12]" over the post
        lone = dates.dated_stamps(text)
        if lone:
            day, span = max(lone, key=lambda s: (s[0], s[1].start))
            printed = (day, span, "timestamp (a post's stamp)")
    if printed is None and published is None and url:
        day = url_date(url)  # "https://outlet.com/20210113/story.html", ".../2024/02/03/story"
        if day is not None:
            published, published_basis = day, "url"
    if printed is None and published is None:
        # a scraped page that prints its own address at its head or foot ("Source: https://.../2024/02/03/...")
        for m in _TEXT_URL.finditer(text):
            if 1500 <= m.start() < len(text) - 1500:
                continue
            day = url_date(m.group())
            if day is not None:
                published, published_basis = day, "url (printed in the page)"
                break
    # a page with no date from anywhere else, in the order tried: "Beirut, 13 Jan (EFE).-" ... "(c) EFE 2021";
    # "291406 Jan 24", "dpa:241001-930-248713/1", "Press Release 20211211-01"; "Monday 4 Dhu al-Hijjah 1445";
    # "SECURITY DIGEST — February 2026, week 2"; "announced today, Saturday (3 February 2024), that ..."; "— Name (@handle) March 24, 2023"
    for last_resort in (dates.yearless_dateline, dates.signature_stamp, dates.hijri_stamp, dates.heading_month, dates.stated_day,
                        dates.embedded_post_day):
        if printed is not None or published is not None:
            break
        printed = last_resort(text)
    if printed is not None:
        pub, pub_span, source = printed
        published_source = f"text:{source}"
    elif published is not None:
        pub, pub_span, published_source = published, None, published_basis
    else:
        pub, pub_span, published_source = None, None, "unknown"
    return ArticleMeta(
        title=given_title or (title.text if title else ""),
        outlet=outlet or find_outlet(text),
        wire=wire or find_wire(text),
        url=url,
        published=pub,
        published_source=published_source,
        published_span=pub_span,
        language=detect_language(text),
    )


# a date in a page's address: "/20210113/", "/2024/2/3/", "/2023/03/24/", "-2023-03-24/"
_URL_DATE = re.compile(r"[/_-](20[0-4][0-9])(?:(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|([/-])(1[0-2]|0?[1-9])\4(3[01]|[12][0-9]|0?[1-9]))(?=[/_.-]|$)")


_TEXT_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def url_date(url: str) -> date | None:
    """The day a page's address names (many outlets file stories under their date), if any."""
    m = _URL_DATE.search(url)
    if m is None:
        return None
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
    try:
        return date(int(m.group(1)), int(month), int(day))
    except ValueError:
        return None
