"""Search terms: what an article is found by, and nothing else."""

from generator.pipeline import process_article


def test_front_matter_is_not_searchable():
    data = ("---\nmeeting: secret-id\nsource_url: https://example.org/x\ndate: 2024-02-27\n---\n"
            "BTO- บ่ายวันที่ 27 กุมภาพันธ์ ในปี 2566 มีสมาชิก 1,549 ราย\n").encode()
    terms = process_article("x.th.txt", data).terms
    assert not {"meeting", "secret", "id", "source", "url", "https", "example", "date"} & set(terms)
    assert "1549" in terms and "สมาชิก" in terms
