"""Thai words around a number, as the labels read them: the run of words before it back to a space, a
mark or another number (``chunk_before``), the phrase before that (``phrase_back``), the words right after
it (``chunk_after``), and a run cut down to what it names (``trim``: no verb, particle or clause word at its
end, a relative clause to its head). Used by ``labelsbefore`` and the Thai rules of ``labels``,
``labelrates``, ``datelabels`` and ``thaidates``."""

from __future__ import annotations

from generator.labelclauses import (
    amount_head,
    clause_start,
    noun_before_link,
    on_head,
    registered_with,
    relative_before,
    verb_chain,
    word_count,
)
from generator.lexicon import lexicon
from generator.numerals import prev_token as _prev
from generator.numerals import skip_spaces as _skip


def after_number(tokens, start) -> bool:
    k = _prev(tokens, start)
    return k is not None and tokens[k].kind == "num"




def chunk_before(tokens, first, lang=None, through_latin: bool = True) -> tuple[list[str], int]:
    """Words before token ``first`` back to a space, punctuation or a number, and where they start;
    given the language, through an abbreviation other than an era (``ผู้สมัครนายก อบจ. 3 คน``) and, unless
    ``through_latin`` is false, a Latin term spaced off inside the phrase (``หน้ากาก N95 ให้…``)."""
    out: list[str] = []
    k = first - 1
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    if k >= 0 and tokens[k].text == ")":  # "ฝึกยกระดับฝีมือ (Upskill) 165,000 คน": what is before the aside
        opening = aside_opening(tokens, k, _ASIDE_TOKENS)
        if opening is not None:
            k = opening - 1
            while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
                k -= 1
    if lang is not None and k > 0 and tokens[k].text == "." and tokens[k - 1].kind == "word" \
            and not lexicon(lang.code).eras.match_before(tokens, k):
        k = _abbreviation(tokens, k, out)  # "ผู้สมัครนายก อบจ. 3 คน": the name goes on before the abbreviation
    while k >= 0 and (tokens[k].kind == "word" or _glued_code(tokens, k) or name_hyphen(tokens, k)):
        out.insert(0, tokens[k].text)
        k -= 1
        if lang is not None and out[0] in (lang["repeat_marks"] or ()) and k >= 1 and tokens[k].kind == "space" \
                and "\n" not in tokens[k].text and tokens[k - 1].kind == "word":
            k -= 1  # "และอื่น ๆ 2%": the mark repeats the word before the space
    if lang is not None and out and k >= 1 and tokens[k].text == "." and tokens[k - 1].end == tokens[k].start \
            and f"{tokens[k - 1].text}." in (lang["place_titles"] or []) and (k < 2 or tokens[k - 2].kind != "word"):
        out[:0], k = [tokens[k - 1].text, "."], k - 2  # "อ.ชนบท 64 ตัว": the district's title is its name's
    if lang is not None and through_latin and out and not out[0].isascii() \
            and (code := _latin_term_before(tokens, k)) is not None:
        out[:0] = [t.text for t in tokens[code:k]]  # "แจกจ่ายหน้ากาก N95 ให้กลุ่มเปราะบาง…": a Latin term in a
        k = code - 1  # Thai phrase, spaced off, does not end it
        while k >= 0 and (tokens[k].kind == "word" and not tokens[k].text.isascii()):
            out.insert(0, tokens[k].text)
            k -= 1
    if lang is not None and out and all(w.isascii() for w in out) and k >= 1 and tokens[k].kind == "space" \
            and "\n" not in tokens[k].text and tokens[k - 1].kind == "word" and not tokens[k - 1].text.isascii():
        out.insert(0, " ")  # "โรงคัดบรรจุที่ได้รับมาตรฐาน GMP จำนวน ๒๘๔ แห่ง": a Latin term ends the Thai name
        k -= 1
        while k >= 0 and tokens[k].kind == "word":
            out.insert(0, tokens[k].text)
            k -= 1
    return out, k + 1


def _latin_term_before(tokens, k: int) -> int | None:
    """Where a Latin term (letters, a number glued to them: ``N95``, ``GMP``) starts that the space at ``k``
    follows, itself after a space and a Thai word; None if there is none."""
    if k < 3 or tokens[k].kind != "space" or "\n" in tokens[k].text:
        return None
    j = k - 1
    while j >= 0 and (tokens[j].kind == "word" and tokens[j].text.isascii() and tokens[j].text.isalnum()
                      or _glued_code(tokens, j)):
        j -= 1
    if j == k - 1 or j < 1 or tokens[j].kind != "space" or "\n" in tokens[j].text or tokens[j - 1].kind != "word" \
            or tokens[j - 1].text.isascii():
        return None
    return j


def _glued_code(tokens, k: int) -> bool:
    """The number at ``k`` ends a name it is glued to (``PM2.5``): a word of Latin letters right before it."""
    return tokens[k].kind == "num" and k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].text.isascii() \
        and tokens[k - 1].text.isalpha()


def name_hyphen(tokens, k: int) -> bool:
    """The hyphen at ``k`` joins two words with no space, as in a route's name (``สายบ้านโคกสูง-บ้านนาดี``)."""
    return tokens[k].text in ("-", "–") and 0 < k < len(tokens) - 1 and tokens[k - 1].kind == "word" \
        and tokens[k + 1].kind == "word" and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _abbreviation(tokens, k: int, out: list[str]) -> int:
    """Put the abbreviation ending at ``k`` (``อบจ.``, ``ม.ค.``) at the head of ``out``, with the space
    before it when words come before that; return where those words end (else where the
    abbreviation starts, less one)."""
    while k >= 0 and (tokens[k].kind == "word" or tokens[k].text == "."):
        out.insert(0, tokens[k].text)
        k -= 1
    if k >= 1 and tokens[k].kind == "space" and "\n" not in tokens[k].text and tokens[k - 1].kind == "word":
        out.insert(0, " ")
        return k - 1
    return k


def phrase_back(tokens, start: int, lang) -> list[str]:
    """The phrase before the one starting at ``start`` (Thai sets phrases apart with spaces), past a
    place (``ที่อำเภอเชียงแสน``), an ordinal (``ครั้งที่ 3``) and a size (``ชนิด ๖ ล้อ``, ``ตู้สินค้าขนาด 20 ฟุต``:
    the goods before it): ``กำหนดจัดงานเทศกาล… ครั้งที่ 3 ที่อำเภอเชียงแสน ระหว่างวันที่ …`` → the festival;
    nothing past a number's unit (``ใบละ 50 บาท``)."""
    places, ordinals, sizes = set(lang["place_before"] or ()), set(lang["ordinal_markers"] or ()), set(lang["size_words"] or ())
    for _ in range(_PHRASES_BACK):
        k = start - 1
        while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
            k -= 1
        if k < 0 or tokens[k].kind not in {"word", "num"} and not (tokens[k].text == "." and k and tokens[k - 1].kind == "word"):
            return []
        if tokens[k].kind == "num" and not _glued_code(tokens, k):
            start = k  # "ครั้งที่ 3": past the number to its marker
            continue
        chunk, start = chunk_before(tokens, k + 1, lang)  # through an abbreviation ("เงินค้างรับจาก สปสช.")
        if chunk and chunk[-1] in sizes:
            if len(chunk) > 1:
                return chunk[:-1]
            continue
        if not chunk or chunk[0] in places or chunk[-1] in ordinals:
            continue
        if after_number(tokens, start) and len(chunk) == 1:  # not "ใบละ 50 บาท": a unit, unless a size
            if not _sized_number(tokens, start, sizes):  # opens its number ("ขนาด 20 ฟุต")
                return []
            continue
        return chunk
    return []


def _sized_number(tokens, start, sizes: set[str]) -> bool:
    """The unit at ``start`` follows a number a size word opens (``ขนาด 20 ฟุต``)."""
    j = start - 1
    while j >= 0 and tokens[j].kind in {"space", "num"} and "\n" not in tokens[j].text:
        j -= 1
    return j >= 0 and tokens[j].kind == "word" and tokens[j].text in sizes


_PHRASES_BACK = 5
_ASIDE_TOKENS = 12  # the longest aside in parentheses skipped: an English term, a form's name


def aside_opening(tokens, close: int, reach: int) -> int | None:
    """Where the aside in parentheses that closes at token ``close`` opens, within ``reach`` tokens."""
    opening = next((j for j in range(close - 1, max(-1, close - reach), -1) if tokens[j].text in "()"), None)
    return opening if opening is not None and tokens[opening].text == "(" else None


def chunk_after(tokens, last) -> list[str]:
    out: list[str] = []
    k = _skip(tokens, last + 1)
    while k < len(tokens) and tokens[k].kind == "word":
        out.append(tokens[k].text)
        k += 1
    return out


def qualifier_end(words: list[str], lang) -> int:
    """How many of the last words make a qualifier (``ไม่`` + ``เกิน``): 0 if none do."""
    return next((n for n in (3, 2, 1) if len(words) >= n and "".join(words[-n:]) in lang["qualifiers_before"]), 0)


def trim(words: list[str], lang, cut_at_stops: bool, head_of: bool = True) -> list[str]:
    tail, stops, relatives = set(lang["label_tail_drop"]), set(lang["label_stops"]), set(lang["relatives"])
    words = list(words)
    modals = set(lang["clause_modals"] or ())  # "ราคาที่เกษตรกรอยู่ได้ต้อง|ไม่ต่ำกว่า 25 บาท": not "must"
    while words and (words[-1] in tail or words[-1] in stops or words[-1] in modals or qualifier_end(words, lang)):
        pair = len(words) > 1 and words[-2] + words[-1] in tail  # "สูง|ถึง" as the dictionary cuts it
        del words[-(2 if pair else qualifier_end(words, lang) or 1):]
    if cut_at_stops:
        related = {k for k, w in enumerate(words) if w in relatives}  # where a relative clause may open
        times = {*(lang["earlier_marks"] or []), *(lang["earlier_words"] or []), *(lang["earlier_periods"] or []),
                 *(lang["duration_words"] or [])}
        for i in range(len(words) - 1, -1, -1):
            if i and words[i - 1] in (lang["negations"] or ()):
                continue  # "แรงงานที่ไม่ได้ยื่นคำขอ": "did not", not a stop; cut there, the label would say the opposite
            if i > 1 and words[i] in stops and words[i - 1] in (lang["restrictive_relatives"] or ()) \
                    and words[i - 2] not in stops and words[i - 2] not in times:
                continue  # "ผู้สูงอายุที่มีสิทธิ": the verb of a relative clause on a noun, not a stop; not on a time
                # ("ปีที่แล้วซึ่งมีผู้ป่วย": what that time had)
            if (which := registered_with(words, i, lang)) is not None and (head := trim(words[:which], lang, True)):
                return head + words[which:i]  # "เกษตรกรผู้ปลูกข้าวขึ้นทะเบียนกับกรมส่งเสริมการเกษตร": who registered
            if related and (which := relative_before(words, i, related, lang)) is not None:
                head = trim(words[:which], lang, cut_at_stops, head_of)  # "เกษตรกรที่ขึ้นทะเบียนกับ กยท.": the
                if head:  # farmers who registered, not the office they registered with
                    return head + words[which:i]
            if words[i] in (lang["amount_purposes"] or ()) and (head := amount_head(words, i, stops, lang)):
                return head  # "วงเงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัย": the amount, not whom it helps
            if words[i] in relatives and i >= 1 and word_count(words[i:]) <= 3 and words[0] not in stops \
                    and words[i - 1] not in stops:  # not "แยกเป็น|ใน|พื้นที่ป่า": a stop's place, not a relative
                head = trim(words[:i], lang, cut_at_stops, head_of)  # "แผนงานที่เสนอ" → "แผนงาน" (not "โดยเกิด|ใน…")
                if word_count(words[i:]) == 3 and head and words[i - 1] not in stops and on_head(head, words, i, stops):
                    return head + words[i:]  # "นักเรียนที่ได้รับอาหารกลางวัน": a verb and its object say which
                return head
            if words[i] in relatives and i >= 1 and words[i - 1] not in stops \
                    and word_count(words[clause_start(words[:i], stops):]) <= 8:
                head = trim(words[:i], lang, cut_at_stops, head_of)  # "ตำบลที่ผ่านเกณฑ์ชนบทใหม่": which ones
                return (head + words[i:] if on_head(head, words, i, stops) else head) if head else words[i + 1:]
            if words[i] in stops and i and set(words[i + 1:]) <= set(lang["label_edge_drop"] or []):
                return trim(words[:i], lang, cut_at_stops, head_of)  # "ผลผลิตข้าวปีนี้": the noun before its time
            if words[i] in stops and i and _month_only(words[i + 1:], lang) \
                    and (head := trim(words[:i], lang, cut_at_stops, head_of)):
                return head + words[i:]  # "อัตราการเข้าพักโรงแรมในเดือนกุมภาพันธ์": the noun, and in which month
            if words[i] in stops and i and words[i + 1:] and set(words[i + 1:]) <= set(lang["earlier_marks"] or []):
                head = trim(words[:i], lang, cut_at_stops, head_of)  # "วงเงินกู้สามัญจากเดิม 1.5 ล้านบาท": the
                return head + words[i + 1:] if head else words[i + 1:]  # noun before, as it was
            if words[i] in (lang["clause_modals"] or ()) and i and words[i - 1] not in stops and words[i - 1] not in relatives:
                if _changes_to(words[i + 1:], lang):
                    words = words[:i]  # "ค่าไฟฟ้า|จะ|ลด|เหลือ": what changes to the number, not the change
                    break
                if len(words) > i + 2:
                    words = words[i + 1:]  # "ผู้ประกอบการ|ต้อง|รับ|พนักงานขับรถใหม่": what is done, not who must do it
                    break
            changed = next((j for j in (i - 1, i) if j > 0 and _changes_to(words[j:], lang)), None) if words[i] in stops else None
            if changed is not None and words[changed - 1] not in stops \
                    and (head := trim(words[:changed], lang, cut_at_stops, head_of)):
                return head  # "ปริมาณขยะ…|เพิ่ม|เป็น|เฉลี่ย|วัน|ละ": what changed to the number, not the change
            if words[i] in stops and (subject := verb_chain(words, i, lang)) is not None:
                words = words[subject:]  # "(ว่ามี)ผู้ป่วยนอกมารับบริการ": the one who comes for it is counted
                break
            if words[i] in stops and (noun_at := noun_before_link(words, i, lang)) is not None:
                words = words[noun_at:]  # "เงินกู้ระยะสั้นเพื่อการผลิต", "รายได้จากการท่องเที่ยว": the noun it links
                break
            if words[i] in stops:
                nominal = [j for j in (i - 1, i - 2) if j >= 0 and words[j] in (lang["nominalizers"] or [])
                           and (j == i - 1 or words[i] not in (lang["subject_links"] or []))]  # "ผู้มีสิทธิ"; not
                # "ผู้ฝ่าฝืน|มี|โทษปรับ": what they have
                # "การจัดตั้งองค์กร", "การดื่มแล้วขับ": a verb made a noun is what is counted
                words = words[nominal[0]:] if nominal else words[i + 1:]
                break
        if head_of and lang["head_before"] and lang["head_before"][0] in words[1:]:
            at = words.index(lang["head_before"][0])  # "X ของ Y" counts X, but an action's Y says which ("การระบาดของโรค…")
            if (when := _time_first(words, at, lang)) is not None:
                return when  # "ช่วงเดียวกันของปีก่อนยางแผ่นดิบ": the thing, then when
            words = words if at <= 2 and words[0] in (lang["action_nominalizers"] or []) else words[:at]
    while words and words[0] in lang["label_lead_drop"]:
        words.pop(0)
    return _past_acting_body(words, lang)


def _changes_to(words: list[str], lang) -> bool:
    """The words open with a verb of change and the word it changes to (``ลด|เหลือ``, ``ลดเหลือ``, ``เพิ่ม|เป็น``)."""
    changes, links = {*(lang["change_verbs_from"] or ()), *(lang["change_directions"] or {})}, tuple(lang["change_links"] or ())
    return bool(words) and (words[0] in changes and len(words) > 1 and words[1].startswith(links)
                            or any(words[0] == c + link for c in changes for link in links))


def _time_first(words: list[str], at: int, lang) -> list[str] | None:
    """``ขณะที่|ช่วง|เดียวกัน|ของ|ปีก่อน|ยาง|แผ่น|ดิบ`` → ``ยาง|แผ่น|ดิบ|ช่วง|เดียวกัน|ของ|ปีก่อน``: an earlier time
    (its words, ``ของ`` at ``at`` and an earlier mark) said before the thing it is the time of; None if the words
    before ``ของ`` are not a time's or nothing follows the mark."""
    start = next((i for i, w in enumerate(words[:at]) if w in (lang["earlier_words"] or [])), None)
    if start is None or at + 2 >= len(words) or words[at + 1] not in (lang["earlier_marks"] or []) \
            or not set(words[start:at]) <= set(lang["earlier_words"] or []):
        return None
    thing = words[at + 2:]
    said = {*lang["label_stops"], *(lang["percent_words"] or []), *(lang["percent_prefix"] or [])}
    return None if set(thing) & said else thing + words[start:at + 2]  # not "…ที่เก็บ", "…ร้อยละ"


def phrase_ending_before(tokens, first: int, phrases) -> tuple[str, int | None]:
    """The first of ``phrases`` (several words each) written right before token ``first``, and the token where it
    starts (``के लिए``, ``की तुलना में``); ("", None) if none is."""
    for phrase in phrases:
        k: int | None = first
        for word in reversed(phrase.split()):
            k = _prev(tokens, k) if k is not None else None
            if k is None or tokens[k].text != word:
                break
        else:
            return phrase, k
    return "", None


def _month_only(words: list[str], lang) -> bool:
    """The words name a month and nothing else but how the figure changed (``เดือน|กุมภาพันธ์``, ``มีนาคม|ลดลง``)."""
    months, changes = lang["months"] or {}, lang["comparatives"] or {}
    while words and words[-1] in changes:
        words = words[:-1]
    return bool(words) and words[-1] in months and all(w in months or w in (lang["duration_words"] or []) for w in words)


def _past_acting_body(words: list[str], lang) -> list[str]:
    """``จังหวัด|นครราชสีมา|เกิด|อุบัติเหตุ|ทางถนน`` → ``อุบัติเหตุ|ทางถนน``: a label that opens with a province,
    a department or a council (``acting_bodies``) and one of the verbs such a body does (``body_verbs``)
    counts the verb's object, not the body."""
    bodies, verbs = lang["acting_bodies"] or (), set(lang["body_verbs"] or ())
    if not words or not verbs or not words[0].startswith(tuple(bodies)):
        return words
    at = next((j for j in range(1, min(len(words) - 1, _BODY_WORDS + 1)) if words[j] in verbs), None)
    while at is not None and at + 1 < len(words) and words[at + 1] in verbs:
        at += 1  # "ได้รับ|จัดสรร"
    return words[at + 1:] if at is not None and at + 1 < len(words) else words


_BODY_WORDS = 6  # the longest name of a body a verb comes after ("กรม|ชลประทาน|และ|กรม|ทรัพยากรน้ำ|บาดาล")


def before_examples(tokens, start, lang) -> tuple[list[str], int] | None:
    """The chunk before a word that opens examples (``example_words``: ``เช่น``) a few chunks back from ``start``
    with only the examples between, two or more (one is what the count counts: ``เช่น ขบวนรถ ๑๒ คัน``), and where it
    starts; else None."""
    k = start
    for examples in range(_EXAMPLE_CHUNKS):
        chunk, k = chunk_before(tokens, k)
        if not chunk or chunk[-1] not in (lang["example_words"] or []) and trim(chunk, lang, cut_at_stops=True) != chunk:
            return None  # an example is a name, no clause
        if chunk[-1] in (lang["example_words"] or []) and examples:  # two examples at least, the last one counted
            kind = (chunk[:-1], k) if chunk[:-1] else chunk_before(tokens, k, lang)
            return None if after_number(tokens, kind[1]) else kind  # not "กิจกรรม ๓๖ รายการ อาทิ …": a classifier
    return None


_EXAMPLE_CHUNKS = 5


def line_before(tokens, first: int) -> str:
    """The text of the line before token ``first``, up to it, without the spaces that end it."""
    k = first
    while k > 0 and "\n" not in tokens[k - 1].text:
        k -= 1
    return "".join(t.text for t in tokens[k:first]).rstrip()
