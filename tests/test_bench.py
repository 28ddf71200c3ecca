"""Smoke tests for the benchmark: deterministic synthetic data, JSON keys, positive figures.

No timing thresholds here: speed is measured by `python -m extraction bench`, not asserted.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import replace

import pytest

from benchmarks.bench import QUICK, REQUIRED_KEYS, format_table, run_bench
from benchmarks.corpus import make_article, make_corpus, make_mentions
from benchmarks.harness import growth_exponent, peak_rss_mb, run_probe
from benchmarks.peer import NaivePeer

TINY = replace(
    QUICK, mode="tiny", typical_articles=4, repeats=1, length_words=(150, 400), per_length=2,
    peer_articles=2, ingest_articles=3, resolve_sizes=(60, 120), dashboard_sizes=(25,),
    page_repeats=1, multicore=False, memory_probe=False,
)


def test_same_seed_same_text() -> None:
    assert make_corpus(5, seed=7) == make_corpus(5, seed=7)
    assert make_article(7, 3).text == make_article(7, 3).text


def test_other_seed_other_text() -> None:
    assert make_article(7, 3).text != make_article(8, 3).text
    assert make_article(7, 3).text != make_article(7, 4).text


@pytest.mark.parametrize("words", [150, 600, 3000])
def test_article_reaches_requested_length(words: int) -> None:
    art = make_article("len", 1, words)
    assert words <= art.words <= words + 250


def test_typical_corpus_is_varied() -> None:
    corpus = make_corpus(60, seed=1)
    assert {a.style.split("+")[0] for a in corpus} == {"wire", "state", "monitor", "translated"}
    assert any(a.style.endswith("+scraped") for a in corpus)
    assert len({a.outlet for a in corpus}) >= 8
    assert all(150 <= a.words <= 3300 for a in corpus)
    assert len({a.text for a in corpus}) == len(corpus)


def test_mentions_are_deterministic_and_grouped() -> None:
    first, again = make_mentions(300, seed=3), make_mentions(300, seed=3)
    assert len(first) == 300
    assert [m.mention.to_json() for m in first] == [m.mention.to_json() for m in again]
    incidents = {m.incident for m in first}
    assert 300 / 6 <= len(incidents) < 300  # several articles report most incidents


def test_growth_exponent_recovers_power_law() -> None:
    sizes = [1_000, 10_000, 100_000]
    assert growth_exponent(sizes, [n**1.5 * 1e-6 for n in sizes]) == pytest.approx(1.5)
    assert growth_exponent([1_000], [0.1]) is None


def test_peer_finds_dates_and_sites() -> None:
    peer = NaivePeer([("al_omar_oil_field", "al-Omar"), ("ayash", "Ayash")])
    text = "Rockets hit the al-Omar oil field on 3 March 2023, a monitor said."
    found = peer(text)
    assert found.sites == ("al_omar_oil_field",)
    assert any(d.year == 2023 and d.month == 3 and d.day == 3 for _, d in found.dates)


def test_tiny_bench_has_keys_and_positive_numbers() -> None:
    results = run_bench(TINY)
    assert not results["failed"], results["failed"]
    for key in REQUIRED_KEYS:
        assert key in results
    assert results["peer_articles_per_s"] > 0

    def walk(value: object, signed: bool = False) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, signed or str(k).endswith("_exponent"))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            # a growth exponent is a fitted slope: on the tiny sizes, a noisy machine can make it negative
            assert math.isfinite(value) and (signed or value >= 0)

    walk({k: v for k, v in results.items() if k not in ("config", "targets")})
    for key in ("extract_articles_per_s", "extract_words_per_s", "ingest_articles_per_s"):
        if results.get(key) is not None:
            assert results[key] > 0
    for seconds in results.get("resolve_s", {}).values():
        assert seconds > 0
    saved = json.loads(json.dumps(results, default=str))
    assert "Targets" in format_table(results)
    assert format_table(saved) == format_table(results)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="Linux /proc only")
def test_probe_memory_is_its_own_not_the_parents() -> None:
    ballast = bytearray(300 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):  # touch every page so it is resident
        ballast[i] = 1
    assert peak_rss_mb() > 300
    child = run_probe(["extract", "2", "mem"])
    assert 0 < child["peak_rss_mb"] < 250
    del ballast


def test_instruction_count_script_runs_its_passes_and_explains_a_missing_valgrind(monkeypatch, capsys) -> None:
    from benchmarks import instructions

    assert instructions.main(["--run", "2", "1"]) == 0  # the pass valgrind measures, without valgrind
    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)
    assert instructions.main(["5"]) == 2
    assert "valgrind is not installed" in capsys.readouterr().err
