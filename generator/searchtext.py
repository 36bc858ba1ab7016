"""The words an article is found by (its search terms, with weights).

The browser (``theme/assets/search.js``) cuts and normalises a typed query the
same way, so the two meet:

- Text is NFC, lower case, Hindi without nukta and with anusvara for
  chandrabindu (``ज़िला`` and ``जिला`` are one term).
- A number in any digit script, with or without grouping, is one term of ASCII
  digits (``1,549``, ``๑,๕๔๙`` and ``१५४९`` are ``1549``); a four-digit year is
  also a term in the other calendar (2566 ↔ 2023).
- Thai, written without spaces, is cut into words by PyThaiNLP. The browser cuts
  a query with its own word list (``Intl.Segmenter``), which differs, and the
  query matches terms by prefix: so each Thai word's suffixes at syllable
  boundaries and short two-word joins are terms too.

A term's weight is BM25's term-frequency part (k1 = 1.2, no length
normalisation, so that one new article changes only the posting lists of its own
terms) ×10, rounded, of its occurrences counted as 3 in the title, 1 in the text
and ½ for a variant (year in the other calendar, Thai suffix or join): from 6
(one variant) up to 22. The browser adds the inverse document frequency.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping

from generator.model import Article

TITLE, TEXT, VARIANT = 6, 2, 1  # occurrences in half units
K1 = 1.2

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0971-\u097f\u0e01-\u0e3a\u0e40-\u0e4e])+")
_TOKEN = re.compile(f"(?P<number>{_NUMBER.pattern})|(?P<word>{_WORD.pattern})")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")


class PackedTerms(Mapping[str, int]):
    """An article's terms as a build holds them in memory until the index is written: the strings
    shared with the other articles' (``sys.intern``), the weights (6 to 22) in bytes; about a fifth
    of a dict's size. Reads as the ``dict`` it was made from.

    >>> terms = PackedTerms({"जिला": 17, "1549": 10})
    >>> terms == {"जिला": 17, "1549": 10}, list(terms.items()), terms["1549"], terms.get("x"), "जिला" in terms
    (True, [('जिला', 17), ('1549', 10)], 10, None, True)
    """

    __slots__ = ("_words", "_weights")

    def __init__(self, terms: Mapping[str, int]) -> None:
        self._words = tuple(sys.intern(term) for term in terms)
        self._weights = bytes(terms.values())

    def __getitem__(self, term: str) -> int:
        try:
            return self._weights[self._words.index(term)]
        except ValueError:
            raise KeyError(term) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def items(self):  # an iterator over pairs, as the index reads them
        return zip(self._words, self._weights)


def search_terms(article: Article) -> dict[str, int]:
    """Every term of the article with its weight, in first-seen order.

    >>> search_terms_of("ज़िला समिति", "ज़िला में १,५४९ सदस्य, 2023")
    {'जिला': 17, 'समिति': 16, 'में': 10, '1549': 10, 'सदस्य': 10, '2023': 10, '2566': 6}
    """
    body = "\n".join(article.text[start:end] for start, end in article.paragraphs)  # not the front matter
    return search_terms_of(article.title, body)


def search_terms_of(title: str, text: str) -> dict[str, int]:
    weights: Counter[str] = Counter()
    for part, weight in ((title, TITLE), (text, TEXT)):
        for term, variant in terms(part):
            weights[term] += VARIANT if variant else weight
    return {term: term_weight(count) for term, count in weights.items()}


def term_weight(half_units: int) -> int:
    """BM25's saturating term frequency, ×10: ½ → 6, 1 → 10, 3 → 16, never above 22.

    >>> [term_weight(h) for h in (1, 2, 6, 1000)]
    [6, 10, 16, 22]
    """
    tf = half_units / 2
    return round(10 * tf * (K1 + 1) / (tf + K1))


def terms(text: str) -> list[tuple[str, bool]]:
    """The terms of a text in order, each marked whether it is a variant.

    >>> terms("ปี 2566 มี 41,268 ราย")
    [('ปี', False), ('2566', False), ('2023', True), ('มี', False), ('41268', False), ('ราย', False)]
    """
    out = []
    for match in _TOKEN.finditer(normalise(text)):
        if match.group("number"):
            number = "".join(str(unicodedata.digit(c)) for c in match.group() if c.isdigit())
            out.append((number, False))
            out += [(year, True) for year in _other_calendar(number)]
        elif _THAI_RUN.search(match.group()):
            words = _thai_words(match.group())
            out += [(w, False) for w in words]
            out += [(w, True) for w in thai_variants(words)]
        else:
            out.append((match.group(), False))
    return out


def normalise(text: str) -> str:
    """NFC, lower case, no nukta, anusvara for chandrabindu.

    >>> normalise("ज़िला गाँव BTO")
    'जिला गांव bto'
    """
    plain = unicodedata.normalize("NFD", text).replace("\u093c", "").replace("\u0901", "\u0902")
    return unicodedata.normalize("NFC", plain).lower()


def _other_calendar(number: str) -> list[str]:
    if len(number) == 4:
        year = int(number)
        for offset in _era_offsets():
            if 1900 <= year <= 2100:
                return [str(year + offset)]
            if 1900 + offset <= year <= 2100 + offset:
                return [str(year - offset)]
    return []


@functools.cache
def _era_offsets() -> tuple[int, ...]:
    """The eras the published languages count years in besides the Gregorian (543, Thai)."""
    from generator.dates import era_offset
    from generator.language import supported_languages

    return tuple(sorted({era_offset(code) for code in supported_languages()} - {0}))


def thai_variants(words: list[str]) -> list[str]:
    """Each Thai word's suffixes (extended by the next word) and short two-word joins,
    so that a word a browser cuts out of the text is a prefix of a term."""
    out = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        out += [suffix + following for suffix in _thai_suffixes(word)]
        if following and len(word) <= 4:
            out.append(word + following)
    return out


def _thai_words(text: str) -> list[str]:
    from generator import thai

    return [w for w in thai.words(text) if w.strip()]


@functools.lru_cache(maxsize=200_000)
def _thai_suffixes(word: str) -> tuple[str, ...]:
    """Where a browser's segmenter may start a word inside this one: at each syllable of a
    dictionary word, at each character of a name (ICU cuts เหงียน as เหงี|ยน)."""
    from pythainlp.tokenize import syllable_tokenize, tcc

    from generator import thai

    if thai.is_word(word):
        pieces = syllable_tokenize(word, engine="han_solo")
    else:
        pieces = list(word) if len(word) <= 12 else tcc.segment(word)
    return tuple("".join(pieces[i:]) for i in range(1, len(pieces)))
