"""Words and numerals: text → tokens with offsets, and the value of each numeral.

Digits of any script (Western, Devanagari ``०-९``, Thai ``๐-๙``...) are read with
``unicodedata``; number words by one small grammar over each language's data
(``generator/lang/<code>/numbers.yml``): number words, scale words that multiply them,
fraction prefixes, decimal and half words. Thai runs are split into words with
PyThaiNLP (Thai writes no spaces between words), other text on spaces and punctuation.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from generator.language import Language, get_language

# A run of digits with group or decimal separators: 1,549 · 1,00,000 · 28.75 · 108,6 · ๑,๕๔๙ · 12 500 (NBSP)
_DIGITS = re.compile(r"\d+(?:(?:[.,]|[\u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*")
_LEADING_POINT = re.compile(r"\.\d+(?![.,]\d)")
_GROUP_SPACES = re.compile(r"[\u00a0\u202f\u2009]")
# Words: letters with their combining marks (Devanagari vowel signs are not \w).
_WORD = re.compile(r"[^\W\d_]+(?:[\u0900-\u0963\u0971-\u097f\u200c\u200d]|[^\W\d_])*|[\u0900-\u0963\u0971-\u097f]+")
_THAI = re.compile(r"[\u0e01-\u0e4e]+")
_SPACE = re.compile(r"\s+")
# All of them in one pass, tried in this order at each position (a point opening a number only
# after a space: ".25 प्रतिशत").
_TOKEN = re.compile(rf"(?P<num>{_DIGITS.pattern})|(?P<point>(?<!\S){_LEADING_POINT.pattern})|(?P<space>\s+)"
                    rf"|(?P<thai>{_THAI.pattern})|(?P<word>{_WORD.pattern})|(?P<punct>.)", re.S)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    kind: str
    """num (a digit run), word, space or punct."""


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens that cover it exactly, every script its own way.

    >>> [t.text for t in tokenize("มีสมาชิก 1,549 ราย")]
    ['มี', 'สมาชิก', ' ', '1,549', ' ', 'ราย']
    >>> [t.text for t in tokenize("73 पार्टी संगठन हैं।")]
    ['73', ' ', 'पार्टी', ' ', 'संगठन', ' ', 'हैं', '।']
    """
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind, start, end = match.lastgroup, match.start(), match.end()
        if kind == "thai":
            tokens.extend(_thai_words(match.group(), start, _after_number(tokens)))
        else:  # a trailing separator belongs to the sentence, not the number ("73, 1,549.")
            tokens.append(Token(start, end, match.group(), "num" if kind == "point" else str(kind)))
    return tokens


def skip_spaces(tokens: list[Token], k: int) -> int:
    """The first token from ``k`` on that is not a space within the line."""
    while k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    return k


def next_token(tokens: list[Token], k: int) -> int | None:
    """The token after ``k``, spaces within the line skipped; None at a line's end."""
    k = skip_spaces(tokens, k + 1)
    return k if k < len(tokens) and tokens[k].kind != "space" else None


def prev_token(tokens: list[Token], k: int) -> int | None:
    """The token before ``k``, spaces within the line skipped; None at a line's start."""
    k -= 1
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    return k if k >= 0 and tokens[k].kind != "space" else None


def _after_number(tokens: list[Token]) -> bool:
    """Whether the text so far ends with a digit run, a space within the line after it or not."""
    k = prev_token(tokens, len(tokens))
    return k is not None and k >= len(tokens) - 2 and tokens[k].kind == "num"


def _thai_words(run: str, offset: int, after_number: bool = False) -> list[Token]:
    out, pos = [], offset
    for word in _segment_thai(run, after_number):
        out.append(Token(pos, pos + len(word), word, "word"))
        pos += len(word)
    return out


@functools.lru_cache(maxsize=4096)
def _segment_thai(run: str, after_number: bool) -> tuple[str, ...]:
    """PyThaiNLP's words of ``run``; after a number, a scale word it begins with is a word of its
    own: the word list cuts ``9.88 ล้านทีอียู`` as ``ล้า|นที|อียู`` (``นที`` is a river), not
    ``ล้าน|ที|อียู``. A longer word the scale word begins (``3 พันธุ์``, "3 varieties") stays."""
    from generator import thai

    words = tuple(thai.words(run))
    if after_number:
        scale = next((s for s in scales_longest("th") if run.startswith(s) and len(words[0]) < len(s) < len(run)), None)
        words = words if scale is None else (scale, *thai.words(run[len(scale):]))
    assert "".join(words) == run, "Thai segmentation must cover its input"
    return words


@functools.cache
def scales_longest(code: str) -> tuple[str, ...]:
    """A language's scale words (``scales``), the longest first."""
    return tuple(sorted(get_language(code)["scales"] or {}, key=len, reverse=True))


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII, other characters unchanged.

    >>> ascii_digits("๑,๕๔๙ and १२.५")
    '1,549 and 12.5'
    """
    return text if text.isascii() else _ascii_digits(text)


@functools.lru_cache(maxsize=16384)
def _ascii_digits(text: str) -> str:
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
    >>> read_digits("1.234,5"), read_digits("0,000.00,000") is None, read_digits("12\\u00a0500")
    (1234.5, True, 12500)
    """
    s = _GROUP_SPACES.sub("", ascii_digits(raw))
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


# --- Number words ---------------------------------------------------------------
#
# A run of number words is read into parts, then composed: ("n", v) a number word,
# ("s", v) a scale word, ("p", v) a fraction prefix (सवा = +¼), ("d", 0) a decimal word,
# ("h", 0.5) a half word, ("j", 0) a joiner between groups (और).


@dataclass(frozen=True)
class WordNumber:
    """A run of number words in a text: where it ends and its parts."""

    end: int
    parts: tuple[tuple[str, float], ...]

    @property
    def value(self) -> float:
        return compose(list(self.parts))

    @property
    def has_number(self) -> bool:
        return any(kind in "nph" for kind, _ in self.parts)


class NumberWords:
    """One language's number words, read at any position of a (normalised) text."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        table: dict[str, tuple[str, float]] = {}
        for kind, key in (("n", "numbers"), ("s", "scales"), ("p", "number_prefixes")):
            for word, value in (lang[key] or {}).items():
                table[fold(str(word), lang)] = (kind, float(value))
        for word in lang["decimal_words"] or []:
            table[fold(word, lang)] = ("d", 0.0)
        for word in lang["half_words"] or []:
            table[fold(word, lang)] = ("h", 0.5)
        self.table = table
        self.joiners = {fold(w, lang) for w in lang["number_joiners"] or []}
        self.bound = {fold(str(w), lang): side for w, side in (lang["number_bound"] or {}).items()}
        self.group = float(lang["group_scale"] or 1000)
        self.compound = lang.code == "th"  # Thai writes a number as one word ("สองพันห้าร้อย")
        piece = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
        self.pieces = re.compile(piece) if piece else None

    def split(self, word: str) -> list[tuple[str, float]]:
        """``word`` as number-word parts if it is made only of them, else ``[]``.

        >>> w = NumberWords(get_language("th"))
        >>> w.split("หนึ่งร้อยห้าสิบ"), w.split("ห้าม")
        ([('n', 1.0), ('s', 100.0), ('n', 5.0), ('s', 10.0)], [])
        """
        word = fold(word, self.lang)
        if word in self.table:
            return [self.table[word]]
        if not self.compound or self.pieces is None:
            return []
        parts: list[tuple[str, float]] = []
        pos = 0
        while pos < len(word):
            match = self.pieces.match(word, pos)
            if not match or not _follows(parts, [self.table[match.group()]]):
                return []
            parts.append(self.table[match.group()])
            pos = match.end()
        return parts

    def _unbound(self, tokens: list[Token], j: int, parts: list[tuple[str, float]]) -> bool:
        """Whether the word at ``j`` may be read here: a word only read inside a number (``number_bound``)
        stands before a scale word (``ยี่|สิบ``) or after one (``สิบ|เอ็ด``)."""
        side = self.bound.get(fold(tokens[j].text, self.lang))
        if side == "after":
            return bool(parts) and parts[-1][0] == "s"
        if side == "before":
            after = self.split(tokens[j + 1].text) if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else []
            return bool(after) and after[0][0] == "s"
        return True

    def read(self, tokens: list[Token], i: int) -> WordNumber | None:
        """The number words starting at token ``i``: the longest run that composes, or None.

        >>> from generator.language import get_language
        >>> w = NumberWords(get_language("hi"))
        >>> t = tokenize("तीन हजार और पाँच सौ लोग")
        >>> n = w.read(t, 0); n.value, t[n.end].text
        (3500, 'सौ')
        """
        parts: list[tuple[str, float]] = []
        ends: list[int] = []  # the token each part came from
        j = i
        pending: list[tuple[str, float]] = []
        while j < len(tokens):
            tok = tokens[j]
            if tok.kind == "space":
                if "\n" in tok.text or self.compound and parts:
                    break
                j += 1
                continue
            if tok.kind != "word":
                break
            word = self.split(tok.text) if self._unbound(tokens, j, parts) else []
            if not word:
                if (parts and parts[-1][0] == "s" and parts[-1][1] >= 100 and not pending
                        and fold(tok.text, self.lang) in self.joiners):
                    pending = [("j", 0.0)]  # "तीन हजार और पाँच सौ", "तीन सौ और दो दर्जन": a group, then "और"
                    j += 1
                    continue
                break
            if pending and word[0][0] not in "np":
                break  # "और" joins groups: a number must follow it
            if not _follows(parts, word):
                break  # "दो तीन" (two or three) is not 23 nor 5
            parts.extend(pending + word)
            ends.extend([j] * (len(pending) + len(word)))
            pending = []
            j += 1
        while parts and (parts[-1][0] in "dj" or parts[-1][0] == "h" and len(parts) == 1):
            parts.pop()  # "หกจุด" is six points (จุด a classifier); "ครึ่ง" alone is no number
            ends.pop()
        if not parts or not any(kind in "nphs" for kind, _ in parts):
            return None
        return WordNumber(ends[-1], tuple(parts))


def _follows(parts: list[tuple[str, float]], word: list[tuple[str, float]]) -> bool:
    """Whether number-word parts may follow each other: two numbers in a row only as the
    digits after a decimal word (``หกจุดเจ็ดห้า``)."""
    if not parts or word[0][0] != "n":
        return True
    if parts[-1][0] not in "np":
        return True
    if parts[-1][0] == "p":
        return True
    kinds = [kind for kind, _ in parts]
    return "d" in kinds and all(k == "n" for k in kinds[kinds.index("d") + 1:])


@functools.cache
def number_words(code: str) -> NumberWords:
    return NumberWords(get_language(code))


def fold(word: str, lang: Language) -> str:
    """A word as the language's data matches it: Hindi without nukta and with anusvara for
    chandrabindu (``पाँच`` = ``पांच``, ``हज़ार`` = ``हजार``), no zero-width joiners.

    >>> fold("हज़ार", get_language("hi")) == fold("हजार", get_language("hi"))
    True
    """
    return word.translate(_fold_table(lang.code))


@functools.cache
def _fold_table(code: str) -> dict[int, str | None]:
    table: dict[int, str | None] = {0x200C: None, 0x200D: None}
    for old, new in (get_language(code)["fold"] or {}).items():
        table[ord(old)] = new or None
    return table


def compose(values: list[tuple[str, float]]) -> float:
    """Combine number words and scales: ``[("n", 2), ("s", 1000), ("n", 5), ("s", 100)]`` → 2500.

    Scales below 1,000 (सौ, สิบ, ร้อย) multiply the last number; larger ones close a group,
    and one at least as large as every group before multiplies them all (stacked scales:
    ``20 लाख करोड़``, ``ห้าล้านล้าน``).

    >>> compose([("n", 2), ("s", 1000), ("n", 5), ("s", 100)])
    2500
    >>> compose([("n", 5), ("s", 1000), ("s", 10**7)]), compose([("p", 0.25), ("s", 10**5)])
    (50000000000, 125000)
    >>> compose([("n", 3), ("s", 10), ("n", 5)]), compose([("n", 1.5), ("s", 10**5)])
    (35, 150000)
    >>> compose([("n", 5), ("s", 10**6), ("s", 10**6)]), compose([("n", 6), ("d", 0), ("n", 7), ("n", 5)])
    (5000000000000, 6.75)
    >>> compose([("s", 10**6), ("h", 0.5)]), compose([("n", 3), ("s", 100), ("n", 57)])
    (1500000, 357)
    """
    total, current, top, prefix = 0.0, 0.0, 0.0, 0.0
    last, decimals, last_scale = 0.0, 0, 0.0
    for kind, value in values:
        if kind == "d":
            decimals = 1
            continue
        if decimals and kind == "n" and float(value).is_integer():
            if value < 10:  # "छह दशमलव सात पाँच": one digit a word
                current += value / 10 ** decimals
                decimals += 1
                continue
            current += value / 10 ** (decimals - 1 + len(str(int(value))))  # "तीन दशमलव पच्चीस"
            decimals = 0
            continue
        decimals = 0
        if kind == "p":
            prefix = value
        elif kind == "j":
            continue
        elif kind == "h":
            if last_scale:
                current += last_scale / 2
            else:
                current += 0.5
        elif kind == "n":
            value += prefix if value >= 1 else 0
            prefix = 0.0
            current += value
            last, last_scale = value, 0.0
        elif value < 1000:  # สิบ, ร้อย, सौ multiply the last number only
            base = (last or 1) + (prefix if not last else 0)
            current += base * value - last
            last, prefix, last_scale = 0.0, 0.0, value
        else:
            amount = current or (1 + prefix if not total else 0)
            prefix = 0.0
            if value >= top:
                total = (total + amount) * value
                top = value
            else:
                total += amount * value
            current, last, last_scale = 0.0, 0.0, value
    result = total + current
    return int(result) if float(result).is_integer() else float(f"{result:.15g}")
