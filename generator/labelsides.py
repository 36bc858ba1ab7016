"""Parts of a count told apart by a side: by sex (``जिनमें 28,26,904 पुरुष, 27,57,275 महिलाएं`` → ``पुरुष
मतदाता``, ``ผู้สมัคร 120 คน เป็นหญิง 37 คน`` → ``ผู้สมัครหญิง``) or by the way they voted (``11 ने पक्ष में और 5
ने विरोध में`` → ``पक्ष में सदस्यों``; ``ด้วยคะแนนเสียง ๑๕ เสียง`` after a decision: the votes for it). Called by
``labelrefs.relate_labels`` and ``labels.find_label``; the words are language data (``gender_words``, ``gender_label``,
``vote_sides``, ``vote_agent``, ``vote_label``, ``vote_scores``, ``decision_markers``)."""

from __future__ import annotations

import re

from generator.labelchunks import chunk_after, chunk_before
from generator.labelwords import fill
from generator.language import Language
from generator.model import Figure
from generator.numerals import Token
from generator.numerals import prev_token as _prev


def gendered(earlier: list[Figure], figure: Figure, label: str, text: str, lang: Language) -> str:
    """``कुल 55,84,217 मतदाता, जिनमें 28,26,904 पुरुष, 27,57,275 महिलाएं`` → ``पुरुष मतदाता``, ``महिला
    मतदाता``; ``ผู้สมัคร 120 คน เป็นหญิง 37 คน`` → ``ผู้สมัครหญิง``: a part named only by a sex
    (``gender_words``) is of the head of the count before it in the sentence."""
    gender = (lang["gender_words"] or {}).get(label.strip())
    whole = next((f for f in reversed(earlier) if f.kind == "count" and f.label.strip() not in (lang["gender_words"] or {})
                  and f.label), None)
    if whole is not None and (figure.sentence - whole.sentence > 1 or figure.start - whole.end > _WHOLE_CHARS):
        whole = None  # "… जिनके 86,400 सदस्य हैं। इनमें 31,100 महिलाएं हैं": the sentence before at most
    if gender is None or whole is None or figure.kind not in {"count", "percent"}:
        return label
    head = whole.label
    if lang["label_side"] == "after":  # the noun right after the count ("8,282 श्रमिकों को नौकरियाँ")
        after = text[whole.end:whole.end + _WHOLE_CHARS].split()
        head = next((w for w in after if w in whole.label.split()), whole.label.split()[-1])
    for word in (lang["total_words"] or {}).values():
        head = head.removesuffix(word) if lang["label_side"] == "before" and head != word else head
    if head in (lang["gender_plain_heads"] or []):
        return label  # "18,640 लोग …, इनमें 7,215 महिलाएं": women, not "महिला लोग"
    return str(lang["gender_label"]).format(gender=gender, label=head)


_WHOLE_CHARS = 120


def voted(figure: Figure, label: str, text: str, lang: Language) -> str:
    """``16 सदस्यों में से 11 ने प्रस्ताव के पक्ष में और 5 ने विरोध में मत दिया`` → ``पक्ष में सदस्यों``,
    ``विरोध में सदस्यों``: a count of those who voted says which way (``vote_sides``, after ``vote_agent``)."""
    sides, agent = lang["vote_sides"] or [], lang["vote_agent"]
    if sides and figure.kind == "count" and (way := _versus(figure, text, lang)):
        return str(lang["vote_label"]).format(side=way, label=lang["vote_nouns"][0])
    if not sides or not label or figure.kind != "count":
        return label
    clause = re.split(r"[,;।\n]| और | तथा ", text[figure.end:figure.end + _VOTE_CHARS])[0]
    words = clause.split()
    if agent not in words[:_VOTE_AGENT_AT]:
        return label
    side = next((s for s in sides if f" {s}" in f" {clause} "), None)
    if side is None:
        return label
    for other in sides:  # "5 ने विरोध में" after "11 ने पक्ष में": the label it took from the count before
        label = label.removeprefix(f"{other} ")
    return str(lang["vote_label"]).format(side=side, label=label)


_VOTE_CHARS = 60


def _versus(figure: Figure, text: str, lang: Language) -> str:
    """``४ के मुकाबले १ मत से पारित``: the first of two counts of votes said one against the other (``vote_versus``) is
    for, the second against (the first and second of ``vote_sides``); else nothing."""
    versus, nouns = lang["vote_versus"], "|".join(map(re.escape, lang["vote_nouns"] or []))
    if not versus or not nouns:
        return ""
    after = text[figure.end:figure.end + _VOTE_CHARS]
    if re.match(rf"\s*{re.escape(versus)}\s+\S+\s+(?:{nouns})(?!\S)", after):
        return lang["vote_sides"][0]
    before = text[max(0, figure.start - _VOTE_CHARS):figure.start].rstrip()
    return lang["vote_sides"][1] if before.endswith(versus) and re.match(rf"\s*(?:{nouns})(?!\S)", after) else ""


_VOTE_AGENT_AT = 3  # the agent marker comes right after the number or its noun ("11 ने", "21 पार्षदों ने")


def vote_label(tokens, first, last, lang) -> str:
    """A count of votes (``vote_classifiers`` after it): the side said right before it (``vote_sides``:
    ``ไม่เห็นชอบ ๒ เสียง``), else the decision it was cast for (``_motion``), else nothing."""
    after = chunk_after(tokens, last)
    if not after or after[0] not in (lang["vote_classifiers"] or []):
        return ""
    chunk = chunk_before(tokens, first, lang)[0]
    said = "".join(chunk)
    side = next((s for s in sorted(lang["vote_sides"] or [], key=len, reverse=True) if said.endswith(s)), "")
    return side or _motion(tokens, first, chunk, lang)


def _motion(tokens, first, chunk: list[str], lang) -> str:
    """``มติที่ประชุม รับรองรายงานการประชุม ด้วยคะแนนเสียง ๑๕ เสียง``: votes counted by a score word after ``ด้วย``
    (``vote_scores``, ``vote_by``) are the votes for the decision the minutes record after their marker
    (``decision_markers``) up to a number or ``ด้วย`` (``vote_score_label``), else nothing."""
    if not lang["vote_score_label"] or len(chunk) < 2 or chunk[-1] not in (lang["vote_scores"] or []) \
            or chunk[-2] not in (lang["vote_by"] or []):
        return ""
    k = _prev(tokens, first)
    words: list[Token] = []
    while k is not None and tokens[k].text not in (lang["vote_by"] or []):
        k = _prev(tokens, k)
    k = _prev(tokens, k) if k is not None else None
    while k is not None and len(words) < _MOTION_TOKENS and tokens[k].text not in (lang["decision_markers"] or []):
        words.insert(0, tokens[k])
        k = _prev(tokens, k)
    if k is None or tokens[k].text not in (lang["decision_markers"] or []):
        return ""
    runs: list[list[str]] = [[]]  # the words between numbers: the longest run names the decision ("รายการที่ ๑
    for t in words:  # โครงการซ่อมแซมท่อระบายน้ำ อนุมัติ", "รับรองรายงานการประชุมครั้งที่ ๒ เมื่อวันที่ ๒๘ …")
        if t.kind == "num":
            runs.append([])
        elif t.kind == "word":
            runs[-1].append(t.text)
    said = max(runs, key=lambda run: len("".join(run)))[:_MOTION_WORDS]
    edges = {*lang["label_stops"], *(lang["ordinal_markers"] or []), *(lang["classifiers"] or [])}
    while said and said[-1] in edges:
        said = said[:-1]  # "ครั้งที่ ๒": the report, not its number
    return fill(lang["vote_score_label"], lang, motion="".join(said)) if said else ""


_MOTION_TOKENS = 30  # how far back the decision's marker may stand
_MOTION_WORDS = 4
