"""Labels that say when: the earlier time a figure is of (``ร้อยละ 71 ในช่วงเดียวกันของปีก่อน`` →
``…ช่วงเดียวกันของปีก่อน``), a figure in a clause an earlier time opens (``पिछले वर्ष … 268 बांध`` →
``पिछले वर्ष बांध``), and a label without its time (``ऑक्यूपेंसी पिछले वर्ष इसी अवधि`` → ``ऑक्यूपेंसी``).
Used by ``labelchanges`` and ``labelrefs``; the words are language data (``earlier_marks``, ``earlier_words``,
``earlier_periods``, ``earlier_leads``, ``earlier_label``, ``current_marks``, ``change_head_stops``,
``earlier_head_stops``)."""

from __future__ import annotations

import re

from generator.labelwords import cut, derived_head, measure_words, word_list
from generator.language import Language
from generator.model import Figure


def when_after(figure: Figure, text: str, lang: Language) -> str:
    """``ร้อยละ 71 ในช่วงเดียวกันของปีก่อน`` → ``ช่วงเดียวกันของปีก่อน``: the time an earlier value is
    of, when the words after it say only that."""
    clause = r"[\n,;।]" if lang["label_side"] == "after" else r"[\n,;]|(?<=\S)\s"  # Thai: a space ends it
    words = cut(re.split(clause, text[figure.end:figure.end + 60])[0])
    skipped = {*(lang["label_edge_drop"] or []), *(lang["classifiers"] or []), *measure_words(lang)}
    per = lang["per_words"] or []
    leads = lang["earlier_leads"] or []
    glued = next((w for w in skipped if words and words[0].startswith(w) and words[0][len(w):] in leads), "")
    words = [words[0][len(glued):], *words[1:]] if glued else words  # "คนใน|ปี|ที่แล้ว" as the dictionary cuts it
    while words and (words[0] in skipped and words[0] not in (lang["earlier_periods"] or []) or words[0] in per):
        del words[:2 if words[0] in per else 1]  # "285,640 ครั้งในช่วงเดียวกันของปีก่อน", "22 บาทต่อช่อในปีก่อน" (a rate's
        # unit); not the year of "ตันในปีที่แล้ว"
    if not only_when(words, lang):
        return ""
    return ("" if lang["label_side"] == "before" else " ").join(words)


def earlier_label(when: str, label: str, lang: Language) -> str:
    """An earlier value's label: what it measures and when (``earlier_label``: ``{label}{when}`` in Thai,
    ``{when} {label}`` in Hindi)."""
    return str(lang["earlier_label"]).format(when=when, label=changed_head(derived_head(label, lang), lang, "earlier_head_stops"))


def changed_head(label: str, lang: Language, stops_key: str = "change_head_stops") -> str:
    """The label a change is said of up to the first word that qualifies it (``change_head_stops``:
    ``รวม``, ``เฉลี่ย``, ``ในจังหวัด``…): ``ผลผลิตทุเรียนรวม`` grew → ``ผลผลิตทุเรียนเพิ่มขึ้น``; the card before
    names it in full. An earlier value is cut at ``earlier_head_stops``; a price word is never left alone."""
    stops = lang[stops_key]
    if not stops:
        return label
    at = 0
    for i, word in enumerate(cut(label)):
        at = label.find(word, at)
        if i and word in stops:
            head = label[:at].rstrip()  # not a price word alone ("อัตราต่อลูกบาศก์เมตร" stays)
            return label if head in (lang["price_words"] or []) else head
        at += len(word)
    return label


def without_when(label: str, lang: Language) -> str:
    """``ऑक्यूपेंसी पिछले वर्ष इसी अवधि`` → ``ऑक्यूपेंसी``: the label of a new value without the time
    its earlier value was of."""
    words, joint = cut(label), "" if lang["label_side"] == "before" else " "
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    if len(words) > 2 and words[0] in marks and words[1] in (lang["earlier_periods"] or []):
        rest = words[3:] if words[2] in (lang["genitives"] or []) and len(words) > 3 else words[2:]
        return joint.join(rest)  # "पिछले वर्ष प्याऊ" (``in_earlier_time``), "पिछले सत्र के आवेदन"
    at = next((i for i, w in enumerate(words) if set(words[i:]) <= marks | others and marks & set(words[i:])), None)
    return joint.join(words[:at]) if at else label


def only_when(words: list[str], lang: Language) -> bool:
    """Whether ``words`` say only when (``पिछले वर्ष इसी अवधि``, ``ช่วงเดียวกันของปีก่อน``)."""
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    return bool(words) and bool(marks & set(words)) and set(words) <= marks | others


def in_earlier_time(figure: Figure, label: str, text: str, lang: Language) -> str:
    """``पिछले वर्ष इसी तारीख तक केवल 268 बांध ही पूरे भरे थे`` → ``पिछले वर्ष बांध``, ``เพิ่มขึ้นจากปีที่ผ่านมา
    ซึ่งมี 52 แห่ง`` → ``…ปีที่ผ่านมา``: a figure in a clause that names an earlier time (an earlier mark
    and one of ``earlier_periods``) before it is of that time, and its label says so: it tells the
    figure apart from this year's. Not when a time of now comes between (``current_marks``), nor
    when the figure is the new value of a change from that time."""
    periods = lang["earlier_periods"] or []
    marks = set(lang["earlier_marks"] or [])
    if not periods or not label or figure.kind in {"year", "date", "range"} or marks & set(cut(label)):
        return label
    found = time_before(figure, text, lang)
    if found is None or found[0].rsplit(" ", 1)[-1] in label:  # "…รวมปี 2567": the year is in it already
        return label
    when, rest = found
    compared = set(lang["comparatives"] or {}) | set(lang["change_words"] or [])
    words = cut(label)
    k = next((i for i, w in enumerate(words) if w in (lang["comparatives"] or {})), None)
    time_words = words[k + 1:] if k is not None else words  # "…ได้น้อยกว่าช่วงเดียวกัน": the subject, then when
    subject = "".join(words[:k]) if k else _compared_subject(figure, text, lang)
    if lang["label_side"] == "before" and time_words and set(time_words) <= set(lang["earlier_words"] or []) and subject:
        return earlier_label(when, subject, lang)  # "ปริมาณน้ำรวมน้อยกว่าช่วงเดียวกันของ
        # ปีที่แล้วซึ่งมี ๑๑๒.๓๐ ล้าน ลบ.ม.": what was less then, not the words of the time alone
    if words and set(words) <= set(lang["comparatives"] or {}) and lang["earlier_compared"]:
        return str(lang["earlier_compared"]).format(when=when, label=label)  # "जो पिछले वर्ष सिंचित … से 16 प्रतिशत अधिक"
    if set(words) & compared or any(w.startswith(tuple(compared)) for w in words) or any(
            f" {w} " in rest for w in [*(lang["current_marks"] or []), *(lang["change_links"] or []),
                                       *(lang["comparison_links"] or [])]):
        return label  # "… पिछले वर्ष इसी अवधि के 71 प्रतिशत से गिरकर 58 प्रतिशत", "…, इस वर्ष 1,800"
    if set(words) <= set(lang["earlier_words"] or []):
        return label  # "ช่วงเดียวกัน" alone: no subject to put the time to
    return earlier_label(when, label, lang)


def time_before(figure: Figure, text: str, lang: Language) -> tuple[str, str] | None:
    """The earlier time the clause before ``figure`` names, and the words between it and the figure."""
    return _earlier_time(text[max(0, figure.start - _CLAUSE_CHARS):figure.start].rstrip(), lang)


def _compared_subject(figure: Figure, text: str, lang: Language) -> str | None:
    """What a Thai clause compares with an earlier time before the figure: the words before its
    comparative (``ปริมาณน้ำรวม|น้อยกว่า|ช่วงเดียวกันของปีที่แล้วซึ่งมี``)."""
    clause = re.split(r"[\n,;]|(?<=\S)\s", text[max(0, figure.start - _CLAUSE_CHARS):figure.start].rstrip())[-1]
    words = cut(clause)
    at = next((i for i, w in enumerate(words) if w in (lang["comparatives"] or {})), None)
    return "".join(words[:at]) if at and len(words[:at]) <= _SUBJECT_WORDS else None


_SUBJECT_WORDS = 5


def _earlier_time(before: str, lang: Language) -> tuple[str, str] | None:
    """The earlier time the clause ending ``before`` names (``पिछले वर्ष``; ``ช่วงเดียวกันของปีที่ผ่านมา``:
    Thai names the period first, a space ends its clause), and the words between it and the figure."""
    thai = lang["label_side"] == "before"
    clauses = re.split(r"[\n;]|,(?!\d)|(?<=\S)\s" if thai else r"[\n।;]|,(?!\d)|[.?!]\s", before)  # not "10,000"
    clause = clauses[-1]
    if not thai and len(clauses) > 1 and before[:len(before) - len(clause)].endswith(",") \
            and word_list(clause)[:1] and word_list(clause)[0] in (lang["dependent_links"] or []):
        clause = f"{clauses[-2]} {clause}"  # "पिछले साल … 698 दुर्घटनाएं हुई थीं, जिनमें 341": of the time before too
    words = cut(clause) if thai else word_list(clause)
    marks, periods = set(lang["earlier_marks"] or []), tuple(lang["earlier_periods"] or [])
    glued = {m + r: m for m in marks for r in (lang["relatives"] or [])[:1]}  # "ก่อนที่" cut as one word
    for i in range(len(words) - 1, -1, -1):
        mark = words[i] if words[i] in marks else glued.get(words[i])
        if mark is None:
            continue
        if thai and (i and words[i - 1] in periods or mark.startswith(periods)):  # "ปี|ที่ผ่านมา", "ปีก่อน"
            j = i
            while j and words[j - 1] in (lang["earlier_words"] or []) and words[j - 1] not in (lang["earlier_leads"] or []):
                j -= 1  # "ช่วงเดียวกันของปีก่อน"
            return "".join([*words[j:i], mark]), f" {' '.join(words[i + 1:])} "
        if not thai and words[i + 1:i + 2] and words[i + 1] in periods:  # "पिछले वर्ष"
            return " ".join(words[i:i + 2]), f" {' '.join(words[i + 2:])} "
    return _compared_year(before, lang) if thai else None


def _compared_year(before: str, lang: Language) -> tuple[str, str] | None:
    """``…เพิ่มขึ้นจากช่วงเดียวกันของปี ๒๕๖๗ ซึ่งมี``: a period named by its year, after a word that leads to
    the time compared with (``earlier_leads``), and only a relative (``than_tails``) before the figure."""
    parts = before.rsplit(None, 2)  # the words, the year (glued to them or not) and the relative
    found = _YEAR_THEN.fullmatch(parts[-2]) if len(parts) > 1 and parts[-1] in (lang["than_tails"] or []) else None
    if not found:
        return None
    words, leads = cut(found["words"] or (parts[0] if len(parts) > 2 else "")), set(lang["earlier_leads"] or [])
    if not words or words[-1] not in (lang["earlier_periods"] or []):
        return None
    j = len(words) - 1
    while j and words[j - 1] in (lang["earlier_words"] or []) and words[j - 1] not in leads:
        j -= 1
    return ("".join(words[j:]) + " " + found["year"], f" {parts[-1]} ") if j and words[j - 1] in leads else None


_YEAR_THEN = re.compile(r"(?P<words>\S*?)(?P<year>[0-9๐-๙]{4})")


_CLAUSE_CHARS = 160


def of_year_before(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๔๕,๐๐๐,๐๐๐ บาท ปีงบประมาณ พ.ศ. ๒๕๗๐ จำนวน …`` → ``ปีงบประมาณ ๒๕๖๙``: an
    amount right after a year named only by a word of periods (``earlier_periods``), a generic word at most between,
    names the year, as each year's amount would be named alike without it."""
    if before is None or before.kind != "year" or figure.kind not in {"money", "count", "quantity"} \
            or before.label not in (lang["earlier_periods"] or []) or figure.label not in ("", before.label):
        return None
    between = word_list(text[before.end:figure.start])
    if len(between) > 1 or between and between[0] not in {*lang["label_skip"], *(lang["generic_heads"] or [])}:
        return None
    return f"{before.label} {before.text}"


def alike_then(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``พบจุดความร้อนสะสม 1,246 จุด ลดลงร้อยละ 32 เมื่อเทียบกับช่วงเดียวกันของปี 2567 ที่พบ 1,832 จุด``: a figure
    labelled by the words of an earlier time alone is the value, at that time, of what the last figure before it
    of its kind and unit measures (in its sentence or the one before)."""
    time_words = {*(lang["earlier_marks"] or []), *(lang["earlier_words"] or [])}
    if figure.kind not in _ALIKE_KINDS or not figure.label or not set(cut(figure.label)) <= time_words \
            or (found := time_before(figure, text, lang)) is None:
        return None
    unit = _unit_after(figure, text)
    before = next((f for f in reversed(earlier) if f.kind == figure.kind and figure.sentence - 1 <= f.sentence
                   and _unit_after(f, text) == unit and f.label and not set(cut(f.label)) <= time_words), None)
    return earlier_label(found[0], before.label, lang) if before is not None and unit else None


_ALIKE_KINDS = {"count", "quantity", "money"}


def _unit_after(figure: Figure, text: str) -> str:
    """The word right after a figure (its unit or classifier, where the figure's text leaves it out), or its unit."""
    return figure.unit or (word_list(text[figure.end:figure.end + _UNIT_CHARS]) or [""])[0]


_UNIT_CHARS = 20
