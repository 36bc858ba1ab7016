"""The arithmetic an article states or implies, verified.

- sum: count figures after a total with the same label that add up to it
  (``73 पार्टी संगठन … 10 … 63 पार्टी संगठन``: 10 + 63 = 73); when the sentence
  of the total announces its parts (``इनमें से``, ``โดยที่``) and they do not add
  up, a mismatch.
- excess: an achieved/target ratio followed by a percentage with a
  comparative (``103/80 … 28.75% अधिक``): (103 / 80 − 1) × 100.
- share: a part/whole ratio followed by a percentage without one:
  (a / b) × 100; in a table's row, two amounts and a percentage after them (``कृषि | 1,350 |
  1,242 | 92``): the second over the first.
- sum, in a table: a last row named a total (``कुल``, ``รวม``), each amount the sum of its column's.

A stated percentage is ``ok`` when it equals the computed value to its own
decimals and the rest of the computed digits are zero, ``rounded`` or
``truncated`` when it only holds that way, else ``mismatch``.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from generator.language import Language
from generator.model import Check, Figure
from generator.tables import tables_of


def find_checks(figures: tuple[Figure, ...], text: str, lang: Language) -> tuple[Check, ...]:
    """Every check found among ``figures`` of one article.

    >>> from generator.language import get_language
    >>> f = lambda i, v, k, label: Figure(v, k, "%" if k == "percent" else None, str(v), label, 0, 1, 0, id=i)
    >>> figs = (f("f1", [16, 15], "ratio", "संगठनों"), f("f2", 6.6, "percent", "लक्ष्य से अधिक"))
    >>> [(c.kind, c.status, round(c.expected, 2)) for c in find_checks(figs, "", get_language("hi"))]
    [('excess', 'truncated', 6.67)]
    """
    return tuple(_ratio_checks(figures, lang)) + tuple(_row_checks(figures, text)) + tuple(_column_checks(figures, text, lang)) \
        + tuple(_sum_checks(figures, text, lang))


def compare(expected: float, stated: float, decimals: int) -> str:
    """How a stated value relates to the computed one.

    >>> compare(28.75, 28.75, 2), compare(7.6923, 7.7, 1), compare(6.6667, 6.6, 1), compare(6.6667, 6.5, 1)
    ('ok', 'rounded', 'truncated', 'mismatch')
    """
    if math.isclose(expected, stated, abs_tol=1e-9):
        return "ok"
    if math.isclose(round(expected, decimals), stated, abs_tol=1e-9):
        return "rounded"
    factor = 10 ** decimals
    if math.isclose(math.trunc(expected * factor) / factor, stated, abs_tol=1e-9):
        return "truncated"
    return "mismatch"


def _ratio_checks(figures, lang: Language):
    for ratio, percent in zip(figures, figures[1:]):
        if ratio.kind != "ratio" or percent.kind != "percent" or ratio.sentence != percent.sentence:
            continue
        part, whole = ratio.value
        if not whole:
            continue
        direction = _comparative(percent.label, lang)
        if direction == "more":
            kind, expected = "excess", (part / whole - 1) * 100
        elif direction == "less":
            kind, expected = "excess", (1 - part / whole) * 100
        else:
            kind, expected = "share", part / whole * 100
        status = compare(expected, percent.value, _decimals(percent.text))
        yield Check(kind=kind, figures=(percent.id, ratio.id), status=status, expected=expected,
                    stated=percent.value, message=_message(kind, ratio, percent, expected, status))


def _row_checks(figures, text: str):
    """A table's row with two amounts of one unit and a percentage after them (``कृषि | 1,350 | 1,242 | 92``):
    the percentage, when it is the second of the first, to its decimals (a row whose percentage is of
    something else says nothing)."""
    for rows in tables_of(text):
        for row in rows:
            inside = [f for f in figures if row.start <= f.start < row.end]
            amounts = [f for f in inside if f.kind in {"count", "money"}]
            shares = [f for f in inside if f.kind == "percent"]
            if len(amounts) != 2 or len(shares) != 1 or amounts[0].unit != amounts[1].unit or not amounts[0].value \
                    or shares[0].start < amounts[1].start:
                continue
            whole, part, percent = amounts[0], amounts[1], shares[0]
            expected = part.value / whole.value * 100
            status = compare(expected, percent.value, _decimals(percent.text))
            if status != "mismatch":
                yield Check(kind="share", figures=(percent.id, part.id, whole.id), status=status, expected=expected,
                            stated=percent.value, message=f"{part.text} / {whole.text} → {expected:.2f}%; stated "
                                                          f"{percent.text}: {_VERDICTS[status]}")


def _column_checks(figures, text: str, lang: Language):
    """A table's last row named a total (``कुल``, ``รวม``): each of its amounts is the sum of its column's
    above it, or a mismatch."""
    totals = tuple(lang["table_total_words"] or ())
    for rows in tables_of(text):
        last = rows[-1]
        if len(rows) < 3 or not totals or not last.cells[0].text.startswith(totals):
            continue
        for cell in last.cells[1:]:
            total = next((f for f in figures if cell.start <= f.start < cell.end and f.kind in {"count", "money"}), None)
            column = last.cells.index(cell)
            parts = [f for row in rows[:-1] if column < len(row.cells) for f in figures
                     if row.cells[column].start <= f.start < row.cells[column].end and f.kind in {"count", "money"}]
            if total is None or len(parts) < 2 or any(p.unit != total.unit for p in parts):
                continue
            yield _sum_check(total, parts, "ok" if math.isclose(sum(p.value for p in parts), total.value) else "mismatch")


_VERDICTS = {"ok": "verified", "rounded": "holds by rounding", "truncated": "holds only by truncation",
             "mismatch": "does not match"}


def _comparative(label: str, lang: Language) -> str | None:
    for word, direction in lang["comparatives"].items():
        if word in label:
            return direction
    return None


def _decimals(text: str) -> int:
    match = re.search(r"\d[.,](\d+)(?!.*\d[.,]\d)", text)
    return len(match.group(1)) if match else 0


def _message(kind, ratio, percent, expected, status) -> str:
    what = {"excess": "over target", "share": "share"}[kind]
    return f"{ratio.text} → {expected:.2f}% {what}; stated {percent.text}: {_VERDICTS[status]}"


_MAX_PARTS = 12


def _sum_checks(figures, text, lang: Language):
    """Totals and their parts: later figures of the same paragraph, label and unit.

    Linear in the number of figures per group (prefix sums over at most
    ``_MAX_PARTS`` parts), so an article with thousands of numbers stays fast.
    """
    groups: dict[tuple, list[Figure]] = {}
    breaks = [m.start() for m in re.finditer("\n", text)]
    for figure in figures:
        if figure.kind in {"count", "money"} and figure.label:
            paragraph = bisect.bisect(breaks, figure.start)
            groups.setdefault((paragraph, _stem(figure.label, lang), figure.unit), []).append(figure)
    for group in groups.values():
        for i, total in enumerate(group):
            parts = group[i + 1:i + 1 + _MAX_PARTS]
            if len(parts) < 2:
                continue
            sums = list(itertools.accumulate(p.value for p in parts))
            matches = [n for n in range(2, len(parts) + 1) if math.isclose(sums[n - 1], total.value)]
            if matches:
                yield _sum_check(total, parts[:matches[-1]], "ok")
            elif _announces_parts(text, total, lang):
                yield _sum_check(total, parts, "mismatch")


def _sum_check(total: Figure, parts: list[Figure], status: str) -> Check:
    expected = sum(p.value for p in parts)
    terms = " + ".join(p.text for p in parts)
    verdict = "verified" if status == "ok" else "does not match"
    return Check(kind="sum", figures=(total.id, *(p.id for p in parts)), status=status, expected=expected,
                 stated=total.value, message=f"{terms} = {expected:g}; stated total {total.text}: {verdict}")


def _stem(label: str, lang: Language) -> str:
    """A label without its words' plural and oblique endings (``संगठनों`` → ``संगठन``), for
    telling whether two figures count the same thing. Endings are cut word by word: ``\b``
    cannot be used, a word ending in a vowel sign has no word boundary after it in ``re``.

    >>> from generator.language import get_language
    >>> _stem("पार्टी संगठनों", get_language("hi")) == _stem("पार्टी संगठन", get_language("hi"))
    True
    """
    return "".join(stem_word(word, lang) for word in label.split())


def stem_word(word: str, lang: Language) -> str:
    """A word without its plural or oblique ending (``संगठनों`` → ``संगठन``)."""
    for ending in sorted(lang["plural_endings"] or [], key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[:-len(ending)]
    return word


def _announces_parts(text: str, total: Figure, lang: Language) -> bool:
    window = text[total.end:total.end + 200].split("\n")[0]
    return any(marker in window for marker in lang["total_markers"])
