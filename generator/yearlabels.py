"""What a year is of: ``वित्तीय वर्ष 2023-24``, ``शैक्षणिक सत्र 2023-24 की उपलब्धियां`` keep their year noun and
what the year is of; a year something is planned for (``2024 के लिए … का लक्ष्य``) is that plan's; a year an
earlier value is of (``पिछले वर्ष 2024``, ``จากช่วงเดียวกันของปี 2567``) is the year compared with. Called by
``figures``; the words are language data (``year_nouns``, ``year_label``, ``earlier_year_before``,
``compared_year_label``).
"""

from __future__ import annotations

import re

from generator.labelclause import ends_clause
from generator.labelphrase import phrase_before
from generator.labelphraseafter import phrase_after
from generator.labelwords import fill, tidy_label
from generator.language import Language
from generator.numerals import Token
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev


def year_label(tokens: list[Token], first: int, last: int, found: str, lang: Language) -> str:
    """Hindi: ``शैक्षणिक सत्र 2023-24 की उपलब्धियां`` → ``उपलब्धियां का शैक्षणिक सत्र``, ``2023 की
    परीक्षाओं`` → ``परीक्षाओं का वर्ष``: a year is named by its year noun (``वित्तीय वर्ष``) and what
    follows it in the genitive."""
    before = phrase_before(tokens, first, lang)
    named = bool(before) and before[-1] in lang["year_nouns"]
    k = _next(tokens, last)
    what = ""
    if k is not None and tokens[k].text in lang["genitives"]:
        what = tidy_label(" ".join(phrase_after(tokens, k, lang)[:4]), lang)
    year = tidy_label(" ".join(before[-3:]), lang) if named else lang["year_nouns"][0]
    what = what or (_planned_for(tokens, last, lang) if not found and not named else "")
    if what:
        return fill(lang["year_label"], lang, what=what, year=year)
    return year if named else found


def season_year_label(found: str, lang: Language) -> str:
    """Thai: ``สถานการณ์น้ำและการจัดสรรน้ำฤดูแล้งปี 2567/68`` → ``ฤดูแล้งปี``, ``…ช่วงเทศกาลสงกรานต์ 68`` →
    ``เทศกาลสงกรานต์``: a year a season, a festival or a span (``year_periods``) is named in is theirs, from the
    last of them on, not the whole clause's."""
    at = max((found.rfind(w) for w in lang["year_periods"] or [] if w in found), default=-1)
    return found[at:] if at > 0 else found


def target_year_label(tokens: list[Token], first: int, last: int, found: str, lang: Language) -> str:
    """``…ร้อยละ 35 ภายในปี 2570`` → ``เป้าหมายภายในปี``, ``2027 तक 3,500 करने का लक्ष्य`` → ``लक्ष्य वर्ष``: a year
    something is to be done by (``target_year_before`` glued before it, ``target_year_after`` after it, no comma
    next) is the target's year (``target_year_label``), unless the label names the target or the year already."""
    template = lang["target_year_label"]
    if not template or any(w in found for w in lang["target_words"] or []) or found.split()[-1:] \
            and found.split()[-1] in lang["year_nouns"]:
        return found  # "वित्त वर्ष 2025-26 तक": the year's own noun names it
    glued = "".join(t.text for t in tokens[max(0, first - _TARGET_TOKENS):first]).replace(" ", "")
    k = _next(tokens, last)
    after = k is not None and tokens[k].text in (lang["target_year_after"] or [])
    n = _next(tokens, k) if after and k is not None else None
    after = after and (n is None or tokens[n].text not in ",;")  # "2024 तक, …": the day the figures stood at
    return template if glued.endswith(tuple(lang["target_year_before"] or ())) or after else found


_TARGET_TOKENS = 12


def compared_year(before: str, lang: Language) -> str | None:
    """The word for year before a year that an earlier value is of (``สูงกว่าปี 2567``,
    ``จากช่วงเดียวกันของปี 2567``, ``पिछले वर्ष 2024``): the text before it ends, past year words
    and the words of an earlier time (``earlier_periods``, ``earlier_words``), with a comparative
    or an earlier-year word (``earlier_year_before``), or with such a word and the earlier value right after it
    (``เพิ่มขึ้นจาก 38,250 ตันในปี 2567``); ``None`` when it does not. ``""`` when no
    year word stands before the year."""
    marks = tuple(lang["earlier_year_before"] or ())
    words = sorted({*(lang["earlier_periods"] or []), *(lang["earlier_words"] or [])}, key=len, reverse=True)
    before, period = before.rstrip(), None
    for _ in range(_EARLIER_WORDS):
        if before.endswith(marks):
            return period or ""
        word = next((w for w in words if before.endswith(w)), None)
        if word is None:  # "เพิ่มขึ้นจาก 38,250 ตันในปี 2567": the year of the earlier value said right before it
            amount = _AMOUNT_END.search(before) if period else None
            return period if amount and before[:amount.start()].rstrip().endswith(marks) else None
        period = word if period is None else period
        before = before.removesuffix(word).rstrip()
    return None


_EARLIER_WORDS = 8
_AMOUNT_END = re.compile(r"\d[\d,.]*\s*[^\s\d]{0,12}$")


def compared_year_label(tokens: list[Token], first: int, found: str, lang: Language) -> str:
    """``มากกว่าปี 2567`` → ``ปีเปรียบเทียบ``: a year an earlier value is of is named as the year
    compared with (``compared_year_label``), by the word for year before it; ``ผ่านงบปี 68`` →
    ``ปีงบประมาณ``: a year right after a budget word is the fiscal year (``budget_year``)."""
    template = lang["compared_year_label"]
    before = "".join(t.text for t in tokens[max(0, first - _EARLIER_TOKENS):first])
    opener = before.split()[-1:]
    vague = not found or found in (lang["generic_heads"] or [])  # "जबकि 2023-24 में यह संख्या …": not the year's
    if vague and opener and opener[0] in (lang["earlier_openers"] or []) and lang["opened_year_label"]:
        return lang["opened_year_label"]  # "…, जो 2023-24 के 580 करोड़ रुपये से …": the year of the value compared with
    period = compared_year(before, lang) if template else None
    glued = before.replace(" ", "")
    if period is not None and (phrase := next((p for p in lang["compared_phrases"] or [] if glued.endswith(p)), None)):
        return phrase  # "เพิ่มขึ้นจากช่วงเดียวกันของปี 2567": the period, as the text names it
    if period is None:
        budget = lang["budget_year"] or {}
        return budget["label"] if budget and glued.endswith(tuple(budget["before"])) else found
    periods = lang["earlier_periods"] or []
    return fill(template, lang, period=period if period in periods else periods[0])


_EARLIER_TOKENS = 16


def _planned_for(tokens, last, lang) -> str:
    """``2024 के लिए 72 लाख पर्यटकों … का लक्ष्य रखा है`` → ``लक्ष्य``: a year something is set for
    is the year of what the clause sets, the phrase before its verb (past figures and particles)."""
    k = _next(tokens, last)
    for word in (lang["year_purpose"] or "").split():
        if k is None or tokens[k].text != word:
            return ""
        k = _next(tokens, k)
    verbs, light = set(lang["clause_verbs"]), {*lang["conjunct_nouns"], *lang["label_skip"]}
    for _ in range(_CLAUSE_TOKENS):
        if k is None or tokens[k].kind == "punct" and tokens[k].text != ",":
            return ""
        if ends_clause(tokens, k, verbs, lang):
            while (p := _prev(tokens, k)) is not None and tokens[p].text in light:
                k = p  # "… का कैलेंडर भी मंजूर किया": past the particle and the verb's nominal half
            return tidy_label(" ".join(phrase_before(tokens, k, lang)[-3:]), lang)
        k = _next(tokens, k)
    return ""


_CLAUSE_TOKENS = 25
