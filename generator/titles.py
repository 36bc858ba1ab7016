"""Titles and descriptions derived from an article's lead, and text cut at a word boundary.

A derived title says what the meeting was about: the lead's first sentence, without its
time words, dates and parentheses; when that is too long, the parts a reader can best
spare go first (companions of the meeting, the second of two purposes, the long name of
the body that met), and only then is it cut, at a word boundary, with ``…``. The
patterns are language data (``title_drop``, ``title_shorten``, ``subject_*`` in
``generator/lang/<code>.yml``).
"""

from __future__ import annotations

import re
import unicodedata

from generator.language import Language

TITLE_MAX = 110
DESCRIPTION_MAX = 300
_PARENS = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")
_SENTENCE_END = re.compile(r"(?<=[।॥!?])\s|(?<=[^\d\s.]\.)\s")


def make_title(lead: str, lang: Language, drop: tuple[str, ...] | list[str] = ()) -> str:
    """A title of at most ``TITLE_MAX`` characters from the lead (after its dateline and
    date) that keeps the meeting's topic; ``drop``: phrases to take out (a relative day).

    >>> from generator.language import get_language
    >>> make_title(" की दोपहर को, समिति (एबीसी) ने परिणामों का मूल्यांकन करने के लिए एक बैठक की।", get_language("hi"))
    'समिति ने परिणामों का मूल्यांकन करने के लिए बैठक की'
    """
    text = lead.strip()
    for phrase in drop:
        text = re.sub(rf"\s*{re.escape(phrase)}{lang['relative_suffix'] or ''}", "", text, count=1)
    text = _PARENS.sub("", _without_lead_time(text, lang))
    for pattern in lang["title_drop"]:
        text = re.sub(pattern, "", text)
    text = _tidy(_first_sentence(text, lang))  # its time and place gone, the verb that names the meeting
    for pattern in lang["title_shorten"]:
        if len(text) <= TITLE_MAX:
            break
        shorter = _tidy(re.sub(pattern, "", text, count=1))
        if len(shorter) >= 10:
            text = shorter
    for shorten in (_first_purpose, _subject_head):
        if len(text) > TITLE_MAX:
            text = shorten(text, lang)
    return cut_at_word(text, TITLE_MAX, lang)


def make_description(lead: str, lang: Language) -> str:
    """The lead paragraph for listings and meta tags, cut at a word boundary.

    >>> from generator.language import get_language
    >>> make_description("एक " * 200, get_language("hi"))[-3:]
    'एक…'
    """
    return cut_at_word(_tidy(lead), DESCRIPTION_MAX, lang)


def cut_at_word(text: str, limit: int, lang: Language) -> str:
    """``text`` if it fits in ``limit`` characters, else its longest start that ends at a
    word boundary (found by PyThaiNLP for Thai; never inside a Devanagari cluster), without
    a dangling function word or trailing space, and ``…``.

    >>> from generator.language import get_language
    >>> cut_at_word("समिति ने कृषि की समीक्षा की", 20, get_language("hi"))
    'समिति ने कृषि…'
    >>> cut_at_word("การประชุมออนไลน์กับท้องถิ่น", 20, get_language("th"))
    'การประชุมออนไลน์…'
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    ends = [end for end in _word_ends(text[:limit + 40], lang) if end <= limit - 1]
    end = max(ends, default=0) or _cluster_end(text, limit - 1)
    words = text[:end].rstrip(" ,;:-–—")
    dangling = "|".join(map(re.escape, lang["title_end_drop"]))
    for _ in range(2):
        if dangling:
            shorter = re.sub(rf"(?:^|\s|(?<=[\u0e00-\u0e7f]))(?:{dangling})$", "", words).rstrip(" ,;:-–—")
            words = shorter if len(shorter) > limit // 3 else words
    return words + "…"


def _word_ends(text: str, lang: Language) -> list[int]:
    """Offsets in ``text`` where a word ends."""
    if lang.code == "th":
        from generator import thai

        ends, pos = [], 0
        for word in thai.words(text):
            pos += len(word)
            ends.append(pos)
        return ends[:-1]  # the last word may be cut by the slice
    return [m.start() for m in re.finditer(r"\s", text)]


def _cluster_end(text: str, limit: int) -> int:
    """The last offset before ``limit`` that does not split a letter from its marks
    (a vowel sign, a virama, a nukta), for a text with no word boundary in reach."""
    end = limit
    while end > 1 and (unicodedata.category(text[end])[0] == "M" or text[end - 1] == "\u094d"):
        end -= 1
    return end


def _without_lead_time(text: str, lang: Language) -> str:
    for phrase in sorted(lang["lead_time"], key=len, reverse=True):
        if text.startswith(phrase):
            text = text[len(phrase):]
            break
    return text.lstrip(" ,:-–—।)")  # ")": a dateline's date in brackets ("วันนี้ (12 มี.ค. 68)") ends there


def _first_sentence(text: str, lang: Language) -> str:
    if lang.code == "th":
        return _thai_clause(text, lang)
    return _SENTENCE_END.split(text, maxsplit=1)[0].rstrip("।.!? ")


def _thai_clause(text: str, lang: Language) -> str:
    """Thai writes no sentence marks: a space between two Thai letters ends a clause. The
    first clause that holds the main verb (``title_verbs``) and what follows it is the sentence."""
    verbs = [text.find(v) for v in lang["title_verbs"] if text.find(v) >= 0]
    start = min(verbs) if verbs else min(30, len(text))
    purpose = [text.find(w, start) for w in lang["title_cut_words"] if text.find(w, start) >= 0]
    start = min(purpose) if purpose else start
    for match in re.finditer(r"(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])", text):
        if match.start() > start and not text.startswith(tuple(lang["title_continue"]), match.end()):
            return text[:match.start()]
    return text


def _first_purpose(text: str, lang: Language) -> str:
    """The title with the first of two purposes ("เพื่อทบทวน ... และวางแผน ..." → "เพื่อทบทวน ...")."""
    at = min((text.find(w) for w in lang["title_cut_words"] if text.find(w) > 0), default=-1)
    if at < 0 or not lang["purpose_joins"]:
        return text
    pos = at
    for word in _words(text[at:], lang):
        if word in lang["purpose_joins"] and pos > at:
            return _tidy(text[:pos])
        pos += len(word)
    return text


def _words(text: str, lang: Language) -> list[str]:
    if lang.code == "th":
        from generator import thai

        return thai.words(text)
    return re.split(r"(\s+)", text)


def _subject_head(text: str, lang: Language) -> str:
    """The title with the body that met named by its head alone ("the steering committee"
    for "the province's steering committee for party building in enterprises")."""
    for marker in lang["subject_markers"]:
        at = text.find(marker)
        if at <= 0:
            continue
        subject, rest = text[:at], text[at:]
        heads = [subject.rfind(p) + len(p) for p in lang["subject_head_after"] if subject.rfind(p) > 0]
        cuts = [subject.find(p) for p in lang["subject_head_before"] if subject.find(p) > 8]
        words = subject.split()
        if heads:
            subject = subject[max(heads):]
        elif cuts:
            subject = subject[:min(cuts)]
        elif lang["subject_head_words"] and len(subject) > 40 and len(words) > lang["subject_head_words"]:
            subject = " ".join(words[-lang["subject_head_words"]:])
        return _tidy(subject.strip() + rest)
    return text


def _tidy(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:-–—")
