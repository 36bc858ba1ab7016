"""How long a length of time is, and of what (``बैठक करीब तीन घंटे चली`` → ``बैठक की अवधि``,
``…ให้แล้วเสร็จภายใน ๑๕ วัน`` → ``ระยะเวลาตรวจสอบ``), or whose age it is (``65 साल से अधिक उम्र के
बुजुर्गों`` → ``बुजुर्गों की उम्र``, ``กลุ่มอายุ ๕–๑๔ ปี``). The words are language data (``labels.yml``:
``date_labels``, ``date_words``, ``duration_nouns``, ``age_words``, ``age_units``, ``time_frame_before``);
a length right after a span of days is that span's (``span_length``, used by ``labelrefs.relate_labels``). What a
date is of is ``datelabels``'.
"""

from __future__ import annotations

from generator.datelabels import no_event, object_before_verb, opens_with, verbal_noun
from generator.labelchunks import after_number, chunk_after, chunk_before, phrase_ending_before, trim
from generator.labelphrase import owner_before, phrase_before
from generator.labelphraseafter import genitive_object, phrase_after
from generator.labelwords import cut, fill, tidy_label, word_list
from generator.language import Language
from generator.model import Figure
from generator.numerals import Token
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev
from generator.thaidates import due_action


def duration_label(tokens: list[Token], first: int, last: int, found: str, lang: Language) -> str:
    """How long something takes (``बैठक करीब तीन घंटे चली`` → ``बैठक की अवधि``; ``…ให้แล้วเสร็จ
    ภายใน ๑๕ วัน`` → ``ระยะเวลาตรวจสอบ``): the event before the number with the duration word.
    An age is labelled whose it is (``65 साल से अधिक उम्र के बुजुर्गों`` → ``बुजुर्गों की उम्र``)."""
    if age := _age(tokens, last, lang) or _age_band(tokens, last, found, lang) or _age_before(found, lang) \
            or _age_past_qualifier(tokens, first, lang):
        return age
    if first_units := _first_units(tokens, last, lang):
        return first_units
    if _keeps_its_label(tokens, first, found, lang):
        return found
    if named := _named_time(tokens, first, lang):
        return named
    if taken := _time_taken(tokens, first, last, lang):
        return taken
    if lasted := _lasted(tokens, first, last, lang):
        return lasted
    if lang["label_side"] == "after" and (held := _lasting(tokens, last, lang)):
        return " ".join(owner_before(tokens, first, lang, lang["genitives"]) + held)
    event = _duration_event(tokens, first, last, lang)
    if event and (named := _names_time(event, lang)):
        return named  # "ระยะเวลาดำเนินการ 90 วัน", "बसों की औसत आयु": the text names the length already
    if event:
        return fill(lang["date_labels"]["duration"], lang, event=event)
    p = _prev(tokens, first)  # "पिछले 5 वर्षों में": a time frame with no event keeps its own word
    framed = p is not None and tokens[p].text in lang["time_frame_before"]
    if framed and (done := _done_in_frame(tokens, last, lang)):
        return fill(lang["date_labels"]["duration"], lang, event=done)  # "पिछले छह महीनों में 4,200 पशु पकड़े गए"
    return found if found and framed else lang["date_words"]["duration"]


def _done_in_frame(tokens, last, lang) -> str:
    """``पिछले छह महीनों में 4,200 पशु पकड़े गए`` → ``पशु पकड़ने``: what the clause after a time frame says was
    done in it, where a passive auxiliary ends it: the verb before the auxiliary and its object, as the oblique
    infinitive that names the deed (``verbal_noun``)."""
    words: list[str] = []
    stops = {*lang["label_stops"], *lang["compound_postpositions"], *lang["genitives"]}
    k = _next(tokens, last)
    frame = {*lang["duration_words"], *lang["locatives"], *lang["genitives"], *lang["compound_postpositions"]}
    while k is not None and tokens[k].text in frame:
        k = _next(tokens, k)  # "महीनों में", "दिनों के भीतर": the frame's own words
    while k is not None and len(words) < _FRAME_WORDS and tokens[k].text not in _CLAUSE_ENDS:
        text = tokens[k].text
        if text in (lang["passive_auxiliaries"] or []) and len(words) > 1:
            for width in (2, 3, 4):  # "पशु पकड़े", "योजनाएं तैयार की", "भवनों की जांच की": the verb with its object
                pair = words[-width:]
                done = verbal_noun(pair, text, lang)
                label = tidy_label(" ".join(done), lang) if done is not pair and pair[0] not in stops else ""
                if len(label.split()) > 1 or len(words) == width:
                    return "" if label in lang["conjunct_nouns"] else label  # not "पूरा" alone
            return ""
        words = words + [text] if tokens[k].kind == "word" else []  # the words after the last number
        k = _next(tokens, k)
    return ""


_FRAME_WORDS = 12
_CLAUSE_ENDS = {"।", ",", ";", ".", "\n", "(", ")"}


def _first_units(tokens, last, lang) -> str:
    """``ช่วง ๙ เดือนแรกของปี`` → ``เดือนแรกของปี``: the first or last units of a period (``first_words`` after the
    unit) are named by those words and the period they belong to (or what holds in them), not by what happened then."""
    after = chunk_after(tokens, last)
    if len(after) < 2 or after[0] not in lang["duration_words"] or after[1] not in (lang["first_words"] or []):
        return ""
    owner = after[2:4] if len(after) > 3 and after[2] in (lang["head_before"] or []) else after[2:6]
    return "".join(after[:2] + owner) if owner else ""  # "๓๐ นาทีแรกไม่เสียค่าบริการ": else what holds in them;
    # "ทบทวนการดำเนินงานในช่วง ๗ เดือนแรก": with neither, what was done in them


def _names_time(event: str, lang: Language) -> str:
    """The event's own name of the length, where a word of it is a noun of time or an age and the
    template would say it twice: from the noun of time on in Thai (``ตั้งเป้าลดระยะเวลาการตรวจปล่อยสินค้า``
    → ``ระยะเวลาการตรวจปล่อยสินค้า``), up to it in Hindi (``प्रतिक्रिया समय घटाकर`` → ``प्रतिक्रिया समय``);
    an age names it whole (``กลุ่มอายุที่ป่วยมากที่สุด``, ``मृतकों की उम्र``). Empty if neither."""
    after = lang["label_side"] == "after"
    words = event.split() if after else cut(event)
    at = next((i for i, w in enumerate(words) if w in (lang["duration_nouns"] or [])), None)
    if at is not None:
        return " ".join(words[:at + 1]) if after else event[event.find(words[at]):]
    return event if any(w in (lang["age_words"] or []) for w in words) else ""


def _time_taken(tokens, first, last, lang) -> str:
    """``आग बुझाने में 9 घंटे लगे`` → ``आग बुझाने में समय``: a length of time followed by a verb of taking
    (``taking_verbs``), its duration noun between or not (``18 महीने का समय लगेगा``), is the time what is done before
    ``में`` (``taken_before``) took, past an average's or an estimate's word between (``औसतन``, ``करीब``)."""
    k = _next(tokens, last)
    if k is not None and tokens[k].text in lang["duration_words"]:
        k = _next(tokens, k)
    n = _next(tokens, k) if k is not None and tokens[k].text in lang["genitives"] else None
    if n is not None and tokens[n].text in (lang["duration_nouns"] or []):
        k = _next(tokens, n)  # "पूरा होने में 18 महीने का समय लगेगा"
    if k is None or tokens[k].text not in (lang["taking_verbs"] or []):
        return ""
    p = _prev(tokens, first)
    skipped = {*(lang["average_words"] or []), *(lang["qualifiers_before"] or {})}
    while p is not None and tokens[p].text in skipped:
        p = _prev(tokens, p)
    if p is None or tokens[p].text not in (lang["taken_before"] or []):
        return ""
    v = _prev(tokens, p)
    verb = [tokens[v].text] if v is not None and tokens[v].text.endswith(tuple(lang["infinitive_endings"] or ())) else []
    words = tidy_label(" ".join(phrase_before(tokens, v if verb else p, lang)[-3:]), lang).split()
    event = " ".join([*words, *verb])  # "निर्माण पूरा होने": the verb whole
    return fill(lang["taken_label"], lang, event=event) if event else ""


def _lasted(tokens, first, last, lang) -> str:
    """``मिल १३८ दिन चली`` → ``मिल चलने की अवधि``, ``चार घंटे चली बैठक में`` → ``बैठक की अवधि``: a length of time
    followed by a verb of lasting (``lasting_verbs``, by the infinitive each is a form of) is how long the noun
    after that verb's participle lasted, or the noun right before the number; else nothing."""
    k = _next(tokens, last)
    if k is not None and tokens[k].text in lang["duration_words"]:
        k = _next(tokens, k)
    verbs = lang["lasting_verbs"] or {}
    if k is None or tokens[k].text not in verbs:
        return ""
    n = _next(tokens, k)
    if n is not None and tokens[n].kind == "word" and (m := _next(tokens, n)) is not None \
            and tokens[m].text in lang["locatives"]:
        return fill(lang["date_labels"]["duration"], lang, event=tokens[n].text)  # "चार घंटे चली बैठक में"
    skipped = {*(lang["average_words"] or []), *(lang["qualifiers_before"] or {})}
    p = _prev(tokens, first)
    while p is not None and tokens[p].text in skipped:
        p = _prev(tokens, p)
    plain = {*lang["locatives"], *lang["genitives"], *lang["objects"], *(lang["deadline_after"] or []),
             *(lang["agent_markers"] or []), *lang["clause_verbs"], *lang["copulas"], *(lang["label_edge_drop"] or []),
             *(lang["adverbs_between"] or []), *(lang["frequency_words"] or []), *lang["conjunct_nouns"],
             *(lang["comparatives"] or {}), *lang["share_markers"]}  # not "अब", "रोज", "पूरे", "कम", "यानी"
    ending = lang["conjunctive_ending"]
    who = [tokens[p].text] if p is not None and tokens[p].kind == "word" and tokens[p].text not in plain \
        and not (ending and tokens[p].text.endswith(ending)) else []  # nor "शुरू होकर"
    if not who:
        return ""
    named = tidy_label(" ".join(phrase_before(tokens, first, lang)[-3:]), lang)
    event = named if named.split()[-1:] == who else " ".join([*who, verbs[tokens[k].text]])  # "समिति की बैठक"
    return fill(lang["date_labels"]["duration"], lang, event=event)


def _lasting(tokens, last, lang) -> list[str]:
    """``रसोइयों का दो माह का मानदेय``, ``३ से ६ दिन का भंडार``: what lasts the length of time, named after
    it in the genitive; not the work of a period whose review is meant (``सात महीनों के कार्यों की समीक्षा``)."""
    unit = _next(tokens, last)
    unit = unit if unit is not None and tokens[unit].text in lang["duration_words"] else last
    held = genitive_object(tokens, unit, lang, 2)
    k = _next(tokens, unit)  # the genitive, then the noun held, then what follows it
    head = _next(tokens, k) if held and k is not None else None
    after = _next(tokens, head) if head is not None else None
    return [] if after is not None and tokens[after].text in lang["genitives"] else held


def _age_before(found: str, lang: Language) -> str:
    """``ผู้เสียชีวิตส่วนใหญ่มีอายุ 20-29 ปี`` → ``อายุผู้เสียชีวิตส่วนใหญ่``, ``กลุ่มอายุ ๕–๑๔ ปี``: where the
    words before a length of time end in an age word (``age_words``), it is that age, not a duration; after a
    relative, the age of the word before it (``ทุเรียนที่มีอายุ`` → ``อายุทุเรียน``)."""
    if lang["label_side"] != "before" or not found:
        return ""
    age = next((w for w in lang["age_words"] or [] if found.endswith(w)), None)
    if age is None:
        return ""
    rest = cut(found[:-len(age)])
    verb = bool(rest) and rest[-1] in (lang["age_verbs"] or [])
    rest = rest[:-1] if verb else rest
    relative = bool(rest) and rest[-1] in lang["relatives"]
    if not verb and not relative:  # "กลุ่มอายุ": the words name it
        return found
    whose = rest[-2] if relative and len(rest) > 1 else tidy_label("".join(rest), lang)
    return lang["age_label"].format(age=age, whose=whose) if whose else age


def _age_past_qualifier(tokens, first, lang) -> str:
    """``หัวมันที่มีอายุเพียง 7-8 เดือน`` → ``อายุหัวมัน``: an age past a qualifier or an "only" (``ไม่ถึง``,
    ``เพียง``), which the label before the number drops."""
    if lang["label_side"] != "before":
        return ""
    text = before = "".join(chunk_before(tokens, first)[0])
    skipped = sorted({*(lang["qualifiers_before"] or {}), *(lang["only_words"] or [])}, key=len, reverse=True)
    while (q := next((w for w in skipped if text.endswith(w)), None)) is not None:
        text = text[:-len(q)]
    return _age_before(text, lang) if text != before else ""


def _named_time(tokens, first, lang) -> str:
    """``एंबुलेंस के पहुंचने का औसत समय अभी 22 मिनट है`` → ``पहुंचने का औसत समय``: a length of time the
    text calls a time (``duration_nouns``) is named by that phrase, not by the template."""
    if lang["label_side"] == "before":
        return ""
    words = phrase_before(tokens, first, lang)[-4:]
    if not words or words[-1] not in (lang["duration_nouns"] or []):
        return ""
    while len(words) > 1 and (words[0] in lang["genitives"] or words[0] in lang["label_stops"]):
        words.pop(0)
    return " ".join(words) if len(words) > 1 else ""


def _keeps_its_label(tokens, first, found, lang) -> bool:
    """A label that already names a span of time (``รวมวันนอน ๑๑๙,๓๙๓ วัน``), a rate of time
    (``สัปดาห์ละไม่น้อยกว่า 2 ชั่วโมง``) or a time frame (``पिछले 5 वर्षों में``, ``ในรอบ 5 ปี``)
    is not how long something took."""
    durations = (*lang["duration_words"], *lang["date_words"].values())
    if lang["label_side"] == "before" and found not in durations and any(found.startswith(w) for w in durations):
        return True  # not "15 दिन के भीतर": after the number, the duration word is its unit
    if lang["per_label"] and lang["per_label"].format(what="", per="") in found:
        return True
    p = _prev(tokens, first)  # not a bare "दिनों" ("अगले 10-12 दिनों में मानसून …"): the event names it
    return p is not None and tokens[p].text in lang["time_frame_before"] and found not in durations


def _duration_event(tokens, first, last, lang) -> str:
    """The event before a length of time (past ``เป็นเวลา``, ``ภายใน``), not one who acts
    (``अधिकारियों को 15 दिन में``); else, in Hindi, the phrase before the verb after it."""
    if lang["label_side"] == "before":
        chunk, start = chunk_before(tokens, first)
        due = bool(chunk) and chunk[-1] in lang["deadline_before"]
        while chunk and (chunk[-1] in lang["duration_before"] or chunk[-1] in lang["completion_words"]
                         or chunk[-1] in (lang["qualifiers_before"] or {})):
            chunk.pop()  # "น้ำท่วมขังนานกว่า ๑๐ วัน": how long the flooding lasted
        if len(chunk) == 1 and chunk[0] in lang["classifiers"] and after_number(tokens, start):
            chunk = []  # "3 ครั้งภายในสามเดือน": the classifier of the number before, not an event
        if due and (action := _last_due(chunk, lang)):
            return action  # "สั่งผู้ประกอบการแก้ไขให้เสร็จภายใน ๗ วัน": the time to do what is asked
        after = chunk_after(tokens, last)
        if not chunk and len(after) > 2 and after[0] in lang["duration_words"] and after[1] in lang["head_before"]:
            chunk = after[2:]  # "ตลอด ๗ วันของการควบคุมเข้มข้น": the days of what
        if not chunk:
            chunk = _before_measure(tokens, first, lang)
        return "".join(trim(chunk, lang, cut_at_stops=True))
    if purpose := _purpose_verb(tokens, first, lang):
        return purpose  # "काम पूरा करने के लिए छह महीने का समय": the time to do what it is for
    p = _prev(tokens, first)  # "अगले 10-12 दिनों में मानसून …": a time frame's event follows it
    participant = p is not None and tokens[p].text in (*lang["objects"], *lang["agent_markers"], *lang["time_frame_before"])
    event = "" if participant else tidy_label(" ".join(phrase_before(tokens, first, lang)[-3:]), lang)
    if event.split()[-1:] and event.split()[-1] in lang["date_agents"] or no_event(event, lang):
        event = ""
    if _prior(event, lang) and (done := _done_within(tokens, last, lang)):
        return done  # "कार्यादेश जारी होने के ९० दिवस में मरम्मत कार्य पूर्ण कराए जाएं": what is done within, not
        # what it counts from
    return event or ("" if no_event(done := object_before_verb(tokens, last, lang), lang) else done)


def _prior(event: str, lang) -> bool:
    """Whether the event ends in the nominal half of a verb or a conjunctive participle (``कार्यादेश जारी``,
    ``पत्र भेजकर``): what came before the length of time, not what takes it."""
    last = event.split()[-1] if event else ""
    return last in (lang["conjunct_nouns"] or []) or last.endswith(tuple(lang["conjunctive_endings"] or ()))


def _done_within(tokens, last, lang) -> str:
    """After a length of time and a word of "within" (``within_after``: ``में``, ``के भीतर``), what is to be done
    in it, the phrase before the verb after it; else nothing."""
    k = _next(tokens, last)
    if k is not None and tokens[k].text in lang["duration_words"]:
        k = _next(tokens, k)
    if k is None or not opens_with(tokens, k, lang["within_after"]):
        return ""
    words = object_before_verb(tokens, last, lang).split()
    doer = lang["doer_verbs"] or {}
    if len(words) > 1 and words[-2] in lang["conjunct_nouns"] and words[-1] in doer:
        words[-1] = doer[words[-1]]  # "मरम्मत पूर्ण कराई जाए" → "मरम्मत पूर्ण कराने": the verb, not its participle
    return "" if no_event(" ".join(words), lang) else " ".join(words)


def _purpose_verb(tokens, first, lang) -> str:
    """``ठेकेदारों को काम पूरा करने के लिए छह महीने`` → ``काम पूरा करने``: the verb (an infinitive) and its object
    that a length of time is given for, right before it (``purpose_before``)."""
    _, k = phrase_ending_before(tokens, first, lang["purpose_before"]) if lang["label_side"] == "after" else ("", None)
    words: list[str] = []
    k = _prev(tokens, k) if k is not None else None
    ends = {*lang["genitives"], *lang["objects"], *lang["agent_markers"], *lang["time_frame_before"]}
    while k is not None and tokens[k].kind == "word" and len(words) < 3 and tokens[k].text not in ends \
            and (not words or tokens[k].text not in lang["label_stops"]):
        words.insert(0, tokens[k].text)
        k = _prev(tokens, k)
    infinitive = bool(words) and words[-1].endswith(tuple(lang["infinitive_endings"] or ())) and len(words[-1]) > 3
    return fill(lang["date_labels"]["duration"], lang, event=" ".join(words)) if infinitive and len(words) > 1 else ""


def _last_due(chunk: list[str], lang) -> str:
    """What is asked to be done within a length of time: the verb phrase of the chunk's last clause, past
    its stops and joiners (``ถอดบทเรียนและส่งรายงานภายใน 15 วัน`` → ``ส่งรายงาน``)."""
    stops = set(lang["label_stops"]) - set(lang["relatives"])  # not "ผู้สูงอายุที่มีภาวะพึ่งพิง": a relative clause
    edges = [i for i, w in enumerate(chunk) if w in stops or w in (lang["list_joiners"] or [])]
    return (due_action(chunk[edges[-1] + 1:], lang) if edges else "") or due_action(chunk, lang)


def _before_measure(tokens, first, lang) -> list[str]:
    """``ค่าฝุ่นเกินมาตรฐาน 37.5 ไมโครกรัมต่อลูกบาศก์เมตร รวม 46 วัน``, ``ถูกพักใช้ใบรับรองแล้ว 14 แห่ง เป็นเวลา 30
    วัน``: the days of what is said before the measure or count that stands before them, or nothing."""
    _, start = chunk_before(tokens, first)
    unit, at = chunk_before(tokens, start)
    if not unit or "".join(unit) not in {*(lang["units"] or {}), *lang["classifiers"]} or not after_number(tokens, at):
        return []
    k = _prev(tokens, at)
    said = "".join(chunk_before(tokens, k)[0]) if k is not None else ""
    opener = next((p for p in sorted(lang["part_before"] or [], key=len, reverse=True) if said.startswith(p)), "")
    return cut(said[len(opener):]) if said else []  # "ในจำนวนนี้ถูกพัก…": what befell that part, not "of these"


def _age_band(tokens, last, found, lang) -> str:
    """``ผู้สูงอายุ 60 ปีขึ้นไป`` → ``อายุผู้สูงอายุ``: years bounding a group of people (a band word after
    the unit, the group named before the number) are their age."""
    unit = _next(tokens, last)
    band = _next(tokens, unit) if unit is not None and tokens[unit].text in (lang["age_units"] or []) else None
    if band is None or tokens[band].text not in (lang["band_words"] or []) or not found or not lang["age_words"]:
        return ""
    tail = cut(found)[-1:]  # a word, not a run: "ผู้สูงอายุ" holds the age word but is not it
    if tail and tail[0] in lang["age_words"]:
        return found  # "อายุ ๙๐ ปีขึ้นไป": the words name the age already (not "อายุอายุ")
    return lang["age_label"].format(whose=found, age=lang["age_words"][0])


def _age(tokens, last, lang) -> str:
    """``85 वर्ष से अधिक आयु के 1.14 लाख मतदाताओं`` → ``मतदाताओं की आयु``; ``0 से 5 वर्ष के 62,310
    बच्चों`` → ``बच्चों की आयु`` (a length of time in the genitive of a noun is its age)."""
    d = _next(tokens, last)
    g = _next(tokens, d) if d is not None and tokens[d].text in (lang["age_units"] or []) else None
    if g is not None and tokens[g].text in (lang["deadline_after"] or []):
        g = _next(tokens, g)  # "0 से 5 वर्ष तक के 6,42,318 बच्चों": up to that age, of those counted
        n = _next(tokens, g) if g is not None else None
        g = g if n is not None and tokens[n].kind == "num" else None
    if g is not None and tokens[g].text in lang["genitives"] and (lang["age_words"] or []):
        n = _next(tokens, g)
        if n is not None and tokens[n].text in lang["compound_postpositions"]:
            return ""  # "15 वर्ष के भीतर": within, not an age
        owner = phrase_after(tokens, n if n is not None and tokens[n].kind == "num" else g, lang)[:2]
        if owner_text := tidy_label(" ".join(owner), lang):
            return lang["age_label"].format(whose=owner_text, age=lang["age_words"][0])
    k: int | None = last
    for _ in range(5):  # "70 वर्ष और उससे अधिक आयु के"
        k = _next(tokens, k) if k is not None else None
        if k is None or tokens[k].kind != "word":
            return ""
        if tokens[k].text in (lang["age_words"] or []):
            g = _next(tokens, k)
            n = _next(tokens, g) if g is not None else None  # "आयु के 9,310 पेंशनरों": past their number
            g = n if n is not None and tokens[n].kind == "num" else g
            whose = phrase_after(tokens, g, lang)[:2] if g is not None and (tokens[g].text in lang["genitives"] or g == n) else []
            whose_text = tidy_label(" ".join(whose), lang)
            return lang["age_label"].format(whose=whose_text, age=tokens[k].text) if whose_text else tokens[k].text
    return ""


def span_length(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``ประกาศช่วงห้ามเผาเด็ดขาดระหว่างวันที่ 1 ก.พ. - 30 เม.ย. 2568 รวม 89 วัน``: a length of time named
    only by the word for one, right after a span of days with at most a total word between, is that span's
    length (``ระยะเวลาห้ามเผาเด็ดขาด``)."""
    durations = lang["date_words"] or {}
    if before is None or figure.label != durations.get("duration") or before.kind != "range" \
            or before.label == durations.get("span") \
            or not isinstance(before.value, list) or not all(isinstance(v, str) for v in before.value):
        return None
    between = word_list(text[before.end:figure.start])
    if len(between) > 1 or between and between[0] not in (lang["total_words"] or {}) and between[0] not in lang["label_skip"]:
        return None
    head, _, tail = str(lang["date_labels"]["span"]).partition("{event}")  # "ช่วง{event}", "{event} की अवधि"
    event = before.label[len(head):len(before.label) - len(tail)]
    if not before.label.startswith(head) or not before.label.endswith(tail) or not event.strip():
        return None
    return fill(lang["date_labels"]["duration"], lang, event=event.strip())
