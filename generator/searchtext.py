"""Stage 7b: the words a meeting page is found by, for Pagefind (hidden on the page).

Measured with Pagefind 1.5 in Chromium (``bench/search.py --hits``): as-is it finds
the right meeting for 15 of 28 Thai and 22 of 28 Hindi queries; with this text
and the query normalised the same way in ``theme/assets/search.js``, 27 and 27.

- Numbers: every number also in ASCII digits without separators (what Pagefind
  makes of a typed ``1,549``), and a four-digit year in the other calendar
  (2566 ↔ 2023).
- Hindi: words with a nukta or chandrabindu also without the nukta and with
  anusvara (``ज़िला`` → ``जिला``).
- Thai: Pagefind's Thai word list differs from the browser's, which cuts the
  query, so a Thai page is indexed without Pagefind's segmentation
  (``--force-language und``) from a copy segmented by PyThaiNLP, where ``⸱``
  marks the text's own spaces; and each word's suffixes at syllable boundaries
  are added, since Pagefind matches prefixes and a browser may cut a word
  inside one of ours.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata

from generator.model import Article

EXTRAS = "\u2042"  # ⁂ starts the search-only words; the UI never shows what follows it
SPACE_MARK = "\u2e31"  # ⸱ stands for a real space in the Thai copy

_DIGITS = str.maketrans("०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")
_ANY_NUMBER = re.compile(r"[0-9०-९๐-๙]+(?:[.,][0-9०-९๐-๙]+)*")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0970-\u097f]+")


def search_block(article: Article, paragraphs: list[str], segmented_copy: bool) -> str:
    """The hidden part of a meeting page that Pagefind indexes: the segmented copy (Thai),
    the figures for result lists, and the search-only words."""
    text = "\n".join(paragraphs)
    words = number_variants(text) + hindi_variants(text)
    copy = ""
    if segmented_copy:
        copy = (f'<p data-pagefind-weight="7">{_e(thai_segmented(article.title))}</p>'
                + "".join(f"<p>{_e(thai_segmented(p))}</p>" for p in paragraphs))
        words += thai_variants(text)
    figures = json.dumps([[f.label, f.text] for f in article.figures if f.label and f.kind not in ("date", "year")],
                         ensure_ascii=False)
    extras = " ".join(dict.fromkeys(words))
    return (f'<div class="search-text" hidden>{copy}'
            f'<span data-pagefind-meta="figures[data-figures]" data-figures="{_e(figures)}"></span>'
            f'<p data-pagefind-weight="0.5">{EXTRAS} {_e(extras)}</p></div>')


def number_variants(text: str) -> list[str]:
    """ASCII digits without separators, and four-digit years in the other calendar.

    >>> number_variants("๑,๕๔๙ ราย ปี 2566")
    ['1549', '2023']
    """
    out = []
    for match in _ANY_NUMBER.finditer(text):
        canon = re.sub(r"[.,]", "", match.group().translate(_DIGITS))
        if canon != match.group():
            out.append(canon)
        if re.fullmatch(r"\d{4}", canon):
            year = int(canon)
            if 1900 <= year <= 2100:
                out.append(str(year + 543))
            elif 2443 <= year <= 2643:
                out.append(str(year - 543))
    return out


def hindi_variants(text: str) -> list[str]:
    """Words with a nukta or chandrabindu, spelled without the nukta and with anusvara.

    >>> hindi_variants("ज़िला और गाँव")
    ['जिला', 'गांव']
    """
    out = []
    for word in _DEVANAGARI_WORD.findall(text):
        plain = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).replace("\u093c", "").replace("\u0901", "\u0902"))
        if plain != word:
            out.append(plain)
    return out


def thai_segmented(text: str) -> str:
    """Words separated by spaces; ``⸱`` where the text itself has a space."""
    out = []
    for chunk in re.split(r"(\s+)", text):
        if not chunk:
            continue
        if chunk.isspace():
            out.append("\n" if "\n" in chunk else f" {SPACE_MARK} ")
        elif _THAI_RUN.search(chunk):
            out.append(" ".join(_thai_words(chunk)))
        else:
            out.append(chunk)
    return "".join(out)


def thai_variants(text: str) -> list[str]:
    """Each Thai word's suffixes (extended by the next word) and short two-word joins,
    so that a word a browser cuts out of the text is a prefix of an indexed word."""
    out = []
    for run in _THAI_RUN.findall(text):
        words = _thai_words(run)
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            out += [suffix + following for suffix in _thai_suffixes(word)]
            if following and len(word) <= 4:
                out.append(word + following)
    return out


def _thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return [w for w in word_tokenize(text, engine="newmm") if w.strip()]


@functools.lru_cache(maxsize=1)
def _thai_dictionary():
    from pythainlp.corpus import thai_words

    return thai_words()


@functools.lru_cache(maxsize=200_000)
def _thai_suffixes(word: str) -> tuple[str, ...]:
    """Where a browser's segmenter may start a word inside this one: at each syllable of a
    dictionary word, at each character of a name (ICU cuts เหงียน as เหงี|ยน)."""
    from pythainlp.tokenize import syllable_tokenize, tcc

    if word in _thai_dictionary():
        pieces = syllable_tokenize(word, engine="han_solo")
    else:
        pieces = list(word) if len(word) <= 12 else tcc.segment(word)
    return tuple("".join(pieces[i:]) for i in range(1, len(pieces)))


def _e(text: str) -> str:
    return html.escape(text, quote=True)
