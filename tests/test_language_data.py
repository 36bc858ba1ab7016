"""Language data: each language's files read as one record, a key in one file only."""

import pytest

from generator.language import get_language, merged, supported_languages


def test_a_key_set_in_two_files_is_an_error_naming_the_second():
    with pytest.raises(ValueError, match=r"b\.yml: band_words already set"):
        merged([("a.yml", {"band_words": ["ปี"]}), ("b.yml", {"band_words": ["FM"], "other": 1})])


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_reads_with_no_key_twice(code):
    get_language.cache_clear()
    assert get_language(code)["name"]
