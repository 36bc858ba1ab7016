"""Labels of figures that say how something changed: how much it grew or fell (``… में वृद्धि``,
``…เพิ่มขึ้น``) and its earlier value (``पिछले वर्ष कुल जमा राशि``, ``…ช่วงเดียวกันของปีก่อน``); the time
an earlier value is of is read by ``labelwhen``. Called by ``labelrefs.relate_labels`` (new and old values:
``labelvalues``); the words are language data (``comparatives``, ``change_labels``, ``change_words``)."""

from __future__ import annotations

import re

from generator.labelwhen import changed_head, earlier_label, only_when, time_before, when_after, without_when
from generator.labelwords import cut, derived_head, fill, fill_once, measure_words, undotted, unit_word, unmeasured, word_list
from generator.language import Language
from generator.lexicon import lexicon
from generator.model import Figure
from generator.numerals import ascii_digits
from generator.textdates import is_year


def earlier(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``कुल जमा राशि 612.40 करोड़ रुपये, पिछले वर्ष 548.75 करोड़ रुपये``, ``ร้อยละ 58 จากร้อยละ 71 ใน
    ช่วงเดียวกันของปีก่อน``: a label that only says when is the earlier value of the figure before
    of the same kind, in the same sentence."""
    if _amount_since(figure, text, lang):
        return None
    if base := _base(before, figure, text, lang):
        return base
    bare = figure.label in {"", lang["amount_word"]}
    year = _year_before(before, figure, text, lang) or (_month_before(figure, text, lang) if bare else None)
    if year is None and not only_when(cut(figure.label), lang):
        return None
    measures = measure_words(lang) | set(lang["per_words"] or [])
    after = [w for w in cut(text[figure.end:figure.end + 40]) if w not in measures][:1]
    near = after if lang["label_side"] == "after" else _word_before(figure, text)
    if near and near[0] in (lang["comparatives"] or {}):
        return None  # "… की तुलना में 63.65 करोड़ रुपये अधिक", "เพิ่มขึ้น 3.1 ล้านดอง": how much more
    same = same_before(before, figure, lang)
    if same is None or not same.label or figure.start - same.end > 200 or re.search(r"\n|[।.;]\s", text[same.end:figure.start]) \
            and not _this(text[same.end:figure.start], lang):
        return None  # in the same sentence (Thai sentences may be cut at a space), or the next one about it
    if year is not None:
        return earlier_label(year, same.label, lang)
    if same.label.startswith(figure.label) or same.label.endswith(figure.label):
        return same.label  # already said: "ऑक्यूपेंसी पिछले वर्ष इसी अवधि"
    said = time_before(figure, text, lang)
    when = said[0] if said and said[0].endswith(figure.label) else figure.label  # "ปี|ที่แล้ว": the whole time
    return earlier_label(when, same.label, lang)


def _year_before(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``… 642 करोड़ रुपये का घाटा हुआ, जो 2023-24 के 580 करोड़ रुपये से …``: a year right before a value, only
    its genitive between, after a word that opens what the value is compared with (``earlier_openers``):
    the year that value is of, as written."""
    year = before[-1] if before else None
    if year is None or year.kind not in {"year", "range"} or not isinstance(year.value, (int, list)) \
            or isinstance(year.value, list) and not isinstance(year.value[0], int):
        return None
    if text[year.end:figure.start].strip() not in (lang["genitives"] or []):
        return None
    opener = word_list(text[max(0, year.start - _OPENER_CHARS):year.start])[-1:]
    return year.text if opener and opener[0] in (lang["earlier_openers"] or []) else None


_OPENER_CHARS = 20


def _month_before(figure: Figure, text: str, lang: Language) -> str | None:
    """``… 71 प्रतिशत पाया गया, जो मार्च में 58 प्रतिशत था``: a month alone between a word that opens what a value
    is compared with (``earlier_openers``) and the value, its locative after it: the month that value is of."""
    words = word_list(text[max(0, figure.start - _OPENER_CHARS):figure.start])
    opener = max((i for i, w in enumerate(words) if w in (lang["earlier_openers"] or [])), default=None)
    said = words[opener + 1:] if opener is not None else []
    if said[1:] and said[1:] != [w for w in said[1:2] if w in (lang["locatives"] or [])]:
        return None
    return " ".join(said) if said and said[0] in lexicon(lang.code).months else None


def _this(between: str, lang: Language) -> bool:
    """``… के बजट को मंजूरी दी। यह पिछले साल के …``: one sentence's end between, and the next sentence
    opens with a demonstrative (``demonstratives``), what it says is of the sentence before."""
    parts = re.split(r"[।.;]\s", between)
    return len(parts) == 2 and "\n" not in between and word_list(parts[1])[:1] != [] \
        and word_list(parts[1])[0] in (lang["demonstratives"] or [])


def _amount_since(figure: Figure, text: str, lang: Language) -> str | None:
    """``เพิ่มขึ้นจากปีก่อน ๓๑ แห่ง``: a number right after a verb of change, its ``จาก`` and a time is
    how much it changed since then, not the earlier value (``เพิ่มขึ้นจาก ๒๕๓ แห่งในปีก่อน``): which way."""
    if not lang["change_from"] or lang["label_side"] != "before":
        return None
    words = cut(text[max(0, figure.start - _SINCE_CHARS):figure.start])
    comparatives = lang["comparatives"] or {}
    at = max((i for i, w in enumerate(words) if w in comparatives), default=None)
    if at is None or words[at + 1:at + 2] != [lang["change_from"][0]] or not only_when(words[at + 2:], lang):
        return None
    return comparatives[words[at]]


_SINCE_CHARS = 40


def _base(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``งบประมาณ 48,600,000 บาท เพิ่มขึ้นจากปีงบประมาณ 2567 ที่ตั้งไว้ 45,250,000 บาท``: the figure a
    change is from (not the amount of it: ``… จำนวน 21,302 คน``) is of the same thing."""
    if not lang["change_from"]:
        return None
    same = same_before(before, figure, lang)
    if same is not None and same.label.endswith(tuple(lang["comparatives"] or {})) \
            and unmeasured(text[same.end:figure.start], lang) == lang["change_from"][:1] \
            and (total := same_before(before[:before.index(same)], figure, lang)) is not None and total.label:
        same, before = total, before[:before.index(same)]  # "รวม 2,184 ล้านบาท เพิ่มขึ้น 222 ล้านบาทจาก 1,962
        # ล้านบาทในปีก่อน": from what the total was, not the change
    if same is None or not same.label or figure.start - same.end > 120:
        return None
    between = [f for f in before if f.start >= same.end and f.kind not in {"year", "date"}]
    gap = _ASIDE.sub(" ", text[same.end:figure.start])  # "56 ทีม (รวมทีมเยาวชน) เพิ่มขึ้นจาก…": past an aside
    words = _past_share(between, text, same.end, figure.start, lang) if between else unmeasured(gap, lang)
    if words is None:
        return None  # "… 2,146 จุด เพิ่มขึ้นจากปีก่อนร้อยละ 35.2 … 12.5 ล้านบาท ให้ 18 อำเภอ": another figure's change
    amount = _word_before(figure, text)
    if than := _than_when(text[same.end:figure.start], lang):  # "62.50 บาท สูงกว่าปีก่อนที่ 54.20 บาท"
        comparative, when, tail = than
        if tail:
            return earlier_label(when, same.label, lang)
        if lang["than_label"]:  # "… มากกว่าปีที่แล้ว ๓.๒ ล้านลูกบาศก์เมตร": how much more than then
            return fill(lang["than_label"], lang, label=same.label, than=comparative, when=when)
        return None
    compared = "".join(words[1:] if words[:1] and words[0] in (lang["per_words"] or []) else words) \
        in (lang["compared_with"] or [])  # "120 ล้านบาท เทียบกับ 96 ล้านบาทเมื่อปีก่อน", "… บาทต่อกิโลกรัม เทียบกับ …"
    verbs = {*(lang["comparatives"] or {}), *(lang["change_verbs_from"] or [])}
    froms = lang["change_from"] or []
    verb = next((i for i in range(len(words) - 1) if words[i] in verbs and words[i + 1] in froms), None)
    if verb is not None and verb <= 2 and all(w in (lang["per_words"] or []) for w in words[1:verb]):
        words = words[verb:]  # "286 แผง เพิ่มจาก 240 แผง": a classifier the language data does not list;
        # "96 เที่ยวบินต่อสัปดาห์ เพิ่มจาก 70 เที่ยวบิน": and a rate's per word
    changed = len(words) > 1 and words[0] in verbs and words[1] in (lang["change_from"] or [])
    if not compared and not changed:  # "… เพิ่มขึ้นจาก", "286 แผง เพิ่มจาก 240 แผง"
        return None
    if amount and amount[0] in (lang["change_amount_before"] or []):
        return None
    when = when_after(figure, text, lang) or (  # "… 285,640 ครั้งในช่วงเดียวกันของปีก่อน"
        _from_time(text[between[0].end:figure.start], lang) or "" if between else "")  # "… จากปี 2566 ที่มี 379,600 คน"
    return earlier_label(when, same.label, lang) if when else same.label


def _past_share(between: list[Figure], text: str, start: int, end: int, lang: Language) -> list[str] | None:
    """``182,450 ไร่ เพิ่มขึ้นร้อยละ 6.2 จาก 171,800 ไร่``: the words between an amount and the value it changed
    from, past the one share it changed by right before ``change_from`` (None if another figure is between)."""
    if len(between) != 1 or between[0].kind != "percent" or _from_time(text[between[0].end:end], lang) is None:
        return None
    return unmeasured(text[start:between[0].start], lang) + (lang["change_from"] or [])[:1]


def _from_time(between: str, lang: Language) -> str | None:
    """``จาก``, ``จากปี 2566 ที่มี``, ``จากปีก่อนที่มี`` before a value: the earlier time the value is of
    (``""`` when none is said), past ``change_from`` and a relative (``than_tails``); None when the words
    say more than a time."""
    said = " ".join(between.split())
    froms = sorted((f for f in [*(lang["change_from"] or []), *(lang["compared_with"] or [])] if said.startswith(f)),
                   key=len, reverse=True)  # "จาก…", "เมื่อเทียบกับปี 2567 ที่มี …"
    if not froms:
        return None
    said = said[len(froms[0]):].strip()
    tail = next((t for t in sorted(lang["than_tails"] or [], key=len, reverse=True) if said.endswith(t)), "")
    said = said.removesuffix(tail).strip()
    words = unmeasured(said, lang)
    return said if not words or only_when(words, lang) or re.fullmatch(r"\S{0,12}\s*" + _YEAR, said) else None


def _than_when(between: str, lang: Language) -> tuple[str, str, str] | None:
    """``สูงกว่าปีก่อนที่``, ``มากกว่าปีที่แล้วที่มี`` → the comparative, the earlier time and the relative
    (``than_tails``) before a value after them: a comparative and a time only, the words cut as the
    dictionary cuts them, run together. With a relative the value is the earlier one; without, how much
    more or less (``มากกว่าปีที่แล้ว ๓.๒ ล้าน``)."""
    measures = measure_words(lang) | set(lang["classifiers"] or [])
    words = cut(undotted(between, lang))
    while words and (not words[-1].strip() or words[-1] in (lang["qualifiers_before"] or {})):
        words = words[:-1]  # "ต่ำกว่าช่วงเดียวกันของปีก่อนราว 2,000 บาท": about how much less
    per = [i + 1 < len(words) and w in (lang["per_words"] or []) and unit_word(words[i + 1], lang) in measures
           for i, w in enumerate(words)]  # "… 62.35 บาท|ต่อกิโลกรัม สูงกว่า…": the rate's unit of the value before
    run = "".join(w for w, rate in zip(words, per)
                  if not rate and (unit_word(w, lang) not in measures or w in (lang["earlier_words"] or [])))
    than = next((c for c in sorted(lang["comparatives"] or {}, key=len, reverse=True) if run.startswith(c)), None)
    if than is None:
        return None
    rest = run[len(than):]
    tail = next((t for t in sorted(lang["than_tails"] or [], key=len, reverse=True) if rest.endswith(t)), "")
    rest = rest.removesuffix(tail)
    return (than, rest, tail) if rest and only_when(cut(rest), lang) else None


def change(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``… आय 65.3 मिलियन डोंग …, जो पिछले वर्ष की इसी अवधि से 3.1 मिलियन डोंग अधिक है``,
    ``… 65.3 ล้านดอง เพิ่มขึ้น 3.1 ล้านดอง``: how much the figure before grew or fell."""
    if before is not None and before.label and figure.kind == "percent" and before.kind in {"count", "money", "percent"}:
        return _growth(before, figure, text, lang)  # a percentage's: in points ("ร้อยละ 78.5 เพิ่มขึ้นจากปีก่อนร้อยละ 4.2")
    points = before is not None and before.kind == "percent" and figure.kind == "count" \
        and next(iter(word_list(text[figure.end:figure.end + _POINT_CHARS])), "") in (lang["percent_points"] or [])
    # "ร้อยละ 68.4 สูงขึ้นจากปีก่อน 5.1 จุด": a change in points of the percentage before
    if before is None or not before.label or before.kind != figure.kind and not points or figure.kind not in {"count", "money"}:
        return None
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 80 or any(w in between for w in _bases(lang)):
        return None  # "186,400 คน สูงกว่าเป้าหมาย 150,000 คน": the target compared with, not a change
    if _then_value(between, lang):
        return None
    if since := _amount_since(figure, text, lang):  # "… สูงขึ้นจากปีก่อน 5.1 จุด": since then
        return change_label(since, _ending_latin(without_when(before.label, lang), lang), lang)
    skipped = measure_words(lang) | set(lang["share_markers"] or []) | set(lang["percent_words"] or []) \
        | set(lang["per_words"] or [])  # "… से 3 रुपये प्रति लीटर अधिक": how much more a rate is
    after = [w for w in word_list(text[figure.end:figure.end + 40]) if w not in skipped]  # "4.03 लाख टन अधिक",
    near = after[:1] if lang["label_side"] == "after" else word_list(between)[-1:]  # "… यानी 11.6 प्रतिशत अधिक"
    amount = _word_before(figure, text)  # "… เป็นจำนวน 3,350,000 บาท"
    comparatives = lang["comparatives"] or {}
    if lang["label_side"] != "after" and near and near[0] not in comparatives and (
            not figure.label or figure.label in (lang["classifiers"] or [])
            or figure.label in between and not _amount_between(between, lang)
            or amount and amount[0] in (lang["change_amount_before"] or [])):  # not "… เพิ่มขึ้น 25 บาท": the verb is next to it
        # "1,218,476 คน เพิ่มขึ้นจากการเลือกตั้ง… จำนวน 21,302 คน"; not "71 คน ลดลงจาก 86 คน และมีผู้เสียชีวิต 9 ราย",
        # where the change said after the figure before is that of its earlier value, between them
        near = unmeasured(between, lang)[:1]
    word = near[0] if near else ""
    if any(word.endswith(q) for q, bound in (lang["qualifiers_before"] or {}).items() if bound in _BOUNDS):
        return None  # "ให้เหลือไม่เกิน 800 ราย": a bound, not a change
    direction = comparatives.get(word) or next((d for w, d in comparatives.items()
                                                if lang["label_side"] != "after" and word.endswith(w)), None)
    if direction is None:
        return None
    return change_label(direction, _ending_latin(without_when(before.label, lang), lang), lang)


def _then_value(between: str, lang: Language) -> bool:
    """``สูงกว่าช่วงเดียวกันของปี ๒๕๖๗ ซึ่งพบผู้ป่วย ๘๙๖ ราย``: a comparative, then a relative (``than_tails``)
    before the figure: the figure is the value then, not how much it changed."""
    words = unmeasured(between, lang)
    at = max((i for i, w in enumerate(words) if w in (lang["comparatives"] or {})), default=None)
    return at is not None and any(w in (lang["than_tails"] or []) for w in words[at + 1:])


_BOUNDS = {"at_most", "at_least", "approx"}  # qualifiers that bound a figure, never a change
_POINT_CHARS = 12


def change_label(direction: str, label: str, lang: Language) -> str:
    """How much what ``label`` names grew or fell (``change_labels``: ``{label} में वृद्धि``); a label
    that says so already stays (``९३० टन अधिक भंडारण हुआ है, जो २३.७ प्रतिशत की वृद्धि है``: the
    percentage of a change is that change's)."""
    return fill_once(str(lang["change_labels"][direction]), lang, changed_head(derived_head(label, lang), lang))


def _amount_between(between: str, lang: Language) -> bool:
    """Whether a number other than a year stands between two figures (an earlier value)."""
    return any(not is_year(float(n), lang) for n in re.findall(r"\d+", ascii_digits(between).replace(",", "")))


def _growth(before: Figure, figure: Figure, text: str, lang: Language) -> str | None:
    """``68.7 लाख पर्यटक आए, जो 2022 की तुलना में 24.5 प्रतिशत अधिक है``: a percentage compared with
    an earlier time is how much the figure before grew or fell; compared with a target
    (``निर्धारित लक्ष्य से 28.75% अधिक``) it keeps its comparison."""
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 80 or re.search(r"[।.;]\s", between) and not _this(between, lang):
        return None
    measures = measure_words(lang)
    if " ".join(w for w in word_list(between) if w not in measures) in (lang["comparison_links"] or []):
        return None  # "10,000 टन से 24 प्रतिशत अधिक": the figure before is the base compared with
    comparatives = lang["comparatives"] or {}
    direction = next((comparatives[w] for w in figure.label.split() if w in comparatives), None)
    if lang["label_side"] != "after":  # "นักท่องเที่ยว 6.87 ล้านคน เพิ่มขึ้นร้อยละ 24.5": the verb is before it
        return _growth_before(before, between, lang) or _growth_from(before, between, text, lang)
    targets = lang["target_words"] or []
    said = [w for w in word_list(between) if w not in (lang["qualifiers_before"] or {})]
    compared = bool(said) and said[-1] in (lang["comparison_links"] or [])  # "… ₹7,650 करोड़ से करीब 10 फीसदी ज्यादा"
    if direction is None or len(figure.label.split()) < 2 and not compared or any(w in figure.label or w in between
                                                                                 for w in targets):
        return None  # "28.75% अधिक": no base named, no growth to speak of
    if len(figure.label.split()) > 1 and figure.label.split()[0] in comparatives:
        return None  # "इस बार 23 प्रतिशत अधिक कार्रवाई हुई": the noun after the comparative says what grew
    label = change_label(direction, _ending_latin(without_when(before.label, lang), lang), lang)
    since = time_before(figure, text, lang)  # "जो पिछले वर्ष से 12.5 प्रतिशत अधिक": the change since then
    return fill(lang["earlier_compared"], lang, when=since[0], label=label) \
        if since and lang["earlier_compared"] and since[0] in between else label


def _growth_before(before: Figure, between: str, lang: Language) -> str | None:
    """``รายได้ 45,000 ล้านบาท หรือเพิ่มขึ้นร้อยละ 6.9``: a percentage right after a verb of change,
    with nothing but the figure's unit and a joining word since the figure before, is its growth."""
    words = unmeasured(between, lang)
    at = next((i for i, w in enumerate(words) if w in (lang["comparatives"] or {})), None)
    joins = {*(lang["share_links"] or []), *(lang["list_joiners"] or [])}
    when = [w for w in words[:at or 0] if w not in joins]
    if at is not None and (only_when(when, lang) or re.search(_YEAR, between) and set(when) <= set(lang["earlier_leads"] or [])):
        words, at = words[at:], 0  # "285,640 ครั้งในช่วงเดียวกันของปีก่อน หรือเพิ่มขึ้นร้อยละ 9.4", "38,250 ตันในปี 2567
        # หรือเพิ่มขึ้น 8.8%": the earlier value's time
    if at is None or not set(words[:at]) <= joins:
        return None
    since = words[at + 1:]  # "เพิ่มขึ้นจากสัปดาห์ก่อนหน้า 18%": compared with when
    while since and since[-1] in (lang["qualifiers_before"] or {}):
        since.pop()  # "เพิ่มขึ้นกว่าร้อยละ 100": the figure's own qualifier
    if since and not (since[0] in (lang["change_from"] or []) and only_when(since[1:], lang)):
        return None
    label = _ending_latin(without_when(before.label, lang), lang)
    return change_label(lang["comparatives"][words[at]], label, lang)


def _growth_from(earlier: Figure, between: str, text: str, lang: Language) -> str | None:
    """``2,150 บาทต่อคืน เพิ่มขึ้นจาก 1,890 บาทต่อคืน หรือราว 14%``: a percentage right after the earlier
    value a change is from (a comparative and ``จาก`` before it, only a joining word and a qualifier
    between) is how much the thing grew or fell."""
    joins = {*(lang["share_links"] or []), *(lang["qualifiers_before"] or {})}
    per, words = set(lang["per_words"] or []), unmeasured(between, lang)
    gap = [w for i, w in enumerate(words) if w not in per and not (i and words[i - 1] in per)]  # "บาทต่อคืน"
    when = [w for w in gap if w not in joins]  # "… 365,300 ตันในปีที่แล้ว ร้อยละ 12.9": the earlier value's time
    if not lang["change_from"] or not gap or when and not only_when(when, lang):
        return None
    said = [w for w in cut(text[max(0, earlier.start - _SINCE_CHARS):earlier.start]) if w.strip()]
    if said[-1:] != [lang["change_from"][0]] or len(said) < 2 or said[-2] not in (lang["comparatives"] or {}):
        return None
    label = _ending_latin(without_when(earlier.label, lang), lang)
    return change_label(lang["comparatives"][said[-2]], label, lang)


_YEAR = r"(?<![\d,.])[\d๐-๙]{4}(?![\d,.])"


def _bases(lang: Language) -> list[str]:
    """Words naming what a figure is measured against (``target_words``, ``benchmark_words``: ``เกณฑ์``)."""
    return [*(lang["target_words"] or []), *(lang["benchmark_words"] or [])]


_ASIDE = re.compile(r"\([^()\d]*\)")


def same_before(before: list[Figure], figure: Figure, lang: Language) -> Figure | None:
    """The nearest figure before of the same kind and unit, not a target or benchmark (``12,400 ไร่
    ต่ำกว่าเป้าหมาย 15,000 ไร่ แต่เพิ่มจาก 9,850 ไร่``: the earlier value is of the thing, not its target)."""
    bases = _bases(lang)
    return next((f for f in reversed(before) if f.kind == figure.kind and f.unit == figure.unit
                 and f.label not in bases), None)


def _word_before(figure: Figure, text: str) -> list[str]:
    """The word right before the figure, if any (Thai cut into words)."""
    return cut(text[max(0, figure.start - 20):figure.start])[-1:]


def _ending_latin(label: str, lang: Language) -> str:
    """A Thai label ending in a Latin word keeps a space before the word a template adds
    (``โรงงานมาตรฐาน GMP เพิ่มขึ้น``); Hindi templates have their own."""
    latin = label[-1:].isascii() and label[-1:].isalnum()
    return f"{label} " if latin and lang["label_side"] == "before" else label


def change_rate(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ผู้ป่วยสะสม ๑๒๖ ราย เพิ่มขึ้นจากช่วงเดียวกันของปี ๒๕๖๗ ซึ่งมี ๗๘ ราย คิดเป็นร้อยละ ๖๑.๕``: a share right after
    the earlier value a change is from (a verb of change and ``change_from`` before it, in its clause) is how much
    the thing changed, not a share of the earlier value."""
    if figure.kind != "percent" or before is None or before.kind not in {"count", "money"} or not before.label \
            or not lang["change_from"] or lang["label_side"] != "before":
        return None
    between = [w for w in unmeasured(text[before.end:figure.start], lang) if w not in (lang["qualifiers_before"] or {})]
    if not between or not set(between) <= set(lang["share_links"] or []):
        return None
    words = cut(re.split(r"[\n,;]", text[max(0, before.start - _RATE_CLAUSE_CHARS):before.start])[-1])
    directions = {**(lang["comparatives"] or {}), **(lang["change_verb_directions"] or {})}
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i] in directions and words[i + 1] in lang["change_from"]), None)
    return change_label(directions[words[at]], without_when(before.label, lang), lang) if at is not None else None


_RATE_CLAUSE_CHARS = 80
