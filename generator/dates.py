"""Meeting dates: the year an article does not state, and dates written for readers.

Babel has no Buddhist calendar, so Thai dates are formatted with Babel's Thai
month names and the year + 543.
"""

from __future__ import annotations

import datetime
import functools

from babel import Locale
from babel.dates import format_date

# Locales whose readers count years in the Buddhist Era.
_BUDDHIST_ERA = {"th": 543}


def infer_year(month: int, lead_years: list[int], other_years: list[int]) -> int | None:
    """The meeting's year when the text gives only day and month.

    Years named in the lead decide, else those in the rest of the text. A
    meeting that reviews year Y and plans Y+1 (both named) is held in Y+1 if
    its month is January–September, in Y if October–December (year-end
    reviews). Years more than one after the earliest (long-term goals) are
    ignored. With a single year named, that year.

    >>> infer_year(2, [2023, 2024], []), infer_year(12, [2023, 2024], []), infer_year(3, [], [2023, 2030])
    (2024, 2023, 2023)
    >>> infer_year(5, [], []) is None
    True
    """
    years = sorted(set(lead_years or other_years))
    if not years:
        return None
    base = years[0]
    if base + 1 in years:
        return base + 1 if month <= 9 else base
    return base


def format_meeting_date(iso: str, lang: str) -> str:
    """A date for readers, in the page's language and calendar.

    >>> format_meeting_date("2024-02-27", "th"), format_meeting_date("2024-02-27", "hi")
    ('27 กุมภาพันธ์ 2567', '27 फ़रवरी 2024')
    >>> format_meeting_date("--02-27", "hi")
    '27 फ़रवरी'
    """
    if iso.startswith("--"):
        day = datetime.date(2000, int(iso[2:4]), int(iso[5:7]))
        return format_date(day, "d MMMM", locale=_locale(lang))
    day = datetime.date.fromisoformat(iso)
    if lang in _BUDDHIST_ERA:
        return f"{format_date(day, 'd MMMM', locale=_locale(lang))} {day.year + _BUDDHIST_ERA[lang]}"
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
    return str(year + _BUDDHIST_ERA.get(lang, 0))


def sort_key(iso: str) -> str:
    """Dates without a year sort after every dated meeting (newest first lists them last).

    >>> sorted(["2024-02-27", "--10-09", "2023-12-01"], key=sort_key, reverse=True)
    ['2024-02-27', '2023-12-01', '--10-09']
    """
    return iso if not iso.startswith("--") else "0000" + iso[1:]
