"""Every figure's ``start``/``end`` and ``text`` in the published records refer to the file as
written: ``file[start:end] == text``, whatever the reading normalised (NFD, precomposed nukta,
CRLF, a BOM, zero-width characters, legacy Thai code points)."""

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.data import figure_record
from generator.pipeline import IncompleteArticle, process_article

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*ROOT.glob("content/*.txt"), *ROOT.glob("tests/articles/*.txt"), *ROOT.glob("tests/corpus/*/*.txt"),
                *ROOT.glob("tests/newsroom/*.txt"),
                *(ROOT / "tests/bad/encoding").glob("n*.txt"), *(ROOT / "tests/bad/encoding").glob("precomposed*.txt"),
                *(ROOT / "tests/bad/encoding").glob("crlf.*.txt"), *(ROOT / "tests/bad/encoding").glob("utf8-bom.*.txt")])
_PUA = {"\u0e48": "\uf70a", "\u0e49": "\uf70b", "\u0e4a": "\uf70c", "\u0e4b": "\uf70d", "\u0e4c": "\uf70e"}


def _records(name: str, data: bytes) -> list[dict]:
    try:
        article = process_article(name, data)
    except IncompleteArticle as err:
        article = err.article
    return [figure_record(f, article, {}, None) for f in article.figures]


def test_every_test_file():
    checked = 0
    for path in FILES:
        data = path.read_bytes()
        written = data.decode("utf-8")  # a BOM stays: it is a character of the file as written
        for record in _records(path.name, data):
            assert written[record["start"]:record["end"]] == record["text"], (path.name, record)
            checked += 1
    assert checked > 1000


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["content/000_23a266ace8edb898.txt", "content/001_94da9129867dff51.txt",
                        "tests/articles/budget.hi.txt", "tests/articles/budget.th.txt"]),
       st.lists(st.sampled_from(["nfd", "crlf", "zwsp", "zwj", "pua", "bom"]), max_size=4), st.randoms())
def test_any_normalisation(path, changes, random):
    text = (ROOT / path).read_text("utf-8")
    for change in changes:
        if change == "nfd":
            text = unicodedata.normalize("NFD", text)
        elif change == "crlf":
            text = text.replace("\n", "\r\n")
        elif change == "pua":
            text = "".join(_PUA.get(ch, ch) if random.random() < 0.5 else ch for ch in text)
        elif change == "bom":
            text = "\ufeff" + text.lstrip("\ufeff")
        else:
            mark = "\u200b" if change == "zwsp" else "\u200d"
            spots = sorted(random.sample(range(1, len(text)), 30))
            text = "".join(text[a:b] + mark for a, b in zip([0, *spots], spots)) + text[spots[-1]:]
    for record in _records(Path(path).name, text.encode("utf-8")):
        assert text[record["start"]:record["end"]] == record["text"], record
