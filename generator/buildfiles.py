"""The files a build writes in ``build/``: each language's pages, its search index, the data
records, the root files (``build/docs``, ``build/search``, ``build/data``, ``build/root``), and the
build's own state. Each writer brings its folder up to date and returns the files it wrote or
removed (``generator.build`` links only those again).
"""

from __future__ import annotations

import itertools
import json
import marshal
import os
from pathlib import Path

from generator import output
from generator.data import CSV_COLUMNS, SCHEMA_NAME, csv_rows, dump, figure_rows, schema_text
from generator.errors import BuildError
from generator.model import Meeting, MeetingEntry
from generator.publish import render_404, render_feed, render_robots, render_root_page, render_sitemap
from generator.render import Page, month_key, render_meeting_page
from generator.searchindex import IndexState, changed_index_files, doc_file, doc_numbers, search_doc, update_index
from generator.urls import meeting_path

_CSV = "figures.csv"
SHARED: dict = {}  # what forked workers read instead of receiving it pickled (set by ``generator.build``)


def meeting_record(meeting: Meeting, version: str, data: list[dict]) -> tuple[dict, bytes]:
    """What the archive keeps of a built meeting (its version, report lines and the length of its rows in
    figures.csv), and those rows (``data``: its articles' records)."""
    rows = "".join(figure_rows(r) for r in data).encode("utf-8")
    return {"version": version, "languages": list(meeting.articles), "month": month_key(meeting.date),
            "warnings": [f"{meeting.id}: {d.message}" for d in meeting.differences], "csv_bytes": len(rows)}, rows


def write_pages(lang: str, listings: list[Page], some_months: bool, entries: list[MeetingEntry], meetings: list[Meeting],
                 languages, root_url: str, site_name: str, unchanged: set[str], work: Path) -> tuple[list[str], set[str]]:
    """Bring ``build/docs/<lang>`` up to date and remove the outputs of pages that are gone;
    returns the pages written (MkDocs renders those) and the outputs removed.
    ``some_months``: the listings hold only some archive months, the others' pages stay."""
    pages = itertools.chain(listings, (render_meeting_page(m, lang, languages, root_url, site_name)
                                       for m in meetings if lang in m.articles))  # each written as it is made
    keep = {meeting_path(e.id) for e in entries if e.id in unchanged and lang in e.articles}
    if some_months:
        keep |= {f"archive/{month_key(e.date)}.md" for e in entries if lang in e.articles}
    written, removed = output.sync_files(((p.path, p.markdown.encode("utf-8")) for p in pages), work / "docs" / lang,
                                         keep, "*.md")
    return written, set(output.remove_outputs(work / "out" / lang, removed))


def write_search(lang: str, work: Path) -> set[str]:
    """Bring the language's search index in ``build/search/<lang>`` up to date: the changed
    meetings indexed anew, the others' postings and documents kept (numbered by date, so a
    meeting inside the archive renumbers none), the buckets whose text is unchanged not
    compressed again. Returns the files written or removed."""
    own = sorted((e for e in SHARED["entries"] if lang in e.articles), key=lambda e: (e.date, e.id))
    changed = {m.id: search_doc(m, lang) for m in SHARED["meetings"] if lang in m.articles}
    state_file = work / "search" / f"{lang}.marshal"
    saved = read_marshal(state_file) if state_file.exists() else ([], {}, {}, {}, [], {})
    if not (isinstance(saved, tuple) and len(saved) == 6):  # the unchanged meetings' postings are lost
        raise BuildError(f"{state_file} cannot be read: build again, the next build starts from scratch")
    state, known = IndexState(*saved[:5]), saved[5]
    before = dict(zip(state.docs, state.numbers or range(len(state.docs))))
    numbers = doc_numbers([(e.date, e.id) for e in own])
    state = update_index(state, [e.id for e in own], {id: doc.terms for id, doc in changed.items()}, numbers)
    folder = work / "search" / lang
    files, kept, buckets = changed_index_files(state, {digest: name for digest, name in known.items()
                                                       if (folder / name).is_file()})
    number = dict(zip(state.docs, numbers))
    # Documents keep their file when their number stays; a renumbered one moves, a changed one is rewritten.
    moves = {number[id]: before[id] for id in state.docs if id not in changed and before.get(id) not in (None, number[id])}
    staging = folder / "moving"
    for n, old in moves.items():
        staging.mkdir(parents=True, exist_ok=True)
        os.replace(folder / f"d/{old}.bin", staging / f"{n}.bin")
    for id in state.docs:
        if id in changed:
            output.write_file(folder / f"d/{number[id]}.bin", doc_file(changed[id]))
    for n in moves:
        os.replace(staging / f"{n}.bin", folder / f"d/{n}.bin")
    if moves:
        staging.rmdir()
    written, removed = output.sync_files(files, folder, kept | {f"d/{n}.bin" for n in numbers})
    output.overwrite(state_file, marshal.dumps((state.docs, state.counts, state.lasts, state.packed, state.numbers, buckets)))
    # Documents moved away from a number, or whose number is gone, are gone from site/ too.
    return {*written, *removed, *(f"d/{number[id]}.bin" for id in state.docs if id in changed or number[id] in moves),
            *(f"d/{n}.bin" for n in [*moves.values(), *(set(before.values()) - set(numbers))])}


def data_files(rows: list[dict]) -> dict[str, bytes]:
    """The files of ``build/data`` that hold these article records."""
    return {f"{record['id']}.json": dump(record).encode("utf-8") for record in rows}


def write_data(entries: list[MeetingEntry], data: dict[str, bytes], rows: dict[str, bytes], built: dict[str, dict],
               work: Path, shown: list[Path]) -> set[str]:
    """``build/data``: one record per article (``data``: the files of the changed meetings', ``data_files``),
    figures.csv (``rows``: the changed meetings' rows; the others' are cut from the last build's file, whose
    meetings and row lengths ``built`` gives in order; ``shown``: the copies of it the site shows now),
    the schema. Returns the files written or removed."""
    files = dict(data)
    keep = {f"{e.id}.{lang}.json" for e in entries for lang in e.articles} | {_CSV}
    header = csv_rows([CSV_COLUMNS]).encode("utf-8")
    kept = _rows_built(work / "data" / _CSV, header, built) if any(e.id not in rows for e in entries) else {}
    csv = header + b"".join(rows[e.id] if e.id in rows else kept[e.id] for e in entries)
    files[SCHEMA_NAME] = schema_text().encode("utf-8")
    files["README.md"] = DATA_README.encode("utf-8")
    written, removed = output.sync_files(files, work / "data", keep)
    return {*written, *removed, *([_CSV] if _write_csv(work, csv, shown) else [])}


def _write_csv(work: Path, csv: bytes, shown: list[Path]) -> bool:
    """Make ``build/data/figures.csv`` hold ``csv`` (False: it did). The bytes go over the copy the
    last build replaced (``build/figures.spare``), which then takes its place, rather than into a new
    file (27 MB at 5,000 meetings: a third of a second here); never into a copy the site shows."""
    current, spare, swap = work / "data" / _CSV, work / "figures.spare", work / ".figures.swap"
    if current.is_file() and current.stat().st_size == len(csv) and current.read_bytes() == csv:
        return False
    if spare.is_file() and spare.stat().st_ino in {p.stat().st_ino for p in shown if p.is_file()}:
        spare.unlink()  # after a build stopped before it published: the site shows that copy
    output.overwrite(spare, csv)
    if current.is_file():
        os.replace(current, swap)
    os.replace(spare, current)
    if swap.is_file():
        os.replace(swap, spare)
    return True


def _rows_built(path: Path, header: bytes, built: dict[str, dict]) -> dict[str, memoryview]:
    """Each meeting's rows in the last build's figures.csv: the archive keeps their lengths, not the
    rows (at 5,000 meetings 27 MB the archive read and wrote on every rebuild)."""
    try:
        text = memoryview(path.read_bytes())
    except OSError:
        text = memoryview(b"")
    at, rows = len(header), {}
    for id, record in built.items():
        rows[id], at = text[at:at + record["csv_bytes"]], at + record["csv_bytes"]
    if at != len(text) or bytes(text[:len(header)]) != header:
        raise BuildError(f"{path} does not hold the rows the last build wrote: build again, the next build starts from scratch")
    return rows


def write_root(entries: list[MeetingEntry], languages, root_url, site_name, names, work: Path, time_zone: str) -> set[str]:
    """``build/root``: the site's root page, 404 page, robots.txt, sitemap and feeds. Returns the files written or removed."""
    files = {"index.html": render_root_page(languages, root_url, site_name, names),
             "404.html": render_404(languages, root_url, names),
             "robots.txt": render_robots(root_url),
             "sitemap.xml": render_sitemap(entries, languages, root_url),
             **{f"{lang}/feed.xml": render_feed(entries, lang, root_url, names[lang], time_zone) for lang in languages}}
    return set().union(*output.sync_files({name: text.encode("utf-8") for name, text in files.items()}, work / "root"))


def read_state(work: Path) -> dict:
    return _read_json(work / "state.json")


def write_state(work: Path, state: dict) -> None:
    _write_json(work / "state.json", state)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def read_archive(work: Path) -> dict:
    """The last build's summary of every article and meeting (``{"articles": {key: summary},
    "meetings": {id: record}}``, the meetings in figures.csv's order) from ``build/archive/``,
    with each file's content (``parts``: ``write_archive`` writes only the files that change);
    ``{}`` if a file is missing or unreadable (every meeting is then built again)."""
    folder = work / "archive"
    order = read_marshal(folder / _ORDER)
    if not isinstance(order, list):
        return {}
    archive: dict = {"articles": {}, "meetings": {}, "parts": {}}
    for path in folder.glob("*.marshal"):
        if path.name == _ORDER:
            continue
        part = read_marshal(path)
        if not isinstance(part, dict) or set(part) != {"articles", "meetings"}:
            return {}
        archive["parts"][path.name] = part
        archive["articles"].update(part["articles"])
        archive["meetings"].update(part["meetings"])
    if set(order) != set(archive["meetings"]):
        return {}
    archive["meetings"] = {id: archive["meetings"][id] for id in order}
    return archive


def write_archive(work: Path, articles: dict[str, dict], meetings: dict[str, dict], before: dict[str, dict]) -> None:
    """``build/archive/``: the summaries a month at a time (an article's by its date, a meeting's by its
    month), each file written only when its content differs from ``before`` (the last build's ``parts``):
    at 5,000 meetings the archive is 22 MB, a new meeting changes a few hundred kilobytes of it. (Compared
    as values: marshal's bytes for equal values differ with how shared the objects are.)"""
    parts: dict[str, dict[str, dict]] = {}
    for key, summary in articles.items():
        parts.setdefault(_part(month_key(summary.get("date") or "")), {"articles": {}, "meetings": {}})["articles"][key] = summary
    for id, record in meetings.items():
        parts.setdefault(_part(record["month"]), {"articles": {}, "meetings": {}})["meetings"][id] = record
    folder = work / "archive"
    for name in set(before) - set(parts):
        (folder / name).unlink(missing_ok=True)
    for name, part in parts.items():
        if before.get(name) != part:
            output.write_file(folder / name, marshal.dumps(part))
    output.write_file(folder / _ORDER, marshal.dumps(list(meetings)))


def _part(month: str) -> str:
    return f"{month or 'undated'}.marshal"


_ORDER = "order.marshal"  # the meetings in figures.csv's order


def read_marshal(path: Path):
    """A file of the build's own (``marshal``: ten times faster than JSON for these); ``{}`` if unreadable."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _write_json(path: Path, value: dict) -> None:
    output.write_file(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


DATA_README = """# site-data/

Written by `make site`: one JSON record per article (`<meeting>.<lang>.json`, following
`article.schema.json`), `figures.csv` with every figure of every article, and `cache/`, the
extraction cache (one file per source, keyed by its bytes and the generator's own code). The
records, the CSV and the schema are published in the site under `data/`. Generated: only this
README is kept in git.
"""
