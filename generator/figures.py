"""Every number in an article → ``Figure`` records (value, kind, unit, label).

The rules, in the order they apply to each numeral (digits of any script, or
number and scale words):

1. Not a figure: digits glued to Latin letters (``G20``, ``H5N1``), a code after
   a dash (``COVID-19``), a lone article word (``एक बैठक``, ``หนึ่งใน``).
2. Joined with a neighbour: ``a/b`` is a ratio, ``a-b`` (also ``a से b``,
   ``a ถึง b``) a range; scale words multiply (``5 करोड़`` = 50,000,000).
3. Kind, first match wins: a month name after it → date (day-month, with the
   meeting year); a 4-digit number in 1900–2100 (Buddhist Era 2443–2643 in
   Thai, converted) with a year word or position → year; ``%``/percent word →
   percent; currency word or symbol → money; ordinal suffix or marker →
   ordinal; otherwise count.
4. Qualifier words before or after (``लगभग``, ``से अधिक``, ``มากกว่า``, ``กว่า``).
5. Label: ``labels.find_label``. Key: ``keys.choose_key``, once the checks are known.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from generator.labels import copy_parenthetical_labels, find_label
from generator.language import Language, get_language
from generator.model import Figure, Sentence
from generator.numerals import Token, compose, read_digits, tokenize, uses_decimal_comma
from generator.parse import is_day_of

_DASHES = {"-", "–", "—", "‒"}
_SYMBOLS = {"$": "USD", "₹": "INR", "฿": "THB", "₫": "VND", "€": "EUR"}
_CODES = {"VND", "USD", "INR", "THB", "EUR", "đồng", "đ"}
_LATIN_SCALES = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}
_BE_OFFSET = 543


@dataclass
class _Numeral:
    first: int  # token indexes, inclusive
    last: int
    value: float
    words: bool = False  # written in words (not digits)


def extract_figures(text: str, spans: list[tuple[int, int]], sentences: tuple[Sentence, ...],
                    lang: Language, year: int | None) -> tuple[Figure, ...]:
    """All figures in the given spans of ``text``, in document order.

    >>> from generator.language import get_language
    >>> t = "मार्च में 1,549 पार्टी सदस्य और 28.75% अधिक।"
    >>> [(f.text, f.value, f.kind, f.label) for f in extract_figures(t, [(0, len(t))], (), get_language("hi"), 2024)]
    [('1,549', 1549, 'count', 'पार्टी सदस्य'), ('28.75%', 28.75, 'percent', 'अधिक')]
    """
    decimal_comma = uses_decimal_comma(text)
    found: list[Figure] = []
    starts = [s.start for s in sentences]
    leftovers = [re.compile(p) for p in lang["leftovers"]]
    for start, end in spans:
        if any(p.fullmatch(text[start:end].strip()) for p in leftovers):
            continue  # "टिप्पणी (0)": the page's comment counter
        tokens = [Token(t.start + start, t.end + start, t.text, t.kind) for t in tokenize(text[start:end], lang)]
        for figure in sorted(_figures_in(tokens, lang, decimal_comma, year), key=lambda f: f.start):
            index = max(bisect.bisect_right(starts, figure.start) - 1, 0)
            found.append(replace(figure, sentence=index))
    found = copy_parenthetical_labels(found, text)
    return tuple(replace(f, id=f"f{i}") for i, f in enumerate(found, 1))


def fill_year(figures: tuple[Figure, ...], year: int) -> tuple[Figure, ...]:
    """Give dates written without a year (``27 फरवरी``) the meeting's year.

    >>> fill_year((Figure("--02-27", "date", None, "27 फरवरी", "", 0, 8, 0),), 2024)[0].value
    '2024-02-27'
    """
    def dated(value):
        if isinstance(value, list):
            return [dated(v) for v in value]
        if isinstance(value, str) and value.startswith("--") and is_day_of(int(value[2:4]), int(value[5:7]), year):
            return f"{year:04d}{value[1:]}"
        return value  # already dated, or a 29 February the year does not have

    return tuple(replace(f, value=dated(f.value)) if f.kind in {"date", "range"} else f for f in figures)


def _figures_in(tokens: list[Token], lang: Language, decimal_comma: bool, year: int | None):
    yield from _ordinal_words(tokens, lang)
    numerals = _find_numerals(tokens, lang, decimal_comma)
    i, covered = 0, -1
    while i < len(numerals):
        num = numerals[i]
        pair = _join(tokens, num, numerals[i + 1] if i + 1 < len(numerals) else None)
        if pair:
            i += 1
        figure = _classify(tokens, num, pair, lang, year) if tokens[num.first].start >= covered else None
        if figure:
            covered = figure.end  # "10 जुलाई 2024" is one date: its year is not a figure again
            yield figure
        i += 1


def _ordinal_words(tokens: list[Token], lang: Language):
    """``दूसरी बैठक`` (the second meeting), unless an idiom (``दूसरी ओर``, on the other hand)."""
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        if tok.text in lang["ordinals"]:
            after = _words_after(tokens, i, 1)
            if not after or after[0] not in lang["ordinal_idioms"]:
                yield _figure(tokens, i, i, lang["ordinals"][tok.text], "ordinal", None, lang)
        for marker in lang["ordinal_markers"]:  # Thai "ที่สอง" segmented as one word
            if tok.text.startswith(marker) and number_word(tok.text[len(marker):], lang):
                yield _figure(tokens, i, i, compose(number_word(tok.text[len(marker):], lang)), "ordinal", None, lang)


def _find_numerals(tokens: list[Token], lang: Language, decimal_comma: bool) -> list[_Numeral]:
    words, scales, prefixes = lang["numbers"], {**lang["scales"], **_LATIN_SCALES}, lang["number_prefixes"]
    out: list[_Numeral] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        parts: list[tuple[str, float]] = []
        if tok.kind == "num" and not _glued_to_code(tokens, i):
            value = read_digits(tok.text, decimal_comma)
            if value is None:
                i += 1
                continue
            parts.append(("n", value))
        elif number_word(tok.text, lang):
            parts.extend(number_word(tok.text, lang))
        else:
            i += 1
            continue
        j = i
        while True:  # scale and number words that continue it
            k = _next_word(tokens, j, allow_space=True)
            if k is None:
                break
            word = number_word(tokens[k].text, lang)
            if not word or (tokens[i].kind == "num" and any(kind != "s" for kind, _ in word)):
                break  # after digits only scale words continue a numeral ("5 करोड़", not "5 तीन")
            parts.extend(word)
            j = k
        numeral = _Numeral(i, j, compose(parts), words=tokens[i].kind != "num")
        if not (numeral.words and i == j and _is_article_word(tokens, i, lang)):
            out.append(numeral)
        i = j + 1
    return out


def number_word(word: str, lang: Language) -> list[tuple[str, float]]:
    """A word made only of number and scale words, as ``compose`` parts; else ``[]``.

    >>> from generator.language import get_language
    >>> number_word("หนึ่งร้อยห้าสิบ", get_language("th")), number_word("ห้าม", get_language("th"))
    ([('n', 1), ('s', 100), ('n', 5), ('s', 10)], [])
    """
    whole, piece, table = _number_words(lang.code)
    if not whole.fullmatch(word):
        return []
    return [table[p] for p in piece.findall(word)]


@functools.cache
def _number_words(code: str):
    lang = get_language(code)
    table = {w: ("n", v) for w, v in lang["numbers"].items()}
    table.update({w: ("s", v) for w, v in {**lang["scales"], **_LATIN_SCALES}.items()})
    table.update({w: ("p", v) for w, v in lang["number_prefixes"].items()})
    piece = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    # Thai writes number words as one word ("หนึ่งร้อยห้าสิบ"); Hindi separates them.
    return re.compile(f"(?:{piece})+" if code == "th" else f"(?:{piece})"), re.compile(piece), table


def _next_word(tokens: list[Token], i: int, allow_space: bool) -> int | None:
    k = i + 1
    if allow_space and k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    return k if k < len(tokens) and tokens[k].kind == "word" else None


def _glued_to_code(tokens: list[Token], i: int) -> bool:
    """``G20``, ``H5N1``, ``COVID-19``, ``Su-30``: digits that are part of a name."""
    prev = tokens[i - 1] if i else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev and prev.kind == "word" and re.search(r"[A-Za-z]$", prev.text):
        return True
    if nxt and nxt.kind == "word" and re.match(r"[A-Za-z]", nxt.text) and nxt.text not in _CODES:
        return True
    if prev and prev.text in _DASHES and i >= 2 and tokens[i - 2].kind == "word":
        # BTO-27 is a dateline before a date; COVID-19 and โควิด-19 are names.
        return not _month_after(tokens, i)
    return False


def _month_after(tokens: list[Token], i: int) -> bool:
    k = i + 1
    while k < len(tokens) and tokens[k].kind == "space":
        k += 1
    return k < len(tokens) and tokens[k].kind == "word" and tokens[k].text in _all_months()


@functools.cache
def _all_months() -> frozenset[str]:
    """Month names of every language: a dateline code may sit before any of them."""
    from generator.language import supported_languages

    return frozenset(m for code in supported_languages() for m in get_language(code)["months"])


def _is_article_word(tokens: list[Token], i: int, lang: Language) -> bool:
    """``एक बैठक`` (a meeting), ``หนึ่งใน`` (one of): the word for one used as a word.

    It is a count after a word for 'only' (``केवल एक``) or before a classifier (``หนึ่งราย``).
    """
    if tokens[i].text not in lang["article_words"]:
        return False
    before = _words_before(tokens, i, 1)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before and before[0] in lang["only_words"]:
        return False
    return not (after is not None and after.kind == "word" and after.text in lang["classifiers"])


def _join(tokens: list[Token], a: _Numeral, b: _Numeral | None) -> tuple[str, _Numeral] | None:
    """``a/b`` → ratio, ``a-b`` / ``a से b`` / ``a ถึง b`` → range."""
    if b is None or a.words or b.words:
        return None
    between = "".join(t.text for t in tokens[a.last + 1:b.first])
    if between == "/":
        return ("ratio", b)
    if between.strip() in _DASHES and (between == between.strip() or between.strip() != "-"):
        return ("range", b)
    if between.strip() in {"से", "ถึง", "to", "đến"} and _same_kind_after(tokens, b):
        return ("range", b)
    return None


def _same_kind_after(tokens: list[Token], b: _Numeral) -> bool:
    k = b.last + 1
    while k < len(tokens) and tokens[k].kind == "space":
        k += 1
    return k < len(tokens) and tokens[k].text != "से"


def _classify(tokens: list[Token], num: _Numeral, pair, lang: Language, year: int | None) -> Figure | None:
    last = pair[1] if pair else num
    end_tok = last.last
    value: object = num.value
    kind, unit = "count", None
    first_tok = num.first

    month, month_tok = _month(tokens, end_tok, lang)
    if month and not num.words and (not pair or pair[0] == "range") and 1 <= num.value <= 31 and float(num.value).is_integer():
        year_value, end_tok = _year_after(tokens, month_tok, lang)
        y = year_value or year
        days = [num.value] + ([last.value] if pair else [])
        if not all(float(d).is_integer() and is_day_of(month, int(d), y or 2024) for d in days):
            return None  # "30 फरवरी" is no date
        dates = [f"{y:04d}-{month:02d}-{int(d):02d}" if y else f"--{month:02d}-{int(d):02d}" for d in days]
        if len(dates) == 1:
            return _figure(tokens, first_tok, end_tok, dates[0], "date", None, lang)
        return _figure(tokens, first_tok, end_tok, dates, "range", None, lang)

    if pair and pair[0] == "ratio":
        value, kind = [num.value, last.value], "ratio"
    elif pair:
        value, kind = [num.value, last.value], "range"
        if _is_year(tokens, num, lang) and _is_year(tokens, last, lang, after_range=True):
            return _figure(tokens, first_tok, end_tok, [_gregorian(num.value, lang), _gregorian(last.value, lang)],
                           "range", None, lang)
    elif _is_year(tokens, num, lang):
        return _figure(tokens, first_tok, end_tok, _gregorian(num.value, lang), "year", None, lang)

    percent_end = _percent_after(tokens, end_tok, lang)
    percent_start = _percent_before(tokens, first_tok, lang)
    currency, currency_end, currency_start = _currency(tokens, first_tok, end_tok, lang)
    if percent_end is not None or percent_start is not None:
        unit = "%"
        kind = "percent" if kind == "count" else kind
        end_tok = percent_end if percent_end is not None else end_tok
        first_tok = percent_start if percent_start is not None else first_tok
    elif currency:
        unit = currency
        kind = "money" if kind == "count" else kind
        end_tok, first_tok = currency_end, currency_start
    elif kind == "count":
        ordinal_end = _ordinal(tokens, num, lang)
        if ordinal_end is not None:
            kind, end_tok, first_tok = "ordinal", ordinal_end, _ordinal_start(tokens, num, lang)
    return _figure(tokens, first_tok, end_tok, value, kind, unit, lang)


def _figure(tokens, first_tok, end_tok, value, kind, unit, lang) -> Figure:
    start, end = tokens[first_tok].start, tokens[end_tok].end
    text = "".join(t.text for t in tokens[first_tok:end_tok + 1])
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, list):
        value = [int(v) if isinstance(v, float) and v.is_integer() else v for v in value]
    qualifier = _qualifier(tokens, first_tok, end_tok, lang)
    # A range is labelled like what it ranges over: percentages, money, years.
    label_kind = {"%": "percent", None: kind}.get(unit, "money") if kind == "range" else kind
    label = find_label(tokens, first_tok, end_tok, label_kind, lang)
    return Figure(value=value, kind=kind, unit=unit, text=text, label=label, start=start, end=end,
                  sentence=0, qualifier=qualifier)


def _skip_space(tokens, k, step=1):
    while 0 <= k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += step
    return k


def _month(tokens, end_tok, lang) -> tuple[int | None, int]:
    k = _skip_space(tokens, end_tok + 1)
    if k < len(tokens):
        word = tokens[k].text
        # Thai abbreviations like ก.พ. are split into letters and dots: rebuild them.
        for size in (4, 3, 2, 1):
            candidate = "".join(t.text for t in tokens[k:k + size])
            if k + size <= len(tokens) and candidate in lang["months"]:
                return lang["months"][candidate], k + size - 1
        if word in lang["months"]:
            return lang["months"][word], k
    return None, end_tok


def _year_after(tokens, month_tok, lang) -> tuple[int | None, int]:
    k = _skip_space(tokens, month_tok + 1)
    if k < len(tokens) and tokens[k].kind == "num" and len(tokens[k].text) == 4:
        value = read_digits(tokens[k].text)
        if _year_range(value, lang):
            return _gregorian(value, lang), k
    return None, month_tok


def _year_range(value, lang) -> bool:
    return 1900 <= value <= 2100 or (lang["buddhist_era"] is True and 2443 <= value <= 2643)


def _gregorian(value, lang) -> int:
    value = int(value)
    return value - _BE_OFFSET if lang["buddhist_era"] is True and value > 2400 else value


def _is_year(tokens, num: _Numeral, lang, after_range: bool = False) -> bool:
    tok = tokens[num.first]
    if num.words or num.first != num.last or tok.kind != "num" or len(tok.text) != 4 or not tok.text.isdigit():
        return False
    value = read_digits(tok.text)
    if not _year_range(value, lang):
        return False
    if after_range or lang["buddhist_era"] is True and value > 2400:
        return True
    before = _words_before(tokens, num.first, 2)
    after = _words_after(tokens, num.last, 2)
    if any(w in lang["year_words_before"] for w in before[-1:]) or " ".join(before[-2:]) in lang["year_words_before"]:
        return True
    if after and (after[0] in lang["year_words_after"] or after[0] in _DASHES):
        return True
    # A bare 4-digit year-like number followed by a counted noun is a count.
    return not after or after[0] in (",", ".", "।", ";", ")")


def _words_before(tokens, i, n) -> list[str]:
    out, k = [], i - 1
    while k >= 0 and len(out) < n:
        if tokens[k].kind != "space":
            out.insert(0, tokens[k].text)
        k -= 1
    return out


def _words_after(tokens, i, n) -> list[str]:
    out, k = [], i + 1
    while k < len(tokens) and len(out) < n:
        if tokens[k].kind != "space":
            out.append(tokens[k].text)
        k += 1
    return out


def _percent_after(tokens, end_tok, lang) -> int | None:
    k = _skip_space(tokens, end_tok + 1)
    if k < len(tokens) and (tokens[k].text == "%" or tokens[k].text in lang["percent_words"]):
        return k
    return None


def _percent_before(tokens, first_tok, lang) -> int | None:
    k = _skip_space(tokens, first_tok - 1, -1)
    if k >= 0 and tokens[k].text in lang["percent_prefix"]:
        return k
    return None


def _currency(tokens, first_tok, end_tok, lang) -> tuple[str | None, int, int]:
    k = _skip_space(tokens, first_tok - 1, -1)
    if k >= 0 and tokens[k].text in _SYMBOLS:
        return _SYMBOLS[tokens[k].text], end_tok, k
    k = _skip_space(tokens, end_tok + 1)
    currencies = lang["currencies"]
    for size in (3, 2, 1):
        words = tokens[k:k + size]
        candidate = "".join(t.text for t in words)
        if len(words) == size and words[-1].kind != "space" and (candidate in currencies or candidate in _CODES):
            code = currencies.get(candidate) or ("VND" if candidate in {"đồng", "đ"} else candidate)
            return code, k + size - 1, first_tok
    return None, end_tok, first_tok


def _ordinal(tokens, num: _Numeral, lang) -> int | None:
    """``10वीं`` (digits with a suffix), ``ครั้งที่ 2`` (a marker before)."""
    nxt = num.last + 1
    if nxt < len(tokens) and tokens[nxt].kind == "word" and tokens[nxt].text in lang["ordinal_suffixes"]:
        return nxt
    # "ครั้งที่ 2", "อันดับที่ 35": the marker after a counted noun; "อยู่ที่ 6.1" (is at 6.1) is not one.
    before = _words_before(tokens, num.first, 2)
    whole = isinstance(num.value, int) or float(num.value).is_integer()
    if whole and len(before) == 2 and before[1] in lang["ordinal_markers"] and before[0] in lang["ordinal_nouns"]:
        return num.last
    return None


def _ordinal_start(tokens, num: _Numeral, lang) -> int:
    """Where an ordinal's text starts: ``ครั้งที่ ๒`` keeps its marker and counted noun."""
    k = _skip_space(tokens, num.first - 1, -1)
    if k >= 0 and tokens[k].text in lang["ordinal_markers"]:
        if k >= 1 and tokens[k - 1].text in lang["ordinal_nouns"]:
            return k - 1
        return k
    return num.first


def _qualifier(tokens, first_tok, end_tok, lang) -> str | None:
    before = _words_before(tokens, first_tok, 4)
    for size in (4, 3, 2, 1):
        phrase = " ".join(before[-size:]) if len(before) >= size else None
        joined = "".join(before[-size:]) if len(before) >= size else None
        for candidate in (phrase, joined):
            if candidate and candidate in lang["qualifiers_before"]:
                return lang["qualifiers_before"][candidate]
    after = _words_after(tokens, end_tok, 3)
    if after and after[0] in lang["units"]:
        after = after[1:]  # "6 लाख टन से अधिक": more than 6 lakh tonnes
    for size in (2, 1):
        if len(after) >= size:
            phrase = " ".join(after[:size])
            if phrase in lang["qualifiers_after"]:
                return lang["qualifiers_after"][phrase]
    return None
