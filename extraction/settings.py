"""One settings object with defaults; a partial override changes only what it names."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
DEMO_DIR = DATA_DIR / "demo"
RULES_DIR = Path(__file__).resolve().parent / "rules"


@dataclass(frozen=True)
class Settings:
    """Tunable limits and locations.  `DZM_DB_URL` in the environment overrides `db_url`."""

    db_url: str = f"sqlite:///{DATA_DIR / 'monitor.sqlite'}"
    max_article_chars: int = 2_000_000
    min_article_chars: int = 40
    languages: tuple[str, ...] = ("en",)
    background_days: int = 21  # an incident dated this long before publication is context
    context_days: int = 3  # ...and one dated this long before the article's main event
    news_days: int = 7  # a recall's wording ("a series of strikes") on an incident this recent is still news
    merge_max_km: float = 15.0  # resolution: nearby sites in one attack

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with only the named settings changed; unknown or invalid ones raise."""
        known = {f.name: f for f in fields(self)}
        for key, value in changes.items():
            if key not in known:
                raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
            current = getattr(self, key)
            if isinstance(current, (int, float)) and not isinstance(current, bool):
                if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                    raise SettingsError(f"setting {key!r} must be a non-negative number, got {value!r}")
            if isinstance(current, str) and not (isinstance(value, str) and value):
                raise SettingsError(f"setting {key!r} must be a non-empty string, got {value!r}")
        return replace(self, **changes)


def load_settings(**overrides: Any) -> Settings:
    """Defaults, then the environment (`DZM_DB_URL`), then explicit overrides."""
    base = Settings()
    env_url = os.environ.get("DZM_DB_URL")
    if env_url:
        base = base.with_overrides(db_url=env_url)
    return base.with_overrides(**{k: v for k, v in overrides.items() if v is not None})
