"""The incident store: SQLAlchemy Core over any database URL (a SQLite file in data/ by default).

Tables: articles (content hash as identity), mentions, claims, incidents, incident_links,
overrides, notes, audit_log, store_meta and schema_version.  Articles, mentions and claims are
what extraction produced; incidents and links are derived by resolution and rebuilt from the
mentions whenever they change.  Analyst overrides and notes are keyed to a stable incident id
and to the mention keys ("anchors") it had, so they survive re-extraction and re-resolution;
an override whose incident disappears is kept and flagged `orphaned`, never deleted.

Portable Core only: the single SQLite-specific statement (PRAGMAs) sits behind a dialect check.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from .errors import InputError, StoreError
from .ledger import IncidentSummary, summarize
from .records import EVENT_TYPES, ROLES, ArticleResult, Claim, DateInfo, Mention, Site, Span, as_day
from .resolve import COARSE_SITE_PRECISIONS, SourcedMention, date_interval, resolve, site_chain
from .settings import Settings, load_settings

SCHEMA_VERSION = 1
OVERRIDABLE_FIELDS = (
    "date",
    "site_id",
    "event_type",
    "perpetrator",
    "target",
    "killed",
    "wounded",
    "role",
    "status",
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(32), nullable=False),
    Column("note", Text),
)

store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("file", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("wire", Text),
    Column("url", Text),
    Column("published", Date),
    Column("published_source", Text),
    Column("language", Text),
    Column("status", String(32), nullable=False),
    Column("reason", Text),
    Column("text", Text),
    Column("captions", JSON),
    Column("removed", JSON),
    Column("fingerprint", String(64)),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("key", String(120), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("incident_id", String(40), index=True),
    Column("pending", Boolean, nullable=False, default=True),
    Column("date", Date),
    Column("date_precision", String(16), nullable=False),
    Column("date_text", Text),
    Column("date_basis", Text),
    Column("date_start", Integer),
    Column("date_end", Integer),
    Column("time_local", Text),
    Column("part_of_day", Text),
    Column("site_id", Text),
    Column("site_name", Text),
    Column("site_lat", Float),
    Column("site_lon", Float),
    Column("site_precision", Text),
    Column("site_kind", Text),
    Column("site_parent", Text),
    Column("site_bank", Text),
    Column("site_source", Text),
    Column("place_text", Text),
    Column("place_start", Integer),
    Column("place_end", Integer),
    Column("event_type", Text),
    Column("direction", Text),
    Column("weapons", JSON),
    Column("perpetrator", Text),
    Column("target", Text),
    Column("killed", Integer),
    Column("wounded", Integer),
    Column("casualties_reported", Text),
    Column("damage", Text),
    Column("role", Text),
    Column("evidence", JSON),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_key", String(120), ForeignKey("mentions.key"), nullable=False, index=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("claimant", Text, nullable=False),
    Column("claimant_type", Text),
    Column("attribute", Text, nullable=False),
    Column("value", Text),
    Column("quote", Text),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("date", Date),
    Column("date_precision", String(16), nullable=False),
    Column("date_lo", Date, index=True),
    Column("date_hi", Date),
    Column("time_local", Text),
    Column("site_id", Text),
    Column("site_name", Text),
    Column("site_precision", Text),
    Column("site_parent", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("place_text", Text),
    Column("event_type", Text),
    Column("direction", Text),
    Column("perpetrator", Text),
    Column("target", Text),
    Column("killed", Integer),
    Column("wounded", Integer),
    Column("casualties_reported", Text),
    Column("damage", Text),
    Column("weapons", JSON),
    Column("role", Text),
    Column("grade", String(2)),
    Column("independent_sources", Integer),
    Column("article_count", Integer),
    Column("mention_count", Integer),
    Column("n_contradictions", Integer),
    Column("summary", JSON),  # ledger, contradictions, agreements, claimants, outlets, wires
    Column("digest", String(40)),  # hash of the row: unchanged incidents are not rewritten
    Column("members_sig", String(40)),  # hash of member keys + article fingerprints
)

incident_links = Table(
    "incident_links",
    metadata,
    Column("source_id", String(40), primary_key=True),
    Column("target_id", String(40), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("basis", Text),
)

overrides = Table(
    "overrides",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), nullable=False, index=True),
    Column("anchor_keys", JSON, nullable=False),
    Column("field", String(40), nullable=False),
    Column("value", Text, nullable=False),
    Column("analyst", Text, nullable=False),
    Column("note", Text),
    Column("created_at", String(32), nullable=False),
    Column("orphaned", Boolean, nullable=False, default=False),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), nullable=False, index=True),
    Column("anchor_keys", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("analyst", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("orphaned", Boolean, nullable=False, default=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("analyst", Text, nullable=False),
    Column("action", String(40), nullable=False),
    Column("incident_id", String(40)),
    Column("field", String(40)),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("detail", Text),
)

Index("ix_mentions_pending", mentions.c.pending)

# A member mention as incident reports show it: the mention with its article's metadata.
_MEMBER_QUERY = select(
    mentions.c.key,
    mentions.c.incident_id,
    mentions.c.article_id,
    mentions.c.date,
    mentions.c.date_precision,
    mentions.c.site_id,
    mentions.c.place_text,
    mentions.c.event_type,
    mentions.c.role,
    mentions.c.evidence,
    mentions.c.direction,
    articles.c.outlet,
    articles.c.wire,
    articles.c.title,
    articles.c.url,
    articles.c.file,
    articles.c.published,
).join(articles, articles.c.id == mentions.c.article_id)
Index("ix_audit_at", audit_log.c.id)


# --------------------------------------------------------------------------- migrations


def _migrate_v1(conn: Connection) -> None:
    """First release: every table above."""
    # When v2 changes a table, freeze the v1 definitions here and ALTER in _migrate_v2.
    metadata.create_all(conn, checkfirst=True)


MIGRATIONS: tuple[tuple[int, Callable[[Connection], None]], ...] = ((1, _migrate_v1),)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def mention_key(article_id: str, mention: Mention, seq: int) -> str:
    """A mention's default stable key: article id + where its evidence starts."""
    spans = list(mention.evidence) + [s for s in (mention.date.span, mention.place_span) if s]
    start = min((s.start for s in spans), default=None)
    return f"{article_id}:{start if start is not None else f'n{seq}'}"


def result_fingerprint(result: ArticleResult) -> str:
    """A hash of the extraction output: a change means the extractor (or metadata) changed."""
    blob = json.dumps(result.to_json(), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _incident_id_for(keys: Iterable[str], taken: set[str]) -> str:
    base = min(keys)
    n = 0
    while True:
        cand = "inc_" + hashlib.sha256(f"{base}#{n}".encode()).hexdigest()[:12]
        if cand not in taken:
            return cand
        n += 1


def assign_incident_ids(
    clusters: Sequence[Sequence[str]], previous: dict[str, str | None]
) -> list[str]:
    """Carry incident ids over re-resolution: each old id goes to the new cluster holding most
    of its former mentions; new clusters get an id derived from their smallest mention key."""
    pairs = []
    for ci, keys in enumerate(clusters):
        counts = Counter(previous[k] for k in keys if previous.get(k))
        pairs += [(-n, old, ci) for old, n in counts.items()]
    pairs.sort()
    ids: list[str | None] = [None] * len(clusters)
    used: set[str] = set()
    for _, old, ci in pairs:
        if ids[ci] is None and old not in used:
            ids[ci] = old
            used.add(old)
    for ci, keys in enumerate(clusters):
        if ids[ci] is None:
            ids[ci] = _incident_id_for(keys, used)
            used.add(ids[ci])  # type: ignore[arg-type]
    return ids  # type: ignore[return-value]


def _match_keys(old: Sequence[Any], new: Sequence[Mention]) -> list[str | None]:
    """Give re-extracted mentions the keys of the old mentions they correspond to."""
    scored = []
    for j, m in enumerate(new):
        new_ranges = [(s.start, s.end) for s in m.evidence]
        for o in old:
            overlap = 0
            for a, b in [(e["start"], e["end"]) for e in (o.evidence or [])]:
                for c, d in new_ranges:
                    overlap += max(0, min(b, d) - max(a, c))
            s = min(overlap, 200)
            s += 40 if o.site_id and m.site and o.site_id == m.site.id else 0
            s += 30 if o.date and o.date == m.date.date else 0
            s += 20 if o.event_type == m.event_type else 0
            s += 20 if o.direction and o.direction == m.direction else 0
            if overlap > 0 or s >= 70:
                scored.append((-s, j, o.key))
    scored.sort()
    out: list[str | None] = [None] * len(new)
    used: set[str] = set()
    for _, j, key in scored:
        if out[j] is None and key not in used:
            out[j] = key
            used.add(key)
    return out


# --------------------------------------------------------------------------- gazetteer glue


def _gazetteer() -> Any | None:
    """The places engineer's gazetteer when available (nesting and coordinates), else None."""
    try:
        from .places import load_gazetteer  # noqa: PLC0415 - optional, written concurrently

        return load_gazetteer()
    except Exception:  # noqa: BLE001 - resolution falls back to the sites' own parents
        return None


def _site_from_gazetteer(gaz: Any, site_id: str) -> Site | None:
    if gaz is None:
        return None
    try:
        s = gaz.get(site_id)
    except Exception:  # noqa: BLE001
        return None
    return s if isinstance(s, Site) else None


def _ancestor_ids(gaz: Any, site_id: str) -> tuple[str, ...]:
    try:
        anc = gaz.ancestors(site_id)
    except Exception:  # noqa: BLE001
        return ()
    return tuple(a.id if isinstance(a, Site) else str(a) for a in anc or ())


# --------------------------------------------------------------------------- the store


class Store:
    """All persistence behind one object; every public method opens its own transaction."""

    # A read finishes a resolution an interrupted ingest left pending, once no article has
    # been written for this many seconds (so a running batch is not resolved under its feet).
    resolve_on_read_after: float = 30.0

    def __init__(self, url: str | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.url = url or self.settings.db_url
        self.engine = self._make_engine(self.url)
        self._lock = threading.RLock()
        self._gaz_loaded = False
        self._gaz: Any | None = None
        try:
            self._migrate()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store at {self._safe_url()}: {exc}") from exc

    # ---- setup
    def _safe_url(self) -> str:
        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except ArgumentError:
            return "<invalid URL>"

    @staticmethod
    def _make_engine(url: str) -> Engine:
        try:
            u = make_url(url)
        except ArgumentError as exc:
            raise StoreError(
                f"not a database URL: {url!r} (e.g. sqlite:///data/monitor.sqlite)"
            ) from exc
        kwargs: dict[str, Any] = {}
        is_sqlite = u.get_backend_name() == "sqlite"
        memory = is_sqlite and (not u.database or u.database == ":memory:")
        if is_sqlite:
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
            if memory:
                kwargs["poolclass"] = StaticPool
            elif u.database and not u.database.startswith("file:"):
                try:
                    Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the folder for {u.database}: {exc}") from exc
        try:
            engine = create_engine(u, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use database URL {url!r}: {exc}") from exc
        if is_sqlite:

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:  # dialect-specific
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=30000")
                if not memory:
                    cur.execute("PRAGMA journal_mode=WAL")
                cur.close()

        return engine

    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            schema_version.create(conn, checkfirst=True)
            current = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the store at {self._safe_url()} has schema v{current}, newer than this code "
                f"(v{SCHEMA_VERSION}); update the software"
            )
        for version, migrate in MIGRATIONS:
            if version <= current:
                continue
            try:
                with self.engine.begin() as conn:
                    migrate(conn)
                    conn.execute(
                        insert(schema_version).values(
                            version=version, applied_at=_now(), note=(migrate.__doc__ or "")[:200]
                        )
                    )
            except IntegrityError:
                pass  # another process applied the same migration concurrently

    def schema_version(self) -> int:
        """The schema version the database is at."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 0)

    def close(self) -> None:
        """Release database connections."""
        self.engine.dispose()

    def gazetteer(self) -> Any | None:
        """The gazetteer (loaded once), or None while it is unavailable."""
        if not self._gaz_loaded:
            self._gaz = _gazetteer()
            self._gaz_loaded = True
        return self._gaz

    # ---- meta flags
    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        done = conn.execute(update(store_meta).where(store_meta.c.key == key).values(value=value))
        if done.rowcount == 0:
            conn.execute(insert(store_meta).values(key=key, value=value))

    @staticmethod
    def _get_meta(conn: Connection, key: str) -> str | None:
        return conn.execute(select(store_meta.c.value).where(store_meta.c.key == key)).scalar()

    def _quiet_for(self) -> float:
        """Seconds since the last article write (a running ingest writes every few ms)."""
        with self.engine.connect() as conn:
            last = self._get_meta(conn, "last_write")
        try:
            return time.time() - float(last) if last else float("inf")
        except ValueError:
            return float("inf")

    def needs_resolution(self) -> bool:
        """True when mentions changed since the last resolution (e.g. after an interrupted run)."""
        with self.engine.connect() as conn:
            if self._get_meta(conn, "needs_resolution") == "1":
                return True
            return bool(
                conn.execute(
                    select(mentions.c.key).where(mentions.c.pending.is_(True)).limit(1)
                ).first()
            )

    @staticmethod
    def _audit(
        conn: Connection,
        action: str,
        *,
        analyst: str = "system",
        incident_id: str | None = None,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        detail: str = "",
    ) -> None:
        conn.execute(
            insert(audit_log).values(
                at=_now(),
                analyst=analyst,
                action=action,
                incident_id=incident_id,
                field=field,
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
                detail=detail,
            )
        )

    def log(self, action: str, detail: str, analyst: str = "system") -> None:
        """Write one audit-log row (ingest batches, maintenance)."""
        with self.engine.begin() as conn:
            self._audit(conn, action, analyst=analyst, detail=detail)

    # ---- articles
    def article_fingerprint(self, article_id: str) -> str | None:
        """The stored extraction fingerprint of an article, or None when it is not stored."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(articles.c.fingerprint).where(articles.c.id == article_id)
            ).scalar()

    def has_articles(self) -> bool:
        """True when at least one article is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).limit(1)).first() is not None

    def put_article(
        self,
        result: ArticleResult,
        *,
        text: str | None,
        file: str = "",
        fingerprint: str | None = None,
    ) -> str:
        """Store one article with its mentions and claims in one transaction.

        Returns "added", "unchanged" (same text, same extraction), "duplicate" (same text
        stored from a file of another name: left as it is) or "reextracted" (same text and
        file name, different extraction: mentions are replaced, keeping the keys of those
        that match, so incident ids, overrides and notes carry over at the next resolution).
        """
        fp = fingerprint or result_fingerprint(result)
        with self._lock, self.engine.begin() as conn:
            row = conn.execute(
                select(articles.c.id, articles.c.fingerprint, articles.c.file).where(
                    articles.c.id == result.id
                )
            ).first()
            if row is not None and row.fingerprint == fp:
                return "unchanged"
            if row is not None and row.file and Path(row.file).name != Path(file).name:
                return "duplicate"  # the same text under another name: the first copy stays
            values = self._article_values(result, text, file, _now())
            values["fingerprint"] = fp
            old_rows: list[Any] = []
            if row is None:
                conn.execute(insert(articles).values(**values))
            else:
                old_rows = list(
                    conn.execute(select(mentions).where(mentions.c.article_id == result.id))
                )
                conn.execute(delete(claims).where(claims.c.article_id == result.id))
                conn.execute(delete(mentions).where(mentions.c.article_id == result.id))
                for kept in ("id", "ingested_at") + (("file",) if row.file else ()):
                    values.pop(kept)
                conn.execute(update(articles).where(articles.c.id == result.id).values(**values))
            self._insert_mentions(conn, result, old_rows)
            self._set_meta(conn, "needs_resolution", "1")
            self._set_meta(conn, "last_write", str(time.time()))
            return "added" if row is None else "reextracted"

    def _insert_mentions(
        self, conn: Connection, result: ArticleResult, old_rows: Sequence[Any]
    ) -> None:
        mention_rows, claim_rows = self._mention_rows(result, old_rows)
        if mention_rows:
            conn.execute(insert(mentions), mention_rows)
        if claim_rows:
            conn.execute(insert(claims), claim_rows)

    @staticmethod
    def _mention_rows(
        result: ArticleResult, old_rows: Sequence[Any]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The mentions/claims rows of an article (re-extracted mentions keep matching keys)."""
        ms = list(result.incidents)
        matched = _match_keys(old_rows, ms) if old_rows else [None] * len(ms)
        old_incident = {o.key: o.incident_id for o in old_rows}
        used = {k for k in matched if k}
        mention_rows, claim_rows = [], []
        for seq, (m, key) in enumerate(zip(ms, matched, strict=True)):
            if key is None:
                key = mention_key(result.id, m, seq)
                n = 1
                base = key
                while key in used:
                    key = f"{base}#{n}"
                    n += 1
            used.add(key)
            d, s = m.date, m.site
            mention_rows.append(
                {
                    "key": key,
                    "article_id": result.id,
                    "seq": seq,
                    "incident_id": old_incident.get(key),
                    "pending": True,
                    "date": d.date,
                    "date_precision": d.precision or "unknown",
                    "date_text": d.text,
                    "date_basis": d.basis,
                    "date_start": d.span.start if d.span else None,
                    "date_end": d.span.end if d.span else None,
                    "time_local": d.time_local,
                    "part_of_day": d.part_of_day,
                    "site_id": s.id if s else None,
                    "site_name": s.name if s else None,
                    "site_lat": s.lat if s else None,
                    "site_lon": s.lon if s else None,
                    "site_precision": s.precision if s else None,
                    "site_kind": s.kind if s else None,
                    "site_parent": s.parent if s else None,
                    "site_bank": s.bank if s else None,
                    "site_source": s.source if s else None,
                    "place_text": m.place_text,
                    "place_start": m.place_span.start if m.place_span else None,
                    "place_end": m.place_span.end if m.place_span else None,
                    "event_type": m.event_type,
                    "direction": m.direction,
                    "weapons": list(m.weapons),
                    "perpetrator": m.perpetrator,
                    "target": m.target,
                    "killed": m.killed,
                    "wounded": m.wounded,
                    "casualties_reported": m.casualties_reported,
                    "damage": m.damage,
                    "role": m.role,
                    "evidence": [e.to_json() for e in m.evidence],
                }
            )
            for c in m.claims:
                claim_rows.append(
                    {
                        "mention_key": key,
                        "article_id": result.id,
                        "claimant": c.claimant,
                        "claimant_type": c.claimant_type,
                        "attribute": c.attribute,
                        "value": c.value,
                        "quote": c.quote,
                        "start_offset": c.start,
                        "end_offset": c.end,
                    }
                )
        return mention_rows, claim_rows

    def put_articles(
        self, items: Iterable[tuple[ArticleResult, str | None, str]], chunk: int = 5000
    ) -> Counter[str]:
        """Store many (result, text, file) at once: new articles in one transaction per chunk,
        known ones through `put_article`.  Returns how many were added, unchanged, ...

        For bulk loads (benchmarks, archive imports); call `resolve()` afterwards.
        """
        outcomes: Counter[str] = Counter()
        batch: list[tuple[ArticleResult, str | None, str]] = []

        def flush() -> None:
            if not batch:
                return
            ids = [r.id for r, _, _ in batch]
            with self._lock, self.engine.begin() as conn:
                known = set()
                for part in _chunks(ids, 500):
                    known |= set(
                        conn.execute(select(articles.c.id).where(articles.c.id.in_(part))).scalars()
                    )
                now = _now()
                art_rows, m_rows, c_rows, later = [], [], [], []
                for result, text, file in batch:
                    if result.id in known:
                        later.append((result, text, file))
                        continue
                    known.add(result.id)
                    art_rows.append(self._article_values(result, text, file, now))
                    mr, cr = self._mention_rows(result, [])
                    m_rows += mr
                    c_rows += cr
                for table, rows in ((articles, art_rows), (mentions, m_rows), (claims, c_rows)):
                    if rows:
                        conn.execute(insert(table), rows)
                if art_rows:
                    self._set_meta(conn, "needs_resolution", "1")
                    self._set_meta(conn, "last_write", str(time.time()))
            outcomes["added"] += len(art_rows)
            for result, text, file in later:
                outcomes[self.put_article(result, text=text, file=file)] += 1
            batch.clear()

        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                flush()
        flush()
        return outcomes

    @staticmethod
    def _article_values(result: ArticleResult, text: str | None, file: str, now: str) -> dict:
        m = result.meta
        return {
            "id": result.id,
            "file": file,
            "title": m.title,
            "outlet": m.outlet,
            "wire": m.wire,
            "url": m.url,
            "published": m.published,
            "published_source": m.published_source,
            "language": m.language,
            "status": result.status,
            "reason": result.reason,
            "text": text,
            "captions": [sp.to_json() for sp in result.captions],
            "removed": [sp.to_json() for sp in result.removed],
            "fingerprint": result_fingerprint(result),
            "n_mentions": len(result.incidents),
            "ingested_at": now,
            "updated_at": now,
        }

    # ---- loading mentions back as records
    @staticmethod
    def _mention_from_row(r: Any, cls: Sequence[Claim]) -> Mention:
        site = None
        if r.site_id:
            site = Site(
                id=r.site_id,
                name=r.site_name or r.site_id,
                lat=r.site_lat,
                lon=r.site_lon,
                precision=r.site_precision or "",
                kind=r.site_kind or "",
                parent=r.site_parent,
                bank=r.site_bank or "",
                source=r.site_source or "",
            )
        date_span = (
            Span(r.date_start, r.date_end, r.date_text or "") if r.date_start is not None else None
        )
        place_span = (
            Span(r.place_start, r.place_end, r.place_text or "")
            if r.place_start is not None
            else None
        )
        return Mention(
            date=DateInfo(
                date=r.date,
                precision=r.date_precision or "unknown",
                text=r.date_text or "",
                span=date_span,
                time_local=r.time_local,
                basis=r.date_basis or "",
                part_of_day=r.part_of_day,
            ),
            site=site,
            place_text=r.place_text or "",
            event_type=r.event_type or "",
            weapons=tuple(r.weapons or ()),
            perpetrator=r.perpetrator or "",
            target=r.target or "",
            killed=r.killed,
            wounded=r.wounded,
            casualties_reported=r.casualties_reported or "unknown",
            damage=r.damage,
            claims=tuple(cls),
            evidence=tuple(
                Span(e["start"], e["end"], e.get("text", "")) for e in (r.evidence or [])
            ),
            role=r.role or "main",
            direction=r.direction or "",
            place_span=place_span,
        )

    def _load_sourced(
        self, conn: Connection, where: Any = None
    ) -> tuple[list[SourcedMention], dict[str, str | None], dict[str, Any]]:
        """Mentions (with outlet/wire) as records, their previous incident ids and raw rows."""
        q = select(
            mentions,
            articles.c.outlet,
            articles.c.wire,
            articles.c.published,
            articles.c.fingerprint.label("article_fingerprint"),
        ).join(articles, articles.c.id == mentions.c.article_id)
        cq = select(claims).order_by(claims.c.id)
        if where is not None:
            q = q.where(where)
            cq = cq.where(claims.c.mention_key.in_(select(mentions.c.key).where(where)))
        by_mention: dict[str, list[Claim]] = defaultdict(list)
        for c in conn.execute(cq):
            by_mention[c.mention_key].append(
                Claim(
                    c.claimant,
                    c.claimant_type or "",
                    c.attribute,
                    c.value or "",
                    c.quote or "",
                    c.start_offset or 0,
                    c.end_offset or 0,
                )
            )
        items, previous, rows = [], {}, {}
        for r in conn.execute(q.order_by(mentions.c.key)):
            items.append(
                SourcedMention(
                    key=r.key,
                    article_id=r.article_id,
                    mention=self._mention_from_row(r, by_mention.get(r.key, ())),
                    outlet=r.outlet,
                    wire=r.wire,
                    published=r.published,
                )
            )
            previous[r.key] = r.incident_id
            rows[r.key] = r
        return items, previous, rows

    # ---- resolution
    def _site_functions(
        self, items: Sequence[SourcedMention]
    ) -> tuple[Callable[[str], tuple[str, ...]], Callable[[str], bool]]:
        chain, coarse = site_chain(items)
        gaz = self.gazetteer()
        if gaz is None:
            return chain, coarse
        cache: dict[str, tuple[str, ...]] = {}

        def ancestors(site_id: str) -> tuple[str, ...]:
            if site_id not in cache:
                cache[site_id] = _ancestor_ids(gaz, site_id) or chain(site_id)
            return cache[site_id]

        def is_coarse(site_id: str) -> bool:
            s = _site_from_gazetteer(gaz, site_id)
            return (s.precision in COARSE_SITE_PRECISIONS) if s else coarse(site_id)

        return ancestors, is_coarse

    def resolve(self) -> dict[str, int]:
        """Re-resolve every mention into incidents and links, in one transaction.

        Incident ids carry over (see `assign_incident_ids`); overrides and notes whose incident
        vanished re-attach to the incident now holding their anchor mentions, or are flagged
        orphaned.  Returns counts: incidents, links, reattached, orphaned.
        """
        with self._lock, self.engine.begin() as conn:
            items, previous, rows = self._load_sourced(conn)
            ancestors, is_coarse = self._site_functions(items)
            res = resolve(
                items, ancestors=ancestors, is_coarse=is_coarse, max_km=self.settings.merge_max_km
            )
            keys = [[items[i].key for i in cl] for cl in res.clusters]
            ids = assign_incident_ids(keys, previous)
            old_sigs = {
                r.id: r.members_sig
                for r in conn.execute(select(incidents.c.id, incidents.c.members_sig))
            }
            new_rows, kept = {}, set()
            for inc_id, cl, ks in zip(ids, res.clusters, keys, strict=True):
                sig_src = "|".join(f"{k}@{rows[k].article_fingerprint}" for k in sorted(ks))
                sig = hashlib.sha1(sig_src.encode("utf-8")).hexdigest()
                if old_sigs.get(inc_id) == sig:
                    kept.add(inc_id)  # same mentions, same extraction: same incident record
                    continue
                summary = summarize([items[i] for i in cl])
                new_rows[inc_id] = {**self._incident_row(inc_id, summary), "members_sig": sig}
            self._write_incidents(conn, new_rows, kept)
            # Mentions -> incident
            changes = [
                {"b_key": k, "b_inc": inc_id}
                for inc_id, ks in zip(ids, keys, strict=True)
                for k in ks
                if previous.get(k) != inc_id
            ]
            if changes:
                conn.execute(
                    update(mentions)
                    .where(mentions.c.key == bindparam("b_key"))
                    .values(incident_id=bindparam("b_inc")),
                    changes,
                )
            conn.execute(update(mentions).where(mentions.c.pending.is_(True)).values(pending=False))
            # Links (derived; rebuilt)
            conn.execute(delete(incident_links))
            link_rows = [
                {
                    "source_id": ids[lk.source],
                    "target_id": ids[lk.target],
                    "type": lk.type,
                    "basis": lk.basis,
                }
                for lk in res.links
            ]
            if link_rows:
                conn.execute(insert(incident_links), link_rows)
            members = {inc_id: set(ks) for inc_id, ks in zip(ids, keys, strict=True)}
            key_to_inc = {k: inc_id for inc_id, ks in members.items() for k in ks}
            reattached, orphaned = self._reattach(conn, members, key_to_inc)
            self._set_meta(conn, "needs_resolution", "0")
            self._set_meta(conn, "resolved_at", _now())
        return {
            "incidents": len(ids),
            "links": len(link_rows),
            "reattached": reattached,
            "orphaned": orphaned,
        }

    @staticmethod
    def _incident_row(inc_id: str, s: IncidentSummary) -> dict[str, Any]:
        iv = date_interval(s.date, s.date_precision) if s.date else None
        site = s.site
        lat = site.lat if site and site.lat is not None and site.lat == site.lat else None
        lon = site.lon if site and site.lon is not None and site.lon == site.lon else None
        return {
            "id": inc_id,
            "date": s.date,
            "date_precision": s.date_precision,
            "date_lo": date.fromordinal(iv[0]) if iv else None,
            "date_hi": date.fromordinal(iv[1]) if iv else None,
            "time_local": s.time_local,
            "site_id": site.id if site else None,
            "site_name": site.name if site else None,
            "site_precision": site.precision if site else None,
            "site_parent": site.parent if site else None,
            "lat": lat,
            "lon": lon,
            "place_text": s.place_text,
            "event_type": s.event_type,
            "direction": s.direction,
            "perpetrator": s.perpetrator,
            "target": s.target,
            "killed": s.killed,
            "wounded": s.wounded,
            "casualties_reported": s.casualties_reported,
            "damage": s.damage,
            "weapons": list(s.weapons),
            "role": s.role,
            "grade": s.grade,
            "independent_sources": s.independent_sources,
            "article_count": s.article_count,
            "mention_count": s.mention_count,
            "n_contradictions": len(s.contradictions),
            "summary": _summary_json(s),
        }

    @staticmethod
    def _write_incidents(
        conn: Connection, new_rows: dict[str, dict[str, Any]], kept: set[str]
    ) -> None:
        for row in new_rows.values():
            blob = json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)
            row["digest"] = hashlib.sha1(blob.encode("utf-8")).hexdigest()
        existing = {
            r.id: r.digest for r in conn.execute(select(incidents.c.id, incidents.c.digest))
        }
        gone = [i for i in existing if i not in new_rows and i not in kept]
        for chunk in _chunks(gone, 500):
            conn.execute(delete(incidents).where(incidents.c.id.in_(chunk)))
        fresh = [row for i, row in new_rows.items() if i not in existing]
        if fresh:
            conn.execute(insert(incidents), fresh)
        changed = [
            {f"b_{k}": v for k, v in row.items()}
            for i, row in new_rows.items()
            if i in existing and existing[i] != row["digest"]
        ]
        if changed:
            cols = [c.name for c in incidents.columns if c.name != "id"]
            conn.execute(
                update(incidents)
                .where(incidents.c.id == bindparam("b_id"))
                .values({c: bindparam(f"b_{c}") for c in cols}),
                changed,
            )

    def _reattach(
        self, conn: Connection, members: dict[str, set[str]], key_to_inc: dict[str, str]
    ) -> tuple[int, int]:
        reattached = orphaned = 0
        for table in (overrides, notes):
            what = "override" if table is overrides else "note"
            for r in list(conn.execute(select(table))):
                if r.incident_id in members:
                    if r.orphaned:
                        conn.execute(update(table).where(table.c.id == r.id).values(orphaned=False))
                        self._audit(
                            conn,
                            f"{what}_reattached",
                            incident_id=r.incident_id,
                            detail=f"{what} #{r.id}: incident is back",
                        )
                        reattached += 1
                    continue
                counts = Counter(key_to_inc[k] for k in (r.anchor_keys or []) if k in key_to_inc)
                if counts:
                    target = sorted(counts.items(), key=lambda t: (-t[1], t[0]))[0][0]
                    anchors = sorted(set(r.anchor_keys or []) | members[target])
                    conn.execute(
                        update(table)
                        .where(table.c.id == r.id)
                        .values(incident_id=target, orphaned=False, anchor_keys=anchors)
                    )
                    self._audit(
                        conn,
                        f"{what}_reattached",
                        incident_id=target,
                        field=getattr(r, "field", None),
                        detail=f"{what} #{r.id} moved from {r.incident_id} (incident re-resolved)",
                    )
                    reattached += 1
                elif not r.orphaned:
                    conn.execute(update(table).where(table.c.id == r.id).values(orphaned=True))
                    self._audit(
                        conn,
                        f"{what}_orphaned",
                        incident_id=r.incident_id,
                        field=getattr(r, "field", None),
                        detail=f"{what} #{r.id}: none of its mentions is in any incident now",
                    )
                    orphaned += 1
        return reattached, orphaned

    # ---- analyst actions
    def _incident_members(self, conn: Connection, incident_id: str) -> list[str]:
        if (
            conn.execute(select(incidents.c.id).where(incidents.c.id == incident_id)).first()
            is None
        ):
            raise InputError(f"unknown incident {incident_id!r}")
        return sorted(
            conn.execute(
                select(mentions.c.key).where(mentions.c.incident_id == incident_id)
            ).scalars()
        )

    def _validate_override(self, conn: Connection, incident_id: str, field: str, value: str) -> str:
        if field not in OVERRIDABLE_FIELDS:
            raise InputError(
                f"field {field!r} cannot be overridden; choose one of {', '.join(OVERRIDABLE_FIELDS)}"
            )
        value = (value if isinstance(value, str) else str(value)).strip()
        if value == "":
            return ""  # clears the override: back to the automatic value
        if field == "date":
            _parse_override_date(value)
        elif field in ("killed", "wounded"):
            if not value.isdigit():
                raise InputError(f"{field} must be a whole number >= 0, got {value!r}")
            value = str(int(value))
        elif field == "event_type" and value not in EVENT_TYPES:
            raise InputError(f"event_type must be one of: {', '.join(EVENT_TYPES)}")
        elif field == "role" and value not in ROLES:
            raise InputError(f"role must be one of: {', '.join(ROLES)}")
        elif field == "status":
            if value.startswith("merged_into:"):
                other = value.split(":", 1)[1].strip()
                if other == incident_id:
                    raise InputError("an incident cannot be merged into itself")
                if (
                    conn.execute(select(incidents.c.id).where(incidents.c.id == other)).first()
                    is None
                ):
                    raise InputError(f"cannot merge into unknown incident {other!r}")
                value = f"merged_into:{other}"
            elif value not in ("confirmed", "rejected", "auto"):
                raise InputError(
                    "status must be confirmed, rejected, auto or merged_into:<incident id>"
                )
        elif field == "site_id":
            gaz = self.gazetteer()
            if gaz is not None and _site_from_gazetteer(gaz, value) is None:
                raise InputError(f"unknown site id {value!r} (not in the gazetteer)")
        return value

    def set_override(
        self, incident_id: str, field: str, value: str, analyst: str = "analyst", note: str = ""
    ) -> None:
        """Set an analyst's value for one incident field (an empty value clears it); audited."""
        with self._lock, self.engine.begin() as conn:
            anchors = self._incident_members(conn, incident_id)
            value = self._validate_override(conn, incident_id, field, value)
            old = conn.execute(
                select(overrides.c.value)
                .where(overrides.c.incident_id == incident_id, overrides.c.field == field)
                .order_by(overrides.c.id.desc())
                .limit(1)
            ).scalar()
            if old is None:
                col = {"status": None}.get(field, getattr(incidents.c, field, None))
                old = (
                    conn.execute(select(col).where(incidents.c.id == incident_id)).scalar()
                    if col is not None
                    else None
                )
            conn.execute(
                insert(overrides).values(
                    incident_id=incident_id,
                    anchor_keys=anchors,
                    field=field,
                    value=value,
                    analyst=analyst or "analyst",
                    note=note,
                    created_at=_now(),
                    orphaned=False,
                )
            )
            self._audit(
                conn,
                "override" if value else "override_cleared",
                analyst=analyst or "analyst",
                incident_id=incident_id,
                field=field,
                old=old,
                new=value,
                detail=note,
            )

    def add_note(self, incident_id: str, text: str, analyst: str = "analyst") -> None:
        """Attach an analyst's note to an incident; audited."""
        if not (text or "").strip():
            raise InputError("a note needs some text")
        with self._lock, self.engine.begin() as conn:
            anchors = self._incident_members(conn, incident_id)
            conn.execute(
                insert(notes).values(
                    incident_id=incident_id,
                    anchor_keys=anchors,
                    text=text.strip(),
                    analyst=analyst or "analyst",
                    created_at=_now(),
                    orphaned=False,
                )
            )
            self._audit(
                conn,
                "note",
                analyst=analyst or "analyst",
                incident_id=incident_id,
                new=text.strip(),
            )

    def overrides(self, incident_id: str | None = None) -> list[dict]:
        """Every override row (oldest first), with `orphaned` and `active` (the latest per field)."""
        with self.engine.connect() as conn:
            q = select(overrides).order_by(overrides.c.id)
            if incident_id is not None:
                q = q.where(overrides.c.incident_id == incident_id)
            rows = [dict(r._mapping) for r in conn.execute(q)]
        latest: dict[tuple[str, str], int] = {}
        for r in rows:
            latest[(r["incident_id"], r["field"])] = r["id"]
        for r in rows:
            r["active"] = latest[(r["incident_id"], r["field"])] == r["id"] and r["value"] != ""
        return rows

    def notes(self, incident_id: str | None = None) -> list[dict]:
        """Every analyst note (oldest first), with `orphaned`."""
        with self.engine.connect() as conn:
            q = select(notes).order_by(notes.c.id)
            if incident_id is not None:
                q = q.where(notes.c.incident_id == incident_id)
            return [dict(r._mapping) for r in conn.execute(q)]

    def audit_log(self, limit: int = 200) -> list[dict]:
        """The newest audit-log rows first."""
        with self.engine.connect() as conn:
            q = select(audit_log).order_by(audit_log.c.id.desc()).limit(max(0, int(limit)))
            return [dict(r._mapping) for r in conn.execute(q)]

    # ---- reading
    def fingerprint(self) -> tuple[str, ...]:
        """A cheap token that changes whenever what the store reports may have changed.

        The last article write, the last resolution, pending work, the newest audit-log row
        (ingests, overrides, notes) and the row counts that indexes answer; a few ms where
        `counts()` scans whole tables (the dashboard asks on every page view).
        """
        keys = ("last_write", "resolved_at", "needs_resolution")
        with self.engine.connect() as conn:
            meta = dict(
                conn.execute(
                    select(store_meta.c.key, store_meta.c.value).where(store_meta.c.key.in_(keys))
                ).all()
            )
            head = conn.execute(select(func.max(audit_log.c.id))).scalar()
            sizes = [
                conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (articles, mentions, incidents, incident_links, overrides, notes)
            ]
        return (*(str(meta.get(k) or "") for k in keys), str(head or ""), *map(str, sizes))

    def counts(self) -> dict[str, int]:
        """How much the store holds (articles, mentions, incidents, claims, contradictions...)."""
        with self.engine.connect() as conn:

            def n(q: Any) -> int:
                return int(conn.execute(q).scalar() or 0)

            total = n(select(func.count()).select_from(articles))
            ok = n(select(func.count()).select_from(articles).where(articles.c.status == "ok"))
            return {
                "articles": total,
                "articles_ok": ok,
                "articles_skipped": total - ok,
                "mentions": n(select(func.count()).select_from(mentions)),
                "incidents": n(select(func.count()).select_from(incidents)),
                "claims": n(select(func.count()).select_from(claims)),
                "contradictions": n(
                    select(func.coalesce(func.sum(incidents.c.n_contradictions), 0))
                ),
                "links": n(select(func.count()).select_from(incident_links)),
                "pending_mentions": n(
                    select(func.count()).select_from(mentions).where(mentions.c.pending.is_(True))
                ),
                "overrides": n(select(func.count()).select_from(overrides)),
                "orphaned_overrides": n(
                    select(func.count())
                    .select_from(overrides)
                    .where(overrides.c.orphaned.is_(True))
                ),
                "notes": n(select(func.count()).select_from(notes)),
            }

    _ARTICLE_COLS = (
        "id",
        "file",
        "title",
        "outlet",
        "wire",
        "url",
        "published",
        "published_source",
        "language",
        "status",
        "reason",
        "ingested_at",
        "n_mentions",
    )

    def articles(self) -> list[dict]:
        """Every stored article's metadata and status (no text), in ingestion order."""
        cols = [getattr(articles.c, c) for c in self._ARTICLE_COLS]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(articles.c.ingested_at, articles.c.id))
            return [self._article_dict(r) for r in rows]

    @staticmethod
    def _article_dict(r: Any) -> dict:
        d = dict(r._mapping)
        d["published"] = _iso(d.get("published"))
        d["n_mentions"] = int(d.get("n_mentions") or 0)
        return d

    def article(self, article_id: str) -> dict | None:
        """One article with its text, captions, removed boilerplate and every evidence span."""
        cols = [getattr(articles.c, c) for c in self._ARTICLE_COLS]
        with self.engine.connect() as conn:
            r = conn.execute(
                select(*cols, articles.c.text, articles.c.captions, articles.c.removed).where(
                    articles.c.id == article_id
                )
            ).first()
            if r is None:
                return None
            out = self._article_dict(r)
            text = out.get("text") or ""
            evidence: list[dict] = []
            mrows = list(
                conn.execute(
                    select(mentions)
                    .where(mentions.c.article_id == article_id)
                    .order_by(mentions.c.seq)
                )
            )
            crow = list(
                conn.execute(
                    select(claims).where(claims.c.article_id == article_id).order_by(claims.c.id)
                )
            )
        by_mention: dict[str, list[Any]] = defaultdict(list)
        for c in crow:
            by_mention[c.mention_key].append(c)

        def span(
            start: int | None, end: int | None, kind: str, inc: str | None, field: str
        ) -> None:
            if start is None or end is None:
                return
            evidence.append(
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "kind": kind,
                    "incident_id": inc,
                    "field": field,
                }
            )

        for m in mrows:
            for e in m.evidence or []:
                span(e["start"], e["end"], "evidence", m.incident_id, "")
            for c in by_mention.get(m.key, []):
                span(c.start_offset, c.end_offset, "claim", m.incident_id, c.attribute)
            span(m.date_start, m.date_end, "date", m.incident_id, "date")
            span(m.place_start, m.place_end, "place", m.incident_id, "site")
        evidence.sort(key=lambda e: (e["start"], e["end"], e["kind"]))
        out["evidence"] = evidence
        out["captions"] = out.get("captions") or []
        out["removed"] = out.get("removed") or []
        out["mention_keys"] = [m.key for m in mrows]
        return out

    def incidents_report(self, date_from: date | None = None, date_to: date | None = None) -> dict:
        """The `incidents` JSON contract (README "Command line"), analyst overrides applied.

        Each incident: id, date, date_precision, site, event_type, perpetrator, target, killed,
        wounded, grade, mentions, ledger, contradictions, independent_sources, article_count,
        links, plus site_name, lat, lon, site_id, time_local, weapons, damage,
        casualties_reported, claimants, outlets, wires, notes, overridden, role, mention_count,
        direction, agreements, status, place_text.
        """
        out = list(self.iter_incidents(date_from, date_to))
        out.sort(key=lambda i: (i["date"] or "9999", i["id"]))
        return {"incidents": out}

    def iter_incidents(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        ids: Iterable[str] | None = None,
        with_mentions: bool = True,
        batch: int = 500,
    ) -> Iterator[dict]:
        """The incidents of `incidents_report`, one at a time (in id order), read `batch` at a time.

        Memory stays flat however large the store is (the dashboard reads 100k incidents this
        way).  `ids` keeps only those incidents; `with_mentions=False` leaves each incident's
        `mentions` list empty (its article and mention counts stay).
        """
        if self.needs_resolution() and self._quiet_for() >= self.resolve_on_read_after:
            self.resolve()  # an interrupted ingest left mentions unresolved: finish it
        from_d = as_day(date_from)
        to_d = as_day(date_to)
        wanted = None if ids is None else set(ids)
        with self.engine.connect() as conn:
            where = []
            if from_d:
                where.append(incidents.c.date_hi >= from_d)
            if to_d:
                where.append(incidents.c.date_lo <= to_d)
            cond = None
            if where:
                overridden_dates = select(overrides.c.incident_id).where(
                    overrides.c.field == "date"
                )
                base = where[0] if len(where) == 1 else (where[0] & where[1])
                cond = or_(base, incidents.c.id.in_(overridden_dates))
            few = wanted is not None and len(wanted) <= batch  # else filtered here, not in SQL
            ids_q = select(incidents.c.id).order_by(incidents.c.id)
            if cond is not None:
                ids_q = ids_q.where(cond)
            if few:
                ids_q = ids_q.where(incidents.c.id.in_(sorted(wanted)))
            todo = [i for i in conn.execute(ids_q).scalars() if wanted is None or i in wanted]
            link_q = select(incident_links)
            if few:
                link_q = link_q.where(
                    incident_links.c.source_id.in_(sorted(wanted))
                    | incident_links.c.target_id.in_(sorted(wanted))
                )
            link_rows = [
                lk
                for lk in conn.execute(link_q)
                if wanted is None or lk.source_id in wanted or lk.target_id in wanted
            ]
            ov_rows = list(
                conn.execute(
                    select(overrides)
                    .where(overrides.c.orphaned.is_(False))
                    .order_by(overrides.c.id)
                )
            )
            note_rows = list(
                conn.execute(select(notes).where(notes.c.orphaned.is_(False)).order_by(notes.c.id))
            )
            linked = {lk.source_id for lk in link_rows} | {lk.target_id for lk in link_rows}
            all_dates = {}  # the other end of each link: its date, type and place
            for part in _chunks(sorted(linked), batch):
                all_dates.update(
                    (r.id, (r.date, r.event_type, r.site_name))
                    for r in conn.execute(
                        select(
                            incidents.c.id,
                            incidents.c.date,
                            incidents.c.event_type,
                            func.coalesce(incidents.c.site_name, incidents.c.place_text).label(
                                "site_name"
                            ),
                        ).where(incidents.c.id.in_(part))
                    )
                )
            # Only merge targets among the incidents read matter to the folding.
            targets = {
                o.value.split(":", 1)[1]
                for o in ov_rows
                if o.field == "status" and o.value.startswith("merged_into:")
            }
            in_scope = select(incidents.c.id).where(incidents.c.id.in_(targets))
            if cond is not None:
                in_scope = in_scope.where(cond)
            visible = set(conn.execute(in_scope).scalars()) if targets else set()
            folded = self._folded_summaries(conn, ov_rows, visible)
            active: dict[str, dict[str, Any]] = defaultdict(dict)
            for o in ov_rows:
                active[o.incident_id][o.field] = o
            note_map: dict[str, list[Any]] = defaultdict(list)
            for n_ in note_rows:
                note_map[n_.incident_id].append(n_)
            links_out: dict[str, list[dict]] = defaultdict(list)
            for lk in link_rows:
                links_out[lk.source_id].append(
                    {"type": lk.type, "incident": lk.target_id, "basis": lk.basis or ""}
                )
                links_out[lk.target_id].append(
                    {"type": "answered_by", "incident": lk.source_id, "basis": lk.basis or ""}
                )
            gaz = self.gazetteer()
            merged_away = {
                iid
                for iid, fields in active.items()
                if (fields.get("status") and fields["status"].value.startswith("merged_into:"))
                and fields["status"].value.split(":", 1)[1] in folded
            }
            for part in _chunks(todo, batch):
                inc_rows = list(conn.execute(select(incidents).where(incidents.c.id.in_(part))))
                inc_rows.sort(key=lambda r: r.id)
                by_inc: dict[str, list[Any]] = defaultdict(list)
                if with_mentions:
                    for m in conn.execute(
                        _MEMBER_QUERY.where(mentions.c.incident_id.in_(part)).order_by(
                            mentions.c.key
                        )
                    ):
                        by_inc[m.incident_id].append(m)
                for r in inc_rows:
                    if r.id in merged_away:
                        continue
                    members = list(by_inc.get(r.id, []))
                    summary = dict(r.summary or {})
                    row = r._asdict()
                    if r.id in folded:
                        extra_members, fs = folded[r.id]
                        if with_mentions:
                            members += extra_members
                        row.update(
                            {
                                k: v
                                for k, v in self._incident_row(r.id, fs).items()
                                if k != "summary"
                            }
                        )
                        summary = _summary_json(fs)
                        row["merged_from"] = sorted({m.incident_id for m in extra_members})
                    inc = self._incident_dict(
                        row, summary, members, links_out.get(r.id, []), all_dates
                    )
                    self._apply_overrides(inc, active.get(r.id, {}), gaz)
                    inc["notes"] = [n_.text for n_ in note_map.get(r.id, [])]
                    inc["note_log"] = [
                        {"text": n_.text, "analyst": n_.analyst, "at": n_.created_at}
                        for n_ in note_map.get(r.id, [])
                    ]
                    if from_d or to_d:
                        lo, hi = _interval_of(inc)
                        if lo is None or (from_d and hi < from_d) or (to_d and lo > to_d):
                            continue
                    yield inc

    def _folded_summaries(
        self, conn: Connection, ov_rows: Sequence[Any], visible: set[str]
    ) -> dict[str, tuple[list[Any], IncidentSummary]]:
        """Incidents an analyst merged into another: recompute the target from both."""
        latest: dict[str, str] = {}
        for o in ov_rows:
            if o.field == "status":
                latest[o.incident_id] = o.value
        merges: dict[str, list[str]] = defaultdict(list)
        for src, val in latest.items():
            if val.startswith("merged_into:"):
                tgt = val.split(":", 1)[1]
                if tgt in visible and src != tgt:
                    merges[tgt].append(src)
        out = {}
        for tgt, srcs in merges.items():
            ids = [tgt, *srcs]
            items, _, _ = self._load_sourced(conn, mentions.c.incident_id.in_(ids))
            if not items:
                continue
            extra = list(conn.execute(_MEMBER_QUERY.where(mentions.c.incident_id.in_(srcs))))
            out[tgt] = (extra, summarize(items))
        return out

    @staticmethod
    def _incident_dict(
        r: dict,
        summary: dict,
        members: Sequence[Any],
        links: list[dict],
        all_dates: dict[str, tuple],
    ) -> dict:
        site = None
        if r.get("site_id"):
            site = {
                "id": r["site_id"],
                "name": r.get("site_name"),
                "lat": r.get("lat"),
                "lon": r.get("lon"),
                "precision": r.get("site_precision"),
            }
        mlist = []
        for m in members:
            ev = m.evidence or []
            mlist.append(
                {
                    "article_id": m.article_id,
                    "outlet": m.outlet,
                    "wire": m.wire,
                    "date": _iso(m.date),
                    "quote": (ev[0].get("text") or "")[:600] if ev else "",
                    "mention_key": m.key,
                    "date_precision": m.date_precision,
                    "site_id": m.site_id,
                    "place_text": m.place_text,
                    "event_type": m.event_type,
                    "direction": m.direction,
                    "role": m.role,
                    "title": m.title,
                    "url": m.url,
                    "file": m.file,
                    "published": _iso(m.published),
                }
            )
        for lk in links:
            other = all_dates.get(lk["incident"])
            if other:
                lk["date"] = _iso(other[0])
                lk["event_type"] = other[1]
                lk["site_name"] = other[2]
        return {
            "id": r["id"],
            "date": _iso(r.get("date")),
            "date_precision": r.get("date_precision") or "unknown",
            "site": site,
            "event_type": r.get("event_type"),
            "perpetrator": r.get("perpetrator"),
            "target": r.get("target"),
            "killed": r.get("killed"),
            "wounded": r.get("wounded"),
            "grade": r.get("grade"),
            "mentions": mlist,
            "ledger": summary.get("ledger", []),
            "contradictions": summary.get("contradictions", []),
            "independent_sources": r.get("independent_sources") or 0,
            "article_count": r.get("article_count") or len({m.article_id for m in members}),
            "links": sorted(links, key=lambda lk: (lk["type"], lk["incident"])),
            # additions beyond the contract
            "site_id": r.get("site_id"),
            "site_name": r.get("site_name") or (r.get("place_text") or None),
            "lat": r.get("lat"),
            "lon": r.get("lon"),
            "place_text": r.get("place_text") or "",
            "time_local": r.get("time_local"),
            "direction": r.get("direction") or "",
            "weapons": list(r.get("weapons") or []),
            "damage": r.get("damage"),
            "casualties_reported": r.get("casualties_reported") or "unknown",
            "claimants": summary.get("claimants", []),
            "outlets": summary.get("outlets", []),
            "wires": summary.get("wires", []),
            "agreements": summary.get("agreements", []),
            "role": r.get("role") or "main",
            "mention_count": r.get("mention_count") or len(members),
            "status": "auto",
            "overridden": [],
            "merged_from": r.get("merged_from", []),
        }

    @staticmethod
    def _apply_overrides(inc: dict, fields: dict[str, Any], gaz: Any) -> None:
        overridden = []
        for field, o in fields.items():
            value = o.value
            if value == "":
                continue
            overridden.append(field)
            if field == "date":
                d, precision = _parse_override_date(value)
                inc["date"], inc["date_precision"] = d.isoformat(), precision
            elif field == "site_id":
                s = _site_from_gazetteer(gaz, value)
                inc["site_id"] = value
                inc["site_name"] = s.name if s else value
                inc["lat"] = s.lat if s else None
                inc["lon"] = s.lon if s else None
                inc["site"] = {
                    "id": value,
                    "name": inc["site_name"],
                    "lat": inc["lat"],
                    "lon": inc["lon"],
                    "precision": s.precision if s else None,
                }
            elif field in ("killed", "wounded"):
                inc[field] = int(value)
            else:
                inc[field] = value
        inc["overridden"] = sorted(overridden)


# --------------------------------------------------------------------------- module helpers


def _summary_json(s: IncidentSummary) -> dict:
    return {
        "ledger": [r.to_json() for r in s.ledger],
        "contradictions": [c.to_json() for c in s.contradictions],
        "agreements": [a.to_json() for a in s.agreements],
        "claimants": list(s.claimants),
        "outlets": list(s.outlets),
        "wires": list(s.wires),
    }


def _chunks(seq: Sequence[Any], n: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _parse_override_date(value: str) -> tuple[date, str]:
    v = value.strip()
    try:
        if len(v) == 7:
            return date.fromisoformat(v + "-01"), "month"
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), "year"
        return date.fromisoformat(v), "day"
    except ValueError as exc:
        raise InputError(f"date must be YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}") from exc


def _interval_of(inc: dict) -> tuple[date | None, date | None]:
    if not inc.get("date"):
        return None, None
    d = date.fromisoformat(inc["date"])
    iv = date_interval(d, inc.get("date_precision") or "day")
    if iv is None:
        return d, d
    return date.fromordinal(iv[0]), date.fromordinal(iv[1])
