"""Score the extractor's MAIN incidents against a hand-written golden corpus.

A corpus is a folder holding article files, `manifest.csv` (file, outlet, wire, published,
url) and `gold.json`.  A predicted main incident matches a gold main incident of the same
article when the dates are equal and the sites agree (same gazetteer id, or one nested in
the other; a gold place the gazetteer does not know matches by name).  Matching is
one-to-one and greedy (exact site ids first), so a duplicate prediction is one hit and one
spurious incident, never two hits.  Gold incidents marked `"scope": "outside"` (news far
outside the monitored area, e.g. central Iraq) are optional: a prediction matching one is
neither a hit nor spurious, and missing one is not an error.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, MonitorError
from .records import as_day
from .settings import PROJECT_ROOT

DEFAULT_CORPUS = PROJECT_ROOT / "tests" / "golden" / "dev"
MANIFEST = "manifest.csv"
GOLD = "gold.json"

Extractor = Callable[..., Any]
Within = Callable[[str, str], bool]


class EvaluationError(MonitorError):
    """The extractor to evaluate cannot be loaded."""


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class GoldIncident:
    """One hand-coded incident of an article."""

    date: date | None
    site: str | None
    place_text: str
    within: str | None
    alt_sites: tuple[str, ...]
    event_type: str
    perpetrator: str
    target: str
    killed: int | None
    wounded: int | None
    role: str
    optional: bool
    note: str = ""

    def label(self) -> str:
        return _label(self.date, self.site, self.place_text)


@dataclass(frozen=True)
class Predicted:
    """The parts of an extracted Mention the scorer looks at."""

    date: date | None
    site: str | None
    site_name: str
    place_text: str
    event_type: str
    perpetrator: str
    target: str
    killed: int | None
    wounded: int | None

    def label(self) -> str:
        return _label(self.date, self.site, self.place_text)


@dataclass(frozen=True)
class ArticleCase:
    """One manifest row with its gold incidents."""

    file: str
    published: date | None
    outlet: str | None
    wire: str | None
    url: str | None
    tags: tuple[str, ...]
    gold: tuple[GoldIncident, ...]


@dataclass
class _Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: _Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f}


@dataclass
class _Attr:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def value(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class _Tally:
    overall: _Score = field(default_factory=_Score)
    by_tag: dict[str, _Score] = field(default_factory=dict)
    attrs: dict[str, _Attr] = field(default_factory=dict)
    categories: Counter = field(default_factory=Counter)

    def attr(self, name: str) -> _Attr:
        return self.attrs.setdefault(name, _Attr())


# ---------------------------------------------------------------- helpers


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side scores 1.0 only when both sides are empty."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _label(d: date | None, site: str | None, place_text: str) -> str:
    where = site or (f"[{place_text}]" if place_text else "?")
    return f"{d.isoformat() if d else 'no-date'} @ {where}"


def _norm(text: str) -> str:
    """Lower-case, strip accents, articles and punctuation: 'Al-Omar' -> 'omar'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = [
        w for w in text.split() if w not in {"al", "el", "ad", "ar", "as", "the", "of", "near"}
    ]
    return " ".join(words)


def _names_overlap(a: str, b: str) -> bool:
    """Two place names refer to the same place text (one contains the other, normalised)."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    return na in nb or nb in na


@lru_cache(maxsize=4096)
def _gazetteer_reads(place_text: str) -> frozenset[str]:
    """The site ids the gazetteer reads in a gold place text ("al-Soussa" is al-Susah, whose row gives
    that spelling): a gold place written with a null site, before the gazetteer knew it, agrees with a
    prediction of the site it now names."""
    try:
        from .places import load_gazetteer
    except ImportError:
        return frozenset()
    return frozenset(p.site.id for p in load_gazetteer().find(place_text) if p.site is not None)


@lru_cache(maxsize=1)
def _gazetteer_within() -> Within:
    """`within(a, b)`: site id `a` lies inside site id `b` per the gazetteer (ids only if absent)."""
    try:
        from .places import load_gazetteer
    except ImportError:
        return lambda a, b: False
    gaz = load_gazetteer()

    def within(a: str, b: str) -> bool:
        try:
            return bool(gaz.within(a, b))
        except (KeyError, ValueError, LookupError):
            return False

    return within


# ---------------------------------------------------------------- loading


def load_corpus(corpus_dir: Path) -> list[ArticleCase]:
    """Read manifest.csv and gold.json of a corpus folder; raise InputError if inconsistent."""
    corpus_dir = Path(corpus_dir)
    if corpus_dir.is_file():  # a gold.json or manifest.csv path: use its folder
        corpus_dir = corpus_dir.parent
    manifest, gold_path = corpus_dir / MANIFEST, corpus_dir / GOLD
    for path in (manifest, gold_path):
        if not path.is_file():
            raise InputError(f"{corpus_dir}: not a golden corpus (missing {path.name})")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{gold_path}: not valid JSON: {exc}") from exc
    by_file: dict[str, dict[str, Any]] = {}
    for art in gold.get("articles", []):
        if art.get("file") in by_file:
            raise InputError(f"{gold_path}: {art.get('file')!r} listed twice")
        by_file[art.get("file")] = art
    cases: list[ArticleCase] = []
    with manifest.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["file"]
            if not (corpus_dir / name).is_file():
                raise InputError(f"{manifest}: {name} does not exist")
            if name not in by_file:
                raise InputError(f"{gold_path}: no entry for {name}")
            art = by_file.pop(name)
            incidents = tuple(
                _gold_incident(inc, f"{gold_path.name}:{name}#{i}")
                for i, inc in enumerate(art.get("incidents", []))
            )
            cases.append(
                ArticleCase(
                    file=name,
                    published=as_day(row.get("published"), f"{manifest.name}:{name}"),
                    outlet=row.get("outlet") or None,
                    wire=row.get("wire") or None,
                    url=row.get("url") or None,
                    tags=tuple(art.get("tags", [])),
                    gold=incidents,
                )
            )
    if by_file:
        raise InputError(f"{gold_path}: entries not in the manifest: {', '.join(sorted(by_file))}")
    return cases


def _gold_incident(raw: dict[str, Any], where: str) -> GoldIncident:
    role = raw.get("role", "main")
    if role not in ("main", "background"):
        raise InputError(f"{where}: role must be main or background, got {role!r}")
    return GoldIncident(
        date=as_day(raw.get("date"), where),
        site=raw.get("site") or None,
        place_text=raw.get("place_text") or "",
        within=raw.get("within") or None,
        alt_sites=tuple(raw.get("alt_sites") or ()),
        event_type=raw.get("event_type", ""),
        perpetrator=raw.get("perpetrator", ""),
        target=raw.get("target", ""),
        killed=raw.get("killed"),
        wounded=raw.get("wounded"),
        role=role,
        optional=raw.get("scope") == "outside",
        note=raw.get("note", ""),
    )


def _predicted(mention: Any) -> Predicted:
    site = getattr(mention, "site", None)
    info = getattr(mention, "date", None)
    return Predicted(
        date=getattr(info, "date", None),
        site=getattr(site, "id", None) if site is not None else None,
        site_name=getattr(site, "name", "") if site is not None else "",
        place_text=getattr(mention, "place_text", "") or "",
        event_type=getattr(mention, "event_type", ""),
        perpetrator=getattr(mention, "perpetrator", ""),
        target=getattr(mention, "target", ""),
        killed=getattr(mention, "killed", None),
        wounded=getattr(mention, "wounded", None),
    )


# ---------------------------------------------------------------- matching


def site_agreement(gold: GoldIncident, pred: Predicted, within: Within) -> int | None:
    """How well the sites agree: 0 same id, 1 nested or an accepted alternative, 2 same
    place by name; None if they do not agree.

    `gold.alt_sites` lists other ids an analyst would accept (the town a village is "near");
    for a gold place the gazetteer does not know (`site` null), `gold.within` names a known
    site containing it, and a prediction of that site or of one containing it agrees.
    """
    if pred.site is not None:
        if pred.site == gold.site:
            return 0
        if gold.site is not None and (within(pred.site, gold.site) or within(gold.site, pred.site)):
            return 1
        for alt in gold.alt_sites:
            if pred.site == alt or within(pred.site, alt) or within(alt, pred.site):
                return 1
        if (
            gold.site is None
            and gold.within
            and (pred.site == gold.within or within(gold.within, pred.site))
        ):
            return 1
        if gold.place_text and _names_overlap(gold.place_text, pred.site_name):
            return 2
        if gold.site is None and gold.place_text and pred.site in _gazetteer_reads(gold.place_text):
            return 2  # a place the gazetteer lacked when the gold was written, under another spelling
        return None
    if gold.place_text and _names_overlap(gold.place_text, pred.place_text):
        return 2
    return None


def _greedy(
    golds: list[GoldIncident], preds: list[Predicted], key: Callable[[GoldIncident, Predicted], Any]
) -> list[tuple[int, int]]:
    """One-to-one pairs by ascending `key` (None = not a candidate); ties keep text order."""
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            k = key(g, p)
            if k is not None:
                candidates.append((k, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def match_article(
    gold: Iterable[GoldIncident], predicted: Iterable[Predicted], within: Within
) -> dict[str, Any]:
    """Match one article's main incidents: hits, misses, spurious and near misses."""
    mains = [g for g in gold if g.role == "main"]
    backgrounds = [g for g in gold if g.role == "background"]
    preds = list(predicted)

    def full(g: GoldIncident, p: Predicted) -> tuple[int, int] | None:
        if g.date != p.date:
            return None
        agree = site_agreement(g, p, within)
        return None if agree is None else (int(g.optional), agree)

    pairs = _greedy(mains, preds, full)
    hits = [(mains[gi], preds[pi]) for gi, pi in pairs if not mains[gi].optional]
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    missed = [g for gi, g in enumerate(mains) if gi not in matched_g and not g.optional]
    spurious = [p for pi, p in enumerate(preds) if pi not in matched_p]

    def partial(g: GoldIncident, p: Predicted) -> tuple[int] | None:
        date_ok = g.date == p.date
        site_ok = site_agreement(g, p, within) is not None
        if not (date_ok or site_ok):
            return None
        return (0 if site_ok else 1,)  # prefer same site (a date error) over same date

    # A spurious prediction that is a background incident reported as main is named so,
    # not paired as a near miss with some other gold incident.
    as_background = [p for p in spurious if any(full(b, p) is not None for b in backgrounds)]
    bg_ids = {id(p) for p in as_background}
    unexplained = [p for p in spurious if id(p) not in bg_ids]
    near = _greedy(missed, unexplained, partial)
    near_pairs = [(missed[gi], unexplained[pi]) for gi, pi in near]
    return {
        "hits": hits,
        "missed": missed,
        "spurious": spurious,
        "near": near_pairs,
        "as_background": as_background,
    }


# ---------------------------------------------------------------- evaluation


def _load_extractor() -> Extractor:
    try:
        from .pipeline import extract
    except ImportError as exc:
        raise EvaluationError(f"extraction.pipeline cannot be imported: {exc}") from exc
    return extract


def _error_category(g: GoldIncident | None, p: Predicted | None) -> str:
    """Name what went wrong in a near miss (same site or same date, not both)."""
    if g is not None and p is not None:
        if g.date == p.date:
            return "wrong site" if p.site or p.place_text else "no site"
        if p.date is None:
            return "no date"
        return "wrong date"
    if g is not None:
        return "missed"
    return "spurious"


def evaluate(corpus_dir: Path, *, extract: Extractor | None = None) -> dict[str, Any]:
    """Run the extractor on every manifest file of `corpus_dir` and score its main incidents."""
    cases = load_corpus(Path(corpus_dir))
    extract = extract or _load_extractor()
    within = _gazetteer_within()
    tally = _Tally()
    articles: list[dict[str, Any]] = []
    folder = Path(corpus_dir)
    if folder.is_file():
        folder = folder.parent
    for case in cases:
        text = (folder / case.file).read_text(encoding="utf-8")
        status = "ok"
        try:
            result = extract(
                text, published=case.published, outlet=case.outlet, url=case.url, wire=case.wire
            )
            preds = [
                _predicted(m)
                for m in getattr(result, "incidents", ())
                if getattr(m, "role", "") == "main"
            ]
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
            status = f"error: {type(exc).__name__}: {exc}"
            preds = []
        articles.append(_score_article(case, preds, within, tally, status))
    out: dict[str, Any] = {"corpus": str(folder), "articles": len(cases)}
    out.update(tally.overall.as_dict())
    out["attributes"] = {name: a.value() for name, a in sorted(tally.attrs.items())}
    out["attribute_counts"] = {name: a.total for name, a in sorted(tally.attrs.items())}
    out["by_tag"] = {tag: s.as_dict() for tag, s in sorted(tally.by_tag.items())}
    out["error_categories"] = dict(tally.categories.most_common())
    out["per_article"] = articles
    return out


def _score_article(
    case: ArticleCase, preds: list[Predicted], within: Within, tally: _Tally, status: str
) -> dict[str, Any]:
    m = match_article(case.gold, preds, within)
    score = _Score(tp=len(m["hits"]), fp=len(m["spurious"]), fn=len(m["missed"]))
    tally.overall.add(score)
    for tag in case.tags:
        tally.by_tag.setdefault(tag, _Score()).add(score)
    attribute_misses: list[dict[str, Any]] = []
    for g, p in m["hits"]:
        for name in ("event_type", "perpetrator", "target", "killed", "wounded"):
            want, got = getattr(g, name), getattr(p, name)
            if want != got and (want is not None or name not in ("killed", "wounded")):
                attribute_misses.append({"gold": g.label(), "attribute": name, "expected": want, "predicted": got})
        tally.attr("date").add(True)
        tally.attr("site").add(True)
        tally.attr("site_exact").add(g.site is not None and g.site == p.site)
        tally.attr("event_type").add(g.event_type == p.event_type)
        tally.attr("perpetrator").add(g.perpetrator == p.perpetrator)
        tally.attr("target").add(g.target == p.target)
        if g.killed is not None:
            tally.attr("killed").add(g.killed == p.killed)
        if g.wounded is not None:
            tally.attr("wounded").add(g.wounded == p.wounded)
    errors: list[dict[str, Any]] = []
    near_gold = {id(g) for g, _ in m["near"]}
    near_pred = {id(p) for _, p in m["near"]}
    for g, p in m["near"]:
        tally.attr("date").add(g.date == p.date)
        tally.attr("site").add(site_agreement(g, p, within) is not None)
        cat = _error_category(g, p)
        tally.categories[cat] += 1
        errors.append({"kind": cat, "gold": g.label(), "predicted": p.label(), "note": g.note})
    for g in m["missed"]:
        if id(g) not in near_gold:
            tally.categories["missed"] += 1
            errors.append({"kind": "missed", "gold": g.label(), "predicted": None, "note": g.note})
    bg = {id(p) for p in m["as_background"]}
    for p in m["spurious"]:
        if id(p) in near_pred:
            continue
        cat = "background as main" if id(p) in bg else "spurious"
        if cat == "spurious" and not any(g.role == "main" and not g.optional for g in case.gold):
            cat = "spurious (negative article)"
        tally.categories[cat] += 1
        errors.append({"kind": cat, "gold": None, "predicted": p.label(), "note": ""})
    if status != "ok":
        tally.categories["extractor error"] += 1
    return {
        "file": case.file,
        "status": status,
        "tags": list(case.tags),
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "errors": errors,
        "attribute_misses": attribute_misses,
    }


# ---------------------------------------------------------------- CLI


def format_table(report: dict[str, Any]) -> str:
    """Human-readable report: headline metrics, attribute accuracy, tags, then the errors."""
    lines = [
        f"corpus   {report['corpus']}  ({report['articles']} articles)",
        f"main incidents: precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
        f"F1 {report['f1']:.3f}   (tp {report['tp']}, fp {report['fp']}, fn {report['fn']})",
        "",
        "attribute accuracy (date/site on matched-by-either pairs; others on full matches):",
    ]
    for name, value in report["attributes"].items():
        n = report["attribute_counts"][name]
        shown = "   -  " if value is None else f"{value:.3f}"
        lines.append(f"  {name:<12} {shown}  (n={n})")
    if report["by_tag"]:
        lines += ["", "by tag:"]
        for tag, s in report["by_tag"].items():
            lines.append(
                f"  {tag:<20} P {s['precision']:.2f}  R {s['recall']:.2f}  "
                f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
            )
    if report["error_categories"]:
        lines += ["", "error categories:"]
        lines += [f"  {k:<28} {v}" for k, v in report["error_categories"].items()]
    lines += ["", "errors by article:"]
    for art in report["per_article"]:
        if not art["errors"] and art["status"] == "ok":
            continue
        lines.append(f"  {art['file']}  [{art['status']}]")
        for e in art["errors"]:
            gold = e["gold"] or "-"
            pred = e["predicted"] or "-"
            lines.append(f"    {e['kind']:<26} gold {gold:<40} predicted {pred}")
    return "\n".join(lines)


def cli_evaluate(args: argparse.Namespace) -> int:
    """`python -m extraction evaluate [CORPUS_DIR] [--format json|table]`."""
    target = Path(args.gold) if getattr(args, "gold", None) else DEFAULT_CORPUS
    if not target.exists():
        raise InputError(f"{target}: no such corpus folder")
    report = evaluate(target)
    if getattr(args, "format", "table") == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_table(report))
    return 0
