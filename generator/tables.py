"""Figures in a table: a release's or a briefing's rows of numbers under a line of column heads
(``| क्षेत्र | लक्ष्य (करोड़ रुपये) | उपलब्धि (करोड़ रुपये) |``, cells apart by ``|`` or tabs).

The words beside a number in a cell say nothing of it: what it counts is its row's head (the first
cell) and its column's head, put together by the language's ``table_label``
(``कृषि लक्ष्य``, ``เป้าหมายอำเภอเมือง``), and its unit is the one its column's head names in
parentheses or alone (``(करोड़ रुपये)``, ``ร้อยละ``), read by the same engine as any number
(``1,350`` under ``(करोड़ रुपये)`` is read as ``1,350 करोड़ रुपये``). The heads' own numbers (a unit
read as an amount, a year over a column) are not figures. Called by ``figures.extract_figures``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from generator.labelwords import fill
from generator.language import Language
from generator.model import Figure

Reader = Callable[[str], tuple[Figure, ...]]
"""Reads the figures of a short text in the article's language (``extract_figures`` of one span)."""


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]


def tabled(figures: list[Figure], text: str, lang: Language, read: Reader) -> list[Figure]:
    """``figures`` with those in a table's cells labelled and measured by its heads, and those in its
    head row left out."""
    tables = tables_of(text)
    if not tables:
        return figures
    out: list[Figure] = []
    for figure in figures:
        found = _cell_of(figure, tables)
        if found is None:
            out.append(figure)
            continue
        rows, row, column = found
        head = rows[0] if has_head(rows) else None
        totals = lang["table_total_words"] or []
        named = _name_column(rows, totals)
        numbered = column == named and _NUMBER.fullmatch(row.cells[named].text) and _numbered(rows, named, lang)
        if row is head or column == named and _in_unit(figure, row.cells[named]) or column < named or numbered:
            continue  # "लक्ष्य (करोड़ रुपये)", "2024-25", a row's "(लाख लीटर)", a row's serial "१." or number
            # ("वार्ड सं. | … / १ | …"): not figures
        name = row.cells[named].text or (row.cells[0].text if row.cells[0].text in totals else "")  # "योग | | ३८२"
        if head and _NUMBER.fullmatch(name) and named < len(head.cells) and head.cells[named].text:
            name = f"{head.cells[named].text} {name}"  # "वार्ड सं. | … / १ | …": ward 1, not "1"
        out.append(_in_cell(figure, head.cells[column].text if head and column < len(head.cells) else "",
                            name if column != named else "", lang, read))
    return out


def column_unit(figure: Figure, text: str) -> str | None:
    """The unit a figure in a table's cell has from its column's head in parentheses (``करोड़ रुपये`` of
    ``लक्ष्य (करोड़ रुपये)``) or, when that names none, from its row's head (``औसत दैनिक संकलन (लाख
    लीटर)``); "" for a cell whose heads name none, None out of a table."""
    found = _cell_of(figure, tables_of(text))
    if found is None:
        return None
    rows, row, column = found
    head = rows[0].cells[column].text if has_head(rows) and column < len(rows[0].cells) else ""
    unit = _UNIT.search(head) or (_UNIT.search(row.cells[0].text) if column else None)
    return unit.group(1).strip() if unit else ""


def has_head(rows: Sequence[Row]) -> bool:
    """Whether a table's first row is its columns' heads: none of its cells is a number alone."""
    return not any(_NUMBER.fullmatch(cell.text) for cell in rows[0].cells)


@functools.lru_cache(maxsize=8)
def tables_of(text: str) -> tuple[tuple[Row, ...], ...]:
    """The tables of ``text``: runs of two lines or more with the same number of cells (two at least),
    a rule line under the first (``|---|---|``) left out, one column at least of numbers alone under
    its head (not two lines of page data: ``Edited By: … | Reported By: …``). Read once per text: the
    figures, the checks and the page ask for them."""
    tables: list[list[Row]] = []
    current: list[Row] = []
    at = 0
    for line in text.split("\n"):
        row = _row(line, at)
        at += len(line) + 1
        if row is not None and _RULE.fullmatch(line.strip()):
            continue
        if row is not None and (not current or len(row.cells) == len(current[0].cells)):
            current.append(row)
            continue
        if _numeric(current):
            tables.append(current)
        current = [row] if row is not None else []
    if _numeric(current):
        tables.append(current)
    return tuple(tuple(rows) for rows in tables)


def _name_column(rows: Sequence[Row], totals: list[str]) -> int:
    """The column that names the rows: the first, unless it holds only serial numbers (``क्र.सं. | सड़क का
    नाम | …``, ``१. | भीमपुरा से खजूरी संपर्क सड़क | …``, a total's row's word aside: ``योग | | ३८२``): then the
    first one after it with a word."""
    body = [row for row in (rows[1:] if has_head(rows) else rows) if not row.cells or row.cells[0].text not in totals]
    return next((i for i in range(len(rows[0].cells))
                 if not all(i < len(row.cells) and _NUMBER.fullmatch(row.cells[i].text) for row in body)), 0)


def _numbered(rows: Sequence[Row], named: int, lang: Language) -> bool:
    """Whether the rows' naming column numbers them: its head ends in a word for a number (``row_number_heads``:
    ``वार्ड सं.``), not a measure (``फैट (%)``)."""
    head = rows[0].cells[named].text if has_head(rows) and named < len(rows[0].cells) else ""
    return bool(head) and head.endswith(tuple(lang["row_number_heads"] or ()))


def _numeric(rows: Sequence[Row]) -> bool:
    body = rows[1:] if rows and has_head(rows) else rows
    return len(rows) > 1 and bool(body) and any(all(_NUMBER.fullmatch(row.cells[i].text) for row in body)
                                                for i in range(len(rows[0].cells)))


def in_row(start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` is on a line that is a table's row."""
    stop = text.find("\n", end)
    return _row(text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)], 0) is not None


def _row(line: str, at: int) -> Row | None:
    """A line of cells apart by ``|`` (the outer bars optional) or by tabs, or None."""
    sep = "|" if line.count("|") >= 2 or line.strip().startswith("|") and line.count("|") >= 1 else \
        "\t" if line.strip().count("\t") >= 1 else None
    if sep is None:
        return None
    cells, start = [], 0
    for part in line.split(sep):
        left = len(part) - len(part.lstrip())
        cells.append(Cell(at + start + left, at + start + len(part.rstrip()), part.strip()))
        start += len(part) + 1
    if sep == "|" and line.strip().startswith("|"):
        cells = cells[1:]
    if sep == "|" and line.strip().endswith("|"):
        cells = cells[:-1]
    return Row(at, at + len(line), tuple(cells)) if len(cells) >= 2 else None


def _cell_of(figure: Figure, tables: Sequence[Sequence[Row]]) -> tuple[Sequence[Row], Row, int] | None:
    for rows in tables:
        for row in rows:
            if row.start <= figure.start < row.end:
                column = next((i for i, c in enumerate(row.cells) if c.start <= figure.start < max(c.end, c.start + 1)), None)
                return (rows, row, column) if column is not None else None
    return None


def _in_unit(figure: Figure, cell: Cell) -> bool:
    """Whether ``figure`` is in the parentheses of a head cell's unit (``(लाख लीटर)``)."""
    unit = _UNIT.search(cell.text)
    return unit is not None and cell.start + unit.start() <= figure.start < cell.start + unit.end()


def _in_cell(figure: Figure, column: str, row: str, lang: Language, read: Reader) -> Figure:
    """A cell's figure measured by its column's unit and labelled by its row's and column's heads."""
    unit, row_unit = _UNIT.search(column), _UNIT.search(row)
    name = (column[:unit.start()] + column[unit.end():]).strip() if unit else column
    measure = unit.group(1) if unit else column
    measured = read(f"{figure.text} {measure}") if figure.kind in {"count", "percent", "money"} and measure else ()
    if measure[:1] and unicodedata.category(measure[0]) == "Sc" and not (
            measured and measured[0].start == 0 and measured[0].text != figure.text):
        measured = read(f"{measure[0]}{figure.text} {measure[1:].strip()}")  # "लागत (₹ लाख)": "₹३६.५० लाख"
    if row_unit and not unit and not (measured and measured[0].start == 0 and measured[0].kind == "percent"):
        measured = read(f"{figure.text} {row_unit.group(1)}")  # "औसत दैनिक संकलन (लाख लीटर) | ३.२० | …"
    row = (row[:row_unit.start()] + row[row_unit.end():]).strip() if row_unit else row
    if measured and measured[0].start == 0 and measured[0].kind in {"count", "percent", "money"}:
        figure = replace(figure, value=measured[0].value, kind=measured[0].kind, unit=measured[0].unit)
    if figure.kind in {"date", "year"} or not name and not row:
        return figure
    label = fill(lang["table_label"] or "{row} {column}", lang, row=row, column=name).strip() if row and name else row or name
    return replace(figure, label=label)


_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")
_UNIT = re.compile(r"\(([^()]{1,40})\)")
_NUMBER = re.compile(r"[-+]?[\d.,%]+")  # digits of every script
