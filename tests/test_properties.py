"""Property tests: extraction never crashes, and offsets always point at the figure's text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ArticleError
from generator.figures import extract_figures
from generator.language import get_language
from generator.pipeline import process_article

_PIECES = {
    "hi": ["पार्टी", "सदस्य", "संगठन", "में", "से", "अधिक", "लगभग", "करोड़", "लाख", "हज़ार", "रुपये", "डोंग",
           "प्रतिशत", "फरवरी", "तीन", "एक", "डेढ़", "सवा", "दूसरी", "बीटीओ", "।", "वर्ष"],
    "th": ["สมาชิก", "พรรค", "องค์กร", "ราย", "จำนวน", "ร้อยละ", "ล้าน", "พัน", "บาท", "ดอง", "กุมภาพันธ์",
           "ปี", "พ.ศ.", "สาม", "หนึ่งใน", "ครั้งที่", "มากกว่า", "ประมาณ", "BTO"],
}
_NUMBERS = st.one_of(
    st.integers(0, 10**12).map(str),
    st.from_regex(r"\d{1,3}(,\d{3}){0,3}(\.\d{1,2})?", fullmatch=True),
    st.from_regex(r"[०-९]{1,4}|[๐-๙]{1,4}|\d{1,2}/\d{1,2}|\d{1,4}-\d{1,4}|\d+,\d", fullmatch=True),
)
_MARKS = st.sampled_from([" ", " ", " ", "-", "/", "%", ",", ".", "(", ")", "\n", "*", "<b>", "&amp;"])


def _text(lang):
    piece = st.one_of(st.sampled_from(_PIECES[lang]), _NUMBERS, _MARKS, st.text(max_size=3))
    return st.lists(piece, max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["hi", "th"]).flatmap(lambda lang: st.tuples(st.just(lang), _text(lang))))
def test_offsets_point_at_text(case):
    lang, text = case
    for figure in extract_figures(text, [(0, len(text))], (), get_language(lang), 2024):
        assert text[figure.start:figure.end] == figure.text
        assert figure.kind in {"count", "percent", "ratio", "range", "money", "year", "date", "ordinal"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["hi", "th"]).flatmap(lambda lang: st.tuples(st.just(lang), _text(lang))))
def test_whole_articles_never_crash(case):
    lang, text = case
    lead = "बीटीओ-27 फरवरी को समिति की बैठक हुई। " if lang == "hi" else "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการประชุม "
    try:
        article = process_article("x.txt", (lead + text).encode(), ["hi", "th"])
    except ArticleError as err:  # a named error (a NUL byte, say) is a fine answer; a crash is not
        assert str(err).startswith("x.txt")
        return
    for figure in article.figures:
        assert article.text[figure.start:figure.end] == figure.text
