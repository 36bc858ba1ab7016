"""The words of a label and of its context: a label tidied (no verb, particle or unit at either end;
Thai words tagged by PyThaiNLP), and the words the label rules compare (Thai cut into words, units,
scales, currencies and classifiers set apart). Used by every ``label*`` module."""

from __future__ import annotations

import functools
import re
import unicodedata

from generator.language import Language, get_language
from generator.model import Figure
from generator.numerals import scales_longest, tokenize


def unmeasured(text: str, lang: Language) -> list[str]:
    """The words of ``text`` without units, scales, currencies and classifiers."""
    skipped = classified_measures(lang)
    return [w for w in cut(text) if unit_word(w, lang) not in skipped]


def classified_measures(lang: Language) -> frozenset[str]:
    """Units, scales, currencies and classifiers."""
    return _measures(lang.code)[1]


def joined(words: list[str], known) -> list[str]:
    """``words`` with two the dictionary cut apart written as one where they make one of ``known``
    (``ปี|บัญชี`` → ``ปีบัญชี``, ``สูง|ขึ้น`` → ``สูงขึ้น``)."""
    out: list[str] = []
    for word in words:
        if out and out[-1] + word in known:
            out[-1] += word
        else:
            out.append(word)
    return out


def undotted(text: str, lang: Language) -> str:
    """``text`` with its abbreviated units (``ลบ.ม.``, ``กก.``) taken out: the dictionary cuts them apart."""
    for unit in _measures(lang.code)[2]:
        text = text.replace(unit, " ")
    return text


def measure_words(lang: Language) -> frozenset[str]:
    """Units, scales and currencies: the words between a number and what it counts."""
    return _measures(lang.code)[0]


@functools.cache
def _measures(code: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """A language's measure words; with its classifiers; its dotted ones, longest first (asked for thousands
    of times an article)."""
    lang = get_language(code)
    measures = frozenset({*(lang["units"] or {}), *(lang["scales"] or {}), *(lang["latin_scales"] or {}),
                          *(lang["currencies"] or {})})
    dotted = tuple(sorted((w for w in measures if "." in w), key=len, reverse=True))
    return measures, measures | set(lang["classifiers"] or []), dotted


def unit_word(run: str, lang: Language) -> str:
    """A run of Thai letters without the scale words it starts with (``ล้านลูกบาศก์เมตร``)."""
    scales = scales_longest(lang.code)
    while any(run.startswith(scale) and run != scale for scale in scales):
        run = run[len(next(scale for scale in scales if run.startswith(scale))):]
    return run


def cut(text: str) -> list[str]:
    """The words of ``text``, Thai cut into words."""
    return list(_cut(text))


@functools.lru_cache(maxsize=8192)
def _cut(text: str) -> tuple[str, ...]:  # the same short runs are cut again for each figure near them
    return tuple(t.text for t in tokenize(text) if t.kind in {"word", "thai"})


def word_list(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w\u0900-\u097f\u0e00-\u0e7f]*", text)


def direct_plural(label: str, words: frozenset[str], lang: Language) -> str:
    """``कम वसूली वाली समितियों`` → ``कम वसूली वाली समितियां``: a label whose last word is an oblique
    plural (a key box puts no postposition after it) ends in the direct form, the first of the
    forms ``oblique_plurals`` gives that the article itself writes; otherwise it stays."""
    said = label.split()
    if not said or (direct := _direct(said[-1], words, lang)) is None \
            or said[-2:-1] and said[-2] in (lang["oblique_determiners"] or []):  # "इन स्थानों": the oblique stays
        return label
    said[-1] = direct
    if len(said) > 2 and said[-2] in (lang["list_joiners"] or []):  # "प्रांतों और शहरों" → "प्रांत और शहर"
        other = _direct(said[-3], words, lang)
        if other is None and said[-3].endswith(tuple(lang["oblique_plurals"] or {})):
            return label  # "तहसील मुख्यालयों व कस्बों": both stay, as the first has no direct form known
        said[-3] = other or said[-3]
    return " ".join(said)


def _direct(word: str, words: frozenset[str], lang: Language) -> str | None:
    for ending, forms in (lang["oblique_plurals"] or {}).items():
        if word.endswith(ending) and len(word) > len(ending):
            return next((w for f in forms if (w := word[:-len(ending)] + f) in words), None)
    return None


def without_repeats(label: str, lang: Language) -> str:
    """``เป้าหมายเป้าหมายปีงบประมาณ`` → ``เป้าหมายปีงบประมาณ``, ``पिछले वित्त वर्ष वित्त वर्ष`` → ``पिछले वित्त
    वर्ष``: a word or phrase of up to three words said twice in a row, where two rules each added it, once (not
    a spelt-out abbreviation's letters, ``ซีซีเอส``)."""
    joiner = "" if lang["label_side"] == "before" else " "
    for _ in range(_REPEAT_PASSES):
        words = [w for w in (cut(label) if not joiner else label.split()) if w.strip()]
        doubled = next((joiner.join(words[i:i + n]) for n in (3, 2, 1) for i in range(len(words) - 2 * n + 1)
                        if words[i:i + n] == words[i + n:i + 2 * n] and len("".join(words[i:i + n])) > 2), None)
        if doubled is None or doubled + joiner + doubled not in label:
            return label
        label = label.replace(doubled + joiner + doubled, doubled, 1)
    return label


_REPEAT_PASSES = 3


def said_now(words: list[str], lang: Language, after_now: bool = False) -> int:
    """How many words at the head of a label only say "now" (``इस वर्ष …``; ``after_now``: the word before
    them is a ``current_marks`` word, ``[इस] वर्ष …``), not what: a mark and a period word, unless a
    genitive makes the time whose (``चालू सत्र का बजट``)."""
    at = 0 if after_now else 1
    if at and (not words or words[0] not in (lang["current_marks"] or [])):
        return 0
    said = len(words) > at + 1 and words[at] in (lang["earlier_periods"] or []) and words[at + 1] not in (lang["genitives"] or [])
    return at + 1 if said else 0


def tidy_label(label: str, lang: Language) -> str:
    """``1,207 छात्रों को`` → ``छात्रों``; ``ให้ได้`` → ``""``; ``ใช้น้ำ`` → ``น้ำ``.

    >>> from generator.language import get_language
    >>> tidy_label("1,207 छात्रों को", get_language("hi")), tidy_label("ให้ได้", get_language("th"))
    ('छात्रों', '')
    """
    return _tidy(label, lang.code)


def _codes_glued(words: list[str], label: str) -> list[str]:
    """``PM|2.5`` → ``PM2.5``: a number written onto a word of Latin letters names something (a pollutant)."""
    out: list[str] = []
    for w in words:
        name = out[-1].strip() if out else ""  # " PM" as the Thai words keep a Latin term's space
        if name.isascii() and name.isalpha() and re.fullmatch(r"[\d.,]+", w) and name + w in label:
            out[-1] += w
        else:
            out.append(w)
    return out


@functools.lru_cache(maxsize=16384)
def _tidy(label: str, code: str) -> str:  # the same words are tidied again for each rule that tries them
    lang = get_language(code)
    thai = lang["label_side"] == "before"
    words = _with_repeats(_thai_words(label), lang["repeat_marks"] or []) if thai else label.split()
    drop = set(lang["label_edge_drop"] or []) | set(lang["units"] or {}) | set(lang["scales"] or {}) \
        | set(lang["currencies"] or {})  # "ล้านดอง" of the amount before is not what this one counts
    drop -= {*(lang["noun_units"] or {}), *(lang["unit_nouns"] or {})}  # "1.46 लाख मीटर ही लग सके": the meters; "ग्राम"
    words = [w for w in _codes_glued(words, label) if not re.fullmatch(r"[\d.,%]+", w)]
    first = next((i for i, w in enumerate(words) if w not in drop), None)
    if thai and first is not None:
        words[first:first + 1] = _glued_edge(words[first], lang["glued_lead_words"] or [])  # "(คิด)เป็นอัตรา|ครองเตียง"
    tags = pos_tags(words, lang)
    lead, tail, nouns = (set(lang[key] or []) for key in ("lead_drop_tags", "tail_drop_tags", "noun_tags"))
    now = said_now(words, lang)
    words, tags = words[now:], tags[now:]  # "इस वर्ष बोर्ड की कुल आय": when, not what
    lead_drop = {*drop, *(lang["label_lead_drop"] or []), *(lang["percent_words"] or [])}  # "प्रतिशत" of the number before
    while words and words[0].strip() in lead_drop:  # " ลบ.ม." too: an abbreviation keeps its space
        words, tags = words[1:], tags[1:]  # "มติ…": a word that only opens a label
    forms = lang["lead_forms"] or {}
    verb = max((i for i, w in enumerate(words) if w in forms), default=None)
    if verb is not None:  # "คณะกรรมการตั้งเป้าหมายผู้เข้าอบรม" → "เป้าหมายผู้เข้าอบรม": the subject is not counted
        words, tags = [forms[words[verb]], *words[verb + 1:]], [(lang["noun_tags"] or [""])[0], *tags[verb + 1:]]
    said_that = max((i for i, w in enumerate(words) if i and w in (lang["complementizers"] or [])), default=None)
    if thai and said_that is not None and said_that + 1 < len(words) and tags[said_that + 1] not in nouns:
        sayer = [w for w in words[:said_that] if w not in (lang["saying_verbs"] or [])]
        if sayer:  # "แผนงานกำหนดว่าจะต้องแล้วเสร็จ": what says what will be, without its verb of saying
            words, tags = words[:said_that], tags[:said_that]
            while words and words[-1] in (lang["saying_verbs"] or []):
                words, tags = words[:-1], tags[:-1]  # "… กำหนด", "… คาด": the verb of saying
        else:  # "คาดว่าจะประหยัดค่าไฟฟ้า": no one says it, what is said is the label
            words, tags = words[said_that + 1:], tags[said_that + 1:]
    first_noun = next((i for i, tag in enumerate(tags) if tag in nouns), None)
    if first_noun and all(tag in lead for tag in tags[:first_noun]):
        words, tags = words[first_noun:], tags[first_noun:]  # "ใช้น้ำ" → "น้ำ": a verb is not what is counted
    said = drop | set(lang["clause_verbs"] or []) | set(lang["infinitives"] or [])  # "प्रीमियम देना होता"
    units = set(lang["units"] or {}) if not thai else set()  # "स्मार्ट मीटर": after a word, a unit's word is a noun
    compounds = set(lang["noun_compounds"] or [])
    while words and (words[-1] in said or tags[-1] in tail) and not (len(words) > 1 and words[-1] in units) \
            and " ".join(words[-2:]) not in compounds:  # "संपत्ति कर": a tax, not "do"
        words, tags = words[:-1], tags[:-1]
    if len(words) > 2 and words[-1] in (lang["count_heads"] or []) and words[-2] in (lang["genitives"] or []):
        words, tags = words[:-2], tags[:-2]  # "बच्चों की संख्या" → "बच्चों"
    if len(words) == 1 and (words[0].strip() in drop or words[0] in (lang["percent_prefix"] or [])):
        words = []
    if words and not thai:
        for ending, direct in (lang["direct_forms"] or {}).items():
            if words[-1].endswith(ending) and len(words[-1]) > len(ending) + 1:
                words[-1] = words[-1][:-len(ending)] + (direct or "")
                break
    return ("" if thai else " ").join(words).strip("-– ")  # not a hyphen left of a name cut at its edge ("…ขึ้น-")


def _glued_edge(word: str, leads: list[str]) -> list[str]:
    """A Thai dictionary word made of a clause word and another word (``เป็นอัตรา``) as the two."""
    from pythainlp.corpus import thai_words

    edge = next((w for w in leads if word.startswith(w) and word[len(w):] in thai_words()), None)
    return [edge, word[len(edge):]] if edge else [word]


def pos_tags(words: list[str], lang: Language) -> list[str]:
    """Part-of-speech tags of a label's words, where the language names a tagger (PyThaiNLP's
    perceptron on the ORCHID corpus for Thai, shipped with the package); else blanks."""
    corpus = lang["pos_corpus"]
    if not words or not corpus:
        return [""] * len(words)
    noun, nominal, fixed = (lang["noun_tags"] or [""])[0], tuple(lang["nominalizers"] or ()), lang["pos_fixes"] or {}
    # "การเลือกตั้ง" alone is tagged a conjunction: a word made a noun is a noun; a few words the tagger reads
    # wrong have their tag in the language's data ("เห็นชอบ", approve, is a verb)
    tags = [fixed.get(w) or (noun if w.startswith(nominal) and len(w) > 4 else t)
            for w, t in zip(words, _tagged(tuple(words), corpus))]
    nouns = set(lang["noun_tags"] or [])  # "กำลัง|การผลิต": capacity, a noun before a noun ("กำลัง|ก่อสร้าง": an aspect)
    return [noun if w in (lang["aux_nouns"] or []) and i + 1 < len(tags) and tags[i + 1] in nouns else t
            for i, (w, t) in enumerate(zip(words, tags))]


@functools.lru_cache(maxsize=4096)
def _tagged(words: tuple[str, ...], corpus: str) -> tuple[str, ...]:
    from pythainlp.tag import pos_tag

    return tuple(tag for _, tag in pos_tag(list(words), corpus=corpus))


def _thai_words(text: str) -> list[str]:
    """The words of a Thai label; an abbreviation stays one word with its full stops and the space
    before it (``ผู้สมัครนายก อบจ.`` → ``ผู้สมัคร``, ``นายก``, `` อบจ.``), and so does a Latin word."""
    out: list[str] = []
    tokens = tokenize(text)
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].kind != "space" and (tokens[j].text == "." or tokens[j].kind == "word"):
            j += 1  # a run without spaces: "อบ", "จ", "." or "ม", ".", "ค", "."
        run = "".join(t.text for t in tokens[i:j])
        if j > i and run.endswith(".") and len(run.replace(".", "")) <= _ABBREVIATION_MAX and run[0] != ".":
            out.append((" " if out else "") + run)
            i = j
            continue
        if i + 1 < j and tokens[i + 1].text == "." and len(tokens[i].text) <= _TITLE_MAX:
            out.append((" " if out else "") + tokens[i].text + ".")  # "อ.ชนบท": a place's title and its name
            i += 2
            continue
        for t in tokens[i:max(j, i + 1)]:
            if t.kind != "space":  # a Latin term after Thai keeps its space ("มาตรฐาน GMP")
                latin = t.text.isascii() and t.text[:1].isalpha() and out and not out[-1].isascii()
                out.append(" " + t.text if latin else t.text)
        i = max(j, i + 1)
    return out


_ABBREVIATION_MAX = 5  # letters: "อบจ.", "ม.ค.", "รพ.สต."
_TITLE_MAX = 1  # letters of a one-letter title glued to a name ("อ.ชนบท", "ต.บ้านใหม่")


def _with_repeats(words: list[str], marks: list[str]) -> list[str]:
    """``อื่น``, ``ๆ`` or ``อื่นๆ`` → ``อื่น ๆ``: a word and its repeat mark are one word, the mark apart by a
    space as the texts write it (the space after it: ``spaced_marks``)."""
    out: list[str] = []
    for word in words:
        mark = next((m for m in marks if word.endswith(m)), None)
        if mark is None or word == mark and not out:
            out.append(word)
        elif word == mark:
            out[-1] = f"{out[-1]} {mark}"
        else:
            out.append(f"{word[:-len(mark)].rstrip()} {mark}")
    return out


def spaced_marks(label: str, lang: Language) -> str:
    """``หน่วยงานต่าง ๆรวม`` → ``หน่วยงานต่าง ๆ รวม``: a repeat mark has a space after it before a word, and
    a Latin word a space between it and a word of the language's script (``โคมLEDขนาด`` → ``โคม LED ขนาด``), as
    the texts write them, however the label was put together (words run together, a total's word, a template)."""
    for mark in lang["repeat_marks"] or []:
        label = re.sub(rf"{re.escape(mark)}(?=\S)", f"{mark} ", label)
    return _LATIN_EDGE.sub(_latin_space, label)


_LATIN_EDGE = re.compile(r"(?<=[A-Za-z])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[A-Za-z])")


def _latin_space(edge: re.Match) -> str:
    """A space where a Latin letter meets a letter or mark of another script (not a digit or a quote)."""
    other = edge.string[edge.start()] if edge.string[edge.start() - 1].isascii() else edge.string[edge.start() - 1]
    return " " if unicodedata.category(other)[0] in "LM" else ""


def fill(template: str, lang: Language, **parts: str) -> str:
    """A label template filled (``{event} की समय-सीमा``), a part a postposition follows in its oblique
    case: ``आवेदनों का निपटारा`` → ``आवेदनों के निपटारे की अवधि`` (``oblique_genitives``: the genitive
    before the part's last noun; ``oblique_endings``: that noun, masculine as the genitive shows). A filled label
    does not end in a word, a postposition and the word again (``सर्वे माह का माह`` → ``सर्वे माह``)."""
    filled = str(template).format(**{name: _oblique(part, lang) if _postposed(str(template), name, lang) else part
                                     for name, part in parts.items()})
    words = filled.split()
    if len(words) > 2 and words[-1] == words[-3] and words[-2] in (lang["postpositions"] or []):
        return " ".join(words[:-2])
    return filled


def fill_once(template: str, lang: Language, label: str, **parts: str) -> str:
    """``fill``, unless ``label`` says already what the template adds to it (``भंडारण में वृद्धि`` and
    ``{label} में वृद्धि``: not ``… में वृद्धि में वृद्धि``)."""
    added = fill(template, lang, label="", **parts).strip()
    return label if added and label.endswith(added) else fill(template, lang, label=label, **parts)


def _postposed(template: str, name: str, lang: Language) -> bool:
    found = re.search(r"\{" + name + r"\} (\S+)", template)
    return found is not None and found.group(1) in (lang["postpositions"] or [])


def _oblique(phrase: str, lang: Language) -> str:
    words, genitives = phrase.split(), lang["oblique_genitives"] or {}
    at = max((i for i, w in enumerate(words[:-1]) if w in (lang["postpositions"] or [])), default=None)
    if at is None and words:  # "इलेक्ट्रिक बसें" + "पर" → "इलेक्ट्रिक बसों पर": a plural before a postposition
        plural = next(((d, o) for o, directs in (lang["oblique_plurals"] or {}).items() for d in directs
                       if d and d[-1] in "ंँ" and words[-1].endswith(d) and len(words[-1]) > len(d) + 1), None)
        return " ".join([*words[:-1], words[-1][:-len(plural[0])] + plural[1]]) if plural else phrase
    if at is None or at == 0 or words[at] not in genitives or len(words) - at > _OBLIQUE_HEAD_WORDS + 1:
        return phrase  # "कर्मचारियों का महंगाई भत्ता": the genitive of the head, a word or two before it
    last = words[-1]
    for ending, oblique in (lang["oblique_endings"] or {}).items():
        if last.endswith(ending) and len(last) > len(ending) + 1:
            last = last[:-len(ending)] + oblique
            break
    return " ".join([*words[:at], genitives[words[at]], *words[at + 1:-1], last])


_OBLIQUE_HEAD_WORDS = 2


def said_per(figure: Figure, text: str, lang: Language) -> bool:
    """Whether the text says the figure is per head or per period (``คนละ ๑,๐๐๐ บาทต่อเดือน``, ``1,000 रुपये
    प्रति माह``, ``กิโลกรัมละ 58.50 บาท``): a per word after it, or glued to the word before it."""
    per = tuple(lang["per_words"] or ())
    after = text[figure.end:figure.end + _RATE_CHARS].lstrip()
    before = word_list(text[max(0, figure.start - _RATE_CHARS):figure.start])
    glued = before[-1] if before and before[-1] not in (lang["list_joiners"] or ()) else ""  # "คนละ", not "และ"
    return bool(per) and (after.startswith((*per, "/")) or glued.endswith(per) and glued not in per)


_RATE_CHARS = 12


def derived_head(label: str, lang: Language) -> str:
    """What a label made from another one (a change, an earlier value) says it of: the other label up to
    where it says what from (``source_links``: ``รายได้จากค่าธรรมเนียมเข้าอุทยานฯรวม`` → ``รายได้``), the
    card before naming it in full."""
    if not lang["source_links"]:
        return label
    words = cut(label)
    at = next((i for i, w in enumerate(words) if i and w in lang["source_links"]), None)
    return ("" if lang["label_side"] == "before" else " ").join(words[:at]) if at else label


def without_cost(kind: str, label: str, lang: Language) -> str:
    """``ค่าจัดซื้อรถบรรทุกขยะ`` → ``รถบรรทุกขยะ``: a count whose label begins with the word for a cost and a
    verb of buying or building (``cost_words``, ``cost_verbs``) counts the things bought, not what they cost."""
    if kind != "count":
        return label
    lead = next((w + v for w in lang["cost_words"] or [] for v in lang["cost_verbs"] or []
                 if label.startswith(w + v) and len(label) > len(w + v)), "")
    return label[len(lead):].lstrip() if lead else label
