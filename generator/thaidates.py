"""When a Thai date is, for its card: the event a date is of, read from the words around it (Thai
names the event before a deadline word, ``…ภายในวันที่``; after ``ณ วันที่``, what the phrase before
reports; around ``ตั้งแต่``/``จนถึง``, what starts or ends; else the clause the date closes). Called
by ``datelabels.date_label``; the words are language data (``labels.yml``: ``as_of_before``,
``bound_words``, ``since_tails``, ``held_verbs``, ``causative_words``, ``completion_words``)."""

from __future__ import annotations

from generator.headforms import forms_of
from generator.labelchunks import chunk_before, phrase_back, trim
from generator.labelwords import cut, fill, measure_words, pos_tags, tidy_label
from generator.language import Language
from generator.numerals import prev_token


def thai_event(tokens, first, last, found, lang, span: bool = False) -> tuple[bool, str]:
    """Thai: ``…ให้แล้วเสร็จภายในวันที่ 31 มีนาคม``: a deadline, and what is due before it; ``ณ วันที่
    31 สิงหาคม มีเงินบำรุงคงเหลือ…``: the day the data after it stand at (``as_of_label``)."""
    chunk, start = chunk_before(tokens, first)
    while chunk and chunk[-1] in lang["date_words_before"]:
        chunk.pop()
    days = forms_of(lang).weekdays  # CLDR's names ("วันเสาร์") and the language's own
    named_day = next((n for n in (1, 2) if len(chunk) >= n and "".join(chunk[-n:]) in days), 0)
    if named_day:  # "ในวันเสาร์ที่ ๒๖ เมษายน": the weekday says when, not what
        day = "".join(chunk[-named_day:])
        found = found.removesuffix(day) if found != day else found  # nor is it in the label read beside it
        del chunk[-named_day:]
        while chunk and chunk[-1] in lang["date_words_before"]:
            chunk.pop()
    chunk, start = _past_length(tokens, chunk, start, lang)
    mark, at = (chunk, start) if chunk else chunk_before(tokens, start)  # "ณ วันที่": the word before, past a space
    if mark and mark[-1] in (lang["as_of_before"] or []) and lang["as_of_label"]:  # "ณ วันที่ 1/11/67"
        named = _reported(mark[:-1] or phrase_back(tokens, at, lang), lang)
        what = named or _what_it_has(_words_after(tokens, last, lang), lang) or _without_date_nouns(found, lang)
        return False, fill(lang["as_of_label"], lang, what=what)  # "ราคารับซื้อหน้าล้ง ณ วันที่ …": what it reports
    if held := _held_event(tokens, chunk, start, lang):
        return False, held  # "งานในปีนี้กำหนดจัดระหว่างวันที่ …", "งานนัดพบแรงงาน ซึ่งจัดขึ้นเมื่อวันที่ …"
    if not span and (bounded := _bound_event(chunk, lang, _words_after(tokens, last, lang))):
        return False, bounded  # "จะเริ่มแจกจ่ายน้ำตั้งแต่วันที่ 1 มี.ค." → "เริ่มแจกจ่ายน้ำ"
    if chunk and chunk[-1] in lang["span_before"]:
        chunk.pop()  # "ระหว่างวันที่ 20-28 เมษายน": the event is named in the phrases before
        if not chunk:
            return False, "".join(trim(phrase_back(tokens, start, lang), lang, cut_at_stops=True)) \
                or _lasting(tokens, start, lang) or _quoted_before(tokens, start) or found
    deadline = bool(chunk) and chunk[-1] in lang["deadline_before"]
    if deadline:
        chunk.pop()
        while chunk and chunk[-1] in lang["completion_words"]:
            chunk.pop()  # "ให้แล้วเสร็จ", "ให้ได้": the verb's ending, not the event
        event = due_action(chunk, lang) or "".join(trim(chunk, lang, cut_at_stops=True)) or _due(tokens, start, lang)
        if event:
            return True, event
    if named_day and not deadline and all(w in (lang["held_links"] or []) for w in chunk):
        found = ""  # what was read next to it is the weekday
    if not deadline and (described := _described(tokens, start, last, lang)):
        return False, described
    found = _without_date_nouns(found, lang)
    said = chunk[:-1] if chunk and chunk[-1] in (lang["held_links"] or []) else []
    if found in lang["date_words_before"] and not span and (held_in := "".join(trim(said, lang, cut_at_stops=True))):
        found = held_in  # "…ประชุมติดตามอีกครั้งในเดือน ก.พ. 69": what happens then, not the word of the month
    return deadline, found or (_clause_before(tokens, start, lang) if not deadline else "")


def _past_length(tokens, chunk: list[str], start: int, lang) -> tuple[list[str], int]:
    """``เปิดศูนย์ปฏิบัติการฉุกเฉินตลอด 24 ชั่วโมงตั้งแต่วันที่ 1 พ.ย.``: words before a date that open with the unit
    of a length of time (``duration_words``) right after its number are not the event; the chunk before the number
    is, past the length's own words (``duration_before``), with what followed the unit (``ตั้งแต่``)."""
    k = prev_token(tokens, start) if chunk and chunk[0] in lang["duration_words"] else None
    if k is None or tokens[k].kind != "num":
        return chunk, start
    before, at = chunk_before(tokens, k)
    while before and before[-1] in (lang["duration_before"] or []):
        before.pop()
    return (before + chunk[1:], at) if before else (chunk, start)


def _described(tokens, start: int, last: int, lang) -> str:
    """A date followed by a relative clause (``day_described_by``) that says something of the day other than
    what it is (``day_named_by``): ``…กรณีน้ำท่วมขังบริเวณตลาดสด เมื่อวันที่ ๙ ส.ค. ๖๘ ซึ่งมีปริมาณฝนตก …`` is the
    day of the clause before, not of what the clause after measures."""
    after = _words_after(tokens, last, lang)
    if not after or after[0] not in (lang["day_described_by"] or []) or "".join(after[:2]) in (lang["day_named_by"] or []):
        return ""
    return _clause_before(tokens, start, lang)


def _quoted_before(tokens, start: int) -> str:
    """``จัดงาน "ทุ่งสว่างแฟร์" ระหว่างวันที่ …``: the name in quotes right before a span is what it is of."""
    k = start - 1
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    if k < 0 or tokens[k].text not in _CLOSING_QUOTES:
        return ""
    opening = next((j for j in range(k - 1, max(-1, k - _QUOTED_TOKENS), -1) if tokens[j].text in _OPENING_QUOTES), None)
    inside = tokens[opening + 1:k] if opening is not None else []
    return "".join(t.text for t in inside).strip() if not any(t.kind == "num" for t in inside) else ""


_CLOSING_QUOTES = {'"', "”", "»", "'"}
_OPENING_QUOTES = {'"', "“", "«", "'"}
_QUOTED_TOKENS = 16


def _lasting(tokens, start: int, lang) -> str:
    """``ระยะเวลาจ่ายเงิน 5 เดือน ระหว่างเดือน พ.ค. - ก.ย. 68``: a span right after how long something lasts
    is of what that length is of, the words before the number."""
    chunk, at = chunk_before(tokens, start)
    if len(chunk) != 1 or chunk[0] not in (lang["duration_words"] or []):
        return ""
    k = prev_token(tokens, at)
    if k is None or tokens[k].kind != "num":
        return ""
    return "".join(trim(chunk_before(tokens, k, lang)[0], lang, cut_at_stops=True))


def due_action(chunk: list[str], lang) -> str:
    """``ส่งแผนการเพาะปลูกให้โครงการภายในวันที่ …``, ``มีมติให้ล้งทุกแห่งตรวจคุณภาพภายใน …``: what is due by a
    deadline named in its own phrase is the verb phrase from its first verb, past whoever the last causative
    asks (``causative_words`` followed by a verb), up to the first of ``action_ends`` (whom it goes to,
    when, how), a few words."""
    causes, verbs = set(lang["causative_words"] or []), set(lang["verb_tags"] or [])
    tags = pos_tags(chunk, lang)
    said = {i for i in range(len(chunk) - 1)  # "คาดว่าจะก่อสร้างแล้วเสร็จ": what is expected, not the expecting
            if chunk[i] in (lang["saying_verbs"] or []) and chunk[i + 1] in (lang["complementizers"] or [])}
    acts = [i for i in range(len(chunk)) if tags[i] in verbs and chunk[i] not in causes and i not in said]
    asked = [c for c in range(len(chunk)) if chunk[c] in causes and any(i > c for i in acts)]
    v = next((i for i in acts if not asked or i > asked[-1]), None)
    if v is None:
        return ""
    end = next((i for i in range(v + 1, len(chunk)) if chunk[i] in (lang["action_ends"] or [])), len(chunk))
    while v + 1 < end and chunk[v] in (lang["urging_words"] or []):
        v += 1  # "เร่งขึ้นทะเบียนเกษตรกร": how soon, not what
    return "".join(chunk[v:end][:_ACTION_WORDS])


_ACTION_WORDS = 6


def _clause_before(tokens, start: int, lang) -> str:
    """``…สถานีตรวจวัดวัดค่า PM2.5 สูงสุดได้ 186 ไมโครกรัมต่อลูกบาศก์เมตร เมื่อวันที่ 16 มี.ค.``: a date that
    nothing else names is the day of what its clause did, from its last verb before a noun, past the measure."""
    units = set(lang["units"] or {})
    words: list[str] = []
    k = start - 1
    while k >= 0 and len(words) < _DUE_SCAN and "\n" not in tokens[k].text and tokens[k].text not in ".;":
        if tokens[k].kind == "word" and tokens[k].text not in units:
            words.insert(0, tokens[k].text)
        k -= 1
    words = [w for w in words if w not in (lang["date_words_before"] or [])]
    tags = pos_tags(words, lang)
    v = next((i for i in range(len(tags) - 1, -1, -1) if tags[i] in (lang["verb_tags"] or [])
              and i + 1 < len(tags) and tags[i + 1] in (lang["noun_tags"] or [])), None)
    return "".join(trim(words[v:v + _DUE_WORDS], lang, cut_at_stops=False)) if v is not None else ""


def _reported(words: list[str], lang) -> str:
    """``ที่ประชุมรับทราบสถานการณ์น้ำ`` → ``สถานการณ์น้ำ``, ``ด้านราคารับซื้อหน้าล้ง`` → ``ราคารับซื้อหน้าล้ง``: what
    a phrase before ``ณ วันที่`` reports, past its topic word (and, tidied, the verb before it)."""
    said = [w for w in cut("".join(words)) if w.strip()]
    if not said or said[-1] in (lang["complementizers"] or []):
        return ""  # "…รายงานว่า ณ วันที่": who reports, not what
    words = [w for w in cut("".join(trim(said, lang, cut_at_stops=True))) if w.strip()]
    while words and words[0] in (lang["topic_markers"] or []):
        words = words[1:]
    if not words or "".join(words) in lang["as_of_label"]:
        return ""  # "ข้อมูล ณ วันที่": the template's word
    nouns = set(lang["noun_tags"] or [])
    return tidy_label("".join(words), lang) if any(tag in nouns for tag in pos_tags(words, lang)) else ""


def _bound_event(chunk: list[str], lang, after: list[str] | None = None) -> str:
    """Thai: a date after a word that opens or closes a period (``bound_words``: ``ตั้งแต่``, ``จนถึง``) is the
    day the verb phrase before it starts or ends (``เริ่มแจกจ่ายน้ำ``, ``สิ้นสุดห้ามเผาเด็ดขาด``), from its first verb;
    a date that opens its sentence, of the verb phrase ``after`` it."""
    bound = (lang["bound_words"] or {}).get(chunk[-1]) if chunk else None
    if bound is None:
        return ""
    words, v = chunk[:-1], None
    if bound in words:  # "เริ่มตกกล้าได้ตั้งแต่…": the words after the text's own "start" (tagged alone, a verb may read as a noun)
        words, v = words[len(words) - words[::-1].index(bound):], 0
    else:
        tags = pos_tags(words or after or [], lang)
        v = next((i for i, tag in enumerate(tags) if tag in (lang["verb_tags"] or [])), None)
    if not words:  # "ตั้งแต่วันที่ 1 มี.ค. ที่ผ่านมา แจกจ่ายน้ำไปแล้ว…": the clause after it, from its verb or its start
        words, v = after or [], v or 0
    asking = {*(lang["causative_words"] or []), *(lang["clause_modals"] or []), *(lang["hedge_words"] or [])}
    while v is not None and v + 1 < len(words) and words[v] in asking:
        v += 1  # "โดยให้มีผลตั้งแต่…", "คาดว่าจะมีผลบังคับใช้ตั้งแต่…": what starts, not who asks it or who expects it
    event = "".join(trim(words[v:v + _DUE_WORDS], lang, cut_at_stops=False)) if v is not None else ""
    return bound + event if event else ""


def _words_after(tokens, last: int, lang) -> list[str]:
    """The words after a date up to the next number or line, past those that only say since when
    (``ที่ผ่านมา``, ``จนถึงปัจจุบัน``)."""
    words: list[str] = []
    k = last + 1
    while k < len(tokens) and tokens[k].kind != "num" and "\n" not in tokens[k].text and len(words) < _DUE_SCAN:
        if tokens[k].kind == "word":
            words.append(tokens[k].text)
        k += 1
    tails = set(lang["since_tails"] or [])
    while n := next((i for i in range(_TAIL_WORDS, 0, -1) if "".join(words[:i]) in tails), 0):
        words = words[n:]  # "ที่|ผ่าน|มา" as the dictionary cuts it
    return words


_TAIL_WORDS = 4


def _due(tokens, start: int, lang) -> str:
    """Thai: ``…ให้ทุกอำเภอเร่งสำรวจความเสียหายด้านการเกษตรและรายงานจังหวัดให้แล้วเสร็จภายในวันที่ …``: what is
    due by a deadline is the verb phrase after the one it is asked of (past the last ``causative_words``,
    from its first verb: ``เร่งสำรวจความเสียหาย…``), before any number of the sentence, a few words. A
    causative before only a result (``ลดค่า HI ให้ต่ำกว่าร้อยละ ๑๐ ภายใน…``, ``มีแผนแจกจ่ายให้ได้ ๘ ล้านลิตร
    ภายใน…``: completion words, qualifiers, measures) marks the result: what is due is the phrase before it, back
    to whom it is asked of or to its clause's start."""
    causes, verbs = set(lang["causative_words"] or []), set(lang["verb_tags"] or [])
    results = {*lang["completion_words"], *(lang["qualifiers_before"] or {}), *lang["percent_words"],
               *(lang["percent_prefix"] or []), *measure_words(lang)}
    markers = causes | {w for w in lang["completion_words"] if w.startswith(tuple(causes))}  # "ให้ได้"
    words: list[str] = []
    marked = False  # past a causative that marks the result
    k = start - 1
    while k >= 0 and len(words) < _DUE_SCAN and "\n" not in tokens[k].text and tokens[k].text not in ".;":
        if tokens[k].kind == "num":
            if marked:
                break
            words = []  # "… ครบทั้ง 24,815 ราย ภายใน…": what is due comes before the number
        elif tokens[k].kind == "word":
            if tokens[k].text in markers:
                if marked or not all(w in results for w in words):
                    break
                marked, words = True, []
            else:
                words.insert(0, tokens[k].text)
        k -= 1
    if not marked and (k < 0 or tokens[k].text not in causes or len(words) >= _DUE_SCAN):
        return ""
    while words and words[-1] in lang["completion_words"] or words and words[-1] in lang["deadline_before"]:
        words.pop()
    tags = pos_tags(words, lang)
    v = next((i for i, tag in enumerate(tags) if tag in verbs), None)
    if marked:  # "…จัดซื้อทรายกำจัดลูกน้ำ พร้อมตั้งเป้าลดค่า HI ให้…": the last clause's first verb before a noun
        nouns, ends = set(lang["noun_tags"] or []), set(lang["action_ends"] or []) - causes
        acts = [i for i in range(len(tags) - 1) if tags[i] in verbs and tags[i + 1] in nouns]
        edges = [-1] + [i for i, w in enumerate(words) if w in ends]
        v = next((a for e in reversed(edges) for a in acts if a > e), v)
    return "".join(trim(words[v:v + _DUE_WORDS], lang, cut_at_stops=False)) if v is not None else ""  # the verb kept


_DUE_SCAN, _DUE_WORDS = 40, 4


def _held_event(tokens, chunk: list[str], start: int, lang) -> str:
    """Thai: an event held on the date (``…งานนัดพบแรงงาน ซึ่งจัดขึ้นเมื่อวันที่ 20-21 มิถุนายน``) is the
    verb of holding and what is held, named before it in the chunk or, past a relative, the phrase
    before (``จัดงานนัดพบแรงงาน``)."""
    verbs, links = lang["held_verbs"] or [], {*(lang["held_links"] or []), *lang["span_before"]}
    words = list(chunk)
    while words and words[-1] in links:
        words.pop()  # "ขึ้น", "เมื่อ", "ใน", "ระหว่าง"
    if not words or words[-1] not in verbs:
        return ""
    before = words[:-1]
    while before and (before[-1] in lang["relatives"] or before[-1] in (lang["label_edge_drop"] or [])
                      or before[-1] in (lang["held_links"] or [])):
        before.pop()  # "ซึ่ง", "จะ", "กำหนด"
    what = trim(before or chunk_before(tokens, start, lang)[0], lang, cut_at_stops=True)  # past "(Job Fair)"
    what = [w for w in what if w.strip() and w not in (lang["topic_markers"] or [])]
    verb = words[-1]
    at = next((i for i in range(len(what) - 1, -1, -1) if verb in what[i]), None)
    if at is not None:  # "ผลการจัดงานนัดพบแรงงาน": what is held, after its own verb
        what = [what[at][what[at].rindex(verb) + len(verb):], *what[at + 1:]]
    held = tidy_label("".join(w for w in what[:_HELD_WORDS] if w), lang)  # not "ปิดการประชุม…": its own verb
    return verb + held if held else ""


_HELD_WORDS = 4


def _what_it_has(after: list[str], lang: Language) -> str:
    """``ณ วันที่ ๓๑ พฤษภาคม ๒๕๖๘ อบต. มีเงินสะสมคงเหลือ …`` → ``เงินสะสมคงเหลือ``: what the clause after an
    "as of" date says its subject has (``as_of_has``), not the subject."""
    at = next((i for i, w in enumerate(after) if w in (lang["as_of_has"] or [])), None)
    if at is None:
        return ""
    stops = {*lang["label_stops"], *lang["relatives"]}
    end = next((i for i in range(at + 1, len(after)) if after[i] in stops), len(after))
    return tidy_label("".join(after[at + 1:end]), lang)  # "มียอดเงินสะสมที่นำไปใช้ได้คงเหลือ": the noun, up to its clause


def _without_date_nouns(label: str, lang: Language) -> str:
    """``อุทกภัยช่วง`` → ``อุทกภัย``: a date word at the end belongs in front, from the template."""
    for word in lang["date_nouns"] or []:
        if label.endswith(word) and len(label) > len(word):
            return label[:-len(word)]
    return label
