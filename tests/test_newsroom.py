"""Articles as other newsrooms write them (``tests/newsroom/``): news agency, newspaper with a
headline, government release with a date line, ministry briefing with a list, committee
decision, and the samples' style, in Hindi and Thai. Each ``<stem>.txt`` has a
``<stem>.meta.json``: where its date came from, dateline, title, description, body
paragraphs and dropped leftovers (or the error that skips it), compared exactly.

Regenerate after a reviewed change with ``python -m tests.test_newsroom`` (also run by
``make golden``) and review ``git diff tests/newsroom`` like code.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from generator.errors import ArticleError
from generator.language import get_language
from generator.meetings import make_slug
from generator.pipeline import process_article
from generator.titles import TITLE_MAX

ROOT = Path(__file__).resolve().parent.parent
NEWSROOM = ROOT / "tests" / "newsroom"
LANGUAGES = ["hi", "th"]

# The word each derived title must keep: what the meeting was about (reviewed by hand).
TOPICS = {
    "2024-06-14-agency-irrigation.hi": "नहरों",
    "agency-irrigation.th": "ขุดลอกคลอง",
    "2024-07-09-headline-water.hi": "टैंकर",
    "2024-07-09-headline-water.th": "รถบรรทุกน้ำ",
    "release-dateline.hi": "पराली",
    "release-dateline.th": "หมอกควัน",
    "briefing-list.hi": "किसानों",
    "briefing-list.th": "น้ำ",
    "decision-market.hi": "मंडी",
    "decision-market.th": "ตลาด",
    "sample-style-forest.hi": "वन संरक्षण",
    "sample-style-forest.th": "คุ้มครองป่าไม้",
    "relative-weekday.hi": "डेंगू",
    "relative-today.th": "ไข้เลือดออก",
    "2024-05-20-name-date.hi": "पुस्तकालय",
    "2024-08-02-related-links.hi": "शौचालयों",
    "2024-08-02-related-links.th": "ห้องน้ำสาธารณะ",
    "page-data.hi": "सड़कों",
    "page-data.th": "ซ่อมถนน",
    "page-data-section.th": "งบบัตรทอง",
    "page-data-words.hi": "सड़कों",
    "page-data-words.th": "ซ่อมถนน",
    "2025-03-04-inline-links.hi": "सड़कों",
    "inline-links.th": "ซ่อมถนน",
    "2025-09-04-byline-weekday.th": "ซ่อมถนน",
    "relative-page-date.hi": "बजट",
    "article-tools.hi": "जल जीवन मिशन",
    "article-tools.th": "พืชหลังนา",
    "character-references.hi": "बजट",
    "numeric-date-word.hi": "जिला स्तरीय समिति",
    "today-date-brackets.th": "ยาเสพติด",
    "minutes-subject.hi": "पेयजल आपूर्ति",
    "social-post-label.hi": "ग्रामीण सड़कों",
}


def stems() -> list[str]:
    return sorted(p.name[:-4] for p in NEWSROOM.glob("*.txt"))


def metadata(stem: str) -> dict:
    """What the generator makes of one newsroom article, as the golden file holds it."""
    path = f"tests/newsroom/{stem}.txt"
    try:
        article = process_article(path, (NEWSROOM / f"{stem}.txt").read_bytes(), LANGUAGES)
    except ArticleError as err:
        return {"path": path, "error": str(err)}
    return {
        "path": path, "lang": article.lang,
        "date": article.date, "date_end": article.date_end, "date_source": article.date_source,
        "date_text": article.date_text, "dateline": article.dateline, "source_tag": article.source_tag,
        "title": article.title, "slug": make_slug(article.date, article.title, article.lang),
        "description": article.description,
        "paragraphs": [article.text[start:end] for start, end in article.paragraphs],
        "leftovers": article.leftovers,
    }


def render(stem: str) -> str:
    return json.dumps(metadata(stem), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("stem", stems())
def test_newsroom_metadata(stem):
    expected = (NEWSROOM / f"{stem}.meta.json").read_text("utf-8")
    assert render(stem) == expected, f"tests/newsroom/{stem}.meta.json: run 'python -m tests.test_newsroom' and review the diff"


def test_corpus_covers_six_styles_in_both_languages():
    published = [s for s in stems() if "error" not in metadata(s)]
    assert len(published) >= 12
    assert {s.rsplit(".", 1)[1] for s in published} == {"hi", "th"}


@pytest.mark.parametrize("stem", sorted(TOPICS))
def test_titles_keep_the_topic_and_whole_words(stem):
    meta = metadata(stem)
    title, lang = meta["title"], get_language(meta["lang"])
    assert TOPICS[stem] in title
    assert title == title.strip() and "  " not in title
    assert len(title) <= TITLE_MAX
    words = title.removesuffix("…")
    source = (NEWSROOM / f"{stem}.txt").read_text("utf-8")
    if lang.code == "th":
        from generator import thai

        cut = words.split()[-1]
        assert any(w.endswith(cut) or cut.endswith(w) for w in thai.words(source)), cut
    else:
        assert all(re.search(rf"(?<!\S){re.escape(w)}(?![^\s,।])", source) for w in words.split()), words


def test_relative_days_count_from_the_publication_date():
    assert metadata("relative-weekday.hi")["date"] == "2024-11-21"  # गुरुवार before Friday 22 November
    assert metadata("relative-today.th")["date"] == "2024-11-22"
    assert metadata("2024-07-09-headline-water.hi")["date"] == "2024-07-09"  # आज, from the file name
    assert metadata("2024-07-09-headline-water.th")["date"] == "2024-07-08"  # เมื่อวานนี้


def test_file_name_date_is_the_last_resort():
    meta = metadata("2024-05-20-name-date.hi")
    assert (meta["date"], meta["date_source"]) == ("2024-05-20", "file name")


def test_a_year_written_with_the_date_wins():
    assert metadata("briefing-list.th")["date"] == "2021-03-12"  # 2564, though the text names 2565
    assert metadata("briefing-list.hi")["date"] == "2021-03-12"


def test_a_weekday_gives_a_date_without_year_its_year():
    from generator.pipeline import process_article

    lead = {"hi": "रांची, 16 अक्टूबर (भाषा) जिला समिति की बैठक बुधवार को हुई जिसमें 40 सदस्य थे।",
            "th": "เมื่อวันพุธที่ 16 ตุลาคม นายอำเภอเป็นประธานการประชุมคณะกรรมการ มีผู้เข้าร่วม 40 คน"}
    for lang, text in lead.items():  # a Wednesday in 2024 (2019 before it, 2030 after it)
        article = process_article(f"weekday.{lang}.txt", f"{text}\n".encode())
        day = datetime.date.fromisoformat(article.date)
        assert (day.month, day.day, day.weekday(), article.date_source) == (10, 16, 2, "text, year from its weekday")
        assert 2024 <= day.year <= datetime.date.today().year


def test_a_span_of_days_gives_a_date_without_year_its_year():
    from generator.pipeline import process_article

    lead = {"hi": "रांची, 18 जुलाई (भाषा) जिले में जनवरी से जून 2025 के बीच 3,412 मरीज चिह्नित हुए। वर्ष 2024 में "
                  "इलाज शुरू करने वाले मरीजों में क्योर रेट 87.6 प्रतिशत रहा।",
            "th": "เมื่อวันที่ 18 กรกฎาคม จังหวัดจัดประชุม ระหว่าง 1 มกราคม - 30 มิถุนายน 2568 พบผู้ป่วย 3,412 ราย "
                  "ส่วนปี 2567 รักษาหายร้อยละ 87.6"}
    for lang, text in lead.items():  # the half-year reviewed, not the cohort's year, dates the meeting
        article = process_article(f"span.{lang}.txt", f"{text}\n".encode())
        assert (article.date, article.date_source) == ("2025-07-18", "text, year from the years it names"), lang


HEADS = {
    # A release's number and a time on the date line: the number is no figure.
    "release": ("2024-03-14", {
        "hi": "प्रेस विज्ञप्ति, जिला जनसंपर्क कार्यालय सीहोर\nविज्ञप्ति संख्या 105/2024\nदिनांक 14 मार्च 2024, शाम 4 बजे\n"
              "जिला आपदा प्रबंधन समिति की बैठक में 40 सदस्य उपस्थित रहे।\n",
        "th": "ข่าวประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดสงขลา\nฉบับที่ ๑๐๕/๒๕๖๗\nวันที่ ๑๔ มีนาคม ๒๕๖๗ เวลา 14.30 น.\n"
              "จังหวัดสงขลาจัดประชุมคณะกรรมการป้องกันภัย มีผู้เข้าร่วม 40 คน\n"}),
    # A dateline or release dated days after the meeting its lead names: the meeting's date wins.
    "published-later": ("2024-03-12", {
        "hi": "जयपुर, 14 मार्च 2024 (एजेंसी)। राज्य में पर्यटन बढ़ाने के लिए अभियान मंजूर हुआ। समिति की 12 मार्च को हुई "
              "बैठक में 40 सदस्य उपस्थित रहे।\n",
        "th": "ข่าวประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดสงขลา ฉบับที่ ๑๐๕/๒๕๖๗ วันที่ ๑๔ มีนาคม ๒๕๖๗\n"
              "สงขลาเร่งป้องกันภัย\nเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๗ จังหวัดสงขลาจัดประชุม มีผู้เข้าร่วม 40 คน\n"}),
}


@pytest.mark.parametrize("case", sorted(HEADS))
def test_the_meeting_date_of_a_release_or_dated_head(case):
    from generator.pipeline import process_article

    date, heads = HEADS[case]
    for lang, text in heads.items():
        article = process_article(f"{case}.{lang}.txt", text.encode())
        assert article.date == date, lang
        meeting = [f for f in article.figures if f.value == date]
        assert meeting and meeting[0].label in {"बैठक की तिथि", "วันประชุม"}
        assert [f.value for f in article.figures if f.kind == "count"] == [40]  # the release's number is no figure


def test_articles_without_a_date_are_skipped_with_a_hint():
    for stem in ("no-date.th", "relative-no-published.hi"):
        error = metadata(stem)["error"]
        assert "date" in error and "YYYY-MM-DD" in error


if __name__ == "__main__":
    for stem in stems():
        (NEWSROOM / f"{stem}.meta.json").write_text(render(stem), "utf-8")
    print(f"updated tests/newsroom ({len(stems())} articles)")
