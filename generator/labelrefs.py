"""Labels that come from the text around a figure or from another figure.

``labels.find_label`` reads the words next to a number. Some figures are named elsewhere:

- a list item ``सड़कों की मरम्मत और पैचवर्क: 21.40 करोड़ रुपये``: the words before the colon, and a row's
  name before a long dash with its values by key (``labellists``);
- an amount in parentheses right after another (``11,250 अरब डोंग (लगभग 3,750 करोड़ रुपये)``):
  the same thing, restated;
- a share or the new value of a change (``जिनमें 3,412 महिलाएँ, 41.2%``, ``คิดเป็นร้อยละ 41.2``,
  ``संख्या 4,212 से बढ़कर 4,362``, ``จาก 10 เป็น 15``), or the same count in another classifier
  (``38,460 ครัวเรือน หรือราว 1.12 แสน คน``): what the figure before it counts.

Changes and earlier values are read by ``labelchanges``, targets by ``labeltargets``, lists by
``labellists``, what a generic word alone names (``संख्या``, ``วงเงิน``) by ``labelowners``, shares and
wholes (``จากทั้งหมด``, ``जिसका 53%``) by ``labelshares``, pronouns (``यह संख्या``) by ``labelpronouns``, what the
figure after names (a year's, a bare target's) by ``labelnext``; figures
of one line that would share a label are told apart by ``labelapart``. The
words for each case are language data (``generator/lang/<code>/labels.yml``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.datelabels import date_of_next, previous_meeting
from generator.durationlabels import span_length
from generator.labelapart import apart_by_subject
from generator.labelchanges import change, change_rate, earlier
from generator.labellast import clause_before
from generator.labellists import dash_row, keyed_row, like_item_before, list_item, list_labels, named_like_before
from generator.labelnext import target_of_next, year_of_next
from generator.labelorder import fronted_state
from generator.labelowners import generic_label, without_total
from generator.labelpeople import item_named, people_named
from generator.labelpronouns import gapped_head, pronoun_object, pronoun_place, pronoun_subject, referred
from generator.labelrates import per_apart, price_of_counted
from generator.labelroles import reflexive_owner
from generator.labelshares import against_base, from_whole, out_of, share_of_part, share_of_which, whole_named
from generator.labelsides import gendered, voted
from generator.labelsums import items_of_total, items_summed, summed_item
from generator.labeltargets import as_target, joined_target, target, untargeted
from generator.labelvalues import new_value, old_value
from generator.labelwhen import alike_then, changed_head, earlier_label, in_earlier_time, of_year_before, when_after, without_when
from generator.labelwords import (
    classified_measures,
    cut,
    direct_plural,
    fill_once,
    said_per,
    unit_word,
    unmeasured,
    without_cost,
    without_repeats,
    word_list,
)
from generator.language import Language
from generator.model import Figure

_MAX_SHARE_GAP = 120  # characters between a figure and its share when a share marker says so
_PER_AFTER_CHARS = 40  # an average's unit and what it is per, after the number ("กิโลกรัมต่อไร่")


def relate_labels(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """Every figure with the label its context gives it, where the words beside it are not enough."""
    out = list_labels(list(figures), text, lang)
    earlier_at: set[int] = set()  # earlier values: a difference after one is the change of the figure before it
    for i, figure in enumerate(out):
        before = out[i - 1] if i else None
        counted = next((out[k] for k in range(i - 1, max(0, i - 3) - 1, -1)  # a year or an earlier value between
                        if "year" not in {out[k].kind, out[k].unit} and (k not in earlier_at or figure.kind == "percent" and (
                            out[k].kind == "percent" or lang["label_side"] != "after"))), None)
        # ("… 2,46,380 क्विंटल, जो पिछले वर्ष के 2,08,750 क्विंटल से 18 प्रतिशत अधिक": what grew, not its base)
        share_of = None
        if figure.kind == "percent" and i >= 2 and (out_of(out[i - 2], out[i - 1], text, lang)
                                                    or from_whole(out[i - 2], out[i - 1], text, lang)):
            before = share_of = out[i - 2]  # "ผ่านการฝึกอบรม 251,340 คน จากเป้าหมาย 260,000 คน คิดเป็นร้อยละ 96.7"
        was = earlier(out[:i], figure, text, lang)
        row = keyed_row(text[text.rfind("\n", 0, figure.start) + 1:figure.start], lang)
        label = (row or previous_meeting(figure, text, lang) or items_summed(out[:i], figure, text, lang)
                 or list_item(figure, text, lang) or dash_row(out[:i], figure, text, lang)
                 or share_of_part(share_of, out[i - 1], figure, text, lang)
                 or was or new_value(out[:i], figure, text, lang)
                 or like_item_before(before, figure, text, lang) or named_like_before(before, figure, text, lang)
                 or year_of_next(figure, out[i + 1:i + 2], text, lang) or date_of_next(figure, out[i + 1:i + 2], text, lang)
                 or target_of_next(figure, out[i + 1:i + 2], text, lang)
                 or whole_named(before, figure, text, lang) or change_rate(before, figure, text, lang)
                 or _restated(before, figure, text, lang)
                 or _dependent(before, figure, text, lang) or share_of_which(before, figure, text, lang)
                 or _part(before, figure, text, lang)
                 or _rate_total(out[max(0, i - 2):i], figure, text, lang) or summed_item(figure, text, lang)
                 or _averaged(before, figure, text, lang) or price_of_counted(before, figure, text, lang)
                 or span_length(before, figure, text, lang)
                 or change(counted, figure, text, lang) or of_year_before(before, figure, text, lang)
                 or referred(out[:i], figure, text, lang) or pronoun_object(out[:i], figure, text, lang)
                 or pronoun_subject(out[:i], figure, text, lang)
                 or pronoun_place(out[:i], figure, text, lang) or gapped_head(out[:i], figure, text, lang)
                 or generic_label(figure, text, lang)
                 or _people_since_alike(out[:i], figure, text, lang)
                 or _classified(out[:i], figure, text, lang) or people_named(figure, text, lang)
                 or item_named(figure, text, lang) or alike_then(out[:i], figure, text, lang) or figure.label
                 or _elided(out[:i], figure, lang) or clause_before(figure, text, lang) or "")
        if was and label == was:
            earlier_at.add(i)
        label = old_value(figure, label, text, lang)
        label = against_base(figure, share_of, label, text, lang)
        if not row:  # a row's key said already whether it is a target
            label = target(label, lang) if joined_target(out[i - 1] if i else None, figure, label, text, lang) \
                else as_target(figure, label, text, lang, out[i - 1] if i else None)
        label = in_earlier_time(figure, voted(figure, label, text, lang), text, lang)
        label = reflexive_owner(figure, label, text, lang)
        if label != figure.label:
            out[i] = replace(figure, label=label)
    named = list(out)  # after the shares took the labels their parts had ("3,412 महिलाएँ, 41.2%")
    words = frozenset([*word_list(text), *(lang["direct_plurals"] or [])]) if lang["oblique_plurals"] else frozenset()
    for i, figure in enumerate(named):
        label = without_repeats(gendered(named[:i], figure, figure.label, text, lang), lang)
        label, per = per_apart(figure, without_cost(figure.kind, fronted_state(label, lang), lang), lang)
        if (label := direct_plural(label, words, lang) if words else label) != figure.label:
            out[i] = replace(figure, label=label, written=f"{figure.written or figure.text}{per}" if per else figure.written)
    return apart_by_subject(items_of_total(out, text, lang), text, lang)


def _classified(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """A count labelled by its classifier alone: ``รถบรรทุกน้ำรวม ๓๔ คัน จาก อปท. ๒๖ คัน และ มทบ. ๓ คัน``
    counts what the sentence's first count with that classifier counts (without its total's word);
    ``ครัวเรือนได้รับผลกระทบ ๑๒,๔๘๖ ครัวเรือน ๓๘,๙๑๒ คน``, right after a count whose label opens with
    its classifier (or the agent's ``ผู้``), is the same words said of its own (``คนได้รับผลกระทบ``)."""
    classifiers = lang["classifiers"] or []
    if figure.kind != "count" or figure.label not in classifiers:
        return None
    same = [f for f in earlier if f.sentence == figure.sentence and f.kind == "count"
            and f.label not in classifiers and _classifier(f, text, classifiers) == figure.label]
    if same:
        label = same[0].label
        total = next((w for w in lang["total_words"] or {} if label.endswith(w) and len(label) > len(w)), "")
        return label[:len(label) - len(total)]  # "รถบรรทุกน้ำรวม" → "รถบรรทุกน้ำ"
    before = earlier[-1] if earlier else None
    if before is None or before.sentence != figure.sentence or before.kind != "count":
        return None
    own = _classifier(before, text, classifiers)
    if not own or text[before.end:figure.start].strip() != own:
        return None
    head = next((w for w in (own, lang["agent_prefix"]) if w and before.label.startswith(w)), "")
    return figure.label + before.label[len(head):] if head and len(before.label) > len(head) else None


def _people_since_alike(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``people_named`` after the last count before ``figure`` with the classifier ``figure`` is labelled by
    (``… ๔๑๒ คน และเด็กเล็กใน… ๒ แห่ง จำนวน ๕๘ คน``): people named since that count are these."""
    if figure.kind != "count" or figure.label not in (lang["person_classifiers"] or []):
        return None
    classifiers = lang["classifiers"] or []
    since = max((f.end for f in earlier if f.kind == "count" and _classifier(f, text, classifiers) == figure.label), default=0)
    return people_named(figure, text, lang, since)


def _elided(earlier: list[Figure], figure: Figure, lang: Language) -> str | None:
    """``29 वस्तुओं पर कर घटाया गया है, जबकि 13 पर बढ़ाया गया है``: a count whose noun is left out counts
    what the count before it in the sentence counts (without a total's word)."""
    before = next((f for f in reversed(earlier) if f.sentence == figure.sentence and f.kind == figure.kind
                   and f.label and not f.headline), None)
    if figure.kind != "count" or before is None:
        return None
    words = before.label.split() if lang["label_side"] != "before" else [before.label]
    total = lang["total_word"] or ""
    if len(words) > 2 and words[-1] in (lang["target_words"] or []) and words[-2] in (lang["genitives"] or []):
        words = untargeted(words, lang)  # "450 तड़ित चालक लगाने का लक्ष्य है, जिसके विरुद्ध अब तक 312 लगाए जा चुके":
        if len(words) > 1 and words[-1].endswith(tuple(lang["infinitive_endings"] or ())):
            words = words[:-1]  # those done, not the target
    return " ".join(words[1:] if len(words) > 1 and words[0] == total else words)


_CLAUSE_CHARS = 80


def _classifier(figure: Figure, text: str, classifiers: list[str]) -> str | None:
    after = text[figure.end:figure.end + 40].lstrip()
    return max((c for c in classifiers if after.startswith(c)), key=len, default=None)


def _rate_total(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``ค่าขนส่งเฉลี่ยลูกบาศก์เมตรละ 20 บาท … รวมเป็นเงิน 55,350 บาท``: an amount named only by a generic
    word after an amount per head (the last of ``before``) is its total (``ค่าขนส่งเฉลี่ยรวม``); a price's
    total is of the things counted right before the price when it is per their classifier (``โคมแอลอีดี ๑,๒๐๐ ดวง ราคาดวงละ
    ๔,๘๕๐ บาท เป็นเงิน ๕,๘๒๐,๐๐๐ บาท`` → ``ราคาโคมแอลอีดีรวม``)."""
    label, total = without_total(figure.label, lang)
    rate = before[-1] if before else None
    if rate is None or figure.kind != "money" or rate.kind != "money" or label not in (lang["generic_heads"] or []):
        return None
    per = str(lang["per_label"] or "")
    sep = per.format(what="\0", per="\0").split("\0")[1] if per else ""
    what, _, unit = rate.label.rpartition(sep) if sep and sep in rate.label else ("", "", "")
    between = text[rate.end:figure.start]
    if not what or what in (lang["generic_heads"] or []) or "\n" in between \
            or figure.start - rate.end > 80 or not said_per(rate, text, lang):
        return None  # "อัตราต่อไร่": no more than a rate; "… จาก 66.20 บาท": a rate's earlier value is no rate
    if not any(w in between for w in [*(lang["total_words"] or {}), *(lang["share_amount_links"] or [])]):
        return None  # "… กิโลกรัมละ 8.50 บาท ปีงบประมาณ ๒๕๖๘ ได้รับงบประมาณ 4,250,000 บาท": no total said
    count = before[0] if len(before) == 2 and before[0].kind == "count" else None
    if count is not None and count.label and what in (lang["price_words"] or []) \
            and word_list(text[count.end:rate.start])[:1] == [unit]:
        what += without_total(count.label, lang)[0]
    return str(lang["total_label"]).format(word=total or lang["total_word"], label=what)


def _averaged(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ผู้ป่วยมารับบริการ 38,215 ครั้ง เฉลี่ยวันละ 210 ครั้ง``: an amount per head that says only how it is
    taken (``เฉลี่ยต่อวัน``), right after a figure of its kind with nothing else between, is an average of what that
    figure counts (``ผู้ป่วยมารับบริการเฉลี่ยต่อวัน``)."""
    per = str(lang["per_label"] or "")
    if before is None or not per or not before.label or before.kind != figure.kind:
        return None
    sep = per.format(what="\0", per="\0").split("\0")[1]
    how, _, unit = figure.label.partition(sep)
    between = "".join(text[before.end:figure.start].split())
    tail = next((how + unit + s for s in lang["per_suffixes"] or [] if between.endswith(how + unit + s)), None)
    if not unit and how in (lang["per_qualifiers"] or []):  # "… 5.48 ล้านตัน หรือเฉลี่ย 3,200 กิโลกรัมต่อไร่": the
        after = re.match(rf"\s*\S*?{re.escape(sep)}(\S+)", text[figure.end:figure.end + _PER_AFTER_CHARS])
        each = cut(after.group(1))[:1] if after else []  # per after it
        unit, tail = (each[0], between[between.rfind(how):]) if each else ("", None)
    if how not in (lang["per_qualifiers"] or []) or not unit or sep in before.label or tail is None:
        return None
    rest = between[:-len(tail)]  # the first figure's classifier, then "หรือ": "วันนอน 95,810 วัน หรือเฉลี่ยรายละ 4.4 วัน"
    rest = rest[len(own):] if (own := _classifier(before, text, lang["classifiers"] or [])) and rest.startswith(own) else rest
    if rest and rest not in (lang["share_links"] or []) + (lang["list_joiners"] or []):
        return None  # "ส่งน้ำ ๗ วัน หยุด ๗ วัน ระบายน้ำจากอ่างฯ เฉลี่ยวันละ ๐.๘๕ ล้าน ลบ.ม.": another thing
    return per.format(what=without_total(before.label, lang)[0] + how, per=unit)


def _part(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ประตูระบายน้ำ ๑๑ แห่ง ในจำนวนนี้ ๔ แห่ง``: a part named only by its classifier is a part of
    what the figure before counts; ``16 सदस्यों में से 11 ने पक्ष में और 5 ने विरोध में``: a count
    named by nothing, joined to the one before, counts the same."""
    if before is None or not before.label or before.kind != figure.kind or figure.kind != "count":
        return None
    if figure.label and figure.label not in (lang["classifiers"] or []):
        return None
    between = text[before.end:figure.start]
    joined = word_list(between)[-1:] in [[w] for w in lang["list_joiners"] or []]
    if not figure.label and joined and len(between) < 60 and not re.search(r"\n|[।.;]\s", between):
        return before.label
    between = re.sub(r"\s+", "", between)
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
    joined = [i for i, w in enumerate(owner.split()) if w in (lang["list_joiners"] or [])]
    if joined:  # "युवा संघ और युवा संघ संगठन": the last of the things joined
        owner = " ".join(owner.split()[joined[-1] + 1:])
    for word in lang["organisation_words"] or []:  # "ट्रेड यूनियन संगठन" → "ट्रेड यूनियन"
        if owner.endswith(word) and len(owner) > len(word) + 1:
            owner = owner[:-len(word)].strip()
            break
    if owner in heads:
        return None
    return f"{owner} {figure.label}" if lang["label_side"] == "after" else f"{figure.label}{owner}"


def _named_after(figure: Figure, text: str, lang: Language) -> bool:
    """Whether a figure's own label is the words right after it, and says more than a generic word
    (``यानी 92 प्रतिशत उपलब्धि``, ``91.5 प्रतिशत सीटें भरीं``; not ``25 प्रतिशत राशि``)."""
    own = figure.label.split()
    after = word_list(text[figure.end:figure.end + _CLAUSE_CHARS])[:1]
    plain = {*(lang["generic_heads"] or []), *(lang["comparatives"] or {}), *(lang["change_words"] or []),
             *lang["duration_words"], *lang["label_stops"]}  # "यानी 10.1 प्रतिशत अधिक": how much the figure before grew
    return lang["label_side"] == "after" and bool(own) and own[:1] == after and own[0] not in plain \
        and not text[figure.end:].lstrip().startswith(")")


def _about(a: object, b: object) -> bool:
    """Whether two values are one amount, rounded (within 2%)."""
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and a > 0 and abs(a - b) <= 0.02 * a


def _named_between(words: list[str], label: str, lang: Language) -> bool:
    """Whether the words after the last share marker between two figures are the later figure's own label,
    ending right before it (not a genitive base: ``जो योजना का 40.8%``)."""
    markers = [i for i, w in enumerate(words) if w in (lang["share_markers"] or [])]
    rest, named = words[markers[-1] + 1:] if markers else [], label.split()
    return bool(rest and named) and rest[-1] not in (lang["share_links"] or []) and rest[-len(named):] == named


def _restated(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """A figure that restates or changes the one before it takes its label: an amount in
    parentheses, a share (``, 41.2%``, ``คิดเป็นร้อยละ``), a new value (``से बढ़कर``)."""
    if before is None or not before.label or before.end > figure.start:
        return None
    said = re.split(r"[)\n]", text[figure.end:figure.end + 60])[0]
    if any(w in said for w in lang["respectively_words"] or []):
        return None  # "(ร้อยละ 81.1 และ 67.9 ตามลำดับ)": each of the list before (labellists)
    between = text[before.end:figure.start]
    plain = _without(between, [u for u in lang["units"] or {} if not u.isalpha() and u in between])  # "ลบ.ม."
    words = word_list(between)
    marked = any(w in words for w in lang["share_markers"] or [])  # "…, अर्थात 94.4 प्रतिशत" may come later
    if "\n" in between or len(between) > (_MAX_SHARE_GAP if marked else 40) or re.search(r"[।.;]\s", plain):
        return None
    if figure.kind in {"count", "money"} and before.kind == "percent" and not figure.label \
            and (marked or set(words) <= set(lang["share_links"] or [])):
        return before.label  # "68 प्रतिशत पौधे ही जीवित बचे, यानी करीब 76,500": the same part, counted
    if figure.kind == before.kind and re.fullmatch(r"[^()\n]{0,3}\(\s*\S{0,12}\s*", between):
        return before.label  # "3,750 करोड़ रुपये (लगभग 1,500 ล้าน…)"
    if (before.kind, figure.kind) == ("count", "money") and re.fullmatch(r"\s*[^\s\d()\n.,;।]+\s*\(\s*", between):
        return before.label  # "व्यापार ऋण के १४ प्रकरण (₹१,१०,००,०००)": what the cases counted come to
    if figure.kind == before.kind in {"count", "money"} and figure.unit == before.unit and _about(before.value, figure.value) \
            and set(word_list(_without(plain, list(lang["qualifiers_before"] or {})))) <= set(lang["share_links"] or []):
        return before.label  # "48,512.6 ล้านบาท หรือประมาณ 4.85 หมื่นล้านบาท": the same amount, rounded
    if figure.kind == "money" and before.kind == "percent" and words and set(words) <= set(lang["share_amount_links"] or []):
        return before.label  # "ทุนสำรองร้อยละ ๑๐ เป็นเงิน ๖๒,๖๒๕ บาท": what the share comes to
    # "लक्ष्य से 10.9% अधिक" is compared with a base; "63.65 करोड़ रुपये यानी 11.6 प्रतिशत अधिक" restates
    compared = len(figure.label.split()) > 1 and any(w in figure.label.split() for w in lang["comparatives"] or {})
    # "… यानी सदस्यों में महिलाओं की हिस्सेदारी 36 प्रतिशत", "निराकरण में 18 प्रतिशत की वृद्धि": named itself
    named = len(figure.label.split()) > 1 and figure.label.split()[-1] in (lang["share_heads"] or [])
    joined = set(words) <= set(lang["share_links"] or []) or any(w in words for w in lang["share_markers"] or [])
    if figure.kind == "percent" and before.kind in {"count", "money"} and figure.label in (lang["change_words"] or []) \
            and joined:  # "274 अपराध कम दर्ज हुए, जो 8.8 प्रतिशत की कमी है": how much the figure before changed
        base = without_when(before.label, lang)  # "37.45 करोड़ रुपये (करीब 15 प्रतिशत) की बढ़त": a change named as one
        return base if base.split()[-1:] == [figure.label] else fill_once(lang["change_label"], lang, base, change=figure.label)
    if figure.kind == "percent" and before.kind in {"count", "money", "ratio"} and not compared and not named:
        if lang["label_side"] == "after":  # "3,412 महिलाएँ, 41.2%": the noun counted is between them
            words = [w for w in words if w not in before.label.split()]
        else:  # "นาข้าว ๖๑,๔๓๕ ไร่ หรือร้อยละ ๗๒.๕": the classifier or unit of the figure before
            measure = {*(lang["classifiers"] or []), *(lang["units"] or {})}
            unqualified = _without(plain, [q for q in lang["qualifiers_before"] or {} if plain.rstrip().endswith(q)])
            words = [w for w in word_list(unqualified) if unit_word(w, lang) not in measure  # "… หรือราวร้อยละ ๒๖"
                     and not before.label.startswith(w)]  # "กระทงโฟม 3,474 กระทง หรือร้อยละ 2.7": the noun as its classifier
            if before.kind == "count" and before.text[-1:].isdigit() and words[1:] \
                    and set(words[1:]) <= set(lang["share_links"] or []):
                words = words[1:]  # "1,580 ฟาร์ม หรือร้อยละ 73.6": what the count counts by, then "or"
        if _named_after(figure, text, lang) and not set(figure.label.split()) < set(before.label.split()):
            return None  # "… 1,242 करोड़ रुपये बांटे गए, यानी 92 प्रतिशत उपलब्धि": what the share is, said after it
            # (not a word of the figure's before: "3,915 यानी 80.6 प्रतिशत भरे जा चुके" → "भरे गड्ढे")
        if _named_between(words, figure.label, lang):
            return None  # "694 लोग ठहरे, यानी औसत अधिभोग 62% रहा": the share is named right before it
        if set(words) <= set(lang["share_links"] or []) or any(w in words for w in lang["share_markers"] or []):
            return before.label  # "3,412 महिलाएँ, 41.2%", "… वितरित किए गए, जो योजना का 40.8% है"
    if figure.kind == before.kind == "count" and figure.label in (lang["classifiers"] or []) and words \
            and (words[0] in lang["duration_words"] or before.unit and unit_word(words[0], lang) in classified_measures(lang)) \
            and set(words[1:]) <= {*(lang["qualifiers_before"] or {}), *(lang["change_amount_before"] or [])}:
        return before.label  # "นักท่องเที่ยว… ตลอด 7 วัน ประมาณ 350,000 คน", "นักเรียนที่ต้องเดินทางเกิน ๕ กิโลเมตร
        # จำนวน ๖,๘๗๐ คน": how many, of what the length of time or the measure before is said (a length of time is
        # labelled by its event alone: no word for time to take off)
    if figure.kind == before.kind == "count" and figure.label in (lang["classifiers"] or []) \
            and figure.label not in (lang["noun_classifiers"] or []):  # "38,460 ครัวเรือน หรือราว 1.12 แสน คน"
        rest = [w for w in unmeasured(between, lang) if w not in (lang["qualifiers_before"] or {})]
        heads = tuple(w for w in (lang["agent_prefix"], _classifier(before, text, lang["classifiers"] or [])) if w)
        people = figure.label in (lang["person_classifiers"] or []) and not before.label.startswith(heads)
        # "ประชาชนได้รับความเดือดร้อน 12,436 ครัวเรือน 38,910 คน", not "… 1 สโมสร" ("ผู้…", "ครัวเรือน…": _classified)
        if (rest or people) and set(rest) <= set(lang["share_links"] or []):
            return before.label  # the same people counted in another classifier
    changes = lang["change_links"] or []
    bare = unmeasured(between, lang)
    if figure.kind == before.kind and (bare[-2:-1] and bare[-2] in (lang["comparatives"] or {})
                                       and bare[-1] in (lang["change_from"] or [])
                                       or words and words[-1] in (lang["change_from"] or [])
                                       and text[:before.start].rstrip().endswith(tuple(changes))):
        # "98.6 ล้านบาท ลดลงจาก 104.2 ล้านบาท", "ลดลงเหลือร้อยละ 58 จากร้อยละ 71 ในช่วงเดียวกันของปีก่อน":
        # the earlier value of the same thing, and when it was
        when = when_after(figure, text, lang)
        return earlier_label(when, before.label, lang) if when else before.label
    remainder = "".join(words) in (lang["remainder_words"] or [])  # "เบิกจ่ายแล้ว 3.15 ล้านบาท คงเหลือ 9.8 ล้านบาท": the rest
    left = next((w for w in lang["left_words"] or [] if not remainder and "".join(words).endswith(w)), None)
    if figure.kind == before.kind and figure.unit == before.unit and left:  # "มีเงินสะสม… ๖๗.๔ ล้านบาท เมื่ออนุมัติแล้วจะ
        return f"{changed_head(before.label, lang)}{left}"  # คงเหลือ ๒๔.๔ ล้านบาท": what is left of the amount before
    if figure.kind == before.kind and words and not remainder and any(" ".join(words).endswith(c) or "".join(words).endswith(c)
                                                                      for c in changes):
        return without_when(before.label, lang)  # "ऑक्यूपेंसी पिछले वर्ष इसी अवधि के 71% से गिरकर 58%"
    return None


def _without(text: str, parts: list[str]) -> str:
    for part in sorted(parts, key=len, reverse=True):
        text = text.replace(part, " ")
    return text

