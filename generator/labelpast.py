"""What stands between a thing and the number that counts it, in a language that puts the noun
before the number (Thai), and is skipped to find the thing: a year or a season (``สูงกว่าปีงบประมาณ
2566 ร้อยละ 8.2``), a place set apart by its own word (``… ณ บ่อฝังกลบของเอกชน``), a size
(``เครื่องสูบน้ำขนาดท่อ 12 นิ้ว``), a document's number (``สัญญาเลขที่ ๑๘/๒๕๖๘``), or a quantity of the
item an amount is for (``…ระยะทาง 38 กิโลเมตร 8.2 ล้านบาท``); a price after a size is that grade's
(``กุ้งขาวขนาด 50 ตัว/กก. 185 บาท``). Called by ``labelsbefore.label_before`` and ``labels.find_label``.
"""

from __future__ import annotations

import re

from generator.labelchunks import after_number, chunk_before, line_before, trim
from generator.labelwords import cut, pos_tags, tidy_label
from generator.lexicon import lexicon
from generator.numerals import prev_token as _prev


def past_identifier(tokens, start: int, lang) -> list[str]:
    """The words before a document's number (``สัญญาเลขที่ ๑๘/๒๕๖๘``) or a time's (``ครั้งที่ 1``) that ends right
    before ``start``, without the word that opens the number (``identifier_before``, ``ordinal_markers``) and the
    classifier of the time; nothing if no such number is there."""
    k = _prev(tokens, start)
    if k is None or tokens[k].kind != "num":
        return []
    while (p := _prev(tokens, k)) is not None and (tokens[p].kind == "num" or tokens[p].text == "/"):
        k = p
    words = chunk_before(tokens, k)[0]
    openers = [*(lang["identifier_before"] or []), *(lang["ordinal_markers"] or [])]  # "จัดกิจกรรมรณรงค์ครั้งที่ 1 ใน
    opener = next((w for w in sorted(openers, key=len, reverse=True)  # วันที่ 11 ม.ค.": the event, past which time it is
                   if "".join(words).endswith(w)), None)
    said = cut("".join(words)[:-len(opener)]) if opener and "".join(words) != opener else []
    while len(said) > 1 and opener in (lang["ordinal_markers"] or []) and said[-1] in lang["classifiers"]:
        said.pop()  # "…รณรงค์ครั้งที่ 1": the event, not the count of its times
    return said


def past_place(tokens, start: int, chunk: list[str], lang) -> tuple[list[str], int]:
    """What stands before a place set apart by its own word (``ค่าจ้างเหมากำจัดขยะ ณ บ่อฝังกลบของเอกชน
    ๑๒.๖ ล้านบาท``): the thing the number counts, not where it is."""
    said, at = chunk_before(tokens, start, lang) if start > 0 else ([], start)
    if len(said) != 1 or said[0] not in (lang["place_before"] or ()) or at == 0 or not chunk \
            or chunk[0].startswith((*lang["date_nouns"], *lang["period_words"])):
        return chunk, start  # not "ปีที่แล้ว ณ ช่วงเวลาเดียวกันซึ่งมีน้ำ": a time, not a place
    named, at = chunk_before(tokens, at, lang)
    return (named, at) if trim(named, lang, cut_at_stops=True) and not after_number(tokens, at) else (chunk, start)


def past_year(tokens, start: int, chunk: list[str], lang) -> tuple[list[str], int]:
    """The words before a year that stands between them and the number (``สูงกว่าปีงบประมาณ 2566
    ร้อยละ 8.2``): what the number is of is named before the year."""
    k = _prev(tokens, start) if start > 0 else None
    k = season_start(tokens, k)
    if k is None or tokens[k].kind != "num" or len(tokens[k].text) != 4 and not (
            len(tokens[k].text) == 2 and lexicon(lang.code).months.match_before(tokens, _prev(tokens, k) or 0)):
        return chunk, start  # a year, or a date's short year after its month ("เมื่อวันที่ 24 ก.ย. 67 จำนวน …")
    era = lexicon(lang.code).eras.match_before(tokens, _prev(tokens, k) or 0)  # "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน …"
    words, at = chunk_before(tokens, date_start(tokens, era[1] if era else k, lang))
    if words and at > 0 and all(w in lang["year_words_before"] for w in words):
        named, at = chunk_before(tokens, at)  # "แผนการรับนักศึกษา ปีการศึกษา 2568 จำนวน 4,850 คน": the plan's
        words = named + words
    elif len(words) > 2 and words[-1] in lang["year_words_before"] and words[-2] in (lang["year_of_words"] or []):
        words = words[:-2]  # "อนุมัติงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน …": the budget, not its year
    elif len(words) > 1 and words[-1] in lang["year_words_before"]:
        words = words[:-1]  # "ผลผลิตยางแผ่นดิบฤดูกาล 2567/68 แตะ …": the yield, not its season
    return (words + chunk, at) if words else (chunk, start)


def date_start(tokens, k: int, lang) -> int:
    """Where the date or the range of dates whose last year starts at token ``k`` starts (``เงินสะสม ณ วันที่ ๓๑
    กรกฎาคม ๒๕๖๘ มีจำนวน …``, ``ตั้งแต่ 1 พ.ย. 2567 ถึง 30 เม.ย. 2568 รวม …``: months, days, years and the
    words before a date, ``date_prefixes``), else ``k``."""
    months = lexicon(lang.code).months
    month = months.match_before(tokens, _prev(tokens, k) or 0)
    if month is None:
        return k
    skip = {*(w for p in lang["date_prefixes"] or [] for w in p.split()), *(lang["range_words"] or []),
            *(lang["time_before"] or []), "-", "–"}
    k, j = month[1], _prev(tokens, month[1])
    while j is not None:
        if (month := months.match_before(tokens, j)) is not None:
            k, j = month[1], _prev(tokens, month[1])
        elif tokens[j].kind == "num" or tokens[j].text in skip:
            k, j = j, _prev(tokens, j)
        else:
            break
    return k


def season_start(tokens, k: int | None) -> int | None:
    """Where a season's years (``2567/68``, ``2567-2568``) that end at ``k`` start; ``k`` if they do not."""
    slash = _prev(tokens, k) if k is not None and tokens[k].kind == "num" and len(tokens[k].text) in {2, 4} else None
    first = _prev(tokens, slash) if slash is not None and tokens[slash].text in {"/", "-", "–"} else None
    return first if first is not None and tokens[first].kind == "num" and len(tokens[first].text) == 4 else k


def past_size(tokens, at: int, lang) -> tuple[list[str], int]:
    """The name before a size (``เครื่องสูบน้ำขนาดท่อ 12 นิ้ว``) that the unit at ``at`` ends: the
    words before the number, cut before the size word."""
    k = _prev(tokens, at)
    words, start = chunk_before(tokens, k, lang) if k is not None else ([], at)
    size = next((i for i, w in enumerate(words) if w in (lang["size_words"] or ())), None)
    if size == 0 and start > 0:  # "รถบรรทุกน้ำอเนกประสงค์ ขนาดความจุ 6,000 ลิตร": named in the chunk before
        return chunk_before(tokens, start, lang)
    return (words[:size], start) if size else ([], at)


def sized_price(tokens, first, lang) -> str:
    """``กุ้งขาวขนาด 50 ตัว/กก. 185 บาท`` → ``กุ้งขาวขนาด 50 ตัว/กก.``: a price right after a size and its unit
    (a grade of goods) is that grade's, named as written, without a price word before the goods; empty if no
    size word and number stand right before the amount."""
    before = line_before(tokens, first)
    sizes = "|".join(sorted(map(re.escape, lang["size_words"] or []), key=len, reverse=True))
    per = "|".join(map(re.escape, lang["per_suffixes"] or []))  # "ขนาด 40 ตัวต่อกิโลกรัม อยู่ที่กิโลกรัมละ 215 บาท"
    links = "|".join(map(re.escape, lang["value_links"] or []))
    tail = rf"(?:\s*(?:{links})?\s*[^\s\d๐-๙]{{1,12}}(?:{per}))?" if per and links else ""
    prices = "|".join(sorted(map(re.escape, lang["price_words"] or []), key=len, reverse=True))
    tail += rf"(?:\s*(?:{prices}))?" if prices else ""  # "ขนาด 40 ตัว/กก. ราคา 215 บาท": its price word
    grades = "|".join(map(re.escape, lang["grade_words"] or []))
    grade = rf"|(?:{grades})\s*[A-Z]{{1,2}}\b" if grades else ""  # "เกรด C ราคา 110 บาท/กก."
    found = re.search(rf"(\S*?)((?:{sizes})\s*[\d๐-๙][\d๐-๙,.]*\s*[^\s\d๐-๙]+{grade}){tail}\s*$", before) if sizes else None
    if found is None:
        return ""
    goods = cut(found.group(1))
    lead = {*(lang["price_words"] or []), *(lang["label_lead_drop"] or []), *(lang["list_joiners"] or [])}
    while goods and goods[0] in lead:
        goods.pop(0)  # "ราคากุ้งขาว…", "และขนาด…"
    graded = found.group(2).startswith(tuple(lang["grade_words"] or ()))
    if not goods and not graded:  # "ราคากุ้งขาวหน้าบ่อล่าสุด ขนาด 40 ตัวต่อกิโลกรัม …": the price named earlier in the line
        runs = before[:found.start(2)].split()[-_PRICE_RUNS:]
        at = [(w, w.find(p)) for w in reversed(runs) for p in lang["price_words"] or [] if p in w and not w.endswith(p)]
        goods = [tidy_label(at[0][0][at[0][1]:], lang)] if at else []
    return "".join(goods) + found.group(2)


_PRICE_RUNS = 3  # space-separated runs before a size where the price it grades is named


def measured_item(tokens, first, lang) -> str:
    """``ก่อสร้างรั้วไฟฟ้า…ระยะทาง 38 กิโลเมตร 8.2 ล้านบาท``, ``แหล่งน้ำ…ในป่า 12 แห่ง 6.5 ล้านบาท``: an amount right
    after a quantity of an item (its number, then a unit or classifier) is the item's, named before the quantity
    (without the word of the measure: ``ระยะทาง``); empty if no quantity stands right before the amount."""
    chunk, start = chunk_before(tokens, first, lang)
    k = _prev(tokens, start) if len(chunk) == 1 and after_number(tokens, start) else None
    if k is None:
        return ""
    words = trim(chunk_before(tokens, k, lang)[0], lang, cut_at_stops=True)
    measures = {*(lang["generic_heads"] or []), *(lang["dimension_nouns"] or {}), *(lang["quantity_words"] or [])}
    while words and words[-1] in measures:
        words.pop()
    return "".join(words)


def done_so_far(tokens, first: int, label: str, lang) -> str:
    """``ถึงขณะนี้ใช้น้ำไปแล้ว 137 ล้าน ลบ.ม.`` → ``ใช้น้ำไปแล้ว``, ``จ่ายเงินไปแล้ว 1,352 ราย`` → ``จ่ายเงินไปแล้ว``: a
    one-word label that the words glued before the number show to be a verb or its object in a phrase of what
    has been done so far (``done_marks``, after ``done_links``) is that phrase, from the verb: not ``น้ำ``
    nor ``เงิน`` alone. Nothing when it is not, or its verb only says there are some (``มี``) or that something
    was done (``topic_verbs``)."""
    marks = set(lang["done_marks"] or [])
    words = [w for w in chunk_before(tokens, first, lang)[0] if w.strip()]
    while words and words[-1] in (lang["qualifiers_before"] or {}):
        words.pop()  # "แจกจ่ายน้ำไปแล้วกว่า": how many, not what was done
    if not marks or not words or words[-1] not in marks or len(cut(label)) != 1:
        return ""
    end = len(words) - 1
    while end and words[end - 1] in (lang["done_links"] or []):
        end -= 1
    at = next((i for i in range(end - 1, max(-1, end - 3), -1) if words[i] == label), None)
    if at is None:
        return ""
    verbs, tags = set(lang["verb_tags"] or []), pos_tags(words[max(0, at - 1):at + 1], lang)
    start = at - 1 if at and tags[0] in verbs else at if tags[-1] in verbs else None
    plain = {*lang["label_stops"], *(lang["topic_verbs"] or [])}  # "มีผู้สมัครแล้ว": there are, not what was done;
    return "".join(words[start:]) if start is not None and words[start] not in plain else ""  # "ดำเนินการแล้ว": the topic's
