"""What a number counts: the label of a figure, in the article's own words.

Hindi puts the counted noun after the number (``73 पार्टी संगठन हैं``): the
label runs from the number to the first stop word (verb, postposition,
conjunction) or punctuation. A genitive (``के/की/का``) stays inside the label
(``जमीनी स्तर के ट्रेड यूनियन संगठन``) unless the word before it is an oblique
plural (``मुख्य लक्ष्यों के परिणाम``: the number counts ``लक्ष्यों``).

Thai puts the noun before the number and a classifier after
(``สมาชิกพรรค 1,549 ราย``): the label is the segmented words before the number
back to a phrase boundary (space, punctuation) or a clause word (``มี``,
``โดย``, a verb); when nothing is there, the classifier is the label
(``1 สโมสร``).

A percentage with a comparative (``लक्ष्य से 28.75% अधिक``,
``เกินเป้าหมายที่ตั้งไว้ 28.75%``) is labelled with the whole comparison.
"""

from __future__ import annotations

from generator.language import Language
from generator.numerals import Token

_MAX_WORDS = 6


def find_label(tokens: list[Token], first: int, last: int, kind: str, lang: Language) -> str:
    """Label of the figure spanning ``tokens[first:last + 1]``."""
    if lang["label_side"] == "before":
        return _label_before(tokens, first, last, kind, lang)
    return _label_after(tokens, first, last, kind, lang)


# --- Hindi and other languages that put the noun after the number -----------

def _label_after(tokens, first, last, kind, lang) -> str:
    if kind == "percent":
        comparison = _comparison_after(tokens, first, last, lang)
        if comparison:
            return comparison
    words = _phrase_after(tokens, last, lang)
    if not words and kind in {"year", "date"}:
        k = _next(tokens, last)
        if k is not None and tokens[k].text in lang["label_stops"]:
            words = _phrase_after(tokens, k, lang)
    if not words:
        words = _phrase_before(tokens, first, lang, limit=3)
    return " ".join(words)


def _phrase_after(tokens, last, lang) -> list[str]:
    words: list[str] = []
    k = _next(tokens, last)
    stops, genitives = set(lang["label_stops"]), set(lang["genitives"])
    while k is not None and len(words) < _MAX_WORDS:
        tok = tokens[k]
        if tok.kind != "word" or tok.text in lang["scales"] or tok.text in lang["percent_words"]:
            if words or tok.kind != "word":
                break
            k = _next(tokens, k)
            continue
        if tok.text in genitives:
            if not words or _oblique(words[-1]):
                break
            nxt = _next(tokens, k)
            if nxt is None or tokens[nxt].kind != "word" or tokens[nxt].text in stops:
                break
        elif tok.text in stops:
            break
        words.append(tok.text)
        k = _next(tokens, k)
    while words and words[-1] in genitives:
        words.pop()
    if k is not None and tokens[k].text in lang["locatives"] and len(words) >= 2 and _oblique(words[-1]):
        # "1,549 पार्टी सदस्य सरकारी उद्यमों में": the oblique tail is a place, not the counted noun.
        words.pop()
        if len(words) >= 2 and words[-1].endswith(tuple(lang["adjective_endings"])):
            words.pop()
    return words


def _oblique(word: str) -> bool:
    return word.endswith(("ों", "ओं"))


def _phrase_before(tokens, first, lang, limit) -> list[str]:
    words: list[str] = []
    k = _prev(tokens, first)
    stops = set(lang["label_stops"]) - set(lang["genitives"])
    while k is not None and len(words) < limit:
        tok = tokens[k]
        if tok.kind != "word" or tok.text in stops:
            break
        words.insert(0, tok.text)
        k = _prev(tokens, k)
    return words


def _comparison_after(tokens, first, last, lang) -> str | None:
    """``निर्धारित लक्ष्य से 28.75% अधिक`` → ``निर्धारित लक्ष्य से अधिक``."""
    k = _next(tokens, last)
    if k is None or tokens[k].text not in lang["comparatives"]:
        return None
    p = _prev(tokens, first)
    if p is None or tokens[p].text != "से":
        return tokens[k].text
    base = _phrase_before(tokens, p, lang, limit=3)
    return " ".join(base + ["से", tokens[k].text])


# --- Thai: the noun before the number, a classifier after -------------------

def _label_before(tokens, first, last, kind, lang) -> str:
    chunk, start = _chunk_before(tokens, first)
    if kind == "percent":
        words = _trim(chunk, lang, cut_at_stops=False)
        if words:
            return "".join(words)
        return "".join(_trim(_chunk_after(tokens, last), lang, cut_at_stops=True))
    if kind in {"year", "date"}:
        while chunk and (chunk[-1] in lang["year_words_before"] or chunk[-1] in lang["label_stops"]):
            chunk = chunk[:-1]  # "แผนงานในปี 2567" → "แผนงาน"
        words = _trim(chunk, lang, cut_at_stops=True)
        return "".join(words or _trim(_chunk_after(tokens, last), lang, cut_at_stops=False)[:3])
    if chunk in ([w] for w in lang["label_tail_drop"]):
        chunk, start = _chunk_before(tokens, start)  # "X จำนวน 14/13 องค์กร"
    if len(chunk) == 1 and chunk[0] in lang["classifiers"]:
        chunk = []  # "2,388 ราย 1 สโมสร": the classifier of the number before
    words = _trim(chunk, lang, cut_at_stops=True)
    if words:
        return "".join(words)
    k = _next(tokens, last)
    if k is not None and tokens[k].kind == "word":
        return tokens[k].text
    return ""


def _chunk_before(tokens, first) -> tuple[list[str], int]:
    """Words before token ``first`` back to a space, punctuation or a number, and where they start."""
    out: list[str] = []
    k = first - 1
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    while k >= 0 and tokens[k].kind == "word":
        out.insert(0, tokens[k].text)
        k -= 1
    return out, k + 1


def _chunk_after(tokens, last) -> list[str]:
    out: list[str] = []
    k = last + 1
    while k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    while k < len(tokens) and tokens[k].kind == "word":
        out.append(tokens[k].text)
        k += 1
    return out


def _trim(words: list[str], lang, cut_at_stops: bool) -> list[str]:
    tail, stops = set(lang["label_tail_drop"]), set(lang["label_stops"])
    words = list(words)
    while words and (words[-1] in tail or words[-1] in lang["qualifiers_before"]):
        words.pop()
    if cut_at_stops:
        for i in range(len(words) - 1, -1, -1):
            if words[i] in stops:
                words = words[i + 1:]
                break
        if lang["head_before"] and lang["head_before"][0] in words[1:]:
            words = words[:words.index(lang["head_before"][0])]  # "X ของ Y" counts X
    while words and words[0] in {"โดย", "และ", "หรือ", "ซึ่ง", "ที่", "การ"}:
        words.pop(0)
    return words


def _next(tokens, k) -> int | None:
    k += 1
    while k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    return k if k < len(tokens) and tokens[k].kind != "space" else None


def _prev(tokens, k) -> int | None:
    k -= 1
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    return k if k >= 0 and tokens[k].kind != "space" else None
