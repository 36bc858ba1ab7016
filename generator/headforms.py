"""What the lines of an article's head are, and the forms they take, built from the language's
data (``generator/lang/<code>.yml``: months, ``source_tags``, ``agencies``, ``bylines``,
``date_prefixes``, ``relative_days``, ``weekdays``, ``meta_lines``, ``office_words``) and CLDR's
weekday names (Babel): dates as the text writes them, datelines, credits, page data, a page's
furniture, an office's name above a release's headline, a headline. ``lead`` reads a head with them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from babel.dates import get_day_names

from generator.dates import gregorian_year
from generator.language import Language
from generator.numerals import ascii_digits

_HEADLINE_MAX = 160
_LATIN_TAG = r"[A-Z][A-Z0-9.]{1,9}"
_D = "[0-9०-९๐-๙]"
_PROSE_MIN = 140  # characters: a line this long is prose, not a head line
_LABEL_LINE_MAX = 40  # characters: "Published by: …", not "Sonbhadra News: a headline"
_OFFICE_LINE_MAX = 100  # characters: an office's name, not a headline about the office
_OFFICE_WORDS = 12
_TITLE_WORDS = 4  # fewer words than this: an office's name or a byline, not a headline
_DEVANAGARI = "\u0900-\u097f"
RELEASE_LINE_MAX = 60  # a line this short with a numeric date in it: a release's number and date


@dataclass(frozen=True)
class TextDate:
    """A date as the text writes it: ``9 जुलाई``, ``วันศุกร์ที่ 12 มีนาคม 2564``, ``14-15 मार्च``."""

    month: int
    day: int
    year: int | None
    last_day: int | None
    start: int
    end: int


def is_prose(line: str) -> bool:
    """A paragraph of prose: long, or ending a sentence."""
    return len(line) >= _PROSE_MIN or bool(_PROSE_END.search(line)) and len(line.split()) > _TITLE_WORDS * 2


_PROSE_END = re.compile(r"[।!?]\s*$|[^\d\s.]{2}\.\s*$")  # a word's full stop, not an abbreviation's ("09:24 น.")


def title_like(line: str, forms: Forms, lang: Language) -> bool:
    """A line above the lead that reads as a headline: a few words or more, no sentence mark at its
    end, not a date line (a date among its words may be), a page's furniture, an office's name or a dateline."""
    return _TITLE_WORDS <= len(line.split()) and len(line) <= _HEADLINE_MAX and not re.search(r"[।॥:;]$", line) \
        and not (page_furniture(line) or label_line(line) or office_line(line, lang) or _dated(line, forms, lang)
                 or forms.tag.match(line) or forms.dateline.match(line) or forms.head_line.fullmatch(line))


def _dated(line: str, forms: Forms, lang: Language) -> bool:
    """A line that gives a date, not a headline that names one among its words (``शहर में 42 नालों की सफाई 20
    दिसंबर तक पूरी होगी``: a deadline in a sentence of its own)."""
    date = any_date(line, 0, forms, lang)
    return date is not None and (len(line[:date.start].split()) < _DATED_TITLE_OPEN
                                 or len((line[:date.start] + line[date.end:]).split()) < _DATED_TITLE_WORDS)


_DATED_TITLE_WORDS = 6  # words besides its date: as many or more, a line is a headline that names a date ...
_DATED_TITLE_OPEN = 3  # ... with as many words before it (a lead opens with its date: "เมื่อวันที่ 3 มีนาคม 2568 …")


def office_line(line: str, lang: Language) -> bool:
    """A line that names the office a release comes from (``कृषि विभाग, राजस्थान``, ``प्रेस विज्ञप्ति``,
    ``สำนักงานประชาสัมพันธ์จังหวัดระยอง``): short, without digits, with one of the language's office words."""
    words, office = line.split(), tuple(lang["office_words"] or ())
    named = line.startswith(office) if lang["office_at_start"] else any(word in line for word in office)
    return named and len(line) <= _OFFICE_LINE_MAX and not re.search(r"\d", line) \
        and len(words) <= _OFFICE_WORDS and not set(words) & set(lang["office_not_with"] or ())


def own_half(line: str) -> str:
    """A line of the head glossed in English after a slash or in brackets (``तत्काल प्रकाशनार्थ / For immediate
    release``, ``วันที่ 22 เมษายน 2568 (22 April 2025)``): the part in the page's own script."""
    own, _, gloss = line.partition(" / ")
    if gloss and gloss.isascii() and not own.isascii() and "/" not in own:
        return own
    bracketed = re.fullmatch(r"(.*\S)\s*\([ -~]*[A-Za-z][ -~]*\)", line)
    return bracketed.group(1) if bracketed and not bracketed.group(1).isascii() else line


def spaced_data(line: str, forms: Forms, lang: Language) -> bool:
    """A line of a document's data set out with spaces, a date among them (``เรื่องอุทธรณ์ที่ ๒๒/๒๕๖๗   ลงวันที่ ๙
    กันยายน ๒๕๖๗``, ``แจ้งผลคำวินิจฉัย   ๒๑ ตุลาคม ๒๕๖๗``): the document's dates, not the meeting's."""
    items = re.split(r"\s{3,}", line.strip())
    return 2 <= len(items) <= _DATA_ITEMS and all(len(item.split()) <= _DATA_WORDS for item in items) \
        and any(any_date(item, 0, forms, lang) for item in items[1:])


_DATA_ITEMS, _DATA_WORDS = 4, 5  # items of a line of data, words of an item


def date_badge(line: str, following: str, start: int, forms: Forms, lang: Language) -> TextDate | None:
    """A page's date badge over two lines, the day alone and then its month and year (``15`` / ``ม.ค. 68``)."""
    if not re.fullmatch(r"[\d०-९๐-๙]{1,2}", line):
        return None
    found = any_date(f"{line} {following}", start, forms, lang)
    return found if found is not None and found.year else None


def minutes_title(line: str, lang: Language) -> bool:
    """Minutes' own title (``minutes_titles``): Thai opens with the word, Hindi names it in the line."""
    words = tuple(lang["minutes_titles"] or ())
    named = line.startswith(words) if lang["office_at_start"] else any(w in line for w in words)
    return bool(words) and named and len(line) <= _MINUTES_TITLE_MAX and not is_prose(line)


_MINUTES_TITLE_MAX = 100  # characters


def apart_by_page_data(text: str, spans: list[tuple[int, int]], index: int, headline) -> bool:
    """The line taken for the headline is set apart from this one by page data only (``भारत वार्ता सेवा
    (बीवीएस)`` / ``प्राथमिकता: …`` / ``-----``): a service's or a site's name over its header."""
    above = [text[slice(*spans[k])] for k in range(index) if spans[k][0] > headline[1]]
    return bool(above) and all(page_furniture(line) or label_line(line) for line in above)


def lead_like(line: str, forms: Forms) -> bool:
    """Prose that may open the story: not a letter's subject or reference line (``विषय : … के संबंध में।``), nor a
    photo's caption opening with its placeholder (``[ภาพ] นายวีระพงษ์ … เป็นประธานการประชุม``)."""
    return is_prose(line) and not forms.subject.fullmatch(line) and not forms.head_line.fullmatch(line) \
        and not PLACEHOLDER.match(line) and not page_furniture(line)


PLACEHOLDER = re.compile(r"\s*\[[^\[\]\d]{1,30}\]")


def weak_title(line: str) -> bool:
    """A line taken for a headline that an app's or a site's line may be (``पढ़ें 3 मिनट में``, ``📌 पिन किया
    गया संदेश: …``, ``[โลโก้] …``): a few words, or opening with a sign; not a headline whose deck names
    the meeting."""
    return len(line.split()) <= _TITLE_WORDS or not (line[:1].isalnum() or line[:1] in "\"'“‘")


def names_meeting(line: str, lang: Language) -> bool:
    return any(noun in line for noun in lang["meeting_nouns"] or [])


def name_only(line: str, lang: Language) -> bool:
    """A section's or a site's name above the headline: a few words, a short line, or a line in Latin
    letters alone above a page in another script (``NNT National News Bureau of Thailand``)."""
    if names_meeting(line, lang):
        return False  # "รายงานการประชุมสภาองค์การบริหารส่วนตำบล…": minutes' title, one Thai run
    if forms_of(lang).station.search(line):
        return True  # "สถานีวิทยุชุมชนคนบ้านดอนแก้ว FM 98.25 MHz"
    return len(line.split()) < MASTHEAD_WORDS or len(line.split()) == MASTHEAD_WORDS and len(line) <= _NAME_MAX \
        or line.isascii() and not any(c.isdigit() for c in line) \
        or bool(re.match(r"[A-Za-z][A-Za-z0-9 .&'’]{2,40}\s[—–-]\s", line)) \
        or bool(re.fullmatch(r"[^A-Za-z]*[^\x00-\x7f][^A-Za-z]*\s{2,}[A-Z0-9][A-Z0-9 .&'’-]{2,40}", line))
    # "Gramin Shiksha Samvad — गांव, …": a site's tagline; "นิวส์ 41 ทีวี  NEWS41": a name with its Latin one


_TITLE_WORDS = 4  # words: fewer or as many, a line may be an app's or a site's, not a headline
_NAME_MAX = 30  # characters: a site's name ("पर्वत प्रहरी न्यूज़"), not a Thai headline of three runs


def label_line(line: str) -> bool:
    """A short line of page data as a name and a value (``Published by: आकाश दुबे``, ``समाचार क्रमांक : 612``)."""
    return len(line) <= _LABEL_LINE_MAX and keyed_line(line)


def keyed_line(line: str) -> bool:
    """A line that opens with a name of up to three words and a colon (``संदर्भ: …``, ``เรื่อง : …``), of any length."""
    return bool(re.match(r"\s*\S+(?:\s+\S+){0,2}\s*:\s*\S", line))


def registered(line: str, lang: Language) -> bool:
    """A line of when the body was registered or founded (``registration_words``)."""
    return line.lstrip().startswith(tuple(lang["registration_words"] or ["\0"]))


def page_furniture(line: str) -> bool:
    """A breadcrumb or a line of page data (``ข่าว › การศึกษา``, ``राजेश तिवारी | सीहोर``, ``… ● ปีที่ ๑๒ ● หน้า ๓``,
    ``नगर दर्पण · उदयपुर सिटी · पेज 4``), a wire's slug, or short items set out with spaces: a menu without
    digits, a bar of named values, a header or toolbar with a clock time or a named value."""
    if re.search(r"[»›|●•·]|\S\s+[>▶►]\s+\S|\S\s+/\s+.*\S\s+/\s", line):  # also "หน้าแรก > ข่าว", "News / बिहार /
        # पटना", a ticker ("मुख्य समाचार ▶ … ▶ …")
        return not any(len(piece.split()) > _PROSE_PIECE_WORDS for piece in re.split(r"[»›|●•·▶►]", line))
        # not "सरोजगढ़ | कलेक्टर … की अध्यक्षता में मंगलवार को … बैठक हुई।": a dateline and its lead
    if re.fullmatch(r"\s*([-–—_=*~#+.])(?:\s*\1){2,}\s*", line):
        return True  # a rule: "-----", "* * *", "======"
    if _MAIL_HEADER.fullmatch(line):
        return True  # a forwarded e-mail's header: "From: …", "Subject: …", "---------- Forwarded message ---------"
    if re.fullmatch(r"\s*\[[^\[\]\n]{1,200}\]\s*", line):
        return True  # a picture's place or caption in brackets: "[ภาพประกอบ: การประชุม…]", "[ फोटो: … ]"
    if re.fullmatch(r"\s*[A-Z0-9]+(?:[-_][A-Z0-9]+)+\s*", line):
        return True  # a wire's slug: "CM-FLOOD-COMMAND-MEETING"
    if re.fullmatch(r".{0,80}\s@\w{2,30}\s*", line):
        return True  # a social account's name and handle over its post: "जिला पंचायत, रामगढ़ ✔ @ZP_Ramgarh"
    items = re.split(r"\s{2,}|\t", line.strip())  # a menu: "LIVE TV   राज्य   देश   खेल", "หน้าแรก   ข่าว   กีฬา"
    if len(items) >= 2 and all(label_line(item) for item in items):
        return True  # "หมวด: ภูมิภาค   ความยาว: 290 คำ   ลำดับ: 0412"
    marked = any(_CLOCK.fullmatch(item) or label_line(item) for item in items)  # "BVS-HINDI   PRIORITY: ROUTINE   …   18:42",
    # "◀ पिछला पेज    सभी पेज    अगला पेज ▶      क्लिप आईडी: 4471823": a clock time or a named value among them
    return len(items) >= _MENU_ITEMS and all(len(item.split()) <= _MENU_ITEM_WORDS for item in items) \
        and (marked or not re.search(r"\d", line))  # not a row of figures set out in columns with spaces


_MENU_ITEMS, _MENU_ITEM_WORDS = 3, 3
_PROSE_PIECE_WORDS = 20  # words of a piece of a line set out with bars: more, it is prose
_MAIL_HEADER = re.compile(r"\s*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}"
                          r"|(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:.{0,200})\s*")
_CLOCK = re.compile(r"[0-9०-९๐-๙]{1,2}[:.][0-9०-९๐-๙]{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|IST|น\.))?")


def any_date(line: str, start: int, forms: Forms, lang: Language) -> TextDate | None:
    found = forms.date.search(line)
    if found:
        return text_date(found, start, lang)
    numeric = forms.numeric_date.search(line)
    return numeric_date(numeric, start, lang) if numeric else None


@dataclass(frozen=True)
class Forms:
    date: re.Pattern
    date_line: re.Pattern
    dateline: re.Pattern
    tag: re.Pattern
    credit: re.Pattern
    relative: re.Pattern
    relative_days: dict
    weekdays: dict
    numeric_line: re.Pattern
    numeric_date: re.Pattern
    head_line: re.Pattern
    """A byline or a release's number: a line of the head that is neither title nor lead."""
    session_line: re.Pattern
    """A minutes' session line (``สมัยสามัญ … ประจำปี พ.ศ. ๒๕๖๘``): a head line whose year is a figure."""
    meta_line: re.Pattern
    """A news site's page data (``Updated: Feb 14, 2025``): its date is the page's."""
    subject: re.Pattern
    """An official letter's subject line (``विषय : …``, ``เรื่อง  …``): the letter's headline."""
    station: re.Pattern
    """A radio station's frequency ending a line (``… FM 98.25 MHz``): the line is the station's name."""
    weekday_dateline: re.Pattern
    """A dateline that names a weekday only (``नई दिल्ली, मंगलवार``): the day the story is told of."""


@functools.cache
def _forms_for(code: str) -> Forms:
    from generator.language import get_language

    lang = get_language(code)
    months = _alternatives(lang["months"])
    year = rf"{_D}{{4}}|{_D}{{2}}(?![\d.:๐-๙])" if lang["calendar_offset"] else rf"{_D}{{4}}"
    era = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|सन्|वर्ष)"
    prefixes = _alternatives(lang["date_prefixes"])
    weekdays = {**{name: day for day, name in get_day_names("wide", locale=code).items()}, **lang["weekdays"]}
    weekday = _alternatives(weekdays)
    date = (rf"(?:(?:{weekday})\s*(?:ที่|,)?\s*)?(?:(?:{prefixes})\s*)?"
            rf"(?:(?P<day>{_D}{{1,2}})(?:\s*(?:-|–|และ|ถึง|से)\s*(?P<last>{_D}{{1,2}}))?\s*(?:เดือน\s*)?"
            rf"(?P<month>{months})(?:\s*,?\s*{era}?\s*(?P<year>{year}))?"
            rf"|(?P<mmonth>{months})\s+(?P<mday>{_D}{{1,2}}),?\s+(?P<myear>{_D}{{4}}))")  # "Feb 14, 2025"
    # A clock time after a date line: "เวลา 10.00 น.", "शाम 5 बजे" (without minutes, only with its word after).
    clock_before, clock_after = _alternatives(lang["time_before"]), _alternatives(lang["time_after"])
    time = (rf"(?:\s*,?\s*(?:(?:{clock_before})\s*)?{_D}{{1,2}}"
            rf"(?:[.:]{_D}{{2}}\s*(?:{clock_after})?|\s*(?:{clock_after})))?")
    tags = "|".join([_LATIN_TAG] + [re.escape(t) for t in [*lang["source_tags"], *lang["agencies"]]])
    agencies = "|".join([_LATIN_TAG] + [re.escape(t) for t in [*lang["agencies"], *lang["source_tags"]]])
    place = r"[^\s,()।:|\-–—\d๐-๙०-९]+(?: [^\s,()।:|\-–—\d๐-๙०-९]+){0,2}"
    dateline = (rf"(?P<open>\()?(?P<place>{place})\s*[,|]?\s*(?P<date>{date})?\s*(?:\((?P<agency>{agencies})\))?"
                rf"(?(open)(?(date)\)\s*[।:\-–—|]?\s*|(?!))"  # "(सीतापुरा, 11 जून) …": in brackets, with its date
                rf"|(?(agency)\s*[।:\-–—|]?\s*|(?(date)\s*(?:[।:\-–—|]\s*|$)|(?!))))")
    relatives = {**lang["relative_days"], **{name: ("weekday", day) for name, day in weekdays.items()}}
    bound = f"(?<![{_DEVANAGARI}])" if code == "hi" else ""
    after = f"(?![{_DEVANAGARI}])" if code == "hi" else ""
    return Forms(
        date=re.compile(date),
        date_line=re.compile(rf"\s*{date}{time}\s*[.,।]?\s*"),
        dateline=re.compile(dateline),
        tag=re.compile(rf"(?:(?P<tag>{tags})\s?[-–—]\s*|\(\s*(?P<ptag>{tags})\s*\)\s*[-–—:।]?\s*)"),
        credit=re.compile("|".join(f"(?:{p})" for p in lang["bylines"]) + r"\s*[,:]?\s*" if lang["bylines"] else "(?!)"),
        relative=re.compile(rf"{bound}(?P<word>{_alternatives(relatives)}){after}"),
        relative_days=dict(lang["relative_days"]), weekdays=weekdays,
        numeric_date=re.compile(rf"(?<![\d/.])(?P<nday>{_D}{{1,2}})(?P<sep>[./-])(?P<nmonth>{_D}{{1,2}})(?P=sep)"
                                rf"(?P<nyear>{_D}{{4}}|{_D}{{2}})(?![\d/.])"),
        head_line=re.compile("|".join(f"(?:{p})" for p in [*lang["bylines"], *lang["release_lines"],
                                                            *(lang["session_lines"] or [])]) or "(?!)"),
        session_line=re.compile("|".join(f"(?:{p})" for p in lang["session_lines"] or []) or "(?!)"),
        meta_line=re.compile("|".join(f"(?:{p})" for p in lang["meta_lines"] or []) or "(?!)"),
        subject=re.compile(rf"\s*(?:{_alternatives(lang['subject_openers'] or [])})(?:\s*[:：-]\s*|\s+)\S.*"),
        station=re.compile(rf"(?:{_alternatives(lang['radio_bands'] or [])})\s*{_D}+(?:[.,]{_D}+)?"
                           rf"\s*(?:{_alternatives(lang['radio_units'] or [])})?\s*$"),
        weekday_dateline=re.compile(rf"\s*{place}\s*,\s*(?P<word>{weekday})\s*"),
        numeric_line=re.compile(rf"\s*(?:{place}\s*[:,]\s*)?(?:(?:{prefixes})\s*[:.]?\s*)?(?P<nday>{_D}{{1,2}})(?P<sep>[./-])"
                                rf"(?P<nmonth>{_D}{{1,2}})(?P=sep)(?P<nyear>{_D}{{4}}|{_D}{{2}}){time}\s*[.,।]?\s*"),
    )


def forms_of(lang: Language) -> Forms:
    return _forms_for(lang.code)


def session_spans(text: str, spans: list[tuple[int, int]], lang: Language) -> list[tuple[int, int]]:
    """The spans that are a minutes' session line (``สมัยสามัญ … ประจำปี พ.ศ. ๒๕๖๘``): their years are the session's."""
    session = forms_of(lang).session_line
    return [(start, end) for start, end in spans if session.fullmatch(text[start:end].strip())]


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def text_date(match: re.Match, offset: int, lang: Language) -> TextDate | None:
    """The date a match of the date form holds, or None if it is no day of its month."""
    import calendar

    first = "m" if "mday" in match.re.groupindex and match.group("mday") else ""  # month first: "Feb 14, 2025"
    day = int(ascii_digits(match.group(f"{first}day")))
    month = lang["months"][match.group(f"{first}month")]
    written = match.group(f"{first}year")
    year = gregorian_year(ascii_digits(written), lang.code) if written else None
    last = int(ascii_digits(match.group("last"))) if not first and match.group("last") else None
    days = calendar.monthrange(year or 2024, month)[1]
    if not 1 <= day <= days or (last is not None and not day < last <= days):
        return None
    last_group = first + ("year" if year else "month")
    end = match.end(last_group)
    start = match.start("date") if "date" in match.re.groupindex else match.start()
    return TextDate(month, day, year, last, start + offset, end + offset)


def numeric_date(match: re.Match, offset: int, lang: Language) -> TextDate | None:
    """``15.07.2024``, ``15/3/67`` (a Thai year in two digits is Buddhist Era): day, month, year."""
    import calendar

    day, month = int(ascii_digits(match.group("nday"))), int(ascii_digits(match.group("nmonth")))
    year = gregorian_year(ascii_digits(match.group("nyear")), lang.code)
    if year is None and len(match.group("nyear")) == 2:
        year = 2000 + int(ascii_digits(match.group("nyear")))
    if year is None or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return TextDate(month, day, year, None, match.start("nday") + offset, match.end("nyear") + offset)


def is_page_data(line: str, lang: Language) -> bool:
    """A news site's page data above the lead (``Updated: Feb 14, 2025, 20:15 IST``, a breadcrumb, ``Read
    Time: 4 mins``, the office a release comes from): read for its date, not part of the article's text.
    A line of place and date stays: it dates the meeting."""
    forms = forms_of(lang)
    if forms.meta_line.fullmatch(line) or office_line(line, lang):
        return True  # not "भोपाल | 25 जून 2024", "लखनऊ : दिनांक 15.07.2024": a place and a date are a dateline
    return (page_furniture(line) or label_line(line)) and any_date(line, 0, forms, lang) is None


def is_masthead(line: str, following: str, lang: Language) -> bool:
    """A paper's name above its page data (``ภาคเหนือรายวัน`` / ``ปีที่ ๒๒ ฉบับที่ ๑๐๓๕ …``): a line of fewer
    than ``MASTHEAD_WORDS`` words."""
    return len(line.split()) < MASTHEAD_WORDS and bool(forms_of(lang).meta_line.fullmatch(following))


MASTHEAD_WORDS = 3


def is_headline(line: str, following: str, forms: Forms) -> bool:
    """A first line that is short, ends without a sentence mark, does not open with a
    dateline or date, and is followed by a longer paragraph (or a date line)."""
    if len(line) > _HEADLINE_MAX or re.search(r"[।॥:;,]$|(?<![\u0e00-\u0e7f])\.$", line):  # "21 รพ.": an abbreviation
        return False
    if forms.tag.match(line) or forms.date.match(line) or forms.dateline.match(line):
        return False
    release = len(following) <= RELEASE_LINE_MAX and forms.numeric_date.search(following)
    return len(following) > len(line) or bool(forms.date_line.fullmatch(following) or forms.dateline.fullmatch(following)
                                               or forms.numeric_line.fullmatch(following) or release
                                               or forms.head_line.fullmatch(following) or forms.meta_line.fullmatch(following))
