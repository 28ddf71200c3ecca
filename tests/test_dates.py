"""Temporal expressions: finding them in text and resolving them against the publication date.

Every sentence here is written for these tests in the styles of wire services, Syrian state
media, local monitors, Kurdish agencies and machine-translated French or Spanish reports.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction.dates import (
    DATES_RULES,
    KINDS,
    PARTS_OF_DAY,
    TimeExpr,
    find_clock_times,
    find_local_time,
    find_publication_date,
    find_time_expressions,
    heading_month,
    load_rules,
    post_stamps,
    resolve,
    yearless_dateline,
)
from extraction.errors import RuleError
from extraction.records import DATE_PRECISIONS, DateInfo

D = date
THU = D(2023, 10, 19)  # a Thursday


def _one(sentence: str, expr_text: str) -> TimeExpr:
    exprs = find_time_expressions(sentence)
    found = [e for e in exprs if e.span.text == expr_text]
    assert found, f"{expr_text!r} not found; found {[e.span.text for e in exprs]}"
    return found[0]


# sentence, published, anchor, expression text, expected date, precision, part of day
CASES = [
    # Weekdays: the most recent such day on or before publication.
    ("Rockets struck the base late on Tuesday, a U.S. official told Reuters.", THU, None,
     "late on Tuesday", D(2023, 10, 17), "day", "night"),
    ("On Monday evening, the American occupation forces shelled the villages of Dhiban and "
     "al-Hawaij, SANA reported.", THU, None, "On Monday evening", D(2023, 10, 16), "day", "evening"),
    ("Drones attacked the Conoco gas field on Thursday, the Syrian Observatory said.", THU, None,
     "on Thursday", THU, "day", None),
    ("Wednesday's strikes hit an arms depot near al-Mayadin.", THU, None,
     "Wednesday", D(2023, 10, 18), "day", None),
    ("Monday's attack on the Green Village caused no casualties.", THU, None,
     "Monday", D(2023, 10, 16), "day", None),
    ("The attack on Sunday targeted a fuel convoy near al-Omar.", THU, None,
     "on Sunday", D(2023, 10, 15), "day", None),
    ("Both actions come after Tuesday the alliance attacked positions of militias loyal to "
     "Tehran east of the Euphrates.", D(2022, 1, 5), None, "after Tuesday", D(2022, 1, 4), "day", None),
    ("Early Monday, a drone exploded near the Tanak oil field, the monitor said.", D(2023, 11, 13), None,
     "Early Monday", D(2023, 11, 13), "day", "morning"),
    ("Overnight Tuesday, militiamen fired mortar shells at the Kharab al-Jir airstrip.", THU, None,
     "Overnight Tuesday", D(2023, 10, 17), "day", "night"),
    ("Coalition helicopters carried out a landing near Busayrah on Tuesday night.", THU, None,
     "on Tuesday night", D(2023, 10, 17), "day", "night"),
    ("On the evening of Monday, unidentified aircraft targeted trucks at the al-Qaim crossing.", THU, None,
     "On the evening of Monday", D(2023, 10, 16), "day", "evening"),
    ("At dawn on Friday, Israeli jets struck positions in Albu Kamal, local sources said.", THU, None,
     "At dawn on Friday", D(2023, 10, 13), "day", "morning"),
    ("In the early hours of Saturday, explosions were heard in the Ayash camp.", THU, None,
     "In the early hours of Saturday", D(2023, 10, 14), "day", "morning"),
    ("The SDF said on Wednesday afternoon that two of its fighters were wounded.", THU, None,
     "on Wednesday afternoon", D(2023, 10, 18), "day", "afternoon"),
    ("The occupation forces stole 40 tankers of oil on Tuesday morning, SANA's correspondent said.",
     THU, None, "on Tuesday morning", D(2023, 10, 17), "day", "morning"),
    ("SULAIMANI - A home-made missile was fired at al-Omar oilfield on Monday, the second such "
     "attack in less than 24 hours.", D(2021, 7, 13), None, "on Monday", D(2021, 7, 12), "day", None),
    ("Last Thursday, gunmen on motorcycles killed a tribal elder in Diban.", THU, None,
     "Last Thursday", D(2023, 10, 12), "day", None),
    # Days relative to publication.
    ("The bombing yesterday afternoon was not carried out by US forces, the director said.",
     D(2022, 1, 5), None, "yesterday afternoon", D(2022, 1, 4), "day", "afternoon"),
    ("Shells landed near the base this morning, a security source said.", THU, None,
     "this morning", THU, "day", "morning"),
    ("Two rockets were fired at the airport earlier today.", THU, None,
     "earlier today", THU, "day", None),
    ("Explosions shook the city tonight as drones were intercepted.", THU, None,
     "tonight", THU, "day", "night"),
    ("Coalition jets struck the militia headquarters last night.", THU, None,
     "last night", D(2023, 10, 18), "day", "night"),
    ("Militias targeted the base late last night, activists reported.", THU, None,
     "late last night", D(2023, 10, 18), "day", "night"),
    ("An overnight drone attack hit the Rumailan landing zone.", THU, None,
     "overnight", D(2023, 10, 18), "day", "night"),
    ("At 10 pm yesterday, an explosion rocked the Jafra field.", THU, None,
     "yesterday", D(2023, 10, 18), "day", None),
    ("The tanker was set ablaze the day before yesterday.", THU, None,
     "the day before yesterday", D(2023, 10, 17), "day", None),
    ("Rockets were launched at the Omar field two days ago, the Pentagon said.", THU, None,
     "two days ago", D(2023, 10, 17), "day", None),
    ("Militia positions were shelled 48 hours ago, according to the observatory.", THU, None,
     "48 hours ago", D(2023, 10, 17), "day", None),
    ("The convoy was attacked 3 days ago near al-Bukamal.", THU, None,
     "3 days ago", D(2023, 10, 16), "day", None),
    ("Twenty-one days ago a drone hit the same post.", THU, None,
     "Twenty-one days ago", D(2023, 9, 28), "day", None),
    # Days relative to the event being talked about (the anchor).
    ("The militias had fired rockets at the base the day before.", THU, D(2023, 10, 17),
     "the day before", D(2023, 10, 16), "day", None),
    ("The militias had fired rockets at the base the day before.", THU, None,
     "the day before", D(2023, 10, 18), "day", None),
    ("The strikes came in retaliation for an attack the previous day.", THU, D(2023, 10, 17),
     "the previous day", D(2023, 10, 16), "day", None),
    ("A day earlier, militants had ambushed an SDF patrol near Hajin.", THU, D(2023, 10, 17),
     "A day earlier", D(2023, 10, 16), "day", None),
    ("The SDF arrested three suspects the same day.", THU, D(2023, 10, 17),
     "the same day", D(2023, 10, 17), "day", None),
    ("Hours later, a second volley of rockets struck the field.", THU, D(2023, 10, 17),
     "Hours later", D(2023, 10, 17), "day", None),
    # a telegraphic "same night" (no article) and "that same ...": the day in force
    ("Gunmen attacked a checkpoint in Hajin same night.", THU, D(2023, 10, 17),
     "same night", D(2023, 10, 17), "day", "night"),
    ("They also claim a drone attack on the base at Tal Baydar, same afternoon.", THU, D(2023, 10, 17),
     "same afternoon", D(2023, 10, 17), "day", None),
    ("A second blast shook al-Mayadin that same morning.", THU, D(2023, 10, 17),
     "that same morning", D(2023, 10, 17), "day", "morning"),
    ("Regime artillery hit Khasham, same day, sources said.", THU, D(2023, 10, 17),
     "same day", D(2023, 10, 17), "day", None),
    ("That evening, the coalition responded with artillery fire.", THU, D(2023, 10, 17),
     "That evening", D(2023, 10, 17), "day", "evening"),
    ("The next day, US aircraft struck the launch sites.", THU, D(2023, 10, 17),
     "The next day", D(2023, 10, 18), "day", None),
    ("The following day the militias withdrew from the area.", THU, D(2023, 10, 17),
     "The following day", D(2023, 10, 18), "day", None),
    ("Two days earlier, a roadside bomb killed four soldiers in Deir ez-Zor.", THU, D(2023, 10, 17),
     "Two days earlier", D(2023, 10, 15), "day", None),
    ("At dawn, the drones were shot down over the field.", THU, D(2023, 10, 17),
     "At dawn", D(2023, 10, 17), "day", "morning"),
    # Nights are dated by the day they began.
    ("On the night of Sunday to Monday, the United States carried out strikes against these militias.",
     D(2021, 6, 29), None, "On the night of Sunday to Monday", D(2021, 6, 27), "day", "night"),
    ("The night of Sunday to Monday was the quietest in weeks.", D(2023, 11, 13), None,
     "The night of Sunday to Monday", D(2023, 11, 12), "day", "night"),
    ("During the night between Saturday and Sunday, drones attacked the Conoco plant.", THU, None,
     "During the night between Saturday and Sunday", D(2023, 10, 14), "day", "night"),
    ("Sunday night to Monday the shelling continued around al-Mayadin.", THU, None,
     "Sunday night to Monday", D(2023, 10, 15), "day", "night"),
    ("Overnight Thursday into Friday, unidentified jets bombed a convoy.", D(2023, 10, 20), None,
     "Overnight Thursday into Friday", D(2023, 10, 19), "day", "night"),
    ("The night of 27 to 28 December saw heavy shelling of Hajin.", D(2024, 1, 3), None,
     "The night of 27 to 28 December", D(2023, 12, 27), "day", "night"),
    # Calendar dates.
    ("Pro-Iranian militias fired shells on the evening of Monday, June 28 at an American base.",
     D(2021, 6, 29), None, "on the evening of Monday, June 28", D(2021, 6, 28), "day", "evening"),
    ("The drone was shot down late on December 17 near the Conoco field.", D(2024, 1, 3), None,
     "late on December 17", D(2023, 12, 17), "day", "night"),
    ("The strike took place on 17 December 2023, CENTCOM said.", D(2024, 1, 3), None,
     "on 17 December 2023", D(2023, 12, 17), "day", None),
    ("CENTCOM said the strike took place on December 17, 2023.", None, None,
     "on December 17, 2023", D(2023, 12, 17), "day", None),
    ("The incident, dated 17/12/2023 in the statement, was confirmed.", None, None,
     "17/12/2023", D(2023, 12, 17), "day", None),
    ("According to the statement of 17.12.2023 the base was not damaged.", None, None,
     "17.12.2023", D(2023, 12, 17), "day", None),
    ("The ministry's list gives 2023-12-17 as the date of the attack.", None, None,
     "2023-12-17", D(2023, 12, 17), "day", None),
    ("Jets hit the depot on Dec. 17, residents said.", D(2024, 1, 3), None,
     "on Dec. 17", D(2023, 12, 17), "day", None),
    ("Militias attacked the base on Sept. 3, a US official said.", THU, None,
     "on Sept. 3", D(2023, 9, 3), "day", None),
    ("On 28 June, rockets hit the field, the OSDH said.", D(2021, 6, 29), None,
     "On 28 June", D(2021, 6, 28), "day", None),
    ("The coalition struck on June 28.", D(2021, 6, 28), None,
     "on June 28", D(2021, 6, 28), "day", None),
    # (the day after publication is that day in a later time zone, not a year back)
    ("The coalition struck on June 29.", D(2021, 6, 28), None,
     "on June 29", D(2021, 6, 29), "day", None),
    ("The coalition struck on June 30.", D(2021, 6, 28), None,
     "on June 30", D(2020, 6, 30), "day", None),
    ("Dans la nuit, the coalition said the strike of Saturday 14 October hit a depot.", THU, None,
     "Saturday 14 October", D(2023, 10, 14), "day", None),
    ("A U.S. jet flies over Iraq - Sputnik International, 1920, 04.01.2022", None, None,
     "04.01.2022", D(2022, 1, 4), "day", None),
    ("The raid on Sat, 12 Mar 2022 destroyed a depot.", None, None,
     "on Sat, 12 Mar 2022", D(2022, 3, 12), "day", None),
    ("Drones struck the field on Tuesday-Wednesday night.", THU, None,
     "on Tuesday-Wednesday night", D(2023, 10, 17), "day", "night"),
    ("The SDF said the attack came on Tuesday evening at 9 pm local time.", THU, None,
     "on Tuesday evening", D(2023, 10, 17), "day", "evening"),
    # Months.
    ("Attacks on US forces surged in February, officials said.", THU, None,
     "in February", D(2023, 2, 1), "month", None),
    ("Iran-backed groups staged a similar attack last August.", D(2023, 8, 15), None,
     "last August", D(2022, 8, 1), "month", None),
    ("Iran-backed groups staged a similar attack last August.", THU, None,
     "last August", D(2023, 8, 1), "month", None),
    ("The US launched strikes in early January, the statement recalled.", D(2024, 3, 1), None,
     "in early January", D(2024, 1, 1), "month", None),
    ("Airstrikes left four militia fighters dead late in June.", D(2021, 7, 13), None,
     "late in June", D(2021, 6, 1), "month", None),
    ("Biden ordered the first strikes in February 2021.", None, None,
     "in February 2021", D(2021, 2, 1), "month", None),
    ("The United States hit facilities in Syria in June last year.", D(2022, 8, 24), None,
     "in June last year", D(2021, 6, 1), "month", None),
    ("The field came under fire earlier this month.", THU, None,
     "earlier this month", D(2023, 10, 1), "month", None),
    ("Similar attacks took place last month.", THU, None,
     "last month", D(2023, 9, 1), "month", None),
    ("A month ago the coalition struck the same site.", THU, None,
     "A month ago", D(2023, 9, 1), "month", None),
    # Weeks (dated by their Monday).
    ("In a meeting in Baghdad last week, the delegation urged the militias on.", D(2021, 7, 13), None,
     "last week", D(2021, 7, 5), "week", None),
    ("Rocket attacks on the base rose earlier this week.", THU, None,
     "earlier this week", D(2023, 10, 16), "week", None),
    ("It was the fifth attack on the base this week.", THU, None,
     "this week", D(2023, 10, 16), "week", None),
    ("The field was hit twice over the weekend.", D(2023, 11, 13), None,
     "over the weekend", D(2023, 11, 6), "week", None),
    # said on a Saturday, "last weekend" is the one before; said on a Monday, the one just past
    ("A drone struck the outpost last weekend, officials said.", D(2024, 2, 3), None,
     "last weekend", D(2024, 1, 22), "week", None),
    ("A drone struck the outpost last weekend, officials said.", D(2024, 2, 5), None,
     "last weekend", D(2024, 1, 29), "week", None),
    ("Three weeks ago, a drone struck the base.", THU, None,
     "Three weeks ago", D(2023, 9, 25), "week", None),
    # Seasons (dated by their first day) and years (1 January).
    ("Al Omar was targeted this summer by a series of missile launches.", D(2022, 1, 5), None,
     "this summer", D(2021, 6, 1), "season", None),
    ("The base was hit several times last summer.", D(2023, 7, 10), None,
     "last summer", D(2022, 6, 1), "season", None),
    ("Clashes in Dhiban last winter killed dozens.", D(2024, 1, 15), None,
     "last winter", D(2022, 12, 1), "season", None),
    ("Tribal fighters rose against the SDF in the summer of 2023.", None, None,
     "in the summer of 2023", D(2023, 6, 1), "season", None),
    ("There were more than 60 attacks last year.", THU, None,
     "last year", D(2022, 1, 1), "year", None),
    ("This year has seen a rise in drone attacks.", THU, None,
     "This year", D(2023, 1, 1), "year", None),
    ("The group first appeared in Deir ez-Zor in 2019.", None, None,
     "in 2019", D(2019, 1, 1), "year", None),
    ("Militias have fought in Syria since the civil war began in 2011.", THU, None,
     "in 2011", D(2011, 1, 1), "year", None),
    ("Fighting flared again in mid-2021 around Hajin.", None, None, "in mid-2021", D(2021, 1, 1), "year", None),
    ("Between 2014 and 2017 the group held the city.", None, None, "Between 2014", D(2014, 1, 1), "year", None),
    ("On the 5th of January militias attacked the airport.", D(2024, 1, 10), None,
     "On the 5th of January", D(2024, 1, 5), "day", None),
    ("The strike on 17 december 2023 was confirmed in a lower-case transcript.", None, None,
     "on 17 december 2023", D(2023, 12, 17), "day", None),
    ("WASHINGTON, Nov 13 (Reuters) - U.S. jets carried out strikes.", D(2023, 11, 14), None,
     "Nov 13", D(2023, 11, 13), "day", None),
    ("The SOHR documented 14 attacks since October 17.", D(2023, 11, 14), None,
     "since October 17", D(2023, 10, 17), "day", None),
    # No publication date: never invent a date.
    ("Militias shelled the base on Wednesday.", None, None, "on Wednesday", None, "unknown", None),
    ("The base was attacked yesterday.", None, None, "yesterday", None, "unknown", None),
    ("On Monday, June 28, the base was attacked.", None, None, "On Monday, June 28", None, "unknown", None),
    ("Sunday night to Monday the shelling continued.", None, None, "Sunday night to Monday", None,
     "unknown", "night"),
    ("Attacks surged in February.", None, None, "in February", None, "unknown", None),
    # "This Sunday" in translated copy published on a Monday: the Sunday just past, never a future day.
    ("The SDF resumed this Sunday at nightfall the offensive against the last redoubt of the EI.", D(2019, 3, 11),
     None, "this Sunday at nightfall", D(2019, 3, 10), "day", "evening"),
    # Slash dates are day/month/year unless that would be after publication (an American 03/12/2024).
    ("Rockets hit the Conoco base on 03/12/2024, the coalition said.", D(2024, 3, 13), None, "on 03/12/2024",
     D(2024, 3, 12), "day", None),
    ("Rockets hit the Conoco base on 03/12/2024, the coalition said.", D(2024, 12, 5), None, "on 03/12/2024",
     D(2024, 12, 3), "day", None),
    # A day of the month without the month: the most recent such day on or before publication.
    ("On the 26th we struck two storage facilities near Albu Kamal, the spokesman told reporters.", D(2023, 11, 13),
     None, "On the 26th", D(2023, 10, 26), "day", None),
    ("and on the 8th we hit a depot near Mayadin", D(2023, 11, 13), None, "on the 8th", D(2023, 11, 8), "day", None),
    ("Rockets fell on the base late on the 30th of last month, the source added.", D(2024, 5, 12), None,
     "late on the 30th of last month", D(2024, 4, 30), "day", "night"),
    ("Shells hit Hajin on the 30th of last month.", D(2024, 3, 12), None, "on the 30th of last month", None,
     "unknown", None),
    ("Shells hit Hajin on the 20th of this month.", D(2024, 3, 12), None, "on the 20th of this month", None,
     "unknown", None),
    ("A drone was downed on the 5th of this month near Tanf.", D(2024, 7, 20), None, "on the 5th of this month",
     D(2024, 7, 5), "day", None),
    ("The convoy was hit on the 14th, local sources said.", None, None, "on the 14th", None, "unknown", None),
    # The future is never a past incident.
    ("The US will respond next Monday, officials said.", THU, None, "next Monday", None, "unknown", None),
    ("The two sides will meet next week in Erbil.", THU, None, "next week", None, "unknown", None),
    ("The talks resume tomorrow.", THU, None, "tomorrow", None, "unknown", None),
    # Relative to an event the text names: not the anchor.
    # "later in the day" is the day of the event told before it, not the day of publication
    ("A drone was launched later in the day at the landing zone.", D(2023, 11, 14), D(2023, 11, 13),
     "later in the day", D(2023, 11, 13), "day", None),
    # one moment told in two time zones is not a night from one day to the next
    ("Jets struck near Abu Kamal at 4:30 a.m. local time on Friday — Thursday evening in Washington — officials said.",
     D(2023, 10, 27), None, "on Friday", D(2023, 10, 27), "day", None),
    # a day and month of the page's own numeric style, without the year, after "on"
    ("US jets struck a depot near al-Mayadin on 08/11, the channel said.", D(2023, 11, 12), None,
     "on 08/11", D(2023, 11, 8), "day", None),
    # a digest's dates in brackets: "Shaddadi (20.12, drone shot down)"
    ("Latest hits in Syria: Rmelan (21.12, rockets, no injuries) and al-Omar (19.12).", D(2023, 12, 25), None,
     "21.12", D(2023, 12, 21), "day", None),
    ("Shells fell on Hajin on 26.10 at night.", D(2023, 11, 12), None,
     "on 26.10 at night", D(2023, 10, 26), "day", "night"),
    # a night told by a span of days before one numeric date is dated by its first day (German and
    # Russian pages: "in der Nacht vom 14. zum 15.01.2019", "в ночь с 14 на 15.01.2019")
    ("In the night of 14 to 15.01.2019, unknown attackers fired rockets at the Conoco gas field.", D(2019, 1, 16), None,
     "In the night of 14 to 15.01.2019", D(2019, 1, 14), "day", "night"),
    ("According to local sources, in the night from 22 to 23.06.2021 a drone struck a house in al-Hari.",
     D(2021, 6, 24), None, "in the night from 22 to 23.06.2021", D(2021, 6, 22), "day", "night"),
    ("The night of 3./4.11.2023 saw drones hit the Green Village twice, the coalition said.", D(2023, 11, 5), None,
     "The night of 3./4.11.2023", D(2023, 11, 3), "day", "night"),
    ("Clashes on 7-8.09.2023 left at least 12 dead in Dhiban, the monitor said.", D(2023, 9, 10), None,
     "on 7-8.09.2023", D(2023, 9, 7), "day", None),
    # a yearless numeric day after a part of the day told as "the night of", "the evening of"
    ("In the night of 22.08, rockets hit the area around the Green Village base.", D(2022, 8, 24), None,
     "In the night of 22.08", D(2022, 8, 22), "day", "night"),
    ("On the evening of 5.2. unknown aircraft struck trucks near Albu Kamal.", D(2024, 2, 7), None,
     "On the evening of 5.2", D(2024, 2, 5), "day", "evening"),
    # a digest's item that opens on its day and month
    ("Roundup of the week:\n14.01 - an IED killed two SDF members near al-Susah.", D(2019, 1, 19), None,
     "14.01", D(2019, 1, 14), "day", None),
    ("Roundup of the week:\n\u2022 16/01: coalition jets struck ISIS positions in al-Baghuz.", D(2019, 1, 19), None,
     "16/01", D(2019, 1, 16), "day", None),
    # "between March 23 and 24": a span of two days closed by its second day
    ("In the night between March 23 and 24, a drone struck a US base near Hasakah.", D(2023, 3, 25), None,
     "In the night between March 23 and 24", D(2023, 3, 23), "day", "night"),
    ("Between August 6 and 7, 2024, militias fired rockets at the Rumailan base.", D(2024, 8, 9), None,
     "August 6 and 7, 2024", D(2024, 8, 6), "day", None),
    ("On January 14 and 15 people were killed in the town, the monitor said.", D(2023, 1, 20), None,
     "On January 14", D(2023, 1, 14), "day", None),
    # a day and month one day after the page's date: already that day where it happened (a later time zone),
    # not the same day a year back
    ("The jets struck at 4 a.m. local time on October 27, about two hours ago.", D(2023, 10, 26), None,
     "on October 27", D(2023, 10, 27), "day", None),
    ("The raids, Washington said, were carried out on 5 February at around 1 a.m. local time.", D(2024, 2, 4), None,
     "on 5 February", D(2024, 2, 5), "day", None),
    ("Rockets hit the Conoco base on 2 January, the coalition said.", D(2025, 1, 3), None,
     "on 2 January", D(2025, 1, 2), "day", None),
    ("The launches come a day after the second anniversary of the assassination.", THU, D(2023, 10, 17),
     "a day after", None, "unknown", None),
    ("The militiamen struck two days after the anniversary of Soleimani's death.", THU, None,
     "two days after", None, "unknown", None),
    # a day and month with "last year" / "this year": that day of the year before, or of the year of publication
    ("Attacks on US forces began after the Hamas raid on October 7 last year, the Pentagon said.", D(2024, 4, 3), None,
     "on October 7 last year", D(2023, 10, 7), "day", None),
    ("The drone that hit Tower 22 on Jan. 28 this year killed three US soldiers.", D(2024, 4, 3), None,
     "on Jan. 28 this year", D(2024, 1, 28), "day", None),
    ("Deir Ezzor 24 recalled that gunmen killed a tribal elder in Thiban on 12 November last year.", D(2024, 2, 10), None,
     "on 12 November last year", D(2023, 11, 12), "day", None),
    ("SANA said the occupation forces had bombed the outskirts of al-Mayadin on Sunday, 17 December last year.",
     D(2024, 3, 1), None, "on Sunday, 17 December last year", D(2023, 12, 17), "day", None),
    ("A similar raid on the 4th of March last year killed a local commander, the monitor noted.", D(2025, 1, 20), None,
     "on the 4th of March last year", D(2024, 3, 4), "day", None),
    ("The base came under fire on December 2, last year, according to the coalition.", D(2022, 5, 5), None,
     "on December 2, last year", D(2021, 12, 2), "day", None),
    # a day of this year not yet come, and a 29 February the year before did not have
    ("Kurdish sources expect the handover on 3 May this year.", D(2024, 4, 3), None,
     "on 3 May this year", None, "unknown", None),
    ("The agency said the depot was first struck on February 29 last year.", D(2024, 3, 1), None,
     "on February 29 last year", None, "unknown", None),
    # a day and month with a two-digit year, after "on" or a weekday (local networks, translated state media)
    ("Local sources: on 16/12/23 the occupation forces bombed positions near al-Mayadin.", D(2023, 12, 20), None,
     "on 16/12/23", D(2023, 12, 16), "day", None),
    ("The network said that on 04.02.24 a drone struck a car in Hajin.", D(2024, 2, 10), None,
     "on 04.02.24", D(2024, 2, 4), "day", None),
    ("Gunmen opened fire on a checkpoint in al-Busayrah on Tuesday 09/01/24, the council said.", D(2024, 1, 12), None,
     "on Tuesday 09/01/24", D(2024, 1, 9), "day", None),
    # a feast with a fixed date names its day: the most recent one on or before publication, or the year told
    ("Rockets struck the al-Omar base on Christmas Day, a US official said on Monday.", D(2024, 1, 1), None,
     "on Christmas Day", D(2023, 12, 25), "day", None),
    ("The occupation forces' base came under drone fire late on New Year's Eve, Press TV reported.", D(2024, 1, 2), None,
     "late on New Year's Eve", D(2023, 12, 31), "day", "night"),
    ("Gunmen killed two SDF fighters in Diban on New Year’s Day, local sources said.", D(2021, 1, 4), None,
     "on New Year’s Day", D(2021, 1, 1), "day", None),
    ("A car bomb went off in al-Busayrah on Christmas Eve 2019, the monitor recalled.", D(2021, 6, 1), None,
     "on Christmas Eve 2019", D(2019, 12, 24), "day", None),
]


@pytest.mark.parametrize(
    ("sentence", "published", "anchor", "expr_text", "expected", "precision", "pod"), CASES
)
def test_resolve_cases(sentence, published, anchor, expr_text, expected, precision, pod):
    info = resolve(_one(sentence, expr_text), published, anchor)
    assert (info.date, info.precision) == (expected, precision), info.basis
    assert info.part_of_day == pod
    assert info.text == expr_text and info.span is not None
    assert info.basis


@pytest.mark.parametrize(
    ("sentence", "expr_text", "kind"),
    [
        ("Militias have recently stepped up attacks on the base.", "recently", "vague"),
        ("Attacks in recent months were blamed on Kataib Hezbollah.", "in recent months", "vague"),
        ("In recent weeks the field has been hit repeatedly.", "In recent weeks", "vague"),
        ("The base has been targeted in the past.", "in the past", "vague"),
        ("At least five attacks since earlier this month targeted the field.", "since earlier this month", "vague"),
        ("It was the second incident in the last 48 hours.", "in the last 48 hours", "vague"),
        ("The base was hit a few days ago.", "a few days ago", "vague"),
        ("The militias have operated there for years.", "for years", "vague"),
        ("The base was hit on Monday.", "on Monday", "weekday"),
        ("The night between Sunday and Monday was calm.", "The night between Sunday and Monday", "night_range"),
        ("The field was hit the next day.", "the next day", "anchor_relative"),
        ("The field was hit yesterday.", "yesterday", "relative_day"),
        ("The field was hit on 3 May 2023.", "on 3 May 2023", "absolute"),
        ("The field was hit in May.", "in May", "month"),
        ("The field was hit last week.", "last week", "week"),
        ("The field was hit last spring.", "last spring", "season"),
        ("The field was hit in 2020.", "in 2020", "year"),
        ("The field was hit in the evening.", "in the evening", "part_of_day"),
    ],
)
def test_kinds(sentence, expr_text, kind):
    expr = _one(sentence, expr_text)
    assert expr.kind == kind
    if kind == "vague":
        info = resolve(expr, THU)
        assert (info.date, info.precision) == (None, "unknown")


@pytest.mark.parametrize(
    "sentence",
    [
        "It may be that the militias will march on the base.",
        "A protest march took place in the city centre.",
        "Deir Ezzor 24 reported the strike on its Telegram channel.",
        "An F-15E Strike Eagle flew over the area.",
        "At 7.44 p.m. the rockets landed near the fence.",
        "Sunni tribesmen blocked the road to the Saturation point.",
        "The Sun reported the figures first.",
        "The Arab Spring reached Deir ez-Zor slowly.",
        "After the fall of Baghuz, cells went underground.",
        "August Pfluger, a congressman, criticised the strikes.",
        "May God have mercy on the martyrs, the statement said.",
        "Syria Today and USA Today carried the story.",
        "About 900 US troops are deployed in the east; 24 fighters were killed.",
        "Three days of fighting left the town in ruins.",
        "The Mon river and the Sat dish were mentioned.",
        "It may rain on 3 may, and the march 5 km long.",
        "The guards were on 24/7 alert; a 2/3 majority voted and the score was 3/1.",
        "The militias grew in the 1990s and 2000s.",
        "A 24-hour curfew and a two-day truce were declared.",
        "Troops of the 2nd Brigade and the 3rd person killed were named.",
        "It was the 4th attack on the base, and the 10th anniversary of the battle.",
        "The blast radius (3.2) and the yield (0.5) were estimated, as was the ratio (12.50).",
        "Table 10.11 - casualties by province; section 4.2: methods.",
        "A total of 22.08 tonnes and a ratio of 5.2 were recorded.",
    ],
)
def test_no_false_expressions(sentence):
    assert find_time_expressions(sentence) == []


def test_modifiers_and_fields():
    late = _one("Rockets struck the base late on Tuesday.", "late on Tuesday")
    assert (late.weekday, late.modifier) == (1, "late")
    last = _one("The base was hit last Tuesday.", "last Tuesday")
    assert last.which == "last"
    night = _one("On the night of Sunday to Monday strikes hit.", "On the night of Sunday to Monday")
    assert (night.weekday, night.weekday_end) == (6, 0)
    calendar = _one("Jets struck on Monday, June 28, 2021.", "on Monday, June 28, 2021")
    assert (calendar.weekday, calendar.day, calendar.month, calendar.year) == (0, 28, 6, 2021)
    named = _one("The launches come a day after the second anniversary.", "a day after")
    assert named.base == "named" and named.reference.startswith("the second anniversary")


def test_weekday_mismatch_is_reported_not_hidden():
    info = resolve(_one("It happened on Tuesday 29 June.", "on Tuesday 29 June"), D(2024, 1, 3))
    assert info.date == D(2023, 6, 29) and "does not match" in info.basis


def test_offsets_index_the_full_text_within_bounds():
    text = "Intro line. The base was hit on Monday and again on Tuesday evening. Tail on Friday."
    start = text.index("The base")
    end = text.index(" Tail")
    exprs = find_time_expressions(text, start, end)
    assert [e.span.text for e in exprs] == ["on Monday", "on Tuesday evening"]
    for e in exprs:
        assert text[e.span.start : e.span.end] == e.span.text


def test_longest_expression_wins():
    exprs = find_time_expressions("Militias fired on the evening of Monday, June 28, 2021 at the base.")
    assert [e.span.text for e in exprs] == ["on the evening of Monday, June 28, 2021"]


def test_resolve_accepts_datetimes_and_bad_calendar_values():
    info = resolve(_one("The base was hit yesterday.", "yesterday"), datetime(2023, 10, 19, 8, 30))
    assert info.date == D(2023, 10, 18)
    feb29 = _one("The attack came on February 29.", "on February 29")
    assert resolve(feb29, D(2023, 10, 19)).date == D(2020, 2, 29)


def test_absolute_dates_agree_with_dateparser():
    """dateparser, with the settings the brief names, is the reference for calendar dates."""
    dateparser = pytest.importorskip("dateparser")
    base = D(2024, 1, 3)
    settings_ = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
    }
    for text in ["December 17", "17 December 2023", "Dec. 17", "17.12.2023", "2023-12-17",
                 "June 28", "Sept. 3", "3 March 2022", "04.01.2022"]:
        ours = resolve(_one(f"The strike came on {text} near the field.", f"on {text}"), base).date
        theirs = dateparser.parse(text, languages=["en"], settings=settings_)
        assert theirs is not None and ours == theirs.date(), text


# ---------------------------------------------------------------------------------------
# Publication dates printed on scraped pages

PUB_CASES = [
    ("English  |  Kurdish\n\n'Hand-made missile' fired at base: monitor\n\n  2021-07-13  | \n"
     " Zhyan News Network\nSULAIMANI - A missile was fired.", D(2021, 7, 13), "2021-07-13", "dateline"),
    ("Rockets hit base\nSunday 16 January 2022 - 08:07\nDAMASCUS (SANA) - The occupation forces...",
     D(2022, 1, 16), "Sunday 16 January 2022", "dateline"),
    ("Militia attack\nPublished on: 12/03/2023\nThe base was attacked in 2019 as well.",
     D(2023, 3, 12), "12/03/2023", "dateline"),
    ("Militia attack\nUpdated 5 March 2024\nThe attack was repelled.", D(2024, 3, 5), "5 March 2024", "dateline"),
    # a German wire's signature under the text: agency / editor initials / date / clock
    ("Syrien: Luftangriffe im Osten\n\nDamaskus/Tel Aviv (dpa) - Activists reported strikes near Abu Kamal.\n\n"
     "dpa-AFX / kb / 03.05.2024 / 09:41", D(2024, 5, 3), "03.05.2024", "dateline"),
    ("Fighters repel an attack near Hajin\n\nDEIR EZ-ZOR, 12.12.2017 - ANHA\n\nFighters repelled an attack "
     "launched yesterday evening; the campaign began on 09.09.2017.", D(2017, 12, 12), "12.12.2017", "dateline"),
    ("Cells ambush army bus\nISIS cells attacked a bus yesterday evening.\n—\nShare | Print\n"
     "© 2023 Monitor. All rights reserved. | This report was posted on 4 June 2023.\n",
     D(2023, 6, 4), "4 June 2023", "dateline"),
    ("Militia attack\nUpdated 5 March 2024\nPublished 4 March 2024\nBody text.",
     D(2024, 3, 4), "4 March 2024", "dateline"),
    ("US strikes militia\nBy Jane Doe | Jan 5, 2022, 10:42 AM ET\nWASHINGTON - Body.",
     D(2022, 1, 5), "Jan 5, 2022", "byline"),
    ("US strikes militia\nJan 5, 2022, 10:42 AM ET\nWASHINGTON - Body.", D(2022, 1, 5), "Jan 5, 2022", "dateline"),
    ("Coalition strikes\n\nA jet flies over northern Iraq on Sept. 23, 2014 after strikes in Syria "
     "- Sputnik International, 1920, 04.01.2022\nSubscribe\nBody.", D(2022, 1, 4), "04.01.2022", "caption"),
    ("Drone attack | 13 July 2021 | Zhyan\nBody.", D(2021, 7, 13), "13 July 2021", "dateline"),
    ("Drone attack\nPosted: 2022-01-05T10:42:00+03:00\nBody.", D(2022, 1, 5), "2022-01-05", "dateline"),
    ("Drone attack\nMonday, 5 February 2024 14:32 GMT\nBody.", D(2024, 2, 5), "Monday, 5 February 2024", "dateline"),
    ("Drone attack\nWed, 05 Jan 2022 10:42:00 GMT\nBody.", D(2022, 1, 5), "Wed, 05 Jan 2022", "dateline"),
    ("Drone attack\nPublished on :\n\n28/06/2021 - 22:15 Modified on: 29/06/2021\nBody.",
     D(2021, 6, 28), "28/06/2021", "dateline"),
    # a title that ends in its date, after a dash; a line of its own still wins
    ("Euphrates Post | Daily summary of events in Deir Ezzor – 19.05.2021\n\nAl-Shuhail | Gunmen fired.",
     D(2021, 5, 19), "19.05.2021", "dateline"),
    ("Daily summary of events in Deir Ezzor – 19.05.2021\n20 May 2021\nBody.", D(2021, 5, 20), "20 May 2021", "dateline"),
    # a translated page keeps its own words for the stamp (French, Spanish, German, Italian, Turkish)
    ("Une mine explose\n\nPublié le 03/03/2024 à 14:20, mis à jour à 15:05\n\nBody.", D(2024, 3, 3), "03/03/2024", "dateline"),
    ("Ataque con drones\nPublicado el 05/02/2024 a las 10:15\nBody.", D(2024, 2, 5), "05/02/2024", "dateline"),
    ("Drohnenangriff\nVeröffentlicht am 05.02.2024 um 10:15 Uhr\nBody.", D(2024, 2, 5), "05.02.2024", "dateline"),
    ("Attacco\nPubblicato il 05/02/2024 alle 10:15\nBody.", D(2024, 2, 5), "05/02/2024", "dateline"),
    ("Saldırı\nYayınlanma: 05.02.2024 10:15\nBody.", D(2024, 2, 5), "05.02.2024", "dateline"),
    ("Une mine explose\nMis à jour le 06/03/2024 à 09:00\nPublié le 05/03/2024 à 14:20\nBody.",
     D(2024, 3, 5), "05/03/2024", "dateline"),
    # stamp lines that carry more than a date: a clock in German or French, an age, an agency's
    # name, the city filed from, the local zone's name, the same day in the Hijri calendar
    ("Angriff auf Stützpunkt\n\n21.04.2022, 07.55 Uhr\n\nBody.", D(2022, 4, 21), "21.04.2022", "dateline"),
    ("Frappes près de Hajine\n\nAFP / le 04.11.2019 à 18h10\n\nBody.", D(2019, 11, 4), "04.11.2019", "dateline"),
    ("Drone hits base\n\nMarch 3, 2023 9:12 PM Updated 40 minutes ago\n\nBody.", D(2023, 3, 3), "March 3, 2023", "dateline"),
    ("Drone hits base\n\n02.09.2025, 16:40 Uhr | dpa\n\nBody.", D(2025, 9, 2), "02.09.2025", "dateline"),
    ("Syrie\n\ndpa-AFX 07.07.2022 / 18:03\n\nBody.", D(2022, 7, 7), "07.07.2022", "dateline"),
    ("Kanaani rejects claims\n\nTehran, ISNA – March 5, 2024 – 09:31\n\nBody.", D(2024, 3, 5), "March 5, 2024", "dateline"),
    ("Attack on checkpoint\n\nLast Update: Monday, 4 March 2019 KSA 11:02 - GMT 08:02\n\nBody.",
     D(2019, 3, 4), "Monday, 4 March 2019", "dateline"),
    ("Orient News | Tuesday 14 March 2023 - 22 Sha'ban 1444\n\nBody.", D(2023, 3, 14), "Tuesday 14 March 2023", "dateline"),
    # an outlet whose name ends in a number: "24" and "19" are not the days 24 to 19
    ("Raqqa Post 24 – 19 February 2025\n\nBody.", D(2025, 2, 19), "19 February 2025", "dateline"),
    # a state agency's English page writes the Arabic comma; a monitor puts its comma before the year
    ("Army repels attack\n\n7 March، 2021\n\nDeir Ezzor, SANA - Body.", D(2021, 3, 7), "7 March، 2021", "dateline"),
    ("Clashes in Thiban\n\n2 September ,2023\n\nBody.", D(2023, 9, 2), "2 September ,2023", "dateline"),
    ("Spokesman condemns strikes\n\nMar 9, 2024, 08:15 AM   News ID: 4411902\n\nBody.", D(2024, 3, 9), "Mar 9, 2024", "dateline"),
    ("SDF withdraws\n\nANKARA Nov 30, 2024 - 6:02 pm GMT+3\n\nBody.", D(2024, 11, 30), "Nov 30, 2024", "dateline"),
    ("Live updates from Thursday, 1 February 2024\n\n09:12 - Body.", D(2024, 2, 1), "Thursday, 1 February 2024", "dateline"),
    # a dateline with no place: the date opens the story's line, the agency in brackets, a dash
    ("Resistance strikes US base\n\nMonday, Dec. 18, 2023 (IRNA) - Resistance fighters attacked the base.",
     D(2023, 12, 18), "Monday, Dec. 18, 2023", "dateline"),
    ("18 December 2023 (SANA) – The US occupation forces bombed the outskirts of al-Mayadin yesterday.",
     D(2023, 12, 18), "18 December 2023", "dateline"),
    ("Drone hits al-Omar\nJan. 9, 2024 (Tasnim) -- Iraqi resistance fighters targeted the base on Monday.",
     D(2024, 1, 9), "Jan. 9, 2024", "dateline"),
]


@pytest.mark.parametrize(("page", "expected", "span_text", "label"), PUB_CASES)
def test_find_publication_date(page, expected, span_text, label):
    found = find_publication_date(page)
    assert found is not None
    value, span, source = found
    assert (value, span.text, source) == (expected, span_text, label)
    assert page[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "page",
    [
        # Only an image's capture date, inside running caption text.
        "A close up view of destroyed buildings at a border crossing after airstrikes, seen in this "
        "February 26, 2021 handout satellite image provided by Maxar. ( REUTERS)\n\nSULAIMANI (ESTA) - "
        "U.S. military confirmed on Wednesday that it targeted a militia site.",
        "The attack on 17 December 2023 killed two, the monitor said on 18 December 2023.",
        "Militia attack\n1985-03-04\nBody.",
        "US strikes\nBy Reuters Staff\n3 Min Read\nBAGHDAD, Jan 5 (Reuters) - Body.",
        # a day told in the story, its weekday in brackets: no agency's dateline
        "Army statement\nThe army said:\nOn 18 December 2023 (Sunday) - jets struck the depot.",
        "",
    ],
)
def test_find_publication_date_rejects(page):
    assert find_publication_date(page) is None


def test_publication_date_limit():
    page = "Title\n" + "x" * 5000 + "\n2021-07-13\n"
    assert find_publication_date(page) is None
    assert find_publication_date(page, limit=6000) is not None


# ---------------------------------------------------------------------------------------
# Clock times


@pytest.mark.parametrize(
    ("sentence", "expected", "span_text"),
    [
        ("At approximately 7.44 p.m. local time (4.44 p.m. GMT), US forces were attacked.", "19:44", "7.44 p.m."),
        ("At 4.44 p.m. GMT (7.44 p.m. local time) the rockets landed.", "19:44", "7.44 p.m."),
        ("The attack took place at 19:44, the monitor said.", "19:44", "19:44"),
        ("Explosions were heard around 10 pm on Monday.", "22:00", "10 pm"),
        ("The convoy was hit at 2300 local time.", "23:00", "2300"),
        ("Shelling began at 5:15AM and lasted an hour.", "05:15", "5:15AM"),
        ("Sirens sounded at 12.30 a.m. near the field.", "00:30", "12.30 a.m."),
        ("The strike came at midnight, residents said.", "00:00", "midnight"),
        ("At 16:44 GMT+3 the drone was downed.", "16:44", "16:44"),
        ("The drone fell at 19.44 local time.", "19:44", "19.44"),
    ],
)
def test_find_local_time(sentence, expected, span_text):
    found = find_local_time(sentence)
    assert found is not None
    value, span = found
    assert (value, span.text) == (expected, span_text)
    assert sentence[span.start : span.end] == span_text


@pytest.mark.parametrize(
    "sentence",
    [
        "The rockets landed at 0430 GMT, the coalition said.",  # only GMT: not converted
        "A jet flies over Iraq - Sputnik International, 1920, 04.01.2022",
        "An F-15E flew 10 amid the clouds; 24 were killed.",
        "No time here at all.",
    ],
)
def test_find_local_time_none(sentence):
    assert find_local_time(sentence) is None


def test_clock_zones():
    times = find_clock_times("At 7.44 p.m. local time (4.44 p.m. GMT) and again at 21:05.")
    assert [(t.value, t.zone) for t in times] == [("19:44", "local"), ("16:44", "utc"), ("21:05", "")]


def test_clock_zone_markers_end_where_the_day_may_follow():
    """'at 1:10 a.m. local time (2310 GMT Tuesday)': the GMT marker ends just before its day; the
    same local markers tell that a day is told in the area's clock ('1 a.m. Friday local time')."""
    from extraction.dates import local_marker_at

    text = "It struck at 1:10 a.m. local time (2310 GMT Tuesday), and again at 21:05."
    times = find_clock_times(text)
    assert [(t.zone, t.zone_end is None) for t in times] == [("local", False), ("utc", False), ("", True)]
    assert text[times[1].zone_end :].startswith(" Tuesday")
    day = "shortly after 1 a.m. Friday local time, officials said"
    assert local_marker_at(day, day.index("Friday") + len("Friday"))
    assert not local_marker_at(day, day.index("1 a.m.") + 1)


# ---------------------------------------------------------------------------------------
# The lexicon file


def test_default_lexicon_loads():
    rules = load_rules(DATES_RULES)
    assert rules.weekdays["monday"] == 0 and rules.months["december"] == 12
    assert rules.relative["yesterday"].offset == -1
    assert rules.season_starts == {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


_GOOD = DATES_RULES.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('names = ["Monday"]', "names = []"),
        ('names = ["Tuesday"]', 'names = [""]'),
        ('names = ["Friday"]', "names = [5]"),
        ("index = 6", "index = 9"),
        ('names = ["January"]', 'names = ["February"]'),
        ("start_month = 6", "start_month = 13"),
        ('morning = "morning"', 'morning = "brunch"'),
        ('phrases = ["yesterday"]\nbase = "published"', 'phrases = ["yesterday"]\nbase = "tomorrow"'),
        ('phrases = ["yesterday"]\nbase = "published"\nunit = "day"',
         'phrases = ["yesterday"]\nbase = "published"\nunit = "fortnight"'),
        ("offset = -1", 'offset = "minus one"'),
        ('"recently", ', '"", '),
        ('phrases = ["yesterday"]', 'phrases = ["today"]'),
        ("two = 2", "two = 0"),
        ('hour = "hour"', 'hour = "minute"'),
        ('ago = { base = "published", sign = -1 }', 'ago = { base = "published", sign = 2 }'),
        ('local_markers = ["local time"', 'local_markers = [""'),
        ("[vague]", "[not_vague]"),
        ("[[weekday]]\nindex = 0", "[[weekday]]\nindex = 0\n[broken"),
        ('"christmas day" = "12-25"', '"christmas day" = "12-32"'),
    ],
)
def test_malformed_lexicon_raises_rule_error(tmp_path: Path, old: str, new: str):
    assert old in _GOOD
    bad = tmp_path / "dates.toml"
    bad.write_text(_GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(bad)


def test_missing_or_empty_lexicon_raises_rule_error(tmp_path: Path):
    with pytest.raises(RuleError):
        load_rules(tmp_path / "nope.toml")
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(empty)


# ---------------------------------------------------------------------------------------
# Properties

_TOKENS = [
    "Monday", "tuesday", "Sunday", "night", "of", "to", "the", "on", "late", "early", "June", "May",
    "March", "march", "Dec.", "Sept.", "17", "28th", "2021", "1920", "04.01.2022", "17/12/2023",
    "2023-12-17", "7.44", "p.m.", "GMT", "local", "time", "yesterday", "last", "this", "next",
    "week", "weekend", "month", "year", "summer", "fall", "ago", "two", "48", "hours", "days",
    "earlier", "later", "before", "after", "day", "overnight", "evening", "dawn", "at", "in",
    "recent", "since", "between", "and", "into", "-", ",", ".", "'s", "\n", "İ", "’", "—",
]
_SEPARATORS = st.sampled_from([" ", "  ", ", ", "\n", "", "-", ". "])
_PHRASES = st.lists(st.tuples(st.sampled_from(_TOKENS), _SEPARATORS), max_size=25).map(
    lambda parts: "".join(t + s for t, s in parts)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(_PHRASES, st.text(max_size=200)),
    cut=st.tuples(st.integers(0, 250), st.integers(0, 250)),
    published=st.one_of(st.none(), st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))),
)
def test_finding_and_resolving_never_fail(text, cut, published):
    start, end = min(cut), max(cut)
    exprs = find_time_expressions(text, start, end)
    bound = min(end, len(text))
    previous_end = -1
    for e in exprs:
        assert e.kind in KINDS
        assert start <= e.span.start < e.span.end <= bound
        assert text[e.span.start : e.span.end] == e.span.text
        assert e.span.start >= previous_end  # sorted, non-overlapping
        previous_end = e.span.end
        for anchor in (None, published):
            info = resolve(e, published, anchor)
            assert isinstance(info, DateInfo)
            assert info.precision in DATE_PRECISIONS
            assert (info.date is None) == (info.precision == "unknown")
            assert info.part_of_day in (None, *PARTS_OF_DAY)
    find_local_time(text, start, end)
    find_publication_date(text)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # A roundup of posts with no page date: the latest post stamp dates the page.
        ("DAILY WATCH - channels and accounts\n\n[Telegram] Resistance channel · 07.01.2024 19:42\n\"We struck the "
         "base this evening.\"\n\n[X] @LocalMonitor · Jan 8, 2024 · 8:31 PM\nA drone fell near the base.\n", D(2024, 1, 8)),
        ("Posts from the ground\n\n#Hasakah 🔴 Explosions heard near the base.\n9:21 PM · Mar 3, 2025\n\nLocals report "
         "panic.\n10:02 PM · Mar 3, 2025\n", D(2025, 3, 3)),
        ("OSINT roundup (thread)\n\n1/ @somechannel, 21 Nov 2023, 09:12\n\"We targeted the base this morning.\"\n\n"
         "2/ Local page, 21 Nov 2023, 19:40\nOne explosion heard near the base.\n", D(2023, 11, 21)),
        # A date inside running text is not a stamp.
        ("Militias fired rockets at the base on 7 January 2024, the monitor said, and again later.", None),
    ],
)
def test_latest_stamp_dates_a_page_of_posts(page, expected):
    found = find_publication_date(page, limit=len(page), latest=True)
    assert (found[0] if found else None) == expected


def test_posts_without_page_date_are_dated_by_their_stamps():
    from extraction.pipeline import extract

    page = ("ROUNDUP (auto-compiled)\n\n[Telegram] Resistance channel · 07.01.2024 19:42\n\"The mujahideen struck the "
            "occupation base in Rumailan with a drone at 18:55 this evening.\"\n")
    res = extract(page)
    assert res.meta.published == D(2024, 1, 7) and res.meta.published_source.startswith("text:")
    assert [(str(m.date.date), m.site.id) for m in res.incidents if m.role == "main"] == [("2024-01-07", "rumailan")]


def test_post_stamps_date_each_post_and_ignore_a_lone_dateline() -> None:
    digest = "Channel digest\n\n[09.11.2023 14:05]\nA drone hit the base.\n\n12 Nov 2023, 23:58\nStrikes about an hour ago.\n"
    got = [(d.isoformat(), s.text) for d, s in post_stamps(digest)]
    assert got == [("2023-11-09", "09.11.2023"), ("2023-11-12", "12 Nov 2023")]
    assert all(digest[s.start : s.end] == s.text for _, s in post_stamps(digest))
    # one day only (a page's dateline, a caption), or a date inside running text: no posts
    assert post_stamps("Thursday 04 January 2024\n\nRockets hit the base.\n04.01.2024 09:00\n") == ()
    assert post_stamps("Rockets hit the base on 09.11.2023 and again on 12.11.2023, officials said.") == ()


def test_post_stamps_on_lines_of_symbols() -> None:
    """A channel marks each day with a calendar emoji or a bullet: '🗓 13.02.2025', '📅 — 14.02.2025 —'."""
    digest = ("Channel\n\n🗓 13.02.2025\n\n🔴 A device went off last night near the road.\n\n"
              "📅 — 14.02.2025 —\n\n🔴 Gunmen attacked a checkpoint this evening.\n")
    got = [d.isoformat() for d, _ in post_stamps(digest)]
    assert got == ["2025-02-13", "2025-02-14"]
    # a word beside the date makes it running text, not a stamp
    assert post_stamps("Published 13.02.2025\n\nText.\n\nUpdated 14.02.2025\n") == ()


def test_post_stamps_ending_a_source_header() -> None:
    roundup = ("Daily roundup of channels\n\n[Telegram] Islamic Resistance in Iraq · 07.01.2024 19:42\n\"The mujahideen "
               "struck the occupation base.\"\n\n[X] @OIRSpokesman · Jan 8, 2024 · 11:20 AM\nUpdate on reports from NE Syria.\n")
    assert [(d.isoformat(), s.text) for d, s in post_stamps(roundup)] == [("2024-01-07", "07.01.2024"), ("2024-01-08", "Jan 8, 2024")]
    # a date closing a sentence of running text is no header
    assert post_stamps("The base was hit, officials said · 07.01.2024 and again 08.01.2024 in the evening.") == ()


def _triggers_by_runs(rules, text: str, low: str, start: int, end: int) -> list:  # noqa: ANN001
    """The trigger words of low[start:end] read run by run (what the automaton in _triggers speeds up)."""
    import re

    from extraction import dates as d

    found = {s: (e, names) for s, e, names in d._triggers(rules, text, low, start, end) if low[s].isdigit()}
    for m in re.finditer(r"[a-z]+", low[start:end]):
        s, e = m.start() + start, m.end() + start
        names = rules.trigger_names.get(m.group())
        if not names:
            continue
        if (s == start and s > 0 and "a" <= low[s - 1] <= "z") or (e == end and e < len(low) and "a" <= low[e] <= "z"):
            continue
        if s > 0 and low[s - 1].isdigit():
            continue
        if names[0] != "dm" or text[s].isupper() or (m.group() in rules.months and m.group() not in rules.context_months):
            found[s] = (e, names)
    return sorted((s, e, names) for s, (e, names) in found.items())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("May may Monday yesterday today 12 2023 night tonight knowledge marching at dawn "
                                "last week ago Sunday's 3rd the 21st - , . İ é \n".split(" ")), max_size=30),
       st.integers(0, 60), st.integers(0, 200))
def test_trigger_words_are_whole_runs_of_letters(words: list[str], start: int, end: int) -> None:
    from extraction import dates as d

    text = " ".join(words) + "x"
    rules = d.default_rules()
    low, _ = d._fold(text)
    end = min(end, len(text))
    start = min(start, end)
    assert d._triggers(rules, text, low, start, end) == _triggers_by_runs(rules, text, low, start, end)


def test_post_stamps_of_a_chat_export_with_two_digit_years() -> None:
    digest = ("Channel export\n\n[13.02.26 22:47]\nExplosion on the road a short while ago.\n\n[14.02.26 06:05]\n"
              "Drone strike at dawn on a car.\n\nThe 12.02.26 list is pinned.\n")
    got = [(d.isoformat(), s.text) for d, s in post_stamps(digest)]
    assert got == [("2026-02-13", "13.02.26"), ("2026-02-14", "14.02.26")]


@pytest.mark.parametrize(
    ("sentence", "day", "zone", "local"),
    [
        ("Aircraft began striking at 4 p.m. Eastern time on February 2.", D(2024, 2, 2), "eastern", D(2024, 2, 3)),
        ("The strikes hit at 9.35pm GMT, the Pentagon said.", D(2024, 2, 2), "utc", D(2024, 2, 3)),
        ("The strikes hit at about 11 p.m. in Washington.", D(2023, 6, 27), "eastern", D(2023, 6, 28)),
        ("Rockets fell at 10 a.m. ET on Monday.", D(2023, 10, 23), "eastern", D(2023, 10, 23)),
        ("Rockets fell at 7.44 p.m. local time.", D(2021, 6, 28), "local", D(2021, 6, 28)),
        # before Syria kept summer time all year (2022), winter was UTC+2: 21:30 GMT stays on its day
        ("The raid began at 21:30 GMT.", D(2021, 1, 12), "utc", D(2021, 1, 12)),
    ],
)
def test_a_clock_told_in_another_zone_gives_the_local_day(sentence, day, zone, local) -> None:
    from extraction.dates import find_clock_times, local_day

    clock = find_clock_times(sentence)[0]
    assert clock.zone == zone
    assert local_day(day, clock) == local


@pytest.mark.parametrize("sentence,words,day,part", [
    ("Gunmen on a motorbike shot dead a fuel trader at dawn today in the town of Hajin.", "at dawn today",
     date(2022, 3, 14), "morning"),
    ("A roadside bomb struck a patrol at noon yesterday near Thiban, local activists said.", "at noon yesterday",
     date(2022, 3, 13), "afternoon"),
])
def test_a_part_of_the_day_before_its_day_is_that_day(sentence: str, words: str, day: date, part: str) -> None:
    """'at dawn today' is today's dawn, one expression, as 'today at dawn' is; not a dawn counted
    from whatever event the text told last."""
    found = find_time_expressions(sentence)
    assert [e.span.text for e in found] == [words]
    assert found[0].part_of_day == part
    assert resolve(found[0], date(2022, 3, 14), date(2022, 3, 10)).date == day


def test_a_live_page_is_dated_by_its_latest_update() -> None:
    """A live page prints its last update on top and groups older posts under day headings: its
    top posts are of the update's day, not of the first day heading below them."""
    page = ("LIVE COVERAGE\nStrikes on militia bases: as it happened\n\n"
            "Updated Wednesday March 13 2024, 08.40am GMT\n\n"
            "08.40am GMT\nToll rises\n\nThe monitor says 14 fighters were killed in the overnight raids near "
            "al-Mayadin, up from nine. Residents describe a night of explosions that shook windows across the "
            "town and sent families to the riverbank; rescue teams were still searching collapsed buildings "
            "at first light, local activists say.\n\n---\n\n"
            "Tuesday March 12 2024\n\n10.15pm GMT\nRaids begin\n\nWarplanes are striking targets along the river.\n")
    day, span, _ = find_publication_date(page)
    assert day == date(2024, 3, 13) and span.text.startswith("Wednesday March 13 2024")
    # an ordinary page's "Updated" stamp below its dateline does not move the publication day
    plain = "Published March 12 2024\nUpdated March 13 2024\n\nWarplanes struck targets along the river.\n"
    assert find_publication_date(plain)[0] == date(2024, 3, 12)


def test_a_header_stamp_with_a_two_digit_year() -> None:
    """'Mundo | 17/08/20 | 18:52 | Por Lusa': an aggregator's header dates the page; the same
    digits in running text do not."""
    page = "Soldado morto em confronto\n\nMundo | 22/09/21 | 10:05 | Por Lusa\n\nA soldier died today near Qamishli.\n"
    day, span, _ = find_publication_date(page)
    assert day == date(2021, 9, 22) and span.text == "22/09/21"
    assert find_publication_date("Title\n\nThe vote was 22/09/21 in the end, officials said.\n") is None


def test_a_chat_exports_stamp_opening_a_post_dates_the_page() -> None:
    """'[19.10.23 08:14] Deir ez-Zor News: Overnight, drones ...': a channel's export prints each post's
    day with a two-digit year; a lone post is dated by it ("overnight" then counts from it)."""
    page = "[19.10.23 08:14] Deir ez-Zor News: Overnight, drones targeted the Conoco gas field base.\n"
    day, span, _ = find_publication_date(page)
    assert day == date(2023, 10, 19) and span.text == "19.10.23"
    post = "[05/02/24, 22:47] Euphrates Eye: rockets fell near the Green Village, no casualties.\n"
    assert find_publication_date(post)[0] == date(2024, 2, 5)
    assert find_publication_date("Title\n\nThe ratio [19.10.23] was cited in the annex.\n") is None


@pytest.mark.parametrize("sentence,day,month", [
    ("Tue 11.03 — gunmen opened fire on a checkpoint", 11, 3),
    ("Friday 07.06, at dawn, a drone struck a car", 7, 6),
])
def test_a_weekday_names_a_day_and_month_without_a_year(sentence: str, day: int, month: int) -> None:
    found = [e for e in find_time_expressions(sentence) if e.kind == "absolute"]
    assert [(e.day, e.month, e.year) for e in found] == [(day, month, None)]


def test_a_decimal_after_no_weekday_is_no_date() -> None:
    assert not [e for e in find_time_expressions("Sun 2.5 million people, Monday 12.5 percent") if e.kind == "absolute"]


def test_an_undated_page_is_dated_by_the_month_its_heading_covers() -> None:
    assert heading_month("WEEKLY SECURITY BRIEF — July 2023, week 2\n\n1/ On the 3rd ...")[0] == date(2023, 7, 14)
    assert heading_month("Monthly toll: November 2022\n\nThe monitor counted ...")[0] == date(2022, 11, 30)
    assert heading_month("Drones struck a depot near al-Mayadin on Tuesday.\nIn March 2022 ...") is None


def test_a_wire_dateline_with_no_year_takes_the_copyright_year() -> None:
    page = ("Strike on convoy\n\nMOSCOW, October 3. /TASS/. A coalition strike hit a convoy near Albu Kamal.\n\n"
            "Further text.\n\n© 2019 TASS Russian News Agency\n")
    value, span, source = yearless_dateline(page)
    assert (value, span.text) == (D(2019, 10, 3), "October 3")
    assert source.startswith("dateline")


@pytest.mark.parametrize("text,year", [
    ("Looking back\n\n• 2019: SDF fighters take al-Baghuz.", 2019),
    ("Milestones\n- 2022 - rockets fall on the Green Village.", 2022),
    ("2018: coalition jets pound Hajin", 2018),
])
def test_a_timeline_item_is_dated_by_the_year_that_opens_it(text: str, year: int) -> None:
    years = [e.year for e in find_time_expressions(text) if e.kind == "year"]
    assert years == [year]


def test_a_bare_year_inside_a_line_dates_nothing() -> None:
    assert [e for e in find_time_expressions("The 2019 figures: 40 dead.") if e.kind == "year"] == []


# ---------------------------------------------------------------------------------------
# A page's own date, from its text alone (no caller's date): stamp lines and page heads in the
# forms outlets print, read by metadata.build_meta (datelines, bylines, "Published/Updated",
# foreign stamps, posts, live pages, press releases, agency heads, wire signatures, footers)

PAGE_HEADS = [
    # wire datelines with the year
    ("Strike near Mayadin\n\nBEIRUT, March 3, 2024 (Reuters) - Drones hit a depot.", D(2024, 3, 3)),
    ("Strike near Mayadin\n\nDAMASCUS, Jan. 5, 2024 (Xinhua) -- Unidentified jets struck.", D(2024, 1, 5)),
    ("Strike\n\nMOSCOW, 12 February 2024 (TASS) - The ministry said.", D(2024, 2, 12)),
    ("Attack\n\nQAMISHLI, 14/02/2024 (ANHA) – A drone struck.", D(2024, 2, 14)),
    ("Attack\n\nDeir Ezzor, 3 February 2024, SANA – Martyrs fell.", D(2024, 2, 3)),
    ("Attack\n\nERBIL, Kurdistan Region, Feb. 3, 2024 — Rockets fell.", D(2024, 2, 3)),
    ("Attack\n\nTEHRAN, Feb. 03, 2024 (MNA) – The ministry condemned.", D(2024, 2, 3)),
    ("Attack\n\nWASHINGTON, Feb 2, 2024 /PRNewswire/ -- The company said.", D(2024, 2, 2)),
    ("Attack\nAMMAN, 5 Jan. 2024 (Petra) - Body.", D(2024, 1, 5)),
    ("Rockets\nBAGHDAD, Feb. 3, 2024 (UPI) -- Body.", D(2024, 2, 3)),
    ("Ataque\nBeirut, 3 de febrero de 2024 (EFE).- Body.", D(2024, 2, 3)),
    # datelines with no year, the year from the copyright line at the foot
    ("Strikes\n\nWASHINGTON/BAGHDAD, Dec 30 (EFE).- US jets bombed.\n\nMore.\n\n(c) EFE 2019. All rights reserved.",
     D(2019, 12, 30)),
    ("Strikes\n\nWashington / Baghdad, Dec 30 (EFE).- US jets bombed.\n\nMore.\n\n(c) EFE 2019.", D(2019, 12, 30)),
    ("Strikes\n\nTEHRAN, Feb. 03 (MNA) – The ministry condemned.\n\nMore.\n\n© 2024 Mehr News Agency", D(2024, 2, 3)),
    ("Strikes\n\nDAMASCUS, June 2 (Xinhua) -- Jets struck.\n\nMore.\n\nCopyright © 2019 Xinhua Net", D(2019, 6, 2)),
    ("Strikes\n\nMOSCOW, February 8. /TASS/. The ministry said.\n\nMore.\n\n© 2018 TASS", D(2018, 2, 8)),
    ("Strikes\n\nBeirut, 14 Oct (EFE).- Fighters died.\n\nMore.\n\n(c) EFE 2018", D(2018, 10, 14)),
    ("Strikes\n\nDEIR EZ-ZOR, 5 January – Shells fell on the base.\n\nMore.\n\n© 2022 ANHA Hawar News Agency",
     D(2022, 1, 5)),
    ("Strikes\n\nDeir Ezzor, August 10, SANA – Citizens were martyred.\n\nMore.\n\n© 2024 Syrian Arab News Agency",
     D(2024, 8, 10)),
    ("Strikes\n\nTehran, Dec 6, IRNA -- Warplanes killed.\n\nMore.\n\n© 2018 IRNA", D(2018, 12, 6)),
    ("TASS\n3 FEB, 10:14\nBody.\n\n© 2024 TASS", D(2024, 2, 3)),
    # bylines
    ("US strikes\nBy John Smith, Reuters | March 3, 2024 3:15 PM\nBody.", D(2024, 3, 3)),
    ("US strikes\nBy Jane Doe and Omar Haddad\nFebruary 3, 2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nBy Jane Doe · Published Feb 3, 2024 · 4 min read\nBody.", D(2024, 2, 3)),
    ("US strikes\nBy JANE DOE\nPublished 10:14 AM EST, February 3, 2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nBy Al Mayadeen English\nSource: Agencies\n3 Feb 2024 10:14\nBody.", D(2024, 2, 3)),
    ("Frappes\nPar Jean Dupont - 4 févr. 2024 à 10:12\nBody.", D(2024, 2, 4)),
    ("Attacchi\n16 Gennaio 2024 - di Redazione Esteri\nBody.", D(2024, 1, 16)),
    # published / updated / modified
    ("US strikes\nLast modified on Tue 6 Feb 2024 11.02 GMT\nBody.", D(2024, 2, 6)),
    ("US strikes\nFirst published on Sat 3 Feb 2024 01.00 GMT\nBody.", D(2024, 2, 3)),
    ("US strikes\nPublished: February 3, 2024 at 11:14 a.m. ET\nBody.", D(2024, 2, 3)),
    ("US strikes\nUpdated: 02/04/2024 09:14 PM EST\nBody.", D(2024, 2, 4)),
    ("US strikes\nPosted on 2024-02-03 by admin\nBody.", D(2024, 2, 3)),
    ("US strikes\nLast updated: 3 February 2024 - 11:20 GMT\nBody.", D(2024, 2, 3)),
    ("US strikes\nPublished On 3 Feb 2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nDate: 03.02.2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nPublication date: 3 February 2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nPublished 3 February 2024\nUpdated 3 hours ago\nBody.", D(2024, 2, 3)),
    ("US base hit\nPublished: 03.02.2024 | Updated: 04.02.2024\nBody.", D(2024, 2, 3)),
    ("US base hit\nSat 3 Feb 2024 09.14 GMT\nBody.", D(2024, 2, 3)),
    ("US base hit\n03 Feb 2024 | 09:14 AM\nBody.", D(2024, 2, 3)),
    # an age beside a dated line
    ("US strikes\nFeb 3, 2024 · 4 min read\nBody.", D(2024, 2, 3)),
    ("US strikes\n3 hours ago\nFebruary 3, 2024\nBody.", D(2024, 2, 3)),
    ("US strikes\nSaturday, February 3, 2024 | 2 days ago\nBody.", D(2024, 2, 3)),
    # foreign stamps
    ("Frappes\nPublié le 4 février 2024 à 10h12\nBody.", D(2024, 2, 4)),
    ("Frappes\nMis à jour le 05/02/2024 à 11h02\nBody.", D(2024, 2, 5)),
    ("Frappes\nBeyrouth, 31 déc 2020 (AFP) - Au moins 25 soldats.", D(2020, 12, 31)),
    ("Frappe\nLe 4 février 2024 à 10h12\nBody.", D(2024, 2, 4)),
    ("Angriffe\nStand: 03.02.2024 08:14 Uhr\nBody.", D(2024, 2, 3)),
    ("Angriffe\nVeröffentlicht am 3. Februar 2024, 10:12 Uhr\nBody.", D(2024, 2, 3)),
    ("Angriffe\n03. Februar 2024, 10:12 Uhr | Quelle: dpa\nBody.", D(2024, 2, 3)),
    ("Angriff\nBerlin, 3. Februar 2024 (dpa) - Body.", D(2024, 2, 3)),
    ("Angriff\nAktualisiert am 4. Dez. 2023, 18:02 Uhr\nBody.", D(2023, 12, 4)),
    ("Ataques\nPublicado: 3 de febrero de 2024 10:12\nBody.", D(2024, 2, 3)),
    ("Ataques\nActualizado el 4 de febrero de 2024\nBody.", D(2024, 2, 4)),
    ("Ataques\nMadrid, 3 feb. 2024 (EFE).- Body.", D(2024, 2, 3)),
    ("Attacchi\nPubblicato il 3 febbraio 2024\nBody.", D(2024, 2, 3)),
    ("Attacchi\nAggiornato alle 10:12 del 3 febbraio 2024\nBody.", D(2024, 2, 3)),
    ("Attacco\nRoma, 3 febbraio 2024 (ANSA) - Body.", D(2024, 2, 3)),
    ("Saldırı\nYayınlanma: 3 Şubat 2024 10:12\nBody.", D(2024, 2, 3)),
    ("Saldırı\n03.02.2024 10:12 | Son Güncelleme: 03.02.2024 11:00\nBody.", D(2024, 2, 3)),
    ("Saldırı\nGüncelleme Tarihi: 04 Şubat 2024\nBody.", D(2024, 2, 4)),
    ("Saldırı\nAnkara, 3 Şubat 2024 (AA) - Body.", D(2024, 2, 3)),
    ("Attack\nSaturday 22 Rajab 1445 AH - 3 February 2024\nBody.", D(2024, 2, 3)),
    ("Attack\nMehr News Agency – International Desk – 14 Bahman 1402 (3 February 2024), 10:14\nBody.", D(2024, 2, 3)),
    ("Attack\nTehran – IRNA – Saturday 14 Bahman 1402 (3 February 2024)\nBody.", D(2024, 2, 3)),
    # posts
    ("Posts\nSabereen News, [03.02.2024 07:14]\nThe base was struck.", D(2024, 2, 3)),
    ("Posts\n9:41 PM · Feb 3, 2024 · 12.3K Views\nBody.", D(2024, 2, 3)),
    ("Posts\n@channel · Feb 3, 2024\nBody.", D(2024, 2, 3)),
    # live pages
    ("Live: US strikes in Iraq and Syria\nLast updated: February 3, 2024 11:20 GMT\n11:20 GMT - Body.", D(2024, 2, 3)),
    ("LIVE\nUpdated Saturday, 3 February 2024 09:14\nBody.", D(2024, 2, 3)),
    # press releases
    ("Release No. 24-019\nJan. 5, 2024\n\nCENTCOM forces conducted a strike.", D(2024, 1, 5)),
    ("Press Release 20240203-01\nCoalition and partners strike Daesh\nSOUTHWEST ASIA – Body.", D(2024, 2, 3)),
    ("FOR IMMEDIATE RELEASE\nFebruary 3, 2024\nBody.", D(2024, 2, 3)),
    ("Release Number: 20240203-01\nBody.", D(2024, 2, 3)),
    ("Statement\nIMMEDIATE RELEASE | Feb. 2, 2024\nBody.", D(2024, 2, 2)),
    ("NEWS RELEASE\nRelease No: NR-045-24\nFeb. 3, 2024\nBody.", D(2024, 2, 3)),
    # agency heads
    ("SANA\n2024-02-03\nUS aggression\nDamascus, SANA – Body.", D(2024, 2, 3)),
    ("ANHA\nDEIR EZ-ZOR, 3 February 2024 – ANHA\nBody.", D(2024, 2, 3)),
    ("Tasnim\nFebruary, 03, 2024 - 10:14\nNews ID: 3012345\nBody.", D(2024, 2, 3)),
    ("IRNA\nFeb 3, 2024, 10:14 AM\nNews ID: 85378201\nBody.", D(2024, 2, 3)),
    ("Xinhua\nSource: Xinhua| 2024-02-03 10:14:20|Editor: huaxia\nBody.", D(2024, 2, 3)),
    ("TASS\n3 FEB 2024, 10:14\nBody.", D(2024, 2, 3)),
    ("Al Mayadeen\nSource: Agencies\n3 Feb 2024 10:14\nBody.", D(2024, 2, 3)),
    ("Enab Baladi\nFebruary 3, 2024 | Enab Baladi – Deir Ezzor\nBody.", D(2024, 2, 3)),
    ("Shafaq News\n2024-02-03T10:14:00+03:00\nBody.", D(2024, 2, 3)),
    # wire signatures under the text: a date-time group, a dpa story's number
    ("Syrien\n\nBody.\n\ndpa xx yy zz\n291406 Jan 24", D(2024, 1, 29)),
    ("Syrien\n\nBody.\n\ndpa-infocom, dpa:241001-930-248713/1\n© dpa-infocom GmbH", D(2024, 10, 1)),
    ("Syria\n\nBody.\n\nmk/ab (AFP, Reuters)\n\n030214 GMT Feb 24", D(2024, 2, 3)),
    ("Angriff\n\nBody.\n\ndpa xy zz\n051045 Dez 23", D(2023, 12, 5)),
    ("Angriff\n\nBody.\n\ndpa ab cd\n140930 Mär 24", D(2024, 3, 14)),
    # a page that stamps only its Hijri day: the Umm al-Qura calendar's, set to the weekday it names
    ("Syria TV\nTranslated by the editorial team | Monday 4 Dhu al-Hijjah 1445\nBody.", D(2024, 6, 10)),
    ("Deir Ezzor news\nSunday 1 Ramadan 1445 AH\nBody.", D(2024, 3, 10)),
    ("Local monitor\nPosted | Saturday, 22 Rajab 1445\nBody.", D(2024, 2, 3)),
    # a photo credit's date is the photo's; the yearless dateline above it gives the day filed
    ("Device hits patrol\n\nHasaka, May 14 (SANA) – A device went off.\n\nPhoto: a patrol near Tal Tamr. (SANA, 13/05/2025)\n",
     D(2025, 5, 14)),
    # a dated line in the footer
    ("Strike\n\nBody.\n\n© 2024 SOHR | This page was published on 3 February 2024.", D(2024, 2, 3)),
    ("Strike\n\nBody.\n\nCopyright © 2024 Kurdistan24. Published 3 Feb 2024.", D(2024, 2, 3)),
]

PAGE_HEAD_REJECTS = [
    "BEIRUT (Reuters) - An attack on March 3, 2024 killed two fighters, the monitor said.",
    "Report\nThe report, dated 12 January 2023, said the base was hit.",
    "Since 2017, the base has been a target.\nBody.",
    "Background\nPublished by Oxford University Press, 2019.\nBody.",
    "Photo taken on Jan. 5, 2024 shows smoke rising over the base.\nBody.",
    "Timeline\n3 February 2024 – US strikes 85 targets in Iraq and Syria.",
    "On 3 February 2024, US forces struck 85 targets.\nBody.",
    "The Pentagon's report of 15 January 2024 said attacks had risen.",
    "US base comes under fire\nThe base, opened in March 2017, hosts 200 troops.",
    "A 2019 Pentagon report found the attacks rising.",
    "US strikes\nBy mid-February 2024, the attacks had stopped.",
    "The strikes of 2 February 2024 followed the Tower 22 attack of 28 January 2024.",
    "Tower 22 attack (28 January 2024)\nBody.",
    "Attack\nEvent date: 3 February 2024\nBody.",
    "Attack\nOn Sunday, February 4, 2024, a drone hit the base, officials said.",
    "File photo dated 12 March 2019 of a US convoy near Qamishli.\nBody.",
    "Syria\n\nBody.\n\nThe book was first published in 2015.",
    "Syria\nSaturday's strikes (February 3, 2024) killed 23 people, the monitor said.",
    "The monitor has recorded 45 attacks since 17 October 2023.\nBody.",
    "Release of hostages\nThe release on 5 January 2024 of two men surprised many.",
    "Deir Ezzor\nThe attack on the night of 2/3 February 2024 killed 17.",
    "Strikes\n\nWASHINGTON (Reuters) - Drones struck.\n\nThe war began in 2011.",
    # a yearless dateline whose page prints no single copyright year; a clock-numbered list item
    "Strikes\n\nWASHINGTON, Aug 25 (Reuters) - Rockets fell.\n\nSince 2021 and 2022 attacks rose.",
    "Strikes\n\nBody.\n\n1. 251400 rounds were fired, officials said.",
    # a Hijri day inside running text, or with a weekday that is not its own
    "History\nThe city fell on 4 Dhu al-Hijjah 1445 when the group stormed it, the report said at length\nBody.",
    "Calendar\nFriday, 1 Muharram 1446 AH\nBody.",
    # a foreign word that is a month only in a stamp: "mars" in running English text
    "Mission to Mars\nThe probe, launched 3 mars 2024 according to the French agency, is said to be late today.",
]


def _page_date(page: str) -> date | None:
    from extraction.metadata import build_meta

    meta = build_meta(page, title=None, published=None, outlet=None, url=None, wire=None, given_title=None)
    assert meta.published is None or (meta.published_span is not None
                                      and page[meta.published_span.start : meta.published_span.end] == meta.published_span.text)
    return meta.published


@pytest.mark.parametrize(("page", "expected"), PAGE_HEADS)
def test_a_page_prints_its_own_date(page: str, expected: date) -> None:
    assert _page_date(page) == expected


@pytest.mark.parametrize("page", PAGE_HEAD_REJECTS)
def test_a_date_in_the_page_that_is_not_its_own(page: str) -> None:
    assert _page_date(page) is None


def test_a_dateline_a_month_from_a_photo_credit_is_not_dated_by_it() -> None:
    page = "Device hits patrol\n\nHasaka, June 20 (SANA) – A device went off.\n\nPhoto: a patrol. (SANA, 13/05/2025)\n"
    assert _page_date(page) == D(2025, 5, 13)  # the photo's date, as before: no day near it to read



def test_post_stamps_after_an_update_label() -> None:
    """A release followed by updates: 'UPDATE, June 28, 2021:' heads what was learnt that day."""
    release = ("Statement\n\nMarch 3, 2024\n\nUS aircraft struck militia sites near Albu Kamal this evening.\n\n"
               "UPDATE, March 4, 2024:\nRockets were fired at the Conoco base at about 8 pm local time.\n")
    assert [d.isoformat() for d, _ in post_stamps(release)] == ["2024-03-03", "2024-03-04"]
    for label in ("Update (12.03.2025):", "EDIT – 12 Mar 2025", "Correction: 12 March 2025", "Latest update - 12/03/2025"):
        page = f"Channel\n\n11.03.2025\n\nA drone struck a car near Hajin.\n\n{label}\nThe SDF said two men were killed.\n"
        assert [d.isoformat() for d, _ in post_stamps(page)] == ["2025-03-11", "2025-03-12"], label
    # a page's own "Updated" stamp is no update's heading
    assert post_stamps("Published 13.02.2025\n\nText.\n\nUpdated, 14.02.2025\n") == ()
