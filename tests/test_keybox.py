"""The key-figure box on every article with gold: what it never shows, and values as written."""

import json
from pathlib import Path

import pytest

from generator.display import as_written
from generator.meetings import summarize
from generator.pipeline import IncompleteArticle, process_article
from generator.tables import column_unit

ROOT = Path(__file__).resolve().parent.parent
# The held-out half of the corpus stays out of development, tests included (tests/corpus/README.md).
DEVELOPED = ["dev", "held3a", "held4a", "held5a", "held6a", "held7a", "held8a", "held9a", "held10a", "held11a", "held13a",
             "held15a", "held16a", "held17a", "held18a", "held19a", "held20a", "held21a", "held22a", "held23a", "held24a",
             "held25a", "held26a", "held27a", "held28a", "held29a", "held30a", "held31a", "held32a", "held33a",
             "held34a", "held35a", "held36a", "held37a", "held38a", "held39a", "held40a", "held41a", "held42a", "held44a",
             "held46a", "held48a", "held50a", "held52a", "held54a", "held56a", "held58a", "held60a",
             "held62a", "held64a", "held66a", "held68a", "held70a", "held72a", "held74a", "held76a",
             "held78a", "held80a", "held82a", "held84a", "held86a", "held88a", "held90a", "held92a", "held94a", "held96a",
             "held98a", "held100a"]
ARTICLES = sorted([*ROOT.glob("content/*.txt"), *ROOT.glob("tests/articles/*.txt"),
                   *(p for d in DEVELOPED for p in ROOT.glob(f"tests/corpus/{d}/*.txt"))])


def _article(path: Path):
    try:
        return process_article(str(path.relative_to(ROOT)), path.read_bytes())
    except IncompleteArticle as err:
        return err.article


def _non_figures(path: Path) -> list[str]:
    gold = path.with_name(path.name[:-4] + ".gold.json")
    return [n["raw"] for n in json.loads(gold.read_text("utf-8")).get("non_figures", [])] if gold.is_file() else []


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_key_box(path):
    article = _article(path)
    key = [f for f in article.figures if f.key]
    countable = [f for f in article.figures if f.kind in {"count", "money", "percent", "ratio"} and f.label]
    assert bool(key) == bool(countable), "an article with labelled amounts has key figures"
    assert not [f.text for f in key if f.kind in {"year", "date", "ordinal"}]
    assert not [f.text for f in key if f.incidental or f.headline]
    values = [(f.kind, f.unit, repr(f.value)) for f in key]
    assert len(values) == len(set(values)), "the same value twice"
    assert all(f.label for f in key)
    texts = {f.text for f in key}
    for raw in _non_figures(path):  # identifiers, clock times, list markers, phone numbers
        assert raw not in texts, raw
    for figure in key:
        shown = as_written(figure, article)
        if column_unit(figure, article.text) is None:
            assert shown in article.text, shown  # money and measures as the article writes them
        else:  # a table's cell, with the unit its column's head names
            assert shown.startswith(figure.text) or figure.kind == "percent", shown
        if figure.unit not in (None, "%") and figure.kind == "count":
            assert len(shown) > len(figure.text), f"{shown}: a quantity keeps its unit"


def test_headline_numbers_are_figures_once_never_key_and_no_translation_difference():
    """A headline restates the body's numbers: a number the body states again is one figure, the
    body's (the gold lists it once); one the body does not is a figure of the headline, never a key
    figure; two translations' headlines that say different numbers are no difference."""
    from generator.meetings import align_figures

    hi = process_article("a.hi.txt", "42 सड़कें और 7 पुल 3 साल में बनेंगे\nकोटा, 12 फरवरी 2025 (संवाददाता) नगर निगम ने "
                         "42 सड़कों और 7 पुलों के निर्माण को मंजूरी दी।\n".encode())
    th = process_article("a.th.txt", "เทศบาลอนุมัติสร้างถนน 42 สาย\nเมื่อวันที่ 12 กุมภาพันธ์ 2568 เทศบาลอนุมัติสร้างถนน 42 สาย "
                         "และสะพาน 7 แห่ง\n".encode())
    assert [(f.text, f.headline) for f in hi.figures if f.kind == "count"] == [("3", True), ("42", False), ("7", False)]
    assert not any(f.key for f in hi.figures if f.headline)
    assert [f.text for f in th.figures if f.kind == "count"] == ["42", "7"] and not any(f.headline for f in th.figures)
    _, differences = align_figures({"hi": hi, "th": th})
    assert differences == ()


def test_a_headline_date_takes_the_meetings_year():
    """'2024 में 18 … ; 30 अप्रैल तक …' in a headline: the year is the exams', the date the meeting year's."""
    article = process_article("b.hi.txt", "2024 में 18 परीक्षाओं के नतीजे जारी; 30 अप्रैल तक बाकी का आदेश\nअजमेर, 14 फरवरी 2025 "
                              "(संवाददाता) आयोग ने बैठक में 18 परीक्षाओं के नतीजों की समीक्षा की।\n".encode())
    assert [(f.text, f.value) for f in article.figures if f.headline and f.kind == "date"] == [("30 अप्रैल", "2025-04-30")]


def test_an_amount_per_head_shows_its_unit_on_the_card_not_in_its_label():
    """'ไร่ละ ๑,๒๐๐ บาท': the label says what the amount is (ค่าชดเชย), the card's value what it is per; an
    amount the text says per something after it is shown with it, as written."""
    article = process_article("c.th.txt", "เมื่อวันที่ 12 กุมภาพันธ์ 2568 ที่ประชุมเห็นชอบค่าชดเชยไร่ละ ๑,๒๐๐ บาท\n".encode())
    assert [(f.label, f.written) for f in article.figures if f.kind == "money"] == [("ค่าชดเชย", "๑,๒๐๐ บาทต่อไร่")]
    assert summarize(article).key_lines == ("๑,๒๐๐ บาทต่อไร่ · ค่าชดเชย",)
    hi = process_article("c.hi.txt", "जयपुर, 12 फरवरी 2025 (संवाददाता) संघ भैंस के दूध पर 52.40 रुपये प्रति लीटर देगा।\n".encode())
    assert [as_written(f, hi) for f in hi.figures if f.kind == "money"] == ["52.40 रुपये प्रति लीटर"]


def test_a_share_in_parentheses_after_an_amount_is_not_a_card_of_its_own():
    """'केंद्र का हिस्सा 90 करोड़ रुपये (एक-तिहाई)': the share restates the amount, whose card says it; a share
    standing alone ('लगभग दो-तिहाई नलकूप बंद हैं') is a figure like any other."""
    article = process_article("a.hi.txt", "5 मई 2025 को जिला समिति की बैठक हुई।\n\nयोजना की लागत 270 करोड़ रुपये है, "
                              "जिसमें केंद्र का हिस्सा 90 करोड़ रुपये (एक-तिहाई) और राज्य का 180 करोड़ रुपये है। लगभग "
                              "दो-तिहाई नलकूप बंद हैं।\n".encode())
    thirds = [f for f in article.figures if f.text in {"एक-तिहाई", "दो-तिहाई"}]
    assert [(f.incidental, f.key) for f in thirds] == [(True, False), (False, True)]
