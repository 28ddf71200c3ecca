"""Deir ez-Zor Incident Monitor: turn raw news text into evidence-backed incident records.

The core is pure: `extract(text, metadata)` returns typed records and does no I/O.
"""

from .records import ArticleMeta, ArticleResult, Claim, DateInfo, Mention, Site, Span

__all__ = ["ArticleMeta", "ArticleResult", "Claim", "DateInfo", "Mention", "Site", "Span", "extract"]


def extract(text: str, **metadata):  # noqa: ANN201 - re-exported below
    """Extract incident mentions from one article; see `extraction.pipeline.extract`."""
    from .pipeline import extract as _extract

    return _extract(text, **metadata)
