"""What a generic word names: a label that is only ``संख्या``, ``राशि``, ``วงเงิน`` or the like takes the
phrase that says of what, before the word or before the number (Hindi: ending in a genitive or a
locative, ``सफाई कर्मचारियों की संख्या``; Thai: the project or item an amount is for, else the last run
before the word that is not a classifier, unit or clause word, ``วงเงินแผน…``). Called by
``labelrefs.relate_labels``; the words are language data (``generic_heads``, ``owner_heads``,
``item_heads``, ``glued_verbs``, ``year_words_before``)."""

from __future__ import annotations

import re

from generator.labelwords import cut, tidy_label, unit_word, word_list
from generator.language import Language
from generator.model import Figure

_YEAR_OF_WORDS = 3  # the words before a year word that say what the year is of
_GLUED = 12  # characters before a generic word where a verb written onto it is looked for


def generic_label(figure: Figure, text: str, lang: Language) -> str | None:
    """A generic word alone (``संख्या``, ``वृद्धि``, ``मरम्मत``): the phrase that says of what,
    ending in a genitive or a locative (``सफाई कर्मचारियों की संख्या``, ``अनाज भंडारण क्षमता में
    बढ़ोतरी``), from just before the word, or, when the word follows the number, from just
    before the number."""
    label, total = without_total(figure.label.strip(), lang)
    if label not in (lang["generic_heads"] or []):
        return None
    found = _generic_owner(figure, label, text, lang)
    return str(lang["total_label"]).format(word=total, label=found) if found and total else found


def without_total(label: str, lang: Language) -> tuple[str, str]:
    """``कुल राशि`` → (``राशि``, ``कुल``): a label and the total word ``labels`` put in it."""
    for word in set((lang["total_words"] or {}).values()):
        bare = str(lang["total_label"]).format(word=word, label="\0").split("\0")
        if label.startswith(bare[0]) and label.endswith(bare[1]) and len(label) > len(bare[0]) + len(bare[1]):
            return label[len(bare[0]):len(label) - len(bare[1])], word
    return label, ""


def _generic_owner(figure: Figure, label: str, text: str, lang: Language) -> str | None:
    marks = list(re.finditer(r"[\n।;:]|,(?!\d)", text[:figure.start]))  # not a grouping comma ("1,600"); a heading's colon
    start = marks[-1].start() if marks else -1
    if lang["label_side"] != "after":  # Thai: "…ด้านการเกษตรปลอดภัย วงเงิน 164.30": the phrase before the word
        return _owner_run(figure, label, text, start, lang)
    before = word_list(text[start + 1:figure.start])
    if before and before[-1] == label:
        before = before[:-1]  # "… की संख्या 4,212": the word is right before the number
    links = set(lang["genitives"] or []) | set(lang["owner_links"] or [])
    stops = set(lang["label_stops"] or []) - links
    if not before or before[-1] not in links:
        return None
    owner: list[str] = [before[-1]]
    for word in reversed(before[:-1]):
        if word in stops or len(owner) > 4:
            break
        owner.insert(0, word)
    while owner and owner[0] in links:
        owner.pop(0)
    if label in owner:
        return None  # "शुल्क के रूप में 1.86 करोड़ रुपये": the word itself, not an owner
    return " ".join(owner + [label]) if len(owner) > 1 else None


def _month(run: str, lang: Language) -> bool:
    """Whether ``run`` only says when (``ม.ค.``, ``ช่วงเดือน``, ``ในเดือนกันยายน``): a time, not whose."""
    months = lang["months"] or {}
    timely = {*months, *(lang["duration_words"] or ()), *(lang["span_before"] or ()), *(lang["period_words"] or ()),
              *(lang["earlier_words"] or ()), *(lang["earlier_marks"] or ())}  # "ช่วงเดียวกัน" of the year before
    words = [w for w in ([run] if run in months else cut(run)) if w not in (lang["label_stops"] or ())]
    return bool(words) and all(w in timely for w in words)


def _owner_run(figure: Figure, label: str, text: str, start: int, lang: Language) -> str | None:
    """Thai: the run of words before a generic word that says which it is, in its clause (from ``start``):
    the project or item an amount is for, else the last run that is not a classifier, unit or clause word."""
    at = text.rfind(label, start + 1, figure.start)
    found = [m.group() for m in re.finditer(r"[^\s\d()]+", text[start + 1:at])] if at > 0 else []
    joiners, heads = tuple(lang["list_joiners"] or ()), tuple(lang["item_heads"] or ())
    items = [_without_lead(r, lang) for r in found]  # "และโครงการขุดลอก…", "มีโครงการก่อสร้างถนน…"
    items = [_without_verb(r, lang) for r in items if r.startswith(heads) and r not in heads]  # "โครงการ" alone is a
    # classifier
    if items and len(items[-1]) <= 50 and figure.kind == "money":
        return items[-1]  # "โครงการก่อสร้างถนน… หมู่ที่ 4 พื้นที่… งบประมาณ 1,248,000 บาท"
    if text[:at].endswith(joiners):
        return None  # "… 1,500 คน และงบประมาณ 3.2 ล้านบาท": a new item of a list
    if at > 0 and cut(text[max(0, at - _GLUED):at])[-1:] in [[verb] for verb in lang["glued_verbs"] or []]:
        return None  # "… 1,200 ราย ใช้งบประมาณ 12 ล้านบาท": its own clause's verb, not an owner before it
    # "… 23 โครงการ วงเงิน", "… พื้นที่ 1,600 ตารางเมตร งบประมาณ": not the classifier, unit or generic word
    # of a number before
    skipped = {*(lang["classifiers"] or []), *(lang["label_edge_drop"] or []), *(lang["label_stops"] or []),
               *(lang["generic_heads"] or [])}
    units = {*(lang["units"] or {}), *(lang["currencies"] or {}), *(lang["currency_subunits"] or {}), *(lang["eras"] or {})}
    words = [w for w in found if re.search(r"[^\W\d_]", w)][-4:]
    while words and unit_word(words[-1], lang) in (lang["eras"] or {}):
        words.pop()  # "…ประจำปีงบประมาณ พ.ศ. 2568 วงเงิน": the era is the year's
    words = words[-3:]
    years = [i for i, w in enumerate(words) if w.endswith(tuple(lang["year_words_before"] or ()))]
    if years and years[-1] == len(words) - 1:  # "…งบประมาณรายจ่ายประจำปี 2569 วงเงิน": what the year is of
        year_word = next(y for y in sorted(lang["year_words_before"], key=len, reverse=True) if words[-1].endswith(y))
        of = cut(words[-1][:-len(year_word)])
        while of and of[-1] in (lang["subject_head_before"] or []):
            of.pop()  # "…รายจ่ายประจำ|ปี": the year's own word
        words = ["".join(of[-_YEAR_OF_WORDS:])] if of else words[-2:-1]  # "แผน… ประจำปีงบประมาณ": the run before
    else:
        words = words[years[-1] + 1:] if years else words  # "สภา อบต.…ผ่านงบปี 2568 วงเงิน": what names the year
    percents = (*(lang["percent_words"] or ()), *(lang["percent_prefix"] or ()))
    per = tuple(f"{suffix}{q}" for suffix in lang["per_suffixes"] or [] for q in ["", *(lang["qualifiers_before"] or {})])
    runs = [w for w in words if w not in skipped and unit_word(w, lang) not in units and not w.endswith(per)
            and not any(p in w for p in percents) and not _month(w, lang)]
    # not "คิดเป็นร้อยละ 33.4 ของความจุ", "ครัวเรือนละไม่เกิน ๓๐ ไร่": another number's; nor "ช่วงเดือน ม.ค.": when
    run = _without_lead(runs[-1], lang) if runs else ""
    at_head = min((run.find(h) for h in lang["owner_heads"] or [] if h in run[1:]), default=0)
    run = run[at_head:]  # "สภาเห็นชอบโครงการซ่อมถนน…": the item the run names, not the verb before it
    ends = cut(run)
    while ends and ends[-1] in (lang["label_stops"] or []):
        ends.pop()  # "ส่วนท่อระบายน้ำในเขตเทศบาลมี|ความยาว…": the clause's verb
    run = tidy_label("".join(ends), lang)  # "ผ่าน|คลองส่งน้ำ…": nor a verb before what it is of
    if run.startswith(label):
        return run  # "…อนุมัติจ่ายขาด|เงินสะสม" before "เงิน": it names itself
    return f"{label}{run}" if run and len(run) <= 50 else None


def _without_verb(run: str, lang: Language) -> str:
    """A run of Thai words without the verb glued to the generic word after it (``โครงการนี้ใช้|งบ``)."""
    words = cut(run)
    while len(words) > 1 and words[-1] in (lang["glued_verbs"] or []):
        words.pop()
    return "".join(words)


def _without_lead(run: str, lang: Language) -> str:
    """A run of Thai words without the clause words and purpose words it starts with (``มีโครงการ…``,
    ``สำหรับโครงการ…`` → ``โครงการ…``)."""
    words = cut(run)
    lead = {*(lang["label_stops"] or []), *(lang["list_joiners"] or []), *(lang["purpose_words"] or [])}
    while len(words) > 1 and words[0] in lead:
        words.pop(0)
    return "".join(words)
