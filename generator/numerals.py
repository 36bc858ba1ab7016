"""Words and numerals: text → tokens with offsets, and the value of each numeral.

Digits of any script (Western, Devanagari ``०-९``, Thai ``๐-๙``...) are read
with ``unicodedata``; Thai runs are split into words with PyThaiNLP (Thai
writes no spaces between words), other text on spaces and punctuation.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from generator.language import Language

# A run of digits with group or decimal separators: 1,549 · 1,00,000 · 28.75 · 108,6 · ๑,๕๔๙
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Words: letters with their combining marks (Devanagari vowel signs are not \w).
_WORD = re.compile(r"[^\W\d_]+(?:[\u0900-\u0963\u0971-\u097f\u200c\u200d]|[^\W\d_])*|[\u0900-\u0963\u0971-\u097f]+")
_THAI = re.compile(r"[\u0e01-\u0e4e]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    kind: str
    """num (a digit run), word, space or punct."""


def tokenize(text: str, lang: Language) -> list[Token]:
    """Split ``text`` into tokens that cover it exactly.

    >>> from generator.language import get_language
    >>> [t.text for t in tokenize("มีสมาชิก 1,549 ราย", get_language("th"))]
    ['มี', 'สมาชิก', ' ', '1,549', ' ', 'ราย']
    >>> [t.text for t in tokenize("73 पार्टी संगठन हैं।", get_language("hi"))]
    ['73', ' ', 'पार्टी', ' ', 'संगठन', ' ', 'हैं', '।']
    """
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _DIGITS.match(text, pos)
        if match:
            # A trailing separator belongs to the sentence, not the number ("73, 1,549.").
            tokens.append(Token(pos, match.end(), match.group(), "num"))
            pos = match.end()
            continue
        for pattern, kind in ((_SPACE, "space"), (_THAI, "thai"), (_WORD, "word")):
            match = pattern.match(text, pos)
            if match:
                break
        if not match:
            tokens.append(Token(pos, pos + 1, text[pos], "punct"))
            pos += 1
        elif kind == "thai":
            tokens.extend(_thai_words(match.group(), pos))
            pos = match.end()
        else:
            tokens.append(Token(pos, match.end(), match.group(), kind))
            pos = match.end()
    return tokens


def _thai_words(run: str, offset: int) -> list[Token]:
    out, pos = [], offset
    for word in _segment_thai(run):
        out.append(Token(pos, pos + len(word), word, "word"))
        pos += len(word)
    return out


@functools.lru_cache(maxsize=4096)
def _segment_thai(run: str) -> tuple[str, ...]:
    from generator import thai

    words = tuple(thai.words(run))
    assert "".join(words) == run, "Thai segmentation must cover its input"
    return words


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII, other characters unchanged.

    >>> ascii_digits("๑,๕๔๙ and १२.५")
    '1,549 and 12.5'
    """
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and unicodedata.digit(ch, None) is not None else ch
                   for ch in text)


def uses_decimal_comma(text: str) -> bool:
    """Whether the text writes decimals with a comma (``108,6%``), as Vietnamese does.

    >>> uses_decimal_comma("41,268 and 108,6%"), uses_decimal_comma("1,549 and 28.75%")
    (True, False)
    """
    for match in _DIGITS.finditer(text):
        parts = re.split(r"[.,]", match.group())
        seps = re.findall(r"[.,]", match.group())
        if seps and seps[-1] == "," and len(parts[-1]) in (1, 2) and "." not in seps:
            return True
    return False


def read_digits(raw: str, decimal_comma: bool = False) -> int | float | None:
    """The value of a digit run, telling grouping from decimal separators.

    >>> read_digits("1,549"), read_digits("1,00,000"), read_digits("28.75"), read_digits("๑,๕๔๙")
    (1549, 100000, 28.75, 1549)
    >>> read_digits("108,6"), read_digits("41,268", True), read_digits("1.549", True)
    (108.6, 41268, 1549)
    >>> read_digits("1.234,5"), read_digits("0,000.00,000") is None
    (1234.5, True)
    """
    s = ascii_digits(raw)
    seps = re.findall(r"[.,]", s)
    groups = re.split(r"[.,]", s)
    if not seps:
        return int(s)
    if len(set(seps)) == 2:  # both kinds: the last one is the decimal mark, used once
        decimal = seps[-1]
        if seps.count(decimal) != 1:
            return None
        whole, frac = s.rsplit(decimal, 1)
        grouping = whole.split("," if decimal == "." else ".")
        if not all(len(g) == 3 for g in grouping[1:]):
            return None
        return _number("".join(grouping), frac)
    sep = seps[0]
    grouped = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    indian = (sep == "," and len(groups) > 2 and len(groups[-1]) == 3
              and all(len(g) == 2 for g in groups[1:-1]) and 1 <= len(groups[0]) <= 2)
    if len(seps) > 1:
        return int("".join(groups)) if grouped or indian else None
    if sep == ",":
        if len(groups[1]) == 3 and len(groups[0]) <= 3:
            return int("".join(groups))
        return _number(groups[0], groups[1])
    # A single dot: decimal, unless the text groups with dots (Vietnamese style).
    if decimal_comma and grouped:
        return int("".join(groups))
    return _number(groups[0], groups[1])


def _number(whole: str, frac: str) -> int | float:
    value = float(f"{whole}.{frac}")
    return int(value) if value.is_integer() and not frac.strip("0") else value


def compose(values: list[tuple[str, float]]) -> float:
    """Combine number words and scales: ``[("n", 2), ("s", 1000), ("n", 5), ("s", 100)]`` → 2500.

    ``n`` is a number, ``s`` a scale word, ``p`` a fraction prefix (``सवा`` = +0.25).

    >>> compose([("n", 2), ("s", 1000), ("n", 5), ("s", 100)])
    2500
    >>> compose([("n", 5), ("s", 1000), ("s", 10**7)]), compose([("p", 0.25), ("s", 10**5)])
    (50000000000, 125000)
    >>> compose([("n", 3), ("s", 10), ("n", 5)]), compose([("n", 1.5), ("s", 10**5)])
    (35, 150000)
    """
    total, current, top, prefix = 0.0, 0.0, 0.0, 0.0
    last = 0.0
    for kind, value in values:
        if kind == "p":
            prefix = value
        elif kind == "n":
            value += prefix if value >= 1 else 0
            prefix = 0.0
            current += value
            last = value
        elif value < 1000:  # สิบ, ร้อย, सौ multiply the last number only
            base = (last or 1) + prefix
            current += base * value - last
            last, prefix = 0.0, 0.0
        else:
            amount = (current or 1) + (prefix if not current else 0)
            prefix = 0.0
            if value > top and total:
                total = (total + amount) * value if current else total * value
            else:
                total += amount * value
            top = max(top, value)
            current, last = 0.0, 0.0
    result = total + current
    return int(result) if float(result).is_integer() else round(result, 6)
