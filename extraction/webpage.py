"""A file's bytes or a saved web page as article text: the edge turns what a caller hands in
into what the pipeline reads.

An analyst often has the page itself, saved from the browser or fetched by a scraper, rather
than its text. Reading it tags and all would put menus, "most read" lists, scripts and
cookie notices in front of the extractor and lose the page's own publication date, which
sits in its `<meta>` tags. trafilatura (main-text extraction, with htmldate for the date a
page declares) does both well; this module only decides when a text is a page and lays their
output out as paragraphs, the title first, as a scraped article's text would be.

Bytes are decoded here, once for every way in (the CLI, ingest, the dashboard's upload):
UTF-8, UTF-16 or UTF-32 with a byte-order mark, else Windows-1252, the legacy encoding of
Western news desks (a French or German article saved by an old tool). A NUL byte means
binary data. Statistical charset guessers were tried and misread short Western text
(cp1250 for a French paragraph, UTF-16 for "café"), so none is used.

The pipeline stays pure: it is given the page's text and the metadata found here, and the
store keeps that text, so every span still points into what was stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .errors import InputError
from .records import ArticleResult

PAGE_DATE = "html:meta"  # published_source of a date a web page declares

# A document that opens as markup: a doctype, <html>, <head> or <body> (after an XML
# declaration or comments), or a fragment that starts with a tag and is dense in block tags.
_PAGE_START = re.compile(r"(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:p|div|article|section|span|h[1-6]|li|br|a|meta|script)\b", re.I)


@dataclass(frozen=True)
class Page:
    """The article a web page holds, with what the page says about itself."""

    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, "") for a file's bytes, or (None, reason) when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ""
            except UnicodeDecodeError:
                return None, f"starts like {encoding.upper()} text but does not decode"
    nul = data.find(b"\x00")
    if nul >= 0:
        return None, f"binary file (NUL byte at offset {nul})"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        return data.decode("cp1252"), ""
    except UnicodeDecodeError:
        bad = data[first_bad : first_bad + 1].hex()
        return None, (f"neither UTF-8 nor Windows-1252 text (byte 0x{bad} at offset {first_bad});"
                      " save it as UTF-8")


def looks_like_html(text: str) -> bool:
    """Whether a text is a web page (markup) rather than an article's plain text."""
    head = text[:4096]
    if _PAGE_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_BLOCK_TAG.findall(text[:20000])) >= 8


def read_page(html: str) -> Page:
    """The main text of a page, title first and one paragraph per block, with its title,
    declared publication date, site name and canonical URL; InputError when it holds none."""
    import trafilatura  # noqa: PLC0415 - only pages need it

    # one parse of the page for its text and what it says of itself; the date is the one the page
    # declares (meta tags, structured data, its URL), not one read off its prose
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, favor_recall=True,
                                      deduplicate=False, with_metadata=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True,
                                                              "outputformat": "%Y-%m-%d"})
    body = doc.text if doc is not None else None
    if not body or not body.strip():
        raise InputError("a web page with no readable article text (menus, scripts or an empty body only)")
    title = _clean(doc.title)
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if title and paragraphs and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    return Page(
        text=text,
        title=title,
        published=date.fromisoformat(doc.date) if doc.date else None,
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
    )


def as_article(text: str, meta: dict[str, Any]) -> tuple[str, dict[str, Any], Page | None]:
    """(text, metadata, page) ready for the pipeline: a page becomes its article text, and what
    the page declares fills the metadata the caller did not give (the caller's always wins)."""
    if not looks_like_html(text):
        return text, meta, None
    page = read_page(text)
    filled = dict(meta)
    for key, value in (("published", page.published), ("outlet", page.outlet), ("url", page.url),
                       ("title", page.title)):
        if value and not filled.get(key):
            filled[key] = value
    return page.text, filled, page


def mark(result: ArticleResult, page: Page | None, given: dict[str, Any]) -> ArticleResult:
    """Say on an article's result that it was read out of a web page, with the text its offsets
    index, and that a publication date the caller did not give is the one the page declares."""
    if page is None:
        return result
    meta = result.meta
    if page.published and not given.get("published") and meta.published_source == "metadata":
        meta = replace(meta, published_source=PAGE_DATE)
    return replace(result, meta=meta, text_from="html", text=page.text)


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
