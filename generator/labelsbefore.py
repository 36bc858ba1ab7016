"""What a number counts in a language that puts the noun before it (Thai): the segmented
words before the number back to a phrase boundary (space, punctuation) or a clause word
(``มี``, ``โดย``, a verb); a relative clause (``X ที่ V``, ``X ซึ่ง V``) is skipped to its head X;
when nothing is left, the classifier is the label (``1 สโมสร``). A share is labelled with what it
is a share of (``96.4% ของแผนการลงทุน``). Called by ``labels.find_label``.
"""

from __future__ import annotations

from generator.labelchunks import after_number, before_examples, chunk_after, chunk_before, phrase_back, trim
from generator.labelpast import past_identifier, past_place, past_size, past_year
from generator.labelwords import classified_measures, cut, joined, measure_words, pos_tags, tidy_label, unit_word
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev
from generator.numerals import skip_spaces as _skip


def label_before(tokens, first, last, kind, lang) -> str:
    chunk, start = chunk_before(tokens, first, None if kind in {"year", "date", "range"} else lang)
    plain = chunk_before(tokens, first, lang, through_latin=False)[1] if kind == "percent" else start
    latin_cut = plain != start and after_number(tokens, plain)  # "…PM2.5 ทำให้อัตราการเข้าพัก… ร้อยละ 58": the
    # words past a Latin term that ends in a number are cut at their verb, as those after a number are
    if chunk and set(chunk) <= set(lang["band_words"] or []) and after_number(tokens, start):
        chunk, start = chunk_before(tokens, _prev(tokens, start), lang)  # "ผู้สูงอายุ ๖๕ ปีขึ้นไป ๕๔,๓๒๐ ราย"
    if kind not in {"year", "date", "range"} and (listed := before_examples(tokens, start, lang)) is not None:
        chunk, start = listed  # "กระทงจากวัสดุธรรมชาติ เช่น ใบตอง หยวกกล้วย ขนมปัง 179,870 ใบ": the kind, not its last example
    after = chunk_after(tokens, last)
    if kind not in {"year", "date", "range"} and not trim(chunk, lang, cut_at_stops=True):
        chunk, start = past_year(tokens, start, chunk, lang)  # "เป้าหมายนักท่องเที่ยวปี 2567 ไว้ที่ 7.2 ล้านคน"
    if kind not in {"year", "date", "range"}:
        chunk, start = past_place(tokens, start, chunk, lang)
    if kind == "percent":
        return "".join(_percent_label(tokens, chunk, start, after, lang, latin_cut))
    if kind == "money" and after and after[0] in lang["purpose_words"] and len(after) > 1:
        purpose = trim(after[1:], lang, cut_at_stops=True)  # "12.5 พันล้านดองสำหรับโครงการ..."
        words = chunk_before(tokens, start)[0] if chunk and all(w in lang["quantity_words"] for w in chunk) else chunk
        heads = [i for i, w in enumerate(words) if w in (lang["generic_heads"] or [])]
        if heads:  # "อนุมัติงบกลางจำนวน 48.5 ล้านบาท สำหรับขุดลอก…": the budget, and what it is for
            return "".join(trim(words[heads[0]:], lang, cut_at_stops=False) + purpose[:4])
        return "".join(purpose)
    if kind in {"year", "date"} or (kind == "range" and _is_time(tokens, first, last, lang)):
        era = lexicon(lang.code).eras.match_before(tokens, _prev(tokens, first) or 0) if not chunk else None
        year_kind = chunk if chunk and all(w in lang["year_words_before"] for w in chunk) else []  # "ปีการศึกษา 2568"
        if era or year_kind and start > 0:
            chunk, start = chunk_before(tokens, era[1] if era else start)  # "ประจำปีงบประมาณ พ.ศ. 2565"
            chunk = chunk + year_kind
        opened = _prev(tokens, era[1] if era else first) if not chunk else None
        if opened is not None and tokens[opened].text == "(":  # "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖–๒๕๗๐)": the years of what is before
            chunk, start = chunk_before(tokens, opened)
        chunk = joined(chunk, lang["year_words_before"])  # "ปี|บัญชี" as the dictionary cuts it
        tail: list[str] = []
        while chunk and (chunk[-1] in lang["year_words_before"] or chunk[-1] in lang["label_stops"]
                         or chunk[-1] in lang["label_tail_drop"]):
            tail.insert(0, chunk.pop())  # "แผนงานในปี 2567": "แผนงาน", then "ในปี"
        words = trim(chunk, lang, cut_at_stops=True)
        if words and kind == "year" and tail and tail[-1] in lang["year_words_before"]:
            if len(tail[-1]) > _BARE_YEAR_WORD and len(words) > _YEAR_OF_WORDS:
                return tail[-1]  # "ร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘": the kind of year says it
            keep = tail[-2:] if len(tail) > 1 and tail[-2] in (lang["year_tail_words"] or []) else tail[-1:]
            return "".join(words + keep)
        if not words and tail and tail[-1] in lang["year_words_before"] and len(tail[-1]) > _BARE_YEAR_WORD:
            words = tail[-1:]  # "ในปีงบประมาณ ๒๕๖๗ เพื่อขุดลอก…": the kind of year, not the words after it
        if not words and kind == "date":  # "ได้ลงนามสัญญาเลขที่ ๑๘/๒๕๖๘ เมื่อวันที่ …": the event, past its number
            words = trim(past_identifier(tokens, start, lang), lang, cut_at_stops=True)
        return "".join(words or trim(after, lang, cut_at_stops=False)[:3])
    if kind == "ordinal":
        marker_first = tokens[first].text in lang["ordinal_markers"] or any(
            tokens[first].text.startswith(m) for m in lang["ordinal_markers"])
        words = trim(chunk, lang, cut_at_stops=True)
        return (chunk[-1] if chunk and marker_first else "".join(words))  # "ปีที่สาม" → ปี
    totalled = bool(chunk) and start > 0 and all(w in lang["quantity_words"] or w in lang["qualifiers_before"] for w in chunk)
    if totalled:
        words, at = chunk_before(tokens, start, lang)  # "X จำนวน 14/13 องค์กร", "อสม. กว่า 9,000 คน": the phrase before
        words, at = _past_unit(tokens, words, at, lang)  # "เครื่องสูบน้ำขนาดท่อ 12 นิ้ว จำนวน 14 เครื่อง"
        if len(words) > 1 or words and all(w in lang["quantity_words"] for w in chunk):
            chunk, start = words, at  # not "โรคมือ เท้า ปาก ประมาณ 640 ราย": one word of a list
        if chunk and set(chunk) <= set(lang["band_words"] or []) and after_number(tokens, start):
            chunk, start = chunk_before(tokens, _prev(tokens, start), lang)  # "ผู้สูงอายุ 60 ปีขึ้นไป จำนวน 1,200 คน"
    if not totalled and after and after[0] in lang["classifiers"] and (sized := _past_unit(tokens, chunk, start, lang))[0]:
        chunk, start = sized  # "หลอดโซเดียมความดันสูงขนาด ๒๕๐ วัตต์ ๓๑๒ ดวง": the lamps the size is of
    named_after = bool(after) and after[0] not in {*lang["label_stops"], *lang["head_before"]}
    bare = [w for w in chunk if w not in lang["qualifiers_before"]]  # "ตลอด 3 วันราว 1.5 แสน คน"
    if totalled and len(bare) == 1 and bare[0] not in {*lang["classifiers"], *lang["quantity_words"]} \
            and after_number(tokens, start) and after and after[0] in lang["classifiers"]:
        chunk = bare = []  # "ชนิด ๖ ล้อ จำนวน ๒ คัน": the noun of the number before, not what is counted
    if bare and "".join(bare) in (lang["units"] or {}) and "." in bare and after_number(tokens, start):
        chunk = bare = []  # "120 กม. 75 กม.": the unit of the number before, cut at its dot
    core = [w for w in bare if w not in lang["quantity_words"]]  # "ตลอด 4 วันรวม 186,400 คน": the days' total word,
    core = bare if core[:1] and core[0] in lang["noun_classifiers"] else core  # not "อีก 5 อำเภอรวม 13,268 ราย"
    if len(core) == 1 and core[0] in lang["classifiers"] and after_number(tokens, start) and (
            kind != "ratio" or named_after):  # "ร้อยละ 96.5 ตำบล 3/4 ของทั้งจังหวัด": the ratio's own word
        chunk = []  # "2,388 ราย 1 สโมสร", "ภายใน ๒๔ ชั่วโมง ๑๑๘/๑๒๔ เหตุการณ์": the classifier of the number before
        if core[0] in (lang["duration_words"] or []) and kind == "count":  # "ผู้เข้าร่วมงานตลอด 3 วันราว 1.5 แสน คน":
            number = _prev(tokens, start)  # what the phrase before that length of time names
            while number is not None and tokens[number].kind == "space":
                number = _prev(tokens, number)
            if number is not None and tokens[number].kind == "num":
                chunk, start = chunk_before(tokens, number, lang)
                while chunk and chunk[-1] in (lang["duration_before"] or []):
                    chunk.pop()  # "…ตลอด": the length of time's own word
    if kind == "ratio":  # "การจัดตั้งองค์กร 3/3 ในรัฐวิสาหกิจ": what was achieved against its target, and where
        where = after if after and after[0] in lang["relatives"] else []
        # what was achieved keeps whose it is ("องค์กรภาคประชาชนของสหภาพเยาวชน…")
        words = trim(chunk, lang, cut_at_stops=True, head_of=False) + [w for w in where if w not in lang["classifiers"]][:6]
        if words:
            return "".join(words)
    if chunk and chunk[-1] in lang["counted_after"] and after and after[0] in lang["noun_classifiers"]:
        full = trim(chunk[:-1], lang, cut_at_stops=True)  # "หน่วยเลือกตั้งรวม 684 หน่วย": named in full before
        if full and full[0].startswith(after[0]):
            return "".join(full)
        which = _which(after, lang)
        if not which and full and full[-1] != after[0] and full[-1].endswith(after[0]):
            return full[-1]  # "นายอำเภอทั้ง 26 อำเภอ": the chiefs of the districts are counted
        return "".join([after[0], *which])  # "…พื้นที่การเกษตรใน ๗ อำเภอ": the districts are counted
    if after and after[0] in (lang["place_classifiers"] or []) and (places := _places_in(chunk, lang)):
        return "".join(places)  # "แรงงานทำงานอยู่ในสถานประกอบการ 12,684 แห่ง": the places are counted
    if chunk and chunk[-1] in (lang["size_words"] or ()) and after and after[0] in lang["classifiers"]:
        head = trim(chunk[:-1], lang, cut_at_stops=True) or trim(phrase_back(tokens, start, lang), lang, cut_at_stops=True)
        return "".join([after[0], *head])  # "โรงพยาบาลศูนย์ขนาด 563 เตียง": the beds of the hospital
    if kind == "count" and (identified := _identified(chunk, lang)):
        return "".join(identified)  # "สาเหตุหลักของอุบัติเหตุมาจากการขับรถเร็วเกินกำหนด 24 ครั้ง": the cause named
    chunk = _given(chunk, after, lang)
    words = trim(chunk, lang, cut_at_stops=True)
    if words and set(words) <= set(lang["size_words"] or ()) and start > 0:
        words = trim(chunk_before(tokens, start, lang)[0], lang, cut_at_stops=True)[-_OWNER_WORDS:] + words
        # "โคม LED ขนาด ๒๐ วัตต์": the size of what is named before it
    if kind == "count" and not words and after and after[0] in lang["noun_classifiers"] and (which := _which(after, lang)):
        return "".join([after[0], *which])  # "และมี ๓ ตำบลที่ยังไม่มีรถพยาบาล": nothing names them before; the places
        # the relative says, not the phrase before
    if kind == "money":
        words = _with_budget(chunk, words, lang)
    if words and (kind != "money" or tidy_label("".join(words), lang)):
        places = _places_that(words, chunk, after, kind, lang) if "." not in tokens[first].text else []  # not a
        return "".join(places or words + _which(after, lang))  # measure ("ลดอัตราดอกเบี้ยนโยบาย 0.25 จุด")
    # The name in the phrase before the verb ("…งบบัตรทอง จัดสรร 1.1 พันล้าน"; "…เทคโนโลยี ปรับจาก 11,000 บาท": a
    # verb alone), not a change's ("เพิ่มขึ้น 300 ล้านดอง": its base's), nor what a rate is per ("370 บาทต่อวัน"),
    # nor one word of a list ("โรคมือ เท้า ปาก ประมาณ 640 ราย")
    change = bool(chunk) and chunk[-1] in (lang["comparatives"] or {})
    named = kind == "count" or kind == "money" and bool(words)
    whole = phrase_back(tokens, start, lang) if named and chunk and not change else []
    back = [] if set(whole[:2]) & set(lang["per_words"]) else trim(whole, lang, cut_at_stops=True)
    if len(back) > 1:
        return "".join(_places_that(back, whole, after, kind, lang) or back)
    if words:
        return "".join(words + _which(after, lang))
    if named and not chunk and totalled and after and after[0] in (lang["item_classifiers"] or []):
        return after[0]  # "… งบเงินอุดหนุน ๙๗๐,๐๐๐ บาท รวมทั้งสิ้น ๑๒๘ รายการ": the items of the list, not its last
    if named and not chunk and (totalled or not after_number(tokens, start)) and after \
            and after[0] in lang["classifiers"] and after[0] not in lang["noun_classifiers"]:
        if totalled and after_number(tokens, start) and tokens[start].text != after[0] \
                and not {tokens[start].text, after[0]} & measure_words(lang) and not _sized(tokens, start, lang):
            return after[0]  # "สถานประกอบการที่พัก 412 แห่ง รวม 8,960 ห้อง": the rooms, not more places
        back = trim(phrase_back(tokens, start, lang), lang, cut_at_stops=True)
        if back:  # "พื้นที่การเกษตรใน ๗ อำเภอ รวมทั้งสิ้น ๓๔,๘๑๒ ไร่": past the number before, not the classifier
            return "".join(back)
    k = _next(tokens, last)
    units = lang["units"] or {}
    if k is not None and tokens[k].kind == "word" and tokens[k].text not in units and f"{tokens[k].text}." not in units:
        return tokens[k].text + "".join(_state_after(after, lang) if kind == "count" else [])  # not "120 กม." (its unit)
    return ""


def _state_after(after: list[str], lang) -> list[str]:
    """``ไม่ผ่าน`` of ``ส่วนอีก ๕๘ คันไม่ผ่าน``: with nothing before a count to name it, what its clause says
    right after its classifier, a few words up to a stop, tells it apart from the counts beside it."""
    if len(after) < 2 or after[0] not in lang["classifiers"]:
        return []
    state = after[1:]
    stop = next((i for i, w in enumerate(state) if w in lang["label_stops"] and i), len(state))
    return state[:stop] if stop <= _STATE_WORDS else []


_STATE_WORDS = 3


def _places_in(chunk: list[str], lang) -> list[str]:
    """The one to three words after the last of ``place_words`` (``ใน``) that ends a chunk, none a stop,
    where a verb comes before that word (``ทำงานอยู่|ใน``): not ``โรงสีในจังหวัด 47 แห่ง``, where the noun
    before is what is counted and the place holds it."""
    at = max((i for i, w in enumerate(chunk) if w in (lang["place_words"] or [])), default=None)
    if at is None or at == 0:
        return []
    places = chunk[at + 1:]
    verb = chunk[at - 1] in lang["label_stops"] or pos_tags(chunk[:at], lang)[-1] in (lang["verb_tags"] or [])
    return places if verb and 1 <= len(places) <= _PLACE_WORDS and not set(places) & set(lang["label_stops"]) else []


_PLACE_WORDS = 3


def _identified(chunk: list[str], lang) -> list[str]:
    """The words after the last word in ``chunk`` that points to what a figure is (``identity_links``: คือ,
    มาจาก), trimmed; none if no such word comes before the chunk's last word."""
    link = max((i for i, w in enumerate(chunk[:-1]) if w in (lang["identity_links"] or [])), default=None)
    return trim(chunk[link + 1:], lang, cut_at_stops=True) if link is not None else []


def _percent_label(tokens, chunk: list[str], start: int, after: list[str], lang, cut: bool = False) -> list[str]:
    """``งบบุคลากรคิดเป็นร้อยละ 31.8 ของงบประมาณทั้งหมด``: what the share is of is named before its
    verb; without one, after ``ของ`` (``96.4% ของแผนการลงทุน``). A comparative alone (``ค่าดัชนี… (HI)
    เกินร้อยละ ๑๐``) follows what it compares."""
    shares = set(lang["share_links"] or [])
    if chunk and chunk[-1] in shares and (subject := trim(chunk[:-1], lang, cut_at_stops=True)):
        return subject
    target = (lang["target_words"] or [""])[0]
    aim = next((i for i, w in enumerate(chunk) if target and target in w), None)
    if aim is not None and len(named := trim(chunk[aim:], lang, cut_at_stops=True)) > 1:
        return named  # "ตั้งเป้าหมายการฉีดวัคซีนไว้ไม่ต่ำกว่าร้อยละ 80 ของกลุ่มเป้าหมาย": the target, not what it is of
    if identified := _identified(chunk, lang):
        return identified  # "ยานพาหนะที่เกิดเหตุมากที่สุดคือรถจักรยานยนต์ ร้อยละ 81.7": the share is the one named
    words = trim(chunk, lang, cut_at_stops=False)
    compared = bool(words) and all(w in (lang["comparatives"] or {}) for w in words)
    if words and not compared and (named := trim(chunk, lang, cut_at_stops=cut or after_number(tokens, start))):
        return named  # "มีหนี้ค้างชำระเพียงร้อยละ 1.8 ของลูกหนี้ทั้งหมด": the debt, not what it is a share of (past the
        # classifier of a number before: "๑๙ แห่งของจังหวัดมีปริมาณน้ำอยู่ที่ ๖๕.๔%")
    if after and after[0] in lang["head_before"] and len(after) > 1:
        return trim(after[1:], lang, cut_at_stops=False)
    if compared:
        before, at = chunk_before(tokens, start)
        measured = chunk_before(tokens, _prev(tokens, at))[0] if after_number(tokens, at) and _unit_tail(before, lang) else []
        named = trim(measured, lang, cut_at_stops=True)
        if 0 < len(named) <= _NAMED_WORDS and not "".join(measured).endswith(tuple(lang["changed_to"] or ())):
            return named + words  # "อัตราป่วยไข้เลือดออก 64.2 ต่อประชากรแสนคน ลดลงร้อยละ 21.7": what the number before
            # measures, not its unit (not a new value's verb: "ปรับเพิ่มเป็น ๒๗ บาทต่อคนต่อวัน หรือเพิ่มขึ้น…")
        return trim(before, lang, cut_at_stops=True) + words
    return words or trim(after, lang, cut_at_stops=True)


_NAMED_WORDS = 6  # past so many cut words the phrase is a clause, not a name


def _unit_tail(chunk: list[str], lang) -> bool:
    """``ทีอียู``, ``บาทต่อคนต่อวัน``, ``ต่อประชากรแสนคน``: the words are a number's unit, or what it is per."""
    k = 0
    while k < len(chunk) and unit_word(chunk[k], lang) in classified_measures(lang):
        k += 1
    return bool(chunk) and (k == len(chunk) or chunk[k] in lang["per_words"])


def _with_budget(chunk: list[str], words: list[str], lang) -> list[str]:
    """``ได้รับงบประมาณจัด|การเลือกตั้ง 98.6 ล้านบาท``: a clause word cut the budget word off what it
    is for; the label starts at the budget word again."""
    kept = len(chunk) - len(words)  # where the kept words start, when they end the chunk
    heads = [i for i, w in enumerate(chunk[:kept]) if w in (lang["generic_heads"] or [])]
    if not words or chunk[kept:] != words or not heads or len(chunk) - heads[-1] > _BUDGET_WORDS:
        return words
    return trim(chunk[heads[-1]:], lang, cut_at_stops=False)


def _places_that(words: list[str], chunk: list[str], after: list[str], kind: str, lang) -> list[str]:
    """``จังหวัดได้ประกาศเขตภัยแล้งแล้ว ๖ อำเภอ`` → ``อำเภอประกาศเขตภัยแล้ง``: places or units counted by a
    noun classifier after a verb phrase (``words``, the end of ``chunk``, tagged in it) are those the verb
    says, named first, with the verb's first words."""
    if kind != "count" or not words or not after or after[0] not in lang["noun_classifiers"]:
        return []
    at = _find_tail(chunk, words)
    tags = pos_tags(chunk, lang)[at:] if at is not None else []
    if not tags or tags[0] not in (lang["lead_drop_tags"] or []) or set(tags) & set(lang["preposition_tags"] or []):
        return []  # not "เกิดในพื้นที่ป่าสงวนแห่งชาติ 1,318 จุด": the place a preposition names is what is counted
    named = next((i for i, w in enumerate(words) if i and w.startswith(after[0])), None)
    if named is not None:
        return words[named:]  # "ตั้งจุดรับซื้อฟางอัดก้อน 22 จุด": the verb's object names the places itself
    return [after[0], *words[:_VERB_WORDS]]


def _past_unit(tokens, words: list[str], at: int, lang) -> tuple[list[str], int]:
    """``words`` (starting at token ``at``), or, when they are only the unit of a number before them, the name
    before that number's size word (``past_size``: none if no size word stands there)."""
    if len(words) != 1 or words[0] not in (lang["units"] or {}) or not after_number(tokens, at):
        return words, at
    return past_size(tokens, at, lang)


def _given(chunk: list[str], after: list[str], lang) -> list[str]:
    """``แจกจ่ายน้ำอุปโภคบริโภคให้ประชาชนไปแล้วกว่า 1.8 ล้านลิตร`` → ``น้ำอุปโภคบริโภค``: counted
    in a unit or a classifier that cannot count those it went to, what was given is counted (the words
    between the verb and ``ให้``), not whom it was given to (``ปล่อยกู้ให้สหกรณ์ 31 แห่ง`` counts the cooperatives)."""
    links = lang["recipient_links"] or []
    if not after or not links or after[0] in (lang["recipient_classifiers"] or []):
        return chunk
    at = next((i for i in range(len(chunk) - 1, 0, -1) if chunk[i] in links), None)
    verb = next((i for i in range(at or 0) if chunk[i] in (lang["give_verbs"] or [])), None)
    given = chunk[verb + 1:at] if verb is not None and at is not None else []
    return given if trim(given, lang, cut_at_stops=True) else chunk


def _find_tail(chunk: list[str], words: list[str]) -> int | None:
    """Where ``words`` start in ``chunk`` (the last place they do)."""
    n = len(words)
    return next((i for i in range(len(chunk) - n, -1, -1) if chunk[i:i + n] == words), None)


_VERB_WORDS = 3


def _which(after: list[str], lang) -> list[str]:
    """``สหกรณ์ 19 แห่งที่ดำเนินงานอย่างอ่อนแอ``: a relative clause right after the classifier says
    which of them are counted; its first words join the label."""
    if len(after) < 3 or after[0] not in lang["classifiers"] or after[1] not in lang["relatives"][:2]:
        return []
    clause = trim(after[2:2 + _WHICH_WORDS], lang, cut_at_stops=False)
    return [after[1], *clause] if clause else []


_WHICH_WORDS = 3
_OWNER_WORDS = 3
_BUDGET_WORDS = 5  # the most words from a budget word to the number that stay in its label


def _sized(tokens, start: int, lang) -> bool:
    """The number before the word at ``start`` is a size or a type (``ชนิด ๖ ล้อ``, ``ขนาด ๑๐ แรงม้า``)."""
    number = _prev(tokens, start)
    word = _prev(tokens, number) if number is not None else None
    return word is not None and tokens[word].text in (lang["size_words"] or [])


def _is_time(tokens, first, last, lang) -> bool:
    """A range of years or days: labelled like a year or date."""
    k = _skip(tokens, last + 1)
    before = _prev(tokens, first)
    return (k < len(tokens) and tokens[k].text in lang["months"]) or (
        before is not None and tokens[before].text in lang["year_words_before"])


_BARE_YEAR_WORD = 2  # characters: "ปี" alone says less than the words after the year
_YEAR_OF_WORDS = 2  # words before a kind of year that still say what it is the year of


_DASHES = {"–", "—", "-"}
_ASIDES_BACK = 8  # chunks between a measured thing and its first dimension (earlier dimensions, place, size)


def dimension_of(label: str, lang) -> str:
    """The dimension a label is alone (``ยาว``), or after a word of size (``ขนาดกว้าง``); empty if it is not one."""
    dimensions = lang["dimension_nouns"] or {}
    size = next((w for w in lang["size_words"] or () if label.startswith(w) and label[len(w):] in dimensions), "")
    return label[len(size):] if label[len(size):] in dimensions else ""


def dimension_label(tokens, first, label: str, lang) -> str:
    """``รางระบายน้ำ ยาว ๓๘๐ เมตร`` → ``ความยาวรางระบายน้ำ``: a dimension alone before the number is that of the thing
    named before it (``measured_thing``); with a word of size (``ขนาดกว้าง``), only when the thing is named."""
    dimension = dimension_of(label, lang)
    thing = measured_thing(tokens, first, lang) if dimension else ""
    return lang["dimension_nouns"][dimension] + thing if thing or dimension and label == dimension else ""


def measured_thing(tokens, first, lang) -> str:
    """What a dimension said alone before the number measures (``ถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๗ บ้านโนนสูง
    กว้าง 4 เมตร ยาว 250 เมตร``: the road): the phrase before the dimensions given one after the other, past
    the village, its number, a size (``ขนาด ๑ ช่อง``) and an abbreviation (``คสล.``), or nothing."""
    chunk, start = chunk_before(tokens, first)
    if not dimension_of("".join(chunk), lang):
        return ""
    dimensions = lang["dimension_nouns"] or {}
    sizes, ordinals = {*dimensions, *(lang["size_words"] or [])}, set(lang["ordinal_markers"] or [])
    heads = {*(lang["item_heads"] or []), *lang["works_verbs"], *(lang["list_joiners"] or [])}
    for _ in range(_ASIDES_BACK):
        k = _prev(tokens, start)
        if k is not None and tokens[k].text in _DASHES:
            start = k  # "สายบ้านหนองแวง – บ้านโนนสะอาด": a road from one village to another
            continue
        words, at = chunk_before(tokens, start, lang)  # through a hyphen: "ทางเดิน-วิ่งรอบสระ"
        if after_number(tokens, at):  # "ยาว ๑,๔๕๐ เมตร", "ขนาด ๑ ช่อง", "หมู่ที่ ๗": past the number
            before, start = chunk_before(tokens, _prev(tokens, at))
            if not (before and (set(before) <= sizes or before[-1] in ordinals)):
                return ""  # "เดิมขนาดกว้าง ๓.๕๐ เมตร ยาว ๒๐๐ เมตร": the size before a change, not of the thing
            continue
        if words and words[-1] == "." and " " in words:  # "ท่อลอดเหลี่ยม คสล.": without the abbreviation
            words = words[:max(i for i, w in enumerate(words) if w == " ")]
        if words and (words[0] in (lang["place_names"] or []) or words[-1] == "."):
            start = at  # "บ้านโนนสูง", "คสล." alone
            continue
        return tidy_label("".join(_named_thing("".join(words), heads, lang)), lang)
    return ""


def _named_thing(text: str, heads: set[str], lang) -> list[str]:
    """``(และ)โครงการปรับปรุงถนนลูกรังโดยลงหินคลุก`` → ``ถนนลูกรัง``: the thing, without the project and the works
    before it, up to a clause word or a name (``…สายบ้านโนนสว่าง``)."""
    longest = sorted(heads, key=lambda h: (-len(h), h))  # "ซ่อมแซม" before "ซ่อม": the same label on every run
    while head := next((h for h in longest if text.startswith(h) and len(text) > len(h)), None):
        text = text[len(head):]
    ends = {*lang["label_stops"], *(lang["place_names"] or [])}
    words = cut(text)
    return words[:next((i for i, w in enumerate(words) if i and w in ends), len(words))]
