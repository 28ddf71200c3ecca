"""A saved web page is read as its article: main text, title first, and the page's own date."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.extract_cmd import extract_file
from extraction.ingest import ingest_paths, ingest_text
from extraction.store import Store
from extraction.webpage import as_article, decode, looks_like_html, read_page

# My own page: a wire story inside a site's menus, a "most read" box, a footer and a script
# whose string names another day. The page declares its date only in its <meta> tags.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Drones target coalition base at al-Omar field | Levant Wire</title>
<meta property="og:site_name" content="Levant Wire">
<meta property="article:published_time" content="2023-11-15T07:40:00+00:00">
<link rel="canonical" href="https://levantwire.example/syria/omar-drones">
</head><body>
<nav><a href="/">Home</a> <a href="/syria">Syria</a> <a href="/iraq">Iraq</a> <a href="/sport">Sport</a></nav>
<header><h1>Drones target coalition base at al-Omar field</h1><p class="byline">By our Syria desk</p></header>
<article>
<p>DEIR EZ-ZOR, Syria - Two drones targeted the base of the US-led coalition at the al-Omar oil field
in eastern Syria late on Tuesday, a coalition official said, adding that one was shot down and no one was hurt.</p>
<p>The Syrian Observatory for Human Rights said explosions were heard across the field and that
coalition helicopters flew over the nearby villages afterwards.</p>
<p>No group claimed the attack by the time of publication.</p>
</article>
<aside><h3>Most read</h3><ul>
<li><a href="/a">Car bomb kills nine in Afrin market</a></li>
<li><a href="/b">Cup final: Damascus side wins on penalties</a></li></ul></aside>
<footer>Copyright 2023 Levant Wire. <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
<script>window.banner = "Shelling reported in Hajin on Friday";</script>
</body></html>
"""


def test_a_page_is_recognised_and_plain_text_is_not() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body><p>x</p></body></html>")
    assert not looks_like_html("Rockets hit the Conoco base <b>late on Monday</b>, the SDF said.")
    assert not looks_like_html("DEIR EZ-ZOR (Reuters) - Drones struck al-Omar on Sunday.\n\n<p> is a tag.")


def test_the_page_becomes_its_article_with_its_title_and_date() -> None:
    page = read_page(PAGE)
    assert page.text.startswith("Drones target coalition base at al-Omar field\n\n")
    assert "late on Tuesday" in page.text and "No group claimed" in page.text
    for chrome in ("Most read", "Afrin", "Cup final", "Copyright", "Hajin", "Home"):
        assert chrome not in page.text
    assert page.published == date(2023, 11, 15)
    assert page.outlet == "Levant Wire"
    assert page.url == "https://levantwire.example/syria/omar-drones"


def test_what_the_caller_gives_wins_over_what_the_page_declares() -> None:
    text, meta, page = as_article(PAGE, {"published": date(2023, 11, 16), "outlet": None})
    assert page is not None and text == page.text
    assert meta["published"] == date(2023, 11, 16) and meta["outlet"] == "Levant Wire"
    plain = "Rockets hit the Conoco base late on Monday, the SDF said."
    assert as_article(plain, {"outlet": "X"}) == (plain, {"outlet": "X"}, None)


def test_the_page_date_dates_the_incident(tmp_path) -> None:
    path = tmp_path / "omar.html"
    path.write_text(PAGE, encoding="utf-8")
    res = extract_file(path)
    assert res.status == "ok", res.reason
    assert res.meta.published == date(2023, 11, 15)
    assert res.meta.published_source == "html:meta"
    # the result says it was read out of a page and carries the text every offset indexes
    assert res.text_from == "html" and res.text == read_page(PAGE).text
    for m in res.incidents:
        for span in m.evidence:
            assert res.text[span.start : span.end] == span.text
    assert res.to_json()["text_from"] == "html"
    assert extract_file(path, published=date(2023, 11, 15)).meta.published_source == "metadata"
    mains = [m for m in res.incidents if m.role == "main"]
    assert [(m.date.date, m.site.id if m.site else None) for m in mains] == [(date(2023, 11, 14), "al_omar_oil_field")]
    # nothing from the menus, the "most read" box or the script
    assert all(m.site is None or m.site.id not in {"hajin", "afrin"} for m in res.incidents)


def test_a_page_with_no_article_is_recorded_with_a_reason(tmp_path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<!DOCTYPE html><html><head><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    res = extract_file(path)
    assert res.status == "empty"
    assert "web page" in res.reason or "letters" in res.reason
    assert not res.incidents


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'pages.sqlite'}")
    yield s
    s.close()


def test_ingest_stores_the_article_text_so_spans_point_into_it(store, tmp_path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "omar.html").write_text(PAGE, encoding="utf-8")
    ingest_paths(store, [folder])
    (art,) = store.articles()
    stored = store.article(art["id"])
    assert stored["status"] == "ok"
    assert stored["text"].startswith("Drones target coalition base")
    assert "<p>" not in stored["text"]
    assert str(stored["published"]).startswith("2023-11-15")
    # an uploaded page (bytes) and a pasted one give the same article
    assert ingest_text(store, PAGE.encode("utf-8"), file="upload.html") == art["id"]
    assert ingest_text(store, PAGE, file="pasted.html") == art["id"]
    assert store.counts()["articles"] == 1


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("\u00e9t\u00e9".encode(), "\u00e9t\u00e9"),
        ("\ufeffhello".encode(), "hello"),
        ("hi".encode("utf-16"), "hi"),
        ("hi".encode("utf-32"), "hi"),
        # Windows-1252: curly quotes, an en dash and accents from a legacy newsroom tool
        ("\u201cNo injuries\u201d \u2013 Lef\u00e8vre".encode("cp1252"), "\u201cNo injuries\u201d \u2013 Lef\u00e8vre"),
        ("Caf\u00e9".encode("latin-1"), "Caf\u00e9"),
    ],
)
def test_bytes_are_decoded_once_for_every_way_in(data: bytes, text: str) -> None:
    assert decode(data) == (text, "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (NUL byte at offset 8)"),
        (b"\xff\x00", "binary file (NUL byte at offset 1)"),
        (b"Caf\xe9 \x81 au lait", "neither UTF-8 nor Windows-1252 text (byte 0xe9 at offset 3); save it as UTF-8"),
        (b"\xff\xfe\x00", "starts like UTF-16 text but does not decode"),
    ],
)
def test_bytes_that_are_not_text_say_why(data: bytes, reason: str) -> None:
    assert decode(data) == (None, reason)


def test_the_cli_and_ingest_read_the_same_bytes_alike(tmp_path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Rockets hit the al-Omar base on Monday, SOHR said. \u201cNo one was hurt.\u201d"
                     .encode("cp1252"))
    result = extract_file(path, published=date(2023, 3, 6))
    assert result.status == "ok" and result.incidents
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    ingest_paths(store, [path])
    (article,) = store.articles()
    assert article["status"] == "ok" and article["id"] == result.id
