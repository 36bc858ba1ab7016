"""Meeting dates: the year an article does not state, and dates written for readers.

Babel has no Buddhist calendar, so Thai dates are formatted with Babel's Thai
month names and the year in the language's own era (``era_offset``).
"""

from __future__ import annotations

import datetime
import functools
import re

from babel import Locale
from babel.dates import format_date

from generator.language import get_language


def era_offset(lang: str) -> int:
    """What a language's readers add to a Gregorian year (543 for the Buddhist Era in Thai;
    ``calendar_offset`` in its data).

    >>> era_offset("th"), era_offset("hi")
    (543, 0)
    """
    return int(get_language(lang)["calendar_offset"] or 0)


def infer_year(month: int, lead_years: list[int], other_years: list[int], ends: frozenset[int] = frozenset()) -> int | None:
    """The meeting's year when the text gives only day and month.

    Years named in the lead decide, else those in the rest of the text. A
    meeting that reviews years up to Y and plans Y+1 (a run of consecutive
    years from the earliest named) is held in Y+1 if its month is
    January–September, in Y if October–December (year-end reviews). Years
    that do not continue the run (long-term goals) are ignored. With a single
    year named, that year. ``ends``: years named only as the end of a period
    (``2023-2024 शैक्षणिक वर्ष``): they link a run, but a run does not end on one.

    >>> infer_year(2, [2023, 2024], []), infer_year(12, [2023, 2024], []), infer_year(3, [], [2023, 2030])
    (2024, 2023, 2023)
    >>> infer_year(3, [2023, 2024, 2025], []), infer_year(9, [2023, 2024], [], frozenset({2025})), infer_year(5, [], []) is None
    (2025, 2024, True)
    """
    years = sorted(set(lead_years or other_years))
    if not years:
        return None
    named = set(years) | set(ends)
    last = years[0]
    while last + 1 in named:
        last += 1
    while last in ends and last not in years:
        last -= 1
    if last == years[0]:
        return last
    return last if month <= 9 else last - 1


def format_meeting_date(iso: str, lang: str) -> str:
    """A date for readers, in the page's language and calendar.

    >>> format_meeting_date("2024-02-27", "th"), format_meeting_date("2024-02-27", "hi")
    ('27 กุมภาพันธ์ 2567', '27 फ़रवरी 2024')
    >>> format_meeting_date("--02-27", "hi"), format_meeting_date("2024-02", "th")
    ('27 फ़रवरी', 'กุมภาพันธ์ 2567')
    """
    if iso.startswith("--"):
        day = datetime.date(2000, int(iso[2:4]), int(iso[5:7]))
        return format_date(day, "d MMMM", locale=_locale(lang))
    if len(iso) == len("2024-02"):  # a month of a year
        return format_month(int(iso[:4]), int(iso[5:7]), lang)
    day = datetime.date.fromisoformat(iso)
    if era_offset(lang):
        return f"{format_date(day, 'd MMMM', locale=_locale(lang))} {day.year + era_offset(lang)}"
    return format_date(day, "d MMMM y", locale=_locale(lang))


@functools.cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)  # once: Babel parsed the name on every date (most of a listing's time)


def format_month(year: int, month: int, lang: str, with_year: bool = True) -> str:
    """A month for readers (archive pages), in the page's language and calendar.

    >>> format_month(2024, 2, "th"), format_month(2024, 2, "hi"), format_month(2024, 2, "hi", with_year=False)
    ('กุมภาพันธ์ 2567', 'फ़रवरी 2024', 'फ़रवरी')
    """
    name = format_date(datetime.date(year, month, 1), "LLLL", locale=_locale(lang))
    return f"{name} {format_year(year, lang)}" if with_year else name


def format_year(year: int, lang: str) -> str:
    """A year for readers: Buddhist Era in Thai.

    >>> format_year(2024, "th"), format_year(2024, "hi")
    ('2567', '2024')
    """
    return str(year + era_offset(lang))


def sort_key(iso: str) -> str:
    """Dates without a year sort after every dated meeting (newest first lists them last).

    >>> sorted(["2024-02-27", "--10-09", "2023-12-01"], key=sort_key, reverse=True)
    ['2024-02-27', '2023-12-01', '--10-09']
    """
    return iso if not iso.startswith("--") else "0000" + iso[1:]


_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=[-_.]|$)")


def date_from_name(path: str) -> str | None:
    """The ``YYYY-MM-DD`` that starts a file's name (Jekyll's and Pelican's convention), if any.

    >>> date_from_name("content/2021-07-09-press-briefing.hi.txt"), date_from_name("content/2021-13-09-x.txt")
    ('2021-07-09', None)
    >>> date_from_name("content/notes-2021-07-09.txt") is None
    True
    """
    match = _NAME_DATE.match(path.replace("\\", "/").rsplit("/", 1)[-1])
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def days_before(published: str, days: int) -> str:
    """The date ``days`` days before ``published`` (``आज`` is 0, ``कल`` 1).

    >>> days_before("2024-03-01", 1), days_before("2024-03-01", 0)
    ('2024-02-29', '2024-03-01')
    """
    return (datetime.date.fromisoformat(published) - datetime.timedelta(days=days)).isoformat()


def last_weekday(published: str, weekday: int) -> str:
    """The latest ``weekday`` (Monday 0) on or before ``published``: a report that says
    "on Friday" tells of the Friday of its week.

    >>> last_weekday("2024-07-12", 4), last_weekday("2024-07-12", 1)
    ('2024-07-12', '2024-07-09')
    """
    day = datetime.date.fromisoformat(published)
    return (day - datetime.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


def weekday_year_near(month: int, day: int, weekday: int, year: int, today: datetime.date, wire: bool = False) -> int:
    """The year the text implies, or the one next to it where the day falls on the weekday the
    report names (the text's years are often the year reviewed, not the meeting's); in a wire's year,
    also where the weekday is the day before (``wire``: the agency dates it the day after). Where neither
    fits, the years it names are of the past it looks back on (``वर्ष 2021 में लगे इस प्लांट``): the
    weekday's latest year after them (``year_of_weekday``), if any.

    >>> today = datetime.date(2026, 12, 2)
    >>> weekday_year_near(6, 14, 4, 2023, today), weekday_year_near(6, 14, 2, 2023, today)
    (2024, 2023)
    >>> weekday_year_near(8, 13, 1, 2021, today), weekday_year_near(8, 13, 1, 2026, today)
    (2024, 2026)
    >>> weekday_year_near(8, 14, 2, 2025, today, wire=True), weekday_year_near(8, 14, 2, 2025, today)
    (2025, 2024)
    """
    for candidate, back in ((year, 0), (year, int(wire)), (year + 1, 0), (year - 1, 0)):
        try:  # a wire's year also where the weekday is the day before its dateline, as agencies date one
            if (datetime.date(candidate, month, day) - datetime.timedelta(days=back)).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    later = year_of_weekday(month, day, weekday, today)
    return later if later and later > year else year


def year_of_weekday(month: int, day: int, weekday: int, today: datetime.date) -> int | None:
    """The year of a day and month that a report names with its weekday (Monday 0), when it
    names no year: the latest such day not after ``today``, within seven years (older reports
    are rare, and a weekday that fits none is more likely the day before, as agencies write).

    >>> year_of_weekday(10, 16, 2, datetime.date(2026, 12, 2)), year_of_weekday(2, 29, 0, datetime.date(2026, 1, 1))
    (2024, None)
    """
    for year in range(today.year, today.year - 8, -1):
        try:
            day_of = datetime.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if day_of <= today and day_of.weekday() == weekday:
            return year
    return None


def year_near(month: int, day: int, published: str) -> int:
    """The year of a day and month a report names, from the day it was published: the
    same year, unless that puts the day more than a month after publication (a report
    of 28 December published on 5 January).

    >>> year_near(12, 28, "2024-01-05"), year_near(3, 20, "2024-03-10"), year_near(2, 29, "2025-01-10")
    (2023, 2024, 2024)
    """
    published_day = datetime.date.fromisoformat(published)
    for year in (published_day.year, published_day.year - 1, published_day.year - 2, published_day.year - 3):
        try:
            if datetime.date(year, month, day) <= published_day + datetime.timedelta(days=31):
                return year
        except ValueError:
            continue  # 29 February in a common year
    return published_day.year


def gregorian_year(written: str, lang: str) -> int | None:
    """A year as written with a date → Gregorian: Buddhist-Era years (2567) and two-digit
    Buddhist-Era years (``12 มี.ค. 67``) where the language counts them; ``None`` if it is no
    plausible year.

    >>> gregorian_year("2567", "th"), gregorian_year("67", "th"), gregorian_year("2024", "th"), gregorian_year("2024", "hi")
    (2024, 2024, 2024, 2024)
    >>> gregorian_year("67", "hi") is None, gregorian_year("1066", "hi") is None
    (True, True)
    """
    offset, year = era_offset(lang), int(written)
    if len(written) == 2:
        year = 2500 + year - offset if offset else 0
    elif offset and year > 2400:
        year -= offset
    return year if 1900 <= year <= 2200 else None
