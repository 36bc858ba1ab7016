"""One language's search index, as files the browser fetches a few at a time.

Written for a phone on a slow network and an archive that grows: the browser
first reads ``meta.json`` (the first term of each bucket), then only the
buckets holding the query's terms, then one small file per result shown.

- ``meta.json``: ``{"docs": N, "buckets": [[first term, file], ...]}``.
- ``t/<hash>.bin``: a bucket, gzip'd JSON ``{term: [doc, weight, Δdoc, weight, ...]}``
  (weights from ``searchtext``);
  terms sorted in UTF-16 order (as JavaScript compares strings), a bucket closed
  once it holds ``BUCKET_POSTINGS`` postings, so a term and the terms it
  prefixes are found by a binary search over the first terms.
- ``d/<n>.bin``: document ``n``, gzip'd JSON with its URL (relative to the language's
  root), title, date, key figures and text. Numbers follow the meetings' dates, with
  room between days (``doc_numbers``), so a meeting inserted inside the archive leaves
  the others' numbers, postings and files as they were.

The browser adds the inverse document frequency from the length of a term's
posting list. Gzip with a zero timestamp: the same site gives the same bytes.
"""

from __future__ import annotations

import bisect
import datetime
import gzip
import hashlib
import itertools
import json
import operator
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.dates import format_meeting_date
from generator.model import Meeting
from generator.urls import meeting_url

BUCKET_POSTINGS = 2500


@dataclass(frozen=True)
class SearchDoc:
    """What the index holds of one article."""

    url: str
    title: str
    date: str
    figures: tuple[tuple[str, str], ...]
    text: str
    terms: Mapping[str, int]


def search_doc(meeting: Meeting, lang: str) -> SearchDoc:
    article = meeting.articles[lang]
    figures = tuple((f.label, f.text) for f in article.figures if f.label and f.kind not in ("date", "year"))
    return SearchDoc(url=meeting_url(meeting.id), title=article.title, date=format_meeting_date(meeting.date, lang),
                     figures=figures, text=article.text, terms=article.terms)


def doc_file(doc: SearchDoc) -> bytes:
    return _pack({"url": doc.url, "title": doc.title, "date": doc.date, "figures": doc.figures, "text": doc.text})


@dataclass
class IndexState:
    """A language's postings between builds, so that a rebuild indexes only the changed meetings."""

    docs: list[str] = field(default_factory=list)
    """The meetings, in document order."""
    counts: dict[str, int] = field(default_factory=dict)
    """Term → how many documents hold it (what closes a bucket)."""
    lasts: dict[str, int] = field(default_factory=dict)
    """Term → the last document holding it: a new meeting's postings extend the entry without reading it."""
    packed: dict[str, str] = field(default_factory=dict)
    """Term → its entry in a bucket, ``"term":[doc, weight, Δdoc, weight, ...]``: the postings
    themselves, read back (``_postings``) only when a meeting changes or goes (a new one extends
    the entries of its terms or goes into them as text): kept as lists of numbers too, they were
    two thirds of the state read and written on every rebuild."""
    numbers: list[int] = field(default_factory=list)
    """The document number of each of ``docs`` (ascending); none: 0, 1, 2, ..."""


def doc_numbers(meetings: list[tuple[str, str]]) -> list[int]:
    """Document numbers for meetings given as ``(date, id)`` in document order: by the day of
    the date (from 1900; 0 for a date without its year) times the most meetings a day can
    have (4, or the next power of two), plus the meeting's rank in its day. A meeting dated
    inside the archive takes a number of its own: the others keep theirs, and so their
    postings, bucket entries and document files. The numbers follow the order, so the
    browser's tie-break (higher number first) is still the newest first.

    >>> doc_numbers([("--05-14", "a"), ("1900-01-01", "b"), ("1900-01-03", "c"), ("1900-01-03", "d")])
    [0, 4, 12, 13]
    """
    days = [_day(date) for date, _ in meetings]
    most = max(Counter(days).values(), default=1)
    slots = max(4, 1 << (most - 1).bit_length())
    numbers, rank = [], 0
    for i, day in enumerate(days):
        rank = rank + 1 if i and days[i - 1] == day else 0
        numbers.append(day * slots + rank)
    return numbers


def _day(date: str) -> int:
    try:
        return (datetime.date.fromisoformat(date) - _EPOCH).days + 1
    except ValueError:
        return 0


_EPOCH = datetime.date(1900, 1, 1)


def update_index(state: IndexState, order: list[str], added: dict[str, Mapping[str, int]],
                 numbers: list[int] | None = None) -> IndexState:
    """The index of the meetings ``order`` (document order, numbered ``numbers``: 0, 1, 2, ...
    if not given): those in ``added`` (meeting → terms and weights) indexed anew, the others
    keeping their postings from ``state`` (which is not changed)."""
    numbers = list(range(len(order))) if numbers is None else list(numbers)
    number = dict(zip(order, numbers))
    before = state.numbers or list(range(len(state.docs)))
    remap = {old: -1 if meeting in added else number.get(meeting, -1) for meeting, old in zip(state.docs, before)}
    moved = {old for old, new in remap.items() if old != new}
    changed: dict[str, list[int]] = {}  # term → its postings, where they change
    if moved:  # documents removed, changed or renumbered: the postings holding one, renumbered
        for term, entry in state.packed.items():
            flat = _postings(entry)
            if not moved.isdisjoint(flat[0::2]):
                changed[term] = _renumbered(flat, remap)
        kept_order = [remap[old] for old in before if remap[old] >= 0]
        if kept_order != sorted(kept_order):  # not from a date-ordered list: sort the pairs again
            changed = {term: [x for pair in sorted(zip(flat[0::2], flat[1::2])) for x in pair]
                       for term, flat in changed.items()}
    packed, counts, lasts = dict(state.packed), dict(state.counts), dict(state.lasts)
    for meeting in sorted(added, key=number.__getitem__):
        n = number[meeting]
        for term, weight in added[meeting].items():
            if term in changed or term not in packed:
                flat = changed.get(term, [])
                at = len(flat) if not flat or flat[-2] < n else 2 * bisect.bisect(flat[0::2], n)
                changed[term] = flat[:at] + [n, weight] + flat[at:]
                continue
            if lasts[term] < n:  # after the others (a new meeting): the entry grows
                packed[term] = f"{packed[term][:-1]},{n - lasts[term]},{weight}]"
            else:  # a meeting inside the archive: two numbers in, the gap after them shortened
                packed[term] = _inserted(packed[term], n, weight)
            counts[term], lasts[term] = counts[term] + 1, max(n, lasts[term])
    for term, flat in changed.items():
        if flat:
            packed[term] = f'{json.dumps(term, ensure_ascii=False)}:[{",".join(map(str, _delta(flat)))}]'
            counts[term], lasts[term] = len(flat) // 2, flat[-2]
        else:
            del packed[term], counts[term], lasts[term]
    return IndexState(list(order), counts, lasts, packed, [] if numbers == list(range(len(order))) else numbers)


def _postings(entry: str) -> list[int]:
    """A bucket entry's postings, ``[doc, weight, doc, weight, ...]``.

    >>> _postings('"नदी":[3,10,4,6,1,22]')
    [3, 10, 7, 6, 8, 22]
    """
    flat = json.loads(entry[entry.rindex("["):])
    flat[0::2] = itertools.accumulate(flat[0::2])
    return flat


def _inserted(entry: str, n: int, weight: int) -> str:
    """A bucket entry with document ``n`` put in its place, its numbers handled as text.

    >>> _inserted('"नदी":[3,10,4,6,1,22]', 5, 9)
    '"नदी":[3,10,2,9,2,6,1,22]'
    """
    opening = entry.rindex("[")
    parts = entry[opening + 1:-1].split(",")
    docs = list(itertools.accumulate(map(int, parts[0::2])))
    at = bisect.bisect(docs, n)
    if at < len(docs):
        parts[2 * at] = str(docs[at] - n)
    parts[2 * at:2 * at] = [str(n - (docs[at - 1] if at else 0)), str(weight)]
    return f"{entry[:opening]}[{','.join(parts)}]"


def _renumbered(flat: list[int], remap: dict[int, int]) -> list[int]:
    """``flat`` with each document's new number, without the documents gone (-1)."""
    renumbered = [remap[n] for n in flat[0::2]]
    if -1 not in renumbered:
        flat[0::2] = renumbered
        return flat
    return [x for n, w in zip(renumbered, flat[1::2]) if n >= 0 for x in (n, w)]


def index_files(state: IndexState) -> dict[str, bytes]:
    """``meta.json`` and the buckets (``t/``) of ``state``; the document files
    (``d/<n>.bin``) are ``doc_file`` of each."""
    return changed_index_files(state, {})[0]


def changed_index_files(state: IndexState, known: dict[str, str]) -> tuple[dict[str, bytes], set[str], dict[str, str]]:
    """What ``index_files`` gives, without compressing again the buckets ``known`` (the
    digest of a bucket's text → its file, from the last build): the files to write, the
    files kept as they are, and the digests of this index's buckets."""
    files, kept, digests, entries = {}, set(), {}, []
    for first, text in _buckets(state):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
        name = known.get(digest)
        if name is None:
            data = _compress(text)
            name = f"t/{hashlib.sha256(data).hexdigest()[:12]}.bin"
            files[name] = data
        else:
            kept.add(name)
        digests[digest] = name
        entries.append([first, name])
    meta = {"version": 1, "docs": len(state.docs), "buckets": entries}
    files["meta.json"] = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return files, kept, digests


def _buckets(state: IndexState) -> list[tuple[str, str]]:
    """Each bucket's first term and text: terms in UTF-16 order, a bucket closed once it
    holds ``BUCKET_POSTINGS`` postings."""
    buckets, bucket, size = [], [], 0
    for term in sorted(state.counts, key=_utf16):
        bucket.append(term)
        size += state.counts[term]
        if size >= BUCKET_POSTINGS:
            buckets.append(bucket)
            bucket, size = [], 0
    if bucket:
        buckets.append(bucket)
    return [(terms[0], "{" + ",".join(state.packed[term] for term in terms) + "}") for terms in buckets]


def _delta(flat: list[int]) -> list[int]:
    """``[doc, weight, doc, weight, ...]`` with each document number after the first as a gap.

    >>> _delta([3, 10, 7, 6, 8, 22])
    [3, 10, 4, 6, 1, 22]
    """
    out, docs = flat[:], flat[0::2]
    out[2::2] = map(operator.sub, docs[1:], docs)
    return out


def _utf16(term: str) -> bytes:
    return term.encode("utf-16-be")


def _pack(value) -> bytes:
    return _compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _compress(text: str) -> bytes:
    # Level 5: a new meeting re-packs the buckets of its terms (about 400 of 700 at 5,000 meetings, on the
    # rebuild's longest path); level 6 took twice as long for 7% less, level 9 ten times as long for 10% less.
    return gzip.compress(text.encode("utf-8"), compresslevel=5, mtime=0)
