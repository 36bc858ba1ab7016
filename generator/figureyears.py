"""The years of figures once they are read: a date written without a year takes the year of
its sentence (``1 जनवरी 2025 से … 31 दिसंबर तक``) or the meeting's (``fill_year``), and a year
named again is listed once. Called by ``figures.extract_figures`` and ``pipeline.analyse``.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Figure
from generator.textdates import is_day_of


def _year_beside(dated: Figure, figure: Figure, month: int) -> int:
    """The year of a date written without one, beside a date with one: ``30 सितंबर तक … 31
    जनवरी 2025 तक`` is September 2024, ``1 जनवरी 2025 से … 31 दिसंबर तक`` December 2025."""
    year, other = int(str(dated.value)[:4]), int(str(dated.value)[5:7])
    if figure.start < dated.start and month > other:
        return year - 1
    if figure.start > dated.start and month < other:
        return year + 1
    return year


def without_repeated_years(figures: list[Figure], apart: list[tuple[int, int]] | None = None) -> list[Figure]:
    """A year named again is the same year: listed once, where the text first names it; so is a span of
    years (``2024-25``, ``2567/68``). A year in the spans ``apart`` (a minutes' session line) is its own:
    kept, and a body's year of the same number is another."""
    seen: set = set()
    out = []
    for figure in figures:
        if any(a <= figure.start < b for a, b in apart or []):
            pass
        elif figure.kind == "year" or figure.kind == "range" and figure.unit == "year":
            key = (figure.kind, str(figure.value))
            if key in seen:
                continue
            seen.add(key)
        out.append(figure)
    return out


def years_of_sentences(figures: list[Figure]) -> list[Figure]:
    """A date without a year takes the year of a full date in its sentence (``1 जनवरी 2025 से …
    31 दिसंबर तक``), or of a year written before it there (``वर्ष 2022 में 14 नवंबर को``)."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.kind != "date" or not str(figure.value).startswith("--") or figure.sentence < 0:
            continue  # a headline's date takes the meeting's year: its years are often another's
        same = [f for f in out if f.sentence == figure.sentence and f is not figure]
        month = int(str(figure.value)[2:4])
        dated = {_year_beside(f, figure, month) for f in same if f.kind == "date" and not str(f.value).startswith("--")}
        years = [f.value for f in same if f.kind == "year" and f.end <= figure.start]
        year = dated.pop() if len(dated) == 1 else years[-1] if len(set(years)) == 1 else None
        if isinstance(year, int) and is_day_of(int(str(figure.value)[2:4]), int(str(figure.value)[5:7]), year):
            out[i] = replace(figure, value=f"{year:04d}{str(figure.value)[1:]}")
    return out


def fill_year(figures: tuple[Figure, ...], meeting: str) -> tuple[Figure, ...]:
    """Give dates written without a year (``27 फरवरी``) the year that puts them nearest the meeting
    (``meeting``, ISO): its own, the one before for a month more than half a year after it (``पिछली
    बैठक 18 दिसंबर`` in March), the one after for one more than half a year before it.

    >>> f = lambda value: Figure(value, "date", None, "", "", 0, 8, 0)
    >>> [d.value for d in fill_year((f("--02-27"), f("--12-18")), "2025-03-12")]
    ['2025-02-27', '2024-12-18']
    """
    month = int(meeting[5:7])

    def dated(value):
        if isinstance(value, list):
            return [dated(v) for v in value]
        if not (isinstance(value, str) and value.startswith("--")):
            return value
        year = int(meeting[:4]) + (int(value[2:4]) - month < -6) - (int(value[2:4]) - month > 6)
        return f"{year:04d}{value[1:]}" if is_day_of(int(value[2:4]), int(value[5:7]), year) else value

    return tuple(replace(f, value=dated(f.value)) if f.kind in {"date", "range"} else f for f in figures)
