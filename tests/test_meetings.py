"""Grouping translations into meetings, and what translations state differently."""

from pathlib import Path

import pytest

from generator.meetings import align_figures, group_meetings
from generator.pipeline import process_article

ROOT = Path(__file__).resolve().parent.parent

HI = "बीटीओ-27 फरवरी को समिति की बैठक हुई। 2023 में 73 पार्टी संगठन और 1,549 पार्टी सदस्य थे।\n"
TH = "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการประชุม ในปี 2566 มีองค์กรพรรค 73 องค์กร สมาชิกพรรค 1,549 ราย\n"
TH_WRONG = TH.replace("1,549", "1,594")


def _articles(*texts):
    return [process_article(f"{i}.txt", text.encode(), ["hi", "th"]) for i, text in enumerate(texts)]


def test_translations_pair_by_date_and_figures():
    meetings, errors = group_meetings(_articles(HI, TH), ["hi", "th"])
    assert errors == [] and len(meetings) == 1
    assert set(meetings[0].articles) == {"hi", "th"}
    assert meetings[0].differences == ()
    assert len(meetings[0].pairs) == 4  # date, year, 73, 1,549


def test_a_changed_number_is_reported_as_a_difference():
    meetings, _ = group_meetings(_articles(HI, TH_WRONG), ["hi", "th"])
    (meeting,) = meetings
    assert [d.kind for d in meeting.differences] == ["differs"]
    assert "'1,549'" in meeting.differences[0].message and "'1,594'" in meeting.differences[0].message


def test_front_matter_breaks_a_pairing():
    apart = "---\nmeeting: another-meeting\n---\n" + TH
    meetings, _ = group_meetings(_articles(HI, apart), ["hi", "th"])
    assert len(meetings) == 2 and "another-meeting" in {m.id for m in meetings}


def test_front_matter_forces_a_pairing():
    other_day = TH.replace("27 กุมภาพันธ์", "3 มีนาคม")
    meetings, _ = group_meetings(_articles("---\nmeeting: m1\n---\n" + HI, "---\nmeeting: m1\n---\n" + other_day),
                                 ["hi", "th"])
    assert [(m.id, sorted(m.articles)) for m in meetings] == [("m1", ["hi", "th"])]


def test_two_articles_claiming_one_meeting_and_language_is_an_error():
    meetings, errors = group_meetings(_articles("---\nmeeting: m1\n---\n" + TH, "---\nmeeting: m1\n---\n" + TH),
                                      ["hi", "th"])
    assert len(meetings) == 1
    assert [str(e) for e in errors] == ["1.txt:2: meeting 'm1' already has a 'th' article: 0.txt "
                                        "(give one of them another 'meeting:' id, or remove it)"]


@pytest.mark.parametrize("text", [HI, TH])
def test_an_article_alone_is_a_meeting_of_one_language(text):
    meetings, errors = group_meetings(_articles(text), ["hi", "th"])
    assert errors == [] and len(meetings) == 1 and len(meetings[0].articles) == 1


# Translations that agree report nothing, whatever their word order; every planted difference is reported.
_PAIRS = [("tests/corpus/dev/poverty-steering.hi.txt", "tests/corpus/dev/poverty-steering.th.txt"),
          ("tests/corpus/dev/school-education-briefing.hi.txt", "tests/corpus/dev/school-education-briefing.th.txt"),
          ("content/000_23a266ace8edb898.txt", "content/001_94da9129867dff51.txt")]


def _article(path: str, text: str | None = None):
    data = (ROOT / path).read_bytes() if text is None else text.encode()
    return process_article(path, data)


@pytest.mark.parametrize("hi,th", _PAIRS)
def test_translations_that_agree_report_no_difference(hi, th):
    _, differences = align_figures({"hi": _article(hi), "th": _article(th)})
    assert differences == ()


@pytest.mark.parametrize("change,kind", [(("35,139", "35,193"), "differs"), (("2,388 ราย", "ราย"), "missing"),
                                         (("97 ราย", "97 ไร่"), "differs")])
def test_a_planted_difference_is_reported(change, kind):
    hi, th = _PAIRS[2]
    text = (ROOT / th).read_text("utf-8")
    assert change[0] in text
    _, differences = align_figures({"hi": _article(hi), "th": _article(th, text.replace(change[0], change[1], 1))})
    assert [d.kind for d in differences] == [kind], [d.message for d in differences]
