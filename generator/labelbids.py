"""Who offered an amount: a firm's name before a bid or a quote (``บริษัท สยามโยธา จำกัด เสนอราคา ๔๒.๙๘ ล้านบาท``,
``หจก.ทรัพย์ทวีก่อสร้าง ๔๘๘,๐๐๐ บาท``) labels it, without the words of its legal form and with the word of
bidding (``สยามโยธา เสนอราคา``); a number inside such a name is no figure (``skips.in_firm_name``). The words are language
data (``company_openers``, ``company_closers``, ``bid_words``); called by ``labels.find_label``.
"""

from __future__ import annotations

from generator.labelchunks import line_before
from generator.labelwords import cut
from generator.numerals import Token
from generator.skips import after_firm_opener

_NAME_CHARS = 50  # past so many characters after a firm's opening word, the words are no longer its name


def bidder(tokens: list[Token], first: int, lang) -> str:
    """The firm named right before the amount at ``first`` on its line, and the word of bidding after the name;
    empty when no firm's opening word stands at a word's start within reach."""
    before = line_before(tokens, first)
    bid = next((b for b in sorted(lang["bid_words"] or [], key=len, reverse=True) if before.endswith(b)), "")
    rest = before[:len(before) - len(bid)].rstrip()
    agent = next((a for a in lang["agent_markers"] or [] if rest.endswith(f" {a}")), "")
    rest = rest[:len(rest) - len(agent)].rstrip()  # "मेसर्स राधे कंस्ट्रक्शन ने 2.35 करोड़ रुपये …": who offered it
    name = after_firm_opener(rest, lang)
    for closer in sorted(lang["company_closers"] or [], key=len, reverse=True):
        name = name[:-len(closer)].rstrip() if name.endswith(closer) else name
    if not name or len(name) > _NAME_CHARS or any(c in name for c in lang["currencies"] or {}):
        return ""  # not past another amount ("… ๔๔,๒๐๐,๐๐๐ บาท บริษัท …": the name runs from the last opener)
    if set(cut(name)) & set(lang["label_stops"]):
        return ""  # a clause, not a name ("ร้านข้าวซอยในพื้นที่จัดงาน มียอดขายกว่า 80,000 บาท")
    return f"{name} {bid}" if bid else name
