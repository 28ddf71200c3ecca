"""Store ingest rate and resolution time on synthetic data (benchmarks/corpus.py)."""

from __future__ import annotations

from typing import Any

from .harness import Skipped


def _need(module: str) -> Any:
    """Import a project module or skip the part with a clear reason."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Skipped(f"{module} not available yet ({exc})") from exc


def ingest_rate(cfg: Any) -> dict[str, Any]:
    """Articles per second through ingest into a temporary SQLite store."""
    _need("extraction.store")
    _need("extraction.ingest")
    raise Skipped("store benchmark waits for the store API")


def resolve_times(cfg: Any) -> dict[str, Any]:
    """Seconds to resolve n synthetic mentions into incidents, for each n in cfg.resolve_sizes."""
    _need("extraction.resolve")
    raise Skipped("resolution benchmark waits for the resolve API")
