"""Thai segmentation: PyThaiNLP's newmm words and CRF sentences, over PyThaiNLP's own
word list, cut by nlpO3 (newmm in Rust) where it cuts as PyThaiNLP does.

PyThaiNLP keeps its 62,000 words in a pure-Python trie, built again in every new
process: 0.4-0.9 s, most of a rebuild after one new Thai article. newmm asks its
dictionary one question, which words start at a position of the text; ``WordList``
answers it from a set and, for each word beginning, the lengths of its words. It is
built in a fifth of the time, cuts as fast, and cuts every text exactly as the trie
does (a test compares them).

PyThaiNLP's newmm in Python still took 30-45 ms of a Thai article's extraction
(three cuts: sentences, figures, search terms). ``words`` cuts each run of Thai
letters with nlpO3 over the same word list (a tenth of the time) and the rest as
newmm does; nlpO3 cuts a run as PyThaiNLP does except where its letter clusters
differ (``เหงียน``: PyThaiNLP keeps ``เหงีย`` as one cluster): a run whose nlpO3 cut
breaks a PyThaiNLP cluster, or that a dictionary word with a space, dot, hyphen or
digit crosses (``มี.ค.``), is cut by PyThaiNLP's newmm. A test compares both on every
Thai text of the tests.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from pythainlp.corpus import corpus_path, thai_words
from pythainlp.tokenize import newmm, word_dict_trie
from pythainlp.tokenize._utils import rejoin_formatted_num
from pythainlp.tokenize.tcc_p import _PAT_TCC
from pythainlp.util import Trie

from generator import thaisentences

nlpo3: Any
try:
    import nlpo3
except ImportError:  # PyThaiNLP alone cuts the same, slower
    nlpo3 = None


class WordList(Trie):
    """A ``pythainlp.util.Trie`` for newmm: the same words, the same ``prefixes``."""

    KEY = 4
    """Words are found by their first four letters (the shorter ones directly): as fast as
    the trie at cutting, where three letters were a fifth slower and two a half."""

    def __init__(self, words) -> None:  # no trie nodes: Trie's methods that walk them are not used
        self.words = frozenset(w for w in (word.strip() for word in words) if w)
        self._word_count = len(self.words)
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            if len(word) >= self.KEY:
                lengths.setdefault(word[:self.KEY], set()).add(len(word))
        self.lengths = {key: sorted(found) for key, found in lengths.items()}

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that ``text`` holds at ``start``, shortest first."""
        words, end = self.words, len(text) - start
        return [text[start:start + n] for n in (*range(1, self.KEY), *self.lengths.get(text[start:start + self.KEY], ()))
                if n <= end and text[start:start + n] in words]

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def __iter__(self):
        return iter(self.words)


def is_word(word: str) -> bool:
    """Whether ``word`` is in PyThaiNLP's word list (without building ``dictionary``).

    >>> is_word("ประชุม"), is_word("ประชุมx")
    (True, False)
    """
    return word in thai_words()


@functools.lru_cache(maxsize=1)
def dictionary() -> WordList:
    """PyThaiNLP's word list; also newmm's default from now on, which its CRF sentence
    cutter uses (it takes no dictionary)."""
    words = WordList(thai_words())
    if newmm.word_dict_trie is word_dict_trie:  # as in PyThaiNLP 5; otherwise its own trie stays
        newmm.word_dict_trie = lambda: words  # type: ignore[assignment]
    _nlpo3_dictionary()  # what ``words`` cuts with (a process that loads ahead loads both)
    return words


def words(text: str) -> list[str]:
    """``text`` cut into words by newmm, spaces kept: PyThaiNLP's
    ``word_tokenize(text, engine="newmm", custom_dict=dictionary())``.

    >>> words("ปี 2566 มีผู้เข้าร่วม 1,549 คน")
    ['ปี', ' ', '2566', ' ', 'มี', 'ผู้เข้าร่วม', ' ', '1,549', ' ', 'คน']
    """
    if not _nlpo3_dictionary() or _ODD.search(text):
        return _fixed(rejoin_formatted_num(newmm.segment(text, dictionary())))
    out: list[str] = []
    slow = None  # where a stretch to be cut by PyThaiNLP began
    cuts = _cut_points(text)
    for start, end in zip(cuts, cuts[1:]):
        if slow is not None:  # up to the end of the piece after the run: the run's clusters see their next letter
            out += newmm.segment(text[slow:end], dictionary())
            slow = None
        elif _RUN.fullmatch(text, start, end):
            cut = nlpo3.segment(text[start:end], _NLPO3_NAME)
            if _keeps_clusters(text, start, end, cut):
                out += cut
            else:
                slow = start
        elif _THAI.search(text, start, end):  # a dictionary word with a space, a dot, ...
            out += newmm.segment(text[start:end], dictionary())
        else:
            out += _non_thai(text, start, end)
    if slow is not None:
        out += newmm.segment(text[slow:], dictionary())
    return _fixed(rejoin_formatted_num(out))


def _fixed(words: list[str]) -> list[str]:
    """``words`` with the pairs the word list cuts wrongly cut right (``cut_fixes``: ``อี|กราว`` →
    ``อีก|ราว``, "about another")."""
    fixes = _cut_fixes()
    if not any(word in fixes for word in words):
        return words
    out: list[str] = []
    for word in words:
        pair = fixes.get(out[-1], {}).get(word) if out else None
        if pair:
            out[-1:] = pair
        else:
            out.append(word)
    return out


@functools.lru_cache(maxsize=1)
def _cut_fixes() -> dict[str, dict[str, list[str]]]:
    """``cut_fixes`` of the Thai language data, by the first word then the second."""
    from generator.language import get_language

    fixes: dict[str, dict[str, list[str]]] = {}
    for wrong, right in (get_language("th")["cut_fixes"] or {}).items():
        first, second = wrong.split("|")
        fixes.setdefault(first, {})[second] = right.split("|")
    return fixes


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences by PyThaiNLP's CRF model (``crfcut``), over ``words``."""
    return thaisentences.segment(words(text))


_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_ODD = re.compile(r"[\u0e00\u0e4f\u0e5a-\u0e7f]|\r(?!\n)")
"""What newmm cuts in ways ``_non_thai`` does not: the whole text is cut by PyThaiNLP."""
_NON_THAI = newmm._PAT_NONTHAI
_CROSSING = re.compile(r"(?<=[\u0e01-\u0e4e])[^\u0e01-\u0e4e]")
_NLPO3_NAME = "generator-thai-words"
_CLUSTER = re.compile(f"(?:{_PAT_TCC.pattern})|.", re.S)
"""PyThaiNLP's clusters, one after the other (``tcc``: where none starts, one letter)."""


@functools.lru_cache(maxsize=1)
def _nlpo3_dictionary() -> bool:
    """Load PyThaiNLP's word list into nlpO3 (once a process); False without nlpO3."""
    if nlpo3 is None:
        return False
    _message, loaded = nlpo3.load_dict(os.path.join(corpus_path(), "words_th.txt"), _NLPO3_NAME)
    return bool(loaded)


@functools.lru_cache(maxsize=1)
def _crossing_words() -> dict[str, list[tuple[str, int]]]:
    """The dictionary's words that hold more than Thai letters (``มี.ค.``, ``จส.100``,
    ``โต้ง ๆ``), by their first other character with the letters either side of it (the
    one before alone at the word's end), with its offset. Every such word starts with a
    Thai letter."""
    index: dict[str, list[tuple[str, int]]] = {}
    for word in thai_words():
        found = _CROSSING.search(word)
        if found:
            index.setdefault(word[found.start() - 1:found.end() + 1], []).append((word, found.start()))
    return index


def _cut_points(text: str) -> list[int]:
    """0, the ends of every Thai run that no dictionary word crosses, and the text's end."""
    index = _crossing_words()
    crossed = []
    for found in _CROSSING.finditer(text):
        at = found.start()
        for key in (text[at - 1:at + 2], text[at - 1:at + 1]):
            for word, offset in index.get(key, ()):
                if text.startswith(word, at - offset):
                    crossed.append((at - offset, at - offset + len(word)))
    points = [0]
    for run in _RUN.finditer(text):
        points += [p for p in run.span() if p > points[-1] and not (crossed and any(a < p < b for a, b in crossed))]
    if points[-1] < len(text):
        points.append(len(text))
    return points


def _keeps_clusters(text: str, start: int, end: int, cut: list[str]) -> bool:
    """Whether every word boundary of ``cut`` (of ``text[start:end]``) is one of
    PyThaiNLP's cluster boundaries (``tcc_pos_array``: a letter that starts no cluster is
    one), the clusters read with the letters after the run: two of them, or the text's
    end, so that ``$`` in a cluster's look-ahead means what it means in the whole text."""
    ends = {found.end() for found in _CLUSTER.finditer(text, start, min(end + 2, len(text)))}
    at = start
    for word in cut:
        at += len(word)
        if at not in ends and at != end:
            return False
    return at == end


def _non_thai(text: str, start: int, end: int) -> list[str]:
    """newmm's words of a stretch without Thai letters (no dictionary word starts there)."""
    out: list[str] = []
    while start < end:
        found = _NON_THAI.match(text, start, end)
        if found is None or found.end() == start:
            return out + newmm.segment(text[start:end], dictionary())
        out.append(found.group())
        start = found.end()
    return out
