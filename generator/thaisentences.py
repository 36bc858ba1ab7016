"""Thai sentences by PyThaiNLP's CRF model (``crfcut``), from words already cut.

PyThaiNLP's ``crfcut.segment`` cuts the text into words itself (a second newmm cut of
every paragraph) and builds each word's 37 features by joining slices of three lists
again for every window: half of a Thai article's extraction. ``segment`` takes the
words the caller has cut (``thai.words``, the cut ``crfcut`` makes), builds the same
features in the same order from n-grams joined once, and asks PyThaiNLP's own tagger:
the same labels, the same sentences (a test compares them with ``sent_tokenize``).
"""

from __future__ import annotations

import functools

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
    labels = _tagger().tag(features(words))
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
    marks = [(w, "ender" if w in enders else "normal", "starter" if w in starters else "normal") for w in padded]
    grams: dict[int, list[tuple[str, ...]]] = {1: list(marks)}
    for n in range(2, MAX_N_GRAM + 1):  # the n-grams starting at each position, joined once
        grams[n] = [tuple("|".join(m[k] for m in marks[j:j + n]) for k in range(3)) for j in range(len(marks) - n + 1)]
    out = []
    for i in range(WINDOW, len(padded) - WINDOW):
        row = ["bias"]
        for (n, j), (word, ender, starter) in zip(_LAYOUT, _NAMES):
            gram = grams[n][i + j]
            row += (word + gram[0], ender + gram[1], starter + gram[2])
        out.append(row)
    return out


@functools.lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.tokenize import crfcut

    return frozenset(crfcut._ENDERS), frozenset(crfcut._STARTERS)


def _tagger():
    from pythainlp.tokenize import crfcut

    return crfcut._tagger
