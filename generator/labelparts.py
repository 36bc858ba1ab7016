"""A part of a whole, in a language that puts the counted noun after the number (Hindi): ``42 में से 37
सदस्य`` (the whole after the part's number), ``214 महाविद्यालयों में से 9 की संबद्धता`` (a whole before it),
``12 प्रस्ताव रखे गए, जिनमें से 10 पारित हुए`` (the whole named earlier in the sentence). Used by
``labelsafter``; and the rest of a whole in Thai (``ส่วนที่เหลือ 44,700 ตัน จำหน่ายในประเทศ``), used by ``labels``."""

from __future__ import annotations

from generator.checks import stem_word
from generator.labelchunks import chunk_after, chunk_before, trim
from generator.labelclause import clause_object, ends_clause
from generator.labelphrase import before_adverb_phrase, phrase_before, skip_qualifier
from generator.labelphraseafter import genitive_object, phrase_after
from generator.labelwords import tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev
from generator.numerals import skip_spaces as _skip


def partitive(tokens, first, last, lang) -> list[str]:
    """``214 महाविद्यालयों में से 9 की संबद्धता``: a part of a whole named before it is labelled
    by the whole, with what the part has (``महाविद्यालयों की संबद्धता``) or what its clause says of it
    (``स्कूलों में कक्षा-कक्षों की कमी``)."""
    k = first
    p = _prev(tokens, first)
    if p is not None and (q := before_adverb_phrase(tokens, p, lang, "time_between")) != p and q is not None:
        k = _next(tokens, q)  # "इनमें से अब तक 21,935 को …": the part, past when
    for n, word in enumerate(reversed(lang["partitive_before"] or [])):
        k = _prev(tokens, k)
        if n and k is not None and tokens[k].text in lang["dependent_links"]:
            return _part_of_before(tokens, k, last, lang)  # "… 17 प्रस्ताव रखे गए। इनमें से 15 को मंजूरी मिली"
        if k is None or tokens[k].text != word:
            return []
    whole = tidy_label(" ".join(phrase_before(tokens, k, lang)[-3:]), lang).split()
    if not whole:
        return []
    g = _next(tokens, last)
    what = genitive_object(tokens, last, lang, 2) if g is not None and tokens[g].text in lang["genitives"] else []
    if what and g is not None:
        return [*whole, tokens[g].text, *what]
    return [*whole, *clause_object(tokens, last, lang)]  # "1,860 स्कूलों में से 246 में कक्षा-कक्षों की कमी है"


def whole_of_part(tokens, last, lang) -> list[str]:
    """``42 में से 37 सदस्य मौजूद रहे``: a whole a part is taken from right after it counts the part's noun."""
    k = last
    for word in lang["partitive_before"] or []:
        k = _next(tokens, k)
        if k is None or tokens[k].text != word:
            return []
    part = _next(tokens, k)
    if part is None or tokens[part].kind != "num":
        return []
    while (n := _next(tokens, part)) is not None and (tokens[n].kind == "num" or tokens[n].text in lang["scales"]):
        part = n
    words = phrase_after(tokens, skip_qualifier(tokens, part, lang), lang)
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or []), *lang["clause_verbs"]}
    while len(words) > 1 and words[0] in states:
        words = words[1:]  # "16 सदस्य उपस्थित रहे" read as "उपस्थित सदस्य": the noun is the part's
    noun = words[:1]
    return [] if set(noun) & states else noun  # not "15 में से 12 उपस्थित रहे": what the part is


def whole_noun(tokens, first, lang) -> list[str]:
    """The noun of the whole a part of it is taken from earlier in the sentence (``12 प्रस्ताव रखे गए,
    जिनमें से 10 पारित हुए और 2 स्थगित`` → ``प्रस्ताव``)."""
    k, since = _prev(tokens, first), (lang["partitive_before"] or [""])[-1]
    for _ in range(_PART_GAP):
        if k is None or tokens[k].text in _SENTENCE_ENDS:
            return []
        n = _next(tokens, k)
        if tokens[k].text in lang["dependent_links"] and n is not None and tokens[n].text == since:
            return _part_of_before(tokens, k, k, lang)[:1]
        p = _prev(tokens, k)
        if [tokens[k].text, tokens[n].text if n is not None else ""] == lang["partitive_before"] and p is not None \
                and tokens[p].kind == "word":
            return [tokens[p].text]  # "2,400 शिकायतों में से …, शेष 250 लंबित"
        k = p
    return []


_SENTENCE_ENDS = {"।", ".", "\n", "?", "!"}


def _part_of_before(tokens, link, last, lang) -> list[str]:
    """``कुल 17 प्रस्ताव रखे गए। इनमें से 15 को मंजूरी मिली`` → ``प्रस्ताव को मंजूरी``: a bare part of the
    things counted just before (``इनमें से``) is labelled by their noun and what its clause says."""
    k = _prev(tokens, link)
    for _ in range(_PART_GAP):
        if k is None or tokens[k].kind == "num":
            break
        k = _prev(tokens, k)
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or []), *lang["clause_verbs"]}
    said = tidy_label(" ".join(phrase_after(tokens, k, lang)), lang).split() if k is not None and tokens[k].kind == "num" else []
    while said and said[-1] in states:
        said.pop()  # "1,846 शिकायतें आईं", "318 शिकायतें दर्ज": the things, not the verb or state
    noun = said[-1:]
    return [*noun, *clause_object(tokens, last, lang)] if noun else []


_PART_GAP = 12  # tokens back from "इनमें से" to the number of the whole


def part_state(tokens, first, last, lang) -> list[str]:
    """``3,475 बच्चों में से 2,906 यानी 83.6 फीसदी को दोबारा स्कूल से जोड़ा जा चुका है``, ``9,840 पदों में से
    1,372 पद यानी करीब 14 प्रतिशत रिक्त हैं``: a part taken from a whole (``में से``, ``जिनमें से``) is told
    apart from it by what its clause says of it up to the verb, past its own noun (the whole's) and the
    share that restates it (``दोबारा स्कूल से जोड़ा बच्चे``, ``रिक्त पद``). None when the clause has no verb,
    holds another number, a doer (``ने``) or a list, or says too much."""
    p = _prev(tokens, first)
    link = _prev(tokens, p) if p is not None and tokens[p].text == (lang["partitive_before"] or ["", ""])[-1] else None
    if link is None or tokens[link].text not in {(lang["partitive_before"] or [""])[0], *lang["dependent_links"]}:
        return []
    dependent = tokens[link].text in lang["dependent_links"]  # "… 38 प्रस्ताव रखे गए, जिनमें से 34 …"
    whole = _counted_before(tokens, link, lang) if dependent else phrase_before(tokens, link, lang)[-1:]
    j = _next(tokens, last)
    unit = lexicon(lang.code).unit(tokens, j) if j is not None else None
    j = _next(tokens, unit[1]) if unit else j  # "जिनमें से 212 किलोमीटर सड़कें खराब": past the part's unit
    stops = {*lang["label_stops"], *lang["clause_verbs"], *lang["share_markers"], *lang["conjunct_nouns"],
             *(lang["state_words"] or [])}
    own = j is not None and tokens[j].kind == "word" and (
        _same_noun(tokens[j].text, whole[0], lang) if whole else tokens[j].text not in stops)
    noun = [tokens[j].text] if own and j is not None else []
    j = _next(tokens, j) if noun and j is not None else j
    if j is not None and (tokens[j].text in lang["genitives"] or tokens[j].text in lang["clause_links"]) \
            and not (noun and whole):
        return []  # "… में से 14 की मान्यता रद्द", "इनमें से 21 सड़कों पर काम": the part and its case, as ``partitive``
    passing = {*lang["share_markers"], *lang["label_skip"], *lang["percent_words"], ",", "(", ")"}
    while j is not None and (tokens[j].text in passing or tokens[j].kind == "num"):
        j = _next(tokens, j)  # "… यानी करीब 14 प्रतिशत": the share that restates the part
    if not noun and j is not None and whole and _same_noun(tokens[j].text, whole[0], lang):
        noun, j = [tokens[j].text], _next(tokens, j)  # "260 यानी करीब 62 प्रतिशत सीटें छात्राओं के लिए होंगी"
    verbs = {*lang["clause_verbs"], *lang["copulas"], *lang["verb_auxiliaries"]}
    words: list[str] = []
    while j is not None and tokens[j].kind == "word" and (not ends_clause(tokens, j, verbs, lang)
                                                          or _leads_on(tokens, j, verbs, lang)):
        words.append(tokens[j].text)  # "… में से 1,46,320 बनकर तैयार हुए": built and ready, not "built"
        j = _next(tokens, j)
    breaks = {*lang["list_joiners"], *(lang["agent_markers"] or [])}
    said = j is not None and tokens[j].text in _SENTENCE_ENDS and len(words) > 1 \
        and words[-1].endswith(tuple(lang["participle_endings"] or ()))  # "… मानक पर खरे नहीं उतरे।": a past verb
    if j is None or tokens[j].kind != "word" and not said or not words or set(words) & breaks:
        return []  # no verb ends the clause before a number or the line's end; a list; a doer
    while words and (words[0] in lang["genitives"] or words[0] in lang["clause_links"]):
        words.pop(0)  # "को दोबारा स्कूल से जोड़ा"
    while words and (words[-1] in lang["genitives"] or words[-1] in lang["label_stops"]):
        words.pop()  # "कम वजन के पाए गए"
    if not words or len(words) > _STATE_WORDS:
        return []
    if whole and _same_noun(words[-1], whole[0], lang):
        return words  # "इनमें से 400 इलेक्ट्रिक बसें होंगी"
    return [*words, *(noun or whole)]


def _leads_on(tokens, j, verbs, lang) -> bool:
    """A conjunctive participle (``conjunctive_ending``: ``बनकर``) with a word after it that does not end the clause
    (``तैयार``): the clause goes on to that word."""
    ending, n = lang["conjunctive_ending"], _next(tokens, j)
    return bool(ending) and tokens[j].text.endswith(ending) and len(tokens[j].text) > len(ending) and n is not None \
        and tokens[n].kind == "word" and not ends_clause(tokens, n, verbs, lang)


def _counted_before(tokens, link, lang) -> list[str]:
    """The head noun of the count a dependent clause (``जिनमें से``) takes its part from: ``5,400 आंगनबाड़ी
    केंद्र हैं, जिनमें से`` → ``केंद्र``, ``512 प्रतिष्ठान चिन्हित किए गए`` → ``प्रतिष्ठान``."""
    k = _prev(tokens, link)
    for _ in range(_PART_GAP):
        if k is None or tokens[k].kind == "num":
            break
        k = _prev(tokens, k)
    words = phrase_after(tokens, k, lang) if k is not None and tokens[k].kind == "num" else []
    at = next((i for i, w in enumerate(words) if w in lang["genitives"]), len(words))
    words = words[:at]  # "4.2 लाख संपत्तियों का सर्वे": the counted noun, not what was done to it
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or []), *lang["label_stops"]}
    while words and words[-1] in states:
        words = words[:-1]
    return words[-1:]


def _same_noun(word: str, other: str, lang) -> bool:
    """``पद`` and ``पदों``, ``सीटें`` and ``सीटों``, ``अभ्यर्थी`` and ``अभ्यर्थियों``: one noun in two forms (the same
    letters once a plural ending and the vowel signs that end them are cut)."""
    return bool(word) and _stem(stem_word(word, lang)) == _stem(stem_word(other, lang))


def _stem(word: str) -> str:
    return word.rstrip("".join(chr(c) for c in (*range(0x0900, 0x0904), *range(0x093A, 0x0950))))


_STATE_WORDS = 5


def rest_state(tokens, first, last, lang) -> str:
    """Thai: a count of the rest (``remainder_words`` before it) is named by the state the phrase after its classifier
    puts it in, past the words that only open it (``state_openers``: ``อยู่``, ``เป็น``), a few words."""
    chunk = chunk_before(tokens, first, lang)[0]
    while chunk and chunk[0] in (lang["list_joiners"] or []):
        chunk = chunk[1:]  # "…และส่วนที่เหลือทั้งหมด 27 ลำ"
    said = "".join(w for w in chunk if w not in lang["quantity_words"])
    if not said or said not in (lang["remainder_words"] or []):
        return ""
    k = _skip(tokens, last + 1)
    unit = lexicon(lang.code).unit(tokens, k) if k < len(tokens) else None
    k = unit[1] if unit is not None else k  # "ที่เหลืออีก 130 ล้าน ลบ.ม. เป็นน้ำก้นอ่าง": past a unit of several tokens
    if k + 1 >= len(tokens) or unit is None and tokens[k].text not in lang["classifiers"] \
            or tokens[k + 1].kind != "space" and tokens[k].text not in (lang["person_classifiers"] or []):
        return ""  # "ที่เหลืออีก ๑๑๒ เรื่องอยู่ระหว่างดำเนินการ": the classifier's own phrase names it already; not
        # a classifier of people ("… 794 รายอยู่ระหว่างตรวจสอบ"), which names nothing
    words = chunk_after(tokens, k)
    if words[:1] and (words[0] in {*(lang["clause_modals"] or []), *(lang["completion_words"] or [])}
                      or words[0].startswith(tuple(lang["speaker_titles"] or ()))):
        return ""  # "ส่วนที่เหลือ 44 จุด จะแล้วเสร็จ…": what is yet to be done to the rest: the rest; "… 294 แห่ง
        # ผู้ว่าฯ สั่งการ…": an office acting opens a new clause
    openers = lang["state_openers"] or []
    while words and words[0] in openers:
        words = words[1:]
    glued = next((o for o in openers if words and words[0].startswith(o) and words[0] != o), "")
    words = [words[0][len(glued):], *words[1:]] if glued else words  # "เป็นน้ำ|ก้น|อ่าง" as the dictionary cuts it
    words = trim(words, lang, cut_at_stops=True)[:_REST_WORDS]
    while words and words[-1] in (lang["list_joiners"] or []):
        words.pop()  # "ระหว่างตรวจสอบเอกสารและ…": not a joiner at its end
    return "".join(words)


_REST_WORDS = 4
