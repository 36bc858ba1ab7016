"""What each figure counts, one short sentence per construction (tests/labels/<lang>.jsonl)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import IncompleteArticle, process_article

LABELS = Path(__file__).resolve().parent / "labels"
CASES = [(path.stem, json.loads(line)) for path in sorted(LABELS.glob("*.jsonl"))
         for line in path.read_text("utf-8").splitlines() if line.strip()]
# A dated lead, so that the sentence is read as a paragraph of a meeting report like any other.
LEADS = {"hi": "12 मार्च 2024 को जिला समिति की बैठक हुई।", "th": "ที่ประชุมคณะกรรมการจังหวัดเมื่อวันที่ 12 มีนาคม 2567"}


@pytest.mark.parametrize("lang,case", CASES, ids=[f"{lang}-{i}-{c['note'][:40]}" for i, (lang, c) in enumerate(CASES)])
def test_label(lang, case):
    text = f"{LEADS[lang]}\n\n{case['sentence']}\n"
    try:
        article = process_article(f"case.{lang}.txt", text.encode())
    except IncompleteArticle as error:
        article = error.article
    found = {f.text: f.label for f in article.figures if f.text in case["labels"]}
    assert found == case["labels"]


def test_votes_of_each_motion_are_their_own():
    """A count the body names again is one figure, but the same count of votes on another motion is another
    vote (minutes: one tally per item)."""
    text = ("ที่ประชุมสภาเทศบาลเมื่อวันที่ 12 มีนาคม 2567 พิจารณาสองวาระ\n\n"
            "วาระที่ ๒ โครงการซ่อมแซมถนน ที่ประชุมอภิปรายแล้วมีมติเห็นชอบ ๙ เสียง ไม่เห็นชอบ ๑ เสียง งดออกเสียง ๑ เสียง\n\n"
            "วาระที่ ๓ โครงการขุดลอกคลอง ที่ประชุมอภิปรายแล้วมีมติเห็นชอบ ๑๐ เสียง ไม่เห็นชอบ ๑ เสียง งดออกเสียง ๑ เสียง\n")
    try:
        article = process_article("case.th.txt", text.encode())
    except IncompleteArticle as error:
        article = error.article
    assert [(f.text, f.label) for f in article.figures if f.kind == "count" and f.text != "สอง"] == [
        ("๙", "เห็นชอบ"), ("๑", "ไม่เห็นชอบ"), ("๑", "งดออกเสียง"),
        ("๑๐", "เห็นชอบ"), ("๑", "ไม่เห็นชอบ"), ("๑", "งดออกเสียง")]


def test_a_label_is_never_a_piece_of_the_unit_after_its_number():
    """``… กำหนดไว้ 12 ล้าน ลบ.ม.``: with nothing before it that names it, an amount is not labelled by the unit
    that measures it (``ลบ`` of ``ลบ.ม.``, past the scale word)."""
    text = f"{LEADS['th']}\n\nปีนี้กำหนดไว้ 12 ล้าน ลบ.ม. เท่ากับปีก่อน\n"
    try:
        article = process_article("case.th.txt", text.encode())
    except IncompleteArticle as error:
        article = error.article
    label = next(f.label for f in article.figures if f.text == "12 ล้าน")
    assert label and label not in "ลบ.ม."


def test_same_label_under_any_hash_seed():
    """Labels do not depend on the order Python happens to keep a set in (its hash seed differs per run)."""
    code = ("from generator.pipeline import IncompleteArticle, process_article\n"
            f"text = {LEADS['th']!r} + '\\n\\n(๒) โครงการซ่อมแซมสะพานคอนกรีตเสริมเหล็กข้ามลำห้วยทราย หมู่ที่ ๖ "
            "ขนาดกว้าง ๔ เมตร ยาว ๑๘ เมตร งบประมาณ ๓๒๔,๕๐๐ บาท\\n'\n"
            "try:\n    article = process_article('case.th.txt', text.encode())\n"
            "except IncompleteArticle as error:\n    article = error.article\n"
            "print([f.label for f in article.figures if f.text == '๑๘'])\n")
    root = Path(__file__).resolve().parent.parent
    found = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in "1456"}
    assert found == {"['ความยาวสะพานคอนกรีตเสริมเหล็กข้ามลำห้วยทราย']\n"}
