"""Figures written for a page's readers: numbers in the page's locale (Babel),
large amounts with the language's own scale words, Thai years in the Buddhist Era.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from generator.dates import format_meeting_date, format_year
from generator.language import get_language
from generator.lexicon import lexicon
from generator.model import Article, Figure
from generator.numerals import tokenize
from generator.tables import column_unit


def format_number(value: float, lang: str) -> str:
    """A number with the locale's grouping (Indian grouping in Hindi).

    >>> format_number(10000000, "hi"), format_number(1549, "th"), format_number(28.75, "hi")
    ('1,00,00,000', '1,549', '28.75')
    """
    locale = _locale(lang)
    return locale.decimal_formats[None].apply(value, locale, decimal_quantization=False)


@functools.cache
def _locale(lang: str) -> Locale:
    return Locale.parse(get_language(lang)["locale"])


def format_amount(value: float, lang: str) -> str:
    """A large amount with the language's scale word.

    >>> format_amount(12500000000, "hi"), format_amount(16000000000, "th"), format_amount(4500, "th")
    ('1,250 करोड़', '16,000 ล้าน', '4,500')
    """
    for word, scale in get_language(lang)["display_scales"].items():
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 2), lang)} {word}"
    return format_number(value, lang)


def format_figure(figure: Figure, lang: str) -> str:
    """The value of a figure as the page shows it.

    >>> f = Figure(37500000000, "money", "INR", "3,750 करोड़ रुपये", "", 0, 1, 0)
    >>> format_figure(f, "hi"), format_figure(f, "th")
    ('3,750 करोड़ भारतीय रुपया', '37,500 ล้าน รูปีอินเดีย')
    >>> format_figure(Figure([103, 80], "ratio", None, "103/80", "", 0, 1, 0), "th")
    '103/80'
    >>> format_figure(Figure([2021, 2026], "range", "year", "2564-2569", "", 0, 1, 0), "th")
    '2564–2569'
    """
    value, kind = figure.value, figure.kind
    if kind == "date":
        return format_meeting_date(value, lang)
    if kind == "year":
        return format_year(value, lang)
    if kind == "range" and figure.unit == "year":  # "2564–2569" in Thai, "2021–2026" in Hindi: no grouping
        return "–".join(format_year(v, lang) for v in value)
    if kind == "range" and isinstance(value[0], str):
        return f"{format_meeting_date(value[0], lang)} – {format_meeting_date(value[1], lang)}"
    if kind == "ratio":
        return f"{format_number(value[0], lang)}/{format_number(value[1], lang)}"
    if isinstance(value, list):
        text = "–".join(format_amount(v, lang) for v in value)
    else:
        text = format_amount(value, lang)
    if figure.unit == "%":
        return f"{text}%"
    if figure.unit:
        return f"{text} {currency_name(figure.unit, lang)}"
    return text


def currency_name(code: str, lang: str) -> str:
    """The currency's name in the page's language, from Babel's CLDR data."""
    return _locale(lang).currencies.get(code, code)


def ratio_percent(figure: Figure) -> float | None:
    """Achieved/target as a percentage (``103/80`` → 128.75), for the bar."""
    if figure.kind != "ratio" or not figure.value[1]:
        return None
    return figure.value[0] / figure.value[1] * 100


def _per_after(figure: Figure, article: Article) -> str:
    """The words right after an amount that say what it is per (``per_words`` and the word after it), as
    written; ``""`` when none follow."""
    tokens = tokenize(article.text[figure.end:figure.end + _PER_CHARS])
    k = 1 if tokens and tokens[0].kind == "space" and "\n" not in tokens[0].text else 0
    per = get_language(article.lang)["per_words"] or []
    if not per or k + 1 >= len(tokens) or tokens[k].text != per[0]:
        return ""
    j = k + 1 + (tokens[k + 1].kind == "space" and "\n" not in tokens[k + 1].text)
    return article.text[figure.end:figure.end + tokens[j].end] if j < len(tokens) and tokens[j].kind == "word" else ""


_PER_CHARS = 40


def as_written(figure: Figure, article: Article) -> str:
    """A figure as the article writes it, with the word of its measure (``7.25 लाख टन``):
    money is not re-expressed in another scale, a quantity keeps its unit.

    >>> from generator.pipeline import process_article
    >>> a = process_article("x.txt", "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 ข้าว 7.25 แสน ตัน งบ 2,300 พันล้านดอง".encode())
    >>> [as_written(f, a) for f in a.figures if f.kind in {"count", "money"}]
    ['7.25 แสน ตัน', '2,300 พันล้านดอง']
    """
    if (figure.kind == "money" or figure.unit and figure.kind != "percent") and (unit := column_unit(figure, article.text)):
        return f"{figure.text} {unit}"  # a table's cell, with its column's or row's unit ("1,350" under "लक्ष्य (करोड़ रुपये)")
    if figure.kind == "percent" and re.fullmatch(r"[\d.,]+", figure.text) and column_unit(figure, article.text) is not None:
        return format_figure(figure, article.lang)
    if figure.kind == "money" and (per := _per_after(figure, article)):
        return figure.text + per  # "58.40 บาทต่อกิโลกรัม", "52.40 रुपये प्रति लीटर": what the amount is per
    if figure.unit is None or figure.kind in {"money", "percent"} or figure.unit == "%":
        return figure.text
    tokens = tokenize(article.text[figure.end:figure.end + 40])
    k = 0
    while k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    found = lexicon(article.lang).units.match(tokens, k)
    return figure.text + article.text[figure.end:figure.end + tokens[found[1]].end] if found else figure.text
