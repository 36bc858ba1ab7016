"""Tables in an article: cells apart by bars or tabs, measured and labelled by their heads."""

import pytest

from generator.pipeline import IncompleteArticle, process_article
from generator.tables import has_head, tables_of

LEAD = {"hi": "सीहोर, 12 दिसंबर 2025। जिला स्तरीय बैंकर्स समिति की बैठक बुधवार को कलेक्टर की अध्यक्षता में हुई।\n",
        "th": "ลำพูน 12 ก.ค. 2568 - คณะกรรมการโรคติดต่อจังหวัดลำพูนประชุมติดตามสถานการณ์โรคไข้เลือดออก ณ ศาลากลางจังหวัด\n"}


def _figures(lang: str, table: str) -> dict[str, tuple]:
    return {f.text: (f.kind, f.value, f.label) for f in _extracted(lang, table)}


def _extracted(lang: str, table: str) -> list:
    text = f"{LEAD[lang]}{table}"
    try:
        article = process_article(f"a.{lang}.txt", text.encode(), ["hi", "th"])
    except IncompleteArticle as error:
        article = error.article
    return [f for f in article.figures if f.kind != "date"]


@pytest.mark.parametrize("table", [
    "| क्षेत्र | लक्ष्य (करोड़ रुपये) | प्रतिशत |\n|---|---|---|\n| कृषि | 1,350 | 92 |\n| आवास | 120 | 70 |\n",
    "क्षेत्र | लक्ष्य (करोड़ रुपये) | प्रतिशत\nकृषि | 1,350 | 92\nआवास | 120 | 70\n",
    "क्षेत्र\tलक्ष्य (करोड़ रुपये)\tप्रतिशत\nकृषि\t1,350\t92\nआवास\t120\t70\n",
])
def test_a_cell_is_measured_and_labelled_by_its_row_and_column(table):
    assert _figures("hi", table) == {
        "1,350": ("money", 13_500_000_000, "कृषि लक्ष्य"), "92": ("percent", 92, "कृषि प्रतिशत"),
        "120": ("money", 1_200_000_000, "आवास लक्ष्य"), "70": ("percent", 70, "आवास प्रतिशत")}


def test_a_thai_table_puts_the_column_first():
    table = "อำเภอ\tผู้ป่วย (ราย)\tงบควบคุมโรค (ล้านบาท)\nเมืองลำพูน\t412\t1.2\nป่าซาง\t128\t0.45\n"
    assert _figures("th", table) == {
        "412": ("count", 412, "ผู้ป่วยเมืองลำพูน"), "1.2": ("money", 1_200_000, "งบควบคุมโรคเมืองลำพูน"),
        "128": ("count", 128, "ผู้ป่วยป่าซาง"), "0.45": ("money", 450_000, "งบควบคุมโรคป่าซาง")}


def test_a_rows_head_measures_its_cells_when_the_column_names_no_unit():
    table = ("मद | लक्ष्य | उपलब्धि | प्रतिशत\nसदस्य | ६५,००० | ६१,४३० | ९४.५\n"
             "दैनिक दुग्ध संकलन (लाख लीटर) | ३.२० | २.८८ | ९०.०\n")
    assert _figures("hi", table) == {
        "६५,०००": ("count", 65_000, "सदस्य लक्ष्य"), "६१,४३०": ("count", 61_430, "सदस्य उपलब्धि"),
        "९४.५": ("percent", 94.5, "सदस्य प्रतिशत"), "३.२०": ("count", 320_000, "दैनिक दुग्ध संकलन लक्ष्य"),
        "२.८८": ("count", 288_000, "दैनिक दुग्ध संकलन उपलब्धि"), "९०.०": ("percent", 90, "दैनिक दुग्ध संकलन प्रतिशत")}


def test_a_serial_column_is_not_the_rows_head_nor_figures_and_a_currency_sign_leads_the_unit():
    table = ("क्र.सं. | सड़क का नाम | लंबाई (किमी) | अनुमानित लागत (₹ लाख)\n१. | भीमपुरा से खजूरी सड़क | २.१ | ३६.५०\n"
             "२. | रामनगर से ढाणी सड़क | ०.९ | १५.३०\n")
    assert _figures("hi", table) == {
        "२.१": ("count", 2.1, "भीमपुरा से खजूरी सड़क लंबाई"), "३६.५०": ("money", 3_650_000, "भीमपुरा से खजूरी सड़क अनुमानित लागत"),
        "०.९": ("count", 0.9, "रामनगर से ढाणी सड़क लंबाई"), "१५.३०": ("money", 1_530_000, "रामनगर से ढाणी सड़क अनुमानित लागत")}


def test_a_serial_column_ended_by_a_total_row_is_still_serial_and_two_cells_of_one_value_are_two_figures():
    table = ("क्र. | प्रखंड | चिन्हित भवन | जांचे गए भवन\n१ | सदर | ४२ | ४२\n२ | उत्तरी | ३७ | २९\n"
             "योग | | ७९ | ७१\n")
    assert sorted((f.value, f.label) for f in _extracted("hi", table)) == sorted([
        (42, "सदर चिन्हित भवन"), (42, "सदर जांचे गए भवन"), (37, "उत्तरी चिन्हित भवन"), (29, "उत्तरी जांचे गए भवन"),
        (79, "योग चिन्हित भवन"), (71, "योग जांचे गए भवन")])


def test_a_rows_number_under_its_head_names_the_row_when_no_column_has_a_word():
    table = "वार्ड सं. | कार्यों की संख्या | अनुमानित लागत (₹)\n१ | ५ | ३२,६०,०००\n२ | ४ | २८,१०,०००\nयोग | ९ | ६०,७०,०००\n"
    assert sorted((f.value, f.label) for f in _extracted("hi", table)) == sorted([
        (5, "वार्ड सं. १ कार्यों की संख्या"), (3_260_000, "वार्ड सं. १ अनुमानित लागत"),
        (4, "वार्ड सं. २ कार्यों की संख्या"), (2_810_000, "वार्ड सं. २ अनुमानित लागत"),
        (9, "योग कार्यों की संख्या"), (6_070_000, "योग अनुमानित लागत")])


def test_a_table_without_heads_keeps_its_first_row():
    rows = tables_of("कृषि | 1,350 | 92\nआवास | 120 | 70\n")
    assert len(rows) == 1 and not has_head(rows[0])
    assert [c.text for c in rows[0][1].cells] == ["आवास", "120", "70"]


def test_lines_of_page_data_are_no_table():
    assert tables_of("Edited By: अंकित शर्मा | Reported By: नीरज त्यागी\nअपडेटेड: 21 अगस्त 2025 | 08:40 PM IST\n") == ()
    assert tables_of("राजेश तिवारी | सीहोर\nसमिति ने 12 प्रस्ताव पारित किए।\n") == ()


@pytest.mark.parametrize("total, status", [("1,470", "ok"), ("1,480", "mismatch")])
def test_a_total_row_is_checked_against_its_column(total, status):
    from generator.checks import find_checks
    from generator.language import get_language

    text = f"{LEAD['hi']}| क्षेत्र | लक्ष्य (करोड़ रुपये) |\n|---|---|\n| कृषि | 1,350 |\n| आवास | 120 |\n| कुल | {total} |\n"
    article = process_article("a.hi.txt", text.encode(), ["hi", "th"])
    checks = [c for c in find_checks(article.figures, article.text, get_language("hi")) if c.kind == "sum"]
    assert [(c.status, c.expected) for c in checks] == [(status, 14_700_000_000)]


def test_a_rows_percentage_is_checked_when_it_is_the_second_amount_over_the_first():
    table = "| क्षेत्र | लक्ष्य (करोड़ रुपये) | उपलब्धि (करोड़ रुपये) | प्रतिशत |\n|---|---|---|---|\n" \
            "| कृषि | 1,350 | 1,242 | 92 |\n| एमएसएमई | 610 | 388 | 63.6 |\n"
    article = process_article("a.hi.txt", f"{LEAD['hi']}{table}".encode(), ["hi", "th"])
    assert [(c.kind, c.status) for c in article.checks] == [("share", "ok"), ("share", "rounded")]
