"""No input crashes the extractor, every span lies inside the text, bad files get a status."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction.pipeline import extract
from extraction.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent

# Fragments of our own newsy phrasing, so Hypothesis also builds texts that reach deep code paths.
FRAGMENTS = [
    "Rockets hit the al-Omar oil field on Monday evening", "the coalition responded with artillery",
    "at least six militiamen were killed", "no casualties", "SOHR said", "according to SANA",
    "late on December 17", "overnight", "the night of Sunday to Monday", "04.01.2022", "in Deir Ezzor",
    "KEEP READING:", "“", "”", "\n", ". ", ", ", "Koniko", "Green Village", "U.S. forces", "told AFP",
    "in retaliation for", "prompting", "last year", "drones", "Albu Kamal", "the day before", "yesterday",
]


def _check_spans(text: str, pub: date | None) -> None:
    res = extract(text, published=pub)
    assert res.status in {"ok", "empty", "not_text", "too_large", "unsupported_language"}
    for m in res.incidents:
        spans = list(m.evidence) + [s for s in (m.date.span, m.place_span) if s]
        for s in spans:
            assert 0 <= s.start <= s.end <= len(text)
            assert text[s.start : s.end] == s.text
        for c in m.claims:
            assert 0 <= c.start <= c.end <= len(text) and text[c.start : c.end] == c.quote
    json.dumps(res.to_json())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2027, 12, 31))))
def test_arbitrary_text_never_crashes(text: str, pub: date | None) -> None:
    _check_spans(text, pub)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2027, 12, 31))))
def test_newsy_text_never_crashes(parts: list[str], pub: date | None) -> None:
    _check_spans(" ".join(parts), pub)


def test_statuses_for_bad_input() -> None:
    assert extract("").status == "empty"
    assert extract("   \n\t ").status == "empty"
    assert extract("abc\x00\x01\x02" * 50).status == "not_text"
    big = "word " * (load_settings().max_article_chars // 5 + 10)
    assert extract(big).status == "too_large"
    french = ("Des roquettes ont frappé la base américaine du champ pétrolier d'Al-Omar lundi soir, "
              "selon l'Observatoire syrien des droits de l'homme, qui n'a pas fait état de victimes.") * 3
    res = extract(french)
    assert res.status == "unsupported_language" and "fr" in res.reason


@pytest.mark.parametrize("text", [
    # wire flashes and headlines with no English function word: a statistical identifier takes
    # several of them for Nigerian Pidgin, and the article would be dropped as another language
    "Sunday, 17 December 2023: US strikes hit militia depots near al-Mayadin, killing four.",
    "Tuesday 09/01/2024 - Drones target Conoco gas field; US forces: zero injuries",
    "FLASH: Coalition helicopters strike ISIS hideout near Hajin, two militants killed",
    "Deir ez-Zor: rockets hit Green Village base overnight, SOHR says",
])
def test_short_english_items_are_english(text: str) -> None:
    res = extract(text, published="2024-01-10")
    assert res.status == "ok" and res.meta.language in {"en", None}, (res.status, res.reason)


def test_other_languages_are_still_refused_when_short() -> None:
    res = extract("Los drones atacaron la base estadounidense en el campo de Conoco el lunes por la noche.")
    assert res.status == "unsupported_language" and "es" in res.reason


def test_cli_batch_survives_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Rockets hit the al-Omar oil field in Deir ez-Zor on Monday, the coalition said.", encoding="utf-8")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = subprocess.run(
        [sys.executable, "-m", "extraction", "extract", "--published", "2023-05-09", "--format", "json",
         str(good), str(binary), str(empty), str(missing)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert out.returncode == 0, out.stderr
    arts = json.loads(out.stdout)["articles"]
    assert [a["status"] for a in arts] == ["ok", "not_text", "empty", "not_text"]
    assert all(a["reason"] for a in arts[1:])
    assert "Traceback" not in out.stderr
    inc = arts[0]["incidents"][0]
    assert inc["date"] == "2023-05-08" and inc["site"]["id"] == "al_omar_oil_field"
    for key in ("date", "date_precision", "date_text", "time_local", "site", "place_text", "event_type", "weapons",
                "perpetrator", "target", "killed", "wounded", "casualties_reported", "damage", "claims", "evidence", "role"):
        assert key in inc
    for key in ("file", "id", "title", "outlet", "wire", "url", "published", "published_source", "language",
                "status", "reason", "incidents"):
        assert key in arts[0]


def test_cli_manifest_gives_each_file_its_own_metadata(tmp_path: Path) -> None:
    """A batch of articles published on different days: `--manifest` dates each by its own row;
    a file it does not list takes the command line's values; an unreadable manifest is a message."""
    a = tmp_path / "a.txt"
    a.write_text("Drones struck the Conoco gas field base in eastern Syria on Sunday, a US official said, "
                 "adding that no personnel were hurt.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Rockets hit the al-Omar oil field on Sunday evening, the coalition said in a statement.",
                 encoding="utf-8")
    c = tmp_path / "c.txt"
    c.write_text("Mortar shells fell near the Shaddadi base on Sunday, local sources told Hawar news.",
                 encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,wire,published,url\n"
                        "a.txt,Stars and Stripes,,2024-01-23,https://example.org/a\n"
                        "b.txt,Kurdistan 24,AFP,2019-10-15,\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "extraction", "extract", "--manifest", str(manifest),
                          "--published", "2022-08-25", "--format", "json", str(a), str(b), str(c)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    arts = {Path(x["file"]).name: x for x in json.loads(out.stdout)["articles"]}
    assert (arts["a.txt"]["published"], arts["a.txt"]["outlet"], arts["a.txt"]["url"]) == (
        "2024-01-23", "Stars and Stripes", "https://example.org/a")
    assert arts["a.txt"]["incidents"][0]["date"] == "2024-01-21"
    assert (arts["b.txt"]["published"], arts["b.txt"]["wire"]) == ("2019-10-15", "AFP")
    assert arts["b.txt"]["incidents"][0]["date"] == "2019-10-13"
    assert arts["c.txt"]["published"] == "2022-08-25" and arts["c.txt"]["incidents"][0]["date"] == "2022-08-21"
    bad = subprocess.run([sys.executable, "-m", "extraction", "extract", "--manifest", str(tmp_path / "none.csv"), str(a)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 2 and "cannot read manifest" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_bad_date_is_a_clear_message(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Rockets hit the base.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "extraction", "extract", "--published", "29/06/2021", str(f)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr and "Traceback" not in out.stderr


_PUB_TEXT = ("BEIRUT (Reuters) - Rockets struck the Conoco gas field base in Deir ez-Zor province on Tuesday, "
             "a coalition spokesman said, adding that there were no casualties.")


def test_publication_day_in_any_form_a_caller_gives() -> None:
    """The core takes the caller's day as a date, a datetime or ISO text, all to one result."""
    from datetime import datetime

    want = extract(_PUB_TEXT, published=date(2023, 10, 26)).to_json()
    for value in ("2023-10-26", " 2023-10-26 ", "2023-10-26T21:40:00Z", datetime(2023, 10, 26, 21, 40)):
        got = extract(_PUB_TEXT, published=value).to_json()
        assert got == want, value
    assert want["incidents"][0]["date"] == "2023-10-24"


def test_publication_day_that_is_not_a_day_is_a_clear_error() -> None:
    import pytest

    from extraction.errors import InputError

    for bad in ("26/10/2023", "last Tuesday", "2023-13-01", 3.5):
        with pytest.raises(InputError, match="not a date"):
            extract(_PUB_TEXT, published=bad)
