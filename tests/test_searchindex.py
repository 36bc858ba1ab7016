"""The search index files: what the browser decodes gives back every posting, in order."""

import gzip
import json
import random

from generator.searchindex import (
    BUCKET_POSTINGS,
    IndexState,
    SearchDoc,
    changed_index_files,
    doc_file,
    doc_numbers,
    index_files,
    update_index,
)
from generator.searchtext import search_terms_of


def _docs(n: int, seed: int = 3) -> list[SearchDoc]:
    rng = random.Random(seed)
    words = ["जिला", "ज़िला", "समिति", "สมาชิก", "สมาชิกพรรค", "พรรค", "2023", "2566", "1549", "a", "b", "😀x"]
    words += [f"w{i}" for i in range(300)]
    docs = []
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 60)))
        docs.append(SearchDoc(f"meetings/m{i}/", f"title {i}", "1 मार्च 2024", (("सदस्य", "1,549"),), text,
                              search_terms_of(f"title {i}", text)))
    return docs


def _index(docs: list[SearchDoc]) -> dict[str, bytes]:
    return index_files(update_index(IndexState(), [d.url for d in docs], {d.url: d.terms for d in docs}))


def _decoded(files: dict[str, bytes]) -> tuple[dict, dict[str, list[tuple[int, int]]]]:
    meta = json.loads(files["meta.json"])
    postings = {}
    for first, name in meta["buckets"]:
        bucket = json.loads(gzip.decompress(files[name]))
        assert next(iter(bucket)) == first
        for term, flat in bucket.items():
            doc, pairs = 0, []
            for i in range(0, len(flat), 2):
                doc += flat[i]
                pairs.append((doc, flat[i + 1]))
            postings[term] = pairs
    return meta, postings


def test_every_posting_comes_back_in_document_order():
    docs = _docs(400)
    meta, postings = _decoded(_index(docs))
    expected = {}
    for n, doc in enumerate(docs):
        for term, weight in doc.terms.items():
            expected.setdefault(term, []).append((n, weight))
    assert postings == expected
    assert meta["docs"] == 400


def test_buckets_are_sorted_as_javascript_compares_strings_and_bounded():
    files = _index(_docs(400))
    meta = json.loads(files["meta.json"])
    firsts = [first for first, _ in meta["buckets"]]
    utf16 = [f.encode("utf-16-be") for f in firsts]
    assert utf16 == sorted(utf16) and len(set(firsts)) == len(firsts)
    assert len(firsts) > 3  # the test index spans several buckets
    for _first, name in meta["buckets"]:
        bucket = json.loads(gzip.decompress(files[name]))
        terms = list(bucket)
        assert [t.encode("utf-16-be") for t in terms] == sorted(t.encode("utf-16-be") for t in terms)
        sizes = [len(flat) // 2 for flat in bucket.values()]
        assert sum(sizes[:-1]) < BUCKET_POSTINGS  # closed by the term that reached the bound


def test_same_documents_same_bytes():
    assert _index(_docs(50)) == _index(_docs(50))
    doc = _docs(1)[0]
    assert doc_file(doc) == doc_file(doc)
    assert json.loads(gzip.decompress(doc_file(doc)))["figures"] == [["सदस्य", "1,549"]]


def test_an_updated_index_equals_one_built_at_once():
    """Adding, changing, removing and reordering documents gives the bytes of an index built from scratch."""
    docs = _docs(120)
    ids = [d.url for d in docs]
    state = update_index(IndexState(), ids[10:100], {d.url: d.terms for d in docs[10:100]})
    changed = _docs(120, seed=9)
    order = ids[:5] + ids[20:60] + ids[110:] + ids[60:100]  # some removed, some added, renumbered
    terms = {d.url: d.terms for d in docs} | {ids[30]: changed[30].terms, ids[70]: changed[70].terms}
    added = {i: terms[i] for i in order if i not in ids[10:100] or i in (ids[30], ids[70])}
    updated = update_index(state, order, added)
    assert updated == update_index(IndexState(), order, {i: terms[i] for i in order})
    assert index_files(updated) == index_files(update_index(IndexState(), order, {i: terms[i] for i in order}))


def test_an_index_grown_at_the_end_equals_one_built_at_once():
    """New documents after the others (a new meeting) and one changed in place: bucket
    entries kept or extended give the bytes of an index built from scratch."""
    docs, changed = _docs(120), _docs(120, seed=9)
    ids = [d.url for d in docs]
    state = update_index(IndexState(), ids[:100], {d.url: d.terms for d in docs[:100]})
    terms = {d.url: d.terms for d in docs} | {ids[40]: changed[40].terms}
    for grown in (ids[:101], ids[:110], ids):
        added = {i: terms[i] for i in grown[100:]} | {ids[40]: terms[ids[40]]}
        fresh = update_index(IndexState(), grown, {i: terms[i] for i in grown})
        updated = update_index(state, grown, added)
        assert updated == fresh
        assert index_files(updated) == index_files(fresh)


def test_a_meeting_inserted_inside_the_archive_keeps_the_others_numbers_and_buckets():
    """Numbered by date, a meeting dated between others takes a number of its own: the
    others' postings stay, the index equals one built at once, and only the buckets holding
    its terms are compressed again."""
    docs = _docs(200)
    ids = [d.url for d in docs]
    dates = {id: f"2015-{1 + i // 28:02d}-{1 + i % 28:02d}" for i, id in enumerate(ids)}
    terms = {d.url: d.terms for d in docs} | {ids[120]: {"w0": 10}}  # in one bucket only
    first = [id for i, id in enumerate(ids) if i != 120]
    state = update_index(IndexState(), first, {i: terms[i] for i in first}, doc_numbers([(dates[i], i) for i in first]))
    _, _, known = changed_index_files(state, {})
    numbers = doc_numbers([(dates[i], i) for i in ids])
    updated = update_index(state, ids, {ids[120]: terms[ids[120]]}, numbers)
    assert updated == update_index(IndexState(), ids, terms, numbers)
    assert [updated.packed[t] for t in state.packed if t not in terms[ids[120]]] == \
        [state.packed[t] for t in state.packed if t not in terms[ids[120]]]
    files, kept, _ = changed_index_files(updated, known)
    fresh = index_files(update_index(IndexState(), ids, terms, numbers))
    assert {name: data for name, data in fresh.items() if name not in kept} == files
    assert kept and kept < set(fresh)
    meta, postings = _decoded(fresh)
    assert meta["docs"] == 200
    assert postings["w0"] == sorted(postings["w0"])


def test_meetings_inserted_inside_the_archive_give_the_index_built_at_once():
    """Meetings dated between others, with many terms each: their postings put inside the
    others' entries give the bytes of an index built from scratch."""
    docs = _docs(150)
    ids = [d.url for d in docs]
    dates = {id: f"2015-{1 + i // 28:02d}-{1 + i % 28:02d}" for i, id in enumerate(ids)}
    terms = {d.url: d.terms for d in docs}
    inside = {ids[0], ids[40], ids[41], ids[97]}
    first = [id for id in ids if id not in inside]
    state = update_index(IndexState(), first, {i: terms[i] for i in first}, doc_numbers([(dates[i], i) for i in first]))
    numbers = doc_numbers([(dates[i], i) for i in ids])
    updated = update_index(state, ids, {i: terms[i] for i in inside}, numbers)
    fresh = update_index(IndexState(), ids, terms, numbers)
    assert updated == fresh
    assert index_files(updated) == index_files(fresh)
