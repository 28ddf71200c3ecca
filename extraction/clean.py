"""Separate an article's body from page furniture, and split the body into sentences.

Nothing is rewritten: cleaning returns spans of the original text (body lines, captions,
removed blocks), so every offset downstream still indexes the text the caller gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import rules
from .records import Span
from .screen import read_article

_LATIN = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")
# A sentence ends at . ! ? (optionally closed by quotes/brackets) followed by space and a capital,
# a digit or an opening quote.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# its three forms, each starting with a literal: `re` skips to one fast, but tries a pattern that
# starts with a character class at every character.  No match holds a stop after its first
# character, so the matches of the three together are the matches of _BOUNDARY.
_BOUNDARY_FORMS = tuple(re.compile(re.escape(stop) + _BOUNDARY.pattern[len("[.!?]"):]) for stop in ".!?")


def _boundaries(text: str, pos: int, endpos: int) -> list[re.Match[str]]:
    """`list(_BOUNDARY.finditer(text, pos, endpos))`, from its three forms."""
    found = [m for rx in _BOUNDARY_FORMS for m in rx.finditer(text, pos, endpos)]
    found.sort(key=re.Match.start)
    return found
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen maj col lt capt cpt sgt adm brig sen rep gov st no nos u.s u.k u.n a.m p.m jan feb
    mar apr jun jul aug sep sept oct nov dec vs inc co corp ltd approx e.g i.e al lt.-col maj.-gen brig.-gen
    fig ft mt rev prof pres dept est""".split()
)
_MAX_QUOTE_JOIN = 700  # a quotation longer than this is not held together


@dataclass(frozen=True)
class CleanText:
    """The parts of a page: body lines (in order), captions, removed furniture, the title line."""

    body: tuple[Span, ...]
    captions: tuple[Span, ...]
    removed: tuple[Span, ...]
    title: Span | None


_CRUMBS = re.compile(r"[»›]|\s>\s")


def _is_headline(line: str) -> bool:
    words = line.split()
    return (
        4 <= len(words) <= 30
        and not line.rstrip().endswith((".", ":", ","))
        and "|" not in line
        and not _CRUMBS.search(line)  # "Home » Middle East » Syria": where the page sits, not its title
        and len(_LATIN.findall(line)) > 0.6 * len(line.replace(" ", ""))
    )


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each run of characters between newlines (what [^\\n]+ finds), by str.split."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        if raw:
            out.append((pos, raw))
        pos += len(raw) + 1
    return out


def clean(text: str) -> CleanText:
    """Classify each line of the page as body, caption or furniture; find the title line."""
    bp = rules().boilerplate
    body: list[Span] = []
    captions: list[Span] = []
    removed: list[Span] = []
    title: Span | None = None
    lines = [(start, raw) for start, raw in _lines(text) if raw.strip()]
    read_article(text)  # the rules' patterns then read the page once, not line by line
    n_chars = len(text)
    paragraph_seen = False  # a body line of a dozen words or more has been read
    skip_to = 0  # the lines of a link box inside the story, removed with its heading
    for idx, (start, raw) in enumerate(lines):
        if idx < skip_to:
            continue
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        span = Span(start + lead, start + lead + len(stripped), stripped)
        short = len(stripped) <= 160  # menus, buttons and list headings are short lines
        # (a footer line may run longer in the lower half of the page: "A version of this article appears in print
        # on ..., with the headline: ...")
        if (short or (len(stripped) <= 400 and start > 0.5 * n_chars)) and bp.cut_after.matches_in(text, span.start, span.end):
            # Near the top it is a menu entry: drop the line.  Further down it opens a block of
            # related headlines, comments or footer: drop everything after it.
            # (never before the first paragraph: "« Previous: <headline>" over a short story is a menu entry)
            if (start > 0.15 * n_chars or idx > 0.5 * len(lines)) and paragraph_seen:
                if (resume := _story_resumes(lines, idx)) is not None:
                    # a "Read also" box between two paragraphs: the story goes on under it
                    end = lines[resume - 1][0] + len(lines[resume - 1][1].rstrip())
                    removed.append(Span(span.start, end, text[span.start : end]))
                    skip_to = resume
                    continue
                rest = Span(span.start, len(text.rstrip()), text[span.start : len(text.rstrip())])
                removed.append(rest)
                break
            removed.append(span)
            continue
        if len(stripped) <= 600 and bp.caption.matches_in(text, span.start, span.end):
            captions.append(span)
            continue
        if (short and bp.drop_line.matches_in(text, span.start, span.end)) or not _LATIN.search(stripped):
            removed.append(span)
            continue
        # (an ASCII line holds no such letter)
        if not stripped.isascii() and len(_NON_LATIN_LETTER.findall(stripped)) > 0.3 * len(stripped):
            removed.append(span)  # a language menu or a line in another script
            continue
        if title is None and len(body) < 3 and _is_headline(stripped):
            title = span
        body.append(span)
        paragraph_seen = paragraph_seen or stripped.count(" ") >= 12
    _drop_closing_headlines(body, removed)
    return CleanText(tuple(body), tuple(captions), tuple(removed), title)


# a box of links to other stories that sites set between a story's paragraphs ("Read also:", "Related:",
# "See also: <headline>"), unlike the blocks (most read, comments, tags, footers) that close a page
_LINK_BOX = re.compile(r"\W*(?:(?:to )?read (?:more|also)|also read|see also|related(?: \w+)?|don'?t miss|must read"
                       r"|(?:à )?lire aussi|leer más|lea también)\b", re.I)
_CLOSED = (".", '"', "”", "’")


def _story_resumes(lines: list[tuple[int, str]], idx: int) -> int | None:
    """The line where the story goes on under a link box opened at line `idx`: at most three short link
    lines, then a paragraph (twenty words or more, closed by a full stop) followed by another closed line. A related block whose items carry a teaser (headline, teaser, headline) has no such
    paragraph, nor a list of headlines closing the page."""
    if not _LINK_BOX.match(lines[idx][1]):
        return None
    for j in range(idx + 1, min(idx + 5, len(lines))):
        line = lines[j][1].strip()
        if line.count(" ") < 20:
            continue  # a link's headline
        if not line.endswith(_CLOSED):
            return None
        after = lines[j + 1][1].strip() if j + 1 < len(lines) else ""
        return j if after.endswith(_CLOSED) else None  # (a related item's teaser may close the page)
    return None


# an item of a bulleted or numbered list: "• US strikes kill five near Albu Kamal", "2. Rockets hit ..."
_LIST_ITEM = re.compile(r"(?:[-•*–—▪►]|\d{1,2}\s?[-–—.)])\s")


def _drop_closing_headlines(body: list[Span], removed: list[Span]) -> None:
    """Two or more list items without closing punctuation that end the page right after a paragraph
    ("...There were no casualties." then "• US strikes kill five near Albu Kamal", "• Rockets fall near
    al-Omar"): other stories' headlines whose heading the scraper lost, not this article's news. A list
    that a line introduces ("Today's main developments:") is the article's own."""
    k = len(body)
    while k > 1 and _LIST_ITEM.match(body[k - 1].text) and not body[k - 1].text.endswith((".", "!", "?", ":", ";", ",")) \
            and body[k - 1].text.count(" ") <= 20:
        k -= 1
    if len(body) - k >= 2 and body[k - 1].text.endswith((".", '"', "”")) and body[k - 1].text.count(" ") >= 12:
        removed.extend(body[k:])
        del body[k:]


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def count_letters(text: str) -> int:
    """How many characters of `text` are letters (str.isalpha): the ASCII ones are counted by
    deleting them (bytes.translate, the others standing as "?"), the others one by one."""
    ascii_letters = len(text) - len(text.encode("ascii", "replace").translate(None, _ASCII_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + sum(map(str.isalpha, "".join(_NON_ASCII.findall(text))))


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
        start -= 1
    word = text[start:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Rami A. Rahman"
    return word in _ABBREVIATIONS


def _quote_open(text: str, start: int, end: int) -> bool:
    """True when a quotation opened in text[start:end] is still open at its end."""
    curly = text.count("“", start, end) - text.count("”", start, end)
    straight = text.count('"', start, end) % 2
    return curly > 0 or straight == 1


def sentences(text: str, spans: tuple[Span, ...] | list[Span]) -> list[Span]:
    """Split each body span into sentences, keeping a quotation together with its attribution."""
    out: list[Span] = []
    for span in spans:
        pieces: list[tuple[int, int]] = []
        start = span.start
        for m in _boundaries(text, span.start, span.end):
            if text[m.start()] == "." and _ends_with_abbreviation(text, m.start()):
                continue
            end = m.start() + 1
            while end < m.end() and not text[end].isspace():
                end += 1
            pieces.append((start, end))
            start = m.end()
        if start < span.end:
            pieces.append((start, span.end))
        merged: list[tuple[int, int]] = []
        for s, e in pieces:
            if merged:
                ps, pe = merged[-1]
                if _quote_open(text, ps, pe) and e - ps <= _MAX_QUOTE_JOIN:
                    merged[-1] = (ps, e)
                    continue
            merged.append((s, e))
        out.extend(Span(s, e, text[s:e]) for s, e in merged if text[s:e].strip())
    return out
