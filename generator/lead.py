"""The head of an article, as newsrooms write it: a headline line, credit lines, a date
line, page data and furniture, the dateline that opens the lead, and the date the text gives.
What each line is comes from ``headforms`` (the language's data), so a new newsroom's habits
are data; this module reads them in order and picks the lead and the headline (``leadat`` reads a lead's
dateline, credit and date).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.headforms import (
    PLACEHOLDER,
    RELEASE_LINE_MAX,
    Forms,
    TextDate,
    any_date,
    apart_by_page_data,
    date_badge,
    forms_of,
    is_headline,
    is_masthead,
    is_prose,
    label_line,
    lead_like,
    minutes_title,
    name_only,
    names_meeting,
    numeric_date,
    office_line,
    own_half,
    page_furniture,
    registered,
    spaced_data,
    text_date,
    title_like,
    weak_title,
)
from generator.language import Language
from generator.leadat import PLACE_ONLY, Head, head_at, opens_span
from generator.leaddates import due_by

_PROSE_HEAD_LINES = 14  # the lines a head may take before the lead
_LIST_ITEM = re.compile(r"\s*[\d०-९๐-๙]{1,2}[.)]\s")


def read_head(text: str, spans: list[tuple[int, int]], lang: Language) -> Head:
    """Find headline, date line, dateline and the date in the first paragraphs.

    >>> from generator.language import get_language
    >>> t = "समिति ने कृषि की समीक्षा की\\nनई दिल्ली, 9 जुलाई (भाषा) समिति ने आज बैठक की।"
    >>> h = read_head(t, [(0, 27), (28, len(t))], get_language("hi"))
    >>> t[slice(*h.headline)], t[slice(*h.dateline)], (h.date.day, h.date.month), t[h.lead_start:h.lead_start + 5]
    ('समिति ने कृषि की समीक्षा की', 'नई दिल्ली, 9 जुलाई (भाषा)', (9, 7), 'समिति')
    """
    forms = forms_of(lang)
    index, headline, date, dateline = 0, None, None, None
    fallback: TextDate | None = None
    letterhead = False  # an office's or a release's lines under the line taken for the headline
    page: TextDate | None = None  # a news site's page date ("Updated: Feb 14, 2025")
    prose = next((i for i in range(min(len(spans), _PROSE_HEAD_LINES)) if lead_like(text[slice(*spans[i])], forms)), None)
    while index < min(len(spans) - 1, _PROSE_HEAD_LINES):
        if prose is not None and prose < index:  # the prose line was taken as a deck: the lead is a later one
            prose = next((i for i in range(index, min(len(spans), _PROSE_HEAD_LINES))
                          if lead_like(text[slice(*spans[i])], forms)), None)
        start, end = spans[index]
        line = own_half(text[start:end])  # "प्रेस विज्ञप्ति / PRESS NOTE": the page's own language
        closer = (lang["summary_blocks"] or {}).get(line.strip())
        ends = [k for k in range(index + 1, min(len(spans) - 1, index + _SUMMARY_LINES))
                if text[slice(*spans[k])].strip() == closer] if closer else []
        if ends:
            index = ends[0] + 1  # "सार" … "विस्तार": the page's summary, then the story
            continue
        if any(re.fullmatch(p, line) for p in lang["highlight_openers"] or []):
            index += 1  # "HighLights" and the short lines under it: the page's summary, above the lead
            while index < len(spans) - 1 and not is_prose(text[slice(*spans[index])]):
                index += 1
            continue
        if registered(line, lang):
            index += 1  # "पंजीयन क्रमांक: … दिनांक 11.06.1987": when the body was registered, not a page's or release's date
            continue
        labelled = line.lstrip().startswith(tuple(lang["meeting_date_labels"] or ["\0"]))
        if labelled and (held := any_date(line, start, forms, lang)):
            date, index = held, index + 1  # "बैठक दिनांक : 07.11.2024 (गुरुवार), समय : …": the meeting's, said so
            continue
        if line.startswith(tuple(lang["document_titles"] or ["\0"])) and forms.subject.fullmatch(text[slice(*spans[index + 1])]):
            headline, index = (start, end), index + 1  # "ประกาศสภามหาวิทยาลัย…" / "เรื่อง สรุปผลการประชุม…": the title
            continue
        if forms.subject.fullmatch(line):  # "विषय : संचालक मंडल की बैठक …" under a letter's head: its title, unless
            kept = headline is not None and title_like(text[slice(*headline)], forms, lang) \
                and names_meeting(text[slice(*headline)], lang) or spans[index - 1] == headline \
                and text[slice(*headline)].strip() not in (lang["minutes_titles"] or [])  # the page gave it one
            # above the letter, or the document's title is right above it (more than the word "कार्यवृत्त")
            headline, index = headline if kept else (start, end), index + 1
            continue
        if index and line.isascii() and re.search(r"[A-Za-z]{2}", line) and not text[slice(*spans[index - 1])].isascii() \
                and (prose is None or index < prose):
            index += 1  # "DISTRICT HOSPITAL, …", "Rogi Kalyan Samiti approves …": the line above in English
            continue
        if prose is not None and index < prose and PLACEHOLDER.match(line):
            index += 1  # "[ภาพ] นายวีระพงษ์ … เป็นประธานการประชุม": a photo's caption above the headline
            continue
        if prose is not None and index < prose and (page_furniture(line) or label_line(line) or office_line(line, lang)
                                                    or spaced_data(line, forms, lang)) \
                or prose is None and page_furniture(line):  # minutes have no prose in their head: a menu is still the page's
            letterhead = letterhead or headline is not None and office_line(line, lang)
            on_page = any_date(line, start, forms, lang)  # "ข่าว › การศึกษา", "Read Time: 4 mins", "राजेश | सीहोर | 14 सितंबर 2024"
            page = page or (on_page if on_page and on_page.year else None)
            index += 1
            continue
        whole = forms.date_line.fullmatch(line)
        if whole and date is None:
            date = text_date(whole, start, lang)
            index += 1
            continue
        numeric = forms.numeric_line.fullmatch(line)
        if numeric and date is None:  # "लखनऊ : दिनांक 15.07.2024", "วันที่ 15/3/67"
            date = numeric_date(numeric, start, lang)
            if date is not None:
                index += 1
                continue
        opener = len(line) <= 2 * RELEASE_LINE_MAX and line.lstrip().startswith(tuple(lang["release_openers"] or ["\0"]))
        released = forms.numeric_date.search(line) if len(line) <= RELEASE_LINE_MAX or opener else None
        said = forms.date.search(line) if opener else None  # "क्रमांक: डीआईपीआर/२०२५/१४७८  जयपुर, दिनांक १९ मार्च २०२५"
        if (released or said) and fallback is None and index + 1 < len(spans) - 1:
            # "ข่าวที่ 112/2567 วันที่ 15/3/67": a release's number and date; the lead may date the meeting
            fallback = numeric_date(released, start, lang) if released else text_date(said, start, lang) if said else None
            if fallback is not None:
                letterhead, index = headline is not None, index + 1
                continue
        if forms.meta_line.fullmatch(line):  # "Updated: Feb 14, 2025, 20:15 IST": the page's date
            found = forms.date.search(line)
            page = page or (text_date(found, start, lang) if found else None)
            if headline is not None and is_masthead(text[slice(*headline)], line, lang):
                headline = None  # "ตะวันออกรายวัน / ปีที่ ๑๘ ฉบับที่ ๙๔๒ …": the paper's name, its headline is below
            index += 1
            continue
        if dateline is None and date is None and forms.weekday_dateline.fullmatch(line):
            dateline, index = (start, end), index + 1  # "नई दिल्ली, मंगलवार" over the headline: the day told of
            continue
        found = forms.dateline.fullmatch(line)
        if found and dateline is None and found.group("date"):
            dateline, date = (start, end), date or text_date(found, start, lang)
            index += 1
            continue
        if forms.head_line.fullmatch(line):
            index += 1
            continue
        following = text[slice(*spans[index + 1])]
        if badge := date_badge(line, following, start, forms, lang):  # "15" / "ม.ค. 68": a page's date badge
            page, index = page or badge, index + 2
            continue
        named = headline is not None and name_only(text[slice(*headline)], lang)  # "ข่าวภูมิภาค", "पर्वत प्रहरी न्यूज़"
        if named and prose is not None and index < prose and len(line) <= _SECTION_MAX and name_only(line, lang) \
                and not title_like(line, forms, lang):
            index += 1  # "โรงพยาบาลนาแสงทอง" / "ข่าวกิจกรรม": a section's name under the site's
            continue
        if minutes_title(line, lang) and (headline is None or not names_meeting(text[slice(*headline)], lang)):
            headline, index = (start, end), index + 1  # "สหกรณ์… จำกัด   เอกสารหมายเลข 2" / "รายงานการประชุมคณะกรรมการ…"
            continue
        following = _past_buttons(text, spans, index + 1)  # "▶ ดูคลิปข่าว (2:45)" between the headline and the lead
        retitled = headline is not None and names_meeting(line, lang) and not names_meeting(text[slice(*headline)], lang) \
            and apart_by_page_data(text, spans, index, headline)
        # "गाँव की चौपाल — ग्रामीण जीवन …" / "मुखपृष्ठ | पंचायत | …" / "पानी समिति की बैठक: …": a site's title over its menu
        replaces = headline is None or named or retitled \
            or forms.dateline.match(following) and (not title_like(text[slice(*headline)], forms, lang)
                                                    or apart_by_page_data(text, spans, index, headline))
        if headline is not None and weak_title(text[slice(*headline)]) \
                and (letterhead or names_meeting(line, lang) and not names_meeting(text[slice(*headline)], lang)
                     or spans[index - 1] == headline and (len(line) >= 2 * (headline[1] - headline[0])
                                                          or not text[headline[0]].isalnum() and line[:1].isalnum())) \
                and (title_like(line, forms, lang) or is_headline(line, following, forms) and not weak_title(line)):
            headline = (start, end)  # "पढ़ें 3 मिनट में" / "व्यापारी महासंघ की बैठक में फैसला: …": the one that names the meeting;
            # "जिला चिकित्सालय, चंद्रपाल नगर" / "प्रेस विज्ञप्ति" / "क्रमांक …": an office's letterhead above the title;
            # "निदेशक मंडल की बैठक" / "सोयाबीन खरीद के लिए 2.4 करोड़ …": a kicker right above a title twice as long;
            # "📢 สรุปถ่ายทอดสด … 📢" / "สภา อบต.… อนุมัติโอนงบ 1.9 ล้าน …": a post's banner above its title
            index += 1
            continue
        if replaces and is_headline(line, following, forms) or (named or retitled) and title_like(line, forms, lang) \
                or named and is_headline(line, following, forms) and forms.meta_line.fullmatch(following) \
                or headline is None and _above_deck(text, spans, index, forms, lang):
            headline = (start, end)  # a second one: the first was a section's or an office's name
            index += 1
            continue
        if headline is not None and spans[index - 1] == headline and "\n\n" not in text[headline[1]:start] \
                and text[slice(*headline)].split()[-1] in (lang["postpositions"] or []) and title_like(line, forms, lang):
            index += 1  # "स्मार्ट सिटी बोर्ड की बैठक में / तालाब सौंदर्यीकरण के 48 करोड़ मंजूर": the headline's second line
            continue
        if headline is not None and _deck(text, spans, index, forms, lang):
            index += 1
            continue
        break
    head = head_at(text, spans, index, headline, date, dateline, fallback, page, lang)
    if head.date is None:  # "कृषि विभाग, राजस्थान / प्रेस विज्ञप्ति / …": a head the lines above did not read
        return _prose_head(text, spans, lang, headline) or head
    return head


def _past_buttons(text: str, spans: list[tuple[int, int]], k: int) -> str:
    """The line at ``k``, or past a video's button there (``▶ ดูคลิปข่าว (2:45)``: a play mark or a clip's
    length), the first line after it."""
    while k < len(spans) - 1 and _CLIP_BUTTON.fullmatch(text[slice(*spans[k])]):
        k += 1
    return text[slice(*spans[k])]


_CLIP_BUTTON = re.compile(r"\s*[▶►▷🎬📺🎥].{0,60}|.{0,60}\(\s*\d{1,2}:\d{2}\s*\)\s*")


def _prose_head(text: str, spans: list[tuple[int, int]], lang: Language, headline) -> Head | None:
    """The head of an article whose first lines are an office's name, a breadcrumb, a byline or page
    data (``ข่าวภูมิภาค » … / headline / 12 มี.ค. 2568 | 15:07 น.``): the lead is the first paragraph
    of prose, the headline the one found above it or the first line that reads as one, and a date in the lines above
    it (the page's or the release's) gives a year the lead leaves out. None unless the lead then names
    a day or a relative one (``เมื่อวันอังคารที่ผ่านมา``)."""
    forms = forms_of(lang)
    lead = next((i for i in range(min(len(spans), _PROSE_HEAD_LINES)) if lead_like(text[slice(*spans[i])], forms)), None)
    if not lead:
        return None
    above = [text[slice(*span)] for span in spans[:lead]]
    subject = next((i for i, line in enumerate(above) if forms.subject.fullmatch(line)), None)
    if subject and above[subject - 1].startswith(tuple(lang["document_titles"] or ["\0"])):
        subject -= 1  # "ประกาศสภาวิทยาลัย…" / "เรื่อง …": the document's title over its subject
    page = next((d for (start, _), line in zip(spans, above) if not _LIST_ITEM.match(line) and not registered(line, lang)
                 for d in [any_date(line, start, forms, lang)] if d and d.year), None)  # not "2. 31 मार्च 2026 तक …"
    page = page or next((d for i, ((start, _), line) in enumerate(zip(spans, above[:-1]))
                         if (d := date_badge(line, above[i + 1], start, forms, lang))), None)
    titles = [i for i, line in enumerate(above)
              if title_like(line, forms, lang) and not forms.head_line.fullmatch(own_half(line))]
    titles = [i for i in titles if not name_only(above[i], lang)] or titles  # not "Ministry of …" above the title
    titles = [i for i in titles if names_meeting(above[i], lang)] or titles  # the title that names the meeting
    if len(titles) > 1 and apart_by_page_data(text, spans, titles[-1], spans[titles[0]]):
        titles = titles[-1:]  # "जनवार्ता समाचार सेवा — हिंदी फीड" / "स्लग: …" / … / the story's title: a feed's name
    minutes = [i for i, line in enumerate(above) if minutes_title(line, lang)]
    if minutes and not (titles and names_meeting(above[titles[0]], lang) and titles[0] < minutes[0]):
        titles = minutes  # "สหกรณ์… จำกัด" / "รายงานการประชุมใหญ่สามัญประจำปี 2567" / … / "ผู้มาประชุม สมาชิก 612 คน …"
    if headline is not None and titles and weak_title(text[slice(*headline)]) and names_meeting(above[titles[0]], lang):
        headline = None  # "[โลโก้] สมาคม…" taken above "สทอ. ประชุมใหญ่ เคาะ…"
    headline = headline or (spans[subject] if subject is not None else spans[titles[0]] if titles else None)
    head = head_at(text, spans, lead, headline, None, None, None, page, lang)
    if head.date and head.date.start >= spans[lead][0] and opens_span(text, head.date.end, lang):
        head = replace(head, date=page)  # "24 मार्च से 10 अप्रैल तक सर्वे": a campaign's days, not the meeting's
    return head if head.date or head.relative else None


_SECTION_MAX = 20  # characters: a section's name ("ข่าวกิจกรรม", "ताज़ा ख़बरें")
_SUMMARY_LINES = 5  # lines from a summary's opening word to its closing one


def _above_deck(text: str, spans: list[tuple[int, int]], index: int, forms: Forms, lang: Language) -> bool:
    """A headline above a deck as long as itself: a deck in sentences above page data and the lead, or
    a short deck above a lead that opens with a dateline (``झालावाड़, 18 नवंबर।``)."""
    line, following = text[slice(*spans[index])], text[slice(*spans[index + 1])]
    if not title_like(line, forms, lang):
        return False
    if is_prose(following):
        return _deck(text, spans, index + 1, forms, lang)
    return index + 2 < len(spans) and bool(forms.dateline.match(text[slice(*spans[index + 2])]))


def _deck(text: str, spans: list[tuple[int, int]], index: int, forms: Forms, lang: Language) -> bool:
    """A deck under the headline (``… बैठक : 2,480 करोड़ की योजना में दिसंबर तक 1,863 करोड़ रुपये ही बंटे,
    डीएम ने सात बैंकों से मांगा जवाब``): a short line without a dated year or a list's colon, above a byline
    or page data that the lead follows, or above a lead that opens with its place; or, in a language
    whose paragraphs end their sentences with a mark, a line without one above the lead (past a
    byline) that has one."""
    line = text[slice(*spans[index])]
    following = [text[start:end] for start, end in spans[index + 1:index + 1 + _DECK_FURNITURE]]
    if len(line) > _DECK_MAX or line.rstrip().rstrip("-–—").endswith(":") or _LIST_ITEM.match(line):  # ":-" opens a list too
        return False
    if (found := any_date(line, 0, forms, lang)) and found.year:  # "…, ३१ मार्च २०२६ तक ५०० केंद्रों का लक्ष्य"
        return _unmarked_above_lead(line, following, lang)  # a deck's target date, not the lead's
    furniture = [page_furniture(f) or label_line(f) or office_line(f, lang) or bool(forms.head_line.fullmatch(f))
                 or bool(forms.meta_line.fullmatch(f)) or name_only(f, lang) and not re.search(r"\d", f)
                 for f in following]  # "संवाददाता": a byline; "ข่าวสดออนไลน์": the site's credit
    if furniture[:1] == [True] and False in furniture:
        return True  # the headline, its deck, a byline and page data, the lead
    lead = following[0][credit.end():].lstrip() if following and (credit := forms.credit.match(following[0])) else \
        following[0] if following else ""  # past "ผู้สื่อข่าวรายงานว่า"
    if lead and (opening := forms.date.search(lead[:_DATE_OPENS * 4])) and opening.start() < _DATE_OPENS \
            and not due_by(lead, opening.end(), lang) and not (lang["marked_sentences"] and _SENTENCE_END.search(line)):
        return True  # the headline, its deck, a lead that opens with the meeting's date ("เมื่อวันที่ 22 ก.พ. …");
        # not "… सर्वे पूरा हो चुका है।" above "समिति ने 31 दिसंबर तक …": a lead above a deadline
    if following and PLACE_ONLY.match(following[0]) and is_headline(line, following[0], forms):
        return True  # the headline, its deck, the lead after its dateline ("ชลาลัย - เมื่อวันที่ …")
    if not lang["marked_sentences"] or _SENTENCE_END.search(line):
        return False
    for each, is_furniture in zip(following, furniture):
        if _SENTENCE_END.search(each):
            return not _LIST_ITEM.match(each)
        if not is_furniture:
            return False
    return False


def _unmarked_above_lead(line: str, following: list[str], lang: Language) -> bool:
    """In a language whose paragraphs end their sentences with a mark: a line without one right above
    prose that has one."""
    return bool(lang["marked_sentences"]) and not _SENTENCE_END.search(line) and bool(following) \
        and is_prose(following[0]) and bool(_SENTENCE_END.search(following[0]))


_DECK_MAX = 320  # characters: a deck is two lines of a headline's at most, a lead is longer
_DECK_FURNITURE = 4  # lines of byline and page data that may stand between a deck and its lead
_DATE_OPENS = 16  # characters into a paragraph within which a date opens it ("เมื่อวันที่ 22 …")
_SENTENCE_END = re.compile(r"[।!?]\s*$|[^\d\s.]\.\s*$")


def relative_words(text: str, lang: Language) -> list[str]:
    """The relative days and weekdays ``text`` names (a derived title leaves them out).

    >>> from generator.language import get_language
    >>> relative_words("समिति ने मंगलवार को आज बैठक की", get_language("hi"))
    ['मंगलवार', 'आज']
    """
    return [m.group("word") for m in forms_of(lang).relative.finditer(text)]
