"""Outlet and wire detection from the page text, on short pages of our own writing."""

from __future__ import annotations

import pytest

from extraction.metadata import find_outlet, find_wire


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a masthead glued to its number, as Kurdistan24 prints its name
        ("Kurdistan24\n\nSYRIA\n\nTribal gunmen attack SDF posts\n\nKurdistan24 | 07-08-2024 | 14:40\n\nGunmen attacked "
         "positions of the SDF on Wednesday.", "Kurdistan24"),
        ("ERBIL, Kurdistan Region (Kurdistan 24) - A drone struck near the town.", "Kurdistan24"),
        ("Damascus, SANA - The American occupation forces carried out an aggression on Monday.", "SANA"),
        ("Rockets hit a base in Hasakah on Sunday, residents told Rudaw English.", "Rudaw"),
        ("Read more on presstv.ir about the strikes near Albu Kamal.", "Press TV"),
        ("A drone attack targeted the Conoco base on Friday, the coalition said.", None),
    ],
)
def test_outlet_printed_in_the_page(page: str, outlet: str | None) -> None:
    assert find_outlet(page) == outlet


@pytest.mark.parametrize(
    ("page", "wire"),
    [
        ("BEIRUT (AFP) - Militias fired rockets at the Green Village late on Tuesday.", "AFP"),
        ("Strikes hit al-Mayadin on Sunday. (With information from EFE)", "EFE"),
        ("A security source told Reuters that two drones were downed. Earlier (AFP) had reported...", "Reuters"),
        ("Damaskus/Beirut (dpa) - IS cells killed four SDF fighters in the night to Tuesday.", "dpa"),
        ("Reuters reported the strike, citing officials; the local monitor confirmed it.", None),
    ],
)
def test_wire_credit_or_told_phrasing(page: str, wire: str | None) -> None:
    assert find_wire(page) == wire


def test_a_digest_of_posts_is_dated_by_its_last_post() -> None:
    from datetime import date

    from extraction.metadata import build_meta

    page = ("Channel digest\n\n[09.11.2023 14:05]\nA drone hit the Rmeilan base this evening.\n\n"
            "[12.11.2023 23:58]\nUS strikes near al-Mayadin about an hour ago.\n")
    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == date(2023, 11, 12)
    assert meta.published_source == "text:timestamp (the latest post)"
    assert page[meta.published_span.start : meta.published_span.end] == "12.11.2023"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/20210113/jets-pound-targets-in-eastern-syria-1081745321.html", (2021, 1, 13)),
        ("https://www.example.com/news/liveblog/2024/2/3/live-us-strikes", (2024, 2, 3)),
        ("https://www.example.com/world/middle-east/us-strikes-eastern-syria-2023-03-24/", (2023, 3, 24)),
        ("https://agency.example/en/99812/", None),  # an article number is no date
        ("https://x.example/monitor/status/2021123456789", None),
    ],
)
def test_a_page_without_a_date_is_dated_by_its_address(url: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    page = "Israeli jets struck positions near Albu Kamal overnight, a military source said.\n"
    meta = build_meta(page, title=None, published=None, outlet=None, url=url, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None)
    assert meta.published_source == ("url" if expected else "unknown")
    given = build_meta(page, title=None, published=date(2021, 1, 14), outlet=None, url=url, wire=None, given_title=None)
    assert given.published == date(2021, 1, 14) and given.published_source == "metadata"  # the caller's date wins


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Notícias Mundo\n\nSyrian soldier killed at checkpoint\n\nMundo | 17/08/20 | 18:52 | Por Lusa\n\n"
         "A soldier died today in an exchange of fire near Qamishli.\n", (2020, 8, 17)),
        ("Internacional\n\n03.04.21\n\nA drone struck a car near al-Mayadin today.\n", (2021, 4, 3)),
        ("The unit fired 12/10/20 rounds, the report said.\n", None),  # not a stamp: no bars, no clock
    ],
)
def test_a_byline_stamp_with_a_two_digit_year(page: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None)
    if expected:
        assert meta.published_source == "text:dateline (two-digit year)"


def test_a_breadcrumb_is_not_the_title() -> None:
    from extraction.clean import clean

    page = "Syria Watch\nHome » Middle East » Syria\n\nRockets Strike Base Near the Omar Oil Field in Eastern Syria\n\nBody text follows here.\n"
    title = clean(page).title
    assert title is not None and title.text.startswith("Rockets Strike Base")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a German stamp's word put into English; a page's counter beside its stamp
        ("Status: 06.10.2020 17:40\n\nUS forces in Syria say a rocket fell near the Conoco base on Monday.\n", (2020, 10, 6)),
        ("Created: 12 March 2025 Hits: 87\n\nGunmen killed a guard in al-Busayrah on Tuesday night.\n", (2025, 3, 12)),
        ("Published 3 February 2024 | 1,204 views\n\nWarplanes struck sites near al-Mayadin overnight.\n", (2024, 2, 3)),
        # the outlet signs the date that leads its line
        ("Mine kills shepherd in Badia\n\n29 June 2021 – Eastern Post 24\n\nA landmine killed a shepherd near al-Shoula.\n", (2021, 6, 29)),
        ("Strike on truck near border\n\n08/02/2018 - Levant Now\n\nA drone hit a militia truck near Albu Kamal.\n", (2018, 2, 8)),
        # a caption's date before a credit in brackets (but an archive photo's date is not the page's)
        ("Rockets hit base\n\nPhoto: Smoke over the Green Village base, Aug. 25, 2022. (Photo: SDF media centre)\n\n"
         "Rockets fell inside the base on Wednesday.\n", (2022, 8, 25)),
        ("Rockets hit base\n\nArchive photo: US vehicles near Tal Baydar, 14 July 2020 (SANA)\n\n"
         "Rockets fell inside the base on Wednesday.\n", None),
        # a byline that tells the day it was written or posted
        ("Drone hits car in Hajin\n\nWritten by Khaled al-Omar on 30 December 2019.\n\nA drone struck a car in Hajin.\n", (2019, 12, 30)),
        ("Drone hits car in Hajin\n\nPosted by admin on January 21, 2026\n\nA drone struck a car in Hajin.\n", (2026, 1, 21)),
        # day, month and year joined by hyphens
        ("Militia convoy struck\n\n20-SEP-2017 | 11:05\n\nAircraft struck a convoy east of Deir ez-Zor.\n", (2017, 9, 20)),
        # a wire's yearless dateline naming its country, the year in the copyright line
        ("Blast kills SDF fighters\n\nAL-MAYADIN, Syria, Nov 9 (Reuters) - A bomb killed two fighters on Wednesday.\n\n"
         "© 2023 Reuters. All rights reserved.\n", (2023, 11, 9)),
        # a lone chat post's stamp with a two-digit year
        ("Sharqiya channel\n\n[29.06.21 22:15]\nDrones hit a militia depot near al-Quriyah minutes ago.\n", (2021, 6, 29)),
        # a scraped stamp whose year runs into its clock
        ("Strikes in eastern Syria\n\nBy Staff\nMarch 12, 20256:32 PM GMT+3Updated 2 hours ago\n\n"
         "Gunmen attacked a checkpoint in al-Busayrah on Tuesday.\n", (2025, 3, 12)),
        # a chat export's stamp in brackets, the sender after it
        ("[14/02/2026 21:05] Sharqiya 24: Unknown gunmen killed a man in al-Quriyah this evening.\n", (2026, 2, 14)),
        ("Channel log\n\n[8.11.2023, 07:40] Eastern Desk: Rockets fell near the Conoco base overnight.\n", (2023, 11, 8)),
        # a scraped page that prints its own address
        ("https://eastsyria-monitor.example/en/2024/02/03/strikes-near-albu-kamal/\n\nStrikes near Albu Kamal\n\n"
         "US jets struck militia sites near Albu Kamal on Friday night.\n", (2024, 2, 3)),
        ("Strikes near Albu Kamal\n\nUS jets struck militia sites near Albu Kamal on Friday night.\n\n"
         "Source: https://news.example.net/world/syria-strikes-2019-06-02.html\n", (2019, 6, 2)),
    ],
)
def test_a_page_with_no_date_from_the_caller_is_dated_by_its_own_stamp(page: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None), meta.published_source


def test_a_page_dated_by_its_own_stamp_resolves_its_weekdays() -> None:
    """With no date from the caller, "on Tuesday" counts back from the page's printed date; with no
    date anywhere it stays unresolved."""
    from datetime import date

    from extraction.pipeline import extract

    story = "Gunmen attacked an SDF checkpoint in al-Busayrah on Tuesday, killing three members of the force, a local source said.\n"
    dated = extract("Checkpoint attacked\n\nCreated: 12 March 2025 Hits: 87\n\n" + story)
    assert [(m.date.date, m.site.id) for m in dated.incidents if m.role == "main"] == [(date(2025, 3, 11), "al_busayrah")]
    undated = extract("Checkpoint attacked\n\n" + story)
    assert [(m.date.date, m.site.id) for m in undated.incidents if m.role == "main"] == [(None, "al_busayrah")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Strikes on militia\n\nThe military spokesman announced today, Saturday (3 February 2024), that US aircraft "
         "struck militia positions near al-Mayadin overnight.\n", (2024, 2, 3)),
        ("Factions vow revenge\n\nShafaq-style wire/ Iraqi factions threatened on Monday, 28/6/2021, to avenge the strike "
         "that hit their positions near Albu Kamal on Sunday night.\n", (2021, 6, 28)),
        ("Ministry statement\n\nThe ministry said on Thursday, 9 November 2023, that a drone attacked the Conoco base "
         "on Wednesday evening. It recalled the raid of Friday, 27 October 2023, on two sites near Albu Kamal.\n", (2023, 11, 9)),
        ("Kurdish agency report\n\nThe SDF said today (12 March 2025) that gunmen attacked a checkpoint in al-Busayrah.\n",
         (2025, 3, 12)),
        # a weekday that is not the date's is no date of the telling; a date alone is an event's
        ("Ministry statement\n\nThe ministry said on Friday, 9 November 2023, that a drone attacked the Conoco base.\n", None),
        ("Strike recalled\n\nOn January 15, 2019, drones struck militia positions near Albu Kamal.\n", None),
        # a date inside a quote is the event's, not the day of the telling
        ("Army statement\n\nIn a statement, the command said: \"At 11:40 pm on Friday 2/2/2024, aircraft struck sites near "
         "al-Mayadin.\"\n", None),
    ],
)
def test_a_page_with_no_printed_date_is_dated_by_the_day_its_story_states(page: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None), meta.published_source
    given = build_meta(page, title=None, published=date(2025, 1, 1), outlet=None, url=None, wire=None, given_title=None)
    assert given.published == date(2025, 1, 1)  # the caller's date comes before a story's words


def test_the_day_a_story_states_resolves_its_bare_weekday() -> None:
    from datetime import date

    from extraction.pipeline import extract

    res = extract("Drone hits US base\n\nDAMASCUS - The ministry said on Thursday, 9 November 2023, that a drone attacked "
                  "the US base at the Conoco gas field on Wednesday evening, causing no casualties.\n")
    assert [(m.date.date, m.site.id) for m in res.incidents if m.role == "main"] == [(date(2023, 11, 8), "conoco_gas_field")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Thread: claims on the Conoco base\n\nThe group said its drones hit the base on Wednesday night.\n\n"
         "— Sharqiya Monitor (@sharqiya_mon) November 9, 2023\n\nResidents heard blasts.\n\n"
         "— Deir Watch (@deirwatch) November 8, 2023\n", (2023, 11, 9)),
        ("Gunmen attack checkpoint\n\nGunmen attacked a checkpoint in Hajin on Tuesday.\n\n"
         "pic.twitter.com/Ab12Cd — Euphrates Eye (@euph_eye) 12 March 2025\n", (2025, 3, 12)),
        # a handle in running text is no signature
        ("Gunmen attack checkpoint\n\nThe monitor (@deirwatch) said on Tuesday that gunmen attacked a checkpoint in Hajin.\n", None),
    ],
)
def test_a_page_with_no_date_of_its_own_is_dated_by_the_posts_it_embeds(page: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None), meta.published_source
    given = build_meta(page, title=None, published=date(2025, 1, 1), outlet=None, url=None, wire=None, given_title=None)
    assert given.published == date(2025, 1, 1)  # a quoted post's day never overrides the caller's date


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a monitor's bulletin signs off with the day it was put together
        ("EASTERN SYRIA FIELD NOTES\n\n1) Gunmen shot dead an SDF member near al-Busayrah yesterday.\n\n"
         "2) A drone hit a car near Hajin late last night.\n\nReport compiled 14/03/2022. Figures are provisional.\n", (2022, 3, 14)),
        ("Press statement\n\nOur forces repelled an attack on a checkpoint near Hajin this morning.\n\n"
         "Issued on 3 February 2024\nGeneral Command\n", (2024, 2, 3)),
        ("Communique No. 41\n\nThe occupation base at al-Omar was struck with rockets tonight.\n\nSigned: 11.07.2019\n", (2019, 7, 11)),
        ("Weekly security digest\n\nRockets fell near the Conoco field on Tuesday, no one was hurt.\n\n"
         "Digest prepared on 21 May 2023.\n", (2023, 5, 21)),
        ("Al-Quriyah local network\n\nUnidentified aircraft struck a militia depot near al-Quriyah overnight.\n\n"
         "Bulletin released 2 September 2021. Sources are residents.\n", (2021, 9, 2)),
        # an event's date told in a sentence of the story is no sign-off
        ("Ministry statement\n\nThe statement was issued on 12 March 2024, calling for calm after a raid near al-Mayadin.\n", None),
        ("Ministry note\n\nStatement issued on 12 March 2024 about the raid near al-Mayadin on Monday night.\n", None),
    ],
)
def test_a_bulletin_is_dated_by_the_day_it_signs_off(page: str, expected: tuple[int, int, int] | None) -> None:
    from datetime import date

    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published == (date(*expected) if expected else None), meta.published_source


def test_a_signed_off_bulletin_dates_its_yesterday() -> None:

    from extraction.pipeline import extract

    page = ("DEIR EZZOR FIELD NETWORK - daily notes\n\n1) Coalition aircraft struck ISIS positions in al-Susah yesterday, "
            "locals said.\n\n2) Unidentified aircraft struck a militia position near al-Quriyah late last night.\n\n"
            "Notes compiled 05/11/2018. Figures are not final.\n")
    got = sorted((str(m.date.date), m.site.id) for m in extract(page).incidents if m.role == "main")
    assert got == [("2018-11-04", "al_quriyah"), ("2018-11-04", "al_susah")]
