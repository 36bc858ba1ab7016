"""meetings → the published data: one JSON record per article and ``figures.csv``.

The records follow ``generator/schema/article.schema.json``.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

from generator.model import Article, Check, Figure, Meeting
from generator.read import file_offset

SCHEMA_NAME = "article.schema.json"


def article_record(article: Article, meeting: Meeting | None) -> dict:
    """The JSON-ready record of one article (``extract`` prints these too)."""
    labels = _labels_by_figure(article, meeting)
    # Each sentence that holds a figure, once; a figure names it by its place in this list.
    held = sorted({f.sentence for f in article.figures if not f.headline}) if article.sentences else []
    place = {index: i for i, index in enumerate(held)}
    return {
        "id": f"{meeting.id}.{article.lang}" if meeting else article.path,
        "path": article.path,
        "lang": article.lang,
        "meeting": meeting.id if meeting else None,
        "date": article.date,
        "title": article.title,
        "description": article.description,
        "source_tag": article.source_tag,
        "source_url": article.source_url,
        "translations": sorted(l for l in (meeting.articles if meeting else {}) if l != article.lang),
        "sentences": [article.text[article.sentences[i].start:article.sentences[i].end] for i in held],
        "figures": [figure_record(f, article, labels.get(f.id, {}), None if f.headline else place.get(f.sentence))
                    for f in article.figures],
        "checks": [check_record(c) for c in article.checks],
        "differences": [d.message for d in meeting.differences if article.lang in d.figures] if meeting else [],
    }


def figure_record(figure: Figure, article: Article, labels: dict[str, str], sentence: int | None) -> dict:
    """A figure as published: ``text``, ``start`` and ``end`` refer to the file as written
    (``file[start:end] == text``), whatever normalising the reading did."""
    start, end, text = figure.start, figure.end, figure.text
    if article.shifts:
        start, end = file_offset(article.shifts, start), file_offset(article.shifts, end, end=True)
        text = article.file_text[start:end]
    return {
        "id": figure.id,
        "value": figure.value,
        "kind": figure.kind,
        "unit": figure.unit,
        "text": text,
        "label": figure.label,
        "labels": {article.lang: figure.label, **labels},
        "qualifier": figure.qualifier,
        "start": start,
        "end": end,
        "key": figure.key,
        "sentence": sentence,
    }


def check_record(check: Check) -> dict:
    return {"kind": check.kind, "figures": list(check.figures), "status": check.status,
            "expected": round(check.expected, 6), "stated": check.stated, "message": check.message}


def _labels_by_figure(article: Article, meeting: Meeting | None) -> dict[str, dict[str, str]]:
    if meeting is None:
        return {}
    labels = {lang: {f.id: f.label for f in other.figures} for lang, other in meeting.articles.items()}
    out: dict[str, dict[str, str]] = {}
    for pair in meeting.pairs:
        if article.lang not in pair:
            continue
        for lang, fid in pair.items():
            if lang != article.lang:
                out.setdefault(pair[article.lang], {})[lang] = labels[lang][fid]
    return out


# figures.csv: this header, then each article's ``figure_rows``.
CSV_COLUMNS = ("article", "meeting", "lang", "date", "figure", "kind", "value", "unit", "qualifier",
               "text", "label", "key", "start", "end")


def figure_rows(record: dict) -> str:
    """The CSV rows of one article's figures (a rebuild cuts those of unchanged meetings from the last figures.csv)."""
    return csv_rows([record["id"], record["meeting"], record["lang"], record["date"], f["id"], f["kind"],
                     json.dumps(f["value"], ensure_ascii=False), f["unit"] or "", f["qualifier"] or "",
                     f["text"], f["label"], int(f["key"]), f["start"], f["end"]] for f in record["figures"])


def csv_rows(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def schema_text() -> str:
    return resources.files("generator").joinpath(f"schema/{SCHEMA_NAME}").read_text("utf-8")


def dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
