"""Stage 8: one language's search index, as files the browser fetches a few at a time.

Written for a phone on a slow network and an archive that grows: the browser
first reads ``meta.json`` (the first term of each bucket), then only the
buckets holding the query's terms, then one small file per result shown.

- ``meta.json``: ``{"docs": N, "buckets": [[first term, file], ...]}``.
- ``t/<hash>.bin``: a bucket, gzip'd JSON ``{term: [doc, weight, Δdoc, weight, ...]}``
  (weights from ``searchtext``);
  terms sorted in UTF-16 order (as JavaScript compares strings), a bucket closed
  once it holds ``BUCKET_POSTINGS`` postings, so a term and the terms it
  prefixes are found by a binary search over the first terms.
- ``d/<n>.bin``: document ``n`` (meetings oldest first), gzip'd JSON with its URL
  (relative to the language's root), title, date, key figures and text.

The browser adds the inverse document frequency from the length of a term's
posting list. Gzip with a zero timestamp: the same site gives the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

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
    terms: dict[str, int]


def search_doc(meeting: Meeting, lang: str) -> SearchDoc:
    article = meeting.articles[lang]
    figures = tuple((f.label, f.text) for f in article.figures if f.label and f.kind not in ("date", "year"))
    return SearchDoc(url=meeting_url(meeting.id), title=article.title, date=format_meeting_date(meeting.date, lang),
                     figures=figures, text=article.text, terms=article.terms)


def doc_file(doc: SearchDoc) -> bytes:
    return _pack({"url": doc.url, "title": doc.title, "date": doc.date, "figures": doc.figures, "text": doc.text})


def index_files(docs: list[SearchDoc]) -> dict[str, bytes]:
    """``meta.json`` and the buckets (``t/``) for ``docs``, numbered in the order given;
    the document files (``d/<n>.bin``) are ``doc_file`` of each."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, doc in enumerate(docs):
        for term, weight in doc.terms.items():
            postings[term] += (n, weight)
    files, buckets, bucket, size = {}, [], {}, 0
    for term in sorted(postings, key=_utf16):
        bucket[term] = _delta(postings[term])
        size += len(postings[term]) // 2
        if size >= BUCKET_POSTINGS:
            buckets.append(bucket)
            bucket, size = {}, 0
    if bucket:
        buckets.append(bucket)
    entries = []
    for bucket in buckets:
        data = _pack(bucket)
        name = f"t/{hashlib.sha256(data).hexdigest()[:12]}.bin"
        files[name] = data
        entries.append([next(iter(bucket)), name])
    meta = {"version": 1, "docs": len(docs), "buckets": entries}
    files["meta.json"] = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return files


def _delta(flat: list[int]) -> list[int]:
    """``[doc, weight, doc, weight, ...]`` with each document number after the first as a gap.

    >>> _delta([3, 10, 7, 6, 8, 22])
    [3, 10, 4, 6, 1, 22]
    """
    out, docs = flat[:], flat[0::2]
    out[2::2] = [b - a for a, b in zip(docs, docs[1:])]
    return out


def _utf16(term: str) -> bytes:
    return term.encode("utf-16-be")


def _pack(value) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
