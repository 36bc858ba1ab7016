"""Which figures are key: the rule behind the cards above each article."""

from __future__ import annotations

from dataclasses import replace

from generator.model import Check, Figure

MAX_KEY = 8
_KEY_ORDER = {"ratio": 0, "money": 1, "percent": 2, "range": 3, "count": 4}


def choose_key(figures: tuple[Figure, ...], checks: tuple[Check, ...]) -> tuple[Figure, ...]:
    """Mark the key figures, at most ``MAX_KEY`` of them, in this order:
    achieved/target ratios, money, percentages, numeric ranges, then counts
    (totals that parts add up to first, then the largest). Never key: years,
    dates, ordinals, date or year ranges, figures with no label, an incidental
    figure (an example, a length of time), a value already shown, and a
    percentage that only restates a ratio's excess or share (its ratio's card
    shows it).

    >>> f = lambda i, v, k: Figure(v, k, None, str(v), "x", 0, 1, 0, id=i)
    >>> [x.key for x in choose_key((f("f1", 2023, "year"), f("f2", 5, "count"), f("f3", [1, 2], "ratio")), ())]
    [False, True, True]
    """
    restated = {c.figures[0] for c in checks if c.kind in {"excess", "share"}}
    totals = {c.figures[0] for c in checks if c.kind == "sum"}

    def rank(figure: Figure):
        kind_rank = _KEY_ORDER[figure.kind]
        if figure.kind == "count":
            return (kind_rank, figure.id not in totals, -figure.value, figure.start)
        return (kind_rank, False, 0, figure.start)

    eligible = [f for f in figures if f.kind in _KEY_ORDER and f.label and f.id not in restated and not f.incidental
                and not f.headline
                and not (f.kind == "range" and (f.unit in {None, "year"} and _looks_like_years_or_dates(f.value)))]
    key: set[str] = set()
    shown: set[tuple] = set()
    for figure in sorted(eligible, key=rank):
        value = (figure.kind, figure.unit, repr(figure.value))
        if value in shown:
            continue  # the same value twice (a headline, a recap): one card
        shown.add(value)
        key.add(figure.id)
        if len(key) == MAX_KEY:
            break
    return tuple(replace(f, key=f.id in key) for f in figures)


def _looks_like_years_or_dates(value) -> bool:
    return isinstance(value[0], str) or all(isinstance(v, int) and 1900 <= v <= 2100 for v in value)
