"""The naive peer the extractor is measured against: dateparser over the text plus a gazetteer find.

This is what an analyst would write in an afternoon: `dateparser.search.search_dates` over
the whole article (English only and relative to the publication date, which is the fastest
fair setting), then a plain `str.find` of each gazetteer site's first alias.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime

from extraction.settings import RULES_DIR

from .corpus import FALLBACK_SITES

GAZETTEER_CSV = RULES_DIR / "gazetteer.csv"


def load_first_aliases() -> tuple[list[tuple[str, str]], str]:
    """(site id, first alias) for every gazetteer row, or the fallback site names; and the source."""
    try:
        with GAZETTEER_CSV.open(encoding="utf-8", newline="") as fh:
            pairs = []
            for row in csv.DictReader(fh):
                aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
                first = aliases[0] if aliases else (row.get("name") or "").strip()
                if row.get("id") and first:
                    pairs.append((row["id"], first))
        if pairs:
            return pairs, "gazetteer.csv"
    except OSError:
        pass
    return [(s.id, s.name) for s in FALLBACK_SITES], "fallback"


@dataclass(frozen=True)
class PeerResult:
    """What the peer finds in one article: every date-like string and every site whose alias occurs."""

    dates: tuple[tuple[str, datetime], ...]
    sites: tuple[str, ...]


class NaivePeer:
    """dateparser's `search_dates` plus a first-alias `str.find` gazetteer lookup."""

    def __init__(self, aliases: list[tuple[str, str]] | None = None) -> None:
        from dateparser.search import search_dates

        self._search_dates = search_dates
        self.aliases = aliases if aliases is not None else load_first_aliases()[0]

    def __call__(self, text: str, published: date | None = None) -> PeerResult:
        settings = {}
        if published is not None:
            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        found = self._search_dates(text, languages=["en"], settings=settings) or []
        sites = tuple(site_id for site_id, alias in self.aliases if text.find(alias) >= 0)
        return PeerResult(tuple(found), sites)
