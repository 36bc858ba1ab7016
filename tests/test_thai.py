"""Thai segmentation over ``generator.thai.WordList`` (and nlpO3) cuts exactly as PyThaiNLP's own trie, but for
the pairs of words the language data cuts again (``cut_fixes``)."""

import re
from pathlib import Path

import pytest
from pythainlp.corpus import thai_words
from pythainlp.tokenize import newmm, sent_tokenize, word_dict_trie, word_tokenize
from pythainlp.util import Trie

from generator import thai, thaisentences

ROOT = Path(__file__).parent.parent
SOURCES = [p.read_text("utf-8") for p in sorted(ROOT.glob("tests/articles/*.txt")) + sorted(ROOT.glob("content/*.txt"))]
TEXTS = [text for text in SOURCES if re.search("[\u0e01-\u0e4e]", text)] + [
    "ก", "กข", " ", "ปี 2566 มีผู้เข้าร่วม ๑,๕๔๙ คน", "นายเหงียน วัน อาน กล่าวว่า",
]


LINES = sorted({line for path in sorted(ROOT.glob("tests/**/*")) if path.suffix in (".txt", ".md", ".json", ".jsonl", ".yml")
                 for line in path.read_text("utf-8", errors="replace").split("\n") if re.search("[\u0e01-\u0e4e]", line)})
"""Every line with Thai of the tests' articles, corpus, newsroom, forms and golden files."""


@pytest.fixture(scope="module")
def trie():
    return Trie(thai_words())


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_words_are_pythainlps(text, trie):
    assert thai.words(text) == thai._fixed(word_tokenize(text, engine="newmm", custom_dict=trie))


def test_words_are_pythainlps_on_every_thai_line(trie):
    assert len(LINES) > 1000
    assert [thai.words(line) for line in LINES] == [thai._fixed(word_tokenize(line, engine="newmm", custom_dict=trie))
                                                    for line in LINES]


def test_cut_fixes_cut_right():
    assert word_tokenize("มีอีกราว 135 ล้านบาท", engine="newmm")[:3] == ["มี", "อี", "กราว"]
    assert thai.words("มีอีกราว 135 ล้านบาท")[:3] == ["มี", "อีก", "ราว"]
    assert thai.words("หรือไม่เกิน 923 จุด")[:2] == ["หรือ", "ไม่เกิน"]  # "or no more than", not "or not | exceed"
    assert thai.words("ลานจอดรถรองรับได้ 1,800 คัน")[1:3] == ["รองรับ", "ได้"]  # "can hold", not "deputy | can take"


def test_words_without_nlpo3_are_the_same(monkeypatch):
    ours = [thai.words(text) for text in TEXTS]
    monkeypatch.setattr(thai, "nlpo3", None)
    thai._nlpo3_dictionary.cache_clear()
    try:
        assert [thai.words(text) for text in TEXTS] == ours
    finally:
        thai._nlpo3_dictionary.cache_clear()


def test_crf_features_are_crfcuts():
    from pythainlp.tokenize import crfcut

    for text in TEXTS:
        assert thaisentences.features(thai.words(text)) == crfcut._extract_features(thai.words(text))


def test_the_tags_are_the_same_with_or_without_the_features_the_model_does_not_know():
    """A process tags its first few articles with every feature, then without those the model has no weight for."""
    tagger, known = thaisentences._tagger(), thaisentences._attributes()
    assert known
    for text in TEXTS:
        rows = thaisentences.features(thai.words(text))
        assert tagger.tag(rows) == tagger.tag([[x for x in row if x in known] for row in rows])


def test_sentences_are_pythainlps_on_every_thai_line(monkeypatch, trie):
    lines = [line for line in LINES if not _refixed(line, trie)]  # the CRF sees the words cut again
    assert len(lines) > 1000
    ours = [thai.sentences(line) for line in lines]
    monkeypatch.setattr(newmm, "word_dict_trie", word_dict_trie)
    assert ours == [sent_tokenize(line, engine="crfcut") for line in lines]


def _refixed(line: str, trie) -> bool:
    words = word_tokenize(line, engine="newmm", custom_dict=trie)
    return thai._fixed(words) != words


def test_sentences_are_pythainlps(monkeypatch):
    ours = [thai.sentences(text) for text in TEXTS]
    monkeypatch.setattr(newmm, "word_dict_trie", word_dict_trie)  # PyThaiNLP's own default
    assert ours == [sent_tokenize(text, engine="crfcut") for text in TEXTS]


def test_prefixes_are_the_tries(trie):
    ours = thai.dictionary()
    for text in TEXTS:
        assert [ours.prefixes(text, i) for i in range(len(text))] == [trie.prefixes(text, i) for i in range(len(text))]


def test_newmm_default_is_the_word_list():
    assert newmm.word_dict_trie() is thai.dictionary()
    assert "ประชุม" in thai.dictionary() and "ประชุมx" not in thai.dictionary()
