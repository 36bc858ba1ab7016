"""Thai sentences by PyThaiNLP's CRF model (``crfcut``), from words already cut.

PyThaiNLP's ``crfcut.segment`` cuts the text into words itself (a second newmm cut of
every paragraph) and builds each word's 37 features by joining slices of three lists
again for every window: half of a Thai article's extraction. ``segment`` takes the
words the caller has cut (``thai.words``, the cut ``crfcut`` makes), builds the same
features in the same order a column at a time, leaves out those the model has no
weight for (a quarter, and half of the tagger's time: it looks each one up), and asks
PyThaiNLP's own tagger: the same labels, the same sentences (a test compares them
with ``sent_tokenize``).
"""

from __future__ import annotations

import functools
import os
import re
import tempfile

WINDOW, MAX_N_GRAM = 2, 3  # crfcut's defaults
_PAD = "xxpad"
_LAYOUT = [(n, j) for n in range(1, MAX_N_GRAM + 1) for j in range(-WINDOW, WINDOW + 2 - n)]
"""Each feature's n-gram size and start relative to the word, in crfcut's order."""
_NAMES = [(f"word_{n}_{j}_{j + n}=", f"ender_{n}_{j}_{j + n}=", f"starter_{n}_{j}_{j + n}=") for n, j in _LAYOUT]


def segment(words: list[str]) -> list[str]:
    """The sentences of the text that ``words`` cut (``crfcut.segment`` of their join).

    >>> segment(["ผม", "ไป", "ตลาด", " ", "เขา", "ไป", "โรงเรียน", "ครับ"])
    ['ผมไปตลาด ', 'เขาไปโรงเรียนครับ']
    """
    if not words:
        return []
    labels = _tagger().tag(known_features(words))
    labels[-1] = "E"  # crfcut: the last sentence always ends
    sentences, start = [], 0
    for i, word in enumerate(words):  # crfcut's rules: punctuation ends a sentence, none starts with a space
        stripped = word.strip()
        if stripped.endswith(("!", ".", "?")):
            labels[i] = "E"
        elif (i == 0 or labels[i - 1] == "E") and stripped == "":
            labels[i] = "I"
        if labels[i] == "E":
            sentence = "".join(words[start:i + 1])
            if sentence:
                sentences.append(sentence)
            start = i + 1
    return sentences


def features(words: list[str]) -> list[list[str]]:
    """crfcut's ``_extract_features(words)``: the same strings, in the same order."""
    enders, starters = _markers()
    padded = [_PAD] * WINDOW + words + [_PAD] * WINDOW
    kinds = (padded, ["ender" if w in enders else "normal" for w in padded],
             ["starter" if w in starters else "normal" for w in padded])
    count = len(words)
    columns = [["bias"] * count]  # each feature for every word at once, then the words' rows
    for (n, j), names in zip(_LAYOUT, _NAMES):
        start = WINDOW + j
        for kind, name in zip(kinds, names):
            if n == 1:
                columns.append([name + x for x in kind[start:start + count]])
            else:
                columns.append([name + "|".join(gram) for gram in zip(*(kind[start + k:start + k + count] for k in range(n)))])
    return [list(row) for row in zip(*columns)]


def known_features(words: list[str]) -> list[list[str]]:
    """``features``, without those the model has no weight for: the tagger skips them
    anyway, after looking each one up (most of its time); the scores, summed in the same
    order over the same weights, are the same. The model's attributes are read once a
    process has cut a few articles (0.1 s): a rebuild after one new article does not wait for them."""
    global _cut_words
    rows = features(words)
    _cut_words += len(words)
    if _cut_words < _ATTRIBUTES_AFTER and _attributes.cache_info().currsize == 0:
        return rows
    known = _attributes()
    return [[x for x in row if x in known] for row in rows] if known else rows


_cut_words = 0  # words this process has cut into sentences
_ATTRIBUTES_AFTER = 3000  # words (a few articles) before the model's attributes are worth reading


@functools.lru_cache(maxsize=1)
def _attributes() -> frozenset[str]:
    """The model's attributes, read from the tagger's dump (0.1 s, once a process); empty
    if the dump is not as expected (then every feature goes to the tagger)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.txt")
        _tagger().dump(path)
        with open(path, encoding="utf-8", newline="") as dump:
            text = dump.read()
    head, tail = "\nATTRIBUTES = {\n", "\n}\n\nTRANSITIONS = {"
    start, end = text.find(head), text.find(tail)
    if start < 0 or end < start:
        return frozenset()
    body = text[start + len(head):end]
    lines = list(re.finditer(r"^ *(\d+): ", body, re.M))  # "  36423: word_2_1_3=..."; an attribute may hold a newline
    if [int(line.group(1)) for line in lines] != list(range(len(lines))):
        return frozenset()
    ends = [line.start() - 1 for line in lines[1:]] + [len(body)]
    return frozenset(body[line.end():stop] for line, stop in zip(lines, ends))


@functools.lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.tokenize import crfcut

    return frozenset(crfcut._ENDERS), frozenset(crfcut._STARTERS)


def _tagger():
    from pythainlp.tokenize import crfcut

    return crfcut._tagger
