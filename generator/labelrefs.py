"""Labels that come from the text around a figure or from another figure.

``labels.find_label`` reads the words next to a number. Some figures are named elsewhere:

- a list item ``सड़कों की मरम्मत और पैचवर्क: 21.40 करोड़ रुपये``: the words before the colon;
- an amount in parentheses right after another (``11,250 अरब डोंग (लगभग 3,750 करोड़ रुपये)``):
  the same thing, restated;
- a share or the new value of a change (``जिनमें 3,412 महिलाएँ, 41.2%``, ``คิดเป็นร้อยละ 41.2``,
  ``संख्या 4,212 से बढ़कर 4,362``, ``จาก 10 เป็น 15``): what the figure before it counts;
- a label that is only a generic word (``संख्या``, ``राशि``, ``วงเงิน``): the words that tell
  which one, from the phrase beside it (``सफाई कर्मचारियों की संख्या``).

The words for each case are language data (``generator/lang/<code>/labels.yml``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.language import Language
from generator.model import Figure
from generator.numerals import tokenize

_MAX_ITEM_WORDS = 8
_MAX_SHARE_GAP = 120  # characters between a figure and its share when a share marker says so


def relate_labels(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """Every figure with the label its context gives it, where the words beside it are not enough."""
    out = _genitive_lists(list(figures), text, lang)
    earlier: set[int] = set()  # earlier values: a difference after one is the change of the figure before it
    for i, figure in enumerate(out):
        before = out[i - 1] if i else None
        counted = next((out[k] for k in range(i - 1, max(0, i - 3) - 1, -1)  # a year or an earlier value between
                        if out[k].kind != "year" and (k not in earlier or figure.kind == "percent")), None)
        if figure.kind == "percent" and i >= 2 and _out_of(out[i - 2], out[i - 1], text, lang):
            before = out[i - 2]  # "ผ่านการฝึกอบรม 251,340 คน จากเป้าหมาย 260,000 คน คิดเป็นร้อยละ 96.7"
        label = (_list_item(figure, text, lang) or _earlier(out[:i], figure, text, lang)
                 or _whole(before, figure, text, lang) or _restated(before, figure, text, lang)
                 or _dependent(before, figure, text, lang) or _part(before, figure, text, lang)
                 or _rate_total(before, figure, text, lang) or _change(counted, figure, text, lang)
                 or _generic(figure, text, lang) or figure.label)
        if label != figure.label and label == _earlier(out[:i], figure, text, lang):
            earlier.add(i)
        label = _as_target(figure, label, text, lang) if not _joined_target(out[i - 1] if i else None, figure, label, text,
                                                                             lang) else _target(label, lang)
        if label != figure.label:
            out[i] = replace(figure, label=label)
    return out


def _without_owner(label: str, owner: str, genitives: list[str]) -> str:
    """``असिस्टेंट प्रोफेसर के पदों`` → ``पदों``: the head the list's items share, without the
    last item's own owner."""
    words = owner.split()
    for n in range(len(words), 0, -1):
        for genitive in genitives:
            prefix = f"{' '.join(words[-n:])} {genitive} "
            if label.startswith(prefix):
                return label[len(prefix):]
    return label


def _earlier(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``कुल जमा राशि 612.40 करोड़ रुपये, पिछले वर्ष 548.75 करोड़ रुपये``, ``ร้อยละ 58 จากร้อยละ 71 ใน
    ช่วงเดียวกันของปีก่อน``: a label that only says when is the earlier value of the figure before
    of the same kind, in the same sentence."""
    words = _cut(figure.label)
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    if not words or not marks & set(words) or not set(words) <= marks | others:
        return None
    measures = _measure_words(lang)
    after = [w for w in _cut(text[figure.end:figure.end + 40]) if w not in measures][:1]
    near = after if lang["label_side"] == "after" else _cut(text[max(0, figure.start - 20):figure.start])[-1:]
    if near and near[0] in (lang["comparatives"] or {}):
        return None  # "… की तुलना में 63.65 करोड़ रुपये अधिक", "เพิ่มขึ้น 3.1 ล้านดอง": how much more
    same = next((f for f in reversed(before) if f.kind == figure.kind and f.unit == figure.unit), None)
    if same is None or not same.label or figure.start - same.end > 200 or re.search(r"\n|[।.;]\s", text[same.end:figure.start]):
        return None  # in the same sentence (Thai sentences may be cut at a space)
    if same.label.startswith(figure.label) or same.label.endswith(figure.label):
        return same.label  # already said: "ऑक्यूपेंसी पिछले वर्ष इसी अवधि"
    return str(lang["earlier_label"]).format(when=figure.label, label=same.label)


def _out_of(achieved: Figure, whole: Figure, text: str, lang: Language) -> bool:
    """Whether ``whole`` is what ``achieved`` is out of (``… 251,340 คน จากเป้าหมาย 260,000 คน``):
    a share after them is the achieved one's."""
    between = text[achieved.end:whole.start]
    if achieved.kind != whole.kind or "\n" in between or len(between) > 40:
        return False
    return any(w in between for w in lang["out_of"] or [])


def _whole(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``สมาชิกสภาเข้าร่วมประชุม ๑๒ คน จากทั้งหมด ๑๔ คน``, ``… จากเป้าหมาย 260,000 คน``: the whole or
    the target the figure before is out of, named after it."""
    if before is None or not before.label or figure.kind not in {"count", "money"} or not _out_of(before, figure, text, lang):
        return None
    between = text[before.end:figure.start]
    if any(w in between for w in lang["target_words"] or []):
        return str(lang["target_label"]).format(label=before.label)
    return str(lang["whole_label"]).format(label=before.label)


def _genitive_lists(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``प्रोफेसर के 12, एसोसिएट प्रोफेसर के 20 और असिस्टेंट प्रोफेसर के 43 पदों``: each count is
    of the noun after the list, for the words before its own genitive (``प्रोफेसर के पद``)."""
    genitives, joiners = lang["list_genitives"] or [], lang["list_joiners"] or []
    if not genitives:
        return figures
    joined_by = "|".join(map(re.escape, joiners))
    word = r"[^\s\d,;:।.]+"
    owner = re.compile(rf"(?:^|[,;:।]|\s(?:{joined_by}))\s*((?:{word}\s){{0,3}}{word})\s+(?:{'|'.join(genitives)})\s*$")
    runs: list[list[tuple[int, str]]] = []
    for i, figure in enumerate(figures):
        if figure.kind != "count":
            continue
        found = owner.search(text[max(0, figure.start - 80):figure.start])
        if not found:
            continue
        joined = runs and runs[-1][-1][0] == i - 1 and re.fullmatch(
            rf"\s*(?:,|{'|'.join(map(re.escape, joiners))})\s*[^,;।\n]{{0,40}}", text[figures[i - 1].end:figure.start])
        words = found.group(1).split()
        stops = [k for k, w in enumerate(words) if w in (lang["label_stops"] or [])]
        words = words[stops[-1] + 1:] if stops else words  # "विभागों में प्रोफेसर के": the owner after "में"
        if not words:
            continue
        if joined:
            runs[-1].append((i, " ".join(words)))
        else:
            runs.append([(i, " ".join(words))])
    out = list(figures)
    for run in runs:
        head = _without_owner(figures[run[-1][0]].label, run[-1][1], genitives)
        if len(run) < 2 or not head:
            continue
        for i, words in run:
            out[i] = replace(out[i], label=f"{words} {genitives[0]} {head}")
    return out


def _rate_total(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ค่าขนส่งเฉลี่ยลูกบาศก์เมตรละ 20 บาท … รวมเป็นเงิน 55,350 บาท``: an amount named only by a generic
    word after an amount per head is its total (``ค่าขนส่งเฉลี่ยรวม``)."""
    label, total = _without_total(figure.label, lang)
    if before is None or figure.kind != "money" or before.kind != "money" or label not in (lang["generic_heads"] or []):
        return None
    per = str(lang["per_label"] or "")
    sep = per.format(what="\0", per="\0").split("\0")[1] if per else ""
    what = before.label.rsplit(sep, 1)[0] if sep and sep in before.label else ""
    if not what or what in (lang["generic_heads"] or []) or "\n" in text[before.end:figure.start] \
            or figure.start - before.end > 80:
        return None  # "อัตราต่อไร่": no more than a rate
    return str(lang["total_label"]).format(word=total or lang["total_word"], label=what)


def _part(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ประตูระบายน้ำ ๑๑ แห่ง ในจำนวนนี้ ๔ แห่ง``: a part named only by its classifier is a part of
    what the figure before counts."""
    if before is None or not before.label or before.kind != figure.kind or figure.kind != "count":
        return None
    if figure.label and figure.label not in (lang["classifiers"] or []):
        return None
    between = re.sub(r"\s+", "", text[before.end:figure.start])
    return before.label if between.endswith(tuple(lang["part_before"] or ())) and len(between) < 40 else None


def _dependent(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``307 ट्रेड यूनियन संगठन हैं, जिनमें 35,139 सदस्य``, ``สหภาพเยาวชนจำนวน 112 องค์กร มีสมาชิก
    2,388 ราย``: members (and the like) of what the figure before counts."""
    heads = lang["dependent_heads"] or []
    if before is None or figure.label not in heads or not before.label or before.kind != "count":
        return None
    between = text[before.end:figure.start]
    if "\n" in between or figure.start - before.end > 60 or not any(w in between for w in lang["dependent_links"] or []):
        return None  # "… संगठन हैं, जिनमें 35,139 सदस्य": only what a relative word ties to the figure before
    owner = before.label
    for word in lang["organisation_words"] or []:  # "ट्रेड यूनियन संगठन" → "ट्रेड यूनियन"
        if owner.endswith(word) and len(owner) > len(word) + 1:
            owner = owner[:-len(word)].strip()
            break
    if owner in heads:
        return None
    return f"{owner} {figure.label}" if lang["label_side"] == "after" else f"{figure.label}{owner}"


def _change(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``… आय 65.3 मिलियन डोंग …, जो पिछले वर्ष की इसी अवधि से 3.1 मिलियन डोंग अधिक है``,
    ``… 65.3 ล้านดอง เพิ่มขึ้น 3.1 ล้านดอง``: how much the figure before grew or fell."""
    if before is not None and before.label and figure.kind == "percent" and before.kind in {"count", "money"}:
        return _growth(before, figure, text, lang)
    if before is None or not before.label or before.kind != figure.kind or figure.kind not in {"count", "money"}:
        return None
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 80:
        return None
    skipped = _measure_words(lang) | set(lang["share_markers"] or []) | set(lang["percent_words"] or [])
    after = [w for w in _words(text[figure.end:figure.end + 40]) if w not in skipped]  # "4.03 लाख टन अधिक",
    near = after[:1] if lang["label_side"] == "after" else _words(between)[-1:]  # "… यानी 11.6 प्रतिशत अधिक"
    if lang["label_side"] != "after" and (not figure.label or figure.label in (lang["classifiers"] or [])
                                          or figure.label in between):
        near = _unmeasured(between, lang)[:1]  # "1,218,476 คน เพิ่มขึ้นจากการเลือกตั้ง… จำนวน 21,302 คน"
    comparatives = lang["comparatives"] or {}
    word = near[0] if near else ""
    direction = comparatives.get(word) or next((d for w, d in comparatives.items()
                                                if lang["label_side"] != "after" and word.endswith(w)), None)
    if direction is None:
        return None
    return str(lang["change_labels"][direction]).format(label=before.label)


def _growth(before: Figure, figure: Figure, text: str, lang: Language) -> str | None:
    """``68.7 लाख पर्यटक आए, जो 2022 की तुलना में 24.5 प्रतिशत अधिक है``: a percentage compared with
    an earlier time is how much the figure before grew or fell; compared with a target
    (``निर्धारित लक्ष्य से 28.75% अधिक``) it keeps its comparison."""
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 80 or re.search(r"[।.;]\s", between):
        return None
    measures = _measure_words(lang)
    if " ".join(w for w in _words(between) if w not in measures) in (lang["comparison_links"] or []):
        return None  # "10,000 टन से 24 प्रतिशत अधिक": the figure before is the base compared with
    comparatives = lang["comparatives"] or {}
    direction = next((comparatives[w] for w in figure.label.split() if w in comparatives), None)
    if lang["label_side"] != "after":  # "นักท่องเที่ยว 6.87 ล้านคน เพิ่มขึ้นร้อยละ 24.5": the verb is before it
        return _growth_before(before, between, lang)
    targets = lang["target_words"] or []
    if direction is None or len(figure.label.split()) < 2 or any(w in figure.label or w in between for w in targets):
        return None  # "28.75% अधिक": no base named, no growth to speak of
    return str(lang["change_labels"][direction]).format(label=before.label)


def _unmeasured(text: str, lang: Language) -> list[str]:
    """The words of ``text`` without units, scales, currencies and classifiers."""
    return [w for w in _cut(text) if _unit_word(w, lang) not in _measure_words(lang) | set(lang["classifiers"] or [])]


def _growth_before(before: Figure, between: str, lang: Language) -> str | None:
    """``รายได้ 45,000 ล้านบาท หรือเพิ่มขึ้นร้อยละ 6.9``: a percentage right after a verb of change,
    with nothing but the figure's unit and a joining word since the figure before, is its growth."""
    words = _unmeasured(between, lang)
    direction = (lang["comparatives"] or {}).get(words[-1]) if words else None
    if direction is None or not set(words[:-1]) <= set(lang["share_links"] or []) | set(lang["list_joiners"] or []):
        return None
    return str(lang["change_labels"][direction]).format(label=before.label)


def _joined_target(before: Figure | None, figure: Figure, label: str, text: str, lang: Language) -> bool:
    """``ตั้งเป้าหมายนักท่องเที่ยว 7.2 ล้านคน และรายได้ 45,000 ล้านบาท``: a figure joined to a target
    by a list's joining word is a target too."""
    words = lang["target_words"] or []
    if before is None or not label or figure.kind not in {"count", "money"} or any(w in label for w in words):
        return False
    if not any(w in before.label for w in words) or any(w in before.label for w in lang["comparatives"] or {}):
        return False
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 40 or re.search(r"[।.;,]", between):
        return False
    skipped = _measure_words(lang) | set(lang["classifiers"] or []) | set(before.label.split())
    words = [w for w in _cut(between) if _unit_word(w, lang) not in skipped]
    return bool(words) and words[0] in (lang["list_joiners"] or [])


def _target(label: str, lang: Language) -> str:
    return str(lang["target_label"]).format(label=label)


def _as_target(figure: Figure, label: str, text: str, lang: Language) -> str:
    """A figure the sentence sets as a target says so (``नए सदस्यों का लक्ष्य``, ``เป้าหมายสมาชิกใหม่``)."""
    words = lang["target_words"] or []
    if not label or figure.kind in {"year", "date", "ordinal", "ratio"} or any(w in label for w in words):
        return label
    if any(w in label for w in lang["comparatives"] or {}):
        return label  # "निर्धारित लक्ष्य से अधिक": an excess over a target, not a target
    if lang["label_side"] == "after" and _target_after(figure, label, text, lang):
        return _target(label, lang)
    marks = ("\n", "।", ". ", ";", ",") if lang["label_side"] == "after" else ("\n", " ")
    clause_start = max(text.rfind(mark, 0, max(0, figure.start - 2)) for mark in marks)
    clause = text[max(clause_start, figure.start - 60):figure.start]
    found, word = max(((clause.rfind(w), w) for w in words), default=(-1, ""))
    if found < 0:
        return label
    rest = clause[found + len(word):].lstrip(" :")  # "लक्ष्य: 2025 तक 8,000 नए सदस्य"
    followers = lang["target_followers"] or []
    if lang["label_side"] == "after":  # Hindi: the next word; Thai runs words together: what the run goes on with
        nxt, then = (_words(rest)[:2] + ["", ""])[:2]
        sets = not rest or rest[0].isdigit() or nxt in followers
        sets = sets and then not in (lang["compound_postpositions"] or [])  # "लक्ष्य के मुकाबले": compared, not set
    else:
        sets = not rest or rest[0].isdigit() or any(rest.startswith(w) for w in followers)
    if not sets:
        return label  # "राष्ट्रीय लक्ष्य कार्यक्रमों", "โครงการเป้าหมายแห่งชาติ": a name with the word in it
    return _target(label, lang)


def _target_after(figure: Figure, label: str, text: str, lang: Language) -> bool:
    """``8,000 नए सदस्यों का लक्ष्य है``: the target word after the label, joined by a genitive."""
    after = re.split(r"[।;,.\n]", text[figure.end:figure.end + 80])[0]
    words = [w for w in _words(after) if w not in _measure_words(lang)]
    last = label.split()[-1]
    at = next((k for k, w in enumerate(words[:len(label.split()) + 2]) if w == last), None)
    link = words[at + 1:at + 3] if at is not None else []
    return len(link) == 2 and link[0] in lang["genitives"] and link[1] in (lang["target_words"] or [])


def _list_item(figure: Figure, text: str, lang: Language) -> str | None:
    """``1) सड़कों की मरम्मत और पैचवर्क: 21.40 करोड़ रुपये``: the words before the colon."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    head = text[line_start:figure.start]
    match = re.search(r"(?:^|[;।])\s*(?:\(?\w{1,3}[.)]\s+)?([^:;।\n]+?)\s*[:：]\s*$", head)
    if not match:
        return None
    words = match.group(1).split()
    return " ".join(words) if 1 <= len(words) <= _MAX_ITEM_WORDS and not re.search(r"\d", match.group(1)) else None


def _restated(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """A figure that restates or changes the one before it takes its label: an amount in
    parentheses, a share (``, 41.2%``, ``คิดเป็นร้อยละ``), a new value (``से बढ़कर``)."""
    if before is None or not before.label or before.end > figure.start:
        return None
    between = text[before.end:figure.start]
    words = _words(between)
    marked = any(w in words for w in lang["share_markers"] or [])  # "…, अर्थात 94.4 प्रतिशत" may come later
    if "\n" in between or len(between) > (_MAX_SHARE_GAP if marked else 40) or re.search(r"[।.;]\s", between):
        return None
    if figure.kind == before.kind and re.fullmatch(r"[^()\n]{0,3}\(\s*\S{0,12}\s*", between):
        return before.label  # "3,750 करोड़ रुपये (लगभग 1,500 ล้าน…)"
    # "लक्ष्य से 10.9% अधिक" is compared with a base; "63.65 करोड़ रुपये यानी 11.6 प्रतिशत अधिक" restates
    compared = len(figure.label.split()) > 1 and any(w in figure.label.split() for w in lang["comparatives"] or {})
    if figure.kind == "percent" and before.kind in {"count", "money", "ratio"} and not compared:
        if lang["label_side"] == "after":  # "3,412 महिलाएँ, 41.2%": the noun counted is between them
            words = [w for w in words if w not in before.label.split()]
        else:  # "นาข้าว ๖๑,๔๓๕ ไร่ หรือร้อยละ ๗๒.๕": the classifier or unit of the figure before
            measure = {*(lang["classifiers"] or []), *(lang["units"] or {})}
            words = [w for w in words if _unit_word(w, lang) not in measure]
        if set(words) <= set(lang["share_links"] or []) or any(w in words for w in lang["share_markers"] or []):
            return before.label  # "3,412 महिलाएँ, 41.2%", "… वितरित किए गए, जो योजना का 40.8% है"
    changes = lang["change_links"] or []
    unmeasured = _unmeasured(between, lang)
    if figure.kind == before.kind and (unmeasured[-2:-1] and unmeasured[-2] in (lang["comparatives"] or {})
                                       and unmeasured[-1] in (lang["change_from"] or [])
                                       or words and words[-1] in (lang["change_from"] or [])
                                       and text[:before.start].rstrip().endswith(tuple(changes))):
        # "98.6 ล้านบาท ลดลงจาก 104.2 ล้านบาท", "ลดลงเหลือร้อยละ 58 จากร้อยละ 71 ในช่วงเดียวกันของปีก่อน":
        # the earlier value of the same thing, and when it was
        when = _when_after(figure, text, lang)
        return str(lang["earlier_label"]).format(when=when, label=before.label) if when else before.label
    if figure.kind == before.kind and words and any(" ".join(words).endswith(c) or "".join(words).endswith(c)
                                                    for c in changes):
        return _without_when(before.label, lang)  # "ऑक्यूपेंसी पिछले वर्ष इसी अवधि के 71% से गिरकर 58%"
    return None


def _when_after(figure: Figure, text: str, lang: Language) -> str:
    """``ร้อยละ 71 ในช่วงเดียวกันของปีก่อน`` → ``ช่วงเดียวกันของปีก่อน``: the time an earlier value is
    of, when the words after it say only that."""
    clause = r"[\n,;।]" if lang["label_side"] == "after" else r"[\n,;]|(?<=\S)\s"  # Thai: a space ends it
    words = _cut(re.split(clause, text[figure.end:figure.end + 60])[0])
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    while words and words[0] in (lang["label_edge_drop"] or []):
        words.pop(0)
    if not words or not marks & set(words) or not set(words) <= marks | others:
        return ""
    return ("" if lang["label_side"] == "before" else " ").join(words)


def _without_when(label: str, lang: Language) -> str:
    """``ऑक्यूपेंसी पिछले वर्ष इसी अवधि`` → ``ऑक्यूपेंसी``: the label of a new value without the time
    its earlier value was of."""
    words = label.split()
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    at = next((i for i, w in enumerate(words) if w in marks and set(words[i:]) <= marks | others), None)
    return " ".join(words[:at]) if at else label


def _generic(figure: Figure, text: str, lang: Language) -> str | None:
    """A generic word alone (``संख्या``, ``वृद्धि``, ``मरम्मत``): the phrase that says of what,
    ending in a genitive or a locative (``सफाई कर्मचारियों की संख्या``, ``अनाज भंडारण क्षमता में
    बढ़ोतरी``), from just before the word, or, when the word follows the number, from just
    before the number."""
    label, total = _without_total(figure.label.strip(), lang)
    if label not in (lang["generic_heads"] or []):
        return None
    found = _generic_owner(figure, label, text, lang)
    return str(lang["total_label"]).format(word=total, label=found) if found and total else found


def _without_total(label: str, lang: Language) -> tuple[str, str]:
    """``कुल राशि`` → (``राशि``, ``कुल``): a label and the total word ``labels`` put in it."""
    for word in set((lang["total_words"] or {}).values()):
        bare = str(lang["total_label"]).format(word=word, label="\0").split("\0")
        if label.startswith(bare[0]) and label.endswith(bare[1]) and len(label) > len(bare[0]) + len(bare[1]):
            return label[len(bare[0]):len(label) - len(bare[1])], word
    return label, ""


def _generic_owner(figure: Figure, label: str, text: str, lang: Language) -> str | None:
    marks = list(re.finditer(r"[\n।;]|,(?!\d)", text[:figure.start]))  # not a grouping comma ("1,600")
    start = marks[-1].start() if marks else -1
    if lang["label_side"] != "after":  # Thai: "…ด้านการเกษตรปลอดภัย วงเงิน 164.30": the phrase before the word
        return _owner_run(figure, label, text, start, lang)
    before = _words(text[start + 1:figure.start])
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
    return " ".join(owner + [label]) if len(owner) > 1 else None


def _owner_run(figure: Figure, label: str, text: str, start: int, lang: Language) -> str | None:
    """Thai: the run of words before a generic word that says which it is, in its clause (from ``start``):
    the project or item an amount is for, else the last run that is not a classifier, unit or clause word."""
    at = text.rfind(label, start + 1, figure.start)
    found = [m.group() for m in re.finditer(r"[^\s\d()]+", text[start + 1:at])] if at > 0 else []
    joiners, heads = tuple(lang["list_joiners"] or ()), tuple(lang["item_heads"] or ())
    items = [r[len(next((j for j in joiners if r.startswith(j)), "")):] for r in found]
    items = [r for r in items if r.startswith(heads) and r not in heads]  # "โครงการ" alone is a classifier
    if items and len(items[-1]) <= 50 and figure.kind == "money":
        return items[-1]  # "โครงการก่อสร้างถนน… หมู่ที่ 4 พื้นที่… งบประมาณ 1,248,000 บาท"
    if text[:at].endswith(joiners):
        return None  # "… 1,500 คน และงบประมาณ 3.2 ล้านบาท": a new item of a list
    # "… 23 โครงการ วงเงิน", "… พื้นที่ 1,600 ตารางเมตร งบประมาณ": not the classifier, unit or generic word
    # of a number before
    skipped = {*(lang["classifiers"] or []), *(lang["label_edge_drop"] or []), *(lang["label_stops"] or []),
               *(lang["generic_heads"] or [])}
    units = {*(lang["units"] or {}), *(lang["currencies"] or {}), *(lang["currency_subunits"] or {}), *(lang["eras"] or {})}
    words = [w for w in found if re.search(r"[^\W\d_]", w)][-3:]
    runs = [w for w in words if w not in skipped and _unit_word(w, lang) not in units]
    return f"{label}{runs[-1]}" if runs and len(runs[-1]) <= 50 else None


def _measure_words(lang: Language) -> set[str]:
    """Units, scales and currencies: the words between a number and what it counts."""
    return {*(lang["units"] or {}), *(lang["scales"] or {}), *(lang["currencies"] or {})}


def _unit_word(run: str, lang: Language) -> str:
    """A run of Thai letters without the scale words it starts with (``ล้านลูกบาศก์เมตร``)."""
    scales = sorted(lang["scales"] or {}, key=len, reverse=True)
    while any(run.startswith(scale) and run != scale for scale in scales):
        run = run[len(next(scale for scale in scales if run.startswith(scale))):]
    return run


def _cut(text: str) -> list[str]:
    """The words of ``text``, Thai cut into words."""
    return [t.text for t in tokenize(text) if t.kind in {"word", "thai"}]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w\u0900-\u097f\u0e00-\u0e7f]*", text)
