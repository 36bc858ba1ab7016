"""Where a run of Thai words before a number holds a clause ``trim`` cuts at or keeps: a relative clause
(``เกษตรกรที่ขึ้นทะเบียนกับ กยท.``) or a registration verb (``…ขึ้นทะเบียนกับกรมส่งเสริมการเกษตร``) before a
preposition, an amount's head before its purpose, a noun a link ties to the noun after it, a chain of verbs
after the noun doing them. Used by ``labelchunks.trim``."""

from __future__ import annotations

from generator.labelwords import pos_tags


def relative_before(words: list[str], i: int, related: set[int], lang) -> int | None:
    """Where a short relative clause starts (``ที่`` + a verb or two, ``relative_tags``) that ends at the
    preposition at ``i`` (``preposition_tags``, not a genitive), after a noun; None if not so. ``related``:
    where ``words`` has a relative word (only near one are the words tagged)."""
    window = range(i - 2, max(0, i - 2 - _RELATIVE_WORDS), -1)
    if i < 3 or related.isdisjoint(window):
        return None
    prepositions, relatives = lang["preposition_tags"] or [], lang["relative_tags"] or []
    if not prepositions or not relatives:
        return None
    tags = pos_tags(words, lang)
    if tags[i] not in prepositions or words[i] in (lang["head_before"] or []) or words[i] in lang["relatives"]:
        return None  # not "ของ" ("พื้นที่ที่พบการระบาดของโรคใบด่าง" names the disease), nor "ใน" (where, in the clause)
    j = next((j for j in window if tags[j] in relatives), None)
    return j if j and tags[j - 1] in (lang["noun_tags"] or []) and words[j - 1] not in lang["label_stops"] else None


_RELATIVE_WORDS = 3  # the longest relative clause before a preposition read as which ones are counted


def registered_with(words: list[str], i: int, lang) -> int | None:
    """Where a verb of ``partner_verbs`` (``ไว้`` after it or not) stands right before the preposition at ``i``
    after a noun (``เกษตรกรผู้ปลูกข้าว|ขึ้นทะเบียน|กับ|กรมส่งเสริมการเกษตร``): like a relative clause, it says
    which of the noun are counted, and the office after the preposition is not what is counted; else None."""
    verbs = lang["partner_verbs"] or ()
    if not verbs or i < 2 or words[i] not in (lang["partner_links"] or ()):
        return None
    at = i - 2 if words[i - 1] in (lang["kept_words"] or ()) else i - 1
    return at if at > 0 and words[at] in verbs and words[at - 1] not in lang["label_stops"] else None


def clause_start(words: list[str], stops: set[str]) -> int:
    """Where the words after the last stop in ``words`` start (``ปัจจุบันมี|โรงคัดบรรจุ…``)."""
    return next((j + 1 for j in range(len(words) - 1, -1, -1) if words[j] in stops), 0)


def on_head(head: list[str], words: list[str], i: int, stops: set[str]) -> bool:
    """Whether the relative clause at ``i`` can be said of ``head``: unless its verb is a stop (``ที่มี``), any
    clause; with one, only one on the word it follows (not ``ฉีดพ่นสารเคมี|ในพื้นที่|ที่มีการระบาด``: the area's)."""
    return i + 1 >= len(words) or words[i + 1] not in stops or head[-1] == words[i - 1]


def word_count(words: list[str]) -> int:
    """How many words: the space before a Latin term (``ใบรับรอง GMP``) is not one."""
    return sum(1 for w in words if w.strip())


def amount_head(words: list[str], i: int, stops: set[str], lang) -> list[str]:
    """Before the purpose word at ``i`` followed by a verb (not ``เพื่อการผลิต``, ``สำหรับบ้านเรือน``: which
    amount), the words from an amount's head (a word beginning with one of ``amount_heads`` or ``price_words``:
    วงเงิน, งบประมาณ, ค่า, ``ขยายวง|เงินทดรองราชการ`` as cut) in its clause, else none."""
    if i + 1 >= len(words) or pos_tags(words, lang)[i + 1] in (lang["noun_tags"] or []):
        return []
    start, heads = clause_start(words[:i], stops), (*(lang["amount_heads"] or ()), *(lang["price_words"] or ()))
    at = next((j for j in range(start, i) if words[j].startswith(heads)), None)
    return words[at:i] if at is not None else []


def noun_before_link(words: list[str], i: int, lang) -> int | None:
    """Where the nouns start that the preposition at ``i`` (``noun_links``: from, to, for) ties to
    the noun after it (``เงินกู้|แก่|สมาชิก``); None when a noun does not come right before and after it."""
    if words[i] not in (lang["noun_links"] or []) or i == 0 or i == len(words) - 1:
        return None
    nouns, stops = set(lang["noun_tags"] or []), set(lang["label_stops"])
    tags = pos_tags(words, lang)
    if tags[i + 1] not in nouns:
        return None  # "การประชุมเพื่อสรุปผล": what an action is for, not which of a noun
    start, modifiers = i, set(lang["modifier_tags"] or [])
    while start > 0 and (tags[start - 1] in nouns or tags[start - 1] in modifiers) \
            and words[start - 1] not in stops:
        start -= 1  # "เงินอุดหนุน|เฉพาะกิจ|จาก…": a noun and the attributive after it
    while start < i and tags[start] in modifiers:
        start += 1
    if start > 0 and tags[start - 1] in (lang["preposition_tags"] or []):
        return None  # "ประชุมกับท้องถิ่นเพื่อประเมินผล": a noun a preposition governs; "เพื่อ" is the meeting's purpose
    return start if start < i else None


def verb_chain(words: list[str], i: int, lang) -> int | None:
    """``ว่ามี|ผู้ป่วยนอก|มา|รับ|บริการ``: where the noun starts that the stop at ``i`` chains verbs after
    (``verb_chain_stops``), after any other stop: the noun and its verbs are what is counted (the visits
    of outpatients); None when the stop chains none."""
    chain, stops = set(lang["verb_chain_stops"] or []), set(lang["label_stops"])
    if words[i] not in chain or i == len(words) - 1:
        return None
    start = max((j + 1 for j in range(i) if words[j] in stops - chain), default=0)
    if start >= i or words[start] in chain:
        return None
    return start if pos_tags(words[start:], lang)[0] in (lang["noun_tags"] or []) else None
