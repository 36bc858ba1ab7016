"""What a number counts: the label of a figure, in the article's own words.

Hindi puts the counted noun after the number (``73 पार्टी संगठन हैं``): ``labelsafter``. Thai
puts the noun before the number and a classifier after (``สมาชิกพรรค 1,549 ราย``):
``labelsbefore``. Either way the label is tidied (``labelwords.tidy_label``: no verb, particle
or unit at either end), and a total or a remainder says so (``कुल राशि``, ``…รวม``). Labels that
come from other figures are ``labelrefs``'; dates' and lengths of time's are ``datelabels``'.
"""

from __future__ import annotations

from generator.labelbids import bidder
from generator.labelchanges import change_label
from generator.labelchunks import after_number, chunk_after, chunk_before, phrase_back, trim
from generator.labelclause import share_predicate
from generator.labelparts import rest_state
from generator.labelpast import done_so_far, measured_item, sized_price
from generator.labelphrase import owner_before, phrase_before
from generator.labelphraseafter import genitive_object
from generator.labelrates import fund_before, goods_before, paid_before, per_label, price_before
from generator.labelroles import members_of, over_base, penalty, purpose_before, received
from generator.labelsafter import label_after
from generator.labelsbefore import dimension_label, label_before
from generator.labelsides import vote_label
from generator.labeltokens import coded_name, hyphenated, unglossed
from generator.labelwhen import only_when
from generator.labelwords import cut, fill, measure_words, tidy_label, unit_word
from generator.language import Language
from generator.lexicon import lexicon
from generator.numeral import DASHES
from generator.numerals import Token
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev


def find_label(tokens: list[Token], first: int, last: int, kind: str, lang: Language) -> str:
    """Label of the figure spanning ``tokens[first:last + 1]``: a noun phrase without a verb,
    particle or unit at either end."""
    tokens, first, last = unglossed(tokens, first, last)
    if lang["label_side"] == "before":
        if kind == "count" and (voted := vote_label(tokens, first, last, lang)):
            return voted  # "ที่ประชุมมีมติอนุมัติ ๑๑ เสียง ไม่อนุมัติ ๑ เสียง": which way they voted; "มติที่ประชุม
            # รับรองรายงานการประชุม … ด้วยคะแนนเสียง ๑๕ เสียง": the votes for what
        if kind == "money" and (sized := sized_price(tokens, first, lang)):
            return sized  # "กุ้งขาวขนาด 50 ตัว/กก. 185 บาท", "ขนาด 60 ตัว กิโลกรัมละ 170 บาท": that grade's price
        if per := per_label(tokens, first, last, kind, lang):
            return per
        if kind == "money" and (firm := bidder(tokens, first, lang)):
            return firm  # "บริษัท สยามโยธา จำกัด เสนอราคา ๔๒.๙๘ ล้านบาท": whose bid
        label = tidy_label(label_before(tokens, first, last, kind, lang), lang)
        label = "" if label in (lang["never_alone"] or []) else label  # "… และเกิน 5 กิโลเมตร": the phrase before
        label = (fund_before(tokens, first, label, lang) if kind == "money" else "") or label  # "ใช้เงินทดรองราชการ…
        # วงเงิน 18.5 ล้านบาท": the fund's limit
        label = done_so_far(tokens, first, label, lang) or label  # "ใช้น้ำไปแล้ว 137 ล้าน ลบ.ม.": not "น้ำ"
        label = (penalty(tokens, first, lang) if kind == "money" else "") or label  # "หรือปรับไม่เกิน 10,000 บาท"
        if label in (lang["per_qualifiers"] or []) and (averaged := _averaged_back(tokens, first, kind, lang)):
            label = averaged + label  # "ราคารับซื้อหัวมันสด… ขณะนี้เฉลี่ยอยู่ที่ 2.45 บาท/กก.": the average of what
        after = chunk_after(tokens, last)
        slash = last + 2 < len(tokens) and tokens[last + 1].text == "/" and tokens[last + 2].kind == "word"
        rate = kind != "percent" and (bool(after) and after[0] in lang["per_words"] or slash)  # "72.85 บาท/กก."
        if not label and kind in {"money", "percent", "count"}:  # "งบประมาณรายจ่าย ตั้งไว้ 96.5 ล้านบาท"
            label = (measured_item(tokens, first, lang) if kind == "money" else "") \
                or _topic_before(tokens, first, lang) or _phrase_back(tokens, first, lang) or _items_back(tokens, first, lang) \
                or (tidy_label(goods_before(tokens, first, lang), lang) if rate else "")  # "ยางแผ่นรมควันชั้น 3 อยู่ที่
            # 72.85 บาทต่อกิโลกรัม": a price per unit, of the goods named before their grade
        if not label and not (after and after[0] in {*(lang["list_joiners"] or []), *(lang["alternatives"] or [])}):
            # the words before were all verbs and particles: the counted noun after it, or what an amount is per
            # (not the next item's after a joiner: "… หรือทั้งจำทั้งปรับ")
            label = tidy_label("".join(trim(after[1:] if rate else after, lang, cut_at_stops=True)[:1 if rate else 4]), lang)
            k = _next(tokens, last)
            label = "" if k is not None and lexicon(lang.code).unit(tokens, k) else label  # "120 กม.", "260 ล้าน ลบ.ม.":
            # not its unit
            label = lang["per_label"].format(what=lang["per_what"], per=label) if rate and label else label
            # "เป็น 10,500 บาทต่อภาคการศึกษา" → "มูลค่าต่อภาคการศึกษา"
        measured = label in (lang["person_classifiers"] or []) or unit_word(label, lang) in measure_words(lang)
        if (not label or measured) and kind in {"money", "percent", "count"}:  # "… ขณะนี้อยู่ที่ 1,246 ราย"
            label = _topic_before(tokens, first, lang) or _phrase_back(tokens, first, lang) or label
        if not label and kind in {"money", "count", "quantity"}:  # "เกินค่ามาตรฐานที่ 37.5 มคก./ลบ.ม. ถึง 3.8 เท่า"
            label = over_base(tokens, first, lang)
        elif label in (lang["topic_verbs"] or []):  # "ส่วนการทำหมัน … ดำเนินการแล้ว ๒,๔๘๐ ตัว": what was done
            label = _topic_before(tokens, first, lang) or label
        if kind == "percent" and (chunk := chunk_before(tokens, first, lang)[0]):
            label = _changed(label, chunk[-1], lang, chunk)  # "ยอดส่งออกทุเรียนลดลงร้อยละ 12.5": how much it fell
            label = label or (chunk[-1] if chunk[-1] in (lang["change_directions"] or {}) else "")  # "…หรือเพิ่มขึ้น
            # 15.6%": a change, of what the figures before say
        if label in (lang["target_words"] or []) and (aim := _aimed_at(tokens, first, lang)):
            label = fill(lang["target_label"], lang, label=aim)  # "โครงการสินเชื่อชะลอการขายข้าวเปลือก เป้าหมาย 45,000 ตัน"
        if kind == "percent" and label and chunk and only_when(cut(label), lang):
            label = _compared_with(chunk, label, lang)  # "สูงกว่าปีที่แล้วร้อยละ 12": more than when, not when
        rate = lang["rate_word"]
        if kind == "percent" and rate and label and tokens[first].text.startswith(rate) and rate not in label:
            label = f"{rate}{label}"  # "เงินปันผลตามหุ้นในอัตราร้อยละ 5.25": a rate, as the figure says
        label = _amount_given(label, kind, lang)
        if kind == "money" and label and label == lang["amount_word"]:  # "ค่าจัดซื้อรถบรรทุกขยะ … จำนวน ๑ คัน เป็นเงิน
            paid = paid_before(tokens, first, lang, _AVERAGED_CHUNKS)
            bare = paid in {"", *(lang["price_words"] or [])} or paid.endswith(tuple(lang["per_suffixes"] or ()))
            label = label if bare else paid  # …": that payment, not a bare price word nor a rate ("อัตราคนละ")
        if kind in {"count", "quantity"} and (state := rest_state(tokens, first, last, lang)):
            return state  # "ส่วนที่เหลือทั้งหมด 27 ลำ อยู่ระหว่างตรวจสอบเอกสาร": what the rest is, not "the rest"
        if kind in {"quantity", "count"} and (dimensioned := dimension_label(tokens, first, label, lang)):
            label = dimensioned  # "รางระบายน้ำ ยาว ๓๘๐
            # เมตร": the drain's length, not "long"
        return _topic(_with_total(label, tokens, first, kind, lang), tokens, first, kind, lang)
    tokens, first, last = hyphenated(tokens, first, last)
    if kind == "money" and (firm := bidder(tokens, first, lang)):
        return firm  # "मेसर्स राधे कंस्ट्रक्शन ने 2.35 करोड़ रुपये की दर दी": whose offer
    if kind == "count" and (members := members_of(tokens, first, last, lang)):
        return members  # "जांच के लिए 4 सदस्यीय समिति गठित": the committee's members
    label = tidy_label(label_after(tokens, first, last, kind, lang), lang)
    if kind in {"count", "money", "quantity"} and label in (lang["change_directions"] or {}):  # "घायलों की संख्या 34 बढ़ी"
        label = _changed(tidy_label(" ".join(phrase_before(tokens, first, lang, kind)), lang), label, lang)
    if label in (lang["target_words"] or []) and (aim := _target_of(tokens, first, last, kind, lang)):
        label = fill(lang["target_label"], lang, label=aim)  # "ऋण वितरण ₹८,५०० करोड़ का लक्ष्य"
    if kind == "percent" and (k := _next(tokens, last)) is not None:
        label = _changed(label, tokens[k].text, lang)  # "आवक 18 प्रतिशत बढ़कर 2.46 लाख क्विंटल": how much it rose
    if not label:  # nothing after the number but verbs: the noun phrase before it
        label = tidy_label(" ".join(phrase_before(tokens, first, lang, kind)), lang)
    if not label:  # "प्राथमिक कक्षाओं में 5.45 रुपये": at least where it is
        label = tidy_label(" ".join(owner_before(tokens, first, lang, lang["locatives"])), lang)
    if not label and kind == "percent":  # "सहकारी मिलों ने 91.2 प्रतिशत, …": who did as much
        label = tidy_label(" ".join(owner_before(tokens, first, lang, lang["agent_markers"] or [])[:-1]), lang)
    p, n = _prev(tokens, first), _next(tokens, last)
    if not label and kind in {"percent", "count", "money"} and n is not None and tokens[n].text == ")":
        label = tidy_label(" ".join(genitive_object(tokens, n, lang, 2)), lang)  # "४१० हेक्टेयर (८२ प्रतिशत) की
        # उपलब्धि": what the aside and the figure before it are
    if not label and p is not None and tokens[p].text == "(":  # "8 प्रतिशत लाभांश (3.08 करोड़ रुपये)"
        label = tidy_label(" ".join(w for w in phrase_before(tokens, p, lang)[-3:] if w not in lang["percent_words"]), lang) \
            or coded_name(tokens, _prev(tokens, p))  # "जोन-6 (52%)": the zone's
    if not label:  # "…, रबी फसलों के लिए 1.5 प्रतिशत तथा …": what it is for
        label = tidy_label(" ".join(purpose_before(tokens, first, lang)), lang)
    months = lexicon(lang.code).months  # a month alone is when, not what ("जिनमें से जुलाई तक 1.87 करोड़ रुपये")
    label = "" if label in months else label
    if label == lang["amount_word"] and kind == "percent" or not label and kind == "money":  # "इनमें से 41.60 करोड़ रुपये … पर खर्च
        label = tidy_label(" ".join(share_predicate(tokens, last, lang)), lang) or label  # होगी": what its clause says
        label = "" if label in months else label
    if not label and kind == "money":  # "सीसी सड़क 4.5 किलोमीटर 2.1 करोड़ रुपये": the item a quantity before it measures
        label = _after_quantity(tokens, first, lang)
    if not label and kind == "money":  # "किराया 3 किलोमीटर तक 10 रुपये": the price its sentence named before it
        label = _price_said_before(tokens, first, lang)
    if kind == "money" and (got := received(tokens, last, lang)):  # "अब तक 5.2 करोड़ रुपये ही मिले हैं": what
        whom = owner_before(tokens, first, lang, lang["recipient_links"] or [])  # was received ("निगम को … मिले": by whom)
        label = " ".join([*whom, got]) if not label or label.split() in (whom, whom[:-1]) else label
    if not label and kind == "money":  # "कुल ₹18,520 करोड़ भेजे जाएंगे": an amount
        label = lang["amount_word"] or ""
    return _topic(_with_total(_without_infinitive(label, lang), tokens, first, kind, lang), tokens, first, kind, lang)


def _without_infinitive(label: str, lang: Language) -> str:
    """``जुर्माना लगाने`` → ``जुर्माना``: an infinitive at the end of a label is what is to be done with the noun
    before it (``… लगाने का प्रावधान``), not part of what the number is; not a noun that ends the same way
    (``infinitive_lookalikes``: ``महीने``)."""
    words = label.split()
    last = words[-1] if len(words) > 1 else ""
    infinitive = last.endswith(tuple(lang["infinitive_endings"] or ())) and len(last) > _INFINITIVE_MIN
    light = {*(lang["infinitive_lookalikes"] or []), *(lang["doer_verbs"] or {}).values(), *(lang["light_infinitives"] or [])}
    said = {*(lang["negations"] or []), *(lang["list_joiners"] or []), *(lang["comparatives"] or {}),
            *lang["conjunct_nouns"], *(lang["state_words"] or [])}  # "आपूर्ति न मिलने", "पद भरे जाने", "शुरू होने"
    return " ".join(words[:-1]) if infinitive and last not in light and words[-2] not in said else label


_INFINITIVE_MIN = 3


def _after_quantity(tokens, first, lang) -> str:
    """``सीसी सड़क 4.5 किलोमीटर 2.1 करोड़ रुपये``, ``नाली निर्माण — 450 मीटर — ₹ 8.5 लाख``: an amount right after a
    quantity (a number and its unit, dashes between or not) is the item named before the quantity."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in DASHES:
        k = _prev(tokens, k)
    unit = lexicon(lang.code).units.match_before(tokens, k) if k is not None else None
    n = _prev(tokens, unit[1]) if unit else None
    if n is None or tokens[n].kind != "num":
        return ""
    p = _prev(tokens, n)
    while p is not None and tokens[p].text in DASHES:
        p = _prev(tokens, p)
    return tidy_label(" ".join(phrase_before(tokens, _next(tokens, p), lang)), lang) if p is not None else ""


def _changed(label: str, word: str, lang, context: list[str] | tuple = ()) -> str:
    """A percentage next to a verb of change (``ยอดส่งออกลดลงร้อยละ 12.5``, ``आवक 18 प्रतिशत बढ़कर``) is how
    much what it names changed (``change_directions``), unless it is a target's."""
    direction = (lang["change_directions"] or {}).get(word)
    targets = lang["target_words"] or []
    if direction is None or not label or any(t in w for t in targets for w in (label, *context)) or label.endswith(word):
        return label
    return change_label(direction, label, lang)


def _target_of(tokens, first, last, kind, lang) -> str:
    """What a number followed by a bare target word (``610 करोड़ के लक्ष्य``) is the target of: the noun
    phrase right before it, or where it is (``एमएसएमई क्षेत्र में``)."""
    j = _next(tokens, last)
    while j is not None and tokens[j].text in lang["genitives"]:
        j = _next(tokens, j)
    if j is None or tokens[j].text not in lang["target_words"]:
        return ""  # "लक्ष्य का 75.1 प्रतिशत": what was reached of a target, not the target
    words = phrase_before(tokens, first, lang, kind) or owner_before(tokens, first, lang, lang["locatives"])
    between = {t.text for t in tokens[max(0, first - _TARGET_REACH):first]}  # "वित्तीय वर्ष 2024-25 में 25,000 के लक्ष्य"
    if not words or set(words) & {*lang["duration_words"], *lang["relative_pronouns"], *lang["target_words"]} \
            or between & set(lang["year_nouns"]):
        return ""  # "अप्रैल माह के 2.10 करोड़ रुपये के लक्ष्य": when, not of what
    return tidy_label(" ".join(words), lang)


_TARGET_REACH = 8  # tokens before a target's number read for a year's noun


def _aimed_at(tokens, first, lang) -> str:
    """What a bare target word names a target for: the phrase before it (Thai sets phrases apart with
    spaces), unless that is a number's unit or a place."""
    chunk, start = chunk_before(tokens, first, lang)
    if chunk[:1] and chunk[0] in (lang["head_before"] or []):
        return ""  # "ร้อยละ ๙๑.๒ ของเป้าหมาย ๑๓๐,๐๐๐ คน": the target of what the figure before counts
    percent = (*(lang["percent_words"] or []), *(lang["percent_prefix"] or []))
    return _named_back(tokens, start, lang, avoid=percent)  # not a percentage's own words


def _compared_with(chunk: list[str], label: str, lang) -> str:
    """``สูงกว่าปีที่แล้ว``: a percentage whose label is only a time is compared with it; the label keeps
    the comparative from its phrase (``comparatives``), when there is one before the time."""
    said = "".join(chunk)
    at = min((said.find(c) for c in lang["comparatives"] or {} if 0 <= said.find(c) < said.rfind(label)), default=-1)
    return said[at:] if at >= 0 and said.endswith(label) else label


def _topic(label: str, tokens, first, kind, lang) -> str:
    """``2. स्वास्थ्य: 38 कार्य, 24.10 करोड़ रुपये`` → ``स्वास्थ्य राशि``: a paragraph that opens with a topic
    and a colon (a list item, a briefing's heading) says what a figure labelled only by a generic
    word (``राशि``, ``จำนวน``) is of."""
    if kind not in {"count", "money", "percent"} or label not in {*(lang["generic_heads"] or []), lang["amount_word"]}:
        return label
    colon = next((k for k in range(first) if tokens[k].text == ":"), None)
    if colon is None:
        return label
    head = [t for t in tokens[:colon] if t.kind != "space"]
    if head and head[0].kind == "num" and len(head) > 1 and head[1].text in ".)":
        head = head[2:]  # the list marker
    words = [t.text for t in head]
    if not 1 <= len(words) <= _TOPIC_WORDS or any(t.kind != "word" or not _in_script(t.text) for t in head) \
            or set(words) & set(lang["label_stops"]) or words[0].startswith(tuple(lang["speaker_titles"] or ())):
        return label  # not "मंत्री ने कहा:", "Sonbhadra News:", a speaker's turn in minutes ("นายกเทศมนตรี: …")
    joint = "" if lang["label_side"] == "before" else " "  # Thai writes a label's words together
    topic = joint.join(words)
    return label if topic in label else f"{topic}{joint}{label}"


_TOPIC_WORDS = 5


def _topic_before(tokens, first, lang) -> str:
    """``สำหรับหนี้ครัวเรือน ณ สิ้นไตรมาสที่ 2 ของปีนี้ อยู่ที่ 16.3 ล้านล้านบาท``: a number nothing near
    names is of the topic its sentence opened with (``topic_markers``), within a few phrases."""
    markers, stops = tuple(lang["topic_markers"] or ()), set(lang["topic_stops"] or ())
    k, phrases = first - 1, 0
    while k >= 0 and phrases < _TOPIC_PHRASES and tokens[k].text not in _SENTENCE_ENDS:
        if tokens[k].kind == "space":
            phrases += 1
        elif tokens[k].kind == "word" and tokens[k].text in markers:
            j, words = k + 1, list[str]()
            while j < first and tokens[j].kind == "word" and not (words and tokens[j].text in stops):
                words.append(tokens[j].text)
                j += 1
            return tidy_label("".join(words), lang)
        k -= 1
    return ""


_TOPIC_PHRASES = 8


def _phrase_back(tokens, first, lang) -> str:
    """``ยอดผู้ป่วยสะสมทั้งจังหวัด ขณะนี้อยู่ที่ 1,246 ราย``, ``งบประมาณรายจ่าย ตั้งไว้ 96.5 ล้านบาท``: a number whose
    phrase says only now or what it is set at (``current_marks``, ``value_links``) is of the phrase before it
    (``labelsbefore.phrase_back``), unless that names a place."""
    chunk, start = chunk_before(tokens, first, lang)
    said = "".join(chunk)  # "ตั้ง|ไว้" as the dictionary cuts it
    qualifiers = set(lang["qualifiers_before"] or {})  # "… อีก|ราว 135 ล้านบาท", not "โรคมือ เท้า ปาก ประมาณ 640 ราย"
    only_how_much = set(chunk) <= {*qualifiers, *lang["label_tail_drop"]} and not set(chunk) <= qualifiers
    if not (set(chunk) & set(lang["current_marks"] or []) or said.endswith(tuple(lang["value_links"] or ())) or only_how_much) \
            or after_number(tokens, start):
        return ""  # not "๒,๔๐๐ ครัวเรือน ๗,๒๐๐ คน" (the classifier of the number before), "โรคมือ เท้า ปาก ประมาณ 640 ราย"
    return _named_back(tokens, start, lang)


def _items_back(tokens, first, lang) -> str:
    """``ค่าจัดซื้อรถบรรทุกขยะ ชนิด ๖ ล้อ จำนวน ๒ คัน คันละ ๒,๖๐๐,๐๐๐ บาท รวม ๕,๒๐๐,๐๐๐ บาท``: a total said
    with its word alone (``total_words``) after the count and the price of each is of the items named before
    them, past the numbers, their units, the amount per head, a size and a quantity word (not a total of
    several lines: ``เป็นเงิน ๑,๐๕๔,๐๐๐ บาท รวมทั้งสิ้น …``)."""
    chunk, start = chunk_before(tokens, first, lang)
    if not chunk or not set(chunk) <= set(lang["total_words"] or {}):
        return ""
    passed, each = {*lang["quantity_words"], *(lang["size_words"] or ())}, False
    for _ in range(_ITEM_PHRASES):
        k = start - 1
        while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
            k -= 1
        if k < 0 or tokens[k].kind not in {"word", "num"}:
            return ""
        if tokens[k].kind == "num":
            start = k
            continue
        chunk, start = chunk_before(tokens, k + 1, lang)
        per = chunk[-1].endswith(tuple(lang["per_suffixes"] or ()))
        each = each or per
        head = 2 if chunk[-1] in (lang["per_suffixes"] or ()) else 1  # "ราย|ละ", "คันละ"
        if per and len(chunk) > head:  # "…ชาวประมงที่ได้รับผลกระทบรายละ 3,000 บาท": named with the amount per head
            chunk = chunk[:-head]
            break
        if not (len(chunk) == 1 and after_number(tokens, start) or per or set(chunk) <= passed):
            break
    else:
        return ""
    return tidy_label("".join(trim(chunk, lang, cut_at_stops=True)), lang) if each else ""


_ITEM_PHRASES = 10


def _averaged_back(tokens, first, kind, lang) -> str:
    """What a number labelled only by an average word is the average of: a price named a few chunks before
    (``labelrates.price_before``, past a place and a grade), else the phrase before its own."""
    price = tidy_label(price_before(tokens, first, lang, _AVERAGED_CHUNKS), lang) if kind == "money" else ""
    return price or _named_back(tokens, chunk_before(tokens, first, lang)[1], lang)


_AVERAGED_CHUNKS = 5


def _named_back(tokens, start, lang, avoid: tuple[str, ...] = ()) -> str:
    """The phrase before the one at ``start`` (``labelsbefore.phrase_back``), tidied, unless it names a
    place (``อำเภอเมืองสุโขทัย``: not what is counted) or has a word ending in one of ``avoid``."""
    words = phrase_back(tokens, start, lang)
    if avoid and any(w.endswith(avoid) for w in words):
        return ""
    named, places = trim(words, lang, cut_at_stops=True), set(lang["noun_classifiers"] or [])
    if words[:1] and words[0] in places and named[:1] and named[0] in places:
        return ""  # a place, not what is counted; "จังหวัดขออนุมัติขยายวงเงิน…": a province that acts
    return tidy_label("".join(named), lang)


_SENTENCE_ENDS = {"\n", ".", "।", "!", "?"}


def _price_said_before(tokens, first, lang) -> str:
    """``किराया 3 किलोमीटर तक 10 रुपये``: an amount nothing beside names is the price (``price_words``) its
    clause named last before it, within ``_PRICE_REACH`` words, with the phrase that price word ends (not past a
    comma: ``सहायता तीन किस्तों में 40 हजार, 70 हजार …`` lists the instalments)."""
    k, seen = _prev(tokens, first), 0
    while k is not None and seen < _PRICE_REACH and tokens[k].text not in {*_SENTENCE_ENDS, ",", ";"}:
        if tokens[k].kind == "word" and tokens[k].text in (lang["price_words"] or []):
            return tidy_label(" ".join(phrase_before(tokens, k + 1, lang, "money")[-_PRICE_WORDS:]), lang)
        seen += tokens[k].kind == "word"
        k = _prev(tokens, k)
    return ""


_PRICE_REACH, _PRICE_WORDS = 12, 3


def _in_script(word: str) -> bool:
    """A word of the article's script, not a Latin one (``News:``)."""
    return not any("a" <= c.lower() <= "z" for c in word)


def _amount_given(label: str, kind: str, lang: Language) -> str:
    """``โรงพยาบาลได้รับงบประมาณรวม`` → ``งบประมาณรวม``: an amount is the money a body receives, gives
    or uses (a verb of ``glued_verbs`` before a word of ``price_words`` or ``amount_heads``), not
    the body; a percentage, the rate it acts on (``rate_words``)."""
    if kind not in {"money", "percent"} or not label:
        return label
    words = cut(label)
    heads = tuple([*(lang["price_words"] or []), *(lang["amount_heads"] or [])]) if kind == "money" else \
        tuple(lang["rate_words"] or [])  # "…เสนอลดอัตราดอกเบี้ยเงินกู้สามัญจากร้อยละ 6.25": the rate
    m = next((i for i, w in enumerate(words) if w.startswith(heads)), None)
    verbs = set(lang["glued_verbs"] or [])
    v = m
    while v and words[v - 1] in verbs:
        v -= 1
    return "".join(words[m:]) if m and v and v < m else label


def _with_total(label: str, tokens, first, kind, lang) -> str:
    """``कुल 27.73 करोड़ रुपये की राशि`` → ``कुल राशि``, ``शेष 4.8 लाख किसानों`` → ``शेष किसानों``,
    ``รวมเป็นเงิน 55,350 บาท`` → ``…รวม``: a total or a remainder says so, as it tells the figure
    apart from its parts."""
    if not label or kind not in {"count", "money"} or label in (lang["classifiers"] or []):
        return label
    words = lang["total_words"] or {}
    k = _prev(tokens, first)
    for _ in range(3):  # "รวมทั้งสิ้น", "รวมเป็นเงิน": the word may open the words before the number
        if k is None or tokens[k].kind != "word":
            return label
        word = words.get(tokens[k].text)
        if word:
            return label if word in label else lang["total_label"].format(word=word, label=label)
        k = _prev(tokens, k) if lang["label_side"] == "before" else None
    return label
