"""Amounts per head, prices and costs. Thai: ``ในอัตรานักเรียนละ 500 รูปี`` (an amount per head, ``Xละ``),
the price named a few phrases before (``ราคาข้าวเปลือกเจ้า … ตันละ 8,900-9,300 บาท``) or the goods named
before a grade (``หัวมันสดเชื้อแป้ง 25% กิโลกรัมละ 2.35 บาท``), the grade itself (``เกรด B กิโลกรัมละ 9.80
บาท``); used by ``labels.find_label``. Hindi, where the label follows: what an amount is per (``2,000 रुपये
प्रति किसान``), what is paid per head and the works an amount is spent on (``… की लागत से 14 बाढ़ सुरक्षा
कार्य``); used by ``labelsafter.label_after``. A Thai amount's label keeps apart the unit it is per, which the key
box shows with the amount (``per_apart``, used by ``labelrefs.relate_labels``). The words are language data
(``per_suffixes``, ``price_words``, ``per_words``, ``cost_links``, ``grade_words``).
"""

from __future__ import annotations

import re

from generator.labelchunks import chunk_after, chunk_before, phrase_back, qualifier_end, trim
from generator.labelphrase import phrase_before
from generator.labelphraseafter import genitive_object, phrase_after
from generator.labelwords import cut, fill, pos_tags, tidy_label
from generator.language import Language
from generator.lexicon import lexicon
from generator.model import Figure
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev


def per_label(tokens, first, last, kind, lang) -> str:
    """Thai: the label of an amount or a count per head (``ในอัตรานักเรียนละ 500 รูปี`` → ``อัตราต่อนักเรียน``):
    what it is, else its unit, a price named a few chunks before (with the grade right before it), the goods
    named before their grade, or its value (``per_label``); empty if it is not per head."""
    per = per_unit(tokens, first, last, lang) if kind in {"count", "money", "range"} else None
    if not per:
        return ""
    price = tidy_label(price_before(tokens, first, lang), lang)
    if per[0] in (lang["per_qualifiers"] or []) and price:
        per = (price + per[0], *per[1:])  # "ราคายางแผ่นดิบ … เฉลี่ยกิโลกรัมละ 62.35 บาท": an average of the price
    grade = grade_before(tokens, first, lang)  # "ราคา… เกรด A กิโลกรัมละ": the price of that grade
    named = tidy_label(per[0], lang)
    if named in (lang["rate_words"] or []) and (paid := paid_before(tokens, first, lang)):  # "ค่าขนส่งลำไย…ในอัตรา
        named = paid if paid.startswith(tuple(lang["per_heads"] or ())) else named + paid  # กิโลกรัมละ 1.50 บาท":
        # the rate of the payment named before it
    verb = _only_verb(named, lang)  # "เบี้ยยังชีพ… ได้รับเดือนละ 600 บาท": the payment named before, not the verb
    if price and named and _said_of_price(chunk_before(tokens, first)[0], price, named, lang):
        named = price  # "ราคาผลเชอร์รีสดที่รับซื้อหน้าสวน…กิโลกรัมละ 25-28 บาท": the price a relative clause is said of
    what = (_relative_head(tokens, first, lang) or (paid_before(tokens, first, lang) if kind == "money" else "")
            if verb else "") or named \
        or per[1] or price + grade \
        or tidy_label(goods_before(tokens, first, lang), lang) or _per_what(tokens, last, kind, lang)
    latin = what[-1:].isascii() and what[-1:].isalnum()  # "…เกรด AB ต่อกิโลกรัม": a Latin word keeps its space
    return lang["per_label"].format(what=f"{what} " if latin else what, per=per[2]) if what else ""


def _said_of_price(chunk: list[str], price: str, named: str, lang) -> bool:
    """Whether the amount's own chunk opens with the price and names what it reads beside the amount only in a
    relative clause after it (``ราคาผลเชอร์รีสด|ที่|รับซื้อหน้าสวน…``)."""
    joined = "".join(chunk)
    relatives = [i for i, w in enumerate(chunk) if w in (lang["restrictive_relatives"] or [])]
    return joined.startswith(price) and bool(relatives) and named not in price \
        and len("".join(chunk[:relatives[0]])) >= len(price) and named in "".join(chunk[relatives[0]:])


def _only_verb(words: str, lang) -> bool:
    """Whether the words are one verb (``คำนวณ`` of ``… ที่ กยท. คำนวณไว้กิโลกรัมละ``), not an average's word: a verb
    says who reckoned the amount, not what it is."""
    cut_words = cut(words) if words else []
    return len(cut_words) == 1 and cut_words[0] not in (lang["per_qualifiers"] or []) \
        and pos_tags(cut_words, lang)[0] in (lang["verb_tags"] or [])


def _relative_head(tokens, first, lang) -> str:
    """``ต้นทุนการผลิตเฉลี่ยที่ กยท. คำนวณไว้กิโลกรัมละ 63.65 บาท`` → ``ต้นทุนการผลิตเฉลี่ย``: the noun a relative
    clause before the amount is said of, a chunk or two back, before its relative word."""
    _, start = chunk_before(tokens, first, lang)
    for _ in range(_RELATIVE_CHUNKS):
        k = _prev(tokens, start) if start > 0 else None
        if k is None:
            return ""
        chunk, start = chunk_before(tokens, k + 1, lang)
        at = next((i for i in range(len(chunk) - 1, 0, -1) if chunk[i] in (lang["restrictive_relatives"] or [])), None)
        if at is not None:
            return tidy_label("".join(trim(chunk[:at], lang, cut_at_stops=True)), lang)
    return ""


_RELATIVE_CHUNKS = 2


def per_unit(tokens, first, last, lang) -> tuple[str, str, str] | None:
    """``ในอัตรานักเรียนละ 500 รูปี``: an amount per head (``Xละ``): what it is (``อัตรา``), the
    word after the number (its unit, which says what it is when nothing before does:
    ``ครัวเรือนละ ๓๐ ไร่``) and what it is per (``นักเรียน``)."""
    chunk, at = chunk_before(tokens, first)
    while chunk and (chunk[-1] in lang["label_tail_drop"] or qualifier_end(chunk, lang)):
        del chunk[-(qualifier_end(chunk, lang) or 1):]  # "โรงเรียนละประมาณ 6,700 บาท", "สัปดาห์ละไม่น้อยกว่า 2"
    suffix = next((s for s in lang["per_suffixes"] or [] if chunk and chunk[-1].endswith(s) and chunk[-1][:-len(s)]
                   in lang["classifiers"]), None)
    if suffix:  # "คนละ" cut as one word: the head and its suffix
        chunk = [*chunk[:-1], chunk[-1][:-len(suffix)], suffix]
    elif len(chunk) > 1 and chunk[-1] not in (lang["per_suffixes"] or []) and (per := _per_head(chunk[-2] + chunk[-1], lang)):
        chunk = [*chunk[:-2], *filter(None, per)]  # "ตกเมตรละ" cut "ตก|เม|ตรละ": the unit and its suffix
    if len(chunk) < 2 or chunk[-1] not in (lang["per_suffixes"] or []):
        return None
    after = chunk_after(tokens, last)
    unit = after[0] if after and (after[0] in lang["classifiers"] or after[0] in (lang["units"] or {})) else ""
    k = _prev(tokens, at)
    people = unit in (lang["person_classifiers"] or [])
    named_before = k is not None and (tokens[k].text == ")" or tokens[k].kind == "word" and people)
    head = trim(chunk[:-2], lang, cut_at_stops=True) or (
        trim(chunk_before(tokens, at, lang)[0], lang, cut_at_stops=True) if len(chunk) == 2 and named_before else [])
    if "".join(head) == chunk[-2]:
        head = []  # "… 41 ชุด ชุดละ 15 คน": the classifier of the number before, not who are counted per team
    return "".join(head), unit, chunk[-2]  # "กรรมการประจำหน่วย (กปน.) หน่วยละ 9 คน": named before the aside; so are
    # people "เจ้าหน้าที่รักษาความปลอดภัยประจำหน่วยเลือกตั้ง หน่วยละ 2 คน"


def _per_head(said: str, lang) -> tuple[str, str, str] | None:
    """``ตกเมตรละ`` → ``ตก``, ``เมตร``, ``ละ``: words before a unit or classifier and its per suffix, however they
    were cut into words."""
    suffix = next((s for s in lang["per_suffixes"] or [] if said.endswith(s)), None)
    heads = [*(lang["classifiers"] or []), *(lang["units"] or {})]
    head = max((h for h in heads if suffix and said[:-len(suffix)].endswith(h)), key=len, default=None)
    return (said[:-len(suffix) - len(head)], head, suffix) if suffix and head else None


def goods_before(tokens, first, lang) -> str:
    """``หัวมันสดเชื้อแป้ง 25% กิโลกรัมละ 2.35 บาท``: a price per head whose head follows a grade or size
    (a number) is the price of the goods named before that number."""
    chunk, start = chunk_before(tokens, first)
    k = _prev(tokens, start) if start > 0 else None
    alone = len(chunk) <= 2 and chunk[-1:] and chunk[-1].endswith(tuple(lang["per_suffixes"] or ()))  # "ดวงละ" alone
    unit = lexicon(lang.code).units.match_before(tokens, k) if alone and k is not None and tokens[k].kind == "word" else None
    number = _prev(tokens, unit[1]) if unit and not "".join(chunk).startswith(tokens[k].text) else None
    bound = number is not None and (w := _prev(tokens, number)) is not None and tokens[w].kind == "word" and any(
        tokens[w].text.endswith(c) for c in lang["comparatives"] or {})  # "เกิน ๕ กิโลเมตร วันละ ๒๐ บาท": a bound
    if number is not None and tokens[number].kind == "num" and not bound:
        k = number  # "โคม LED ๑๐๐ วัตต์ ดวงละ ๔,๘๕๐ บาท": a size and its unit (not the unit it is per)
    if k is None or tokens[k].kind == "word" or tokens[k].kind == "space" and "\n" in tokens[k].text:
        return ""
    graded = False
    while k is not None and tokens[k].kind != "word" and "\n" not in tokens[k].text:
        graded = graded or tokens[k].kind == "num"
        k = _prev(tokens, k)  # over the grade ("25%", "ความชื้น 15%" keeps its word)
    if k is None or tokens[k].kind != "word" or not graded:
        return ""  # not "13 ก.พ. อยู่ที่กิโลกรัมละ 58 บาท": past a stop, not a grade, is no goods
    return "".join(trim(chunk_before(tokens, k + 1, lang)[0], lang, cut_at_stops=True))


def grade_before(tokens, first, lang) -> str:
    """``เกรด B กิโลกรัมละ 9.80 บาท`` → ``เกรด B``: the grade (a word of ``grade_words`` and its letter) right
    before a price per head, which tells it apart from the other grades' prices."""
    _, start = chunk_before(tokens, first)
    k = _prev(tokens, start) if start > 0 else None
    if k is None or not re.fullmatch(r"[A-Za-z]{1,3}\+?", tokens[k].text):
        return ""
    g = _prev(tokens, k)
    return f"{tokens[g].text} {tokens[k].text}" if g is not None and tokens[g].text in (lang["grade_words"] or []) else ""


def price_before(tokens, first, lang, reach: int = 3) -> str:
    """``ราคาข้าวเปลือกเจ้าความชื้น 15% … อยู่ที่ตันละ 8,900-9,300 บาท``: an amount per head that nothing
    right before names is the price (``price_words``) named in one of the ``reach`` chunks before it."""
    start, left = first, reach
    while left:
        k = _prev(tokens, start) if start > 0 else None
        while k is not None and tokens[k].kind != "word":
            k = _prev(tokens, k)  # over the numbers and units between ("ความชื้น 15%")
        if k is None:
            return ""
        chunk, start = chunk_before(tokens, k + 1)
        left -= not (len("".join(chunk)) < 3 and tokens[k + 1].text == ".")  # "ก.พ.": an abbreviation's letters
        at = [i for i, w in enumerate(chunk) if w.startswith(tuple(lang["price_words"] or ()))]
        if at:
            words = chunk[at[0]:at[0] + 4]
            stop = next((i for i, w in enumerate(words) if i and w in lang["label_stops"]), len(words))
            return "".join(trim(words[:stop], lang, cut_at_stops=False))  # "เงินปันผล|ให้สมาชิก"
    return ""


def paid_before(tokens, first, lang, reach: int = 3) -> str:
    """The payment or price (``price_before``) named in the ``reach`` chunks before the number's own chunk, tidied:
    ``เงินช่วยเหลือ`` of ``เงินช่วยเหลือ … ในอัตราไร่ละ 1,000 บาท``, not the own chunk's ``อัตรา``."""
    return tidy_label(price_before(tokens, chunk_before(tokens, first)[1], lang, reach), lang)


def price_of_counted(before: Figure | None, figure: Figure, text: str, lang) -> str | None:
    """``จำนวน 600 ใบ ใบละ 4,000 บาท``, ``เตียงปรับระดับ ๑๐ เตียง ๆ ละ ๒๕,๐๐๐ บาท``: an amount per head right
    after a count of that head is what each thing counted costs: the count's label per head (``per_label``),
    not a value per head of nothing named."""
    if before is None or figure.kind != "money" or before.kind != "count" or not before.label \
            or before.sentence != figure.sentence:
        return None
    words = text[before.end:figure.start].split()
    given = {*(lang["person_classifiers"] or []), *(lang["noun_classifiers"] or [])}
    if not words or words[0] not in lang["classifiers"] or words[0] in given:
        return None  # "นักเรียน ๑๘ คน คนละ ๓,๐๐๐ บาท", "๑๒ หมู่บ้าน หมู่บ้านละ …": what each is given, not what each costs
    suffixes = lang["per_suffixes"] or []
    heads = {words[0] + s for s in suffixes} | {m + s for m in lang["repeat_marks"] or [] for s in suffixes}
    return lang["per_label"].format(what=before.label, per=words[0]) if "".join(words[1:]) in heads else None


def per_after(tokens, last, lang) -> list[str]:
    """``2,000 रुपये प्रति किसान``: an amount per head is labelled by what it is per."""
    k = _next(tokens, last)
    if k is None or tokens[k].text not in lang["per_words"]:
        return []
    u = _next(tokens, k)
    unit = lexicon(lang.code).unit(tokens, u) if u is not None else None
    if u is not None and (unit or any(tokens[u].text in lang[key] for key in ("duration_words", "units", "measure_words"))):
        # "65.3 मिलियन डोंग प्रति वर्ष", "5,950 रुपये प्रति क्विंटल": a price or rate is named before it, unless
        # a genitive after it names it ("39 रुपये प्रति लीटर का भाव" → "प्रति लीटर भाव"); a unit of two words too
        # ("₹१७५ प्रति घन मीटर की दर")
        end = unit[1] if unit else u
        what = genitive_object(tokens, end, lang) or _paid_after(tokens, end, lang)  # "5 रुपये प्रति लीटर प्रोत्साहन राशि"
        said = [t.text for t in tokens[u:end + 1] if t.kind != "space"]
        return [tokens[k].text, *said, *what] if what else []
    words = tidy_label(tokens[u].text, lang).split() if u is not None and tokens[u].kind == "word" else []
    # प्रति किसान, प्रति हेक्टेयर
    return [tokens[k].text, *words] if words else []


def paid_per(tokens, last, lang) -> list[str]:
    """``₹25,000 प्रति भवन अतिरिक्त जुर्माना लगाया जाएगा`` → ``अतिरिक्त जुर्माना``: what is paid per head, named
    right after what it is per (not a state, ``निर्धारित``, nor how often, ``प्रतिदिन``)."""
    k = _next(tokens, last)
    return _paid_after(tokens, _next(tokens, k), lang) if k is not None else []


def _paid_after(tokens, u, lang) -> list[str]:
    """The noun phrase after token ``u``, unless it holds a state, how often or an adverb."""
    paid = tidy_label(" ".join(phrase_after(tokens, u, lang)), lang).split() if u is not None else []
    plain = set(paid).isdisjoint({*lang["conjunct_nouns"], *(lang["frequency_words"] or []), *(lang["state_words"] or []),
                                  *(lang["adverbs_between"] or [])})
    return paid if plain else []


def per_before(tokens, first, last, lang) -> list[str]:
    """``प्रति किसान 1,000 रुपये की राशि`` → ``प्रति किसान राशि``: an amount per head said before it, past an
    estimate's word (``प्रति किलोमीटर करीब 1,34,380 रुपये``)."""
    p = _prev(tokens, first)
    averaged, average_words = False, lang["average_words"] or []
    while p is not None and (tokens[p].text in (lang["qualifiers_before"] or {}) or tokens[p].text in average_words):
        averaged = averaged or tokens[p].text in average_words
        p = _prev(tokens, p)
    q = _prev(tokens, p) if p is not None else None
    if q is None or tokens[q].text not in lang["per_words"] or tokens[p].kind != "word":
        return []
    average = [lang["average_label_word"]] if averaged and lang["average_label_word"] else []
    return [tokens[q].text, tokens[p].text, *average, *genitive_object(tokens, last, lang)]  # "प्रति वाहन औसतन 22 लाख रुपये"


def funded(tokens, first, last, lang) -> list[str]:
    """``64.5 लाख रुपये की लागत से रंबल स्ट्रिप … लगाने का काम`` → ``रंबल स्ट्रिप की लागत``: an amount spent on the
    works named after its link (``cost_links``), past their count (``… की लागत से 14 बाढ़ सुरक्षा कार्य``); where
    only a verb follows the link (``नया पुल 12 करोड़ रुपये की लागत से बनेगा``), on what is named before the amount."""
    for link, label in (lang["cost_links"] or {}).items():
        k = last
        for word in link.split():
            k = _next(tokens, k) if k is not None else None
            if k is None or tokens[k].text != word:
                break
        else:
            n = _next(tokens, k)
            counted = n is not None and (tokens[n].kind == "num" or tokens[n].text in (lang["numbers"] or {}))
            if n is None or _compared(tokens, n, counted, lang):
                return []  # "150 रुपये से बढ़ाकर", "32.60 करोड़ रुपये से 6.70 करोड़ रुपये अधिक": a base, not a means
            works = tidy_label(" ".join(phrase_after(tokens, n if counted else k, lang, counted=False)), lang)
            if link.split()[-1] in lang["participles"]:  # "… की लागत वाले इस प्लांट की क्षमता": the thing it costs,
                works = " ".join(_words_to_case(works.split(), lang))  # up to its own genitive
            if not works and n is not None and tokens[n].text in lang["clause_verbs"]:
                works = tidy_label(" ".join(phrase_before(tokens, first, lang)[-3:]), lang)
            return fill(label, lang, what=works).split() if works and not _said_of(works, lang) else []
    return []


def _words_to_case(words: list[str], lang) -> list[str]:
    at = next((i for i, w in enumerate(words) if w in lang["genitives"] or w in lang["locatives"]), len(words))
    return words[:at]


def _compared(tokens, n: int, counted: bool, lang) -> bool:
    """The words after a link that make the amount before it a base: a change, a comparative, a postposition
    or another measured amount."""
    word = tokens[n].text
    bases = [*(lang["change_directions"] or {}), *(lang["comparatives"] or {}), *lang["change_verbs"],
             *(lang["compound_postpositions"] or [])]  # "45 डिग्री से ऊपर"
    if word in bases:
        return True
    m = _next(tokens, n)
    return counted and m is not None and bool(lexicon(lang.code).unit(tokens, m))


def _said_of(words: str, lang) -> bool:
    """A word alone that says what something is or became, not what it is: a state (``पूरी``), a participle
    (``प्रस्तावित``) or an old or new value's adjective (``नए``)."""
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or []),
              *(w for forms in (lang["value_adjectives"] or {}).values() for w in forms.values())}
    return " " not in words and (words in states or words.endswith(tuple(lang["qualifier_endings"] or ())))


def _per_what(tokens, last: int, kind: str, lang) -> str:
    """What a figure per something is when nothing before names it: a count, its classifier
    ("วันละ 3 เที่ยว" → "เที่ยวต่อวัน"); an amount, its value (``per_what``)."""
    return tidy_label("".join(chunk_after(tokens, last)[:1]), lang) if kind == "count" else lang["per_what"]


def per_apart(figure: Figure, label: str, lang: Language) -> tuple[str, str]:
    """``ค่าชดเชยต่อไร่`` → (``ค่าชดเชย``, ``ต่อไร่``): an amount's label without the unit it is per
    (``per_label``), which the key box shows with the amount (``๑,๒๐๐ บาทต่อไร่``) as a unit, not in the
    label; kept where what is left names nothing (``per_what``, ``per_qualifiers``) or is a price word alone
    (``อัตราต่อเดือน``: two rates of one amount would be one figure)."""
    per = str(lang["per_label"] or "")
    if figure.kind != "money" or "{per}" not in per:
        return label, ""
    mark = per.split("{per}")[0].split("{what}")[-1]
    at = label.rfind(mark)
    head = label[:at]
    nothing = {lang["per_what"], *(lang["per_qualifiers"] or []), *(lang["price_words"] or [])}
    if at <= 0 or len(cut(label[at + len(mark):])) != 1 or head in nothing:
        return label, ""
    return head.rstrip(), label[at:]


def fund_before(tokens, first, label: str, lang) -> str:
    """``ใช้เงินทดรองราชการเพื่อช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน วงเงิน 18.5 ล้านบาท`` → ``เงินทดรองราชการ``: a bare
    word of a limit (``limit_words``) alone in its chunk is the limit of the fund the phrase before names (its word
    opening with one of ``fund_prefixes``), up to what the fund is for (``amount_purposes``)."""
    if label not in (lang["limit_words"] or []):
        return ""
    chunk, start = chunk_before(tokens, first, lang)
    k = _prev(tokens, start)
    if chunk != [label] or k is None or tokens[k].kind != "word":
        return ""  # not after a year ("ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปี 2569 วงเงิน …": the generic word's rule)
    words = phrase_back(tokens, start, lang)
    at = next((i for i, w in enumerate(words) if w.startswith(tuple(lang["fund_prefixes"] or ()))), None)
    if at is None:
        return ""
    end = next((j for j in range(at + 1, len(words)) if words[j] in (lang["amount_purposes"] or [])), len(words))
    return tidy_label("".join(words[at:end]), lang)
