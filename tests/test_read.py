"""Decoding and front matter: bad input gives an error that names the file and line."""

import pytest

from generator.errors import ArticleError
from generator.pipeline import IncompleteArticle, process_article
from generator.read import read_source

THAI = "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการได้จัดการประชุม มีสมาชิก 1,549 ราย\n"


@pytest.mark.parametrize("data", [
    THAI.encode("utf-8"), b"\xef\xbb\xbf" + THAI.encode("utf-8"), THAI.encode("utf-16"),
    THAI.replace("\n", "\r\n").encode(), THAI.replace("\n", "\r").encode(), THAI.encode("cp874"),
])
def test_encodings_and_line_endings_read_the_same(data):
    assert read_source("a.txt", data).text == THAI


def test_invalid_utf8_names_the_byte():
    with pytest.raises(ArticleError, match=r"a.txt:2: not valid UTF-8 \(byte 0xff at offset 5\)"):
        read_source("a.txt", b"line\n\xff\xffabc")


def test_binary_file_is_refused():
    with pytest.raises(ArticleError, match="binary file"):
        read_source("a.txt", b"abc\x00def")


@pytest.mark.parametrize("front,error", [
    ("lang: [th\n", r"a.txt:\d+: front matter is not valid YAML"),
    ("colour: red\n", r"a.txt:2: unknown front-matter key 'colour'"),
    ("title: x\ndate: yesterday\n", r"a.txt:3: front matter 'date': 'yesterday' is not a date"),
    ("slug: ../../etc\n", r"a.txt:2: front matter 'slug': '../../etc' is not a plain ASCII id"),
    ("meeting: /abs/path\n", r"a.txt:2: front matter 'meeting'"),
])
def test_front_matter_errors_name_file_and_line(front, error):
    with pytest.raises(ArticleError, match=error):
        read_source("a.txt", f"---\n{front}---\n{THAI}".encode())


def test_front_matter_overrides_detection():
    text = f"---\ndate: 2023-12-01\ntitle: ประชุมใหญ่\nslug: big-meeting\n---\n{THAI}"
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert (article.date, article.title, article.slug) == ("2023-12-01", "ประชุมใหญ่", "big-meeting")
    assert article.text[article.figures[-1].start:article.figures[-1].end] == "1,549"


@pytest.mark.parametrize("text,error", [
    ("", "no article text"),
    ("   \n\n", "no article text"),
    ("The committee met on Tuesday and approved the budget.", "language 'en': this site publishes hi, th"),
    ("BTO- कमेटी ने बैठक की।", "no meeting date found"),
])
def test_articles_that_cannot_be_published(text, error):
    with pytest.raises(ArticleError, match=error):
        process_article("a.txt", text.encode(), ["hi", "th"])


@pytest.mark.parametrize("text,date", [
    # a year the text compares this year with dates the meeting a year later
    ("สุโขทัย 3 ต.ค. - คณะกรรมการรายงานว่า พื้นที่เสียหายรวม 186,420 ไร่ มากกว่าปี 2567 ที่เสียหาย 142,300 ไร่\n",
     "2025-10-03"),
    ("भोपाल, 3 मार्च। समिति ने बताया कि पिछले वर्ष 2024 में 1,200 आवेदन आए थे, इस बार 1,450 आए।\n", "2025-03-03"),
    ("भोपाल, 3 मार्च। समिति ने वर्ष 2024 में 1,200 आवेदन स्वीकार किए।\n", "2024-03-03"),
    ("भोपाल, 3 मार्च। इस वर्ष 1,450 आवेदन आए, जबकि वर्ष 2024 की इसी अवधि में 1,200 आवेदन आए थे।\n", "2025-03-03"),
    # the lead's second sentence gives the meeting's numeric date with its weekday in brackets before "को"
    ("भोपाल, 13 अगस्त 2024। विश्वविद्यालय ने सूचना जारी की। विद्या परिषद की बैठक दिनांक 09.08.2024 (शुक्रवार) को हुई,"
     " जिसमें 38 सदस्य उपस्थित रहे।\n", "2024-08-09"),
    # a weekday in the lead dates the meeting on or before the dateline's day
    ("भोपाल, 4 मार्च 2025। जिला योजना समिति की बैठक सोमवार को हुई, जिसमें 120 करोड़ रुपये मंजूर हुए।\n", "2025-03-03"),
    ("ขอนแก่น 4 มี.ค. 2568 - เมื่อวันจันทร์ที่ผ่านมา คณะกรรมการจัดประชุม มีสมาชิก 120 คน\n", "2025-03-03"),
    ("भोपाल, 4 मार्च 2025। जिला योजना समिति की बैठक मंगलवार को हुई।\n", "2025-03-04"),
    # the weekday in a later sentence of the lead that names the meeting (12 Dec 2025 a Friday)
    ("नयी दिल्ली, 12 दिसंबर 2025 (भाषा) परिषद ने शुल्क बढ़ाने की सिफारिश की है। परिषद की बृहस्पतिवार को यहां हुई बैठक"
     " में यह निर्णय किया गया।\n", "2025-12-11"),
    # "today" then the weekday told of: the meeting's day is the weekday's
    ("ขอนแก่น 4 มี.ค. 2568 - วันนี้ขอเล่าเรื่องการประชุม เมื่อวันเสาร์ที่ผ่านมา คณะกรรมการกองทุนหมู่บ้านประชุมกัน มีสมาชิก 120 คน\n",
     "2025-03-01"),
    # a wire without a year: the weekday anywhere in the lead gives it (the latest such day, 14 Nov 2024 a Thursday)
    ("कंचनपुर, १४ नवंबर (भाषा) जिले में इस वर्ष ६१२ सड़क दुर्घटनाएं हुईं। यह जानकारी बृहस्पतिवार को यहां जिला सड़क सुरक्षा"
     " समिति की बैठक में दी गई।\n", "2024-11-14"),
    # a wire of the day after: the weekday falls on the day before the dateline in the year the text names
    ("गया, 14 अगस्त (भाषा) जिले में एनीमिया अभियान के तहत 18.6 लाख गोलियां बांटी गईं। जिला स्वास्थ्य समिति की बुधवार को"
     " हुई समीक्षा बैठक में यह जानकारी दी गई। वित्तीय वर्ष 2025-26 के लिए 3.42 करोड़ रुपये आवंटित हुए।\n", "2025-08-13"),
    # a wire's lead that names no weekday: the weekday in the paragraph after it, in a sentence naming the meeting,
    # with the financial year the text names (14 Jan 2026 a Wednesday; 14 Jan 2025 a Tuesday)
    ("अजमेर, 14 जनवरी (भाषा) चालू वित्त वर्ष 2025-26 में अब तक 112 पंचायतों को 6.40 करोड़ रुपये जारी हुए।\n\n"
     "यह जानकारी बुधवार को जिला परिषद की बैठक में दी गई।\n", "2026-01-14"),
    # a weekday with a date after a comma in the lead's second sentence, which names the meeting; the only year
    # named is one the text looks back on, on which the weekday does not fall (13 Aug 2024 a Tuesday)
    ("जिला अस्पताल का ऑक्सीजन प्लांट आधी क्षमता पर चल रहा है। यह बात मंगलवार, 13 अगस्त को हुई समीक्षा बैठक में सामने"
     " आई। वर्ष 2021 में लगे प्लांट की क्षमता 1000 एलपीएम है।\n", "2024-08-13"),
    # a meeting numbered within its year gives the year of a date written without one, not a season's first year
    ("จันทบุรี 12 ก.พ. - คณะกรรมการผลไม้จังหวัดประชุมครั้งที่ 2/2568 ประเมินลำไยฤดูกาลผลิต 2567/68 ผลผลิต 298,000 ตัน\n",
     "2025-02-12"),
    ("भोपाल, 12 फरवरी। बैठक संख्या: 02/2025 में वर्ष 2024 के 1,200 आवेदनों की समीक्षा हुई।\n", "2025-02-12"),
])
def test_the_meeting_date_from_the_years_and_weekdays_the_text_names(text, date):
    try:
        article = process_article("a.txt", text.encode(), ["hi", "th"])
    except IncompleteArticle as error:
        article = error.article
    assert article.date == date


def test_a_bylines_date_above_the_lead_is_not_a_figure():
    text = ("सड़क हादसों में मौतें 11 फीसदी घटीं\nराजेश तिवारी, कनकपुर | 9 जुलाई 2025\n\n"
            "कनकपुर, 8 जुलाई। जिला सड़क सुरक्षा समिति की बैठक में बताया गया कि इस वर्ष 214 हादसे हुए।\n")
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert article.date == "2025-07-08"
    assert [f.text for f in article.figures if f.kind == "date"] == ["8 जुलाई"]


def test_a_paragraph_after_the_lead_that_opens_with_the_meetings_date_names_the_meeting():
    text = ("เชียงรายสรุปเทศกาลบอลลูน นักท่องเที่ยวทะลุ 1.8 แสนคน\n5 มี.ค. 2569 16:08 น.\nข่าวภูมิภาค\n"
            "เชียงราย - คณะกรรมการจัดงานเทศกาลบอลลูนนานาชาติจังหวัดเชียงรายประชุมสรุปผลการจัดงาน Balloon Fiesta 2026 "
            "ซึ่งจัดขึ้นระหว่างวันที่ 13-16 ก.พ. 69 ที่สนามริมน้ำกก พบผู้เข้าชมงานตลอด 4 วันรวม 186,400 คน\n"
            "เมื่อวันที่ 5 มี.ค. 69 ที่ห้องประชุมศาลากลางจังหวัดเชียงราย ผู้ว่าราชการจังหวัดเป็นประธานการประชุม\n")
    article = process_article("a.th.txt", text.encode())
    assert article.date == "2026-03-05"
    assert {f.text: f.label for f in article.figures if f.kind == "date"} == {"5 มี.ค. 69": "วันประชุม"}


@pytest.mark.parametrize("text, date", [
    # a byline's clock time ("09:24 น.") ends in an abbreviation's full stop: no prose, page data
    pytest.param(("หน้าแรก > เศรษฐกิจ > เกษตร\n\nพาณิชย์จังหวัดคาดส่งออกลำไยปีนี้ 2.1 แสนตัน จีนรับซื้อกว่าร้อยละ 70\n\n"
            "โดย กองบรรณาธิการข่าวเศรษฐกิจภูมิภาค | 13 ส.ค. 2568 เวลา 09:24 น.\n\n"
            "คณะอนุกรรมการด้านการค้าและการตลาดผลไม้จังหวัด จัดประชุมเมื่อวันที่ 12 ส.ค. 68 ณ ศาลากลางจังหวัด "
            "ผลผลิตลำไยของจังหวัดปีนี้คาดว่าจะมี 312,450 ตัน เพิ่มขึ้นร้อยละ 8.6 จากปีก่อน\n"),
                 "2025-08-12", id="a_thai_bylines_clock_time_does_not_make_it_the_lead"),
    # a deck that names a target's dated year stands above the lead, which dates the meeting
    pytest.param(("पलाशपुर, १२ नवम्बर २०२५\n\nजन औषधि केंद्रों से सात माह में मरीजों को १४६ करोड़ रुपये की बचत\n"
            "स्वास्थ्य मंत्री ने की केंद्रों की समीक्षा, ३१ मार्च २०२६ तक ५०० केंद्रों का लक्ष्य\n\n"
            "स्वास्थ्य मंत्री ने मंगलवार, ११ नवम्बर २०२५ को केंद्रों के संचालन की समीक्षा की। प्रदेश में ४१८ केंद्र हैं।\n"),
                 "2025-11-11", id="a_deck_with_a_target_date_is_not_the_lead"),
    # a paragraph that opens with a deadline is no lead: the one above it, with its weekday, is
    pytest.param(("नगर निगम स्थायी समिति: संपत्ति कर वसूली 48 करोड़ पहुंची\n"
            "Written By: अंकित शर्मा | Published: 14 Nov 2025, 06:10 PM IST\n"
            "भोपाल। नगर निगम की स्थायी समिति की बैठक गुरुवार को महापौर की अध्यक्षता में हुई। बैठक में बताया गया कि "
            "शहर में 2.1 लाख संपत्तियों का सर्वे पूरा हो चुका है।\n"
            "समिति ने 31 दिसंबर तक एकमुश्त कर जमा करने पर 10 प्रतिशत छूट देने का निर्णय लिया।\n"),
                 "2025-11-13", id="a_lead_above_a_deadline_is_not_a_deck"),
    # under a dateline's lead and a byline, the date said of the meeting is the meeting's
    pytest.param(("จันทบุรี ๒๐ พ.ค. - คณะกรรมการควบคุมคุณภาพทุเรียนจังหวัดประชุมติดตามการส่งออก พบตู้สินค้าถูกตีกลับ ๑๒ ตู้\n"
            "โดย สมชาย ใจดี สำนักข่าวภูมิภาค\n"
            "นายวีระ ศรีสุข รองผู้ว่าราชการจังหวัด เป็นประธานการประชุมเมื่อวันที่ ๑๙ พฤษภาคม ๒๕๖๘ ที่ศาลากลางจังหวัด "
            "โดยที่ประชุมรับทราบว่ามีการส่งออกทุเรียนแล้ว ๒,๔๐๐ ตู้\n"),
                 "2025-05-19", id="a_meeting_date_past_a_byline_under_a_datelines_lead"),
    # no year with the meeting's date and none alone: a date written with one (a deadline) gives it
    pytest.param(("จันทบุรี ๒๐ พ.ค. - คณะกรรมการจังหวัดประชุมติดตามการส่งออก พบตู้สินค้าถูกตีกลับ ๑๒ ตู้ "
            "ให้ตรวจล้งให้เสร็จภายในวันที่ ๓๐ มิถุนายน ๒๕๖๘\n"),
                 "2025-05-20", id="a_meeting_date_without_a_year_takes_it_from_a_dated_deadline"),
    # the paragraph after a dateline's lead dates the meeting, the meeting named after the date
    pytest.param(("निगम बोर्ड ने 48 नए होमस्टे को दी मंजूरी\n2 जनवरी 2025 | 1.2K व्यूज़\n"
            "हल्द्वानी, 02 जनवरी (ब्यूरो)। कुमाऊं मंडल विकास निगम की बोर्ड बैठक में 48 नए होमस्टे को मंजूरी दी गई है।\n"
            "बीते सोमवार (30 दिसंबर) को मुख्यालय में हुई इस बैठक की अध्यक्षता प्रबंध निदेशक ने की।\n"),
                 "2024-12-30", id="a_meeting_date_in_the_paragraph_after_the_lead_named_after_it"),
    # a deck above the site's one-word credit and the lead: the page's date is not the meeting's
    pytest.param(("กรมชลฯ ประชุมด่วน รับมือน้ำเหนือ เตือน 7 จังหวัด\n\nวันที่ 12 ก.ย. 2567 - 14:35 น.\n\n"
            "อธิบดีสั่งทุกหน่วยเตรียมเครื่องสูบน้ำ 900 เครื่อง หลังเขื่อนเพิ่มการระบาย\n\nข่าวภูมิภาคออนไลน์\n\n"
            "เมื่อวันที่ 11 ก.ย. ที่กรมชลประทาน อธิบดีเป็นประธานการประชุมติดตามสถานการณ์น้ำ โดยมีผู้แทน 12 หน่วยงาน"
            "ร่วมประชุม\n"),
                 "2024-09-11", id="a_deck_above_a_sites_credit_line_is_not_the_lead"),
    # a deck that reads like prose, then a section | byline | time line and a share bar: page data, not the lead
    pytest.param(("ลำปางชวนเที่ยวงานหลวงเวียงละกอน นักท่องเที่ยวเพิ่ม 9%\n"
            "คณะทำงานจัดงานจังหวัดลำปางสรุปผลเทศกาลหลวงเวียงละกอน 5 วัน รายได้หมุนเวียนกว่า 180 ล้านบาท "
            "เพิ่มขึ้น 9.5% จากปีก่อน เตรียมต่อยอดสู่ช่วงไฮซีซั่นปีหน้า\n"
            "ข่าวท้องถิ่น | โดย ทีมข่าวลำปาง | 9 ก.พ. 2568 09:40 น.\n"
            "แชร์ Facebook | LINE | คัดลอกลิงก์\n\n"
            "ลำปาง - เมื่อวันที่ 7 กุมภาพันธ์ 2568 ที่ศาลากลางจังหวัด รองผู้ว่าราชการจังหวัดเป็นประธานการประชุม"
            "คณะทำงานจัดงานหลวงเวียงละกอน มีผู้เข้าร่วม 32 คน\n"),
                 "2025-02-07", id="a_prose_like_deck_above_a_byline_with_its_time"),
    # breadcrumbs, headline, deck, byline, page data, then the lead that names the meeting's weekday
    pytest.param(("होम / राज्य / उत्तर प्रदेश / मेरठ\n"
            "मेरठ नगर निगम की बैठक में फैसला: 1,200 नए सफाईकर्मी रखे जाएंगे\n"
            "नगर निगम सदन की बैठक में कुत्तों के काटने के बढ़ते मामलों और सफाईकर्मियों के बकाया वेतन पर जमकर हंगामा "
            "हुआ। महापौर ने तीन महीने का बकाया वेतन 10 दिन में देने के निर्देश दिए।\n"
            "Edited By: अंकित शर्मा | Reported By: नीरज त्यागी\n"
            "अपडेटेड: 21 अगस्त 2025, 08:40 PM IST\n\n"
            "मेरठ: नगर निगम सदन की बैठक गुरुवार को टाउन हॉल में हुई। बैठक में 71 पार्षद मौजूद रहे।\n"),
                 "2025-08-21", id="a_deck_above_a_byline_and_page_data_is_not_the_lead"),
    # minutes: an office's head, a reference line with the issue date, a title, then the lead that dates
    # the meeting and ends ":-" above its decisions, one of which names the previous meeting's date
    pytest.param(("नगर पालिका परिषद, सुमेरपुर\n"
            "क्रमांक/नपा/2025/412                         सुमेरपुर, दिनांक 12/08/2025\n\n"
            "परिषद की 42वीं बैठक का कार्यवृत्त\n\n"
            "परिषद की 42वीं बैठक दिनांक 5 अगस्त 2025 (मंगलवार) को अध्यक्ष की अध्यक्षता में सम्पन्न हुई। "
            "बैठक में निम्नानुसार निर्णय लिए गए :-\n\n"
            "प्रस्ताव 42/1 : परिषद की 41वीं बैठक दिनांक 20 मई 2025 के कार्यवृत्त की पुष्टि की गई।\n\n"
            "प्रस्ताव 42/2 : 18 सड़कों की मरम्मत के लिए 2.4 करोड़ रुपये स्वीकृत किए गए।\n"),
                 "2025-08-05", id="a_lead_that_opens_a_list_with_a_colon_and_dash_is_no_deck"),
    # headline, byline with the page's date, deck, then the lead that opens with the meeting's date
    pytest.param(("สหกรณ์ปันผลร้อยละ 5.25\n"
            "โดย ทีมข่าวเศรษฐกิจ | 23 ก.พ. 2568 10:15 น. | เข้าชม 3,482 ครั้ง\n\n"
            "สหกรณ์ออมทรัพย์จัดประชุมใหญ่สามัญประจำปี สมาชิกร่วมลงมติจัดสรรกำไรสุทธิ 186.4 ล้านบาท\n\n"
            "เมื่อวันที่ 22 กุมภาพันธ์ 2568 ที่หอประชุมเทศบาล ประธานกรรมการเป็นประธานการประชุมใหญ่ มีสมาชิกเข้าร่วม 1,940 คน\n"),
                 "2025-02-22", id="a_thai_deck_above_a_lead_that_opens_with_its_date"),
    # a wire's dateline dates a summary meeting; the span of days the lead names is what it sums up
    pytest.param(("จังหวัดสรุปผล 7 วันอันตรายสงกรานต์ อุบัติเหตุลดลงร้อยละ 18\n\n"
            "ขอนแก่น 18 เม.ย. - ศูนย์อำนวยการความปลอดภัยทางถนนจังหวัดขอนแก่น ประชุมสรุปผลการดำเนินงานช่วงเทศกาลสงกรานต์ 2568 "
            "ระหว่างวันที่ 11-17 เม.ย. 68 รวม 7 วัน เกิดอุบัติเหตุ 41 ครั้ง ผู้บาดเจ็บ 44 คน\n"),
                 "2025-04-18", id="a_thai_wires_summary_meeting_is_not_dated_by_the_span_it_sums_up"),
])
def test_the_meeting_date_past_a_pages_head_lines(text, date):
    """Bylines, decks, deadlines and release lines above or under the lead do not hide the meeting's date."""
    assert process_article("a.txt", text.encode(), ["hi", "th"]).date == date


def test_a_release_lines_date_above_the_headline_is_not_a_figure():
    text = ("खाद्य विभाग\nप्रेस विज्ञप्ति\nरायपुर, 18 नवंबर 2025\n"
            "धान खरीदी की समीक्षा: 2,058 उपार्जन केंद्रों पर खरीदी जारी\n"
            "खाद्य मंत्री की अध्यक्षता में सोमवार को मंत्रालय में धान उपार्जन की समीक्षा बैठक हुई। बैठक में बताया गया कि "
            "इस वर्ष 2,058 उपार्जन केंद्रों पर खरीदी की जा रही है।\n")
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert article.date == "2025-11-17"
    assert [f.text for f in article.figures] == ["2,058"]


@pytest.mark.parametrize("name, text, figures", [
    # a Thai official letter: its number, an address ending in its postcode and its enclosures
    ("a.th.txt", "ที่ ชบ ๐๐๑๗/ว ๒๒๐๔\nถนนสุขุมวิท ชบ ๒๐๑๙๐\nเรื่อง  แจ้งผลการประชุมคณะกรรมการป้องกันภัยแล้ง\n"
     "สิ่งที่ส่งมาด้วย  สรุปผลการประชุม  จำนวน ๑ ชุด\n\n"
     "ด้วยคณะกรรมการป้องกันภัยแล้งได้ประชุมเมื่อวันที่ ๑๔ มีนาคม ๒๕๖๘ มีหมู่บ้านเสี่ยงขาดแคลนน้ำ ๒๖ หมู่บ้าน\n",
     ["๑๔ มีนาคม ๒๕๖๘", "๒๖"]),
    # a letter's number line with its session's years above minutes
    ("a.hi.txt", "कार्यालय जिलाधिकारी, चंदनपुर\nपत्रांक: ४१२/म.भो./२०२५-२६    दिनांक: २१.०७.२०२५\n"
     "विषय: मध्याह्न भोजन समिति की बैठक का कार्यवृत्त।\n"
     "जिलाधिकारी की अध्यक्षता में दिनांक १८.०७.२०२५ को समिति की बैठक हुई, जिसमें २,१४६ विद्यालयों की समीक्षा की गई।\n",
     ["१८.०७.२०२५", "२,१४६"]),
])
def test_a_letters_head_lines_hold_no_figures(name, text, figures):
    """A letter's number, address, enclosures and number line are the letter's numbers, not the meeting's."""
    article = process_article(name, text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures] == figures


def test_a_minutes_session_line_keeps_its_year_beside_the_fiscal_year():
    """``สมัยสามัญ … ประจำปี พ.ศ. ๒๕๖๘`` above minutes: its year is the session's, a figure, and a budget's
    fiscal year of the same number further on is another (a release's number line holds none)."""
    text = ("รายงานการประชุมสภาเทศบาลตำบลหนองแวง\nสมัยสามัญ สมัยที่ ๒ ครั้งที่ ๑ ประจำปี พ.ศ. ๒๕๖๘\n"
            "วันศุกร์ที่ ๑๕ สิงหาคม พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.\nผู้มาประชุม ๑๒ คน\n"
            "ที่ประชุมอนุมัติโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๔๕๐,๐๐๐ บาท\n")
    article = process_article("a.th.txt", text.encode(), ["hi", "th"])
    assert [(f.text, f.value) for f in article.figures if f.kind == "year"] == [("๒๕๖๘", 2025), ("๒๕๖๘", 2025)]


@pytest.mark.parametrize("text, figures", [
    pytest.param(("बैठक का कार्यवृत्त\nबैठक दिनांक : ०८.०४.२०२५\n"
                  "बैठक की अध्यक्षता मुख्य सचिव ने की। बैठक में २१ सदस्य उपस्थित रहे।\n"
                  "निर्णय १: सभी जिलों में कुल ४२० शीतल केंद्र खोले जाएंगे।\n(सुधीर कुमार)\nसदस्य सचिव\nदिनांक: १०.०४.२०२५\n"),
                 ["०८.०४.२०२५", "२१", "४२०"], id="a_line_of_only_a_date"),
    pytest.param(("कार्य परिषद की बैठक का कार्यवृत्त\nबैठक दिनांक : २८.०७.२०२५\n"
                  "बैठक में १४ सदस्य उपस्थित रहे। परिषद ने ६ नए पद स्वीकृत किए।\n(कुलसचिव)\n"
                  "पृ. क्रमांक/कुस/२०२५/७७४     दिनांक ३१.०७.२०२५\n"),
                 ["२८.०७.२०२५", "१४", "६"], id="a_letters_reference_and_date"),
])
def test_a_document_date_line_under_minutes_is_not_a_figure(text, figures):
    """``दिनांक: १०.०४.२०२५`` under the minutes' signature, alone or after the letter's reference
    (``पृ. क्रमांक/…/९१८  दिनांक ३१.०७.२०२५``), is the document's date, not the meeting's figure."""
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures] == figures


def test_a_headlines_amount_restated_in_its_highlights_is_one_figure():
    text = ("नगर निगम स्थायी समिति: संपत्ति कर वसूली 48 करोड़ पहुंची\n"
            "Written By: अंकित शर्मा | Published: 14 Nov 2025, 06:10 PM IST\n"
            "Highlights\nअब तक 48 करोड़ रुपये की वसूली\n"
            "भोपाल। नगर निगम की स्थायी समिति की बैठक गुरुवार को महापौर की अध्यक्षता में हुई। बैठक में बताया गया कि "
            "शहर में 2.1 लाख संपत्तियों का सर्वे पूरा हो चुका है।\n")
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert [(f.text, f.kind) for f in article.figures] == [("48 करोड़ रुपये", "money"), ("2.1 लाख", "count")]


@pytest.mark.parametrize("opener", ["ข่าวที่เกี่ยวข้อง", "ข่าวอื่นที่น่าสนใจ"])
def test_a_list_of_related_stories_between_paragraphs_is_a_leftover(opener):
    text = (f"ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน\n\n{opener}\n"
            "- ทุเรียนภาคตะวันออกส่งออกพุ่ง 9 แสนตัน\n- ครม.อนุมัติ 1,200 ล้าน ช่วยเกษตรกร\n\n"
            "ที่ประชุมอนุมัติงบประมาณ 5 ล้านบาท\n")
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind != "date"] == ["120", "5 ล้านบาท"]
    assert "- ครม.อนุมัติ 1,200 ล้าน ช่วยเกษตรกร" in article.leftovers.values()


@pytest.mark.parametrize("counter", ["จำนวนผู้เข้าชม : 214", "ผู้อ่าน 1,250 คน", "ผู้เข้าชม (214)"])
def test_a_thai_page_counter_is_a_leftover_not_a_figure(counter):
    text = f"ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน\n{counter}\n"
    article = process_article("a.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind != "date"] == ["120"]


@pytest.mark.parametrize("lang, lead, furniture", [
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "पढ़ने का समय: 3 मिनट"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "फोटो 1 of 4"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "Follow us on 2 platforms"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "-०-"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "ใช้เวลาอ่าน 3 นาที"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "ภาพที่ 1/4"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "Follow us on 2 platforms"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "วันที่ 4 มี.ค. 2568 | อ่านแล้ว 1,284 ครั้ง | แชร์ 37"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "15 नवंबर 2024 | 2.3K व्यूज़ | शेयर 37"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "10:18 AM · 15 नवंबर 2024 · 8,412 बार देखा गया"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "แชร์ 56  Facebook  LINE  X"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "คลิกชมคลิป: รถติดยาว 5 กม. ที่จุดชมวิว 3 วันติด"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "पढ़ें: मंडी में धान की आवक 3 दिन में दोगुनी"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "38 रीपोस्ट   7 कोट   264 पसंद   4 बुकमार्क"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "👍😮 2.4K    ความคิดเห็น 51 รายการ    แชร์ 96 ครั้ง"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "अंतिम संपादन 15 नवंबर को किया गया था"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "อ่าน 3,418 ครั้ง"),
    ("th", "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน", "👍❤️ 356"),
    ("hi", "भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।", "👍😮 1.2K"),
])
def test_page_furniture_lines_are_leftovers_not_figures(lang, lead, furniture):
    """A reading time, a photo counter, a line of the page's English furniture: not the meeting's numbers."""
    article = process_article(f"a.{lang}.txt", f"{lead}\n{furniture}\n".encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind != "date"] == ["120"]
    assert furniture in article.leftovers.values()


def test_a_thai_byline_naming_its_station_and_channel_is_no_figure():
    """``โดย ทีมข่าว…`` with the station's name and channel after it: a credit, its number the channel's."""
    text = ("โดย ทีมข่าวภูมิภาค สยามวิวัฒน์ทีวี ช่อง 41\n\n"
            "ขอนแก่น 3 มี.ค. 2568 - คณะกรรมการจัดประชุม มีสมาชิก 120 คน\n")
    article = process_article("a.th.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind != "date"] == ["120"]


@pytest.mark.parametrize("signoff", ["एजेंसी एमके/एसडी 1630", "यूएनआई जेपी एसके 2115", "सिंह 1630 वार्ता", "लोकवाणी समाचार रमेश पाल 1742",
                                     "जनसूचना वर्मा/त्रिपाठी 1915", "सं. वर्मा जय 1745 वार्ता", "सं. प्रदीप\nवार्ता\n1745"])
def test_a_wires_signoff_with_its_filing_time_ends_the_page(signoff):
    """A wire's last lines: its name, the editors' initials (after ``सं.``) and the filing time, in either order,
    on one line or each on its own."""
    text = f"भोपाल, 14 नवंबर 2024। बैठक में 120 सदस्य मौजूद रहे।\n\n{signoff}\n"
    article = process_article("a.hi.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind != "date"] == ["120"]
    assert signoff.split("\n") == list(article.leftovers.values())


@pytest.mark.parametrize("name, text, date, headline", [
    # a site's name in Latin letters, a breadcrumb, the headline, then seven lines of page data: the
    # headline is the Thai line, and the lead's "yesterday" counts from the page's date
    pytest.param("a.th.txt", "PRD Regional News Service\nหน้าหลัก > ข่าวภูมิภาค > ภาคเหนือ\n"
                 "จังหวัดน่านประชุมคณะกรรมการท่องเที่ยว ตั้งเป้ารายได้ 120 ล้านบาท\n"
                 "ข่าวประจำวันที่ : 14 พ.ย. 2567\nเวลา : 10:45 น.\nผู้เขียนข่าว : สมหญิง ใจดี\nผู้ตรวจข่าว : สมชาย ทองดี\n"
                 "ประเภทข่าว : ท่องเที่ยว\nจังหวัด : น่าน\nจำนวนผู้เข้าชม : 126\n\n"
                 "เมื่อวานนี้ นายอำเภอเมืองน่านเป็นประธานการประชุมคณะกรรมการพัฒนาการท่องเที่ยวจังหวัดน่าน ครั้งที่ 4/2567"
                 " ณ ห้องประชุมศาลากลางจังหวัด เพื่อเตรียมการจัดงานเทศกาลส่งท้ายปี โดยมีผู้เข้าร่วมประชุม 45 คน\n",
                 "2024-11-13", "จังหวัดน่านประชุมคณะกรรมการท่องเที่ยว ตั้งเป้ารายได้ 120 ล้านบาท", id="a_latin_site_name"),
    # minutes: their title, the session's line, the date line with its weekday and time, the room, the record
    pytest.param("a.th.txt", "รายงานการประชุมสภาองค์การบริหารส่วนตำบลหนองบัว\nสมัยสามัญ สมัยที่ ๒ ครั้งที่ ๑ ประจำปี พ.ศ. ๒๕๖๘\n"
                 "วันอังคารที่ ๑๐ มิถุนายน พ.ศ. ๒๕๖๘ เวลา ๐๙.๓๐ น.\nณ ห้องประชุมสภาองค์การบริหารส่วนตำบลหนองบัว\n"
                 "ผู้มาประชุม จำนวน ๑๒ คน   ผู้ไม่มาประชุม จำนวน ๑ คน\n\n"
                 "เมื่อที่ประชุมครบองค์ประชุม ประธานสภาได้กล่าวเปิดการประชุม และแจ้งว่าองค์การบริหารส่วนตำบลได้รับจัดสรร"
                 "งบประมาณซ่อมแซมถนน จำนวน ๒.๔ ล้านบาท\n",
                 "2025-06-10", "รายงานการประชุมสภาองค์การบริหารส่วนตำบลหนองบัว", id="minutes_title_and_session_lines"),
    # a university's release: its name, its cell, the letter's number and date, "प्रेस विज्ञप्ति", the headline
    pytest.param("a.hi.txt", "राजर्षि टंडन विश्वविद्यालय, प्रयागराज\nजनसंपर्क प्रकोष्ठ\n"
                 "पत्रांक : रा.टं.वि./ज.सं./२०२५/१२                 दिनांक : १२.०३.२०२५\nप्रेस विज्ञप्ति\n"
                 "कार्य परिषद की बैठक में ९ नए पाठ्यक्रमों को मंजूरी\n"
                 "विश्वविद्यालय की कार्य परिषद की बैठक मंगलवार, दिनांक ११ मार्च २०२५ को कुलपति की अध्यक्षता में हुई, जिसमें ९ नए"
                 " पाठ्यक्रमों को मंजूरी दी गई।\n",
                 "2025-03-11", "कार्य परिषद की बैठक में ९ नए पाठ्यक्रमों को मंजूरी", id="an_institutions_name_above"),
    # a TV site's menu set out with spaces, a related-news block with arrow bullets, then the headline
    pytest.param("a.th.txt", "ข่าวเช้าทีวี\nดูสด   ข่าว   รายการ   คลิป\n\nข่าวที่เกี่ยวข้อง\n"
                 "▸ ผู้ว่าฯ สั่งห้ามเผาในที่โล่ง 60 วัน เริ่ม 1 มี.ค.\n▸ ค่าฝุ่นพุ่งเกินมาตรฐาน 5 วัน (4 มี.ค. 68)\n\n"
                 "คณะกรรมการไฟป่าจังหวัดประชุมนัดพิเศษ สั่งตั้งจุดสกัด 30 จุด\n"
                 "โดย ทีมข่าวภูมิภาค | 8 มี.ค. 2568 08:30 น.\n\n"
                 "เมื่อวานนี้ (7 มี.ค.) ที่ศาลากลางจังหวัด ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการป้องกันไฟป่า"
                 " ที่ประชุมมีมติตั้งจุดสกัด 30 จุดทั่วจังหวัด และให้ทุกอำเภอรายงานจุดความร้อนทุกวัน\n",
                 "2025-03-07", "คณะกรรมการไฟป่าจังหวัดประชุมนัดพิเศษ สั่งตั้งจุดสกัด 30 จุด", id="a_menu_and_arrow_links"),
    # a wire's header: agency, date and time, its slug in capitals, a bar of "name: value" items
    pytest.param("a.th.txt", "สำนักข่าวภาคเหนือ   12/09/2567   15:40\nLP-WATER-MEETING\nหมวด: ภูมิภาค   ความยาว: 240 คำ\n\n"
                 "ลำพูนประชุมคณะกรรมการน้ำ เตรียมพร่องน้ำ 3 อ่าง\n\n"
                 "ลำพูน 12 ก.ย.- คณะกรรมการทรัพยากรน้ำจังหวัดลำพูนประชุมติดตามสถานการณ์น้ำ มีมติพร่องน้ำ 3 อ่าง"
                 " และให้อำเภอริมน้ำเตรียมศูนย์พักพิงชั่วคราวไว้รองรับผู้อพยพ\n",
                 "2024-09-12", "ลำพูนประชุมคณะกรรมการน้ำ เตรียมพร่องน้ำ 3 อ่าง", id="a_wires_slug_and_bar"),
    # a PR office's note: office, number and date, the letter's number, its addressee, then the headline
    pytest.param("a.hi.txt", "जिला जनसंपर्क कार्यालय, रामपुर\nसमाचार क्रमांक 318/2024                  दिनांक 12.11.2024\n"
                 "प्रति, संपादक / ब्यूरो प्रमुख, समस्त समाचार पत्र — प्रकाशनार्थ\n\n"
                 "पेयजल योजनाओं की समीक्षा में कलेक्टर ने 12 अधूरी योजनाओं पर जताई नाराजगी\n\n"
                 "रामपुर, 12 नवंबर 2024। कलेक्टर ने मंगलवार को कलेक्ट्रेट में पेयजल योजनाओं की समीक्षा बैठक ली, जिसमें 40 योजनाओं"
                 " की प्रगति पर चर्चा हुई।\n",
                 "2024-11-12", "पेयजल योजनाओं की समीक्षा में कलेक्टर ने 12 अधूरी योजनाओं पर जताई नाराजगी",
                 id="a_notes_addressee_line"),
    # a wire's header with its date and time, a desk line; the meeting's weekday is in the paragraph
    # after the lead, in the sentence that names the meeting
    pytest.param("a.hi.txt", "BVS-HINDI   PRIORITY: ROUTINE   11 MAR 2025   18:42\nभारत वार्ता सेवा / राज्य डेस्क\n\n"
                 "जल संकट से निपटने के लिए केसरगढ़ में 310 हैंडपंपों की मरम्मत होगी\n\n"
                 "केसरगढ़, 11 मार्च (वार्ता) राजस्थान के केसरगढ़ जिले में आगामी गर्मी के मद्देनजर 310 हैंडपंपों की मरम्मत"
                 " का निर्णय लिया गया है।\n"
                 "जिला कलेक्टर की अध्यक्षता में सोमवार को यहां हुई जिला जल समिति की बैठक में यह निर्णय हुआ।\n",
                 "2025-03-10", "जल संकट से निपटने के लिए केसरगढ़ में 310 हैंडपंपों की मरम्मत होगी",
                 id="a_wire_header_and_a_weekday_after_the_lead"),
    # a district office's social post: relative time only, the meeting's day as a short Buddhist-Era
    # numeric date opening the lead
    pytest.param("a.th.txt", "ที่ว่าการอำเภอหนองหิน จังหวัดเลย\n· 3 ชม. · 🌏\n\n"
                 "อำเภอหนองหินประชุมหัวหน้าส่วนราชการ กำนัน ผู้ใหญ่บ้าน ประจำเดือนกรกฎาคม\n\n"
                 "วันนี้ 9/7/67 เวลา 09.00 น. ณ หอประชุมอำเภอหนองหิน นายอำเภอหนองหินเป็นประธานการประชุมหัวหน้าส่วนราชการ"
                 " กำนัน และผู้ใหญ่บ้านทั้ง 7 ตำบล 86 หมู่บ้าน ให้เฝ้าระวังโรคไข้เลือดออก\n",
                 "2024-07-09", "อำเภอหนองหินประชุมหัวหน้าส่วนราชการ กำนัน ผู้ใหญ่บ้าน ประจำเดือนกรกฎาคม",
                 id="a_short_numeric_date_opening_the_lead"),
    # a council's minutes: its name and office, the letter's number and date, the title, then the
    # meeting's date on its own labelled line
    pytest.param("a.hi.txt", "नगर पालिका परिषद, सोनपुर (जिला रामगढ़)\nकार्यालय नगर पालिका परिषद, सोनपुर\n"
                 "पृ. क्र./नपा/सा.स./२०२४/१८४०                              सोनपुर, दिनांक २२.११.२०२४\n\n"
                 "साधारण सम्मेलन की बैठक का कार्यवाही विवरण\nबैठक दिनांक : १८.११.२०२४ (सोमवार)        समय : अपराह्न ०२:०० बजे\n\n"
                 "अध्यक्ष की अध्यक्षता में आयोजित बैठक में कुल २४ में से १९ पार्षद उपस्थित रहे। गणपूर्ति होने पर बैठक प्रारंभ हुई और"
                 " सात प्रस्तावों पर विचार किया गया।\n",
                 "2024-11-18", "साधारण सम्मेलन की बैठक का कार्यवाही विवरण", id="a_councils_minutes_under_its_letter_line"),
    # a ministry's release: its Thai and English names, "Press Release", number, date, a for-release line
    pytest.param("a.th.txt", "กระทรวงพัฒนาชุมชนท้องถิ่น\nMinistry of Local Community Development\nข่าวประชาสัมพันธ์ / Press Release\n"
                 "ฉบับที่ 88/2568\nวันที่ 22 เมษายน 2568 (22 April 2025)\nสำหรับเผยแพร่ทันที\n\n"
                 "ปลัดกระทรวงฯ ประชุมคณะกรรมการน้ำชุมชน เคาะแผนขุดสระน้ำ 950 แห่ง\n\n"
                 "ปลัดกระทรวงพัฒนาชุมชนท้องถิ่นเป็นประธานการประชุมคณะกรรมการบริหารจัดการน้ำชุมชนแห่งชาติ ครั้งที่ 2/2568"
                 " ที่ประชุมเห็นชอบแผนขุดสระน้ำชุมชน 950 แห่ง วงเงิน 420 ล้านบาท\n"
                 "การประชุมดังกล่าวจัดขึ้นเมื่อวันจันทร์ที่ 21 เมษายน 2568 ณ ห้องประชุมกระทรวง\n",
                 "2025-04-21", "ปลัดกระทรวงฯ ประชุมคณะกรรมการน้ำชุมชน เคาะแผนขุดสระน้ำ 950 แห่ง", id="a_ministrys_english_name"),
    # an app's page: its name, a reading-time line, then the title that names the meeting
    pytest.param("a.hi.txt", "खबर आपके शहर की | पिपरिया\nपिपरिया  >  व्यापार  >  बाज़ार\n\nपढ़ें 3 मिनट में\n\n"
                 "व्यापारी संघ की बैठक में फैसला: रविवार को आधा दिन बंद रहेगा अनाज बाजार\n\n"
                 "पिपरिया, 14 मार्च 2025। शहर के व्यापारी संघ की बैठक गुरुवार को संघ भवन में हुई, जिसमें 120 व्यापारियों ने भाग लिया"
                 " और रविवार को आधे दिन बाजार बंद रखने का फैसला हुआ।\n",
                 "2025-03-13", "व्यापारी संघ की बैठक में फैसला: रविवार को आधा दिन बंद रहेगा अनाज बाजार", id="an_apps_lines_above"),
    # an association's release: a logo's placeholder and its name, its English name and address, then
    # the release's lines and the Thai and English titles
    pytest.param("a.th.txt", "[โลโก้] สมาคมผู้ประกอบการท่องเที่ยวชายฝั่ง (สทช.)\nCoastal Tourism Operators Association\n"
                 "99/12 ถนนเลียบหาด ตำบลบางทราย อำเภอเมือง จังหวัดสตูล 91000\n\nข่าวประชาสัมพันธ์ | PRESS RELEASE\n"
                 "สำหรับเผยแพร่ทันที | For Immediate Release\n"
                 "วันที่ 4 มีนาคม 2568 / 4 March 2025\n\nสทช. ประชุมใหญ่ เคาะมาตรการจำกัดนักท่องเที่ยวเกาะหิน วันละ 1,200 คน\n"
                 "Association Backs 1,200-a-Day Visitor Cap\n\n"
                 "\tสตูล – สมาคมผู้ประกอบการท่องเที่ยวชายฝั่งจัดการประชุมใหญ่สามัญประจำปี เมื่อวันจันทร์ที่ 3 มีนาคม ที่ผ่านมา"
                 " ที่ประชุมมีมติสนับสนุนข้อเสนอจำกัดนักท่องเที่ยวเกาะหินวันละ 1,200 คน\n",
                 "2025-03-03", "สทช. ประชุมใหญ่ เคาะมาตรการจำกัดนักท่องเที่ยวเกาะหิน วันละ 1,200 คน", id="a_logos_placeholder_above"),
    # a press note: office, a note in parentheses, its number and date, an addressee over three lines and a
    # request to print; a headline with the coming event's date; the lead names that day before the meeting's
    pytest.param("a.hi.txt", "कार्यालय जिला विधिक सेवा प्राधिकरण, रामगढ़\n(जिला एवं सत्र न्यायालय परिसर, रामगढ़)\n"
                 "दूरभाष: 07xx-250044 | ई-मेल: dlsa.ramgarh@example.in | टोल फ्री: 15100\n\nप्रेस नोट\n\n"
                 "क्रमांक: 880/जि.वि.से.प्रा./2024                      रामगढ़, दिनांक 10/12/2024\n\n"
                 "प्रति,\nसंपादक / ब्यूरो प्रमुख,\nसमस्त समाचार पत्र एवं इलेक्ट्रॉनिक मीडिया, रामगढ़\n"
                 "कृपया निम्नलिखित समाचार जनहित में प्रकाशित करने का कष्ट करें।\n\n"
                 "नेशनल लोक अदालत की तैयारियों को लेकर प्राधिकरण की बैठक, 14 दिसम्बर को 18 खंडपीठों में होगी सुनवाई\n\n"
                 "रामगढ़, 10 दिसम्बर। राष्ट्रीय विधिक सेवा प्राधिकरण के निर्देशानुसार आगामी 14.12.2024 (शनिवार) को"
                 " आयोजित होने वाली नेशनल लोक अदालत की तैयारियों के संबंध में"
                 " जिला विधिक सेवा प्राधिकरण की बैठक दिनांक 09.12.2024 को अध्यक्ष की अध्यक्षता में संपन्न हुई।\n",
                 "2024-12-09", "नेशनल लोक अदालत की तैयारियों को लेकर प्राधिकरण की बैठक, 14 दिसम्बर को 18 खंडपीठों में होगी सुनवाई",
                 id="a_press_notes_addressee_and_a_coming_date"),
    # an e-paper clip: the paper's name, its edition and page lines, a toolbar with the clip's number, a
    # headline over two lines (the first ends in a postposition) and a deck, the lead under the city desk's credit
    pytest.param("a.hi.txt", "दैनिक नवप्रभात | e-Paper\nरामपुर | शुक्रवार, 21 फरवरी 2025\nपेज 5 | संस्करण रामपुर सिटी\n"
                 "◀ पिछला पेज    सभी पेज    अगला पेज ▶      क्लिप आईडी: 4471823      ⬇ डाउनलोड\n\n"
                 "स्मार्ट सिटी बोर्ड की बैठक में\nतालाब सौंदर्यीकरण के 48 करोड़ मंजूर\nतीन साल से अटका प्रोजेक्ट फिर पटरी पर, जून तक पहला चरण\n\n"
                 "रामपुर (नप्र)। रामपुर स्मार्ट सिटी कॉरपोरेशन के बोर्ड की बैठक गुरुवार को कंपनी कार्यालय में हुई। बैठक में बड़ा तालाब"
                 " सौंदर्यीकरण परियोजना के लिए 48 करोड़ रुपये की संशोधित लागत को मंजूरी दी गई।\n",
                 "2025-02-20", "स्मार्ट सिटी बोर्ड की बैठक में", id="an_epaper_clips_two_line_headline"),
    # a circular: the office's name, its number and date, the addressees, the subject line, a reference and a
    # salutation; the lead gives the meeting's numeric date with its weekday in brackets before "को"
    pytest.param("a.hi.txt", "जिला सहकारी केंद्रीय बैंक मर्यादित, सरायपुर\nपरिपत्र क्रमांक : प्रशा/2025/211      दिनांक : 18.03.2025\n"
                 "प्रति,\nसमस्त शाखा प्रबंधक\nविषय : संचालक मंडल की बैठक के निर्णय।\nसंदर्भ : परिपत्र क्रमांक प्रशा/2025/190\n"
                 "महोदय,\nबैंक के संचालक मंडल की बैठक दिनांक 12.03.2025 (बुधवार) को अध्यक्ष की अध्यक्षता में हुई, जिसमें 11 संचालक"
                 " उपस्थित रहे और कृषि ऋण की सीमा 3 लाख रुपये तक बढ़ाने का निर्णय लिया गया।\n",
                 "2025-03-12", "विषय : संचालक मंडल की बैठक के निर्णय।", id="a_circulars_subject_line"),
    # a Thai official letter: its number and the office's address with a postcode, the date, the subject
    # (เรื่อง), the addressee (เรียน) and the enclosures
    pytest.param("a.th.txt", "ที่ ชบ ๐๐๑๗/ว ๒๒๐๔                    ที่ว่าการอำเภอหนองใหญ่\n"
                 "ถนนสุขุมวิท ชบ ๒๐๑๙๐\n๑๘ มีนาคม ๒๕๖๘\nเรื่อง  แจ้งผลการประชุมคณะกรรมการป้องกันภัยแล้งอำเภอ\n"
                 "เรียน  กำนันทุกตำบล\nสิ่งที่ส่งมาด้วย  สรุปผลการประชุม  จำนวน ๑ ชุด\n\n"
                 "ด้วยคณะกรรมการป้องกันภัยแล้งอำเภอหนองใหญ่ได้ประชุมเมื่อวันที่ ๑๔ มีนาคม ๒๕๖๘ ณ ห้องประชุมอำเภอ"
                 " มีหมู่บ้านเสี่ยงขาดแคลนน้ำ ๒๖ หมู่บ้าน และอนุมัติงบประมาณ ๑.๕ ล้านบาทสำหรับรถบรรทุกน้ำ\n",
                 "2025-03-14", "เรื่อง  แจ้งผลการประชุมคณะกรรมการป้องกันภัยแล้งอำเภอ", id="a_thai_official_letter"),
    # a bilingual press note: the office's letterhead in Hindi and English, its lines glossed after a slash, the
    # release's number and date, the headline and its English rendering; the lead's weekday before that date
    pytest.param("a.hi.txt", "जिला कृषि कार्यालय, रामगढ़\nDISTRICT AGRICULTURE OFFICE, RAMGARH\n"
                 "प्रेस विज्ञप्ति / PRESS NOTE\nक्रमांक / No.: कृषि/2025/88          दिनांक / Date: 14-03-2025\n"
                 "तत्काल प्रकाशनार्थ / For immediate release\n"
                 "बीज वितरण समिति ने 4,200 क्विंटल गेहूं बीज बांटने की योजना मंजूर की\n"
                 "Seed committee approves distribution of 4,200 quintals of wheat seed\n"
                 "जिला बीज वितरण समिति की बैठक बुधवार को कलेक्टर की अध्यक्षता में हुई, जिसमें 36 सहकारी समितियों के"
                 " माध्यम से बीज बांटने का निर्णय लिया गया।\n",
                 "2025-03-12", "बीज वितरण समिति ने 4,200 क्विंटल गेहूं बीज बांटने की योजना मंजूर की", id="a_bilingual_letterhead"),
    # a Thai announcement on a site: its title (ประกาศ…) over its subject (เรื่อง …); the page's post date above
    pytest.param("a.th.txt", "วิทยาลัยชุมชนบ้านไร่  BANRAI COMMUNITY COLLEGE\nหน้าแรก | ประกาศ | ติดต่อเรา\n"
                 "โพสต์เมื่อ 12/03/2025 | ผู้เข้าชม 412\n\nประกาศสภาวิทยาลัยชุมชนบ้านไร่\n"
                 "เรื่อง สรุปผลการประชุมสภาวิทยาลัย ครั้งที่ ๒/๒๕๖๘\n\n"
                 "ตามที่สภาวิทยาลัยชุมชนบ้านไร่ได้ประชุมเมื่อวันศุกร์ที่ ๗ มีนาคม ๒๕๖๘ ณ ห้องประชุมวิทยาลัย"
                 " มีกรรมการเข้าร่วม ๑๔ คน และอนุมัติงบประมาณ ๒.๓ ล้านบาท\n",
                 "2025-03-07", "ประกาศสภาวิทยาลัยชุมชนบ้านไร่", id="a_thai_announcements_title_over_its_subject"),
    # a channel's name with its Latin name after two spaces, a breadcrumb, then the headline
    pytest.param("a.th.txt", "ช่อง 9 บ้านเรา  BANRAO9\nหน้าแรก > ภูมิภาค\n"
                 "สภาเทศบาลเมืองชายทะเล อนุมัติงบซ่อมท่าเรือ 12 ล้าน\nเผยแพร่: 05/11/2567 10:20 น.\n"
                 "เมื่อวันที่ 4 พฤศจิกายน 2567 สภาเทศบาลเมืองชายทะเลประชุมสมัยสามัญ สมัยที่ 4 ณ ห้องประชุมสภาเทศบาล"
                 " มีสมาชิกเข้าร่วม 18 คน และอนุมัติงบประมาณซ่อมท่าเรือประมงและท่าเทียบเรือโดยสาร 12 ล้านบาท"
                 " เพื่อรองรับนักท่องเที่ยวในฤดูท่องเที่ยวที่จะถึงนี้\n",
                 "2024-11-04", "สภาเทศบาลเมืองชายทะเล อนุมัติงบซ่อมท่าเรือ 12 ล้าน", id="a_name_with_its_latin_name"),
    # a blog: the post's date in Gregorian years above, the lead's numeric date with a two-digit
    # Buddhist-Era year after "เมื่อวัน…ที่" further into its sentence
    pytest.param("a.th.txt", "สรุปประชุมคณะกรรมการหมู่บ้านประจำเดือนธันวาคม ค่าส่วนกลางและไฟถนน\n"
                 "โพสต์เมื่อ 5 มกราคม 2025 โดย แอดมิน · อ่าน 4 นาที\n"
                 "คณะกรรมการนิติบุคคลหมู่บ้านจัดสรรได้ประชุมประจำเดือนธันวาคม เมื่อวันเสาร์ที่ 28/12/67 เวลา 19.00 น."
                 " ณ สโมสรหมู่บ้าน มีกรรมการเข้าร่วม 7 คน และมีมติคงอัตราค่าส่วนกลางไว้ที่ 18 บาทต่อตารางวาต่อเดือน"
                 " พร้อมอนุมัติงบซ่อมไฟถนน 42,000 บาท\n",
                 "2024-12-28", "สรุปประชุมคณะกรรมการหมู่บ้านประจำเดือนธันวาคม ค่าส่วนกลางและไฟถนน", id="a_numeric_date_said_as_the_days"),
    # a ruling's page: its case data set out with spaces, each with a date, then the headline and the lead
    pytest.param("a.th.txt", "หน้าหลัก > เผยแพร่คำวินิจฉัย\nเรื่องร้องเรียนที่ ๓/๒๕๖๘   ลงวันที่ ๒ มกราคม ๒๕๖๘\n"
                 "แจ้งผลคำวินิจฉัย   ๒๔ กุมภาพันธ์ ๒๕๖๘\n"
                 "สรุปคำวินิจฉัยคณะกรรมการ กรณีร้องเรียนค่าธรรมเนียมตลาดสดเทศบาล\n"
                 "คณะกรรมการพิจารณาเรื่องร้องเรียนได้ประชุมเมื่อวันที่ ๑๗ กุมภาพันธ์ ๒๕๖๘ ณ ห้องประชุมเทศบาล"
                 " พิจารณาคำร้องของผู้ค้า ๔๒ ราย และมีมติให้ลดค่าธรรมเนียมแผงลงร้อยละ ๒๐ เป็นเวลา ๖ เดือน"
                 " เพื่อบรรเทาความเดือดร้อนของผู้ค้า\n",
                 "2025-02-17", "สรุปคำวินิจฉัยคณะกรรมการ กรณีร้องเรียนค่าธรรมเนียมตลาดสดเทศบาล", id="case_data_set_out_with_spaces"),
    # a photo's caption above the headline, opening with its placeholder: not the lead
    pytest.param("a.th.txt", "หน้าแรก » ข่าวจังหวัด\n"
                 "[ภาพ] นายอำเภอเมืองเป็นประธานการประชุมคณะกรรมการป้องกันภัยแล้งอำเภอ ณ ห้องประชุมที่ว่าการอำเภอ"
                 " โดยมีหัวหน้าส่วนราชการและกำนันทุกตำบลเข้าร่วมประชุมพร้อมกันอย่างพร้อมเพรียง\n"
                 "อำเภอเมืองสั่งรับมือภัยแล้ง สำรวจแหล่งน้ำ 64 แห่ง\nโดย ทีมข่าวภูมิภาค | 15 พฤศจิกายน 2567 เวลา 10:22 น.\n"
                 "เมื่อวานนี้ (14 พ.ย. 67) นายอำเภอเมืองเป็นประธานการประชุมคณะกรรมการป้องกันภัยแล้งอำเภอ"
                 " ที่ประชุมมอบหมายให้ทุกตำบลสำรวจแหล่งน้ำสาธารณะ 64 แห่ง ให้แล้วเสร็จภายในสิ้นเดือนนี้"
                 " เพื่อเตรียมการรับมือภัยแล้งในฤดูแล้งที่จะมาถึง\n",
                 "2024-11-14", "อำเภอเมืองสั่งรับมือภัยแล้ง สำรวจแหล่งน้ำ 64 แห่ง", id="a_captions_placeholder_above_the_headline"),
    # a hospital's site: its name, the section's name, a date badge over two lines ("15" / "ม.ค. 68"), the
    # headline; the lead names only a weekday, counted back from the badge's day (Wed 15 Jan 2025)
    pytest.param("a.th.txt", "โรงพยาบาลบ้านนา\nBan Na Hospital\nหน้าหลัก | เกี่ยวกับเรา | ข่าวกิจกรรม | ติดต่อเรา\n"
                 "ข่าวกิจกรรม\n15\nม.ค. 68\n"
                 "คณะกรรมการบริหารโรงพยาบาลบ้านนา อนุมัติงบครุภัณฑ์ 3.2 ล้านบาท\n"
                 "เมื่อวันจันทร์ที่ผ่านมา คณะกรรมการบริหารโรงพยาบาลบ้านนาได้ประชุมทบทวนแผนงบประมาณ ณ ห้องประชุมชั้น 3"
                 " อาคารอำนวยการ มีผู้เข้าร่วมประชุม 24 คน และอนุมัติงบจัดซื้อครุภัณฑ์การแพทย์ 3.2 ล้านบาท"
                 " เพื่อรองรับผู้ป่วยที่เพิ่มขึ้นในปีนี้\n",
                 "2025-01-13", "คณะกรรมการบริหารโรงพยาบาลบ้านนา อนุมัติงบครุภัณฑ์ 3.2 ล้านบาท", id="a_date_badge_over_two_lines"),
    # a mayor's office's press note: its letterhead, number and date, "॥ प्रेस नोट ॥", the headline, a lead
    # whose weekday counts back from the note's date (Fri 12 Jul 2024)
    pytest.param("a.hi.txt", "कार्यालय महापौर\nनगर पालिक निगम, रामनगर\n"
                 "क्रमांक/महापौर कार्या./2024/318                 दिनांक 12.07.2024\n॥ प्रेस नोट ॥\n"
                 "मेयर-इन-काउंसिल की बैठक में 27 करोड़ रुपये के विकास कार्यों को स्वीकृति\n"
                 "नगर निगम की मेयर-इन-काउंसिल की बैठक गुरुवार को महापौर की अध्यक्षता में हुई, जिसमें 19 प्रस्तावों पर विचार"
                 " किया गया और 17 प्रस्ताव स्वीकृत हुए।\n",
                 "2024-07-11", "मेयर-इन-काउंसिल की बैठक में 27 करोड़ रुपये के विकास कार्यों को स्वीकृति", id="a_press_notes_own_line"),
    pytest.param("w.hi.txt", "प्रदेश समाचार सेवा (पीएसएस)\nप्राथमिकता: सामान्य | श्रेणी: प्रादेशिक\nजारी: 14-03-2025 15:40\n"
                 "----------------------------------------\n"
                 "बाढ़ नियंत्रण कक्ष 15 जून से चौबीसों घंटे खुलेंगे, 38 नावें तैनात होंगी\n"
                 "(रामगढ़, 14 मार्च) जिला आपदा प्रबंधन प्राधिकरण की मंगलवार को हुई बैठक में बाढ़ से पहले की तैयारियों की समीक्षा"
                 " की गई। जिलाधिकारी ने 38 नावें और 120 गोताखोर तैनात करने को कहा।\n",
                 "2025-03-11", "बाढ़ नियंत्रण कक्ष 15 जून से चौबीसों घंटे खुलेंगे, 38 नावें तैनात होंगी",
                 id="a_wires_header_over_a_rule_and_a_dateline_in_brackets"),
    pytest.param("r.th.txt", "สถานีวิทยุชุมชนคนริมน้ำ FM 101.75 MHz\n\"สื่อของคนในชุมชน\"\nหน้าหลัก | ฟังสด | ติดต่อเรา\n"
                 "รายการย้อนหลัง > รายการ \"คุยข่าวเช้านี้\"\n"
                 "สหกรณ์ผู้ใช้น้ำบ้านริมน้ำเคาะค่าน้ำใหม่ หน่วยละ 8 บาท เริ่มเดือนหน้า\n"
                 "ในรายการสัปดาห์นี้ ผู้ดำเนินรายการคุยกับประธานสหกรณ์ผู้ใช้น้ำบ้านริมน้ำ ถึงผลการประชุมคณะกรรมการสหกรณ์"
                 " เมื่อวันที่ 12 ตุลาคม 2567 ที่ศาลาหมู่บ้าน ซึ่งที่ประชุมมีมติปรับค่าน้ำประปาเป็นหน่วยละ 8 บาท จากเดิม"
                 " หน่วยละ 6 บาท และให้สมาชิกที่ค้างชำระผ่อนได้ไม่เกิน 6 งวด\n",
                 "2024-10-12", "สหกรณ์ผู้ใช้น้ำบ้านริมน้ำเคาะค่าน้ำใหม่ หน่วยละ 8 บาท เริ่มเดือนหน้า",
                 id="a_radio_stations_name_and_a_one_step_trail"),
    pytest.param("m.th.txt", "สหกรณ์ผู้เลี้ยงโคนมหนองบัว จำกัด\nเลขทะเบียนสหกรณ์ 0117/2540\nหน้า 1/4\n\n"
                 "รายงานการประชุมใหญ่สามัญประจำปี 2567\nครั้งที่ 1/2568\n\n"
                 "ผู้มาประชุม สมาชิก 388 คน จากสมาชิกทั้งหมด 702 คน ครบองค์ประชุม\n"
                 "เมื่อวันเสาร์ที่ 25 มกราคม 2568 เวลา 09.00 น. ณ หอประชุมสหกรณ์ นายประยูร แก้วมณี ประธานกรรมการดำเนินการ"
                 " กล่าวเปิดประชุมและแจ้งว่าปีที่ผ่านมาสหกรณ์รับซื้อน้ำนมดิบ 4,812 ตัน มีกำไรสุทธิ 3.2 ล้านบาท\n",
                 "2025-01-25", "รายงานการประชุมใหญ่สามัญประจำปี 2567", id="minutes_own_title_over_the_attendance"),
    pytest.param("ad.th.txt", "โฆษณา | ร้านวัสดุก่อสร้างเมืองใหม่ ลดราคา 20% ทุกรายการ ส่งฟรีในเขตอำเภอเมืองและอำเภอใกล้เคียง"
                 " ผ่อนได้นาน 10 เดือน ดอกเบี้ย 0% ตลอดเดือนนี้เท่านั้น โทรสั่งได้ทุกวันไม่เว้นวันหยุดราชการ\n"
                 "ข่าวเมืองใหม่ออนไลน์\nหน้าแรก | ข่าวจังหวัด | เกษตร\n"
                 "กรมการจังหวัดประชุมแก้ราคามันตกต่ำ เตรียมชงขอชดเชยไร่ละ 500 บาท\n"
                 "โดย กองบรรณาธิการ | 15 มกราคม 2568 เวลา 11:20 น.\n"
                 "เมื่อวันที่ 14 ม.ค. 68 ที่ห้องประชุมศาลากลางจังหวัด ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการ"
                 "แก้ไขปัญหาราคามันสำปะหลัง ที่ประชุมมีมติให้ช่วยเหลือเกษตรกร 12,400 ราย ในพื้นที่ 8 อำเภอ\n",
                 "2025-01-14", "กรมการจังหวัดประชุมแก้ราคามันตกต่ำ เตรียมชงขอชดเชยไร่ละ 500 บาท", id="an_advert_bar_above_the_masthead"),
    pytest.param("n.th.txt", "จุลสารวิทยาลัยการอาชีพบ้านโคก ปีที่ 3 ฉบับที่ 2\n"
                 "สภาวิทยาลัยอนุมัติเปิดสาขาช่างซ่อมบำรุงอากาศยาน รับนักศึกษา 40 คน\n"
                 "สภาวิทยาลัยการอาชีพบ้านโคกมีมติอนุมัติให้เปิดสาขาวิชาช่างซ่อมบำรุงอากาศยานในระดับ ปวส. ตั้งแต่ภาคเรียนหน้า"
                 " โดยรับนักศึกษารุ่นแรก 40 คน และใช้งบประมาณปรับปรุงโรงฝึกงาน 2.5 ล้านบาท\n"
                 "การประชุมดังกล่าวจัดขึ้นเมื่อวันศุกร์ที่ 9 สิงหาคม 2567 ที่ห้องประชุมวิทยาลัย มีกรรมการเข้าร่วม 11 คน\n",
                 "2024-08-09", "สภาวิทยาลัยอนุมัติเปิดสาขาช่างซ่อมบำรุงอากาศยาน รับนักศึกษา 40 คน",
                 id="the_meeting_held_on_the_day_after_the_lead"),
    pytest.param("o.th.txt", "กลุ่มเกษตรกรทำสวนบ้านหนองแก                              เอกสารแนบ 1\n"
                 "(สำเนาแจกสมาชิก 12/03/68)\n"
                 "รายงานการประชุมคณะกรรมการดำเนินการ ครั้งที่ 3/2568\n"
                 "วันพฤหัสบดีที่ 6 มีนาคม 2568 เวลา 13.30 น.\n"
                 "ณ ศาลาอเนกประสงค์หมู่ 4\n"
                 "ประธานแจ้งว่า ปัจจุบันกลุ่มมีสมาชิก 186 ราย และมีเงินทุนหมุนเวียน 1.2 ล้านบาท ที่ประชุมรับทราบ\n",
                 "2025-03-06", "รายงานการประชุมคณะกรรมการดำเนินการ ครั้งที่ 3/2568", id="minutes_title_under_a_letterhead"),
    pytest.param("p.th.txt", "ข่าวภูมิภาค\n"
                 "ศปถ.จังหวัดสรุปปีใหม่ เกิดเหตุ 84 ครั้ง เร่งแก้จุดเสี่ยง 12 จุด\n"
                 "Published 9 Jan 2025 - 07:10\n"
                 "[ภาพประกอบ: การประชุมศูนย์อำนวยการความปลอดภัยทางถนนจังหวัด]\n"
                 "เมื่อวานนี้ รองผู้ว่าราชการจังหวัดเป็นประธานการประชุมสรุปผลการดำเนินงานช่วงเทศกาลปีใหม่ ระหว่างวันที่ 1–7 มกราคม"
                 " ที่ศาลากลางจังหวัด ที่ประชุมรายงานว่าเกิดอุบัติเหตุ 84 ครั้ง\n",
                 "2025-01-08", "ศปถ.จังหวัดสรุปปีใหม่ เกิดเหตุ 84 ครั้ง เร่งแก้จุดเสี่ยง 12 จุด",
                 id="a_caption_in_brackets_and_a_span_of_days_in_the_lead"),
    pytest.param("q.hi.txt", "दैनिक नगर समाचार\n"
                 "ई-पेपर | भोपाल संस्करण | बुधवार, 19 नवंबर 2025 | पृष्ठ 3\n"
                 "भोपाल, मंगलवार\n"
                 "नगर निगम की जल समिति ने 42 कॉलोनियों में पाइपलाइन को मंजूरी दी\n"
                 "नगर निगम की जल समिति की बैठक में आज 42 कॉलोनियों में पाइपलाइन बिछाने के लिए 18 करोड़ रुपये मंजूर किए गए।\n",
                 "2025-11-18", "नगर निगम की जल समिति ने 42 कॉलोनियों में पाइपलाइन को मंजूरी दी",
                 id="a_dateline_naming_a_weekday_over_the_headline"),
    pytest.param("r.th.txt", "หน้าแรก / ข่าว / ข่าวภูมิภาค\n"
                 "รายการ: ข่าวเย็นภูมิภาค\n"
                 "ออกอากาศ: 12/06/2568 19:00 น.\n"
                 "อบจ.อนุมัติงบซ่อมถนน 48 สาย วงเงิน 96 ล้านบาท\n"
                 "▶ ชมคลิป (3:10)\n"
                 "เมื่อวานนี้ ที่ห้องประชุมศาลากลางจังหวัด สภาองค์การบริหารส่วนจังหวัดได้ประชุมสมัยสามัญ และมีมติอนุมัติงบประมาณ"
                 "ซ่อมถนนลาดยาง 48 สาย วงเงิน 96 ล้านบาท โดยให้กองช่างเร่งจัดทำแผนให้เสร็จภายใน 30 วัน\n",
                 "2025-06-11", "อบจ.อนุมัติงบซ่อมถนน 48 สาย วงเงิน 96 ล้านบาท",
                 id="a_video_button_between_the_headline_and_the_lead"),
    pytest.param("s.hi.txt", "---------- Forwarded message ---------\n"
                 "From: जनसंपर्क अधिकारी, नगर निगम <pro@nagarnigam.example>\n"
                 "Date: Fri, 14 Mar 2025 at 17:05\n"
                 "Subject: प्रेस नोट — कृपया प्रकाशनार्थ\n"
                 "To: <desk@dainik.example>\n\n"
                 "आदरणीय संपादक महोदय,\n"
                 "कृपया निम्नलिखित समाचार को अपने समाचार पत्र में स्थान देने का कष्ट करें।\n\n"
                 "नगर निगम कार्यकारिणी ने 36 सड़कों के लिए 12 करोड़ रुपये मंजूर किए\n"
                 "रामपुर। नगर निगम कार्यकारिणी की बैठक गुरुवार को महापौर की अध्यक्षता में हुई, जिसमें शहर की 36 सड़कों की"
                 " मरम्मत के लिए 12 करोड़ रुपये मंजूर किए गए।\n",
                 "2025-03-13", "नगर निगम कार्यकारिणी ने 36 सड़कों के लिए 12 करोड़ रुपये मंजूर किए",
                 id="a_forwarded_mail_with_a_salutation_above_the_press_note"),
    pytest.param("t.hi.txt", "दैनिक नगर समाचार\n"
                 "रामपुर संस्करण | बुधवार, 5 मार्च 2025 | पृष्ठ 3\n"
                 "मेरा शहर\n"
                 "शहर की 120 सड़कों की मरम्मत 31 मार्च तक पूरी होगी\n"
                 "नगर निगम की बैठक में ठेकेदारों को चेतावनी, 18 सड़कों का काम अधूरा\n"
                 "रामपुर, (कार्यालय संवाददाता)। नगर निगम सभागार में मंगलवार को हुई बैठक में महापौर ने सड़कों की मरम्मत"
                 " की समीक्षा की और बताया कि 120 में से 102 सड़कों का काम पूरा हो चुका है।\n",
                 "2025-03-04", "शहर की 120 सड़कों की मरम्मत 31 मार्च तक पूरी होगी",
                 id="a_headline_that_names_a_deadline_above_a_deck_naming_the_meeting"),
    pytest.param("u.th.txt", "จดหมายข่าวสหกรณ์\n"
                 "-----------------------------\n"
                 "กรรมการอนุมัติเงินกู้ฉุกเฉินช่วยสมาชิกประสบภัยน้ำท่วม\n"
                 "คณะกรรมการดำเนินการ ชุดที่ 30 ได้จัดการประชุมครั้งที่ 12/2567 ที่ห้องประชุมสหกรณ์ และมีมติอนุมัติเงินกู้ฉุกเฉิน"
                 "ให้สมาชิกที่ประสบภัยน้ำท่วม รายละไม่เกิน 20,000 บาท รวม 84 ราย เป็นเงิน 1.6 ล้านบาท\n"
                 "การประชุมดังกล่าวจัดขึ้นเมื่อวันศุกร์ที่ 6 ธันวาคม 2567 โดยมีกรรมการเข้าร่วม 15 คน\n",
                 "2024-12-06", "กรรมการอนุมัติเงินกู้ฉุกเฉินช่วยสมาชิกประสบภัยน้ำท่วม",
                 id="the_meetings_date_named_in_the_paragraph_after_an_undated_lead"),
    pytest.param("v.hi.txt", "किसान की डायरी — खेती, पशुपालन और गाँव की बातें\n"
                 "मुखपृष्ठ | खेती-बाड़ी | पशुपालन | मौसम | हमारे बारे में | संपर्क\n"
                 "सहकारी समिति की बैठक: 640 किसानों को खाद का अग्रिम भंडार मिलेगा\n"
                 "द्वारा रमेश यादव | अगस्त 12, 2024 | 6 टिप्पणियाँ\n"
                 "पिछले शनिवार, 10 अगस्त को हमारी सहकारी समिति की बैठक पंचायत भवन में हुई, जिसमें तय हुआ कि 640 किसानों को"
                 " रबी से पहले खाद का अग्रिम भंडार दिया जाएगा।\n",
                 "2024-08-10", "सहकारी समिति की बैठक: 640 किसानों को खाद का अग्रिम भंडार मिलेगा",
                 id="a_blogs_title_over_its_menu_then_the_posts_title"),
    pytest.param("w.th.txt", "สถานีวิทยุชุมชนบ้านหนองบัว FM 101.5 MHz\n"
                 "หน้าหลัก | ฟังสด | ข่าวท้องถิ่น | ติดต่อเรา\n"
                 "รายการ \"ข่าวเช้าหนองบัว\" ออกอากาศ ทุกวัน 06.00–07.00 น.\n"
                 "โพสต์เมื่อ 9 กันยายน 2568 | ผู้อ่าน 212\n"
                 "กรรมการหมู่บ้านเห็นชอบขุดลอกคลอง 3 สาย ก่อนน้ำหลาก\n"
                 "ผู้สื่อข่าวรายงานว่า เมื่อ 8 ก.ย. 68 คณะกรรมการหมู่บ้านหนองบัวได้ประชุมที่ศาลาประชาคม และเห็นชอบให้ขุดลอก"
                 "คลอง 3 สาย ความยาวรวม 4.2 กิโลเมตร ใช้งบประมาณ 350,000 บาท\n",
                 "2025-09-08", "กรรมการหมู่บ้านเห็นชอบขุดลอกคลอง 3 สาย ก่อนน้ำหลาก",
                 id="a_stations_programme_line_above_the_headline"),
    pytest.param("x.th.txt", "กระทรวงมหาดไทย\n"
                 "ข่าวกระทรวง\n"
                 "ฉบับที่ 77/2568   รหัสข่าว มท.-ปส. 68/03/77\n"
                 "วันพุธที่ 12 มีนาคม 2568\n"
                 "หน้าแรก > ข่าวประชาสัมพันธ์ > ข่าวกระทรวง\n"
                 "มท. ถกคณะกรรมการน้ำ อนุมัติ 420 โครงการ 1,250 ล้านบาท ก่อนหน้าแล้ง\n"
                 "รัฐมนตรีว่าการกระทรวงมหาดไทยเป็นประธานการประชุมคณะกรรมการบริหารจัดการน้ำ เมื่อวันอังคารที่ 11 มีนาคม 2568"
                 " ที่ประชุมอนุมัติ 420 โครงการ วงเงินรวม 1,250 ล้านบาท\n",
                 "2025-03-11", "มท. ถกคณะกรรมการน้ำ อนุมัติ 420 โครงการ 1,250 ล้านบาท ก่อนหน้าแล้ง",
                 id="a_release_number_with_its_news_code"),
    pytest.param("y.hi.txt", "किसान संवाद\n"
                 "वर्ष 2 | अंक 7 | जनवरी–मार्च 2025 | केवल सदस्यों हेतु\n"
                 "संचालक मंडल की बैठक\n"
                 "गेहूं खरीद के लिए 1.8 करोड़ की कार्यशील पूंजी, 350 नए सदस्य जोड़ने का निर्णय\n"
                 "कंपनी के संचालक मंडल की बैठक दिनांक 14 फरवरी 2025 को कंपनी कार्यालय में हुई, जिसमें गेहूं खरीद के लिए"
                 " 1.8 करोड़ रुपये की कार्यशील पूंजी मंजूर की गई।\n",
                 "2025-02-14", "गेहूं खरीद के लिए 1.8 करोड़ की कार्यशील पूंजी, 350 नए सदस्य जोड़ने का निर्णय",
                 id="a_kicker_naming_the_meeting_above_the_headline"),
    pytest.param("z.hi.txt", "सूचना एवं जनसंपर्क विभाग\n"
                 "जारी दिनांक: 13.11.2024 | समय: 18:42\n"
                 "धान उपार्जन की तैयारियों पर कलेक्टर ने की समीक्षा, 38 केंद्रों पर होगी खरीदी\n"
                 "रामगढ़ | कलेक्टर की अध्यक्षता में मंगलवार को कलेक्ट्रेट सभाकक्ष में धान उपार्जन व्यवस्था की समीक्षा बैठक हुई,"
                 " जिसमें 38 केंद्रों की तैयारियों की जानकारी दी गई और अधिकारियों को समय पर खरीदी शुरू करने के निर्देश दिए गए।\n"
                 "कलेक्टर ने बताया कि इस वर्ष जिले में कुल 38 उपार्जन केंद्र बनाए गए हैं, जहाँ 20 नवम्बर 2024 से किसानों से धान"
                 " की खरीदी प्रारंभ होगी।\n",
                 "2024-11-12", "धान उपार्जन की तैयारियों पर कलेक्टर ने की समीक्षा, 38 केंद्रों पर होगी खरीदी",
                 id="a_dateline_set_off_by_a_bar_before_the_lead"),
    pytest.param("za.th.txt", "มูลนิธิเพื่อการศึกษาเด็กชนบท\n"
                 "12/3 หมู่ 4 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา\n"
                 "ข่าวประชาสัมพันธ์\n"
                 "สำหรับเผยแพร่ทันที\n"
                 "มูลนิธิฯ อนุมัติทุนการศึกษา 150 ทุน รวม 1.2 ล้านบาท\n"
                 "คณะกรรมการมูลนิธิเพื่อการศึกษาเด็กชนบท ได้ประชุมเมื่อวันที่ 20 ตุลาคม 2567 และมีมติอนุมัติทุนการศึกษา"
                 "แก่นักเรียนยากจน 150 ทุน รวมเป็นเงิน 1.2 ล้านบาท\n",
                 "2024-10-20", "มูลนิธิฯ อนุมัติทุนการศึกษา 150 ทุน รวม 1.2 ล้านบาท",
                 id="an_offices_address_and_for_immediate_release_above_the_headline"),
    pytest.param("zb.th.txt", "เทศบาลตำบลบ้านโพธิ์\n"
                 "3 มีนาคม 2568 เวลา 17:20 น. · 🌏\n"
                 "📢 สรุปการประชุมสภาเทศบาล สมัยสามัญ สมัยแรก 📢\n"
                 "สภาเทศบาลอนุมัติจ่ายขาดเงินสะสม 2.6 ล้านบาท ซ่อมถนนคอนกรีต 5 สาย ในเขตเทศบาล\n"
                 "วันนี้ (3 มี.ค.) เวลา 09.30 น. สภาเทศบาลตำบลบ้านโพธิ์ได้ประชุมสมัยสามัญ สมัยแรก และมีมติอนุมัติจ่ายขาดเงินสะสม"
                 " 2.6 ล้านบาท เพื่อซ่อมถนน 5 สายในเขตเทศบาล\n",
                 "2025-03-03", "สภาเทศบาลอนุมัติจ่ายขาดเงินสะสม 2.6 ล้านบาท ซ่อมถนนคอนกรีต 5 สาย ในเขตเทศบาล",
                 id="a_posts_banner_above_its_title"),
    pytest.param("zc.th.txt", "องค์การบริหารส่วนตำบลหนองแสง\n"
                 "หน้าแรก | ข้อมูลหน่วยงาน | ข่าวประชาสัมพันธ์ | ติดต่อเรา\n"
                 "รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ\n"
                 "ครั้งที่ 2/2568\n"
                 "วันพุธที่ 12 มีนาคม 2568 เวลา 09.30 น.\n"
                 "ณ ห้องประชุม อบต.หนองแสง\n"
                 "ผู้มาประชุม 14 คน\n"
                 "1. นายสมชาย ใจดี ประธานกรรมการ\n"
                 "2. นางสมศรี รักดี กรรมการ\n"
                 "ระเบียบวาระที่ 1 ที่ประชุมอนุมัติโครงการ 6 โครงการ งบประมาณ 185,000 บาท\n",
                 "2025-03-12", "รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ",
                 id="minutes_on_a_page_with_a_menu_and_no_prose_in_the_head"),
    pytest.param("zd.hi.txt", "नगर पालिका परिषद, रामपुरा\n"
                 "पत्रांक: न.पा./लेखा/2025/77                    दिनांक: 14/03/2025\n"
                 "संदर्भ: वित्त समिति की बैठक दिनांक 10.03.2025, प्रस्ताव संख्या 9\n"
                 "जलकर की दरें यथावत रहेंगी\n"
                 "सर्वसाधारण को सूचित किया जाता है कि संदर्भित बैठक में वर्ष 2025-26 के लिए जलकर की दरें न बढ़ाने"
                 " का निर्णय लिया गया। परिषद क्षेत्र के 12,400 कनेक्शनों पर इसका लाभ मिलेगा।\n",
                 "2025-03-10", "जलकर की दरें यथावत रहेंगी",
                 id="a_notice_whose_reference_line_dates_the_meeting"),
    pytest.param("ze.th.txt", "สำนักข่าวภูธรออนไลน์\n"
                 "วันที่เผยแพร่: 21 พ.ย. 2567\n"
                 "อบจ.เคาะงบซ่อมถนน 12 สาย 18.5 ล้านบาท\n"
                 "องค์การบริหารส่วนจังหวัดเร่งซ่อมถนนลาดยางที่ชำรุดจากน้ำท่วมก่อนเทศกาลปีใหม่"
                 " เพื่อให้ประชาชนเดินทางได้สะดวกและปลอดภัยมากขึ้นในช่วงวันหยุดยาว โดยจะเริ่มงานในเดือนธันวาคมนี้ทันที\n"
                 "บรรยากาศในห้องประชุมสภา อบจ.\n"
                 "เมื่อวานนี้ (20 พ.ย.) ที่ประชุมสภา อบจ. มีมติอนุมัติงบประมาณ 18.5 ล้านบาท ซ่อมถนน 12 สาย"
                 " รวมระยะทาง 34 กิโลเมตร\n",
                 "2024-11-20", "อบจ.เคาะงบซ่อมถนน 12 สาย 18.5 ล้านบาท",
                 id="the_meeting_dated_in_the_paragraph_after_a_photo_caption_under_the_lead"),
    pytest.param("zf.hi.txt", "नगर दर्पण\n"
                 "ताज़ा ख़बरें ▶ मंडी में गेहूं की आवक 3 मार्च को बढ़ी ▶ शहर में 5 मार्च तक जल कटौती का शेड्यूल जारी\n"
                 "होम › शहर\n"
                 "नगर निगम ने 42 करोड़ रुपये के बजट को दी मंजूरी\n"
                 "प्रकाशित: गुरुवार, 6 मार्च 2025\n"
                 "नगर निगम की साधारण सभा की बैठक बुधवार को महापौर की अध्यक्षता में हुई। बैठक में 42 करोड़ रुपये के"
                 " बजट को मंजूरी दी गई और 18 नई सड़कों के निर्माण का प्रस्ताव पारित किया गया।\n",
                 "2025-03-05", "नगर निगम ने 42 करोड़ रुपये के बजट को दी मंजूरी",
                 id="a_news_ticker_above_the_breadcrumbs_is_page_furniture"),
    pytest.param("zg.th.txt", "สหกรณ์ออมทรัพย์ครูบ้านนาคำ จำกัด\n"
                 "เลขที่ 12 หมู่ 4 ตำบลนาคำ อำเภอเมือง จังหวัดสุรินทร์\n"
                 "ทะเบียนเลขที่ กสส. 221/2530                                        (สำเนา)\n\n"
                 "รายงานการประชุมคณะกรรมการดำเนินการ\n"
                 "สหกรณ์ออมทรัพย์ครูบ้านนาคำ จำกัด ชุดที่ 28 ครั้งที่ 5/2567\n\n"
                 "วัน   ศุกร์ที่ 17 พฤษภาคม 2567\n"
                 "เวลา   09.30 – 12.00 น.\n"
                 "กรรมการผู้มาประชุม 11 คน   กรรมการผู้ไม่มาประชุม 1 คน\n"
                 "ระเบียบวาระที่ 1 ที่ประชุมอนุมัติเงินกู้สามัญแก่สมาชิก 42 ราย วงเงินรวม 8.4 ล้านบาท\n",
                 "2024-05-17", "รายงานการประชุมคณะกรรมการดำเนินการ",
                 id="a_registration_number_with_its_year_is_not_the_page_date"),
    pytest.param("zh.hi.txt", "लोकवार्ता समाचार सेवा — हिंदी फीड\n"
                 "स्लग: सिरसा-जल-समिति-बैठक\n"
                 "प्राथमिकता: सामान्य\n"
                 "शब्द: 180\n\n"
                 "नहरों की सफाई 15 अप्रैल तक पूरी करने का निर्देश\n\n"
                 "सिरसा, 12 मार्च (लोकवार्ता) जिला जल उपयोग समिति की बैठक बुधवार को उपायुक्त की अध्यक्षता में हुई, जिसमें"
                 " 42 नहरों की सफाई के लिए 3.6 करोड़ रुपये स्वीकृत किए गए।\n",
                 "2025-03-12", "नहरों की सफाई 15 अप्रैल तक पूरी करने का निर्देश",
                 id="a_feeds_name_over_its_slug_lines_gives_way_to_the_storys_title"),
])
def test_the_headline_and_date_under_other_newsrooms_head_lines(name, text, date, headline):
    article = process_article(name, text.encode(), ["hi", "th"])
    assert article.date == date and article.headline is not None
    assert article.text[slice(*article.headline)] == headline


def test_a_pages_source_reads_as_its_text():
    """A page's source saved as .html: character references are their characters, tags are dropped, a
    paragraph's tag ends its line; the published offsets still point into the file as written. The
    same saved as .txt is plain text: its markup is its words (tests/test_bad_input.py)."""
    from generator.data import figure_record

    written = ("<h1>योजना समिति ने 1,350 करोड़ रुपये की योजनाएं मंजूर कीं</h1>\n"
               "<p>भोपाल, 12 दिसंबर 2025। जिला योजना समिति की बैठक में <strong>1,350&nbsp;करोड़ रुपये</strong> की योजनाएं"
               " मंजूर की गईं &amp; 45 सड़कों के निर्माण को स्वीकृति दी गई।</p><p>बैठक में 71 सदस्य मौजूद रहे।</p>\n")
    article = process_article("a.hi.html", written.encode(), ["hi", "th"])
    assert [(f.text, f.value) for f in article.figures if not f.headline] == [
        ("12 दिसंबर 2025", "2025-12-12"), ("1,350 करोड़ रुपये", 13_500_000_000), ("45", 45), ("71", 71)]
    assert article.text[slice(*article.headline)] == "योजना समिति ने 1,350 करोड़ रुपये की योजनाएं मंजूर कीं"
    assert len(article.paragraphs) == 2  # the lead and the paragraph after it, the headline apart
    for figure in article.figures:
        record = figure_record(figure, article, {}, None)
        assert written[record["start"]:record["end"]] == record["text"]
    assert "1,350&nbsp;करोड़ रुपये" in [figure_record(f, article, {}, None)["text"] for f in article.figures]


def test_markdowns_marks_are_not_the_articles_words():
    """In a .md file, a heading's "#", bold's "**" and a link's address are dropped; the headline and labels
    read as text."""
    written = ("# जिला योजना समिति ने 1,350 करोड़ रुपये की योजनाएं मंजूर कीं\n\n**भोपाल, 12 दिसंबर 2025।** जिला योजना समिति की"
               " बैठक में **1,350 करोड़ रुपये** की योजनाएं मंजूर की गईं। [पूरी सूची](https://example.org/list) के अनुसार"
               " 45 सड़कों के निर्माण को स्वीकृति दी गई।\n")
    article = process_article("a.hi.md", written.encode(), ["hi", "th"])
    assert article.text[slice(*article.headline)] == "जिला योजना समिति ने 1,350 करोड़ रुपये की योजनाएं मंजूर कीं"
    assert [(f.text, f.label) for f in article.figures if f.kind == "money" and not f.headline] == [
        ("1,350 करोड़ रुपये", "योजनाएं मंजूर")]
    assert "https" not in article.text and "**" not in article.text


def test_a_government_releases_head_and_reference():
    """An office's lines, the release's English date and time line, the headline, a lead that says "today",
    and the reference under the end mark: the meeting is the release's day, the reference no figure."""
    text = ("पत्र सूचना कार्यालय\nभारत सरकार\nकृषि एवं किसान कल्याण मंत्रालय\n14 NOV 2025 5:42PM by PIB Delhi\n\n"
            "केंद्रीय कृषि मंत्री ने रबी फसलों की बुवाई की समीक्षा की\n\n"
            "केंद्रीय कृषि मंत्री ने आज नई दिल्ली में रबी फसलों की बुवाई की प्रगति की समीक्षा बैठक की अध्यक्षता की। बैठक में"
            " बताया गया कि देश में 293.5 लाख हेक्टेयर क्षेत्र में रबी फसलों की बुवाई हो चुकी है।\n\n***\n\nएसके/एमजी/आरके/4521\n")
    article = process_article("a.hi.txt", text.encode(), ["hi", "th"])
    assert article.date == "2025-11-14"
    assert [f.text for f in article.figures if f.kind != "date"] == ["293.5 लाख"]  # its unit apart, as ever


def test_the_same_amount_twice_in_one_sentence_is_two_figures():
    """A balanced budget: revenue and spending set at the same amount in one sentence are two figures; the
    same amount named again in another sentence is one (a reader's list names each number once)."""
    text = ("ลำพูน 12 ก.ค. 2567 - สภาเทศบาลประชุมพิจารณาร่างเทศบัญญัติงบประมาณ ประมาณการรายรับ 48,600,000 บาท"
            " และรายจ่าย 48,600,000 บาท\nที่ประชุมเห็นชอบร่างงบประมาณรายจ่าย 48,600,000 บาท\n")
    article = process_article("a.th.txt", text.encode(), ["hi", "th"])
    assert [f.text for f in article.figures if f.kind == "money"] == ["48,600,000 บาท", "48,600,000 บาท"]


def test_the_same_rate_for_two_groups_is_two_figures():
    """An allowance per head for the elderly and the same per head for the disabled, in two sentences: a
    tariff two groups share is two figures, where an amount named again would be one."""
    text = {"th": "ลำพูน 12 ก.ค. 2567 - ผู้สูงอายุ 90 ปีขึ้นไปได้รับเบี้ยยังชีพคนละ 1,000 บาทต่อเดือน\n"
                  "คนพิการอายุต่ำกว่า 18 ปี ได้รับเบี้ยความพิการคนละ 1,000 บาทต่อเดือน\n",
            "hi": "जयपुर, 12 जुलाई 2024। वृद्धजनों को 1,000 रुपये प्रति माह पेंशन मिलेगी।\n"
                  "दिव्यांगजनों को भी 1,000 रुपये प्रति माह पेंशन मिलेगी।\n"}
    for lang, body in text.items():
        article = process_article(f"a.{lang}.txt", body.encode(), ["hi", "th"])
        assert [f.value for f in article.figures if f.kind == "money"] == [1000, 1000], lang


@pytest.mark.parametrize("line, furniture", [
    ("LIVE TV   राज्य   देश   मनोरंजन   खेल   वीडियो", True),  # a menu set out with spaces
    ("◀ पिछला पेज    सभी पेज    अगला पेज ▶      क्लिप आईडी: 4471823", True),  # a toolbar with a named value
    ("BVS-HINDI   PRIORITY: ROUTINE   11 MAR 2025   18:42", True),  # a wire's header with a clock time
    ("หมวด: ภูมิภาค   ความยาว: 290 คำ", True),  # a bar of named values
    ("CM-FLOOD-COMMAND-MEETING", True),  # a wire's slug
    ("गेहूं   4,500   4,210   93.6", False),  # a row of figures set out with spaces
    ("ข้าวนาปี   12,400   11,950", False),
])
def test_page_furniture_set_out_with_spaces(line, furniture):
    from generator.headforms import page_furniture

    assert page_furniture(line) is furniture

