"""Ingest article files or folders: read, extract, store (one transaction per article), resolve.

Idempotent: an article's identity is the hash of its text, so the same article twice is one
article; a re-run with an unchanged extractor changes nothing, a re-run after the extractor
changed re-extracts and keeps every analyst override.  Bad input never stops a batch: it is
stored with a status (empty, not_text, too_large, unsupported_language, error) and a reason.
Resolution runs once at the end of a batch; if a run is interrupted, the next run (or the
next read of the store) finishes it.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import InputError, MonitorError
from .records import ArticleMeta, ArticleResult, as_day
from .settings import DEMO_DIR, Settings
from .store import Store
from .webpage import as_article, decode, mark

MANIFEST_NAME = "manifest.csv"
Progress = Callable[[int, int, str], None]


@dataclass
class IngestSummary:
    """What one ingest run did; `skipped` holds (file, status, reason) for every non-ok article."""

    added: int = 0
    unchanged: int = 0
    reextracted: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message): not ingested
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, article id)
    article_ids: list[str] = field(default_factory=list)
    incidents: int = 0
    links: int = 0
    reattached: int = 0
    orphaned: int = 0

    def lines(self) -> list[str]:
        """A human summary, one line per fact."""
        out = [
            f"added {self.added}, unchanged {self.unchanged}, re-extracted {self.reextracted}, "
            f"skipped {len(self.skipped)}"
            + (f", not found {len(self.errors)}" if self.errors else "")
        ]
        out += [f"  skipped {f}: {status} ({reason})" for f, status, reason in self.skipped]
        out += [f"  same text as an earlier file: {f} (article {a})" for f, a in self.duplicates]
        out.append(f"incidents {self.incidents}, links {self.links}")
        if self.reattached or self.orphaned:
            out.append(
                f"analyst overrides/notes re-attached {self.reattached}, orphaned {self.orphaned}"
            )
        return out


# --------------------------------------------------------------------------- extraction


def run_extractor(text: str, **meta: Any) -> ArticleResult:
    """The lead's pipeline, imported on first use (tests replace this function)."""
    try:
        from .pipeline import extract  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - only before the pipeline lands
        raise MonitorError(f"the extraction pipeline is not available: {exc}") from exc
    return extract(text, **meta)


def _article_id(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:16]


def _meta_only(article_id: str, status: str, reason: str, meta: dict[str, Any]) -> ArticleResult:
    return ArticleResult(
        id=article_id,
        meta=ArticleMeta(
            title="",
            outlet=meta.get("outlet"),
            wire=meta.get("wire"),
            url=meta.get("url"),
            published=meta.get("published"),
            published_source="manifest" if meta.get("published") else "unknown",
        ),
        status=status,
        reason=reason,
    )


def extract_article(text: str, meta: dict[str, Any]) -> ArticleResult:
    """Run the extractor; an exception becomes an `error` article, not a dead batch."""
    try:
        return run_extractor(text, **{k: v for k, v in meta.items() if v is not None})
    except MonitorError:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return _meta_only(
            _article_id(text), "error", f"extractor failed: {type(exc).__name__}: {exc}", meta
        )


def _store_one(
    store: Store,
    data: bytes | str,
    file: str,
    meta: dict[str, Any],
    seen: dict[str, str] | None = None,
) -> tuple[str, ArticleResult]:
    if isinstance(data, bytes):
        text, problem = decode(data)
        if text is None:
            result = _meta_only(_article_id(data), "not_text", problem, meta)
            return store.put_article(result, text=None, file=file), result
    else:
        text = data
    asked = meta
    try:
        text, meta, page = as_article(text, meta)
    except InputError as exc:
        result = _meta_only(_article_id(text), "empty", str(exc), meta)
        return store.put_article(result, text=text, file=file), result
    if seen is not None and _article_id(text) in seen:
        # the same text earlier in this batch: no need to extract it again
        return "duplicate", _meta_only(_article_id(text), "ok", "", meta)
    result = mark(extract_article(text, meta), page, asked)
    keep_text = text if result.status != "too_large" else None
    return store.put_article(result, text=keep_text, file=file), result


# --------------------------------------------------------------------------- manifests


def _clean(value: str | None) -> str | None:
    v = (value or "").strip()
    return None if not v or v.lower().startswith("unknown") else v


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """manifest.csv -> {file name: {outlet, wire, url, published}} (unknown values -> None)."""
    out: dict[str, dict[str, Any]] = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                name = (row.get("file") or "").strip()
                if not name:
                    continue
                try:
                    published = as_day(row.get("published"), "published")
                except InputError as exc:
                    raise InputError(f"{path}:{n}: {exc}") from exc
                out[name] = {
                    "outlet": _clean(row.get("outlet")),
                    "wire": _clean(row.get("wire")),
                    "url": _clean(row.get("url")),
                    "published": published,
                }
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read manifest {path}: {exc}") from exc
    return out


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (folders walked, sorted; hidden files and manifests left out) and the
    paths that do not exist."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if (
                    f.is_file()
                    and f.name != MANIFEST_NAME
                    and not any(x.startswith(".") for x in rel)
                ):
                    files.append(f)
        elif path.is_file():
            files.append(path)
        else:
            missing.append((str(p), "no such file or directory"))
    return list(dict.fromkeys(files)), missing


# --------------------------------------------------------------------------- public API


def ingest_paths(
    store: Store,
    paths: Sequence[Path | str],
    progress: Progress | None = None,
    manifest: dict | None = None,
) -> IngestSummary:
    """Ingest files and folders; each folder's manifest.csv (or `manifest`) gives metadata."""
    settings = store.settings
    files, missing = expand_paths(paths)
    summary = IngestSummary(errors=list(missing))
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    seen: dict[str, str] = {}
    for n, f in enumerate(files, start=1):
        if progress:
            progress(n, len(files), f.name)
        try:
            if manifest is not None:
                meta = dict(manifest.get(f.name) or manifest.get(str(f)) or {})
                meta["published"] = as_day(meta.get("published"), "published")
            else:
                mpath = f.parent / MANIFEST_NAME
                if f.parent not in manifests:
                    manifests[f.parent] = read_manifest(mpath) if mpath.is_file() else {}
                meta = dict(manifests[f.parent].get(f.name) or {})
            meta = {k: meta.get(k) for k in ("outlet", "wire", "url", "published")}
            size = f.stat().st_size
            if size > settings.max_article_chars * 4 + 16:
                outcome, result = _store_huge(store, f, meta, settings)
            else:
                outcome, result = _store_one(store, f.read_bytes(), str(f), meta, seen)
        except InputError as exc:
            summary.errors.append((str(f), str(exc)))
            continue
        except OSError as exc:
            summary.errors.append((str(f), f"cannot read: {exc.strerror or exc}"))
            continue
        _tally(summary, outcome, result, str(f), seen)
    if progress and files:
        progress(len(files), len(files), "")
    _finish(store, summary)
    return summary


def _store_huge(
    store: Store, f: Path, meta: dict[str, Any], settings: Settings
) -> tuple[str, ArticleResult]:
    """A file far too big to read whole: record it as too_large without loading it."""
    h = hashlib.sha256()
    with f.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    size = f.stat().st_size
    result = _meta_only(
        h.hexdigest()[:16],
        "too_large",
        f"{size:,} bytes; the limit is {settings.max_article_chars:,} characters",
        meta,
    )
    return store.put_article(result, text=None, file=str(f)), result


def _tally(
    summary: IngestSummary, outcome: str, result: ArticleResult, file: str, seen: dict[str, str]
) -> None:
    summary.article_ids.append(result.id)
    if outcome == "duplicate":
        summary.duplicates.append((file, result.id))
        summary.unchanged += 1
        return
    seen.setdefault(result.id, file)
    if result.status != "ok":
        summary.skipped.append((file, result.status, result.reason))
    elif outcome == "added":
        summary.added += 1
    elif outcome == "reextracted":
        summary.reextracted += 1
    else:
        summary.unchanged += 1


def _finish(store: Store, summary: IngestSummary) -> None:
    if store.needs_resolution():
        stats = store.resolve()
        summary.reattached, summary.orphaned = stats["reattached"], stats["orphaned"]
    counts = store.counts()
    summary.incidents, summary.links = counts["incidents"], counts["links"]
    store.log(
        "ingest",
        f"added {summary.added}, unchanged {summary.unchanged}, re-extracted "
        f"{summary.reextracted}, skipped {len(summary.skipped)}, not found {len(summary.errors)}",
    )


def ingest_text(
    store: Store,
    text: str | bytes,
    *,
    file: str = "",
    published: date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    wire: str | None = None,
) -> str:
    """Ingest one pasted or uploaded article and resolve; returns its article id."""
    meta = {
        "outlet": (outlet or "").strip() or None,
        "wire": (wire or "").strip() or None,
        "url": (url or "").strip() or None,
        "published": as_day(published, "published"),
    }
    data: bytes | str = text
    if isinstance(text, bytes) and len(text) > store.settings.max_article_chars * 4 + 16:
        result = _meta_only(_article_id(text), "too_large", f"{len(text):,} bytes; too large", meta)
        store.put_article(result, text=None, file=file)
    else:
        _, result = _store_one(store, data, file, meta)
    if store.needs_resolution():
        store.resolve()
    store.log("ingest", f"1 article ({result.status}) {file or '(pasted text)'}")
    return result.id


def ensure_demo(store: Store, progress: Progress | None = None) -> IngestSummary | None:
    """Ingest the demo corpus (data/demo with its manifest) when the store has no articles."""
    if store.has_articles():
        return None
    return ingest_paths(store, [DEMO_DIR], progress=progress)


# --------------------------------------------------------------------------- CLI


def _terminal_progress(stream: Any = sys.stderr) -> Progress:
    def show(n: int, total: int, name: str) -> None:
        width = 24
        done = int(width * n / max(total, 1))
        line = f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {name[:40]:<40}"
        stream.write(line)
        if n >= total and not name:
            stream.write("\n")
        stream.flush()

    return show


def cli_ingest(args: Any) -> int:
    """`python -m extraction ingest PATH... [--db URL] [--quiet]`."""
    store = Store(args.db)
    progress = None if args.quiet or not sys.stderr.isatty() else _terminal_progress()
    summary = ingest_paths(store, args.paths, progress=progress)
    for path, message in summary.errors:
        print(f"error: {path}: {message}", file=sys.stderr)
    for line in summary.lines():
        print(line)
    return 2 if summary.errors else 0
